/* sdpnode.h - the SDP record tree (nodes and their data), drvlint WDK model. */
#pragma once
#ifndef _DRVLINT_SDPNODE_H
#define _DRVLINT_SDPNODE_H
#include <wdm.h>
#include <bthdef.h>

typedef struct _SDP_NODE_HEADER {
	LIST_ENTRY Link;
	USHORT Type;
	USHORT SpecificType;
} SDP_NODE_HEADER, *PSDP_NODE_HEADER;
typedef union _SDP_NODE_DATA {
	SDP_LARGE_INTEGER_16 int128;
	SDP_ULARGE_INTEGER_16 uint128;
	GUID uuid128;
	ULONG uuid32;
	USHORT uuid16;
	LONGLONG int64;
	ULONGLONG uint64;
	LONG int32;
	ULONG uint32;
	SHORT int16;
	USHORT uint16;
	CHAR int8;
	UCHAR uint8;
	UCHAR boolean;
	PCHAR string;
	PCHAR url;
	SDP_NODE_HEADER sequence;
	SDP_NODE_HEADER alternative;
	PVOID container;
	struct { PUCHAR stream; ULONG streamLength; };
} SDP_NODE_DATA, *PSDP_NODE_DATA;
typedef struct _SDP_NODE {
	SDP_NODE_HEADER hdr;
	ULONG DataSize;
	SDP_NODE_DATA u;
	PVOID Reserved;
} SDP_NODE, *PSDP_NODE;
typedef struct _SDP_TREE_ROOT_NODE { SDP_NODE RootNode; } SDP_TREE_ROOT_NODE, *PSDP_TREE_ROOT_NODE;

#endif /* _DRVLINT_SDPNODE_H */
