/*
 * wdfusb.h - KMDF USB I/O targets (drvlint WDK model): the USB device, its
 * interfaces and pipes, control setup packets, continuous readers and the
 * completion parameters of USB requests.
 */
#pragma once
#ifndef _WDFUSB_H_
#define _WDFUSB_H_

#include <wdf.h>
#include <usb.h>
#include <usbspec.h>

/* Control setup packets */
typedef enum _WDF_USB_BMREQUEST_DIRECTION { BmRequestHostToDevice = 0, BmRequestDeviceToHost = 1 }
	WDF_USB_BMREQUEST_DIRECTION;
typedef enum _WDF_USB_BMREQUEST_TYPE { BmRequestStandard = 0, BmRequestClass = 1, BmRequestVendor = 2 }
	WDF_USB_BMREQUEST_TYPE;
typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
	BmRequestToDevice = 0, BmRequestToInterface = 1, BmRequestToEndpoint = 2, BmRequestToOther = 3
} WDF_USB_BMREQUEST_RECIPIENT;
typedef union _WDF_USB_CONTROL_SETUP_PACKET {
	struct {
		union {
			struct { BYTE Recipient : 2; BYTE Reserved : 3; BYTE Type : 2; BYTE Dir : 1; } Request;
			BYTE Byte;
		} bm;
		BYTE bRequest;
		union { struct { BYTE LowByte; BYTE HiByte; } Bytes; USHORT Value; } wValue;
		union { struct { BYTE LowByte; BYTE HiByte; } Bytes; USHORT Value; } wIndex;
		USHORT wLength;
	} Packet;
	struct { BYTE Bytes[8]; } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
	_In_ WDF_USB_BMREQUEST_DIRECTION Direction, _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient, _In_ BYTE Request,
	_In_ USHORT Value, _In_ USHORT Index)
{
	RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
	Packet->Packet.bm.Request.Dir = (BYTE)Direction;
	Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
	Packet->Packet.bm.Request.Recipient = (BYTE)Recipient;
	Packet->Packet.bRequest = Request;
	Packet->Packet.wValue.Value = Value;
	Packet->Packet.wIndex.Value = Index;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
	_In_ WDF_USB_BMREQUEST_DIRECTION Direction, _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient, _In_ BYTE Request,
	_In_ USHORT Value, _In_ USHORT Index)
{
	WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request, Value, Index);
	Packet->Packet.bm.Request.Type = (BYTE)BmRequestClass;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
	_In_ WDF_USB_BMREQUEST_DIRECTION Direction, _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient, _In_ BYTE Request,
	_In_ USHORT Value, _In_ USHORT Index)
{
	WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request, Value, Index);
	Packet->Packet.bm.Request.Type = (BYTE)BmRequestVendor;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_FEATURE(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
	_In_ WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, _In_ USHORT FeatureSelector, _In_ USHORT Index,
	_In_ BOOLEAN SetFeature)
{
	WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, BmRequestHostToDevice, BmRequestRecipient,
		(BYTE)(SetFeature ? USB_REQUEST_SET_FEATURE : USB_REQUEST_CLEAR_FEATURE), FeatureSelector, Index);
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_GET_STATUS(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
	_In_ WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, _In_ USHORT Index)
{
	WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, BmRequestDeviceToHost, BmRequestRecipient,
		(BYTE)USB_REQUEST_GET_STATUS, 0, Index);
	Packet->Packet.wLength = sizeof(USHORT);
}

