/*
 * classpnp.h - model of the storage class driver library interface: the
 * common, functional and physical device extensions, driver initialization
 * data and role types, WMI registration, media change and failure prediction
 * states, SRB history, and the Class* routines class drivers call.
 */
#pragma once
#ifndef _DL_CLASSPNP_H_
#define _DL_CLASSPNP_H_

#include <ntddk.h>
#include <ntddstor.h>
#include <ntdddisk.h>
#include <ntddscsi.h>
#include <scsi.h>
#include <wmistr.h>
#include <wmilib.h>
#include <ntstrsafe.h>

#define SCSIPORT_API

/* try/leave/finally spelled as gotos by class drivers */
#define TRY
#define LEAVE goto __tryLabel;
#define FINALLY __tryLabel:

/* Tags, flags and limits */
#define CLASS_TAG_AUTORUN_DISABLE 'ALcS'
#define CLASS_TAG_FILE_OBJECT_EXTENSION 'FLcS'
#define CLASS_TAG_MEDIA_CHANGE_DETECTION 'MLcS'
#define CLASS_TAG_MOUNT 'mLcS'
#define CLASS_TAG_RELEASE_QUEUE 'qLcS'
#define CLASS_TAG_POWER 'WLcS'
#define CLASS_TAG_WMI 'wLcS'
#define CLASS_TAG_FAILURE_PREDICT 'fLcS'
#define CLASS_TAG_DEVICE_CONTROL 'OIcS'
#define CLASS_TAG_MODE_DATA 'oLcS'
#define CLASS_TAG_MULTIPATH 'mPcS'
#define CLASS_TAG_LOCK_TRACKING 'TLcS'
#define CLASS_TAG_LB_PROVISIONING 'PLcS'
#define CLASS_TAG_MANAGE_DATASET 'MDcS'
#define MAXIMUM_RETRIES 4
#define SCSI_DISK_DRIVER_INTERNAL 0x00000000
#define CLASS_DRIVER_EXTENSION_KEY ((PVOID)ClassInitialize)
#define CLASS_SPECIAL_DISABLE_SPIN_DOWN 0x00000001
#define CLASS_SPECIAL_DISABLE_SPIN_UP 0x00000002
#define CLASS_SPECIAL_NO_QUEUE_LOCK 0x00000008
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE 0x00000010
#define CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK 0x00000020
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE_NOT_SUPPORTED 0x00000040
#define CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL 0x00000040
#define CLASS_SPECIAL_FUA_NOT_SUPPORTED 0x00000080
#define CLASS_SPECIAL_VALID_MASK 0x000000FB
#define CLASS_SPECIAL_RESERVED (~CLASS_SPECIAL_VALID_MASK)
#define DEV_WRITE_CACHE 0x00000001
#define DEV_USE_SCSI1 0x00000002
#define DEV_SAFE_START_UNIT 0x00000004
#define DEV_NO_12BYTE_CDB 0x00000008
#define DEV_POWER_PROTECTED 0x00000010
#define DEV_USE_16BYTE_CDB 0x00000020
#define SRB_CLASS_FLAGS_LOW_PRIORITY 0x10000000
#define SRB_CLASS_FLAGS_PERSISTANT 0x20000000
#define SRB_CLASS_FLAGS_PAGING 0x40000000
#define SRB_CLASS_FLAGS_FREE_MDL 0x80000000
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE \
	(SRB_ALIGN_SIZEOF(STORAGE_REQUEST_BLOCK) + SRB_ALIGN_SIZEOF(STOR_ADDR_BTL8) + SRB_ALIGN_SIZEOF(SRBEX_DATA_SCSI_CDB16))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE (SRB_ALIGN_SIZEOF(STORAGE_REQUEST_BLOCK) + SRB_ALIGN_SIZEOF(STOR_ADDR_BTL8))
#define START_UNIT_TIMEOUT (60 * 4)
#define MEDIA_CHANGE_DEFAULT_TIME 1
#define MEDIA_CHANGE_TIMEOUT_TIME 300
#define DEFAULT_FAILURE_PREDICTION_PERIOD (60 * 60 * 1)
#define NO_REMOVE 0
#define REMOVE_PENDING 1
#define REMOVE_COMPLETE 2
#define ClassAcquireRemoveLock(devobj, tag) ClassAcquireRemoveLockEx((devobj), (tag), __FILE__, __LINE__)

/* Identifiers of the optional interfaces passed to ClassInitializeEx */
#define GUID_CLASSPNP_QUERY_REGINFOEX { 0x00e34b11, 0x2444, 0x4745, { 0xa5, 0x3d, 0x62, 0x01, 0x00, 0xcd, 0x82, 0xf7 } }
#define GUID_CLASSPNP_SENSEINFO2 { 0x509a8c5f, 0x71d7, 0x48f6, { 0x82, 0x1e, 0x17, 0x3c, 0x49, 0xbf, 0x2f, 0x18 } }
#define GUID_CLASSPNP_WORKING_SET { 0x105701b0, 0x9e9b, 0x47cb, { 0x97, 0x80, 0x81, 0x19, 0x8a, 0xf7, 0xb5, 0x24 } }
#define WDI_STORAGE_PREDICT_FAILURE_DPS_GUID { 0xe9f2d03a, 0x747c, 0x41c2, { 0xbb, 0x9a, 0x02, 0xc6, 0x2b, 0x6d, 0x5f, 0xcb } }
#define GUID_CLASSPNP_SRB_SUPPORT { 0x0a483941, 0xbdfd, 0x4f7b, { 0xbe, 0x95, 0xce, 0xe2, 0xa2, 0x16, 0x09, 0x0c } }

