/*
 * scsi.h - model of the SCSI definitions storage drivers use: command
 * descriptor blocks (CDB), operation codes, sense data and codes, inquiry and
 * VPD data, mode and log pages, capacity data, persistent reservations and
 * offload (token) structures. Sense qualifier values are distinct in the model
 * so that switch statements over them never collide.
 */
#pragma once
#ifndef _DL_SCSI_H_
#define _DL_SCSI_H_

#include <srb.h>

#pragma pack(push, 1)

/* Command descriptor blocks */
#define CDB6GENERIC_LENGTH 6
#define CDB10GENERIC_LENGTH 10
#define CDB12GENERIC_LENGTH 12
#define CDB16GENERIC_LENGTH 16
#define CDB32GENERIC_LENGTH 32
#define MAXIMUM_CDB_SIZE 12

typedef union _CDB {
	struct _CDB6GENERIC {
		UCHAR OperationCode; UCHAR Immediate : 1; UCHAR CommandUniqueBits : 4; UCHAR LogicalUnitNumber : 3;
		UCHAR CommandUniqueBytes[3]; UCHAR Link : 1; UCHAR Flag : 1; UCHAR Reserved : 4; UCHAR VendorUnique : 2;
	} CDB6GENERIC;
	struct _CDB6READWRITE {
		UCHAR OperationCode; UCHAR LogicalBlockMsb1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR LogicalBlockMsb0;
		UCHAR LogicalBlockLsb; UCHAR TransferBlocks; UCHAR Control;
	} CDB6READWRITE;
	struct _CDB6INQUIRY {
		UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR PageCode; UCHAR IReserved;
		UCHAR AllocationLength; UCHAR Control;
	} CDB6INQUIRY;
	struct _CDB6INQUIRY3 {
		UCHAR OperationCode; UCHAR EnableVitalProductData : 1; UCHAR CommandSupportData : 1; UCHAR Reserved1 : 6;
		UCHAR PageCode; UCHAR Reserved2; UCHAR AllocationLength; UCHAR Control;
	} CDB6INQUIRY3;
	struct _CDB6VERIFY {
		UCHAR OperationCode; UCHAR Fixed : 1; UCHAR ByteCompare : 1; UCHAR Immediate : 1; UCHAR Reserved : 2;
		UCHAR LogicalUnitNumber : 3; UCHAR VerificationLength[3]; UCHAR Control;
	} CDB6VERIFY;
	struct _CDB6FORMAT {
		UCHAR OperationCode; UCHAR FormatControl : 5; UCHAR LogicalUnitNumber : 3; UCHAR FReserved1; UCHAR InterleaveMsb;
		UCHAR InterleaveLsb; UCHAR FReserved2;
	} CDB6FORMAT;
	struct _CDB10 {
		UCHAR OperationCode; UCHAR RelativeAddress : 1; UCHAR Reserved1 : 2; UCHAR ForceUnitAccess : 1;
		UCHAR DisablePageOut : 1; UCHAR LogicalUnitNumber : 3; UCHAR LogicalBlockByte0; UCHAR LogicalBlockByte1;
		UCHAR LogicalBlockByte2; UCHAR LogicalBlockByte3; UCHAR Reserved2; UCHAR TransferBlocksMsb; UCHAR TransferBlocksLsb;
		UCHAR Control;
	} CDB10;
	struct _CDB12 {
		UCHAR OperationCode; UCHAR RelativeAddress : 1; UCHAR Reserved1 : 2; UCHAR ForceUnitAccess : 1;
		UCHAR DisablePageOut : 1; UCHAR LogicalUnitNumber : 3; UCHAR LogicalBlock[4]; UCHAR TransferLength[4];
		UCHAR Reserved2; UCHAR Control;
	} CDB12;
	struct _CDB16 {
		UCHAR OperationCode; UCHAR Reserved1 : 3; UCHAR ForceUnitAccess : 1; UCHAR DisablePageOut : 1; UCHAR Protection : 3;
		UCHAR LogicalBlock[8]; UCHAR TransferLength[4]; UCHAR Reserved2; UCHAR Control;
	} CDB16;
	struct _PAUSE_RESUME { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR Reserved2[6];
		UCHAR Action; UCHAR Control; } PAUSE_RESUME;
	struct _READ_TOC {
		UCHAR OperationCode; UCHAR Reserved0 : 1; UCHAR Msf : 1; UCHAR Reserved1 : 3; UCHAR LogicalUnitNumber : 3;
		UCHAR Format2 : 4; UCHAR Reserved2 : 4; UCHAR Reserved3[3]; UCHAR StartingTrack; UCHAR AllocationLength[2];
		UCHAR Control : 6; UCHAR Format : 2;
	} READ_TOC;
	struct _READ_DISK_INFORMATION { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR Reserved2[5];
		UCHAR AllocationLength[2]; UCHAR Control; } READ_DISK_INFORMATION, READ_DISC_INFORMATION;
	struct _READ_TRACK_INFORMATION { UCHAR OperationCode; UCHAR Track : 2; UCHAR Reserved4 : 3; UCHAR Lun : 3;
		UCHAR BlockAddress[4]; UCHAR Reserved3; UCHAR AllocationLength[2]; UCHAR Control; } READ_TRACK_INFORMATION;
	struct _PLAY_AUDIO_MSF { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR Reserved2;
		UCHAR StartingM; UCHAR StartingS; UCHAR StartingF; UCHAR EndingM; UCHAR EndingS; UCHAR EndingF; UCHAR Control; }
		PLAY_AUDIO_MSF;
	struct _SUBCHANNEL { UCHAR OperationCode; UCHAR Reserved0 : 1; UCHAR Msf : 1; UCHAR Reserved1 : 3;
		UCHAR LogicalUnitNumber : 3; UCHAR Reserved2 : 6; UCHAR SubQ : 1; UCHAR Reserved3 : 1; UCHAR Format;
		UCHAR Reserved4[2]; UCHAR TrackNumber; UCHAR AllocationLength[2]; UCHAR Control; } SUBCHANNEL;
	struct _READ_CD { UCHAR OperationCode; UCHAR RelativeAddress : 1; UCHAR Reserved0 : 1; UCHAR ExpectedSectorType : 3;
		UCHAR Lun : 3; UCHAR StartingLBA[4]; UCHAR TransferBlocks[3]; UCHAR Reserved2 : 1; UCHAR ErrorFlags : 2;
		UCHAR IncludeEDC : 1; UCHAR IncludeUserData : 1; UCHAR HeaderCode : 2; UCHAR IncludeSyncData : 1;
		UCHAR SubChannelSelection : 3; UCHAR Reserved3 : 5; UCHAR Control; } READ_CD;
	struct _MODE_SENSE {
		UCHAR OperationCode; UCHAR Reserved1 : 3; UCHAR Dbd : 1; UCHAR Reserved2 : 1; UCHAR LogicalUnitNumber : 3;
		UCHAR PageCode : 6; UCHAR Pc : 2; UCHAR SubPageCode; UCHAR AllocationLength; UCHAR Control;
	} MODE_SENSE;
	struct _MODE_SENSE10 {
		UCHAR OperationCode; UCHAR Reserved1 : 3; UCHAR Dbd : 1; UCHAR LongLBAAccepted : 1; UCHAR LogicalUnitNumber : 3;
		UCHAR PageCode : 6; UCHAR Pc : 2; UCHAR SubPageCode; UCHAR Reserved3[3]; UCHAR AllocationLength[2]; UCHAR Control;
	} MODE_SENSE10;
	struct _MODE_SELECT {
		UCHAR OperationCode; UCHAR SPBit : 1; UCHAR Reserved1 : 3; UCHAR PFBit : 1; UCHAR LogicalUnitNumber : 3;
		UCHAR Reserved2[2]; UCHAR ParameterListLength; UCHAR Control;
	} MODE_SELECT;
	struct _MODE_SELECT10 {
		UCHAR OperationCode; UCHAR SPBit : 1; UCHAR Reserved1 : 3; UCHAR PFBit : 1; UCHAR LogicalUnitNumber : 3;
		UCHAR Reserved2[5]; UCHAR ParameterListLength[2]; UCHAR Control;
	} MODE_SELECT10;
	struct _LOCATE { UCHAR OperationCode; UCHAR Immediate : 1; UCHAR CPBit : 1; UCHAR BTBit : 1; UCHAR Reserved1 : 2;
		UCHAR LogicalUnitNumber : 3; UCHAR Reserved3; UCHAR LogicalBlockAddress[4]; UCHAR Reserved4; UCHAR Partition;
		UCHAR Control; } LOCATE;
	struct _LOGSENSE {
		UCHAR OperationCode; UCHAR SPBit : 1; UCHAR PPCBit : 1; UCHAR Reserved1 : 3; UCHAR LogicalUnitNumber : 3;
		UCHAR PageCode : 6; UCHAR PCBit : 2; UCHAR SubPageCode; UCHAR Reserved2; UCHAR ParameterPointer[2];
		UCHAR AllocationLength[2]; UCHAR Control;
	} LOGSENSE;
	struct _LOGSELECT { UCHAR OperationCode; UCHAR SPBit : 1; UCHAR PCRBit : 1; UCHAR Reserved1 : 3;
		UCHAR LogicalUnitNumber : 3; UCHAR Reserved : 6; UCHAR PCBit : 2; UCHAR Reserved2[4]; UCHAR ParameterListLength[2];
		UCHAR Control; } LOGSELECT;
	struct _PRINT { UCHAR OperationCode; UCHAR Reserved : 5; UCHAR LogicalUnitNumber : 3; UCHAR TransferLength[3];
		UCHAR Control; } PRINT;
	struct _SEEK { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR LogicalBlockAddress[4];
		UCHAR Reserved2[3]; UCHAR Control; } SEEK;
	struct _ERASE { UCHAR OperationCode; UCHAR Long : 1; UCHAR Immediate : 1; UCHAR Reserved1 : 3;
		UCHAR LogicalUnitNumber : 3; UCHAR Reserved2[3]; UCHAR Control; } ERASE;
	struct _START_STOP {
		UCHAR OperationCode; UCHAR Immediate : 1; UCHAR Reserved1 : 4; UCHAR LogicalUnitNumber : 3; UCHAR Reserved2[2];
		UCHAR Start : 1; UCHAR LoadEject : 1; UCHAR Reserved3 : 2; UCHAR PowerConditions : 4; UCHAR Control;
	} START_STOP;
	struct _MEDIA_REMOVAL {
		UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNumber : 3; UCHAR Reserved2[2]; UCHAR Prevent : 1;
		UCHAR Persistant : 1; UCHAR Reserved3 : 6; UCHAR Control;
	} MEDIA_REMOVAL;
	struct _SEEK_BLOCK { UCHAR OperationCode; UCHAR Immediate : 1; UCHAR Reserved1 : 7; UCHAR BlockAddress[3];
		UCHAR Link : 1; UCHAR Flag : 1; UCHAR Reserved2 : 4; UCHAR VendorUnique : 2; } SEEK_BLOCK;
	struct _REQUEST_BLOCK_ADDRESS { UCHAR OperationCode; UCHAR Reserved1[3]; UCHAR AllocationLength; UCHAR Link : 1;
		UCHAR Flag : 1; UCHAR Reserved2 : 4; UCHAR VendorUnique : 2; } REQUEST_BLOCK_ADDRESS;
	struct _PARTITION { UCHAR OperationCode; UCHAR Immediate : 1; UCHAR Sel : 1; UCHAR PartitionSelect : 6;
		UCHAR Reserved1[3]; UCHAR Control; } PARTITION;
	struct _WRITE_TAPE_MARKS { UCHAR OperationCode; UCHAR Immediate : 1; UCHAR WriteSetMarks : 1; UCHAR Reserved : 3;
		UCHAR LogicalUnitNumber : 3; UCHAR TransferLength[3]; UCHAR Control; } WRITE_TAPE_MARKS;
	struct _SPACE_TAPE_MARKS { UCHAR OperationCode; UCHAR Code : 3; UCHAR Reserved : 2; UCHAR LogicalUnitNumber : 3;
		UCHAR NumMarksMSB; UCHAR NumMarks; UCHAR NumMarksLSB; union { UCHAR value; struct { UCHAR Link : 1; UCHAR Flag : 1;
		UCHAR Reserved : 4; UCHAR VendorUnique : 2; } Fields; } Byte6; } SPACE_TAPE_MARKS;
	struct _READ_POSITION { UCHAR Operation; UCHAR BlockType : 1; UCHAR Reserved1 : 4; UCHAR Lun : 3; UCHAR Reserved2[7];
		UCHAR Control; } READ_POSITION;
	struct _CDB6READWRITETAPE { UCHAR OperationCode; UCHAR VendorSpecific : 5; UCHAR Reserved : 3;
		UCHAR TransferLenMSB; UCHAR TransferLen; UCHAR TransferLenLSB; UCHAR Link : 1; UCHAR Flag : 1; UCHAR Reserved1 : 4;
		UCHAR VendorUnique : 2; } CDB6READWRITETAPE;
	struct _INIT_ELEMENT_STATUS { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR LogicalUnitNubmer : 3;
		UCHAR Reserved2[3]; UCHAR Reserved3 : 7; UCHAR NoBarCode : 1; } INIT_ELEMENT_STATUS;
	struct _GET_EVENT_STATUS_NOTIFICATION {
		UCHAR OperationCode; UCHAR Immediate : 1; UCHAR Reserved : 4; UCHAR Lun : 3; UCHAR Reserved2[2];
		UCHAR NotificationClassRequest; UCHAR Reserved3[2]; UCHAR EventListLength[2]; UCHAR Control;
	} GET_EVENT_STATUS_NOTIFICATION;
	struct _GET_CONFIGURATION { UCHAR OperationCode; UCHAR RequestType : 2; UCHAR Reserved1 : 3; UCHAR Lun : 3;
		UCHAR StartingFeature[2]; UCHAR Reserved2[3]; UCHAR AllocationLength[2]; UCHAR Control; } GET_CONFIGURATION;
	struct _READ_DVD_STRUCTURE { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR RMDBlockNumber[4];
		UCHAR LayerNumber; UCHAR Format; UCHAR AllocationLength[2]; UCHAR Reserved3 : 6; UCHAR AGID : 2; UCHAR Control; }
		READ_DVD_STRUCTURE;
	struct _SEND_KEY { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR Reserved2[6];
		UCHAR ParameterListLength[2]; UCHAR KeyFormat : 6; UCHAR AGID : 2; UCHAR Control; } SEND_KEY;
	struct _REPORT_KEY { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR LogicalBlockAddress[4];
		UCHAR Reserved2[2]; UCHAR AllocationLength[2]; UCHAR KeyFormat : 6; UCHAR AGID : 2; UCHAR Control; } REPORT_KEY;
	struct _SET_READ_AHEAD { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR TriggerLBA[4];
		UCHAR ReadAheadLBA[4]; UCHAR Reserved2; UCHAR Control; } SET_READ_AHEAD;
	struct _READ_FORMATTED_CAPACITIES { UCHAR OperationCode; UCHAR Reserved1 : 5; UCHAR Lun : 3; UCHAR Reserved2[5];
		UCHAR AllocationLength[2]; UCHAR Control; } READ_FORMATTED_CAPACITIES;
	struct _REPORT_LUNS { UCHAR OperationCode; UCHAR Reserved1[5]; UCHAR AllocationLength[4]; UCHAR Reserved2[1];
		UCHAR Control; } REPORT_LUNS;
	struct _PERSISTENT_RESERVE_IN {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR Reserved2[5]; UCHAR AllocationLength[2];
		UCHAR Control;
	} PERSISTENT_RESERVE_IN;
	struct _PERSISTENT_RESERVE_OUT {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR Type : 4; UCHAR Scope : 4;
		UCHAR Reserved2[4]; UCHAR ParameterListLength[2]; UCHAR Control;
	} PERSISTENT_RESERVE_OUT;
	struct _REPORT_TIMESTAMP { UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR Reserved2[4];
		UCHAR AllocationLength[4]; UCHAR Reserved3; UCHAR Control; } REPORT_TIMESTAMP;
	struct _SET_TIMESTAMP { UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR Reserved2[4];
		UCHAR ParameterListLength[4]; UCHAR Reserved3; UCHAR Control; } SET_TIMESTAMP;
	struct _GET_PERFORMANCE { UCHAR OperationCode; UCHAR Except : 2; UCHAR Write : 1; UCHAR Tolerance : 2;
		UCHAR Reserved0 : 3; UCHAR StartingLBA[4]; UCHAR Reserved1[2]; UCHAR MaximumNumberOfDescriptors[2]; UCHAR Type;
		UCHAR Control; } GET_PERFORMANCE;
	struct _READ_BUFFER { UCHAR OperationCode; UCHAR Mode : 5; UCHAR ModeSpecific : 3; UCHAR BufferID;
		UCHAR BufferOffset[3]; UCHAR AllocationLength[3]; UCHAR Control; } READ_BUFFER;
	struct _WRITE_BUFFER {
		UCHAR OperationCode; UCHAR Mode : 5; UCHAR ModeSpecific : 3; UCHAR BufferID; UCHAR BufferOffset[3];
		UCHAR ParameterListLength[3]; UCHAR Control;
	} WRITE_BUFFER;
	struct _SYNCHRONIZE_CACHE10 {
		UCHAR OperationCode; UCHAR RelAddr : 1; UCHAR Immediate : 1; UCHAR Reserved : 3; UCHAR Lun : 3;
		UCHAR LogicalBlockAddress[4]; UCHAR Reserved2; UCHAR BlockCount[2]; UCHAR Control;
	} SYNCHRONIZE_CACHE10;
	struct _SYNCHRONIZE_CACHE16 { UCHAR OperationCode; UCHAR Reserved1 : 1; UCHAR Immediate : 1; UCHAR Reserved2 : 6;
		UCHAR LogicalBlock[8]; UCHAR BlockCount[4]; UCHAR Reserved3; UCHAR Control; } SYNCHRONIZE_CACHE16;
	struct _READ_CAPACITY16 {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR LogicalBlock[8]; UCHAR AllocationLength[4];
		UCHAR PMI : 1; UCHAR Reserved2 : 7; UCHAR Control;
	} READ_CAPACITY16;
	struct _TOKEN_OPERATION {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR Reserved2[4]; UCHAR ListIdentifier[4];
		UCHAR ParameterListLength[4]; UCHAR GroupNumber : 5; UCHAR Reserved3 : 3; UCHAR Control;
	} TOKEN_OPERATION;
	struct _RECEIVE_TOKEN_INFORMATION {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR ListIdentifier[4]; UCHAR Reserved2[4];
		UCHAR AllocationLength[4]; UCHAR Reserved3; UCHAR Control;
	} RECEIVE_TOKEN_INFORMATION;
	struct _UNMAP {
		UCHAR OperationCode; UCHAR Anchor : 1; UCHAR Reserved1 : 7; UCHAR Reserved2[4]; UCHAR GroupNumber : 5;
		UCHAR Reserved3 : 3; UCHAR AllocationLength[2]; UCHAR Control;
	} UNMAP;
	struct _GET_LBA_STATUS {
		UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3; UCHAR StartingLBA[8]; UCHAR AllocationLength[4];
		UCHAR Reserved2; UCHAR Control;
	} GET_LBA_STATUS;
	struct _ATA_PASSTHROUGH12 { UCHAR OperationCode; UCHAR Reserved1 : 1; UCHAR Protocol : 4; UCHAR MultipleCount : 3;
		UCHAR TLength : 2; UCHAR ByteBlock : 1; UCHAR TDir : 1; UCHAR Reserved2 : 1; UCHAR CkCond : 1; UCHAR Offline : 2;
		UCHAR Features; UCHAR SectorCount; UCHAR LbaLow; UCHAR LbaMid; UCHAR LbaHigh; UCHAR Device; UCHAR Command;
		UCHAR Reserved3; UCHAR Control; } ATA_PASSTHROUGH12;
	struct _ATA_PASSTHROUGH16 { UCHAR OperationCode; UCHAR Extend : 1; UCHAR Protocol : 4; UCHAR MultipleCount : 3;
		UCHAR TLength : 2; UCHAR ByteBlock : 1; UCHAR TDir : 1; UCHAR Reserved1 : 1; UCHAR CkCond : 1; UCHAR Offline : 2;
		UCHAR Features15_8; UCHAR Features7_0; UCHAR SectorCount15_8; UCHAR SectorCount7_0; UCHAR LbaLow15_8;
		UCHAR LbaLow7_0; UCHAR LbaMid15_8; UCHAR LbaMid7_0; UCHAR LbaHigh15_8; UCHAR LbaHigh7_0; UCHAR Device;
		UCHAR Command; UCHAR Control; } ATA_PASSTHROUGH16;
	struct _SECURITY_PROTOCOL_IN { UCHAR OperationCode; UCHAR SecurityProtocol; UCHAR SecurityProtocolSpecific[2];
		UCHAR Reserved1 : 7; UCHAR INC_512 : 1; UCHAR Reserved2; UCHAR AllocationLength[4]; UCHAR Reserved3;
		UCHAR Control; } SECURITY_PROTOCOL_IN;
	struct _SECURITY_PROTOCOL_OUT { UCHAR OperationCode; UCHAR SecurityProtocol; UCHAR SecurityProtocolSpecific[2];
		UCHAR Reserved1 : 7; UCHAR INC_512 : 1; UCHAR Reserved2; UCHAR AllocationLength[4]; UCHAR Reserved3;
		UCHAR Control; } SECURITY_PROTOCOL_OUT;
	struct _REPORT_SUPPORTED_OPERATION_CODES { UCHAR OperationCode; UCHAR ServiceAction : 5; UCHAR Reserved1 : 3;
		UCHAR ReportingOptions : 3; UCHAR Reserved2 : 4; UCHAR RCTD : 1; UCHAR RequestedOperationCode;
		UCHAR RequestedServiceAction[2]; UCHAR AllocationLength[4]; UCHAR Reserved3; UCHAR Control; }
		REPORT_SUPPORTED_OPERATION_CODES;
	ULONG AsUlong[4];
	UCHAR AsByte[16];
} CDB, *PCDB;

