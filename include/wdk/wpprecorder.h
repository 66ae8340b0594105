/*
 * wpprecorder.h - model of the WPP in-flight recorder (IFR) interface: log
 * handles, their creation and the configure call drivers make.
 */
#pragma once
#ifndef _DL_WPPRECORDER_H_
#define _DL_WPPRECORDER_H_

#include <wdm.h>

DECLARE_HANDLE(RECORDER_LOG);
typedef RECORDER_LOG *PRECORDER_LOG;
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 4096
#define RECORDER_LOG_DEFAULT_ERROR_PARTITION_SIZE 200
#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
typedef struct _RECORDER_CONFIGURE_PARAMS { ULONG Size; BOOLEAN CreateDefaultLog; } RECORDER_CONFIGURE_PARAMS,
	*PRECORDER_CONFIGURE_PARAMS;
FORCEINLINE VOID RECORDER_CONFIGURE_PARAMS_INIT(_Out_ PRECORDER_CONFIGURE_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(RECORDER_CONFIGURE_PARAMS));
	Params->Size = sizeof(RECORDER_CONFIGURE_PARAMS);
	Params->CreateDefaultLog = TRUE;
}
typedef struct _RECORDER_LOG_CREATE_PARAMS {
	ULONG Size; ULONG_PTR LogTag; ULONG TotalBufferSize; ULONG ErrorPartitionSize;
	CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;
FORCEINLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(_Out_ PRECORDER_LOG_CREATE_PARAMS Params, _In_opt_ PSTR LogIdentifier)
{
	RtlZeroMemory(Params, sizeof(RECORDER_LOG_CREATE_PARAMS));
	Params->Size = sizeof(RECORDER_LOG_CREATE_PARAMS);
	Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
	Params->ErrorPartitionSize = RECORDER_LOG_DEFAULT_ERROR_PARTITION_SIZE;
	UNREFERENCED_PARAMETER(LogIdentifier);
}
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WppRecorderConfigure(_In_ PRECORDER_CONFIGURE_PARAMS ConfigureParams);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WppRecorderLogCreate(_In_ PRECORDER_LOG_CREATE_PARAMS CreateParams, _Out_ RECORDER_LOG *RecorderLog);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WppRecorderLogDelete(_In_ RECORDER_LOG RecorderLog);
_IRQL_requires_max_(DISPATCH_LEVEL) RECORDER_LOG WppRecorderLogGetDefault(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WppRecorderLogSetIdentifier(_In_ RECORDER_LOG RecorderLog, _In_ PSTR LogIdentifier);

#endif /* _DL_WPPRECORDER_H_ */