/* Debug output levels */
typedef enum _CLASS_DEBUG_LEVEL {
	ClassDebugError = 0, ClassDebugWarning = 1, ClassDebugTrace = 2, ClassDebugInfo = 3, ClassDebugMediaLocks = 8,
	ClassDebugMCN = 9, ClassDebugDelayedRetry = 10, ClassDebugSenseInfo = 11, ClassDebugRemoveLock = 12,
	ClassDebugExternal4 = 13, ClassDebugExternal3 = 14, ClassDebugExternal2 = 15, ClassDebugExternal1 = 16
} CLASS_DEBUG_LEVEL, *PCLASS_DEBUG_LEVEL;
#define DebugPrint(x) ClassDebugPrint x
VOID ClassDebugPrint(_In_ CLASS_DEBUG_LEVEL DebugPrintLevel, _In_z_ PCCHAR DebugMessage, ...);

/* States */
typedef enum { EventGeneration, DataBlockCollection } CLASSENABLEDISABLEFUNCTION;
typedef enum { FailurePredictionNone = 0, FailurePredictionIoctl, FailurePredictionSmart, FailurePredictionSense }
	FAILURE_PREDICTION_METHOD, *PFAILURE_PREDICTION_METHOD;
typedef enum { PowerDownDeviceInitial, PowerDownDeviceLocked, PowerDownDeviceStopped, PowerDownDeviceOff,
	PowerDownDeviceUnlocked } CLASS_POWER_DOWN_STATE;
typedef enum { PowerDownDeviceInitial2, PowerDownDeviceLocked2, PowerDownDeviceFlushed2, PowerDownDeviceStopped2,
	PowerDownDeviceOff2, PowerDownDeviceUnlocked2 } CLASS_POWER_DOWN_STATE2;
typedef enum { PowerDownDeviceInitial3 = 0, PowerDownDeviceLocked3, PowerDownDeviceQuiesced3, PowerDownDeviceFlushed3,
	PowerDownDeviceStopped3, PowerDownDeviceOff3, PowerDownDeviceUnlocked3 } CLASS_POWER_DOWN_STATE3;
typedef enum { PowerUpDeviceInitial, PowerUpDeviceLocked, PowerUpDeviceOn, PowerUpDeviceStarted, PowerUpDeviceUnlocked }
	CLASS_POWER_UP_STATE;
typedef enum { MediaUnknown, MediaPresent, MediaNotPresent, MediaUnavailable } MEDIA_CHANGE_DETECTION_STATE,
	*PMEDIA_CHANGE_DETECTION_STATE;
typedef enum { SupportUnknown = 0, Supported, NotSupported } CLASS_FUNCTION_SUPPORT;

/* Forward declarations of the library's structures */
typedef struct _CLASS_INIT_DATA CLASS_INIT_DATA, *PCLASS_INIT_DATA;
typedef struct _CLASS_DRIVER_EXTENSION CLASS_DRIVER_EXTENSION, *PCLASS_DRIVER_EXTENSION;
typedef struct _COMMON_DEVICE_EXTENSION COMMON_DEVICE_EXTENSION, *PCOMMON_DEVICE_EXTENSION;
typedef struct _FUNCTIONAL_DEVICE_EXTENSION FUNCTIONAL_DEVICE_EXTENSION, *PFUNCTIONAL_DEVICE_EXTENSION;
typedef struct _PHYSICAL_DEVICE_EXTENSION PHYSICAL_DEVICE_EXTENSION, *PPHYSICAL_DEVICE_EXTENSION;
typedef struct _CLASS_POWER_OPTIONS CLASS_POWER_OPTIONS, *PCLASS_POWER_OPTIONS;
typedef struct _CLASS_POWER_CONTEXT CLASS_POWER_CONTEXT, *PCLASS_POWER_CONTEXT;
typedef struct _FILE_OBJECT_EXTENSION FILE_OBJECT_EXTENSION, *PFILE_OBJECT_EXTENSION;
typedef struct _CLASS_PRIVATE_FDO_DATA CLASS_PRIVATE_FDO_DATA, *PCLASS_PRIVATE_FDO_DATA;
typedef struct _CLASS_PRIVATE_PDO_DATA CLASS_PRIVATE_PDO_DATA, *PCLASS_PRIVATE_PDO_DATA;
typedef struct _CLASS_PRIVATE_COMMON_DATA CLASS_PRIVATE_COMMON_DATA, *PCLASS_PRIVATE_COMMON_DATA;
typedef struct _MEDIA_CHANGE_DETECTION_INFO MEDIA_CHANGE_DETECTION_INFO, *PMEDIA_CHANGE_DETECTION_INFO;
typedef struct _FAILURE_PREDICTION_INFO FAILURE_PREDICTION_INFO, *PFAILURE_PREDICTION_INFO;
typedef struct _CLASS_WMI_INFO CLASS_WMI_INFO, *PCLASS_WMI_INFO;
typedef struct _CLASS_DEV_INFO CLASS_DEV_INFO, *PCLASS_DEV_INFO;
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;

