/* wmidata.h - GUIDs of the system WMI data blocks drivers report, drvlint WDK model (declarations only). */
#pragma once
#ifndef _DRVLINT_WMIDATA_H
#define _DRVLINT_WMIDATA_H
#include <guiddef.h>
extern const GUID MSSerial_PortName_GUID;
extern const GUID MSSerial_CommInfo_GUID;
extern const GUID MSSerial_HardwareConfiguration_GUID;
extern const GUID MSSerial_PerformanceInformation_GUID;
extern const GUID MSSerial_CommProperties_GUID;
extern const GUID MSParallel_AllocFreeCounts_GUID;
extern const GUID MSParallel_DeviceBytesTransferred_GUID;
extern const GUID MSKeyboard_PortInformation_GUID;
extern const GUID MSMouse_PortInformation_GUID;
extern const GUID MSMouse_ClassInformation_GUID;
extern const GUID MSKeyboard_ClassInformation_GUID;
extern const GUID MSStorageDriver_FailurePredictStatus_GUID;
extern const GUID MSStorageDriver_FailurePredictData_GUID;
extern const GUID MSStorageDriver_FailurePredictEvent_GUID;
extern const GUID MSStorageDriver_FailurePredictFunction_GUID;
extern const GUID MSStorageDriver_ATAPISmartData_GUID;
extern const GUID MSStorageDriver_FailurePredictThresholds_GUID;
extern const GUID MSStorageDriver_ScsiInfoExceptions_GUID;
extern const GUID MSStorageDriver_ClassErrorLog_GUID;
extern const GUID MSDiskDriver_Geometry_GUID;
extern const GUID MSDiskDriver_PerformanceData_GUID;
extern const GUID MSDiskDriver_Performance_GUID;
extern const GUID MSPower_DeviceEnable_GUID;
extern const GUID MSPower_DeviceWakeEnable_GUID;
extern const GUID MSNdis_NetworkAddress_GUID;
extern const GUID MSAcpi_ThermalZoneTemperature_GUID;
#define WMI_DISK_GEOMETRY_GUID MSDiskDriver_Geometry_GUID
#define WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID MSStorageDriver_FailurePredictStatus_GUID
#define WMI_STORAGE_FAILURE_PREDICT_DATA_GUID MSStorageDriver_FailurePredictData_GUID
#define WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID MSStorageDriver_FailurePredictEvent_GUID
#define WMI_STORAGE_FAILURE_PREDICT_FUNCTION_GUID MSStorageDriver_FailurePredictFunction_GUID
#define WMI_STORAGE_FAILURE_PREDICT_THRESHOLDS_GUID MSStorageDriver_FailurePredictThresholds_GUID
#define WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID MSStorageDriver_ScsiInfoExceptions_GUID

/* Brace initializers of the storage data block GUIDs, for GUIDREGINFO tables */
#define MSStorageDriver_FailurePredictStatusGuid { 0x78ebc102, 0x4cf9, 0x11d2, { 0xba, 0x4a, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#define MSStorageDriver_FailurePredictDataGuid { 0x78ebc103, 0x4cf9, 0x11d2, { 0xba, 0x4a, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#define MSStorageDriver_FailurePredictEventGuid { 0x78ebc104, 0x4cf9, 0x11d2, { 0xba, 0x4a, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#define MSStorageDriver_FailurePredictFunctionGuid { 0x78ebc105, 0x4cf9, 0x11d2, { 0xba, 0x4a, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#define MSStorageDriver_ATAPISmartDataGuid { 0x78ebc106, 0x4cf9, 0x11d2, { 0xba, 0x4a, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#define MSStorageDriver_FailurePredictThresholdsGuid { 0xdae10783, 0xcc31, 0x4d2a, { 0x8a, 0x0f, 0x86, 0x1c, 0x04, 0x07, 0x7a, 0x95 } }
#define MSStorageDriver_ScsiInfoExceptionsGuid { 0x1101d829, 0x167b, 0x4ebf, { 0xac, 0xae, 0x28, 0xca, 0xb7, 0xc3, 0x48, 0x02 } }
#define MSStorageDriver_ClassErrorLogGuid { 0xd5a9a51e, 0x03f9, 0x404d, { 0x97, 0x22, 0x15, 0xf9, 0x0e, 0xb0, 0x70, 0x38 } }
#define MSDiskDriver_GeometryGuid { 0x25007f51, 0x57c2, 0x11d1, { 0xa5, 0x28, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10 } }
#undef WMI_DISK_GEOMETRY_GUID
#undef WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID
#undef WMI_STORAGE_FAILURE_PREDICT_DATA_GUID
#undef WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID
#undef WMI_STORAGE_FAILURE_PREDICT_FUNCTION_GUID
#undef WMI_STORAGE_FAILURE_PREDICT_THRESHOLDS_GUID
#undef WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID
#define WMI_DISK_GEOMETRY_GUID MSDiskDriver_GeometryGuid
#define WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID MSStorageDriver_FailurePredictStatusGuid
#define WMI_STORAGE_FAILURE_PREDICT_DATA_GUID MSStorageDriver_FailurePredictDataGuid
#define WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID MSStorageDriver_FailurePredictEventGuid
#define WMI_STORAGE_FAILURE_PREDICT_FUNCTION_GUID MSStorageDriver_FailurePredictFunctionGuid
#define WMI_STORAGE_FAILURE_PREDICT_THRESHOLDS_GUID MSStorageDriver_FailurePredictThresholdsGuid
#define WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID MSStorageDriver_ScsiInfoExceptionsGuid

