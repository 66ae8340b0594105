/*
 * wdf.h - the Kernel-Mode Driver Framework (KMDF), drvlint WDK model.
 *
 * Framework methods are declared as plain functions (not the dispatch-table
 * wrappers of the real headers) so the analysis sees each call by name.
 * Event callback types carry their documented IRQL (see sal.h); a callback of
 * an object created with WdfExecutionLevelPassive runs at PASSIVE_LEVEL instead.
 */
#pragma once
#ifndef _WDF_H_
#define _WDF_H_
#define _DRVLINT_WDF_H

#include <ntddk.h>
#include <wdmsec.h>
#include <wmistr.h>
#include <devpropdef.h>

#define KMDF_VERSION_MAJOR 1
#define KMDF_VERSION_MINOR 33
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END

/* ===================================================================== */
/* Handles and basic types                                                */
/* ===================================================================== */

typedef PVOID WDFOBJECT, *PWDFOBJECT;
typedef PVOID WDFCONTEXT;
#define WDF_DECLARE_HANDLE(h) typedef struct h##__ *h
WDF_DECLARE_HANDLE(WDFDRIVER);
WDF_DECLARE_HANDLE(WDFDEVICE);
WDF_DECLARE_HANDLE(WDFWMIPROVIDER);
WDF_DECLARE_HANDLE(WDFWMIINSTANCE);
WDF_DECLARE_HANDLE(WDFQUEUE);
WDF_DECLARE_HANDLE(WDFREQUEST);
WDF_DECLARE_HANDLE(WDFFILEOBJECT);
WDF_DECLARE_HANDLE(WDFDPC);
WDF_DECLARE_HANDLE(WDFTIMER);
WDF_DECLARE_HANDLE(WDFWORKITEM);
WDF_DECLARE_HANDLE(WDFINTERRUPT);
WDF_DECLARE_HANDLE(WDFWAITLOCK);
WDF_DECLARE_HANDLE(WDFSPINLOCK);
WDF_DECLARE_HANDLE(WDFMEMORY);
WDF_DECLARE_HANDLE(WDFLOOKASIDE);
WDF_DECLARE_HANDLE(WDFIOTARGET);
WDF_DECLARE_HANDLE(WDFUSBDEVICE);
WDF_DECLARE_HANDLE(WDFUSBINTERFACE);
WDF_DECLARE_HANDLE(WDFUSBPIPE);
WDF_DECLARE_HANDLE(WDFDMAENABLER);
WDF_DECLARE_HANDLE(WDFDMATRANSACTION);
WDF_DECLARE_HANDLE(WDFCOMMONBUFFER);
WDF_DECLARE_HANDLE(WDFKEY);
WDF_DECLARE_HANDLE(WDFSTRING);
WDF_DECLARE_HANDLE(WDFCOLLECTION);
WDF_DECLARE_HANDLE(WDFCHILDLIST);
WDF_DECLARE_HANDLE(WDFIORESREQLIST);
WDF_DECLARE_HANDLE(WDFIORESLIST);
WDF_DECLARE_HANDLE(WDFCMRESLIST);
WDF_DECLARE_HANDLE(WDFCOMPANIONTARGET);
WDF_DECLARE_HANDLE(WDFTASKQUEUE);
struct _WDF_CHILD_LIST_CONFIG;
struct _WDF_REQUEST_PARAMETERS;
typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;
typedef struct WDFCXDEVICE_INIT *PWDFCXDEVICE_INIT;
typedef struct _WDF_DRIVER_GLOBALS {
	WDFDRIVER Driver;
	ULONG DriverFlags;
	ULONG DriverTag;
	CHAR DriverName[32];
	BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;
extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;

#define WDF_NO_OBJECT_ATTRIBUTES NULL
#define WDF_NO_EVENT_CALLBACK NULL
#define WDF_NO_HANDLE NULL
#define WDF_NO_CONTEXT NULL
#define WDF_NO_SEND_OPTIONS NULL

typedef enum _WDF_TRI_STATE { WdfFalse = FALSE, WdfTrue = TRUE, WdfUseDefault = 2 } WDF_TRI_STATE, *PWDF_TRI_STATE;

typedef enum _WDF_REQUEST_TYPE {
	WdfRequestTypeCreate = 0x0, WdfRequestTypeCreateNamedPipe = 0x1, WdfRequestTypeClose = 0x2, WdfRequestTypeRead = 0x3,
	WdfRequestTypeWrite = 0x4, WdfRequestTypeQueryInformation = 0x5, WdfRequestTypeSetInformation = 0x6,
	WdfRequestTypeQueryEA = 0x7, WdfRequestTypeSetEA = 0x8, WdfRequestTypeFlushBuffers = 0x9,
	WdfRequestTypeQueryVolumeInformation = 0xa, WdfRequestTypeSetVolumeInformation = 0xb,
	WdfRequestTypeDirectoryControl = 0xc, WdfRequestTypeFileSystemControl = 0xd, WdfRequestTypeDeviceControl = 0xe,
	WdfRequestTypeDeviceControlInternal = 0xf, WdfRequestTypeShutdown = 0x10, WdfRequestTypeLockControl = 0x11,
	WdfRequestTypeCleanup = 0x12, WdfRequestTypeCreateMailSlot = 0x13, WdfRequestTypeQuerySecurity = 0x14,
	WdfRequestTypeSetSecurity = 0x15, WdfRequestTypePower = 0x16, WdfRequestTypeSystemControl = 0x17,
	WdfRequestTypeDeviceChange = 0x18, WdfRequestTypeQueryQuota = 0x19, WdfRequestTypeSetQuota = 0x1A,
	WdfRequestTypePnp = 0x1B, WdfRequestTypeOther = 0x1C, WdfRequestTypeUsb = 0x40, WdfRequestTypeNoFormat = 0xFF,
	WdfRequestTypeMax
} WDF_REQUEST_TYPE;

#define WDF_ALIGN_SIZE_DOWN(Length, AlignTo) ((Length) & ~((AlignTo) - 1))
#define WDF_ALIGN_SIZE_UP(Length, AlignTo) WDF_ALIGN_SIZE_DOWN((Length) + (AlignTo) - 1, (AlignTo))
#define WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, _type) ((_type)(((PUCHAR)(_ptr)) + (_offset)))
#define WDF_PTR_ADD_OFFSET(_ptr, _offset) WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, PVOID)
#define WDF_PTR_GET_OFFSET(_base, _addr) (size_t)(((PUCHAR)(_addr)) - (PUCHAR)(_base))
#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)1 * 10)
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_SEC(_In_ ULONGLONG Time) { return Time * -1 * WDF_TIMEOUT_TO_SEC; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_SEC(_In_ ULONGLONG Time) { return Time * 1 * WDF_TIMEOUT_TO_SEC; }
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_MS(_In_ ULONGLONG Time) { return Time * -1 * WDF_TIMEOUT_TO_MS; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_MS(_In_ ULONGLONG Time) { return Time * 1 * WDF_TIMEOUT_TO_MS; }
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_US(_In_ ULONGLONG Time) { return Time * -1 * WDF_TIMEOUT_TO_US; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_US(_In_ ULONGLONG Time) { return Time * 1 * WDF_TIMEOUT_TO_US; }

/* Verifier and assertions */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfVerifierDbgBreakPoint(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfVerifierKeBugCheck(_In_ ULONG BugCheckCode, _In_ ULONG_PTR BugCheckParameter1,
	_In_ ULONG_PTR BugCheckParameter2, _In_ ULONG_PTR BugCheckParameter3, _In_ ULONG_PTR BugCheckParameter4);
#define WDFVERIFY(exp) ((void)0)
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() ((void)0)
#define WDF_VERIFY_IS_IRQL_PASSIVE_LEVEL() ((void)0)

/* ===================================================================== */
/* Objects: attributes, contexts, references, locks                       */
/* ===================================================================== */

typedef enum _WDF_EXECUTION_LEVEL {
	WdfExecutionLevelInvalid = 0, WdfExecutionLevelInheritFromParent, WdfExecutionLevelPassive, WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;
typedef enum _WDF_SYNCHRONIZATION_SCOPE {
	WdfSynchronizationScopeInvalid = 0, WdfSynchronizationScopeInheritFromParent, WdfSynchronizationScopeDevice,
	WdfSynchronizationScopeQueue, WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

_Function_class_(EVT_WDF_OBJECT_CONTEXT_CLEANUP) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
_Function_class_(EVT_WDF_OBJECT_CONTEXT_DESTROY) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;
/* Per-object-type spellings of the same callbacks. */
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_DEVICE_CONTEXT_CLEANUP, EVT_WDF_DRIVER_CONTEXT_CLEANUP,
	EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK, EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK, EVT_WDF_REQUEST_CONTEXT_CLEANUP,
	EVT_WDF_TIMER_CONTEXT_CLEANUP, EVT_WDF_INTERRUPT_CONTEXT_CLEANUP, EVT_WDF_DPC_CONTEXT_CLEANUP,
	EVT_WDF_WORKITEM_CONTEXT_CLEANUP;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_DEVICE_CONTEXT_DESTROY, EVT_WDF_DRIVER_CONTEXT_DESTROY,
	EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK, EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK, EVT_WDF_REQUEST_CONTEXT_DESTROY;
typedef EVT_WDF_DEVICE_CONTEXT_CLEANUP *PFN_WDF_DEVICE_CONTEXT_CLEANUP;
typedef EVT_WDF_DEVICE_CONTEXT_DESTROY *PFN_WDF_DEVICE_CONTEXT_DESTROY;
typedef EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK *PFN_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK;
typedef EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK *PFN_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK;
typedef EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK *PFN_WDF_FILE_CONTEXT_CLEANUP_CALLBACK;
typedef EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK *PFN_WDF_FILE_CONTEXT_DESTROY_CALLBACK;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (__cdecl *PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);
typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
	ULONG Size;
	LPCSTR ContextName;
	size_t ContextSize;
	PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
	PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO;

typedef struct _WDF_OBJECT_ATTRIBUTES {
	ULONG Size;
	PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
	PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
	WDF_EXECUTION_LEVEL ExecutionLevel;
	WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
	WDFOBJECT ParentObject;
	size_t ContextSizeOverride;
	PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(_Out_ PWDF_OBJECT_ATTRIBUTES Attributes)
{
	RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
	Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
	Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
	Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

/* Context types: WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Accessor) gives T's type
 * information and an accessor returning the T in an object. */
#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_##_contexttype
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))
#define WDF_TYPE_DEFAULT_SECTION_NAME ".data"
#define WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype, _UniqueType, _GetUniqueType, _section) \
	typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype); \
	__declspec(selectany) const WDF_OBJECT_CONTEXT_TYPE_INFO WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = { \
		sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), #_contexttype, sizeof(_contexttype), _UniqueType, _GetUniqueType };
#define WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction) \
	FORCEINLINE _contexttype *_castingfunction(_In_ WDFOBJECT Handle) \
	{ \
		return (_contexttype *)WdfObjectGetTypedContextWorker(Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype)); \
	}
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction) \
	WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype, WDF_GET_CONTEXT_TYPE_INFO(_contexttype), NULL, WDF_TYPE_DEFAULT_SECTION_NAME) \
	WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)
#define WDF_DECLARE_CONTEXT_TYPE(_contexttype) WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction, _UniqueType) \
	WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype, WDF_GET_CONTEXT_TYPE_INFO(_UniqueType), NULL, WDF_TYPE_DEFAULT_SECTION_NAME) \
	WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME_AND_SECTION(_contexttype, _castingfunction, _section) \
	WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)
#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
	(_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
	WDF_OBJECT_ATTRIBUTES_INIT(_attributes); \
	WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)