/* WMI registration */
typedef struct { GUID Guid; ULONG InstanceCount; ULONG Flags; } GUIDREGINFO, *PGUIDREGINFO;

/* Role types of a class driver's callbacks */
typedef VOID (*PCLASS_ERROR)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ NTSTATUS *Status,
	_Inout_ BOOLEAN *Retry);
typedef NTSTATUS (*PCLASS_ADD_DEVICE)(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT Pdo);
typedef NTSTATUS (*PCLASS_POWER_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_START_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_STOP_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR Type);
typedef NTSTATUS (*PCLASS_INIT_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_ENUM_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_READ_WRITE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_DEVICE_CONTROL)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_SHUTDOWN_FLUSH)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_CREATE_CLOSE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_QUERY_ID)(_In_ PDEVICE_OBJECT DeviceObject, _In_ BUS_QUERY_ID_TYPE IdType,
	_In_ PUNICODE_STRING IdString);
typedef NTSTATUS (*PCLASS_REMOVE_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR Type);
typedef VOID (*PCLASS_UNLOAD)(_In_ PDRIVER_OBJECT DriverObject);
typedef NTSTATUS (*PCLASS_QUERY_PNP_CAPABILITIES)(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
	_In_ PDEVICE_CAPABILITIES Capabilities);
typedef VOID (*PCLASS_TICK)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO_EX)(_In_ PDEVICE_OBJECT DeviceObject, _Out_ ULONG *RegFlags,
	_Out_ PUNICODE_STRING Name, _Out_ PUNICODE_STRING MofResourceName);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO)(_In_ PDEVICE_OBJECT DeviceObject, _Out_ ULONG *RegFlags,
	_Out_ PUNICODE_STRING Name);
typedef NTSTATUS (*PCLASS_QUERY_WMI_DATABLOCK)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
	_In_ ULONG BufferAvail, _Out_writes_bytes_(BufferAvail) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATABLOCK)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
	_In_ ULONG BufferSize, _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATAITEM)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
	_In_ ULONG DataItemId, _In_ ULONG BufferSize, _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_EXECUTE_WMI_METHOD)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
	_In_ ULONG MethodId, _In_ ULONG InBufferSize, _In_ ULONG OutBufferSize, _Inout_ PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_WMI_FUNCTION_CONTROL)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
	_In_ CLASSENABLEDISABLEFUNCTION Function, _In_ BOOLEAN Enable);

struct _CLASS_WMI_INFO {
	ULONG GuidCount; PGUIDREGINFO GuidRegInfo; PCLASS_QUERY_WMI_REGINFO ClassQueryWmiRegInfo;
	PCLASS_QUERY_WMI_DATABLOCK ClassQueryWmiDataBlock; PCLASS_SET_WMI_DATABLOCK ClassSetWmiDataBlock;
	PCLASS_SET_WMI_DATAITEM ClassSetWmiDataItem; PCLASS_EXECUTE_WMI_METHOD ClassExecuteWmiMethod;
	PCLASS_WMI_FUNCTION_CONTROL ClassWmiFunctionControl;
};
struct _CLASS_DEV_INFO {
	ULONG DeviceExtensionSize; DEVICE_TYPE DeviceType; UCHAR StackSize; ULONG DeviceCharacteristics;
	PCLASS_ERROR ClassError; PCLASS_READ_WRITE ClassReadWriteVerification; PCLASS_DEVICE_CONTROL ClassDeviceControl;
	PCLASS_SHUTDOWN_FLUSH ClassShutdownFlush; PCLASS_CREATE_CLOSE ClassCreateClose; PCLASS_INIT_DEVICE ClassInitDevice;
	PCLASS_START_DEVICE ClassStartDevice; PCLASS_POWER_DEVICE ClassPowerDevice; PCLASS_STOP_DEVICE ClassStopDevice;
	PCLASS_REMOVE_DEVICE ClassRemoveDevice; PCLASS_QUERY_PNP_CAPABILITIES ClassQueryPnpCapabilities;
	CLASS_WMI_INFO ClassWmiInfo;
};
struct _CLASS_INIT_DATA {
	ULONG InitializationDataSize; CLASS_DEV_INFO FdoData; CLASS_DEV_INFO PdoData; PCLASS_ADD_DEVICE ClassAddDevice;
	PCLASS_ENUM_DEVICE ClassEnumerateDevice; PCLASS_QUERY_ID ClassQueryId; PDRIVER_STARTIO ClassStartIo;
	PCLASS_UNLOAD ClassUnload; PCLASS_TICK ClassTick;
};
typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST {
	ULONG Size; PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx; PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
} CLASS_QUERY_WMI_REGINFO_EX_LIST, *PCLASS_QUERY_WMI_REGINFO_EX_LIST;

