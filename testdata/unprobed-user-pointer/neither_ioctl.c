/*
 * nxdrv: a control device whose IOCTLs use METHOD_NEITHER, so every buffer is
 * the caller's user-mode address. Some handlers probe correctly; the others
 * show the ways a probe can be missing on a path.
 */
#include <ntddk.h>

#define NX_DEVICE_TYPE 0x8123
#define IOCTL_NX_QUERY      CTL_CODE(NX_DEVICE_TYPE, 0x900, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_LOOKUP     CTL_CODE(NX_DEVICE_TYPE, 0x901, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_FILL       CTL_CODE(NX_DEVICE_TYPE, 0x902, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_STATS      CTL_CODE(NX_DEVICE_TYPE, 0x903, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_SUM        CTL_CODE(NX_DEVICE_TYPE, 0x904, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_SWAP       CTL_CODE(NX_DEVICE_TYPE, 0x905, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_REMEMBER   CTL_CODE(NX_DEVICE_TYPE, 0x906, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NX_INTERNAL   CTL_CODE(NX_DEVICE_TYPE, 0x907, METHOD_NEITHER, FILE_ANY_ACCESS)

#define NX_TAG 'xNxN'
#define NX_MAX_ENTRIES 16

typedef struct _NX_QUERY {
	ULONG Version;
	ULONG Flags;
	ULONG Index;
} NX_QUERY, *PNX_QUERY;

typedef struct _NX_ENTRY {
	ULONG Key;
	ULONG Value;
} NX_ENTRY, *PNX_ENTRY;

typedef struct _NX_STATS {
	ULONG Opens;
	ULONG Requests;
	ULONG Failures;
} NX_STATS, *PNX_STATS;

typedef struct _NX_EXTENSION {
	NX_ENTRY Table[NX_MAX_ENTRIES];
	NX_STATS Stats;
	PVOID LastCaller;
} NX_EXTENSION, *PNX_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NxUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH NxCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH NxDeviceControl;

/* Bug: the input is read with no probe at all. */
static NTSTATUS NxQuery(PNX_EXTENSION Ext, PIO_STACK_LOCATION Stack)
{
	PVOID inBuf = Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	NX_QUERY query;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(NX_QUERY))
		return STATUS_BUFFER_TOO_SMALL;
	RtlCopyMemory(&query, inBuf, sizeof(query)); /* expect: unprobed-user-pointer */
	if (query.Index >= NX_MAX_ENTRIES)
		return STATUS_INVALID_PARAMETER;
	Ext->Stats.Requests++;
	return STATUS_SUCCESS;
}

/* Correct: the probe dominates the reads, all inside one __try. Aliases made
 * by casts and pointer arithmetic point into the same probed buffer. */
static NTSTATUS NxLookup(PNX_EXTENSION Ext, PIO_STACK_LOCATION Stack, PIRP Irp)
{
	PUCHAR input = (PUCHAR)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG length = Stack->Parameters.DeviceIoControl.InputBufferLength;
	PNX_QUERY query = (PNX_QUERY)input;
	PULONG index = &query->Index;
	PULONG tail = (PULONG)(input + sizeof(ULONG));
	ULONG value = 0;

	if (length < sizeof(NX_QUERY))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForRead(input, length, sizeof(ULONG));
		if (*index < NX_MAX_ENTRIES && query->Version == 1)
			value = Ext->Table[*index].Value + tail[1];
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = value;
	return STATUS_SUCCESS;
}

/* Bug: the output is probed only for large requests; small ones are written
 * unprobed (the __try does not make an unprobed address safe). */
static NTSTATUS NxFill(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PUCHAR output = (PUCHAR)Irp->UserBuffer;
	ULONG length = Stack->Parameters.DeviceIoControl.OutputBufferLength;
	ULONG i;

	__try {
		if (length > sizeof(ULONG))
			ProbeForWrite(output, length, sizeof(UCHAR));
		for (i = 0; i < length; i++)
			output[i] = (UCHAR)i; /* expect: unprobed-user-pointer */
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = length;
	return STATUS_SUCCESS;
}

/* Bug: when the probe raises, the handler only records the failure and the
 * function goes on to write the buffer that failed the probe. */
static NTSTATUS NxStats(PNX_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PNX_STATS out = (PNX_STATS)Irp->UserBuffer;
	NTSTATUS status = STATUS_SUCCESS;

	if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(NX_STATS))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForWrite(out, sizeof(NX_STATS), sizeof(ULONG));
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		status = GetExceptionCode();
		Ext->Stats.Failures++;
	}
	__try {
		*out = Ext->Stats; /* expect: unprobed-user-pointer */
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = sizeof(NX_STATS);
	return status;
}

