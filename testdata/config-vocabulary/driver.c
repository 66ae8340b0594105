/*
 * A driver whose own helpers live in a support library drvlint cannot see:
 * .drvlint.json beside this file tells drvlint what each one does.
 */
#include <ntddk.h>

typedef struct _QUEUE_CONTEXT {
	KSPIN_LOCK Lock;
	ULONG Depth;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;

/* Declared by the support library; bodies not visible. */
PVOID HalpGetCallerBuffer(PIRP Irp);
VOID SafeProbeRead(PVOID Buffer, ULONG Length);
VOID DrvCopyIn(PVOID Destination, PVOID Source, ULONG Length);
VOID DrvLockQueue(PQUEUE_CONTEXT Queue);
VOID DrvUnlockQueue(PQUEUE_CONTEXT Queue);
VOID DrvRaiseToDpc(VOID);
VOID DrvLowerIrql(VOID);
NTSTATUS DrvLoadSettings(PQUEUE_CONTEXT Queue);

/* Visible body, declared pageable by the configuration only. */
NTSTATUS DrvRefreshTables(PQUEUE_CONTEXT Queue)
{
	Queue->Depth = 0;
	return STATUS_SUCCESS;
}

static NTSTATUS CopyUnprobed(PIRP Irp, PUCHAR Local, ULONG Length)
{
	PVOID input = HalpGetCallerBuffer(Irp);
	__try {
		DrvCopyIn(Local, input, Length); /* expect: unprobed-user-pointer */
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

static NTSTATUS CopyProbed(PIRP Irp, PUCHAR Local, ULONG Length)
{
	PVOID input = HalpGetCallerBuffer(Irp);
	__try {
		SafeProbeRead(input, Length);
		DrvCopyIn(Local, input, Length);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

static VOID ReloadUnderLock(PQUEUE_CONTEXT Queue)
{
	DrvLockQueue(Queue);
	DrvLoadSettings(Queue); /* expect: pageable-at-raised-irql */
	DrvUnlockQueue(Queue);
	DrvLoadSettings(Queue);
}

static VOID RefreshRaised(PQUEUE_CONTEXT Queue)
{
	DrvRaiseToDpc();
	DrvRefreshTables(Queue); /* expect: pageable-at-raised-irql */
	DrvLowerIrql();
	DrvRefreshTables(Queue);
}

_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH DispatchIoctl;

NTSTATUS DispatchIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PQUEUE_CONTEXT queue = (PQUEUE_CONTEXT)DeviceObject->DeviceExtension;
	UCHAR local[32];
	NTSTATUS status;

	status = CopyUnprobed(Irp, local, sizeof(local));
	if (NT_SUCCESS(status))
		status = CopyProbed(Irp, local, sizeof(local));
	ReloadUnderLock(queue);
	RefreshRaised(queue);
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
	return STATUS_SUCCESS;
}
