/*
 * fltcfg: a filter configuration device. The IOCTL dispatch routine and the
 * FastIoDeviceControl routine hand the caller's buffers to shared helpers;
 * whether a helper's access is safe depends on what its callers pass.
 */
#include <ntifs.h>

#define FLTCFG_DEVICE_TYPE 0x8400
#define IOCTL_FLTCFG_SET_RULE   CTL_CODE(FLTCFG_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_FLTCFG_GET_RULE   CTL_CODE(FLTCFG_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_FLTCFG_CLEAR      CTL_CODE(FLTCFG_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)

#define FLTCFG_MAX_RULES 8

typedef struct _FLTCFG_RULE {
	ULONG Id;
	ULONG Action;
	WCHAR Pattern[32];
} FLTCFG_RULE, *PFLTCFG_RULE;

static FLTCFG_RULE FltCfgRules[FLTCFG_MAX_RULES];
static FAST_IO_DISPATCH FltCfgFastIo;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH FltCfgDeviceControl;
FAST_IO_DEVICE_CONTROL FltCfgFastIoDeviceControl;

/* Reads a rule from the caller; callers must have probed Source. */
static NTSTATUS FltCfgStoreRule(PVOID Source, ULONG Length)
{
	FLTCFG_RULE rule;

	if (Length < sizeof(FLTCFG_RULE))
		return STATUS_BUFFER_TOO_SMALL;
	RtlCopyMemory(&rule, Source, sizeof(FLTCFG_RULE)); /* expect: unprobed-user-pointer */
	if (rule.Id >= FLTCFG_MAX_RULES)
		return STATUS_INVALID_PARAMETER;
	FltCfgRules[rule.Id] = rule;
	return STATUS_SUCCESS;
}

/* Probes a caller's output buffer: every path that returns normally has
 * probed it (a bad address raises to the caller's __except). */
static VOID FltCfgProbeOutput(PVOID Buffer, ULONG Length)
{
	ProbeForWrite(Buffer, Length, sizeof(ULONG));
}

static NTSTATUS FltCfgGetRule(PVOID Output, ULONG Length, ULONG Id)
{
	if (Length < sizeof(FLTCFG_RULE) || Id >= FLTCFG_MAX_RULES)
		return STATUS_INVALID_PARAMETER;
	__try {
		FltCfgProbeOutput(Output, Length);
		RtlCopyMemory(Output, &FltCfgRules[Id], sizeof(FLTCFG_RULE));
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		return GetExceptionCode();
	}
	return STATUS_SUCCESS;
}

NTSTATUS FltCfgDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
	ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
	NTSTATUS status;

	UNREFERENCED_PARAMETER(DeviceObject);
	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_FLTCFG_SET_RULE:
		status = FltCfgStoreRule(stack->Parameters.DeviceIoControl.Type3InputBuffer, inLength);
		break;
	case IOCTL_FLTCFG_GET_RULE:
		status = FltCfgGetRule(Irp->UserBuffer, outLength, inLength);
		break;
	case IOCTL_FLTCFG_CLEAR:
		RtlZeroMemory(FltCfgRules, sizeof(FltCfgRules));
		status = STATUS_SUCCESS;
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

/* The fast path gets the same user-mode buffers as the IRP path. */
BOOLEAN FltCfgFastIoDeviceControl(PFILE_OBJECT FileObject, BOOLEAN Wait, PVOID InputBuffer,
				  ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength,
				  ULONG IoControlCode, PIO_STATUS_BLOCK IoStatus, PDEVICE_OBJECT DeviceObject)
{
	UNREFERENCED_PARAMETER(FileObject);
	UNREFERENCED_PARAMETER(Wait);
	UNREFERENCED_PARAMETER(DeviceObject);
	if (IoControlCode == IOCTL_FLTCFG_GET_RULE) {
		if (InputBufferLength < sizeof(ULONG))
			return FALSE;
		IoStatus->Status = FltCfgGetRule(OutputBuffer, OutputBufferLength,
						 *(PULONG)InputBuffer); /* expect: unprobed-user-pointer */
		IoStatus->Information = 0;
		return TRUE;
	}
	return FALSE;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNICODE_STRING name;
	PDEVICE_OBJECT device;
	NTSTATUS status;

	UNREFERENCED_PARAMETER(RegistryPath);
	RtlInitUnicodeString(&name, L"\\Device\\FltCfg");
	status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
				&device);
	if (!NT_SUCCESS(status))
		return status;
	RtlZeroMemory(&FltCfgFastIo, sizeof(FltCfgFastIo));
	FltCfgFastIo.SizeOfFastIoDispatch = sizeof(FAST_IO_DISPATCH);
	FltCfgFastIo.FastIoDeviceControl = FltCfgFastIoDeviceControl;
	DriverObject->FastIoDispatch = &FltCfgFastIo;
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FltCfgDeviceControl;
	return STATUS_SUCCESS;
}