/* Storage failure prediction data blocks */
#include <ntdef.h>
typedef struct _STORAGE_FAILURE_PREDICT_STATUS { ULONG Reason; BOOLEAN PredictFailure; } STORAGE_FAILURE_PREDICT_STATUS,
	*PSTORAGE_FAILURE_PREDICT_STATUS;
typedef struct _STORAGE_FAILURE_PREDICT_DATA { ULONG Length; UCHAR VendorSpecific[512]; } STORAGE_FAILURE_PREDICT_DATA,
	*PSTORAGE_FAILURE_PREDICT_DATA;
typedef struct _STORAGE_FAILURE_PREDICT_THRESHOLDS { UCHAR VendorSpecific[512]; } STORAGE_FAILURE_PREDICT_THRESHOLDS,
	*PSTORAGE_FAILURE_PREDICT_THRESHOLDS;
typedef struct _STORAGE_SCSI_INFO_EXCEPTIONS {
	BOOLEAN PageSavable; UCHAR Flags; UCHAR MRIE; UCHAR Padding; ULONG IntervalTimer; ULONG ReportCount;
} STORAGE_SCSI_INFO_EXCEPTIONS, *PSTORAGE_SCSI_INFO_EXCEPTIONS;
#define AllowPerformanceHit 1
#define EnableDisableHardwareFailurePrediction 2
#define EnableDisableFailurePredictionPolling 3
#define GetFailurePredictionCapability 4
#define EnableOfflineDiags 5
#define ReadLogSectors 10
#define WriteLogSectors 11
#define ExecuteSelfTest 12
typedef struct _READ_LOG_SECTORS_IN { UCHAR LogAddress; UCHAR SectorCount; } READ_LOG_SECTORS_IN, *PREAD_LOG_SECTORS_IN;
typedef struct _READ_LOG_SECTORS_OUT { ULONG Length; UCHAR LogSectors[1]; } READ_LOG_SECTORS_OUT, *PREAD_LOG_SECTORS_OUT;
typedef struct _WRITE_LOG_SECTORS_IN { UCHAR LogAddress; UCHAR SectorCount; ULONG DataLength; UCHAR LogSectors[1]; }
	WRITE_LOG_SECTORS_IN, *PWRITE_LOG_SECTORS_IN;
typedef struct _WRITE_LOG_SECTORS_OUT { BOOLEAN Success; } WRITE_LOG_SECTORS_OUT, *PWRITE_LOG_SECTORS_OUT;
typedef struct _EXECUTE_SELF_TEST_IN { UCHAR Subcommand; } EXECUTE_SELF_TEST_IN, *PEXECUTE_SELF_TEST_IN;
typedef struct _EXECUTE_SELF_TEST_OUT { ULONG ReturnCode; } EXECUTE_SELF_TEST_OUT, *PEXECUTE_SELF_TEST_OUT;

/* Class driver error log (MSStorageDriver_ClassErrorLog) */
typedef struct _MSStorageDriver_SenseData {
	UCHAR errorCode; BOOLEAN valid; UCHAR segmentNumber; UCHAR senseKey; BOOLEAN reserved; BOOLEAN incorrectLength;
	BOOLEAN endOfMedia; BOOLEAN fileMark; UCHAR information[4]; UCHAR additionalSenseLength;
	UCHAR commandSpecificInformation[4]; UCHAR additionalSenseCode; UCHAR additionalSenseCodeQualifier;
	UCHAR fieldReplaceableUnitCode; UCHAR senseKeySpecific[3];
} MSStorageDriver_SenseData, *PMSStorageDriver_SenseData;
typedef struct _MSStorageDriver_ScsiRequestBlock {
	USHORT length; UCHAR function; UCHAR srbStatus; UCHAR scsiStatus; UCHAR pathID; UCHAR targetID; UCHAR lun;
	UCHAR queueTag; UCHAR queueAction; UCHAR cdbLength; UCHAR senseInfoBufferLength; ULONG srbFlags;
	ULONG dataTransferLength; ULONG timeOutValue; ULONGLONG dataBuffer; ULONGLONG senseInfoBuffer; ULONGLONG nextSRB;
	ULONGLONG originalRequest; ULONGLONG srbExtension; ULONG internalStatus; ULONG reserved; UCHAR cdb[16];
} MSStorageDriver_ScsiRequestBlock, *PMSStorageDriver_ScsiRequestBlock;
typedef struct _MSStorageDriver_ClassErrorLogEntry {
	LARGE_INTEGER tickCount; ULONG portNumber; BOOLEAN errorPaging; BOOLEAN errorRetried; BOOLEAN errorUnhandled;
	BOOLEAN errorReserved; UCHAR reserved[4]; LARGE_INTEGER eventTime; UCHAR MajorFunctionCode; ULONG RetryCount;
	ULONG IoControlCode; ULONG UniqueErrorValue; NTSTATUS FinalStatus; ULONG SequenceNumber; ULONG ErrorCode;
	ULONG DumpDataSize; UCHAR DumpData[40]; MSStorageDriver_ScsiRequestBlock srb; MSStorageDriver_SenseData senseData;
} MSStorageDriver_ClassErrorLogEntry, *PMSStorageDriver_ClassErrorLogEntry;
typedef struct _MSStorageDriver_ClassErrorLog { ULONG numEntries; MSStorageDriver_ClassErrorLogEntry logEntries[16]; }
	MSStorageDriver_ClassErrorLog, *PMSStorageDriver_ClassErrorLog;
#define MSStorageDriver_ClassErrorLog_SIZE sizeof(MSStorageDriver_ClassErrorLog)
#endif
