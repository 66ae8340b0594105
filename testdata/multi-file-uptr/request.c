/* msgdrv: request decoding. */
#include "msgdrv.h"

NTSTATUS MsgPostRequest(PMSG_QUEUE Queue, PVOID Message, ULONG Length)
{
	PMSG_SLOT slot;

	if (Length == 0 || Length > MSG_MAX_LENGTH)
		return STATUS_INVALID_PARAMETER;
	slot = &Queue->Slots[Queue->Next % MSG_SLOTS];
	MsgCaptureBytes(slot, Message, Length);
	Queue->Next++;
	return STATUS_SUCCESS;
}

/* A chain is a run of records, each starting with its length byte. */
ULONG MsgCountChain(PUCHAR Chain, ULONG Remaining)
{
	ULONG step;

	if (Remaining == 0)
		return 0;
	step = Chain[0] ? Chain[0] : 1;
	if (step > Remaining)
		return 1;
	return 1 + MsgCountChain(Chain + step, Remaining - step);
}
