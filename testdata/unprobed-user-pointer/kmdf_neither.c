/*
 * kmnx: a KMDF driver with METHOD_NEITHER IOCTLs. Buffers of such requests
 * are only valid in the caller's context, so the driver fetches them in
 * EvtIoInCallerContext, where they are user-mode addresses until probed.
 */
#include <ntddk.h>
#include <wdf.h>

#define KMNX_DEVICE_TYPE 0x8300
#define IOCTL_KMNX_SET    CTL_CODE(KMNX_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_KMNX_PEEK   CTL_CODE(KMNX_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _KMNX_SETTINGS {
	ULONG Mode;
	ULONG Interval;
} KMNX_SETTINGS, *PKMNX_SETTINGS;

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD KmnxDeviceAdd;
EVT_WDF_IO_IN_CALLER_CONTEXT KmnxInCallerContext;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL KmnxDeviceControl;

static ULONG KmnxPeekValue;

/* Correct: the unsafe buffer is probed and locked by the framework before use. */
static NTSTATUS KmnxCaptureSettings(WDFREQUEST Request, PKMNX_SETTINGS Settings)
{
	PVOID buffer;
	size_t length;
	WDFMEMORY memory;
	NTSTATUS status;

	status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, sizeof(KMNX_SETTINGS), &buffer, &length);
	if (!NT_SUCCESS(status))
		return status;
	status = WdfRequestProbeAndLockUserBufferForRead(Request, buffer, length, &memory);
	if (!NT_SUCCESS(status))
		return status;
	*Settings = *(PKMNX_SETTINGS)WdfMemoryGetBuffer(memory, NULL);
	return STATUS_SUCCESS;
}

/* Bug: the unsafe output buffer is written directly. */
static NTSTATUS KmnxPeek(WDFREQUEST Request)
{
	PVOID buffer;
	size_t length;
	NTSTATUS status;

	status = WdfRequestRetrieveUnsafeUserOutputBuffer(Request, sizeof(ULONG), &buffer, &length);
	if (!NT_SUCCESS(status))
		return status;
	*(PULONG)buffer = KmnxPeekValue; /* expect: unprobed-user-pointer */
	return STATUS_SUCCESS;
}

VOID KmnxInCallerContext(WDFDEVICE Device, WDFREQUEST Request)
{
	WDF_REQUEST_PARAMETERS params;
	KMNX_SETTINGS settings;
	NTSTATUS status = STATUS_SUCCESS;

	WDF_REQUEST_PARAMETERS_INIT(&params);
	WdfRequestGetParameters(Request, &params);
	if (params.Type == WdfRequestTypeDeviceControl) {
		if (params.Parameters.DeviceIoControl.IoControlCode == IOCTL_KMNX_SET) {
			status = KmnxCaptureSettings(Request, &settings);
			if (NT_SUCCESS(status))
				KmnxPeekValue = settings.Mode;
		} else if (params.Parameters.DeviceIoControl.IoControlCode == IOCTL_KMNX_PEEK) {
			status = KmnxPeek(Request);
		}
		WdfRequestComplete(Request, status);
		return;
	}
	status = WdfDeviceEnqueueRequest(Device, Request);
	if (!NT_SUCCESS(status))
		WdfRequestComplete(Request, status);
}

VOID KmnxDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
		       size_t InputBufferLength, ULONG IoControlCode)
{
	UNREFERENCED_PARAMETER(Queue);
	UNREFERENCED_PARAMETER(OutputBufferLength);
	UNREFERENCED_PARAMETER(InputBufferLength);
	UNREFERENCED_PARAMETER(IoControlCode);
	WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
}

NTSTATUS KmnxDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
	WDF_IO_QUEUE_CONFIG queueConfig;
	WDFDEVICE device;
	NTSTATUS status;

	UNREFERENCED_PARAMETER(Driver);
	WdfDeviceInitSetIoInCallerContextCallback(DeviceInit, KmnxInCallerContext);
	status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
	if (!NT_SUCCESS(status))
		return status;
	WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
	queueConfig.EvtIoDeviceControl = KmnxDeviceControl;
	return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	WDF_DRIVER_CONFIG config;

	WDF_DRIVER_CONFIG_INIT(&config, KmnxDeviceAdd);
	return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
