/*
 * User-mode memory is pageable: even a probed METHOD_NEITHER buffer must not be
 * touched while a spin lock is held.
 */
#include <ntddk.h>

#define IOCTL_STATS_READ CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _STATS_EXTENSION {
	KSPIN_LOCK StatsLock;
	ULONG Counters[16];
} STATS_EXTENSION, *PSTATS_EXTENSION;

_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH StatsDeviceControl;

/* Bug: the copy to the caller's buffer happens with the lock held. */
static NTSTATUS CopyStatsUnderLock(PSTATS_EXTENSION Ext, PIRP Irp, ULONG Length)
{
	PVOID Output = Irp->UserBuffer;
	KIRQL oldIrql;
	NTSTATUS status = STATUS_SUCCESS;

	if (Length < sizeof(Ext->Counters))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForWrite(Output, sizeof(Ext->Counters), sizeof(ULONG));
		KeAcquireSpinLock(&Ext->StatsLock, &oldIrql);
		RtlCopyMemory(Output, Ext->Counters, sizeof(Ext->Counters)); /* expect: pageable-at-raised-irql */
		KeReleaseSpinLock(&Ext->StatsLock, oldIrql);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		status = GetExceptionCode();
	}
	return status;
}

/* Correct: snapshot under the lock, copy to user memory after releasing it. */
static NTSTATUS CopyStatsSnapshot(PSTATS_EXTENSION Ext, PIRP Irp, ULONG Length)
{
	PVOID Output = Irp->UserBuffer;
	KIRQL oldIrql;
	ULONG snapshot[16];
	NTSTATUS status = STATUS_SUCCESS;

	if (Length < sizeof(snapshot))
		return STATUS_BUFFER_TOO_SMALL;
	KeAcquireSpinLock(&Ext->StatsLock, &oldIrql);
	RtlCopyMemory(snapshot, Ext->Counters, sizeof(snapshot));
	KeReleaseSpinLock(&Ext->StatsLock, oldIrql);
	__try {
		ProbeForWrite(Output, sizeof(snapshot), sizeof(ULONG));
		RtlCopyMemory(Output, snapshot, sizeof(snapshot));
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		status = GetExceptionCode();
	}
	return status;
}

NTSTATUS StatsDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PSTATS_EXTENSION ext = (PSTATS_EXTENSION)DeviceObject->DeviceExtension;
	ULONG length = stack->Parameters.DeviceIoControl.OutputBufferLength;
	NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

	if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_STATS_READ) {
		status = CopyStatsSnapshot(ext, Irp, length);
		if (NT_SUCCESS(status))
			status = CopyStatsUnderLock(ext, Irp, length);
	}
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = StatsDeviceControl;
	return STATUS_SUCCESS;
}
