/*
 * srbhelper.h - model of the accessors that read and write fields of either
 * request block format (SCSI_REQUEST_BLOCK or STORAGE_REQUEST_BLOCK) through
 * one PVOID. The kit implements them inline; the model declares them.
 */
#pragma once
#ifndef _DL_SRBHELPER_H_
#define _DL_SRBHELPER_H_

#include <srb.h>
#include <scsi.h>

PCDB SrbGetCdb(_In_ PVOID Srb);
ULONG SrbGetSrbFunction(_In_ PVOID Srb);
ULONG SrbGetSrbLength(_In_ PVOID Srb);
VOID SrbZeroSrb(_Inout_ PVOID Srb);
PVOID SrbGetSenseInfoBuffer(_In_ PVOID Srb);
UCHAR SrbGetSenseInfoBufferLength(_In_ PVOID Srb);
VOID SrbSetSenseInfoBuffer(_In_ PVOID Srb, _In_opt_ PVOID SenseInfoBuffer);
VOID SrbSetSenseInfoBufferLength(_In_ PVOID Srb, _In_ UCHAR SenseInfoBufferLength);
PVOID SrbGetOriginalRequest(_In_ PVOID Srb);
VOID SrbSetOriginalRequest(_In_ PVOID Srb, _In_opt_ PVOID OriginalRequest);
PVOID SrbGetDataBuffer(_In_ PVOID Srb);
VOID SrbSetDataBuffer(_In_ PVOID Srb, _In_opt_ __drv_aliasesMem PVOID DataBuffer);
ULONG SrbGetDataTransferLength(_In_ PVOID Srb);
VOID SrbSetDataTransferLength(_In_ PVOID Srb, _In_ ULONG DataTransferLength);
ULONG SrbGetTimeOutValue(_In_ PVOID Srb);
VOID SrbSetTimeOutValue(_In_ PVOID Srb, _In_ ULONG TimeOutValue);
VOID SrbSetQueueSortKey(_In_ PVOID Srb, _In_ ULONG QueueSortKey);
VOID SrbSetQueueTag(_In_ PVOID Srb, _In_ ULONG QueueTag);
VOID SrbSetQueueAction(_In_ PVOID Srb, _In_ UCHAR QueueAction);
#define SrbSetRequestTag SrbSetQueueTag
PVOID SrbGetNextSrb(_In_ PVOID Srb);
VOID SrbSetNextSrb(_In_ PVOID Srb, _In_opt_ PVOID NextSrb);
ULONG SrbGetSrbFlags(_In_ PVOID Srb);
VOID SrbAssignSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags);
VOID SrbSetSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags);
VOID SrbClearSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags);
ULONG SrbGetSystemStatus(_In_ PVOID Srb);
VOID SrbSetSystemStatus(_In_ PVOID Srb, _In_ ULONG Status);
UCHAR SrbGetScsiStatus(_In_ PVOID Srb);
VOID SrbSetScsiStatus(_In_ PVOID Srb, _In_ UCHAR ScsiStatus);
UCHAR SrbGetCdbLength(_In_ PVOID Srb);
VOID SrbSetCdbLength(_In_ PVOID Srb, _In_ UCHAR CdbLength);
ULONG SrbGetRequestAttribute(_In_ PVOID Srb);
VOID SrbSetRequestAttribute(_In_ PVOID Srb, _In_ ULONG RequestAttribute);
UCHAR SrbGetPathId(_In_ PVOID Srb);
UCHAR SrbGetTargetId(_In_ PVOID Srb);
UCHAR SrbGetLun(_In_ PVOID Srb);
VOID SrbGetPathTargetLun(_In_ PVOID Srb, _In_opt_ PUCHAR PathId, _In_opt_ PUCHAR TargetId, _In_opt_ PUCHAR Lun);
UCHAR SrbGetSrbStatus(_In_ PVOID Srb);
VOID SrbSetSrbStatus(_In_ PVOID Srb, _In_ UCHAR Status);
PSRBEX_DATA SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ SRBEXDATATYPE Type);
VOID SrbGetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx, _In_opt_ PUCHAR CdbLength8, _In_opt_ PULONG CdbLength32,
	_In_opt_ PUCHAR ScsiStatus, _In_opt_ PVOID *SenseInfoBuffer, _In_opt_ PUCHAR SenseInfoBufferLength);
VOID SrbSetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx, _In_opt_ PUCHAR CdbLength8, _In_opt_ PULONG CdbLength32,
	_In_opt_ PUCHAR ScsiStatus, _In_opt_ PVOID *SenseInfoBuffer, _In_opt_ PUCHAR SenseInfoBufferLength);

#endif /* _DL_SRBHELPER_H_ */