/* Sense interpretation with history (ClassInitializeEx(GUID_CLASSPNP_SENSEINFO2)) */
typedef struct _SRB_HISTORY_ITEM {
	LARGE_INTEGER TickCountSent; LARGE_INTEGER TickCountCompleted; ULONG MillisecondsDelayOnRetry;
	SENSE_DATA NormalizedSenseData; UCHAR SrbStatus; UCHAR ClassDriverUse;
} SRB_HISTORY_ITEM, *PSRB_HISTORY_ITEM;
typedef struct _SRB_HISTORY {
	ULONG_PTR ClassDriverUse[4]; _Field_range_(1, 30000) ULONG TotalHistoryCount;
	_Field_range_(0, TotalHistoryCount) ULONG UsedHistoryCount; _Field_size_part_(TotalHistoryCount, UsedHistoryCount)
	SRB_HISTORY_ITEM History[1];
} SRB_HISTORY, *PSRB_HISTORY;
typedef BOOLEAN (*PCLASS_INTERPRET_SENSE_INFO)(_In_ PDEVICE_OBJECT Fdo, _In_opt_ PIRP OriginalRequest,
	_In_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR MajorFunctionCode, _In_ ULONG IoDeviceCode,
	_In_ ULONG PreviousRetryCount, _In_opt_ SRB_HISTORY *RequestHistory, _Out_ NTSTATUS *Status,
	_Out_ LONGLONG *RetryIn100nsUnits);
typedef VOID (*PCLASS_COMPRESS_RETRY_HISTORY_DATA)(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PSRB_HISTORY RequestHistory);
typedef struct _CLASS_INTERPRET_SENSE_INFO2 {
	ULONG Size; ULONG HistoryCount; PCLASS_COMPRESS_RETRY_HISTORY_DATA Compress; PCLASS_INTERPRET_SENSE_INFO Interpret;
} CLASS_INTERPRET_SENSE_INFO2, *PCLASS_INTERPRET_SENSE_INFO2;
#define CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT 30000
#define CLASS_WORKING_SET_MAXIMUM 2048
typedef struct _CLASS_WORKING_SET { ULONG Size; ULONG XferPacketsWorkingSetMaximum; ULONG XferPacketsWorkingSetMinimum; }
	CLASS_WORKING_SET, *PCLASS_WORKING_SET;

/* Driver extension */
struct _CLASS_DRIVER_EXTENSION {
	UNICODE_STRING RegistryPath; CLASS_INIT_DATA InitData; ULONG DeviceCount;
	PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx; PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
	REGHANDLE EtwHandle; PDRIVER_DISPATCH DeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
	PDRIVER_DISPATCH MpDeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
	PCLASS_INTERPRET_SENSE_INFO2 InterpretSenseInfo; PCLASS_WORKING_SET WorkingSet; ULONG SrbSupport;
};

/* Dictionary of per-file-object data */
typedef struct _DICTIONARY { ULONGLONG Signature; PDICTIONARY_HEADER List; KSPIN_LOCK SpinLock; } DICTIONARY, *PDICTIONARY;