typedef union _CDB32 { UCHAR AsByte[32]; ULONG AsUlong[8]; } CDB32, *PCDB32;

/* Service actions */
#define SERVICE_ACTION_READ_CAPACITY16 0x10
#define SERVICE_ACTION_GET_LBA_STATUS 0x12
#define SERVICE_ACTION_POPULATE_TOKEN 0x10
#define SERVICE_ACTION_WRITE_USING_TOKEN 0x11
#define SERVICE_ACTION_RECEIVE_TOKEN_INFORMATION 0x07
#define SERVICE_ACTION_REPORT_TIMESTAMP 0x0F
#define SERVICE_ACTION_SET_TIMESTAMP 0x0F
#define SERVICE_ACTION_REPORT_SUPPORTED_OPERATION_CODES 0x0C
#define SERVICE_ACTION_EXTENDED_COPY_LID1 0x00
#define SERVICE_ACTION_RECEIVE_COPY_STATUS_LID1 0x00

/* WRITE BUFFER modes */
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_AND_SAVE 0x05
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_AND_SAVE 0x07
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE 0x0E
#define SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE 0x0F

/* Operation codes */
#define SCSIOP_TEST_UNIT_READY 0x00
#define SCSIOP_REZERO_UNIT 0x01
#define SCSIOP_REWIND 0x01
#define SCSIOP_REQUEST_BLOCK_ADDR 0x02
#define SCSIOP_REQUEST_SENSE 0x03
#define SCSIOP_FORMAT_UNIT 0x04
#define SCSIOP_READ_BLOCK_LIMITS 0x05
#define SCSIOP_REASSIGN_BLOCKS 0x07
#define SCSIOP_INIT_ELEMENT_STATUS 0x07
#define SCSIOP_READ6 0x08
#define SCSIOP_RECEIVE 0x08
#define SCSIOP_WRITE6 0x0A
#define SCSIOP_PRINT 0x0A
#define SCSIOP_SEND 0x0A
#define SCSIOP_SEEK6 0x0B
#define SCSIOP_TRACK_SELECT 0x0B
#define SCSIOP_SLEW_PRINT 0x0B
#define SCSIOP_SET_CAPACITY 0x0B
#define SCSIOP_SEEK_BLOCK 0x0C
#define SCSIOP_PARTITION 0x0D
#define SCSIOP_READ_REVERSE 0x0F
#define SCSIOP_WRITE_FILEMARKS 0x10
#define SCSIOP_FLUSH_BUFFER 0x10
#define SCSIOP_SPACE 0x11
#define SCSIOP_INQUIRY 0x12
#define SCSIOP_VERIFY6 0x13
#define SCSIOP_RECOVER_BUF_DATA 0x14
#define SCSIOP_MODE_SELECT 0x15
#define SCSIOP_RESERVE_UNIT 0x16
#define SCSIOP_RELEASE_UNIT 0x17
#define SCSIOP_COPY 0x18
#define SCSIOP_ERASE 0x19
#define SCSIOP_MODE_SENSE 0x1A
#define SCSIOP_START_STOP_UNIT 0x1B
#define SCSIOP_STOP_PRINT 0x1B
#define SCSIOP_LOAD_UNLOAD 0x1B
#define SCSIOP_RECEIVE_DIAGNOSTIC 0x1C
#define SCSIOP_SEND_DIAGNOSTIC 0x1D
#define SCSIOP_MEDIUM_REMOVAL 0x1E
#define SCSIOP_READ_FORMATTED_CAPACITY 0x23
#define SCSIOP_READ_CAPACITY 0x25
#define SCSIOP_READ 0x28
#define SCSIOP_WRITE 0x2A
#define SCSIOP_SEEK 0x2B
#define SCSIOP_LOCATE 0x2B
#define SCSIOP_POSITION_TO_ELEMENT 0x2B
#define SCSIOP_WRITE_VERIFY 0x2E
#define SCSIOP_VERIFY 0x2F
#define SCSIOP_SEARCH_DATA_HIGH 0x30
#define SCSIOP_SEARCH_DATA_EQUAL 0x31
#define SCSIOP_SEARCH_DATA_LOW 0x32
#define SCSIOP_SET_LIMITS 0x33
#define SCSIOP_READ_POSITION 0x34
#define SCSIOP_SYNCHRONIZE_CACHE 0x35
#define SCSIOP_COMPARE 0x39
#define SCSIOP_COPY_COMPARE 0x3A
#define SCSIOP_WRITE_DATA_BUFF 0x3B
#define SCSIOP_READ_DATA_BUFF 0x3C
#define SCSIOP_WRITE_LONG 0x3F
#define SCSIOP_CHANGE_DEFINITION 0x40
#define SCSIOP_WRITE_SAME 0x41
#define SCSIOP_READ_SUB_CHANNEL 0x42
#define SCSIOP_UNMAP 0x42
#define SCSIOP_READ_TOC 0x43
#define SCSIOP_READ_HEADER 0x44
#define SCSIOP_REPORT_DENSITY_SUPPORT 0x44
#define SCSIOP_PLAY_AUDIO 0x45
#define SCSIOP_GET_CONFIGURATION 0x46
#define SCSIOP_PLAY_AUDIO_MSF 0x47
#define SCSIOP_PLAY_TRACK_INDEX 0x48
#define SCSIOP_SANITIZE 0x48
#define SCSIOP_PLAY_TRACK_RELATIVE 0x49
#define SCSIOP_GET_EVENT_STATUS 0x4A
#define SCSIOP_PAUSE_RESUME 0x4B
#define SCSIOP_LOG_SELECT 0x4C
#define SCSIOP_LOG_SENSE 0x4D
#define SCSIOP_STOP_PLAY_SCAN 0x4E
#define SCSIOP_XDWRITE 0x50
#define SCSIOP_XPWRITE 0x51
#define SCSIOP_READ_DISK_INFORMATION 0x51
#define SCSIOP_READ_DISC_INFORMATION 0x51
#define SCSIOP_READ_TRACK_INFORMATION 0x52
#define SCSIOP_XDWRITE_READ 0x53
#define SCSIOP_RESERVE_TRACK_RZONE 0x53
#define SCSIOP_SEND_OPC_INFORMATION 0x54
#define SCSIOP_MODE_SELECT10 0x55
#define SCSIOP_RESERVE_UNIT10 0x56
#define SCSIOP_RESERVE_ELEMENT 0x56
#define SCSIOP_RELEASE_UNIT10 0x57
#define SCSIOP_RELEASE_ELEMENT 0x57
#define SCSIOP_REPAIR_TRACK 0x58
#define SCSIOP_MODE_SENSE10 0x5A
#define SCSIOP_CLOSE_TRACK_SESSION 0x5B
#define SCSIOP_READ_BUFFER_CAPACITY 0x5C
#define SCSIOP_SEND_CUE_SHEET 0x5D
#define SCSIOP_PERSISTENT_RESERVE_IN 0x5E
#define SCSIOP_PERSISTENT_RESERVE_OUT 0x5F
#define SCSIOP_OPERATION32 0x7F
#define SCSIOP_XDWRITE_EXTENDED16 0x80
#define SCSIOP_WRITE_FILEMARKS16 0x80
#define SCSIOP_REBUILD16 0x81
#define SCSIOP_READ_REVERSE16 0x81
#define SCSIOP_REGENERATE16 0x82
#define SCSIOP_EXTENDED_COPY 0x83
#define SCSIOP_POPULATE_TOKEN 0x83
#define SCSIOP_WRITE_USING_TOKEN 0x83
#define SCSIOP_RECEIVE_COPY_RESULTS 0x84
#define SCSIOP_RECEIVE_ROD_TOKEN_INFORMATION 0x84
#define SCSIOP_ATA_PASSTHROUGH16 0x85
#define SCSIOP_ACCESS_CONTROL_IN 0x86
#define SCSIOP_ACCESS_CONTROL_OUT 0x87
#define SCSIOP_READ16 0x88
#define SCSIOP_COMPARE_AND_WRITE 0x89
#define SCSIOP_WRITE16 0x8A
#define SCSIOP_READ_ATTRIBUTES 0x8C
#define SCSIOP_WRITE_ATTRIBUTES 0x8D
#define SCSIOP_WRITE_VERIFY16 0x8E
#define SCSIOP_VERIFY16 0x8F
#define SCSIOP_PREFETCH16 0x90
#define SCSIOP_SYNCHRONIZE_CACHE16 0x91
#define SCSIOP_SPACE16 0x91
#define SCSIOP_LOCK_UNLOCK_CACHE16 0x92
#define SCSIOP_LOCATE16 0x92
#define SCSIOP_WRITE_SAME16 0x93
#define SCSIOP_ERASE16 0x93
#define SCSIOP_ZBC_OUT 0x94
#define SCSIOP_ZBC_IN 0x95
#define SCSIOP_READ_DATA_BUFF16 0x9B
#define SCSIOP_READ_CAPACITY16 0x9E
#define SCSIOP_GET_LBA_STATUS 0x9E
#define SCSIOP_GET_PHYSICAL_ELEMENT_STATUS 0x9E
#define SCSIOP_REMOVE_ELEMENT_AND_TRUNCATE 0x9E
#define SCSIOP_SERVICE_ACTION_IN16 0x9E
#define SCSIOP_SERVICE_ACTION_OUT16 0x9F
#define SCSIOP_REPORT_LUNS 0xA0
#define SCSIOP_BLANK 0xA1
#define SCSIOP_ATA_PASSTHROUGH12 0xA1
#define SCSIOP_SEND_EVENT 0xA2
#define SCSIOP_SECURITY_PROTOCOL_IN 0xA2
#define SCSIOP_SEND_KEY 0xA3
#define SCSIOP_MAINTENANCE_IN 0xA3
#define SCSIOP_REPORT_KEY 0xA4
#define SCSIOP_MAINTENANCE_OUT 0xA4
#define SCSIOP_MOVE_MEDIUM 0xA5
#define SCSIOP_LOAD_UNLOAD_SLOT 0xA6
#define SCSIOP_EXCHANGE_MEDIUM 0xA6
#define SCSIOP_SET_READ_AHEAD 0xA7
#define SCSIOP_MOVE_MEDIUM_ATTACHED 0xA7
#define SCSIOP_READ12 0xA8
#define SCSIOP_GET_MESSAGE 0xA8
#define SCSIOP_SERVICE_ACTION_OUT12 0xA9
#define SCSIOP_WRITE12 0xAA
#define SCSIOP_SEND_MESSAGE 0xAB
#define SCSIOP_SERVICE_ACTION_IN12 0xAB
#define SCSIOP_GET_PERFORMANCE 0xAC
#define SCSIOP_READ_DVD_STRUCTURE 0xAD
#define SCSIOP_WRITE_VERIFY12 0xAE
#define SCSIOP_VERIFY12 0xAF
#define SCSIOP_SEARCH_DATA_HIGH12 0xB0
#define SCSIOP_SEARCH_DATA_EQUAL12 0xB1
#define SCSIOP_SEARCH_DATA_LOW12 0xB2
#define SCSIOP_SET_LIMITS12 0xB3
#define SCSIOP_READ_ELEMENT_STATUS_ATTACHED 0xB4
#define SCSIOP_REQUEST_VOL_ELEMENT 0xB5
#define SCSIOP_SECURITY_PROTOCOL_OUT 0xB5
#define SCSIOP_SEND_VOLUME_TAG 0xB6
#define SCSIOP_SET_STREAMING 0xB6
#define SCSIOP_READ_DEFECT_DATA 0xB7
#define SCSIOP_READ_ELEMENT_STATUS 0xB8
#define SCSIOP_READ_CD_MSF 0xB9
#define SCSIOP_SCAN_CD 0xBA
#define SCSIOP_REDUNDANCY_GROUP_IN 0xBA
#define SCSIOP_SET_CD_SPEED 0xBB
#define SCSIOP_REDUNDANCY_GROUP_OUT 0xBB
#define SCSIOP_PLAY_CD 0xBC
#define SCSIOP_SPARE_IN 0xBC
#define SCSIOP_MECHANISM_STATUS 0xBD
#define SCSIOP_SPARE_OUT 0xBD
#define SCSIOP_READ_CD 0xBE
#define SCSIOP_VOLUME_SET_IN 0xBE
#define SCSIOP_SEND_DVD_STRUCTURE 0xBF
#define SCSIOP_VOLUME_SET_OUT 0xBF
#define SCSIOP_INIT_ELEMENT_RANGE 0xE7