/* Request completion parameters (WDF_REQUEST_COMPLETION_PARAMS.Parameters.Usb.Completion) */
typedef enum _WDF_USB_REQUEST_TYPE {
	WdfUsbRequestTypeInvalid = 0, WdfUsbRequestTypeNoFormat, WdfUsbRequestTypeDeviceString,
	WdfUsbRequestTypeDeviceControlTransfer, WdfUsbRequestTypeDeviceUrb, WdfUsbRequestTypePipeWrite,
	WdfUsbRequestTypePipeRead, WdfUsbRequestTypePipeAbort, WdfUsbRequestTypePipeReset, WdfUsbRequestTypePipeUrb
} WDF_USB_REQUEST_TYPE, *PWDF_USB_REQUEST_TYPE;
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
	USBD_STATUS UsbdStatus;
	WDF_USB_REQUEST_TYPE Type;
	union {
		struct { WDFMEMORY Buffer; USHORT LangID; UCHAR StringIndex; UCHAR RequiredSize; } DeviceString;
		struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } DeviceControlTransfer;
		struct { WDFMEMORY Buffer; } DeviceUrb;
		struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } PipeWrite;
		struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } PipeRead;
		struct { WDFMEMORY Buffer; } PipeUrb;
	} Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

/* Continuous readers */
_Function_class_(EVT_WDF_USB_READER_COMPLETION_ROUTINE) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(_In_ WDFUSBPIPE Pipe, _In_ WDFMEMORY Buffer,
	_In_ size_t NumBytesTransferred, _In_ WDFCONTEXT Context);
typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE *PFN_WDF_USB_READER_COMPLETION_ROUTINE;
_Function_class_(EVT_WDF_USB_READERS_FAILED) _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
typedef BOOLEAN EVT_WDF_USB_READERS_FAILED(_In_ WDFUSBPIPE Pipe, _In_ NTSTATUS Status, _In_ USBD_STATUS UsbdStatus);
typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;
typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
	ULONG Size;
	size_t TransferLength;
	size_t HeaderLength;
	size_t TrailerLength;
	UCHAR NumPendingReads;
	PWDF_OBJECT_ATTRIBUTES BufferAttributes;
	PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
	WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
	PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;
FORCEINLINE VOID WDF_USB_CONTINUOUS_READER_CONFIG_INIT(_Out_ PWDF_USB_CONTINUOUS_READER_CONFIG Config,
	_In_ PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
	_In_ WDFCONTEXT EvtUsbTargetPipeReadCompleteContext, _In_ size_t TransferLength)
{
	RtlZeroMemory(Config, sizeof(WDF_USB_CONTINUOUS_READER_CONFIG));
	Config->Size = sizeof(WDF_USB_CONTINUOUS_READER_CONFIG);
	Config->EvtUsbTargetPipeReadComplete = EvtUsbTargetPipeReadComplete;
	Config->EvtUsbTargetPipeReadCompleteContext = EvtUsbTargetPipeReadCompleteContext;
	Config->TransferLength = TransferLength;
}