/* Device extensions */
struct _COMMON_DEVICE_EXTENSION {
	ULONG Version; PDEVICE_OBJECT DeviceObject; PDEVICE_OBJECT LowerDeviceObject;
	struct _FUNCTIONAL_DEVICE_EXTENSION *PartitionZeroExtension; PCLASS_DRIVER_EXTENSION DriverExtension; LONG RemoveLock;
	KEVENT RemoveEvent; KSPIN_LOCK RemoveTrackingSpinlock; PVOID RemoveTrackingList; LONG RemoveTrackingUntrackedCount;
	PVOID DriverData;
	struct { BOOLEAN IsFdo : 1; BOOLEAN IsInitialized : 1; BOOLEAN IsSrbLookasideListInitialized : 1; };
	UCHAR PreviousState; UCHAR CurrentState; ULONG IsRemoved; UNICODE_STRING DeviceName;
	struct _PHYSICAL_DEVICE_EXTENSION *ChildList; ULONG PartitionNumber; LARGE_INTEGER PartitionLength;
	LARGE_INTEGER StartingOffset; PCLASS_DEV_INFO DevInfo; ULONG PagingPathCount; ULONG DumpPathCount;
	ULONG HibernationPathCount; KEVENT PathCountEvent; NPAGED_LOOKASIDE_LIST SrbLookasideList;
	UNICODE_STRING MountedDeviceInterfaceName; ULONG GuidCount; PGUIDREGINFO GuidRegInfo; DICTIONARY FileObjectDictionary;
	PCLASS_PRIVATE_COMMON_DATA PrivateCommonData; union { ULONG_PTR Reserved2; PDRIVER_DISPATCH *DispatchTable; };
	ULONG_PTR Reserved3; ULONG_PTR Reserved4;
};
struct _PHYSICAL_DEVICE_EXTENSION {
	union { struct { ULONG Version; PDEVICE_OBJECT DeviceObject; }; COMMON_DEVICE_EXTENSION CommonExtension; };
	BOOLEAN IsMissing; BOOLEAN IsEnumerated; PCLASS_PRIVATE_PDO_DATA PrivatePdoData; ULONG_PTR Reserved2;
	ULONG_PTR Reserved3; ULONG_PTR Reserved4;
};
struct _CLASS_POWER_OPTIONS {
	ULONG PowerDown : 1; ULONG LockQueue : 1; ULONG HandleSpinDown : 1; ULONG HandleSpinUp : 1; ULONG Reserved : 27;
};
struct _CLASS_POWER_CONTEXT {
	union { CLASS_POWER_DOWN_STATE PowerDown; CLASS_POWER_DOWN_STATE2 PowerDown2; CLASS_POWER_DOWN_STATE3 PowerDown3;
		CLASS_POWER_UP_STATE PowerUp; } PowerChangeState;
	CLASS_POWER_OPTIONS Options; BOOLEAN InUse; BOOLEAN QueueLocked; NTSTATUS FinalStatus; ULONG RetryCount;
	ULONG RetryInterval; PIO_COMPLETION_ROUTINE CompletionRoutine; PDEVICE_OBJECT DeviceObject; PIRP Irp;
	SCSI_REQUEST_BLOCK Srb;
};
struct _FILE_OBJECT_EXTENSION {
	PFILE_OBJECT FileObject; PDEVICE_OBJECT DeviceObject; ULONG LockCount; ULONG McnDisableCount;
};
struct _FUNCTIONAL_DEVICE_EXTENSION {
	union { struct { ULONG Version; PDEVICE_OBJECT DeviceObject; }; COMMON_DEVICE_EXTENSION CommonExtension; };
	PDEVICE_OBJECT LowerPdo; PSTORAGE_DEVICE_DESCRIPTOR DeviceDescriptor;
	PSTORAGE_ADAPTER_DESCRIPTOR AdapterDescriptor; DEVICE_POWER_STATE DevicePowerState; ULONG DMByteSkew; ULONG DMSkew;
	BOOLEAN DMActive; UCHAR SenseDataLength; UCHAR Reserved0[2]; DISK_GEOMETRY DiskGeometry; PSENSE_DATA SenseData;
	ULONG TimeOutValue; ULONG DeviceNumber; ULONG SrbFlags; ULONG ErrorCount; LONG LockCount; LONG ProtectedLockCount;
	LONG InternalLockCount; KEVENT EjectSynchronizationEvent; USHORT DeviceFlags; UCHAR SectorShift;
	UCHAR CdbForceUnitAccess; PMEDIA_CHANGE_DETECTION_INFO MediaChangeDetectionInfo; PKEVENT Unused1; HANDLE Unused2;
	FILE_OBJECT_EXTENSION KernelModeMcnContext; ULONG MediaChangeCount; HANDLE DeviceDirectory;
	KSPIN_LOCK ReleaseQueueSpinLock; PIRP ReleaseQueueIrp; SCSI_REQUEST_BLOCK ReleaseQueueSrb; BOOLEAN ReleaseQueueNeeded;
	BOOLEAN ReleaseQueueInProgress; BOOLEAN ReleaseQueueIrpFromPool; BOOLEAN FailurePredicted; ULONG FailureReason;
	PFAILURE_PREDICTION_INFO FailurePredictionInfo; BOOLEAN PowerDownInProgress; ULONG EnumerationInterlock;
	KEVENT ChildLock; PKTHREAD ChildLockOwner; ULONG ChildLockAcquisitionCount; ULONG ScanForSpecialFlags;
	KDPC PowerRetryDpc; KTIMER PowerRetryTimer; CLASS_POWER_CONTEXT PowerContext; PCLASS_PRIVATE_FDO_DATA PrivateFdoData;
	struct _CLASS_FUNCTION_SUPPORT_INFO *FunctionSupportInfo; struct _STORAGE_MINIPORT_DESCRIPTOR *MiniportDescriptor;
	struct _ADDITIONAL_FDO_DATA *AdditionalFdoData; ULONG_PTR Reserved4;
};
#define IS_CLEANUP_REQUEST(majorFunction) \
	((majorFunction == IRP_MJ_CLOSE) || (majorFunction == IRP_MJ_CLEANUP) || (majorFunction == IRP_MJ_SHUTDOWN))
#define DO_MCD(fdoExtension) (((fdoExtension)->MediaChangeDetectionInfo != NULL) && \
	((fdoExtension)->MediaChangeDetectionInfo->MediaChangeDetectionDisableCount == 0))
