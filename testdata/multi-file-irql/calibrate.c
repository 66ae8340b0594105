/* Calibration: registry work at PASSIVE_LEVEL. */
#include "sensor.h"

#pragma alloc_text(PAGE, SensorLoadCalibration)

NTSTATUS SensorLoadCalibration(PSENSOR_EXTENSION Ext)
{
    RTL_QUERY_REGISTRY_TABLE table[2];
    ULONG calibration = 0;
    NTSTATUS status;

    PAGED_CODE();
    RtlZeroMemory(table, sizeof(table));
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[0].Name = L"Calibration";
    table[0].EntryContext = &calibration;
    status = RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, Ext->ParametersKey.Buffer, table, NULL, NULL);
    if (NT_SUCCESS(status)) {
        Ext->Calibration = (LONG)calibration;
    }
    return status;
}

/* Not pageable itself, but it reaches pageable code. */
NTSTATUS SensorApplyDefaults(PSENSOR_EXTENSION Ext)
{
    Ext->Samples = 0;
    return SensorLoadCalibration(Ext);
}

/* Recursive over the channel tree; reloads the calibration at the leaves. */
VOID SensorRefreshChannels(PSENSOR_EXTENSION Ext, PSENSOR_NODE Node)
{
    if (Node == NULL) {
        return;
    }
    if (Node->Left == NULL && Node->Right == NULL) {
        SensorLoadCalibration(Ext);
        return;
    }
    SensorRefreshChannels(Ext, Node->Left);
    SensorRefreshChannels(Ext, Node->Right);
}
