/*
 * A KMDF port driver that relies on automatic synchronization: with
 * SynchronizationScopeDevice at the default execution level, the framework
 * holds the device's spin lock around every queue callback, so they run at
 * DISPATCH_LEVEL.
 */
#include <ntddk.h>
#include <wdf.h>

#define IOCTL_PORT_RELOAD CTL_CODE(FILE_DEVICE_SERIAL_PORT, 0x810, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _PORT_CONTEXT {
    ULONG BaudRate;
    ULONG Reads;
} PORT_CONTEXT, *PPORT_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PORT_CONTEXT, PortGetContext)

EVT_WDF_DRIVER_DEVICE_ADD PortEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL PortEvtIoDeviceControl;
EVT_WDF_IO_QUEUE_IO_READ PortEvtIoRead;
NTSTATUS PortReadSettings(WDFDEVICE Device);

#pragma alloc_text(PAGE, PortEvtDeviceAdd)
#pragma alloc_text(PAGE, PortReadSettings)
#pragma alloc_text(PAGE, PortEvtIoRead)

NTSTATUS PortReadSettings(WDFDEVICE Device)
{
    WDFKEY key;
    NTSTATUS status;
    DECLARE_CONST_UNICODE_STRING(valueName, L"BaudRate");

    PAGED_CODE();
    status = WdfDeviceOpenRegistryKey(Device, PLUGPLAY_REGKEY_DEVICE, KEY_READ,
                                      WDF_NO_OBJECT_ATTRIBUTES, &key);
    if (NT_SUCCESS(status)) {
        status = WdfRegistryQueryULong(key, &valueName, &PortGetContext(Device)->BaudRate);
        WdfRegistryClose(key);
    }
    return status;
}

VOID PortEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                            size_t InputBufferLength, ULONG IoControlCode)
{
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode == IOCTL_PORT_RELOAD) {
        status = PortReadSettings(WdfIoQueueGetDevice(Queue));          /* expect: pageable-at-raised-irql */
    }
    WdfRequestComplete(Request, status);
}

VOID PortEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Length);
    PAGED_CODE();
    PortGetContext(WdfIoQueueGetDevice(Queue))->Reads++;
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS PortEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    PAGED_CODE();
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    attributes.SynchronizationScope = WdfSynchronizationScopeDevice;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoDeviceControl = PortEvtIoDeviceControl;
    queueConfig.EvtIoRead = PortEvtIoRead;                                   /* expect: pageable-at-raised-irql */
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return PortReadSettings(device);
}
