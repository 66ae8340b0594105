/*
 * ringdrv: a ring buffer device that uses neither buffered nor direct I/O
 * for IRP_MJ_READ and IRP_MJ_WRITE, so Irp->UserBuffer is the caller's
 * user-mode address. NtReadFile and NtWriteFile probed it, but nothing locks
 * it: the driver must touch it under __try/__except, in the caller's context.
 * Reads lock the pages through an MDL; writes copy from user memory directly.
 */
#include <ntddk.h>

#define RING_TAG 'gniR'
#define RING_SIZE 4096

typedef struct _RING_EXTENSION {
	UCHAR Data[RING_SIZE];
	ULONG Head;
	ULONG Tail;
} RING_EXTENSION, *PRING_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH RingRead;
_Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH RingWrite;
_Dispatch_type_(IRP_MJ_FLUSH_BUFFERS) DRIVER_DISPATCH RingFlush;

/* Correct: the user buffer is described by an MDL, probed and locked inside
 * __try, and written through its system address. */
NTSTATUS RingRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PRING_EXTENSION ext = (PRING_EXTENSION)DeviceObject->DeviceExtension;
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	ULONG length = min(stack->Parameters.Read.Length, RING_SIZE);
	PMDL mdl;
	PUCHAR system;
	NTSTATUS status = STATUS_SUCCESS;

	mdl = IoAllocateMdl(Irp->UserBuffer, length, FALSE, TRUE, NULL);
	if (mdl == NULL) {
		status = STATUS_INSUFFICIENT_RESOURCES;
		goto complete;
	}
	__try {
		MmProbeAndLockPages(mdl, Irp->RequestorMode, IoWriteAccess);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		IoFreeMdl(mdl);
		status = GetExceptionCode();
		goto complete;
	}
	system = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
	if (system != NULL) {
		RtlCopyMemory(system, ext->Data, length);
		Irp->IoStatus.Information = length;
	} else {
		status = STATUS_INSUFFICIENT_RESOURCES;
	}
	MmUnlockPages(mdl);
	IoFreeMdl(mdl);
complete:
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

/* Bug: the header is read inside __try, but the payload is copied after it,
 * when the caller may already have freed the pages. */
NTSTATUS RingWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PRING_EXTENSION ext = (PRING_EXTENSION)DeviceObject->DeviceExtension;
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	ULONG length = min(stack->Parameters.Write.Length, RING_SIZE);
	PUCHAR source = (PUCHAR)Irp->UserBuffer;
	NTSTATUS status = STATUS_SUCCESS;
	ULONG skip = 0;

	__try {
		if (length >= sizeof(ULONG))
			skip = *(PULONG)source;
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		status = GetExceptionCode();
	}
	if (NT_SUCCESS(status) && skip < length) {
		RtlCopyMemory(ext->Data, source + skip, length - skip); /* expect: user-access-outside-try */
		ext->Tail = length - skip;
		Irp->IoStatus.Information = length;
	}
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

/* Correct: only kernel-mode callers may pass a flush marker buffer; a user
 * request is probed first. */
NTSTATUS RingFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PRING_EXTENSION ext = (PRING_EXTENSION)DeviceObject->DeviceExtension;
	PULONG marker = (PULONG)Irp->UserBuffer;
	NTSTATUS status = STATUS_SUCCESS;

	if (marker != NULL) {
		if (Irp->RequestorMode != KernelMode) {
			__try {
				ProbeForWrite(marker, sizeof(ULONG), sizeof(ULONG));
				*marker = ext->Head;
			} __except (EXCEPTION_EXECUTE_HANDLER) {
				status = GetExceptionCode();
			}
		} else {
			*marker = ext->Head;
		}
	}
	ext->Head = ext->Tail = 0;
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
	RtlInitUnicodeString(&name, L"\\Device\\RingDrv");
	status = IoCreateDevice(DriverObject, sizeof(RING_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
				FILE_DEVICE_SECURE_OPEN, FALSE, &device);
	if (!NT_SUCCESS(status))
		return status;
	RtlZeroMemory(device->DeviceExtension, sizeof(RING_EXTENSION));
	DriverObject->MajorFunction[IRP_MJ_READ] = RingRead;
	DriverObject->MajorFunction[IRP_MJ_WRITE] = RingWrite;
	DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = RingFlush;
	return STATUS_SUCCESS;
}
