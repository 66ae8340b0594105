/*
 * usbdlib.h - model of the USBD client library: the UsbBuild* macros that fill
 * URBs, descriptor parsing, and the USBD_* routines of the client contract.
 */
#pragma once
#ifndef _DL_USBDLIB_H_
#define _DL_USBDLIB_H_

#include <usb.h>

typedef struct _USBD_INTERFACE_LIST_ENTRY { PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
	PUSBD_INTERFACE_INFORMATION Interface; } USBD_INTERFACE_LIST_ENTRY, *PUSBD_INTERFACE_LIST_ENTRY;
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
#define UsbBuildInterruptOrBulkTransferRequest(urb, length, pipeHandle, transferBuffer, transferBufferMDL, \
	transferBufferLength, transferFlags, link) { \
	(urb)->UrbHeader.Function = URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER; \
	(urb)->UrbHeader.Length = (length); \
	(urb)->UrbBulkOrInterruptTransfer.PipeHandle = (pipeHandle); \
	(urb)->UrbBulkOrInterruptTransfer.TransferBufferLength = (transferBufferLength); \
	(urb)->UrbBulkOrInterruptTransfer.TransferBufferMDL = (transferBufferMDL); \
	(urb)->UrbBulkOrInterruptTransfer.TransferBuffer = (transferBuffer); \
	(urb)->UrbBulkOrInterruptTransfer.TransferFlags = (transferFlags); \
	(urb)->UrbBulkOrInterruptTransfer.UrbLink = (link); }
#define UsbBuildGetDescriptorRequest(urb, length, descriptorType, descriptorIndex, languageId, transferBuffer, \
	transferBufferMDL, transferBufferLength, link) { \
	(urb)->UrbHeader.Function = URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE; \
	(urb)->UrbHeader.Length = (length); \
	(urb)->UrbControlDescriptorRequest.TransferBufferLength = (transferBufferLength); \
	(urb)->UrbControlDescriptorRequest.TransferBufferMDL = (transferBufferMDL); \
	(urb)->UrbControlDescriptorRequest.TransferBuffer = (transferBuffer); \
	(urb)->UrbControlDescriptorRequest.DescriptorType = (descriptorType); \
	(urb)->UrbControlDescriptorRequest.Index = (descriptorIndex); \
	(urb)->UrbControlDescriptorRequest.LanguageId = (languageId); \
	(urb)->UrbControlDescriptorRequest.UrbLink = (link); }
#define UsbBuildSelectConfigurationRequest(urb, length, configurationDescriptor) { \
	(urb)->UrbHeader.Function = URB_FUNCTION_SELECT_CONFIGURATION; \
	(urb)->UrbHeader.Length = (length); \
	(urb)->UrbSelectConfiguration.ConfigurationDescriptor = (configurationDescriptor); }
#define UsbBuildSelectInterfaceRequest(urb, length, configurationHandle, interfaceNumber, alternateSetting) { \
	(urb)->UrbHeader.Function = URB_FUNCTION_SELECT_INTERFACE; \
	(urb)->UrbHeader.Length = (length); \
	(urb)->UrbSelectInterface.Interface.AlternateSetting = (alternateSetting); \
	(urb)->UrbSelectInterface.Interface.InterfaceNumber = (interfaceNumber); \
	(urb)->UrbSelectInterface.ConfigurationHandle = (configurationHandle); }
#define UsbBuildVendorRequest(urb, cmd, length, transferFlags, reservedbits, request, value, index, transferBuffer, \
	transferBufferMDL, transferBufferLength, link) { \
	(urb)->UrbHeader.Function = (cmd); \
	(urb)->UrbHeader.Length = (length); \
	(urb)->UrbControlVendorClassRequest.TransferBufferLength = (transferBufferLength); \
	(urb)->UrbControlVendorClassRequest.TransferBufferMDL = (transferBufferMDL); \
	(urb)->UrbControlVendorClassRequest.TransferBuffer = (transferBuffer); \
	(urb)->UrbControlVendorClassRequest.RequestTypeReservedBits = (reservedbits); \
	(urb)->UrbControlVendorClassRequest.Request = (request); \
	(urb)->UrbControlVendorClassRequest.Value = (value); \
	(urb)->UrbControlVendorClassRequest.Index = (index); \
	(urb)->UrbControlVendorClassRequest.TransferFlags = (transferFlags); \
	(urb)->UrbControlVendorClassRequest.UrbLink = (link); }
