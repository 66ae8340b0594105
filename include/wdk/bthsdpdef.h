/* bthsdpdef.h - SDP query structures, drvlint WDK model (element types are in bthdef.h). */
#pragma once
#ifndef _DRVLINT_BTHSDPDEF_H
#define _DRVLINT_BTHSDPDEF_H
#include <bthdef.h>

typedef union _SdpQueryUuidUnion { GUID uuid128; ULONG uuid32; USHORT uuid16; } SdpQueryUuidUnion;
typedef struct _SdpQueryUuid { SdpQueryUuidUnion u; USHORT uuidType; } SdpQueryUuid, *PSdpQueryUuid;
#define MAX_UUIDS_IN_QUERY 12
typedef struct _SdpAttributeRange { USHORT minAttribute; USHORT maxAttribute; } SdpAttributeRange, *PSdpAttributeRange;
#define SDP_MAX_NESTING_DEPTH 32

#endif /* _DRVLINT_BTHSDPDEF_H */
