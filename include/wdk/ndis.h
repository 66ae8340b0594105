/*
 * ndis.h - model of the NDIS 6 kernel interface: handles, status codes,
 * locks and events, memory, configuration, NET_BUFFER and NET_BUFFER_LIST,
 * OID requests and status indications, PnP events, and the miniport,
 * protocol, filter and intermediate driver registration and callback types
 * with their NdisM*, NdisF* and Ndis* entry points.
 */
#pragma once
#ifndef _DL_NDIS_H_
#define _DL_NDIS_H_

#include <ntddk.h>
#include <ntddndis.h>
#include <netiodef.h>

/* Version selection: the model always offers the NDIS 6.x surface. */
#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6 1
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61 1
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 1
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 1
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 1
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 1
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 1
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 1
#endif
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 30
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 30
#define NDIS_FILTER_MAJOR_VERSION 6
#define NDIS_FILTER_MINOR_VERSION 30
#define NDIS_RUNTIME_VERSION_60 ((6 << 16) | 0)
#define NDIS_RUNTIME_VERSION_630 ((6 << 16) | 30)

#define NDISAPI DECLSPEC_IMPORT
#define EXPORT
#define NDIS_API NTAPI
#define NDIS_PAGEABLE_FUNCTION(f) alloc_text(PAGE, f)
#define NDIS_INIT_FUNCTION(f) alloc_text(INIT, f)

/* Basic types */
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;
typedef struct _NDIS_PACKET *PNDIS_PACKET;
typedef struct _NDIS_MINIPORT_BLOCK *PNDIS_MINIPORT_BLOCK;
#define NDIS_STRING_CONST(x) RTL_CONSTANT_STRING(L##x)
#define NdisInitUnicodeString(Destination, Source) RtlInitUnicodeString((Destination), (Source))
#define NdisInitializeString(Destination, Source) RtlCreateUnicodeStringFromAsciiz((Destination), (PCSZ)(Source))
#define NdisFreeString(String) RtlFreeUnicodeString(&(String))
#define NdisEqualString(String1, String2, CaseInsensitive) RtlEqualUnicodeString((String1), (String2), (CaseInsensitive))
#define NdisUpcaseUnicodeString(Destination, Source) RtlUpcaseUnicodeString((Destination), (Source), FALSE)
#define NdisAnsiStringToUnicodeString(Destination, Source) RtlAnsiStringToUnicodeString((Destination), (Source), FALSE)
#define NdisUnicodeStringToAnsiString(Destination, Source) RtlUnicodeStringToAnsiString((Destination), (Source), FALSE)
#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value) ((PhysicalAddress).HighPart) = (Value)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value) ((PhysicalAddress).LowPart) = (Value)

/* Status codes */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)STATUS_NDIS_INDICATION_REQUIRED)
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#define NDIS_STATUS_WAN_CO_MTULINKPARAMS ((NDIS_STATUS)0x40010025L)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)
#define NDIS_STATUS_IP_OPER_STATUS ((NDIS_STATUS)0x40010026L)
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004L)
#define NDIS_STATUS_SEND_ABORTED ((NDIS_STATUS)0x40020005L)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x40020008L)
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000EL)
#define NDIS_STATUS_PM_WOL_PATTERN_REJECTED ((NDIS_STATUS)0x40030051L)
#define NDIS_STATUS_PM_OFFLOAD_REJECTED ((NDIS_STATUS)0x40030052L)
#define NDIS_STATUS_PM_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030053L)
#define NDIS_STATUS_RSS_HASH_SECRET_KEY_CHANGE ((NDIS_STATUS)0x40030054L)
#define NDIS_STATUS_QOS_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030055L)
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x40030056L)
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x40030057L)
#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0x40030058L)
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0x40030059L)
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0010004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0010005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0010007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC001000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC001000BL)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC001000DL)
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC001000EL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC001000FL)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0010015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0010018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0010019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC001001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC001001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC001001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC001001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC001001EL)
#define NDIS_STATUS_NO_CABLE ((NDIS_STATUS)0xC001001FL)
#define NDIS_STATUS_INVALID_SAP ((NDIS_STATUS)0xC0010020L)
#define NDIS_STATUS_SAP_IN_USE ((NDIS_STATUS)0xC0010021L)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0010022L)
#define NDIS_STATUS_VC_NOT_ACTIVATED ((NDIS_STATUS)0xC0010023L)
#define NDIS_STATUS_DEST_OUT_OF_ORDER ((NDIS_STATUS)0xC0010024L)
#define NDIS_STATUS_VC_NOT_AVAILABLE ((NDIS_STATUS)0xC0010025L)
#define NDIS_STATUS_CELLRATE_NOT_AVAILABLE ((NDIS_STATUS)0xC0010026L)
#define NDIS_STATUS_INCOMPATABLE_QOS ((NDIS_STATUS)0xC0010027L)
#define NDIS_STATUS_AAL_PARAMS_UNSUPPORTED ((NDIS_STATUS)0xC0010028L)
#define NDIS_STATUS_NO_ROUTE_TO_DESTINATION ((NDIS_STATUS)0xC0010029L)
#define NDIS_STATUS_TOKEN_RING_OPEN_ERROR ((NDIS_STATUS)0xC0011000L)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_NETWORK_UNREACHABLE ((NDIS_STATUS)STATUS_NETWORK_UNREACHABLE)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC023002BL)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC023002CL)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC023002DL)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC023002EL)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002FL)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0230030L)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0230031L)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)0x0001000CL)
#define NDIS_STATUS_UNSUPPORTED_MEDIA_TYPE NDIS_STATUS_UNSUPPORTED_MEDIA
#define NDIS_STATUS_SEND_ABORTED_OR_FAILED NDIS_STATUS_SEND_ABORTED
#define NDIS_STATUS_PM_WOL_PATTERN_LIST_FULL ((NDIS_STATUS)0xC0232000L)
#define NDIS_STATUS_PM_PROTOCOL_OFFLOAD_LIST_FULL ((NDIS_STATUS)0xC0232001L)
#define NDIS_STATUS_OFFLOAD_POLICY ((NDIS_STATUS)0xC023100FL)
#define NDIS_STATUS_OFFLOAD_CONNECTION_REJECTED ((NDIS_STATUS)0xC0231012L)
#define NDIS_STATUS_UPLOAD_IN_PROGRESS ((NDIS_STATUS)0xC0231001L)
#define NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED ((NDIS_STATUS)0xC0232000L)
#define NDIS_STATUS_DOT11_MEDIA_IN_USE ((NDIS_STATUS)0xC0232001L)
#define NDIS_STATUS_DOT11_POWER_STATE_INVALID ((NDIS_STATUS)0xC0232002L)

