/*
 * A serial-style driver: routines the system calls at DISPATCH_LEVEL or
 * DIRQL (DPC, timer, StartIo, ISR, completion, cancel) must not call
 * pageable code, and a pageable routine must not be registered as one.
 */
#include <ntddk.h>

#define PORT_TAG 'troP'

typedef struct _PORT_EXTENSION {
    PDEVICE_OBJECT DeviceObject;
    PDEVICE_OBJECT LowerDevice;
    PKINTERRUPT Interrupt;
    KDPC CompletionDpc;
    KDPC PollDpc;
    KTIMER PollTimer;
    KEVENT ConfigDone;
    HANDLE LogFile;
    ULONG Errors;
    ULONG ReceivedChars;
    UNICODE_STRING DeviceName;
} PORT_EXTENSION, *PPORT_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH PortCreate;
DRIVER_DISPATCH PortRead;
DRIVER_STARTIO PortStartIo;
KDEFERRED_ROUTINE PortCompletionDpc;
KDEFERRED_ROUTINE PortPollDpc;
KSERVICE_ROUTINE PortIsr;
DRIVER_CANCEL PortCancelRead;
IO_COMPLETION_ROUTINE PortReadComplete;
IO_COMPLETION_ROUTINE PortConfigComplete;
KSYNCHRONIZE_ROUTINE PortResetErrors;
NTSTATUS PortLogError(PPORT_EXTENSION Port, NTSTATUS Status);
VOID PortProcessReceived(PPORT_EXTENSION Port);

#pragma alloc_text(PAGE, PortCreate)
#pragma alloc_text(PAGE, PortLogError)

NTSTATUS PortLogError(PPORT_EXTENSION Port, NTSTATUS Status)
{
    IO_STATUS_BLOCK iosb;

    PAGED_CODE();
    return ZwWriteFile(Port->LogFile, NULL, NULL, NULL, &iosb, &Status, sizeof(Status), NULL, NULL);
}

/* Annotated to run at DISPATCH_LEVEL: its body must not need PASSIVE_LEVEL. */
_IRQL_requires_(DISPATCH_LEVEL)
VOID PortProcessReceived(PPORT_EXTENSION Port)
{
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK iosb;
    HANDLE file;

    Port->ReceivedChars = 0;
    InitializeObjectAttributes(&attributes, &Port->DeviceName, OBJ_KERNEL_HANDLE, NULL, NULL);
    if (NT_SUCCESS(ZwCreateFile(&file, GENERIC_WRITE, &attributes, &iosb, NULL,   /* expect: pageable-at-raised-irql */
                                FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN_IF, 0, NULL, 0))) {
        ZwClose(file);                                                         /* expect: pageable-at-raised-irql */
    }
}

VOID PortCompletionDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    PortProcessReceived(port);
    if (port->Errors) {
        PortLogError(port, STATUS_DEVICE_DATA_ERROR);                          /* expect: pageable-at-raised-irql */
    }
    KeSetEvent(&port->ConfigDone, IO_NO_INCREMENT, FALSE);
}

VOID PortPollDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)Context;
    LARGE_INTEGER noWait;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    noWait.QuadPart = 0;
    /* A zero time-out is allowed at DISPATCH_LEVEL; none at all is not. */
    KeWaitForSingleObject(&port->ConfigDone, Executive, KernelMode, FALSE, &noWait);
    KeWaitForSingleObject(&port->ConfigDone, Executive, KernelMode, FALSE, NULL);  /* expect: pageable-at-raised-irql */
}

VOID PortStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)DeviceObject->DeviceExtension;
    PVOID scratch;

    scratch = ExAllocatePoolWithTag(NonPagedPoolNx, 128, PORT_TAG);
    if (scratch == NULL) {
        PortLogError(port, STATUS_INSUFFICIENT_RESOURCES);                     /* expect: pageable-at-raised-irql */
        Irp->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoStartNextPacket(DeviceObject, FALSE);
        return;
    }
    ExFreePoolWithTag(scratch, PORT_TAG);
    IoStartNextPacket(DeviceObject, FALSE);
}

BOOLEAN PortIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)ServiceContext;
    UNICODE_STRING name;

    UNREFERENCED_PARAMETER(Interrupt);
    RtlInitUnicodeString(&name, L"COM1");
    if (RtlEqualUnicodeString(&name, &port->DeviceName, TRUE)) {               /* expect: pageable-at-raised-irql */
        port->ReceivedChars++;
    }
    KeInsertQueueDpc(&port->CompletionDpc, NULL, NULL);
    return TRUE;
}

BOOLEAN PortResetErrors(PVOID Context)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)Context;

    port->Errors = 0;
    PortLogError(port, STATUS_SUCCESS);                                        /* expect: pageable-at-raised-irql */
    return TRUE;
}

VOID PortCancelRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)DeviceObject->DeviceExtension;

    IoReleaseCancelSpinLock(Irp->CancelIrql);
    PortLogError(port, STATUS_CANCELLED);                                      /* expect: pageable-at-raised-irql */
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS PortReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        PortLogError(port, Irp->IoStatus.Status);                              /* expect: pageable-at-raised-irql */
    }
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_SUCCESS;
}

/* A completion routine in pageable code. */
#pragma alloc_text(PAGE, PortConfigComplete)
NTSTATUS PortConfigComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS PortCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)DeviceObject->DeviceExtension;
    KEVENT done;

    PAGED_CODE();
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, PortConfigComplete, &done, TRUE, TRUE, TRUE);   /* expect: pageable-at-raised-irql */
    if (IoCallDriver(port->LowerDevice, Irp) == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    KeSynchronizeExecution(port->Interrupt, PortResetErrors, port);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS PortRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPORT_EXTENSION port = (PPORT_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL cancelIrql;

    IoAcquireCancelSpinLock(&cancelIrql);
    IoSetCancelRoutine(Irp, PortCancelRead);
    IoReleaseCancelSpinLock(cancelIrql);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, PortReadComplete, port, TRUE, TRUE, TRUE);
    return IoCallDriver(port->LowerDevice, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    PPORT_EXTENSION port;
    LARGE_INTEGER due;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(PORT_EXTENSION), NULL, FILE_DEVICE_SERIAL_PORT,
                            0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    port = (PPORT_EXTENSION)device->DeviceExtension;
    port->DeviceObject = device;
    KeInitializeEvent(&port->ConfigDone, NotificationEvent, FALSE);
    KeInitializeDpc(&port->CompletionDpc, PortCompletionDpc, port);
    KeInitializeDpc(&port->PollDpc, PortPollDpc, port);
    KeInitializeTimer(&port->PollTimer);
    due.QuadPart = -10000000LL;
    KeSetTimer(&port->PollTimer, due, &port->PollDpc);
    status = IoConnectInterrupt(&port->Interrupt, PortIsr, port, NULL, 0, 5, 5,
                                LevelSensitive, TRUE, 1, FALSE);
    DriverObject->DriverStartIo = PortStartIo;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = PortCreate;
    DriverObject->MajorFunction[IRP_MJ_READ] = PortRead;
    return status;
}