/* Sense keys */
#define SCSI_SENSE_NO_SENSE 0x00
#define SCSI_SENSE_RECOVERED_ERROR 0x01
#define SCSI_SENSE_NOT_READY 0x02
#define SCSI_SENSE_MEDIUM_ERROR 0x03
#define SCSI_SENSE_HARDWARE_ERROR 0x04
#define SCSI_SENSE_ILLEGAL_REQUEST 0x05
#define SCSI_SENSE_UNIT_ATTENTION 0x06
#define SCSI_SENSE_DATA_PROTECT 0x07
#define SCSI_SENSE_BLANK_CHECK 0x08
#define SCSI_SENSE_UNIQUE 0x09
#define SCSI_SENSE_COPY_ABORTED 0x0A
#define SCSI_SENSE_ABORTED_COMMAND 0x0B
#define SCSI_SENSE_EQUAL 0x0C
#define SCSI_SENSE_VOL_OVERFLOW 0x0D
#define SCSI_SENSE_MISCOMPARE 0x0E
#define SCSI_SENSE_RESERVED 0x0F

/* Additional sense codes */
#define SCSI_ADSENSE_NO_SENSE 0x00
#define SCSI_ADSENSE_NO_SEEK_COMPLETE 0x02
#define SCSI_ADSENSE_WRITE 0x03
#define SCSI_ADSENSE_LUN_NOT_READY 0x04
#define SCSI_ADSENSE_LUN_COMMUNICATION 0x08
#define SCSI_ADSENSE_SERVO_ERROR 0x09
#define SCSI_ADSENSE_WARNING 0x0B
#define SCSI_ADSENSE_WRITE_ERROR 0x0C
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR 0x0D
#define SCSI_ADSENSE_CRC_OR_ECC_ERROR 0x10
#define SCSI_ADSENSE_UNRECOVERED_ERROR 0x11
#define SCSI_ADSENSE_TRACK_ERROR 0x14
#define SCSI_ADSENSE_SEEK_ERROR 0x15
#define SCSI_ADSENSE_REC_DATA_NOECC 0x17
#define SCSI_ADSENSE_REC_DATA_ECC 0x18
#define SCSI_ADSENSE_DEFECT_LIST_FORMAT_ERROR 0x19
#define SCSI_ADSENSE_PARAMETER_LIST_LENGTH 0x1A
#define SCSI_ADSENSE_MISCOMPARE_DURING_VERIFY_OPERATION 0x1D
#define SCSI_ADSENSE_ILLEGAL_COMMAND 0x20
#define SCSI_ADSENSE_ACCESS_DENIED 0x20
#define SCSI_ADSENSE_ILLEGAL_BLOCK 0x21
#define SCSI_ADSENSE_INVALID_TOKEN 0x23
#define SCSI_ADSENSE_INVALID_CDB 0x24
#define SCSI_ADSENSE_INVALID_LUN 0x25
#define SCSI_ADSENSE_INVALID_FIELD_PARAMETER_LIST 0x26
#define SCSI_ADSENSE_WRITE_PROTECT 0x27
#define SCSI_ADSENSE_MEDIUM_CHANGED 0x28
#define SCSI_ADSENSE_BUS_RESET 0x29
#define SCSI_ADSENSE_PARAMETERS_CHANGED 0x2A
#define SCSI_ADSENSE_COMMAND_SEQUENCE_ERROR 0x2C
#define SCSI_ADSENSE_INSUFFICIENT_TIME_FOR_OPERATION 0x2E
#define SCSI_ADSENSE_INVALID_MEDIA 0x30
#define SCSI_ADSENSE_MEDIUM_FORMAT_CORRUPTED 0x31
#define SCSI_ADSENSE_DEFECT_LIST 0x32
#define SCSI_ADSENSE_LB_PROVISIONING 0x38
#define SCSI_ADSENSE_NO_MEDIA_IN_DEVICE 0x3a
#define SCSI_ADSENSE_POSITION_ERROR 0x3b
#define SCSI_ADSENSE_LOGICAL_UNIT_ERROR 0x3e
#define SCSI_ADSENSE_OPERATING_CONDITIONS_CHANGED 0x3f
#define SCSI_ADSENSE_DATA_PATH_FAILURE 0x41
#define SCSI_ADSENSE_POWER_ON_SELF_TEST_FAILURE 0x42
#define SCSI_ADSENSE_INTERNAL_TARGET_FAILURE 0x44
#define SCSI_ADSENSE_DATA_TRANSFER_ERROR 0x4b
#define SCSI_ADSENSE_LUN_FAILED_SELF_CONFIGURATION 0x4c
#define SCSI_ADSENSE_RESOURCE_FAILURE 0x55
#define SCSI_ADSENSE_OPERATOR_REQUEST 0x5a
#define SCSI_ADSENSE_FAILURE_PREDICTION_THRESHOLD_EXCEEDED 0x5d
#define SCSI_ADSENSE_ILLEGAL_MODE_FOR_THIS_TRACK 0x64
#define SCSI_ADSENSE_COPY_PROTECTION_FAILURE 0x6f
#define SCSI_ADSENSE_POWER_CALIBRATION_ERROR 0x73
#define SCSI_ADSENSE_VENDOR_UNIQUE 0x80
#define SCSI_ADSENSE_MUSIC_AREA 0xA0
#define SCSI_ADSENSE_DATA_AREA 0xA1
#define SCSI_ADSENSE_VOLUME_OVERFLOW 0xA7

