/*
 * smclib.h - the smart card driver library: the smart card extension a
 * reader driver shares with the library, the reader callbacks and the
 * library routines, drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_SMCLIB_H
#define _DRVLINT_SMCLIB_H
#include <ntddk.h>
#include <winsmcrd.h>

#define SMCLIB_VERSION 0x150
#define SMCLIB_VERSION_REQUIRED 0x100
#define SMARTCARD_POOL_TAG 'bLCS'
#define MAXIMUM_ATR_LENGTH 33
#define MAXIMUM_ATR_CODES 4
#define MIN_BUFFER_SIZE 288

/* Debug levels for SmartcardDebug */
#define DEBUG_IOCTL 0x00000001
#define DEBUG_ATR 0x00000002
#define DEBUG_PROTOCOL 0x00000004
#define DEBUG_DRIVER 0x00000008
#define DEBUG_TRACE 0x00000010
#define DEBUG_ERROR 0x00000020
#define DEBUG_INFO 0x00000040
#define DEBUG_PERF 0x10000000
#define DEBUG_T1_TEST 0x40000000
#define DEBUG_BREAK 0x80000000
#define DEBUG_ALL 0x0000FFFF

/* Indexes of the reader callbacks in SMARTCARD_EXTENSION.ReaderFunction */
#define RDF_CARD_POWER 0
#define RDF_TRANSMIT 1
#define RDF_CARD_EJECT 2
#define RDF_READER_SWALLOW 3
#define RDF_CARD_TRACKING 4
#define RDF_SET_PROTOCOL 5
#define RDF_DEBUG_LEVEL 6
#define RDF_CARD_CONFISCATE 7
#define RDF_IOCTL_VENDOR 8
#define RDF_ATR_PARSE 9
#define RDF_MAX 16

typedef struct _SMARTCARD_EXTENSION *PSMARTCARD_EXTENSION;
typedef struct _READER_EXTENSION *PREADER_EXTENSION;
typedef NTSTATUS (*PREADER_FUNCTION)(PSMARTCARD_EXTENSION SmartcardExtension);

typedef struct _SMARTCARD_BUFFER { PUCHAR Buffer; ULONG BufferSize; ULONG BufferLength; }
	SMARTCARD_REQUEST, *PSMARTCARD_REQUEST, SMARTCARD_REPLY, *PSMARTCARD_REPLY;
typedef struct _CLOCK_RATE_CONVERSION { const ULONG F; const ULONG fs; } CLOCK_RATE_CONVERSION, *PCLOCK_RATE_CONVERSION;
typedef struct _BIT_RATE_ADJUSTMENT { const ULONG DNumerator; const ULONG DDivisor; } BIT_RATE_ADJUSTMENT,
	*PBIT_RATE_ADJUSTMENT;
typedef struct _PTS_DATA {
	UCHAR Type;
	UCHAR Fl;
	UCHAR Dl;
	ULONG CLKFrequency;
	ULONG DataRate;
	UCHAR StopBits;
} PTS_DATA, *PPTS_DATA;
#define PTS_TYPE_DEFAULT 0x00
#define PTS_TYPE_OPTIMAL 0x01
#define PTS_TYPE_USER 0x02

typedef struct _CARD_CAPABILITIES {
	BOOLEAN InversConvention;
	ULONG etu;
	struct { UCHAR Buffer[64]; UCHAR Length; } ATR;
	struct { UCHAR Buffer[16]; UCHAR Length; } HistoricalChars;
	PCLOCK_RATE_CONVERSION ClockRateConversion;
	PBIT_RATE_ADJUSTMENT BitRateAdjustment;
	UCHAR Fl;
	UCHAR Dl;
	UCHAR II;
	UCHAR P;
	UCHAR N;
	ULONG GT;
	struct { ULONG Supported; ULONG Selected; } Protocol;
	struct { UCHAR WI; ULONG WT; } T0;
	struct { UCHAR IFSC; UCHAR CWI; UCHAR BWI; UCHAR EDC; ULONG CWT; ULONG BWT; ULONG BGT; } T1;
	PTS_DATA PtsData;
	UCHAR Reserved[100 - sizeof(PTS_DATA)];
} CARD_CAPABILITIES, *PCARD_CAPABILITIES;

typedef struct _SCARD_READER_CAPABILITIES {
	ULONG SupportedProtocols;
	ULONG Reserved;
	ULONG ReaderType;
	ULONG MechProperties;
	ULONG CurrentState;
	ULONG Channel;
	struct { ULONG Default; ULONG Max; } CLKFrequency;
	struct { ULONG Default; ULONG Max; } DataRate;
	ULONG MaxIFSD;
	ULONG PowerMgmtSupport;
	ULONG CardConfiscated;
	struct { PULONG List; UCHAR Entries; } DataRatesSupported;
	struct { PULONG List; UCHAR Entries; } CLKFrequenciesSupported;
	UCHAR Reserved1[100 - sizeof(ULONG) - 2 * sizeof(PVOID)];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

typedef struct _VENDOR_ATTR {
	struct { USHORT Length; UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH]; } VendorName;
	struct { USHORT Length; UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH]; } IfdType;
	ULONG UnitNo;
	struct { USHORT BuildNumber; UCHAR VersionMinor; UCHAR VersionMajor; } IfdVersion;
	struct { USHORT Length; UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH]; } IfdSerialNo;
	ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _T0_DATA { ULONG Lc; ULONG Le; } T0_DATA, *PT0_DATA;
