/*
 * wdm.h - the Windows Driver Model kernel interface, drvlint WDK model.
 *
 * A compact model written from the documented API shapes: the types,
 * structures, constants, macros and prototypes that drivers use, with the
 * IRQL annotations of the documentation kept (see sal.h). Layouts are close
 * to the real ones where drivers read fields; reserved and private parts are
 * simplified.
 */
#pragma once
#ifndef _WDMDDK_
#define _WDMDDK_
#define _DRVLINT_WDM_H

#include <ntdef.h>
#include <ntstatus.h>
#include <string.h>
#include <devioctl.h>

/* ===================================================================== */
/* Processor mode, IRQL, opaque kernel objects                            */
/* ===================================================================== */

typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15
#define SYNCH_LEVEL (IPI_LEVEL - 2)
#define CLOCK1_LEVEL CLOCK_LEVEL
#define CLOCK2_LEVEL CLOCK_LEVEL

struct _MDL;
struct _IRP;
struct _FILE_OBJECT;
struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
struct _CLIENT_ID;
struct _EXCEPTION_RECORD;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _KPROCESS *PKPROCESS, *PRKPROCESS;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _OBJECT_TYPE *POBJECT_TYPE;
typedef struct _IO_WORKITEM *PIO_WORKITEM;
typedef struct _IO_TIMER *PIO_TIMER;
typedef struct _EX_TIMER *PEX_TIMER;
typedef struct _CALLBACK_OBJECT *PCALLBACK_OBJECT;
typedef struct _KTRANSACTION *PKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER;
typedef struct _KTM *PKTM;
typedef struct _ADAPTER_OBJECT *PADAPTER_OBJECT;
typedef struct _BUS_HANDLER *PBUS_HANDLER;
typedef struct _DEVICE_HANDLER_OBJECT *PDEVICE_HANDLER_OBJECT;
typedef struct _CONTROLLER_OBJECT *PCONTROLLER_OBJECT;
typedef struct _SCSI_REQUEST_BLOCK *PSCSI_REQUEST_BLOCK;
typedef struct _COMPRESSED_DATA_INFO *PCOMPRESSED_DATA_INFO;
typedef struct _IO_REMOVE_LOCK_TRACKING_BLOCK *PIO_REMOVE_LOCK_TRACKING_BLOCK;
typedef struct _KTIMER_TABLE *PKTIMER_TABLE;
typedef struct _SILO_MONITOR *PSILO_MONITOR;
typedef struct _ESILO *PESILO;
typedef struct _EJOB *PEJOB;
typedef struct _NAMED_PIPE_CREATE_PARAMETERS *PNAMED_PIPE_CREATE_PARAMETERS;
typedef struct _MAILSLOT_CREATE_PARAMETERS *PMAILSLOT_CREATE_PARAMETERS;
typedef struct _FILE_GET_QUOTA_INFORMATION *PFILE_GET_QUOTA_INFORMATION;
typedef struct _ECP_LIST *PECP_LIST;
typedef struct _TXN_PARAMETER_BLOCK *PTXN_PARAMETER_BLOCK;
typedef struct _IO_FOEXT_SILO_PARAMETERS *PIO_FOEXT_SILO_PARAMETERS;
typedef struct _KAPC_STATE { LIST_ENTRY ApcListHead[2]; PKPROCESS Process; UCHAR Flags; BOOLEAN KernelApcPending; BOOLEAN UserApcPending; } KAPC_STATE, *PKAPC_STATE, *PRKAPC_STATE;
typedef ULONG_PTR PFN_NUMBER, *PPFN_NUMBER;
typedef LONG_PTR SPFN_NUMBER;
typedef ULONG PFN_COUNT;
typedef ULONG NODE_REQUIREMENT;
typedef USHORT IRQ_DEVICE_POLICY_USHORT;
typedef PVOID PACCESS_TOKEN;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef PVOID PSID;
typedef PVOID PCLAIMS_BLOB;
typedef ULONG SECURITY_INFORMATION, *PSECURITY_INFORMATION;
typedef USHORT SECURITY_DESCRIPTOR_CONTROL, *PSECURITY_DESCRIPTOR_CONTROL;
typedef ULONG_PTR ERESOURCE_THREAD, *PERESOURCE_THREAD;
typedef LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;
typedef ULONG CLONG;
typedef ULONG KEPROCESSORINDEX;
typedef ULONG POOL_TAG;
typedef ULONG64 POOL_FLAGS;
typedef LONG KPRIORITY;
typedef ULONG_PTR KSPIN_LOCK_QUEUE_NUMBER;
typedef LONG KWAIT_STATUS;
typedef ULONG TRACEHANDLE32;
typedef ULONGLONG REGHANDLE, *PREGHANDLE;
typedef GUID UOW, *PUOW;
typedef GUID CRM_PROTOCOL_ID, *PCRM_PROTOCOL_ID;
typedef ULONG NOTIFICATION_MASK;
typedef PVOID PEXT_CALLBACK;
typedef PVOID PEXT_DELETE_CALLBACK;
typedef PVOID PMEM_EXTENDED_PARAMETER;

typedef GUID UUID;

/* Exception records (GetExceptionInformation) */
#define EXCEPTION_MAXIMUM_PARAMETERS 15
#define EXCEPTION_NONCONTINUABLE 0x1
typedef struct _EXCEPTION_RECORD {
	NTSTATUS ExceptionCode;
	ULONG ExceptionFlags;
	struct _EXCEPTION_RECORD *ExceptionRecord;
	PVOID ExceptionAddress;
	ULONG NumberParameters;
	ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;
typedef struct _CONTEXT *PCONTEXT;
typedef struct _EXCEPTION_POINTERS {
	PEXCEPTION_RECORD ExceptionRecord;
	PCONTEXT ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS;

extern POBJECT_TYPE *IoFileObjectType;
extern POBJECT_TYPE *IoDeviceObjectType;
extern POBJECT_TYPE *IoDriverObjectType;
extern POBJECT_TYPE *ExEventObjectType;
extern POBJECT_TYPE *ExSemaphoreObjectType;
extern POBJECT_TYPE *PsProcessType;
extern POBJECT_TYPE *PsThreadType;
extern POBJECT_TYPE *SeTokenObjectType;
extern POBJECT_TYPE *CmKeyObjectType;
extern POBJECT_TYPE *TmTransactionObjectType;
extern PEPROCESS PsInitialSystemProcess;
extern volatile CCHAR KeNumberProcessors;
extern PVOID MmHighestUserAddress;
extern PVOID MmSystemRangeStart;
extern ULONG_PTR MmUserProbeAddress;
extern BOOLEAN KdDebuggerNotPresent;
extern BOOLEAN KdDebuggerEnabled;
#define KD_DEBUGGER_NOT_PRESENT KdDebuggerNotPresent
#define KD_DEBUGGER_ENABLED KdDebuggerEnabled
#define MM_HIGHEST_USER_ADDRESS MmHighestUserAddress
#define MM_USER_PROBE_ADDRESS MmUserProbeAddress
#define MM_SYSTEM_RANGE_START MmSystemRangeStart
#define MM_LOWEST_USER_ADDRESS ((PVOID)(LONG_PTR)0x10000)

/* ===================================================================== */
/* Access rights and security                                             */
/* ===================================================================== */

#define DELETE (0x00010000L)
#define READ_CONTROL (0x00020000L)
#define WRITE_DAC (0x00040000L)
#define WRITE_OWNER (0x00080000L)
#define SYNCHRONIZE (0x00100000L)
#define STANDARD_RIGHTS_REQUIRED (0x000F0000L)
#define STANDARD_RIGHTS_READ (READ_CONTROL)
#define STANDARD_RIGHTS_WRITE (READ_CONTROL)
#define STANDARD_RIGHTS_EXECUTE (READ_CONTROL)
#define STANDARD_RIGHTS_ALL (0x001F0000L)
#define SPECIFIC_RIGHTS_ALL (0x0000FFFFL)
#define ACCESS_SYSTEM_SECURITY (0x01000000L)
#define MAXIMUM_ALLOWED (0x02000000L)
#define GENERIC_READ (0x80000000L)
#define GENERIC_WRITE (0x40000000L)
#define GENERIC_EXECUTE (0x20000000L)
#define GENERIC_ALL (0x10000000L)

#define EVENT_QUERY_STATE 0x0001
#define EVENT_MODIFY_STATE 0x0002
#define EVENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define SEMAPHORE_QUERY_STATE 0x0001
#define SEMAPHORE_MODIFY_STATE 0x0002
#define SEMAPHORE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define MUTANT_QUERY_STATE 0x0001
#define MUTANT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | MUTANT_QUERY_STATE)
#define TIMER_QUERY_STATE 0x0001
#define TIMER_MODIFY_STATE 0x0002
#define TIMER_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define PROCESS_TERMINATE (0x0001)
#define PROCESS_CREATE_THREAD (0x0002)
#define PROCESS_SET_SESSIONID (0x0004)
#define PROCESS_VM_OPERATION (0x0008)
#define PROCESS_VM_READ (0x0010)
#define PROCESS_VM_WRITE (0x0020)
#define PROCESS_DUP_HANDLE (0x0040)
#define PROCESS_CREATE_PROCESS (0x0080)
#define PROCESS_SET_QUOTA (0x0100)
#define PROCESS_SET_INFORMATION (0x0200)
#define PROCESS_QUERY_INFORMATION (0x0400)
#define PROCESS_SUSPEND_RESUME (0x0800)
#define PROCESS_QUERY_LIMITED_INFORMATION (0x1000)
#define PROCESS_SET_LIMITED_INFORMATION (0x2000)
#define PROCESS_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)
#define THREAD_TERMINATE (0x0001)
#define THREAD_SUSPEND_RESUME (0x0002)
#define THREAD_ALERT (0x0004)
#define THREAD_GET_CONTEXT (0x0008)
#define THREAD_SET_CONTEXT (0x0010)
#define THREAD_SET_INFORMATION (0x0020)
#define THREAD_QUERY_INFORMATION (0x0040)
#define THREAD_SET_THREAD_TOKEN (0x0080)
#define THREAD_IMPERSONATE (0x0100)
#define THREAD_DIRECT_IMPERSONATION (0x0200)
#define THREAD_SET_LIMITED_INFORMATION (0x0400)
#define THREAD_QUERY_LIMITED_INFORMATION (0x0800)
#define THREAD_RESUME (0x1000)
#define THREAD_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)
#define SECTION_QUERY 0x0001
#define SECTION_MAP_WRITE 0x0002
#define SECTION_MAP_READ 0x0004
#define SECTION_MAP_EXECUTE 0x0008
#define SECTION_EXTEND_SIZE 0x0010
#define SECTION_MAP_EXECUTE_EXPLICIT 0x0020
#define SECTION_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE | SECTION_MAP_READ | \
			    SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE)
#define DIRECTORY_QUERY (0x0001)
#define DIRECTORY_TRAVERSE (0x0002)
#define DIRECTORY_CREATE_OBJECT (0x0004)
#define DIRECTORY_CREATE_SUBDIRECTORY (0x0008)
#define DIRECTORY_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0xF)
#define SYMBOLIC_LINK_QUERY (0x0001)
#define SYMBOLIC_LINK_SET (0x0002)
#define SYMBOLIC_LINK_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x1)
#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04
#define PAGE_WRITECOPY 0x08
#define PAGE_EXECUTE 0x10
#define PAGE_EXECUTE_READ 0x20
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_EXECUTE_WRITECOPY 0x80
#define PAGE_GUARD 0x100
#define PAGE_NOCACHE 0x200
#define PAGE_WRITECOMBINE 0x400
#define MEM_COMMIT 0x00001000
#define MEM_RESERVE 0x00002000
#define MEM_DECOMMIT 0x00004000
#define MEM_RELEASE 0x00008000
#define MEM_FREE 0x00010000
#define MEM_PRIVATE 0x00020000
#define MEM_MAPPED 0x00040000
#define MEM_RESET 0x00080000
#define MEM_TOP_DOWN 0x00100000
#define MEM_LARGE_PAGES 0x20000000
#define SEC_FILE 0x00800000
#define SEC_IMAGE 0x01000000
#define SEC_RESERVE 0x04000000
#define SEC_COMMIT 0x08000000
#define SEC_NOCACHE 0x10000000
#define SEC_LARGE_PAGES 0x80000000

#define OWNER_SECURITY_INFORMATION (0x00000001L)
#define GROUP_SECURITY_INFORMATION (0x00000002L)
#define DACL_SECURITY_INFORMATION (0x00000004L)
#define SACL_SECURITY_INFORMATION (0x00000008L)
#define LABEL_SECURITY_INFORMATION (0x00000010L)
#define PROTECTED_DACL_SECURITY_INFORMATION (0x80000000L)
#define UNPROTECTED_DACL_SECURITY_INFORMATION (0x20000000L)
#define SECURITY_DESCRIPTOR_REVISION (1)
#define SECURITY_DESCRIPTOR_REVISION1 (1)
#define SECURITY_DESCRIPTOR_MIN_LENGTH (sizeof(SECURITY_DESCRIPTOR))
#define SE_OWNER_DEFAULTED (0x0001)
#define SE_GROUP_DEFAULTED (0x0002)
#define SE_DACL_PRESENT (0x0004)
#define SE_DACL_DEFAULTED (0x0008)
#define SE_SACL_PRESENT (0x0010)
#define SE_SACL_DEFAULTED (0x0020)
#define SE_DACL_PROTECTED (0x1000)
#define SE_SELF_RELATIVE (0x8000)
#define ACL_REVISION (2)
#define ACL_REVISION_DS (4)
#define ACCESS_ALLOWED_ACE_TYPE (0x0)
#define ACCESS_DENIED_ACE_TYPE (0x1)
#define SYSTEM_AUDIT_ACE_TYPE (0x2)
#define OBJECT_INHERIT_ACE (0x1)
#define CONTAINER_INHERIT_ACE (0x2)
#define NO_PROPAGATE_INHERIT_ACE (0x4)
#define INHERIT_ONLY_ACE (0x8)
#define SID_REVISION (1)
#define SID_MAX_SUB_AUTHORITIES (15)
#define SECURITY_MAX_SID_SIZE (sizeof(SID) - sizeof(ULONG) + (SID_MAX_SUB_AUTHORITIES * sizeof(ULONG)))
#define SECURITY_NULL_SID_AUTHORITY {0, 0, 0, 0, 0, 0}
#define SECURITY_WORLD_SID_AUTHORITY {0, 0, 0, 0, 0, 1}
#define SECURITY_LOCAL_SID_AUTHORITY {0, 0, 0, 0, 0, 2}
#define SECURITY_CREATOR_SID_AUTHORITY {0, 0, 0, 0, 0, 3}
#define SECURITY_NT_AUTHORITY {0, 0, 0, 0, 0, 5}
#define SECURITY_MANDATORY_LABEL_AUTHORITY {0, 0, 0, 0, 0, 16}
#define SECURITY_WORLD_RID (0x00000000L)
#define SECURITY_LOCAL_SYSTEM_RID (0x00000012L)
#define SECURITY_LOCAL_SERVICE_RID (0x00000013L)
#define SECURITY_NETWORK_SERVICE_RID (0x00000014L)
#define SECURITY_BUILTIN_DOMAIN_RID (0x00000020L)
#define SECURITY_AUTHENTICATED_USER_RID (0x0000000BL)
#define SECURITY_RESTRICTED_CODE_RID (0x0000000CL)
#define SECURITY_MANDATORY_LOW_RID (0x00001000L)
#define SECURITY_MANDATORY_MEDIUM_RID (0x00002000L)
#define SECURITY_MANDATORY_HIGH_RID (0x00003000L)
#define SECURITY_MANDATORY_SYSTEM_RID (0x00004000L)
#define DOMAIN_ALIAS_RID_ADMINS (0x00000220L)
#define DOMAIN_ALIAS_RID_USERS (0x00000221L)
#define DOMAIN_ALIAS_RID_GUESTS (0x00000222L)
#define SE_PRIVILEGE_ENABLED_BY_DEFAULT (0x00000001L)
#define SE_PRIVILEGE_ENABLED (0x00000002L)
#define SE_PRIVILEGE_USED_FOR_ACCESS (0x80000000L)
#define PRIVILEGE_SET_ALL_NECESSARY (1)
#define SE_MIN_WELL_KNOWN_PRIVILEGE (2L)
#define SE_CREATE_TOKEN_PRIVILEGE (2L)
#define SE_ASSIGNPRIMARYTOKEN_PRIVILEGE (3L)
#define SE_LOCK_MEMORY_PRIVILEGE (4L)
#define SE_INCREASE_QUOTA_PRIVILEGE (5L)
#define SE_MACHINE_ACCOUNT_PRIVILEGE (6L)
#define SE_TCB_PRIVILEGE (7L)
#define SE_SECURITY_PRIVILEGE (8L)
#define SE_TAKE_OWNERSHIP_PRIVILEGE (9L)
#define SE_LOAD_DRIVER_PRIVILEGE (10L)
#define SE_SYSTEM_PROFILE_PRIVILEGE (11L)
#define SE_SYSTEMTIME_PRIVILEGE (12L)
#define SE_PROF_SINGLE_PROCESS_PRIVILEGE (13L)
#define SE_INC_BASE_PRIORITY_PRIVILEGE (14L)
#define SE_CREATE_PAGEFILE_PRIVILEGE (15L)
#define SE_CREATE_PERMANENT_PRIVILEGE (16L)
#define SE_BACKUP_PRIVILEGE (17L)
#define SE_RESTORE_PRIVILEGE (18L)
#define SE_SHUTDOWN_PRIVILEGE (19L)
#define SE_DEBUG_PRIVILEGE (20L)
#define SE_AUDIT_PRIVILEGE (21L)
#define SE_SYSTEM_ENVIRONMENT_PRIVILEGE (22L)
#define SE_CHANGE_NOTIFY_PRIVILEGE (23L)
#define SE_REMOTE_SHUTDOWN_PRIVILEGE (24L)
#define SE_UNDOCK_PRIVILEGE (25L)
#define SE_SYNC_AGENT_PRIVILEGE (26L)
#define SE_ENABLE_DELEGATION_PRIVILEGE (27L)
#define SE_MANAGE_VOLUME_PRIVILEGE (28L)
#define SE_IMPERSONATE_PRIVILEGE (29L)
#define SE_CREATE_GLOBAL_PRIVILEGE (30L)
#define SE_TRUSTED_CREDMAN_ACCESS_PRIVILEGE (31L)
#define SE_RELABEL_PRIVILEGE (32L)
#define SE_INC_WORKING_SET_PRIVILEGE (33L)
#define SE_TIME_ZONE_PRIVILEGE (34L)
#define SE_CREATE_SYMBOLIC_LINK_PRIVILEGE (35L)
#define SE_MAX_WELL_KNOWN_PRIVILEGE SE_CREATE_SYMBOLIC_LINK_PRIVILEGE

typedef struct _SID_IDENTIFIER_AUTHORITY { UCHAR Value[6]; } SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;
typedef struct _SID {
	UCHAR Revision;
	UCHAR SubAuthorityCount;
	SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
	ULONG SubAuthority[ANYSIZE_ARRAY];
} SID, *PISID;
typedef struct _SID_AND_ATTRIBUTES { PSID Sid; ULONG Attributes; } SID_AND_ATTRIBUTES, *PSID_AND_ATTRIBUTES;
typedef struct _ACL { UCHAR AclRevision; UCHAR Sbz1; USHORT AclSize; USHORT AceCount; USHORT Sbz2; } ACL, *PACL;
typedef struct _ACE_HEADER { UCHAR AceType; UCHAR AceFlags; USHORT AceSize; } ACE_HEADER, *PACE_HEADER;
typedef struct _ACCESS_ALLOWED_ACE { ACE_HEADER Header; ACCESS_MASK Mask; ULONG SidStart; } ACCESS_ALLOWED_ACE, *PACCESS_ALLOWED_ACE;
typedef struct _ACCESS_DENIED_ACE { ACE_HEADER Header; ACCESS_MASK Mask; ULONG SidStart; } ACCESS_DENIED_ACE, *PACCESS_DENIED_ACE;
typedef struct _SECURITY_DESCRIPTOR {
	UCHAR Revision;
	UCHAR Sbz1;
	SECURITY_DESCRIPTOR_CONTROL Control;
	PSID Owner;
	PSID Group;
	PACL Sacl;
	PACL Dacl;
} SECURITY_DESCRIPTOR, *PISECURITY_DESCRIPTOR;
typedef struct _SECURITY_DESCRIPTOR_RELATIVE {
	UCHAR Revision; UCHAR Sbz1; SECURITY_DESCRIPTOR_CONTROL Control;
	ULONG Owner; ULONG Group; ULONG Sacl; ULONG Dacl;
} SECURITY_DESCRIPTOR_RELATIVE, *PISECURITY_DESCRIPTOR_RELATIVE;
typedef struct _GENERIC_MAPPING {
	ACCESS_MASK GenericRead;
	ACCESS_MASK GenericWrite;
	ACCESS_MASK GenericExecute;
	ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;
typedef struct _LUID_AND_ATTRIBUTES { LUID Luid; ULONG Attributes; } LUID_AND_ATTRIBUTES, *PLUID_AND_ATTRIBUTES;
typedef struct _PRIVILEGE_SET {
	ULONG PrivilegeCount;
	ULONG Control;
	LUID_AND_ATTRIBUTES Privilege[ANYSIZE_ARRAY];
} PRIVILEGE_SET, *PPRIVILEGE_SET;
typedef enum _SECURITY_IMPERSONATION_LEVEL {
	SecurityAnonymous, SecurityIdentification, SecurityImpersonation, SecurityDelegation
} SECURITY_IMPERSONATION_LEVEL, *PSECURITY_IMPERSONATION_LEVEL;
typedef BOOLEAN SECURITY_CONTEXT_TRACKING_MODE, *PSECURITY_CONTEXT_TRACKING_MODE;
#define SECURITY_DYNAMIC_TRACKING (TRUE)
#define SECURITY_STATIC_TRACKING (FALSE)
typedef struct _SECURITY_QUALITY_OF_SERVICE {
	ULONG Length;
	SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
	SECURITY_CONTEXT_TRACKING_MODE ContextTrackingMode;
	BOOLEAN EffectiveOnly;
} SECURITY_QUALITY_OF_SERVICE, *PSECURITY_QUALITY_OF_SERVICE;
typedef struct _SECURITY_SUBJECT_CONTEXT {
	PACCESS_TOKEN ClientToken;
	SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
	PACCESS_TOKEN PrimaryToken;
	PVOID ProcessAuditId;
} SECURITY_SUBJECT_CONTEXT, *PSECURITY_SUBJECT_CONTEXT;
#define INITIAL_PRIVILEGE_COUNT 3
typedef struct _INITIAL_PRIVILEGE_SET {
	ULONG PrivilegeCount;
	ULONG Control;
	LUID_AND_ATTRIBUTES Privilege[INITIAL_PRIVILEGE_COUNT];
} INITIAL_PRIVILEGE_SET, *PINITIAL_PRIVILEGE_SET;
typedef struct _ACCESS_STATE {
	LUID OperationID;
	BOOLEAN SecurityEvaluated;
	BOOLEAN GenerateAudit;
	BOOLEAN GenerateOnClose;
	BOOLEAN PrivilegesAllocated;
	ULONG Flags;
	ACCESS_MASK RemainingDesiredAccess;
	ACCESS_MASK PreviouslyGrantedAccess;
	ACCESS_MASK OriginalDesiredAccess;
	SECURITY_SUBJECT_CONTEXT SubjectSecurityContext;
	PSECURITY_DESCRIPTOR SecurityDescriptor;
	PVOID AuxData;
	union {
		INITIAL_PRIVILEGE_SET InitialPrivilegeSet;
		PRIVILEGE_SET PrivilegeSet;
	} Privileges;
	BOOLEAN AuditPrivileges;
	UNICODE_STRING ObjectName;
	UNICODE_STRING ObjectTypeName;
} ACCESS_STATE, *PACCESS_STATE;
typedef enum _TOKEN_TYPE { TokenPrimary = 1, TokenImpersonation } TOKEN_TYPE, *PTOKEN_TYPE;
typedef enum _TOKEN_INFORMATION_CLASS {
	TokenUser = 1, TokenGroups, TokenPrivileges, TokenOwner, TokenPrimaryGroup, TokenDefaultDacl,
	TokenSource, TokenType, TokenImpersonationLevel, TokenStatistics, TokenRestrictedSids,
	TokenSessionId, TokenGroupsAndPrivileges, TokenSessionReference, TokenSandBoxInert,
	TokenAuditPolicy, TokenOrigin, TokenElevationType, TokenLinkedToken, TokenElevation,
	TokenHasRestrictions, TokenAccessInformation, TokenVirtualizationAllowed,
	TokenVirtualizationEnabled, TokenIntegrityLevel, TokenUIAccess, TokenMandatoryPolicy,
	TokenLogonSid, TokenIsAppContainer, TokenCapabilities, TokenAppContainerSid,
	TokenAppContainerNumber, TokenUserClaimAttributes, TokenDeviceClaimAttributes,
	TokenRestrictedUserClaimAttributes, TokenRestrictedDeviceClaimAttributes, TokenDeviceGroups,
	TokenRestrictedDeviceGroups, TokenSecurityAttributes, TokenIsRestricted, MaxTokenInfoClass
} TOKEN_INFORMATION_CLASS, *PTOKEN_INFORMATION_CLASS;
typedef struct _TOKEN_USER { SID_AND_ATTRIBUTES User; } TOKEN_USER, *PTOKEN_USER;
typedef struct _TOKEN_GROUPS { ULONG GroupCount; SID_AND_ATTRIBUTES Groups[ANYSIZE_ARRAY]; } TOKEN_GROUPS, *PTOKEN_GROUPS;
typedef struct _TOKEN_PRIVILEGES { ULONG PrivilegeCount; LUID_AND_ATTRIBUTES Privileges[ANYSIZE_ARRAY]; } TOKEN_PRIVILEGES, *PTOKEN_PRIVILEGES;
typedef struct _TOKEN_OWNER { PSID Owner; } TOKEN_OWNER, *PTOKEN_OWNER;
typedef struct _TOKEN_PRIMARY_GROUP { PSID PrimaryGroup; } TOKEN_PRIMARY_GROUP, *PTOKEN_PRIMARY_GROUP;
typedef struct _TOKEN_DEFAULT_DACL { PACL DefaultDacl; } TOKEN_DEFAULT_DACL, *PTOKEN_DEFAULT_DACL;
typedef struct _TOKEN_ELEVATION { ULONG TokenIsElevated; } TOKEN_ELEVATION, *PTOKEN_ELEVATION;
typedef struct _TOKEN_MANDATORY_LABEL { SID_AND_ATTRIBUTES Label; } TOKEN_MANDATORY_LABEL, *PTOKEN_MANDATORY_LABEL;
typedef struct _TOKEN_STATISTICS {
	LUID TokenId; LUID AuthenticationId; LARGE_INTEGER ExpirationTime; TOKEN_TYPE TokenType;
	SECURITY_IMPERSONATION_LEVEL ImpersonationLevel; ULONG DynamicCharged; ULONG DynamicAvailable;
	ULONG GroupCount; ULONG PrivilegeCount; LUID ModifiedId;
} TOKEN_STATISTICS, *PTOKEN_STATISTICS;

/* ===================================================================== */
/* Interlocked operations, barriers, intrinsics                           */
/* ===================================================================== */

#define InterlockedIncrement _InterlockedIncrement
#define InterlockedDecrement _InterlockedDecrement
#define InterlockedExchange _InterlockedExchange
#define InterlockedExchangeAdd _InterlockedExchangeAdd
#define InterlockedCompareExchange _InterlockedCompareExchange
#define InterlockedOr _InterlockedOr
#define InterlockedAnd _InterlockedAnd
#define InterlockedXor _InterlockedXor
#define InterlockedOr8 _InterlockedOr8
#define InterlockedAnd8 _InterlockedAnd8
#define InterlockedXor8 _InterlockedXor8
#define InterlockedOr16 _InterlockedOr16
#define InterlockedAnd16 _InterlockedAnd16
#define InterlockedXor16 _InterlockedXor16
#define InterlockedIncrement16 _InterlockedIncrement16
#define InterlockedDecrement16 _InterlockedDecrement16
#define InterlockedCompareExchange16 _InterlockedCompareExchange16
#define InterlockedExchange8 _InterlockedExchange8
#define InterlockedExchange16 _InterlockedExchange16
#define InterlockedIncrement64 _InterlockedIncrement64
#define InterlockedDecrement64 _InterlockedDecrement64
#define InterlockedExchange64 _InterlockedExchange64
#define InterlockedExchangeAdd64 _InterlockedExchangeAdd64
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#define InterlockedCompareExchange128 _InterlockedCompareExchange128
#define InterlockedOr64 _InterlockedOr64
#define InterlockedAnd64 _InterlockedAnd64
#define InterlockedXor64 _InterlockedXor64
#define InterlockedExchangePointer _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer
#define InterlockedAdd(Addend, Value) (_InterlockedExchangeAdd((Addend), (Value)) + (Value))
#define InterlockedAdd64(Addend, Value) (_InterlockedExchangeAdd64((Addend), (Value)) + (Value))
#define InterlockedAddNoFence InterlockedAdd
#define InterlockedAddNoFence64 InterlockedAdd64
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedIncrementRelease InterlockedIncrement
#define InterlockedIncrementNoFence InterlockedIncrement
#define InterlockedDecrementAcquire InterlockedDecrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedDecrementNoFence InterlockedDecrement
#define InterlockedExchangeAcquire InterlockedExchange
#define InterlockedExchangeNoFence InterlockedExchange
#define InterlockedExchangeAddNoFence InterlockedExchangeAdd
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedCompareExchangeNoFence InterlockedCompareExchange
#define InterlockedCompareExchangeAcquire64 InterlockedCompareExchange64
#define InterlockedCompareExchangeRelease64 InterlockedCompareExchange64
#define InterlockedCompareExchangePointerAcquire InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerRelease InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerNoFence InterlockedCompareExchangePointer
#define InterlockedExchangePointerAcquire InterlockedExchangePointer
#define InterlockedExchangePointerNoFence InterlockedExchangePointer
#define InterlockedOrAcquire InterlockedOr
#define InterlockedOrRelease InterlockedOr
#define InterlockedOrNoFence InterlockedOr
#define InterlockedAndAcquire InterlockedAnd
#define InterlockedAndRelease InterlockedAnd
#define InterlockedAndNoFence InterlockedAnd
#define InterlockedBitTestAndSet _interlockedbittestandset
#define InterlockedBitTestAndReset _interlockedbittestandreset
#define InterlockedBitTestAndSet64 _interlockedbittestandset64
#define InterlockedBitTestAndReset64 _interlockedbittestandreset64
#define InterlockedIncrementSizeT(a) InterlockedIncrement64((LONG64 *)(a))
#define InterlockedDecrementSizeT(a) InterlockedDecrement64((LONG64 *)(a))
#define InterlockedExchangeAddSizeT(a, b) InterlockedExchangeAdd64((LONG64 *)(a), (b))
#define InterlockedIncrementULongPtr(a) InterlockedIncrement64((LONG64 *)(a))
#define InterlockedDecrementULongPtr(a) InterlockedDecrement64((LONG64 *)(a))
#define BitTest _bittest
#define BitTestAndSet _bittestandset
#define BitTestAndReset _bittestandreset
#define BitTestAndComplement _bittestandcomplement
#define BitTest64 _bittest64
#define BitScanForward _BitScanForward
#define BitScanReverse _BitScanReverse
#define BitScanForward64 _BitScanForward64
#define BitScanReverse64 _BitScanReverse64
#define PopulationCount64 __popcnt64
#define RotateLeft32 _rotl
#define RotateRight32 _rotr
#define RotateLeft64 _rotl64
#define RotateRight64 _rotr64
#define YieldProcessor _mm_pause
#define MemoryBarrier __faststorefence
#define PreFetchCacheLine(l, a) _mm_prefetch((CHAR CONST *)(a), (l))
#define PF_TEMPORAL_LEVEL_1 3
#define PF_NON_TEMPORAL_LEVEL_ALL 0
#define KeMemoryBarrier() __faststorefence()
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#define FastFence __faststorefence
#define LoadFence _mm_lfence
#define StoreFence _mm_sfence
#define ReadForWriteAccess(p) (*(p))
#define ReadAcquire(p) (*(volatile LONG *)(p))
#define ReadNoFence(p) (*(volatile LONG *)(p))
#define ReadAcquire64(p) (*(volatile LONG64 *)(p))
#define ReadNoFence64(p) (*(volatile LONG64 *)(p))
#define ReadPointerAcquire(p) (*(PVOID volatile *)(p))
#define ReadPointerNoFence(p) (*(PVOID volatile *)(p))
#define ReadULongAcquire(p) (*(volatile ULONG *)(p))
#define ReadULongNoFence(p) (*(volatile ULONG *)(p))
#define ReadBooleanAcquire(p) (*(volatile BOOLEAN *)(p))
#define ReadBooleanNoFence(p) (*(volatile BOOLEAN *)(p))
#define ReadUCharAcquire(p) (*(volatile UCHAR *)(p))
#define ReadUCharNoFence(p) (*(volatile UCHAR *)(p))
#define ReadRaw(p) (*(p))
#define WriteRelease(p, v) ((void)(*(volatile LONG *)(p) = (v)))
#define WriteNoFence(p, v) ((void)(*(volatile LONG *)(p) = (v)))
#define WriteRelease64(p, v) ((void)(*(volatile LONG64 *)(p) = (v)))
#define WriteNoFence64(p, v) ((void)(*(volatile LONG64 *)(p) = (v)))
#define WritePointerRelease(p, v) ((void)(*(PVOID volatile *)(p) = (v)))
#define WritePointerNoFence(p, v) ((void)(*(PVOID volatile *)(p) = (v)))
#define WriteULongRelease(p, v) ((void)(*(volatile ULONG *)(p) = (v)))
#define WriteULongNoFence(p, v) ((void)(*(volatile ULONG *)(p) = (v)))
#define WriteBooleanRelease(p, v) ((void)(*(volatile BOOLEAN *)(p) = (v)))
#define WriteBooleanNoFence(p, v) ((void)(*(volatile BOOLEAN *)(p) = (v)))
#define WriteRaw(p, v) ((void)(*(p) = (v)))
#define ReadTimeStampCounter() __rdtsc()
#define DbgRaiseAssertionFailure __int2c
#define CONTAINING_RECORD_ALIGNED CONTAINING_RECORD

/* ===================================================================== */
/* Doubly and singly linked lists                                         */
/* ===================================================================== */

FORCEINLINE VOID InitializeListHead(_Out_ PLIST_ENTRY ListHead)
{
	ListHead->Flink = ListHead->Blink = ListHead;
}

_Must_inspect_result_ FORCEINLINE BOOLEAN IsListEmpty(_In_ const LIST_ENTRY *ListHead)
{
	return (BOOLEAN)(ListHead->Flink == ListHead);
}

FORCEINLINE BOOLEAN RemoveEntryList(_In_ PLIST_ENTRY Entry)
{
	PLIST_ENTRY Blink = Entry->Blink, Flink = Entry->Flink;
	Blink->Flink = Flink;
	Flink->Blink = Blink;
	return (BOOLEAN)(Flink == Blink);
}

FORCEINLINE PLIST_ENTRY RemoveHeadList(_Inout_ PLIST_ENTRY ListHead)
{
	PLIST_ENTRY Entry = ListHead->Flink, Flink = Entry->Flink;
	ListHead->Flink = Flink;
	Flink->Blink = ListHead;
	return Entry;
}

FORCEINLINE PLIST_ENTRY RemoveTailList(_Inout_ PLIST_ENTRY ListHead)
{
	PLIST_ENTRY Entry = ListHead->Blink, Blink = Entry->Blink;
	ListHead->Blink = Blink;
	Blink->Flink = ListHead;
	return Entry;
}

FORCEINLINE VOID InsertTailList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
	PLIST_ENTRY Blink = ListHead->Blink;
	Entry->Flink = ListHead;
	Entry->Blink = Blink;
	Blink->Flink = Entry;
	ListHead->Blink = Entry;
}

FORCEINLINE VOID InsertHeadList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
	PLIST_ENTRY Flink = ListHead->Flink;
	Entry->Flink = Flink;
	Entry->Blink = ListHead;
	Flink->Blink = Entry;
	ListHead->Flink = Entry;
}

FORCEINLINE VOID AppendTailList(_Inout_ PLIST_ENTRY ListHead, _Inout_ PLIST_ENTRY ListToAppend)
{
	PLIST_ENTRY ListEnd = ListHead->Blink;
	ListHead->Blink->Flink = ListToAppend;
	ListHead->Blink = ListToAppend->Blink;
	ListToAppend->Blink->Flink = ListHead;
	ListToAppend->Blink = ListEnd;
}

FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead)
{
	PSINGLE_LIST_ENTRY FirstEntry = ListHead->Next;
	if (FirstEntry != NULL)
		ListHead->Next = FirstEntry->Next;
	return FirstEntry;
}

FORCEINLINE VOID PushEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead, _Inout_ PSINGLE_LIST_ENTRY Entry)
{
	Entry->Next = ListHead->Next;
	ListHead->Next = Entry;
}

#define InitializeSListHead(h) ((h)->Alignment = 0, (h)->Region = 0)
#define ExInitializeSListHead InitializeSListHead
NTKERNELAPI PSLIST_ENTRY FASTCALL ExpInterlockedPushEntrySList(_Inout_ PSLIST_HEADER ListHead, _Inout_ PSLIST_ENTRY ListEntry);
NTKERNELAPI PSLIST_ENTRY FASTCALL ExpInterlockedPopEntrySList(_Inout_ PSLIST_HEADER ListHead);
NTKERNELAPI PSLIST_ENTRY FASTCALL ExpInterlockedFlushSList(_Inout_ PSLIST_HEADER ListHead);
#define InterlockedPushEntrySList(Head, Entry) ExpInterlockedPushEntrySList(Head, Entry)
#define InterlockedPopEntrySList(Head) ExpInterlockedPopEntrySList(Head)
#define InterlockedFlushSList(Head) ExpInterlockedFlushSList(Head)
#define ExInterlockedPushEntrySList(Head, Entry, Lock) InterlockedPushEntrySList(Head, Entry)
#define ExInterlockedPopEntrySList(Head, Lock) InterlockedPopEntrySList(Head)
#define ExInterlockedFlushSList(Head) InterlockedFlushSList(Head)
#define ExQueryDepthSList(h) ((USHORT)(h)->HeaderX64.Depth)
#define QueryDepthSList ExQueryDepthSList

_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedInsertHeadList(
	_Inout_ PLIST_ENTRY ListHead, _Inout_ PLIST_ENTRY ListEntry, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedInsertTailList(
	_Inout_ PLIST_ENTRY ListHead, _Inout_ PLIST_ENTRY ListEntry, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI PLIST_ENTRY FASTCALL ExInterlockedRemoveHeadList(
	_Inout_ PLIST_ENTRY ListHead, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI PSINGLE_LIST_ENTRY FASTCALL ExInterlockedPopEntryList(
	_Inout_ PSINGLE_LIST_ENTRY ListHead, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI PSINGLE_LIST_ENTRY FASTCALL ExInterlockedPushEntryList(
	_Inout_ PSINGLE_LIST_ENTRY ListHead, _Inout_ PSINGLE_LIST_ENTRY ListEntry, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI LARGE_INTEGER NTAPI ExInterlockedAddLargeInteger(
	_Inout_ PLARGE_INTEGER Addend, _In_ LARGE_INTEGER Increment, _Inout_ PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI ULONG FASTCALL ExInterlockedAddUlong(
	_Inout_ PULONG Addend, _In_ ULONG Increment, _Inout_ PKSPIN_LOCK Lock);
#define ExInterlockedAddLargeStatistic(Addend, Increment) \
	(VOID)_InterlockedExchangeAdd64(&(Addend)->QuadPart, Increment)

/* ===================================================================== */
/* Run-time library: memory, strings, bitmaps, time, registry             */
/* ===================================================================== */

/* The copy macros expand to the C runtime calls so the analysis sees them. */
#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory
#define RtlCopyMemoryNonTemporal RtlCopyMemory
#define RtlCopyMemory32 RtlCopyMemory

_Must_inspect_result_ NTSYSAPI SIZE_T NTAPI RtlCompareMemory(
	_In_ const VOID *Source1, _In_ const VOID *Source2, _In_ SIZE_T Length);
NTSYSAPI SIZE_T NTAPI RtlCompareMemoryUlong(_In_reads_bytes_(Length) PVOID Source, _In_ SIZE_T Length, _In_ ULONG Pattern);
NTSYSAPI VOID NTAPI RtlFillMemoryUlong(_Out_writes_bytes_all_(Length) PVOID Destination, _In_ SIZE_T Length, _In_ ULONG Pattern);

FORCEINLINE PVOID RtlSecureZeroMemory(_Out_writes_bytes_all_(cnt) PVOID ptr, _In_ SIZE_T cnt)
{
	volatile char *vptr = (volatile char *)ptr;
	while (cnt) {
		*vptr = 0;
		vptr++;
		cnt--;
	}
	return ptr;
}

#define RtlUshortByteSwap(_x) _byteswap_ushort((USHORT)(_x))
#define RtlUlongByteSwap(_x) _byteswap_ulong((_x))
#define RtlUlonglongByteSwap(_x) _byteswap_uint64((_x))
#define RtlInitEmptyUnicodeString(_ucStr, _buf, _bufSize) \
	((_ucStr)->Buffer = (_buf), (_ucStr)->Length = 0, (_ucStr)->MaximumLength = (USHORT)(_bufSize))
#define RtlInitEmptyAnsiString(_ucStr, _buf, _bufSize) \
	((_ucStr)->Buffer = (_buf), (_ucStr)->Length = 0, (_ucStr)->MaximumLength = (USHORT)(_bufSize))

_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI RtlInitUnicodeString(
	_Out_ PUNICODE_STRING DestinationString, _In_opt_z_ PCWSTR SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlInitUnicodeStringEx(
	_Out_ PUNICODE_STRING DestinationString, _In_opt_z_ PCWSTR SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI RtlInitAnsiString(
	_Out_ PANSI_STRING DestinationString, _In_opt_z_ PCSZ SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlInitAnsiStringEx(
	_Out_ PANSI_STRING DestinationString, _In_opt_z_ PCSZ SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI RtlInitString(
	_Out_ PSTRING DestinationString, _In_opt_z_ PCSZ SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI RtlCopyUnicodeString(
	_Inout_ PUNICODE_STRING DestinationString, _In_opt_ PCUNICODE_STRING SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI RtlCopyString(
	_Out_ PSTRING DestinationString, _In_opt_ const STRING *SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI VOID NTAPI RtlUpperString(_Inout_ PSTRING DestinationString, _In_ const STRING *SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeStringToString(
	_Inout_ PUNICODE_STRING Destination, _In_ PCUNICODE_STRING Source);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeToString(
	_Inout_ PUNICODE_STRING Destination, _In_opt_z_ PCWSTR Source);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlAppendStringToString(
	_Inout_ PSTRING Destination, _In_ const STRING *Source);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI LONG NTAPI RtlCompareUnicodeString(
	_In_ PCUNICODE_STRING String1, _In_ PCUNICODE_STRING String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI LONG NTAPI RtlCompareUnicodeStrings(
	_In_reads_(String1Length) PCWCH String1, _In_ SIZE_T String1Length,
	_In_reads_(String2Length) PCWCH String2, _In_ SIZE_T String2Length, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI BOOLEAN NTAPI RtlEqualUnicodeString(
	_In_ PCUNICODE_STRING String1, _In_ PCUNICODE_STRING String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI BOOLEAN NTAPI RtlPrefixUnicodeString(
	_In_ PCUNICODE_STRING String1, _In_ PCUNICODE_STRING String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI BOOLEAN NTAPI RtlSuffixUnicodeString(
	_In_ PCUNICODE_STRING String1, _In_ PCUNICODE_STRING String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI LONG NTAPI RtlCompareString(
	_In_ const STRING *String1, _In_ const STRING *String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ NTSYSAPI BOOLEAN NTAPI RtlEqualString(
	_In_ const STRING *String1, _In_ const STRING *String2, _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToAnsiString(
	_Inout_ PANSI_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlAnsiStringToUnicodeString(
	_Inout_ PUNICODE_STRING DestinationString, _In_ PCANSI_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToOemString(
	_Inout_ POEM_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlOemStringToUnicodeString(
	_Inout_ PUNICODE_STRING DestinationString, _In_ PCOEM_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUpcaseUnicodeString(
	_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlDowncaseUnicodeString(
	_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlDuplicateUnicodeString(
	_In_ ULONG Flags, _In_ PCUNICODE_STRING StringIn, _Out_ PUNICODE_STRING StringOut);
#define RTL_DUPLICATE_UNICODE_STRING_NULL_TERMINATE (0x00000001)
#define RTL_DUPLICATE_UNICODE_STRING_ALLOCATE_NULL_STRING (0x00000002)
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI VOID NTAPI RtlFreeUnicodeString(_Inout_ PUNICODE_STRING UnicodeString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI VOID NTAPI RtlFreeAnsiString(_Inout_ PANSI_STRING AnsiString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI VOID NTAPI RtlFreeOemString(_Inout_ POEM_STRING OemString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlIntegerToUnicodeString(
	_In_ ULONG Value, _In_opt_ ULONG Base, _Inout_ PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlInt64ToUnicodeString(
	_In_ ULONGLONG Value, _In_opt_ ULONG Base, _Inout_ PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToInteger(
	_In_ PCUNICODE_STRING String, _In_opt_ ULONG Base, _Out_ PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToInt64(
	_In_ PCUNICODE_STRING String, _In_opt_ ULONG Base, _Out_ PLONG64 Number, _Out_opt_ PWSTR *EndPointer);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlCharToInteger(
	_In_z_ PCSZ String, _In_opt_ ULONG Base, _Out_ PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlIntegerToChar(
	_In_ ULONG Value, _In_opt_ ULONG Base, _In_ LONG OutputLength, _Out_ PSZ String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI WCHAR NTAPI RtlUpcaseUnicodeChar(_In_ WCHAR SourceCharacter);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI WCHAR NTAPI RtlDowncaseUnicodeChar(_In_ WCHAR SourceCharacter);
NTSYSAPI CHAR NTAPI RtlUpperChar(_In_ CHAR Character);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI ULONG NTAPI RtlxUnicodeStringToAnsiSize(_In_ PCUNICODE_STRING UnicodeString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI ULONG NTAPI RtlxAnsiStringToUnicodeSize(_In_ PCANSI_STRING AnsiString);
#define RtlUnicodeStringToAnsiSize(s) RtlxUnicodeStringToAnsiSize(s)
#define RtlAnsiStringToUnicodeSize(s) RtlxAnsiStringToUnicodeSize(s)
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeToUTF8N(
	_Out_writes_bytes_to_(UTF8StringMaxByteCount, *UTF8StringActualByteCount) PCHAR UTF8StringDestination,
	_In_ ULONG UTF8StringMaxByteCount, _Out_ PULONG UTF8StringActualByteCount,
	_In_reads_bytes_(UnicodeStringByteCount) PCWCH UnicodeStringSource, _In_ ULONG UnicodeStringByteCount);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUTF8ToUnicodeN(
	_Out_writes_bytes_to_(UnicodeStringMaxByteCount, *UnicodeStringActualByteCount) PWSTR UnicodeStringDestination,
	_In_ ULONG UnicodeStringMaxByteCount, _Out_ PULONG UnicodeStringActualByteCount,
	_In_reads_bytes_(UTF8StringByteCount) PCCH UTF8StringSource, _In_ ULONG UTF8StringByteCount);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlMultiByteToUnicodeN(
	_Out_writes_bytes_to_(MaxBytesInUnicodeString, *BytesInUnicodeString) PWCH UnicodeString,
	_In_ ULONG MaxBytesInUnicodeString, _Out_opt_ PULONG BytesInUnicodeString,
	_In_reads_bytes_(BytesInMultiByteString) const CHAR *MultiByteString, _In_ ULONG BytesInMultiByteString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlUnicodeToMultiByteN(
	_Out_writes_bytes_to_(MaxBytesInMultiByteString, *BytesInMultiByteString) PCHAR MultiByteString,
	_In_ ULONG MaxBytesInMultiByteString, _Out_opt_ PULONG BytesInMultiByteString,
	_In_reads_bytes_(BytesInUnicodeString) PCWCH UnicodeString, _In_ ULONG BytesInUnicodeString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlStringFromGUID(_In_ REFGUID Guid, _Out_ PUNICODE_STRING GuidString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlGUIDFromString(_In_ PCUNICODE_STRING GuidString, _Out_ GUID *Guid);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlHashUnicodeString(
	_In_ PCUNICODE_STRING String, _In_ BOOLEAN CaseInSensitive, _In_ ULONG HashAlgorithm, _Out_ PULONG HashValue);
#define HASH_STRING_ALGORITHM_DEFAULT (0)
#define HASH_STRING_ALGORITHM_X65599 (1)
#define HASH_STRING_ALGORITHM_INVALID (0xffffffff)
NTSYSAPI ULONG NTAPI RtlRandomEx(_Inout_ PULONG Seed);
NTSYSAPI ULONG NTAPI RtlRandom(_Inout_ PULONG Seed);
NTSYSAPI ULONG NTAPI RtlComputeCrc32(_In_ ULONG PartialCrc, _In_reads_bytes_(Length) PVOID Buffer, _In_ ULONG Length);

/* Version information */
typedef struct _OSVERSIONINFOW {
	ULONG dwOSVersionInfoSize; ULONG dwMajorVersion; ULONG dwMinorVersion; ULONG dwBuildNumber;
	ULONG dwPlatformId; WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW, RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;
typedef struct _OSVERSIONINFOEXW {
	ULONG dwOSVersionInfoSize; ULONG dwMajorVersion; ULONG dwMinorVersion; ULONG dwBuildNumber;
	ULONG dwPlatformId; WCHAR szCSDVersion[128]; USHORT wServicePackMajor; USHORT wServicePackMinor;
	USHORT wSuiteMask; UCHAR wProductType; UCHAR wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW, *PRTL_OSVERSIONINFOEXW;
#define VER_EQUAL 1
#define VER_GREATER 2
#define VER_GREATER_EQUAL 3
#define VER_LESS 4
#define VER_LESS_EQUAL 5
#define VER_AND 6
#define VER_OR 7
#define VER_MINORVERSION 0x0000001
#define VER_MAJORVERSION 0x0000002
#define VER_BUILDNUMBER 0x0000004
#define VER_PLATFORMID 0x0000008
#define VER_SERVICEPACKMINOR 0x0000010
#define VER_SERVICEPACKMAJOR 0x0000020
#define VER_SUITENAME 0x0000040
#define VER_PRODUCT_TYPE 0x0000080
#define VER_NT_WORKSTATION 0x0000001
#define VER_NT_DOMAIN_CONTROLLER 0x0000002
#define VER_NT_SERVER 0x0000003
#define VER_SET_CONDITION(_m_, _t_, _c_) ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))
NTSYSAPI ULONGLONG NTAPI VerSetConditionMask(_In_ ULONGLONG ConditionMask, _In_ ULONG TypeMask, _In_ UCHAR Condition);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlGetVersion(_Out_ PRTL_OSVERSIONINFOW lpVersionInformation);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlVerifyVersionInfo(
	_In_ PRTL_OSVERSIONINFOEXW VersionInfo, _In_ ULONG TypeMask, _In_ ULONGLONG ConditionMask);
NTSYSAPI BOOLEAN NTAPI RtlIsNtDdiVersionAvailable(_In_ ULONG Version);
NTSYSAPI BOOLEAN NTAPI RtlIsServicePackVersionInstalled(_In_ ULONG Version);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI BOOLEAN PsGetVersion(
	_Out_opt_ PULONG MajorVersion, _Out_opt_ PULONG MinorVersion, _Out_opt_ PULONG BuildNumber,
	_Out_opt_ PUNICODE_STRING CSDVersion);

/* Bitmaps */
typedef struct _RTL_BITMAP {
	ULONG SizeOfBitMap;
	PULONG Buffer;
} RTL_BITMAP, *PRTL_BITMAP;
typedef struct _RTL_BITMAP_RUN {
	ULONG StartingIndex;
	ULONG NumberOfBits;
} RTL_BITMAP_RUN, *PRTL_BITMAP_RUN;
NTSYSAPI VOID NTAPI RtlInitializeBitMap(_Out_ PRTL_BITMAP BitMapHeader, _In_opt_ PULONG BitMapBuffer, _In_opt_ ULONG SizeOfBitMap);
NTSYSAPI VOID NTAPI RtlClearBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlSetBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
_Must_inspect_result_ NTSYSAPI BOOLEAN NTAPI RtlTestBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
NTSYSAPI VOID NTAPI RtlClearAllBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI VOID NTAPI RtlSetAllBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI ULONG NTAPI RtlFindClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindClearBitsAndSet(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
NTSYSAPI ULONG NTAPI RtlFindSetBitsAndClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
NTSYSAPI VOID NTAPI RtlClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG NumberToClear);
NTSYSAPI VOID NTAPI RtlSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG NumberToSet);
NTSYSAPI ULONG NTAPI RtlNumberOfClearBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI ULONG NTAPI RtlNumberOfSetBits(_In_ PRTL_BITMAP BitMapHeader);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG Length);
NTSYSAPI BOOLEAN NTAPI RtlAreBitsSet(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG Length);
NTSYSAPI ULONG NTAPI RtlFindFirstRunClear(_In_ PRTL_BITMAP BitMapHeader, _Out_ PULONG StartingIndex);
NTSYSAPI ULONG NTAPI RtlFindNextForwardRunClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG FromIndex, _Out_ PULONG StartingRunIndex);
NTSYSAPI CCHAR NTAPI RtlFindMostSignificantBit(_In_ ULONGLONG Set);
NTSYSAPI CCHAR NTAPI RtlFindLeastSignificantBit(_In_ ULONGLONG Set);
NTSYSAPI ULONG NTAPI RtlFindLongestRunClear(_In_ PRTL_BITMAP BitMapHeader, _Out_ PULONG StartingIndex);
NTSYSAPI ULONG NTAPI RtlFindClearRuns(_In_ PRTL_BITMAP BitMapHeader, _Out_writes_to_(SizeOfRunArray, return) PRTL_BITMAP_RUN RunArray,
	_In_range_(>, 0) ULONG SizeOfRunArray, _In_ BOOLEAN LocateLongestRuns);
NTSYSAPI ULONG NTAPI RtlNumberOfSetBitsUlongPtr(_In_ ULONG_PTR Target);
NTSYSAPI VOID NTAPI RtlInterlockedClearBitRun(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG NumberToClear);
NTSYSAPI VOID NTAPI RtlInterlockedSetBitRun(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex, _In_ ULONG NumberToSet);
#define RtlInterlockedSetBits(Flags, Flag) InterlockedOr((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedClearBits(Flags, Flag) InterlockedAnd((PLONG)(Flags), ~(LONG)(Flag))
#define RtlInterlockedSetClearBits(Flags, sFlag, cFlag) \
	InterlockedExchange((PLONG)(Flags), (*(PLONG)(Flags) | (LONG)(sFlag)) & ~(LONG)(cFlag))
#define RtlCheckBit(BMH, BP) (((((PLONG)(BMH)->Buffer)[(BP) / 32]) >> ((BP) % 32)) & 0x1)

/* Time */
typedef struct _TIME_FIELDS {
	CSHORT Year; CSHORT Month; CSHORT Day; CSHORT Hour; CSHORT Minute; CSHORT Second;
	CSHORT Milliseconds; CSHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;
NTSYSAPI VOID NTAPI RtlTimeToTimeFields(_In_ PLARGE_INTEGER Time, _Out_ PTIME_FIELDS TimeFields);
NTSYSAPI BOOLEAN NTAPI RtlTimeFieldsToTime(_In_ PTIME_FIELDS TimeFields, _Out_ PLARGE_INTEGER Time);
NTSYSAPI BOOLEAN NTAPI RtlTimeToSecondsSince1970(_In_ PLARGE_INTEGER Time, _Out_ PULONG ElapsedSeconds);
NTSYSAPI VOID NTAPI RtlSecondsSince1970ToTime(_In_ ULONG ElapsedSeconds, _Out_ PLARGE_INTEGER Time);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI VOID NTAPI ExSystemTimeToLocalTime(_In_ PLARGE_INTEGER SystemTime, _Out_ PLARGE_INTEGER LocalTime);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI VOID NTAPI ExLocalTimeToSystemTime(_In_ PLARGE_INTEGER LocalTime, _Out_ PLARGE_INTEGER SystemTime);

/* Assertions and debug output */
NTSYSAPI VOID NTAPI RtlAssert(_In_ PVOID VoidFailedAssertion, _In_ PVOID VoidFileName, _In_ ULONG LineNumber, _In_opt_ PSTR MutableMessage);
#if DBG
#define ASSERT(exp) ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(msg, exp) ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, (PCHAR)(msg)), FALSE) : TRUE)
#define RTL_SOFT_ASSERT(_exp) ((_exp) ? TRUE : (DbgPrint("%s(%d): Soft assertion failed\n   Expression: %s\n", __FILE__, __LINE__, #_exp), FALSE))
#define RTL_SOFT_ASSERTMSG(_msg, _exp) RTL_SOFT_ASSERT(_exp)
#define RTL_VERIFY ASSERT
#define RTL_VERIFYMSG ASSERTMSG
#define RTL_SOFT_VERIFY RTL_SOFT_ASSERT
#define NT_ASSERT(exp) ((!(exp)) ? (__annotation(L"Debug", L"AssertFail", L#exp), DbgRaiseAssertionFailure(), FALSE) : TRUE)
#define NT_ASSERTMSG(msg, exp) NT_ASSERT(exp)
#define NT_ASSERTMSGW(msg, exp) NT_ASSERT(exp)
#define NT_VERIFY NT_ASSERT
#define NT_VERIFYMSG NT_ASSERTMSG
#define NT_VERIFYMSGW NT_ASSERTMSGW
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#define vKdPrintEx(_x_) vDbgPrintEx _x_
#define vKdPrintExWithPrefix(_x_) vDbgPrintExWithPrefix _x_
#define KdBreakPoint() DbgBreakPoint()
#define KdBreakPointWithStatus(s) DbgBreakPointWithStatus(s)
#else
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define RTL_SOFT_ASSERT(_exp) ((void)0)
#define RTL_SOFT_ASSERTMSG(_msg, _exp) ((void)0)
#define RTL_VERIFY(exp) ((exp) ? TRUE : FALSE)
#define RTL_VERIFYMSG(msg, exp) ((exp) ? TRUE : FALSE)
#define RTL_SOFT_VERIFY(_exp) ((_exp) ? TRUE : FALSE)
#define NT_ASSERT(exp) ((void)0)
#define NT_ASSERTMSG(msg, exp) ((void)0)
#define NT_ASSERTMSGW(msg, exp) ((void)0)
#define NT_VERIFY(_exp) ((_exp) ? TRUE : FALSE)
#define NT_VERIFYMSG(_msg, _exp) ((_exp) ? TRUE : FALSE)
#define NT_VERIFYMSGW(_msg, _exp) ((_exp) ? TRUE : FALSE)
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#define vKdPrintEx(_x_)
#define vKdPrintExWithPrefix(_x_)
#define KdBreakPoint()
#define KdBreakPointWithStatus(s)
#endif
#define NT_ASSERT_ACTION NT_ASSERT
#define NT_ASSERT_ASSUME NT_ASSERT
#define NT_ASSERT_NOASSUME NT_ASSERT
#define NT_FRE_ASSERT(exp) ((!(exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#define NT_ANALYSIS_ASSUME(exp) ((void)0)
#define __analysis_assume(e)

ULONG __cdecl DbgPrint(_In_z_ _Printf_format_string_ PCSTR Format, ...);
NTSYSAPI ULONG __cdecl DbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level, _In_z_ _Printf_format_string_ PCSTR Format, ...);
NTSYSAPI ULONG NTAPI vDbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level, _In_z_ PCCH Format, _In_ va_list arglist);
NTSYSAPI ULONG NTAPI vDbgPrintExWithPrefix(_In_z_ PCCH Prefix, _In_ ULONG ComponentId, _In_ ULONG Level, _In_z_ PCCH Format, _In_ va_list arglist);
NTSYSAPI ULONG __cdecl DbgPrintReturnControlC(_In_z_ _Printf_format_string_ PCCH Format, ...);
NTSYSAPI NTSTATUS NTAPI DbgQueryDebugFilterState(_In_ ULONG ComponentId, _In_ ULONG Level);
NTSYSAPI NTSTATUS NTAPI DbgSetDebugFilterState(_In_ ULONG ComponentId, _In_ ULONG Level, _In_ BOOLEAN State);
NTSYSAPI VOID NTAPI DbgBreakPoint(VOID);
NTSYSAPI VOID NTAPI DbgBreakPointWithStatus(_In_ ULONG Status);
NTKERNELAPI BOOLEAN KdRefreshDebuggerNotPresent(VOID);
NTKERNELAPI NTSTATUS KdDisableDebugger(VOID);
NTKERNELAPI NTSTATUS KdEnableDebugger(VOID);
NTKERNELAPI NTSTATUS KdChangeOption(_In_ ULONG Option, _In_ ULONG InBufferBytes, _In_ PVOID InBuffer,
	_In_ ULONG OutBufferBytes, _Out_ PVOID OutBuffer, _Out_ PULONG OutBufferNeeded);
#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#define DPFLTR_MASK 0x80000000
#define DPFLTR_SYSTEM_ID 0
#define DPFLTR_SMSS_ID 1
#define DPFLTR_SETUP_ID 2
#define DPFLTR_NTFS_ID 3
#define DPFLTR_FSTUB_ID 4
#define DPFLTR_CRASHDUMP_ID 5
#define DPFLTR_CDAUDIO_ID 6
#define DPFLTR_CDROM_ID 7
#define DPFLTR_CLASSPNP_ID 8
#define DPFLTR_DISK_ID 9
#define DPFLTR_REDBOOK_ID 10
#define DPFLTR_STORPROP_ID 11
#define DPFLTR_SCSIPORT_ID 12
#define DPFLTR_SCSIMINIPORT_ID 13
#define DPFLTR_CONFIG_ID 14
#define DPFLTR_I8042PRT_ID 15
#define DPFLTR_SERMOUSE_ID 16
#define DPFLTR_LSERMOUS_ID 17
#define DPFLTR_KBDHID_ID 18
#define DPFLTR_MOUHID_ID 19
#define DPFLTR_KBDCLASS_ID 20
#define DPFLTR_MOUCLASS_ID 21
#define DPFLTR_TWOTRACK_ID 22
#define DPFLTR_WMILIB_ID 23
#define DPFLTR_ACPI_ID 24
#define DPFLTR_AMLI_ID 25
#define DPFLTR_HALIA64_ID 26
#define DPFLTR_VIDEO_ID 27
#define DPFLTR_SVCHOST_ID 28
#define DPFLTR_VIDEOPRT_ID 29
#define DPFLTR_TCPIP_ID 30
#define DPFLTR_DMSYNTH_ID 31
#define DPFLTR_NTOSPNP_ID 32
#define DPFLTR_FASTFAT_ID 33
#define DPFLTR_SAMSS_ID 34
#define DPFLTR_PNPMGR_ID 35
#define DPFLTR_NETAPI_ID 36
#define DPFLTR_SCSERVER_ID 37
#define DPFLTR_SCCLIENT_ID 38
#define DPFLTR_SERIAL_ID 39
#define DPFLTR_SERENUM_ID 40
#define DPFLTR_UHCD_ID 41
#define DPFLTR_RPCPROXY_ID 42
#define DPFLTR_AUTOCHK_ID 43
#define DPFLTR_DCOMSS_ID 44
#define DPFLTR_UNIMODEM_ID 45
#define DPFLTR_SIS_ID 46
#define DPFLTR_FLTMGR_ID 47
#define DPFLTR_WMICORE_ID 48
#define DPFLTR_BURNENG_ID 49
#define DPFLTR_IMAPI_ID 50
#define DPFLTR_SXS_ID 51
#define DPFLTR_FUSION_ID 52
#define DPFLTR_IDLETASK_ID 53
#define DPFLTR_SOFTPCI_ID 54
#define DPFLTR_TAPE_ID 55
#define DPFLTR_MCHGR_ID 56
#define DPFLTR_IDEP_ID 57
#define DPFLTR_PCIIDE_ID 58
#define DPFLTR_FLOPPY_ID 59
#define DPFLTR_FDC_ID 60
#define DPFLTR_TERMSRV_ID 61
#define DPFLTR_W32TIME_ID 62
#define DPFLTR_PREFETCHER_ID 63
#define DPFLTR_RSFILTER_ID 64
#define DPFLTR_FCPORT_ID 65
#define DPFLTR_PCI_ID 66
#define DPFLTR_DMIO_ID 67
#define DPFLTR_DMCONFIG_ID 68
#define DPFLTR_DMADMIN_ID 69
#define DPFLTR_WSOCKTRANSPORT_ID 70
#define DPFLTR_VSS_ID 71
#define DPFLTR_PNPMEM_ID 72
#define DPFLTR_PROCESSOR_ID 73
#define DPFLTR_DMSERVER_ID 74
#define DPFLTR_SR_ID 75
#define DPFLTR_INFINIBAND_ID 76
#define DPFLTR_IHVDRIVER_ID 77
#define DPFLTR_IHVVIDEO_ID 78
#define DPFLTR_IHVAUDIO_ID 79
#define DPFLTR_IHVNETWORK_ID 80
#define DPFLTR_IHVSTREAMING_ID 81
#define DPFLTR_IHVBUS_ID 82
#define DPFLTR_HPS_ID 83
#define DPFLTR_RTLTHREADPOOL_ID 84
#define DPFLTR_LDR_ID 85
#define DPFLTR_TCPIP6_ID 86
#define DPFLTR_ISAPNP_ID 87
#define DPFLTR_SHPC_ID 88
#define DPFLTR_STORPORT_ID 89
#define DPFLTR_STORMINIPORT_ID 90
#define DPFLTR_PRINTSPOOLER_ID 91
#define DPFLTR_VSSDYNDISK_ID 92
#define DPFLTR_VERIFIER_ID 93
#define DPFLTR_VDS_ID 94
#define DPFLTR_VDSBAS_ID 95
#define DPFLTR_VDSDYN_ID 96
#define DPFLTR_VDSDYNDR_ID 97
#define DPFLTR_VDSLDR_ID 98
#define DPFLTR_VDSUTIL_ID 99
#define DPFLTR_DFRGIFC_ID 100
#define DPFLTR_DEFAULT_ID 101
#define DPFLTR_MM_ID 102
#define DPFLTR_DFSC_ID 103
#define DPFLTR_WOW64_ID 104
#define DPFLTR_ALPC_ID 105
#define DPFLTR_WDI_ID 106
#define DPFLTR_PERFLIB_ID 107
#define DPFLTR_KTM_ID 108
#define DPFLTR_IOSTRESS_ID 109
#define DPFLTR_HEAP_ID 110
#define DPFLTR_WHEA_ID 111
#define DPFLTR_USERGDI_ID 112
#define DPFLTR_MMCSS_ID 113
#define DPFLTR_TPM_ID 114
#define DPFLTR_THREADORDER_ID 115
#define DPFLTR_ENVIRON_ID 116
#define DPFLTR_EMS_ID 117
#define DPFLTR_WDT_ID 118
#define DPFLTR_FVEVOL_ID 119
#define DPFLTR_NDIS_ID 120
#define DPFLTR_NVCTRACE_ID 121
#define DPFLTR_LUAFV_ID 122
#define DPFLTR_APPCOMPAT_ID 123
#define DPFLTR_USBSTOR_ID 124
#define DPFLTR_SBP2PORT_ID 125
#define DPFLTR_COVERAGE_ID 126
#define DPFLTR_CACHEMGR_ID 127
#define DPFLTR_MOUNTMGR_ID 128
#define DPFLTR_CFR_ID 129
#define DPFLTR_TXF_ID 130
#define DPFLTR_KSECDD_ID 131
#define DPFLTR_FLTREGRESS_ID 132
#define DPFLTR_MPIO_ID 133
#define DPFLTR_MSDSM_ID 134
#define DPFLTR_UDFS_ID 135
#define DPFLTR_PSHED_ID 136
#define DPFLTR_STORVSP_ID 137
#define DPFLTR_LSASS_ID 138
#define DPFLTR_SSPICLI_ID 139
#define DPFLTR_CNG_ID 140
#define DPFLTR_EXFAT_ID 141
#define DPFLTR_FILETRACE_ID 142
#define DPFLTR_XSAVE_ID 143
#define DPFLTR_SE_ID 144
#define DPFLTR_DRIVEEXTENDER_ID 145
#define DPFLTR_POWER_ID 146
#define DPFLTR_CRASHDUMPXHCI_ID 147
#define DPFLTR_GPIO_ID 148
#define DPFLTR_REFS_ID 149
#define DPFLTR_WER_ID 150
#define DPFLTR_CAPIMG_ID 151
#define DPFLTR_VPCI_ID 152
#define DPFLTR_STORAGECLASSMEMORY_ID 153
#define DPFLTR_FSLIB_ID 154
#define DPFLTR_ENDOFTABLE_ID 155

/* ===================================================================== */
/* Dispatcher objects, DPCs, APCs, timers                                 */
/* ===================================================================== */

typedef struct _DISPATCHER_HEADER {
	union {
		struct { UCHAR Type; UCHAR Signalling; UCHAR Size; UCHAR Reserved1; };
		volatile LONG Lock;
	};
	LONG SignalState;
	LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER, *PDISPATCHER_HEADER;

typedef struct _KEVENT { DISPATCHER_HEADER Header; } KEVENT, *PKEVENT, *PRKEVENT;
typedef struct _KGATE { DISPATCHER_HEADER Header; } KGATE, *PKGATE;
typedef struct _KSEMAPHORE { DISPATCHER_HEADER Header; LONG Limit; } KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;
typedef struct _KMUTANT {
	DISPATCHER_HEADER Header;
	LIST_ENTRY MutantListEntry;
	struct _KTHREAD *OwnerThread;
	BOOLEAN Abandoned;
	UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

typedef enum _KDPC_IMPORTANCE { LowImportance, MediumImportance, HighImportance, MediumHighImportance } KDPC_IMPORTANCE;

struct _KDPC;
_Function_class_(KDEFERRED_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID KDEFERRED_ROUTINE(_In_ struct _KDPC *Dpc, _In_opt_ PVOID DeferredContext,
	_In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef struct _KDPC {
	union {
		ULONG TargetInfoAsUlong;
		struct { UCHAR Type; UCHAR Importance; volatile USHORT Number; };
	};
	SINGLE_LIST_ENTRY DpcListEntry;
	KAFFINITY ProcessorHistory;
	PKDEFERRED_ROUTINE DeferredRoutine;
	PVOID DeferredContext;
	PVOID SystemArgument1;
	PVOID SystemArgument2;
	__volatile PVOID DpcData;
} KDPC, *PKDPC, *PRKDPC;

typedef struct _KTIMER {
	DISPATCHER_HEADER Header;
	ULARGE_INTEGER DueTime;
	LIST_ENTRY TimerListEntry;
	struct _KDPC *Dpc;
	ULONG Processor;
	ULONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

typedef struct _KAPC {
	UCHAR Type;
	UCHAR SpareByte0;
	UCHAR Size;
	UCHAR SpareByte1;
	ULONG SpareLong0;
	struct _KTHREAD *Thread;
	LIST_ENTRY ApcListEntry;
	PVOID Reserved[3];
	PVOID NormalContext;
	PVOID SystemArgument1;
	PVOID SystemArgument2;
	CCHAR ApcStateIndex;
	KPROCESSOR_MODE ApcMode;
	BOOLEAN Inserted;
} KAPC, *PKAPC, *PRKAPC;

typedef struct _KDEVICE_QUEUE_ENTRY {
	LIST_ENTRY DeviceListEntry;
	ULONG SortKey;
	BOOLEAN Inserted;
} KDEVICE_QUEUE_ENTRY, *PKDEVICE_QUEUE_ENTRY, *PRKDEVICE_QUEUE_ENTRY;

typedef struct _KDEVICE_QUEUE {
	CSHORT Type;
	CSHORT Size;
	LIST_ENTRY DeviceListHead;
	KSPIN_LOCK Lock;
	union { BOOLEAN Busy; struct { LONG64 Reserved : 8; LONG64 Hint : 56; }; };
} KDEVICE_QUEUE, *PKDEVICE_QUEUE, *PRKDEVICE_QUEUE;

typedef struct _KWAIT_BLOCK {
	LIST_ENTRY WaitListEntry;
	UCHAR WaitType;
	volatile UCHAR BlockState;
	USHORT WaitKey;
	LONG SpareLong;
	PVOID Thread;
	PVOID Object;
	PVOID SparePtr;
} KWAIT_BLOCK, *PKWAIT_BLOCK, *PRKWAIT_BLOCK;
#define THREAD_WAIT_OBJECTS 3
#define MAXIMUM_WAIT_OBJECTS 64

typedef enum _KWAIT_REASON {
	Executive, FreePage, PageIn, PoolAllocation, DelayExecution, Suspended, UserRequest,
	WrExecutive, WrFreePage, WrPageIn, WrPoolAllocation, WrDelayExecution, WrSuspended,
	WrUserRequest, WrSpare0, WrQueue, WrLpcReceive, WrLpcReply, WrVirtualMemory, WrPageOut,
	WrRendezvous, WrKeyedEvent, WrTerminated, WrProcessInSwap, WrCpuRateControl,
	WrCalloutStack, WrKernel, WrResource, WrPushLock, WrMutex, WrQuantumEnd, WrDispatchInt,
	WrPreempted, WrYieldExecution, WrFastMutex, WrGuardedMutex, WrRundown, WrAlertByThreadId,
	WrDeferredPreempt, MaximumWaitReason
} KWAIT_REASON;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
typedef enum _KINTERRUPT_POLARITY {
	InterruptPolarityUnknown, InterruptActiveHigh, InterruptRisingEdge = InterruptActiveHigh,
	InterruptActiveLow, InterruptFallingEdge = InterruptActiveLow, InterruptActiveBoth,
	InterruptActiveBothTriggerLow = InterruptActiveBoth, InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

/* ===================================================================== */
/* Locks                                                                  */
/* ===================================================================== */

typedef struct _KSPIN_LOCK_QUEUE {
	struct _KSPIN_LOCK_QUEUE *volatile Next;
	PKSPIN_LOCK volatile Lock;
} KSPIN_LOCK_QUEUE, *PKSPIN_LOCK_QUEUE;

typedef struct _KLOCK_QUEUE_HANDLE {
	KSPIN_LOCK_QUEUE LockQueue;
	KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

typedef struct _FAST_MUTEX {
	volatile LONG Count;
	PVOID Owner;
	ULONG Contention;
	KEVENT Event;
	ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

#define FM_LOCK_BIT 0x1
#define FM_LOCK_BIT_V 0x0

typedef struct _OWNER_ENTRY {
	ERESOURCE_THREAD OwnerThread;
	union { ULONG TableSize; ULONG OwnerCount; };
} OWNER_ENTRY, *POWNER_ENTRY;

typedef struct _ERESOURCE {
	LIST_ENTRY SystemResourcesList;
	POWNER_ENTRY OwnerTable;
	SHORT ActiveCount;
	USHORT Flag;
	PKSEMAPHORE SharedWaiters;
	PKEVENT ExclusiveWaiters;
	OWNER_ENTRY OwnerEntry;
	ULONG ActiveEntries;
	ULONG ContentionCount;
	ULONG NumberOfSharedWaiters;
	ULONG NumberOfExclusiveWaiters;
	PVOID Reserved2;
	union { PVOID Address; ULONG_PTR CreatorBackTraceIndex; };
	KSPIN_LOCK SpinLock;
} ERESOURCE, *PERESOURCE;

typedef struct _EX_PUSH_LOCK { union { ULONG_PTR Value; PVOID Ptr; }; } EX_PUSH_LOCK, *PEX_PUSH_LOCK;
typedef struct _EX_RUNDOWN_REF { union { volatile ULONG_PTR Count; volatile PVOID Ptr; }; } EX_RUNDOWN_REF, *PEX_RUNDOWN_REF;
typedef struct _EX_RUNDOWN_REF_CACHE_AWARE *PEX_RUNDOWN_REF_CACHE_AWARE;
typedef struct _RTL_RUN_ONCE { PVOID Ptr; } RTL_RUN_ONCE, *PRTL_RUN_ONCE;
typedef struct _RTL_SRWLOCK { PVOID Ptr; } RTL_SRWLOCK, *PRTL_SRWLOCK;

/* ===================================================================== */
/* Kernel (Ke) routines                                                   */
/* ===================================================================== */

_IRQL_requires_max_(HIGH_LEVEL) _IRQL_saves_ NTHALAPI KIRQL NTAPI KeGetCurrentIrql(VOID);
_IRQL_requires_max_(HIGH_LEVEL) _IRQL_raises_(NewIrql)
NTHALAPI VOID NTAPI KeRaiseIrql(_In_ KIRQL NewIrql, _Out_ _IRQL_saves_ PKIRQL OldIrql);
_IRQL_requires_max_(HIGH_LEVEL)
NTHALAPI VOID NTAPI KeLowerIrql(_In_ _IRQL_restores_ KIRQL NewIrql);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);
_IRQL_requires_max_(SYNCH_LEVEL) _IRQL_raises_(SYNCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToSynchLevel(VOID);
_IRQL_requires_max_(HIGH_LEVEL) _IRQL_raises_(NewIrql) _IRQL_saves_
NTHALAPI KIRQL FASTCALL KfRaiseIrql(_In_ KIRQL NewIrql);
_IRQL_requires_max_(HIGH_LEVEL)
NTHALAPI VOID FASTCALL KfLowerIrql(_In_ _IRQL_restores_ KIRQL NewIrql);

/* Spin locks */
NTKERNELAPI VOID NTAPI KeInitializeSpinLock(_Out_ PKSPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, SpinLock)
NTKERNELAPI VOID NTAPI KeAcquireSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _Out_ _IRQL_saves_ PKIRQL OldIrql);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(OldIrql, SpinLock)
NTKERNELAPI VOID NTAPI KeReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _In_ _IRQL_restores_ KIRQL NewIrql);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(_Inout_ PKSPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI BOOLEAN FASTCALL KeTryToAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
NTKERNELAPI BOOLEAN FASTCALL KeTestSpinLock(_In_ PKSPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(QueuedSpinLock, LockHandle)
NTKERNELAPI VOID FASTCALL KeAcquireInStackQueuedSpinLock(_Inout_ PKSPIN_LOCK SpinLock, _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(QueuedSpinLock, LockHandle)
NTKERNELAPI VOID FASTCALL KeReleaseInStackQueuedSpinLock(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID FASTCALL KeAcquireInStackQueuedSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock, _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID FASTCALL KeReleaseInStackQueuedSpinLockFromDpcLevel(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_max_(HIGH_LEVEL) _IRQL_raises_(HIGH_LEVEL) _IRQL_saves_
NTKERNELAPI VOID FASTCALL KeAcquireInStackQueuedSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock, _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
NTKERNELAPI VOID FASTCALL KeReleaseInStackQueuedSpinLockForDpc(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeAcquireSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI KeReleaseSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock, _In_ _IRQL_restores_ KIRQL OldIrql);
_IRQL_requires_max_(HIGH_LEVEL) _IRQL_raises_(HIGH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeAcquireInterruptSpinLock(_Inout_ PKINTERRUPT Interrupt);
_IRQL_requires_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeReleaseInterruptSpinLock(_Inout_ PKINTERRUPT Interrupt, _In_ _IRQL_restores_ KIRQL OldIrql);

/* Executive spin locks (reader/writer) */
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI ExAcquireSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI ExAcquireSpinLockShared(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock, _In_ _IRQL_restores_ KIRQL OldIrql);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseSpinLockShared(_Inout_ PEX_SPIN_LOCK SpinLock, _In_ _IRQL_restores_ KIRQL OldIrql);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExAcquireSpinLockExclusiveAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExAcquireSpinLockSharedAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseSpinLockExclusiveFromDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseSpinLockSharedFromDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI ULONG NTAPI ExTryConvertSharedSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExTryAcquireSpinLockExclusiveAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExTryAcquireSpinLockSharedAtDpcLevel(_Inout_ PEX_SPIN_LOCK SpinLock);
#define ExAcquireSpinLock(Lock, OldIrql) KeAcquireSpinLock((Lock), (OldIrql))
#define ExReleaseSpinLock(Lock, OldIrql) KeReleaseSpinLock((Lock), (OldIrql))
#define ExAcquireSpinLockAtDpcLevel(Lock) KeAcquireSpinLockAtDpcLevel(Lock)
#define ExReleaseSpinLockFromDpcLevel(Lock) KeReleaseSpinLockFromDpcLevel(Lock)

/* Fast and guarded mutexes */
FORCEINLINE VOID ExInitializeFastMutex(_Out_ PFAST_MUTEX FastMutex)
{
	FastMutex->Count = FM_LOCK_BIT;
	FastMutex->Owner = NULL;
	FastMutex->Contention = 0;
	FastMutex->Event.Header.Type = 1;
}
_IRQL_requires_max_(APC_LEVEL) _IRQL_raises_(APC_LEVEL) _IRQL_saves_global_(OldIrql, FastMutex)
NTKERNELAPI VOID FASTCALL ExAcquireFastMutex(_Inout_ PFAST_MUTEX FastMutex);
_IRQL_requires_(APC_LEVEL) _IRQL_restores_global_(OldIrql, FastMutex)
NTKERNELAPI VOID FASTCALL ExReleaseFastMutex(_Inout_ PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL) _Must_inspect_result_
NTKERNELAPI BOOLEAN FASTCALL ExTryToAcquireFastMutex(_Inout_ PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID FASTCALL ExAcquireFastMutexUnsafe(_Inout_ PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID FASTCALL ExReleaseFastMutexUnsafe(_Inout_ PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL KeInitializeGuardedMutex(_Out_ PKGUARDED_MUTEX Mutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL KeAcquireGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL KeReleaseGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
_IRQL_requires_max_(APC_LEVEL) _Must_inspect_result_ NTKERNELAPI BOOLEAN FASTCALL KeTryToAcquireGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL KeAcquireGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL KeReleaseGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeEnterCriticalRegion(VOID);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeLeaveCriticalRegion(VOID);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeEnterGuardedRegion(VOID);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeLeaveGuardedRegion(VOID);
NTKERNELAPI BOOLEAN NTAPI KeAreApcsDisabled(VOID);
NTKERNELAPI BOOLEAN NTAPI KeAreAllApcsDisabled(VOID);

/* Executive resources */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS NTAPI ExInitializeResourceLite(_Out_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS NTAPI ExReinitializeResourceLite(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS NTAPI ExDeleteResourceLite(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceExclusiveLite(_Inout_ PERESOURCE Resource, _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceSharedLite(_Inout_ PERESOURCE Resource, _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedStarveExclusive(_Inout_ PERESOURCE Resource, _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI BOOLEAN NTAPI ExAcquireSharedWaitForExclusive(_Inout_ PERESOURCE Resource, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL ExReleaseResourceLite(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExReleaseResourceForThreadLite(_Inout_ PERESOURCE Resource, _In_ ERESOURCE_THREAD ResourceThreadId);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExConvertExclusiveToSharedLite(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI ExIsResourceAcquiredExclusiveLite(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI ULONG NTAPI ExIsResourceAcquiredSharedLite(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI ULONG NTAPI ExGetExclusiveWaiterCount(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI ULONG NTAPI ExGetSharedWaiterCount(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExSetResourceOwnerPointer(_Inout_ PERESOURCE Resource, _In_ PVOID OwnerPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExSetResourceOwnerPointerEx(_Inout_ PERESOURCE Resource, _In_ PVOID OwnerPointer, _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceExclusive(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceShared(_Inout_ PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExReleaseResourceAndLeaveCriticalRegion(_Inout_ PERESOURCE Resource);
NTKERNELAPI ERESOURCE_THREAD NTAPI ExGetCurrentResourceThread(VOID);
#define ExIsResourceAcquiredLite ExIsResourceAcquiredSharedLite
#define ExAcquireResourceExclusive ExAcquireResourceExclusiveLite
#define ExReleaseResource(R) (ExReleaseResourceLite(R))
#define RESOURCE_HASH_TABLE_SIZE 64

/* Push locks and rundown protection */
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI ExInitializePushLock(_Out_ PEX_PUSH_LOCK PushLock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExAcquirePushLockExclusiveEx(_Inout_ PEX_PUSH_LOCK PushLock, _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExAcquirePushLockSharedEx(_Inout_ PEX_PUSH_LOCK PushLock, _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExReleasePushLockExclusiveEx(_Inout_ PEX_PUSH_LOCK PushLock, _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExReleasePushLockSharedEx(_Inout_ PEX_PUSH_LOCK PushLock, _In_ ULONG Flags);
#define ExAcquirePushLockExclusive(Lock) ExAcquirePushLockExclusiveEx(Lock, 0)
#define ExAcquirePushLockShared(Lock) ExAcquirePushLockSharedEx(Lock, 0)
#define ExReleasePushLockExclusive(Lock) ExReleasePushLockExclusiveEx(Lock, 0)
#define ExReleasePushLockShared(Lock) ExReleasePushLockSharedEx(Lock, 0)
NTKERNELAPI VOID FASTCALL ExInitializeRundownProtection(_Out_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI VOID FASTCALL ExReInitializeRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN FASTCALL ExAcquireRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN FASTCALL ExAcquireRundownProtectionEx(_Inout_ PEX_RUNDOWN_REF RunRef, _In_ ULONG Count);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL ExReleaseRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL ExReleaseRundownProtectionEx(_Inout_ PEX_RUNDOWN_REF RunRef, _In_ ULONG Count);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL ExWaitForRundownProtectionRelease(_Inout_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI VOID FASTCALL ExRundownCompleted(_Out_ PEX_RUNDOWN_REF RunRef);
NTKERNELAPI SIZE_T NTAPI ExSizeOfRundownProtectionCacheAware(VOID);
NTKERNELAPI VOID NTAPI ExFreeCacheAwareRundownProtection(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
NTKERNELAPI VOID NTAPI ExInitializeRundownProtectionCacheAware(_Out_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware,
	_In_ SIZE_T RunRefSize);
NTKERNELAPI VOID NTAPI ExReInitializeRundownProtectionCacheAware(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN FASTCALL ExAcquireRundownProtectionCacheAware(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID FASTCALL ExReleaseRundownProtectionCacheAware(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID FASTCALL ExWaitForRundownProtectionReleaseCacheAware(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRef);
NTKERNELAPI VOID FASTCALL ExRundownCompletedCacheAware(_Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);

/* Events, mutexes, semaphores, waits */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeEvent(_Out_ PRKEVENT Event, _In_ EVENT_TYPE Type, _In_ BOOLEAN State);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeSetEvent(_Inout_ PRKEVENT Event, _In_ KPRIORITY Increment, _In_ _Literal_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KeResetEvent(_Inout_ PRKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI KeClearEvent(_Inout_ PRKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KeReadStateEvent(_In_ PRKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KePulseEvent(_Inout_ PRKEVENT Event, _In_ KPRIORITY Increment, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeMutex(_Out_ PRKMUTEX Mutex, _In_ ULONG Level);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReleaseMutex(_Inout_ PRKMUTEX Mutex, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KeReadStateMutex(_In_ PRKMUTEX Mutex);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeSemaphore(_Out_ PRKSEMAPHORE Semaphore, _In_ LONG Count, _In_ LONG Limit);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReleaseSemaphore(_Inout_ PRKSEMAPHORE Semaphore, _In_ KPRIORITY Increment, _In_ LONG Adjustment, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KeReadStateSemaphore(_In_ PRKSEMAPHORE Semaphore);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeWaitForSingleObject(_In_ PVOID Object, _In_ KWAIT_REASON WaitReason,
	_In_ KPROCESSOR_MODE WaitMode, _In_ BOOLEAN Alertable, _In_opt_ PLARGE_INTEGER Timeout);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeWaitForMultipleObjects(_In_ ULONG Count, _In_reads_(Count) PVOID Object[],
	_In_ WAIT_TYPE WaitType, _In_ KWAIT_REASON WaitReason, _In_ KPROCESSOR_MODE WaitMode, _In_ BOOLEAN Alertable,
	_In_opt_ PLARGE_INTEGER Timeout, _Out_opt_ PKWAIT_BLOCK WaitBlockArray);
#define KeWaitForMutexObject KeWaitForSingleObject
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeDelayExecutionThread(_In_ KPROCESSOR_MODE WaitMode, _In_ BOOLEAN Alertable, _In_ PLARGE_INTEGER Interval);

/* DPCs */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeDpc(_Out_ PRKDPC Dpc, _In_ PKDEFERRED_ROUTINE DeferredRoutine, _In_opt_ PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeThreadedDpc(_Out_ PRKDPC Dpc, _In_ PKDEFERRED_ROUTINE DeferredRoutine, _In_opt_ PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeInsertQueueDpc(_Inout_ PRKDPC Dpc, _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueDpc(_Inout_ PRKDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueDpcEx(_Inout_ PRKDPC Dpc, _In_ BOOLEAN WaitIfActive);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI KeFlushQueuedDpcs(VOID);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI VOID NTAPI KeSetImportanceDpc(_Inout_ PRKDPC Dpc, _In_ KDPC_IMPORTANCE Importance);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI VOID NTAPI KeSetTargetProcessorDpc(_Inout_ PRKDPC Dpc, _In_ CCHAR Number);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI NTSTATUS NTAPI KeSetTargetProcessorDpcEx(_Inout_ PKDPC Dpc, _In_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI BOOLEAN NTAPI KeShouldYieldProcessor(VOID);
typedef struct _KDPC_WATCHDOG_INFORMATION { ULONG DpcTimeLimit; ULONG DpcTimeCount; ULONG DpcWatchdogLimit; ULONG DpcWatchdogCount; ULONG Reserved; } KDPC_WATCHDOG_INFORMATION, *PKDPC_WATCHDOG_INFORMATION;
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI NTSTATUS NTAPI KeQueryDpcWatchdogInformation(_Out_ PKDPC_WATCHDOG_INFORMATION WatchdogInformation);
NTKERNELAPI BOOLEAN NTAPI KeIsExecutingDpc(VOID);

/* Generic DPC broadcast */
_Function_class_(KDEFERRED_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID KGENERIC_DPC_ROUTINE(_In_ struct _KDPC *Dpc, _In_opt_ PVOID DeferredContext,
	_In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
NTKERNELAPI VOID NTAPI KeGenericCallDpc(_In_ PKDEFERRED_ROUTINE Routine, _In_opt_ PVOID Context);
NTKERNELAPI VOID NTAPI KeSignalCallDpcDone(_In_ PVOID SystemArgument1);
NTKERNELAPI LOGICAL NTAPI KeSignalCallDpcSynchronize(_In_ PVOID SystemArgument2);
_Function_class_(KIPI_BROADCAST_WORKER) _IRQL_requires_(IPI_LEVEL)
typedef ULONG_PTR KIPI_BROADCAST_WORKER(_In_ ULONG_PTR Argument);
typedef KIPI_BROADCAST_WORKER *PKIPI_BROADCAST_WORKER;
_IRQL_requires_max_(IPI_LEVEL - 1)
NTKERNELAPI ULONG_PTR NTAPI KeIpiGenericCall(_In_ PKIPI_BROADCAST_WORKER BroadcastFunction, _In_ ULONG_PTR Context);

/* Timers */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI KeInitializeTimer(_Out_ PKTIMER Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI KeInitializeTimerEx(_Out_ PKTIMER Timer, _In_ TIMER_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSetTimer(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime, _In_opt_ PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSetTimerEx(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime, _In_ LONG Period, _In_opt_ PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSetCoalescableTimer(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime, _In_ ULONG Period,
	_In_ ULONG TolerableDelay, _In_opt_ PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeCancelTimer(_Inout_ PKTIMER Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeReadStateTimer(_In_ PKTIMER Timer);

/* High-resolution executive timers */
_Function_class_(EXT_CALLBACK) _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID EXT_CALLBACK(_In_ PEX_TIMER Timer, _In_opt_ PVOID Context);
typedef EXT_CALLBACK *PEXT_CALLBACK_ROUTINE;
_Function_class_(EXT_DELETE_CALLBACK) _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID EXT_DELETE_CALLBACK(_In_opt_ PVOID Context);
typedef struct _EXT_SET_PARAMETERS_V0 { ULONG Version; ULONG Reserved; LONGLONG NoWakeTolerance; } EXT_SET_PARAMETERS, *PEXT_SET_PARAMETERS;
typedef struct _EXT_DELETE_PARAMETERS { ULONG Version; ULONG Reserved; EXT_DELETE_CALLBACK *DeleteCallback; PVOID DeleteContext; } EXT_DELETE_PARAMETERS, *PEXT_DELETE_PARAMETERS;
typedef struct _EXT_CANCEL_PARAMETERS { ULONG Version; ULONG Reserved; } EXT_CANCEL_PARAMETERS, *PEXT_CANCEL_PARAMETERS;
#define EX_TIMER_HIGH_RESOLUTION 0x4
#define EX_TIMER_NO_WAKE 0x8
#define EX_TIMER_UNLIMITED_TOLERANCE ((LONGLONG)-1)
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PEX_TIMER NTAPI ExAllocateTimer(_In_opt_ EXT_CALLBACK *Callback, _In_opt_ PVOID CallbackContext, _In_ ULONG Attributes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExSetTimer(_In_ PEX_TIMER Timer, _In_ LONGLONG DueTime, _In_ LONGLONG Period, _In_opt_ PEXT_SET_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExCancelTimer(_Inout_ PEX_TIMER Timer, _In_opt_ PEXT_CANCEL_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExDeleteTimer(_In_ PEX_TIMER Timer, _In_ BOOLEAN Cancel, _In_ BOOLEAN Wait, _In_opt_ PEXT_DELETE_PARAMETERS Parameters);
FORCEINLINE VOID ExInitializeSetTimerParameters(_Out_ PEXT_SET_PARAMETERS Parameters)
{
	Parameters->Version = 0;
	Parameters->Reserved = 0;
	Parameters->NoWakeTolerance = 0;
}
FORCEINLINE VOID ExInitializeDeleteTimerParameters(_Out_ PEXT_DELETE_PARAMETERS Parameters)
{
	Parameters->Version = 0;
	Parameters->Reserved = 0;
	Parameters->DeleteCallback = NULL;
	Parameters->DeleteContext = NULL;
}

/* Time, processors, threads */
#define KeQuerySystemTime(CurrentTime) KeQuerySystemTimePrecise(CurrentTime)
NTKERNELAPI VOID NTAPI KeQuerySystemTimePrecise(_Out_ PLARGE_INTEGER CurrentTime);
#define KeQueryTickCount(CurrentCount) (*(PLARGE_INTEGER)(CurrentCount) = KeQueryTickCountValue())
NTKERNELAPI LARGE_INTEGER NTAPI KeQueryTickCountValue(VOID);
NTKERNELAPI ULONGLONG NTAPI KeQueryInterruptTime(VOID);
NTKERNELAPI ULONGLONG NTAPI KeQueryInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);
NTKERNELAPI ULONGLONG NTAPI KeQueryUnbiasedInterruptTime(VOID);
NTKERNELAPI ULONGLONG NTAPI KeQueryUnbiasedInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);
NTKERNELAPI ULONG NTAPI KeQueryTimeIncrement(VOID);
NTKERNELAPI ULONG NTAPI KeGetRecommendedSharedDataAlignment(VOID);
NTHALAPI LARGE_INTEGER NTAPI KeQueryPerformanceCounter(_Out_opt_ PLARGE_INTEGER PerformanceFrequency);
_IRQL_requires_max_(HIGH_LEVEL) NTHALAPI VOID NTAPI KeStallExecutionProcessor(_In_ ULONG MicroSeconds);
NTKERNELAPI PKTHREAD NTAPI KeGetCurrentThread(VOID);
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumber(VOID);
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumberEx(_Out_opt_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCount(_Out_opt_ PKAFFINITY ActiveProcessors);
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCountEx(_In_ USHORT GroupNumber);
NTKERNELAPI ULONG NTAPI KeQueryMaximumProcessorCount(VOID);
NTKERNELAPI ULONG NTAPI KeQueryMaximumProcessorCountEx(_In_ USHORT GroupNumber);
NTKERNELAPI USHORT NTAPI KeQueryActiveGroupCount(VOID);
NTKERNELAPI USHORT NTAPI KeQueryMaximumGroupCount(VOID);
NTKERNELAPI KAFFINITY NTAPI KeQueryActiveProcessors(VOID);
NTKERNELAPI KAFFINITY NTAPI KeQueryGroupAffinity(_In_ USHORT GroupNumber);
NTKERNELAPI NTSTATUS NTAPI KeGetProcessorNumberFromIndex(_In_ ULONG ProcIndex, _Out_ PPROCESSOR_NUMBER ProcNumber);
NTKERNELAPI ULONG NTAPI KeGetProcessorIndexFromNumber(_In_ PPROCESSOR_NUMBER ProcNumber);
#define KeGetCurrentProcessorIndex KeGetCurrentProcessorNumber
#define ALL_PROCESSOR_GROUPS 0xffff
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeSetSystemAffinityThread(_In_ KAFFINITY Affinity);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI KAFFINITY NTAPI KeSetSystemAffinityThreadEx(_In_ KAFFINITY Affinity);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeRevertToUserAffinityThread(VOID);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeRevertToUserAffinityThreadEx(_In_ KAFFINITY Affinity);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeSetSystemGroupAffinityThread(_In_ PGROUP_AFFINITY Affinity, _Out_opt_ PGROUP_AFFINITY PreviousAffinity);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeRevertToUserGroupAffinityThread(_In_ PGROUP_AFFINITY PreviousAffinity);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI KPRIORITY NTAPI KeSetPriorityThread(_Inout_ PKTHREAD Thread, _In_ KPRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG NTAPI KeSetBasePriorityThread(_Inout_ PKTHREAD Thread, _In_ LONG Increment);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI KPRIORITY NTAPI KeQueryPriorityThread(_In_ PKTHREAD Thread);
NTKERNELAPI KPROCESSOR_MODE NTAPI KeGetPreviousMode(VOID);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeStackAttachProcess(_Inout_ PRKPROCESS PROCESS, _Out_ PRKAPC_STATE ApcState);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI KeUnstackDetachProcess(_In_ PRKAPC_STATE ApcState);
NTKERNELAPI USHORT NTAPI KeQueryHighestNodeNumber(VOID);
NTKERNELAPI USHORT NTAPI KeGetCurrentNodeNumber(VOID);
NTKERNELAPI PVOID NTAPI KeGetCurrentStackPointer(VOID);
NTKERNELAPI VOID NTAPI KeQueryNodeActiveAffinity(_In_ USHORT NodeNumber, _Out_opt_ PGROUP_AFFINITY Affinity, _Out_opt_ PUSHORT Count);
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumber(VOID);
NTKERNELAPI ULONG NTAPI KeQueryRuntimeThread(_In_ PKTHREAD Thread, _Out_ PULONG UserTime);
NTKERNELAPI BOOLEAN NTAPI KeAreInterruptsEnabled(VOID);
NTKERNELAPI BOOLEAN NTAPI KeInvalidateAllCaches(VOID);
NTKERNELAPI VOID NTAPI KeFlushIoBuffers(_In_ struct _MDL *Mdl, _In_ BOOLEAN ReadOperation, _In_ BOOLEAN DmaOperation);

/* Interrupt synchronisation */
_Function_class_(KSYNCHRONIZE_ROUTINE) _IRQL_requires_same_
typedef BOOLEAN KSYNCHRONIZE_ROUTINE(_In_opt_ PVOID SynchronizeContext);
typedef KSYNCHRONIZE_ROUTINE *PKSYNCHRONIZE_ROUTINE;
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSynchronizeExecution(_Inout_ PKINTERRUPT Interrupt,
	_In_ PKSYNCHRONIZE_ROUTINE SynchronizeRoutine, _In_opt_ PVOID SynchronizeContext);

/* Floating point and extended state */
typedef struct _KFLOATING_SAVE { ULONG Dummy; } KFLOATING_SAVE, *PKFLOATING_SAVE;
typedef struct _XSTATE_SAVE { PVOID Prev; PVOID Thread; UCHAR Level; ULONG64 Reserved[8]; } XSTATE_SAVE, *PXSTATE_SAVE;
#define XSTATE_MASK_LEGACY_FLOATING_POINT (1ui64 << 0)
#define XSTATE_MASK_LEGACY_SSE (1ui64 << 1)
#define XSTATE_MASK_LEGACY (XSTATE_MASK_LEGACY_FLOATING_POINT | XSTATE_MASK_LEGACY_SSE)
#define XSTATE_MASK_GSSE (1ui64 << 2)
#define XSTATE_MASK_AVX XSTATE_MASK_GSSE
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeSaveFloatingPointState(_Out_ PKFLOATING_SAVE FloatSave);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeRestoreFloatingPointState(_In_ PKFLOATING_SAVE FloatSave);
_Must_inspect_result_ _IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeSaveExtendedProcessorState(_In_ ULONG64 Mask, _Out_ PXSTATE_SAVE XStateSave);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeRestoreExtendedProcessorState(_In_ PXSTATE_SAVE XStateSave);

/* Bug checks */
DECLSPEC_NORETURN NTKERNELAPI VOID NTAPI KeBugCheckEx(_In_ ULONG BugCheckCode, _In_ ULONG_PTR BugCheckParameter1,
	_In_ ULONG_PTR BugCheckParameter2, _In_ ULONG_PTR BugCheckParameter3, _In_ ULONG_PTR BugCheckParameter4);
DECLSPEC_NORETURN NTKERNELAPI VOID NTAPI KeBugCheck(_In_ ULONG BugCheckCode);
typedef enum _KBUGCHECK_CALLBACK_REASON {
	KbCallbackInvalid, KbCallbackReserved1, KbCallbackSecondaryDumpData, KbCallbackDumpIo,
	KbCallbackAddPages, KbCallbackSecondaryMultiPartDumpData, KbCallbackRemovePages, KbCallbackTriageDumpData
} KBUGCHECK_CALLBACK_REASON;
_Function_class_(KBUGCHECK_CALLBACK_ROUTINE) _IRQL_requires_same_
typedef VOID KBUGCHECK_CALLBACK_ROUTINE(_In_ PVOID Buffer, _In_ ULONG Length);
typedef KBUGCHECK_CALLBACK_ROUTINE *PKBUGCHECK_CALLBACK_ROUTINE;
typedef struct _KBUGCHECK_CALLBACK_RECORD {
	LIST_ENTRY Entry; PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine; PVOID Buffer; ULONG Length;
	PUCHAR Component; ULONG_PTR Checksum; UCHAR State;
} KBUGCHECK_CALLBACK_RECORD, *PKBUGCHECK_CALLBACK_RECORD;
struct _KBUGCHECK_REASON_CALLBACK_RECORD;
_Function_class_(KBUGCHECK_REASON_CALLBACK_ROUTINE) _IRQL_requires_same_
typedef VOID KBUGCHECK_REASON_CALLBACK_ROUTINE(_In_ KBUGCHECK_CALLBACK_REASON Reason,
	_In_ struct _KBUGCHECK_REASON_CALLBACK_RECORD *Record, _Inout_ PVOID ReasonSpecificData, _In_ ULONG ReasonSpecificDataLength);
typedef KBUGCHECK_REASON_CALLBACK_ROUTINE *PKBUGCHECK_REASON_CALLBACK_ROUTINE;
typedef struct _KBUGCHECK_REASON_CALLBACK_RECORD {
	LIST_ENTRY Entry; PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine; PUCHAR Component;
	ULONG_PTR Checksum; KBUGCHECK_CALLBACK_REASON Reason; UCHAR State;
} KBUGCHECK_REASON_CALLBACK_RECORD, *PKBUGCHECK_REASON_CALLBACK_RECORD;
#define KeInitializeCallbackRecord(CallbackRecord) (CallbackRecord)->State = 0
_Must_inspect_result_ NTKERNELAPI BOOLEAN NTAPI KeRegisterBugCheckCallback(_Out_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord,
	_In_ PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine, _In_reads_bytes_opt_(Length) PVOID Buffer, _In_ ULONG Length, _In_ PUCHAR Component);
NTKERNELAPI BOOLEAN NTAPI KeDeregisterBugCheckCallback(_Inout_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord);
_Must_inspect_result_ NTKERNELAPI BOOLEAN NTAPI KeRegisterBugCheckReasonCallback(_Out_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord,
	_In_ PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine, _In_ KBUGCHECK_CALLBACK_REASON Reason, _In_ PUCHAR Component);
NTKERNELAPI BOOLEAN NTAPI KeDeregisterBugCheckReasonCallback(_Inout_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord);

/* Device queues */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI KeInitializeDeviceQueue(_Out_ PKDEVICE_QUEUE DeviceQueue);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeInsertDeviceQueue(_Inout_ PKDEVICE_QUEUE DeviceQueue, _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeInsertByKeyDeviceQueue(_Inout_ PKDEVICE_QUEUE DeviceQueue, _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry, _In_ ULONG SortKey);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveDeviceQueue(_Inout_ PKDEVICE_QUEUE DeviceQueue);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveByKeyDeviceQueue(_Inout_ PKDEVICE_QUEUE DeviceQueue, _In_ ULONG SortKey);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI KeRemoveEntryDeviceQueue(_Inout_ PKDEVICE_QUEUE DeviceQueue, _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);

/* ===================================================================== */
/* Executive: pool, lookaside lists, work items, callbacks                */
/* ===================================================================== */

typedef enum _POOL_TYPE {
	NonPagedPool,
	NonPagedPoolExecute = NonPagedPool,
	PagedPool,
	NonPagedPoolMustSucceed = NonPagedPool + 2,
	DontUseThisType,
	NonPagedPoolCacheAligned = NonPagedPool + 4,
	PagedPoolCacheAligned,
	NonPagedPoolCacheAlignedMustS = NonPagedPool + 6,
	MaxPoolType,
	NonPagedPoolBase = 0,
	NonPagedPoolBaseMustSucceed = NonPagedPoolBase + 2,
	NonPagedPoolBaseCacheAligned = NonPagedPoolBase + 4,
	NonPagedPoolBaseCacheAlignedMustS = NonPagedPoolBase + 6,
	NonPagedPoolSession = 32,
	PagedPoolSession = NonPagedPoolSession + 1,
	NonPagedPoolMustSucceedSession = PagedPoolSession + 1,
	DontUseThisTypeSession = NonPagedPoolMustSucceedSession + 1,
	NonPagedPoolCacheAlignedSession = DontUseThisTypeSession + 1,
	PagedPoolCacheAlignedSession = NonPagedPoolCacheAlignedSession + 1,
	NonPagedPoolCacheAlignedMustSSession = PagedPoolCacheAlignedSession + 1,
	NonPagedPoolNx = 512,
	NonPagedPoolNxCacheAligned = NonPagedPoolNx + 4,
	NonPagedPoolSessionNx = NonPagedPoolNx + 32
} POOL_TYPE;
NTKERNELAPI PEX_RUNDOWN_REF_CACHE_AWARE NTAPI ExAllocateCacheAwareRundownProtection(_In_ POOL_TYPE PoolType,
	_In_ ULONG PoolTag);
typedef _Enum_is_bitflag_ enum _POOL_TYPE POOL_TYPE_FLAGS;

#define POOL_COLD_ALLOCATION 256
#define POOL_NX_ALLOCATION 512
#define POOL_ZERO_ALLOCATION 1024
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define POOL_NX_OPTIN_AUTO 0

#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RESERVED1 0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_RESERVED2 0x0000000000000200ULL
#define POOL_FLAG_RESERVED3 0x0000000000000400ULL
#define POOL_FLAG_REQUIRED_END 0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START 0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL 0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END 0x8000000000000000ULL

typedef enum _EX_POOL_PRIORITY {
	LowPoolPriority, LowPoolPrioritySpecialPoolOverrun = 8, LowPoolPrioritySpecialPoolUnderrun = 9,
	NormalPoolPriority = 16, NormalPoolPrioritySpecialPoolOverrun = 24, NormalPoolPrioritySpecialPoolUnderrun = 25,
	HighPoolPriority = 32, HighPoolPrioritySpecialPoolOverrun = 40, HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;

typedef enum POOL_EXTENDED_PARAMETER_TYPE {
	PoolExtendedParameterInvalidType = 0, PoolExtendedParameterPriority, PoolExtendedParameterSecurePool,
	PoolExtendedParameterNumaNode, PoolExtendedParameterMax
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;
typedef struct _POOL_EXTENDED_PARAMS_SECURE_POOL *PPOOL_EXTENDED_PARAMS_SECURE_POOL;
typedef struct _POOL_EXTENDED_PARAMETER {
	struct { ULONG64 Type : 8; ULONG64 Optional : 1; ULONG64 Reserved : 55; };
	union {
		ULONG64 Reserved2;
		PVOID Reserved3;
		EX_POOL_PRIORITY Priority;
		PPOOL_EXTENDED_PARAMS_SECURE_POOL SecurePoolParams;
		ULONG PreferredNode;
	};
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem) _Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePool(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem) _Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTag(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolWithQuota(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolWithQuotaTag(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTagPriority(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes,
	_In_ ULONG Tag, _In_ EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolUninitialized(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolZero(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolQuotaZero(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePoolPriorityZero(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes,
	_In_ ULONG Tag, _In_ EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem) _Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePool2(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) __drv_allocatesMem(Mem) _Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT NTKERNELAPI PVOID NTAPI ExAllocatePool3(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag,
	_In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters, _In_ ULONG ExtendedParametersCount);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFreePool(_Pre_notnull_ __drv_freesMem(Mem) PVOID P);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFreePoolWithTag(_Pre_notnull_ __drv_freesMem(Mem) PVOID P, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFreePool2(_Pre_notnull_ __drv_freesMem(Mem) PVOID P, _In_ ULONG Tag,
	_In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters, _In_ ULONG ExtendedParametersCount);
NTKERNELAPI SIZE_T NTAPI ExQueryPoolBlockSize(_In_ PVOID PoolBlock, _Out_ PBOOLEAN QuotaCharged);
NTKERNELAPI VOID NTAPI ExInitializeDriverRuntime(_In_ ULONG RuntimeFlags);
#define DrvRtPoolNxOptIn 0x00000001
extern POOL_TYPE ExDefaultNonPagedPoolType;
extern ULONG ExDefaultMdlProtection;

/* Lookaside lists */
_Function_class_(ALLOCATE_FUNCTION) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef PVOID ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;
_Function_class_(FREE_FUNCTION) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID FREE_FUNCTION(_In_ __drv_freesMem(Mem) PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;
struct _LOOKASIDE_LIST_EX;
_Function_class_(ALLOCATE_FUNCTION_EX) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef PVOID ALLOCATE_FUNCTION_EX(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag,
	_Inout_ struct _LOOKASIDE_LIST_EX *Lookaside);
typedef ALLOCATE_FUNCTION_EX *PALLOCATE_FUNCTION_EX;
_Function_class_(FREE_FUNCTION_EX) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID FREE_FUNCTION_EX(_In_ __drv_freesMem(Mem) PVOID Buffer, _Inout_ struct _LOOKASIDE_LIST_EX *Lookaside);
typedef FREE_FUNCTION_EX *PFREE_FUNCTION_EX;

typedef struct _GENERAL_LOOKASIDE {
	union { SLIST_HEADER ListHead; SINGLE_LIST_ENTRY SingleListHead; };
	USHORT Depth;
	USHORT MaximumDepth;
	ULONG TotalAllocates;
	union { ULONG AllocateMisses; ULONG AllocateHits; };
	ULONG TotalFrees;
	union { ULONG FreeMisses; ULONG FreeHits; };
	POOL_TYPE Type;
	ULONG Tag;
	ULONG Size;
	union { PALLOCATE_FUNCTION_EX AllocateEx; PALLOCATE_FUNCTION Allocate; };
	union { PFREE_FUNCTION_EX FreeEx; PFREE_FUNCTION Free; };
	LIST_ENTRY ListEntry;
	ULONG LastTotalAllocates;
	union { ULONG LastAllocateMisses; ULONG LastAllocateHits; };
	ULONG Future[2];
} GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE, GENERAL_LOOKASIDE_POOL, *PGENERAL_LOOKASIDE_POOL;
typedef struct _NPAGED_LOOKASIDE_LIST { GENERAL_LOOKASIDE L; } NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;
typedef struct _PAGED_LOOKASIDE_LIST { GENERAL_LOOKASIDE L; } PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;
typedef struct _LOOKASIDE_LIST_EX { GENERAL_LOOKASIDE_POOL L; } LOOKASIDE_LIST_EX, *PLOOKASIDE_LIST_EX;
#define EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL 0x00000001UL
#define EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE 0x00000002UL
#define EX_MAXIMUM_LOOKASIDE_DEPTH_BASE 256
#define EX_MAXIMUM_LOOKASIDE_DEPTH_LIMIT 1024
#define LOOKASIDE_MINIMUM_BLOCK_SIZE (RTL_SIZEOF_THROUGH_FIELD(SLIST_ENTRY, Next))

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializeNPagedLookasideList(_Out_ PNPAGED_LOOKASIDE_LIST Lookaside, _In_opt_ PALLOCATE_FUNCTION Allocate,
	_In_opt_ PFREE_FUNCTION Free, _In_ ULONG Flags, _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExDeleteNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PVOID NTAPI ExAllocateFromNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFreeToNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside, _In_ PVOID Entry);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializePagedLookasideList(_Out_ PPAGED_LOOKASIDE_LIST Lookaside, _In_opt_ PALLOCATE_FUNCTION Allocate,
	_In_opt_ PFREE_FUNCTION Free, _In_ ULONG Flags, _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI ExDeletePagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PVOID NTAPI ExAllocateFromPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI ExFreeToPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside, _In_ PVOID Entry);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExInitializeLookasideListEx(_Out_ PLOOKASIDE_LIST_EX Lookaside, _In_opt_ PALLOCATE_FUNCTION_EX Allocate,
	_In_opt_ PFREE_FUNCTION_EX Free, _In_ POOL_TYPE PoolType, _In_ ULONG Flags, _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExDeleteLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFlushLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PVOID NTAPI ExAllocateFromLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ExFreeToLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside, _In_ PVOID Entry);

/* System worker threads */
typedef enum _WORK_QUEUE_TYPE {
	CriticalWorkQueue, DelayedWorkQueue, HyperCriticalWorkQueue, NormalWorkQueue,
	BackgroundWorkQueue, RealTimeWorkQueue, SuperCriticalWorkQueue, MaximumWorkQueue,
	CustomPriorityWorkQueue = 32
} WORK_QUEUE_TYPE;

_Function_class_(WORKER_THREAD_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID WORKER_THREAD_ROUTINE(_In_ PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;

typedef struct _WORK_QUEUE_ITEM {
	LIST_ENTRY List;
	PWORKER_THREAD_ROUTINE WorkerRoutine;
	__volatile PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;

#define ExInitializeWorkItem(Item, Routine, Context) \
	((Item)->WorkerRoutine = (Routine), (Item)->Parameter = (Context), (Item)->List.Flink = NULL)
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExQueueWorkItem(_Inout_ __drv_aliasesMem PWORK_QUEUE_ITEM WorkItem, _In_ WORK_QUEUE_TYPE QueueType);

/* Previous mode, exceptions, system information */
NTKERNELAPI KPROCESSOR_MODE NTAPI ExGetPreviousMode(VOID);
DECLSPEC_NORETURN NTKERNELAPI VOID NTAPI ExRaiseStatus(_In_ NTSTATUS Status);
DECLSPEC_NORETURN NTKERNELAPI VOID NTAPI ExRaiseAccessViolation(VOID);
DECLSPEC_NORETURN NTKERNELAPI VOID NTAPI ExRaiseDatatypeMisalignment(VOID);
NTKERNELAPI VOID NTAPI ExRaiseException(_In_ struct _EXCEPTION_RECORD *ExceptionRecord);
NTKERNELAPI BOOLEAN NTAPI ExIsProcessorFeaturePresent(_In_ ULONG ProcessorFeature);
NTKERNELAPI BOOLEAN NTAPI ExIsManufacturingModeEnabled(VOID);
NTKERNELAPI BOOLEAN NTAPI ExVerifySuite(_In_ SUITE_TYPE SuiteType);
NTKERNELAPI ULONG NTAPI ExSetTimerResolution(_In_ ULONG DesiredTime, _In_ BOOLEAN SetResolution);
NTKERNELAPI NTSTATUS NTAPI ExUuidCreate(_Out_ GUID *Uuid);

/* Callback objects */
_Function_class_(CALLBACK_FUNCTION) _IRQL_requires_same_
typedef VOID CALLBACK_FUNCTION(_In_opt_ PVOID CallbackContext, _In_opt_ PVOID Argument1, _In_opt_ PVOID Argument2);
typedef CALLBACK_FUNCTION *PCALLBACK_FUNCTION;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExCreateCallback(_Outptr_ PCALLBACK_OBJECT *CallbackObject, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_In_ BOOLEAN Create, _In_ BOOLEAN AllowMultipleCallbacks);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI PVOID NTAPI ExRegisterCallback(_Inout_ PCALLBACK_OBJECT CallbackObject, _In_ PCALLBACK_FUNCTION CallbackFunction,
	_In_opt_ PVOID CallbackContext);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI ExUnregisterCallback(_Inout_ PVOID CallbackRegistration);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExNotifyCallback(_In_ PVOID CallbackObject, _In_opt_ PVOID Argument1, _In_opt_ PVOID Argument2);

/* ===================================================================== */
/* Memory manager and MDLs                                                */
/* ===================================================================== */

#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12L
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define BYTES_TO_PAGES(Size) (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
	((BYTE_OFFSET(Va) + ((SIZE_T)(Size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)
#define COMPUTE_PAGES_SPANNED(Va, Size) ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size)

typedef struct _MDL {
	struct _MDL *Next;
	CSHORT Size;
	CSHORT MdlFlags;
	struct _EPROCESS *Process;
	PVOID MappedSystemVa;
	PVOID StartVa;
	ULONG ByteCount;
	ULONG ByteOffset;
} MDL, *PMDL, *PMDLX;

#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_ALLOCATED_FIXED_SIZE 0x0008
#define MDL_PARTIAL 0x0010
#define MDL_PARTIAL_HAS_BEEN_MAPPED 0x0020
#define MDL_IO_PAGE_READ 0x0040
#define MDL_WRITE_OPERATION 0x0080
#define MDL_LOCKED_PAGE_TABLES 0x0100
#define MDL_PARENT_MAPPED_SYSTEM_VA MDL_LOCKED_PAGE_TABLES
#define MDL_FREE_EXTRA_PTES 0x0200
#define MDL_DESCRIBES_AWE 0x0400
#define MDL_IO_SPACE 0x0800
#define MDL_NETWORK_HEADER 0x1000
#define MDL_MAPPING_CAN_FAIL 0x2000
#define MDL_PAGE_CONTENTS_INVARIANT 0x4000
#define MDL_ALLOCATED_MUST_SUCCEED MDL_PAGE_CONTENTS_INVARIANT
#define MDL_INTERNAL 0x8000
#define MDL_MAPPING_FLAGS (MDL_MAPPED_TO_SYSTEM_VA | MDL_PAGES_LOCKED | MDL_SOURCE_IS_NONPAGED_POOL | \
			   MDL_PARTIAL_HAS_BEEN_MAPPED | MDL_PARENT_MAPPED_SYSTEM_VA | MDL_IO_SPACE)
#define MdlMappingNoWrite 0x80000000
#define MdlMappingNoExecute 0x40000000
#define MdlMappingWithGuardPtes 0x20000000

typedef enum _LOCK_OPERATION { IoReadAccess, IoWriteAccess, IoModifyAccess } LOCK_OPERATION;
typedef enum _MEMORY_CACHING_TYPE_ORIG { MmFrameBufferCached = 2 } MEMORY_CACHING_TYPE_ORIG;
typedef enum _MEMORY_CACHING_TYPE {
	MmNonCached = FALSE, MmCached = TRUE, MmWriteCombined = MmFrameBufferCached,
	MmHardwareCoherentCached, MmNonCachedUnordered, MmUSWCCached, MmMaximumCacheType, MmNotMapped = -1
} MEMORY_CACHING_TYPE;
typedef enum _MM_PAGE_PRIORITY { LowPagePriority, NormalPagePriority = 16, HighPagePriority = 32 } MM_PAGE_PRIORITY;
typedef enum _MM_SYSTEM_SIZE { MmSmallSystem, MmMediumSystem, MmLargeSystem } MM_SYSTEMSIZE;
typedef enum _SECTION_INHERIT { ViewShare = 1, ViewUnmap = 2 } SECTION_INHERIT;
typedef enum _MM_MDL_PAGE_CONTENTS_STATE { MmMdlPageContentsDynamic, MmMdlPageContentsInvariant, MmMdlPageContentsQuery } MM_MDL_PAGE_CONTENTS_STATE;
typedef struct _PHYSICAL_MEMORY_RANGE { PHYSICAL_ADDRESS BaseAddress; LARGE_INTEGER NumberOfBytes; } PHYSICAL_MEMORY_RANGE, *PPHYSICAL_MEMORY_RANGE;
#define MM_DONT_ZERO_ALLOCATION 0x00000001
#define MM_ALLOCATE_FROM_LOCAL_NODE_ONLY 0x00000002
#define MM_ALLOCATE_FULLY_REQUIRED 0x00000004
#define MM_ALLOCATE_NO_WAIT 0x00000008
#define MM_ALLOCATE_PREFER_CONTIGUOUS 0x00000010
#define MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS 0x00000020
#define MM_ALLOCATE_FAST_LARGE_PAGES 0x00000040
#define MM_ALLOCATE_TRIM_IF_NECESSARY 0x00000080
#define MM_ALLOCATE_AND_HOT_REMOVE 0x00000100
#define MM_ANY_NODE_OK 0x80000000

#define MmGetMdlVirtualAddress(Mdl) ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))
#define MmGetMdlByteCount(Mdl) ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmGetMdlBaseVa(Mdl) ((Mdl)->StartVa)
#define MmGetMdlPfnArray(Mdl) ((PPFN_NUMBER)(Mdl + 1))
#define MmGetProcedureAddress(Address) (Address)
#define MmLockPagableCodeSection(Address) MmLockPagableDataSection(Address)
#define MmInitializeMdl(MemoryDescriptorList, BaseVa, Length) { \
	(MemoryDescriptorList)->Next = (PMDL)NULL; \
	(MemoryDescriptorList)->Size = (CSHORT)(sizeof(MDL) + \
		(sizeof(PFN_NUMBER) * ADDRESS_AND_SIZE_TO_SPAN_PAGES((BaseVa), (Length)))); \
	(MemoryDescriptorList)->MdlFlags = 0; \
	(MemoryDescriptorList)->StartVa = (PVOID)PAGE_ALIGN((BaseVa)); \
	(MemoryDescriptorList)->ByteOffset = BYTE_OFFSET((BaseVa)); \
	(MemoryDescriptorList)->ByteCount = (ULONG)(Length); \
	}
#define MmPrepareMdlForReuse(MDL) \
	if (((MDL)->MdlFlags & MDL_PARTIAL_HAS_BEEN_MAPPED) != 0) { \
		MmUnmapLockedPages((MDL)->MappedSystemVa, (MDL)); \
	} else if (((MDL)->MdlFlags & MDL_PARTIAL) == 0) { \
	}

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI MmProbeAndLockPages(_Inout_ PMDL MemoryDescriptorList, _In_ KPROCESSOR_MODE AccessMode, _In_ LOCK_OPERATION Operation);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI MmProbeAndLockProcessPages(_Inout_ PMDL MemoryDescriptorList, _In_ PEPROCESS Process,
	_In_ KPROCESSOR_MODE AccessMode, _In_ LOCK_OPERATION Operation);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI MmProbeAndLockSelectedPages(_Inout_ PMDL MemoryDescriptorList, _In_ PVOID SegmentArray,
	_In_ KPROCESSOR_MODE AccessMode, _In_ LOCK_OPERATION Operation);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmUnlockPages(_Inout_ PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmBuildMdlForNonPagedPool(_Inout_ PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmMapLockedPages(_Inout_ PMDL MemoryDescriptorList, _In_ KPROCESSOR_MODE AccessMode);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmMapLockedPagesSpecifyCache(_Inout_ PMDL MemoryDescriptorList, _In_ KPROCESSOR_MODE AccessMode,
	_In_ MEMORY_CACHING_TYPE CacheType, _In_opt_ PVOID RequestedAddress, _In_ ULONG BugCheckOnFailure, _In_ ULONG Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmUnmapLockedPages(_In_ PVOID BaseAddress, _Inout_ PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmMapLockedPagesWithReservedMapping(_In_ PVOID MappingAddress, _In_ ULONG PoolTag,
	_Inout_ PMDL MemoryDescriptorList, _In_ MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI MmUnmapReservedMapping(_In_ PVOID BaseAddress, _In_ ULONG PoolTag, _Inout_ PMDL MemoryDescriptorList);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PVOID NTAPI MmAllocateMappingAddress(_In_ SIZE_T NumberOfBytes, _In_ ULONG PoolTag);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI MmFreeMappingAddress(_In_ PVOID BaseAddress, _In_ ULONG PoolTag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI MmProtectMdlSystemAddress(_In_ PMDL MemoryDescriptorList, _In_ ULONG NewProtect);

/* The system address of an MDL's buffer (NULL when it cannot be mapped). */
_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE PVOID MmGetSystemAddressForMdlSafe(_Inout_ PMDL Mdl, _In_ ULONG Priority)
{
	if (Mdl->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL))
		return Mdl->MappedSystemVa;
	return MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmCached, NULL, FALSE, Priority);
}
#define MmGetSystemAddressForMdl(MDL) \
	(((MDL)->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) ? ((MDL)->MappedSystemVa) \
		: (MmMapLockedPages((MDL), KernelMode)))

_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI SIZE_T NTAPI MmSizeOfMdl(_In_reads_bytes_opt_(Length) PVOID Base, _In_ SIZE_T Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PMDL NTAPI MmCreateMdl(_Out_writes_bytes_opt_(sizeof(MDL) + sizeof(PFN_NUMBER) * 8) PMDL MemoryDescriptorList,
	_In_reads_bytes_opt_(Length) PVOID Base, _In_ SIZE_T Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PMDL NTAPI MmAllocatePagesForMdl(_In_ PHYSICAL_ADDRESS LowAddress, _In_ PHYSICAL_ADDRESS HighAddress,
	_In_ PHYSICAL_ADDRESS SkipBytes, _In_ SIZE_T TotalBytes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PMDL NTAPI MmAllocatePagesForMdlEx(_In_ PHYSICAL_ADDRESS LowAddress, _In_ PHYSICAL_ADDRESS HighAddress,
	_In_ PHYSICAL_ADDRESS SkipBytes, _In_ SIZE_T TotalBytes, _In_ MEMORY_CACHING_TYPE CacheType, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmFreePagesFromMdl(_Inout_ PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemory(_In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS HighestAcceptableAddress);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmAllocateContiguousMemorySpecifyCache(_In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
	_In_ PHYSICAL_ADDRESS HighestAcceptableAddress, _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
	_In_ MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmAllocateContiguousNodeMemory(_In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
	_In_ PHYSICAL_ADDRESS HighestAcceptableAddress, _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple, _In_ ULONG Protect,
	_In_ NODE_REQUIREMENT PreferredNode);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmFreeContiguousMemory(_In_ PVOID BaseAddress);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI MmFreeContiguousMemorySpecifyCache(_In_reads_bytes_(NumberOfBytes) PVOID BaseAddress,
	_In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PVOID NTAPI MmAllocateNonCachedMemory(_In_ SIZE_T NumberOfBytes);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI MmFreeNonCachedMemory(_In_reads_bytes_(NumberOfBytes) PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmMapIoSpace(_In_ PHYSICAL_ADDRESS PhysicalAddress, _In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI MmMapIoSpaceEx(_In_ PHYSICAL_ADDRESS PhysicalAddress, _In_ SIZE_T NumberOfBytes, _In_ ULONG Protect);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI MmUnmapIoSpace(_In_reads_bytes_(NumberOfBytes) PVOID BaseAddress, _In_ SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PHYSICAL_ADDRESS NTAPI MmGetPhysicalAddress(_In_ PVOID BaseAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PVOID NTAPI MmGetVirtualForPhysical(_In_ PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI MmIsAddressValid(_In_ PVOID VirtualAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI MmIsNonPagedSystemAddressValid(_In_ PVOID VirtualAddress);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PVOID NTAPI MmLockPagableDataSection(_In_ PVOID AddressWithinSection);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PVOID NTAPI MmLockPagableSectionByHandle(_In_ PVOID ImageSectionHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI MmUnlockPagableImageSection(_In_ PVOID ImageSectionHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PVOID NTAPI MmPageEntireDriver(_In_ PVOID AddressWithinSection);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI MmResetDriverPaging(_In_ PVOID AddressWithinSection);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PVOID NTAPI MmGetSystemRoutineAddress(_In_ PUNICODE_STRING SystemRoutineName);
NTKERNELAPI MM_SYSTEMSIZE NTAPI MmQuerySystemSize(VOID);
NTKERNELAPI BOOLEAN NTAPI MmIsThisAnNtAsSystem(VOID);
NTKERNELAPI LOGICAL NTAPI MmIsDriverVerifying(_In_ struct _DRIVER_OBJECT *DriverObject);
NTKERNELAPI LOGICAL NTAPI MmIsDriverVerifyingByAddress(_In_ PVOID AddressWithinSection);
NTKERNELAPI ULONG NTAPI MmIsVerifierEnabled(_Out_ PULONG VerifierFlags);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI HANDLE NTAPI MmSecureVirtualMemory(_In_reads_bytes_(Size) PVOID Address, _In_ SIZE_T Size, _In_ ULONG ProbeMode);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI MmUnsecureVirtualMemory(_In_ HANDLE SecureHandle);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI MmMapViewInSystemSpace(_In_ PVOID Section, _Outptr_ PVOID *MappedBase, _Inout_ PSIZE_T ViewSize);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI MmUnmapViewInSystemSpace(_In_ PVOID MappedBase);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PPHYSICAL_MEMORY_RANGE NTAPI MmGetPhysicalMemoryRanges(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI MM_MDL_PAGE_CONTENTS_STATE NTAPI MmMdlPageContentsState(_Inout_ PMDLX MemoryDescriptorList, _In_ MM_MDL_PAGE_CONTENTS_STATE State);

/* Probing user buffers (raise an exception on a bad buffer) */
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ProbeForRead(__in_data_source(USER_MODE) _In_reads_bytes_(Length) volatile VOID *Address,
	_In_ SIZE_T Length, _In_ ULONG Alignment);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ProbeForWrite(__in_data_source(USER_MODE) _Out_writes_bytes_(Length) volatile VOID *Address,
	_In_ SIZE_T Length, _In_ ULONG Alignment);

/* ===================================================================== */
/* I/O system: status blocks, files, IRPs, devices, drivers               */
/* ===================================================================== */

typedef struct _IO_STATUS_BLOCK {
	union {
		NTSTATUS Status;
		PVOID Pointer;
	};
	ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef struct _IO_STATUS_BLOCK32 { NTSTATUS Status; ULONG Information; } IO_STATUS_BLOCK32, *PIO_STATUS_BLOCK32;

_Function_class_(IO_APC_ROUTINE)
typedef VOID NTAPI IO_APC_ROUTINE(_In_ PVOID ApcContext, _In_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG Reserved);
typedef IO_APC_ROUTINE *PIO_APC_ROUTINE;

/* IRP major functions */
#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CREATE_NAMED_PIPE 0x01
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_QUERY_INFORMATION 0x05
#define IRP_MJ_SET_INFORMATION 0x06
#define IRP_MJ_QUERY_EA 0x07
#define IRP_MJ_SET_EA 0x08
#define IRP_MJ_FLUSH_BUFFERS 0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION 0x0b
#define IRP_MJ_DIRECTORY_CONTROL 0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL 0x0d
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_SHUTDOWN 0x10
#define IRP_MJ_LOCK_CONTROL 0x11
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_CREATE_MAILSLOT 0x13
#define IRP_MJ_QUERY_SECURITY 0x14
#define IRP_MJ_SET_SECURITY 0x15
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_DEVICE_CHANGE 0x18
#define IRP_MJ_QUERY_QUOTA 0x19
#define IRP_MJ_SET_QUOTA 0x1a
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_PNP_POWER IRP_MJ_PNP
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b
#define IRP_MJ_SCSI IRP_MJ_INTERNAL_DEVICE_CONTROL

/* IRP minor functions */
#define IRP_MN_QUERY_DIRECTORY 0x01
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY 0x02
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY_EX 0x03
#define IRP_MN_USER_FS_REQUEST 0x00
#define IRP_MN_MOUNT_VOLUME 0x01
#define IRP_MN_VERIFY_VOLUME 0x02
#define IRP_MN_LOAD_FILE_SYSTEM 0x03
#define IRP_MN_TRACK_LINK 0x04
#define IRP_MN_KERNEL_CALL 0x04
#define IRP_MN_LOCK 0x01
#define IRP_MN_UNLOCK_SINGLE 0x02
#define IRP_MN_UNLOCK_ALL 0x03
#define IRP_MN_UNLOCK_ALL_BY_KEY 0x04
#define IRP_MN_FLUSH_AND_PURGE 0x01
#define IRP_MN_FLUSH_DATA_ONLY 0x02
#define IRP_MN_FLUSH_NO_SYNC 0x03
#define IRP_MN_FLUSH_DATA_SYNC_ONLY 0x04
#define IRP_MN_NORMAL 0x00
#define IRP_MN_DPC 0x01
#define IRP_MN_MDL 0x02
#define IRP_MN_COMPLETE 0x04
#define IRP_MN_COMPRESSED 0x08
#define IRP_MN_MDL_DPC (IRP_MN_MDL | IRP_MN_DPC)
#define IRP_MN_COMPLETE_MDL (IRP_MN_COMPLETE | IRP_MN_MDL)
#define IRP_MN_COMPLETE_MDL_DPC (IRP_MN_COMPLETE_MDL | IRP_MN_DPC)
#define IRP_MN_QUERY_LEGACY_BUS_INFORMATION 0x18
#define IRP_MN_SCSI_CLASS 0x01
#define IRP_MN_START_DEVICE 0x00
#define IRP_MN_QUERY_REMOVE_DEVICE 0x01
#define IRP_MN_REMOVE_DEVICE 0x02
#define IRP_MN_CANCEL_REMOVE_DEVICE 0x03
#define IRP_MN_STOP_DEVICE 0x04
#define IRP_MN_QUERY_STOP_DEVICE 0x05
#define IRP_MN_CANCEL_STOP_DEVICE 0x06
#define IRP_MN_QUERY_DEVICE_RELATIONS 0x07
#define IRP_MN_QUERY_INTERFACE 0x08
#define IRP_MN_QUERY_CAPABILITIES 0x09
#define IRP_MN_QUERY_RESOURCES 0x0A
#define IRP_MN_QUERY_RESOURCE_REQUIREMENTS 0x0B
#define IRP_MN_QUERY_DEVICE_TEXT 0x0C
#define IRP_MN_FILTER_RESOURCE_REQUIREMENTS 0x0D
#define IRP_MN_READ_CONFIG 0x0F
#define IRP_MN_WRITE_CONFIG 0x10
#define IRP_MN_EJECT 0x11
#define IRP_MN_SET_LOCK 0x12
#define IRP_MN_QUERY_ID 0x13
#define IRP_MN_QUERY_PNP_DEVICE_STATE 0x14
#define IRP_MN_QUERY_BUS_INFORMATION 0x15
#define IRP_MN_DEVICE_USAGE_NOTIFICATION 0x16
#define IRP_MN_SURPRISE_REMOVAL 0x17
#define IRP_MN_DEVICE_ENUMERATED 0x19
#define IRP_MN_WAIT_WAKE 0x00
#define IRP_MN_POWER_SEQUENCE 0x01
#define IRP_MN_SET_POWER 0x02
#define IRP_MN_QUERY_POWER 0x03
#define IRP_MN_QUERY_ALL_DATA 0x00
#define IRP_MN_QUERY_SINGLE_INSTANCE 0x01
#define IRP_MN_CHANGE_SINGLE_INSTANCE 0x02
#define IRP_MN_CHANGE_SINGLE_ITEM 0x03
#define IRP_MN_ENABLE_EVENTS 0x04
#define IRP_MN_DISABLE_EVENTS 0x05
#define IRP_MN_ENABLE_COLLECTION 0x06
#define IRP_MN_DISABLE_COLLECTION 0x07
#define IRP_MN_REGINFO 0x08
#define IRP_MN_EXECUTE_METHOD 0x09
#define IRP_MN_REGINFO_EX 0x0b

/* IRP flags */
#define IRP_NOCACHE 0x00000001
#define IRP_PAGING_IO 0x00000002
#define IRP_MOUNT_COMPLETION 0x00000002
#define IRP_SYNCHRONOUS_API 0x00000004
#define IRP_ASSOCIATED_IRP 0x00000008
#define IRP_BUFFERED_IO 0x00000010
#define IRP_DEALLOCATE_BUFFER 0x00000020
#define IRP_INPUT_OPERATION 0x00000040
#define IRP_SYNCHRONOUS_PAGING_IO 0x00000040
#define IRP_CREATE_OPERATION 0x00000080
#define IRP_READ_OPERATION 0x00000100
#define IRP_WRITE_OPERATION 0x00000200
#define IRP_CLOSE_OPERATION 0x00000400
#define IRP_DEFER_IO_COMPLETION 0x00000800
#define IRP_OB_QUERY_NAME 0x00001000
#define IRP_HOLD_DEVICE_QUEUE 0x00002000
#define IRP_UM_DRIVER_INITIATED_IO 0x00400000
#define IRP_QUOTA_CHARGED 0x01
#define IRP_ALLOCATED_MUST_SUCCEED 0x02
#define IRP_ALLOCATED_FIXED_SIZE 0x04
#define IRP_LOOKASIDE_ALLOCATION 0x08

/* Stack location flags and control bits */
#define SL_PENDING_RETURNED 0x01
#define SL_ERROR_RETURNED 0x02
#define SL_INVOKE_ON_CANCEL 0x20
#define SL_INVOKE_ON_SUCCESS 0x40
#define SL_INVOKE_ON_ERROR 0x80
#define SL_FORCE_ACCESS_CHECK 0x01
#define SL_OPEN_PAGING_FILE 0x02
#define SL_OPEN_TARGET_DIRECTORY 0x04
#define SL_STOP_ON_SYMLINK 0x08
#define SL_IGNORE_READONLY_ATTRIBUTE 0x40
#define SL_CASE_SENSITIVE 0x80
#define SL_KEY_SPECIFIED 0x01
#define SL_OVERRIDE_VERIFY_VOLUME 0x02
#define SL_WRITE_THROUGH 0x04
#define SL_FT_SEQUENTIAL_WRITE 0x08
#define SL_FORCE_DIRECT_WRITE 0x10
#define SL_REALTIME_STREAM 0x20
#define SL_PERSISTENT_MEMORY_FIXED_MAPPING 0x20
#define SL_BYPASS_IO 0x40
#define SL_READ_ACCESS_GRANTED 0x01
#define SL_WRITE_ACCESS_GRANTED 0x04
#define SL_FAIL_IMMEDIATELY 0x01
#define SL_EXCLUSIVE_LOCK 0x02
#define SL_RESTART_SCAN 0x01
#define SL_RETURN_SINGLE_ENTRY 0x02
#define SL_INDEX_SPECIFIED 0x04
#define SL_RETURN_ON_DISK_ENTRIES_ONLY 0x08
#define SL_NO_CURSOR_UPDATE 0x10
#define SL_QUERY_DIRECTORY_MASK 0x1b
#define SL_WATCH_TREE 0x01
#define SL_ALLOW_RAW_MOUNT 0x01
#define SL_BYPASS_ACCESS_CHECK 0x01
#define SL_INFO_FORCE_ACCESS_CHECK 0x01
#define SL_INFO_IGNORE_READONLY_ATTRIBUTE 0x40

/* Priority boosts for IoCompleteRequest */
#define STATUS_CONTINUE_COMPLETION STATUS_SUCCESS
#define IO_NO_INCREMENT 0
#define LOW_PRIORITY 0
#define LOW_REALTIME_PRIORITY 16
#define HIGH_PRIORITY 31
#define MAXIMUM_PRIORITY 32
#define IO_CD_ROM_INCREMENT 1
#define IO_DISK_INCREMENT 1
#define IO_KEYBOARD_INCREMENT 6
#define IO_MAILSLOT_INCREMENT 2
#define IO_MOUSE_INCREMENT 6
#define IO_NAMED_PIPE_INCREMENT 2
#define IO_NETWORK_INCREMENT 2
#define IO_PARALLEL_INCREMENT 1
#define IO_SERIAL_INCREMENT 2
#define IO_SOUND_INCREMENT 8
#define IO_VIDEO_INCREMENT 1
#define EVENT_INCREMENT 1
#define SEMAPHORE_INCREMENT 1
#define IO_TYPE_ADAPTER 1
#define IO_TYPE_CONTROLLER 2
#define IO_TYPE_DEVICE 3
#define IO_TYPE_DRIVER 4
#define IO_TYPE_FILE 5
#define IO_TYPE_IRP 6
#define IO_TYPE_MASTER_ADAPTER 7
#define IO_TYPE_OPEN_PACKET 8
#define IO_TYPE_TIMER 9
#define IO_TYPE_VPB 10
#define IO_TYPE_ERROR_LOG 11
#define IO_TYPE_ERROR_MESSAGE 12
#define IO_TYPE_DEVICE_OBJECT_EXTENSION 13

/* Device object flags and characteristics */
#define DO_VERIFY_VOLUME 0x00000002
#define DO_BUFFERED_IO 0x00000004
#define DO_EXCLUSIVE 0x00000008
#define DO_DIRECT_IO 0x00000010
#define DO_MAP_IO_BUFFER 0x00000020
#define DO_DEVICE_HAS_NAME 0x00000040
#define DO_DEVICE_INITIALIZING 0x00000080
#define DO_SYSTEM_BOOT_PARTITION 0x00000100
#define DO_LONG_TERM_REQUESTS 0x00000200
#define DO_NEVER_LAST_DEVICE 0x00000400
#define DO_SHUTDOWN_REGISTERED 0x00000800
#define DO_BUS_ENUMERATED_DEVICE 0x00001000
#define DO_POWER_PAGABLE 0x00002000
#define DO_POWER_INRUSH 0x00004000
#define DO_LOW_PRIORITY_FILESYSTEM 0x00010000
#define DO_SUPPORTS_PERSISTENT_ACLS 0x00020000
#define DO_SUPPORTS_TRANSACTIONS 0x00040000
#define DO_FORCE_NEITHER_IO 0x00080000
#define DO_VOLUME_DEVICE_OBJECT 0x00100000
#define DO_SYSTEM_SYSTEM_PARTITION 0x00200000
#define DO_SYSTEM_CRITICAL_PARTITION 0x00400000
#define DO_DISALLOW_EXECUTE 0x00800000
#define DO_DEVICE_TO_BE_RESET 0x04000000
#define DO_DEVICE_IRP_REQUIRES_EXTENSION 0x08000000
#define DO_DAX_VOLUME 0x10000000
#define DO_BOOT_CRITICAL 0x20000000
#define FILE_REMOVABLE_MEDIA 0x00000001
#define FILE_READ_ONLY_DEVICE 0x00000002
#define FILE_FLOPPY_DISKETTE 0x00000004
#define FILE_WRITE_ONCE_MEDIA 0x00000008
#define FILE_REMOTE_DEVICE 0x00000010
#define FILE_DEVICE_IS_MOUNTED 0x00000020
#define FILE_VIRTUAL_VOLUME 0x00000040
#define FILE_AUTOGENERATED_DEVICE_NAME 0x00000080
#define FILE_DEVICE_SECURE_OPEN 0x00000100
#define FILE_CHARACTERISTIC_PNP_DEVICE 0x00000800
#define FILE_CHARACTERISTIC_TS_DEVICE 0x00001000
#define FILE_CHARACTERISTIC_WEBDAV_DEVICE 0x00002000
#define FILE_CHARACTERISTIC_CSV 0x00010000
#define FILE_DEVICE_ALLOW_APPCONTAINER_TRAVERSAL 0x00020000
#define FILE_PORTABLE_DEVICE 0x00040000
#define FILE_REMOTE_DEVICE_VSMB 0x00080000
#define FILE_DEVICE_REQUIRE_SECURITY_CHECK 0x00100000

/* File access, sharing, attributes, create options */
#define FILE_READ_DATA (0x0001)
#define FILE_LIST_DIRECTORY (0x0001)
#define FILE_WRITE_DATA (0x0002)
#define FILE_ADD_FILE (0x0002)
#define FILE_APPEND_DATA (0x0004)
#define FILE_ADD_SUBDIRECTORY (0x0004)
#define FILE_CREATE_PIPE_INSTANCE (0x0004)
#define FILE_READ_EA (0x0008)
#define FILE_WRITE_EA (0x0010)
#define FILE_EXECUTE (0x0020)
#define FILE_TRAVERSE (0x0020)
#define FILE_DELETE_CHILD (0x0040)
#define FILE_READ_ATTRIBUTES (0x0080)
#define FILE_WRITE_ATTRIBUTES (0x0100)
#define FILE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES | FILE_WRITE_EA | \
			    FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_GENERIC_EXECUTE (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)
#define FILE_SHARE_READ 0x00000001
#define FILE_SHARE_WRITE 0x00000002
#define FILE_SHARE_DELETE 0x00000004
#define FILE_SHARE_VALID_FLAGS 0x00000007
#define FILE_ATTRIBUTE_READONLY 0x00000001
#define FILE_ATTRIBUTE_HIDDEN 0x00000002
#define FILE_ATTRIBUTE_SYSTEM 0x00000004
#define FILE_ATTRIBUTE_DIRECTORY 0x00000010
#define FILE_ATTRIBUTE_ARCHIVE 0x00000020
#define FILE_ATTRIBUTE_DEVICE 0x00000040
#define FILE_ATTRIBUTE_NORMAL 0x00000080
#define FILE_ATTRIBUTE_TEMPORARY 0x00000100
#define FILE_ATTRIBUTE_SPARSE_FILE 0x00000200
#define FILE_ATTRIBUTE_REPARSE_POINT 0x00000400
#define FILE_ATTRIBUTE_COMPRESSED 0x00000800
#define FILE_ATTRIBUTE_OFFLINE 0x00001000
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 0x00002000
#define FILE_ATTRIBUTE_ENCRYPTED 0x00004000
#define FILE_ATTRIBUTE_INTEGRITY_STREAM 0x00008000
#define FILE_ATTRIBUTE_VIRTUAL 0x00010000
#define FILE_ATTRIBUTE_NO_SCRUB_DATA 0x00020000
#define FILE_ATTRIBUTE_EA 0x00040000
#define FILE_ATTRIBUTE_PINNED 0x00080000
#define FILE_ATTRIBUTE_UNPINNED 0x00100000
#define FILE_ATTRIBUTE_RECALL_ON_OPEN 0x00040000
#define FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS 0x00400000
#define FILE_ATTRIBUTE_VALID_FLAGS 0x00007fb7
#define FILE_ATTRIBUTE_VALID_SET_FLAGS 0x000031a7
#define FILE_ATTRIBUTE_VALID_KERNEL_SET_FLAGS 0x00036fa7
#define FILE_SUPERSEDE 0x00000000
#define FILE_OPEN 0x00000001
#define FILE_CREATE 0x00000002
#define FILE_OPEN_IF 0x00000003
#define FILE_OVERWRITE 0x00000004
#define FILE_OVERWRITE_IF 0x00000005
#define FILE_MAXIMUM_DISPOSITION 0x00000005
#define FILE_DIRECTORY_FILE 0x00000001
#define FILE_WRITE_THROUGH 0x00000002
#define FILE_SEQUENTIAL_ONLY 0x00000004
#define FILE_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FILE_SYNCHRONOUS_IO_ALERT 0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT 0x00000020
#define FILE_NON_DIRECTORY_FILE 0x00000040
#define FILE_CREATE_TREE_CONNECTION 0x00000080
#define FILE_COMPLETE_IF_OPLOCKED 0x00000100
#define FILE_NO_EA_KNOWLEDGE 0x00000200
#define FILE_OPEN_REMOTE_INSTANCE 0x00000400
#define FILE_RANDOM_ACCESS 0x00000800
#define FILE_DELETE_ON_CLOSE 0x00001000
#define FILE_OPEN_BY_FILE_ID 0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT 0x00004000
#define FILE_NO_COMPRESSION 0x00008000
#define FILE_OPEN_REQUIRING_OPLOCK 0x00010000
#define FILE_DISALLOW_EXCLUSIVE 0x00020000
#define FILE_SESSION_AWARE 0x00040000
#define FILE_RESERVE_OPFILTER 0x00100000
#define FILE_OPEN_REPARSE_POINT 0x00200000
#define FILE_OPEN_NO_RECALL 0x00400000
#define FILE_OPEN_FOR_FREE_SPACE_QUERY 0x00800000
#define FILE_VALID_OPTION_FLAGS 0x00ffffff
#define FILE_VALID_PIPE_OPTION_FLAGS 0x00000032
#define FILE_VALID_MAILSLOT_OPTION_FLAGS 0x00000032
#define FILE_VALID_SET_FLAGS 0x00000036
#define FILE_COPY_STRUCTURED_STORAGE 0x00000041
#define FILE_STRUCTURED_STORAGE 0x00000441
#define FILE_SUPERSEDED 0x00000000
#define FILE_OPENED 0x00000001
#define FILE_CREATED 0x00000002
#define FILE_OVERWRITTEN 0x00000003
#define FILE_EXISTS 0x00000004
#define FILE_DOES_NOT_EXIST 0x00000005
#define FILE_WRITE_TO_END_OF_FILE 0xffffffff
#define FILE_USE_FILE_POINTER_POSITION 0xfffffffe
#define FILE_BYTE_ALIGNMENT 0x00000000
#define FILE_WORD_ALIGNMENT 0x00000001
#define FILE_LONG_ALIGNMENT 0x00000003
#define FILE_QUAD_ALIGNMENT 0x00000007
#define FILE_OCTA_ALIGNMENT 0x0000000f
#define FILE_32_BYTE_ALIGNMENT 0x0000001f
#define FILE_64_BYTE_ALIGNMENT 0x0000003f
#define FILE_128_BYTE_ALIGNMENT 0x0000007f
#define FILE_256_BYTE_ALIGNMENT 0x000000ff
#define FILE_512_BYTE_ALIGNMENT 0x000001ff
#define MAXIMUM_FILENAME_LENGTH 256
#define IO_FORCE_ACCESS_CHECK 0x0001
#define IO_NO_PARAMETER_CHECKING 0x0100
#define IO_REPARSE 0x0
#define IO_REMOUNT 0x1
#define IO_CHECK_CREATE_PARAMETERS 0x0200
#define IO_ATTACH_DEVICE 0x0400
#define IO_IGNORE_SHARE_ACCESS_CHECK 0x0800
#define IO_STOP_ON_SYMLINK 0x00000004
#define IO_OPEN_PAGING_FILE 0x0002
#define IO_OPEN_TARGET_DIRECTORY 0x0004

/* File object flags */
#define FO_FILE_OPEN 0x00000001
#define FO_SYNCHRONOUS_IO 0x00000002
#define FO_ALERTABLE_IO 0x00000004
#define FO_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FO_WRITE_THROUGH 0x00000010
#define FO_SEQUENTIAL_ONLY 0x00000020
#define FO_CACHE_SUPPORTED 0x00000040
#define FO_NAMED_PIPE 0x00000080
#define FO_STREAM_FILE 0x00000100
#define FO_MAILSLOT 0x00000200
#define FO_GENERATE_AUDIT_ON_CLOSE 0x00000400
#define FO_QUEUE_IRP_TO_THREAD FO_GENERATE_AUDIT_ON_CLOSE
#define FO_DIRECT_DEVICE_OPEN 0x00000800
#define FO_FILE_MODIFIED 0x00001000
#define FO_FILE_SIZE_CHANGED 0x00002000
#define FO_CLEANUP_COMPLETE 0x00004000
#define FO_TEMPORARY_FILE 0x00008000
#define FO_DELETE_ON_CLOSE 0x00010000
#define FO_OPENED_CASE_SENSITIVE 0x00020000
#define FO_HANDLE_CREATED 0x00040000
#define FO_FILE_FAST_IO_READ 0x00080000
#define FO_RANDOM_ACCESS 0x00100000
#define FO_FILE_OPEN_CANCELLED 0x00200000
#define FO_VOLUME_OPEN 0x00400000
#define FO_BYPASS_IO_ENABLED 0x00800000
#define FO_REMOTE_ORIGIN 0x01000000
#define FO_DISALLOW_EXCLUSIVE 0x02000000
#define FO_SKIP_COMPLETION_PORT FO_DISALLOW_EXCLUSIVE
#define FO_SKIP_SET_EVENT 0x04000000
#define FO_SKIP_SET_FAST_IO 0x08000000
#define FO_INDIRECT_WAIT_OBJECT 0x10000000
#define FO_SECTION_MINSTORE_TREATMENT 0x20000000
#define FO_FLAGS_VALID_ONLY_DURING_CREATE FO_DISALLOW_EXCLUSIVE

/* File information classes */
typedef enum _FILE_INFORMATION_CLASS {
	FileDirectoryInformation = 1, FileFullDirectoryInformation, FileBothDirectoryInformation,
	FileBasicInformation, FileStandardInformation, FileInternalInformation, FileEaInformation,
	FileAccessInformation, FileNameInformation, FileRenameInformation, FileLinkInformation,
	FileNamesInformation, FileDispositionInformation, FilePositionInformation,
	FileFullEaInformation, FileModeInformation, FileAlignmentInformation, FileAllInformation,
	FileAllocationInformation, FileEndOfFileInformation, FileAlternateNameInformation,
	FileStreamInformation, FilePipeInformation, FilePipeLocalInformation, FilePipeRemoteInformation,
	FileMailslotQueryInformation, FileMailslotSetInformation, FileCompressionInformation,
	FileObjectIdInformation, FileCompletionInformation, FileMoveClusterInformation,
	FileQuotaInformation, FileReparsePointInformation, FileNetworkOpenInformation,
	FileAttributeTagInformation, FileTrackingInformation, FileIdBothDirectoryInformation,
	FileIdFullDirectoryInformation, FileValidDataLengthInformation, FileShortNameInformation,
	FileIoCompletionNotificationInformation, FileIoStatusBlockRangeInformation,
	FileIoPriorityHintInformation, FileSfioReserveInformation, FileSfioVolumeInformation,
	FileHardLinkInformation, FileProcessIdsUsingFileInformation, FileNormalizedNameInformation,
	FileNetworkPhysicalNameInformation, FileIdGlobalTxDirectoryInformation, FileIsRemoteDeviceInformation,
	FileUnusedInformation, FileNumaNodeInformation, FileStandardLinkInformation,
	FileRemoteProtocolInformation, FileRenameInformationBypassAccessCheck,
	FileLinkInformationBypassAccessCheck, FileVolumeNameInformation, FileIdInformation,
	FileIdExtdDirectoryInformation, FileReplaceCompletionInformation, FileHardLinkFullIdInformation,
	FileIdExtdBothDirectoryInformation, FileDispositionInformationEx, FileRenameInformationEx,
	FileRenameInformationExBypassAccessCheck, FileDesiredStorageClassInformation,
	FileStatInformation, FileMemoryPartitionInformation, FileStatLxInformation,
	FileCaseSensitiveInformation, FileLinkInformationEx, FileLinkInformationExBypassAccessCheck,
	FileStorageReserveIdInformation, FileCaseSensitiveInformationForceAccessCheck,
	FileKnownFolderInformation, FileStatBasicInformation, FileId64ExtdDirectoryInformation,
	FileId64ExtdBothDirectoryInformation, FileIdAllExtdDirectoryInformation,
	FileIdAllExtdBothDirectoryInformation, FileStreamReservationInformation,
	FileMupProviderInfo, FileMaximumInformation
} FILE_INFORMATION_CLASS, *PFILE_INFORMATION_CLASS;

typedef enum _FSINFOCLASS {
	FileFsVolumeInformation = 1, FileFsLabelInformation, FileFsSizeInformation, FileFsDeviceInformation,
	FileFsAttributeInformation, FileFsControlInformation, FileFsFullSizeInformation,
	FileFsObjectIdInformation, FileFsDriverPathInformation, FileFsVolumeFlagsInformation,
	FileFsSectorSizeInformation, FileFsDataCopyInformation, FileFsMetadataSizeInformation,
	FileFsFullSizeInformationEx, FileFsGuidInformation, FileFsMaximumInformation
} FS_INFORMATION_CLASS, *PFS_INFORMATION_CLASS;

typedef enum _DIRECTORY_NOTIFY_INFORMATION_CLASS {
	DirectoryNotifyInformation = 1, DirectoryNotifyExtendedInformation, DirectoryNotifyFullInformation,
	DirectoryNotifyMaximumInformation
} DIRECTORY_NOTIFY_INFORMATION_CLASS, *PDIRECTORY_NOTIFY_INFORMATION_CLASS;

typedef struct _FILE_BASIC_INFORMATION {
	LARGE_INTEGER CreationTime;
	LARGE_INTEGER LastAccessTime;
	LARGE_INTEGER LastWriteTime;
	LARGE_INTEGER ChangeTime;
	ULONG FileAttributes;
} FILE_BASIC_INFORMATION, *PFILE_BASIC_INFORMATION;
typedef struct _FILE_STANDARD_INFORMATION {
	LARGE_INTEGER AllocationSize;
	LARGE_INTEGER EndOfFile;
	ULONG NumberOfLinks;
	BOOLEAN DeletePending;
	BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;
typedef struct _FILE_POSITION_INFORMATION { LARGE_INTEGER CurrentByteOffset; } FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;
typedef struct _FILE_NETWORK_OPEN_INFORMATION {
	LARGE_INTEGER CreationTime;
	LARGE_INTEGER LastAccessTime;
	LARGE_INTEGER LastWriteTime;
	LARGE_INTEGER ChangeTime;
	LARGE_INTEGER AllocationSize;
	LARGE_INTEGER EndOfFile;
	ULONG FileAttributes;
} FILE_NETWORK_OPEN_INFORMATION, *PFILE_NETWORK_OPEN_INFORMATION;
typedef struct _FILE_END_OF_FILE_INFORMATION { LARGE_INTEGER EndOfFile; } FILE_END_OF_FILE_INFORMATION, *PFILE_END_OF_FILE_INFORMATION;
typedef struct _FILE_VALID_DATA_LENGTH_INFORMATION { LARGE_INTEGER ValidDataLength; } FILE_VALID_DATA_LENGTH_INFORMATION, *PFILE_VALID_DATA_LENGTH_INFORMATION;
typedef struct _FILE_ALIGNMENT_INFORMATION { ULONG AlignmentRequirement; } FILE_ALIGNMENT_INFORMATION, *PFILE_ALIGNMENT_INFORMATION;
typedef struct _FILE_NAME_INFORMATION { ULONG FileNameLength; WCHAR FileName[1]; } FILE_NAME_INFORMATION, *PFILE_NAME_INFORMATION;
typedef struct _FILE_ATTRIBUTE_TAG_INFORMATION { ULONG FileAttributes; ULONG ReparseTag; } FILE_ATTRIBUTE_TAG_INFORMATION, *PFILE_ATTRIBUTE_TAG_INFORMATION;
typedef struct _FILE_DISPOSITION_INFORMATION { BOOLEAN DeleteFile; } FILE_DISPOSITION_INFORMATION, *PFILE_DISPOSITION_INFORMATION;
typedef struct _FILE_DISPOSITION_INFORMATION_EX { ULONG Flags; } FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;
#define FILE_DISPOSITION_DO_NOT_DELETE 0x00000000
#define FILE_DISPOSITION_DELETE 0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS 0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK 0x00000004
#define FILE_DISPOSITION_ON_CLOSE 0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE 0x00000010
typedef struct _FILE_FULL_EA_INFORMATION {
	ULONG NextEntryOffset;
	UCHAR Flags;
	UCHAR EaNameLength;
	USHORT EaValueLength;
	CHAR EaName[1];
} FILE_FULL_EA_INFORMATION, *PFILE_FULL_EA_INFORMATION;
typedef struct _FILE_IO_PRIORITY_HINT_INFORMATION { int PriorityHint; } FILE_IO_PRIORITY_HINT_INFORMATION, *PFILE_IO_PRIORITY_HINT_INFORMATION;
typedef struct _FILE_IS_REMOTE_DEVICE_INFORMATION { BOOLEAN IsRemote; } FILE_IS_REMOTE_DEVICE_INFORMATION, *PFILE_IS_REMOTE_DEVICE_INFORMATION;
typedef struct _FILE_FS_DEVICE_INFORMATION { DEVICE_TYPE DeviceType; ULONG Characteristics; } FILE_FS_DEVICE_INFORMATION, *PFILE_FS_DEVICE_INFORMATION;
typedef struct _FILE_SFIO_RESERVE_INFORMATION { ULONG RequestsPerPeriod; ULONG Period; BOOLEAN RetryFailures; BOOLEAN Discardable; ULONG RequestSize; ULONG NumOutstandingRequests; } FILE_SFIO_RESERVE_INFORMATION, *PFILE_SFIO_RESERVE_INFORMATION;
#define FILE_NEED_EA 0x00000080

typedef struct _SECTION_OBJECT_POINTERS {
	PVOID DataSectionObject;
	PVOID SharedCacheMap;
	PVOID ImageSectionObject;
} SECTION_OBJECT_POINTERS, *PSECTION_OBJECT_POINTERS;

typedef struct _IO_COMPLETION_CONTEXT { PVOID Port; PVOID Key; LONG_PTR UsageCount; } IO_COMPLETION_CONTEXT, *PIO_COMPLETION_CONTEXT;

#define MAXIMUM_VOLUME_LABEL_LENGTH (32 * sizeof(WCHAR))
typedef struct _VPB {
	CSHORT Type;
	CSHORT Size;
	USHORT Flags;
	USHORT VolumeLabelLength;
	struct _DEVICE_OBJECT *DeviceObject;
	struct _DEVICE_OBJECT *RealDevice;
	ULONG SerialNumber;
	ULONG ReferenceCount;
	WCHAR VolumeLabel[MAXIMUM_VOLUME_LABEL_LENGTH / sizeof(WCHAR)];
} VPB, *PVPB;
#define VPB_MOUNTED 0x00000001
#define VPB_LOCKED 0x00000002
#define VPB_PERSISTENT 0x00000004
#define VPB_REMOVE_PENDING 0x00000008
#define VPB_RAW_MOUNT 0x00000010
#define VPB_DIRECT_WRITES_ALLOWED 0x00000020
#define VPB_FLAGS_BYPASSIO_BLOCKED 0x00000040
#define VPB_DISMOUNTING 0x00000080

typedef struct _FILE_OBJECT {
	CSHORT Type;
	CSHORT Size;
	struct _DEVICE_OBJECT *DeviceObject;
	PVPB Vpb;
	PVOID FsContext;
	PVOID FsContext2;
	PSECTION_OBJECT_POINTERS SectionObjectPointer;
	PVOID PrivateCacheMap;
	NTSTATUS FinalStatus;
	struct _FILE_OBJECT *RelatedFileObject;
	BOOLEAN LockOperation;
	BOOLEAN DeletePending;
	BOOLEAN ReadAccess;
	BOOLEAN WriteAccess;
	BOOLEAN DeleteAccess;
	BOOLEAN SharedRead;
	BOOLEAN SharedWrite;
	BOOLEAN SharedDelete;
	ULONG Flags;
	UNICODE_STRING FileName;
	LARGE_INTEGER CurrentByteOffset;
	__volatile ULONG Waiters;
	__volatile ULONG Busy;
	PVOID LastLock;
	KEVENT Lock;
	KEVENT Event;
	__volatile PIO_COMPLETION_CONTEXT CompletionContext;
	KSPIN_LOCK IrpListLock;
	LIST_ENTRY IrpList;
	__volatile struct _IOP_FILE_OBJECT_EXTENSION *FileObjectExtension;
} FILE_OBJECT, *PFILE_OBJECT;

typedef struct _IO_SECURITY_CONTEXT {
	PSECURITY_QUALITY_OF_SERVICE SecurityQos;
	PACCESS_STATE AccessState;
	ACCESS_MASK DesiredAccess;
	ULONG FullCreateOptions;
} IO_SECURITY_CONTEXT, *PIO_SECURITY_CONTEXT;

typedef struct _SHARE_ACCESS {
	ULONG OpenCount;
	ULONG Readers;
	ULONG Writers;
	ULONG Deleters;
	ULONG SharedRead;
	ULONG SharedWrite;
	ULONG SharedDelete;
} SHARE_ACCESS, *PSHARE_ACCESS;

/* ---- Plug and Play and power: the types IRPs carry ---- */

typedef enum _SYSTEM_POWER_STATE {
	PowerSystemUnspecified = 0, PowerSystemWorking, PowerSystemSleeping1, PowerSystemSleeping2,
	PowerSystemSleeping3, PowerSystemHibernate, PowerSystemShutdown, PowerSystemMaximum
} SYSTEM_POWER_STATE, *PSYSTEM_POWER_STATE;
#define POWER_SYSTEM_MAXIMUM 7
typedef enum _DEVICE_POWER_STATE {
	PowerDeviceUnspecified = 0, PowerDeviceD0, PowerDeviceD1, PowerDeviceD2, PowerDeviceD3, PowerDeviceMaximum
} DEVICE_POWER_STATE, *PDEVICE_POWER_STATE;
typedef union _POWER_STATE {
	SYSTEM_POWER_STATE SystemState;
	DEVICE_POWER_STATE DeviceState;
} POWER_STATE, *PPOWER_STATE;
typedef enum _POWER_STATE_TYPE { SystemPowerState = 0, DevicePowerState } POWER_STATE_TYPE, *PPOWER_STATE_TYPE;
typedef enum _POWER_ACTION {
	PowerActionNone = 0, PowerActionReserved, PowerActionSleep, PowerActionHibernate, PowerActionShutdown,
	PowerActionShutdownReset, PowerActionShutdownOff, PowerActionWarmEject, PowerActionDisplayOff
} POWER_ACTION, *PPOWER_ACTION;
typedef struct _SYSTEM_POWER_STATE_CONTEXT {
	union {
		struct {
			ULONG Reserved1 : 8;
			ULONG TargetSystemState : 4;
			ULONG EffectiveSystemState : 4;
			ULONG CurrentSystemState : 4;
			ULONG IgnoreHibernationPath : 1;
			ULONG PseudoTransition : 1;
			ULONG KernelSoftReboot : 1;
			ULONG DirectedDripsTransition : 1;
			ULONG Reserved2 : 8;
		};
		ULONG ContextAsUlong;
	};
} SYSTEM_POWER_STATE_CONTEXT, *PSYSTEM_POWER_STATE_CONTEXT;
typedef struct _POWER_SEQUENCE { ULONG SequenceD1; ULONG SequenceD2; ULONG SequenceD3; } POWER_SEQUENCE, *PPOWER_SEQUENCE;

typedef enum _DEVICE_RELATION_TYPE {
	BusRelations, EjectionRelations, PowerRelations, RemovalRelations, TargetDeviceRelation,
	SingleBusRelations, TransportRelations
} DEVICE_RELATION_TYPE, *PDEVICE_RELATION_TYPE;
typedef struct _DEVICE_RELATIONS {
	ULONG Count;
	struct _DEVICE_OBJECT *Objects[1];
} DEVICE_RELATIONS, *PDEVICE_RELATIONS;
typedef enum _BUS_QUERY_ID_TYPE {
	BusQueryDeviceID = 0, BusQueryHardwareIDs = 1, BusQueryCompatibleIDs = 2, BusQueryInstanceID = 3,
	BusQueryDeviceSerialNumber = 4, BusQueryContainerID = 5
} BUS_QUERY_ID_TYPE, *PBUS_QUERY_ID_TYPE;
typedef enum _DEVICE_TEXT_TYPE { DeviceTextDescription = 0, DeviceTextLocationInformation = 1 } DEVICE_TEXT_TYPE, *PDEVICE_TEXT_TYPE;
typedef enum _DEVICE_USAGE_NOTIFICATION_TYPE {
	DeviceUsageTypeUndefined, DeviceUsageTypePaging, DeviceUsageTypeHibernation, DeviceUsageTypeDumpFile,
	DeviceUsageTypeBoot, DeviceUsageTypePostDisplay, DeviceUsageTypeGuestAssigned
} DEVICE_USAGE_NOTIFICATION_TYPE;

typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);
typedef struct _INTERFACE {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;

typedef struct _DEVICE_CAPABILITIES {
	USHORT Size;
	USHORT Version;
	ULONG DeviceD1 : 1;
	ULONG DeviceD2 : 1;
	ULONG LockSupported : 1;
	ULONG EjectSupported : 1;
	ULONG Removable : 1;
	ULONG DockDevice : 1;
	ULONG UniqueID : 1;
	ULONG SilentInstall : 1;
	ULONG RawDeviceOK : 1;
	ULONG SurpriseRemovalOK : 1;
	ULONG WakeFromD0 : 1;
	ULONG WakeFromD1 : 1;
	ULONG WakeFromD2 : 1;
	ULONG WakeFromD3 : 1;
	ULONG HardwareDisabled : 1;
	ULONG NonDynamic : 1;
	ULONG WarmEjectSupported : 1;
	ULONG NoDisplayInUI : 1;
	ULONG Reserved1 : 1;
	ULONG WakeFromInterrupt : 1;
	ULONG SecureDevice : 1;
	ULONG ChildOfVgaEnabledBridge : 1;
	ULONG DecodeIoOnBoot : 1;
	ULONG Reserved : 9;
	ULONG Address;
	ULONG UINumber;
	DEVICE_POWER_STATE DeviceState[POWER_SYSTEM_MAXIMUM];
	SYSTEM_POWER_STATE SystemWake;
	DEVICE_POWER_STATE DeviceWake;
	ULONG D1Latency;
	ULONG D2Latency;
	ULONG D3Latency;
} DEVICE_CAPABILITIES, *PDEVICE_CAPABILITIES;

typedef enum _INTERFACE_TYPE {
	InterfaceTypeUndefined = -1, Internal, Isa, Eisa, MicroChannel, TurboChannel, PCIBus, VMEBus,
	NuBus, PCMCIABus, CBus, MPIBus, MPSABus, ProcessorInternal, InternalPowerBus, PNPISABus,
	PNPBus, Vmcs, ACPIBus, MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;
typedef enum _BUS_DATA_TYPE {
	ConfigurationSpaceUndefined = -1, Cmos, EisaConfiguration, Pos, CbusConfiguration,
	PCIConfiguration, VMEConfiguration, NuBusConfiguration, PCMCIAConfiguration, MPIConfiguration,
	MPSAConfiguration, PNPISAConfiguration, SgiInternalConfiguration, MaximumBusDataType
} BUS_DATA_TYPE, *PBUS_DATA_TYPE;
typedef struct _PNP_BUS_INFORMATION {
	GUID BusTypeGuid;
	INTERFACE_TYPE LegacyBusType;
	ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;
typedef struct _LEGACY_BUS_INFORMATION {
	GUID BusTypeGuid;
	INTERFACE_TYPE LegacyBusType;
	ULONG BusNumber;
} LEGACY_BUS_INFORMATION, *PLEGACY_BUS_INFORMATION;
typedef ULONG PNP_DEVICE_STATE, *PPNP_DEVICE_STATE;
#define PNP_DEVICE_DISABLED 0x00000001
#define PNP_DEVICE_DONT_DISPLAY_IN_UI 0x00000002
#define PNP_DEVICE_FAILED 0x00000004
#define PNP_DEVICE_REMOVED 0x00000008
#define PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED 0x00000010
#define PNP_DEVICE_NOT_DISABLEABLE 0x00000020
#define PNP_DEVICE_DISCONNECTED 0x00000040

/* Hardware resources */
#pragma pack(push, 4)
typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
	UCHAR Type;
	UCHAR ShareDisposition;
	USHORT Flags;
	union {
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Generic;
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Port;
		struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Interrupt;
		struct {
			union {
				struct { USHORT Group; USHORT MessageCount; ULONG Vector; KAFFINITY Affinity; } Raw;
				struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Translated;
			};
		} MessageInterrupt;
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Memory;
		struct { ULONG Channel; ULONG Port; ULONG Reserved1; } Dma;
		struct { ULONG Channel; ULONG RequestLine; UCHAR TransferWidth; UCHAR Reserved1; UCHAR Reserved2; UCHAR Reserved3; } DmaV3;
		struct { ULONG Data[3]; } DevicePrivate;
		struct { ULONG Start; ULONG Length; ULONG Reserved; } BusNumber;
		struct { ULONG DataSize; ULONG Reserved1; ULONG Reserved2; } DeviceSpecificData;
		struct { PHYSICAL_ADDRESS Start; ULONG Length40; } Memory40;
		struct { PHYSICAL_ADDRESS Start; ULONG Length48; } Memory48;
		struct { PHYSICAL_ADDRESS Start; ULONG Length64; } Memory64;
		struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
	} u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;
#pragma pack(pop)
typedef struct _CM_PARTIAL_RESOURCE_LIST {
	USHORT Version;
	USHORT Revision;
	ULONG Count;
	CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;
typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
	INTERFACE_TYPE InterfaceType;
	ULONG BusNumber;
	CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;
typedef struct _CM_RESOURCE_LIST {
	ULONG Count;
	CM_FULL_RESOURCE_DESCRIPTOR List[1];
} CM_RESOURCE_LIST, *PCM_RESOURCE_LIST;
typedef struct _CM_INT13_DRIVE_PARAMETER { USHORT DriveSelect; ULONG MaxCylinders; USHORT SectorsPerTrack; USHORT MaxHeads; USHORT NumberDrives; } CM_INT13_DRIVE_PARAMETER, *PCM_INT13_DRIVE_PARAMETER;
typedef struct _CM_SERIAL_DEVICE_DATA { USHORT Version; USHORT Revision; ULONG BaudClock; } CM_SERIAL_DEVICE_DATA, *PCM_SERIAL_DEVICE_DATA;

#define CmResourceTypeNull 0
#define CmResourceTypePort 1
#define CmResourceTypeInterrupt 2
#define CmResourceTypeMemory 3
#define CmResourceTypeDma 4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber 6
#define CmResourceTypeMemoryLarge 7
#define CmResourceTypeNonArbitrated 128
#define CmResourceTypeConfigData 128
#define CmResourceTypeDevicePrivate 129
#define CmResourceTypePcCardConfig 130
#define CmResourceTypeMfCardConfig 131
#define CmResourceTypeConnection 132
typedef enum _CM_SHARE_DISPOSITION {
	CmResourceShareUndetermined = 0, CmResourceShareDeviceExclusive, CmResourceShareDriverExclusive, CmResourceShareShared
} CM_SHARE_DISPOSITION;
#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE 0
#define CM_RESOURCE_INTERRUPT_LATCHED 1
#define CM_RESOURCE_INTERRUPT_MESSAGE 2
#define CM_RESOURCE_INTERRUPT_POLICY_INCLUDED 4
#define CM_RESOURCE_INTERRUPT_SECONDARY_INTERRUPT 0x10
#define CM_RESOURCE_INTERRUPT_WAKE_HINT 0x20
#define CM_RESOURCE_INTERRUPT_LEVEL_LATCHED_BITS 0x0001
#define CM_RESOURCE_INTERRUPT_MESSAGE_TOKEN ((ULONG)-2)
#define CM_RESOURCE_MEMORY_READ_WRITE 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY 0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY 0x0002
#define CM_RESOURCE_MEMORY_WRITEABILITY_MASK 0x0003
#define CM_RESOURCE_MEMORY_PREFETCHABLE 0x0004
#define CM_RESOURCE_MEMORY_COMBINEDWRITE 0x0008
#define CM_RESOURCE_MEMORY_24 0x0010
#define CM_RESOURCE_MEMORY_CACHEABLE 0x0020
#define CM_RESOURCE_MEMORY_WINDOW_DECODE 0x0040
#define CM_RESOURCE_MEMORY_BAR 0x0080
#define CM_RESOURCE_MEMORY_COMPAT_FOR_INACCESSIBLE_RANGE 0x0100
#define CM_RESOURCE_MEMORY_LARGE 0x0E00
#define CM_RESOURCE_MEMORY_LARGE_40 0x0200
#define CM_RESOURCE_MEMORY_LARGE_48 0x0400
#define CM_RESOURCE_MEMORY_LARGE_64 0x0800
#define CM_RESOURCE_PORT_MEMORY 0x0000
#define CM_RESOURCE_PORT_IO 0x0001
#define CM_RESOURCE_PORT_10_BIT_DECODE 0x0004
#define CM_RESOURCE_PORT_12_BIT_DECODE 0x0008
#define CM_RESOURCE_PORT_16_BIT_DECODE 0x0010
#define CM_RESOURCE_PORT_POSITIVE_DECODE 0x0020
#define CM_RESOURCE_PORT_PASSIVE_DECODE 0x0040
#define CM_RESOURCE_PORT_WINDOW_DECODE 0x0080
#define CM_RESOURCE_PORT_BAR 0x0100
#define CM_RESOURCE_DMA_8 0x0000
#define CM_RESOURCE_DMA_16 0x0001
#define CM_RESOURCE_DMA_32 0x0002
#define CM_RESOURCE_DMA_8_AND_16 0x0004
#define CM_RESOURCE_DMA_BUS_MASTER 0x0008
#define CM_RESOURCE_DMA_TYPE_A 0x0010
#define CM_RESOURCE_DMA_TYPE_B 0x0020
#define CM_RESOURCE_DMA_TYPE_F 0x0040
#define CM_RESOURCE_DMA_V3 0x0080
#define CM_RESOURCE_CONNECTION_CLASS_GPIO 0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL 0x02
#define CM_RESOURCE_CONNECTION_CLASS_FUNCTION_CONFIG 0x03
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C 0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART 0x03

typedef enum _IRQ_DEVICE_POLICY {
	IrqPolicyMachineDefault = 0, IrqPolicyAllCloseProcessors, IrqPolicyOneCloseProcessor,
	IrqPolicyAllProcessorsInMachine, IrqPolicySpecifiedProcessors, IrqPolicySpreadMessagesAcrossAllProcessors,
	IrqPolicyAllProcessorsInMachineWhenSteered
} IRQ_DEVICE_POLICY, *PIRQ_DEVICE_POLICY;
typedef enum _IRQ_PRIORITY { IrqPriorityUndefined = 0, IrqPriorityLow, IrqPriorityNormal, IrqPriorityHigh } IRQ_PRIORITY, *PIRQ_PRIORITY;
typedef enum _IRQ_GROUP_POLICY { GroupAffinityAllGroupZero = 0, GroupAffinityDontCare } IRQ_GROUP_POLICY, *PIRQ_GROUP_POLICY;

typedef struct _IO_RESOURCE_DESCRIPTOR {
	UCHAR Option;
	UCHAR Type;
	UCHAR ShareDisposition;
	UCHAR Spare1;
	USHORT Flags;
	USHORT Spare2;
	union {
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Port;
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory;
		struct {
			ULONG MinimumVector; ULONG MaximumVector; IRQ_DEVICE_POLICY AffinityPolicy; USHORT Group;
			IRQ_PRIORITY PriorityPolicy; KAFFINITY TargetedProcessors;
		} Interrupt;
		struct { ULONG MinimumChannel; ULONG MaximumChannel; } Dma;
		struct { ULONG RequestLine; ULONG Reserved; ULONG Channel; ULONG TransferWidth; } DmaV3;
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Generic;
		struct { ULONG Data[3]; } DevicePrivate;
		struct { ULONG Length; ULONG MinBusNumber; ULONG MaxBusNumber; ULONG Reserved; } BusNumber;
		struct { ULONG Priority; ULONG Reserved1; ULONG Reserved2; } ConfigData;
		struct { ULONG Length40; ULONG Alignment40; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory40;
		struct { ULONG Length48; ULONG Alignment48; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory48;
		struct { ULONG Length64; ULONG Alignment64; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory64;
		struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
	} u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;
#define IO_RESOURCE_PREFERRED 0x01
#define IO_RESOURCE_DEFAULT 0x02
#define IO_RESOURCE_ALTERNATIVE 0x08
typedef struct _IO_RESOURCE_LIST {
	USHORT Version;
	USHORT Revision;
	ULONG Count;
	IO_RESOURCE_DESCRIPTOR Descriptors[1];
} IO_RESOURCE_LIST, *PIO_RESOURCE_LIST;
typedef struct _IO_RESOURCE_REQUIREMENTS_LIST {
	ULONG ListSize;
	INTERFACE_TYPE InterfaceType;
	ULONG BusNumber;
	ULONG SlotNumber;
	ULONG Reserved[3];
	ULONG AlternativeLists;
	IO_RESOURCE_LIST List[1];
} IO_RESOURCE_REQUIREMENTS_LIST, *PIO_RESOURCE_REQUIREMENTS_LIST;

/* ---- Driver roles: the callback function types, with their IRQL ---- */

typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _IRP *PIRP;
typedef struct _IO_STACK_LOCATION *PIO_STACK_LOCATION;

typedef enum _IO_ALLOCATION_ACTION { KeepObject = 1, DeallocateObject, DeallocateObjectKeepRegisters } IO_ALLOCATION_ACTION, *PIO_ALLOCATION_ACTION;

_Function_class_(DRIVER_INITIALIZE) _IRQL_requires_same_ _IRQL_requires_(PASSIVE_LEVEL)
typedef NTSTATUS DRIVER_INITIALIZE(_In_ struct _DRIVER_OBJECT *DriverObject, _In_ PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

_Function_class_(DRIVER_UNLOAD) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID DRIVER_UNLOAD(_In_ struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;

_Function_class_(DRIVER_ADD_DEVICE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NTSTATUS DRIVER_ADD_DEVICE(_In_ struct _DRIVER_OBJECT *DriverObject, _In_ struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;

_Function_class_(DRIVER_DISPATCH) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NTSTATUS DRIVER_DISPATCH(_In_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;

_Function_class_(DRIVER_DISPATCH_PAGED) _IRQL_requires_max_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NTSTATUS DRIVER_DISPATCH_PAGED(_In_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH_PAGED *PDRIVER_DISPATCH_PAGED;

_Function_class_(DRIVER_DISPATCH_RAISED) _IRQL_requires_min_(DISPATCH_LEVEL) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NTSTATUS DRIVER_DISPATCH_RAISED(_In_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH_RAISED *PDRIVER_DISPATCH_RAISED;

_Function_class_(DRIVER_STARTIO) _IRQL_always_function_min_(DISPATCH_LEVEL) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID DRIVER_STARTIO(_Inout_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;

_Function_class_(DRIVER_CANCEL) _IRQL_requires_min_(DISPATCH_LEVEL) _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID DRIVER_CANCEL(_Inout_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ _IRQL_uses_cancel_ struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;

_Function_class_(DRIVER_CONTROL) _IRQL_requires_same_ _IRQL_requires_(DISPATCH_LEVEL)
typedef IO_ALLOCATION_ACTION DRIVER_CONTROL(_In_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp,
	_In_ PVOID MapRegisterBase, _In_ PVOID Context);
typedef DRIVER_CONTROL *PDRIVER_CONTROL;

_Function_class_(DRIVER_REINITIALIZE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID DRIVER_REINITIALIZE(_In_ struct _DRIVER_OBJECT *DriverObject, _In_opt_ PVOID Context, _In_ ULONG Count);
typedef DRIVER_REINITIALIZE *PDRIVER_REINITIALIZE;

_Function_class_(IO_COMPLETION_ROUTINE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NTSTATUS IO_COMPLETION_ROUTINE(_In_ struct _DEVICE_OBJECT *DeviceObject, _In_ struct _IRP *Irp, _In_reads_opt_(_Inexpressible_("varies")) PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;

_Function_class_(IO_DPC_ROUTINE) _IRQL_always_function_min_(DISPATCH_LEVEL) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID IO_DPC_ROUTINE(_In_ PKDPC Dpc, _In_ struct _DEVICE_OBJECT *DeviceObject, _Inout_ struct _IRP *Irp, _In_opt_ PVOID Context);
typedef IO_DPC_ROUTINE *PIO_DPC_ROUTINE;

_Function_class_(IO_TIMER_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID IO_TIMER_ROUTINE(_In_ struct _DEVICE_OBJECT *DeviceObject, _In_opt_ PVOID Context);
typedef IO_TIMER_ROUTINE *PIO_TIMER_ROUTINE;

_Function_class_(IO_WORKITEM_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID IO_WORKITEM_ROUTINE(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;

_Function_class_(IO_WORKITEM_ROUTINE_EX) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID IO_WORKITEM_ROUTINE_EX(_In_ PVOID IoObject, _In_opt_ PVOID Context, _In_ PIO_WORKITEM IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX *PIO_WORKITEM_ROUTINE_EX;

/* HIGH_LEVEL stands for the device's DIRQL. */
_Function_class_(KSERVICE_ROUTINE) _IRQL_requires_(HIGH_LEVEL) _IRQL_requires_same_
typedef BOOLEAN KSERVICE_ROUTINE(_In_ struct _KINTERRUPT *Interrupt, _In_opt_ PVOID ServiceContext);
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;

_Function_class_(KMESSAGE_SERVICE_ROUTINE) _IRQL_requires_(HIGH_LEVEL) _IRQL_requires_same_
typedef BOOLEAN KMESSAGE_SERVICE_ROUTINE(_In_ struct _KINTERRUPT *Interrupt, _In_ PVOID ServiceContext, _In_ ULONG MessageID);
typedef KMESSAGE_SERVICE_ROUTINE *PKMESSAGE_SERVICE_ROUTINE;

_Function_class_(KSTART_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID KSTART_ROUTINE(_In_ PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

_Function_class_(DRIVER_NOTIFICATION_CALLBACK_ROUTINE) _IRQL_requires_max_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NTSTATUS DRIVER_NOTIFICATION_CALLBACK_ROUTINE(_In_ PVOID NotificationStructure, _Inout_opt_ PVOID Context);
typedef DRIVER_NOTIFICATION_CALLBACK_ROUTINE *PDRIVER_NOTIFICATION_CALLBACK_ROUTINE;

_Function_class_(REQUEST_POWER_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID REQUEST_POWER_COMPLETE(_In_ struct _DEVICE_OBJECT *DeviceObject, _In_ UCHAR MinorFunction,
	_In_ POWER_STATE PowerState, _In_opt_ PVOID Context, _In_ PIO_STATUS_BLOCK IoStatus);
typedef REQUEST_POWER_COMPLETE *PREQUEST_POWER_COMPLETE;

/* Fast I/O entry points (file systems and filters) */
_Function_class_(FAST_IO_CHECK_IF_POSSIBLE) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_CHECK_IF_POSSIBLE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ ULONG Length, _In_ BOOLEAN Wait, _In_ ULONG LockKey, _In_ BOOLEAN CheckForReadOperation,
	_Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_CHECK_IF_POSSIBLE *PFAST_IO_CHECK_IF_POSSIBLE;
_Function_class_(FAST_IO_READ) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_READ(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
	_In_ BOOLEAN Wait, _In_ ULONG LockKey, _Out_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ *PFAST_IO_READ;
_Function_class_(FAST_IO_WRITE) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_WRITE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
	_In_ BOOLEAN Wait, _In_ ULONG LockKey, _In_ PVOID Buffer, _Out_ PIO_STATUS_BLOCK IoStatus,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE *PFAST_IO_WRITE;
_Function_class_(FAST_IO_QUERY_BASIC_INFO) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_QUERY_BASIC_INFO(_In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
	_Out_ PFILE_BASIC_INFORMATION Buffer, _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_BASIC_INFO *PFAST_IO_QUERY_BASIC_INFO;
_Function_class_(FAST_IO_QUERY_STANDARD_INFO) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_QUERY_STANDARD_INFO(_In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
	_Out_ PFILE_STANDARD_INFORMATION Buffer, _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_STANDARD_INFO *PFAST_IO_QUERY_STANDARD_INFO;
_Function_class_(FAST_IO_LOCK) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_LOCK(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId, _In_ ULONG Key, _In_ BOOLEAN FailImmediately,
	_In_ BOOLEAN ExclusiveLock, _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_LOCK *PFAST_IO_LOCK;
_Function_class_(FAST_IO_UNLOCK_SINGLE) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_UNLOCK_SINGLE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ PLARGE_INTEGER Length, _In_ PEPROCESS ProcessId, _In_ ULONG Key, _Out_ PIO_STATUS_BLOCK IoStatus,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_SINGLE *PFAST_IO_UNLOCK_SINGLE;
_Function_class_(FAST_IO_UNLOCK_ALL) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_UNLOCK_ALL(_In_ struct _FILE_OBJECT *FileObject, _In_ PEPROCESS ProcessId,
	_Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL *PFAST_IO_UNLOCK_ALL;
_Function_class_(FAST_IO_UNLOCK_ALL_BY_KEY) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_UNLOCK_ALL_BY_KEY(_In_ struct _FILE_OBJECT *FileObject, _In_ PVOID ProcessId, _In_ ULONG Key,
	_Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_UNLOCK_ALL_BY_KEY *PFAST_IO_UNLOCK_ALL_BY_KEY;
/* InputBuffer and OutputBuffer are the caller's user-mode addresses. */
_Function_class_(FAST_IO_DEVICE_CONTROL) _IRQL_requires_max_(PASSIVE_LEVEL)
typedef BOOLEAN FAST_IO_DEVICE_CONTROL(_In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
	_In_opt_ PVOID InputBuffer, _In_ ULONG InputBufferLength, _Out_opt_ PVOID OutputBuffer,
	_In_ ULONG OutputBufferLength, _In_ ULONG IoControlCode, _Out_ PIO_STATUS_BLOCK IoStatus,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_DEVICE_CONTROL *PFAST_IO_DEVICE_CONTROL;
_Function_class_(FAST_IO_ACQUIRE_FILE)
typedef VOID FAST_IO_ACQUIRE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_ACQUIRE_FILE *PFAST_IO_ACQUIRE_FILE;
_Function_class_(FAST_IO_RELEASE_FILE)
typedef VOID FAST_IO_RELEASE_FILE(_In_ struct _FILE_OBJECT *FileObject);
typedef FAST_IO_RELEASE_FILE *PFAST_IO_RELEASE_FILE;
_Function_class_(FAST_IO_DETACH_DEVICE)
typedef VOID FAST_IO_DETACH_DEVICE(_In_ struct _DEVICE_OBJECT *SourceDevice, _In_ struct _DEVICE_OBJECT *TargetDevice);
typedef FAST_IO_DETACH_DEVICE *PFAST_IO_DETACH_DEVICE;
_Function_class_(FAST_IO_QUERY_NETWORK_OPEN_INFO) _IRQL_requires_max_(APC_LEVEL)
typedef BOOLEAN FAST_IO_QUERY_NETWORK_OPEN_INFO(_In_ struct _FILE_OBJECT *FileObject, _In_ BOOLEAN Wait,
	_Out_ struct _FILE_NETWORK_OPEN_INFORMATION *Buffer, _Out_ struct _IO_STATUS_BLOCK *IoStatus,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_NETWORK_OPEN_INFO *PFAST_IO_QUERY_NETWORK_OPEN_INFO;
_Function_class_(FAST_IO_ACQUIRE_FOR_MOD_WRITE)
typedef NTSTATUS FAST_IO_ACQUIRE_FOR_MOD_WRITE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER EndingOffset,
	_Out_ struct _ERESOURCE **ResourceToRelease, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_MOD_WRITE *PFAST_IO_ACQUIRE_FOR_MOD_WRITE;
_Function_class_(FAST_IO_MDL_READ)
typedef BOOLEAN FAST_IO_MDL_READ(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
	_In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ *PFAST_IO_MDL_READ;
_Function_class_(FAST_IO_MDL_READ_COMPLETE)
typedef BOOLEAN FAST_IO_MDL_READ_COMPLETE(_In_ struct _FILE_OBJECT *FileObject, _In_ PMDL MdlChain, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE *PFAST_IO_MDL_READ_COMPLETE;
_Function_class_(FAST_IO_PREPARE_MDL_WRITE)
typedef BOOLEAN FAST_IO_PREPARE_MDL_WRITE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset, _In_ ULONG Length,
	_In_ ULONG LockKey, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_PREPARE_MDL_WRITE *PFAST_IO_PREPARE_MDL_WRITE;
_Function_class_(FAST_IO_MDL_WRITE_COMPLETE)
typedef BOOLEAN FAST_IO_MDL_WRITE_COMPLETE(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ PMDL MdlChain, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE *PFAST_IO_MDL_WRITE_COMPLETE;
_Function_class_(FAST_IO_READ_COMPRESSED)
typedef BOOLEAN FAST_IO_READ_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ ULONG Length, _In_ ULONG LockKey, _Out_ PVOID Buffer, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
	_Out_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo, _In_ ULONG CompressedDataInfoLength,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_READ_COMPRESSED *PFAST_IO_READ_COMPRESSED;
_Function_class_(FAST_IO_WRITE_COMPRESSED)
typedef BOOLEAN FAST_IO_WRITE_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ ULONG Length, _In_ ULONG LockKey, _In_ PVOID Buffer, _Outptr_ PMDL *MdlChain, _Out_ PIO_STATUS_BLOCK IoStatus,
	_In_ struct _COMPRESSED_DATA_INFO *CompressedDataInfo, _In_ ULONG CompressedDataInfoLength,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_WRITE_COMPRESSED *PFAST_IO_WRITE_COMPRESSED;
_Function_class_(FAST_IO_MDL_READ_COMPLETE_COMPRESSED)
typedef BOOLEAN FAST_IO_MDL_READ_COMPLETE_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject, _In_ PMDL MdlChain,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_READ_COMPLETE_COMPRESSED *PFAST_IO_MDL_READ_COMPLETE_COMPRESSED;
_Function_class_(FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED)
typedef BOOLEAN FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED(_In_ struct _FILE_OBJECT *FileObject, _In_ PLARGE_INTEGER FileOffset,
	_In_ PMDL MdlChain, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_MDL_WRITE_COMPLETE_COMPRESSED *PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED;
_Function_class_(FAST_IO_QUERY_OPEN)
typedef BOOLEAN FAST_IO_QUERY_OPEN(_Inout_ struct _IRP *Irp, _Out_ PFILE_NETWORK_OPEN_INFORMATION NetworkInformation,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_QUERY_OPEN *PFAST_IO_QUERY_OPEN;
_Function_class_(FAST_IO_RELEASE_FOR_MOD_WRITE)
typedef NTSTATUS FAST_IO_RELEASE_FOR_MOD_WRITE(_In_ struct _FILE_OBJECT *FileObject, _In_ struct _ERESOURCE *ResourceToRelease,
	_In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_MOD_WRITE *PFAST_IO_RELEASE_FOR_MOD_WRITE;
_Function_class_(FAST_IO_ACQUIRE_FOR_CCFLUSH)
typedef NTSTATUS FAST_IO_ACQUIRE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_ACQUIRE_FOR_CCFLUSH *PFAST_IO_ACQUIRE_FOR_CCFLUSH;
_Function_class_(FAST_IO_RELEASE_FOR_CCFLUSH)
typedef NTSTATUS FAST_IO_RELEASE_FOR_CCFLUSH(_In_ struct _FILE_OBJECT *FileObject, _In_ struct _DEVICE_OBJECT *DeviceObject);
typedef FAST_IO_RELEASE_FOR_CCFLUSH *PFAST_IO_RELEASE_FOR_CCFLUSH;

typedef struct _FAST_IO_DISPATCH {
	ULONG SizeOfFastIoDispatch;
	PFAST_IO_CHECK_IF_POSSIBLE FastIoCheckIfPossible;
	PFAST_IO_READ FastIoRead;
	PFAST_IO_WRITE FastIoWrite;
	PFAST_IO_QUERY_BASIC_INFO FastIoQueryBasicInfo;
	PFAST_IO_QUERY_STANDARD_INFO FastIoQueryStandardInfo;
	PFAST_IO_LOCK FastIoLock;
	PFAST_IO_UNLOCK_SINGLE FastIoUnlockSingle;
	PFAST_IO_UNLOCK_ALL FastIoUnlockAll;
	PFAST_IO_UNLOCK_ALL_BY_KEY FastIoUnlockAllByKey;
	PFAST_IO_DEVICE_CONTROL FastIoDeviceControl;
	PFAST_IO_ACQUIRE_FILE AcquireFileForNtCreateSection;
	PFAST_IO_RELEASE_FILE ReleaseFileForNtCreateSection;
	PFAST_IO_DETACH_DEVICE FastIoDetachDevice;
	PFAST_IO_QUERY_NETWORK_OPEN_INFO FastIoQueryNetworkOpenInfo;
	PFAST_IO_ACQUIRE_FOR_MOD_WRITE AcquireForModWrite;
	PFAST_IO_MDL_READ MdlRead;
	PFAST_IO_MDL_READ_COMPLETE MdlReadComplete;
	PFAST_IO_PREPARE_MDL_WRITE PrepareMdlWrite;
	PFAST_IO_MDL_WRITE_COMPLETE MdlWriteComplete;
	PFAST_IO_READ_COMPRESSED FastIoReadCompressed;
	PFAST_IO_WRITE_COMPRESSED FastIoWriteCompressed;
	PFAST_IO_MDL_READ_COMPLETE_COMPRESSED MdlReadCompleteCompressed;
	PFAST_IO_MDL_WRITE_COMPLETE_COMPRESSED MdlWriteCompleteCompressed;
	PFAST_IO_QUERY_OPEN FastIoQueryOpen;
	PFAST_IO_RELEASE_FOR_MOD_WRITE ReleaseForModWrite;
	PFAST_IO_ACQUIRE_FOR_CCFLUSH AcquireForCcFlush;
	PFAST_IO_RELEASE_FOR_CCFLUSH ReleaseForCcFlush;
} FAST_IO_DISPATCH, *PFAST_IO_DISPATCH;

/* ---- The IRP and its stack locations ---- */

typedef struct _IRP {
	CSHORT Type;
	USHORT Size;
	PMDL MdlAddress;
	ULONG Flags;
	union {
		struct _IRP *MasterIrp;
		__volatile LONG IrpCount;
		PVOID SystemBuffer;
	} AssociatedIrp;
	LIST_ENTRY ThreadListEntry;
	IO_STATUS_BLOCK IoStatus;
	KPROCESSOR_MODE RequestorMode;
	BOOLEAN PendingReturned;
	CHAR StackCount;
	CHAR CurrentLocation;
	BOOLEAN Cancel;
	KIRQL CancelIrql;
	CCHAR ApcEnvironment;
	UCHAR AllocationFlags;
	union {
		PIO_STATUS_BLOCK UserIosb;
		PVOID IoRingContext;
	};
	PKEVENT UserEvent;
	union {
		struct {
			union {
				PIO_APC_ROUTINE UserApcRoutine;
				PVOID IssuingProcess;
			};
			union {
				PVOID UserApcContext;
				struct _IORING_OBJECT *IoRing;
			};
		} AsynchronousParameters;
		LARGE_INTEGER AllocationSize;
	} Overlay;
	__volatile PDRIVER_CANCEL CancelRoutine;
	PVOID UserBuffer;
	union {
		struct {
			union {
				KDEVICE_QUEUE_ENTRY DeviceQueueEntry;
				struct { PVOID DriverContext[4]; };
			};
			PETHREAD Thread;
			PCHAR AuxiliaryBuffer;
			struct {
				LIST_ENTRY ListEntry;
				union {
					struct _IO_STACK_LOCATION *CurrentStackLocation;
					ULONG PacketType;
				};
			};
			struct _FILE_OBJECT *OriginalFileObject;
		} Overlay;
		KAPC Apc;
		PVOID CompletionKey;
	} Tail;
} IRP;

#define POINTER_ALIGNMENT

typedef struct _IO_STACK_LOCATION {
	UCHAR MajorFunction;
	UCHAR MinorFunction;
	UCHAR Flags;
	UCHAR Control;
	union {
		struct {
			PIO_SECURITY_CONTEXT SecurityContext;
			ULONG Options;
			USHORT POINTER_ALIGNMENT FileAttributes;
			USHORT ShareAccess;
			ULONG POINTER_ALIGNMENT EaLength;
		} Create;
		struct {
			PIO_SECURITY_CONTEXT SecurityContext;
			ULONG Options;
			USHORT POINTER_ALIGNMENT Reserved;
			USHORT ShareAccess;
			PNAMED_PIPE_CREATE_PARAMETERS Parameters;
		} CreatePipe;
		struct {
			PIO_SECURITY_CONTEXT SecurityContext;
			ULONG Options;
			USHORT POINTER_ALIGNMENT Reserved;
			USHORT ShareAccess;
			PMAILSLOT_CREATE_PARAMETERS Parameters;
		} CreateMailslot;
		struct {
			ULONG Length;
			ULONG POINTER_ALIGNMENT Key;
			ULONG Flags;
			LARGE_INTEGER ByteOffset;
		} Read;
		struct {
			ULONG Length;
			ULONG POINTER_ALIGNMENT Key;
			ULONG Flags;
			LARGE_INTEGER ByteOffset;
		} Write;
		struct {
			ULONG Length;
			PUNICODE_STRING FileName;
			FILE_INFORMATION_CLASS FileInformationClass;
			ULONG POINTER_ALIGNMENT FileIndex;
		} QueryDirectory;
		struct {
			ULONG Length;
			ULONG POINTER_ALIGNMENT CompletionFilter;
		} NotifyDirectory;
		struct {
			ULONG Length;
			ULONG POINTER_ALIGNMENT CompletionFilter;
			DIRECTORY_NOTIFY_INFORMATION_CLASS POINTER_ALIGNMENT DirectoryNotifyInformationClass;
		} NotifyDirectoryEx;
		struct {
			ULONG Length;
			FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
		} QueryFile;
		struct {
			ULONG Length;
			FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
			struct _FILE_OBJECT *FileObject;
			union {
				struct {
					BOOLEAN ReplaceIfExists;
					BOOLEAN AdvanceOnly;
				};
				ULONG ClusterCount;
				HANDLE DeleteHandle;
			};
		} SetFile;
		struct {
			ULONG Length;
			PVOID EaList;
			ULONG EaListLength;
			ULONG POINTER_ALIGNMENT EaIndex;
		} QueryEa;
		struct {
			ULONG Length;
		} SetEa;
		struct {
			ULONG Length;
			FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
		} QueryVolume;
		struct {
			ULONG Length;
			FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
		} SetVolume;
		struct {
			ULONG OutputBufferLength;
			ULONG POINTER_ALIGNMENT InputBufferLength;
			ULONG POINTER_ALIGNMENT FsControlCode;
			PVOID Type3InputBuffer;
		} FileSystemControl;
		struct {
			PLARGE_INTEGER Length;
			ULONG POINTER_ALIGNMENT Key;
			LARGE_INTEGER ByteOffset;
		} LockControl;
		struct {
			ULONG OutputBufferLength;
			ULONG POINTER_ALIGNMENT InputBufferLength;
			ULONG POINTER_ALIGNMENT IoControlCode;
			PVOID Type3InputBuffer;
		} DeviceIoControl;
		struct {
			SECURITY_INFORMATION SecurityInformation;
			ULONG POINTER_ALIGNMENT Length;
		} QuerySecurity;
		struct {
			SECURITY_INFORMATION SecurityInformation;
			PSECURITY_DESCRIPTOR SecurityDescriptor;
		} SetSecurity;
		struct {
			PVPB Vpb;
			struct _DEVICE_OBJECT *DeviceObject;
			ULONG OutputBufferLength;
		} MountVolume;
		struct {
			PVPB Vpb;
			struct _DEVICE_OBJECT *DeviceObject;
		} VerifyVolume;
		struct {
			struct _SCSI_REQUEST_BLOCK *Srb;
		} Scsi;
		struct {
			ULONG Length;
			PSID StartSid;
			PFILE_GET_QUOTA_INFORMATION SidList;
			ULONG SidListLength;
		} QueryQuota;
		struct {
			ULONG Length;
		} SetQuota;
		struct {
			DEVICE_RELATION_TYPE Type;
		} QueryDeviceRelations;
		struct {
			CONST GUID *InterfaceType;
			USHORT Size;
			USHORT Version;
			PINTERFACE Interface;
			PVOID InterfaceSpecificData;
		} QueryInterface;
		struct {
			PDEVICE_CAPABILITIES Capabilities;
		} DeviceCapabilities;
		struct {
			PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementList;
		} FilterResourceRequirements;
		struct {
			ULONG WhichSpace;
			PVOID Buffer;
			ULONG Offset;
			ULONG POINTER_ALIGNMENT Length;
		} ReadWriteConfig;
		struct {
			BOOLEAN Lock;
		} SetLock;
		struct {
			BUS_QUERY_ID_TYPE IdType;
		} QueryId;
		struct {
			DEVICE_TEXT_TYPE DeviceTextType;
			LCID POINTER_ALIGNMENT LocaleId;
		} QueryDeviceText;
		struct {
			BOOLEAN InPath;
			BOOLEAN Reserved[3];
			DEVICE_USAGE_NOTIFICATION_TYPE POINTER_ALIGNMENT Type;
		} UsageNotification;
		struct {
			SYSTEM_POWER_STATE PowerState;
		} WaitWake;
		struct {
			PPOWER_SEQUENCE PowerSequence;
		} PowerSequence;
		struct {
			union {
				ULONG SystemContext;
				SYSTEM_POWER_STATE_CONTEXT SystemPowerStateContext;
			};
			POWER_STATE_TYPE POINTER_ALIGNMENT Type;
			POWER_STATE POINTER_ALIGNMENT State;
			POWER_ACTION POINTER_ALIGNMENT ShutdownType;
		} Power;
		struct {
			PCM_RESOURCE_LIST AllocatedResources;
			PCM_RESOURCE_LIST AllocatedResourcesTranslated;
		} StartDevice;
		struct {
			ULONG_PTR ProviderId;
			PVOID DataPath;
			ULONG BufferSize;
			PVOID Buffer;
		} WMI;
		struct {
			PVOID Argument1;
			PVOID Argument2;
			PVOID Argument3;
			PVOID Argument4;
		} Others;
	} Parameters;
	PDEVICE_OBJECT DeviceObject;
	struct _FILE_OBJECT *FileObject;
	PIO_COMPLETION_ROUTINE CompletionRoutine;
	PVOID Context;
} IO_STACK_LOCATION;

/* ---- Device and driver objects ---- */

typedef struct _WAIT_CONTEXT_BLOCK {
	union {
		KDEVICE_QUEUE_ENTRY WaitQueueEntry;
		struct {
			LIST_ENTRY DmaWaitEntry;
			ULONG NumberOfChannels;
			ULONG SyncCallback : 1;
			ULONG DmaContext : 1;
			ULONG ZeroMapRegisters : 1;
			ULONG Reserved : 9;
			ULONG NumberOfRemapPages : 20;
		};
	};
	PDRIVER_CONTROL DeviceRoutine;
	PVOID DeviceContext;
	ULONG NumberOfMapRegisters;
	PVOID DeviceObject;
	PVOID CurrentIrp;
	PKDPC BufferChainingDpc;
} WAIT_CONTEXT_BLOCK, *PWAIT_CONTEXT_BLOCK;

typedef struct DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) _DEVICE_OBJECT {
	CSHORT Type;
	USHORT Size;
	LONG ReferenceCount;
	struct _DRIVER_OBJECT *DriverObject;
	struct _DEVICE_OBJECT *NextDevice;
	struct _DEVICE_OBJECT *AttachedDevice;
	struct _IRP *CurrentIrp;
	PIO_TIMER Timer;
	ULONG Flags;
	ULONG Characteristics;
	__volatile PVPB Vpb;
	PVOID DeviceExtension;
	DEVICE_TYPE DeviceType;
	CCHAR StackSize;
	union {
		LIST_ENTRY ListEntry;
		WAIT_CONTEXT_BLOCK Wcb;
	} Queue;
	ULONG AlignmentRequirement;
	KDEVICE_QUEUE DeviceQueue;
	KDPC Dpc;
	ULONG ActiveThreadCount;
	PSECURITY_DESCRIPTOR SecurityDescriptor;
	KEVENT DeviceLock;
	USHORT SectorSize;
	USHORT Spare1;
	struct _DEVOBJ_EXTENSION *DeviceObjectExtension;
	PVOID Reserved;
} DEVICE_OBJECT;

typedef struct _DEVOBJ_EXTENSION {
	CSHORT Type;
	USHORT Size;
	PDEVICE_OBJECT DeviceObject;
	ULONG PowerFlags;
	struct _DEVICE_OBJECT_POWER_EXTENSION *Dope;
	ULONG ExtensionFlags;
	PVOID DeviceNode;
	PDEVICE_OBJECT AttachedTo;
} DEVOBJ_EXTENSION, *PDEVOBJ_EXTENSION;

typedef struct _DRIVER_EXTENSION {
	struct _DRIVER_OBJECT *DriverObject;
	PDRIVER_ADD_DEVICE AddDevice;
	ULONG Count;
	UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

#define DRVO_UNLOAD_INVOKED 0x00000001
#define DRVO_LEGACY_DRIVER 0x00000002
#define DRVO_BUILTIN_DRIVER 0x00000004

typedef struct _DRIVER_OBJECT {
	CSHORT Type;
	CSHORT Size;
	PDEVICE_OBJECT DeviceObject;
	ULONG Flags;
	PVOID DriverStart;
	ULONG DriverSize;
	PVOID DriverSection;
	PDRIVER_EXTENSION DriverExtension;
	UNICODE_STRING DriverName;
	PUNICODE_STRING HardwareDatabase;
	PFAST_IO_DISPATCH FastIoDispatch;
	PDRIVER_INITIALIZE DriverInit;
	PDRIVER_STARTIO DriverStartIo;
	PDRIVER_UNLOAD DriverUnload;
	PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT;

/* ---- IRP stack helpers ---- */

#define IoSizeOfIrp(StackSize) ((USHORT)(sizeof(IRP) + ((StackSize) * (sizeof(IO_STACK_LOCATION)))))
#define IoGetFunctionCodeFromCtlCode(ControlCode) (((ULONG)(ControlCode & 0x3FFC)) >> 2)
#define IoIsErrorUserInduced(Status) \
	((BOOLEAN)(((Status) == STATUS_DEVICE_NOT_READY) || ((Status) == STATUS_IO_TIMEOUT) || \
		   ((Status) == STATUS_MEDIA_WRITE_PROTECTED) || ((Status) == STATUS_NO_MEDIA_IN_DEVICE) || \
		   ((Status) == STATUS_UNRECOGNIZED_MEDIA) || ((Status) == STATUS_VERIFY_REQUIRED) || \
		   ((Status) == STATUS_WRONG_VOLUME)))

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(_In_ PIRP Irp)
{
	return Irp->Tail.Overlay.CurrentStackLocation;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE PIO_STACK_LOCATION IoGetNextIrpStackLocation(_In_ PIRP Irp)
{
	return Irp->Tail.Overlay.CurrentStackLocation - 1;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE VOID IoSetNextIrpStackLocation(_Inout_ PIRP Irp)
{
	Irp->CurrentLocation--;
	Irp->Tail.Overlay.CurrentStackLocation--;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE VOID IoSkipCurrentIrpStackLocation(_Inout_ PIRP Irp)
{
	Irp->CurrentLocation++;
	Irp->Tail.Overlay.CurrentStackLocation++;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE VOID IoCopyCurrentIrpStackLocationToNext(_Inout_ PIRP Irp)
{
	PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
	PIO_STACK_LOCATION nextIrpSp = IoGetNextIrpStackLocation(Irp);
	RtlCopyMemory(nextIrpSp, irpSp, FIELD_OFFSET(IO_STACK_LOCATION, CompletionRoutine));
	nextIrpSp->Control = 0;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE VOID IoMarkIrpPending(_Inout_ PIRP Irp)
{
	IoGetCurrentIrpStackLocation(Irp)->Control |= SL_PENDING_RETURNED;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE VOID IoSetCompletionRoutine(_In_ PIRP Irp, _In_opt_ PIO_COMPLETION_ROUTINE CompletionRoutine,
	_In_opt_ __drv_aliasesMem PVOID Context, _In_ BOOLEAN InvokeOnSuccess, _In_ BOOLEAN InvokeOnError,
	_In_ BOOLEAN InvokeOnCancel)
{
	PIO_STACK_LOCATION irpSp = IoGetNextIrpStackLocation(Irp);
	irpSp->CompletionRoutine = CompletionRoutine;
	irpSp->Context = Context;
	irpSp->Control = 0;
	if (InvokeOnSuccess)
		irpSp->Control = SL_INVOKE_ON_SUCCESS;
	if (InvokeOnError)
		irpSp->Control |= SL_INVOKE_ON_ERROR;
	if (InvokeOnCancel)
		irpSp->Control |= SL_INVOKE_ON_CANCEL;
}

_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoSetCompletionRoutineEx(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
	_In_ PIO_COMPLETION_ROUTINE CompletionRoutine, _In_opt_ PVOID Context, _In_ BOOLEAN InvokeOnSuccess,
	_In_ BOOLEAN InvokeOnError, _In_ BOOLEAN InvokeOnCancel);

_IRQL_requires_max_(DISPATCH_LEVEL)
FORCEINLINE PDRIVER_CANCEL IoSetCancelRoutine(_Inout_ PIRP Irp, _In_opt_ PDRIVER_CANCEL CancelRoutine)
{
	return (PDRIVER_CANCEL)(ULONG_PTR)InterlockedExchangePointer((PVOID volatile *)&Irp->CancelRoutine,
								     (PVOID)(ULONG_PTR)CancelRoutine);
}

FORCEINLINE VOID IoInitializeDpcRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIO_DPC_ROUTINE DpcRoutine)
{
	KeInitializeDpc(&DeviceObject->Dpc, (PKDEFERRED_ROUTINE)(ULONG_PTR)DpcRoutine, DeviceObject);
}

FORCEINLINE VOID IoRequestDpc(_Inout_ PDEVICE_OBJECT DeviceObject, _In_opt_ PIRP Irp, _In_opt_ __drv_aliasesMem PVOID Context)
{
	KeInsertQueueDpc(&DeviceObject->Dpc, Irp, Context);
}

/* ---- I/O manager routines ---- */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS FASTCALL IofCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ __drv_aliasesMem PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ __drv_aliasesMem PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID FASTCALL IofCompleteRequest(_In_ PIRP Irp, _In_ CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoCompleteRequest(_In_ PIRP Irp, _In_ CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI PIRP NTAPI IoAllocateIrp(_In_ CCHAR StackSize, _In_ BOOLEAN ChargeQuota);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI PIRP NTAPI IoAllocateIrpEx(_In_opt_ PDEVICE_OBJECT DeviceObject, _In_ CCHAR StackSize, _In_ BOOLEAN ChargeQuota);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoFreeIrp(_In_ __drv_freesMem(Mem) PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoReuseIrp(_Inout_ PIRP Irp, _In_ NTSTATUS Iostatus);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoInitializeIrp(_Inout_ PIRP Irp, _In_ USHORT PacketSize, _In_ CCHAR StackSize);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN NTAPI IoCancelIrp(_In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTKERNELAPI PIRP NTAPI IoBuildDeviceIoControlRequest(_In_ ULONG IoControlCode, _In_ PDEVICE_OBJECT DeviceObject,
	_In_opt_ PVOID InputBuffer, _In_ ULONG InputBufferLength, _Out_opt_ PVOID OutputBuffer, _In_ ULONG OutputBufferLength,
	_In_ BOOLEAN InternalDeviceIoControl, _In_opt_ PKEVENT Event, _Out_ PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTKERNELAPI PIRP NTAPI IoBuildSynchronousFsdRequest(_In_ ULONG MajorFunction, _In_ PDEVICE_OBJECT DeviceObject,
	_Inout_opt_ PVOID Buffer, _In_opt_ ULONG Length, _In_opt_ PLARGE_INTEGER StartingOffset, _In_ PKEVENT Event,
	_Out_ PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI PIRP NTAPI IoBuildAsynchronousFsdRequest(_In_ ULONG MajorFunction, _In_ PDEVICE_OBJECT DeviceObject,
	_Inout_opt_ PVOID Buffer, _In_opt_ ULONG Length, _In_opt_ PLARGE_INTEGER StartingOffset, _In_opt_ PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI BOOLEAN NTAPI IoForwardIrpSynchronously(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
#define IoForwardAndCatchIrp IoForwardIrpSynchronously
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoSynchronousCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
NTKERNELAPI PIRP NTAPI IoGetTopLevelIrp(VOID);
NTKERNELAPI VOID NTAPI IoSetTopLevelIrp(_In_opt_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PMDL NTAPI IoAllocateMdl(_In_opt_ __drv_aliasesMem PVOID VirtualAddress, _In_ ULONG Length,
	_In_ BOOLEAN SecondaryBuffer, _In_ BOOLEAN ChargeQuota, _Inout_opt_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoFreeMdl(PMDL Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoBuildPartialMdl(_In_ PMDL SourceMdl, _Inout_ PMDL TargetMdl,
	_In_ PVOID VirtualAddress, _In_ ULONG Length);
NTKERNELAPI ULONG_PTR NTAPI IoGetRemainingStackSize(VOID);
NTKERNELAPI VOID NTAPI IoGetStackLimits(_Out_ PULONG_PTR LowLimit, _Out_ PULONG_PTR HighLimit);
NTKERNELAPI LOGICAL NTAPI IoWithinStackLimits(_In_ ULONG_PTR RegionStart, _In_ SIZE_T RegionSize);

/* Device objects and names */
_IRQL_requires_max_(APC_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoCreateDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ ULONG DeviceExtensionSize,
	_In_opt_ PUNICODE_STRING DeviceName, _In_ DEVICE_TYPE DeviceType, _In_ ULONG DeviceCharacteristics,
	_In_ BOOLEAN Exclusive, _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI IoDeleteDevice(_In_ __drv_freesMem(Mem) PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCreateSymbolicLink(_In_ PUNICODE_STRING SymbolicLinkName, _In_ PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCreateUnprotectedSymbolicLink(_In_ PUNICODE_STRING SymbolicLinkName, _In_ PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoDeleteSymbolicLink(_In_ PUNICODE_STRING SymbolicLinkName);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI PDEVICE_OBJECT NTAPI IoAttachDeviceToDeviceStack(_In_ PDEVICE_OBJECT SourceDevice, _In_ PDEVICE_OBJECT TargetDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoAttachDeviceToDeviceStackSafe(_In_ PDEVICE_OBJECT SourceDevice, _In_ PDEVICE_OBJECT TargetDevice,
	_Outptr_ PDEVICE_OBJECT *AttachedToDeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoAttachDevice(_In_ PDEVICE_OBJECT SourceDevice, _In_ PUNICODE_STRING TargetDevice,
	_Out_ PDEVICE_OBJECT *AttachedDevice);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI IoDetachDevice(_Inout_ PDEVICE_OBJECT TargetDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetAttachedDevice(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetAttachedDeviceReference(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceObjectPointer(_In_ PUNICODE_STRING ObjectName, _In_ ACCESS_MASK DesiredAccess,
	_Out_ struct _FILE_OBJECT **FileObject, _Out_ PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetRelatedDeviceObject(_In_ struct _FILE_OBJECT *FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PEPROCESS NTAPI IoGetCurrentProcess(VOID);
NTKERNELAPI BOOLEAN NTAPI IoIs32bitProcess(_In_opt_ PIRP Irp);
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceNumaNode(_In_ PDEVICE_OBJECT Pdo, _Out_ PUSHORT NodeNumber);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoAllocateDriverObjectExtension(_In_ PDRIVER_OBJECT DriverObject, _In_ PVOID ClientIdentificationAddress,
	_In_ ULONG DriverObjectExtensionSize, _Post_ _At_(*DriverObjectExtension, _When_(return == 0, __drv_aliasesMem)) PVOID *DriverObjectExtension);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI IoGetDriverObjectExtension(_In_ PDRIVER_OBJECT DriverObject, _In_ PVOID ClientIdentificationAddress);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI IoRegisterDriverReinitialization(_In_ PDRIVER_OBJECT DriverObject,
	_In_ PDRIVER_REINITIALIZE DriverReinitializationRoutine, _In_opt_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI IoRegisterBootDriverReinitialization(_In_ PDRIVER_OBJECT DriverObject,
	_In_ PDRIVER_REINITIALIZE DriverReinitializationRoutine, _In_opt_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoRegisterShutdownNotification(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoRegisterLastChanceShutdownNotification(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI IoUnregisterShutdownNotification(_In_ PDEVICE_OBJECT DeviceObject);
NTKERNELAPI BOOLEAN NTAPI IoIsWdmVersionAvailable(_In_ UCHAR MajorVersion, _In_ UCHAR MinorVersion);
#define WDM_MAJORVERSION 0x06
#define WDM_MINORVERSION 0x00
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoSetStartIoAttributes(_In_ PDEVICE_OBJECT DeviceObject,
	_In_ BOOLEAN DeferredStartIo, _In_ BOOLEAN NonCancelable);

/* StartIo queueing */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoStartPacket(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PULONG Key, _In_opt_ PDRIVER_CANCEL CancelFunction);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoStartNextPacket(_In_ PDEVICE_OBJECT DeviceObject, _In_ BOOLEAN Cancelable);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoStartNextPacketByKey(_In_ PDEVICE_OBJECT DeviceObject, _In_ BOOLEAN Cancelable, _In_ ULONG Key);

/* Cancel spin lock */
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, Irql)
NTKERNELAPI VOID NTAPI IoAcquireCancelSpinLock(_Out_ _IRQL_saves_ PKIRQL Irql);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(OldIrql, Irql)
NTKERNELAPI VOID NTAPI IoReleaseCancelSpinLock(_In_ _IRQL_restores_ KIRQL Irql);

/* Work items and timers */
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI PIO_WORKITEM NTAPI IoAllocateWorkItem(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoFreeWorkItem(_In_ __drv_freesMem(Mem) PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoQueueWorkItem(_Inout_ __drv_aliasesMem PIO_WORKITEM IoWorkItem, _In_ PIO_WORKITEM_ROUTINE WorkerRoutine,
	_In_ WORK_QUEUE_TYPE QueueType, _In_opt_ __drv_aliasesMem PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoQueueWorkItemEx(_Inout_ __drv_aliasesMem PIO_WORKITEM IoWorkItem, _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
	_In_ WORK_QUEUE_TYPE QueueType, _In_opt_ __drv_aliasesMem PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI IoTryQueueWorkItem(_Inout_ __drv_aliasesMem PIO_WORKITEM IoWorkItem, _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
	_In_ WORK_QUEUE_TYPE QueueType, _In_opt_ __drv_aliasesMem PVOID Context);
NTKERNELAPI ULONG NTAPI IoSizeofWorkItem(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoInitializeWorkItem(_In_ PVOID IoObject, _Out_ PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoUninitializeWorkItem(_Inout_ PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoInitializeTimer(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIO_TIMER_ROUTINE TimerRoutine, _In_opt_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoStartTimer(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoStopTimer(_In_ PDEVICE_OBJECT DeviceObject);

/* Remove locks */
/* Driver-owned registry keys */
typedef enum _DRIVER_REGKEY_TYPE { DriverRegKeyParameters, DriverRegKeyPersistentState, DriverRegKeySharedPersistentState }
	DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoOpenDriverRegistryKey(_In_ PDRIVER_OBJECT DriverObject, _In_ DRIVER_REGKEY_TYPE RegKeyType,
	_In_ ACCESS_MASK DesiredAccess, _In_ ULONG Flags, _Out_ PHANDLE DriverRegKey);

/* Create contexts for IoCreateFileEx and transactions */
typedef struct _TXN_PARAMETER_BLOCK { USHORT Length; USHORT TxFsContext; PVOID TransactionObject; } TXN_PARAMETER_BLOCK,
	*PTXN_PARAMETER_BLOCK;
#define TXF_MINIVERSION_DEFAULT_VIEW 0xFFFE
typedef struct _IO_DRIVER_CREATE_CONTEXT {
	CSHORT Size; struct _ECP_LIST *ExtraCreateParameter; PVOID DeviceObjectHint; PTXN_PARAMETER_BLOCK TxnParameters;
	PESILO SiloContext;
} IO_DRIVER_CREATE_CONTEXT, *PIO_DRIVER_CREATE_CONTEXT;
FORCEINLINE VOID IoInitializeDriverCreateContext(_Out_ PIO_DRIVER_CREATE_CONTEXT DriverContext)
{
	RtlZeroMemory(DriverContext, sizeof(IO_DRIVER_CREATE_CONTEXT));
	DriverContext->Size = sizeof(IO_DRIVER_CREATE_CONTEXT);
}
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI PTXN_PARAMETER_BLOCK NTAPI IoGetTransactionParameterBlock(_In_ PFILE_OBJECT FileObject);

/* I/O priority of the current thread and of paging I/O */
typedef enum _IO_PRIORITY_HINT { IoPriorityVeryLow = 0, IoPriorityLow, IoPriorityNormal, IoPriorityHigh, IoPriorityCritical, MaxIoPriorityTypes } IO_PRIORITY_HINT;
typedef enum _IO_PAGING_PRIORITY {
	IoPagingPriorityInvalid, IoPagingPriorityNormal, IoPagingPriorityHigh, IoPagingPriorityReserved1, IoPagingPriorityReserved2
} IO_PAGING_PRIORITY;
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI IO_PAGING_PRIORITY FASTCALL IoGetPagingIoPriority(_In_ PIRP Irp);
typedef struct _IO_PRIORITY_INFO { ULONG Size; ULONG ThreadPriority; ULONG PagePriority; IO_PRIORITY_HINT IoPriority; }
	IO_PRIORITY_INFO, *PIO_PRIORITY_INFO;
FORCEINLINE VOID IoInitializePriorityInfo(_Out_ PIO_PRIORITY_INFO PriorityInfo)
{
	PriorityInfo->Size = sizeof(IO_PRIORITY_INFO);
	PriorityInfo->ThreadPriority = 0xffff;
	PriorityInfo->IoPriority = IoPriorityNormal;
	PriorityInfo->PagePriority = 0;
}
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoRetrievePriorityInfo(_In_opt_ PIRP Irp, _In_opt_ PFILE_OBJECT FileObject, _In_opt_ PETHREAD Thread,
	_Inout_ PIO_PRIORITY_INFO PriorityInfo);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoGetActivityIdIrp(_In_ PIRP Irp, _Out_ LPGUID Guid);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoSetActivityIdIrp(_Inout_ PIRP Irp, _In_opt_ LPCGUID Guid);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PIRP NTAPI IoMakeAssociatedIrp(_In_ PIRP Irp, _In_ CCHAR StackSize);
FORCEINLINE VOID IoSetMasterIrpStatus(_Inout_ PIRP MasterIrp, _In_ NTSTATUS Status)
{
	if (Status == STATUS_VERIFY_REQUIRED || (NT_ERROR(Status) && !NT_ERROR(MasterIrp->IoStatus.Status)))
		MasterIrp->IoStatus.Status = Status;
}

typedef struct _IO_REMOVE_LOCK_COMMON_BLOCK {
	BOOLEAN Removed;
	BOOLEAN Reserved[3];
	__volatile LONG IoCount;
	KEVENT RemoveEvent;
} IO_REMOVE_LOCK_COMMON_BLOCK;
typedef struct _IO_REMOVE_LOCK_DBG_BLOCK {
	LONG Signature; ULONG HighWatermark; LONGLONG MaxLockedTicks; LONG AllocateTag;
	LIST_ENTRY LockList; KSPIN_LOCK Spin; __volatile LONG LowMemoryCount; ULONG Reserved1[4];
	PVOID Reserved2; PIO_REMOVE_LOCK_TRACKING_BLOCK Blocks;
} IO_REMOVE_LOCK_DBG_BLOCK;
typedef struct _IO_REMOVE_LOCK {
	IO_REMOVE_LOCK_COMMON_BLOCK Common;
#if DBG
	IO_REMOVE_LOCK_DBG_BLOCK Dbg;
#endif
} IO_REMOVE_LOCK, *PIO_REMOVE_LOCK;
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoInitializeRemoveLockEx(_Out_ PIO_REMOVE_LOCK Lock, _In_ ULONG AllocateTag, _In_ ULONG MaxLockedMinutes,
	_In_ ULONG HighWatermark, _In_ ULONG RemlockSize);
_IRQL_requires_max_(DISPATCH_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoAcquireRemoveLockEx(_Inout_ PIO_REMOVE_LOCK RemoveLock, _In_opt_ PVOID Tag, _In_ PCSTR File,
	_In_ ULONG Line, _In_ ULONG RemlockSize);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoReleaseRemoveLockEx(_Inout_ PIO_REMOVE_LOCK RemoveLock, _In_opt_ PVOID Tag, _In_ ULONG RemlockSize);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI IoReleaseRemoveLockAndWaitEx(_Inout_ PIO_REMOVE_LOCK RemoveLock, _In_opt_ PVOID Tag, _In_ ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater) \
	IoInitializeRemoveLockEx(Lock, Tag, Maxmin, HighWater, sizeof(IO_REMOVE_LOCK))
#define IoAcquireRemoveLock(RemoveLock, Tag) IoAcquireRemoveLockEx(RemoveLock, Tag, __FILE__, __LINE__, sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLock(RemoveLock, Tag) IoReleaseRemoveLockEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLockAndWait(RemoveLock, Tag) IoReleaseRemoveLockAndWaitEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))

/* Cancel-safe queues */
struct _IO_CSQ;
_IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID IO_CSQ_INSERT_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef IO_CSQ_INSERT_IRP *PIO_CSQ_INSERT_IRP;
_IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS IO_CSQ_INSERT_IRP_EX(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp, _In_ PVOID InsertContext);
typedef IO_CSQ_INSERT_IRP_EX *PIO_CSQ_INSERT_IRP_EX;
_IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID IO_CSQ_REMOVE_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef IO_CSQ_REMOVE_IRP *PIO_CSQ_REMOVE_IRP;
_IRQL_requires_max_(DISPATCH_LEVEL)
typedef PIRP IO_CSQ_PEEK_NEXT_IRP(_In_ struct _IO_CSQ *Csq, _In_opt_ PIRP Irp, _In_opt_ PVOID PeekContext);
typedef IO_CSQ_PEEK_NEXT_IRP *PIO_CSQ_PEEK_NEXT_IRP;
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
typedef VOID IO_CSQ_ACQUIRE_LOCK(_In_ struct _IO_CSQ *Csq, _Out_ _IRQL_saves_ PKIRQL Irql);
typedef IO_CSQ_ACQUIRE_LOCK *PIO_CSQ_ACQUIRE_LOCK;
_IRQL_requires_(DISPATCH_LEVEL)
typedef VOID IO_CSQ_RELEASE_LOCK(_In_ struct _IO_CSQ *Csq, _In_ _IRQL_restores_ KIRQL Irql);
typedef IO_CSQ_RELEASE_LOCK *PIO_CSQ_RELEASE_LOCK;
_IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID IO_CSQ_COMPLETE_CANCELED_IRP(_In_ struct _IO_CSQ *Csq, _In_ PIRP Irp);
typedef IO_CSQ_COMPLETE_CANCELED_IRP *PIO_CSQ_COMPLETE_CANCELED_IRP;
typedef struct _IO_CSQ {
	ULONG Type;
	PIO_CSQ_INSERT_IRP CsqInsertIrp;
	PIO_CSQ_REMOVE_IRP CsqRemoveIrp;
	PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp;
	PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock;
	PIO_CSQ_RELEASE_LOCK CsqReleaseLock;
	PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp;
	PVOID ReservePointer;
} IO_CSQ, *PIO_CSQ;
typedef struct _IO_CSQ_IRP_CONTEXT {
	ULONG Type;
	PIRP Irp;
	PIO_CSQ Csq;
} IO_CSQ_IRP_CONTEXT, *PIO_CSQ_IRP_CONTEXT;
#define IO_TYPE_CSQ_IRP_CONTEXT 1
#define IO_TYPE_CSQ 2
#define IO_TYPE_CSQ_EX 3
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCsqInitialize(_Out_ PIO_CSQ Csq, _In_ PIO_CSQ_INSERT_IRP CsqInsertIrp, _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
	_In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp, _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock, _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
	_In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCsqInitializeEx(_Out_ PIO_CSQ Csq, _In_ PIO_CSQ_INSERT_IRP_EX CsqInsertIrp, _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
	_In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp, _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock, _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
	_In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoCsqInsertIrp(_Inout_ PIO_CSQ Csq, _Inout_ PIRP Irp, _Out_opt_ PIO_CSQ_IRP_CONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCsqInsertIrpEx(_Inout_ PIO_CSQ Csq, _Inout_ PIRP Irp, _Out_opt_ PIO_CSQ_IRP_CONTEXT Context, _In_opt_ PVOID InsertContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PIRP NTAPI IoCsqRemoveNextIrp(_Inout_ PIO_CSQ Csq, _In_opt_ PVOID PeekContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PIRP NTAPI IoCsqRemoveIrp(_Inout_ PIO_CSQ Csq, _Inout_ PIO_CSQ_IRP_CONTEXT Context);

/* Interrupts */
typedef struct _IO_INTERRUPT_MESSAGE_INFO_ENTRY {
	PHYSICAL_ADDRESS MessageAddress;
	KAFFINITY TargetProcessorSet;
	PKINTERRUPT InterruptObject;
	ULONG MessageData;
	ULONG Vector;
	KIRQL Irql;
	KINTERRUPT_MODE Mode;
	KINTERRUPT_POLARITY Polarity;
} IO_INTERRUPT_MESSAGE_INFO_ENTRY, *PIO_INTERRUPT_MESSAGE_INFO_ENTRY;
typedef struct _IO_INTERRUPT_MESSAGE_INFO {
	KIRQL UnifiedIrql;
	ULONG MessageCount;
	IO_INTERRUPT_MESSAGE_INFO_ENTRY MessageInfo[1];
} IO_INTERRUPT_MESSAGE_INFO, *PIO_INTERRUPT_MESSAGE_INFO;
typedef struct _IO_CONNECT_INTERRUPT_FULLY_SPECIFIED_PARAMETERS {
	PDEVICE_OBJECT PhysicalDeviceObject;
	PKINTERRUPT *InterruptObject;
	PKSERVICE_ROUTINE ServiceRoutine;
	PVOID ServiceContext;
	PKSPIN_LOCK SpinLock;
	KIRQL SynchronizeIrql;
	BOOLEAN FloatingSave;
	BOOLEAN ShareVector;
	ULONG Vector;
	KIRQL Irql;
	KINTERRUPT_MODE InterruptMode;
	KAFFINITY ProcessorEnableMask;
	USHORT Group;
} IO_CONNECT_INTERRUPT_FULLY_SPECIFIED_PARAMETERS, *PIO_CONNECT_INTERRUPT_FULLY_SPECIFIED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS {
	PDEVICE_OBJECT PhysicalDeviceObject;
	PKINTERRUPT *InterruptObject;
	PKSERVICE_ROUTINE ServiceRoutine;
	PVOID ServiceContext;
	PKSPIN_LOCK SpinLock;
	KIRQL SynchronizeIrql;
	BOOLEAN FloatingSave;
} IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS, *PIO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS {
	PDEVICE_OBJECT PhysicalDeviceObject;
	union {
		PVOID *Generic;
		PIO_INTERRUPT_MESSAGE_INFO *InterruptMessageTable;
		PKINTERRUPT *InterruptObject;
	} ConnectionContext;
	PKMESSAGE_SERVICE_ROUTINE MessageServiceRoutine;
	PVOID ServiceContext;
	PKSPIN_LOCK SpinLock;
	KIRQL SynchronizeIrql;
	BOOLEAN FloatingSave;
	PKSERVICE_ROUTINE FallBackServiceRoutine;
} IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS, *PIO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS;
#define CONNECT_FULLY_SPECIFIED 0x1
#define CONNECT_LINE_BASED 0x2
#define CONNECT_MESSAGE_BASED 0x3
#define CONNECT_FULLY_SPECIFIED_GROUP 0x4
#define CONNECT_MESSAGE_BASED_PASSIVE 0x5
#define CONNECT_CURRENT_VERSION 0x5
typedef struct _IO_CONNECT_INTERRUPT_PARAMETERS {
	ULONG Version;
	union {
		IO_CONNECT_INTERRUPT_FULLY_SPECIFIED_PARAMETERS FullySpecified;
		IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS LineBased;
		IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS MessageBased;
	};
} IO_CONNECT_INTERRUPT_PARAMETERS, *PIO_CONNECT_INTERRUPT_PARAMETERS;
typedef struct _IO_DISCONNECT_INTERRUPT_PARAMETERS {
	ULONG Version;
	union {
		PVOID Generic;
		PKINTERRUPT InterruptObject;
		PIO_INTERRUPT_MESSAGE_INFO InterruptMessageTable;
	} ConnectionContext;
} IO_DISCONNECT_INTERRUPT_PARAMETERS, *PIO_DISCONNECT_INTERRUPT_PARAMETERS;
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoConnectInterrupt(_Out_ PKINTERRUPT *InterruptObject, _In_ PKSERVICE_ROUTINE ServiceRoutine,
	_In_opt_ PVOID ServiceContext, _In_opt_ PKSPIN_LOCK SpinLock, _In_ ULONG Vector, _In_ KIRQL Irql, _In_ KIRQL SynchronizeIrql,
	_In_ KINTERRUPT_MODE InterruptMode, _In_ BOOLEAN ShareVector, _In_ KAFFINITY ProcessorEnableMask, _In_ BOOLEAN FloatingSave);
_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTKERNELAPI NTSTATUS NTAPI IoConnectInterruptEx(_Inout_ PIO_CONNECT_INTERRUPT_PARAMETERS Parameters);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI IoDisconnectInterrupt(_In_ PKINTERRUPT InterruptObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI IoDisconnectInterruptEx(_In_ PIO_DISCONNECT_INTERRUPT_PARAMETERS Parameters);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI IoReportInterruptActive(_In_ PIO_DISCONNECT_INTERRUPT_PARAMETERS Parameters);

/* Error log */
typedef struct _IO_ERROR_LOG_PACKET {
	UCHAR MajorFunctionCode;
	UCHAR RetryCount;
	USHORT DumpDataSize;
	USHORT NumberOfStrings;
	USHORT StringOffset;
	USHORT EventCategory;
	NTSTATUS ErrorCode;
	ULONG UniqueErrorValue;
	NTSTATUS FinalStatus;
	ULONG SequenceNumber;
	ULONG IoControlCode;
	LARGE_INTEGER DeviceOffset;
	ULONG DumpData[1];
} IO_ERROR_LOG_PACKET, *PIO_ERROR_LOG_PACKET;
#define ERROR_LOG_LIMIT_SIZE 240
#define IO_ERROR_LOG_MESSAGE_HEADER_LENGTH 56
#define ERROR_LOG_MESSAGE_LIMIT_SIZE (ERROR_LOG_LIMIT_SIZE + IO_ERROR_LOG_MESSAGE_HEADER_LENGTH)
#define ERROR_LOG_MAXIMUM_SIZE ERROR_LOG_LIMIT_SIZE
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI IoAllocateErrorLogEntry(_In_ PVOID IoObject, _In_ UCHAR EntrySize);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoWriteErrorLogEntry(_In_ PVOID ElEntry);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoFreeErrorLogEntry(_In_ PVOID ElEntry);

/* Plug and Play manager */
typedef enum _DEVICE_REGISTRY_PROPERTY {
	DevicePropertyDeviceDescription = 0x0, DevicePropertyHardwareID = 0x1, DevicePropertyCompatibleIDs = 0x2,
	DevicePropertyBootConfiguration = 0x3, DevicePropertyBootConfigurationTranslated = 0x4,
	DevicePropertyClassName = 0x5, DevicePropertyClassGuid = 0x6, DevicePropertyDriverKeyName = 0x7,
	DevicePropertyManufacturer = 0x8, DevicePropertyFriendlyName = 0x9, DevicePropertyLocationInformation = 0xa,
	DevicePropertyPhysicalDeviceObjectName = 0xb, DevicePropertyBusTypeGuid = 0xc, DevicePropertyLegacyBusType = 0xd,
	DevicePropertyBusNumber = 0xe, DevicePropertyEnumeratorName = 0xf, DevicePropertyAddress = 0x10,
	DevicePropertyUINumber = 0x11, DevicePropertyInstallState = 0x12, DevicePropertyRemovalPolicy = 0x13,
	DevicePropertyResourceRequirements = 0x14, DevicePropertyAllocatedResources = 0x15, DevicePropertyContainerID = 0x16
} DEVICE_REGISTRY_PROPERTY;
typedef enum _DEVICE_INSTALL_STATE {
	InstallStateInstalled, InstallStateNeedsReinstall, InstallStateFailedInstall, InstallStateFinishInstall
} DEVICE_INSTALL_STATE, *PDEVICE_INSTALL_STATE;
typedef enum _DEVICE_REMOVAL_POLICY {
	RemovalPolicyExpectNoRemoval = 1, RemovalPolicyExpectOrderlyRemoval = 2, RemovalPolicyExpectSurpriseRemoval = 3
} DEVICE_REMOVAL_POLICY, *PDEVICE_REMOVAL_POLICY;
typedef enum _IO_NOTIFICATION_EVENT_CATEGORY {
	EventCategoryReserved, EventCategoryHardwareProfileChange, EventCategoryDeviceInterfaceChange,
	EventCategoryTargetDeviceChange, EventCategoryKernelSoftRestart
} IO_NOTIFICATION_EVENT_CATEGORY;
#define PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES 0x00000001
typedef struct _DEVICE_INTERFACE_CHANGE_NOTIFICATION {
	USHORT Version; USHORT Size; GUID Event; GUID InterfaceClassGuid; PUNICODE_STRING SymbolicLinkName;
} DEVICE_INTERFACE_CHANGE_NOTIFICATION, *PDEVICE_INTERFACE_CHANGE_NOTIFICATION;
typedef struct _TARGET_DEVICE_REMOVAL_NOTIFICATION {
	USHORT Version; USHORT Size; GUID Event; struct _FILE_OBJECT *FileObject;
} TARGET_DEVICE_REMOVAL_NOTIFICATION, *PTARGET_DEVICE_REMOVAL_NOTIFICATION;
typedef struct _TARGET_DEVICE_CUSTOM_NOTIFICATION {
	USHORT Version; USHORT Size; GUID Event; struct _FILE_OBJECT *FileObject; LONG NameBufferOffset; UCHAR CustomDataBuffer[1];
} TARGET_DEVICE_CUSTOM_NOTIFICATION, *PTARGET_DEVICE_CUSTOM_NOTIFICATION;
typedef struct _HWPROFILE_CHANGE_NOTIFICATION { USHORT Version; USHORT Size; GUID Event; } HWPROFILE_CHANGE_NOTIFICATION, *PHWPROFILE_CHANGE_NOTIFICATION;
typedef struct _PLUGPLAY_NOTIFICATION_HEADER { USHORT Version; USHORT Size; GUID Event; } PLUGPLAY_NOTIFICATION_HEADER, *PPLUGPLAY_NOTIFICATION_HEADER;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceProperty(_In_ PDEVICE_OBJECT DeviceObject, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
	_In_ ULONG BufferLength, _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer, _Out_ PULONG ResultLength);
struct _DEVPROPKEY;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDevicePropertyData(_In_ PDEVICE_OBJECT Pdo, _In_ const struct _DEVPROPKEY *PropertyKey, _In_ LCID Lcid,
	_Reserved_ ULONG Flags, _In_ ULONG Size, _Out_ PVOID Data, _Out_ PULONG RequiredSize, _Out_ PULONG Type);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoSetDevicePropertyData(_In_ PDEVICE_OBJECT Pdo, _In_ const struct _DEVPROPKEY *PropertyKey, _In_ LCID Lcid,
	_In_ ULONG Flags, _In_ ULONG Type, _In_ ULONG Size, _In_opt_ PVOID Data);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoOpenDeviceRegistryKey(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG DevInstKeyType,
	_In_ ACCESS_MASK DesiredAccess, _Out_ PHANDLE DeviceRegKey);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoOpenDriverRegistryKey(_In_ PDRIVER_OBJECT DriverObject, _In_ int RegKeyType,
	_In_ ACCESS_MASK DesiredAccess, _In_ ULONG Flags, _Out_ PHANDLE DriverRegKey);
#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4
#define DriverRegKeyParameters 0
#define DriverRegKeyPersistentState 1
#define DriverRegKeySharedPersistentState 2
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoRegisterDeviceInterface(_In_ PDEVICE_OBJECT PhysicalDeviceObject, _In_ CONST GUID *InterfaceClassGuid,
	_In_opt_ PUNICODE_STRING ReferenceString, _Out_ PUNICODE_STRING SymbolicLinkName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoSetDeviceInterfaceState(_In_ PUNICODE_STRING SymbolicLinkName, _In_ BOOLEAN Enable);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceInterfaces(_In_ CONST GUID *InterfaceClassGuid, _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
	_In_ ULONG Flags, _Outptr_result_nullonfailure_ PZZWSTR *SymbolicLinkList);
#define DEVICE_INTERFACE_INCLUDE_NONACTIVE 0x00000001
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceInterfaceAlias(_In_ PUNICODE_STRING SymbolicLinkName, _In_ CONST GUID *AliasInterfaceClassGuid,
	_Out_ PUNICODE_STRING AliasSymbolicLinkName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoOpenDeviceInterfaceRegistryKey(_In_ PUNICODE_STRING SymbolicLinkName, _In_ ACCESS_MASK DesiredAccess,
	_Out_ PHANDLE DeviceInterfaceRegKey);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetDeviceInterfacePropertyData(_In_ PUNICODE_STRING SymbolicLinkName, _In_ const struct _DEVPROPKEY *PropertyKey,
	_In_ LCID Lcid, _Reserved_ ULONG Flags, _In_ ULONG Size, _Out_ PVOID Data, _Out_ PULONG RequiredSize, _Out_ PULONG Type);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoRegisterPlugPlayNotification(_In_ IO_NOTIFICATION_EVENT_CATEGORY EventCategory, _In_ ULONG EventCategoryFlags,
	_In_opt_ PVOID EventCategoryData, _In_ PDRIVER_OBJECT DriverObject, _In_ PDRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine,
	_Inout_opt_ __drv_aliasesMem PVOID Context, _Outptr_result_nullonfailure_ PVOID *NotificationEntry);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoUnregisterPlugPlayNotification(_In_ __drv_freesMem(Pool) PVOID NotificationEntry);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoUnregisterPlugPlayNotificationEx(_In_ __drv_freesMem(Pool) PVOID NotificationEntry);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoInvalidateDeviceRelations(_In_ PDEVICE_OBJECT DeviceObject, _In_ DEVICE_RELATION_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoInvalidateDeviceState(_In_ PDEVICE_OBJECT PhysicalDeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI IoRequestDeviceEject(_In_ PDEVICE_OBJECT PhysicalDeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoReportTargetDeviceChange(_In_ PDEVICE_OBJECT PhysicalDeviceObject, _In_ PVOID NotificationStructure);
_Function_class_(DEVICE_CHANGE_COMPLETE_CALLBACK)
typedef VOID DEVICE_CHANGE_COMPLETE_CALLBACK(_Inout_opt_ PVOID Context);
typedef DEVICE_CHANGE_COMPLETE_CALLBACK *PDEVICE_CHANGE_COMPLETE_CALLBACK;
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoReportTargetDeviceChangeAsynchronous(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
	_In_ PVOID NotificationStructure, _In_opt_ PDEVICE_CHANGE_COMPLETE_CALLBACK Callback, _In_opt_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoReportDetectedDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ INTERFACE_TYPE LegacyBusType,
	_In_ ULONG BusNumber, _In_ ULONG SlotNumber, _In_opt_ PCM_RESOURCE_LIST ResourceList,
	_In_opt_ PIO_RESOURCE_REQUIREMENTS_LIST ResourceRequirements, _In_ BOOLEAN ResourceAssigned,
	_Inout_ PDEVICE_OBJECT *DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoReportResourceForDetection(_In_ PDRIVER_OBJECT DriverObject, _In_opt_ PCM_RESOURCE_LIST DriverList,
	_In_opt_ ULONG DriverListSize, _In_opt_ PDEVICE_OBJECT DeviceObject, _In_opt_ PCM_RESOURCE_LIST DeviceList,
	_In_opt_ ULONG DeviceListSize, _Out_ PBOOLEAN ConflictDetected);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMIRegistrationControl(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Action);
#define WMIREG_ACTION_REGISTER 1
#define WMIREG_ACTION_DEREGISTER 2
#define WMIREG_ACTION_REREGISTER 3
#define WMIREG_ACTION_UPDATE_GUIDS 4
#define WMIREG_ACTION_BLOCK_IRPS 5
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMIWriteEvent(_Inout_ _When_(return == 0, __drv_aliasesMem) PVOID WnodeEventItem);
NTKERNELAPI NTSTATUS NTAPI IoWMIDeviceObjectToProviderId(_In_ PDEVICE_OBJECT DeviceObject);
#define IoWMIDeviceObjectToProviderId(DeviceObject) ((ULONG)(ULONG_PTR)(DeviceObject))
typedef VOID FWMI_NOTIFICATION_CALLBACK(_In_ PVOID Wnode, _In_ PVOID Context);
typedef FWMI_NOTIFICATION_CALLBACK *WMI_NOTIFICATION_CALLBACK;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMIOpenBlock(_In_ LPCGUID DataBlockGuid, _In_ ULONG DesiredAccess, _Out_ PVOID *DataBlockObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMISetNotificationCallback(_Inout_ PVOID Object, _In_ WMI_NOTIFICATION_CALLBACK Callback,
	_In_opt_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMIQueryAllData(_In_ PVOID DataBlockObject, _Inout_ ULONG *InOutBufferSize, _Out_writes_bytes_opt_(*InOutBufferSize) PVOID OutBuffer);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoWMIExecuteMethod(_In_ PVOID DataBlockObject, _In_ PUNICODE_STRING InstanceName, _In_ ULONG MethodId,
	_In_ ULONG InBufferSize, _Inout_ PULONG OutBufferSize, _Inout_updates_bytes_to_opt_(*OutBufferSize, InBufferSize) PUCHAR InOutBuffer);
#define WMIGUID_QUERY 0x0001
#define WMIGUID_SET 0x0002
#define WMIGUID_NOTIFICATION 0x0004
#define WMIGUID_READ_DESCRIPTION 0x0008
#define WMIGUID_EXECUTE 0x0010
#define WMIGUID_ALL_ACCESS (STANDARD_RIGHTS_READ | SYNCHRONIZE | 0x0FFF)
typedef struct _BOOTDISK_INFORMATION { LONGLONG BootPartitionOffset; LONGLONG SystemPartitionOffset; ULONG BootDeviceSignature; ULONG SystemDeviceSignature; } BOOTDISK_INFORMATION, *PBOOTDISK_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI IoGetBootDiskInformation(_Inout_ PBOOTDISK_INFORMATION BootDiskInformation, _In_ ULONG Size);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI IO_PRIORITY_HINT NTAPI IoGetIoPriorityHint(_In_ PIRP Irp);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCreateFile(_Out_ PHANDLE FileHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_opt_ PLARGE_INTEGER AllocationSize, _In_ ULONG FileAttributes, _In_ ULONG ShareAccess,
	_In_ ULONG Disposition, _In_ ULONG CreateOptions, _In_opt_ PVOID EaBuffer, _In_ ULONG EaLength, _In_ int CreateFileType,
	_In_opt_ PVOID InternalParameters, _In_ ULONG Options);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI PKEVENT NTAPI IoCreateNotificationEvent(_In_ PUNICODE_STRING EventName, _Out_ PHANDLE EventHandle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI PKEVENT NTAPI IoCreateSynchronizationEvent(_In_ PUNICODE_STRING EventName, _Out_ PHANDLE EventHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoSetShareAccess(_In_ ACCESS_MASK DesiredAccess, _In_ ULONG DesiredShareAccess,
	_Inout_ struct _FILE_OBJECT *FileObject, _Out_ PSHARE_ACCESS ShareAccess);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoCheckShareAccess(_In_ ACCESS_MASK DesiredAccess, _In_ ULONG DesiredShareAccess,
	_Inout_ struct _FILE_OBJECT *FileObject, _Inout_ PSHARE_ACCESS ShareAccess, _In_ BOOLEAN Update);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoUpdateShareAccess(_In_ struct _FILE_OBJECT *FileObject, _Inout_ PSHARE_ACCESS ShareAccess);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI IoRemoveShareAccess(_In_ struct _FILE_OBJECT *FileObject, _Inout_ PSHARE_ACCESS ShareAccess);
NTKERNELAPI PGENERIC_MAPPING NTAPI IoGetFileObjectGenericMapping(VOID);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI IoGetContainerInformation(_In_ int InformationClass, _In_opt_ PVOID ContainerObject,
	_Inout_updates_bytes_opt_(BufferLength) PVOID Buffer, _In_ ULONG BufferLength);
typedef struct _CONFIGURATION_INFORMATION {
	ULONG DiskCount; ULONG FloppyCount; ULONG CdRomCount; ULONG TapeCount; ULONG ScsiPortCount;
	ULONG SerialCount; ULONG ParallelCount; BOOLEAN AtDiskPrimaryAddressClaimed;
	BOOLEAN AtDiskSecondaryAddressClaimed; ULONG Version; ULONG MediumChangerCount;
} CONFIGURATION_INFORMATION, *PCONFIGURATION_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PCONFIGURATION_INFORMATION NTAPI IoGetConfigurationInformation(VOID);

/* ===================================================================== */
/* DMA, bus interfaces, PCI configuration                                 */
/* ===================================================================== */

typedef enum _DMA_WIDTH { Width8Bits, Width16Bits, Width32Bits, Width64Bits, WidthNoWrap, MaximumDmaWidth } DMA_WIDTH, *PDMA_WIDTH;
typedef enum _DMA_SPEED { Compatible, TypeA, TypeB, TypeC, TypeF, MaximumDmaSpeed } DMA_SPEED, *PDMA_SPEED;
#define DEVICE_DESCRIPTION_VERSION 0
#define DEVICE_DESCRIPTION_VERSION1 1
#define DEVICE_DESCRIPTION_VERSION2 2
#define DEVICE_DESCRIPTION_VERSION3 3
typedef struct _DEVICE_DESCRIPTION {
	ULONG Version;
	BOOLEAN Master;
	BOOLEAN ScatterGather;
	BOOLEAN DemandMode;
	BOOLEAN AutoInitialize;
	BOOLEAN Dma32BitAddresses;
	BOOLEAN IgnoreCount;
	BOOLEAN Reserved1;
	BOOLEAN Dma64BitAddresses;
	ULONG BusNumber;
	ULONG DmaChannel;
	INTERFACE_TYPE InterfaceType;
	DMA_WIDTH DmaWidth;
	DMA_SPEED DmaSpeed;
	ULONG MaximumLength;
	ULONG DmaPort;
	ULONG DmaAddressWidth;
	ULONG DmaControllerInstance;
	ULONG DmaRequestLine;
	PHYSICAL_ADDRESS DeviceAddress;
} DEVICE_DESCRIPTION, *PDEVICE_DESCRIPTION;

typedef struct _SCATTER_GATHER_ELEMENT {
	PHYSICAL_ADDRESS Address;
	ULONG Length;
	ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;
typedef struct _SCATTER_GATHER_LIST {
	ULONG NumberOfElements;
	ULONG_PTR Reserved;
	SCATTER_GATHER_ELEMENT Elements[1];
} SCATTER_GATHER_LIST, *PSCATTER_GATHER_LIST;

typedef struct _DMA_OPERATIONS *PDMA_OPERATIONS;
typedef struct _DMA_ADAPTER {
	USHORT Version;
	USHORT Size;
	PDMA_OPERATIONS DmaOperations;
} DMA_ADAPTER, *PDMA_ADAPTER;

_Function_class_(DRIVER_LIST_CONTROL) _IRQL_requires_same_
typedef VOID DRIVER_LIST_CONTROL(_In_ struct _DEVICE_OBJECT *DeviceObject, _In_ struct _IRP *Irp,
	_In_ PSCATTER_GATHER_LIST ScatterGather, _In_ PVOID Context);
typedef DRIVER_LIST_CONTROL *PDRIVER_LIST_CONTROL;

typedef VOID (*PPUT_DMA_ADAPTER)(_In_ PDMA_ADAPTER DmaAdapter);
typedef PVOID (*PALLOCATE_COMMON_BUFFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG Length,
	_Out_ PPHYSICAL_ADDRESS LogicalAddress, _In_ BOOLEAN CacheEnabled);
typedef VOID (*PFREE_COMMON_BUFFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG Length, _In_ PHYSICAL_ADDRESS LogicalAddress,
	_In_ PVOID VirtualAddress, _In_ BOOLEAN CacheEnabled);
typedef NTSTATUS (*PALLOCATE_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
	_In_ ULONG NumberOfMapRegisters, _In_ PDRIVER_CONTROL ExecutionRoutine, _In_ PVOID Context);
typedef BOOLEAN (*PFLUSH_ADAPTER_BUFFERS)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl, _In_ PVOID MapRegisterBase,
	_In_ PVOID CurrentVa, _In_ ULONG Length, _In_ BOOLEAN WriteToDevice);
typedef VOID (*PFREE_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter);
typedef VOID (*PFREE_MAP_REGISTERS)(_In_ PDMA_ADAPTER DmaAdapter, PVOID MapRegisterBase, ULONG NumberOfMapRegisters);
typedef PHYSICAL_ADDRESS (*PMAP_TRANSFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl, _In_ PVOID MapRegisterBase,
	_In_ PVOID CurrentVa, _Inout_ PULONG Length, _In_ BOOLEAN WriteToDevice);
typedef ULONG (*PGET_DMA_ALIGNMENT)(_In_ PDMA_ADAPTER DmaAdapter);
typedef ULONG (*PREAD_DMA_COUNTER)(_In_ PDMA_ADAPTER DmaAdapter);
typedef NTSTATUS (*PGET_SCATTER_GATHER_LIST)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject, _In_ PMDL Mdl,
	_In_ PVOID CurrentVa, _In_ ULONG Length, _In_ PDRIVER_LIST_CONTROL ExecutionRoutine, _In_ PVOID Context,
	_In_ BOOLEAN WriteToDevice);
typedef VOID (*PPUT_SCATTER_GATHER_LIST)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PSCATTER_GATHER_LIST ScatterGather,
	_In_ BOOLEAN WriteToDevice);
typedef NTSTATUS (*PCALCULATE_SCATTER_GATHER_LIST_SIZE)(_In_ PDMA_ADAPTER DmaAdapter, _In_opt_ PMDL Mdl, _In_ PVOID CurrentVa,
	_In_ ULONG Length, _Out_ PULONG ScatterGatherListSize, _Out_opt_ PULONG pNumberOfMapRegisters);
typedef NTSTATUS (*PBUILD_SCATTER_GATHER_LIST)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject, _In_ PMDL Mdl,
	_In_ PVOID CurrentVa, _In_ ULONG Length, _In_ PDRIVER_LIST_CONTROL ExecutionRoutine, _In_ PVOID Context,
	_In_ BOOLEAN WriteToDevice, _In_ PVOID ScatterGatherBuffer, _In_ ULONG ScatterGatherLength);
typedef NTSTATUS (*PBUILD_MDL_FROM_SCATTER_GATHER_LIST)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PSCATTER_GATHER_LIST ScatterGather,
	_In_ PMDL OriginalMdl, _Out_ PMDL *TargetMdl);
typedef struct _DMA_ADAPTER_INFO *PDMA_ADAPTER_INFO;
typedef struct _DMA_TRANSFER_INFO *PDMA_TRANSFER_INFO;
typedef NTSTATUS (*PGET_DMA_ADAPTER_INFO)(_In_ PDMA_ADAPTER DmaAdapter, _Inout_ PDMA_ADAPTER_INFO AdapterInfo);
typedef NTSTATUS (*PGET_DMA_TRANSFER_INFO)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl, _In_ ULONGLONG Offset,
	_In_ ULONG Length, _In_ BOOLEAN WriteOnly, _Inout_ PDMA_TRANSFER_INFO TransferInfo);
typedef NTSTATUS (*PINITIALIZE_DMA_TRANSFER_CONTEXT)(_In_ PDMA_ADAPTER DmaAdapter, _Out_ PVOID DmaTransferContext);
typedef PVOID (*PALLOCATE_COMMON_BUFFER_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_opt_ PPHYSICAL_ADDRESS MaximumAddress,
	_In_ ULONG Length, _Out_ PPHYSICAL_ADDRESS LogicalAddress, _In_ BOOLEAN CacheEnabled, _In_ NODE_REQUIREMENT PreferredNode);
typedef NTSTATUS (*PALLOCATE_ADAPTER_CHANNEL_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
	_In_ PVOID DmaTransferContext, _In_ ULONG NumberOfMapRegisters, _In_ ULONG Flags, _In_opt_ PDRIVER_CONTROL ExecutionRoutine,
	_In_opt_ PVOID ExecutionContext, _Out_opt_ PVOID *MapRegisterBase);
typedef NTSTATUS (*PCONFIGURE_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter, _In_ ULONG FunctionNumber, _In_ PVOID Context);
typedef BOOLEAN (*PCANCEL_ADAPTER_CHANNEL)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject, _In_ PVOID DmaTransferContext);
typedef enum _DMA_COMPLETION_STATUS { DmaComplete, DmaAborted, DmaError, DmaCancelled } DMA_COMPLETION_STATUS;
typedef VOID DMA_COMPLETION_ROUTINE(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject, _In_ PVOID CompletionContext,
	_In_ DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;
typedef NTSTATUS (*PMAP_TRANSFER_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl, _In_ PVOID MapRegisterBase, _In_ ULONGLONG Offset,
	_In_ ULONG DeviceOffset, _Inout_ PULONG Length, _In_ BOOLEAN WriteToDevice, _Out_ PSCATTER_GATHER_LIST ScatterGatherBuffer,
	_In_ ULONG ScatterGatherBufferLength, _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine, _In_opt_ PVOID CompletionContext);
typedef NTSTATUS (*PGET_SCATTER_GATHER_LIST_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
	_In_ PVOID DmaTransferContext, _In_ PMDL Mdl, _In_ ULONGLONG Offset, _In_ ULONG Length, _In_ ULONG Flags,
	_In_opt_ PDRIVER_LIST_CONTROL ExecutionRoutine, _In_opt_ PVOID Context, _In_ BOOLEAN WriteToDevice,
	_In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine, _In_opt_ PVOID CompletionContext,
	_Out_opt_ PSCATTER_GATHER_LIST *ScatterGatherList);
typedef NTSTATUS (*PBUILD_SCATTER_GATHER_LIST_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PDEVICE_OBJECT DeviceObject,
	_In_ PVOID DmaTransferContext, _In_ PMDL Mdl, _In_ ULONGLONG Offset, _In_ ULONG Length, _In_ ULONG Flags,
	_In_opt_ PDRIVER_LIST_CONTROL ExecutionRoutine, _In_opt_ PVOID Context, _In_ BOOLEAN WriteToDevice,
	_In_ PVOID ScatterGatherBuffer, _In_ ULONG ScatterGatherLength, _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
	_In_opt_ PVOID CompletionContext, _Out_opt_ PVOID ScatterGatherList);
typedef NTSTATUS (*PFLUSH_ADAPTER_BUFFERS_EX)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PMDL Mdl, _In_ PVOID MapRegisterBase,
	_In_ ULONGLONG Offset, _In_ ULONG Length, _In_ BOOLEAN WriteToDevice);
typedef VOID (*PFREE_ADAPTER_OBJECT)(_In_ PDMA_ADAPTER DmaAdapter, _In_ IO_ALLOCATION_ACTION AllocationAction);
typedef NTSTATUS (*PCANCEL_MAPPED_TRANSFER)(_In_ PDMA_ADAPTER DmaAdapter, _In_ PVOID DmaTransferContext);

typedef struct _DMA_OPERATIONS {
	ULONG Size;
	PPUT_DMA_ADAPTER PutDmaAdapter;
	PALLOCATE_COMMON_BUFFER AllocateCommonBuffer;
	PFREE_COMMON_BUFFER FreeCommonBuffer;
	PALLOCATE_ADAPTER_CHANNEL AllocateAdapterChannel;
	PFLUSH_ADAPTER_BUFFERS FlushAdapterBuffers;
	PFREE_ADAPTER_CHANNEL FreeAdapterChannel;
	PFREE_MAP_REGISTERS FreeMapRegisters;
	PMAP_TRANSFER MapTransfer;
	PGET_DMA_ALIGNMENT GetDmaAlignment;
	PREAD_DMA_COUNTER ReadDmaCounter;
	PGET_SCATTER_GATHER_LIST GetScatterGatherList;
	PPUT_SCATTER_GATHER_LIST PutScatterGatherList;
	PCALCULATE_SCATTER_GATHER_LIST_SIZE CalculateScatterGatherList;
	PBUILD_SCATTER_GATHER_LIST BuildScatterGatherList;
	PBUILD_MDL_FROM_SCATTER_GATHER_LIST BuildMdlFromScatterGatherList;
	PGET_DMA_ADAPTER_INFO GetDmaAdapterInfo;
	PGET_DMA_TRANSFER_INFO GetDmaTransferInfo;
	PINITIALIZE_DMA_TRANSFER_CONTEXT InitializeDmaTransferContext;
	PALLOCATE_COMMON_BUFFER_EX AllocateCommonBufferEx;
	PALLOCATE_ADAPTER_CHANNEL_EX AllocateAdapterChannelEx;
	PCONFIGURE_ADAPTER_CHANNEL ConfigureAdapterChannel;
	PCANCEL_ADAPTER_CHANNEL CancelAdapterChannel;
	PMAP_TRANSFER_EX MapTransferEx;
	PGET_SCATTER_GATHER_LIST_EX GetScatterGatherListEx;
	PBUILD_SCATTER_GATHER_LIST_EX BuildScatterGatherListEx;
	PFLUSH_ADAPTER_BUFFERS_EX FlushAdapterBuffersEx;
	PFREE_ADAPTER_OBJECT FreeAdapterObject;
	PCANCEL_MAPPED_TRANSFER CancelMappedTransfer;
} DMA_OPERATIONS;
#define DMA_TRANSFER_CONTEXT_VERSION1 1
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128
#define DMA_SYNCHRONOUS_CALLBACK 0x01
#define DMA_ZERO_BUFFERS 0x02

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI PDMA_ADAPTER NTAPI IoGetDmaAdapter(_In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
	_In_ struct _DEVICE_DESCRIPTION *DeviceDescription, _Out_ PULONG NumberOfMapRegisters);

typedef BOOLEAN (*PTRANSLATE_BUS_ADDRESS)(_Inout_opt_ PVOID Context, _In_ PHYSICAL_ADDRESS BusAddress, _In_ ULONG Length,
	_Out_ PULONG AddressSpace, _Out_ PPHYSICAL_ADDRESS TranslatedAddress);
typedef struct _DMA_ADAPTER *(*PGET_DMA_ADAPTER)(_Inout_opt_ PVOID Context, _In_ struct _DEVICE_DESCRIPTION *DeviceDescriptor,
	_Out_ PULONG NumberOfMapRegisters);
typedef ULONG (*PGET_SET_DEVICE_DATA)(_Inout_opt_ PVOID Context, _In_ ULONG DataType, _Inout_updates_bytes_(Length) PVOID Buffer,
	_In_ ULONG Offset, _In_ ULONG Length);
typedef struct _BUS_INTERFACE_STANDARD {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
	PTRANSLATE_BUS_ADDRESS TranslateBusAddress;
	PGET_DMA_ADAPTER GetDmaAdapter;
	PGET_SET_DEVICE_DATA SetBusData;
	PGET_SET_DEVICE_DATA GetBusData;
} BUS_INTERFACE_STANDARD, *PBUS_INTERFACE_STANDARD;

/* Device reset interface (GUID_DEVICE_RESET_INTERFACE_STANDARD) */
typedef enum _DEVICE_RESET_TYPE { FunctionLevelDeviceReset, PlatformLevelDeviceReset } DEVICE_RESET_TYPE;
typedef struct _FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS {
	ULONG Size;
	VOID (*DeviceResetCompletion)(_In_ NTSTATUS Status, _Inout_opt_ PVOID Context);
	PVOID CompletionContext;
} FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS, *PFUNCTION_LEVEL_DEVICE_RESET_PARAMETERS;
_Function_class_(DEVICE_RESET_HANDLER) _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS DEVICE_RESET_HANDLER(_In_ PVOID InterfaceContext, _In_ DEVICE_RESET_TYPE ResetType, _In_ ULONG Flags,
	_In_opt_ PVOID ResetParameters);
typedef DEVICE_RESET_HANDLER *PDEVICE_RESET_HANDLER;
typedef struct _DEVICE_BUS_SPECIFIC_RESET_TYPE { ULONGLONG AsULONGLONG; } DEVICE_BUS_SPECIFIC_RESET_TYPE,
	*PDEVICE_BUS_SPECIFIC_RESET_TYPE;
typedef NTSTATUS DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER(_In_ PVOID InterfaceContext, _Out_ PULONG ResetTypeCount,
	_Out_writes_opt_(*ResetTypeCount) PDEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSupported);
typedef DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER *PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER;
typedef NTSTATUS DEVICE_BUS_SPECIFIC_RESET_HANDLER(_In_ PVOID InterfaceContext,
	_In_ PDEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSelected, _In_ ULONG Flags, _In_opt_ PVOID ResetParameters);
typedef DEVICE_BUS_SPECIFIC_RESET_HANDLER *PDEVICE_BUS_SPECIFIC_RESET_HANDLER;
#define DEVICE_RESET_INTERFACE_VERSION_1 1
#define DEVICE_RESET_INTERFACE_VERSION_2 2
#define DEVICE_RESET_INTERFACE_VERSION_3 3
#define DEVICE_RESET_INTERFACE_VERSION DEVICE_RESET_INTERFACE_VERSION_3
typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
	PDEVICE_RESET_HANDLER DeviceReset;
	ULONG SupportedResetTypes;
	PVOID Reserved;
	PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER QueryBusSpecificResetInfo;
	PDEVICE_BUS_SPECIFIC_RESET_HANDLER DeviceBusSpecificReset;
	PVOID GetDeviceResetStatus;
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;

#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM 0x52696350
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5
typedef struct _PCI_COMMON_HEADER {
	USHORT VendorID;
	USHORT DeviceID;
	USHORT Command;
	USHORT Status;
	UCHAR RevisionID;
	UCHAR ProgIf;
	UCHAR SubClass;
	UCHAR BaseClass;
	UCHAR CacheLineSize;
	UCHAR LatencyTimer;
	UCHAR HeaderType;
	UCHAR BIST;
	union {
		struct {
			ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
			ULONG CIS;
			USHORT SubVendorID;
			USHORT SubSystemID;
			ULONG ROMBaseAddress;
			UCHAR CapabilitiesPtr;
			UCHAR Reserved1[3];
			ULONG Reserved2;
			UCHAR InterruptLine;
			UCHAR InterruptPin;
			UCHAR MinimumGrant;
			UCHAR MaximumLatency;
		} type0;
		struct {
			ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
			UCHAR PrimaryBus; UCHAR SecondaryBus; UCHAR SubordinateBus; UCHAR SecondaryLatency;
			UCHAR IOBase; UCHAR IOLimit; USHORT SecondaryStatus; USHORT MemoryBase; USHORT MemoryLimit;
			USHORT PrefetchBase; USHORT PrefetchLimit; ULONG PrefetchBaseUpper32; ULONG PrefetchLimitUpper32;
			USHORT IOBaseUpper16; USHORT IOLimitUpper16; UCHAR CapabilitiesPtr; UCHAR Reserved1[3];
			ULONG ROMBaseAddress; UCHAR InterruptLine; UCHAR InterruptPin; USHORT BridgeControl;
		} type1;
		struct {
			ULONG SocketRegistersBaseAddress; UCHAR CapabilitiesPtr; UCHAR Reserved; USHORT SecondaryStatus;
			UCHAR PrimaryBus; UCHAR SecondaryBus; UCHAR SubordinateBus; UCHAR SecondaryLatency;
			struct { ULONG Base; ULONG Limit; } Range[PCI_TYPE2_ADDRESSES - 1];
			UCHAR InterruptLine; UCHAR InterruptPin; USHORT BridgeControl;
		} type2;
	} u;
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;
typedef struct _PCI_COMMON_CONFIG {
	PCI_COMMON_HEADER;
	UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_EXTENDED_CONFIG_LENGTH 0x1000
#define PCI_MAX_DEVICES 32
#define PCI_MAX_FUNCTION 8
#define PCI_MAX_BRIDGE_NUMBER 0xFF
#define PCI_INVALID_VENDORID 0xFFFF
#define PCI_ENABLE_IO_SPACE 0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER 0x0004
#define PCI_ENABLE_SPECIAL_CYCLES 0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE 0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY 0x0040
#define PCI_ENABLE_WAIT_CYCLE 0x0080
#define PCI_ENABLE_SERR 0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK 0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT 0x0400
#define PCI_STATUS_CAPABILITIES_LIST 0x0010
#define PCI_MULTIFUNCTION 0x80
#define PCI_DEVICE_TYPE 0x00
#define PCI_BRIDGE_TYPE 0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#define PCI_CONFIGURATION_TYPE(PciData) (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(PciData) ((((PPCI_COMMON_CONFIG)(PciData))->HeaderType & PCI_MULTIFUNCTION) != 0)
#define PCI_ADDRESS_IO_SPACE 0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK 0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE 0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK 0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK 0xfffffff0
#define PCI_ADDRESS_ROM_ADDRESS_MASK 0xfffff800
#define PCI_TYPE_32BIT 0
#define PCI_TYPE_20BIT 2
#define PCI_TYPE_64BIT 4
#define PCI_ROMADDRESS_ENABLED 0x00000001
#define PCI_CAPABILITY_ID_POWER_MANAGEMENT 0x01
#define PCI_CAPABILITY_ID_AGP 0x02
#define PCI_CAPABILITY_ID_VPD 0x03
#define PCI_CAPABILITY_ID_SLOT_ID 0x04
#define PCI_CAPABILITY_ID_MSI 0x05
#define PCI_CAPABILITY_ID_CPCI_HOTSWAP 0x06
#define PCI_CAPABILITY_ID_PCIX 0x07
#define PCI_CAPABILITY_ID_HYPERTRANSPORT 0x08
#define PCI_CAPABILITY_ID_VENDOR_SPECIFIC 0x09
#define PCI_CAPABILITY_ID_DEBUG_PORT 0x0A
#define PCI_CAPABILITY_ID_CPCI_RES_CTRL 0x0B
#define PCI_CAPABILITY_ID_SHPC 0x0C
#define PCI_CAPABILITY_ID_P2P_SSID 0x0D
#define PCI_CAPABILITY_ID_AGP_TARGET 0x0E
#define PCI_CAPABILITY_ID_SECURE 0x0F
#define PCI_CAPABILITY_ID_PCI_EXPRESS 0x10
#define PCI_CAPABILITY_ID_MSIX 0x11
typedef struct _PCI_CAPABILITIES_HEADER { UCHAR CapabilityID; UCHAR Next; } PCI_CAPABILITIES_HEADER, *PPCI_CAPABILITIES_HEADER;
typedef struct _PCI_PMC {
	UCHAR Version : 3; UCHAR PMEClock : 1; UCHAR Rsvd1 : 1; UCHAR DeviceSpecificInitialization : 1; UCHAR Rsvd2 : 2;
	struct _PM_SUPPORT { UCHAR Rsvd2 : 1; UCHAR D1 : 1; UCHAR D2 : 1; UCHAR PMED0 : 1; UCHAR PMED1 : 1; UCHAR PMED2 : 1; UCHAR PMED3Hot : 1; UCHAR PMED3Cold : 1; } Support;
} PCI_PMC, *PPCI_PMC;
typedef struct _PCI_PMCSR {
	USHORT PowerState : 2; USHORT Rsvd1 : 1; USHORT NoSoftReset : 1; USHORT Rsvd2 : 4; USHORT PMEEnable : 1;
	USHORT DataSelect : 4; USHORT DataScale : 2; USHORT PMEStatus : 1;
} PCI_PMCSR, *PPCI_PMCSR;
typedef struct _PCI_PMCSR_BSE { UCHAR Rsvd1 : 6; UCHAR D3HotSupportsStopClock : 1; UCHAR BusPowerClockControlEnabled : 1; } PCI_PMCSR_BSE, *PPCI_PMCSR_BSE;
typedef struct _PCI_PM_CAPABILITY {
	PCI_CAPABILITIES_HEADER Header;
	union { PCI_PMC Capabilities; USHORT AsUSHORT; } PMC;
	union { PCI_PMCSR ControlStatus; USHORT AsUSHORT; } PMCSR;
	union { PCI_PMCSR_BSE BridgeSupport; UCHAR AsUCHAR; } PMCSR_BSE;
	UCHAR Data;
} PCI_PM_CAPABILITY, *PPCI_PM_CAPABILITY;
#define PCI_CLASS_PRE_20 0x00
#define PCI_CLASS_MASS_STORAGE_CTLR 0x01
#define PCI_CLASS_NETWORK_CTLR 0x02
#define PCI_CLASS_DISPLAY_CTLR 0x03
#define PCI_CLASS_MULTIMEDIA_DEV 0x04
#define PCI_CLASS_MEMORY_CTLR 0x05
#define PCI_CLASS_BRIDGE_DEV 0x06
#define PCI_CLASS_SIMPLE_COMMS_CTLR 0x07
#define PCI_CLASS_BASE_SYSTEM_DEV 0x08
#define PCI_CLASS_INPUT_DEV 0x09
#define PCI_CLASS_SERIAL_BUS_CTLR 0x0c
#define PCI_SUBCLASS_NET_ETHERNET_CTLR 0x00

/* ===================================================================== */
/* Registry                                                               */
/* ===================================================================== */

#define REG_NONE (0)
#define REG_SZ (1)
#define REG_EXPAND_SZ (2)
#define REG_BINARY (3)
#define REG_DWORD (4)
#define REG_DWORD_LITTLE_ENDIAN (4)
#define REG_DWORD_BIG_ENDIAN (5)
#define REG_LINK (6)
#define REG_MULTI_SZ (7)
#define REG_RESOURCE_LIST (8)
#define REG_FULL_RESOURCE_DESCRIPTOR (9)
#define REG_RESOURCE_REQUIREMENTS_LIST (10)
#define REG_QWORD (11)
#define REG_QWORD_LITTLE_ENDIAN (11)
#define KEY_QUERY_VALUE (0x0001)
#define KEY_SET_VALUE (0x0002)
#define KEY_CREATE_SUB_KEY (0x0004)
#define KEY_ENUMERATE_SUB_KEYS (0x0008)
#define KEY_NOTIFY (0x0010)
#define KEY_CREATE_LINK (0x0020)
#define KEY_WOW64_32KEY (0x0200)
#define KEY_WOW64_64KEY (0x0100)
#define KEY_WOW64_RES (0x0300)
#define KEY_READ ((STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY) & (~SYNCHRONIZE))
#define KEY_WRITE ((STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) & (~SYNCHRONIZE))
#define KEY_EXECUTE ((KEY_READ) & (~SYNCHRONIZE))
#define KEY_ALL_ACCESS ((STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY | \
			 KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY | KEY_CREATE_LINK) & (~SYNCHRONIZE))
#define REG_OPTION_RESERVED (0x00000000L)
#define REG_OPTION_NON_VOLATILE (0x00000000L)
#define REG_OPTION_VOLATILE (0x00000001L)
#define REG_OPTION_CREATE_LINK (0x00000002L)
#define REG_OPTION_BACKUP_RESTORE (0x00000004L)
#define REG_OPTION_OPEN_LINK (0x00000008L)
#define REG_OPTION_DONT_VIRTUALIZE (0x00000010L)
#define REG_LEGAL_OPTION (REG_OPTION_RESERVED | REG_OPTION_NON_VOLATILE | REG_OPTION_VOLATILE | \
			  REG_OPTION_CREATE_LINK | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK)
#define REG_CREATED_NEW_KEY (0x00000001L)
#define REG_OPENED_EXISTING_KEY (0x00000002L)
#define REG_NOTIFY_CHANGE_NAME (0x00000001L)
#define REG_NOTIFY_CHANGE_ATTRIBUTES (0x00000002L)
#define REG_NOTIFY_CHANGE_LAST_SET (0x00000004L)
#define REG_NOTIFY_CHANGE_SECURITY (0x00000008L)
#define REG_WHOLE_HIVE_VOLATILE (0x00000001L)
#define REG_REFRESH_HIVE (0x00000002L)
#define REG_NO_LAZY_FLUSH (0x00000004L)
#define REG_FORCE_RESTORE (0x00000008L)

typedef enum _KEY_INFORMATION_CLASS {
	KeyBasicInformation, KeyNodeInformation, KeyFullInformation, KeyNameInformation, KeyCachedInformation,
	KeyFlagsInformation, KeyVirtualizationInformation, KeyHandleTagsInformation, KeyTrustInformation,
	KeyLayerInformation, MaxKeyInfoClass
} KEY_INFORMATION_CLASS;
typedef enum _KEY_VALUE_INFORMATION_CLASS {
	KeyValueBasicInformation, KeyValueFullInformation, KeyValuePartialInformation, KeyValueFullInformationAlign64,
	KeyValuePartialInformationAlign64, KeyValueLayerInformation, MaxKeyValueInfoClass
} KEY_VALUE_INFORMATION_CLASS;
typedef enum _KEY_SET_INFORMATION_CLASS {
	KeyWriteTimeInformation, KeyWow64FlagsInformation, KeyControlFlagsInformation, KeySetVirtualizationInformation,
	KeySetDebugInformation, KeySetHandleTagsInformation, KeySetLayerInformation, MaxKeySetInfoClass
} KEY_SET_INFORMATION_CLASS;
typedef struct _KEY_BASIC_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG NameLength; WCHAR Name[1]; } KEY_BASIC_INFORMATION, *PKEY_BASIC_INFORMATION;
typedef struct _KEY_NODE_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG ClassOffset; ULONG ClassLength; ULONG NameLength; WCHAR Name[1]; } KEY_NODE_INFORMATION, *PKEY_NODE_INFORMATION;
typedef struct _KEY_FULL_INFORMATION {
	LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG ClassOffset; ULONG ClassLength; ULONG SubKeys;
	ULONG MaxNameLen; ULONG MaxClassLen; ULONG Values; ULONG MaxValueNameLen; ULONG MaxValueDataLen; WCHAR Class[1];
} KEY_FULL_INFORMATION, *PKEY_FULL_INFORMATION;
typedef struct _KEY_NAME_INFORMATION { ULONG NameLength; WCHAR Name[1]; } KEY_NAME_INFORMATION, *PKEY_NAME_INFORMATION;
typedef struct _KEY_VALUE_BASIC_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG NameLength; WCHAR Name[1]; } KEY_VALUE_BASIC_INFORMATION, *PKEY_VALUE_BASIC_INFORMATION;
typedef struct _KEY_VALUE_FULL_INFORMATION {
	ULONG TitleIndex; ULONG Type; ULONG DataOffset; ULONG DataLength; ULONG NameLength; WCHAR Name[1];
} KEY_VALUE_FULL_INFORMATION, *PKEY_VALUE_FULL_INFORMATION;
typedef struct _KEY_VALUE_PARTIAL_INFORMATION { ULONG TitleIndex; ULONG Type; ULONG DataLength; UCHAR Data[1]; } KEY_VALUE_PARTIAL_INFORMATION, *PKEY_VALUE_PARTIAL_INFORMATION;
typedef struct _KEY_VALUE_ENTRY { PUNICODE_STRING ValueName; ULONG DataLength; ULONG DataOffset; ULONG Type; } KEY_VALUE_ENTRY, *PKEY_VALUE_ENTRY;
typedef struct _KEY_WRITE_TIME_INFORMATION { LARGE_INTEGER LastWriteTime; } KEY_WRITE_TIME_INFORMATION, *PKEY_WRITE_TIME_INFORMATION;

_Function_class_(RTL_QUERY_REGISTRY_ROUTINE) _IRQL_requires_max_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NTSTATUS NTAPI RTL_QUERY_REGISTRY_ROUTINE(_In_z_ PWSTR ValueName, _In_ ULONG ValueType,
	_In_reads_bytes_opt_(ValueLength) PVOID ValueData, _In_ ULONG ValueLength, _In_opt_ PVOID Context, _In_opt_ PVOID EntryContext);
typedef RTL_QUERY_REGISTRY_ROUTINE *PRTL_QUERY_REGISTRY_ROUTINE;
typedef struct _RTL_QUERY_REGISTRY_TABLE {
	PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
	ULONG Flags;
	PWSTR Name;
	PVOID EntryContext;
	ULONG DefaultType;
	PVOID DefaultData;
	ULONG DefaultLength;
} RTL_QUERY_REGISTRY_TABLE, *PRTL_QUERY_REGISTRY_TABLE;
#define RTL_QUERY_REGISTRY_SUBKEY 0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY 0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED 0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE 0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND 0x00000010
#define RTL_QUERY_REGISTRY_DIRECT 0x00000020
#define RTL_QUERY_REGISTRY_DELETE 0x00000040
#define RTL_QUERY_REGISTRY_NOSTRING 0x00000080
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)
#define RTL_REGISTRY_ABSOLUTE 0
#define RTL_REGISTRY_SERVICES 1
#define RTL_REGISTRY_CONTROL 2
#define RTL_REGISTRY_WINDOWS_NT 3
#define RTL_REGISTRY_DEVICEMAP 4
#define RTL_REGISTRY_USER 5
#define RTL_REGISTRY_MAXIMUM 6
#define RTL_REGISTRY_HANDLE 0x40000000
#define RTL_REGISTRY_OPTIONAL 0x80000000
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlQueryRegistryValues(_In_ ULONG RelativeTo, _In_ PCWSTR Path,
	_Inout_ _At_(*(*QueryTable).EntryContext, _Pre_unknown_) PRTL_QUERY_REGISTRY_TABLE QueryTable,
	_In_opt_ PVOID Context, _In_opt_ PVOID Environment);
#define RtlQueryRegistryValuesEx RtlQueryRegistryValues
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlWriteRegistryValue(_In_ ULONG RelativeTo, _In_ PCWSTR Path, _In_z_ PCWSTR ValueName,
	_In_ ULONG ValueType, _In_reads_bytes_opt_(ValueLength) PVOID ValueData, _In_ ULONG ValueLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlDeleteRegistryValue(_In_ ULONG RelativeTo, _In_ PCWSTR Path, _In_z_ PCWSTR ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlCreateRegistryKey(_In_ ULONG RelativeTo, _In_ PWSTR Path);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlCheckRegistryKey(_In_ ULONG RelativeTo, _In_ PWSTR Path);

/* ===================================================================== */
/* Native system services (Zw*): PASSIVE_LEVEL                            */
/* ===================================================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateFile(_Out_ PHANDLE FileHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_opt_ PLARGE_INTEGER AllocationSize, _In_ ULONG FileAttributes,
	_In_ ULONG ShareAccess, _In_ ULONG CreateDisposition, _In_ ULONG CreateOptions,
	_In_reads_bytes_opt_(EaLength) PVOID EaBuffer, _In_ ULONG EaLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenFile(_Out_ PHANDLE FileHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG ShareAccess, _In_ ULONG OpenOptions);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwReadFile(_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _Out_writes_bytes_(Length) PVOID Buffer,
	_In_ ULONG Length, _In_opt_ PLARGE_INTEGER ByteOffset, _In_opt_ PULONG Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwWriteFile(_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_reads_bytes_(Length) PVOID Buffer,
	_In_ ULONG Length, _In_opt_ PLARGE_INTEGER ByteOffset, _In_opt_ PULONG Key);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwClose(_In_ HANDLE Handle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryInformationFile(_In_ HANDLE FileHandle, _Out_ PIO_STATUS_BLOCK IoStatusBlock,
	_Out_writes_bytes_(Length) PVOID FileInformation, _In_ ULONG Length, _In_ FILE_INFORMATION_CLASS FileInformationClass);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwSetInformationFile(_In_ HANDLE FileHandle, _Out_ PIO_STATUS_BLOCK IoStatusBlock,
	_In_reads_bytes_(Length) PVOID FileInformation, _In_ ULONG Length, _In_ FILE_INFORMATION_CLASS FileInformationClass);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryFullAttributesFile(_In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_Out_ PFILE_NETWORK_OPEN_INFORMATION FileInformation);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwDeviceIoControlFile(_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG IoControlCode,
	_In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer, _In_ ULONG InputBufferLength,
	_Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer, _In_ ULONG OutputBufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwFsControlFile(_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG FsControlCode,
	_In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer, _In_ ULONG InputBufferLength,
	_Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer, _In_ ULONG OutputBufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwFlushBuffersFile(_In_ HANDLE FileHandle, _Out_ PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateKey(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_Reserved_ ULONG TitleIndex, _In_opt_ PUNICODE_STRING Class, _In_ ULONG CreateOptions, _Out_opt_ PULONG Disposition);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenKey(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenKeyEx(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes,
	_In_ ULONG OpenOptions);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateKeyTransacted(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes, _Reserved_ ULONG TitleIndex, _In_opt_ PUNICODE_STRING Class,
	_In_ ULONG CreateOptions, _In_ HANDLE TransactionHandle, _Out_opt_ PULONG Disposition);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenKeyTransacted(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes, _In_ HANDLE TransactionHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwDeleteKey(_In_ HANDLE KeyHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwFlushKey(_In_ HANDLE KeyHandle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryValueKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING ValueName,
	_In_ KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass, _Out_writes_bytes_opt_(Length) PVOID KeyValueInformation,
	_In_ ULONG Length, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwSetValueKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING ValueName, _In_opt_ ULONG TitleIndex,
	_In_ ULONG Type, _In_reads_bytes_opt_(DataSize) PVOID Data, _In_ ULONG DataSize);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwDeleteValueKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwEnumerateKey(_In_ HANDLE KeyHandle, _In_ ULONG Index, _In_ KEY_INFORMATION_CLASS KeyInformationClass,
	_Out_writes_bytes_opt_(Length) PVOID KeyInformation, _In_ ULONG Length, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwEnumerateValueKey(_In_ HANDLE KeyHandle, _In_ ULONG Index,
	_In_ KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass, _Out_writes_bytes_opt_(Length) PVOID KeyValueInformation,
	_In_ ULONG Length, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryKey(_In_ HANDLE KeyHandle, _In_ KEY_INFORMATION_CLASS KeyInformationClass,
	_Out_writes_bytes_opt_(Length) PVOID KeyInformation, _In_ ULONG Length, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwSetInformationKey(_In_ HANDLE KeyHandle, _In_ KEY_SET_INFORMATION_CLASS KeySetInformationClass,
	_In_reads_bytes_(KeySetInformationLength) PVOID KeySetInformation, _In_ ULONG KeySetInformationLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwRenameKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING NewName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwNotifyChangeKey(_In_ HANDLE KeyHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG CompletionFilter, _In_ BOOLEAN WatchTree,
	_Out_writes_bytes_opt_(BufferSize) PVOID Buffer, _In_ ULONG BufferSize, _In_ BOOLEAN Asynchronous);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateSection(_Out_ PHANDLE SectionHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ PLARGE_INTEGER MaximumSize, _In_ ULONG SectionPageProtection,
	_In_ ULONG AllocationAttributes, _In_opt_ HANDLE FileHandle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenSection(_Out_ PHANDLE SectionHandle, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwMapViewOfSection(_In_ HANDLE SectionHandle, _In_ HANDLE ProcessHandle, _Inout_ PVOID *BaseAddress,
	_In_ ULONG_PTR ZeroBits, _In_ SIZE_T CommitSize, _Inout_opt_ PLARGE_INTEGER SectionOffset, _Inout_ PSIZE_T ViewSize,
	_In_ SECTION_INHERIT InheritDisposition, _In_ ULONG AllocationType, _In_ ULONG Win32Protect);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwUnmapViewOfSection(_In_ HANDLE ProcessHandle, _In_opt_ PVOID BaseAddress);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenSymbolicLinkObject(_Out_ PHANDLE LinkHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQuerySymbolicLinkObject(_In_ HANDLE LinkHandle, _Inout_ PUNICODE_STRING LinkTarget,
	_Out_opt_ PULONG ReturnedLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwMakeTemporaryObject(_In_ HANDLE Handle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateDirectoryObject(_Out_ PHANDLE DirectoryHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenDirectoryObject(_Out_ PHANDLE DirectoryHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateEvent(_Out_ PHANDLE EventHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_ EVENT_TYPE EventType, _In_ BOOLEAN InitialState);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwSetEvent(_In_ HANDLE EventHandle, _Out_opt_ PLONG PreviousState);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwWaitForSingleObject(_In_ HANDLE Handle, _In_ BOOLEAN Alertable, _In_opt_ PLARGE_INTEGER Timeout);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwOpenProcess(_Out_ PHANDLE ProcessHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ struct _CLIENT_ID *ClientId);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwTerminateProcess(_In_opt_ HANDLE ProcessHandle, _In_ NTSTATUS ExitStatus);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwLoadDriver(_In_ PUNICODE_STRING DriverServiceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwUnloadDriver(_In_ PUNICODE_STRING DriverServiceName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwPowerInformation(_In_ int InformationLevel, _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
	_In_ ULONG InputBufferLength, _Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer, _In_ ULONG OutputBufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQuerySystemInformation(_In_ int SystemInformationClass,
	_Out_writes_bytes_opt_(SystemInformationLength) PVOID SystemInformation, _In_ ULONG SystemInformationLength,
	_Out_opt_ PULONG ReturnLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwCreateTransaction(_Out_ PHANDLE TransactionHandle, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ LPGUID Uow, _In_opt_ HANDLE TmHandle, _In_opt_ ULONG CreateOptions,
	_In_opt_ ULONG IsolationLevel, _In_opt_ ULONG IsolationFlags, _In_opt_ PLARGE_INTEGER Timeout,
	_In_opt_ PUNICODE_STRING Description);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCommitTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwRollbackTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
#define ZwCurrentProcess() NtCurrentProcess()
#define ZwCurrentThread() NtCurrentThread()
#define NtCurrentProcess() ((HANDLE)(LONG_PTR)-1)
#define NtCurrentThread() ((HANDLE)(LONG_PTR)-2)

/* ===================================================================== */
/* Objects (Ob*), processes and threads (Ps*), security (Se*)             */
/* ===================================================================== */

typedef struct _CLIENT_ID { HANDLE UniqueProcess; HANDLE UniqueThread; } CLIENT_ID, *PCLIENT_ID;
typedef struct _OBJECT_HANDLE_INFORMATION { ULONG HandleAttributes; ACCESS_MASK GrantedAccess; } OBJECT_HANDLE_INFORMATION, *POBJECT_HANDLE_INFORMATION;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByHandle(_In_ HANDLE Handle, _In_ ACCESS_MASK DesiredAccess, _In_opt_ POBJECT_TYPE ObjectType,
	_In_ KPROCESSOR_MODE AccessMode, _Out_ PVOID *Object, _Out_opt_ POBJECT_HANDLE_INFORMATION HandleInformation);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByHandleWithTag(_In_ HANDLE Handle, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ POBJECT_TYPE ObjectType, _In_ KPROCESSOR_MODE AccessMode, _In_ ULONG Tag, _Out_ PVOID *Object,
	_Out_opt_ POBJECT_HANDLE_INFORMATION HandleInformation);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ObReferenceObjectByPointer(_In_ PVOID Object, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ POBJECT_TYPE ObjectType, _In_ KPROCESSOR_MODE AccessMode);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL ObfReferenceObject(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL ObfDereferenceObject(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR NTAPI ObReferenceObject(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR NTAPI ObDereferenceObject(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL ObReferenceObjectWithTag(_In_ PVOID Object, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL ObDereferenceObjectWithTag(_In_ PVOID Object, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ObDereferenceObjectDeferDelete(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI ObDereferenceObjectDeferDeleteWithTag(_In_ PVOID Object, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN FASTCALL ObReferenceObjectSafe(_In_ PVOID Object);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ObGetObjectSecurity(_In_ PVOID Object, _Out_ PSECURITY_DESCRIPTOR *SecurityDescriptor,
	_Out_ PBOOLEAN MemoryAllocated);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ObReleaseObjectSecurity(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_ BOOLEAN MemoryAllocated);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI ObCloseHandle(_In_ HANDLE Handle, _In_ KPROCESSOR_MODE PreviousMode);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI ObMakeTemporaryObject(_In_ PVOID Object);

/* Object manager callbacks */
typedef ULONG OB_OPERATION;
#define OB_OPERATION_HANDLE_CREATE 0x00000001
#define OB_OPERATION_HANDLE_DUPLICATE 0x00000002
#define OB_FLT_REGISTRATION_VERSION_0100 0x0100
#define OB_FLT_REGISTRATION_VERSION OB_FLT_REGISTRATION_VERSION_0100
typedef struct _OB_PRE_CREATE_HANDLE_INFORMATION { ACCESS_MASK DesiredAccess; ACCESS_MASK OriginalDesiredAccess; } OB_PRE_CREATE_HANDLE_INFORMATION, *POB_PRE_CREATE_HANDLE_INFORMATION;
typedef struct _OB_PRE_DUPLICATE_HANDLE_INFORMATION {
	ACCESS_MASK DesiredAccess; ACCESS_MASK OriginalDesiredAccess; PVOID SourceProcess; PVOID TargetProcess;
} OB_PRE_DUPLICATE_HANDLE_INFORMATION, *POB_PRE_DUPLICATE_HANDLE_INFORMATION;
typedef union _OB_PRE_OPERATION_PARAMETERS {
	OB_PRE_CREATE_HANDLE_INFORMATION CreateHandleInformation;
	OB_PRE_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_PRE_OPERATION_PARAMETERS, *POB_PRE_OPERATION_PARAMETERS;
typedef struct _OB_PRE_OPERATION_INFORMATION {
	OB_OPERATION Operation;
	union { ULONG Flags; struct { ULONG KernelHandle : 1; ULONG Reserved : 31; }; };
	PVOID Object;
	POBJECT_TYPE ObjectType;
	PVOID CallContext;
	POB_PRE_OPERATION_PARAMETERS Parameters;
} OB_PRE_OPERATION_INFORMATION, *POB_PRE_OPERATION_INFORMATION;
typedef struct _OB_POST_CREATE_HANDLE_INFORMATION { ACCESS_MASK GrantedAccess; } OB_POST_CREATE_HANDLE_INFORMATION, *POB_POST_CREATE_HANDLE_INFORMATION;
typedef struct _OB_POST_DUPLICATE_HANDLE_INFORMATION { ACCESS_MASK GrantedAccess; } OB_POST_DUPLICATE_HANDLE_INFORMATION, *POB_POST_DUPLICATE_HANDLE_INFORMATION;
typedef union _OB_POST_OPERATION_PARAMETERS {
	OB_POST_CREATE_HANDLE_INFORMATION CreateHandleInformation;
	OB_POST_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_POST_OPERATION_PARAMETERS, *POB_POST_OPERATION_PARAMETERS;
typedef struct _OB_POST_OPERATION_INFORMATION {
	OB_OPERATION Operation;
	union { ULONG Flags; struct { ULONG KernelHandle : 1; ULONG Reserved : 31; }; };
	PVOID Object;
	POBJECT_TYPE ObjectType;
	PVOID CallContext;
	NTSTATUS ReturnStatus;
	POB_POST_OPERATION_PARAMETERS Parameters;
} OB_POST_OPERATION_INFORMATION, *POB_POST_OPERATION_INFORMATION;
typedef enum _OB_PREOP_CALLBACK_STATUS { OB_PREOP_SUCCESS } OB_PREOP_CALLBACK_STATUS, *POB_PREOP_CALLBACK_STATUS;
_IRQL_requires_max_(APC_LEVEL)
typedef OB_PREOP_CALLBACK_STATUS (*POB_PRE_OPERATION_CALLBACK)(_In_ PVOID RegistrationContext,
	_Inout_ POB_PRE_OPERATION_INFORMATION OperationInformation);
_IRQL_requires_max_(APC_LEVEL)
typedef VOID (*POB_POST_OPERATION_CALLBACK)(_In_ PVOID RegistrationContext, _In_ POB_POST_OPERATION_INFORMATION OperationInformation);
typedef struct _OB_OPERATION_REGISTRATION {
	POBJECT_TYPE *ObjectType;
	OB_OPERATION Operations;
	POB_PRE_OPERATION_CALLBACK PreOperation;
	POB_POST_OPERATION_CALLBACK PostOperation;
} OB_OPERATION_REGISTRATION, *POB_OPERATION_REGISTRATION;
typedef struct _OB_CALLBACK_REGISTRATION {
	USHORT Version;
	USHORT OperationRegistrationCount;
	UNICODE_STRING Altitude;
	PVOID RegistrationContext;
	OB_OPERATION_REGISTRATION *OperationRegistration;
} OB_CALLBACK_REGISTRATION, *POB_CALLBACK_REGISTRATION;
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ObRegisterCallbacks(_In_ POB_CALLBACK_REGISTRATION CallbackRegistration, _Outptr_ PVOID *RegistrationHandle);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID NTAPI ObUnRegisterCallbacks(_In_ PVOID RegistrationHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI USHORT NTAPI ObGetFilterVersion(VOID);

/* Processes and threads */
#define PsGetCurrentProcess IoGetCurrentProcess
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PETHREAD NTAPI PsGetCurrentThread(VOID);
NTKERNELAPI HANDLE NTAPI PsGetCurrentProcessId(VOID);
NTKERNELAPI HANDLE NTAPI PsGetCurrentThreadId(VOID);
NTKERNELAPI HANDLE NTAPI PsGetProcessId(_In_ PEPROCESS Process);
NTKERNELAPI HANDLE NTAPI PsGetThreadId(_In_ PETHREAD Thread);
NTKERNELAPI HANDLE NTAPI PsGetThreadProcessId(_In_ PETHREAD Thread);
NTKERNELAPI LONGLONG NTAPI PsGetProcessCreateTimeQuadPart(_In_ PEPROCESS Process);
NTKERNELAPI BOOLEAN NTAPI PsIsSystemThread(_In_ PETHREAD Thread);
NTKERNELAPI BOOLEAN NTAPI PsIsThreadTerminating(_In_ PETHREAD Thread);
NTKERNELAPI ULONG NTAPI PsGetCurrentProcessSessionId(VOID);
NTKERNELAPI BOOLEAN NTAPI PsGetCurrentThreadWin32ThreadAndEnterCriticalRegion(VOID);
NTKERNELAPI PVOID NTAPI PsGetCurrentThreadTeb(VOID);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsCreateSystemThread(_Out_ PHANDLE ThreadHandle, _In_ ULONG DesiredAccess,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ HANDLE ProcessHandle, _Out_opt_ PCLIENT_ID ClientId,
	_In_ PKSTART_ROUTINE StartRoutine, _In_opt_ _When_(return >= 0, __drv_aliasesMem) PVOID StartContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI PsTerminateSystemThread(_In_ NTSTATUS ExitStatus);
_Function_class_(CREATE_PROCESS_NOTIFY_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL)
typedef VOID CREATE_PROCESS_NOTIFY_ROUTINE(_In_ HANDLE ParentId, _In_ HANDLE ProcessId, _In_ BOOLEAN Create);
typedef CREATE_PROCESS_NOTIFY_ROUTINE *PCREATE_PROCESS_NOTIFY_ROUTINE;
_Function_class_(CREATE_THREAD_NOTIFY_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL)
typedef VOID CREATE_THREAD_NOTIFY_ROUTINE(_In_ HANDLE ProcessId, _In_ HANDLE ThreadId, _In_ BOOLEAN Create);
typedef CREATE_THREAD_NOTIFY_ROUTINE *PCREATE_THREAD_NOTIFY_ROUTINE;
typedef struct _PS_CREATE_NOTIFY_INFO {
	SIZE_T Size;
	union { ULONG Flags; struct { ULONG FileOpenNameAvailable : 1; ULONG IsSubsystemProcess : 1; ULONG Reserved : 30; }; };
	HANDLE ParentProcessId;
	CLIENT_ID CreatingThreadId;
	struct _FILE_OBJECT *FileObject;
	PCUNICODE_STRING ImageFileName;
	PCUNICODE_STRING CommandLine;
	NTSTATUS CreationStatus;
} PS_CREATE_NOTIFY_INFO, *PPS_CREATE_NOTIFY_INFO;
_IRQL_requires_(PASSIVE_LEVEL)
typedef VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE_EX)(_Inout_ PEPROCESS Process, _In_ HANDLE ProcessId,
	_Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo);
typedef struct _IMAGE_INFO {
	union {
		ULONG Properties;
		struct {
			ULONG ImageAddressingMode : 8; ULONG SystemModeImage : 1; ULONG ImageMappedToAllPids : 1;
			ULONG ExtendedInfoPresent : 1; ULONG MachineTypeMismatch : 1; ULONG ImageSignatureLevel : 4;
			ULONG ImageSignatureType : 3; ULONG ImagePartialMap : 1; ULONG Reserved : 12;
		};
	};
	PVOID ImageBase;
	ULONG ImageSelector;
	SIZE_T ImageSize;
	ULONG ImageSectionNumber;
} IMAGE_INFO, *PIMAGE_INFO;
_Function_class_(LOAD_IMAGE_NOTIFY_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL)
typedef VOID LOAD_IMAGE_NOTIFY_ROUTINE(_In_opt_ PUNICODE_STRING FullImageName, _In_ HANDLE ProcessId, _In_ PIMAGE_INFO ImageInfo);
typedef LOAD_IMAGE_NOTIFY_ROUTINE *PLOAD_IMAGE_NOTIFY_ROUTINE;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutine(_In_ PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine, _In_ BOOLEAN Remove);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutineEx(_In_ PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine, _In_ BOOLEAN Remove);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutineEx2(_In_ int NotifyType, _In_ PVOID NotifyInformation, _In_ BOOLEAN Remove);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetCreateThreadNotifyRoutine(_In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsRemoveCreateThreadNotifyRoutine(_In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetLoadImageNotifyRoutine(_In_ PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsRemoveLoadImageNotifyRoutine(_In_ PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine);

/* Security reference monitor */
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI SeCaptureSubjectContext(_Out_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI SeReleaseSubjectContext(_Inout_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI SeLockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI SeUnlockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN NTAPI SeAccessCheck(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_ PSECURITY_SUBJECT_CONTEXT SubjectSecurityContext,
	_In_ BOOLEAN SubjectContextLocked, _In_ ACCESS_MASK DesiredAccess, _In_ ACCESS_MASK PreviouslyGrantedAccess,
	_Outptr_opt_ PPRIVILEGE_SET *Privileges, _In_ PGENERIC_MAPPING GenericMapping, _In_ KPROCESSOR_MODE AccessMode,
	_Out_ PACCESS_MASK GrantedAccess, _Out_ PNTSTATUS AccessStatus);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN NTAPI SeSinglePrivilegeCheck(_In_ LUID PrivilegeValue, _In_ KPROCESSOR_MODE PreviousMode);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI SeAssignSecurity(_In_opt_ PSECURITY_DESCRIPTOR ParentDescriptor, _In_opt_ PSECURITY_DESCRIPTOR ExplicitDescriptor,
	_Out_ PSECURITY_DESCRIPTOR *NewDescriptor, _In_ BOOLEAN IsDirectoryObject, _In_ PSECURITY_SUBJECT_CONTEXT SubjectContext,
	_In_ PGENERIC_MAPPING GenericMapping, _In_ POOL_TYPE PoolType);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI SeDeassignSecurity(_Inout_ PSECURITY_DESCRIPTOR *SecurityDescriptor);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN NTAPI SeValidSecurityDescriptor(_In_ ULONG Length, _In_reads_bytes_(Length) PSECURITY_DESCRIPTOR SecurityDescriptor);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI BOOLEAN NTAPI SeTokenIsAdmin(_In_ PACCESS_TOKEN Token);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlCreateSecurityDescriptor(_Out_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_ ULONG Revision);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlSetDaclSecurityDescriptor(_Inout_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_ BOOLEAN DaclPresent,
	_In_opt_ PACL Dacl, _In_opt_ BOOLEAN DaclDefaulted);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlValidSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI ULONG NTAPI RtlLengthSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI ULONG NTAPI RtlLengthSid(_In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI BOOLEAN NTAPI RtlValidSid(_In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI BOOLEAN NTAPI RtlEqualSid(_In_ PSID Sid1, _In_ PSID Sid2);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlCopySid(_In_ ULONG DestinationSidLength, _Out_ PSID DestinationSid, _In_ PSID SourceSid);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlInitializeSid(_Out_ PSID Sid, _In_ PSID_IDENTIFIER_AUTHORITY IdentifierAuthority, _In_ UCHAR SubAuthorityCount);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PULONG NTAPI RtlSubAuthoritySid(_In_ PSID Sid, _In_ ULONG SubAuthority);
NTSYSAPI ULONG NTAPI RtlLengthRequiredSid(_In_ ULONG SubAuthorityCount);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlCreateAcl(_Out_ PACL Acl, _In_ ULONG AclLength, _In_ ULONG AclRevision);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlAddAccessAllowedAce(_Inout_ PACL Acl, _In_ ULONG AceRevision, _In_ ACCESS_MASK AccessMask, _In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlAddAccessAllowedAceEx(_Inout_ PACL Acl, _In_ ULONG AceRevision, _In_ ULONG AceFlags,
	_In_ ACCESS_MASK AccessMask, _In_ PSID Sid);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI NTSTATUS NTAPI RtlGetAce(_In_ PACL Acl, _In_ ULONG AceIndex, _Outptr_ PVOID *Ace);
NTSYSAPI VOID NTAPI RtlMapGenericMask(_Inout_ PACCESS_MASK AccessMask, _In_ PGENERIC_MAPPING GenericMapping);
NTSYSAPI NTSTATUS NTAPI RtlAbsoluteToSelfRelativeSD(_In_ PSECURITY_DESCRIPTOR AbsoluteSecurityDescriptor,
	_Out_writes_bytes_to_opt_(*BufferLength, *BufferLength) PSECURITY_DESCRIPTOR SelfRelativeSecurityDescriptor, _Inout_ PULONG BufferLength);
NTSYSAPI NTSTATUS NTAPI RtlGetDaclSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor, _Out_ PBOOLEAN DaclPresent,
	_Out_ PACL *Dacl, _Out_ PBOOLEAN DaclDefaulted);
NTSYSAPI NTSTATUS NTAPI RtlSetOwnerSecurityDescriptor(_Inout_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_opt_ PSID Owner, _In_opt_ BOOLEAN OwnerDefaulted);
NTSYSAPI NTSTATUS NTAPI RtlSetGroupSecurityDescriptor(_Inout_ PSECURITY_DESCRIPTOR SecurityDescriptor, _In_opt_ PSID Group, _In_opt_ BOOLEAN GroupDefaulted);
FORCEINLINE LUID NTAPI_INLINE RtlConvertLongToLuid(_In_ LONG Long)
{
	LUID TempLuid;
	LARGE_INTEGER TempLi;
	TempLi.QuadPart = Long;
	TempLuid.LowPart = TempLi.u.LowPart;
	TempLuid.HighPart = TempLi.u.HighPart;
	return TempLuid;
}
FORCEINLINE LUID NTAPI_INLINE RtlConvertUlongToLuid(_In_ ULONG Ulong)
{
	LUID TempLuid;
	TempLuid.LowPart = Ulong;
	TempLuid.HighPart = 0;
	return TempLuid;
}

/* Registry callbacks (Cm*) */
typedef enum _REG_NOTIFY_CLASS {
	RegNtDeleteKey, RegNtPreDeleteKey = RegNtDeleteKey, RegNtSetValueKey, RegNtPreSetValueKey = RegNtSetValueKey,
	RegNtDeleteValueKey, RegNtPreDeleteValueKey = RegNtDeleteValueKey, RegNtSetInformationKey,
	RegNtPreSetInformationKey = RegNtSetInformationKey, RegNtRenameKey, RegNtPreRenameKey = RegNtRenameKey,
	RegNtEnumerateKey, RegNtPreEnumerateKey = RegNtEnumerateKey, RegNtEnumerateValueKey,
	RegNtPreEnumerateValueKey = RegNtEnumerateValueKey, RegNtQueryKey, RegNtPreQueryKey = RegNtQueryKey,
	RegNtQueryValueKey, RegNtPreQueryValueKey = RegNtQueryValueKey, RegNtQueryMultipleValueKey,
	RegNtPreQueryMultipleValueKey = RegNtQueryMultipleValueKey, RegNtPreCreateKey, RegNtPostCreateKey,
	RegNtPreOpenKey, RegNtPostOpenKey, RegNtKeyHandleClose, RegNtPreKeyHandleClose = RegNtKeyHandleClose,
	RegNtPostDeleteKey, RegNtPostSetValueKey, RegNtPostDeleteValueKey, RegNtPostSetInformationKey,
	RegNtPostRenameKey, RegNtPostEnumerateKey, RegNtPostEnumerateValueKey, RegNtPostQueryKey,
	RegNtPostQueryValueKey, RegNtPostQueryMultipleValueKey, RegNtPostKeyHandleClose, RegNtPreCreateKeyEx,
	RegNtPostCreateKeyEx, RegNtPreOpenKeyEx, RegNtPostOpenKeyEx, RegNtPreFlushKey, RegNtPostFlushKey,
	RegNtPreLoadKey, RegNtPostLoadKey, RegNtPreUnLoadKey, RegNtPostUnLoadKey, RegNtPreQueryKeySecurity,
	RegNtPostQueryKeySecurity, RegNtPreSetKeySecurity, RegNtPostSetKeySecurity, RegNtCallbackObjectContextCleanup,
	RegNtPreRestoreKey, RegNtPostRestoreKey, RegNtPreSaveKey, RegNtPostSaveKey, RegNtPreReplaceKey,
	RegNtPostReplaceKey, RegNtPreQueryKeyName, RegNtPostQueryKeyName, RegNtPreSaveMergedKey,
	RegNtPostSaveMergedKey, MaxRegNtNotifyClass
} REG_NOTIFY_CLASS;
_Function_class_(EX_CALLBACK_FUNCTION) _IRQL_requires_max_(APC_LEVEL) _IRQL_requires_same_
typedef NTSTATUS EX_CALLBACK_FUNCTION(_In_ PVOID CallbackContext, _In_opt_ PVOID Argument1, _In_opt_ PVOID Argument2);
typedef EX_CALLBACK_FUNCTION *PEX_CALLBACK_FUNCTION;
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI CmRegisterCallback(_In_ PEX_CALLBACK_FUNCTION Function, _In_opt_ PVOID Context, _Out_ PLARGE_INTEGER Cookie);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI CmRegisterCallbackEx(_In_ PEX_CALLBACK_FUNCTION Function, _In_ PCUNICODE_STRING Altitude, _In_ PVOID Driver,
	_In_opt_ PVOID Context, _Out_ PLARGE_INTEGER Cookie, _Reserved_ PVOID Reserved);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI CmUnRegisterCallback(_In_ LARGE_INTEGER Cookie);
NTKERNELAPI VOID NTAPI CmGetCallbackVersion(_Out_opt_ PULONG Major, _Out_opt_ PULONG Minor);
NTKERNELAPI NTSTATUS NTAPI CmSetCallbackObjectContext(_Inout_ PVOID Object, _In_ PLARGE_INTEGER Cookie, _In_ PVOID NewContext,
	_Out_opt_ PVOID *OldContext);
NTKERNELAPI NTSTATUS NTAPI CmCallbackGetKeyObjectID(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object, _Out_opt_ PULONG_PTR ObjectID,
	_Outptr_opt_ PCUNICODE_STRING *ObjectName);
NTKERNELAPI NTSTATUS NTAPI CmCallbackGetKeyObjectIDEx(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object, _Out_opt_ PULONG_PTR ObjectID,
	_Outptr_opt_ PCUNICODE_STRING *ObjectName, _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI CmCallbackReleaseKeyObjectIDEx(_In_ PCUNICODE_STRING ObjectName);
NTKERNELAPI PVOID NTAPI CmGetBoundTransaction(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object);

/* What a registry callback receives in Argument2, per REG_NOTIFY_CLASS. */
#define REG_CALLBACK_COMMON PVOID CallContext; PVOID ObjectContext; PVOID Reserved
typedef struct _REG_DELETE_KEY_INFORMATION { PVOID Object; REG_CALLBACK_COMMON; } REG_DELETE_KEY_INFORMATION, *PREG_DELETE_KEY_INFORMATION,
	REG_FLUSH_KEY_INFORMATION, *PREG_FLUSH_KEY_INFORMATION;
typedef struct _REG_SET_VALUE_KEY_INFORMATION {
	PVOID Object; PUNICODE_STRING ValueName; ULONG TitleIndex; ULONG Type; PVOID Data; ULONG DataSize; REG_CALLBACK_COMMON;
} REG_SET_VALUE_KEY_INFORMATION, *PREG_SET_VALUE_KEY_INFORMATION;
typedef struct _REG_DELETE_VALUE_KEY_INFORMATION {
	PVOID Object; PUNICODE_STRING ValueName; REG_CALLBACK_COMMON;
} REG_DELETE_VALUE_KEY_INFORMATION, *PREG_DELETE_VALUE_KEY_INFORMATION;
typedef struct _REG_SET_INFORMATION_KEY_INFORMATION {
	PVOID Object; KEY_SET_INFORMATION_CLASS KeySetInformationClass; PVOID KeySetInformation; ULONG KeySetInformationLength;
	REG_CALLBACK_COMMON;
} REG_SET_INFORMATION_KEY_INFORMATION, *PREG_SET_INFORMATION_KEY_INFORMATION;
typedef struct _REG_ENUMERATE_KEY_INFORMATION {
	PVOID Object; ULONG Index; KEY_INFORMATION_CLASS KeyInformationClass; PVOID KeyInformation; ULONG Length;
	PULONG ResultLength; REG_CALLBACK_COMMON;
} REG_ENUMERATE_KEY_INFORMATION, *PREG_ENUMERATE_KEY_INFORMATION;
typedef struct _REG_ENUMERATE_VALUE_KEY_INFORMATION {
	PVOID Object; ULONG Index; KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass; PVOID KeyValueInformation; ULONG Length;
	PULONG ResultLength; REG_CALLBACK_COMMON;
} REG_ENUMERATE_VALUE_KEY_INFORMATION, *PREG_ENUMERATE_VALUE_KEY_INFORMATION;
typedef struct _REG_QUERY_KEY_INFORMATION {
	PVOID Object; KEY_INFORMATION_CLASS KeyInformationClass; PVOID KeyInformation; ULONG Length; PULONG ResultLength;
	REG_CALLBACK_COMMON;
} REG_QUERY_KEY_INFORMATION, *PREG_QUERY_KEY_INFORMATION;
typedef struct _REG_QUERY_VALUE_KEY_INFORMATION {
	PVOID Object; PUNICODE_STRING ValueName; KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass; PVOID KeyValueInformation;
	ULONG Length; PULONG ResultLength; REG_CALLBACK_COMMON;
} REG_QUERY_VALUE_KEY_INFORMATION, *PREG_QUERY_VALUE_KEY_INFORMATION;
typedef struct _REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION {
	PVOID Object; PKEY_VALUE_ENTRY ValueEntries; ULONG EntryCount; PVOID ValueBuffer; PULONG BufferLength;
	PULONG RequiredBufferLength; REG_CALLBACK_COMMON;
} REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION, *PREG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION;
typedef struct _REG_RENAME_KEY_INFORMATION { PVOID Object; PUNICODE_STRING NewName; REG_CALLBACK_COMMON; } REG_RENAME_KEY_INFORMATION,
	*PREG_RENAME_KEY_INFORMATION;
typedef struct _REG_KEY_HANDLE_CLOSE_INFORMATION { PVOID Object; REG_CALLBACK_COMMON; } REG_KEY_HANDLE_CLOSE_INFORMATION,
	*PREG_KEY_HANDLE_CLOSE_INFORMATION;
typedef struct _REG_CREATE_KEY_INFORMATION {
	PUNICODE_STRING CompleteName; PVOID RootObject; PVOID ObjectType; ULONG CreateOptions; PUNICODE_STRING Class;
	PVOID SecurityDescriptor; PVOID SecurityQualityOfService; ACCESS_MASK DesiredAccess; ACCESS_MASK GrantedAccess;
	PULONG Disposition; PVOID *ResultObject; PVOID CallContext; PVOID RootObjectContext; PVOID Transaction; PVOID Reserved;
} REG_CREATE_KEY_INFORMATION, REG_OPEN_KEY_INFORMATION, *PREG_CREATE_KEY_INFORMATION, *PREG_OPEN_KEY_INFORMATION;
typedef struct _REG_CREATE_KEY_INFORMATION_V1 {
	PUNICODE_STRING CompleteName; PVOID RootObject; PVOID ObjectType; ULONG Options; PUNICODE_STRING Class;
	PVOID SecurityDescriptor; PVOID SecurityQualityOfService; ACCESS_MASK DesiredAccess; ACCESS_MASK GrantedAccess;
	PULONG Disposition; PVOID *ResultObject; PVOID CallContext; PVOID RootObjectContext; PVOID Transaction;
	ULONG_PTR Version; PUNICODE_STRING RemainingName; ULONG Wow64Flags; ULONG Attributes; KPROCESSOR_MODE CheckAccessMode;
} REG_CREATE_KEY_INFORMATION_V1, REG_OPEN_KEY_INFORMATION_V1, *PREG_CREATE_KEY_INFORMATION_V1, *PREG_OPEN_KEY_INFORMATION_V1;
typedef struct _REG_POST_OPERATION_INFORMATION {
	PVOID Object; NTSTATUS Status; PVOID PreInformation; NTSTATUS ReturnStatus; REG_CALLBACK_COMMON;
} REG_POST_OPERATION_INFORMATION, *PREG_POST_OPERATION_INFORMATION;
typedef struct _REG_PRE_CREATE_KEY_INFORMATION { PUNICODE_STRING CompleteName; } REG_PRE_CREATE_KEY_INFORMATION,
	REG_PRE_OPEN_KEY_INFORMATION, *PREG_PRE_CREATE_KEY_INFORMATION, *PREG_PRE_OPEN_KEY_INFORMATION;
typedef struct _REG_POST_CREATE_KEY_INFORMATION { PUNICODE_STRING CompleteName; PVOID Object; NTSTATUS Status; }
	REG_POST_CREATE_KEY_INFORMATION, REG_POST_OPEN_KEY_INFORMATION, *PREG_POST_CREATE_KEY_INFORMATION,
	*PREG_POST_OPEN_KEY_INFORMATION;
typedef struct _REG_LOAD_KEY_INFORMATION {
	PVOID Object; PUNICODE_STRING KeyName; PUNICODE_STRING SourceFile; ULONG Flags; PVOID TrustClassObject; PVOID UserEvent;
	ACCESS_MASK DesiredAccess; PHANDLE RootHandle; REG_CALLBACK_COMMON;
} REG_LOAD_KEY_INFORMATION, *PREG_LOAD_KEY_INFORMATION;
typedef struct _REG_UNLOAD_KEY_INFORMATION { PVOID Object; PVOID UserEvent; REG_CALLBACK_COMMON; } REG_UNLOAD_KEY_INFORMATION,
	*PREG_UNLOAD_KEY_INFORMATION;
typedef struct _REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION { PVOID Object; PVOID ObjectContext; PVOID Reserved; }
	REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION, *PREG_CALLBACK_CONTEXT_CLEANUP_INFORMATION;
typedef struct _REG_QUERY_KEY_SECURITY_INFORMATION {
	PVOID Object; PSECURITY_INFORMATION SecurityInformation; PSECURITY_DESCRIPTOR SecurityDescriptor; PULONG Length;
	REG_CALLBACK_COMMON;
} REG_QUERY_KEY_SECURITY_INFORMATION, *PREG_QUERY_KEY_SECURITY_INFORMATION;
typedef struct _REG_SET_KEY_SECURITY_INFORMATION {
	PVOID Object; PSECURITY_INFORMATION SecurityInformation; PSECURITY_DESCRIPTOR SecurityDescriptor; REG_CALLBACK_COMMON;
} REG_SET_KEY_SECURITY_INFORMATION, *PREG_SET_KEY_SECURITY_INFORMATION;
typedef struct _REG_RESTORE_KEY_INFORMATION { PVOID Object; HANDLE FileHandle; ULONG Flags; REG_CALLBACK_COMMON; }
	REG_RESTORE_KEY_INFORMATION, *PREG_RESTORE_KEY_INFORMATION;
typedef struct _REG_SAVE_KEY_INFORMATION { PVOID Object; HANDLE FileHandle; ULONG Format; REG_CALLBACK_COMMON; }
	REG_SAVE_KEY_INFORMATION, *PREG_SAVE_KEY_INFORMATION;
typedef struct _REG_REPLACE_KEY_INFORMATION {
	PVOID Object; PUNICODE_STRING OldFileName; PUNICODE_STRING NewFileName; REG_CALLBACK_COMMON;
} REG_REPLACE_KEY_INFORMATION, *PREG_REPLACE_KEY_INFORMATION;
typedef struct _OBJECT_NAME_INFORMATION { UNICODE_STRING Name; } OBJECT_NAME_INFORMATION, *POBJECT_NAME_INFORMATION;
typedef struct _REG_QUERY_KEY_NAME {
	PVOID Object; POBJECT_NAME_INFORMATION ObjectNameInfo; ULONG Length; PULONG ReturnLength; REG_CALLBACK_COMMON;
} REG_QUERY_KEY_NAME, *PREG_QUERY_KEY_NAME;
#undef REG_CALLBACK_COMMON

/* Kernel transaction manager (KTM) */
#define TRANSACTIONMANAGER_QUERY_INFORMATION 0x0001
#define TRANSACTIONMANAGER_SET_INFORMATION 0x0002
#define TRANSACTIONMANAGER_RECOVER 0x0004
#define TRANSACTIONMANAGER_RENAME 0x0008
#define TRANSACTIONMANAGER_CREATE_RM 0x0010
#define TRANSACTIONMANAGER_BIND_TRANSACTION 0x0020
#define TRANSACTIONMANAGER_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x003F)
#define TRANSACTION_QUERY_INFORMATION 0x0001
#define TRANSACTION_SET_INFORMATION 0x0002
#define TRANSACTION_ENLIST 0x0004
#define TRANSACTION_COMMIT 0x0008
#define TRANSACTION_ROLLBACK 0x0010
#define TRANSACTION_PROPAGATE 0x0020
#define TRANSACTION_RIGHT_RESERVED1 0x0040
#define TRANSACTION_GENERIC_READ (STANDARD_RIGHTS_READ | TRANSACTION_QUERY_INFORMATION | SYNCHRONIZE)
#define TRANSACTION_GENERIC_WRITE (STANDARD_RIGHTS_WRITE | TRANSACTION_SET_INFORMATION | TRANSACTION_COMMIT | \
	TRANSACTION_ENLIST | TRANSACTION_ROLLBACK | TRANSACTION_PROPAGATE | SYNCHRONIZE)
#define TRANSACTION_GENERIC_EXECUTE (STANDARD_RIGHTS_EXECUTE | TRANSACTION_COMMIT | TRANSACTION_ROLLBACK | SYNCHRONIZE)
#define TRANSACTION_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | TRANSACTION_GENERIC_READ | TRANSACTION_GENERIC_WRITE | \
	TRANSACTION_GENERIC_EXECUTE)
#define TRANSACTION_RESOURCE_MANAGER_RIGHTS (TRANSACTION_GENERIC_READ | STANDARD_RIGHTS_WRITE | TRANSACTION_SET_INFORMATION | \
	TRANSACTION_ENLIST | TRANSACTION_ROLLBACK | TRANSACTION_PROPAGATE | SYNCHRONIZE)
#define RESOURCEMANAGER_QUERY_INFORMATION 0x0001
#define RESOURCEMANAGER_SET_INFORMATION 0x0002
#define RESOURCEMANAGER_RECOVER 0x0004
#define RESOURCEMANAGER_ENLIST 0x0008
#define RESOURCEMANAGER_GET_NOTIFICATION 0x0010
#define RESOURCEMANAGER_REGISTER_PROTOCOL 0x0020
#define RESOURCEMANAGER_COMPLETE_PROPAGATION 0x0040
#define RESOURCEMANAGER_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x007F)
#define ENLISTMENT_QUERY_INFORMATION 0x0001
#define ENLISTMENT_SET_INFORMATION 0x0002
#define ENLISTMENT_RECOVER 0x0004
#define ENLISTMENT_SUBORDINATE_RIGHTS 0x0008
#define ENLISTMENT_SUPERIOR_RIGHTS 0x0010
#define ENLISTMENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x001F)
#define TRANSACTION_MANAGER_VOLATILE 0x00000001
#define TRANSACTION_MANAGER_COMMIT_DEFAULT 0x00000000
#define TRANSACTION_DO_NOT_PROMOTE 0x00000001
#define RESOURCE_MANAGER_VOLATILE 0x00000001
#define RESOURCE_MANAGER_COMMUNICATION 0x00000002
#define ENLISTMENT_SUPERIOR 0x00000001
#define TRANSACTION_NOTIFY_MASK 0x3FFFFFFF
#define TRANSACTION_NOTIFY_PREPREPARE 0x00000001
#define TRANSACTION_NOTIFY_PREPARE 0x00000002
#define TRANSACTION_NOTIFY_COMMIT 0x00000004
#define TRANSACTION_NOTIFY_ROLLBACK 0x00000008
#define TRANSACTION_NOTIFY_PREPREPARE_COMPLETE 0x00000010
#define TRANSACTION_NOTIFY_PREPARE_COMPLETE 0x00000020
#define TRANSACTION_NOTIFY_COMMIT_COMPLETE 0x00000040
#define TRANSACTION_NOTIFY_ROLLBACK_COMPLETE 0x00000080
#define TRANSACTION_NOTIFY_RECOVER 0x00000100
#define TRANSACTION_NOTIFY_SINGLE_PHASE_COMMIT 0x00000200
#define TRANSACTION_NOTIFY_DELEGATE_COMMIT 0x00000400
#define TRANSACTION_NOTIFY_RECOVER_QUERY 0x00000800
#define TRANSACTION_NOTIFY_ENLIST_PREPREPARE 0x00001000
#define TRANSACTION_NOTIFY_LAST_RECOVER 0x00002000
#define TRANSACTION_NOTIFY_INDOUBT 0x00004000
#define TRANSACTION_NOTIFY_PROPAGATE_PULL 0x00008000
#define TRANSACTION_NOTIFY_PROPAGATE_PUSH 0x00010000
#define TRANSACTION_NOTIFY_MARSHAL 0x00020000
#define TRANSACTION_NOTIFY_ENLIST_MASK 0x00040000
#define TRANSACTION_NOTIFY_RM_DISCONNECTED 0x01000000
#define TRANSACTION_NOTIFY_TM_ONLINE 0x02000000
#define TRANSACTION_NOTIFY_COMMIT_REQUEST 0x04000000
#define TRANSACTION_NOTIFY_PROMOTE 0x08000000
#define TRANSACTION_NOTIFY_PROMOTE_NEW 0x10000000
#define TRANSACTION_NOTIFY_REQUEST_OUTCOME 0x20000000
#define TRANSACTION_NOTIFY_COMMIT_FINALIZE 0x40000000
typedef enum _TRANSACTION_OUTCOME { TransactionOutcomeUndetermined = 1, TransactionOutcomeCommitted, TransactionOutcomeAborted }
	TRANSACTION_OUTCOME;
typedef enum _TRANSACTION_STATE { TransactionStateNormal = 1, TransactionStateIndoubt, TransactionStateCommittedNotify }
	TRANSACTION_STATE;
typedef enum _TRANSACTION_INFORMATION_CLASS {
	TransactionBasicInformation, TransactionPropertiesInformation, TransactionEnlistmentInformation,
	TransactionSuperiorEnlistmentInformation
} TRANSACTION_INFORMATION_CLASS;
typedef struct _TRANSACTION_BASIC_INFORMATION { GUID TransactionId; ULONG State; ULONG Outcome; }
	TRANSACTION_BASIC_INFORMATION, *PTRANSACTION_BASIC_INFORMATION;
typedef enum _KTMOBJECT_TYPE { KTMOBJECT_TRANSACTION, KTMOBJECT_TRANSACTION_MANAGER, KTMOBJECT_RESOURCE_MANAGER,
	KTMOBJECT_ENLISTMENT, KTMOBJECT_INVALID } KTMOBJECT_TYPE, *PKTMOBJECT_TYPE;
typedef ULONG NOTIFICATION_MASK;
typedef NTSTATUS (NTAPI *PTM_RM_NOTIFICATION)(_In_ PKENLISTMENT EnlistmentObject, _In_ PVOID RMContext,
	_In_ PVOID TransactionContext, _In_ ULONG TransactionNotification, _Inout_ PLARGE_INTEGER TmVirtualClock,
	_In_ ULONG ArgumentLength, _In_ PVOID Argument);
extern POBJECT_TYPE *TmTransactionObjectType;
extern POBJECT_TYPE *TmEnlistmentObjectType;
extern POBJECT_TYPE *TmResourceManagerObjectType;
extern POBJECT_TYPE *TmTransactionManagerObjectType;
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmEnableCallbacks(_In_ PKRESOURCEMANAGER ResourceManager,
	_In_ PTM_RM_NOTIFICATION CallbackRoutine, _In_opt_ PVOID RMKey);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmCommitComplete(_In_ PKENLISTMENT Enlistment,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmRollbackComplete(_In_ PKENLISTMENT Enlistment,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmPrepareComplete(_In_ PKENLISTMENT Enlistment,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmPrePrepareComplete(_In_ PKENLISTMENT Enlistment,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmRollbackEnlistment(_In_ PKENLISTMENT Enlistment,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmRollbackTransaction(_In_ PKTRANSACTION Transaction, _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI TmCommitTransaction(_In_ PKTRANSACTION Transaction, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCreateTransactionManager(_Out_ PHANDLE TmHandle,
	_In_ ACCESS_MASK DesiredAccess, _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ PUNICODE_STRING LogFileName,
	_In_opt_ ULONG CreateOptions, _In_opt_ ULONG CommitStrength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCreateResourceManager(_Out_ PHANDLE ResourceManagerHandle,
	_In_ ACCESS_MASK DesiredAccess, _In_ HANDLE TmHandle, _In_opt_ LPCGUID ResourceManagerGuid,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ ULONG CreateOptions, _In_opt_ PUNICODE_STRING Description);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCreateTransaction(_Out_ PHANDLE TransactionHandle,
	_In_ ACCESS_MASK DesiredAccess, _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ LPGUID Uow,
	_In_opt_ HANDLE TmHandle, _In_opt_ ULONG CreateOptions, _In_opt_ ULONG IsolationLevel, _In_opt_ ULONG IsolationFlags,
	_In_opt_ PLARGE_INTEGER Timeout, _In_opt_ PUNICODE_STRING Description);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwOpenTransaction(_Out_ PHANDLE TransactionHandle,
	_In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes, _In_ LPGUID Uow, _In_opt_ HANDLE TmHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCreateEnlistment(_Out_ PHANDLE EnlistmentHandle,
	_In_ ACCESS_MASK DesiredAccess, _In_ HANDLE ResourceManagerHandle, _In_ HANDLE TransactionHandle,
	_In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ ULONG CreateOptions, _In_ NOTIFICATION_MASK NotificationMask,
	_In_opt_ PVOID EnlistmentKey);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCommitTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwRollbackTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwQueryInformationTransaction(_In_ HANDLE TransactionHandle,
	_In_ TRANSACTION_INFORMATION_CLASS TransactionInformationClass, _Out_writes_bytes_(TransactionInformationLength)
	PVOID TransactionInformation, _In_ ULONG TransactionInformationLength, _Out_opt_ PULONG ReturnLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwCommitComplete(_In_ HANDLE EnlistmentHandle,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwRollbackComplete(_In_ HANDLE EnlistmentHandle,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS NTAPI ZwPrepareComplete(_In_ HANDLE EnlistmentHandle,
	_In_opt_ PLARGE_INTEGER TmVirtualClock);

/* ===================================================================== */
/* Power manager                                                          */
/* ===================================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoStartNextPowerIrp(_Inout_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoCallDriver(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ __drv_aliasesMem PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoRequestPowerIrp(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR MinorFunction, _In_ POWER_STATE PowerState,
	_In_opt_ PREQUEST_POWER_COMPLETE CompletionFunction, _In_opt_ __drv_aliasesMem PVOID Context, _Outptr_opt_ PIRP *Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI POWER_STATE NTAPI PoSetPowerState(_In_ PDEVICE_OBJECT DeviceObject, _In_ POWER_STATE_TYPE Type, _In_ POWER_STATE State);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI PULONG NTAPI PoRegisterDeviceForIdleDetection(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG ConservationIdleTime,
	_In_ ULONG PerformanceIdleTime, _In_ DEVICE_POWER_STATE State);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoSetDeviceBusyEx(_Inout_ PULONG IdlePointer);
#define PoSetDeviceBusy(IdlePointer) ((void)(*(IdlePointer) = 0))
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoStartDeviceBusy(_Inout_ PULONG IdlePointer);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoEndDeviceBusy(_Inout_ PULONG IdlePointer);
NTKERNELAPI VOID NTAPI PoSetSystemState(_In_ EXECUTION_STATE Flags);
NTKERNELAPI PVOID NTAPI PoRegisterSystemState(_Inout_opt_ PVOID StateHandle, _In_ EXECUTION_STATE Flags);
NTKERNELAPI VOID NTAPI PoUnregisterSystemState(_Inout_ PVOID StateHandle);
_Function_class_(POWER_SETTING_CALLBACK) _IRQL_requires_same_
typedef NTSTATUS POWER_SETTING_CALLBACK(_In_ LPCGUID SettingGuid, _In_reads_bytes_(ValueLength) PVOID Value,
	_In_ ULONG ValueLength, _Inout_opt_ PVOID Context);
typedef POWER_SETTING_CALLBACK *PPOWER_SETTING_CALLBACK;
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoRegisterPowerSettingCallback(_In_opt_ PDEVICE_OBJECT DeviceObject, _In_ LPCGUID SettingGuid,
	_In_ PPOWER_SETTING_CALLBACK Callback, _In_opt_ PVOID Context, _Outptr_opt_ PVOID *Handle);
_IRQL_requires_max_(APC_LEVEL) NTKERNELAPI NTSTATUS NTAPI PoUnregisterPowerSettingCallback(_Inout_ PVOID Handle);
#define ES_SYSTEM_REQUIRED ((ULONG)0x00000001)
#define ES_DISPLAY_REQUIRED ((ULONG)0x00000002)
#define ES_USER_PRESENT ((ULONG)0x00000004)
#define ES_AWAYMODE_REQUIRED ((ULONG)0x00000040)
#define ES_CONTINUOUS ((ULONG)0x80000000)

/* Power requests and power limits; the reason context says why */
#define DIAGNOSTIC_REASON_VERSION 0
#define DIAGNOSTIC_REASON_SIMPLE_STRING 0x00000001
#define DIAGNOSTIC_REASON_DETAILED_STRING 0x00000002
#define DIAGNOSTIC_REASON_NOT_SPECIFIED 0x80000000
#define POWER_REQUEST_CONTEXT_VERSION DIAGNOSTIC_REASON_VERSION
typedef struct _COUNTED_REASON_CONTEXT {
	ULONG Version;
	ULONG Flags;
	union {
		struct {
			UNICODE_STRING ResourceFileName;
			USHORT ResourceReasonId;
			ULONG StringCount;
			PUNICODE_STRING ReasonStrings;
		};
		UNICODE_STRING SimpleString;
	};
} COUNTED_REASON_CONTEXT, *PCOUNTED_REASON_CONTEXT;
typedef enum _POWER_REQUEST_TYPE {
	PowerRequestDisplayRequired, PowerRequestSystemRequired, PowerRequestAwayModeRequired,
	PowerRequestExecutionRequired
} POWER_REQUEST_TYPE, *PPOWER_REQUEST_TYPE;
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoCreatePowerRequest(_Outptr_ PVOID *PowerRequest, _In_ PDEVICE_OBJECT DeviceObject,
	_In_opt_ PCOUNTED_REASON_CONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoSetPowerRequest(_Inout_ PVOID PowerRequest, _In_ POWER_REQUEST_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoClearPowerRequest(_Inout_ PVOID PowerRequest, _In_ POWER_REQUEST_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoDeletePowerRequest(_Inout_ PVOID PowerRequest);

typedef enum _POWER_LIMIT_TYPES { PowerLimitContinuous, PowerLimitDiscrete, PowerLimitTypeMax } POWER_LIMIT_TYPES,
	*PPOWER_LIMIT_TYPES;
#define POWER_LIMIT_VALUE_NO_CONTROL ((ULONG)-1)
typedef struct _POWER_LIMIT_ATTRIBUTES {
	POWER_LIMIT_TYPES Type;
	ULONG DomainId;
	ULONG MaxValue;
	ULONG MinValue;
	ULONG MinTimeParameter;
	ULONG MaxTimeParameter;
	ULONG DefaultACValue;
	ULONG DefaultDCValue;
	union {
		struct { ULONG SupportTimeParameter : 1; ULONG Reserved : 31; };
		ULONG AsUlong;
	} Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;
typedef struct _POWER_LIMIT_VALUE {
	POWER_LIMIT_TYPES Type;
	ULONG DomainId;
	ULONG TargetValue;
	ULONG TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoCreatePowerLimitRequest(_Outptr_ PVOID *PowerLimitRequest,
	_In_ PDEVICE_OBJECT TargetDeviceObject, _In_opt_ PDEVICE_OBJECT PolicyDeviceObject,
	_In_ PCOUNTED_REASON_CONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI PoDeletePowerLimitRequest(_Inout_ PVOID PowerLimitRequest);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoQueryPowerLimitAttributes(_In_ PVOID PowerLimitRequest, _In_ ULONG BufferCount,
	_Out_writes_(BufferCount) PPOWER_LIMIT_ATTRIBUTES Buffer, _Out_ PULONG AttributeCount);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoSetPowerLimitValue(_In_ PVOID PowerLimitRequest, _In_ PCOUNTED_REASON_CONTEXT Context,
	_In_ ULONG ValueCount, _In_reads_(ValueCount) PPOWER_LIMIT_VALUE Values);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoQueryPowerLimitValue(_In_ PVOID PowerLimitRequest, _In_ ULONG ValueCount,
	_Inout_updates_(ValueCount) PPOWER_LIMIT_VALUE Values);

/* ===================================================================== */
/* Event tracing (ETW)                                                    */
/* ===================================================================== */

typedef struct _EVENT_DESCRIPTOR {
	USHORT Id;
	UCHAR Version;
	UCHAR Channel;
	UCHAR Level;
	UCHAR Opcode;
	USHORT Task;
	ULONGLONG Keyword;
} EVENT_DESCRIPTOR, *PEVENT_DESCRIPTOR;
typedef const EVENT_DESCRIPTOR *PCEVENT_DESCRIPTOR;
typedef struct _EVENT_DATA_DESCRIPTOR {
	ULONGLONG Ptr;
	ULONG Size;
	union { ULONG Reserved; struct { UCHAR Type; UCHAR Reserved1; USHORT Reserved2; }; };
} EVENT_DATA_DESCRIPTOR, *PEVENT_DATA_DESCRIPTOR;
typedef struct _EVENT_FILTER_DESCRIPTOR { ULONGLONG Ptr; ULONG Size; ULONG Type; } EVENT_FILTER_DESCRIPTOR, *PEVENT_FILTER_DESCRIPTOR;
_Function_class_(ETWENABLECALLBACK) _IRQL_requires_same_
typedef VOID NTAPI ETWENABLECALLBACK(_In_ LPCGUID SourceId, _In_ ULONG ControlCode, _In_ UCHAR Level,
	_In_ ULONGLONG MatchAnyKeyword, _In_ ULONGLONG MatchAllKeyword, _In_opt_ PEVENT_FILTER_DESCRIPTOR FilterData,
	_Inout_opt_ PVOID CallbackContext);
typedef ETWENABLECALLBACK *PETWENABLECALLBACK;
FORCEINLINE VOID EventDataDescCreate(_Out_ PEVENT_DATA_DESCRIPTOR EventDataDescriptor, _In_reads_bytes_(DataSize) const VOID *DataPtr,
	_In_ ULONG DataSize)
{
	EventDataDescriptor->Ptr = (ULONGLONG)(ULONG_PTR)DataPtr;
	EventDataDescriptor->Size = DataSize;
	EventDataDescriptor->Reserved = 0;
}
FORCEINLINE VOID EventDescCreate(_Out_ PEVENT_DESCRIPTOR EventDescriptor, _In_ USHORT Id, _In_ UCHAR Version, _In_ UCHAR Channel,
	_In_ UCHAR Level, _In_ USHORT Task, _In_ UCHAR Opcode, _In_ ULONGLONG Keyword)
{
	EventDescriptor->Id = Id;
	EventDescriptor->Version = Version;
	EventDescriptor->Channel = Channel;
	EventDescriptor->Level = Level;
	EventDescriptor->Task = Task;
	EventDescriptor->Opcode = Opcode;
	EventDescriptor->Keyword = Keyword;
}
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwRegister(_In_ LPCGUID ProviderId, _In_opt_ PETWENABLECALLBACK EnableCallback,
	_In_opt_ PVOID CallbackContext, _Out_ PREGHANDLE RegHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS NTAPI EtwUnregister(_In_ REGHANDLE RegHandle);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI EtwEventEnabled(_In_ REGHANDLE RegHandle, _In_ PCEVENT_DESCRIPTOR EventDescriptor);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI EtwProviderEnabled(_In_ REGHANDLE RegHandle, _In_ UCHAR Level, _In_ ULONGLONG Keyword);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwWrite(_In_ REGHANDLE RegHandle, _In_ PCEVENT_DESCRIPTOR EventDescriptor, _In_opt_ LPCGUID ActivityId,
	_In_ ULONG UserDataCount, _In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwWriteTransfer(_In_ REGHANDLE RegHandle, _In_ PCEVENT_DESCRIPTOR EventDescriptor,
	_In_opt_ LPCGUID ActivityId, _In_opt_ LPCGUID RelatedActivityId, _In_ ULONG UserDataCount,
	_In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwWriteString(_In_ REGHANDLE RegHandle, _In_ UCHAR Level, _In_ ULONGLONG Keyword,
	_In_opt_ LPCGUID ActivityId, _In_ PCWSTR String);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwActivityIdControl(_In_ ULONG ControlCode, _Inout_updates_bytes_(sizeof(GUID)) LPGUID ActivityId);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI EtwSetInformation(_In_ REGHANDLE RegHandle, _In_ int InformationClass,
	_In_reads_bytes_opt_(InformationLength) PVOID EventInformation, _In_ ULONG InformationLength);
#define EVENT_ACTIVITY_CTRL_GET_ID 1
#define EVENT_ACTIVITY_CTRL_SET_ID 2
#define EVENT_ACTIVITY_CTRL_CREATE_ID 3
#define EVENT_ACTIVITY_CTRL_GET_SET_ID 4
#define EVENT_ACTIVITY_CTRL_CREATE_SET_ID 5
#define EVENT_CONTROL_CODE_DISABLE_PROVIDER 0
#define EVENT_CONTROL_CODE_ENABLE_PROVIDER 1
#define EVENT_CONTROL_CODE_CAPTURE_STATE 2
#define EVENT_MIN_LEVEL (0)
#define EVENT_MAX_LEVEL (0xff)
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#define TRACE_LEVEL_RESERVED6 6
#define TRACE_LEVEL_RESERVED7 7
#define TRACE_LEVEL_RESERVED8 8
#define TRACE_LEVEL_RESERVED9 9

/* ===================================================================== */
/* Port and register access                                               */
/* ===================================================================== */

#define _DL_HW_ACCESS(Kind, T) \
	NTHALAPI T NTAPI READ_##Kind##_##T(_In_ _Notliteral_ volatile T *Address); \
	NTHALAPI VOID NTAPI WRITE_##Kind##_##T(_In_ _Notliteral_ volatile T *Address, _In_ T Value); \
	NTHALAPI VOID NTAPI READ_##Kind##_BUFFER_##T(_In_ _Notliteral_ volatile T *Address, _Out_writes_all_(Count) T *Buffer, _In_ ULONG Count); \
	NTHALAPI VOID NTAPI WRITE_##Kind##_BUFFER_##T(_In_ _Notliteral_ volatile T *Address, _In_reads_(Count) T *Buffer, _In_ ULONG Count);
_DL_HW_ACCESS(PORT, UCHAR)
_DL_HW_ACCESS(PORT, USHORT)
_DL_HW_ACCESS(PORT, ULONG)
_DL_HW_ACCESS(REGISTER, UCHAR)
_DL_HW_ACCESS(REGISTER, USHORT)
_DL_HW_ACCESS(REGISTER, ULONG)
_DL_HW_ACCESS(REGISTER, ULONG64)
#undef _DL_HW_ACCESS
#define READ_REGISTER_NOFENCE_UCHAR READ_REGISTER_UCHAR
#define READ_REGISTER_NOFENCE_USHORT READ_REGISTER_USHORT
#define READ_REGISTER_NOFENCE_ULONG READ_REGISTER_ULONG
#define WRITE_REGISTER_NOFENCE_UCHAR WRITE_REGISTER_UCHAR
#define WRITE_REGISTER_NOFENCE_USHORT WRITE_REGISTER_USHORT
#define WRITE_REGISTER_NOFENCE_ULONG WRITE_REGISTER_ULONG

/* Runtime power management framework (PoFx) */
typedef struct POHANDLE__ *POHANDLE;
#define PO_FX_VERSION_V1 0x00000001
#define PO_FX_VERSION_V2 0x00000002
#define PO_FX_VERSION_V3 0x00000003
#ifndef PO_FX_VERSION
#define PO_FX_VERSION PO_FX_VERSION_V1
#endif
#define PO_FX_UNKNOWN_POWER ((ULONG)-1)
#define PO_FX_UNKNOWN_TIME ((ULONGLONG)-1)
#define PO_FX_FLAG_BLOCKING 0x1
#define PO_FX_FLAG_ASYNC_ONLY 0x2
#define PO_FX_COMPONENT_FLAG_F0_ON_DX 0x0000000000000001
#define PO_FX_COMPONENT_FLAG_NO_DEBOUNCE 0x0000000000000002
typedef struct _PO_FX_COMPONENT_IDLE_STATE {
	ULONGLONG TransitionLatency;
	ULONGLONG ResidencyRequirement;
	ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;
typedef struct _PO_FX_COMPONENT_V1 {
	GUID Id;
	ULONG IdleStateCount;
	ULONG DeepestWakeableIdleState;
	PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1;
typedef struct _PO_FX_COMPONENT_V2 {
	GUID Id;
	ULONGLONG Flags;
	ULONG DeepestWakeableIdleState;
	ULONG IdleStateCount;
	PPO_FX_COMPONENT_IDLE_STATE IdleStates;
	ULONG ProviderCount;
	PULONG Providers;
} PO_FX_COMPONENT_V2, *PPO_FX_COMPONENT_V2;
_Function_class_(PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK(_In_ PVOID Context, _In_ ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;
_Function_class_(PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK(_In_ PVOID Context, _In_ ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;
_Function_class_(PO_FX_COMPONENT_IDLE_STATE_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID PO_FX_COMPONENT_IDLE_STATE_CALLBACK(_In_ PVOID Context, _In_ ULONG Component, _In_ ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;
_Function_class_(PO_FX_DEVICE_POWER_REQUIRED_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;
_Function_class_(PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;
_Function_class_(PO_FX_POWER_CONTROL_CALLBACK) _IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS PO_FX_POWER_CONTROL_CALLBACK(_In_ PVOID DeviceContext, _In_ LPCGUID PowerControlCode,
	_In_reads_bytes_opt_(InBufferSize) PVOID InBuffer, _In_ SIZE_T InBufferSize,
	_Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer, _In_ SIZE_T OutBufferSize, _Out_opt_ PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;
_Function_class_(PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK) _IRQL_requires_max_(HIGH_LEVEL)
typedef VOID PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK(_In_ PVOID Context, _In_ ULONG Component, _In_ BOOLEAN Active);
typedef PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK *PPO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK;
_Function_class_(PO_FX_DIRECTED_POWER_DOWN_CALLBACK) _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID PO_FX_DIRECTED_POWER_DOWN_CALLBACK(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_DOWN_CALLBACK *PPO_FX_DIRECTED_POWER_DOWN_CALLBACK;
_Function_class_(PO_FX_DIRECTED_POWER_UP_CALLBACK) _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID PO_FX_DIRECTED_POWER_UP_CALLBACK(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_UP_CALLBACK *PPO_FX_DIRECTED_POWER_UP_CALLBACK;
typedef struct _PO_FX_DEVICE_V1 {
	ULONG Version;
	ULONG ComponentCount;
	PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
	PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
	PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
	PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
	PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
	PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PVOID DeviceContext;
	PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;
typedef struct _PO_FX_DEVICE_V2 {
	ULONG Version;
	ULONGLONG Flags;
	PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
	PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
	PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
	PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
	PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
	PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PVOID DeviceContext;
	ULONG ComponentCount;
	PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;
#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_COMPONENT_V1 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_COMPONENT_V2 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif
typedef enum _PO_FX_PERF_STATE_UNIT { PoFxPerfStateUnitOther, PoFxPerfStateUnitFrequency, PoFxPerfStateUnitBandwidth, PoFxPerfStateUnitMaximum } PO_FX_PERF_STATE_UNIT;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoFxRegisterDevice(_In_ PDEVICE_OBJECT Pdo, _In_ PPO_FX_DEVICE Device, _Out_ POHANDLE *Handle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI PoFxStartDevicePowerManagement(_In_ POHANDLE Handle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI PoFxUnregisterDevice(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxActivateComponent(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxIdleComponent(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxCompleteIdleCondition(_In_ POHANDLE Handle, _In_ ULONG Component);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxCompleteIdleState(_In_ POHANDLE Handle, _In_ ULONG Component);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxCompleteDevicePowerNotRequired(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxReportDevicePoweredOn(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxSetComponentLatency(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONGLONG Latency);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxSetComponentResidency(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONGLONG Residency);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxSetComponentWake(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ BOOLEAN WakeHint);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxSetDeviceIdleTimeout(_In_ POHANDLE Handle, _In_ ULONGLONG IdleTimeout);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoFxPowerControl(_In_ POHANDLE Handle, _In_ LPCGUID PowerControlCode, _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
	_In_ SIZE_T InBufferSize, _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer, _In_ SIZE_T OutBufferSize, _Out_opt_ PSIZE_T BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI PoFxNotifySurprisePowerOn(_In_ PDEVICE_OBJECT Pdo);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI VOID NTAPI PoFxCompleteDirectedPowerDown(_In_ POHANDLE Handle);

/* Power setting GUIDs */
extern const GUID GUID_ACTIVE_POWERSCHEME;
extern const GUID GUID_CONSOLE_DISPLAY_STATE;
extern const GUID GUID_MAX_POWER_SAVINGS;
extern const GUID GUID_MIN_POWER_SAVINGS;
extern const GUID GUID_TYPICAL_POWER_SAVINGS;
extern const GUID GUID_DISK_IDLE_TIMEOUT;
extern const GUID GUID_VIDEO_POWERDOWN_TIMEOUT;
extern const GUID GUID_STANDBY_TIMEOUT;
extern const GUID GUID_ACDC_POWER_SOURCE;
extern const GUID GUID_BATTERY_PERCENTAGE_REMAINING;
extern const GUID GUID_LIDSWITCH_STATE_CHANGE;
extern const GUID GUID_SYSTEM_AWAYMODE;
extern const GUID GUID_MONITOR_POWER_ON;
extern const GUID GUID_SESSION_DISPLAY_STATUS;

/* ===================================================================== */
/* PAGED_CODE and section control                                         */
/* ===================================================================== */

/* A call the analysis sees in order: "this function must run below DISPATCH_LEVEL". */
void __drvlint_paged_code(void);
#define PAGED_CODE() __drvlint_paged_code()
#define PAGED_CODE_LOCKED() __drvlint_paged_code()
#define PAGED_ASSERT(exp) ((void)0)
#define ALLOC_PRAGMA 1
#define ALLOC_DATA_PRAGMA 1
#define INIT_CODE_SEG "INIT"
#define PAGE_CODE_SEG "PAGE"

#endif /* _WDMDDK_ */
