/*
 * spb.h - simple peripheral bus (I2C, SPI) requests: transfer lists and the
 * IOCTL_SPB_* requests a peripheral driver sends to its controller,
 * drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_SPB_H
#define _DRVLINT_SPB_H
#include <wdm.h>

#define FILE_DEVICE_SPB 0x0000800A
#define SPB_CTL(code) CTL_CODE(FILE_DEVICE_SPB, (code), METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SPB_LOCK_CONTROLLER SPB_CTL(0x100)
#define IOCTL_SPB_UNLOCK_CONTROLLER SPB_CTL(0x101)
#define IOCTL_SPB_EXECUTE_SEQUENCE SPB_CTL(0x102)
#define IOCTL_SPB_LOCK_CONNECTION SPB_CTL(0x103)
#define IOCTL_SPB_UNLOCK_CONNECTION SPB_CTL(0x104)
#define IOCTL_SPB_FULL_DUPLEX SPB_CTL(0x105)

typedef enum SPB_TRANSFER_DIRECTION { SpbTransferDirectionNone = 0, SpbTransferDirectionFromDevice,
	SpbTransferDirectionToDevice, SpbTransferDirectionMax } SPB_TRANSFER_DIRECTION;
typedef enum SPB_TRANSFER_BUFFER_FORMAT { SpbTransferBufferFormatInvalid = 0, SpbTransferBufferFormatSimple,
	SpbTransferBufferFormatList, SpbTransferBufferFormatSimpleNonPaged, SpbTransferBufferFormatMdl,
	SpbTransferBufferFormatMax } SPB_TRANSFER_BUFFER_FORMAT;
typedef struct SPB_TRANSFER_BUFFER_LIST_ENTRY { PVOID Buffer; ULONG BufferCb; } SPB_TRANSFER_BUFFER_LIST_ENTRY,
	*PSPB_TRANSFER_BUFFER_LIST_ENTRY;
typedef struct SPB_TRANSFER_BUFFER {
	SPB_TRANSFER_BUFFER_FORMAT Format;
	union {
		struct { PVOID Buffer; ULONG BufferCb; } Simple;
		struct { PSPB_TRANSFER_BUFFER_LIST_ENTRY List; ULONG ListCe; } BufferList;
		PMDL Mdl;
	};
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;
typedef struct SPB_TRANSFER_LIST_ENTRY {
	SPB_TRANSFER_DIRECTION Direction;
	ULONG DelayInUs;
	SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;
typedef struct SPB_TRANSFER_LIST {
	ULONG Size;
	ULONG Reserved;
	ULONG TransferCount;
	SPB_TRANSFER_LIST_ENTRY Transfers[ANYSIZE_ARRAY];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;
#define SPB_TRANSFER_LIST_AND_ENTRIES(count) \
	struct { SPB_TRANSFER_LIST List; SPB_TRANSFER_LIST_ENTRY ExtraTransfers[(count) - 1]; }

FORCEINLINE VOID SPB_TRANSFER_LIST_INIT(_Out_ PSPB_TRANSFER_LIST TransferList, _In_ ULONG TransferCount)
{
	ULONG size = (ULONG)(FIELD_OFFSET(SPB_TRANSFER_LIST, Transfers) + TransferCount * sizeof(SPB_TRANSFER_LIST_ENTRY));
	RtlZeroMemory(TransferList, size);
	TransferList->Size = sizeof(SPB_TRANSFER_LIST);
	TransferList->TransferCount = TransferCount;
}
FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(_In_ SPB_TRANSFER_DIRECTION Direction,
	_In_ ULONG DelayInUs, _In_reads_bytes_(BufferCb) PVOID Buffer, _In_ ULONG BufferCb)
{
	SPB_TRANSFER_LIST_ENTRY entry;
	RtlZeroMemory(&entry, sizeof(entry));
	entry.Direction = Direction;
	entry.DelayInUs = DelayInUs;
	entry.Buffer.Format = SpbTransferBufferFormatSimple;
	entry.Buffer.Simple.Buffer = Buffer;
	entry.Buffer.Simple.BufferCb = BufferCb;
	return entry;
}
FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(_In_ SPB_TRANSFER_DIRECTION Direction,
	_In_ ULONG DelayInUs, _In_reads_bytes_(BufferCb) PVOID Buffer, _In_ ULONG BufferCb)
{
	SPB_TRANSFER_LIST_ENTRY entry = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(Direction, DelayInUs, Buffer, BufferCb);
	entry.Buffer.Format = SpbTransferBufferFormatSimpleNonPaged;
	return entry;
}
FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_MDL(_In_ SPB_TRANSFER_DIRECTION Direction,
	_In_ ULONG DelayInUs, _In_ PMDL Mdl)
{
	SPB_TRANSFER_LIST_ENTRY entry;
	RtlZeroMemory(&entry, sizeof(entry));
	entry.Direction = Direction;
	entry.DelayInUs = DelayInUs;
	entry.Buffer.Format = SpbTransferBufferFormatMdl;
	entry.Buffer.Mdl = Mdl;
	return entry;
}

#endif /* _DRVLINT_SPB_H */
