/*
 * evntrace.h - model of the classic event tracing (WMI/ETW) definitions
 * kernel drivers include for trace levels, logger handles and event headers.
 */
#pragma once
#ifndef _DL_EVNTRACE_H_
#define _DL_EVNTRACE_H_

#include <wdm.h>
#include <wmistr.h>

typedef ULONG64 TRACEHANDLE, *PTRACEHANDLE;
#define INVALID_PROCESSTRACE_HANDLE ((TRACEHANDLE)INVALID_HANDLE_VALUE)

/* Levels (also in wdm.h) */
#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#endif

/* Event types and logger flags */
#define EVENT_TRACE_TYPE_INFO 0x00
#define EVENT_TRACE_TYPE_START 0x01
#define EVENT_TRACE_TYPE_END 0x02
#define EVENT_TRACE_TYPE_STOP 0x02
#define EVENT_TRACE_TYPE_DC_START 0x03
#define EVENT_TRACE_TYPE_DC_END 0x04
#define EVENT_TRACE_TYPE_EXTENSION 0x05
#define EVENT_TRACE_TYPE_REPLY 0x06
#define EVENT_TRACE_TYPE_DEQUEUE 0x07
#define EVENT_TRACE_TYPE_CHECKPOINT 0x08
#define EVENT_TRACE_TYPE_RESERVED9 0x09
#define EVENT_TRACE_USE_PROCTIME 0x0001
#define EVENT_TRACE_USE_NOCPUTIME 0x0002
#define EVENT_TRACE_FILE_MODE_NONE 0x00000000
#define EVENT_TRACE_FILE_MODE_SEQUENTIAL 0x00000001
#define EVENT_TRACE_FILE_MODE_CIRCULAR 0x00000002
#define EVENT_TRACE_REAL_TIME_MODE 0x00000100
#define TRACE_MESSAGE_SEQUENCE 1
#define TRACE_MESSAGE_GUID 2
#define TRACE_MESSAGE_COMPONENTID 4
#define TRACE_MESSAGE_TIMESTAMP 8
#define TRACE_MESSAGE_PERFORMANCE_TIMESTAMP 16
#define TRACE_MESSAGE_SYSTEMINFO 32
#define TRACE_MESSAGE_POINTER32 0x0040
#define TRACE_MESSAGE_POINTER64 0x0080
#define TRACE_MESSAGE_FLAG_MASK 0xFFFF

typedef struct _EVENT_TRACE_HEADER {
	USHORT Size;
	union { USHORT FieldTypeFlags; struct { UCHAR HeaderType; UCHAR MarkerFlags; }; };
	union { ULONG Version; struct { UCHAR Type; UCHAR Level; USHORT Version; } Class; };
	ULONG ThreadId; ULONG ProcessId; LARGE_INTEGER TimeStamp;
	union { GUID Guid; ULONGLONG GuidPtr; };
	union { struct { ULONG KernelTime; ULONG UserTime; }; ULONG64 ProcessorTime; struct { ULONG ClientContext; ULONG Flags; }; };
} EVENT_TRACE_HEADER, *PEVENT_TRACE_HEADER;
typedef struct _EVENT_INSTANCE_HEADER {
	USHORT Size;
	union { USHORT FieldTypeFlags; struct { UCHAR HeaderType; UCHAR MarkerFlags; }; };
	union { ULONG Version; struct { UCHAR Type; UCHAR Level; USHORT Version; } Class; };
	ULONG ThreadId; ULONG ProcessId; LARGE_INTEGER TimeStamp; ULONGLONG RegHandle; ULONG InstanceId;
	ULONG ParentInstanceId;
	union { struct { ULONG KernelTime; ULONG UserTime; }; ULONG64 ProcessorTime; struct { ULONG EventId; ULONG Flags; }; };
	ULONGLONG ParentRegHandle;
} EVENT_INSTANCE_HEADER, *PEVENT_INSTANCE_HEADER;
typedef struct _MOF_FIELD { ULONG64 DataPtr; ULONG Length; ULONG DataType; } MOF_FIELD, *PMOF_FIELD;

/* Kernel-mode trace message API (what WPP calls under the covers) */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS WmiTraceMessage(_In_ TRACEHANDLE LoggerHandle, _In_ ULONG MessageFlags, _In_ LPCGUID MessageGuid,
	_In_ USHORT MessageNumber, ...);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS WmiTraceMessageVa(_In_ TRACEHANDLE LoggerHandle, _In_ ULONG MessageFlags, _In_ LPCGUID MessageGuid,
	_In_ USHORT MessageNumber, _In_ va_list MessageArgList);
NTKERNELAPI NTSTATUS WmiQueryTraceInformation(_In_ int TraceInformationClass,
	_Out_writes_bytes_(TraceInformationLength) PVOID TraceInformation, _In_ ULONG TraceInformationLength,
	_Out_opt_ PULONG RequiredLength, _In_opt_ PVOID Buffer);

#endif /* _DL_EVNTRACE_H_ */
