/*
 * pepfx.h - the power engine plug-in (PEP) interface between the power
 * framework and a PEP: registration, device (DPM), processor (PPM) and ACPI
 * notifications, work requests and ACPI resource descriptions, drvlint WDK
 * model.
 */
#pragma once
#ifndef _DRVLINT_PEPFX_H
#define _DRVLINT_PEPFX_H
#include <wdm.h>
#include <acpiioct.h>

typedef struct _PEPHANDLE__ { UCHAR Reserved; } *PEPHANDLE;

/* Registration */
typedef BOOLEAN (*PEPCALLBACKNOTIFYDPM)(_In_ ULONG Notification, _In_opt_ PVOID Data);
typedef BOOLEAN (*PEPCALLBACKNOTIFYPPM)(_In_ PEPHANDLE Handle, _In_ ULONG Notification, _Inout_opt_ PVOID Data);
typedef BOOLEAN (*PEPCALLBACKNOTIFYACPI)(_In_ ULONG Notification, _In_opt_ PVOID Data);
#define PEP_INFORMATION_VERSION 3
typedef struct _PEP_INFORMATION {
	USHORT Version;
	USHORT Size;
	PEPCALLBACKNOTIFYDPM AcceptDeviceNotification;
	PEPCALLBACKNOTIFYPPM AcceptProcessorNotification;
	PEPCALLBACKNOTIFYACPI AcceptAcpiNotification;
} PEP_INFORMATION, *PPEP_INFORMATION;
#define PEP_KERNEL_INFORMATION_V1 1
#define PEP_KERNEL_INFORMATION_V2 2
#define PEP_KERNEL_INFORMATION_V3 3
typedef VOID (*PPEPCALLBACKREQUESTWORKER)(_In_ POHANDLE Plugin);
typedef NTSTATUS (*PPEPCALLBACKPOWERONCRASHDUMPDEVICE)(_In_ POHANDLE Handle);
typedef NTSTATUS (*PPEPCALLBACKREQUESTCOMMON)(_In_ ULONG RequestId, _Inout_ PVOID Data);
typedef struct _PEP_KERNEL_INFORMATION_STRUCT_V3 {
	USHORT Version;
	USHORT Size;
	POHANDLE Plugin;
	PPEPCALLBACKREQUESTWORKER RequestWorker;
	PVOID EnumerateUnmaskedInterrupts;
	PVOID ProcessorHalt;
	PVOID TransitionCriticalResource;
	PVOID ProcessorIdleVeto;
	PVOID PlatformIdleVeto;
	PVOID UpdateProcessorIdleState;
	PVOID UpdatePlatformIdleState;
	PPEPCALLBACKREQUESTCOMMON RequestCommon;
} PEP_KERNEL_INFORMATION_STRUCT_V3, *PPEP_KERNEL_INFORMATION_STRUCT_V3;
typedef PEP_KERNEL_INFORMATION_STRUCT_V3 PEP_KERNEL_INFORMATION, *PPEP_KERNEL_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoFxRegisterPlugin(_In_ PPEP_INFORMATION PepInformation,
	_Inout_ PPEP_KERNEL_INFORMATION KernelInformation);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PoFxRegisterPluginEx(_In_ PPEP_INFORMATION PepInformation, _In_ ULONGLONG Flags,
	_Inout_ PPEP_KERNEL_INFORMATION KernelInformation);

/* Device power management notifications (AcceptDeviceNotification) */
#define PEP_DPM_PREPARE_DEVICE 0x01
#define PEP_DPM_ABANDON_DEVICE 0x02
#define PEP_DPM_REGISTER_DEVICE 0x03
#define PEP_DPM_UNREGISTER_DEVICE 0x04
#define PEP_DPM_DEVICE_POWER_STATE 0x05
#define PEP_DPM_COMPONENT_ACTIVE 0x07
#define PEP_DPM_WORK 0x0D
#define PEP_DPM_POWER_CONTROL_REQUEST 0x0E
#define PEP_DPM_DEVICE_IDLE_CONSTRAINTS 0x0F
#define PEP_DPM_COMPONENT_IDLE_CONSTRAINTS 0x10
#define PEP_DPM_COMPONENT_IDLE_STATE 0x11
#define PEP_DPM_REGISTER_DEBUGGER 0x12
#define PEP_DPM_LOW_POWER_EPOCH 0x13
#define PEP_DPM_REGISTER_CRASHDUMP_DEVICE 0x14
#define PEP_DPM_DEVICE_STARTED 0x15
#define PEP_DPM_NOTIFY_COMPONENT_IDLE_STATE PEP_DPM_COMPONENT_IDLE_STATE
typedef struct _PEP_PREPARE_DEVICE { PCUNICODE_STRING DeviceId; BOOLEAN DeviceAccepted; } PEP_PREPARE_DEVICE,
	*PPEP_PREPARE_DEVICE;
