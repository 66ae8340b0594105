/* The sampling DPC, registered by driver.c. */
#include "sensor.h"

VOID SensorSampleDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PSENSOR_EXTENSION ext = (PSENSOR_EXTENSION)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    KeAcquireSpinLockAtDpcLevel(&ext->SampleLock);
    ext->Samples++;
    KeReleaseSpinLockFromDpcLevel(&ext->SampleLock);
    if (ext->Samples % 1000 == 0) {
        SensorLoadCalibration(ext);                     /* expect: pageable-at-raised-irql */
    }
}