/* Additional sense code qualifiers */
#define SCSI_SENSEQ_CAUSE_NOT_REPORTABLE 0x00
#define SCSI_SENSEQ_BECOMING_READY 0x01
#define SCSI_SENSEQ_INIT_COMMAND_REQUIRED 0x02
#define SCSI_SENSEQ_MANUAL_INTERVENTION_REQUIRED 0x03
#define SCSI_SENSEQ_FORMAT_IN_PROGRESS 0x04
#define SCSI_SENSEQ_REBUILD_IN_PROGRESS 0x05
#define SCSI_SENSEQ_RECALCULATION_IN_PROGRESS 0x06
#define SCSI_SENSEQ_OPERATION_IN_PROGRESS 0x07
#define SCSI_SENSEQ_LONG_WRITE_IN_PROGRESS 0x08
#define SCSI_SENSEQ_SELF_TEST_IN_PROGRESS 0x09
#define SCSI_SENSEQ_ASYMMETRIC_ACCESS_STATE_TRANSITION 0x0A
#define SCSI_SENSEQ_TARGET_PORT_IN_STANDBY_STATE 0x0B
#define SCSI_SENSEQ_TARGET_PORT_IN_UNAVAILABLE_STATE 0x0C
#define SCSI_SENSEQ_NOTIFY_REQUIRED 0x11
#define SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS 0x14
#define SCSI_SENSEQ_ROBOTICS_OFFLINE 0x15
#define SCSI_SENSEQ_CONFIGURATION_IN_PROGRESS 0x16
#define SCSI_SENSEQ_CALIBRATION_IN_PROGRESS 0x17
#define SCSI_SENSEQ_STATE_CHANGE_INPUT 0x1A
#define SCSI_SENSEQ_UNREACHABLE_TARGET 0x1C
#define SCSI_SENSEQ_WRITE_PROTECT_ENABLE 0x1D
#define SCSI_SENSEQ_WRITE_PROTECT_DISABLE 0x1E
#define SCSI_SENSEQ_AUTHENTICATION_FAILURE 0x20
#define SCSI_SENSEQ_KEY_NOT_PRESENT 0x21
#define SCSI_SENSEQ_KEY_NOT_ESTABLISHED 0x22
#define SCSI_SENSEQ_READ_OF_SCRAMBLED_SECTOR_WITHOUT_AUTHENTICATION 0x23
#define SCSI_SENSEQ_MEDIA_CODE_MISMATCHED_TO_LOGICAL_UNIT 0x24
#define SCSI_SENSEQ_LOGICAL_UNIT_RESET_COUNT_ERROR 0x25
#define SCSI_SENSEQ_INQUIRY_DATA_CHANGED 0x26
#define SCSI_SENSEQ_CLEANING_CARTRIDGE_INSTALLED 0x27
#define SCSI_SENSEQ_SOFT_THRESHOLD_REACHED 0x28
#define SCSI_SENSEQ_UNKNOWN_FORMAT 0x29
#define SCSI_SENSEQ_INCOMPATIBLE_FORMAT 0x2A
#define SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT 0x2B
#define SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS 0x2C
#define SCSI_SENSEQ_SOURCE_EMPTY 0x2D
#define SCSI_SENSEQ_MEDIUM_REMOVAL 0x2E
#define SCSI_SENSEQ_DATA_UNDERRUN 0x2F
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x30
#define SCSI_SENSEQ_SETMARK_DETECTED 0x31
#define SCSI_SENSEQ_END_OF_MEDIA_DETECTED 0x32
#define SCSI_SENSEQ_FILEMARK_DETECTED 0x33
#define SCSI_SENSEQ_BEGINNING_OF_MEDIA_DETECTED 0x34
#define SCSI_SENSEQ_NO_SEEK_COMPLETE 0x35
#define SCSI_SENSEQ_DEVICE_INTERNAL_RESET 0x36
#define SCSI_SENSEQ_OFFLINE 0x37
#define SCSI_SENSEQ_MODE_PARAMETERS_CHANGED 0x38
#define SCSI_SENSEQ_RESERVATIONS_PREEMPTED 0x39
#define SCSI_SENSEQ_RESERVATIONS_RELEASED 0x3A
#define SCSI_SENSEQ_REGISTRATIONS_PREEMPTED 0x3B
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED 0x3C
#define SCSI_SENSEQ_PRIORITY_CHANGED 0x3D
#define SCSI_SENSEQ_TARGET_OPERATING_CONDITIONS_CHANGED 0x3E
#define SCSI_SENSEQ_MICROCODE_CHANGED 0x3F
#define SCSI_SENSEQ_OPERATING_DEFINITION_CHANGED 0x40
#define SCSI_SENSEQ_INQUIRY_DATA_CHANGED2 0x41
#define SCSI_SENSEQ_COMPONENT_DEVICE_ATTACHED 0x42
#define SCSI_SENSEQ_DEVICE_IDENTIFIER_CHANGED 0x43
#define SCSI_SENSEQ_REPORTED_LUNS_DATA_CHANGED 0x44
#define SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION 0x45
#define SCSI_SENSEQ_FAILURE_PREDICTION_THRESHOLD_EXCEEDED 0x46
#define SCSI_SENSEQ_FAILURE_PREDICTION_THRESHOLD_EXCEEDED_FALSE 0xFF
#define SCSI_SENSEQ_COMM_CRC_ERROR 0x47
#define SCSI_SESNEQ_COMM_CRC_ERROR SCSI_SENSEQ_COMM_CRC_ERROR

