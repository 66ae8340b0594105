/* A dispatch routine that writes through an unprobed user pointer. */
#include <ntddk.h>

NTSTATUS FindingDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PULONG out = (PULONG)Irp->UserBuffer;
	UNREFERENCED_PARAMETER(DeviceObject);
	*out = 1;
	Irp->IoStatus.Status = STATUS_SUCCESS;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FindingDeviceControl;
	return STATUS_SUCCESS;
}
