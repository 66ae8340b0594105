/*
 * Power-management code placed in the PAGE section with #pragma code_seg.
 * Pageable functions may call each other; they must not raise the IRQL
 * themselves, directly or through an inline helper compiled into them.
 */
#include <ntddk.h>

typedef struct _POWER_CONTEXT {
    KSPIN_LOCK StateLock;
    KIRQL StateIrql;
    DEVICE_POWER_STATE DeviceState;
    ULONG IdleCount;
    UNICODE_STRING SettingsKey;
} POWER_CONTEXT, *PPOWER_CONTEXT;

/* Inline helpers: their code lands in whatever section calls them. */
FORCEINLINE VOID LockPowerState(PPOWER_CONTEXT Ctx, PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Ctx->StateLock, OldIrql);
}

FORCEINLINE VOID UnlockPowerState(PPOWER_CONTEXT Ctx, KIRQL OldIrql)
{
    KeReleaseSpinLock(&Ctx->StateLock, OldIrql);
}

FORCEINLINE VOID BumpIdleCount(PPOWER_CONTEXT Ctx)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ctx->StateLock, &oldIrql);
    Ctx->IdleCount++;
    KeReleaseSpinLock(&Ctx->StateLock, oldIrql);
}

/* Out-of-line wrappers that return with the lock held / release it. */
VOID AcquireStateLock(PPOWER_CONTEXT Ctx)
{
    KeAcquireSpinLock(&Ctx->StateLock, &Ctx->StateIrql);
}

VOID ReleaseStateLock(PPOWER_CONTEXT Ctx)
{
    KeReleaseSpinLock(&Ctx->StateLock, Ctx->StateIrql);
}

/* Nonpaged: the inline helper is fine here. */
VOID PowerCountIdle(PPOWER_CONTEXT Ctx)
{
    KIRQL oldIrql;

    LockPowerState(Ctx, &oldIrql);
    Ctx->IdleCount++;
    UnlockPowerState(Ctx, oldIrql);
    BumpIdleCount(Ctx);
}

#pragma code_seg("PAGE")

NTSTATUS PowerReadSettings(PPOWER_CONTEXT Ctx)
{
    OBJECT_ATTRIBUTES attributes;
    HANDLE key;
    NTSTATUS status;

    PAGED_CODE();
    InitializeObjectAttributes(&attributes, &Ctx->SettingsKey, OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (NT_SUCCESS(status)) {
        ZwClose(key);
    }
    return status;
}

/* Pageable calling pageable at PASSIVE_LEVEL: fine. */
NTSTATUS PowerSetD0(PPOWER_CONTEXT Ctx)
{
    KIRQL oldIrql;
    NTSTATUS status;

    status = PowerReadSettings(Ctx);
    KeAcquireSpinLock(&Ctx->StateLock, &oldIrql);                     /* expect: pageable-at-raised-irql */
    Ctx->DeviceState = PowerDeviceD0;
    KeReleaseSpinLock(&Ctx->StateLock, oldIrql);
    return status;
}

NTSTATUS PowerSetD3(PPOWER_CONTEXT Ctx)
{
    KIRQL oldIrql;

    LockPowerState(Ctx, &oldIrql);                                    /* expect: pageable-at-raised-irql */
    Ctx->DeviceState = PowerDeviceD3;
    UnlockPowerState(Ctx, oldIrql);
    return PowerReadSettings(Ctx);
}

NTSTATUS PowerQueryIdle(PPOWER_CONTEXT Ctx)
{
    NTSTATUS status;

    AcquireStateLock(Ctx);                                            /* expect: pageable-at-raised-irql */
    status = Ctx->IdleCount ? PowerReadSettings(Ctx) : STATUS_SUCCESS;   /* expect: pageable-at-raised-irql */
    ReleaseStateLock(Ctx);
    return PowerReadSettings(Ctx);
}

VOID PowerResetIdle(PPOWER_CONTEXT Ctx)
{
    PAGED_CODE();
    BumpIdleCount(Ctx);                                               /* expect: pageable-at-raised-irql */
    PowerReadSettings(Ctx);
}

#pragma code_seg()

/* Nonpaged again: the wrapper's lock is released before the pageable call. */
VOID PowerRefresh(PPOWER_CONTEXT Ctx)
{
    AcquireStateLock(Ctx);
    Ctx->IdleCount = 0;
    ReleaseStateLock(Ctx);
    PowerReadSettings(Ctx);
}
