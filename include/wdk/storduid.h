/*
 * storduid.h - model of the storage device unique identifier (DUID): the
 * STORAGE_DEVICE_UNIQUE_IDENTIFIER a class driver builds from its device,
 * id and layout descriptors.
 */
#pragma once
#ifndef _DL_STORDUID_H_
#define _DL_STORDUID_H_

#include <ntddstor.h>

typedef enum _DUID_MATCH_STATUS { DuidExactMatch = 0, DuidSubIdMatch, DuidNoMatch, DuidErrorGeneral = 100,
	DuidErrorMissingDuid, DuidErrorVersionMismatch, DuidErrorInvalidDuid, DuidErrorInvalidDeviceIdDescSize,
	DuidErrorInvalidDeviceDescSize, DuidErrorInvalidLayoutSigSize, DuidErrorInvalidLayoutSigVersion, DuidErrorMaximum }
	DUID_MATCH_STATUS;
#define DUID_VERSION_1 1
#define DUID_HARDWARE_IDS_ONLY 0
#define DUID_INCLUDE_SOFTWARE_IDS 1
#define DUID_MATCH_ERROR(_duid_status) ((_duid_status) >= DuidErrorGeneral ? TRUE : FALSE)
#define DUID_MATCH_SUCCESS(_duid_status) ((_duid_status) < DuidErrorGeneral ? TRUE : FALSE)
typedef struct _STORAGE_DEVICE_UNIQUE_IDENTIFIER {
	ULONG Version; ULONG Size; ULONG StorageDeviceIdOffset; ULONG StorageDeviceOffset; ULONG DriveLayoutSignatureOffset;
} STORAGE_DEVICE_UNIQUE_IDENTIFIER, *PSTORAGE_DEVICE_UNIQUE_IDENTIFIER;
DUID_MATCH_STATUS CompareStorageDuids(_In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid1,
	_In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid2);

#endif /* _DL_STORDUID_H_ */
