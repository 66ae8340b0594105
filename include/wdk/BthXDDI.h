/*
 * BthXDDI.h - the Bluetooth transport (extensibility) DDI between the
 * Bluetooth port driver and a transport bus driver: HCI packet exchange and
 * transport capabilities, drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_BTHXDDI_H
#define _DRVLINT_BTHXDDI_H
#include <wdm.h>

#define FILE_DEVICE_BLUETOOTH_X FILE_DEVICE_BLUETOOTH
#define BTHX_CTL(id) CTL_CODE(FILE_DEVICE_BLUETOOTH, (id), METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_GET_VERSION BTHX_CTL(0x3FF)
#define IOCTL_BTHX_SET_VERSION BTHX_CTL(0x3FE)
#define IOCTL_BTHX_QUERY_CAPABILITIES BTHX_CTL(0x3FD)
#define IOCTL_BTHX_WRITE_HCI BTHX_CTL(0x3FC)
#define IOCTL_BTHX_READ_HCI BTHX_CTL(0x3FB)

typedef struct _BTHX_VERSION { ULONG Version; } BTHX_VERSION, *PBTHX_VERSION;
#define BTHX_DDI_VERSION_1 0x00000001
static const BTHX_VERSION Microsoft_BTHX_DDI_Version = { BTHX_DDI_VERSION_1 };

typedef enum _BTHX_SCO_SUPPORT { ScoSupportNone = 0, ScoSupportHCIBypass, ScoSupportMax } BTHX_SCO_SUPPORT,
	*PBTHX_SCO_SUPPORT;
typedef struct _BTHX_CAPABILITIES {
	ULONG MaxAclTransferInSize;
	BTHX_SCO_SUPPORT ScoSupport;
	ULONG MaxScoChannels;
	BOOLEAN IsDeviceIdleCapable;
	BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

typedef enum _BTHX_HCI_PACKET_TYPE { HciPacketCommand = 0x01, HciPacketAclData = 0x02, HciPacketEvent = 0x04 }
	BTHX_HCI_PACKET_TYPE;
#include <pshpack1.h>
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
	ULONG DataLen;
	UCHAR Type;
	_Field_size_bytes_(DataLen) UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#include <poppack.h>

#endif /* _DRVLINT_BTHXDDI_H */
