/*
 * supdrv: a driver whose known findings are suppressed in source. The
 * well-formed suppressions silence their findings; the malformed ones are
 * reported (invalid-suppression) and silence nothing.
 */
#include <ntddk.h>

#define SUP_DEVICE_TYPE 0x8300
#define IOCTL_SUP_GET_COUNTER  CTL_CODE(SUP_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SUP_RESET        CTL_CODE(SUP_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SUP_GET_STATS    CTL_CODE(SUP_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SUP_SET_LIMIT    CTL_CODE(SUP_DEVICE_TYPE, 0x803, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef struct _SUP_STATS {
	ULONG Opens;
	ULONG Reads;
	ULONG Errors;
} SUP_STATS, *PSUP_STATS;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SupDeviceControl;

static ULONG SupCounter;
static ULONG SupLimit;
static SUP_STATS SupStats;

/*
 * The device is opened only by the vendor's service; its requests are
 * validated (probed under __try) by the service's kernel-mode companion
 * filter before they reach this driver, which drvlint cannot see.
 */
NTSTATUS SupDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
	PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
	NTSTATUS status = STATUS_SUCCESS;
	UNREFERENCED_PARAMETER(DeviceObject);

	switch (stack->Parameters.DeviceIoControl.IoControlCode) {
	case IOCTL_SUP_GET_COUNTER: {
		PULONG out = (PULONG)Irp->UserBuffer;
		// drvlint: ignore[unprobed-user-pointer] probed by the companion filter before dispatch
		*out = SupCounter;
		break;
	}
	case IOCTL_SUP_GET_STATS: {
		PSUP_STATS stats = (PSUP_STATS)Irp->UserBuffer;
		/* drvlint: begin-ignore[unprobed-user-pointer] probed by the companion
		   filter before dispatch */
		stats->Opens = SupStats.Opens;
		stats->Reads = SupStats.Reads;
		stats->Errors = SupStats.Errors;
		/* drvlint: end-ignore[unprobed-user-pointer] */
		break;
	}
	case IOCTL_SUP_SET_LIMIT: {
		PULONG in = (PULONG)stack->Parameters.DeviceIoControl.Type3InputBuffer;
		SupLimit = *in; /* drvlint: ignore[unprobed-user-pointer] */ /* expect: unprobed-user-pointer, invalid-suppression */
		break;
	}
	case IOCTL_SUP_RESET: {
		PULONG out = (PULONG)Irp->UserBuffer;
		/* drvlint: ignore[unprobed-user-pointers] probed by the filter */ /* expect: invalid-suppression */
		*out = 0; /* expect: unprobed-user-pointer */
		SupCounter = 0;
		break;
	}
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
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SupDeviceControl;
	return STATUS_SUCCESS;
}
