/*
 * bufdrv: METHOD_BUFFERED IOCTLs. The I/O manager copies the request into
 * Irp->AssociatedIrp.SystemBuffer, so the structure itself is kernel memory;
 * the pointers inside it are still whatever user mode wrote there.
 */
#include <ntddk.h>

#define BUF_DEVICE_TYPE 0x8200
#define IOCTL_BUF_GET_INFO   CTL_CODE(BUF_DEVICE_TYPE, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BUF_POKE       CTL_CODE(BUF_DEVICE_TYPE, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BUF_READ_BACK  CTL_CODE(BUF_DEVICE_TYPE, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BUF_SAFE_READ  CTL_CODE(BUF_DEVICE_TYPE, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BUF_BATCH      CTL_CODE(BUF_DEVICE_TYPE, 0x804, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _BUF_INFO {
	ULONG Version;
	ULONG Capabilities;
} BUF_INFO, *PBUF_INFO;

/* IOCTL_BUF_POKE: write Value at Address. */
typedef struct _BUF_POKE {
	ULONG_PTR Address;
	ULONG Value;
} BUF_POKE, *PBUF_POKE;

/* IOCTL_BUF_READ_BACK and IOCTL_BUF_SAFE_READ: copy Length bytes of the
 * device's state to Destination. */
typedef struct _BUF_READ {
	PVOID Destination;
	ULONG Length;
} BUF_READ, *PBUF_READ;

/* IOCTL_BUF_BATCH (METHOD_NEITHER): a header in user memory that points to
 * the records. */
typedef struct _BUF_BATCH {
	ULONG Count;
	PULONG Records;
} BUF_BATCH, *PBUF_BATCH;

typedef struct _BUF_EXTENSION {
	UCHAR State[64];
	ULONG Pokes;
} BUF_EXTENSION, *PBUF_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH BufDeviceControl;

/* Correct: the output goes to the system buffer. */
static NTSTATUS BufGetInfo(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PBUF_INFO info = (PBUF_INFO)Irp->AssociatedIrp.SystemBuffer;

	if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(BUF_INFO))
		return STATUS_BUFFER_TOO_SMALL;
	info->Version = 2;
	info->Capabilities = 0x3;
	Irp->IoStatus.Information = sizeof(BUF_INFO);
	return STATUS_SUCCESS;
}

/* Bug: write-what-where through an address carried in the request. */
static NTSTATUS BufPoke(PBUF_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PBUF_POKE poke = (PBUF_POKE)Irp->AssociatedIrp.SystemBuffer;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(BUF_POKE))
		return STATUS_BUFFER_TOO_SMALL;
	*(PULONG)poke->Address = poke->Value; /* expect: unprobed-user-pointer */
	Ext->Pokes++;
	return STATUS_SUCCESS;
}

/* Bug: the embedded destination is written without a probe. */
static NTSTATUS BufReadBack(PBUF_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PBUF_READ request = (PBUF_READ)Irp->AssociatedIrp.SystemBuffer;
	ULONG length;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(BUF_READ))
		return STATUS_BUFFER_TOO_SMALL;
	length = min(request->Length, sizeof(Ext->State));
	RtlCopyMemory(request->Destination, Ext->State, length); /* expect: unprobed-user-pointer */
	return STATUS_SUCCESS;
}

/* Correct: the embedded pointer is read once, probed and written inside __try. */
static NTSTATUS BufSafeRead(PBUF_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PBUF_READ request = (PBUF_READ)Irp->AssociatedIrp.SystemBuffer;
	PVOID destination;
	ULONG length;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(BUF_READ))
		return STATUS_BUFFER_TOO_SMALL;
	destination = request->Destination;
	length = min(request->Length, sizeof(Ext->State));
	__try {
		ProbeForWrite(destination, length, sizeof(UCHAR));
		RtlCopyMemory(destination, Ext->State, length);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

/* Bug: the header is probed and copied into kernel memory, but the records
 * pointer inside the copy is still a user-mode address. */
static NTSTATUS BufBatch(PBUF_EXTENSION Ext, PIO_STACK_LOCATION Stack)
{
	PVOID input = Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	BUF_BATCH batch;
	ULONG i;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(BUF_BATCH))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForRead(input, sizeof(BUF_BATCH), sizeof(ULONG));
		RtlCopyMemory(&batch, input, sizeof(BUF_BATCH));
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	if (batch.Count > sizeof(Ext->State))
		return STATUS_INVALID_PARAMETER;
	for (i = 0; i < batch.Count; i++)
		Ext->State[i] = (UCHAR)batch.Records[i]; /* expect: unprobed-user-pointer */
	return STATUS_SUCCESS;
}

NTSTATUS BufDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PBUF_EXTENSION ext = (PBUF_EXTENSION)DeviceObject->DeviceExtension;
	NTSTATUS status;

	Irp->IoStatus.Information = 0;
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_BUF_GET_INFO:
		status = BufGetInfo(Irp, stack);
		break;
	case IOCTL_BUF_POKE:
		status = BufPoke(ext, Irp, stack);
		break;
	case IOCTL_BUF_READ_BACK:
		status = BufReadBack(ext, Irp, stack);
		break;
	case IOCTL_BUF_SAFE_READ:
		status = BufSafeRead(ext, Irp, stack);
		break;
	case IOCTL_BUF_BATCH:
		status = BufBatch(ext, stack);
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
	RtlInitUnicodeString(&name, L"\\Device\\BufDrv");
	status = IoCreateDevice(DriverObject, sizeof(BUF_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
				FILE_DEVICE_SECURE_OPEN, FALSE, &device);
	if (!NT_SUCCESS(status))
		return status;
	device->Flags |= DO_BUFFERED_IO;
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = BufDeviceControl;
	return STATUS_SUCCESS;
}