typedef struct _T1_DATA {
	UCHAR IFSC;
	UCHAR IFSD;
	UCHAR NAD;
	UCHAR RSN;
	UCHAR SSN;
	UCHAR State;
	UCHAR PrevState;
	UCHAR Wtx;
	ULONG BytesReceived;
	ULONG BytesSent;
	ULONG BytesToSend;
	ULONG OriginalState;
	BOOLEAN MoreData;
	UCHAR LastError;
	UCHAR Resend;
	UCHAR Resynch;
	ULONG Reserved[10];
} T1_DATA, *PT1_DATA;

typedef struct _PERF_INFO {
	ULONG NumTransmissions;
	ULONG BytesSent;
	ULONG BytesReceived;
	LARGE_INTEGER IoTickCount;
	LARGE_INTEGER TickStart;
	LARGE_INTEGER TickEnd;
} PERF_INFO, *PPERF_INFO;

/* Operating system data the library keeps for the reader */
typedef struct _OS_DEP_DATA {
	PDEVICE_OBJECT DeviceObject;
	PIRP CurrentIrp;
	PIRP NotificationIrp;
	KMUTEX Mutex;
	KSPIN_LOCK SpinLock;
	struct { BOOLEAN Removed; LONG RefCount; KEVENT RemoveEvent; LIST_ENTRY TagList; } RemoveLock;
} OS_DEP_DATA, *POS_DEP_DATA;

typedef struct _SMARTCARD_EXTENSION {
	ULONG Version;
	VENDOR_ATTR VendorAttr;
	NTSTATUS (*ReaderFunction[RDF_MAX])(PSMARTCARD_EXTENSION SmartcardExtension);
	CARD_CAPABILITIES CardCapabilities;
	ULONG LastError;
	struct {
		PULONG Information;
		PUCHAR RequestBuffer;
		ULONG RequestBufferLength;
		PUCHAR ReplyBuffer;
		ULONG ReplyBufferLength;
	} IoRequest;
	ULONG MajorIoControlCode;
	ULONG MinorIoControlCode;
	POS_DEP_DATA OsData;
	SCARD_READER_CAPABILITIES ReaderCapabilities;
	PREADER_EXTENSION ReaderExtension;
	SMARTCARD_REPLY SmartcardReply;
	SMARTCARD_REQUEST SmartcardRequest;
	T0_DATA T0;
	T1_DATA T1;
	PPERF_INFO PerfInfo;
	ULONG Reserved[25 - sizeof(PPERF_INFO) / sizeof(ULONG)];
} SMARTCARD_EXTENSION;

/* Library routines */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS SmartcardInitialize(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID SmartcardExit(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS SmartcardDeviceControl(_In_ PSMARTCARD_EXTENSION SmartcardExtension, _Inout_ PIRP Irp);
NTSTATUS SmartcardUpdateCardCapabilities(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardLogError(_In_ PVOID Object, _In_ NTSTATUS ErrorCode, _In_opt_ PUNICODE_STRING Insertion,
	_In_ ULONG DumpWord);
NTSTATUS SmartcardRawRequest(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawReply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Request(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Reply(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardInvertData(_Inout_updates_(Length) PUCHAR Buffer, _In_ ULONG Length);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS SmartcardCreateLink(_Out_ PUNICODE_STRING LinkName, _In_ PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS SmartcardDeleteLink(_In_ PUNICODE_STRING LinkName);
NTSTATUS SmartcardAcquireRemoveLock(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardAcquireRemoveLockWithTag(_In_ PSMARTCARD_EXTENSION SmartcardExtension, _In_ ULONG Tag);
VOID SmartcardReleaseRemoveLock(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardReleaseRemoveLockWithTag(_In_ PSMARTCARD_EXTENSION SmartcardExtension, _In_ ULONG Tag);
VOID SmartcardReleaseRemoveLockAndWait(_In_ PSMARTCARD_EXTENSION SmartcardExtension);
ULONG SmartcardGetDebugLevel(VOID);
VOID SmartcardSetDebugLevel(_In_ ULONG Level);
/* Like the kit, the arguments only exist in debug builds (DBG or DEBUG set). */
#if DBG || DEBUG
#define SmartcardDebug(LEVEL, STRING) { if (SmartcardGetDebugLevel() & (LEVEL)) DbgPrint STRING; }
#else
#define SmartcardDebug(LEVEL, STRING)
#endif

#endif /* _DRVLINT_SMCLIB_H */