#define IS_SCSIOP_READ(opCode) ((opCode == SCSIOP_READ6) || (opCode == SCSIOP_READ) || (opCode == SCSIOP_READ12) || \
	(opCode == SCSIOP_READ16))
#define IS_SCSIOP_WRITE(opCode) ((opCode == SCSIOP_WRITE6) || (opCode == SCSIOP_WRITE) || (opCode == SCSIOP_WRITE12) || \
	(opCode == SCSIOP_WRITE16))
#define IS_SCSIOP_READWRITE(opCode) (IS_SCSIOP_READ(opCode) || IS_SCSIOP_WRITE(opCode))
#define ADJUST_FUA_FLAG(fdoExt) { \
	if (TEST_FLAG((fdoExt)->DeviceFlags, DEV_WRITE_CACHE) && !TEST_FLAG((fdoExt)->DeviceFlags, DEV_POWER_PROTECTED) && \
	    !TEST_FLAG((fdoExt)->ScanForSpecialFlags, CLASS_SPECIAL_FUA_NOT_SUPPORTED)) { (fdoExt)->CdbForceUnitAccess = TRUE; } \
	else { (fdoExt)->CdbForceUnitAccess = FALSE; } }
#define FREE_POOL(_PoolPtr) if ((_PoolPtr) != NULL) { ExFreePool(_PoolPtr); (_PoolPtr) = NULL; }
#define ClassAllocateSrb(ext) ExAllocateFromNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList))
#define ClassFreeSrb(ext, srb) ExFreeToNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList), (PVOID)(srb))
#ifndef FIELD_SIZE
#define FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#endif
#ifndef SET_FLAG
#define SET_FLAG(Flags, Bit) ((Flags) |= (Bit))
#endif
#ifndef CLEAR_FLAG
#define CLEAR_FLAG(Flags, Bit) ((Flags) &= ~(Bit))
#endif
#ifndef TEST_FLAG
#define TEST_FLAG(Flags, Bit) (((Flags) & (Bit)) != 0)
#endif

/* Devices needing special handling, keyed by inquiry strings */
typedef struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO { PCHAR VendorId; PCHAR ProductId; PCHAR ProductRevision; ULONG_PTR Data; }
	CLASSPNP_SCAN_FOR_SPECIAL_INFO, *PCLASSPNP_SCAN_FOR_SPECIAL_INFO;
typedef VOID (*PCLASS_SCAN_FOR_SPECIAL_HANDLER)(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_ ULONG_PTR Data);

