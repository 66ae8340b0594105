/*
 * sampledrv: a small WDM driver used as drvlint's example.
 *
 * It exposes a control device with four IOCTLs and keeps a list of pending
 * requests under a spin lock. Some handlers are written correctly; others carry
 * bugs that crash the machine or let a user-mode caller write kernel memory.
 * Each line where drvlint must report carries an `expect:` marker.
 */
#include <ntddk.h>

#define SAMPLE_DEVICE_TYPE 0x8000
#define IOCTL_SAMPLE_GET_VERSION   CTL_CODE(SAMPLE_DEVICE_TYPE, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SAMPLE_READ_NEITHER  CTL_CODE(SAMPLE_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SAMPLE_WRITE_NEITHER CTL_CODE(SAMPLE_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SAMPLE_SET_TARGET    CTL_CODE(SAMPLE_DEVICE_TYPE, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define SAMPLE_TAG 'lpmS'

typedef struct _SAMPLE_VERSION {
	ULONG Major;
	ULONG Minor;
} SAMPLE_VERSION, *PSAMPLE_VERSION;

/* What user mode sends with IOCTL_SAMPLE_SET_TARGET: the pointer inside is a
 * user-mode address even though the structure itself is copied by the I/O manager. */
typedef struct _SAMPLE_TARGET {
	PVOID Destination;
	ULONG Value;
} SAMPLE_TARGET, *PSAMPLE_TARGET;

typedef struct _SAMPLE_EXTENSION {
	KSPIN_LOCK QueueLock;
	LIST_ENTRY PendingList;
	ULONG RequestCount;
	UNICODE_STRING RegistryPath;
} SAMPLE_EXTENSION, *PSAMPLE_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampleUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampleCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampleDeviceControl;
static NTSTATUS SampleReadConfig(PSAMPLE_EXTENSION Ext);
static VOID SampleTrackRequest(PSAMPLE_EXTENSION Ext);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, SampleUnload)
#pragma alloc_text(PAGE, SampleCreateClose)
#pragma alloc_text(PAGE, SampleReadConfig)
#endif

static NTSTATUS SampleReadConfig(PSAMPLE_EXTENSION Ext)
{
	OBJECT_ATTRIBUTES attributes;
	HANDLE key;
	NTSTATUS status;

	PAGED_CODE();

	InitializeObjectAttributes(&attributes, &Ext->RegistryPath,
				   OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
	status = ZwOpenKey(&key, KEY_READ, &attributes);
	if (NT_SUCCESS(status))
		ZwClose(key);
	return status;
}

/* Correct: the configuration is read at PASSIVE_LEVEL, before the lock. */
static VOID SampleTrackRequest(PSAMPLE_EXTENSION Ext)
{
	KIRQL oldIrql;

	SampleReadConfig(Ext);
	KeAcquireSpinLock(&Ext->QueueLock, &oldIrql);
	Ext->RequestCount++;
	KeReleaseSpinLock(&Ext->QueueLock, oldIrql);
}

/* Bug: the pageable registry helper runs with the queue lock held. */
static VOID SampleRefreshUnderLock(PSAMPLE_EXTENSION Ext)
{
	KIRQL oldIrql;

	KeAcquireSpinLock(&Ext->QueueLock, &oldIrql);
	SampleReadConfig(Ext); /* expect: pageable-at-raised-irql */
	KeReleaseSpinLock(&Ext->QueueLock, oldIrql);
}

NTSTATUS SampleCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	UNREFERENCED_PARAMETER(DeviceObject);
	PAGED_CODE();

	Irp->IoStatus.Status = STATUS_SUCCESS;
	Irp->IoStatus.Information = 0;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return STATUS_SUCCESS;
}

/* Correct: METHOD_BUFFERED output goes to the system buffer. */
static NTSTATUS SampleGetVersion(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PSAMPLE_VERSION version = (PSAMPLE_VERSION)Irp->AssociatedIrp.SystemBuffer;

	if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(SAMPLE_VERSION))
		return STATUS_BUFFER_TOO_SMALL;
	version->Major = 1;
	version->Minor = 0;
	Irp->IoStatus.Information = sizeof(SAMPLE_VERSION);
	return STATUS_SUCCESS;
}