typedef struct _PEP_ABANDON_DEVICE { PCUNICODE_STRING DeviceId; BOOLEAN DeviceAccepted; } PEP_ABANDON_DEVICE,
	*PPEP_ABANDON_DEVICE;
typedef struct _PEP_UNREGISTER_DEVICE { PEPHANDLE DeviceHandle; } PEP_UNREGISTER_DEVICE, *PPEP_UNREGISTER_DEVICE;
typedef struct _PEP_DEVICE_STARTED { PEPHANDLE DeviceHandle; } PEP_DEVICE_STARTED, *PPEP_DEVICE_STARTED;
typedef struct _PEP_DEVICE_POWER_STATE {
	PEPHANDLE DeviceHandle;
	DEVICE_POWER_STATE PowerState;
	BOOLEAN Complete;
	BOOLEAN SystemTransition;
	NTSTATUS Status;
} PEP_DEVICE_POWER_STATE, *PPEP_DEVICE_POWER_STATE;
typedef struct _PEP_COMPONENT_ACTIVE {
	PEPHANDLE DeviceHandle;
	ULONG Component;
	BOOLEAN Active;
	BOOLEAN WorkInformation;
	BOOLEAN NeedWork;
} PEP_COMPONENT_ACTIVE, *PPEP_COMPONENT_ACTIVE;

/* Processor power management notifications (AcceptProcessorNotification) */
#define PEP_NOTIFY_PPM_QUERY_CAPABILITIES 0x01
#define PEP_NOTIFY_PPM_QUERY_IDLE_STATES 0x02
#define PEP_NOTIFY_PPM_IDLE_SELECT 0x03
#define PEP_NOTIFY_PPM_IDLE_CANCEL 0x04
#define PEP_NOTIFY_PPM_IDLE_EXECUTE 0x05
#define PEP_NOTIFY_PPM_IDLE_COMPLETE 0x06
#define PEP_NOTIFY_PPM_IS_PROCESSOR_HALTED 0x07
#define PEP_NOTIFY_PPM_INITIATE_WAKE 0x08
#define PEP_NOTIFY_PPM_QUERY_FEEDBACK_COUNTERS 0x09
#define PEP_NOTIFY_PPM_FEEDBACK_READ 0x0A
#define PEP_NOTIFY_PPM_QUERY_PERF_CAPABILITIES 0x0B
#define PEP_NOTIFY_PPM_PERF_CONSTRAINTS 0x0C
#define PEP_NOTIFY_PPM_PERF_SET 0x0D
#define PEP_NOTIFY_PPM_PARK_SELECTION 0x0E
#define PEP_NOTIFY_PPM_QUERY_IDLE_STATES_V2 0x11
#define PEP_NOTIFY_PPM_QUERY_PLATFORM_STATES 0x12
typedef struct _PEP_PROCESSOR_IDLE_DEPENDENCY { POHANDLE TargetProcessor; UCHAR ExpectedState; BOOLEAN AllowDeeperStates;
	BOOLEAN LooseDependency; } PEP_PROCESSOR_IDLE_DEPENDENCY, *PPEP_PROCESSOR_IDLE_DEPENDENCY;
typedef struct _PEP_PROCESSOR_IDLE_STATE_V2 {
	union {
		ULONG Ulong;
		struct {
			ULONG Interruptible : 1;
			ULONG CacheCoherent : 1;
			ULONG ThreadContextRetained : 1;
			ULONG CStateType : 4;
			ULONG WakesSpuriously : 1;
			ULONG PlatformOnly : 1;
			ULONG NoCState : 1;
			ULONG Reserved : 22;
		};
	};
	ULONG Latency;
	ULONG BreakEvenDuration;
} PEP_PROCESSOR_IDLE_STATE_V2, *PPEP_PROCESSOR_IDLE_STATE_V2;