/* What the device and the stack below support (VPD pages, capacity, idle power) */
typedef struct _CLASS_VPD_B0_DATA {
	NTSTATUS CommandStatus; ULONG MaxUnmapLbaCount; ULONG MaxUnmapBlockDescrCount; ULONG OptimalUnmapGranularity;
	ULONG UnmapGranularityAlignment; BOOLEAN UGAVALID; UCHAR Reserved0; USHORT OptimalTransferLengthGranularity;
	ULONG MaximumTransferLength; ULONG OptimalTransferLength;
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;
typedef struct _CLASS_VPD_B1_DATA { NTSTATUS CommandStatus; USHORT MediumRotationRate; UCHAR NominalFormFactor;
	UCHAR Zoned; ULONG MediumProductType; ULONG DepopulationTime; } CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;
typedef struct _CLASS_VPD_B2_DATA {
	NTSTATUS CommandStatus; UCHAR ThresholdExponent; UCHAR DP : 1; UCHAR ANC_SUP : 1; UCHAR Reserved0 : 2; UCHAR LBPRZ : 1;
	UCHAR LBPWS10 : 1; UCHAR LBPWS : 1; UCHAR LBPU : 1; UCHAR ProvisioningType : 3; UCHAR Reserved1 : 5;
	ULONG SoftThresholdEventPending;
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;
typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
	NTSTATUS CommandStatus; USHORT MaximumRangeDescriptors; UCHAR Restricted; UCHAR Reserved; ULONG MaximumInactivityTimer;
	ULONG DefaultInactivityTimer; ULONGLONG MaximumTokenTransferSize; ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS, *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;
typedef struct _CLASS_READ_CAPACITY16_DATA {
	NTSTATUS CommandStatus; ULONG BytesPerLogicalSector; ULONG BytesPerPhysicalSector; ULONG BytesOffsetForSectorAlignment;
	BOOLEAN LBProvisioningEnabled; BOOLEAN LBProvisioningReadZeros; UCHAR Reserved0[2]; ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;
typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
	ULONG GenerationCount; volatile ULONG ChangeRequestCount;
	struct { ULONG BlockLimits : 1; ULONG BlockDeviceCharacteristics : 1; ULONG LBProvisioning : 1;
		ULONG BlockDeviceRODLimits : 1; ULONG ZonedBlockDeviceCharacteristics : 1; ULONG Reserved : 22;
		ULONG DeviceType : 5; } ValidInquiryPages;
	struct { CLASS_FUNCTION_SUPPORT SeekPenaltyProperty; CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
		CLASS_FUNCTION_SUPPORT TrimProperty; CLASS_FUNCTION_SUPPORT TrimProcess; } LowerLayerSupport;
	BOOLEAN RegAccessAlignmentQueryNotSupported; BOOLEAN AsynchronousNotificationSupported; BOOLEAN UseModeSense10;
	UCHAR Reserved; CLASS_VPD_B0_DATA BlockLimitsData; CLASS_VPD_B1_DATA DeviceCharacteristicsData;
	CLASS_VPD_B2_DATA LBProvisioningData; CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
	CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
	struct { ULONG D3ColdSupported : 1; ULONG DeviceWakeable : 1; ULONG IdlePowerEnabled : 1;
		ULONG D3IdleTimeoutOverridden : 1; ULONG NoVerifyDuringIdlePower : 1; ULONG Reserved2 : 27; ULONG D3IdleTimeout; }
		IdlePower;
	CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport; PSTORAGE_HW_FIRMWARE_INFO HwFirmwareInfo;
	CLASS_FUNCTION_SUPPORT ZonedBlockDeviceCharacteristicsSupport; KSPIN_LOCK SyncLock;
} CLASS_FUNCTION_SUPPORT_INFO, *PCLASS_FUNCTION_SUPPORT_INFO;

/* Data a class driver attaches to its FDO beyond the fixed extension */
typedef struct _ADDITIONAL_FDO_DATA { ULONG Reserved; ULONG_PTR Reserved1[4]; } ADDITIONAL_FDO_DATA, *PADDITIONAL_FDO_DATA;

/* Context of a request the library sends on its own (ClassAsynchronousCompletion) */
typedef struct _COMPLETION_CONTEXT {
	PDEVICE_OBJECT DeviceObject;
	union { SCSI_REQUEST_BLOCK Srb; STORAGE_REQUEST_BLOCK SrbEx; UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE]; } Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;
typedef union _FOUR_BYTE { struct { UCHAR Byte0; UCHAR Byte1; UCHAR Byte2; UCHAR Byte3; }; ULONG AsULong; } FOUR_BYTE,
	*PFOUR_BYTE;
typedef union _TWO_BYTE { struct { UCHAR Byte0; UCHAR Byte1; }; USHORT AsUShort; } TWO_BYTE, *PTWO_BYTE;
#define SP_UNTAGGED ((UCHAR)~0)

/* ===================================================================== */
/* Routines                                                               */
/* ===================================================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API ULONG ClassInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2, _In_ PCLASS_INIT_DATA InitializationData);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API ULONG ClassInitializeEx(_In_ PDRIVER_OBJECT DriverObject, _In_ LPGUID Guid, _In_ PVOID Data);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassCreateDeviceObject(_In_ PDRIVER_OBJECT DriverObject, _In_z_ PCCHAR ObjectNameBuffer,
	_In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN IsFdo, _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API NTSTATUS ClassReadDriveCapacity(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API VOID ClassReleaseQueue(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API VOID ClassSplitRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
	_In_ ULONG MaximumBytes);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassIoComplete(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp, _In_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassIoCompleteAssociated(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp, _In_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API BOOLEAN ClassInterpretSenseInfo(_In_ PDEVICE_OBJECT Fdo, _In_ PSCSI_REQUEST_BLOCK Srb,
	_In_ UCHAR MajorFunctionCode, _In_ ULONG IoDeviceCode, _In_ ULONG RetryCount, _Out_ NTSTATUS *Status,
	_Out_opt_ ULONG *RetryInterval);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API VOID ClassSendDeviceIoControlSynchronous(_In_ ULONG IoControlCode,
	_In_ PDEVICE_OBJECT TargetDeviceObject, _Inout_updates_opt_(max(InputBufferLength, OutputBufferLength)) PVOID Buffer,
	_In_ ULONG InputBufferLength, _In_ ULONG OutputBufferLength, _In_ BOOLEAN InternalDeviceIoControl,
	_Out_ PIO_STATUS_BLOCK IoStatus);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassSendSrbSynchronous(_In_ PDEVICE_OBJECT Fdo, _Inout_ PSCSI_REQUEST_BLOCK Srb,
	_In_reads_bytes_opt_(BufferLength) PVOID BufferAddress, _In_ ULONG BufferLength, _In_ BOOLEAN WriteToDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassSendSrbAsynchronous(_In_ PDEVICE_OBJECT Fdo, _Inout_ PSCSI_REQUEST_BLOCK Srb, _In_ PIRP Irp,
	_In_reads_bytes_opt_(BufferLength) PVOID BufferAddress, _In_ ULONG BufferLength, _In_ BOOLEAN WriteToDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API NTSTATUS ClassBuildRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API ULONG ClassModeSense(_In_ PDEVICE_OBJECT DeviceObject, _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
	_In_ ULONG Length, _In_ UCHAR PageMode);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API ULONG ClassModeSenseEx(_In_ PDEVICE_OBJECT Fdo, _Out_writes_bytes_(Length) PCHAR ModeSenseBuffer,
	_In_ ULONG Length, _In_ UCHAR PageMode, _In_ UCHAR PageControl);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassModeSelect(_In_ PDEVICE_OBJECT Fdo, _In_reads_bytes_(Length) PCHAR ModeSelectBuffer,
	_In_ ULONG Length, _In_ BOOLEAN SavePages);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API PVOID ClassFindModePage(_In_reads_bytes_(Length) PCHAR ModeSenseBuffer, _In_ ULONG Length,
	_In_ UCHAR PageMode, _In_ BOOLEAN Use6Byte);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassClaimDevice(_In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN Release);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassInternalIoControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassInitializeSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension, _In_ ULONG NumberElements);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassDeleteSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API ULONG ClassQueryTimeOutRegistryValue(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassGetDescriptor(_In_ PDEVICE_OBJECT DeviceObject, _In_ PSTORAGE_PROPERTY_ID PropertyId,
	_Outptr_ PVOID *Descriptor);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassInvalidateBusRelations(_In_ PDEVICE_OBJECT Fdo);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassMarkChildrenMissing(_In_ PFUNCTIONAL_DEVICE_EXTENSION Fdo);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API BOOLEAN ClassMarkChildMissing(_In_ PPHYSICAL_DEVICE_EXTENSION PdoExtension, _In_ BOOLEAN AcquireChildLock);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API PCLASS_DRIVER_EXTENSION ClassGetDriverExtension(_In_ PDRIVER_OBJECT DriverObject);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API VOID ClassCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
	_In_ CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API VOID ClassReleaseRemoveLock(_In_ PDEVICE_OBJECT DeviceObject,
	_In_opt_ PIRP Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) SCSIPORT_API ULONG ClassAcquireRemoveLockEx(_In_ PDEVICE_OBJECT DeviceObject,
	_In_ PVOID Tag, _In_ PCSTR File, _In_ ULONG Line);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassUpdateInformationInRegistry(_In_ PDEVICE_OBJECT Fdo, _In_ PCHAR DeviceName, _In_ ULONG DeviceNumber,
	_In_reads_bytes_opt_(InquiryDataLength) PINQUIRYDATA InquiryData, _In_ ULONG InquiryDataLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassWmiCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ NTSTATUS Status,
	_In_ ULONG BufferUsed, _In_ CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassWmiFireEvent(_In_ PDEVICE_OBJECT DeviceObject, _In_ LPGUID Guid, _In_ ULONG InstanceIndex,
	_In_ ULONG EventDataSize, _In_reads_bytes_(EventDataSize) PVOID EventData);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassResetMediaChangeTimer(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassInitializeMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_ PUCHAR EventPrefix);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassInitializeTestUnitPolling(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_ BOOLEAN AllowDriveToSleep);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API PVPB ClassGetVpb(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassSpinDownPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassStopUnitPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassSetFailurePredictionPoll(_Inout_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_ FAILURE_PREDICTION_METHOD FailurePredictionMethod, _In_ ULONG PollingPeriod);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API VOID ClassNotifyFailurePredicted(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_reads_bytes_(BufferSize) PUCHAR Buffer, _In_ ULONG BufferSize, _In_ BOOLEAN LogError, _In_ ULONG UniqueErrorValue,
	_In_ UCHAR PathId, _In_ UCHAR TargetId, _In_ UCHAR Lun);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassAcquireChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassReleaseChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassSignalCompletion(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassSendStartUnit(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassRemoveDevice(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR RemoveType);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassAsynchronousCompletion(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ PVOID Event);
_IRQL_requires_max_(PASSIVE_LEVEL) SCSIPORT_API VOID ClassCheckMediaState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS ClassCheckVerifyComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API VOID ClassSetMediaChangeState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_ MEDIA_CHANGE_DETECTION_STATE State, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassEnableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassDisableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassCleanupMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassGetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_opt_ PWSTR SubkeyName,
	_In_ PWSTR ParameterName, _Inout_ PULONG ParameterValue);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassSetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_opt_ PWSTR SubkeyName,
	_In_ PWSTR ParameterName, _In_ ULONG ParameterValue);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API PFILE_OBJECT_EXTENSION ClassGetFsContext(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
	_In_ PFILE_OBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API VOID ClassSendNotification(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_ const GUID *Guid,
	_In_ ULONG ExtraDataSize, _In_reads_bytes_opt_(ExtraDataSize) PVOID ExtraData);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassForwardIrpSynchronous(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension, _In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS ClassSendIrpSynchronous(_In_ PDEVICE_OBJECT TargetDeviceObject, _In_ PIRP Irp);
_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID ClassScanForSpecial(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_ CLASSPNP_SCAN_FOR_SPECIAL_INFO DeviceList[], _In_ PCLASS_SCAN_FOR_SPECIAL_HANDLER Function);
_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API VOID ClassSetMediaChangeStateEx(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
	_In_ MEDIA_CHANGE_DETECTION_STATE NewState, _Inout_opt_ PMEDIA_CHANGE_DETECTION_STATE OldState);

#endif /* _DL_CLASSPNP_H_ */
