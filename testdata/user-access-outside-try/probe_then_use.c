/*
 * cfgdrv: configuration IOCTLs with METHOD_NEITHER buffers. Every handler
 * probes, but some read or write the user buffer after the __try has ended,
 * when another thread of the caller may already have unmapped it.
 */
#include <ntddk.h>

#define CFG_DEVICE_TYPE 0x8500
#define IOCTL_CFG_SET      CTL_CODE(CFG_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CFG_GET      CTL_CODE(CFG_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CFG_RESET    CTL_CODE(CFG_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_CFG_VERSION  CTL_CODE(CFG_DEVICE_TYPE, 0x803, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _CFG_SETTINGS {
	ULONG Level;
	ULONG Timeout;
	ULONG Flags;
} CFG_SETTINGS, *PCFG_SETTINGS;

static CFG_SETTINGS CfgCurrent;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH CfgDeviceControl;

/* Bug: probed inside __try, read after it. */
static NTSTATUS CfgSet(PIO_STACK_LOCATION Stack)
{
	PCFG_SETTINGS input = (PCFG_SETTINGS)Stack->Parameters.DeviceIoControl.Type3InputBuffer;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(CFG_SETTINGS))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForRead(input, sizeof(CFG_SETTINGS), sizeof(ULONG));
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	if (input->Level > 3) /* expect: user-access-outside-try */
		return STATUS_INVALID_PARAMETER;
	CfgCurrent = *input; /* expect: user-access-outside-try */
	return STATUS_SUCCESS;
}

/* Correct: the settings are copied inside the __try and checked afterwards. */
static NTSTATUS CfgSetSafely(PIO_STACK_LOCATION Stack)
{
	PCFG_SETTINGS input = (PCFG_SETTINGS)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
	CFG_SETTINGS captured;

	if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(CFG_SETTINGS))
		return STATUS_BUFFER_TOO_SMALL;
	__try {
		ProbeForRead(input, sizeof(CFG_SETTINGS), sizeof(ULONG));
		captured = *input;
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	if (captured.Level > 3)
		return STATUS_INVALID_PARAMETER;
	CfgCurrent = captured;
	return STATUS_SUCCESS;
}

/* Writes the settings out; the caller has probed Output. */
static VOID CfgCopyOut(PCFG_SETTINGS Output)
{
	*Output = CfgCurrent; /* expect: user-access-outside-try */
}

/* Bug: only user-mode requests are probed, and the write that follows runs
 * outside the __try for them too. */
static NTSTATUS CfgGet(PIRP Irp, PIO_STACK_LOCATION Stack)
{
	PCFG_SETTINGS output = (PCFG_SETTINGS)Irp->UserBuffer;

	if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(CFG_SETTINGS))
		return STATUS_BUFFER_TOO_SMALL;
	if (Irp->RequestorMode != KernelMode) {
		__try {
			ProbeForWrite(output, sizeof(CFG_SETTINGS), sizeof(ULONG));
		} __except (EXCEPTION_EXECUTE_HANDLER) {
			return GetExceptionCode();
		}
	}
	CfgCopyOut(output);
	Irp->IoStatus.Information = sizeof(CFG_SETTINGS);
	return STATUS_SUCCESS;
}

/* Clears the caller's settings block; only ever called inside a __try, so an
 * exception here reaches the caller's handler. */
static VOID CfgClearOutput(PCFG_SETTINGS Output)
{
	Output->Level = 0;
	Output->Timeout = 0;
	Output->Flags = 0;
}

/* Correct: probe and helper both run inside the __try. */
static NTSTATUS CfgReset(PIRP Irp)
{
	PCFG_SETTINGS output = (PCFG_SETTINGS)Irp->UserBuffer;

	RtlZeroMemory(&CfgCurrent, sizeof(CfgCurrent));
	__try {
		ProbeForWrite(output, sizeof(CFG_SETTINGS), sizeof(ULONG));
		CfgClearOutput(output);
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

/* Correct: kernel-mode callers only; a user-mode request is refused. */
static NTSTATUS CfgVersion(PIRP Irp)
{
	PULONG version = (PULONG)Irp->UserBuffer;

	if (ExGetPreviousMode() == UserMode)
		return STATUS_ACCESS_DENIED;
	*version = 0x0102;
	return STATUS_SUCCESS;
}

NTSTATUS CfgDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	NTSTATUS status;

	UNREFERENCED_PARAMETER(DeviceObject);
	Irp->IoStatus.Information = 0;
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_CFG_SET:
		status = stack->Parameters.DeviceIoControl.OutputBufferLength ? CfgSetSafely(stack) : CfgSet(stack);
		break;
	case IOCTL_CFG_GET:
		status = CfgGet(Irp, stack);
		break;
	case IOCTL_CFG_RESET:
		status = CfgReset(Irp);
		break;
	case IOCTL_CFG_VERSION:
		status = CfgVersion(Irp);
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
	RtlInitUnicodeString(&name, L"\\Device\\CfgDrv");
	status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
				&device);
	if (!NT_SUCCESS(status))
		return status;
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CfgDeviceControl;
	return STATUS_SUCCESS;
}