#define UsbBuildFeatureRequest(urb, op, featureSelector, index, link) { \
	(urb)->UrbHeader.Function = (op); \
	(urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_FEATURE_REQUEST); \
	(urb)->UrbControlFeatureRequest.FeatureSelector = (featureSelector); \
	(urb)->UrbControlFeatureRequest.Index = (index); \
	(urb)->UrbControlFeatureRequest.UrbLink = (link); }
#define URB_STATUS(urb) ((urb)->UrbHeader.Status)

_IRQL_requires_max_(DISPATCH_LEVEL)
PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptorEx(_In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
	_In_ PVOID StartPosition, _In_ LONG InterfaceNumber, _In_ LONG AlternateSetting, _In_ LONG InterfaceClass,
	_In_ LONG InterfaceSubClass, _In_ LONG InterfaceProtocol);
_IRQL_requires_max_(DISPATCH_LEVEL)
PUSB_COMMON_DESCRIPTOR USBD_ParseDescriptors(_In_ PVOID DescriptorBuffer, _In_ ULONG TotalLength, _In_ PVOID StartPosition,
	_In_ LONG DescriptorType);
_IRQL_requires_max_(DISPATCH_LEVEL)
PURB USBD_CreateConfigurationRequestEx(_In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
	_In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG USBD_GetInterfaceLength(_In_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor,
	_In_ PUCHAR BufferEnd);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID USBD_GetUSBDIVersion(_Out_ PUSBD_VERSION_INFORMATION VersionInformation);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS USBD_ValidateConfigurationDescriptor(_In_reads_bytes_(BufferLength) PUSB_CONFIGURATION_DESCRIPTOR ConfigDesc,
	_In_ ULONG BufferLength, _In_ USHORT Level, _Out_ PUCHAR *Offset, _In_opt_ ULONG Tag);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS USBD_CreateHandle(_In_ PDEVICE_OBJECT DeviceObject, _In_ PDEVICE_OBJECT TargetDeviceObject,
	_In_ ULONG USBDClientContractVersion, _In_ ULONG PoolTag, _Out_ USBD_HANDLE *USBDHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID USBD_CloseHandle(_In_ USBD_HANDLE USBDHandle);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS USBD_QueryUsbCapability(_In_ USBD_HANDLE USBDHandle, _In_ const GUID *CapabilityType, _In_ ULONG OutputBufferLength,
	_Inout_updates_bytes_opt_(OutputBufferLength) PUCHAR OutputBuffer, _Out_opt_ PULONG ResultLength);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS USBD_UrbAllocate(_In_ USBD_HANDLE USBDHandle, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID USBD_UrbFree(_In_ USBD_HANDLE USBDHandle, _In_ PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS USBD_IsochUrbAllocate(_In_ USBD_HANDLE USBDHandle, _In_ ULONG NumberOfIsochPacket, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS USBD_SelectConfigUrbAllocateAndBuild(_In_ USBD_HANDLE USBDHandle,
	_In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor, _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList,
	_Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS USBD_SelectInterfaceUrbAllocateAndBuild(_In_ USBD_HANDLE USBDHandle, _In_ USBD_CONFIGURATION_HANDLE ConfigurationHandle,
	_In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID USBD_AssignUrbToIoStackLocation(_In_ USBD_HANDLE USBDHandle, _In_ PIO_STACK_LOCATION IoStackLocation, _In_ PURB Urb);
extern const GUID GUID_USB_CAPABILITY_CHAINED_MDLS;
extern const GUID GUID_USB_CAPABILITY_STATIC_STREAMS;
extern const GUID GUID_USB_CAPABILITY_SELECTIVE_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_FUNCTION_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_TIME_SYNC;
extern const GUID GUID_USB_CAPABILITY_DEVICE_TYPE;

#endif /* _DL_USBDLIB_H_ */