/* Sense codes the model keeps apart from the generated list above */
#define SCSI_SENSEQ_DESTINATION_FULL 0x48
#define SCSI_SENSEQ_ILLEGAL_ELEMENT_ADDR 0x49
#define SCSI_SENSEQ_INCOMPATIBLE_MEDIA_INSTALLED 0x4A
#define SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT 0x4B
#define SCSI_SENSEQ_INSUFFICIENT_RESOURCES 0x4C
#define SCSI_SENSEQ_OPERATION_IS_IN_PROGRESS 0x4D
#define SCSI_SENSEQ_LOSS_OF_STREAMING 0x4E
#define SCSI_SENSEQ_PADDING_BLOCKS_ADDED 0x4F
#define SCSI_ADSENSE_INVALID_VALUE SCSI_ADSENSE_INVALID_FIELD_PARAMETER_LIST
#define SCSI_ADWRITE_PROTECT SCSI_ADSENSE_WRITE_PROTECT
#define SCSI_FAILURE_PREDICTION_THRESHOLD_EXCEEDED SCSI_ADSENSE_FAILURE_PREDICTION_THRESHOLD_EXCEEDED

/* SCSI status bytes */
#define SCSISTAT_GOOD 0x00
#define SCSISTAT_CHECK_CONDITION 0x02
#define SCSISTAT_CONDITION_MET 0x04
#define SCSISTAT_BUSY 0x08
#define SCSISTAT_INTERMEDIATE 0x10
#define SCSISTAT_INTERMEDIATE_COND_MET 0x14
#define SCSISTAT_RESERVATION_CONFLICT 0x18
#define SCSISTAT_COMMAND_TERMINATED 0x22
#define SCSISTAT_QUEUE_FULL 0x28

/* Sense data (fixed and descriptor formats) */
#define SENSE_BUFFER_SIZE 18
#define MAX_SENSE_BUFFER_SIZE 255
#define SENSE_BUFFER_SIZE_EX 32
#define MAX_ADDITIONAL_SENSE_BYTES (MAX_SENSE_BUFFER_SIZE - SENSE_BUFFER_SIZE)
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT 0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED 0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT 0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73
#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION 0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC 0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC 0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT 0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_STREAM_COMMAND 0x04
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND 0x05
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_OBJECT_IDENTIFICATION 0x06
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS 0x09
#define SCSI_SENSE_DESCRIPTOR_TYPE_PROGRESS_INDICATION 0x0A
#define SCSI_SENSE_DESCRIPTOR_TYPE_VENDOR_SPECIFIC 0x80
#define SCSI_SENSE_OPTIONS_NONE 0x00000000
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED 0x00000001

typedef struct _SENSE_DATA {
	UCHAR ErrorCode : 7; UCHAR Valid : 1; UCHAR SegmentNumber; UCHAR SenseKey : 4; UCHAR Reserved : 1;
	UCHAR IncorrectLength : 1; UCHAR EndOfMedia : 1; UCHAR FileMark : 1; UCHAR Information[4];
	UCHAR AdditionalSenseLength; UCHAR CommandSpecificInformation[4]; UCHAR AdditionalSenseCode;
	UCHAR AdditionalSenseCodeQualifier; UCHAR FieldReplaceableUnitCode; UCHAR SenseKeySpecific[3];
} SENSE_DATA, *PSENSE_DATA;
typedef struct _FIXED_SENSE_DATA {
	UCHAR ErrorCode : 7; UCHAR Valid : 1; UCHAR SegmentNumber; UCHAR SenseKey : 4; UCHAR Reserved : 1;
	UCHAR IncorrectLength : 1; UCHAR EndOfMedia : 1; UCHAR FileMark : 1; UCHAR Information[4];
	UCHAR AdditionalSenseLength; UCHAR CommandSpecificInformation[4]; UCHAR AdditionalSenseCode;
	UCHAR AdditionalSenseCodeQualifier; UCHAR FieldReplaceableUnitCode; UCHAR SenseKeySpecific[3];
	UCHAR AdditionalSenseBytes[MAX_ADDITIONAL_SENSE_BYTES];
} FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;
typedef struct _DESCRIPTOR_SENSE_DATA {
	UCHAR ErrorCode : 7; UCHAR Reserved1 : 1; UCHAR SenseKey : 4; UCHAR Reserved2 : 4; UCHAR AdditionalSenseCode;
	UCHAR AdditionalSenseCodeQualifier; UCHAR Reserved3[3]; UCHAR AdditionalSenseLength;
	UCHAR DescriptorBuffer[MAX_ADDITIONAL_SENSE_BYTES];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;
typedef union _SENSE_DATA_EX { FIXED_SENSE_DATA FixedData; DESCRIPTOR_SENSE_DATA DescriptorData; } SENSE_DATA_EX,
	*PSENSE_DATA_EX;
typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER { UCHAR DescriptorType; UCHAR AdditionalLength; }
	SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;
typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
	SCSI_SENSE_DESCRIPTOR_HEADER Header; UCHAR Reserved1 : 7; UCHAR Valid : 1; UCHAR Reserved2; UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;
typedef struct _SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND {
	SCSI_SENSE_DESCRIPTOR_HEADER Header; UCHAR Reserved1; UCHAR Reserved2 : 5; UCHAR IncorrectLength : 1;
	UCHAR Reserved3 : 2;
} SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND, *PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND;
#define IsDescriptorSenseDataFormat(SenseData) \
	(((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT) || \
	 ((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED))
#define IsFixedSenseDataFormat(SenseData) \
	(((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_FIXED_CURRENT) || \
	 ((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_FIXED_DEFERRED))
#define IsSenseDataFormatValueValid(SenseData) (IsDescriptorSenseDataFormat(SenseData) || IsFixedSenseDataFormat(SenseData))
#define IsSenseDataCurrentError(SenseData) \
	(((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_FIXED_CURRENT) || \
	 ((((PUCHAR)(SenseData))[0] & 0x7F) == SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT))

/* Sense data helpers (inline in the kit; prototypes here) */
BOOLEAN ScsiGetSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _In_ UCHAR Format, _Out_opt_ PUCHAR SenseKey, _Out_opt_ PUCHAR AdditionalSenseCode,
	_Out_opt_ PUCHAR AdditionalSenseCodeQualifier);
BOOLEAN ScsiGetFixedSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _Out_opt_ PUCHAR SenseKey, _Out_opt_ PUCHAR AdditionalSenseCode,
	_Out_opt_ PUCHAR AdditionalSenseCodeQualifier);
BOOLEAN ScsiGetTotalSenseByteCountIndicated(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _Out_ UCHAR *TotalSenseByteCountIndicated);
UCHAR ScsiGetSenseErrorCode(_In_ PVOID SenseInfoBuffer);
UCHAR ScsiGetSenseDescriptorLength(_In_ PVOID DescriptorBuffer);
BOOLEAN ScsiGetSenseDescriptor(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _Outptr_result_bytebuffer_(*DescriptorBufferLength) PVOID *DescriptorBuffer,
	_Out_ UCHAR *DescriptorBufferLength);
BOOLEAN ScsiGetNextSenseDescriptorByType(_In_reads_bytes_(BufferLength) PVOID Buffer, _In_ UCHAR BufferLength,
	_In_reads_(TypeListCount) PUCHAR TypeList, _In_ ULONG TypeListCount, _Out_ PUCHAR OutType,
	_Outptr_result_bytebuffer_(*OutBufferLength) PVOID *OutBuffer, _Out_ UCHAR *OutBufferLength);
BOOLEAN ScsiValidateInformationSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID DescriptorBuffer,
	_In_ UCHAR DescriptorBufferLength);
BOOLEAN ScsiValidateBlockCommandSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID DescriptorBuffer,
	_In_ UCHAR DescriptorBufferLength);
BOOLEAN ScsiConvertToFixedSenseFormat(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _Out_writes_bytes_(OutBufferLength) PVOID OutBuffer, _In_ UCHAR OutBufferLength);
BOOLEAN ScsiGetSenseInformation(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
	_In_ UCHAR SenseInfoBufferLength, _Out_ PULONGLONG Information);

/* Inquiry data */
#define INQUIRYDATABUFFERSIZE 36
#define INQUIRY_DATA_SIZE (sizeof(INQUIRYDATA))
typedef struct _INQUIRYDATA {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR DeviceTypeModifier : 7; UCHAR RemovableMedia : 1;
	union { UCHAR Versions; struct { UCHAR ANSIVersion : 3; UCHAR ECMAVersion : 3; UCHAR ISOVersion : 2; }; };
	UCHAR ResponseDataFormat : 4; UCHAR HiSupport : 1; UCHAR NormACA : 1; UCHAR TerminateTask : 1; UCHAR AERC : 1;
	UCHAR AdditionalLength;
	union { UCHAR Reserved; struct { UCHAR PROTECT : 1; UCHAR Reserved_1 : 2; UCHAR ThirdPartyCoppy : 1; UCHAR TPGS : 2;
		UCHAR ACC : 1; UCHAR SCCS : 1; }; };
	UCHAR Addr16 : 1; UCHAR Addr32 : 1; UCHAR AckReqQ : 1; UCHAR MediumChanger : 1; UCHAR MultiPort : 1;
	UCHAR ReservedBit2 : 1; UCHAR EnclosureServices : 1; UCHAR ReservedBit3 : 1;
	UCHAR SoftReset : 1; UCHAR CommandQueue : 1; UCHAR TransferDisable : 1; UCHAR LinkedCommands : 1;
	UCHAR Synchronous : 1; UCHAR Wide16Bit : 1; UCHAR Wide32Bit : 1; UCHAR RelativeAddressing : 1;
	UCHAR VendorId[8]; UCHAR ProductId[16]; UCHAR ProductRevisionLevel[4]; UCHAR VendorSpecific[20];
	UCHAR Reserved3[2]; USHORT VersionDescriptors[8]; UCHAR Reserved4[30];
} INQUIRYDATA, *PINQUIRYDATA;
#define DIRECT_ACCESS_DEVICE 0x00
#define SEQUENTIAL_ACCESS_DEVICE 0x01
#define PRINTER_DEVICE 0x02
#define PROCESSOR_DEVICE 0x03
#define WRITE_ONCE_READ_MULTIPLE_DEVICE 0x04
#define READ_ONLY_DIRECT_ACCESS_DEVICE 0x05
#define SCANNER_DEVICE 0x06
#define OPTICAL_DEVICE 0x07
#define MEDIUM_CHANGER 0x08
#define COMMUNICATION_DEVICE 0x09
#define ARRAY_CONTROLLER_DEVICE 0x0C
#define SCSI_ENCLOSURE_DEVICE 0x0D
#define REDUCED_BLOCK_DEVICE 0x0E
#define OPTICAL_CARD_READER_WRITER_DEVICE 0x0F
#define BRIDGE_CONTROLLER_DEVICE 0x10
#define OBJECT_BASED_STORAGE_DEVICE 0x11
#define HOST_MANAGED_ZONED_BLOCK_DEVICE 0x14
#define UNKNOWN_OR_NO_DEVICE 0x1F
#define LOGICAL_UNIT_NOT_PRESENT_DEVICE 0x7F
#define DEVICE_QUALIFIER_ACTIVE 0x00
#define DEVICE_QUALIFIER_NOT_ACTIVE 0x01
#define DEVICE_QUALIFIER_NOT_SUPPORTED 0x03
#define DEVICE_CONNECTED 0x00

/* Vital product data pages */
#define VPD_MAX_BUFFER_SIZE 0xff
#define VPD_SUPPORTED_PAGES 0x00
#define VPD_SERIAL_NUMBER 0x80
#define VPD_DEVICE_IDENTIFIERS 0x83
#define VPD_MEDIA_SERIAL_NUMBER 0x84
#define VPD_SOFTWARE_INTERFACE_IDENTIFIERS 0x84
#define VPD_NETWORK_MANAGEMENT_ADDRESSES 0x85
#define VPD_EXTENDED_INQUIRY_DATA 0x86
#define VPD_MODE_PAGE_POLICY 0x87
#define VPD_SCSI_PORTS 0x88
#define VPD_ATA_INFORMATION 0x89
#define VPD_THIRD_PARTY_COPY 0x8F
#define VPD_BLOCK_LIMITS 0xB0
#define VPD_BLOCK_DEVICE_CHARACTERISTICS 0xB1
#define VPD_LOGICAL_BLOCK_PROVISIONING 0xB2
#define VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS 0xB6
typedef struct _VPD_SUPPORTED_PAGES_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR Reserved; UCHAR PageLength;
	UCHAR SupportedPageList[0];
} VPD_SUPPORTED_PAGES_PAGE, *PVPD_SUPPORTED_PAGES_PAGE;
typedef struct _VPD_SERIAL_NUMBER_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR Reserved; UCHAR PageLength;
	UCHAR SerialNumber[0];
} VPD_SERIAL_NUMBER_PAGE, *PVPD_SERIAL_NUMBER_PAGE;
typedef enum _VPD_CODE_SET { VpdCodeSetReserved = 0, VpdCodeSetBinary = 1, VpdCodeSetAscii = 2, VpdCodeSetUTF8 = 3 }
	VPD_CODE_SET, *PVPD_CODE_SET;