/* Bug: the loop reads each element before the probe inside the loop has run. */
static NTSTATUS NxSum(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PULONG values = (PULONG)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG count = Stack->Parameters.DeviceIoControl.InputBufferLength / sizeof(ULONG);
	ULONG i, sum = 0;

	__try {
		for (i = 0; i < count; i++) {
			sum += values[i]; /* expect: unprobed-user-pointer */
			ProbeForRead(values, count * sizeof(ULONG), sizeof(ULONG));
		}
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	Irp->IoStatus.Information = sum;
	return STATUS_SUCCESS;
}

/* Bug: the pointer is reassigned after the probe; the new address is not probed. */
static NTSTATUS NxSwap(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PNX_ENTRY entry = (PNX_ENTRY)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG key;

	__try {
		ProbeForRead(entry, sizeof(NX_ENTRY), sizeof(ULONG));
		key = entry->Key;
		entry = (PNX_ENTRY)Irp->UserBuffer;
		entry->Value = key; /* expect: unprobed-user-pointer */
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

/* Correct: comparing, measuring and storing a user address does not touch it. */
static NTSTATUS NxRemember(PNX_EXTENSION Ext, PIO_STACK_LOCATION Stack)
{
	PNX_QUERY query = (PNX_QUERY)Stack->Parameters.DeviceIoControl.Type3InputBuffer;

	if (query == NULL || Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(*query))
		return STATUS_INVALID_PARAMETER;
	if (sizeof(query->Index) != sizeof(ULONG))
		return STATUS_NOT_SUPPORTED;
	Ext->LastCaller = query;
	return STATUS_SUCCESS;
}

/* Correct: a kernel-mode requestor passes kernel addresses, which need no
 * probe; user-mode requests are probed and copied inside the __try. */
static NTSTATUS NxInternal(PNX_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PNX_QUERY query = (PNX_QUERY)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	KPROCESSOR_MODE mode = ExGetPreviousMode();
	ULONG index;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(NX_QUERY))
		return STATUS_BUFFER_TOO_SMALL;
	if (Irp->RequestorMode == KernelMode) {
		index = query->Index;
	} else {
		__try {
			ProbeForRead(query, sizeof(NX_QUERY), sizeof(ULONG));
			index = query->Index;
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			return GetExceptionCode();
		}
	}
	if (index >= NX_MAX_ENTRIES)
		return STATUS_INVALID_PARAMETER;
	if (mode != UserMode)
		query->Flags = Ext->Table[index].Key;
	return STATUS_SUCCESS;
}

NTSTATUS NxDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PNX_EXTENSION ext = (PNX_EXTENSION)DeviceObject->DeviceExtension;
	NTSTATUS status;

	Irp->IoStatus.Information = 0;
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_NX_QUERY:
		status = NxQuery(ext, stack);
		break;
	case IOCTL_NX_LOOKUP:
		status = NxLookup(ext, stack, Irp);
		break;
	case IOCTL_NX_FILL:
		status = NxFill(Irp, stack);
		break;
	case IOCTL_NX_STATS:
		status = NxStats(ext, Irp, stack);
		break;
	case IOCTL_NX_SUM:
		status = NxSum(Irp, stack);
		break;
	case IOCTL_NX_SWAP:
		status = NxSwap(Irp, stack);
		break;
	case IOCTL_NX_REMEMBER:
		status = NxRemember(ext, stack);
		break;
	case IOCTL_NX_INTERNAL:
		status = NxInternal(ext, Irp, stack);
		break;
	default:
		status = STATUS_INVALID_DEVICE_REQUEST;
		break;
	}
	Irp->IoStatus.Status = status;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

NTSTATUS NxCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PNX_EXTENSION ext = (PNX_EXTENSION)DeviceObject->DeviceExtension;

	ext->Stats.Opens++;
	Irp->IoStatus.Status = STATUS_SUCCESS;
	Irp->IoStatus.Information = 0;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return STATUS_SUCCESS;
}

VOID NxUnload(PDRIVER_OBJECT DriverObject)
{
	UNICODE_STRING link;

	RtlInitUnicodeString(&link, L"\\DosDevices\\NxDrv");
	IoDeleteSymbolicLink(&link);
	IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNICODE_STRING name, link;
	PDEVICE_OBJECT device;
	NTSTATUS status;

	UNREFERENCED_PARAMETER(RegistryPath);
	RtlInitUnicodeString(&name, L"\\Device\\NxDrv");
	status = IoCreateDevice(DriverObject, sizeof(NX_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
				FILE_DEVICE_SECURE_OPEN, FALSE, &device);
	if (!NT_SUCCESS(status))
		return status;
	RtlZeroMemory(device->DeviceExtension, sizeof(NX_EXTENSION));
	RtlInitUnicodeString(&link, L"\\DosDevices\\NxDrv");
	status = IoCreateSymbolicLink(&link, &name);
	if (!NT_SUCCESS(status)) {
		IoDeleteDevice(device);
		return status;
	}
	DriverObject->MajorFunction[IRP_MJ_CREATE] = NxCreateClose;
	DriverObject->MajorFunction[IRP_MJ_CLOSE] = NxCreateClose;
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = NxDeviceControl;
	DriverObject->DriverUnload = NxUnload;
	return STATUS_SUCCESS;
}