/* Error log codes */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT EVENT_NDIS_RESOURCE_CONFLICT
#define EVENT_NDIS_RESOURCE_CONFLICT 0xC000138CL
#define EVENT_NDIS_OUT_OF_RESOURCE 0xC000138DL
#define EVENT_NDIS_HARDWARE_FAILURE 0xC000138EL
#define EVENT_NDIS_ADAPTER_NOT_FOUND 0xC000138FL
#define EVENT_NDIS_INTERRUPT_CONNECT 0xC0001390L
#define EVENT_NDIS_DRIVER_FAILURE 0xC0001391L
#define EVENT_NDIS_BAD_VERSION 0xC0001392L
#define EVENT_NDIS_TIMEOUT 0x80001393L
#define EVENT_NDIS_NETWORK_ADDRESS 0xC0001394L
#define EVENT_NDIS_UNSUPPORTED_CONFIGURATION 0xC0001395L
#define EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER 0xC0001396L
#define EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER 0xC0001397L
#define EVENT_NDIS_BAD_IO_BASE_ADDRESS 0xC0001398L
#define EVENT_NDIS_RECEIVE_SPACE_SMALL 0x40001399L
#define EVENT_NDIS_ADAPTER_DISABLED 0x8000139AL
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES EVENT_NDIS_OUT_OF_RESOURCE
#define NDIS_ERROR_CODE_HARDWARE_FAILURE EVENT_NDIS_HARDWARE_FAILURE
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND EVENT_NDIS_ADAPTER_NOT_FOUND
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT EVENT_NDIS_INTERRUPT_CONNECT
#define NDIS_ERROR_CODE_DRIVER_FAILURE EVENT_NDIS_DRIVER_FAILURE
#define NDIS_ERROR_CODE_BAD_VERSION EVENT_NDIS_BAD_VERSION
#define NDIS_ERROR_CODE_TIMEOUT EVENT_NDIS_TIMEOUT
#define NDIS_ERROR_CODE_NETWORK_ADDRESS EVENT_NDIS_NETWORK_ADDRESS
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION EVENT_NDIS_UNSUPPORTED_CONFIGURATION
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS EVENT_NDIS_BAD_IO_BASE_ADDRESS
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL EVENT_NDIS_RECEIVE_SPACE_SMALL
#define NDIS_ERROR_CODE_ADAPTER_DISABLED EVENT_NDIS_ADAPTER_DISABLED
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisWriteErrorLogEntry(_In_ NDIS_HANDLE NdisAdapterHandle, _In_ NDIS_ERROR_CODE ErrorCode,
	_In_ ULONG NumberOfErrorValues, ...);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisWriteEventLogEntry(_In_ PVOID LogHandle, _In_ NDIS_STATUS EventCode, _In_ ULONG UniqueEventValue,
	_In_ USHORT NumStrings, _In_opt_ PVOID StringsList, _In_ ULONG DataSize, _In_reads_bytes_opt_(DataSize) PVOID Data);

/* ===================================================================== */
/* Memory, lists, interlocked operations, IRQL                            */
/* ===================================================================== */

