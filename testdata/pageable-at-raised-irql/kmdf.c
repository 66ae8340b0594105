/*
 * A KMDF sensor driver. Its timer and interrupt DPC work run at
 * PASSIVE_LEVEL because the objects ask for it (ExecutionLevel, PassiveHandling):
 * registry access there is fine. The spin-lock-protected path and the
 * DISPATCH_LEVEL DPC must stay away from pageable code.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _SENSOR_CONTEXT {
    WDFSPINLOCK SampleLock;
    WDFTIMER PollTimer;
    WDFDPC FlushDpc;
    ULONG Samples;
    ULONG Threshold;
} SENSOR_CONTEXT, *PSENSOR_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SENSOR_CONTEXT, SensorGetContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD SensorEvtDeviceAdd;
EVT_WDF_TIMER SensorEvtPollTimer;
EVT_WDF_DPC SensorEvtFlushDpc;
EVT_WDF_INTERRUPT_ISR SensorEvtIsr;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL SensorEvtIoDeviceControl;
NTSTATUS SensorReadThreshold(WDFDEVICE Device);

#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, SensorEvtDeviceAdd)
#pragma alloc_text(PAGE, SensorReadThreshold)

NTSTATUS SensorReadThreshold(WDFDEVICE Device)
{
    WDFKEY key;
    ULONG value = 0;
    NTSTATUS status;
    DECLARE_CONST_UNICODE_STRING(valueName, L"Threshold");

    PAGED_CODE();
    status = WdfDeviceOpenRegistryKey(Device, PLUGPLAY_REGKEY_DEVICE, KEY_READ,
                                      WDF_NO_OBJECT_ATTRIBUTES, &key);
    if (NT_SUCCESS(status)) {
        status = WdfRegistryQueryULong(key, &valueName, &value);
        WdfRegistryClose(key);
        SensorGetContext(Device)->Threshold = value;
    }
    return status;
}

/* A passive-level timer: pageable calls are fine here. */
VOID SensorEvtPollTimer(WDFTIMER Timer)
{
    WDFDEVICE device = (WDFDEVICE)WdfTimerGetParentObject(Timer);
    PSENSOR_CONTEXT ctx = SensorGetContext(device);

    SensorReadThreshold(device);
    WdfSpinLockAcquire(ctx->SampleLock);
    ctx->Samples++;
    if (ctx->Samples > ctx->Threshold) {
        SensorReadThreshold(device);                        /* expect: pageable-at-raised-irql */
    }
    WdfSpinLockRelease(ctx->SampleLock);
    WdfDpcEnqueue(ctx->FlushDpc);
}

/* A passive-level interrupt (PassiveHandling): its ISR runs at PASSIVE_LEVEL. */
BOOLEAN SensorEvtIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    WDFDEVICE device = WdfInterruptGetDevice(Interrupt);

    UNREFERENCED_PARAMETER(MessageID);
    SensorReadThreshold(device);
    return TRUE;
}

/* No automatic synchronization: the framework calls it in the requestor's
 * thread, at PASSIVE_LEVEL for the IOCTLs this driver gets. */
VOID SensorEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                              size_t InputBufferLength, ULONG IoControlCode)
{
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);
    WdfRequestComplete(Request, SensorReadThreshold(WdfIoQueueGetDevice(Queue)));
}

/* KMDF DPCs always run at DISPATCH_LEVEL. */
VOID SensorEvtFlushDpc(WDFDPC Dpc)
{
    WDFDEVICE device = (WDFDEVICE)WdfDpcGetParentObject(Dpc);

    SensorReadThreshold(device);                            /* expect: pageable-at-raised-irql */
}

NTSTATUS SensorEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES timerAttributes;
    WDF_TIMER_CONFIG timerConfig;
    WDF_DPC_CONFIG dpcConfig;
    WDF_INTERRUPT_CONFIG interruptConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFINTERRUPT interrupt;
    PSENSOR_CONTEXT ctx;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    PAGED_CODE();
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SENSOR_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ctx = SensorGetContext(device);
    status = WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &ctx->SampleLock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, SensorEvtPollTimer, 1000);
    WDF_OBJECT_ATTRIBUTES_INIT(&timerAttributes);
    timerAttributes.ExecutionLevel = WdfExecutionLevelPassive;
    timerAttributes.ParentObject = device;
    status = WdfTimerCreate(&timerConfig, &timerAttributes, &ctx->PollTimer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_INTERRUPT_CONFIG_INIT(&interruptConfig, SensorEvtIsr, NULL);
    interruptConfig.PassiveHandling = TRUE;
    status = WdfInterruptCreate(device, &interruptConfig, WDF_NO_OBJECT_ATTRIBUTES, &interrupt);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_DPC_CONFIG_INIT(&dpcConfig, SensorEvtFlushDpc);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfDpcCreate(&dpcConfig, &attributes, &ctx->FlushDpc);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = SensorEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return SensorReadThreshold(device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, SensorEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
