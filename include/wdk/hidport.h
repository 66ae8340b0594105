/*
 * hidport.h - the HID minidriver interface: registration with the HID class
 * driver, the class driver's device extension and the HID descriptors,
 * drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_HIDPORT_H
#define _DRVLINT_HIDPORT_H
#include <wdm.h>
#include <hidclass.h>

typedef struct _HID_MINIDRIVER_REGISTRATION {
	ULONG Revision;
	PDRIVER_OBJECT DriverObject;
	PUNICODE_STRING RegistryPath;
	ULONG DeviceExtensionSize;
	BOOLEAN DevicesArePolled;
	UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

/* What HIDclass puts in the extension of each device object it creates */
typedef struct _HID_DEVICE_EXTENSION {
	PDEVICE_OBJECT PhysicalDeviceObject;
	PDEVICE_OBJECT NextDeviceObject;
	PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

typedef struct _HID_DEVICE_ATTRIBUTES {
	ULONG Size;
	USHORT VendorID;
	USHORT ProductID;
	USHORT VersionNumber;
	USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;

/* Descriptor types and the HID descriptor (byte packed) */
#define HID_HID_DESCRIPTOR_TYPE 0x21
#define HID_REPORT_DESCRIPTOR_TYPE 0x22
#define HID_PHYSICAL_DESCRIPTOR_TYPE 0x23
#include <pshpack1.h>
typedef struct _HID_DESCRIPTOR {
	UCHAR bLength;
	UCHAR bDescriptorType;
	USHORT bcdHID;
	UCHAR bCountry;
	UCHAR bNumDescriptors;
	struct _HID_DESCRIPTOR_DESC_LIST {
		UCHAR bReportType;
		USHORT wReportLength;
	} DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;
#include <poppack.h>

typedef VOID (*HID_IDLE_CALLBACK)(_In_ PVOID Context);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS HidRegisterMinidriver(_In_ PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS HidNotifyPresence(_In_ PDEVICE_OBJECT DeviceObject, _In_ BOOLEAN IsPresent);

#endif /* _DRVLINT_HIDPORT_H */