typedef enum _VPD_IDENTIFIER_TYPE {
	VpdIdentifierTypeVendorSpecific = 0, VpdIdentifierTypeVendorId = 1, VpdIdentifierTypeEUI64 = 2,
	VpdIdentifierTypeFCPHName = 3, VpdIdentifierTypePortRelative = 4, VpdIdentifierTypeTargetPortGroup = 5,
	VpdIdentifierTypeLogicalUnitGroup = 6, VpdIdentifierTypeMD5LogicalUnitId = 7, VpdIdentifierTypeSCSINameString = 8
} VPD_IDENTIFIER_TYPE, *PVPD_IDENTIFIER_TYPE;
typedef struct _VPD_IDENTIFICATION_DESCRIPTOR {
	UCHAR CodeSet : 4; UCHAR Reserved : 4; UCHAR IdentifierType : 4; UCHAR Association : 2; UCHAR Reserved2 : 2;
	UCHAR Reserved3; UCHAR IdentifierLength; UCHAR Identifier[0];
} VPD_IDENTIFICATION_DESCRIPTOR, *PVPD_IDENTIFICATION_DESCRIPTOR;
typedef struct _VPD_IDENTIFICATION_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR Reserved; UCHAR PageLength;
	UCHAR Descriptors[0];
} VPD_IDENTIFICATION_PAGE, *PVPD_IDENTIFICATION_PAGE;
typedef struct _VPD_BLOCK_LIMITS_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR PageLength[2];
	union {
		struct {
			UCHAR Reserved0; UCHAR MaximumCompareAndWriteLength;
			UCHAR OptimalTransferLengthGranularity[2]; UCHAR MaximumTransferLength[4]; UCHAR OptimalTransferLength[4];
			UCHAR MaxPrefetchXDReadXDWriteTransferLength[4]; UCHAR MaximumUnmapLBACount[4];
			UCHAR MaximumUnmapBlockDescriptorCount[4]; UCHAR OptimalUnmapGranularity[4];
			union { struct { UCHAR UnmapGranularityAlignmentByte3 : 7; UCHAR UGAValid : 1; }; UCHAR UnmapGranularityAlignment[4]; };
			UCHAR MaxWriteSameLength[8]; UCHAR Reserved1[20];
		};
		UCHAR Descriptors[0];
	};
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;
typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR Reserved0; UCHAR PageLength;
	UCHAR MediumRotationRateMsb; UCHAR MediumRotationRateLsb; UCHAR MediumProductType; UCHAR NominalFormFactor : 4;
	UCHAR WACEREQ : 2; UCHAR WABEREQ : 2; UCHAR VBULS : 1; UCHAR FUAB : 1; UCHAR BOCS : 1; UCHAR Reserved1 : 1;
	UCHAR ZONED : 2; UCHAR Reserved2 : 2; UCHAR Reserved3[55];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;
#define PROVISIONING_TYPE_UNKNOWN 0x0
#define PROVISIONING_TYPE_RESOURCED 0x1
#define PROVISIONING_TYPE_THIN 0x2
typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR PageLength[2]; UCHAR ThresholdExponent;
	UCHAR DP : 1; UCHAR ANC_SUP : 1; UCHAR LBPRZ : 1; UCHAR Reserved0 : 2; UCHAR LBPWS10 : 1; UCHAR LBPWS : 1;
	UCHAR LBPU : 1; UCHAR ProvisioningType : 3; UCHAR Reserved1 : 5; UCHAR Reserved2; UCHAR ProvisioningGroupDescr[0];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;
typedef struct _VPD_THIRD_PARTY_COPY_PAGE {
	UCHAR DeviceType : 5; UCHAR DeviceTypeQualifier : 3; UCHAR PageCode; UCHAR PageLength[2]; UCHAR ThirdPartyCopyDescriptors[0];
} VPD_THIRD_PARTY_COPY_PAGE, *PVPD_THIRD_PARTY_COPY_PAGE;
#define BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR_TYPE_WINDOWS 0x00
typedef struct _WINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR {
	UCHAR DescriptorType[2]; UCHAR DescriptorLength[2]; UCHAR VendorSpecific[6]; UCHAR MaximumRangeDescriptors[2];
	UCHAR MaximumInactivityTimer[4]; UCHAR DefaultInactivityTimer[4]; UCHAR MaximumTokenTransferSize[8];
	UCHAR OptimalTransferCount[8];
} WINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR, *PWINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR;

/* Capacity data */
typedef struct _READ_CAPACITY_DATA { ULONG LogicalBlockAddress; ULONG BytesPerBlock; } READ_CAPACITY_DATA,
	*PREAD_CAPACITY_DATA;
typedef struct _READ_CAPACITY_DATA_EX { LARGE_INTEGER LogicalBlockAddress; ULONG BytesPerBlock; } READ_CAPACITY_DATA_EX,
	*PREAD_CAPACITY_DATA_EX;
