/*
 * acpitabl.h - ACPI table layouts drivers read: the common description
 * header, generic addresses and a few tables, drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_ACPITABL_H
#define _DRVLINT_ACPITABL_H
#include <ntdef.h>

#define ACPI_MAX_SIGNATURE 4
#define ACPI_MAX_OEM_ID 6
#define ACPI_MAX_TABLE_ID 8
#define ACPI_MAX_CREATOR_ID 4
#define RSDT_SIGNATURE 0x54445352 /* "RSDT" */
#define XSDT_SIGNATURE 0x54445358 /* "XSDT" */
#define FADT_SIGNATURE 0x50434146 /* "FACP" */
#define APIC_SIGNATURE 0x43495041 /* "APIC" */
#define DSDT_SIGNATURE 0x54445344 /* "DSDT" */
#define SSDT_SIGNATURE 0x54445353 /* "SSDT" */
#define MCFG_SIGNATURE 0x4746434D /* "MCFG" */
#define CSRT_SIGNATURE 0x54525343 /* "CSRT" */
#define DBG2_SIGNATURE 0x32474244 /* "DBG2" */

#include <pshpack1.h>
typedef struct _DESCRIPTION_HEADER {
	ULONG Signature;
	ULONG Length;
	UCHAR Revision;
	UCHAR Checksum;
	CHAR OEMID[ACPI_MAX_OEM_ID];
	CHAR OEMTableID[ACPI_MAX_TABLE_ID];
	ULONG OEMRevision;
	CHAR CreatorID[ACPI_MAX_CREATOR_ID];
	ULONG CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;

typedef struct _GEN_ADDR {
	UCHAR AddressSpaceID;
	UCHAR BitWidth;
	UCHAR BitOffset;
	UCHAR AccessSize;
	PHYSICAL_ADDRESS Address;
} GEN_ADDR, *PGEN_ADDR;
#define AcpiGenericSpaceMemory 0
#define AcpiGenericSpaceIO 1
#define AcpiGenericSpacePciConfig 2
#define AcpiGenericSpaceFixedFunction 0x7F

typedef struct _RSDT { DESCRIPTION_HEADER Header; ULONG Tables[ANYSIZE_ARRAY]; } RSDT, *PRSDT;
typedef struct _XSDT { DESCRIPTION_HEADER Header; PHYSICAL_ADDRESS Tables[ANYSIZE_ARRAY]; } XSDT, *PXSDT;
typedef struct _MAPIC {
	DESCRIPTION_HEADER Header;
	ULONG LocalAPICAddress;
	ULONG Flags;
	ULONG APICTables[ANYSIZE_ARRAY];
} MAPIC, *PMAPIC;
typedef struct _MCFG_TABLE_ENTRY {
	ULONGLONG BaseAddress;
	USHORT SegmentNumber;
	UCHAR StartBusNumber;
	UCHAR EndBusNumber;
	ULONG Reserved;
} MCFG_TABLE_ENTRY, *PMCFG_TABLE_ENTRY;
typedef struct _MCFG_TABLE {
	DESCRIPTION_HEADER Header;
	ULONGLONG Reserved;
	MCFG_TABLE_ENTRY TableEntry[ANYSIZE_ARRAY];
} MCFG_TABLE, *PMCFG_TABLE;
#include <poppack.h>

#endif /* _DRVLINT_ACPITABL_H */
