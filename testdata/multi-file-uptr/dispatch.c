/* msgdrv: IOCTL dispatch. */
#include "msgdrv.h"

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH MsgDeviceControl;

static MSG_QUEUE MsgQueue;

NTSTATUS MsgDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	PVOID input = stack->Parameters.DeviceIoControl.Type3InputBuffer;
	ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
	ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
	NTSTATUS status = STATUS_SUCCESS;
	PMSG_SLOT slot;

	UNREFERENCED_PARAMETER(DeviceObject);
	Irp->IoStatus.Information = 0;
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_MSG_POST:
		/* Bug: the message goes two calls deep without a probe. */
		status = MsgPostRequest(&MsgQueue, input, inLength);
		break;
	case IOCTL_MSG_FETCH:
		/* Correct: probed by the helper in capture.c, inside this __try. */
		slot = &MsgQueue.Slots[MsgQueue.Next % MSG_SLOTS];
		if (outLength < slot->Length)
			return STATUS_BUFFER_TOO_SMALL;
		__try {
			MsgProbeOutput(Irp->UserBuffer, slot->Length);
			MsgDeliver(Irp->UserBuffer, slot);
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			status = GetExceptionCode();
		}
		break;
	case IOCTL_MSG_CHAIN:
		/* Correct: the chain is probed whole before it is walked. */
		__try {
			ProbeForRead(input, inLength, sizeof(UCHAR));
			Irp->IoStatus.Information = MsgCountChain((PUCHAR)input, inLength);
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			status = GetExceptionCode();
		}
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
	RtlInitUnicodeString(&name, L"\\Device\\MsgDrv");
	status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
				&device);
	if (!NT_SUCCESS(status))
		return status;
	RtlZeroMemory(&MsgQueue, sizeof(MsgQueue));
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = MsgDeviceControl;
	return STATUS_SUCCESS;
}