#define WdfObjectGetTypedContext(handle, type) \
	((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle), WDF_GET_CONTEXT_TYPE_INFO(type)->UniqueType))

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID FASTCALL WdfObjectGetTypedContextWorker(_In_ WDFOBJECT Handle, _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectAllocateContext(_In_ WDFOBJECT Handle, _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes, _Outptr_opt_ PVOID *Context);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT FASTCALL WdfObjectContextGetObject(_In_ PVOID ContextPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectReferenceActual(_In_ WDFOBJECT Handle, _In_opt_ PVOID Tag, _In_ LONG Line, _In_z_ PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectDereferenceActual(_In_ WDFOBJECT Handle, _In_opt_ PVOID Tag, _In_ LONG Line, _In_z_ PCHAR File);
#define WdfObjectReference(Handle) WdfObjectReferenceActual(Handle, NULL, __LINE__, __FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag) WdfObjectReferenceActual(Handle, Tag, __LINE__, __FILE__)
#define WdfObjectDereference(Handle) WdfObjectDereferenceActual(Handle, NULL, __LINE__, __FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag) WdfObjectDereferenceActual(Handle, Tag, __LINE__, __FILE__)
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfObjectCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFOBJECT *Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectDelete(_In_ WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectQuery(_In_ WDFOBJECT Object, _In_ CONST GUID *Guid, _In_ ULONG QueryBufferLength, _Out_writes_bytes_(QueryBufferLength) PVOID QueryBuffer);
/* Takes the object's synchronization lock: a spin lock (raises to DISPATCH_LEVEL)
 * or, for WdfExecutionLevelPassive objects, a mutex. */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectAcquireLock(_In_ WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfObjectReleaseLock(_In_ WDFOBJECT Object);

/* Spin locks and wait locks */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfSpinLockCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES SpinLockAttributes, _Out_ WDFSPINLOCK *SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, SpinLock)
VOID WdfSpinLockAcquire(_In_ WDFSPINLOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(OldIrql, SpinLock)
VOID WdfSpinLockRelease(_In_ WDFSPINLOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES LockAttributes, _Out_ WDFWAITLOCK *Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockAcquire(_In_ WDFWAITLOCK Lock, _In_opt_ PLONGLONG Timeout);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfWaitLockRelease(_In_ WDFWAITLOCK Lock);

/* ===================================================================== */
/* Driver                                                                 */
/* ===================================================================== */

_Function_class_(EVT_WDF_DRIVER_DEVICE_ADD) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;
_Function_class_(EVT_WDF_DRIVER_UNLOAD) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_DRIVER_UNLOAD(_In_ WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;
_Function_class_(EVT_WDF_TRACE_CALLBACK) _IRQL_requires_same_
typedef NTSTATUS EVT_WDF_TRACE_CALLBACK(_In_ ULONG Action, _In_ PVOID Guid, _In_ ULONG DataSize, _In_ PVOID DataBlock, _In_ PVOID Context);
typedef EVT_WDF_TRACE_CALLBACK *PFN_WDF_TRACE_CALLBACK;

typedef enum _WDF_DRIVER_INIT_FLAGS {
	WdfDriverInitNonPnpDriver = 0x00000001, WdfDriverInitNoDispatchOverride = 0x00000002,
	WdfVerifyOn = 0x00000004, WdfVerifierOn = 0x00000008, WdfDriverInitCompanion = 0x00000010
} WDF_DRIVER_INIT_FLAGS;
typedef struct _WDF_DRIVER_CONFIG {
	ULONG Size;
	PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
	PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
	ULONG DriverInitFlags;
	ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;
FORCEINLINE VOID WDF_DRIVER_CONFIG_INIT(_Out_ PWDF_DRIVER_CONFIG Config, _In_opt_ PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd)
{
	RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
	Config->Size = sizeof(WDF_DRIVER_CONFIG);
	Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}
typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS { ULONG Size; ULONG MajorVersion; ULONG MinorVersion; } WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;
FORCEINLINE VOID WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(_Out_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params, _In_ ULONG MajorVersion, _In_ ULONG MinorVersion)
{
	RtlZeroMemory(Params, sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
	Params->Size = sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS);
	Params->MajorVersion = MajorVersion;
	Params->MinorVersion = MinorVersion;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDriverCreate(_In_ PDRIVER_OBJECT DriverObject, _In_ PCUNICODE_STRING RegistryPath,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES DriverAttributes, _In_ PWDF_DRIVER_CONFIG DriverConfig, _Out_opt_ WDFDRIVER *Driver);
WDFDRIVER WdfGetDriver(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) PDRIVER_OBJECT WdfDriverWdmGetDriverObject(_In_ WDFDRIVER Driver);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDRIVER WdfWdmDriverGetWdfDriverHandle(_In_ PDRIVER_OBJECT DriverObject);
_IRQL_requires_max_(DISPATCH_LEVEL) PWSTR WdfDriverGetRegistryPath(_In_ WDFDRIVER Driver);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDriverOpenParametersRegistryKey(_In_ WDFDRIVER Driver, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDriverOpenPersistentStateRegistryKey(_In_ WDFDRIVER Driver, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDriverRetrieveVersionString(_In_ WDFDRIVER Driver, _In_ WDFSTRING String);
_IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN WdfDriverIsVersionAvailable(_In_ WDFDRIVER Driver, _In_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDriverRegisterTraceInfo(_In_ PDRIVER_OBJECT DriverObject, _In_ PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
	_In_ PVOID ControlBlock);

/* ===================================================================== */
/* Devices: PnP and power callbacks, device init, device methods          */
/* ===================================================================== */

typedef enum _WDF_POWER_DEVICE_STATE {
	WdfPowerDeviceInvalid = 0, WdfPowerDeviceD0, WdfPowerDeviceD1, WdfPowerDeviceD2, WdfPowerDeviceD3,
	WdfPowerDeviceD3Final, WdfPowerDevicePrepareForHibernation, WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;
typedef enum _WDF_SPECIAL_FILE_TYPE {
	WdfSpecialFileUndefined = 0, WdfSpecialFilePaging = 1, WdfSpecialFileHibernation, WdfSpecialFileDump,
	WdfSpecialFileBoot, WdfSpecialFilePostDisplay, WdfSpecialFileGuestAssigned, WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE, *PWDF_SPECIAL_FILE_TYPE;
typedef enum _WDF_DEVICE_IO_TYPE {
	WdfDeviceIoUndefined = 0, WdfDeviceIoNeither, WdfDeviceIoBuffered, WdfDeviceIoDirect,
	WdfDeviceIoBufferedOrDirect = 4, WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE, *PWDF_DEVICE_IO_TYPE;
typedef enum _WDF_FILEOBJECT_CLASS {
	WdfFileObjectInvalid = 0, WdfFileObjectNotRequired = 1, WdfFileObjectWdfCanUseFsContext = 2,
	WdfFileObjectWdfCanUseFsContext2 = 3, WdfFileObjectWdfCannotUseFsContexts = 4, WdfFileObjectCanBeOptional = 0x80000000
} WDF_FILEOBJECT_CLASS, *PWDF_FILEOBJECT_CLASS;
typedef enum _WDF_DEVICE_FAILED_ACTION {
	WdfDeviceFailedUndefined = 0, WdfDeviceFailedAttemptRestart, WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;
typedef enum _WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE {
	WdfReleaseHardwareOrderOnFailureInvalid = 0, WdfReleaseHardwareOrderOnFailureEarly, WdfReleaseHardwareOrderOnFailureAfterDescendants
} WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE;
typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
	IdleCapsInvalid = 0, IdleCannotWakeFromS0, IdleCanWakeFromS0, IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;
typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
	IdleUserControlInvalid = 0, IdleDoNotAllowUserControl, IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;
typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
	DriverManagedIdleTimeout = 0, SystemManagedIdleTimeout, SystemManagedIdleTimeoutWithHint
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;
typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
	WakeUserControlInvalid = 0, WakeDoNotAllowUserControl, WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;
#define IdleTimeoutDefaultValue ((ULONG)0x0)

/* PnP and power event callbacks (PASSIVE_LEVEL) */
#define _DL_WDF_PNP_CALLBACK(ret, name, pfn, params) \
	_Function_class_(name) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL) typedef ret name params; \
	typedef name *pfn;
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_D0_ENTRY, PFN_WDF_DEVICE_D0_ENTRY, (_In_ WDFDEVICE Device, _In_ WDF_POWER_DEVICE_STATE PreviousState))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED, PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED, (_In_ WDFDEVICE Device, _In_ WDF_POWER_DEVICE_STATE PreviousState))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_D0_EXIT, PFN_WDF_DEVICE_D0_EXIT, (_In_ WDFDEVICE Device, _In_ WDF_POWER_DEVICE_STATE TargetState))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED, PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED, (_In_ WDFDEVICE Device, _In_ WDF_POWER_DEVICE_STATE TargetState))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_PREPARE_HARDWARE, PFN_WDF_DEVICE_PREPARE_HARDWARE, (_In_ WDFDEVICE Device, _In_ WDFCMRESLIST ResourcesRaw, _In_ WDFCMRESLIST ResourcesTranslated))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_RELEASE_HARDWARE, PFN_WDF_DEVICE_RELEASE_HARDWARE, (_In_ WDFDEVICE Device, _In_ WDFCMRESLIST ResourcesTranslated))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP, PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH, PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT, PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND, PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART, PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_SURPRISE_REMOVAL, PFN_WDF_DEVICE_SURPRISE_REMOVAL, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_QUERY_REMOVE, PFN_WDF_DEVICE_QUERY_REMOVE, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_QUERY_STOP, PFN_WDF_DEVICE_QUERY_STOP, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_USAGE_NOTIFICATION, PFN_WDF_DEVICE_USAGE_NOTIFICATION, (_In_ WDFDEVICE Device, _In_ WDF_SPECIAL_FILE_TYPE NotificationType, _In_ BOOLEAN IsInNotificationPath))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX, PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX, (_In_ WDFDEVICE Device, _In_ WDF_SPECIAL_FILE_TYPE NotificationType, _In_ BOOLEAN IsInNotificationPath))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_RELATIONS_QUERY, PFN_WDF_DEVICE_RELATIONS_QUERY, (_In_ WDFDEVICE Device, _In_ DEVICE_RELATION_TYPE RelationType))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_ARM_WAKE_FROM_S0, PFN_WDF_DEVICE_ARM_WAKE_FROM_S0, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0, PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED, PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_ARM_WAKE_FROM_SX, PFN_WDF_DEVICE_ARM_WAKE_FROM_SX, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON, PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON, (_In_ WDFDEVICE Device, _In_ BOOLEAN DeviceWakeEnabled, _In_ BOOLEAN ChildrenArmedForWake))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX, PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED, PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_RESOURCES_QUERY, PFN_WDF_DEVICE_RESOURCES_QUERY, (_In_ WDFDEVICE Device, _In_ WDFCMRESLIST Resources))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY, PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY, (_In_ WDFDEVICE Device, _In_ WDFIORESREQLIST IoResourceRequirementsList))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS, PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS, (_In_ WDFDEVICE Device, _In_ WDFIORESREQLIST IoResourceRequirementsList))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES, PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES, (_In_ WDFDEVICE Device, _In_ WDFCMRESLIST ResourcesRaw, _In_ WDFCMRESLIST ResourcesTranslated))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_EJECT, PFN_WDF_DEVICE_EJECT, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_SET_LOCK, PFN_WDF_DEVICE_SET_LOCK, (_In_ WDFDEVICE Device, _In_ BOOLEAN IsLocked))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS, PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS, (_In_ WDFDEVICE Device, _In_ SYSTEM_POWER_STATE PowerState))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS, PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(VOID, EVT_WDF_DEVICE_REPORTED_MISSING, PFN_WDF_DEVICE_REPORTED_MISSING, (_In_ WDFDEVICE Device))
_DL_WDF_PNP_CALLBACK(NTSTATUS, EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE, PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE, (_In_ WDFDEVICE Device, _In_ LPGUID InterfaceType, _Inout_ PINTERFACE ExposedInterface, _Inout_opt_ PVOID ExposedInterfaceSpecificData))
#undef _DL_WDF_PNP_CALLBACK