typedef struct _READ_CAPACITY16_DATA {
	LARGE_INTEGER LogicalBlockAddress; ULONG BytesPerBlock; UCHAR ProtectionEnable : 1; UCHAR ProtectionType : 3;
	UCHAR RcBasis : 2; UCHAR Reserved : 2; UCHAR LogicalPerPhysicalExponent : 4; UCHAR ProtectionInfoExponent : 4;
	UCHAR LowestAlignedBlock_MSB : 6; UCHAR LBPRZ : 1; UCHAR LBPME : 1; UCHAR LowestAlignedBlock_LSB; UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

/* Mode parameter headers and pages */
#define MODE_SENSE_RETURN_ALL 0x3f
#define MODE_SENSE_CURRENT_VALUES 0x00
#define MODE_SENSE_CHANGEABLE_VALUES 0x40
#define MODE_SENSE_DEFAULT_VAULES 0x80
#define MODE_SENSE_SAVED_VALUES 0xc0
#define MODE_PAGE_VENDOR_SPECIFIC 0x00
#define MODE_PAGE_ERROR_RECOVERY 0x01
#define MODE_PAGE_DISCONNECT 0x02
#define MODE_PAGE_FORMAT_DEVICE 0x03
#define MODE_PAGE_MRW 0x03
#define MODE_PAGE_RIGID_GEOMETRY 0x04
#define MODE_PAGE_FLEXIBILE 0x05
#define MODE_PAGE_WRITE_PARAMETERS 0x05
#define MODE_PAGE_VERIFY_ERROR 0x07
#define MODE_PAGE_CACHING 0x08
#define MODE_PAGE_PERIPHERAL 0x09
#define MODE_PAGE_CONTROL 0x0A
#define MODE_PAGE_MEDIUM_TYPES 0x0B
#define MODE_PAGE_NOTCH_PARTITION 0x0C
#define MODE_PAGE_CD_AUDIO_CONTROL 0x0E
#define MODE_PAGE_DATA_COMPRESS 0x0F
#define MODE_PAGE_DEVICE_CONFIG 0x10
#define MODE_PAGE_XOR_CONTROL 0x10
#define MODE_PAGE_MEDIUM_PARTITION 0x11
#define MODE_PAGE_ENCLOSURE_SERVICES_MANAGEMENT 0x14
#define MODE_PAGE_EXTENDED 0x15
#define MODE_PAGE_EXTENDED_DEVICE_SPECIFIC 0x16
#define MODE_PAGE_CDVD_FEATURE_SET 0x18
#define MODE_PAGE_PROTOCOL_SPECIFIC_LUN 0x18
#define MODE_PAGE_PROTOCOL_SPECIFIC_PORT 0x19
#define MODE_PAGE_POWER_CONDITION 0x1A
#define MODE_PAGE_LUN_MAPPING 0x1B
#define MODE_PAGE_FAULT_REPORTING 0x1C
#define MODE_PAGE_CDVD_INACTIVITY 0x1D
#define MODE_PAGE_ELEMENT_ADDRESS 0x1D
#define MODE_PAGE_TRANSPORT_GEOMETRY 0x1E
#define MODE_PAGE_DEVICE_CAPABILITIES 0x1F
#define MODE_PAGE_CAPABILITIES 0x2A
#define MODE_PAGE_ALL 0x3F
#define MODE_DSP_FUA_SUPPORTED 0x10
#define MODE_DSP_WRITE_PROTECT 0x80
#define MODE_FD_SECTOR_SIZE 0x01
#define MODE_FD_MAXIMUM_TYPE 0x02
#define MODE_BLOCK_DESC_LENGTH 8
#define MODE_HEADER_LENGTH 4
#define MODE_HEADER_LENGTH10 8
typedef struct _MODE_PARAMETER_HEADER {
	UCHAR ModeDataLength; UCHAR MediumType; UCHAR DeviceSpecificParameter; UCHAR BlockDescriptorLength;
} MODE_PARAMETER_HEADER, *PMODE_PARAMETER_HEADER;
typedef struct _MODE_PARAMETER_HEADER10 {
	UCHAR ModeDataLength[2]; UCHAR MediumType; UCHAR DeviceSpecificParameter; UCHAR Reserved[2];
	UCHAR BlockDescriptorLength[2];
} MODE_PARAMETER_HEADER10, *PMODE_PARAMETER_HEADER10;
typedef struct _MODE_PARAMETER_BLOCK {
	UCHAR DensityCode; UCHAR NumberOfBlocks[3]; UCHAR Reserved; UCHAR BlockLength[3];
} MODE_PARAMETER_BLOCK, *PMODE_PARAMETER_BLOCK;
typedef struct _MODE_DISCONNECT_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR BufferFullRatio;
	UCHAR BufferEmptyRatio; UCHAR BusInactivityLimit[2]; UCHAR BusDisconnectTime[2]; UCHAR BusConnectTime[2];
	UCHAR MaximumBurstSize[2]; UCHAR DataTransferDisconnect : 2; UCHAR Reserved2[3];
} MODE_DISCONNECT_PAGE, *PMODE_DISCONNECT_PAGE;
typedef struct _MODE_CACHING_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR ReadDisableCache : 1;
	UCHAR MultiplicationFactor : 1; UCHAR WriteCacheEnable : 1; UCHAR Reserved2 : 5; UCHAR WriteRetensionPriority : 4;
	UCHAR ReadRetensionPriority : 4; UCHAR DisablePrefetchTransfer[2]; UCHAR MinimumPrefetch[2]; UCHAR MaximumPrefetch[2];
	UCHAR MaximumPrefetchCeiling[2];
} MODE_CACHING_PAGE, *PMODE_CACHING_PAGE;
typedef struct _MODE_FLEXIBLE_DISK_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR TransferRate[2];
	UCHAR NumberOfHeads; UCHAR SectorsPerTrack; UCHAR BytesPerSector[2]; UCHAR NumberOfCylinders[2];
	UCHAR StartWritePrecom[2]; UCHAR StartReducedCurrent[2]; UCHAR StepRate[2]; UCHAR StepPluseWidth; UCHAR HeadSettleDelay[2];
	UCHAR MotorOnDelay; UCHAR MotorOffDelay; UCHAR Reserved2 : 5; UCHAR MotorOnAsserted : 1; UCHAR StartSectorNumber : 1;
	UCHAR TrueReadySignal : 1; UCHAR StepPlusePerCyclynder : 4; UCHAR Reserved3 : 4; UCHAR WriteCompenstation;
	UCHAR HeadLoadDelay; UCHAR HeadUnloadDelay; UCHAR Pin2Usage : 4; UCHAR Pin34Usage : 4; UCHAR Pin1Usage : 4;
	UCHAR Pin4Usage : 4; UCHAR MediumRotationRate[2]; UCHAR Reserved4[2];
} MODE_FLEXIBLE_DISK_PAGE, *PMODE_FLEXIBLE_DISK_PAGE;
typedef struct _MODE_FORMAT_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR TracksPerZone[2];
	UCHAR AlternateSectorsPerZone[2]; UCHAR AlternateTracksPerZone[2]; UCHAR AlternateTracksPerLogicalUnit[2];
	UCHAR SectorsPerTrack[2]; UCHAR BytesPerPhysicalSector[2]; UCHAR Interleave[2]; UCHAR TrackSkewFactor[2];
	UCHAR CylinderSkewFactor[2]; UCHAR Reserved2 : 4; UCHAR SurfaceFirst : 1; UCHAR RemovableMedia : 1;
	UCHAR HardSectorFormating : 1; UCHAR SoftSectorFormating : 1; UCHAR Reserved3[3];
} MODE_FORMAT_PAGE, *PMODE_FORMAT_PAGE;
typedef struct _MODE_RIGID_GEOMETRY_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR NumberOfCylinders[3];
	UCHAR NumberOfHeads; UCHAR StartWritePrecom[3]; UCHAR StartReducedCurrent[3]; UCHAR DriveStepRate[2];
	UCHAR LandZoneCyclinder[3]; UCHAR RotationalPositionLock : 2; UCHAR Reserved2 : 6; UCHAR RotationOffset;
	UCHAR Reserved3; UCHAR RoataionRate[2]; UCHAR Reserved4[2];
} MODE_RIGID_GEOMETRY_PAGE, *PMODE_RIGID_GEOMETRY_PAGE;
typedef struct _MODE_INFO_EXCEPTIONS {
	UCHAR PageCode : 6; UCHAR Reserved1 : 1; UCHAR PSBit : 1; UCHAR PageLength;
	union { UCHAR Flags; struct { UCHAR LogErr : 1; UCHAR Reserved2 : 1; UCHAR Test : 1; UCHAR Dexcpt : 1; UCHAR Reserved3 : 3;
		UCHAR Perf : 1; }; };
	UCHAR ReportMethod : 4; UCHAR Reserved4 : 4; UCHAR IntervalTimer[4]; UCHAR ReportCount[4];
} MODE_INFO_EXCEPTIONS, *PMODE_INFO_EXCEPTIONS;
typedef struct _MODE_CONTROL_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved : 1; UCHAR PageSavable : 1; UCHAR PageLength; UCHAR RLEC : 1; UCHAR GLTSD : 1;
	UCHAR D_SENSE : 1; UCHAR DPICZ : 1; UCHAR TMF_ONLY : 1; UCHAR TST : 3; UCHAR DQUE : 1; UCHAR QERR : 2; UCHAR NUAR : 1;
	UCHAR QueueAlgorithmModifier : 4; UCHAR EAERP : 1; UCHAR UAAERP : 1; UCHAR RAERP : 1; UCHAR SWP : 1; UCHAR UA_INTLCK_CTRL : 2;
	UCHAR RAC : 1; UCHAR VS : 1; UCHAR AutoloadMode : 3; UCHAR Reserved2 : 1; UCHAR RWWP : 1; UCHAR ATMPE : 1; UCHAR TAS : 1;
	UCHAR ATO : 1; UCHAR Reserved3[2]; UCHAR BusyTimeoutPeriod[2]; UCHAR ExtendedSelfTestCompletionTime[2];
} MODE_CONTROL_PAGE, *PMODE_CONTROL_PAGE;
typedef struct _MODE_READ_RECOVERY_PAGE {
	UCHAR PageCode : 6; UCHAR Reserved1 : 1; UCHAR PSBit : 1; UCHAR PageLength; UCHAR DCRBit : 1; UCHAR DTEBit : 1;
	UCHAR PERBit : 1; UCHAR Reserved2 : 1; UCHAR RCBit : 1; UCHAR TBBit : 1; UCHAR Reserved3 : 2; UCHAR ReadRetryCount;
	UCHAR Reserved4[4];
} MODE_READ_RECOVERY_PAGE, *PMODE_READ_RECOVERY_PAGE;

/* Log pages */
#define LOG_PAGE_CODE_SUPPORTED_LOG_PAGES 0x00
#define LOG_PAGE_CODE_WRITE_ERROR_COUNTERS 0x02
#define LOG_PAGE_CODE_READ_ERROR_COUNTERS 0x03
#define LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING 0x0C
#define LOG_PAGE_CODE_TEMPERATURE 0x0D
#define LOG_PAGE_CODE_STARTSTOP_CYCLE_COUNTER 0x0E
#define LOG_PAGE_CODE_SELF_TEST_RESULTS 0x10
#define LOG_PAGE_CODE_SOLID_STATE_MEDIA 0x11
#define LOG_PAGE_CODE_INFORMATIONAL_EXCEPTIONS 0x2F
#define LOG_PAGE_LBP_PARAMETER_CODE_AVAILABLE 0x0001
#define LOG_PAGE_LBP_PARAMETER_CODE_USED 0x0002
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_REPORTED 0x00
#define LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN 0x01
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_DEDICATED_TO_LUN 0x02
typedef struct _LOG_PARAMETER_HEADER {
	UCHAR ParameterCode[2];
	union { struct { UCHAR FormatAndLinking : 2; UCHAR TMC : 2; UCHAR ETC : 1; UCHAR TSD : 1; UCHAR Obsolete : 1;
		UCHAR DU : 1; }; UCHAR ControlByte; };
	UCHAR ParameterLength;
} LOG_PARAMETER_HEADER, *PLOG_PARAMETER_HEADER;
typedef struct _LOG_PARAMETER { LOG_PARAMETER_HEADER Header; union { UCHAR Value[0]; }; } LOG_PARAMETER, *PLOG_PARAMETER;
typedef struct _LOG_PAGE {
	UCHAR PageCode : 6; UCHAR SPF : 1; UCHAR DS : 1; UCHAR SubPageCode; UCHAR PageLength[2]; UCHAR Parameters[0];
} LOG_PAGE, *PLOG_PAGE;
typedef struct _LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT {
	LOG_PARAMETER_HEADER Header; UCHAR ResourceCount[4]; UCHAR Scope : 2; UCHAR Reserved0 : 6; UCHAR Reserved1[3];
} LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT, *PLOG_PARAMETER_THRESHOLD_RESOURCE_COUNT;
typedef struct _LOG_PAGE_LOGICAL_BLOCK_PROVISIONING {
	UCHAR PageCode : 6; UCHAR SPF : 1; UCHAR DS : 1; UCHAR SubPageCode; UCHAR PageLength[2]; UCHAR Parameters[0];
} LOG_PAGE_LOGICAL_BLOCK_PROVISIONING, *PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING;

/* GET EVENT STATUS NOTIFICATION */
#define NOTIFICATION_OPERATIONAL_CHANGE_CLASS_MASK 0x02
#define NOTIFICATION_POWER_MANAGEMENT_CLASS_MASK 0x04
#define NOTIFICATION_EXTERNAL_REQUEST_CLASS_MASK 0x08
#define NOTIFICATION_MEDIA_STATUS_CLASS_MASK 0x10
#define NOTIFICATION_MULTI_HOST_CLASS_MASK 0x20
#define NOTIFICATION_DEVICE_BUSY_CLASS_MASK 0x40
#define NOTIFICATION_NO_CLASS_EVENTS 0x0
#define NOTIFICATION_OPERATIONAL_CHANGE_CLASS_EVENTS 0x1
#define NOTIFICATION_POWER_MANAGEMENT_CLASS_EVENTS 0x2
#define NOTIFICATION_EXTERNAL_REQUEST_CLASS_EVENTS 0x3
#define NOTIFICATION_MEDIA_STATUS_CLASS_EVENTS 0x4
#define NOTIFICATION_MULTI_HOST_CLASS_EVENTS 0x5
#define NOTIFICATION_DEVICE_BUSY_CLASS_EVENTS 0x6
#define NOTIFICATION_OPERATIONAL_EVENT_NO_CHANGE 0x0
#define NOTIFICATION_OPERATIONAL_EVENT_CHANGE_REQUESTED 0x1
#define NOTIFICATION_OPERATIONAL_EVENT_CHANGE_OCCURRED 0x2
#define NOTIFICATION_OPERATIONAL_STATUS_AVAILABLE 0x0
#define NOTIFICATION_OPERATIONAL_STATUS_TEMPORARY_BUSY 0x1
#define NOTIFICATION_OPERATIONAL_STATUS_EXTENDED_BUSY 0x2
#define NOTIFICATION_OPERATIONAL_OPCODE_NONE 0x0
#define NOTIFICATION_OPERATIONAL_OPCODE_FEATURE_CHANGE 0x1
#define NOTIFICATION_OPERATIONAL_OPCODE_FEATURE_ADDED 0x2
#define NOTIFICATION_OPERATIONAL_OPCODE_UNIT_RESET 0x3
#define NOTIFICATION_OPERATIONAL_OPCODE_FIRMWARE_CHANGED 0x4
#define NOTIFICATION_OPERATIONAL_OPCODE_INQUIRY_CHANGED 0x5
#define NOTIFICATION_EXTERNAL_EVENT_NO_CHANGE 0x0
#define NOTIFICATION_EXTERNAL_EVENT_BUTTON_DOWN 0x1
#define NOTIFICATION_EXTERNAL_EVENT_BUTTON_UP 0x2
#define NOTIFICATION_EXTERNAL_EVENT_EXTERNAL 0x3
#define NOTIFICATION_MEDIA_EVENT_NO_CHANGE 0x0
#define NOTIFICATION_MEDIA_EVENT_EJECT_REQUEST 0x1
#define NOTIFICATION_MEDIA_EVENT_NEW_MEDIA 0x2
#define NOTIFICATION_MEDIA_EVENT_MEDIA_REMOVAL 0x3
#define NOTIFICATION_MEDIA_EVENT_MEDIA_CHANGE 0x4
#define NOTIFICATION_BUSY_EVENT_NO_EVENT 0x0
#define NOTIFICATION_BUSY_EVENT_BUSY 0x1
#define NOTIFICATION_BUSY_STATUS_NO_EVENT 0x0
typedef struct _NOTIFICATION_EVENT_STATUS_HEADER {
	UCHAR EventDataLength[2]; UCHAR NotificationClass : 3; UCHAR Reserved : 4; UCHAR NEA : 1; UCHAR SupportedEventClasses;
	UCHAR ClassEventData[0];
} NOTIFICATION_EVENT_STATUS_HEADER, *PNOTIFICATION_EVENT_STATUS_HEADER;
typedef struct _NOTIFICATION_OPERATIONAL_STATUS {
	UCHAR OperationalEvent : 4; UCHAR Reserved1 : 4; UCHAR OperationalStatus : 4; UCHAR Reserved2 : 3;
	UCHAR PersistentPrevented : 1; UCHAR Operation[2];
} NOTIFICATION_OPERATIONAL_STATUS, *PNOTIFICATION_OPERATIONAL_STATUS;
typedef struct _NOTIFICATION_EXTERNAL_STATUS {
	UCHAR ExternalEvent : 4; UCHAR Reserved1 : 4; UCHAR ExternalStatus : 4; UCHAR Reserved2 : 3; UCHAR PersistentPrevented : 1;
	UCHAR Request[2];
} NOTIFICATION_EXTERNAL_STATUS, *PNOTIFICATION_EXTERNAL_STATUS;
typedef struct _NOTIFICATION_MEDIA_STATUS {
	UCHAR MediaEvent : 4; UCHAR Reserved : 4;
	union { UCHAR PowerStatus; UCHAR MediaStatus; struct { UCHAR DoorTrayOpen : 1; UCHAR MediaPresent : 1; UCHAR ReservedX : 6; }; };
	UCHAR StartSlot; UCHAR EndSlot;
} NOTIFICATION_MEDIA_STATUS, *PNOTIFICATION_MEDIA_STATUS;
typedef struct _NOTIFICATION_BUSY_STATUS {
	UCHAR DeviceBusyEvent : 4; UCHAR Reserved : 4; UCHAR DeviceBusyStatus; UCHAR Time[2];
} NOTIFICATION_BUSY_STATUS, *PNOTIFICATION_BUSY_STATUS;