/* Correct: the METHOD_NEITHER input is probed inside __try before it is read. */
static NTSTATUS SampleReadNeither(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PVOID input = Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG length = Stack->Parameters.DeviceIoControl.InputBufferLength;
	UCHAR local[64];

	if (length > sizeof(local))
		return STATUS_INVALID_PARAMETER;
	__try {
		ProbeForRead(input, length, sizeof(UCHAR));
		RtlCopyMemory(local, input, length);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = 0;
	return STATUS_SUCCESS;
}

/* Bug: the output buffer is probed only when the caller asked for a large
 * transfer, and the write happens outside any __try. */
static NTSTATUS SampleWriteNeither(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PUCHAR output = (PUCHAR)Irp->UserBuffer;
	ULONG length = Stack->Parameters.DeviceIoControl.OutputBufferLength;

	if (length > PAGE_SIZE)
		ProbeForWrite(output, length, sizeof(UCHAR)); /* expect: probe-outside-try */
	RtlZeroMemory(output, length); /* expect: unprobed-user-pointer */
	Irp->IoStatus.Information = length;
	return STATUS_SUCCESS;
}

/* Bug: write-what-where. The I/O manager copied SAMPLE_TARGET into the system
 * buffer, but Destination inside it is whatever user mode put there. */
static NTSTATUS SampleSetTarget(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PSAMPLE_TARGET target = (PSAMPLE_TARGET)Irp->AssociatedIrp.SystemBuffer;
	PULONG destination;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(SAMPLE_TARGET))
		return STATUS_BUFFER_TOO_SMALL;
	destination = (PULONG)target->Destination;
	*destination = target->Value; /* expect: unprobed-user-pointer */
	return STATUS_SUCCESS;
}

NTSTATUS SampleDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PSAMPLE_EXTENSION ext = (PSAMPLE_EXTENSION)DeviceObject->DeviceExtension;
	NTSTATUS status;

	SampleTrackRequest(ext);
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_SAMPLE_GET_VERSION:
		status = SampleGetVersion(Irp, stack);
		break;
	case IOCTL_SAMPLE_READ_NEITHER:
		status = SampleReadNeither(Irp, stack);
		break;
	case IOCTL_SAMPLE_WRITE_NEITHER:
		status = SampleWriteNeither(Irp, stack);
		break;
	case IOCTL_SAMPLE_SET_TARGET:
		status = SampleSetTarget(Irp, stack);
		SampleRefreshUnderLock(ext);
		break;
	default:
		status = STATUS_INVALID_DEVICE_REQUEST;
		break;
	}
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

VOID SampleUnload(PDRIVER_OBJECT DriverObject)
{
	UNICODE_STRING link;

	PAGED_CODE();
	RtlInitUnicodeString(&link, L"\\DosDevices\\SampleDrv");
	IoDeleteSymbolicLink(&link);
	IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNICODE_STRING name, link;
	PDEVICE_OBJECT device;
	PSAMPLE_EXTENSION ext;
	NTSTATUS status;

	RtlInitUnicodeString(&name, L"\\Device\\SampleDrv");
	status = IoCreateDevice(DriverObject, sizeof(SAMPLE_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
				FILE_DEVICE_SECURE_OPEN, FALSE, &device);
	if (!NT_SUCCESS(status))
		return status;
	ext = (PSAMPLE_EXTENSION)device->DeviceExtension;
	KeInitializeSpinLock(&ext->QueueLock);
	InitializeListHead(&ext->PendingList);
	ext->RequestCount = 0;
	ext->RegistryPath = *RegistryPath;

	RtlInitUnicodeString(&link, L"\\DosDevices\\SampleDrv");
	status = IoCreateSymbolicLink(&link, &name);
	if (!NT_SUCCESS(status)) {
		IoDeleteDevice(device);
		return status;
	}
	DriverObject->MajorFunction[IRP_MJ_CREATE] = SampleCreateClose;
	DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampleCreateClose;
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampleDeviceControl;
	DriverObject->DriverUnload = SampleUnload;
	return STATUS_SUCCESS;
}