/* ACPI notifications (AcceptAcpiNotification) */
#define PEP_NOTIFY_ACPI_PREPARE_DEVICE 0x01
#define PEP_NOTIFY_ACPI_ABANDON_DEVICE 0x02
#define PEP_NOTIFY_ACPI_REGISTER_DEVICE 0x03
#define PEP_NOTIFY_ACPI_UNREGISTER_DEVICE 0x04
#define PEP_NOTIFY_ACPI_ENUMERATE_DEVICE_NAMESPACE 0x05
#define PEP_NOTIFY_ACPI_QUERY_OBJECT_INFORMATION 0x06
#define PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD 0x07
#define PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES 0x08
#define PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES 0x09
#define PEP_NOTIFY_ACPI_WORK 0x0A
#define PEP_ACPI_PREPARE_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_REGISTER_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_ECM_FLAG_NONE 0x0
#define PEP_ACPI_ECM_COMPLETION_FLAG_NONE 0x0
typedef union _PEP_ACPI_OBJECT_NAME { UCHAR Name[4]; ULONG NameAsUlong; } PEP_ACPI_OBJECT_NAME, *PPEP_ACPI_OBJECT_NAME;
typedef enum _PEP_ACPI_OBJECT_TYPE { PepAcpiObjectTypeMethod = 0, PepAcpiObjectTypeDevice = 1, PepAcpiObjectTypeMaximum }
	PEP_ACPI_OBJECT_TYPE, *PPEP_ACPI_OBJECT_TYPE;
typedef struct _PEP_ACPI_OBJECT_NAME_WITH_TYPE { PEP_ACPI_OBJECT_NAME Name; PEP_ACPI_OBJECT_TYPE Type; }
	PEP_ACPI_OBJECT_NAME_WITH_TYPE, *PPEP_ACPI_OBJECT_NAME_WITH_TYPE;
typedef struct _PEP_ACPI_PREPARE_DEVICE {
	PCUNICODE_STRING AcpiDeviceName;
	ULONG InputFlags;
	BOOLEAN DeviceAccepted;
	ULONG OutputFlags;
} PEP_ACPI_PREPARE_DEVICE, *PPEP_ACPI_PREPARE_DEVICE;
typedef struct _PEP_ACPI_ABANDON_DEVICE { PCUNICODE_STRING AcpiDeviceName; BOOLEAN DeviceAccepted; }
	PEP_ACPI_ABANDON_DEVICE, *PPEP_ACPI_ABANDON_DEVICE;
typedef struct _PEP_ACPI_REGISTER_DEVICE {
	PEPHANDLE DeviceHandle;
	PCUNICODE_STRING AcpiDeviceName;
	ULONG InputFlags;
	POHANDLE KernelHandle;
	ULONG OutputFlags;
} PEP_ACPI_REGISTER_DEVICE, *PPEP_ACPI_REGISTER_DEVICE;
typedef struct _PEP_ACPI_UNREGISTER_DEVICE { PEPHANDLE DeviceHandle; ULONG InputFlags; } PEP_ACPI_UNREGISTER_DEVICE,
	*PPEP_ACPI_UNREGISTER_DEVICE;