/* Device creation and information */
#define WDF_USB_DEVICE_TRAIT_SELF_POWERED 0x00000001
#define WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE 0x00000002
#define WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED 0x00000004
typedef struct _WDF_USB_DEVICE_INFORMATION {
	ULONG Size;
	USBD_VERSION_INFORMATION UsbdVersionInformation;
	ULONG HcdPortCapabilities;
	ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;
FORCEINLINE VOID WDF_USB_DEVICE_INFORMATION_INIT(_Out_ PWDF_USB_DEVICE_INFORMATION Info)
{
	RtlZeroMemory(Info, sizeof(WDF_USB_DEVICE_INFORMATION));
	Info->Size = sizeof(WDF_USB_DEVICE_INFORMATION);
}
typedef struct _WDF_USB_DEVICE_CREATE_CONFIG { ULONG Size; ULONG USBDClientContractVersion; }
	WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;
FORCEINLINE VOID WDF_USB_DEVICE_CREATE_CONFIG_INIT(_Out_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
	_In_ ULONG USBDClientContractVersion)
{
	RtlZeroMemory(Config, sizeof(WDF_USB_DEVICE_CREATE_CONFIG));
	Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
	Config->USBDClientContractVersion = USBDClientContractVersion;
}

/* Pipes */
typedef enum _WDF_USB_PIPE_TYPE {
	WdfUsbPipeTypeInvalid = 0, WdfUsbPipeTypeControl, WdfUsbPipeTypeIsochronous, WdfUsbPipeTypeBulk,
	WdfUsbPipeTypeInterrupt
} WDF_USB_PIPE_TYPE, *PWDF_USB_PIPE_TYPE;
typedef struct _WDF_USB_PIPE_INFORMATION {
	ULONG Size;
	ULONG MaximumPacketSize;
	UCHAR EndpointAddress;
	UCHAR Interval;
	UCHAR SettingIndex;
	WDF_USB_PIPE_TYPE PipeType;
	ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;
FORCEINLINE VOID WDF_USB_PIPE_INFORMATION_INIT(_Out_ PWDF_USB_PIPE_INFORMATION Info)
{
	RtlZeroMemory(Info, sizeof(WDF_USB_PIPE_INFORMATION));
	Info->Size = sizeof(WDF_USB_PIPE_INFORMATION);
}
FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_IN(_In_ UCHAR EndpointAddress) { return (EndpointAddress & 0x80) != 0; }
FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_OUT(_In_ UCHAR EndpointAddress) { return (EndpointAddress & 0x80) == 0; }

/* Configuration and interface selection */
typedef enum _WdfUsbTargetDeviceSelectConfigType {
	WdfUsbTargetDeviceSelectConfigTypeInvalid = 0, WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
	WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2, WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
	WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4, WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
	WdfUsbTargetDeviceSelectConfigTypeUrb = 6
} WdfUsbTargetDeviceSelectConfigType;
typedef enum _WdfUsbTargetDeviceSelectSettingType {
	WdfUsbInterfaceSelectSettingTypeDescriptor = 0x10, WdfUsbInterfaceSelectSettingTypeSetting = 0x11,
	WdfUsbInterfaceSelectSettingTypeUrb = 0x12
} WdfUsbTargetDeviceSelectSettingType;
typedef struct _WDF_USB_INTERFACE_SETTING_PAIR { WDFUSBINTERFACE UsbInterface; UCHAR SettingIndex; }
	WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;
typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
	ULONG Size;
	WdfUsbTargetDeviceSelectConfigType Type;
	union {
		struct {
			PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
			PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
			ULONG NumInterfaceDescriptors;
		} Descriptor;
		struct { PURB Urb; } Urb;
		struct { UCHAR NumberConfiguredPipes; WDFUSBINTERFACE ConfiguredUsbInterface; } SingleInterface;
		struct {
			UCHAR NumberInterfaces;
			PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
			UCHAR NumberOfConfiguredInterfaces;
		} MultiInterface;
	} Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
	Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
	Params->Type = WdfUsbTargetDeviceSelectConfigTypeSingleInterface;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(
	_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, _In_opt_ UCHAR NumberInterfaces,
	_In_opt_ PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
	Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
	if (SettingPairs != NULL && NumberInterfaces != 0) {
		Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs;
		Params->Types.MultiInterface.NumberInterfaces = NumberInterfaces;
		Params->Types.MultiInterface.Pairs = SettingPairs;
	} else {
		Params->Type = WdfUsbTargetDeviceSelectConfigTypeMultiInterface;
	}
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(
	_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
	_In_reads_(NumInterfaceDescriptors) PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors, _In_ ULONG NumInterfaceDescriptors)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
	Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
	Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor;
	Params->Types.Descriptor.ConfigurationDescriptor = ConfigDescriptor;
	Params->Types.Descriptor.InterfaceDescriptors = InterfaceDescriptors;
	Params->Types.Descriptor.NumInterfaceDescriptors = NumInterfaceDescriptors;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
	_In_ PURB Urb)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
	Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
	Params->Type = WdfUsbTargetDeviceSelectConfigTypeUrb;
	Params->Types.Urb.Urb = Urb;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
	Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
	Params->Type = WdfUsbTargetDeviceSelectConfigTypeDeconfig;
}
typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
	ULONG Size;
	WdfUsbTargetDeviceSelectSettingType Type;
	union {
		struct { PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor; } Descriptor;
		struct { UCHAR SettingIndex; } Interface;
		struct { PURB Urb; } Urb;
	} Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS, *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;
FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(
	_Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, _In_ PUSB_INTERFACE_DESCRIPTOR Interface)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
	Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
	Params->Type = WdfUsbInterfaceSelectSettingTypeDescriptor;
	Params->Types.Descriptor.InterfaceDescriptor = Interface;
}
FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(_Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
	_In_ PURB Urb)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
	Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
	Params->Type = WdfUsbInterfaceSelectSettingTypeUrb;
	Params->Types.Urb.Urb = Urb;
}
FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(
	_Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, _In_ UCHAR SettingIndex)
{
	RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
	Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
	Params->Type = WdfUsbInterfaceSelectSettingTypeSetting;
	Params->Types.Interface.SettingIndex = SettingIndex;
}

