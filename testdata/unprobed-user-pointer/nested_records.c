/*
 * tlvdrv: sums a caller's buffer of nested type-length-value records. A
 * record may hold a list of records, so the two parsers call each other;
 * what the record parser reads is safe only if the dispatch routine probed
 * the buffer.
 */
#include <ntddk.h>

#define TLV_DEVICE_TYPE 0x8700
#define IOCTL_TLV_SUM         CTL_CODE(TLV_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_TLV_SUM_CHECKED CTL_CODE(TLV_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define TLV_NESTED    1
#define TLV_MAX_DEPTH 4

typedef struct _TLV_RECORD {
	USHORT Type;
	USHORT Count;
	ULONG Value;
} TLV_RECORD, *PTLV_RECORD;

static ULONG TlvSumRecord(PTLV_RECORD Record, ULONG Depth);
DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH TlvDeviceControl;

/* A list is Count records in a row; the nested ones follow their parent. */
static ULONG TlvSumList(PTLV_RECORD List, ULONG Count, ULONG Depth)
{
	ULONG i, total = 0;

	if (Depth > TLV_MAX_DEPTH)
		return 0;
	for (i = 0; i < Count; i++)
		total += TlvSumRecord(List + i, Depth);
	return total;
}

static ULONG TlvSumRecord(PTLV_RECORD Record, ULONG Depth)
{
	if (Record->Type == TLV_NESTED) /* expect: unprobed-user-pointer */
		return TlvSumList(Record + 1, Record->Count, Depth + 1); /* expect: unprobed-user-pointer */
	return Record->Value; /* expect: unprobed-user-pointer */
}

NTSTATUS TlvDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PTLV_RECORD records = stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG length = stack->Parameters.DeviceIoControl.InputBufferLength;
	ULONG count = length / sizeof(TLV_RECORD);
	NTSTATUS status = STATUS_SUCCESS;
	ULONG sum = 0;

	UNREFERENCED_PARAMETER(DeviceObject);
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_TLV_SUM:
		/* Bug: the records are parsed where the caller put them, unprobed. */
		__try {
			sum = TlvSumList(records, count, 0);
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			status = GetExceptionCode();
		}
		break;
	case IOCTL_TLV_SUM_CHECKED:
		__try {
			ProbeForRead(records, length, TYPE_ALIGNMENT(TLV_RECORD));
			sum = TlvSumList(records, count, 0);
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			status = GetExceptionCode();
		}
		break;
	default:
		status = STATUS_INVALID_DEVICE_REQUEST;
		break;
	}
	Irp->IoStatus.Status = status;
	Irp->IoStatus.Information = NT_SUCCESS(status) ? sum : 0;
	IoCompleteRequest(Irp, IO_NO_INCREMENT);
	return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TlvDeviceControl;
	return STATUS_SUCCESS;
}
