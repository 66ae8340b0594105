/*
 * capdrv: captures user buffers for a tracing device. Probes raise on a bad
 * address, so each must run under a __try/__except, here or around every
 * call of the function that makes it.
 */
#include <ntddk.h>

#define CAP_DEVICE_TYPE 0x8600
#define IOCTL_CAP_WRITE    CTL_CODE(CAP_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CAP_LOCK     CTL_CODE(CAP_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CAP_CHECK    CTL_CODE(CAP_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CAP_VALIDATE CTL_CODE(CAP_DEVICE_TYPE, 0x803, METHOD_NEITHER, FILE_ANY_ACCESS)

#define CAP_TAG 'paCC'

typedef struct _CAP_EXTENSION {
	PMDL LockedMdl;
	ULONG Captures;
} CAP_EXTENSION, *PCAP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH CapDeviceControl;

/* Bug: the probe itself runs outside the __try. */
static NTSTATUS CapWrite(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PUCHAR output = (PUCHAR)Irp->UserBuffer;
	ULONG length = Stack->Parameters.DeviceIoControl.OutputBufferLength;

	ProbeForWrite(output, length, sizeof(UCHAR)); /* expect: probe-outside-try */
	__try {
		RtlFillMemory(output, length, 0xCC);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = length;
	return STATUS_SUCCESS;
}

/* Bug: MmProbeAndLockPages on a user-mode buffer raises too. The second,
 * for a kernel-mode requestor's buffer, does not. */
static NTSTATUS CapLock(PCAP_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	ULONG length = Stack->Parameters.DeviceIoControl.OutputBufferLength;
	PMDL mdl = IoAllocateMdl(Irp->UserBuffer, length, FALSE, FALSE, NULL);

	if (mdl == NULL)
		return STATUS_INSUFFICIENT_RESOURCES;
	if (Irp->RequestorMode == KernelMode)
		MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
	else
		MmProbeAndLockPages(mdl, UserMode, IoWriteAccess); /* expect: probe-outside-try */
	Ext->LockedMdl = mdl;
	return STATUS_SUCCESS;
}

/* Probes its argument; its callers decide whether that is guarded. */
static VOID CapProbeInput(PVOID Input, ULONG Length)
{
	ProbeForRead(Input, Length, sizeof(ULONG)); /* expect: probe-outside-try */
}

/* Correct: the helper runs inside this __try. */
static NTSTATUS CapCheck(PIO_STACK_LOCATION Stack, PULONG Value)
{
	PULONG input = (PULONG)Stack->Parameters.DeviceIoControl.Type3InputBuffer;

	__try {
		CapProbeInput(input, sizeof(ULONG));
		*Value = *input;
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

/* Bug: this caller does not guard the helper, so its probe can bugcheck. */
static NTSTATUS CapValidate(PIO_STACK_LOCATION Stack)
{
	CapProbeInput(Stack->Parameters.DeviceIoControl.Type3InputBuffer,
		      Stack->Parameters.DeviceIoControl.InputBufferLength);
	return STATUS_SUCCESS;
}

NTSTATUS CapDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PCAP_EXTENSION ext = (PCAP_EXTENSION)DeviceObject->DeviceExtension;
	ULONG value = 0;
	NTSTATUS status;

	Irp->IoStatus.Information = 0;
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_CAP_WRITE:
		status = CapWrite(Irp, stack);
		break;
	case IOCTL_CAP_LOCK:
		status = CapLock(ext, Irp, stack);
		break;
	case IOCTL_CAP_CHECK:
		status = CapCheck(stack, &value);
		ext->Captures += value;
		break;
	case IOCTL_CAP_VALIDATE:
		status = CapValidate(stack);
		break;
	default:
		status = STATUS_INVALID_DEVICE_REQUEST;
		break;
	}
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNICODE_STRING name;
	PDEVICE_OBJECT device;
	NTSTATUS status;

	UNREFERENCED_PARAMETER(RegistryPath);
	RtlInitUnicodeString(&name, L"\\Device\\CapDrv");
	status = IoCreateDevice(DriverObject, sizeof(CAP_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
				FILE_DEVICE_SECURE_OPEN, FALSE, &device);
	if (!NT_SUCCESS(status))
		return status;
	RtlZeroMemory(device->DeviceExtension, sizeof(CAP_EXTENSION));
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CapDeviceControl;
	return STATUS_SUCCESS;
}
