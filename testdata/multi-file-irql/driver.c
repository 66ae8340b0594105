/* Entry point and IOCTL dispatch. */
#include "sensor.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH SensorDeviceControl;

#pragma alloc_text(INIT, DriverEntry)

NTSTATUS SensorDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSENSOR_EXTENSION ext = (PSENSOR_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_SENSOR_CALIBRATE:
        KeAcquireSpinLock(&ext->SampleLock, &oldIrql);
        ext->Samples = 0;
        status = SensorLoadCalibration(ext);            /* expect: pageable-at-raised-irql */
        KeReleaseSpinLock(&ext->SampleLock, oldIrql);
        break;
    case IOCTL_SENSOR_RESET:
        KeAcquireSpinLock(&ext->SampleLock, &oldIrql);
        status = SensorApplyDefaults(ext);              /* expect: pageable-at-raised-irql */
        SensorRefreshChannels(ext, ext->Channels);      /* expect: pageable-at-raised-irql */
        KeReleaseSpinLock(&ext->SampleLock, oldIrql);
        /* The same calls at PASSIVE_LEVEL are fine. */
        SensorApplyDefaults(ext);
        SensorRefreshChannels(ext, ext->Channels);
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    PSENSOR_EXTENSION ext;
    LARGE_INTEGER period;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(SENSOR_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSENSOR_EXTENSION)device->DeviceExtension;
    KeInitializeSpinLock(&ext->SampleLock);
    KeInitializeDpc(&ext->SampleDpc, SensorSampleDpc, ext);
    KeInitializeTimer(&ext->SampleTimer);
    period.QuadPart = -10000LL * 100;
    KeSetTimerEx(&ext->SampleTimer, period, 100, &ext->SampleDpc);
    status = SensorLoadCalibration(ext);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SensorDeviceControl;
    return status;
}