#define NdisMoveMemory(Destination, Source, Length) RtlCopyMemory((Destination), (Source), (Length))
#define NdisZeroMemory(Destination, Length) RtlZeroMemory((Destination), (Length))
#define NdisFillMemory(Destination, Length, Fill) RtlFillMemory((Destination), (Length), (Fill))
#define NdisEqualMemory(Source1, Source2, Length) RtlEqualMemory((Source1), (Source2), (Length))
#define NdisMoveMappedMemory(Destination, Source, Length) RtlCopyMemory((Destination), (Source), (Length))
#define NdisZeroMappedMemory(Destination, Length) RtlZeroMemory((Destination), (Length))
#define NdisRetrieveUlong(DestinationAddress, SourceAddress) RtlRetrieveUlong((DestinationAddress), (SourceAddress))
#define NdisStoreUlong(DestinationAddress, Value) RtlStoreUlong((DestinationAddress), (Value))
#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002
typedef enum _EX_POOL_PRIORITY NDIS_EX_POOL_PRIORITY;
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateMemoryWithTag(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress, _In_ UINT Length,
	_In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PVOID NdisAllocateMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag,
	_In_ EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PVOID NdisAllocateMemoryWithTagPriority2(_In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag,
	_In_ EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemory(_In_reads_bytes_(Length) __drv_freesMem(Mem) PVOID VirtualAddress, _In_ UINT Length,
	_In_ UINT MemoryFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemoryWithTag(_In_ __drv_freesMem(Mem) PVOID VirtualAddress, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ __drv_freesMem(Mem) PVOID VirtualAddress,
	_In_ ULONG Tag);
NDISAPI ULONG NdisGetSharedDataAlignment(VOID);
#define NdisInitializeListHead(ListHead) InitializeListHead(ListHead)
#define NdisInterlockedInsertHeadList(ListHead, ListEntry, SpinLock) \
	ExInterlockedInsertHeadList((ListHead), (ListEntry), &(SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(ListHead, ListEntry, SpinLock) \
	ExInterlockedInsertTailList((ListHead), (ListEntry), &(SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(ListHead, SpinLock) ExInterlockedRemoveHeadList((ListHead), &(SpinLock)->SpinLock)
#define NdisInterlockedPushEntryList(ListHead, ListEntry, Lock) \
	ExInterlockedPushEntryList((ListHead), (ListEntry), &(Lock)->SpinLock)
#define NdisInterlockedPopEntryList(ListHead, Lock) ExInterlockedPopEntryList((ListHead), &(Lock)->SpinLock)
#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(Addend, Increment, SpinLock) ExInterlockedAddUlong((Addend), (Increment), &(SpinLock)->SpinLock)
#define NdisInterlockedAddLargeStatistic(Addend, Increment) InterlockedExchangeAdd64((LONG64 *)(Addend), (LONG64)(Increment))
#define NdisInterlockedExchange(Target, Value) InterlockedExchange((Target), (Value))
#define NdisInterlockedCompareExchange(Destination, Exchange, Comparand) \
	InterlockedCompareExchange((Destination), (Exchange), (Comparand))
#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_) KeRaiseIrql(DISPATCH_LEVEL, (_pIrql_))
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_) KeLowerIrql(_OldIrql_)
#define NdisGetCurrentProcessorCpuUsage(pCpuUsage) NdisGetCurrentProcessorCounts(NULL, NULL, (pCpuUsage))
#define NdisGetCurrentProcessorCounts(pIdleCount, pKernelAndUser, pIndex) ((void)0)
#define NdisGetCurrentSystemTime(pSystemTime) KeQuerySystemTime(pSystemTime)
#define NdisStallExecution(MicroSecondsToStall) KeStallExecutionProcessor(MicroSecondsToStall)
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisMSleep(_In_ ULONG MicrosecondsToSleep);
NDISAPI ULONG NdisSystemProcessorCount(VOID);
#define NdisQueryPendingIOCount(_A, _B) ((void)0)

/* ===================================================================== */
/* Locks and events                                                       */
/* ===================================================================== */

typedef struct _NDIS_SPIN_LOCK { KSPIN_LOCK SpinLock; KIRQL OldIrql; } NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(SpinLock, SpinLock)
NDISAPI VOID NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(SpinLock, SpinLock)
NDISAPI VOID NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) NDISAPI VOID NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) NDISAPI VOID NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

typedef struct _LOCK_STATE { USHORT LockState; KIRQL OldIrql; } LOCK_STATE, *PLOCK_STATE;
typedef struct _NDIS_RW_LOCK {
	union { struct { KSPIN_LOCK SpinLock; PVOID Context; }; UCHAR Reserved[16]; };
	union { UCHAR RefCount[32][16]; ULONG RefCountEx[32 * 4]; };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ BOOLEAN fWrite, _Out_ PLOCK_STATE LockState);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ PLOCK_STATE LockState);
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;
typedef struct _LOCK_STATE_EX { KIRQL OldIrql; UCHAR LockState; UCHAR Flags; } LOCK_STATE_EX, *PLOCK_STATE_EX;
#define NDIS_RWL_AT_DISPATCH_LEVEL 1
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI PNDIS_RW_LOCK_EX NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireRWLockRead(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireRWLockWrite(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisReleaseRWLock(_In_ PNDIS_RW_LOCK_EX Lock, _In_ PLOCK_STATE_EX LockState);

typedef struct _NDIS_EVENT { KEVENT Event; } NDIS_EVENT, *PNDIS_EVENT;
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisInitializeEvent(_Out_ PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisSetEvent(_In_ PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisResetEvent(_In_ PNDIS_EVENT Event);
_When_(MsToWait != 0, _IRQL_requires_max_(APC_LEVEL))
NDISAPI BOOLEAN NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);

typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M) KeInitializeMutex((_M), 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M) KeWaitForSingleObject((_M), Executive, KernelMode, FALSE, NULL)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex((_M), FALSE)

/* ===================================================================== */
/* Timers, work items, generic objects, lookaside lists                   */
/* ===================================================================== */

_Function_class_(NDIS_TIMER_FUNCTION) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID NDIS_TIMER_FUNCTION(_In_ PVOID SystemSpecific1, _In_ PVOID FunctionContext, _In_ PVOID SystemSpecific2,
	_In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;
#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
typedef struct _NDIS_TIMER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; ULONG AllocationTag; PNDIS_TIMER_FUNCTION TimerFunction; PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 sizeof(NDIS_TIMER_CHARACTERISTICS)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateTimerObject(_In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
	_Out_ PNDIS_HANDLE pTimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI BOOLEAN NdisSetTimerObject(_In_ NDIS_HANDLE TimerObject, _In_ LARGE_INTEGER DueTime, _In_opt_ LONG MillisecondsPeriod,
	_In_opt_ PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI BOOLEAN NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

_Function_class_(NDIS_IO_WORKITEM_FUNCTION) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID NDIS_IO_WORKITEM_FUNCTION(_In_opt_ PVOID WorkItemContext, _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;
typedef NDIS_IO_WORKITEM_FUNCTION *PNDIS_IO_WORKITEM_ROUTINE;
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI NDIS_HANDLE NdisAllocateIoWorkItem(_In_ NDIS_HANDLE NdisObjectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisQueueIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle, _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
	_In_ PVOID WorkItemContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

typedef struct _NDIS_GENERIC_OBJECT { NDIS_OBJECT_HEADER Header; PVOID Caller; PVOID CallersCaller;
	PDRIVER_OBJECT DriverObject; } NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNDIS_GENERIC_OBJECT NdisAllocateGenericObject(_In_opt_ PDRIVER_OBJECT DriverObject, _In_ ULONG Tag, _In_ USHORT Size);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeGenericObject(_In_ PNDIS_GENERIC_OBJECT NdisObject);

#define NdisInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D) \
	ExInitializeNPagedLookasideList((_L), (_AR), (_FR), (_Fl), (_S), (_T), (_D))
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L) ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E) ExFreeToNPagedLookasideList((_L), (_E))

/* ===================================================================== */
/* Configuration (registry)                                               */
/* ===================================================================== */

typedef enum _NDIS_PARAMETER_TYPE { NdisParameterInteger, NdisParameterHexInteger, NdisParameterString,
	NdisParameterMultiString, NdisParameterBinary } NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;
typedef struct { USHORT Length; PVOID Buffer; } BINARY_DATA;
typedef struct _NDIS_CONFIGURATION_PARAMETER {
	NDIS_PARAMETER_TYPE ParameterType;
	union { ULONG IntegerData; NDIS_STRING StringData; BINARY_DATA BinaryData; } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;
#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001
typedef struct _NDIS_CONFIGURATION_OBJECT { NDIS_OBJECT_HEADER Header; NDIS_HANDLE NdisHandle; ULONG Flags; }
	NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 sizeof(NDIS_CONFIGURATION_OBJECT)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisOpenConfigurationEx(_In_ PNDIS_CONFIGURATION_OBJECT ConfigObject, _Out_ PNDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReadConfiguration(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
	_In_ NDIS_HANDLE ConfigurationHandle, _In_ PNDIS_STRING Keyword, _In_ NDIS_PARAMETER_TYPE ParameterType);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisWriteConfiguration(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle, _In_ PNDIS_STRING Keyword,
	_In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReadNetworkAddress(_Out_ PNDIS_STATUS Status, _Outptr_result_bytebuffer_to_(*NetworkAddressLength,
	*NetworkAddressLength) PVOID *NetworkAddress, _Out_ PUINT NetworkAddressLength, _In_ NDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenConfigurationKeyByName(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
	_In_ PNDIS_STRING SubKeyName, _Out_ PNDIS_HANDLE SubKeyHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenConfigurationKeyByIndex(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
	_In_ ULONG Index, _Out_ PNDIS_STRING KeyName, _Out_ PNDIS_HANDLE KeyHandle);

/* ===================================================================== */
/* MDLs, NET_BUFFER and NET_BUFFER_LIST                                   */
/* ===================================================================== */

#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) { *(_NextMdl) = (_CurrentMdl)->Next; }
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority) { \
	if (ARGUMENT_PRESENT(_VirtualAddress)) { \
		*(PVOID *)(_VirtualAddress) = MmGetSystemAddressForMdlSafe((_Mdl), (_Priority)); } \
	*(_Length) = MmGetMdlByteCount(_Mdl); }
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length) { *(_Offset) = MmGetMdlByteOffset(_Mdl); *(_Length) = MmGetMdlByteCount(_Mdl); }
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl) ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(_Mdl), MmGetMdlByteCount(_Mdl))
#define NdisAdjustMdlLength(_Mdl, _Length) ((_Mdl)->ByteCount = (_Length))
#define NdisBufferLength MmGetMdlByteCount
#define NdisBufferVirtualAddress(_Buffer) MmGetSystemAddressForMdlSafe((_Buffer), NormalPagePriority)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PMDL NdisAllocateMdl(_In_ NDIS_HANDLE NdisHandle, _In_reads_bytes_(Length) PVOID VirtualAddress, _In_ UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeMdl(_In_ __drv_freesMem(mem) PMDL Mdl);

typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
struct _NET_BUFFER_LIST_CONTEXT {
	PNET_BUFFER_LIST_CONTEXT Next; USHORT Size; USHORT Offset; UCHAR ContextData[1];
};
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;
struct _NET_BUFFER_SHARED_MEMORY {
	PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment; ULONG SharedMemoryFlags; NDIS_HANDLE SharedMemoryHandle;
	ULONG SharedMemoryOffset; ULONG SharedMemoryLength;
};
typedef union _NET_BUFFER_DATA_LENGTH { ULONG DataLength; SIZE_T stDataLength; } NET_BUFFER_DATA_LENGTH,
	*PNET_BUFFER_DATA_LENGTH;
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_HEADER {
	union {
		struct {
			PNET_BUFFER Next; PMDL CurrentMdl; ULONG CurrentMdlOffset;
			union { ULONG DataLength; SIZE_T stDataLength; };
			PMDL MdlChain; ULONG DataOffset;
		};
		SLIST_HEADER Link;
	};
} NET_BUFFER_HEADER, *PNET_BUFFER_HEADER;
struct _NET_BUFFER {
	union {
		struct {
			PNET_BUFFER Next; PMDL CurrentMdl; ULONG CurrentMdlOffset;
			union { ULONG DataLength; SIZE_T stDataLength; };
			PMDL MdlChain; ULONG DataOffset;
		};
		SLIST_HEADER Link;
		NET_BUFFER_HEADER NetBufferHeader;
	};
	USHORT ChecksumBias; USHORT Reserved; NDIS_HANDLE NdisPoolHandle; PVOID NdisReserved[2];
	PVOID ProtocolReserved[6]; PVOID MiniportReserved[4]; NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
	union { PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo; PSCATTER_GATHER_LIST ScatterGatherList; };
};
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
	TcpIpChecksumNetBufferListInfo, TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
	IPsecOffloadV1NetBufferListInfo, IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
	TcpLargeSendNetBufferListInfo, TcpReceiveNoPush = TcpLargeSendNetBufferListInfo, ClassificationHandleNetBufferListInfo,
	Ieee8021QNetBufferListInfo, NetBufferListCancelId, MediaSpecificInformation, NetBufferListFrameType,
	NetBufferListProtocolId = NetBufferListFrameType, NetBufferListHashValue, NetBufferListHashInfo,
	WfpNetBufferListInfo, IPsecOffloadV2TunnelNetBufferListInfo, IPsecOffloadV2HeaderNetBufferListInfo,
	NetBufferListCorrelationId, NetBufferListFilteringInfo, MediaSpecificInformationEx, NblOriginalInterfaceIfIndex,
	NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex, TcpReceiveBytesTransferred, NrtNameResolutionId = TcpReceiveBytesTransferred,
	SwitchForwardingReserved, SwitchForwardingDetail, VirtualSubnetInfo, IMReserved, TcpRecvSegCoalesceInfo,
	UdpRecvSegCoalesceInfo = TcpRecvSegCoalesceInfo, RscTcpTimestampDelta, TcpSendOffloadsSupplementalNetBufferListInfo,
	UdpSegmentationOffloadInfo = TcpSendOffloadsSupplementalNetBufferListInfo, GftOffloadInformation, GftFlowEntryId,
	NetBufferListInfoReserved3, MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_HEADER {
	union { struct { PNET_BUFFER_LIST Next; PNET_BUFFER FirstNetBuffer; }; SLIST_HEADER Link; };
} NET_BUFFER_LIST_HEADER, *PNET_BUFFER_LIST_HEADER;
struct _NET_BUFFER_LIST {
	union {
		struct { PNET_BUFFER_LIST Next; PNET_BUFFER FirstNetBuffer; };
		SLIST_HEADER Link;
		NET_BUFFER_LIST_HEADER NetBufferListHeader;
	};
	PNET_BUFFER_LIST_CONTEXT Context; PNET_BUFFER_LIST ParentNetBufferList; NDIS_HANDLE NdisPoolHandle;
	PVOID NdisReserved[2]; PVOID ProtocolReserved[4]; PVOID MiniportReserved[2]; PVOID Scratch;
	NDIS_HANDLE SourceHandle; ULONG NblFlags; LONG ChildRefCount; ULONG Flags;
	union { NDIS_STATUS Status; ULONG NdisReserved2; };
	PVOID NetBufferListInfo[MaxNetBufferListInfo];
};
#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI) ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI) ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI) ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI) ((_SHI)->SharedMemoryLength)
#define NET_BUFFER_SCATTER_GATHER_LIST(_NB) ((_NB)->ScatterGatherList)
#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) (((_NBL)->Context)->Size)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) ((_NBL)->NetBufferListInfo[NetBufferListHashValue])
#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL) ((_NBL)->NetBufferListInfo[NetBufferListHashInfo])
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL) ((_NBL)->NetBufferListInfo[NetBufferListFilteringInfo])
#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(_NBL) \
	((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&(_NBL)->NetBufferListInfo[SwitchForwardingDetail])
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL) ((ULONG)(ULONG_PTR)((_NBL)->NetBufferListInfo[NetBufferListHashValue]))
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue) ((_NBL)->NetBufferListInfo[NetBufferListHashValue] = (PVOID)(ULONG_PTR)(_HashValue))
#define NdisTestNblFlag(_NBL, _F) (((_NBL)->NblFlags & (_F)) != 0)
#define NdisSetNblFlag(_NBL, _F) ((_NBL)->NblFlags |= (_F))
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))
#define NBL_TEST_FLAG(_NBL, _F) (((_NBL)->Flags & (_F)) != 0)
#define NBL_SET_FLAG(_NBL, _F) ((_NBL)->Flags |= (_F))
#define NBL_CLEAR_FLAG(_NBL, _F) ((_NBL)->Flags &= ~(_F))
#define NBL_PROT_RSVD_FLAGS 0x000F0000
#define NBL_MINIPORT_RSVD_FLAGS 0xF0000000
#define NBL_SET_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags |= ((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_CLEAR_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags &= ~((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_TEST_PROT_RSVD_FLAG(_NBL, _F) (((_NBL)->Flags & ((_F) & NBL_PROT_RSVD_FLAGS)) != 0)
#define NDIS_NBL_FLAGS_SEND_READ_ONLY 0x00000001
#define NDIS_NBL_FLAGS_RECV_READ_ONLY 0x00000002
#define NDIS_NBL_FLAGS_IS_IPV4 0x00000200
#define NDIS_NBL_FLAGS_IS_IPV6 0x00000400
#define NDIS_NBL_FLAGS_IS_TCP 0x00000800
#define NDIS_NBL_FLAGS_IS_UDP 0x00001000
#define NDIS_NBL_FLAGS_IS_LOOPBACK_PACKET 0x00008000
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId) = (_CancelId))
#define NDIS_GET_NET_BUFFER_LIST_VLAN_ID(_NBL) \
	(((NDIS_NET_BUFFER_LIST_8021Q_INFO *)&NET_BUFFER_LIST_INFO((_NBL), Ieee8021QNetBufferListInfo))->TagHeader.VlanId)
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
	union {
		struct { UINT32 UserPriority : 3; UINT32 CanonicalFormatId : 1; UINT32 VlanId : 12; UINT32 Reserved : 16; } TagHeader;
		struct { UINT32 UserPriority : 3; UINT32 CanonicalFormatId : 1; UINT32 VlanId : 12; UINT32 WMMInfo : 4;
			UINT32 Reserved : 12; } WLanTagHeader;
		PVOID Value;
	};
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;
typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
	union {
		struct { ULONG IsIPv4 : 1; ULONG IsIPv6 : 1; ULONG TcpChecksum : 1; ULONG UdpChecksum : 1; ULONG IpHeaderChecksum : 1;
			ULONG Reserved : 11; ULONG TcpHeaderOffset : 10; } Transmit;
		struct { ULONG TcpChecksumFailed : 1; ULONG UdpChecksumFailed : 1; ULONG IpChecksumFailed : 1;
			ULONG TcpChecksumSucceeded : 1; ULONG UdpChecksumSucceeded : 1; ULONG IpChecksumSucceeded : 1; ULONG Loopback : 1;
			ULONG TcpChecksumValueInvalid : 1; ULONG IpChecksumValueInvalid : 1; } Receive;
		PVOID Value;
	};
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 2
typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
	NDIS_OBJECT_HEADER Header; UCHAR ProtocolId; BOOLEAN fAllocateNetBuffer; USHORT ContextSize; ULONG PoolTag;
	ULONG DataSize; ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 FIELD_OFFSET(NET_BUFFER_LIST_POOL_PARAMETERS, Flags)
#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
typedef struct _NET_BUFFER_POOL_PARAMETERS { NDIS_OBJECT_HEADER Header; ULONG PoolTag; ULONG DataSize; }
	NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1 sizeof(NET_BUFFER_POOL_PARAMETERS)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_HANDLE NdisAllocateNetBufferListPool(_In_opt_ NDIS_HANDLE NdisHandle, _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeNetBufferListPool(_In_ __drv_freesMem(mem) NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_HANDLE NdisAllocateNetBufferPool(_In_opt_ NDIS_HANDLE NdisHandle, _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeNetBufferPool(_In_ __drv_freesMem(mem) NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER_LIST NdisAllocateNetBufferList(_In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
	_In_ USHORT ContextBackFill);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER_LIST NdisAllocateNetBufferAndNetBufferList(_In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
	_In_ USHORT ContextBackFill, _In_opt_ __drv_aliasesMem PMDL MdlChain, _In_ ULONG DataOffset, _In_ SIZE_T DataLength);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeNetBufferList(_In_ __drv_freesMem(mem) PNET_BUFFER_LIST NetBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER NdisAllocateNetBuffer(_In_ NDIS_HANDLE PoolHandle, _In_opt_ PMDL MdlChain, _In_ ULONG DataOffset,
	_In_ SIZE_T DataLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER NdisAllocateNetBufferMdlAndData(_In_ NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeNetBuffer(_In_ __drv_freesMem(mem) PNET_BUFFER NetBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize,
	_In_ USHORT ContextBackFill, _In_ ULONG PoolTag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize);
typedef PMDL (*NET_BUFFER_ALLOCATE_MDL_HANDLER)(_Inout_ PULONG BufferSize);
typedef NET_BUFFER_ALLOCATE_MDL_HANDLER *PNET_BUFFER_ALLOCATE_MDL_HANDLER;
typedef VOID (*NET_BUFFER_FREE_MDL_HANDLER)(_In_ PMDL Mdl);
typedef NET_BUFFER_FREE_MDL_HANDLER *PNET_BUFFER_FREE_MDL_HANDLER;
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisRetreatNetBufferDataStart(_In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta,
	_In_ ULONG DataBackFill, _In_opt_ NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisAdvanceNetBufferDataStart(_In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta, _In_ BOOLEAN FreeMdl,
	_In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisRetreatNetBufferListDataStart(_In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
	_In_ ULONG DataBackFill, _In_opt_ NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler,
	_In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisAdvanceNetBufferListDataStart(_In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
	_In_ BOOLEAN FreeMdl, _In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PVOID NdisGetDataBuffer(_In_ PNET_BUFFER NetBuffer, _In_ ULONG BytesNeeded, _Out_opt_ PVOID Storage,
	_In_ UINT AlignMultiple, _In_ UINT AlignOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisCopyFromNetBufferToNetBuffer(_In_ PNET_BUFFER Destination, _In_ ULONG DestinationOffset,
	_In_ ULONG BytesToCopy, _In_ PNET_BUFFER Source, _In_ ULONG SourceOffset, _Out_ PULONG BytesCopied);
#define NDIS_CLONE_FLAGS_RESERVED 0x00000001
#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000002
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER_LIST NdisAllocateCloneNetBufferList(_In_ PNET_BUFFER_LIST OriginalNetBufferList,
	_In_opt_ NDIS_HANDLE NetBufferListPoolHandle, _In_opt_ NDIS_HANDLE NetBufferPoolHandle, _In_ ULONG AllocateCloneFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeCloneNetBufferList(_In_ PNET_BUFFER_LIST CloneNetBufferList, _In_ ULONG FreeCloneFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNET_BUFFER_LIST NdisAllocateFragmentNetBufferList(_In_ PNET_BUFFER_LIST OriginalNetBufferList,
	_In_opt_ NDIS_HANDLE NetBufferListPool, _In_opt_ NDIS_HANDLE NetBufferPool, _In_ ULONG StartOffset,
	_In_ ULONG MaximumLength, _In_ ULONG DataOffsetDelta, _In_ ULONG DataBackFill, _In_ ULONG AllocateFragmentFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFreeFragmentNetBufferList(_In_ PNET_BUFFER_LIST FragmentNetBufferList,
	_In_ ULONG DataOffsetDelta, _In_ ULONG FreeFragmentFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI UCHAR NdisGeneratePartialCancelId(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI ULONG NdisQueryNetBufferPhysicalCount(_In_ PNET_BUFFER NetBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI NDIS_HANDLE NdisGetPoolFromNetBufferList(_In_ PNET_BUFFER_LIST NetBufferList);

/* Send, receive and return flags */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000020
#define NDIS_TEST_SEND_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_SEND_FLAG((_Flags), NDIS_SEND_FLAGS_DISPATCH_LEVEL)
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags) \
	NDIS_TEST_SEND_COMPLETE_FLAG((_Flags), NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL)
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00004000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00008000
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags) NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_RESOURCES)
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags) (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_RETURN_FLAG((_Flags), NDIS_RETURN_FLAGS_DISPATCH_LEVEL)

/* ===================================================================== */
/* OID requests, status indications, PnP events                           */
/* ===================================================================== */

typedef enum _NDIS_REQUEST_TYPE {
	NdisRequestQueryInformation, NdisRequestSetInformation, NdisRequestQueryStatistics, NdisRequestOpen,
	NdisRequestClose, NdisRequestSend, NdisRequestTransferData, NdisRequestReset, NdisRequestGeneric1,
	NdisRequestGeneric2, NdisRequestGeneric3, NdisRequestGeneric4, NdisRequestMethod
} NDIS_REQUEST_TYPE, *PNDIS_REQUEST_TYPE;
#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_OID_REQUEST_REVISION_2 2
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001
#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16
#define NDIS_OID_REQUEST_TIMEOUT_INFINITE 0
typedef struct _NDIS_OID_REQUEST NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;
struct _NDIS_OID_REQUEST {
	NDIS_OBJECT_HEADER Header; NDIS_REQUEST_TYPE RequestType; NDIS_PORT_NUMBER PortNumber; UINT Timeout;
	PVOID RequestId; NDIS_HANDLE RequestHandle;
	union _REQUEST_DATA {
		struct _QUERY { NDIS_OID Oid; PVOID InformationBuffer; UINT InformationBufferLength; UINT BytesWritten;
			UINT BytesNeeded; } QUERY_INFORMATION;
		struct _SET { NDIS_OID Oid; PVOID InformationBuffer; UINT InformationBufferLength; UINT BytesRead;
			UINT BytesNeeded; } SET_INFORMATION;
		struct _METHOD { NDIS_OID Oid; PVOID InformationBuffer; ULONG InputBufferLength; ULONG OutputBufferLength;
			ULONG MethodId; UINT BytesWritten; UINT BytesRead; UINT BytesNeeded; } METHOD_INFORMATION;
	} DATA;
	UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
	UCHAR MiniportReserved[2 * sizeof(PVOID)]; UCHAR SourceReserved[2 * sizeof(PVOID)]; UCHAR SupportedRevision;
	UCHAR Reserved1; USHORT Reserved2; NDIS_NIC_SWITCH_ID SwitchId; NDIS_NIC_SWITCH_VPORT_ID VPortId; ULONG Flags;
};
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 FIELD_OFFSET(NDIS_OID_REQUEST, SwitchId)
typedef NDIS_OID_REQUEST NDIS_REQUEST, *PNDIS_REQUEST;
#define NDIS_STATUS_INDICATION_REVISION_1 1
typedef struct _NDIS_STATUS_INDICATION {
	NDIS_OBJECT_HEADER Header; NDIS_HANDLE SourceHandle; NDIS_PORT_NUMBER PortNumber; NDIS_STATUS StatusCode;
	ULONG Flags; NDIS_HANDLE DestinationHandle; PVOID RequestId; PVOID StatusBuffer; ULONG StatusBufferSize;
	GUID Guid; PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1 sizeof(NDIS_STATUS_INDICATION)
#define NDIS_STATUS_INDICATION_FLAGS_MEDIA_CONNECT_TO_CONNECT 0x0001

typedef enum _NET_PNP_EVENT_CODE {
	NetEventSetPower, NetEventQueryPower, NetEventQueryRemoveDevice, NetEventCancelRemoveDevice, NetEventReconfigure,
	NetEventBindList, NetEventBindsComplete, NetEventPnPCapabilities, NetEventPause, NetEventRestart,
	NetEventPortActivation, NetEventPortDeactivation, NetEventIMReEnableDevice, NetEventNDKEnable, NetEventNDKDisable,
	NetEventFilterPreDetach, NetEventBindFailed, NetEventSwitchActivate, NetEventAllowBindsAbove,
	NetEventInhibitBindsAbove, NetEventAllowStart, NetEventRequirePause, NetEventUploadGftFlowEntries, NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;
typedef struct _NET_PNP_EVENT {
	NET_PNP_EVENT_CODE NetEvent; PVOID Buffer; ULONG BufferLength; ULONG_PTR NdisReserved[4];
	ULONG_PTR TransportReserved[4]; ULONG_PTR TdiReserved[4]; ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;
#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1
typedef struct _NET_PNP_EVENT_NOTIFICATION { NDIS_OBJECT_HEADER Header; NDIS_PORT_NUMBER PortNumber;
	NET_PNP_EVENT NetPnPEvent; } NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;
typedef enum _NET_DEVICE_POWER_STATE { NetDeviceStateUnspecified, NetDeviceStateD0, NetDeviceStateD1, NetDeviceStateD2,
	NetDeviceStateD3, NetDeviceStateMaximum } NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;
typedef enum _NDIS_DEVICE_PNP_EVENT {
	NdisDevicePnPEventQueryRemoved, NdisDevicePnPEventRemoved, NdisDevicePnPEventSurpriseRemoved,
	NdisDevicePnPEventQueryStopped, NdisDevicePnPEventStopped, NdisDevicePnPEventPowerProfileChanged,
	NdisDevicePnPEventFilterListChanged, NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;
typedef enum _NDIS_POWER_PROFILE { NdisPowerProfileBattery, NdisPowerProfileAcOnLine } NDIS_POWER_PROFILE,
	*PNDIS_POWER_PROFILE;
#define NET_DEVICE_PNP_EVENT_REVISION_1 1
typedef struct _NET_DEVICE_PNP_EVENT {
	NDIS_OBJECT_HEADER Header; NDIS_PORT_NUMBER PortNumber; NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
	PVOID InformationBuffer; ULONG InformationBufferLength; UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;
typedef enum _NDIS_SHUTDOWN_ACTION { NdisShutdownPowerOff, NdisShutdownBugCheck } NDIS_SHUTDOWN_ACTION,
	*PNDIS_SHUTDOWN_ACTION;
typedef enum _NDIS_HALT_ACTION { NdisHaltDeviceDisabled, NdisHaltDeviceInstanceDeInitialized, NdisHaltDevicePoweredDown,
	NdisHaltDeviceSurpriseRemoved, NdisHaltDeviceFailed, NdisHaltDeviceInitializationFailed, NdisHaltDeviceStopped }
	NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

/* Restart attributes handed up the stack */
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES { PNDIS_RESTART_ATTRIBUTES Next; NDIS_OID Oid; ULONG DataLength;
	DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1]; };
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2
typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header; ULONG MtuSize; ULONG64 MaxXmitLinkSpeed; ULONG64 MaxRcvLinkSpeed; ULONG LookaheadSize;
	ULONG MacOptions; ULONG SupportedPacketFilters; ULONG MaxMulticastListSize; PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
	NET_IF_ACCESS_TYPE AccessType; ULONG Flags; NET_IF_CONNECTION_TYPE ConnectionType; ULONG SupportedStatistics;
	ULONG DataBackFillSize; ULONG ContextBackFillSize; PNDIS_OID SupportedOidList; ULONG SupportedOidListLength;
	ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_1 FIELD_OFFSET(NDIS_RESTART_GENERAL_ATTRIBUTES, MaxLookaheadSizeAccessed)

/* Device objects a driver creates for its private interface */
#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header; PNDIS_STRING DeviceName; PNDIS_STRING SymbolicName; PDRIVER_DISPATCH *MajorFunctions;
	ULONG ExtensionSize; PCUNICODE_STRING DefaultSDDLString; LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 sizeof(NDIS_DEVICE_OBJECT_ATTRIBUTES)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisRegisterDeviceEx(_In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
	_Out_ PDEVICE_OBJECT *pDeviceObject, _Out_ PNDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisDeregisterDeviceEx(_In_ NDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI PVOID NdisGetDeviceReservedExtension(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisQueryAdapterInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisQueryBindInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE BindingContext);

/* Receive-side scaling processors */
typedef struct _NDIS_RSS_PROCESSOR { PROCESSOR_NUMBER ProcNum; USHORT PreferenceIndex; USHORT Reserved; }
	NDIS_RSS_PROCESSOR, *PNDIS_RSS_PROCESSOR;
#define NDIS_RSS_PROCESSOR_INFO_REVISION_1 1
#define NDIS_RSS_PROCESSOR_INFO_REVISION_2 2
typedef struct _NDIS_RSS_PROCESSOR_INFO {
	NDIS_OBJECT_HEADER Header; ULONG Flags; PROCESSOR_NUMBER RssBaseProcessor; ULONG MaxNumRssProcessors;
	USHORT PreferredNumaNode; ULONG RssProcessorArrayOffset; ULONG RssProcessorCount; ULONG RssProcessorEntrySize;
	PROCESSOR_NUMBER RssMaxProcessor; ULONG RssProfile;
} NDIS_RSS_PROCESSOR_INFO, *PNDIS_RSS_PROCESSOR_INFO;
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisGetRssProcessorInformation(_In_ NDIS_HANDLE NdisHandle,
	_Out_writes_bytes_to_opt_(*Size, *Size) PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo, _Inout_ PSIZE_T Size);
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisGetProcessorInformationEx(_In_opt_ NDIS_HANDLE NdisHandle, _Out_ PVOID SystemProcessorInfo,
	_Inout_ PSIZE_T Size);

/* Shared memory for receive queues (VMQ) */
typedef enum _NDIS_SHARED_MEMORY_USAGE { NdisSharedMemoryUsageUndefined, NdisSharedMemoryUsageXmit,
	NdisSharedMemoryUsageXmitHeader, NdisSharedMemoryUsageXmitData, NdisSharedMemoryUsageReceive,
	NdisSharedMemoryUsageReceiveLookahead, NdisSharedMemoryUsageReceivePostLookahead,
	NdisSharedMemoryUsageReceiveHeader, NdisSharedMemoryUsageReceiveData, NdisSharedMemoryUsageOther,
	NdisSharedMemoryUsageMax } NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001
typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_RECEIVE_QUEUE_ID QueueId; NDIS_HANDLE SharedMemoryHandle;
	NODE_REQUIREMENT PreferredNode; NDIS_SHARED_MEMORY_USAGE Usage; ULONG Length; PVOID VirtualAddress;
	ULONG SGListBufferLength; PSCATTER_GATHER_LIST SGListBuffer; NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1 FIELD_OFFSET(NDIS_SHARED_MEMORY_PARAMETERS, VPortId)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateSharedMemory(_In_ NDIS_HANDLE NdisHandle,
	_In_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters, _Inout_ PNDIS_HANDLE pAllocationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisFreeSharedMemory(_In_ NDIS_HANDLE NdisHandle, _In_ NDIS_HANDLE AllocationHandle);

/* Interface stack */
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisIfAddIfStackEntry(_In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI VOID NdisIfDeleteIfStackEntry(_In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);

/* Ethernet helpers */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address) ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[1] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) (BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01))
#define ETH_IS_LOCALLY_ADMINISTERED(Address) (BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x02))
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
	{ *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; }
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
	{ *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; }
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)
#define NDIS_ETH_TYPE_IPV4 0x0800
#define NDIS_ETH_TYPE_ARP 0x0806
#define NDIS_ETH_TYPE_IPV6 0x86DD
#define NDIS_ETH_TYPE_802_1X 0x888E
#define NDIS_ETH_TYPE_802_1Q 0x8100
#define NDIS_ETH_TYPE_SLOW_PROTOCOL 0x8809

/* @MINIPORT@ */

#endif /* _DL_NDIS_H_ */