/* Called with the IRP before the framework sees it (up to DISPATCH_LEVEL). */
_Function_class_(EVT_WDFDEVICE_WDM_IRP_PREPROCESS) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(_In_ WDFDEVICE Device, _Inout_ PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;
_Function_class_(EVT_WDFDEVICE_WDM_IRP_DISPATCH) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_DISPATCH(_In_ WDFDEVICE Device, _In_ UCHAR MajorFunction, _In_ UCHAR MinorFunction,
	_In_ ULONG Code, _In_ WDFCONTEXT DriverContext, _Inout_ PIRP Irp, _In_ WDFCONTEXT DispatchContext);
typedef EVT_WDFDEVICE_WDM_IRP_DISPATCH *PFN_WDFDEVICE_WDM_IRP_DISPATCH;
/* Runs in the requesting thread's context: user buffers are addressable here. */
_Function_class_(EVT_WDF_IO_IN_CALLER_CONTEXT) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_IO_IN_CALLER_CONTEXT(_In_ WDFDEVICE Device, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;

/* File object callbacks */
_Function_class_(EVT_WDF_DEVICE_FILE_CREATE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_DEVICE_FILE_CREATE(_In_ WDFDEVICE Device, _In_ WDFREQUEST Request, _In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;
_Function_class_(EVT_WDF_FILE_CLOSE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_FILE_CLOSE(_In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;
_Function_class_(EVT_WDF_FILE_CLEANUP) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_FILE_CLEANUP(_In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
	ULONG Size;
	PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
	PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED EvtDeviceD0EntryPostInterruptsEnabled;
	PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
	PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED EvtDeviceD0ExitPreInterruptsDisabled;
	PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
	PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
	PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
	PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
	PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
	PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
	PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
	PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
	PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
	PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
	PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
	PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
	PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;
FORCEINLINE VOID WDF_PNPPOWER_EVENT_CALLBACKS_INIT(_Out_ PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
	Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}
typedef struct _WDF_POWER_POLICY_EVENT_CALLBACKS {
	ULONG Size;
	PFN_WDF_DEVICE_ARM_WAKE_FROM_S0 EvtDeviceArmWakeFromS0;
	PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0 EvtDeviceDisarmWakeFromS0;
	PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED EvtDeviceWakeFromS0Triggered;
	PFN_WDF_DEVICE_ARM_WAKE_FROM_SX EvtDeviceArmWakeFromSx;
	PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX EvtDeviceDisarmWakeFromSx;
	PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED EvtDeviceWakeFromSxTriggered;
	PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON EvtDeviceArmWakeFromSxWithReason;
} WDF_POWER_POLICY_EVENT_CALLBACKS, *PWDF_POWER_POLICY_EVENT_CALLBACKS;
FORCEINLINE VOID WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(_Out_ PWDF_POWER_POLICY_EVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
	Callbacks->Size = sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS);
}
typedef struct _WDF_FILEOBJECT_CONFIG {
	ULONG Size;
	PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
	PFN_WDF_FILE_CLOSE EvtFileClose;
	PFN_WDF_FILE_CLEANUP EvtFileCleanup;
	WDF_TRI_STATE AutoForwardCleanupClose;
	WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;
FORCEINLINE VOID WDF_FILEOBJECT_CONFIG_INIT(_Out_ PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
	_In_opt_ PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate, _In_opt_ PFN_WDF_FILE_CLOSE EvtFileClose,
	_In_opt_ PFN_WDF_FILE_CLEANUP EvtFileCleanup)
{
	FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
	FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
	FileEventCallbacks->EvtFileClose = EvtFileClose;
	FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
	FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
	FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}
typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
	ULONG Size;
	WDF_TRI_STATE LockSupported;
	WDF_TRI_STATE EjectSupported;
	WDF_TRI_STATE Removable;
	WDF_TRI_STATE DockDevice;
	WDF_TRI_STATE UniqueID;
	WDF_TRI_STATE SilentInstall;
	WDF_TRI_STATE SurpriseRemovalOK;
	WDF_TRI_STATE HardwareDisabled;
	WDF_TRI_STATE NoDisplayInUI;
	ULONG Address;
	ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;
FORCEINLINE VOID WDF_DEVICE_PNP_CAPABILITIES_INIT(_Out_ PWDF_DEVICE_PNP_CAPABILITIES Caps)
{
	RtlZeroMemory(Caps, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
	Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
	Caps->LockSupported = Caps->EjectSupported = Caps->Removable = Caps->DockDevice = WdfUseDefault;
	Caps->UniqueID = Caps->SilentInstall = Caps->SurpriseRemovalOK = Caps->HardwareDisabled = WdfUseDefault;
	Caps->NoDisplayInUI = WdfUseDefault;
	Caps->Address = (ULONG)-1;
	Caps->UINumber = (ULONG)-1;
}
typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
	ULONG Size;
	WDF_TRI_STATE DeviceD1;
	WDF_TRI_STATE DeviceD2;
	WDF_TRI_STATE WakeFromD0;
	WDF_TRI_STATE WakeFromD1;
	WDF_TRI_STATE WakeFromD2;
	WDF_TRI_STATE WakeFromD3;
	DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
	DEVICE_POWER_STATE DeviceWake;
	SYSTEM_POWER_STATE SystemWake;
	ULONG D1Latency;
	ULONG D2Latency;
	ULONG D3Latency;
	DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;
FORCEINLINE VOID WDF_DEVICE_POWER_CAPABILITIES_INIT(_Out_ PWDF_DEVICE_POWER_CAPABILITIES Caps)
{
	ULONG i;
	RtlZeroMemory(Caps, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
	Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
	Caps->DeviceD1 = Caps->DeviceD2 = WdfUseDefault;
	Caps->WakeFromD0 = Caps->WakeFromD1 = Caps->WakeFromD2 = Caps->WakeFromD3 = WdfUseDefault;
	for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]); i++)
		Caps->DeviceState[i] = PowerDeviceMaximum;
	Caps->DeviceWake = PowerDeviceMaximum;
	Caps->SystemWake = PowerSystemMaximum;
	Caps->D1Latency = Caps->D2Latency = Caps->D3Latency = (ULONG)-1;
	Caps->IdealDxStateForSx = PowerDeviceMaximum;
}
typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
	ULONG Size;
	WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
	DEVICE_POWER_STATE DxState;
	ULONG IdleTimeout;
	WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
	WDF_TRI_STATE Enabled;
	WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
	WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
	WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;
FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(_Out_ PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
	_In_ WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps)
{
	RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
	Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
	Settings->IdleTimeout = IdleTimeoutDefaultValue;
	Settings->UserControlOfIdleSettings = IdleAllowUserControl;
	Settings->Enabled = WdfUseDefault;
	Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
	Settings->IdleTimeoutType = DriverManagedIdleTimeout;
	Settings->ExcludeD3Cold = WdfUseDefault;
	Settings->IdleCaps = IdleCaps;
	Settings->DxState = IdleCaps == IdleCannotWakeFromS0 ? PowerDeviceD3 : PowerDeviceMaximum;
}
typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
	ULONG Size;
	DEVICE_POWER_STATE DxState;
	WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
	WDF_TRI_STATE Enabled;
	BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
	BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;
FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(_Out_ PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings)
{
	RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
	Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
	Settings->Enabled = WdfUseDefault;
	Settings->DxState = PowerDeviceMaximum;
	Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}
typedef struct _WDF_DEVICE_STATE {
	ULONG Size;
	WDF_TRI_STATE Disabled;
	WDF_TRI_STATE DontDisplayInUI;
	WDF_TRI_STATE Failed;
	WDF_TRI_STATE NotDisableable;
	WDF_TRI_STATE Removed;
	WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;
FORCEINLINE VOID WDF_DEVICE_STATE_INIT(_Out_ PWDF_DEVICE_STATE PnpDeviceState)
{
	RtlZeroMemory(PnpDeviceState, sizeof(WDF_DEVICE_STATE));
	PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
	PnpDeviceState->Disabled = PnpDeviceState->DontDisplayInUI = PnpDeviceState->Failed = WdfUseDefault;
	PnpDeviceState->NotDisableable = PnpDeviceState->Removed = PnpDeviceState->ResourcesChanged = WdfUseDefault;
}
typedef struct _WDF_DEVICE_PROPERTY_DATA {
	ULONG Size;
	const DEVPROPKEY *PropertyKey;
	LCID Lcid;
	ULONG Flags;
} WDF_DEVICE_PROPERTY_DATA, *PWDF_DEVICE_PROPERTY_DATA;
FORCEINLINE VOID WDF_DEVICE_PROPERTY_DATA_INIT(_Out_ PWDF_DEVICE_PROPERTY_DATA PropertyData, _In_ const DEVPROPKEY *PropertyKey)
{
	RtlZeroMemory(PropertyData, sizeof(WDF_DEVICE_PROPERTY_DATA));
	PropertyData->Size = sizeof(WDF_DEVICE_PROPERTY_DATA);
	PropertyData->PropertyKey = PropertyKey;
}
typedef struct _WDF_QUERY_INTERFACE_CONFIG {
	ULONG Size;
	PINTERFACE Interface;
	const GUID *InterfaceType;
	BOOLEAN SendQueryToParentStack;
	PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE EvtDeviceProcessQueryInterface;
	BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;
FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(_Out_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig, _In_opt_ PINTERFACE Interface,
	_In_ const GUID *InterfaceType, _In_opt_ PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE EvtDeviceProcessQueryInterface)
{
	RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
	InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
	InterfaceConfig->Interface = Interface;
	InterfaceConfig->InterfaceType = InterfaceType;
	InterfaceConfig->EvtDeviceProcessQueryInterface = EvtDeviceProcessQueryInterface;
}
typedef struct _WDF_PDO_EVENT_CALLBACKS {
	ULONG Size;
	PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
	PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
	PFN_WDF_DEVICE_EJECT EvtDeviceEject;
	PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
	PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
	PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
	PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;
FORCEINLINE VOID WDF_PDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_PDO_EVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
	Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}
typedef struct _WDF_FDO_EVENT_CALLBACKS {
	ULONG Size;
	PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterAddResourceRequirements;
	PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterRemoveResourceRequirements;
	PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES EvtDeviceRemoveAddedResources;
} WDF_FDO_EVENT_CALLBACKS, *PWDF_FDO_EVENT_CALLBACKS;
FORCEINLINE VOID WDF_FDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_FDO_EVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(WDF_FDO_EVENT_CALLBACKS));
	Callbacks->Size = sizeof(WDF_FDO_EVENT_CALLBACKS);
}

/* Power framework integration */
typedef struct _PO_FX_COMPONENT *PPO_FX_COMPONENT_WDF;
_Function_class_(EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE(_In_ WDFDEVICE Device, _In_ POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE *PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE;
_Function_class_(EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE(_In_ WDFDEVICE Device, _In_ POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE *PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE;
typedef struct _WDF_POWER_FRAMEWORK_SETTINGS {
	ULONG Size;
	PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE EvtDeviceWdmPostPoFxRegisterDevice;
	PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE EvtDeviceWdmPrePoFxUnregisterDevice;
	struct _PO_FX_COMPONENT_V1 *Component;
	PVOID ComponentActiveConditionCallback;
	PVOID ComponentIdleConditionCallback;
	PVOID ComponentIdleStateCallback;
	PVOID PowerControlCallback;
	PVOID PoFxDeviceContext;
	ULONG DirectedPoFxEnabled;
} WDF_POWER_FRAMEWORK_SETTINGS, *PWDF_POWER_FRAMEWORK_SETTINGS;
FORCEINLINE VOID WDF_POWER_FRAMEWORK_SETTINGS_INIT(_Out_ PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings)
{
	RtlZeroMemory(PowerFrameworkSettings, sizeof(WDF_POWER_FRAMEWORK_SETTINGS));
	PowerFrameworkSettings->Size = sizeof(WDF_POWER_FRAMEWORK_SETTINGS);
}

/* Device init */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitFree(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPnpPowerEventCallbacks(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPowerPolicyEventCallbacks(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPowerPolicyOwnership(_In_ PWDFDEVICE_INIT DeviceInit, _In_ BOOLEAN IsPowerPolicyOwner);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetIoType(_In_ PWDFDEVICE_INIT DeviceInit, _In_ WDF_DEVICE_IO_TYPE IoType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetExclusive(_In_ PWDFDEVICE_INIT DeviceInit, _In_ BOOLEAN IsExclusive);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPowerNotPageable(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPowerPageable(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPowerInrush(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetDeviceType(_In_ PWDFDEVICE_INIT DeviceInit, _In_ DEVICE_TYPE DeviceType);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceInitAssignName(_In_ PWDFDEVICE_INIT DeviceInit, _In_opt_ PCUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceInitAssignSDDLString(_In_ PWDFDEVICE_INIT DeviceInit, _In_opt_ PCUNICODE_STRING SDDLString);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetDeviceClass(_In_ PWDFDEVICE_INIT DeviceInit, _In_ CONST GUID *DeviceClassGuid);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetCharacteristics(_In_ PWDFDEVICE_INIT DeviceInit, _In_ ULONG DeviceCharacteristics, _In_ BOOLEAN OrInValues);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetFileObjectConfig(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_FILEOBJECT_CONFIG FileObjectConfig, _In_opt_ PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetRequestAttributes(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_OBJECT_ATTRIBUTES RequestAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
	_In_ UCHAR MajorFunction, _In_reads_opt_(NumMinorFunctions) PUCHAR MinorFunctions, _In_ ULONG NumMinorFunctions);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoInCallerContextCallback(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetRemoveLockOptions(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PVOID Options);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetReleaseHardwareOrderOnFailure(_In_ PWDFDEVICE_INIT DeviceInit, _In_ WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE ReleaseHardwareOrderOnFailure);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitAllowSelfIoTarget(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceInitAssignWdmIrpDispatchCallback(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDispatch,
	_In_ UCHAR MajorFunction, _In_opt_ WDFCONTEXT DriverContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfFdoInitSetFilter(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfFdoInitWdmGetPhysicalDevice(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfFdoInitSetEventCallbacks(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_FDO_EVENT_CALLBACKS FdoEventCallbacks);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitOpenRegistryKey(_In_ PWDFDEVICE_INIT DeviceInit, _In_ ULONG DeviceInstanceKeyType, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitQueryProperty(_In_ PWDFDEVICE_INIT DeviceInit, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty, _In_ ULONG BufferLength,
	_Out_writes_bytes_all_opt_(BufferLength) PVOID PropertyBuffer, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitAllocAndQueryProperty(_In_ PWDFDEVICE_INIT DeviceInit, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
	_In_ POOL_TYPE PoolType, _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes, _Out_ WDFMEMORY *PropertyMemory);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfFdoInitSetDefaultChildListConfig(_Inout_ PWDFDEVICE_INIT DeviceInit,
	_In_ struct _WDF_CHILD_LIST_CONFIG *Config, _In_opt_ PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL) PWDFDEVICE_INIT WdfControlDeviceInitAllocate(_In_ WDFDRIVER Driver, _In_ CONST UNICODE_STRING *SDDLString);
typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS { WdfDeviceShutdown = 0x01, WdfDeviceLastChanceShutdown = 0x02 } WDF_DEVICE_SHUTDOWN_FLAGS;
_Function_class_(EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfControlDeviceInitSetShutdownNotification(_In_ PWDFDEVICE_INIT DeviceInit,
	_In_ PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification, _In_ UCHAR Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfControlFinishInitializing(_In_ WDFDEVICE Device);

/* Device methods */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreate(_Inout_ PWDFDEVICE_INIT *DeviceInit, _In_opt_ PWDF_OBJECT_ATTRIBUTES DeviceAttributes, _Out_ WDFDEVICE *Device);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateDeviceInterface(_In_ WDFDEVICE Device, _In_ CONST GUID *InterfaceClassGUID, _In_opt_ PCUNICODE_STRING ReferenceString);
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDeviceSetDeviceInterfaceState(_In_ WDFDEVICE Device, _In_ CONST GUID *InterfaceClassGUID, _In_opt_ PCUNICODE_STRING ReferenceString, _In_ BOOLEAN IsInterfaceEnabled);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(_In_ WDFDEVICE Device, _In_ CONST GUID *InterfaceClassGUID, _In_opt_ PCUNICODE_STRING ReferenceString, _In_ WDFSTRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceCreateSymbolicLink(_In_ WDFDEVICE Device, _In_ PCUNICODE_STRING SymbolicLinkName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceRetrieveDeviceName(_In_ WDFDEVICE Device, _In_ WDFSTRING String);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE WdfDeviceGetDefaultQueue(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFIOTARGET WdfDeviceGetIoTarget(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDRIVER WdfDeviceGetDriver(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFIOTARGET WdfDeviceGetSelfIoTarget(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(_In_ WDFDEVICE Device, _In_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceWdmDispatchIrp(_In_ WDFDEVICE Device, _In_ PIRP Irp, _In_ WDFCONTEXT DispatchContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceWdmDispatchIrpToIoQueue(_In_ WDFDEVICE Device, _In_ PIRP Irp, _In_ WDFQUEUE Queue, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFFILEOBJECT WdfDeviceGetFileObject(_In_ WDFDEVICE Device, _In_ PFILE_OBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceConfigureRequestDispatching(_In_ WDFDEVICE Device, _In_ WDFQUEUE Queue, _In_ WDF_REQUEST_TYPE RequestType);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceEnqueueRequest(_In_ WDFDEVICE Device, _In_ WDFREQUEST Request);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceAssignS0IdleSettings(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceAssignSxWakeSettings(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetPnpCapabilities(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetPowerCapabilities(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetDeviceState(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_STATE DeviceState);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceGetDeviceState(_In_ WDFDEVICE Device, _Out_ PWDF_DEVICE_STATE DeviceState);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetFailed(_In_ WDFDEVICE Device, _In_ WDF_DEVICE_FAILED_ACTION FailedAction);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetStaticStopRemove(_In_ WDFDEVICE Device, _In_ BOOLEAN Stoppable);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetAlignmentRequirement(_In_ WDFDEVICE Device, _In_ ULONG AlignmentRequirement);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfDeviceGetAlignmentRequirement(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetCharacteristics(_In_ WDFDEVICE Device, _In_ ULONG DeviceCharacteristics);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfDeviceGetCharacteristics(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetBusInformationForChildren(_In_ WDFDEVICE Device, _In_ PPNP_BUS_INFORMATION BusInformation);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceAddQueryInterface(_In_ WDFDEVICE Device, _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceAssignMofResourceName(_In_ WDFDEVICE Device, _In_ PCUNICODE_STRING MofResourceName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenRegistryKey(_In_ WDFDEVICE Device, _In_ ULONG DeviceInstanceKeyType, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenDevicemapKey(_In_ WDFDEVICE Device, _In_ PCUNICODE_STRING KeyName, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryProperty(_In_ WDFDEVICE Device, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty, _In_ ULONG BufferLength,
	_Out_writes_bytes_all_opt_(BufferLength) PVOID PropertyBuffer, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryProperty(_In_ WDFDEVICE Device, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty, _In_ POOL_TYPE PoolType,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes, _Out_ WDFMEMORY *PropertyMemory);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryPropertyEx(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty, _In_ ULONG BufferLength,
	_Out_ PVOID PropertyBuffer, _Out_ PULONG RequiredSize, _Out_ PDEVPROPTYPE Type);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryPropertyEx(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty, _In_ POOL_TYPE PoolType,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes, _Out_ WDFMEMORY *PropertyMemory, _Out_ PDEVPROPTYPE Type);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignProperty(_In_ WDFDEVICE Device, _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty, _In_ DEVPROPTYPE Type,
	_In_ ULONG Size, _In_opt_ PVOID Data);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceStopIdleNoTrack(_In_ WDFDEVICE Device, _In_ BOOLEAN WaitForD0);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceResumeIdleNoTrack(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDeviceStopIdleActual(_In_ WDFDEVICE Device, _In_ BOOLEAN WaitForD0, _In_opt_ PVOID Tag, _In_ LONG Line, _In_z_ PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceResumeIdleActual(_In_ WDFDEVICE Device, _In_opt_ PVOID Tag, _In_ LONG Line, _In_z_ PCHAR File);
#define WdfDeviceStopIdle(Device, WaitForD0) WdfDeviceStopIdleActual(Device, WaitForD0, NULL, __LINE__, __FILE__)
#define WdfDeviceStopIdleWithTag(Device, WaitForD0, Tag) WdfDeviceStopIdleActual(Device, WaitForD0, Tag, __LINE__, __FILE__)
#define WdfDeviceResumeIdle(Device) WdfDeviceResumeIdleActual(Device, NULL, __LINE__, __FILE__)
#define WdfDeviceResumeIdleWithTag(Device, Tag) WdfDeviceResumeIdleActual(Device, Tag, __LINE__, __FILE__)
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceIndicateWakeStatus(_In_ WDFDEVICE Device, _In_ NTSTATUS WaitWakeStatus);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfDeviceWdmAssignPowerFrameworkSettings(_In_ WDFDEVICE Device, _In_ PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfDeviceGetDevicePnpState(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfDeviceGetDevicePowerState(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfDeviceGetDevicePowerPolicyState(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInterfaceReferenceNoOp(_In_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInterfaceDereferenceNoOp(_In_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetSpecialFileSupport(_In_ WDFDEVICE Device, _In_ WDF_SPECIAL_FILE_TYPE FileType, _In_ BOOLEAN FileTypeIsSupported);

/* Bus drivers: FDO child enumeration and PDOs */
typedef enum _WDF_RETRIEVE_CHILD_FLAGS {
	WdfRetrieveUnspecified = 0x0000, WdfRetrievePresentChildren = 0x0001, WdfRetrieveMissingChildren = 0x0002,
	WdfRetrievePendingChildren = 0x0004, WdfRetrieveAddedChildren = (WdfRetrievePresentChildren | WdfRetrievePendingChildren),
	WdfRetrieveAllChildren = (WdfRetrievePresentChildren | WdfRetrievePendingChildren | WdfRetrieveMissingChildren)
} WDF_RETRIEVE_CHILD_FLAGS;
_IRQL_requires_max_(DISPATCH_LEVEL) WDFCHILDLIST WdfFdoGetDefaultChildList(_In_ WDFDEVICE Fdo);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfFdoAddStaticChild(_In_ WDFDEVICE Fdo, _In_ WDFDEVICE Child);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfFdoLockStaticChildListForIteration(_In_ WDFDEVICE Fdo);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfFdoRetrieveNextStaticChild(_In_ WDFDEVICE Fdo, _In_opt_ WDFDEVICE PreviousChild, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfFdoUnlockStaticChildListFromIteration(_In_ WDFDEVICE Fdo);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoQueryForInterface(_In_ WDFDEVICE Fdo, _In_ LPCGUID InterfaceType, _Out_ PINTERFACE Interface, _In_ USHORT Size,
	_In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);
_IRQL_requires_max_(DISPATCH_LEVEL) PWDFDEVICE_INIT WdfPdoInitAllocate(_In_ WDFDEVICE ParentDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoInitSetEventCallbacks(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PWDF_PDO_EVENT_CALLBACKS DispatchTable);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAssignDeviceID(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING DeviceID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAssignInstanceID(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING InstanceID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAddHardwareID(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING HardwareID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAddCompatibleID(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING CompatibleID);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAssignContainerID(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING ContainerID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoInitAddDeviceText(_In_ PWDFDEVICE_INIT DeviceInit, _In_ PCUNICODE_STRING DeviceDescription, _In_ PCUNICODE_STRING DeviceLocation, _In_ LCID LocaleId);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoInitSetDefaultLocale(_In_ PWDFDEVICE_INIT DeviceInit, _In_ LCID LocaleId);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoInitAssignRawDevice(_In_ PWDFDEVICE_INIT DeviceInit, _In_ CONST GUID *DeviceClassGuid);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoInitAllowForwardingRequestToParent(_In_ PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoMarkMissing(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoRequestEject(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfPdoGetParent(_In_ WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfPdoAddEjectionRelationsPhysicalDevice(_In_ WDFDEVICE Device, _In_ PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoRemoveEjectionRelationsPhysicalDevice(_In_ WDFDEVICE Device, _In_ PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoClearEjectionRelationsDevices(_In_ WDFDEVICE Device);

typedef struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER { ULONG IdentificationDescriptionSize; } WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER, *PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER;
typedef struct _WDF_CHILD_ADDRESS_DESCRIPTION_HEADER { ULONG AddressDescriptionSize; } WDF_CHILD_ADDRESS_DESCRIPTION_HEADER, *PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER;
FORCEINLINE VOID WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(_Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header, _In_ ULONG IdentificationDescriptionSize)
{
	RtlZeroMemory(Header, IdentificationDescriptionSize);
	Header->IdentificationDescriptionSize = IdentificationDescriptionSize;
}
FORCEINLINE VOID WDF_CHILD_ADDRESS_DESCRIPTION_HEADER_INIT(_Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER Header, _In_ ULONG AddressDescriptionSize)
{
	RtlZeroMemory(Header, AddressDescriptionSize);
	Header->AddressDescriptionSize = AddressDescriptionSize;
}
_Function_class_(EVT_WDF_CHILD_LIST_CREATE_DEVICE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_CHILD_LIST_CREATE_DEVICE(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription, _In_ PWDFDEVICE_INIT ChildInit);
typedef EVT_WDF_CHILD_LIST_CREATE_DEVICE *PFN_WDF_CHILD_LIST_CREATE_DEVICE;
_Function_class_(EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN(_In_ WDFCHILDLIST ChildList);
typedef EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN *PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN;
_Function_class_(EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
	_Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY;
_Function_class_(EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
	_Out_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE;
_Function_class_(EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef BOOLEAN EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER FirstIdentificationDescription,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SecondIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE;
_Function_class_(EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP(_In_ WDFCHILDLIST ChildList,
	_Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP;
_Function_class_(EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription, _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY;
_Function_class_(EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef NTSTATUS EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE(_In_ WDFCHILDLIST ChildList,
	_In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription, _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE;
_Function_class_(EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP(_In_ WDFCHILDLIST ChildList, _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP;
_Function_class_(EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef BOOLEAN EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED(_In_ WDFCHILDLIST ChildList, _In_ WDFDEVICE OldDevice,
	_In_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER OldAddressDescription, _Out_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER NewAddressDescription);
typedef EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED *PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED;
typedef struct _WDF_CHILD_LIST_CONFIG {
	ULONG Size;
	ULONG IdentificationDescriptionSize;
	ULONG AddressDescriptionSize;
	PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice;
	PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN EvtChildListScanForChildren;
	PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY EvtChildListIdentificationDescriptionCopy;
	PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE EvtChildListIdentificationDescriptionDuplicate;
	PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP EvtChildListIdentificationDescriptionCleanup;
	PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE EvtChildListIdentificationDescriptionCompare;
	PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY EvtChildListAddressDescriptionCopy;
	PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE EvtChildListAddressDescriptionDuplicate;
	PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP EvtChildListAddressDescriptionCleanup;
	PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED EvtChildListDeviceReenumerated;
} WDF_CHILD_LIST_CONFIG, *PWDF_CHILD_LIST_CONFIG;
FORCEINLINE VOID WDF_CHILD_LIST_CONFIG_INIT(_Out_ PWDF_CHILD_LIST_CONFIG Config, _In_ ULONG IdentificationDescriptionSize,
	_In_ PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice)
{
	RtlZeroMemory(Config, sizeof(WDF_CHILD_LIST_CONFIG));
	Config->Size = sizeof(WDF_CHILD_LIST_CONFIG);
	Config->IdentificationDescriptionSize = IdentificationDescriptionSize;
	Config->EvtChildListCreateDevice = EvtChildListCreateDevice;
}
typedef enum _WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS {
	WdfChildListRetrieveDeviceUndefined = 0, WdfChildListRetrieveDeviceSuccess, WdfChildListRetrieveDeviceNotYetCreated,
	WdfChildListRetrieveDeviceNoSuchDevice
} WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS, *PWDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS;
typedef struct _WDF_CHILD_RETRIEVE_INFO {
	ULONG Size;
	PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription;
	PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription;
	WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS Status;
	PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE EvtChildListIdentificationDescriptionCompare;
} WDF_CHILD_RETRIEVE_INFO, *PWDF_CHILD_RETRIEVE_INFO;
FORCEINLINE VOID WDF_CHILD_RETRIEVE_INFO_INIT(_Out_ PWDF_CHILD_RETRIEVE_INFO Info,
	_In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription)
{
	RtlZeroMemory(Info, sizeof(WDF_CHILD_RETRIEVE_INFO));
	Info->Size = sizeof(WDF_CHILD_RETRIEVE_INFO);
	Info->IdentificationDescription = IdentificationDescription;
}
typedef struct _WDF_CHILD_LIST_ITERATOR { ULONG Size; ULONG Flags; PVOID Reserved[4]; } WDF_CHILD_LIST_ITERATOR, *PWDF_CHILD_LIST_ITERATOR;
FORCEINLINE VOID WDF_CHILD_LIST_ITERATOR_INIT(_Out_ PWDF_CHILD_LIST_ITERATOR Iterator, _In_ ULONG Flags)
{
	RtlZeroMemory(Iterator, sizeof(WDF_CHILD_LIST_ITERATOR));
	Iterator->Size = sizeof(WDF_CHILD_LIST_ITERATOR);
	Iterator->Flags = Flags;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfChildListCreate(_In_ WDFDEVICE Device, _In_ PWDF_CHILD_LIST_CONFIG Config, _In_opt_ PWDF_OBJECT_ATTRIBUTES ChildListAttributes, _Out_ WDFCHILDLIST *ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfChildListGetDevice(_In_ WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfChildListBeginScan(_In_ WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfChildListEndScan(_In_ WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfChildListBeginIteration(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_LIST_ITERATOR Iterator);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfChildListEndIteration(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_LIST_ITERATOR Iterator);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfChildListRetrieveNextDevice(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_LIST_ITERATOR Iterator, _Out_ WDFDEVICE *Device, _Inout_opt_ PWDF_CHILD_RETRIEVE_INFO Info);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfChildListRetrievePdo(_In_ WDFCHILDLIST ChildList, _Inout_ PWDF_CHILD_RETRIEVE_INFO RetrieveInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfChildListRetrieveAddressDescription(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
	_Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfChildListAddOrUpdateChildDescriptionAsPresent(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
	_In_opt_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfChildListUpdateChildDescriptionAsMissing(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfChildListUpdateAllChildDescriptionsAsPresent(_In_ WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfChildListRequestChildEject(_In_ WDFCHILDLIST ChildList, _In_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoRetrieveIdentificationDescription(_In_ WDFDEVICE Device, _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoRetrieveAddressDescription(_In_ WDFDEVICE Device, _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoUpdateAddressDescription(_In_ WDFDEVICE Device, _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

/* ===================================================================== */
/* I/O queues                                                             */
/* ===================================================================== */

typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
	WdfIoQueueDispatchInvalid = 0, WdfIoQueueDispatchSequential, WdfIoQueueDispatchParallel, WdfIoQueueDispatchManual,
	WdfIoQueueDispatchMax
} WDF_IO_QUEUE_DISPATCH_TYPE;
typedef enum _WDF_IO_QUEUE_STATE {
	WdfIoQueueAcceptRequests = 0x01, WdfIoQueueDispatchRequests = 0x02, WdfIoQueueNoRequests = 0x04,
	WdfIoQueueDriverNoRequests = 0x08, WdfIoQueuePnpHeld = 0x10
} WDF_IO_QUEUE_STATE;
typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
	WdfRequestStopActionInvalid = 0, WdfRequestStopActionSuspend = 0x01, WdfRequestStopActionPurge = 0x2,
	WdfRequestStopRequestCancelable = 0x10000000
} WDF_REQUEST_STOP_ACTION_FLAGS;
#define WDF_IO_QUEUE_IDLE(_state) ((((_state) & WdfIoQueueNoRequests) != 0) && (((_state) & WdfIoQueueDriverNoRequests) != 0))
#define WDF_IO_QUEUE_READY(_state) ((((_state) & WdfIoQueueDispatchRequests) != 0) && (((_state) & WdfIoQueueAcceptRequests) != 0))
#define WDF_IO_QUEUE_STOPPED(_state) ((((_state) & WdfIoQueueDispatchRequests) == 0) && (((_state) & WdfIoQueueAcceptRequests) != 0))
#define WDF_IO_QUEUE_DRAINED(_state) ((((_state) & WdfIoQueueAcceptRequests) == 0) && (((_state) & WdfIoQueueNoRequests) != 0))
#define WDF_IO_QUEUE_PURGED(_state) ((((_state) & WdfIoQueueAcceptRequests) == 0) && (((_state) & WdfIoQueueNoRequests) != 0))

/* Queue callbacks run at or below DISPATCH_LEVEL (PASSIVE_LEVEL with WdfExecutionLevelPassive). */
#define _DL_WDF_IO_CALLBACK(name, pfn, params) \
	_Function_class_(name) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL) typedef VOID name params; \
	typedef name *pfn;
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_DEFAULT, PFN_WDF_IO_QUEUE_IO_DEFAULT, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_READ, PFN_WDF_IO_QUEUE_IO_READ, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_WRITE, PFN_WDF_IO_QUEUE_IO_WRITE, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL, PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL,
	(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength, _In_ ULONG IoControlCode))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL, PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL,
	(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength, _In_ ULONG IoControlCode))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_STOP, PFN_WDF_IO_QUEUE_IO_STOP, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ ULONG ActionFlags))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_RESUME, PFN_WDF_IO_QUEUE_IO_RESUME, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE, PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE, (_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request))
_DL_WDF_IO_CALLBACK(EVT_WDF_IO_QUEUE_STATE, PFN_WDF_IO_QUEUE_STATE, (_In_ WDFQUEUE Queue, _In_ WDFCONTEXT Context))
#undef _DL_WDF_IO_CALLBACK

typedef struct _WDF_IO_QUEUE_CONFIG {
	ULONG Size;
	WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
	WDF_TRI_STATE PowerManaged;
	BOOLEAN AllowZeroLengthRequests;
	BOOLEAN DefaultQueue;
	PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
	PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
	PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
	PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
	PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
	PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
	PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
	PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
	union {
		struct { ULONG NumberOfPresentedRequests; } Parallel;
	} Settings;
	WDFDRIVER Driver;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;
FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT(_Out_ PWDF_IO_QUEUE_CONFIG Config, _In_ WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
	RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
	Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
	Config->PowerManaged = WdfUseDefault;
	Config->DispatchType = DispatchType;
	if (Config->DispatchType == WdfIoQueueDispatchParallel)
		Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG)-1;
}
FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(_Out_ PWDF_IO_QUEUE_CONFIG Config, _In_ WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
	WDF_IO_QUEUE_CONFIG_INIT(Config, DispatchType);
	Config->DefaultQueue = TRUE;
}
typedef struct _WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY *PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueCreate(_In_ WDFDEVICE Device, _In_ PWDF_IO_QUEUE_CONFIG Config, _In_opt_ PWDF_OBJECT_ATTRIBUTES QueueAttributes, _Out_opt_ WDFQUEUE *Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfIoQueueGetDevice(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_IO_QUEUE_STATE WdfIoQueueGetState(_In_ WDFQUEUE Queue, _Out_opt_ PULONG QueueRequests, _Out_opt_ PULONG DriverRequests);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueueStart(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueueStop(_In_ WDFQUEUE Queue, _In_opt_ PFN_WDF_IO_QUEUE_STATE StopComplete, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoQueueStopSynchronously(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueuePurge(_In_ WDFQUEUE Queue, _In_opt_ PFN_WDF_IO_QUEUE_STATE PurgeComplete, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoQueuePurgeSynchronously(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueueDrain(_In_ WDFQUEUE Queue, _In_opt_ PFN_WDF_IO_QUEUE_STATE DrainComplete, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoQueueDrainSynchronously(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueueStopAndPurge(_In_ WDFQUEUE Queue, _In_opt_ PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoQueueStopAndPurgeSynchronously(_In_ WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfIoQueueReadyNotify(_In_ WDFQUEUE Queue, _In_opt_ PFN_WDF_IO_QUEUE_STATE QueueReady, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfIoQueueRetrieveNextRequest(_In_ WDFQUEUE Queue, _Out_ WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(_In_ WDFQUEUE Queue, _In_ WDFFILEOBJECT FileObject, _Out_ WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueFindRequest(_In_ WDFQUEUE Queue, _In_opt_ WDFREQUEST FoundRequest, _In_opt_ WDFFILEOBJECT FileObject,
	_Inout_opt_ struct _WDF_REQUEST_PARAMETERS *Parameters, _Out_ WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveFoundRequest(_In_ WDFQUEUE Queue, _In_ WDFREQUEST FoundRequest, _Out_ WDFREQUEST *OutRequest);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoQueueAssignForwardProgressPolicy(_In_ WDFQUEUE Queue, _In_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy);

/* ===================================================================== */
/* Memory objects                                                         */
/* ===================================================================== */

typedef struct _WDFMEMORY_OFFSET { size_t BufferOffset; size_t BufferLength; } WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;
typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
	WdfMemoryDescriptorTypeInvalid = 0, WdfMemoryDescriptorTypeBuffer, WdfMemoryDescriptorTypeMdl, WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;
typedef struct _WDF_MEMORY_DESCRIPTOR {
	WDF_MEMORY_DESCRIPTOR_TYPE Type;
	union {
		struct { PVOID Buffer; ULONG Length; } BufferType;
		struct { PMDL Mdl; ULONG BufferLength; } MdlType;
		struct { WDFMEMORY Memory; PWDFMEMORY_OFFSET Offsets; } HandleType;
	} u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor, _In_ PVOID Buffer, _In_ ULONG BufferLength)
{
	RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
	Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
	Descriptor->u.BufferType.Buffer = Buffer;
	Descriptor->u.BufferType.Length = BufferLength;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor, _In_ WDFMEMORY Memory, _In_opt_ PWDFMEMORY_OFFSET Offsets)
{
	RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
	Descriptor->Type = WdfMemoryDescriptorTypeHandle;
	Descriptor->u.HandleType.Memory = Memory;
	Descriptor->u.HandleType.Offsets = Offsets;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor, _In_ PMDL Mdl, _In_ ULONG BufferLength)
{
	RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
	Descriptor->Type = WdfMemoryDescriptorTypeMdl;
	Descriptor->u.MdlType.Mdl = Mdl;
	Descriptor->u.MdlType.BufferLength = BufferLength;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _In_ POOL_TYPE PoolType, _In_opt_ ULONG PoolTag, _In_ size_t BufferSize,
	_Out_ WDFMEMORY *Memory, _Outptr_opt_result_bytebuffer_(BufferSize) PVOID *Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreatePreallocated(_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _In_ PVOID Buffer, _In_ size_t BufferSize, _Out_ WDFMEMORY *Memory);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID WdfMemoryGetBuffer(_In_ WDFMEMORY Memory, _Out_opt_ size_t *BufferSize);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfMemoryAssignBuffer(_In_ WDFMEMORY Memory, _Pre_notnull_ PVOID Buffer, _In_ size_t BufferSize);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCopyToBuffer(_In_ WDFMEMORY SourceMemory, _In_ size_t SourceOffset, _Out_writes_bytes_(NumBytesToCopyTo) PVOID Buffer, _In_ size_t NumBytesToCopyTo);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCopyFromBuffer(_In_ WDFMEMORY DestinationMemory, _In_ size_t DestinationOffset, _In_ PVOID Buffer, _In_ size_t NumBytesToCopyFrom);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfLookasideListCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES LookasideAttributes, _In_ size_t BufferSize, _In_ POOL_TYPE PoolType,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes, _In_opt_ ULONG PoolTag, _Out_ WDFLOOKASIDE *Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfMemoryCreateFromLookaside(_In_ WDFLOOKASIDE Lookaside, _Out_ WDFMEMORY *Memory);

/* ===================================================================== */
/* Requests                                                               */
/* ===================================================================== */

typedef struct _WDF_REQUEST_PARAMETERS {
	USHORT Size;
	UCHAR MinorFunction;
	WDF_REQUEST_TYPE Type;
	union {
		struct {
			PIO_SECURITY_CONTEXT SecurityContext;
			ULONG Options;
			USHORT POINTER_ALIGNMENT FileAttributes;
			USHORT ShareAccess;
			ULONG POINTER_ALIGNMENT EaLength;
		} Create;
		struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Read;
		struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Write;
		struct {
			size_t OutputBufferLength;
			size_t POINTER_ALIGNMENT InputBufferLength;
			ULONG POINTER_ALIGNMENT IoControlCode;
			PVOID Type3InputBuffer;
		} DeviceIoControl;
		struct {
			PVOID Arg1;
			PVOID Arg2;
			ULONG POINTER_ALIGNMENT IoControlCode;
			PVOID Arg4;
		} Others;
	} Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;
FORCEINLINE VOID WDF_REQUEST_PARAMETERS_INIT(_Out_ PWDF_REQUEST_PARAMETERS Parameters)
{
	RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
	Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}

typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS *PWDF_USB_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
	ULONG Size;
	WDF_REQUEST_TYPE Type;
	IO_STATUS_BLOCK IoStatus;
	union {
		struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Write;
		struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Read;
		struct {
			ULONG IoControlCode;
			struct { WDFMEMORY Buffer; size_t Offset; } Input;
			struct { WDFMEMORY Buffer; size_t Offset; size_t Length; } Output;
		} Ioctl;
		struct {
			union { PVOID Ptr; ULONG_PTR Value; } Argument1;
			union { PVOID Ptr; ULONG_PTR Value; } Argument2;
			union { PVOID Ptr; ULONG_PTR Value; } Argument3;
			union { PVOID Ptr; ULONG_PTR Value; } Argument4;
		} Others;
		struct { PWDF_USB_REQUEST_COMPLETION_PARAMS Completion; } Usb;
	} Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;
FORCEINLINE VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(_Out_ PWDF_REQUEST_COMPLETION_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
	Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
	Params->Type = WdfRequestTypeNoFormat;
}

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
	WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
	WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
	WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000, WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000
} WDF_REQUEST_SEND_OPTIONS_FLAGS;
typedef struct _WDF_REQUEST_SEND_OPTIONS {
	ULONG Size;
	ULONG Flags;
	LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(_Out_ PWDF_REQUEST_SEND_OPTIONS Options, _In_ ULONG Flags)
{
	RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
	Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
	Options->Flags = Flags;
}
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(_Inout_ PWDF_REQUEST_SEND_OPTIONS Options, _In_ LONGLONG Timeout)
{
	Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
	Options->Timeout = Timeout;
}
typedef enum _WDF_REQUEST_REUSE_FLAGS { WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000, WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001 } WDF_REQUEST_REUSE_FLAGS;
typedef struct _WDF_REQUEST_REUSE_PARAMS { ULONG Size; ULONG Flags; NTSTATUS Status; PIRP NewIrp; } WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;
FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(_Out_ PWDF_REQUEST_REUSE_PARAMS Params, _In_ ULONG Flags, _In_ NTSTATUS Status)
{
	RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
	Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
	Params->Flags = Flags;
	Params->Status = Status;
}
FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(_Inout_ PWDF_REQUEST_REUSE_PARAMS Params, _In_ PIRP NewIrp)
{
	Params->Flags |= WDF_REQUEST_REUSE_SET_NEW_IRP;
	Params->NewIrp = NewIrp;
}
typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS { WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001 } WDF_REQUEST_FORWARD_OPTIONS_FLAGS;
typedef struct _WDF_REQUEST_FORWARD_OPTIONS { ULONG Size; ULONG Flags; } WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;
FORCEINLINE VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(_Out_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions)
{
	RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
	ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
	ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}

_Function_class_(EVT_WDF_REQUEST_CANCEL) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_REQUEST_CANCEL(_In_ WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;
_Function_class_(EVT_WDF_REQUEST_COMPLETION_ROUTINE) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target,
	_In_ PWDF_REQUEST_COMPLETION_PARAMS Params, _In_ WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;
_Function_class_(EVT_WDF_REQUEST_IMPERSONATE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_REQUEST_IMPERSONATE(_In_ WDFREQUEST Request, _In_opt_ PVOID Context);
typedef EVT_WDF_REQUEST_IMPERSONATE *PFN_WDF_REQUEST_IMPERSONATE;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes, _In_opt_ WDFIOTARGET IoTarget, _Out_ WDFREQUEST *Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreateFromIrp(_In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes, _In_ PIRP Irp, _In_ BOOLEAN RequestFreesIrp, _Out_ WDFREQUEST *Request);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestReuse(_In_ WDFREQUEST Request, _In_ PWDF_REQUEST_REUSE_PARAMS ReuseParams);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestChangeTarget(_In_ WDFREQUEST Request, _In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestFormatRequestUsingCurrentType(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestWdmFormatUsingStackLocation(_In_ WDFREQUEST Request, _In_ PIO_STACK_LOCATION Stack);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestSend(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target, _In_opt_ PWDF_REQUEST_SEND_OPTIONS Options);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestGetStatus(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestMarkCancelable(_In_ WDFREQUEST Request, _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestMarkCancelableEx(_In_ WDFREQUEST Request, _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestUnmarkCancelable(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestIsCanceled(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestCancelSentRequest(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestIsFrom32BitProcess(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetCompletionRoutine(_In_ WDFREQUEST Request, _In_opt_ PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
	_In_opt_ __drv_aliasesMem WDFCONTEXT CompletionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestGetCompletionParams(_In_ WDFREQUEST Request, _Out_ PWDF_REQUEST_COMPLETION_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestAllocateTimer(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestComplete(_In_ WDFREQUEST Request, _In_ NTSTATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestCompleteWithPriorityBoost(_In_ WDFREQUEST Request, _In_ NTSTATUS Status, _In_ CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestCompleteWithInformation(_In_ WDFREQUEST Request, _In_ NTSTATUS Status, _In_ ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestGetParameters(_In_ WDFREQUEST Request, _Out_ PWDF_REQUEST_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRetrieveInputMemory(_In_ WDFREQUEST Request, _Out_ WDFMEMORY *Memory);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRetrieveOutputMemory(_In_ WDFREQUEST Request, _Out_ WDFMEMORY *Memory);
/* System-space buffers of buffered and direct I/O. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputBuffer(_In_ WDFREQUEST Request, _In_ size_t MinimumRequiredLength,
	_Outptr_result_bytebuffer_(*Length) PVOID *Buffer, _Out_opt_ size_t *Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputBuffer(_In_ WDFREQUEST Request, _In_ size_t MinimumRequiredSize,
	_Outptr_result_bytebuffer_(*Length) PVOID *Buffer, _Out_opt_ size_t *Length);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRetrieveInputWdmMdl(_In_ WDFREQUEST Request, _Outptr_ PMDL *Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRetrieveOutputWdmMdl(_In_ WDFREQUEST Request, _Outptr_ PMDL *Mdl);
/* User-mode addresses of METHOD_NEITHER requests: probe and lock before use. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(_In_ WDFREQUEST Request, _In_ size_t MinimumRequiredLength,
	_Outptr_result_bytebuffer_maybenull_(*Length) PVOID *InputBuffer, _Out_opt_ size_t *Length);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(_In_ WDFREQUEST Request, _In_ size_t MinimumRequiredLength,
	_Outptr_result_bytebuffer_maybenull_(*Length) PVOID *OutputBuffer, _Out_opt_ size_t *Length);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(_In_ WDFREQUEST Request, _In_reads_bytes_(Length) PVOID Buffer, _In_ size_t Length,
	_Out_ WDFMEMORY *MemoryObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(_In_ WDFREQUEST Request, _In_reads_bytes_(Length) PVOID Buffer, _In_ size_t Length,
	_Out_ WDFMEMORY *MemoryObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestSetInformation(_In_ WDFREQUEST Request, _In_ ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG_PTR WdfRequestGetInformation(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFFILEOBJECT WdfRequestGetFileObject(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) KPROCESSOR_MODE WdfRequestGetRequestorMode(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestForwardToIoQueue(_In_ WDFREQUEST Request, _In_ WDFQUEUE DestinationQueue);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToParentDeviceIoQueue(_In_ WDFREQUEST Request, _In_ WDFQUEUE ParentDeviceQueue, _In_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE WdfRequestGetIoQueue(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRequeue(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestStopAcknowledge(_In_ WDFREQUEST Request, _In_ BOOLEAN Requeue);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP WdfRequestWdmGetIrp(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestIsReserved(_In_ WDFREQUEST Request);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestImpersonate(_In_ WDFREQUEST Request, _In_ SECURITY_IMPERSONATION_LEVEL ImpersonationLevel,
	_In_ PFN_WDF_REQUEST_IMPERSONATE EvtRequestImpersonate, _In_opt_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfRequestGetRequestorProcessId(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestIsFromUserModeDriver(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestSetUserModeDriverInitiatedIo(_In_ WDFREQUEST Request, _In_ BOOLEAN IsUserModeDriverInitiated);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfRequestGetUserModeDriverInitiatedIo(_In_ WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestSetActivityId(_In_ WDFREQUEST Request, _In_ LPGUID ActivityId);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfRequestRetrieveActivityId(_In_ WDFREQUEST Request, _Out_ LPGUID ActivityId);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfRequestGetEffectiveIoType(_In_ WDFREQUEST Request);

/* ===================================================================== */
/* I/O targets                                                            */
/* ===================================================================== */

typedef enum _WDF_IO_TARGET_STATE {
	WdfIoTargetStateUndefined = 0, WdfIoTargetStarted, WdfIoTargetStopped, WdfIoTargetClosedForQueryRemove,
	WdfIoTargetClosed, WdfIoTargetDeleted, WdfIoTargetPurged
} WDF_IO_TARGET_STATE, *PWDF_IO_TARGET_STATE;
typedef enum _WDF_IO_TARGET_OPEN_TYPE {
	WdfIoTargetOpenUndefined = 0, WdfIoTargetOpenUseExistingDevice = 1, WdfIoTargetOpenByName = 2,
	WdfIoTargetOpenReopen = 3, WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;
typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
	WdfIoTargetSentIoUndefined = 0, WdfIoTargetCancelSentIo, WdfIoTargetWaitForSentIoToComplete, WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;
typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
	WdfIoTargetPurgeIoUndefined = 0, WdfIoTargetPurgeIoAndWait = 1, WdfIoTargetPurgeIo = 2
} WDF_IO_TARGET_PURGE_IO_ACTION;
_Function_class_(EVT_WDF_IO_TARGET_QUERY_REMOVE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;
_Function_class_(EVT_WDF_IO_TARGET_REMOVE_CANCELED) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;
_Function_class_(EVT_WDF_IO_TARGET_REMOVE_COMPLETE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;
typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
	ULONG Size;
	WDF_IO_TARGET_OPEN_TYPE Type;
	PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
	PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
	PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
	PDEVICE_OBJECT TargetDeviceObject;
	PFILE_OBJECT TargetFileObject;
	UNICODE_STRING TargetDeviceName;
	ACCESS_MASK DesiredAccess;
	ULONG ShareAccess;
	ULONG FileAttributes;
	ULONG CreateDisposition;
	ULONG CreateOptions;
	PVOID EaBuffer;
	ULONG EaBufferLength;
	PLONGLONG AllocationSize;
	ULONG FileInformation;
	UNICODE_STRING FileName;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params, _In_ PDEVICE_OBJECT DeviceObject)
{
	RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
	Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
	Params->Type = WdfIoTargetOpenUseExistingDevice;
	Params->TargetDeviceObject = DeviceObject;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params, _In_ PCUNICODE_STRING TargetDeviceName,
	_In_ ACCESS_MASK DesiredAccess)
{
	RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
	Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
	Params->Type = WdfIoTargetOpenByName;
	RtlCopyMemory(&Params->TargetDeviceName, TargetDeviceName, sizeof(UNICODE_STRING));
	Params->DesiredAccess = DesiredAccess;
	Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
	Params->CreateDisposition = FILE_CREATE;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params, _In_ PCUNICODE_STRING TargetDeviceName,
	_In_ ACCESS_MASK DesiredAccess)
{
	WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(Params, TargetDeviceName, DesiredAccess);
	Params->FileAttributes = FILE_ATTRIBUTE_NORMAL;
	Params->CreateDisposition = FILE_OPEN;
	Params->CreateOptions = 0;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
	Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
	Params->Type = WdfIoTargetOpenReopen;
}
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes, _Out_ WDFIOTARGET *IoTarget);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfIoTargetOpen(_In_ WDFIOTARGET IoTarget, _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoTargetCloseForQueryRemove(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoTargetClose(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfIoTargetStart(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoTargetStop(_In_ WDFIOTARGET IoTarget, _In_ WDF_IO_TARGET_SENT_IO_ACTION Action);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoTargetPurge(_In_ WDFIOTARGET IoTarget, _In_ WDF_IO_TARGET_PURGE_IO_ACTION Action);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_IO_TARGET_STATE WdfIoTargetGetState(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfIoTargetGetDevice(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT WdfIoTargetWdmGetTargetPhysicalDevice(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) HANDLE WdfIoTargetWdmGetTargetFileHandle(_In_ WDFIOTARGET IoTarget);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendReadSynchronously(_In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
	_In_opt_ PLONGLONG DeviceOffset, _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesRead);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendWriteSynchronously(_In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
	_In_opt_ PLONGLONG DeviceOffset, _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesWritten);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendIoctlSynchronously(_In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer, _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesReturned);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(_In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer, _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesReturned);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlOthersSynchronously(_In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg1, _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg2, _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg4,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForRead(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_opt_ WDFMEMORY OutputBuffer,
	_In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset, _In_opt_ PLONGLONG DeviceOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForWrite(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_opt_ WDFMEMORY InputBuffer,
	_In_opt_ PWDFMEMORY_OFFSET InputBufferOffset, _In_opt_ PLONGLONG DeviceOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForIoctl(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ WDFMEMORY InputBuffer, _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset, _In_opt_ WDFMEMORY OutputBuffer,
	_In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ WDFMEMORY InputBuffer, _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset, _In_opt_ WDFMEMORY OutputBuffer,
	_In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctlOthers(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_ ULONG IoctlCode,
	_In_opt_ WDFMEMORY OtherArg1, _In_opt_ PWDFMEMORY_OFFSET OtherArg1Offset, _In_opt_ WDFMEMORY OtherArg2,
	_In_opt_ PWDFMEMORY_OFFSET OtherArg2Offset, _In_opt_ WDFMEMORY OtherArg4, _In_opt_ PWDFMEMORY_OFFSET OtherArg4Offset);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryTargetProperty(_In_ WDFIOTARGET IoTarget, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty, _In_ ULONG BufferLength,
	_Out_writes_bytes_all_opt_(BufferLength) PVOID PropertyBuffer, _Out_ PULONG ResultLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(_In_ WDFIOTARGET IoTarget, _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
	_In_ POOL_TYPE PoolType, _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes, _Out_ WDFMEMORY *PropertyMemory);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryForInterface(_In_ WDFIOTARGET IoTarget, _In_ LPCGUID InterfaceType, _Out_ PINTERFACE Interface,
	_In_ USHORT Size, _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);

/* ===================================================================== */
/* Timers, DPCs, work items                                               */
/* ===================================================================== */

/* Runs at DISPATCH_LEVEL, or PASSIVE_LEVEL when the timer's parent uses WdfExecutionLevelPassive. */
_Function_class_(EVT_WDF_TIMER) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_TIMER(_In_ WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;
typedef struct _WDF_TIMER_CONFIG {
	ULONG Size;
	PFN_WDF_TIMER EvtTimerFunc;
	ULONG Period;
	BOOLEAN AutomaticSerialization;
	ULONG TolerableDelay;
	BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;
#define TolerableDelayUnlimited ((ULONG)-1)
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(_Out_ PWDF_TIMER_CONFIG Config, _In_ PFN_WDF_TIMER EvtTimerFunc)
{
	RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
	Config->Size = sizeof(WDF_TIMER_CONFIG);
	Config->EvtTimerFunc = EvtTimerFunc;
	Config->Period = 0;
	Config->AutomaticSerialization = TRUE;
	Config->TolerableDelay = 0;
}
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(_Out_ PWDF_TIMER_CONFIG Config, _In_ PFN_WDF_TIMER EvtTimerFunc, _In_ LONG Period)
{
	RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
	Config->Size = sizeof(WDF_TIMER_CONFIG);
	Config->EvtTimerFunc = EvtTimerFunc;
	Config->Period = Period;
	Config->AutomaticSerialization = TRUE;
	Config->TolerableDelay = 0;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfTimerCreate(_In_ PWDF_TIMER_CONFIG Config, _In_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFTIMER *Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfTimerStart(_In_ WDFTIMER Timer, _In_ LONGLONG DueTime);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfTimerStop(_In_ WDFTIMER Timer, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT WdfTimerGetParentObject(_In_ WDFTIMER Timer);

_Function_class_(EVT_WDF_DPC) _IRQL_requires_same_ _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_DPC(_In_ WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;
typedef struct _WDF_DPC_CONFIG {
	ULONG Size;
	PFN_WDF_DPC EvtDpcFunc;
	BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;
FORCEINLINE VOID WDF_DPC_CONFIG_INIT(_Out_ PWDF_DPC_CONFIG Config, _In_ PFN_WDF_DPC EvtDpcFunc)
{
	RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
	Config->Size = sizeof(WDF_DPC_CONFIG);
	Config->EvtDpcFunc = EvtDpcFunc;
	Config->AutomaticSerialization = TRUE;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDpcCreate(_In_ PWDF_DPC_CONFIG Config, _In_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFDPC *Dpc);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN WdfDpcEnqueue(_In_ WDFDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfDpcCancel(_In_ WDFDPC Dpc, _In_ BOOLEAN Wait);
_IRQL_requires_max_(HIGH_LEVEL) WDFOBJECT WdfDpcGetParentObject(_In_ WDFDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL) PKDPC WdfDpcWdmGetDpc(_In_ WDFDPC Dpc);

_Function_class_(EVT_WDF_WORKITEM) _IRQL_requires_same_ _IRQL_requires_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_WORKITEM(_In_ WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;
typedef struct _WDF_WORKITEM_CONFIG {
	ULONG Size;
	PFN_WDF_WORKITEM EvtWorkItemFunc;
	BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;
FORCEINLINE VOID WDF_WORKITEM_CONFIG_INIT(_Out_ PWDF_WORKITEM_CONFIG Config, _In_ PFN_WDF_WORKITEM EvtWorkItemFunc)
{
	RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
	Config->Size = sizeof(WDF_WORKITEM_CONFIG);
	Config->EvtWorkItemFunc = EvtWorkItemFunc;
	Config->AutomaticSerialization = TRUE;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWorkItemCreate(_In_ PWDF_WORKITEM_CONFIG Config, _In_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFWORKITEM *WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfWorkItemEnqueue(_In_ WDFWORKITEM WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT WdfWorkItemGetParentObject(_In_ WDFWORKITEM WorkItem);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfWorkItemFlush(_In_ WDFWORKITEM WorkItem);

/* ===================================================================== */
/* Interrupts                                                             */
/* ===================================================================== */

typedef enum _WDF_INTERRUPT_POLARITY { WdfInterruptPolarityUnknown = 0, WdfInterruptActiveHigh, WdfInterruptActiveLow } WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;
typedef enum _WDF_INTERRUPT_POLICY {
	WdfIrqPolicyMachineDefault = 0, WdfIrqPolicyAllCloseProcessors, WdfIrqPolicyOneCloseProcessor,
	WdfIrqPolicyAllProcessorsInMachine, WdfIrqPolicySpecifiedProcessors, WdfIrqPolicySpreadMessagesAcrossAllProcessors
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;
typedef enum _WDF_INTERRUPT_PRIORITY {
	WdfIrqPriorityUndefined = 0, WdfIrqPriorityLow, WdfIrqPriorityNormal, WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

/* The ISR runs at the device's DIRQL (HIGH_LEVEL stands for it), or at PASSIVE_LEVEL with PassiveHandling. */
_Function_class_(EVT_WDF_INTERRUPT_ISR) _IRQL_requires_same_ _IRQL_requires_(HIGH_LEVEL)
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(_In_ WDFINTERRUPT Interrupt, _In_ ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
_Function_class_(EVT_WDF_INTERRUPT_SYNCHRONIZE) _IRQL_requires_same_ _IRQL_requires_(HIGH_LEVEL)
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(_In_ WDFINTERRUPT Interrupt, _In_ WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
_Function_class_(EVT_WDF_INTERRUPT_DPC) _IRQL_requires_same_ _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_INTERRUPT_DPC(_In_ WDFINTERRUPT Interrupt, _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
_Function_class_(EVT_WDF_INTERRUPT_WORKITEM) _IRQL_requires_same_ _IRQL_requires_(PASSIVE_LEVEL)
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(_In_ WDFINTERRUPT Interrupt, _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
_Function_class_(EVT_WDF_INTERRUPT_ENABLE) _IRQL_requires_same_ _IRQL_requires_(HIGH_LEVEL)
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(_In_ WDFINTERRUPT Interrupt, _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
_Function_class_(EVT_WDF_INTERRUPT_DISABLE) _IRQL_requires_same_ _IRQL_requires_(HIGH_LEVEL)
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(_In_ WDFINTERRUPT Interrupt, _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;
typedef struct _WDF_INTERRUPT_CONFIG {
	ULONG Size;
	WDFSPINLOCK SpinLock;
	WDF_TRI_STATE ShareVector;
	BOOLEAN FloatingSave;
	BOOLEAN AutomaticSerialization;
	PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
	PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
	PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
	PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
	PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
	PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
	PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
	WDFWAITLOCK WaitLock;
	BOOLEAN PassiveHandling;
	WDF_TRI_STATE ReportInactiveOnPowerDown;
	BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
FORCEINLINE VOID WDF_INTERRUPT_CONFIG_INIT(_Out_ PWDF_INTERRUPT_CONFIG Configuration, _In_ PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
	_In_opt_ PFN_WDF_INTERRUPT_DPC EvtInterruptDpc)
{
	RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
	Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
	Configuration->ShareVector = WdfUseDefault;
	Configuration->EvtInterruptIsr = EvtInterruptIsr;
	Configuration->EvtInterruptDpc = EvtInterruptDpc;
	Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}
typedef struct _WDF_INTERRUPT_INFO {
	ULONG Size;
	PHYSICAL_ADDRESS MessageAddress;
	KAFFINITY TargetProcessorSet;
	ULONG MessageData;
	ULONG MessageNumber;
	ULONG Vector;
	KIRQL Irql;
	KINTERRUPT_MODE Mode;
	WDF_INTERRUPT_POLARITY Polarity;
	BOOLEAN MessageSignaled;
	UCHAR ShareDisposition;
	DECLSPEC_ALIGN(8) USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;
FORCEINLINE VOID WDF_INTERRUPT_INFO_INIT(_Out_ PWDF_INTERRUPT_INFO Info)
{
	RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
	Info->Size = sizeof(WDF_INTERRUPT_INFO);
}
typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
	ULONG Size;
	WDF_INTERRUPT_POLICY Policy;
	WDF_INTERRUPT_PRIORITY Priority;
	GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;
FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(_Out_ PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy)
{
	RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
	ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
	ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
	ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfInterruptCreate(_In_ WDFDEVICE Device, _In_ PWDF_INTERRUPT_CONFIG Configuration, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_Out_ WDFINTERRUPT *Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN WdfInterruptQueueDpcForIsr(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN WdfInterruptQueueWorkItemForIsr(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfInterruptSynchronize(_In_ WDFINTERRUPT Interrupt, _In_ PFN_WDF_INTERRUPT_SYNCHRONIZE Callback, _In_ WDFCONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(HIGH_LEVEL) _IRQL_saves_global_(OldIrql, Interrupt)
VOID WdfInterruptAcquireLock(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_(HIGH_LEVEL) _IRQL_restores_global_(OldIrql, Interrupt)
VOID WdfInterruptReleaseLock(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN WdfInterruptTryToAcquireLock(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfInterruptEnable(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfInterruptDisable(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) PKINTERRUPT WdfInterruptWdmGetInterrupt(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfInterruptGetInfo(_In_ WDFINTERRUPT Interrupt, _Out_ PWDF_INTERRUPT_INFO Info);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptSetPolicy(_In_ WDFINTERRUPT Interrupt, _In_ WDF_INTERRUPT_POLICY Policy, _In_ WDF_INTERRUPT_PRIORITY Priority, _In_ KAFFINITY TargetProcessorSet);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfInterruptSetExtendedPolicy(_In_ WDFINTERRUPT Interrupt, _In_ PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);
_IRQL_requires_max_(HIGH_LEVEL) WDFDEVICE WdfInterruptGetDevice(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) VOID WdfInterruptReportActive(_In_ WDFINTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) VOID WdfInterruptReportInactive(_In_ WDFINTERRUPT Interrupt);

/* ===================================================================== */
/* Registry, strings, collections, file objects, resource lists           */
/* ===================================================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryOpenKey(_In_opt_ WDFKEY ParentKey, _In_ PCUNICODE_STRING KeyName, _In_ ACCESS_MASK DesiredAccess,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryCreateKey(_In_opt_ WDFKEY ParentKey, _In_ PCUNICODE_STRING KeyName, _In_ ACCESS_MASK DesiredAccess,
	_In_ ULONG CreateOptions, _Out_opt_ PULONG CreateDisposition, _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfRegistryClose(_In_ WDFKEY Key);
_IRQL_requires_max_(PASSIVE_LEVEL) HANDLE WdfRegistryWdmGetHandle(_In_ WDFKEY Key);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryRemoveKey(_In_ WDFKEY Key);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryRemoveValue(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryValue(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ ULONG ValueLength,
	_Out_writes_bytes_opt_(ValueLength) PVOID Value, _Out_opt_ PULONG ValueLengthQueried, _Out_opt_ PULONG ValueType);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMemory(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ POOL_TYPE PoolType,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes, _Out_ WDFMEMORY *Memory, _Out_opt_ PULONG ValueType);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMultiString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_opt_ PWDF_OBJECT_ATTRIBUTES StringsAttributes,
	_In_ WDFCOLLECTION Collection);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryUnicodeString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _Out_opt_ PUSHORT ValueByteLength,
	_Inout_opt_ PUNICODE_STRING Value);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryQueryString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ WDFSTRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryQueryULong(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _Out_ PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignValue(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ ULONG ValueType, _In_ ULONG ValueLength,
	_In_reads_(ValueLength) PVOID Value);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMemory(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ ULONG ValueType, _In_ WDFMEMORY Memory,
	_In_opt_ PWDFMEMORY_OFFSET MemoryOffsets);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMultiString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ WDFCOLLECTION StringsCollection);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignUnicodeString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ PCUNICODE_STRING Value);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryAssignString(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ WDFSTRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfRegistryAssignULong(_In_ WDFKEY Key, _In_ PCUNICODE_STRING ValueName, _In_ ULONG Value);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfStringCreate(_In_opt_ PCUNICODE_STRING UnicodeString, _In_opt_ PWDF_OBJECT_ATTRIBUTES StringAttributes, _Out_ WDFSTRING *String);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfStringGetUnicodeString(_In_ WDFSTRING String, _Out_ PUNICODE_STRING UnicodeString);

_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfCollectionCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES CollectionAttributes, _Out_ WDFCOLLECTION *Collection);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfCollectionGetCount(_In_ WDFCOLLECTION Collection);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfCollectionAdd(_In_ WDFCOLLECTION Collection, _In_ WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfCollectionRemove(_In_ WDFCOLLECTION Collection, _In_ WDFOBJECT Item);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfCollectionRemoveItem(_In_ WDFCOLLECTION Collection, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT WdfCollectionGetItem(_In_ WDFCOLLECTION Collection, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT WdfCollectionGetFirstItem(_In_ WDFCOLLECTION Collection);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT WdfCollectionGetLastItem(_In_ WDFCOLLECTION Collection);

_IRQL_requires_max_(PASSIVE_LEVEL) PUNICODE_STRING WdfFileObjectGetFileName(_In_ WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfFileObjectGetFlags(_In_ WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfFileObjectGetDevice(_In_ WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT WdfFileObjectWdmGetFileObject(_In_ WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfFileObjectGetInitiatorProcessId(_In_ WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFFILEOBJECT WdfFileObjectGetRelatedFileObject(_In_ WDFFILEOBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfCmResourceListGetCount(_In_ WDFCMRESLIST List);
_IRQL_requires_max_(DISPATCH_LEVEL) PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(_In_ WDFCMRESLIST List, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfCmResourceListAppendDescriptor(_In_ WDFCMRESLIST List, _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCmResourceListInsertDescriptor(_In_ WDFCMRESLIST List, _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfCmResourceListRemove(_In_ WDFCMRESLIST List, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfCmResourceListRemoveByDescriptor(_In_ WDFCMRESLIST List, _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfIoResourceRequirementsListGetCount(_In_ WDFIORESREQLIST RequirementsList);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFIORESLIST WdfIoResourceRequirementsListGetIoResList(_In_ WDFIORESREQLIST RequirementsList, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoResourceRequirementsListSetSlotNumber(_In_ WDFIORESREQLIST RequirementsList, _In_ ULONG SlotNumber);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoResourceRequirementsListSetInterfaceType(_In_ WDFIORESREQLIST RequirementsList, _In_ INTERFACE_TYPE InterfaceType);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfIoResourceRequirementsListAppendIoResList(_In_ WDFIORESREQLIST RequirementsList, _In_ WDFIORESLIST IoResList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceListCreate(_In_ WDFIORESREQLIST RequirementsList, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFIORESLIST *ResourceList);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG WdfIoResourceListGetCount(_In_ WDFIORESLIST ResourceList);
_IRQL_requires_max_(DISPATCH_LEVEL) PIO_RESOURCE_DESCRIPTOR WdfIoResourceListGetDescriptor(_In_ WDFIORESLIST ResourceList, _In_ ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfIoResourceListAppendDescriptor(_In_ WDFIORESLIST ResourceList, _In_ PIO_RESOURCE_DESCRIPTOR Descriptor);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoResourceListRemove(_In_ WDFIORESLIST ResourceList, _In_ ULONG Index);

/* ===================================================================== */
/* DMA                                                                    */
/* ===================================================================== */

typedef enum _WDF_DMA_PROFILE {
	WdfDmaProfileInvalid = 0, WdfDmaProfilePacket, WdfDmaProfileScatterGather, WdfDmaProfilePacket64,
	WdfDmaProfileScatterGather64, WdfDmaProfileScatterGatherDuplex, WdfDmaProfileScatterGather64Duplex,
	WdfDmaProfileSystem, WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;
typedef enum _WDF_DMA_DIRECTION { WdfDmaDirectionReadFromDevice = FALSE, WdfDmaDirectionWriteToDevice = TRUE } WDF_DMA_DIRECTION;
typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
	WDF_DMA_ENABLER_CONFIG_NO_SYSTEM_DMA_ALLOCATION_FLAGS = 0x00000001, WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002
} WDF_DMA_ENABLER_CONFIG_FLAGS;
_Function_class_(EVT_WDF_PROGRAM_DMA) _IRQL_requires_same_ _IRQL_requires_(DISPATCH_LEVEL)
typedef BOOLEAN EVT_WDF_PROGRAM_DMA(_In_ WDFDMATRANSACTION Transaction, _In_ WDFDEVICE Device, _In_ WDFCONTEXT Context,
	_In_ WDF_DMA_DIRECTION Direction, _In_ PSCATTER_GATHER_LIST SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;
_Function_class_(EVT_WDF_DMA_ENABLER_FILL) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FILL(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef EVT_WDF_DMA_ENABLER_FILL EVT_WDF_DMA_ENABLER_FLUSH, EVT_WDF_DMA_ENABLER_ENABLE, EVT_WDF_DMA_ENABLER_DISABLE,
	EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START, EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FLUSH, *PFN_WDF_DMA_ENABLER_ENABLE, *PFN_WDF_DMA_ENABLER_DISABLE,
	*PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START, *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;
_Function_class_(EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE) _IRQL_requires_same_ _IRQL_requires_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE(_In_ WDFDMATRANSACTION Transaction, _In_ WDFDEVICE Device,
	_In_ WDFCONTEXT Context, _In_ WDF_DMA_DIRECTION Direction, _In_ int Status);
typedef EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE *PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE;
typedef struct _WDF_DMA_ENABLER_CONFIG {
	ULONG Size;
	WDF_DMA_PROFILE Profile;
	size_t MaximumLength;
	PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
	PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
	PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
	PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
	PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
	PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
	ULONG AddressWidthOverride;
	ULONG WdmDmaVersionOverride;
	ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;
FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(_Out_ PWDF_DMA_ENABLER_CONFIG Config, _In_ WDF_DMA_PROFILE Profile, _In_ size_t MaximumLength)
{
	RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
	Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
	Config->Profile = Profile;
	Config->MaximumLength = MaximumLength;
}
typedef struct _WDF_COMMON_BUFFER_CONFIG { ULONG Size; ULONG AlignmentRequirement; } WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;
FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(_Out_ PWDF_COMMON_BUFFER_CONFIG Config, _In_ ULONG AlignmentRequirement)
{
	RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
	Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
	Config->AlignmentRequirement = AlignmentRequirement;
}
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDmaEnablerCreate(_In_ WDFDEVICE Device, _In_ PWDF_DMA_ENABLER_CONFIG Config, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_Out_ WDFDMAENABLER *DmaEnablerHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfDmaEnablerGetMaximumLength(_In_ WDFDMAENABLER DmaEnabler);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfDmaEnablerGetMaximumScatterGatherElements(_In_ WDFDMAENABLER DmaEnabler);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfDmaEnablerSetMaximumScatterGatherElements(_In_ WDFDMAENABLER DmaEnabler, _In_ size_t MaximumFragments);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfDmaEnablerGetFragmentLength(_In_ WDFDMAENABLER DmaEnabler, _In_ WDF_DMA_DIRECTION DmaDirection);
_IRQL_requires_max_(DISPATCH_LEVEL) PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(_In_ WDFDMAENABLER DmaEnabler, _In_ WDF_DMA_DIRECTION DmaDirection);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionCreate(_In_ WDFDMAENABLER DmaEnabler, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFDMATRANSACTION *DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitialize(_In_ WDFDMATRANSACTION DmaTransaction, _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
	_In_ WDF_DMA_DIRECTION DmaDirection, _In_ PMDL Mdl, _In_ PVOID VirtualAddress, _In_ size_t Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitializeUsingRequest(_In_ WDFDMATRANSACTION DmaTransaction, _In_ WDFREQUEST Request,
	_In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction, _In_ WDF_DMA_DIRECTION DmaDirection);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitializeUsingOffset(_In_ WDFDMATRANSACTION DmaTransaction, _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
	_In_ WDF_DMA_DIRECTION DmaDirection, _In_ PMDL Mdl, _In_ size_t Offset, _In_ size_t Length);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDmaTransactionExecute(_In_ WDFDMATRANSACTION DmaTransaction, _In_opt_ WDFCONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS WdfDmaTransactionRelease(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfDmaTransactionDmaCompleted(_In_ WDFDMATRANSACTION DmaTransaction, _Out_ NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionDmaCompletedWithLength(_In_ WDFDMATRANSACTION DmaTransaction, _In_ size_t TransferredLength, _Out_ NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionDmaCompletedFinal(_In_ WDFDMATRANSACTION DmaTransaction, _In_ size_t FinalTransferredLength, _Out_ NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfDmaTransactionGetBytesTransferred(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDmaTransactionSetMaximumLength(_In_ WDFDMATRANSACTION DmaTransaction, _In_ size_t MaximumLength);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFREQUEST WdfDmaTransactionGetRequest(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfDmaTransactionGetCurrentDmaTransferLength(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfDmaTransactionGetDevice(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDmaTransactionSetSingleTransferRequirement(_In_ WDFDMATRANSACTION DmaTransaction,
	_In_ BOOLEAN RequireSingleTransfer);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetTransferCompleteCallback(_In_ WDFDMATRANSACTION DmaTransaction,
	_In_opt_ PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE DmaCompletionRoutine, _In_opt_ PVOID DmaCompletionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfDmaTransactionCancel(_In_ WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreate(_In_ WDFDMAENABLER DmaEnabler, _In_ size_t Length, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_Out_ WDFCOMMONBUFFER *CommonBuffer);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreateWithConfig(_In_ WDFDMAENABLER DmaEnabler, _In_ size_t Length, _In_ PWDF_COMMON_BUFFER_CONFIG Config,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFCOMMONBUFFER *CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID WdfCommonBufferGetAlignedVirtualAddress(_In_ WDFCOMMONBUFFER CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) PHYSICAL_ADDRESS WdfCommonBufferGetAlignedLogicalAddress(_In_ WDFCOMMONBUFFER CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t WdfCommonBufferGetLength(_In_ WDFCOMMONBUFFER CommonBuffer);

/* ===================================================================== */
/* WMI                                                                    */
/* ===================================================================== */

typedef enum _WDF_WMI_PROVIDER_CONTROL { WdfWmiControlInvalid = 0, WdfWmiEventControl, WdfWmiInstanceControl } WDF_WMI_PROVIDER_CONTROL;
typedef enum _WDF_WMI_PROVIDER_FLAGS {
	WdfWmiProviderEventOnly = 0x0001, WdfWmiProviderExpensive = 0x0002, WdfWmiProviderTracing = 0x0004
} WDF_WMI_PROVIDER_FLAGS;
_Function_class_(EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG OutBufferSize,
	_Out_writes_bytes_to_(OutBufferSize, *BufferUsed) PVOID OutBuffer, _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE *PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;
_Function_class_(EVT_WDF_WMI_INSTANCE_SET_INSTANCE) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG InBufferSize, _In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE *PFN_WDF_WMI_INSTANCE_SET_INSTANCE;
_Function_class_(EVT_WDF_WMI_INSTANCE_SET_ITEM) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG DataItemId, _In_ ULONG InBufferSize,
	_In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM *PFN_WDF_WMI_INSTANCE_SET_ITEM;
_Function_class_(EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG MethodId, _In_ ULONG InBufferSize,
	_In_ ULONG OutBufferSize, _When_(InBufferSize >= OutBufferSize, _Inout_updates_bytes_(InBufferSize))
	_When_(InBufferSize < OutBufferSize, _Inout_updates_bytes_(OutBufferSize)) PVOID Buffer, _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD *PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;
_Function_class_(EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL) _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
typedef NTSTATUS EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(_In_ WDFWMIPROVIDER WmiProvider, _In_ WDF_WMI_PROVIDER_CONTROL Control, _In_ BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL *PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;
typedef struct _WDF_WMI_PROVIDER_CONFIG {
	ULONG Size;
	GUID Guid;
	ULONG Flags;
	ULONG MinInstanceBufferSize;
	PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;
FORCEINLINE VOID WDF_WMI_PROVIDER_CONFIG_INIT(_Out_ PWDF_WMI_PROVIDER_CONFIG Config, _In_ CONST GUID *Guid)
{
	RtlZeroMemory(Config, sizeof(WDF_WMI_PROVIDER_CONFIG));
	Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
	RtlCopyMemory(&Config->Guid, Guid, sizeof(GUID));
}
typedef struct _WDF_WMI_INSTANCE_CONFIG {
	ULONG Size;
	WDFWMIPROVIDER Provider;
	PWDF_WMI_PROVIDER_CONFIG ProviderConfig;
	BOOLEAN UseContextForQuery;
	BOOLEAN Register;
	PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
	PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
	PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
	PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;
FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(_Out_ PWDF_WMI_INSTANCE_CONFIG Config, _In_ WDFWMIPROVIDER Provider)
{
	RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
	Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
	Config->Provider = Provider;
}
FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(_Out_ PWDF_WMI_INSTANCE_CONFIG Config, _In_ PWDF_WMI_PROVIDER_CONFIG ProviderConfig)
{
	RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
	Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
	Config->ProviderConfig = ProviderConfig;
}
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfWmiProviderCreate(_In_ WDFDEVICE Device, _In_ PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES ProviderAttributes, _Out_ WDFWMIPROVIDER *WmiProvider);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfWmiProviderGetDevice(_In_ WDFWMIPROVIDER WmiProvider);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfWmiProviderIsEnabled(_In_ WDFWMIPROVIDER WmiProvider, _In_ WDF_WMI_PROVIDER_CONTROL ProviderControl);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONGLONG WdfWmiProviderGetTracingHandle(_In_ WDFWMIPROVIDER WmiProvider);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfWmiInstanceCreate(_In_ WDFDEVICE Device, _In_ PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES InstanceAttributes, _Out_opt_ WDFWMIINSTANCE *Instance);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfWmiInstanceRegister(_In_ WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfWmiInstanceDeregister(_In_ WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfWmiInstanceGetDevice(_In_ WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFWMIPROVIDER WdfWmiInstanceGetProvider(_In_ WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(APC_LEVEL)
NTSTATUS WdfWmiInstanceFireEvent(_In_ WDFWMIINSTANCE WmiInstance, _In_opt_ ULONG EventDataSize, _In_reads_bytes_opt_(EventDataSize) PVOID EventData);

#endif /* _WDF_H_ */