/* Persistent reservations */
#define RESERVATION_ACTION_READ_KEYS 0x00
#define RESERVATION_ACTION_READ_RESERVATIONS 0x01
#define RESERVATION_ACTION_REGISTER 0x00
#define RESERVATION_ACTION_RESERVE 0x01
#define RESERVATION_ACTION_RELEASE 0x02
#define RESERVATION_ACTION_CLEAR 0x03
#define RESERVATION_ACTION_PREEMPT 0x04
#define RESERVATION_ACTION_PREEMPT_ABORT 0x05
#define RESERVATION_ACTION_REGISTER_IGNORE_EXISTING 0x06
#define RESERVATION_SCOPE_LU 0x00
#define RESERVATION_SCOPE_ELEMENT 0x02
#define RESERVATION_TYPE_WRITE_EXCLUSIVE 0x01
#define RESERVATION_TYPE_EXCLUSIVE 0x03
#define RESERVATION_TYPE_WRITE_EXCLUSIVE_REGISTRANTS 0x05
#define RESERVATION_TYPE_EXCLUSIVE_REGISTRANTS 0x06
typedef struct { UCHAR Generation[4]; UCHAR AdditionalLength[4]; UCHAR ReservationKeyList[0][8]; } PRI_REGISTRATION_LIST,
	*PPRI_REGISTRATION_LIST;
typedef struct { UCHAR ReservationKey[8]; UCHAR ScopeSpecificAddress[4]; UCHAR Reserved; UCHAR Type : 4; UCHAR Scope : 4;
	UCHAR Obsolete[2]; } PRI_RESERVATION_DESCRIPTOR, *PPRI_RESERVATION_DESCRIPTOR;
typedef struct { UCHAR Generation[4]; UCHAR AdditionalLength[4]; PRI_RESERVATION_DESCRIPTOR Reservations[0]; }
	PRI_RESERVATION_LIST, *PPRI_RESERVATION_LIST;
typedef struct { UCHAR ReservationKey[8]; UCHAR ServiceActionReservationKey[8]; UCHAR ScopeSpecificAddress[4];
	UCHAR ActivatePersistThroughPowerLoss : 1; UCHAR Reserved1 : 7; UCHAR Reserved2; UCHAR Obsolete[2]; }
	PRO_PARAMETER_LIST, *PPRO_PARAMETER_LIST;

/* Offload data transfer (token) structures */
#define BLOCK_DEVICE_TOKEN_SIZE 512
#define OPERATION_COMPLETED_WITH_SUCCESS 0x03
#define OPERATION_COMPLETED_WITH_ERROR 0x04
#define OPERATION_COMPLETED_WITH_RESIDUAL_DATA 0x05
#define OPERATION_TERMINATED 0x16
#define TRANSFER_COUNT_UNITS_BYTES 0
#define TRANSFER_COUNT_UNITS_KIBIBYTES 1
#define TRANSFER_COUNT_UNITS_MEBIBYTES 2
#define TRANSFER_COUNT_UNITS_GIBIBYTES 3
#define TRANSFER_COUNT_UNITS_TEBIBYTES 4
#define TRANSFER_COUNT_UNITS_PEBIBYTES 5
#define TRANSFER_COUNT_UNITS_EXBIBYTES 6
#define TRANSFER_COUNT_UNITS_NUMBER_BLOCKS 0xF1
typedef struct _BLOCK_DEVICE_RANGE_DESCRIPTOR {
	UCHAR LogicalBlockAddress[8]; UCHAR TransferLength[4]; UCHAR Reserved[4];
} BLOCK_DEVICE_RANGE_DESCRIPTOR, *PBLOCK_DEVICE_RANGE_DESCRIPTOR;
typedef struct _BLOCK_DEVICE_TOKEN_DESCRIPTOR { UCHAR TokenType[4]; UCHAR Reserved1[2]; UCHAR TokenIdentifier[2];
	UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE - 8]; } BLOCK_DEVICE_TOKEN_DESCRIPTOR, *PBLOCK_DEVICE_TOKEN_DESCRIPTOR;
typedef struct _POPULATE_TOKEN_HEADER {
	UCHAR PopulateTokenDataLength[2]; UCHAR Immediate : 1; UCHAR Reserved1 : 7; UCHAR Reserved2; UCHAR InactivityTimeout[4];
	UCHAR RodType[4]; UCHAR Reserved3[2]; UCHAR BlockDeviceRangeDescriptorListLength[2];
	BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[0];
} POPULATE_TOKEN_HEADER, *PPOPULATE_TOKEN_HEADER;
typedef struct _WRITE_USING_TOKEN_HEADER {
	UCHAR WriteUsingTokenDataLength[2]; UCHAR Immediate : 1; UCHAR Reserved1 : 7; UCHAR Reserved2[5];
	UCHAR BlockOffsetIntoToken[8]; UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE]; UCHAR Reserved3[6];
	UCHAR BlockDeviceRangeDescriptorListLength[2]; BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[0];
} WRITE_USING_TOKEN_HEADER, *PWRITE_USING_TOKEN_HEADER;
typedef struct _RECEIVE_TOKEN_INFORMATION_HEADER {
	UCHAR AvailableData[4]; UCHAR ResponseToServiceAction : 5; UCHAR Reserved1 : 3; UCHAR OperationStatus : 7;
	UCHAR Reserved2 : 1; UCHAR OperationCounter[2]; UCHAR EstimatedStatusUpdateDelay[4]; UCHAR CompletionStatus;
	UCHAR SenseDataFieldLength; UCHAR SenseDataLength; UCHAR TransferCountUnits; UCHAR TransferCount[8];
	UCHAR SegmentsProcessed[2]; UCHAR Reserved3[6]; UCHAR SenseData[0];
} RECEIVE_TOKEN_INFORMATION_HEADER, *PRECEIVE_TOKEN_INFORMATION_HEADER;
typedef struct _RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER {
	UCHAR TokenDescriptorsLength[4]; UCHAR TokenDescriptor[0];
} RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER, *PRECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER;

/* UNMAP and GET LBA STATUS */
typedef struct _UNMAP_BLOCK_DESCRIPTOR { UCHAR StartingLba[8]; UCHAR LbaCount[4]; UCHAR Reserved[4]; }
	UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;
typedef struct _UNMAP_LIST_HEADER {
	UCHAR DataLength[2]; UCHAR BlockDescrDataLength[2]; UCHAR Reserved[4]; UNMAP_BLOCK_DESCRIPTOR Descriptors[0];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;
#define LBA_STATUS_MAPPED 0x0
#define LBA_STATUS_DEALLOCATED 0x1
#define LBA_STATUS_ANCHORED 0x2
typedef struct _LBA_STATUS_DESCRIPTOR {
	ULONG64 StartingLBA; ULONG LogicalBlockCount; UCHAR ProvisioningStatus : 4; UCHAR Reserved1 : 4; UCHAR Reserved2[3];
} LBA_STATUS_DESCRIPTOR, *PLBA_STATUS_DESCRIPTOR;
typedef struct _LBA_STATUS_LIST_HEADER { ULONG ParameterLength; ULONG Reserved; LBA_STATUS_DESCRIPTOR Descriptors[0]; }
	LBA_STATUS_LIST_HEADER, *PLBA_STATUS_LIST_HEADER;

#pragma pack(pop)

/* Byte-order helpers: reverse a 2-, 4- or 8-byte quantity between buffers (brace blocks, as callers
   sometimes omit the semicolon) */
#define REVERSE_BYTES_SHORT(Destination, Source) { \
	PUCHAR _d = (PUCHAR)(Destination), _s = (PUCHAR)(Source); _d[0] = _s[1]; _d[1] = _s[0]; }
#define REVERSE_BYTES(Destination, Source) { \
	PUCHAR _d = (PUCHAR)(Destination), _s = (PUCHAR)(Source); \
	_d[0] = _s[3]; _d[1] = _s[2]; _d[2] = _s[1]; _d[3] = _s[0]; }
#define REVERSE_BYTES_8(Destination, Source) { \
	PUCHAR _d = (PUCHAR)(Destination), _s = (PUCHAR)(Source); \
	_d[0] = _s[7]; _d[1] = _s[6]; _d[2] = _s[5]; _d[3] = _s[4]; _d[4] = _s[3]; _d[5] = _s[2]; _d[6] = _s[1]; _d[7] = _s[0]; }
#define REVERSE_BYTES_QUAD REVERSE_BYTES_8
#define REVERSE_SHORT(Short) ((USHORT)((((USHORT)(Short) & 0xFF) << 8) | (((USHORT)(Short) >> 8) & 0xFF)))
#define REVERSE_LONG(Long) ((ULONG)((((ULONG)(Long) & 0xFF) << 24) | (((ULONG)(Long) & 0xFF00) << 8) | \
	(((ULONG)(Long) >> 8) & 0xFF00) | (((ULONG)(Long) >> 24) & 0xFF)))
#define WHICH_BIT(Data, Bit) { for ((Bit) = 0; (Bit) < 32; (Bit)++) { if (((Data) >> (Bit)) == 1) break; } }

#endif /* _DL_SCSI_H_ */