/* USB devices are I/O targets: the handles convert directly */
#define WdfUsbTargetDeviceGetIoTarget(UsbDevice) ((WDFIOTARGET)(UsbDevice))
#define WdfUsbTargetPipeGetIoTarget(Pipe) ((WDFIOTARGET)(Pipe))

/* USB target device methods */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreate(_In_ WDFDEVICE Device, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_Out_ WDFUSBDEVICE *UsbDevice);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateWithParameters(_In_ WDFDEVICE Device, _In_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFUSBDEVICE *UsbDevice);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveInformation(_In_ WDFUSBDEVICE UsbDevice, _Out_ PWDF_USB_DEVICE_INFORMATION Information);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetDeviceGetDeviceDescriptor(_In_ WDFUSBDEVICE UsbDevice, _Out_ PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveConfigDescriptor(_In_ WDFUSBDEVICE UsbDevice,
	_Out_writes_bytes_to_opt_(*ConfigDescriptorLength, *ConfigDescriptorLength) PVOID ConfigDescriptor,
	_Inout_ PUSHORT ConfigDescriptorLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceQueryString(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_writes_opt_(*NumCharacters) PUSHORT String,
	_Inout_ PUSHORT NumCharacters, _In_ UCHAR StringIndex, _In_opt_ USHORT LangID);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceAllocAndQueryString(_In_ WDFUSBDEVICE UsbDevice,
	_In_opt_ PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes, _Out_ WDFMEMORY *StringMemory,
	_Out_opt_ PUSHORT NumCharacters, _In_ UCHAR StringIndex, _In_opt_ USHORT LangID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForString(_In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request,
	_In_ WDFMEMORY Memory, _In_opt_ PWDFMEMORY_OFFSET Offset, _In_ UCHAR StringIndex, _In_opt_ USHORT LangID);
_IRQL_requires_max_(DISPATCH_LEVEL) UCHAR WdfUsbTargetDeviceGetNumInterfaces(_In_ WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSelectConfig(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ PWDF_OBJECT_ATTRIBUTES PipeAttributes,
	_Inout_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_CONFIGURATION_HANDLE WdfUsbTargetDeviceWdmGetConfigurationHandle(_In_ WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveCurrentFrameNumber(_In_ WDFUSBDEVICE UsbDevice, _Out_ PULONG CurrentFrameNumber);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendControlTransferSynchronously(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
	_In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor, _Out_opt_ PULONG BytesTransferred);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForControlTransfer(_In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request,
	_In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket, _In_opt_ WDFMEMORY TransferMemory,
	_In_opt_ PWDFMEMORY_OFFSET TransferOffset);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfUsbTargetDeviceIsConnectedSynchronous(_In_ WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfUsbTargetDeviceResetPortSynchronously(_In_ WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS WdfUsbTargetDeviceCyclePortSynchronously(_In_ WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForCyclePort(_In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendUrbSynchronously(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_reads_(_Inexpressible_("union bug in SAL")) PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForUrb(_In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request,
	_In_ WDFMEMORY UrbMemory, _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceQueryUsbCapability(_In_ WDFUSBDEVICE UsbDevice, _In_ CONST GUID *CapabilityType,
	_In_ ULONG CapabilityBufferLength, _Out_writes_bytes_to_opt_(CapabilityBufferLength, *ResultLength) PVOID CapabilityBuffer,
	_Out_opt_ PULONG ResultLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateUrb(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_Out_ WDFMEMORY *UrbMemory, _Outptr_opt_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateIsochUrb(_In_ WDFUSBDEVICE UsbDevice, _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
	_In_ ULONG NumberOfIsochPackets, _Out_ WDFMEMORY *UrbMemory, _Outptr_opt_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(_In_ WDFUSBDEVICE UsbDevice, _In_ UCHAR InterfaceIndex);

/* Pipe methods */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetPipeGetInformation(_In_ WDFUSBPIPE Pipe, _Out_ PWDF_USB_PIPE_INFORMATION PipeInformation);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfUsbTargetPipeIsInEndpoint(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfUsbTargetPipeIsOutEndpoint(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_USB_PIPE_TYPE WdfUsbTargetPipeGetType(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) USBD_PIPE_HANDLE WdfUsbTargetPipeWdmGetPipeHandle(_In_ WDFUSBPIPE UsbPipe);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeWriteSynchronously(_In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
	_Out_opt_ PULONG BytesWritten);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForWrite(_In_ WDFUSBPIPE Pipe, _In_ WDFREQUEST Request,
	_In_opt_ WDFMEMORY WriteMemory, _In_opt_ PWDFMEMORY_OFFSET WriteOffset);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeReadSynchronously(_In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
	_Out_opt_ PULONG BytesRead);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForRead(_In_ WDFUSBPIPE Pipe, _In_ WDFREQUEST Request,
	_In_opt_ WDFMEMORY ReadMemory, _In_opt_ PWDFMEMORY_OFFSET ReadOffset);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeConfigContinuousReader(_In_ WDFUSBPIPE Pipe, _In_ PWDF_USB_CONTINUOUS_READER_CONFIG Config);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeAbortSynchronously(_In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForAbort(_In_ WDFUSBPIPE Pipe, _In_ WDFREQUEST Request);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeResetSynchronously(_In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForReset(_In_ WDFUSBPIPE Pipe, _In_ WDFREQUEST Request);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeSendUrbSynchronously(_In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
	_In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_ PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForUrb(_In_ WDFUSBPIPE PIPE, _In_ WDFREQUEST Request,
	_In_ WDFMEMORY UrbMemory, _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);

/* Interface methods */
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE WdfUsbInterfaceGetInterfaceNumber(_In_ WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetNumEndpoints(_In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR SettingIndex);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetDescriptor(_In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR SettingIndex,
	_Out_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE WdfUsbInterfaceGetNumSettings(_In_ WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbInterfaceSelectSetting(_In_ WDFUSBINTERFACE UsbInterface, _In_opt_ PWDF_OBJECT_ATTRIBUTES PipesAttributes,
	_In_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetEndpointInformation(_In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR SettingIndex,
	_In_ UCHAR EndpointIndex, _Out_ PWDF_USB_PIPE_INFORMATION EndpointInfo);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE WdfUsbInterfaceGetConfiguredSettingIndex(_In_ WDFUSBINTERFACE Interface);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE WdfUsbInterfaceGetNumConfiguredPipes(_In_ WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(_In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR PipeIndex,
	_Out_opt_ PWDF_USB_PIPE_INFORMATION PipeInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_INTERFACE_HANDLE WdfUsbInterfaceWdmGetInterfaceHandle(_In_ WDFUSBINTERFACE UsbInterface);

#endif /* _WDFUSB_H_ */
