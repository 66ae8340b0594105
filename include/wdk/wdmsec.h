/* wdmsec.h - secure device object creation, drvlint WDK model. */
#pragma once
#ifndef _DRVLINT_WDMSEC_H
#define _DRVLINT_WDMSEC_H

#include <wdm.h>

/* Common SDDL strings for device objects. */
extern const UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY;
extern const UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_ALL_RES_ALL;

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
NTSTATUS NTAPI IoCreateDeviceSecure(_In_ PDRIVER_OBJECT DriverObject, _In_ ULONG DeviceExtensionSize,
	_In_opt_ PUNICODE_STRING DeviceName, _In_ DEVICE_TYPE DeviceType, _In_ ULONG DeviceCharacteristics,
	_In_ BOOLEAN Exclusive, _In_ PCUNICODE_STRING DefaultSDDLString, _In_opt_ LPCGUID DeviceClassGuid,
	_Out_ PDEVICE_OBJECT *DeviceObject);
#define WdmlibIoCreateDeviceSecure IoCreateDeviceSecure

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoValidateDeviceIoControlAccess(_In_ PIRP Irp, _In_ ULONG RequiredAccess);
#define WdmlibIoValidateDeviceIoControlAccess IoValidateDeviceIoControlAccess

#endif
