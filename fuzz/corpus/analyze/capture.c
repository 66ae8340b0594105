/* msgdrv: copying between the caller's buffers and the queue. */
#include "msgdrv.h"

VOID MsgCaptureBytes(PMSG_SLOT Slot, PVOID Source, ULONG Length)
{
	Slot->Length = Length;
	RtlCopyMemory(Slot->Data, Source, Length); /* expect: unprobed-user-pointer */
}

VOID MsgProbeOutput(PVOID Output, ULONG Length)
{
	ProbeForWrite(Output, Length, sizeof(UCHAR));
}

VOID MsgDeliver(PVOID Output, PMSG_SLOT Slot)
{
	RtlCopyMemory(Output, Slot->Data, Slot->Length);
}
