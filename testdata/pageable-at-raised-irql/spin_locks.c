/*
 * A queue driver whose IOCTL path takes a spin lock around its request list.
 * Pageable code called under the lock is reported; the same calls made after
 * the release, or after a branch that took and released the lock, are not.
 */
#include <ntddk.h>

#define IOCTL_QUEUE_RELOAD  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QUEUE_FLUSH   CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QUEUE_STATS   CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define QUEUE_TAG 'ueuQ'

typedef struct _QUEUE_EXTENSION {
    KSPIN_LOCK QueueLock;
    KSPIN_LOCK StatsLock;
    LIST_ENTRY PendingList;
    ULONG PendingCount;
    ULONG MaxPending;
    UNICODE_STRING RegistryPath;
} QUEUE_EXTENSION, *PQUEUE_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH QueueDeviceControl;
NTSTATUS ReadConfigFromRegistry(PQUEUE_EXTENSION DevExt);
NTSTATUS WriteStatsFile(PQUEUE_EXTENSION DevExt);

#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, ReadConfigFromRegistry)
#pragma alloc_text(PAGE, WriteStatsFile)

NTSTATUS ReadConfigFromRegistry(PQUEUE_EXTENSION DevExt)
{
    OBJECT_ATTRIBUTES attributes;
    HANDLE key;
    NTSTATUS status;

    PAGED_CODE();
    InitializeObjectAttributes(&attributes, &DevExt->RegistryPath,
                               OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (NT_SUCCESS(status)) {
        DevExt->MaxPending = 64;
        ZwClose(key);
    }
    return status;
}

NTSTATUS WriteStatsFile(PQUEUE_EXTENSION DevExt)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DevExt);
    return STATUS_SUCCESS;
}

/* Takes the lock only when the list is not empty: after the join the IRQL
 * may be DISPATCH_LEVEL. */
static VOID DrainIfBusy(PQUEUE_EXTENSION DevExt, BOOLEAN Busy)
{
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (Busy) {
        KeAcquireSpinLock(&DevExt->QueueLock, &oldIrql);
    }
    WriteStatsFile(DevExt);                      /* expect: pageable-at-raised-irql */
    if (Busy) {
        KeReleaseSpinLock(&DevExt->QueueLock, oldIrql);
    }
}

/* The lock is taken and released inside the branch: the join is back at
 * PASSIVE_LEVEL. */
static VOID CountPending(PQUEUE_EXTENSION DevExt, BOOLEAN Reset)
{
    KIRQL oldIrql;

    if (Reset) {
        KeAcquireSpinLock(&DevExt->StatsLock, &oldIrql);
        DevExt->PendingCount = 0;
        KeReleaseSpinLock(&DevExt->StatsLock, oldIrql);
    } else {
        KeAcquireSpinLock(&DevExt->StatsLock, &oldIrql);
        DevExt->PendingCount++;
        KeReleaseSpinLock(&DevExt->StatsLock, oldIrql);
    }
    WriteStatsFile(DevExt);
}

static VOID ReloadWithQueuedLock(PQUEUE_EXTENSION DevExt)
{
    KLOCK_QUEUE_HANDLE lockHandle;

    KeAcquireInStackQueuedSpinLock(&DevExt->QueueLock, &lockHandle);
    ReadConfigFromRegistry(DevExt);              /* expect: pageable-at-raised-irql */
    KeReleaseInStackQueuedSpinLock(&lockHandle);
    ReadConfigFromRegistry(DevExt);
}

static VOID FlushAtRaisedIrql(PQUEUE_EXTENSION DevExt)
{
    KIRQL oldIrql;
    UNICODE_STRING name;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    DevExt->PendingCount = 0;
    RtlInitUnicodeString(&name, L"\\Registry\\Machine\\Software\\Queue");
    if (RtlCompareUnicodeString(&name, &DevExt->RegistryPath, TRUE) == 0) {   /* expect: pageable-at-raised-irql */
        DevExt->MaxPending = 0;
    }
    KeLowerIrql(oldIrql);
    WriteStatsFile(DevExt);
}

/* Only at PASSIVE_LEVEL does it touch the file: the check narrows the IRQL. */
static VOID MaybeWriteStats(PQUEUE_EXTENSION DevExt)
{
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        WriteStatsFile(DevExt);
    }
}

NTSTATUS QueueDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PQUEUE_EXTENSION devExt = (PQUEUE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_QUEUE_RELOAD:
        KeAcquireSpinLock(&devExt->QueueLock, &oldIrql);
        if (IsListEmpty(&devExt->PendingList)) {
            status = ReadConfigFromRegistry(devExt);   /* expect: pageable-at-raised-irql */
        }
        KeReleaseSpinLock(&devExt->QueueLock, oldIrql);
        /* After the release: PASSIVE_LEVEL again. */
        status = ReadConfigFromRegistry(devExt);
        break;
    case IOCTL_QUEUE_FLUSH:
        ReloadWithQueuedLock(devExt);
        FlushAtRaisedIrql(devExt);
        DrainIfBusy(devExt, !IsListEmpty(&devExt->PendingList));
        break;
    case IOCTL_QUEUE_STATS:
        CountPending(devExt, FALSE);
        MaybeWriteStats(devExt);
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
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = QueueDeviceControl;
    return STATUS_SUCCESS;
}
