/*
 * A filter that keeps a name cache in paged pool. Touching paged memory with
 * a spin lock held is reported; the same memory guarded by a fast mutex
 * (APC_LEVEL) is fine, and so is nonpaged memory under the spin lock.
 */
#include <ntddk.h>

#define CACHE_TAG 'hcaC'
#define CACHE_ENTRIES 32

typedef struct _NAME_CACHE {
    FAST_MUTEX CacheMutex;
    KSPIN_LOCK StatsLock;
    PWCHAR Names;              /* paged pool: only under CacheMutex */
    PULONG HitCounts;          /* nonpaged pool: under StatsLock */
    ULONG Lookups;
} NAME_CACHE, *PNAME_CACHE;

#pragma data_seg("PAGEDATA")
ULONG CacheDefaults[CACHE_ENTRIES] = { 1 };
#pragma data_seg()

NTSTATUS CacheInitialize(PNAME_CACHE Cache);
VOID CacheRecordHit(PNAME_CACHE Cache, ULONG Slot);
VOID CacheReset(PNAME_CACHE Cache);
VOID CacheRename(PNAME_CACHE Cache, ULONG Slot, WCHAR First);

NTSTATUS CacheInitialize(PNAME_CACHE Cache)
{
    ExInitializeFastMutex(&Cache->CacheMutex);
    KeInitializeSpinLock(&Cache->StatsLock);
    Cache->Names = ExAllocatePoolWithTag(PagedPool, CACHE_ENTRIES * 64 * sizeof(WCHAR), CACHE_TAG);
    Cache->HitCounts = ExAllocatePoolWithTag(NonPagedPoolNx, CACHE_ENTRIES * sizeof(ULONG), CACHE_TAG);
    if (Cache->Names == NULL || Cache->HitCounts == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Cache->HitCounts, CACHE_ENTRIES * sizeof(ULONG));
    return STATUS_SUCCESS;
}

VOID CacheRecordHit(PNAME_CACHE Cache, ULONG Slot)
{
    KIRQL oldIrql;
    PVOID scratch;
    PULONG history;

    KeAcquireSpinLock(&Cache->StatsLock, &oldIrql);
    Cache->Lookups++;
    Cache->HitCounts[Slot % CACHE_ENTRIES]++;
    if (Cache->Names[Slot * 64] == L'\0') {                                     /* expect: pageable-at-raised-irql */
        Cache->HitCounts[Slot % CACHE_ENTRIES] = CacheDefaults[Slot % CACHE_ENTRIES];   /* expect: pageable-at-raised-irql */
    }
    scratch = ExAllocatePoolWithTag(PagedPool, 256, CACHE_TAG);                 /* expect: pageable-at-raised-irql */
    history = ExAllocatePool2(POOL_FLAG_NON_PAGED, 256, CACHE_TAG);
    KeReleaseSpinLock(&Cache->StatsLock, oldIrql);
    if (scratch != NULL) {
        ExFreePoolWithTag(scratch, CACHE_TAG);
    }
    if (history != NULL) {
        ExFreePoolWithTag(history, CACHE_TAG);
    }
}

/* Allocated from paged pool at PASSIVE_LEVEL, then written under the lock. */
VOID CacheReset(PNAME_CACHE Cache)
{
    KIRQL oldIrql;
    PWCHAR snapshot = ExAllocatePool2(POOL_FLAG_PAGED, 64 * sizeof(WCHAR), CACHE_TAG);

    if (snapshot == NULL) {
        return;
    }
    KeAcquireSpinLock(&Cache->StatsLock, &oldIrql);
    Cache->Lookups = 0;
    RtlCopyMemory(snapshot, Cache->HitCounts, 32);                               /* expect: pageable-at-raised-irql */
    ExFreePoolWithTag(snapshot, CACHE_TAG);                                      /* expect: pageable-at-raised-irql */
    KeReleaseSpinLock(&Cache->StatsLock, oldIrql);
}

/* The fast mutex raises to APC_LEVEL only: paged memory is fine. */
VOID CacheRename(PNAME_CACHE Cache, ULONG Slot, WCHAR First)
{
    PWCHAR name;

    ExAcquireFastMutex(&Cache->CacheMutex);
    name = Cache->Names + Slot * 64;
    name[0] = First;
    CacheDefaults[Slot % CACHE_ENTRIES] = 0;
    ExReleaseFastMutex(&Cache->CacheMutex);
}
