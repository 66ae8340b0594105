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

/* Context-type declarations for the analysis (no code) */
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_Type)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_Type)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(_Type)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_Type)
#define NDIS_DECLARE_PROTOCOL_BIND_CONTEXT(_Type)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_Type)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_Type)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_Type)
#define NDIS_DECLARE_CO_PROTOCOL_CONTEXT(_Type)

/* Basic types */
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;
typedef struct _NDIS_PACKET *PNDIS_PACKET;
typedef struct _NDIS_MINIPORT_BLOCK *PNDIS_MINIPORT_BLOCK;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef enum _NDIS_INTERFACE_TYPE {
	NdisInterfaceInternal = Internal, NdisInterfaceIsa = Isa, NdisInterfaceEisa = Eisa, NdisInterfaceMca = MicroChannel,
	NdisInterfaceTurboChannel = TurboChannel, NdisInterfacePci = PCIBus, NdisInterfacePcMcia = PCMCIABus,
	NdisInterfaceCBus = CBus, NdisInterfaceMPIBus = MPIBus, NdisInterfaceMPSABus = MPSABus,
	NdisInterfaceProcessorInternal = ProcessorInternal, NdisInterfaceInternalPowerBus = InternalPowerBus,
	NdisInterfacePNPISABus = PNPISABus, NdisInterfacePNPBus = PNPBus, NdisInterfaceUSB, NdisInterfaceIrda,
	NdisInterface1394, NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;
typedef enum _NDIS_INTERRUPT_MODE { NdisInterruptLevelSensitive, NdisInterruptLatched } NDIS_INTERRUPT_MODE,
	*PNDIS_INTERRUPT_MODE;
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
#define NdisInterlockedInsertHeadList(_ListHead, _ListEntry, _Lock) \
	ExInterlockedInsertHeadList((_ListHead), (_ListEntry), &(_Lock)->SpinLock)
#define NdisInterlockedInsertTailList(_ListHead, _ListEntry, _Lock) \
	ExInterlockedInsertTailList((_ListHead), (_ListEntry), &(_Lock)->SpinLock)
#define NdisInterlockedRemoveHeadList(_ListHead, _Lock) ExInterlockedRemoveHeadList((_ListHead), &(_Lock)->SpinLock)
#define NdisInterlockedPushEntryList(_ListHead, _ListEntry, _Lock) \
	ExInterlockedPushEntryList((_ListHead), (_ListEntry), &(_Lock)->SpinLock)
#define NdisInterlockedPopEntryList(_ListHead, _Lock) ExInterlockedPopEntryList((_ListHead), &(_Lock)->SpinLock)
#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(_Addend, _Increment, _Lock) ExInterlockedAddUlong((_Addend), (_Increment), &(_Lock)->SpinLock)
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
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
	union { struct { USHORT FilterId; union { USHORT QueueId; USHORT VPortId; }; } FilteringInfo; PVOID Value; };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;
#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL), NetBufferListFilteringInfo))->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL), NetBufferListFilteringInfo))->FilteringInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL), NetBufferListFilteringInfo))->FilteringInfo.VPortId)
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

/* ===================================================================== */
/* Miniport drivers                                                       */
/* ===================================================================== */

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002
#define NDIS_DRIVER_POWERMGMT_PROXY 0x00000004
#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS *PNDIS_PORT_AUTHENTICATION_PARAMETERS_;
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; PNDIS_RESOURCE_LIST AllocatedResources; NDIS_HANDLE IMDeviceInstanceContext;
	NDIS_HANDLE MiniportAddDeviceContext; NET_IFINDEX IfIndex; NET_LUID NetLuid;
	PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates; PVOID PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;
#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1
typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header; PVOID FilterModuleNameList; PNDIS_RESTART_ATTRIBUTES RestartAttributes;
	NET_IFINDEX BoundIfIndex; NET_LUID BoundIfNetluid; ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;
#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS { NDIS_OBJECT_HEADER Header; ULONG Flags; ULONG PauseReason; }
	NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS_;

/* Role types of a miniport's entry points */
_Function_class_(SET_OPTIONS) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS SET_OPTIONS(_In_ NDIS_HANDLE NdisDriverHandle, _In_ NDIS_HANDLE DriverContext);
typedef SET_OPTIONS *SET_OPTIONS_HANDLER;
typedef SET_OPTIONS MINIPORT_SET_OPTIONS;
typedef SET_OPTIONS PROTOCOL_SET_OPTIONS;
typedef SET_OPTIONS FILTER_SET_OPTIONS;
_Function_class_(MINIPORT_INITIALIZE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_INITIALIZE(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ NDIS_HANDLE MiniportDriverContext,
	_In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;
_Function_class_(MINIPORT_HALT) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_HALT(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT *MINIPORT_HALT_HANDLER;
_Function_class_(MINIPORT_UNLOAD) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_UNLOAD(_In_ PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD *MINIPORT_DRIVER_UNLOAD;
_Function_class_(MINIPORT_PAUSE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_PAUSE(_In_ NDIS_HANDLE MiniportAdapterContext,
	_In_ PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE *MINIPORT_PAUSE_HANDLER;
_Function_class_(MINIPORT_RESTART) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_RESTART(_In_ NDIS_HANDLE MiniportAdapterContext,
	_In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART *MINIPORT_RESTART_HANDLER;
_Function_class_(MINIPORT_OID_REQUEST) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_OID_REQUEST(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST *MINIPORT_OID_REQUEST_HANDLER;
typedef MINIPORT_OID_REQUEST MINIPORT_DIRECT_OID_REQUEST;
typedef MINIPORT_DIRECT_OID_REQUEST *MINIPORT_DIRECT_OID_REQUEST_HANDLER;
typedef MINIPORT_OID_REQUEST MINIPORT_SYNCHRONOUS_OID_REQUEST;
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST *MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER;
_Function_class_(MINIPORT_CANCEL_OID_REQUEST) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_CANCEL_OID_REQUEST(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST *MINIPORT_CANCEL_OID_REQUEST_HANDLER;
typedef MINIPORT_CANCEL_OID_REQUEST MINIPORT_CANCEL_DIRECT_OID_REQUEST;
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST *MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER;
_Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_SEND_NET_BUFFER_LISTS(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS *MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER;
_Function_class_(MINIPORT_RETURN_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_RETURN_NET_BUFFER_LISTS(_In_ NDIS_HANDLE MiniportAdapterContext,
	_In_ PNET_BUFFER_LIST NetBufferLists, _In_ ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS *MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER;
_Function_class_(MINIPORT_CANCEL_SEND) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_CANCEL_SEND(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID CancelId);
typedef MINIPORT_CANCEL_SEND *MINIPORT_CANCEL_SEND_HANDLER;
_Function_class_(MINIPORT_CHECK_FOR_HANG) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef BOOLEAN MINIPORT_CHECK_FOR_HANG(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG *MINIPORT_CHECK_FOR_HANG_HANDLER;
_Function_class_(MINIPORT_RESET) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_RESET(_In_ NDIS_HANDLE MiniportAdapterContext, _Out_ PBOOLEAN AddressingReset);
typedef MINIPORT_RESET *MINIPORT_RESET_HANDLER;
_Function_class_(MINIPORT_DEVICE_PNP_EVENT_NOTIFY) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_DEVICE_PNP_EVENT_NOTIFY(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY *MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
_Function_class_(MINIPORT_SHUTDOWN) _IRQL_requires_max_(HIGH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_SHUTDOWN(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN *MINIPORT_SHUTDOWN_HANDLER;
_Function_class_(MINIPORT_ADD_DEVICE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_ADD_DEVICE(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE *MINIPORT_ADD_DEVICE_HANDLER;
_Function_class_(MINIPORT_REMOVE_DEVICE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_REMOVE_DEVICE(_In_ NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE *MINIPORT_REMOVE_DEVICE_HANDLER;
_Function_class_(MINIPORT_FILTER_RESOURCE_REQUIREMENTS) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_FILTER_RESOURCE_REQUIREMENTS(_In_ NDIS_HANDLE MiniportAddDeviceContext, _In_ PIRP Irp);
typedef MINIPORT_FILTER_RESOURCE_REQUIREMENTS *MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER;
_Function_class_(MINIPORT_START_DEVICE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS MINIPORT_START_DEVICE(_In_ NDIS_HANDLE MiniportAddDeviceContext, _In_ PIRP Irp);
typedef MINIPORT_START_DEVICE *MINIPORT_START_DEVICE_HANDLER;
_Function_class_(MINIPORT_ISR) _IRQL_requires_same_
typedef BOOLEAN MINIPORT_ISR(_In_ NDIS_HANDLE MiniportInterruptContext, _Out_ PBOOLEAN QueueDefaultInterruptDpc,
	_Out_ PULONG TargetProcessors);
typedef MINIPORT_ISR *MINIPORT_ISR_HANDLER;
_Function_class_(MINIPORT_INTERRUPT_DPC) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_INTERRUPT_DPC(_In_ NDIS_HANDLE MiniportInterruptContext, _In_ PVOID MiniportDpcContext,
	_In_ PVOID ReceiveThrottleParameters, _In_ PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC *MINIPORT_INTERRUPT_DPC_HANDLER;
_Function_class_(MINIPORT_ENABLE_INTERRUPT) _IRQL_requires_same_
typedef VOID MINIPORT_ENABLE_INTERRUPT(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT *MINIPORT_ENABLE_INTERRUPT_HANDLER;
_Function_class_(MINIPORT_DISABLE_INTERRUPT) _IRQL_requires_same_
typedef VOID MINIPORT_DISABLE_INTERRUPT(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT *MINIPORT_DISABLE_INTERRUPT_HANDLER;
_Function_class_(MINIPORT_SYNCHRONIZE_INTERRUPT) _IRQL_requires_same_
typedef BOOLEAN MINIPORT_SYNCHRONIZE_INTERRUPT(_In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT *MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER;
typedef MINIPORT_SYNCHRONIZE_INTERRUPT MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT;
typedef MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT *MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT_HANDLER;
_Function_class_(MINIPORT_PROCESS_SG_LIST) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_PROCESS_SG_LIST(_In_ PDEVICE_OBJECT pDO, _In_ PVOID Reserved, _In_ PSCATTER_GATHER_LIST pSGL,
	_In_ PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST *MINIPORT_PROCESS_SG_LIST_HANDLER;
_Function_class_(MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE) _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID VirtualAddress,
	_In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ ULONG Length, _In_ PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE *MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER;

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; UCHAR MajorNdisVersion; UCHAR MinorNdisVersion; UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion; ULONG Flags; SET_OPTIONS_HANDLER SetOptionsHandler;
	MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx; MINIPORT_HALT_HANDLER HaltHandlerEx;
	MINIPORT_DRIVER_UNLOAD UnloadHandler; MINIPORT_PAUSE_HANDLER PauseHandler; MINIPORT_RESTART_HANDLER RestartHandler;
	MINIPORT_OID_REQUEST_HANDLER OidRequestHandler; MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler; MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
	MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx; MINIPORT_RESET_HANDLER ResetHandlerEx;
	MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler; MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
	MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
	MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
	MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
	MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 \
	FIELD_OFFSET(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, DirectOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 \
	FIELD_OFFSET(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 sizeof(NDIS_MINIPORT_DRIVER_CHARACTERISTICS)
#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1
typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
	MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
	MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
	MINIPORT_START_DEVICE_HANDLER MiniportStartDeviceHandler; ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS { NDIS_OBJECT_HEADER Header; } NDIS_DRIVER_OPTIONAL_HANDLERS,
	*PNDIS_DRIVER_OPTIONAL_HANDLERS;
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMRegisterMiniportDriver(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath,
	_In_opt_ NDIS_HANDLE MiniportDriverContext, _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
	_Out_ PNDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisMDeregisterMiniportDriver(_In_ NDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisSetOptionalHandlers(_In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* Adapter attributes a miniport reports during initialization */
#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2
typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header; NDIS_HANDLE MiniportAdapterContext; ULONG AttributeFlags; UINT CheckForHangTimeInSeconds;
	NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 sizeof(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 sizeof(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES)
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_MAX_PHYS_ADDRESS_LENGTH IF_MAX_PHYS_ADDRESS_LENGTH
typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_MEDIUM MediaType; NDIS_PHYSICAL_MEDIUM PhysicalMediumType; ULONG MtuSize;
	ULONG64 MaxXmitLinkSpeed; ULONG64 XmitLinkSpeed; ULONG64 MaxRcvLinkSpeed; ULONG64 RcvLinkSpeed;
	NDIS_MEDIA_CONNECT_STATE MediaConnectState; NDIS_MEDIA_DUPLEX_STATE MediaDuplexState; ULONG LookaheadSize;
	PNDIS_PNP_CAPABILITIES PowerManagementCapabilities; ULONG MacOptions; ULONG SupportedPacketFilters;
	ULONG MaxMulticastListSize; USHORT MacAddressLength; UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH]; PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
	NET_IF_ACCESS_TYPE AccessType; NET_IF_DIRECTION_TYPE DirectionType; NET_IF_CONNECTION_TYPE ConnectionType;
	NET_IFTYPE IfType; BOOLEAN IfConnectorPresent; ULONG SupportedStatistics; ULONG SupportedPauseFunctions;
	ULONG DataBackFillSize; ULONG ContextBackFillSize; PNDIS_OID SupportedOidList; ULONG SupportedOidListLength;
	ULONG AutoNegotiationFlags; PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 \
	FIELD_OFFSET(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 sizeof(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES)
typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header; ULONG Flags; PVOID HDSplitAttributes;
	PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
	PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities; PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
	PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities; PVOID HardwareSriovCapabilities;
	PVOID CurrentSriovCapabilities; PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
	PNDIS_QOS_CAPABILITIES CurrentQosCapabilities; PVOID HardwareGftOffloadCapabilities; PVOID CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 \
	FIELD_OFFSET(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HardwareSriovCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 \
	FIELD_OFFSET(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HardwareQosCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 \
	FIELD_OFFSET(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HardwareGftOffloadCapabilities)
typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES { NDIS_OBJECT_HEADER Header; PVOID DefaultOffloadConfiguration;
	PVOID HardwareOffloadCapabilities; PVOID DefaultTcpConnectionOffloadConfiguration;
	PVOID TcpConnectionOffloadHardwareCapabilities; } NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,
	*PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;
typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES { NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE MiniportAddDeviceContext; ULONG Flags; } NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES,
	*PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
	NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
	NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
	NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
	NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
	NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMSetMiniportAttributes(_In_ NDIS_HANDLE NdisMiniportHandle,
	_In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

/* Data path and completions */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMIndicateReceiveNetBufferLists(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMSendNetBufferListsComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMIndicateStatusEx(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMDirectOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisMPauseComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMRestartComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMResetComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status, _In_ BOOLEAN AddressingReset);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMGetDeviceProperty(_In_ NDIS_HANDLE MiniportAdapterHandle, _Inout_opt_ PDEVICE_OBJECT *PhysicalDeviceObject,
	_Inout_opt_ PDEVICE_OBJECT *FunctionalDeviceObject, _Inout_opt_ PDEVICE_OBJECT *NextDeviceObject,
	_Inout_opt_ PCM_RESOURCE_LIST *AllocatedResources, _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResourcesTranslated);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMQueryAdapterResources(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE WrapperConfigurationContext,
	_Out_ PNDIS_RESOURCE_LIST ResourceList, _Inout_ PUINT BufferSize);

/* Interrupts */
typedef enum _NDIS_INTERRUPT_TYPE { NDIS_CONNECT_LINE_BASED = 1, NDIS_CONNECT_MESSAGE_BASED } NDIS_INTERRUPT_TYPE,
	*PNDIS_INTERRUPT_TYPE;
#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1
typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; MINIPORT_ISR_HANDLER InterruptHandler; MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
	MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler; MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
	BOOLEAN MsiSupported; BOOLEAN MsiSyncWithAllMessages; PVOID MessageInterruptHandler;
	PVOID MessageInterruptDpcHandler; PVOID DisableMessageInterruptHandler; PVOID EnableMessageInterruptHandler;
	NDIS_INTERRUPT_TYPE InterruptType; PIO_INTERRUPT_MESSAGE_INFO MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1 sizeof(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMRegisterInterruptEx(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportInterruptContext,
	_In_ PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics, _Out_ PNDIS_HANDLE NdisInterruptHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisMDeregisterInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle);
_IRQL_requires_max_(HIGH_LEVEL)
NDISAPI BOOLEAN NdisMSynchronizeWithInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle, _In_ ULONG MessageId,
	_In_ MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction, _In_ PVOID SynchronizeContext);
_IRQL_requires_max_(HIGH_LEVEL)
NDISAPI ULONG NdisMQueueDpcEx(_In_ NDIS_HANDLE NdisInterruptHandle, _In_ ULONG MessageId, _In_ PGROUP_AFFINITY TargetProcessors,
	_In_opt_ PVOID MiniportDpcContext);

/* DMA, shared memory and I/O space */
#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
typedef struct _NDIS_SG_DMA_DESCRIPTION {
	NDIS_OBJECT_HEADER Header; ULONG Flags; ULONG MaximumPhysicalMapping;
	MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
	MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler; ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 sizeof(NDIS_SG_DMA_DESCRIPTION)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMRegisterScatterGatherDma(_In_ NDIS_HANDLE MiniportAdapterHandle,
	_Inout_ PNDIS_SG_DMA_DESCRIPTION DmaDescription, _Out_ PNDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisMDeregisterScatterGatherDma(_In_ NDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisMAllocateNetBufferSGList(_In_ NDIS_HANDLE NdisMiniportDmaHandle, _In_ PNET_BUFFER NetBuffer,
	_In_ PVOID Context, _In_ ULONG Flags, _In_reads_bytes_opt_(ScatterGatherListBufferSize) PVOID ScatterGatherListBuffer,
	_In_ ULONG ScatterGatherListBufferSize);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisMFreeNetBufferSGList(_In_ NDIS_HANDLE NdisMiniportDmaHandle, _In_ PSCATTER_GATHER_LIST pSGL,
	_In_ PNET_BUFFER NetBuffer);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMAllocateSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length, _In_ BOOLEAN Cached,
	_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress, _Out_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMFreeSharedMemory(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length, _In_ BOOLEAN Cached,
	_In_reads_bytes_(Length) PVOID VirtualAddress, _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMMapIoSpace(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
	_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ UINT Length);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMUnmapIoSpace(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_reads_bytes_(Length) PVOID VirtualAddress,
	_In_ UINT Length);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMRegisterIoPortRange(_Out_ PVOID *PortOffset, _In_ NDIS_HANDLE MiniportAdapterHandle,
	_In_ UINT InitialPort, _In_ UINT NumberOfPorts);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMDeregisterIoPortRange(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ UINT InitialPort,
	_In_ UINT NumberOfPorts, _In_ PVOID PortOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI ULONG NdisMGetBusData(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ ULONG WhichSpace, _In_ ULONG Offset,
	_Out_writes_bytes_(Length) PVOID Buffer, _In_ ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI ULONG NdisMSetBusData(_In_ NDIS_HANDLE NdisMiniportHandle, _In_ ULONG WhichSpace, _In_ ULONG Offset,
	_In_reads_bytes_(Length) PVOID Buffer, _In_ ULONG Length);
#define NdisRawReadPortUchar(Port, Data) *(Data) = READ_PORT_UCHAR((PUCHAR)(Port))
#define NdisRawReadPortUshort(Port, Data) *(Data) = READ_PORT_USHORT((PUSHORT)(Port))
#define NdisRawReadPortUlong(Port, Data) *(Data) = READ_PORT_ULONG((PULONG)(Port))
#define NdisRawWritePortUchar(Port, Data) WRITE_PORT_UCHAR((PUCHAR)(Port), (UCHAR)(Data))
#define NdisRawWritePortUshort(Port, Data) WRITE_PORT_USHORT((PUSHORT)(Port), (USHORT)(Data))
#define NdisRawWritePortUlong(Port, Data) WRITE_PORT_ULONG((PULONG)(Port), (ULONG)(Data))
#define NdisReadRegisterUchar(Register, Data) *(Data) = READ_REGISTER_UCHAR((PUCHAR)(Register))
#define NdisReadRegisterUshort(Register, Data) *(Data) = READ_REGISTER_USHORT((PUSHORT)(Register))
#define NdisReadRegisterUlong(Register, Data) *(Data) = READ_REGISTER_ULONG((PULONG)(Register))
#define NdisWriteRegisterUchar(Register, Data) WRITE_REGISTER_UCHAR((PUCHAR)(Register), (UCHAR)(Data))
#define NdisWriteRegisterUshort(Register, Data) WRITE_REGISTER_USHORT((PUSHORT)(Register), (USHORT)(Data))
#define NdisWriteRegisterUlong(Register, Data) WRITE_REGISTER_ULONG((PULONG)(Register), (ULONG)(Data))

/* Intermediate drivers */
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisIMInitializeDeviceInstanceEx(_In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DriverInstance,
	_In_opt_ NDIS_HANDLE DeviceContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisIMCancelInitializeDeviceInstance(_In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DeviceInstance);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI NDIS_STATUS NdisIMDeInitializeDeviceInstance(_In_ NDIS_HANDLE NdisMiniportHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisIMAssociateMiniport(_In_ NDIS_HANDLE DriverHandle, _In_ NDIS_HANDLE ProtocolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI NDIS_HANDLE NdisIMGetBindingContext(_In_ NDIS_HANDLE NdisBindingHandle);

/* ===================================================================== */
/* Protocol drivers                                                       */
/* ===================================================================== */

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004
#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4
typedef struct _NDIS_BIND_PARAMETERS {
	NDIS_OBJECT_HEADER Header; PNDIS_STRING ProtocolSection; PNDIS_STRING AdapterName; PDEVICE_OBJECT PhysicalDeviceObject;
	NDIS_MEDIUM MediaType; ULONG MtuSize; ULONG64 MaxXmitLinkSpeed; ULONG64 XmitLinkSpeed; ULONG64 MaxRcvLinkSpeed;
	ULONG64 RcvLinkSpeed; NDIS_MEDIA_CONNECT_STATE MediaConnectState; NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
	ULONG LookaheadSize; PNDIS_PNP_CAPABILITIES PowerManagementCapabilities; ULONG SupportedPacketFilters;
	ULONG MaxMulticastListSize; USHORT MacAddressLength; UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	NDIS_PHYSICAL_MEDIUM PhysicalMediumType; PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
	NET_LUID BoundIfNetluid; NET_IFINDEX BoundIfIndex; NET_LUID LowestIfNetluid; NET_IFINDEX LowestIfIndex;
	NET_IF_ACCESS_TYPE AccessType; NET_IF_DIRECTION_TYPE DirectionType; NET_IF_CONNECTION_TYPE ConnectionType;
	NET_IFTYPE IfType; BOOLEAN IfConnectorPresent; PNDIS_PORT_NUMBER ActivePorts; ULONG DataBackFillSize;
	ULONG ContextBackFillSize; ULONG MacOptions; NET_IF_COMPARTMENT_ID CompartmentId; PVOID DefaultOffloadConfiguration;
	PVOID TcpConnectionOffloadCapabilities; PNDIS_STRING BoundAdapterName; PVOID HDSplitCurrentConfig;
	PVOID ReceiveFilterCapabilities; PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
	PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities; BOOLEAN NDKEnabled; PVOID NDKCapabilities;
	PVOID SriovCapabilities; PVOID NicSwitchArray; PVOID PacketDirectCapabilities;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1 FIELD_OFFSET(NDIS_BIND_PARAMETERS, HDSplitCurrentConfig)
#define NDIS_OPEN_PARAMETERS_REVISION_1 1
typedef struct _NDIS_OPEN_PARAMETERS {
	NDIS_OBJECT_HEADER Header; PNDIS_STRING AdapterName; PNDIS_MEDIUM MediumArray; UINT MediumArraySize;
	PUINT SelectedMediumIndex; PNET_FRAME_TYPE FrameTypeArray; UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 sizeof(NDIS_OPEN_PARAMETERS)
#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header; PUCHAR FilterModuleNameBuffer; ULONG FilterModuleNameBufferLength;
	PNDIS_RESTART_ATTRIBUTES RestartAttributes; NET_IFINDEX BoundIfIndex; NET_LUID BoundIfNetluid; ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;
#define NDIS_PROTOCOL_PAUSE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS { NDIS_OBJECT_HEADER Header; ULONG Flags; ULONG PauseReason; }
	NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;

_Function_class_(PROTOCOL_BIND_ADAPTER_EX) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS PROTOCOL_BIND_ADAPTER_EX(_In_ NDIS_HANDLE ProtocolDriverContext, _In_ NDIS_HANDLE BindContext,
	_In_ PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX *BIND_HANDLER_EX;
_Function_class_(PROTOCOL_UNBIND_ADAPTER_EX) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS PROTOCOL_UNBIND_ADAPTER_EX(_In_ NDIS_HANDLE UnbindContext, _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX *UNBIND_HANDLER_EX;
_Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX *OPEN_ADAPTER_COMPLETE_HANDLER_EX;
_Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX *CLOSE_ADAPTER_COMPLETE_HANDLER_EX;
_Function_class_(PROTOCOL_NET_PNP_EVENT) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS PROTOCOL_NET_PNP_EVENT(_In_ NDIS_HANDLE ProtocolBindingContext,
	_In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT *NET_PNP_EVENT_HANDLER;
_Function_class_(PROTOCOL_UNINSTALL) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_UNINSTALL(VOID);
typedef PROTOCOL_UNINSTALL *UNINSTALL_PROTOCOL_HANDLER;
_Function_class_(PROTOCOL_OID_REQUEST_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_OID_REQUEST_COMPLETE(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE *OID_REQUEST_COMPLETE_HANDLER;
typedef PROTOCOL_OID_REQUEST_COMPLETE PROTOCOL_DIRECT_OID_REQUEST_COMPLETE;
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE *DIRECT_OID_REQUEST_COMPLETE_HANDLER;
_Function_class_(PROTOCOL_STATUS_EX) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_STATUS_EX(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX *STATUS_HANDLER_EX;
_Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_RECEIVE_NET_BUFFER_LISTS(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS *RECEIVE_NET_BUFFER_LISTS_HANDLER;
_Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(_In_ NDIS_HANDLE ProtocolBindingContext,
	_In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;
typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; UCHAR MajorNdisVersion; UCHAR MinorNdisVersion; UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion; ULONG Flags; NDIS_STRING Name; SET_OPTIONS_HANDLER SetOptionsHandler;
	BIND_HANDLER_EX BindAdapterHandlerEx; UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
	OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx; CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
	NET_PNP_EVENT_HANDLER NetPnPEventHandler; UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
	OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler; STATUS_HANDLER_EX StatusHandlerEx;
	RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 \
	FIELD_OFFSET(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 sizeof(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisRegisterProtocolDriver(_In_opt_ NDIS_HANDLE ProtocolDriverContext,
	_In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics, _Out_ PNDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisDeregisterProtocolDriver(_In_ NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisOpenAdapterEx(_In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
	_In_ PNDIS_OPEN_PARAMETERS OpenParameters, _In_ NDIS_HANDLE BindContext, _Out_ PNDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCompleteBindAdapterEx(_In_ NDIS_HANDLE BindAdapterContext, _In_ NDIS_STATUS Status);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI NDIS_STATUS NdisCloseAdapterEx(_In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisCompleteUnbindAdapterEx(_In_ NDIS_HANDLE UnbindContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisUnbindAdapter(_In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReEnumerateProtocolBindings(_In_ NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ __drv_aliasesMem PNET_BUFFER_LIST NetBufferLists,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisReturnNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID CancelId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_OID_REQUEST OidRequest);

/* ===================================================================== */
/* Filter drivers                                                         */
/* ===================================================================== */

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_FILTER_CHARACTERISTICS_REVISION_3 3
#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001
#define NDIS_FILTER_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_FILTER_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_4 4
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
	NDIS_OBJECT_HEADER Header; NET_IFINDEX IfIndex; NET_LUID NetLuid; PNDIS_STRING FilterModuleGuidName;
	NET_IFINDEX BaseMiniportIfIndex; PNDIS_STRING BaseMiniportInstanceName; PNDIS_STRING BaseMiniportName;
	NDIS_MEDIA_CONNECT_STATE MediaConnectState; NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState; ULONG64 XmitLinkSpeed;
	ULONG64 RcvLinkSpeed; NDIS_MEDIUM MiniportMediaType; NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
	NDIS_HANDLE MiniportMediaSpecificAttributes; PVOID DefaultOffloadConfiguration; USHORT MacAddressLength;
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH]; NET_LUID BaseMiniportNetLuid; NET_IFINDEX LowerIfIndex;
	NET_LUID LowerIfNetLuid; ULONG Flags; PVOID HDSplitCurrentConfig; PVOID ReceiveFilterCapabilities;
	PDEVICE_OBJECT MiniportPhysicalDeviceObject; PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
	BOOLEAN BaseMiniportIfConnectorPresent; PVOID SriovCapabilities; PVOID NicSwitchArray;
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;
#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1
typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header; NDIS_MEDIUM MiniportMediaType; NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
	PNDIS_RESTART_ATTRIBUTES RestartAttributes; NET_IFINDEX LowerIfIndex; NET_LUID LowerIfNetLuid; ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;
#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_FILTER_PAUSE_PARAMETERS { NDIS_OBJECT_HEADER Header; ULONG Flags; ULONG PauseReason; }
	NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;
#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
typedef struct _NDIS_FILTER_ATTRIBUTES { NDIS_OBJECT_HEADER Header; ULONG Flags; } NDIS_FILTER_ATTRIBUTES,
	*PNDIS_FILTER_ATTRIBUTES;
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 sizeof(NDIS_FILTER_ATTRIBUTES)
#define NDIS_FILTER_ATTRIBUTES_FLAGS_RESTRICTED_PROTOCOL 0x00000001

_Function_class_(FILTER_SET_MODULE_OPTIONS) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_SET_MODULE_OPTIONS(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS *SET_FILTER_MODULE_OPTIONS_HANDLER;
_Function_class_(FILTER_ATTACH) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_ATTACH(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_HANDLE FilterDriverContext,
	_In_ PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH *FILTER_ATTACH_HANDLER;
_Function_class_(FILTER_DETACH) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_DETACH(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH *FILTER_DETACH_HANDLER;
_Function_class_(FILTER_RESTART) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_RESTART(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef FILTER_RESTART *FILTER_RESTART_HANDLER;
_Function_class_(FILTER_PAUSE) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_PAUSE(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef FILTER_PAUSE *FILTER_PAUSE_HANDLER;
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_SEND_NET_BUFFER_LISTS(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS *FILTER_SEND_NET_BUFFER_LISTS_HANDLER;
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE *FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;
_Function_class_(FILTER_CANCEL_SEND_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_CANCEL_SEND_NET_BUFFER_LISTS(_In_ NDIS_HANDLE FilterModuleContext, _In_ PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS *FILTER_CANCEL_SEND_HANDLER;
_Function_class_(FILTER_RECEIVE_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_RECEIVE_NET_BUFFER_LISTS(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS *FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER;
_Function_class_(FILTER_RETURN_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_RETURN_NET_BUFFER_LISTS(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS *FILTER_RETURN_NET_BUFFER_LISTS_HANDLER;
_Function_class_(FILTER_OID_REQUEST) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_OID_REQUEST(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST *FILTER_OID_REQUEST_HANDLER;
typedef FILTER_OID_REQUEST FILTER_DIRECT_OID_REQUEST;
typedef FILTER_DIRECT_OID_REQUEST *FILTER_DIRECT_OID_REQUEST_HANDLER;
typedef FILTER_OID_REQUEST FILTER_SYNCHRONOUS_OID_REQUEST;
typedef FILTER_SYNCHRONOUS_OID_REQUEST *FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER;
_Function_class_(FILTER_CANCEL_OID_REQUEST) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_CANCEL_OID_REQUEST(_In_ NDIS_HANDLE FilterModuleContext, _In_ PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST *FILTER_CANCEL_OID_REQUEST_HANDLER;
typedef FILTER_CANCEL_OID_REQUEST FILTER_CANCEL_DIRECT_OID_REQUEST;
typedef FILTER_CANCEL_DIRECT_OID_REQUEST *FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER;
_Function_class_(FILTER_OID_REQUEST_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_OID_REQUEST_COMPLETE(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE *FILTER_OID_REQUEST_COMPLETE_HANDLER;
typedef FILTER_OID_REQUEST_COMPLETE FILTER_DIRECT_OID_REQUEST_COMPLETE;
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE *FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER;
_Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_OID_REQUEST OidRequest,
	_Inout_ NDIS_STATUS *Status, _In_ PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE *FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER;
_Function_class_(FILTER_STATUS) _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_STATUS(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS *FILTER_STATUS_HANDLER;
_Function_class_(FILTER_DEVICE_PNP_EVENT_NOTIFY) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef VOID FILTER_DEVICE_PNP_EVENT_NOTIFY(_In_ NDIS_HANDLE FilterModuleContext, _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY *FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
_Function_class_(FILTER_NET_PNP_EVENT) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
typedef NDIS_STATUS FILTER_NET_PNP_EVENT(_In_ NDIS_HANDLE FilterModuleContext,
	_In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef FILTER_NET_PNP_EVENT *FILTER_NET_PNP_EVENT_HANDLER;
typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; UCHAR MajorNdisVersion; UCHAR MinorNdisVersion; UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion; ULONG Flags; NDIS_STRING FriendlyName; NDIS_STRING UniqueName; NDIS_STRING ServiceName;
	SET_OPTIONS_HANDLER SetOptionsHandler; SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
	FILTER_ATTACH_HANDLER AttachHandler; FILTER_DETACH_HANDLER DetachHandler; FILTER_RESTART_HANDLER RestartHandler;
	FILTER_PAUSE_HANDLER PauseHandler; FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
	FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler; FILTER_OID_REQUEST_HANDLER OidRequestHandler;
	FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler; FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
	FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler; FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
	FILTER_STATUS_HANDLER StatusHandler; FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
	FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
	FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
	FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
	FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER SynchronousOidRequestHandlerComplete;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 \
	FIELD_OFFSET(NDIS_FILTER_DRIVER_CHARACTERISTICS, DirectOidRequestHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2 \
	FIELD_OFFSET(NDIS_FILTER_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3 sizeof(NDIS_FILTER_DRIVER_CHARACTERISTICS)
#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
	FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 sizeof(NDIS_FILTER_PARTIAL_CHARACTERISTICS)
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisFRegisterFilterDriver(_In_ PDRIVER_OBJECT DriverObject, _In_ NDIS_HANDLE FilterDriverContext,
	_In_ PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics, _Out_ PNDIS_HANDLE NdisFilterDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL) NDISAPI VOID NdisFDeregisterFilterDriver(_In_ NDIS_HANDLE NdisFilterDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisFSetAttributes(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_HANDLE FilterModuleContext,
	_In_ PNDIS_FILTER_ATTRIBUTES FilterAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI NDIS_STATUS NdisFRestartFilter(_In_ NDIS_HANDLE NdisFilterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFSendNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ __drv_aliasesMem PNET_BUFFER_LIST NetBufferList,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFReturnNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFSendNetBufferListsComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
	_In_ ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFIndicateReceiveNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
	_In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisFOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFOidRequestComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisFDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFDirectOidRequestComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFIndicateStatus(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFRestartComplete(_In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) NDISAPI VOID NdisFPauseComplete(_In_ NDIS_HANDLE NdisFilterHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisFDevicePnPEventNotify(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisFNetPnPEvent(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID CancelId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFCancelOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFCancelDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle, _In_ PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateCloneOidRequest(_In_ NDIS_HANDLE SourceHandle, _In_ PNDIS_OID_REQUEST OidRequest,
	_In_ UINT PoolTag, _Out_ PNDIS_OID_REQUEST *CloneOidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeCloneOidRequest(_In_ NDIS_HANDLE SourceHandle, _In_ PNDIS_OID_REQUEST Request);


/* ===================================================================== */
/* Hyper-V extensible switch (filter drivers extending the vSwitch)       */
/* ===================================================================== */

typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;
typedef NDIS_HANDLE NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;
typedef GUID NDIS_SWITCH_OBJECT_INSTANCE_ID, *PNDIS_SWITCH_OBJECT_INSTANCE_ID;
typedef GUID NDIS_SWITCH_OBJECT_ID, *PNDIS_SWITCH_OBJECT_ID;
typedef USHORT NDIS_SWITCH_OBJECT_VERSION, *PNDIS_SWITCH_OBJECT_VERSION;
typedef USHORT NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION, *PNDIS_SWITCH_OBJECT_SERIALIZATION_VERSION;
#define NDIS_SWITCH_DEFAULT_PORT_ID 0
#define NDIS_SWITCH_DEFAULT_NIC_INDEX 0
#define NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION_1 1
typedef enum _NDIS_SWITCH_PORT_TYPE { NdisSwitchPortTypeGeneric, NdisSwitchPortTypeExternal, NdisSwitchPortTypeSynthetic,
	NdisSwitchPortTypeEmulated, NdisSwitchPortTypeInternal } NDIS_SWITCH_PORT_TYPE;
typedef enum _NDIS_SWITCH_PORT_STATE { NdisSwitchPortStateUnknown, NdisSwitchPortStateCreated,
	NdisSwitchPortStateTeardown, NdisSwitchPortStateDeleted } NDIS_SWITCH_PORT_STATE;
typedef enum _NDIS_SWITCH_NIC_TYPE { NdisSwitchNicTypeExternal, NdisSwitchNicTypeSynthetic, NdisSwitchNicTypeEmulated,
	NdisSwitchNicTypeInternal } NDIS_SWITCH_NIC_TYPE;
typedef enum _NDIS_SWITCH_NIC_STATE { NdisSwitchNicStateUnknown, NdisSwitchNicStateCreated, NdisSwitchNicStateConnected,
	NdisSwitchNicStateDisconnected, NdisSwitchNicStateDeleted } NDIS_SWITCH_NIC_STATE;
typedef enum _NDIS_SWITCH_PORT_PROPERTY_TYPE { NdisSwitchPortPropertyTypeUndefined, NdisSwitchPortPropertyTypeCustom,
	NdisSwitchPortPropertyTypeSecurity, NdisSwitchPortPropertyTypeVlan, NdisSwitchPortPropertyTypeProfile,
	NdisSwitchPortPropertyTypeIsolation, NdisSwitchPortPropertyTypeRoutingDomain, NdisSwitchPortPropertyTypeMaximum }
	NDIS_SWITCH_PORT_PROPERTY_TYPE, *PNDIS_SWITCH_PORT_PROPERTY_TYPE;
typedef enum _NDIS_SWITCH_PROPERTY_TYPE { NdisSwitchPropertyTypeUndefined, NdisSwitchPropertyTypeCustom,
	NdisSwitchPropertyTypeMaximum } NDIS_SWITCH_PROPERTY_TYPE, *PNDIS_SWITCH_PROPERTY_TYPE;
typedef enum _NDIS_SWITCH_FEATURE_STATUS_TYPE { NdisSwitchFeatureStatusTypeUndefined, NdisSwitchFeatureStatusTypeCustom,
	NdisSwitchFeatureStatusTypeMaximum } NDIS_SWITCH_FEATURE_STATUS_TYPE, *PNDIS_SWITCH_FEATURE_STATUS_TYPE;
typedef enum _NDIS_SWITCH_PORT_VLAN_MODE { NdisSwitchPortVlanModeUnknown, NdisSwitchPortVlanModeAccess,
	NdisSwitchPortVlanModeTrunk, NdisSwitchPortVlanModePrivate, NdisSwitchPortVlanModeMax } NDIS_SWITCH_PORT_VLAN_MODE;
typedef enum _NDIS_SWITCH_PORT_PVLAN_MODE { NdisSwitchPortPvlanModeIsolated, NdisSwitchPortPvlanModeCommunity,
	NdisSwitchPortPvlanModePromiscuous } NDIS_SWITCH_PORT_PVLAN_MODE;
#define NDIS_SWITCH_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_NAME SwitchName; NDIS_SWITCH_FRIENDLYNAME SwitchFriendlyName;
	UINT32 NumSwitchPorts; BOOLEAN IsActive;
} NDIS_SWITCH_PARAMETERS, *PNDIS_SWITCH_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PARAMETERS)
#define NDIS_SWITCH_PORT_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_PORT_NAME PortName;
	NDIS_SWITCH_PORT_FRIENDLYNAME PortFriendlyName; NDIS_SWITCH_PORT_TYPE PortType; BOOLEAN IsValidationPort;
	NDIS_SWITCH_PORT_STATE PortState;
} NDIS_SWITCH_PORT_PARAMETERS, *PNDIS_SWITCH_PORT_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PORT_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PORT_PARAMETERS)
#define NDIS_SWITCH_PORT_ARRAY_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_ARRAY { NDIS_OBJECT_HEADER Header; ULONG Flags; USHORT FirstElementOffset;
	ULONG NumElements; ULONG ElementSize; } NDIS_SWITCH_PORT_ARRAY, *PNDIS_SWITCH_PORT_ARRAY;
#define NDIS_SWITCH_PORT_AT_ARRAY_INDEX(_PortArray_, _Index_) \
	((PNDIS_SWITCH_PORT_PARAMETERS)((PUCHAR)(_PortArray_) + (_PortArray_)->FirstElementOffset + \
	(_PortArray_)->ElementSize * (_Index_)))
#define NDIS_SWITCH_NIC_PARAMETERS_REVISION_1 1
#define NDIS_SWITCH_NIC_PARAMETERS_REVISION_2 2
typedef struct _NDIS_SWITCH_NIC_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_NIC_NAME NicName; NDIS_SWITCH_NIC_FRIENDLYNAME NicFriendlyName;
	NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_NIC_INDEX NicIndex; NDIS_SWITCH_NIC_TYPE NicType; NDIS_SWITCH_NIC_STATE NicState;
	NDIS_VM_NAME VmName; NDIS_VM_FRIENDLYNAME VmFriendlyName; GUID NetCfgInstanceId; ULONG MTU; USHORT NumaNodeId;
	UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH]; UCHAR VMMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH]; BOOLEAN VFAssigned; ULONG64 NdisReserved[2];
} NDIS_SWITCH_NIC_PARAMETERS, *PNDIS_SWITCH_NIC_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_NIC_PARAMETERS_REVISION_1 FIELD_OFFSET(NDIS_SWITCH_NIC_PARAMETERS, NdisReserved)
#define NDIS_SWITCH_NIC_ARRAY_REVISION_1 1
typedef struct _NDIS_SWITCH_NIC_ARRAY { NDIS_OBJECT_HEADER Header; ULONG Flags; USHORT FirstElementOffset;
	ULONG NumElements; ULONG ElementSize; } NDIS_SWITCH_NIC_ARRAY, *PNDIS_SWITCH_NIC_ARRAY;
#define NDIS_SWITCH_NIC_AT_ARRAY_INDEX(_NicArray_, _Index_) \
	((PNDIS_SWITCH_NIC_PARAMETERS)((PUCHAR)(_NicArray_) + (_NicArray_)->FirstElementOffset + \
	(_NicArray_)->ElementSize * (_Index_)))
#define NDIS_SWITCH_NIC_OID_REQUEST_REVISION_1 1
typedef struct _NDIS_SWITCH_NIC_OID_REQUEST {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID SourcePortId; NDIS_SWITCH_NIC_INDEX SourceNicIndex;
	NDIS_SWITCH_PORT_ID DestinationPortId; NDIS_SWITCH_NIC_INDEX DestinationNicIndex; PNDIS_OID_REQUEST OidRequest;
} NDIS_SWITCH_NIC_OID_REQUEST, *PNDIS_SWITCH_NIC_OID_REQUEST;
#define NDIS_SIZEOF_NDIS_SWITCH_NIC_OID_REQUEST_REVISION_1 sizeof(NDIS_SWITCH_NIC_OID_REQUEST)
#define NDIS_SWITCH_NIC_STATUS_INDICATION_REVISION_1 1
typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID SourcePortId; NDIS_SWITCH_NIC_INDEX SourceNicIndex;
	NDIS_SWITCH_PORT_ID DestinationPortId; NDIS_SWITCH_NIC_INDEX DestinationNicIndex; PNDIS_STATUS_INDICATION StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1 sizeof(NDIS_SWITCH_NIC_STATUS_INDICATION)
#define NDIS_SWITCH_NIC_SAVE_STATE_REVISION_1 1
#define NDIS_SWITCH_NIC_SAVE_STATE_REVISION_2 2
typedef struct _NDIS_SWITCH_NIC_SAVE_STATE {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_NIC_INDEX NicIndex;
	GUID ExtensionId; NDIS_SWITCH_EXTENSION_FRIENDLYNAME ExtensionFriendlyName; GUID FeatureClassId;
	USHORT SaveDataSize; USHORT SaveDataOffset; ULONG SaveDataOffsetHighBits;
} NDIS_SWITCH_NIC_SAVE_STATE, *PNDIS_SWITCH_NIC_SAVE_STATE;
#define NDIS_SIZEOF_NDIS_SWITCH_NIC_SAVE_STATE_REVISION_1 FIELD_OFFSET(NDIS_SWITCH_NIC_SAVE_STATE, SaveDataOffsetHighBits)
#define NDIS_SWITCH_PROPERTY_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PROPERTY_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PROPERTY_TYPE PropertyType; NDIS_SWITCH_OBJECT_VERSION PropertyVersion;
	NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
	NDIS_SWITCH_OBJECT_ID PropertyId; USHORT PropertyBufferLength; ULONG PropertyBufferOffset; ULONG Reserved;
} NDIS_SWITCH_PROPERTY_PARAMETERS, *PNDIS_SWITCH_PROPERTY_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PROPERTY_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PROPERTY_PARAMETERS)
#define NDIS_SWITCH_PROPERTY_PARAMETERS_GET_PROPERTY(_PropParams_) \
	((PVOID)((PUCHAR)(_PropParams_) + (_PropParams_)->PropertyBufferOffset))
#define NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PROPERTY_TYPE PropertyType; NDIS_SWITCH_OBJECT_ID PropertyId;
	NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
} NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS, *PNDIS_SWITCH_PROPERTY_DELETE_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS)
#define NDIS_SWITCH_PROPERTY_ENUM_INFO_REVISION_1 1
typedef struct _NDIS_SWITCH_PROPERTY_ENUM_INFO {
	NDIS_OBJECT_HEADER Header; NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId; NDIS_SWITCH_OBJECT_VERSION PropertyVersion;
	NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; ULONG QwordAlignedPropertyBufferLength;
	ULONG PropertyBufferLength; ULONG PropertyBufferOffset;
} NDIS_SWITCH_PROPERTY_ENUM_INFO, *PNDIS_SWITCH_PROPERTY_ENUM_INFO;
#define NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PROPERTY_TYPE PropertyType; NDIS_SWITCH_OBJECT_ID PropertyId;
	NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; ULONG NumProperties; ULONG FirstPropertyOffset;
} NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS, *PNDIS_SWITCH_PROPERTY_ENUM_PARAMETERS;
#define NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS_GET_FIRST_INFO(_PropEnumParams_) \
	((PNDIS_SWITCH_PROPERTY_ENUM_INFO)((PUCHAR)(_PropEnumParams_) + (_PropEnumParams_)->FirstPropertyOffset))
#define NDIS_SWITCH_PROPERTY_ENUM_INFO_GET_NEXT(_PropEnumInfo_) \
	((PNDIS_SWITCH_PROPERTY_ENUM_INFO)((PUCHAR)(_PropEnumInfo_) + (_PropEnumInfo_)->PropertyBufferOffset + \
	(_PropEnumInfo_)->QwordAlignedPropertyBufferLength))
#define NDIS_SWITCH_PROPERTY_ENUM_INFO_GET_PROPERTY(_PropEnumInfo_) \
	((PVOID)((PUCHAR)(_PropEnumInfo_) + (_PropEnumInfo_)->PropertyBufferOffset))
#define NDIS_SWITCH_PROPERTY_CUSTOM_REVISION_1 1
typedef struct _NDIS_SWITCH_PROPERTY_CUSTOM { NDIS_OBJECT_HEADER Header; ULONG Flags; ULONG PropertyBufferLength;
	ULONG PropertyBufferOffset; } NDIS_SWITCH_PROPERTY_CUSTOM, *PNDIS_SWITCH_PROPERTY_CUSTOM;
#define NDIS_SWITCH_PROPERTY_CUSTOM_GET_BUFFER(_PropertyCustom_) \
	((PVOID)((PUCHAR)(_PropertyCustom_) + (_PropertyCustom_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PROPERTY_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_PORT_PROPERTY_TYPE PropertyType;
	NDIS_SWITCH_OBJECT_ID PropertyId; NDIS_SWITCH_OBJECT_VERSION PropertyVersion;
	NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
	ULONG PropertyBufferLength; ULONG PropertyBufferOffset; ULONG Reserved;
} NDIS_SWITCH_PORT_PROPERTY_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PORT_PROPERTY_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PORT_PROPERTY_PARAMETERS)
#define NDIS_SWITCH_PORT_PROPERTY_PARAMETERS_GET_PROPERTY(_PortPropParams_) \
	((PVOID)((PUCHAR)(_PortPropParams_) + (_PortPropParams_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_PORT_PROPERTY_TYPE PropertyType;
	NDIS_SWITCH_OBJECT_ID PropertyId; NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
} NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS)
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO {
	NDIS_OBJECT_HEADER Header; NDIS_SWITCH_OBJECT_VERSION PropertyVersion; NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
	ULONG QwordAlignedPropertyBufferLength; ULONG PropertyBufferLength; ULONG PropertyBufferOffset;
} NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO, *PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO;
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO_GET_NEXT(_PortPropEnumInfo_) \
	((PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO)((PUCHAR)(_PortPropEnumInfo_) + (_PortPropEnumInfo_)->PropertyBufferOffset + \
	(_PortPropEnumInfo_)->QwordAlignedPropertyBufferLength))
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO_GET_PROPERTY(_PortPropEnumInfo_) \
	((PVOID)((PUCHAR)(_PortPropEnumInfo_) + (_PortPropEnumInfo_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_PORT_PROPERTY_TYPE PropertyType;
	NDIS_SWITCH_OBJECT_ID PropertyId; NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; ULONG NumProperties;
	ULONG FirstPropertyOffset; ULONG Reserved;
} NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS;
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS_GET_FIRST_INFO(_PortPropEnumParams_) \
	((PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO)((PUCHAR)(_PortPropEnumParams_) + (_PortPropEnumParams_)->FirstPropertyOffset))
#define NDIS_SWITCH_PORT_PROPERTY_VLAN_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_PROPERTY_VLAN {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_VLAN_MODE OperationMode;
	union {
		struct { UINT16 AccessVlanId : 12; UINT16 NativeVlanId : 12; UINT64 PruneVlanIdArray[64]; UINT64 TrunkVlanIdArray[64]; }
			VlanProperties;
		struct { NDIS_SWITCH_PORT_PVLAN_MODE PvlanMode; UINT16 PrimaryVlanId : 12; union { UINT16 SecondaryVlanId : 12;
			UINT64 SecondaryVlanIdArray[64]; }; } PvlanProperties;
	};
} NDIS_SWITCH_PORT_PROPERTY_VLAN, *PNDIS_SWITCH_PORT_PROPERTY_VLAN;
#define NDIS_SWITCH_FEATURE_STATUS_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_FEATURE_STATUS_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_FEATURE_STATUS_TYPE FeatureStatusType; NDIS_SWITCH_OBJECT_ID FeatureStatusId;
	NDIS_SWITCH_OBJECT_VERSION FeatureStatusVersion; NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
	ULONG FeatureStatusBufferLength; ULONG FeatureStatusBufferOffset; ULONG Reserved;
} NDIS_SWITCH_FEATURE_STATUS_PARAMETERS, *PNDIS_SWITCH_FEATURE_STATUS_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_FEATURE_STATUS_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_FEATURE_STATUS_PARAMETERS)
#define NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS_REVISION_1 1
typedef struct _NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS {
	NDIS_OBJECT_HEADER Header; ULONG Flags; NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_PORT_PROPERTY_TYPE FeatureStatusType;
	NDIS_SWITCH_OBJECT_ID FeatureStatusId; NDIS_SWITCH_OBJECT_VERSION FeatureStatusVersion;
	NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion; ULONG FeatureStatusBufferLength;
	ULONG FeatureStatusBufferOffset; ULONG Reserved;
} NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS, *PNDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS;
#define NDIS_SIZEOF_NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS_REVISION_1 sizeof(NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS)
#define NDIS_SWITCH_FEATURE_STATUS_CUSTOM_REVISION_1 1
typedef struct _NDIS_SWITCH_FEATURE_STATUS_CUSTOM { NDIS_OBJECT_HEADER Header; ULONG Flags;
	ULONG FeatureStatusCustomBufferLength; ULONG FeatureStatusCustomBufferOffset; } NDIS_SWITCH_FEATURE_STATUS_CUSTOM,
	*PNDIS_SWITCH_FEATURE_STATUS_CUSTOM;
#define NDIS_SIZEOF_NDIS_SWITCH_FEATURE_STATUS_CUSTOM_REVISION_1 sizeof(NDIS_SWITCH_FEATURE_STATUS_CUSTOM)

/* Forwarding information carried in each NET_BUFFER_LIST */
typedef struct _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
	union {
		struct {
			UINT32 NumAvailableDestinations : 16; UINT32 SourcePortId : 16; UINT32 SourceNicIndex : 8;
			UINT32 NativeForwardingRequired : 1; UINT32 Reserved1 : 1; UINT32 IsPacketDataSafe : 1;
			UINT32 SafePacketDataSize : 12; UINT32 IsPacketDataUncached : 1; UINT32 Reserved2 : 9;
		};
		UINT64 AsUINT64;
	};
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO, *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_SWITCH_PORT_DESTINATION {
	NDIS_SWITCH_PORT_ID PortId; NDIS_SWITCH_NIC_INDEX NicIndex;
	USHORT IsExcluded : 1; USHORT PreserveVLAN : 1; USHORT PreservePriority : 1; USHORT Reserved : 13;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;
#define NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 1
typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY { NDIS_OBJECT_HEADER Header; ULONG Flags;
	ULONG FirstElementOffset; ULONG NumElements; ULONG ElementSize; ULONG NumDestinations; }
	NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;
#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(_DestArray_, _Index_) \
	((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(_DestArray_) + (_DestArray_)->FirstElementOffset + \
	(_DestArray_)->ElementSize * (_Index_)))
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x00000001

/* Services the switch offers its extensions */
typedef NDIS_STATUS (*NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList);
typedef VOID (*NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_STATUS (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _In_ NDIS_SWITCH_PORT_ID PortId, _In_ NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _In_ PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_STATUS (*NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _In_ UINT32 NumberOfNewDestinations,
	_Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _In_ UINT32 NumberOfNewDestinations,
	_In_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_STATUS (*NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST DestNetBufferList, _In_ PNET_BUFFER_LIST SrcNetBufferList, _In_ UINT32 Flags);
typedef NDIS_STATUS (*NDIS_SWITCH_REFERENCE_SWITCH_NIC)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_In_ NDIS_SWITCH_PORT_ID SwitchPortId, _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_DEREFERENCE_SWITCH_NIC)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_In_ NDIS_SWITCH_PORT_ID SwitchPortId, _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS (*NDIS_SWITCH_REFERENCE_SWITCH_PORT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_STATUS (*NDIS_SWITCH_DEREFERENCE_SWITCH_PORT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_STATUS (*NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_In_ GUID *ExtensionGuid, _In_ PNDIS_STRING ExtensionFriendlyName, _In_ NDIS_SWITCH_PORT_ID PortId, _In_ ULONG Flags,
	_In_ ULONG NumberOfNetBufferLists, _In_ PNET_BUFFER_LIST NetBufferLists, _In_opt_ PNDIS_STRING FilterReason);
typedef NDIS_STATUS (*NDIS_SWITCH_SET_NET_BUFFER_LIST_DESTINATION_ARRAY)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
	_Inout_ PNET_BUFFER_LIST NetBufferList, _In_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_2 2
typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
	NDIS_OBJECT_HEADER Header;
	NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT AllocateNetBufferListForwardingContext;
	NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT FreeNetBufferListForwardingContext;
	NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE SetNetBufferListSource;
	NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION AddNetBufferListDestination;
	NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS GrowNetBufferListDestinations;
	NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS GetNetBufferListDestinations;
	NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS UpdateNetBufferListDestinations;
	NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO CopyNetBufferListInfo;
	NDIS_SWITCH_REFERENCE_SWITCH_NIC ReferenceSwitchNic; NDIS_SWITCH_DEREFERENCE_SWITCH_NIC DereferenceSwitchNic;
	NDIS_SWITCH_REFERENCE_SWITCH_PORT ReferenceSwitchPort; NDIS_SWITCH_DEREFERENCE_SWITCH_PORT DereferenceSwitchPort;
	NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS ReportFilteredNetBufferLists;
	NDIS_SWITCH_SET_NET_BUFFER_LIST_DESTINATION_ARRAY SetNetBufferListDestinationArray;
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1 \
	FIELD_OFFSET(NDIS_SWITCH_OPTIONAL_HANDLERS, SetNetBufferListDestinationArray)
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisFGetOptionalSwitchHandlers(_In_ NDIS_HANDLE NdisFilterHandle,
	_Out_ NDIS_SWITCH_CONTEXT *NdisSwitchContext, _Inout_ PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);

#endif /* _DL_NDIS_H_ */
