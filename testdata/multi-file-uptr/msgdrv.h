/*
 * msgdrv: a message queue device. dispatch.c decodes the IOCTLs,
 * request.c walks request chains, capture.c moves bytes between the
 * caller's buffers and the queue.
 */
#ifndef MSGDRV_H
#define MSGDRV_H

#include <ntddk.h>

#define MSG_DEVICE_TYPE 0x8700
#define IOCTL_MSG_POST    CTL_CODE(MSG_DEVICE_TYPE, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_MSG_FETCH   CTL_CODE(MSG_DEVICE_TYPE, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_MSG_CHAIN   CTL_CODE(MSG_DEVICE_TYPE, 0x802, METHOD_NEITHER, FILE_ANY_ACCESS)

#define MSG_MAX_LENGTH 256
#define MSG_SLOTS 16

typedef struct _MSG_SLOT {
	ULONG Length;
	UCHAR Data[MSG_MAX_LENGTH];
} MSG_SLOT, *PMSG_SLOT;

typedef struct _MSG_QUEUE {
	MSG_SLOT Slots[MSG_SLOTS];
	ULONG Next;
} MSG_QUEUE, *PMSG_QUEUE;

/* request.c */
NTSTATUS MsgPostRequest(PMSG_QUEUE Queue, PVOID Message, ULONG Length);
ULONG MsgCountChain(PUCHAR Chain, ULONG Remaining);

/* capture.c */
VOID MsgCaptureBytes(PMSG_SLOT Slot, PVOID Source, ULONG Length);
VOID MsgProbeOutput(PVOID Output, ULONG Length);
VOID MsgDeliver(PVOID Output, PMSG_SLOT Slot);

#endif