typedef struct _PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE {
	PEPHANDLE DeviceHandle;
	ULONG RequestFlags;
	NTSTATUS Status;
	ULONG ObjectCount;
	SIZE_T ObjectBufferSize;
	PEP_ACPI_OBJECT_NAME_WITH_TYPE Objects[ANYSIZE_ARRAY];
} PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE, *PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE;
typedef struct _PEP_ACPI_QUERY_OBJECT_INFORMATION {
	PEPHANDLE DeviceHandle;
	PEP_ACPI_OBJECT_NAME Name;
	PEP_ACPI_OBJECT_TYPE Type;
	struct { ULONG InputArgumentCount; ULONG OutputArgumentCount; } MethodObject;
} PEP_ACPI_QUERY_OBJECT_INFORMATION, *PPEP_ACPI_QUERY_OBJECT_INFORMATION;
typedef struct _PEP_ACPI_EVALUATE_CONTROL_METHOD {
	PEPHANDLE DeviceHandle;
	ULONG RequestFlags;
	union { ULONG MethodName; UNICODE_STRING MethodNameString; };
	PVOID CompletionContext;
	ULONG InputArgumentCount;
	SIZE_T InputArgumentSize;
	PACPI_METHOD_ARGUMENT InputArguments;
	NTSTATUS MethodStatus;
	ULONG OutputArgumentCount;
	SIZE_T OutputArgumentSize;
	PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_ACPI_EVALUATE_CONTROL_METHOD, *PPEP_ACPI_EVALUATE_CONTROL_METHOD;
typedef struct _PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES {
	PEPHANDLE DeviceHandle;
	NTSTATUS Status;
	SIZE_T BiosResourcesSize;
	PACPI_METHOD_ARGUMENT BiosResources;
} PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES, *PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES;
typedef struct _PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES {
	PEPHANDLE DeviceHandle;
	ULONG Flags;
	PCM_RESOURCE_LIST TranslatedResourceList;
} PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES, *PPEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES;

/* Work requests (PEP_DPM_WORK / PEP_NOTIFY_ACPI_WORK) */
typedef enum _PEP_WORK_TYPE {
	PepWorkRequestPowerControl, PepWorkCompleteIdleState, PepWorkCompletePerfState, PepWorkAcpiNotify,
	PepWorkAcpiEvaluateControlMethodComplete, PepWorkMax
} PEP_WORK_TYPE, *PPEP_WORK_TYPE;
typedef struct _PEP_WORK_POWER_CONTROL {
	POHANDLE DeviceHandle;
	LPCGUID PowerControlCode;
	PVOID RequestContext;
	PVOID InBuffer;
	SIZE_T InBufferSize;
	PVOID OutBuffer;
	SIZE_T OutBufferSize;
} PEP_WORK_POWER_CONTROL, *PPEP_WORK_POWER_CONTROL;
typedef struct _PEP_WORK_COMPLETE_IDLE_STATE { POHANDLE DeviceHandle; ULONG Component; } PEP_WORK_COMPLETE_IDLE_STATE,
	*PPEP_WORK_COMPLETE_IDLE_STATE;
typedef struct _PEP_WORK_COMPLETE_PERF_STATE { POHANDLE DeviceHandle; ULONG Component; BOOLEAN Succeeded; }
	PEP_WORK_COMPLETE_PERF_STATE, *PPEP_WORK_COMPLETE_PERF_STATE;
typedef struct _PEP_WORK_ACPI_NOTIFY { POHANDLE DeviceHandle; ULONG NotifyCode; } PEP_WORK_ACPI_NOTIFY,
	*PPEP_WORK_ACPI_NOTIFY;
typedef struct _PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE {
	POHANDLE DeviceHandle;
	ULONG CompletionFlags;
	NTSTATUS MethodStatus;
	PVOID CompletionContext;
	SIZE_T OutputArgumentSize;
	PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE, *PPEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE;
typedef struct _PEP_WORK_INFORMATION {
	PEP_WORK_TYPE WorkType;
	union {
		PEP_WORK_POWER_CONTROL PowerControl;
		PEP_WORK_COMPLETE_IDLE_STATE CompleteIdleState;
		PEP_WORK_COMPLETE_PERF_STATE CompletePerfState;
		PEP_WORK_ACPI_NOTIFY AcpiNotify;
		PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE ControlMethodComplete;
	};
} PEP_WORK_INFORMATION, *PPEP_WORK_INFORMATION;
typedef struct _PEP_WORK { PPEP_WORK_INFORMATION WorkInformation; BOOLEAN NeedWork; } PEP_WORK, *PPEP_WORK;

/* ACPI resources a PEP describes for a device (converted with RequestCommon) */
#define PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES 0x1
#ifndef _DRVLINT_GPIO_PIN_TYPES
#define _DRVLINT_GPIO_PIN_TYPES
typedef enum _GPIO_PIN_CONFIG_TYPE { PullDefault = 0, PullUp, PullDown, PullNone } GPIO_PIN_CONFIG_TYPE;
typedef enum _GPIO_PIN_IORESTRICTION_TYPE { IoRestrictionNone = 0, IoRestrictionInputOnly, IoRestrictionOutputOnly,
	IoRestrictionNoneAndPreserve } GPIO_PIN_IORESTRICTION_TYPE;
#endif
typedef enum _PEP_ACPI_RESOURCE_TYPE {
	PepAcpiMemory = 0, PepAcpiIoPort, PepAcpiInterrupt, PepAcpiGpioIo, PepAcpiGpioInt, PepAcpiSpbI2c, PepAcpiSpbSpi,
	PepAcpiSpbUart, PepAcpiExtendedMemory, PepAcpiExtendedIo
} PEP_ACPI_RESOURCE_TYPE;
typedef struct _PEP_ACPI_RESOURCE_FLAGS {
	union { ULONG AsULong; struct { ULONG Shared : 1; ULONG Wake : 1; ULONG ResourceUsage : 1; ULONG SlaveMode : 1;
		ULONG AddressingMode : 1; ULONG SharedMode : 1; ULONG Reserved : 26; }; };
} PEP_ACPI_RESOURCE_FLAGS;
typedef struct _PEP_ACPI_IO_MEMORY_RESOURCE {
	PEP_ACPI_RESOURCE_TYPE Type;
	UCHAR Information;
	PHYSICAL_ADDRESS MinimumAddress;
	PHYSICAL_ADDRESS MaximumAddress;
	ULONG Alignment;
	ULONG Length;
} PEP_ACPI_IO_MEMORY_RESOURCE, *PPEP_ACPI_IO_MEMORY_RESOURCE;
typedef struct _PEP_ACPI_INTERRUPT_RESOURCE {
	PEP_ACPI_RESOURCE_TYPE Type;
	KINTERRUPT_MODE InterruptType;
	KINTERRUPT_POLARITY InterruptPolarity;
	PEP_ACPI_RESOURCE_FLAGS Flags;
	UCHAR Count;
	PULONG Pins;
} PEP_ACPI_INTERRUPT_RESOURCE, *PPEP_ACPI_INTERRUPT_RESOURCE;
typedef struct _PEP_ACPI_GPIO_RESOURCE {
	PEP_ACPI_RESOURCE_TYPE Type;
	PEP_ACPI_RESOURCE_FLAGS Flags;
	KINTERRUPT_MODE InterruptType;
	KINTERRUPT_POLARITY InterruptPolarity;
	GPIO_PIN_CONFIG_TYPE PinConfig;
	GPIO_PIN_IORESTRICTION_TYPE IoRestrictionType;
	USHORT DriveStrength;
	USHORT DebounceTimeout;
	PUSHORT PinTable;
	USHORT PinCount;
	UCHAR ResourceSourceIndex;
	PUNICODE_STRING ResourceSourceName;
	PUCHAR VendorData;
	USHORT VendorDataLength;
} PEP_ACPI_GPIO_RESOURCE, *PPEP_ACPI_GPIO_RESOURCE;
typedef struct _PEP_ACPI_SPB_RESOURCE {
	PEP_ACPI_RESOURCE_TYPE Type;
	PEP_ACPI_RESOURCE_FLAGS Flags;
	USHORT TypeSpecificFlags;
	UCHAR ResourceSourceIndex;
	PUNICODE_STRING ResourceSource;
	PUCHAR VendorData;
	USHORT VendorDataLength;
} PEP_ACPI_SPB_RESOURCE, *PPEP_ACPI_SPB_RESOURCE;
typedef struct _PEP_ACPI_SPB_I2C_RESOURCE {
	PEP_ACPI_SPB_RESOURCE SpbCommon;
	ULONG ConnectionSpeed;
	USHORT SlaveAddress;
} PEP_ACPI_SPB_I2C_RESOURCE, *PPEP_ACPI_SPB_I2C_RESOURCE;
typedef struct _PEP_ACPI_SPB_SPI_RESOURCE {
	PEP_ACPI_SPB_RESOURCE SpbCommon;
	ULONG ConnectionSpeed;
	UCHAR DataBitLength;
	UCHAR Phase;
	UCHAR Polarity;
	USHORT DeviceSelection;
} PEP_ACPI_SPB_SPI_RESOURCE, *PPEP_ACPI_SPB_SPI_RESOURCE;
typedef struct _PEP_ACPI_SPB_UART_RESOURCE {
	PEP_ACPI_SPB_RESOURCE SpbCommon;
	ULONG BaudRate;
	USHORT RxBufferSize;
	USHORT TxBufferSize;
	UCHAR Parity;
	UCHAR LinesInUse;
} PEP_ACPI_SPB_UART_RESOURCE, *PPEP_ACPI_SPB_UART_RESOURCE;
typedef union _PEP_ACPI_RESOURCE {
	PEP_ACPI_RESOURCE_TYPE Type;
	PEP_ACPI_IO_MEMORY_RESOURCE IoMemory;
	PEP_ACPI_INTERRUPT_RESOURCE Interrupt;
	PEP_ACPI_GPIO_RESOURCE Gpio;
	PEP_ACPI_SPB_I2C_RESOURCE SpbI2c;
	PEP_ACPI_SPB_SPI_RESOURCE SpbSpi;
	PEP_ACPI_SPB_UART_RESOURCE SpbUart;
} PEP_ACPI_RESOURCE, *PPEP_ACPI_RESOURCE;
typedef struct _PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES {
	PPEP_ACPI_RESOURCE InputBuffer;
	SIZE_T InputBufferSize;
	PVOID OutputBuffer;
	SIZE_T OutputBufferSize;
	ULONG Flags;
	NTSTATUS TranslationStatus;
} PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES, *PPEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES;

FORCEINLINE VOID PEP_ACPI_INITIALIZE_MEMORY_RESOURCE(_In_ UCHAR ReadWriteCapability, _In_ ULONG MinimumAddress,
	_In_ ULONG MaximumAddress, _In_ ULONG Alignment, _In_ ULONG MemorySize, _Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->IoMemory.Type = PepAcpiMemory;
	Resource->IoMemory.Information = ReadWriteCapability;
	Resource->IoMemory.MinimumAddress.LowPart = MinimumAddress;
	Resource->IoMemory.MaximumAddress.LowPart = MaximumAddress;
	Resource->IoMemory.Alignment = Alignment;
	Resource->IoMemory.Length = MemorySize;
}
FORCEINLINE VOID PEP_ACPI_INITIALIZE_IOPORT_RESOURCE(_In_ UCHAR Decode, _In_ USHORT MinimumAddress,
	_In_ USHORT MaximumAddress, _In_ UCHAR Alignment, _In_ UCHAR PortLength, _Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->IoMemory.Type = PepAcpiIoPort;
	Resource->IoMemory.Information = Decode;
	Resource->IoMemory.MinimumAddress.LowPart = MinimumAddress;
	Resource->IoMemory.MaximumAddress.LowPart = MaximumAddress;
	Resource->IoMemory.Alignment = Alignment;
	Resource->IoMemory.Length = PortLength;
}
FORCEINLINE VOID PEP_ACPI_INITIALIZE_INTERRUPT_RESOURCE(_In_ BOOLEAN ResourceUsage, _In_ KINTERRUPT_MODE EdgeTriggered,
	_In_ KINTERRUPT_POLARITY InterruptLevel, _In_ BOOLEAN ShareType, _In_ BOOLEAN Wake,
	_In_reads_(PinCount) PULONG PinTable, _In_ UCHAR PinCount, _Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->Interrupt.Type = PepAcpiInterrupt;
	Resource->Interrupt.InterruptType = EdgeTriggered;
	Resource->Interrupt.InterruptPolarity = InterruptLevel;
	Resource->Interrupt.Flags.ResourceUsage = ResourceUsage;
	Resource->Interrupt.Flags.Shared = ShareType;
	Resource->Interrupt.Flags.Wake = Wake;
	Resource->Interrupt.Count = PinCount;
	Resource->Interrupt.Pins = PinTable;
}
FORCEINLINE VOID PEP_ACPI_INITIALIZE_GPIO_IO_RESOURCE(_In_ BOOLEAN DeviceReadyOnly, _In_ BOOLEAN ResourceUsage,
	_In_ GPIO_PIN_CONFIG_TYPE PinConfig, _In_ USHORT DebounceTimeout, _In_ USHORT DriveStrength,
	_In_ GPIO_PIN_IORESTRICTION_TYPE IoRestriction, _In_ UCHAR ResourceSourceIndex, _In_ PUNICODE_STRING ResourceSourceName,
	_In_ BOOLEAN VendorDataPresent, _In_reads_bytes_opt_(VendorDataLength) PUCHAR VendorData, _In_ USHORT VendorDataLength,
	_In_reads_(PinCount) PUSHORT PinTable, _In_ USHORT PinCount, _Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->Gpio.Type = PepAcpiGpioIo;
	Resource->Gpio.Flags.Shared = DeviceReadyOnly;
	Resource->Gpio.Flags.ResourceUsage = ResourceUsage;
	Resource->Gpio.PinConfig = PinConfig;
	Resource->Gpio.DebounceTimeout = DebounceTimeout;
	Resource->Gpio.DriveStrength = DriveStrength;
	Resource->Gpio.IoRestrictionType = IoRestriction;
	Resource->Gpio.ResourceSourceIndex = ResourceSourceIndex;
	Resource->Gpio.ResourceSourceName = ResourceSourceName;
	Resource->Gpio.VendorData = VendorDataPresent ? VendorData : NULL;
	Resource->Gpio.VendorDataLength = VendorDataLength;
	Resource->Gpio.PinTable = PinTable;
	Resource->Gpio.PinCount = PinCount;
}
FORCEINLINE VOID PEP_ACPI_INITIALIZE_GPIO_INT_RESOURCE(_In_ KINTERRUPT_MODE InterruptType,
	_In_ KINTERRUPT_POLARITY LevelType, _In_ BOOLEAN Shareable, _In_ BOOLEAN CanWake, _In_ GPIO_PIN_CONFIG_TYPE PinConfig,
	_In_ USHORT DebounceTimeout, _In_ UCHAR ResourceSourceIndex, _In_ PUNICODE_STRING ResourceSourceName,
	_In_ BOOLEAN ResourceUsage, _In_reads_bytes_opt_(VendorDataLength) PUCHAR VendorData, _In_ USHORT VendorDataLength,
	_In_reads_(PinCount) PUSHORT PinTable, _In_ UCHAR PinCount, _Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->Gpio.Type = PepAcpiGpioInt;
	Resource->Gpio.InterruptType = InterruptType;
	Resource->Gpio.InterruptPolarity = LevelType;
	Resource->Gpio.Flags.Shared = Shareable;
	Resource->Gpio.Flags.Wake = CanWake;
	Resource->Gpio.Flags.ResourceUsage = ResourceUsage;
	Resource->Gpio.PinConfig = PinConfig;
	Resource->Gpio.DebounceTimeout = DebounceTimeout;
	Resource->Gpio.ResourceSourceIndex = ResourceSourceIndex;
	Resource->Gpio.ResourceSourceName = ResourceSourceName;
	Resource->Gpio.VendorData = VendorData;
	Resource->Gpio.VendorDataLength = VendorDataLength;
	Resource->Gpio.PinTable = PinTable;
	Resource->Gpio.PinCount = PinCount;
}
FORCEINLINE VOID PEP_ACPI_INITIALIZE_SPB_I2C_RESOURCE(_In_ USHORT SlaveAddress, _In_ BOOLEAN DeviceInitiated,
	_In_ ULONG ConnectionSpeed, _In_ BOOLEAN AddressingMode, _In_ PUNICODE_STRING ResourceSource,
	_In_ UCHAR ResourceSourceIndex, _In_ BOOLEAN ResourceUsage, _In_ BOOLEAN SharedMode,
	_In_reads_bytes_opt_(VendorDataLength) PCHAR VendorData, _In_ USHORT VendorDataLength,
	_Out_ PPEP_ACPI_RESOURCE Resource)
{
	RtlZeroMemory(Resource, sizeof(PEP_ACPI_RESOURCE));
	Resource->SpbI2c.SpbCommon.Type = PepAcpiSpbI2c;
	Resource->SpbI2c.SpbCommon.Flags.SlaveMode = DeviceInitiated;
	Resource->SpbI2c.SpbCommon.Flags.AddressingMode = AddressingMode;
	Resource->SpbI2c.SpbCommon.Flags.ResourceUsage = ResourceUsage;
	Resource->SpbI2c.SpbCommon.Flags.SharedMode = SharedMode;
	Resource->SpbI2c.SpbCommon.ResourceSource = ResourceSource;
	Resource->SpbI2c.SpbCommon.ResourceSourceIndex = ResourceSourceIndex;
	Resource->SpbI2c.SpbCommon.VendorData = (PUCHAR)VendorData;
	Resource->SpbI2c.SpbCommon.VendorDataLength = VendorDataLength;
	Resource->SpbI2c.ConnectionSpeed = ConnectionSpeed;
	Resource->SpbI2c.SlaveAddress = SlaveAddress;
}

#endif /* _DRVLINT_PEPFX_H */
