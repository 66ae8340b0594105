/* A small driver with nothing to report. */
#include <ntddk.h>

DRIVER_UNLOAD CleanUnload;

VOID CleanUnload(PDRIVER_OBJECT DriverObject)
{
	UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->DriverUnload = CleanUnload;
	return STATUS_SUCCESS;
}
