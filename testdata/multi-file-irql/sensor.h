/* A sensor driver split over three files: shared declarations. */
#pragma once
#include <ntddk.h>

#define SENSOR_TAG 'rsnS'
#define IOCTL_SENSOR_CALIBRATE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SENSOR_RESET     CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _SENSOR_NODE {
    struct _SENSOR_NODE *Left, *Right;
    ULONG Id;
} SENSOR_NODE, *PSENSOR_NODE;

typedef struct _SENSOR_EXTENSION {
    KSPIN_LOCK SampleLock;
    KDPC SampleDpc;
    KTIMER SampleTimer;
    ULONG Samples;
    LONG Calibration;
    PSENSOR_NODE Channels;
    UNICODE_STRING ParametersKey;
} SENSOR_EXTENSION, *PSENSOR_EXTENSION;

/* calibrate.c */
NTSTATUS SensorLoadCalibration(PSENSOR_EXTENSION Ext);
NTSTATUS SensorApplyDefaults(PSENSOR_EXTENSION Ext);
VOID SensorRefreshChannels(PSENSOR_EXTENSION Ext, PSENSOR_NODE Node);

/* timer.c */
KDEFERRED_ROUTINE SensorSampleDpc;
