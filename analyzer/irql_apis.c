/*
 * Kernel API knowledge of the IRQL domain: calls that take and release locks or
 * raise and lower the IRQL, and the APIs that must run below DISPATCH_LEVEL
 * (from the IRQL requirements of the WDK reference), some of them only with
 * certain arguments (a paged pool type, a wait with a timeout...).
 */
#include "irql_priv.h"
#include "drvlint/config.h"

#include <stdlib.h>
#include <string.h>

#define PASSIVE DL_IRQL_PASSIVE
#define APC DL_IRQL_APC
#define DISPATCH DL_IRQL_DISPATCH
#define DIRQL DL_IRQL_DIRQL

/* ---- Locks and raises ---- */

static const irql_lock_api lock_apis[] = {
	/* name, op, lock argument, key argument, level argument, level, kind, handle */
	{"ExAcquireFastMutex", IRQL_OP_ACQUIRE, 0, 0, -1, APC, "fast mutex", 0},
	{"ExAcquireSpinLock", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExAcquireSpinLockExclusive", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExAcquireSpinLockExclusiveAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExAcquireSpinLockShared", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExAcquireSpinLockSharedAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExReleaseFastMutex", IRQL_OP_RELEASE, 0, 0, -1, APC, "fast mutex", 0},
	{"ExReleaseSpinLock", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExReleaseSpinLockExclusive", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExReleaseSpinLockExclusiveFromDpcLevel", IRQL_OP_RELEASE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExReleaseSpinLockShared", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExReleaseSpinLockSharedFromDpcLevel", IRQL_OP_RELEASE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"ExTryToAcquireFastMutex", IRQL_OP_ACQUIRE, 0, 0, -1, APC, "fast mutex", 0},
	{"IoAcquireCancelSpinLock", IRQL_OP_ACQUIRE, -1, -1, -1, DISPATCH, "cancel spin lock", 0},
	{"IoReleaseCancelSpinLock", IRQL_OP_RELEASE, -1, -1, -1, DISPATCH, "cancel spin lock", 0},
	{"KeAcquireGuardedMutex", IRQL_OP_ACQUIRE, 0, 0, -1, APC, "guarded mutex", 0},
	{"KeAcquireInStackQueuedSpinLock", IRQL_OP_ACQUIRE, 0, 1, -1, DISPATCH, "queued spin lock", 0},
	{"KeAcquireInStackQueuedSpinLockAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 1, -1, DISPATCH, "queued spin lock", 0},
	{"KeAcquireInStackQueuedSpinLockForDpc", IRQL_OP_ACQUIRE, 0, 1, -1, DISPATCH, "queued spin lock", 0},
	{"KeAcquireInterruptSpinLock", IRQL_OP_ACQUIRE, 0, 0, -1, DIRQL, "interrupt spin lock", 1},
	{"KeAcquireQueuedSpinLock", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "queued spin lock", 1},
	{"KeAcquireSpinLock", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeAcquireSpinLockAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeAcquireSpinLockForDpc", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeAcquireSpinLockRaiseToDpc", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeLowerIrql", IRQL_OP_LOWER, -1, -1, 0, PASSIVE, NULL, 0},
	{"KeRaiseIrql", IRQL_OP_RAISE, -1, -1, 0, DISPATCH, NULL, 0},
	{"KeRaiseIrqlToDpcLevel", IRQL_OP_RAISE, -1, -1, -1, DISPATCH, NULL, 0},
	{"KeRaiseIrqlToSynchLevel", IRQL_OP_RAISE, -1, -1, -1, DIRQL, NULL, 0},
	{"KeReleaseGuardedMutex", IRQL_OP_RELEASE, 0, 0, -1, APC, "guarded mutex", 0},
	{"KeReleaseInStackQueuedSpinLock", IRQL_OP_RELEASE, -1, 0, -1, DISPATCH, "queued spin lock", 0},
	{"KeReleaseInStackQueuedSpinLockForDpc", IRQL_OP_RELEASE, -1, 0, -1, DISPATCH, "queued spin lock", 0},
	{"KeReleaseInStackQueuedSpinLockFromDpcLevel", IRQL_OP_RELEASE_AT_DPC, -1, 0, -1, DISPATCH, "queued spin lock", 0},
	{"KeReleaseInterruptSpinLock", IRQL_OP_RELEASE, 0, 0, -1, DIRQL, "interrupt spin lock", 1},
	{"KeReleaseQueuedSpinLock", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "queued spin lock", 1},
	{"KeReleaseSpinLock", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeReleaseSpinLockForDpc", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeReleaseSpinLockFromDpcLevel", IRQL_OP_RELEASE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KeTryToAcquireGuardedMutex", IRQL_OP_ACQUIRE, 0, 0, -1, APC, "guarded mutex", 0},
	{"KeTryToAcquireSpinLockAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KefAcquireSpinLockAtDpcLevel", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KefReleaseSpinLockFromDpcLevel", IRQL_OP_RELEASE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"KfLowerIrql", IRQL_OP_LOWER, -1, -1, 0, PASSIVE, NULL, 0},
	{"KfRaiseIrql", IRQL_OP_RAISE, -1, -1, 0, DISPATCH, NULL, 0},
	{"NdisAcquireSpinLock", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"NdisDprAcquireSpinLock", IRQL_OP_ACQUIRE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"NdisDprReleaseSpinLock", IRQL_OP_RELEASE_AT_DPC, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"NdisReleaseSpinLock", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 0},
	{"WdfInterruptAcquireLock", IRQL_OP_ACQUIRE, 0, 0, -1, DIRQL, "interrupt lock", 1},
	{"WdfInterruptReleaseLock", IRQL_OP_RELEASE, 0, 0, -1, DIRQL, "interrupt lock", 1},
	/* A spin lock unless the object's execution level is passive (irql.c). */
	{"WdfObjectAcquireLock", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "synchronization lock", 1},
	{"WdfObjectReleaseLock", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "synchronization lock", 1},
	{"WdfSpinLockAcquire", IRQL_OP_ACQUIRE, 0, 0, -1, DISPATCH, "spin lock", 1},
	{"WdfSpinLockRelease", IRQL_OP_RELEASE, 0, 0, -1, DISPATCH, "spin lock", 1},
};

static int cmp_lock_api(const void *key, const void *elem)
{
	return strcmp(key, ((const irql_lock_api *)elem)->name);
}

/*
 * The project's own lock and IRQL helpers (.drvlint.json "spinLocks",
 * "raiseIrql", "lowerIrql") as table entries. Made once per configuration;
 * the configuration is fixed for a run.
 */
typedef struct cfg_apis {
	const dl_config *cfg;
	irql_lock_api *items;
	size_t n, cap;
} cfg_apis;

static void cfg_add(cfg_apis *t, const char *name, irql_op op, int arg, dl_irql level, const char *kind)
{
	irql_lock_api *a;
	DL_GROW(t->items, t->cap, t->n + 1);
	a = &t->items[t->n++];
	a->name = name;
	a->op = op;
	a->lock_arg = a->key_arg = arg;
	a->level_arg = -1;
	a->level = level;
	a->kind = kind;
	a->handle = 1;   /* the project's lock argument names the lock as written */
}

static const irql_lock_api *config_lock_api(const char *name)
{
	static cfg_apis t;
	const dl_config *cfg = dl_active_config();
	size_t i;
	if (!cfg)
		return NULL;
	if (t.cfg != cfg) {
		t.n = 0;
		t.cfg = cfg;
		for (i = 0; i < cfg->nlocks; i++) {
			cfg_add(&t, cfg->locks[i].acquire, IRQL_OP_ACQUIRE, 0, DISPATCH, "spin lock");
			cfg_add(&t, cfg->locks[i].release, IRQL_OP_RELEASE, 0, DISPATCH, "spin lock");
		}
		for (i = 0; i < cfg->nfns[DL_CONFIG_RAISE_IRQL]; i++)
			cfg_add(&t, cfg->fns[DL_CONFIG_RAISE_IRQL][i].name, IRQL_OP_RAISE, -1,
				(dl_irql)cfg->fns[DL_CONFIG_RAISE_IRQL][i].level, NULL);
		for (i = 0; i < cfg->nfns[DL_CONFIG_LOWER_IRQL]; i++)
			cfg_add(&t, cfg->fns[DL_CONFIG_LOWER_IRQL][i].name, IRQL_OP_LOWER, -1, PASSIVE, NULL);
	}
	for (i = 0; i < t.n; i++)
		if (!strcmp(t.items[i].name, name))
			return &t.items[i];
	return NULL;
}

const irql_lock_api *irql_lock_api_find(const char *name)
{
	const irql_lock_api *api = bsearch(name, lock_apis, sizeof(lock_apis) / sizeof(lock_apis[0]),
					   sizeof(lock_apis[0]), cmp_lock_api);
	return api ? api : config_lock_api(name);
}

/* Routines run at raised IRQL by a call: the routine argument and its IRQL. */
static const struct sync_api {
	const char *name;
	int arg;
	dl_irql level;
} sync_apis[] = {
	{"KeSynchronizeExecution", 1, DIRQL},
	{"WdfInterruptSynchronize", 1, DIRQL},
};

int irql_sync_routine_arg(const char *name, dl_irql *level)
{
	size_t i;
	for (i = 0; i < sizeof(sync_apis) / sizeof(sync_apis[0]); i++)
		if (!strcmp(sync_apis[i].name, name)) {
			*level = sync_apis[i].level;
			return sync_apis[i].arg;
		}
	return -1;
}

/* ---- APIs that must run below DISPATCH_LEVEL ---- */

/*
 * Routines whose WDK reference requires IRQL = PASSIVE_LEVEL or <= APC_LEVEL
 * whatever their arguments. Left out: routines that may run at DISPATCH_LEVEL
 * when their data is resident (Rtl bitmaps, generic tables, RtlInitUnicodeString,
 * RtlAppendUnicodeStringToString...) and the non-formatting ntstrsafe routines,
 * which are inline code working on the caller's buffers. Sorted (bsearch).
 */
static const struct api_level {
	const char *name;
	dl_irql max;
} api_levels[] = {
	{"CcCoherencyFlushAndPurgeCache", PASSIVE},
	{"CcCopyRead", APC},
	{"CcCopyReadEx", APC},
	{"CcCopyWrite", APC},
	{"CcCopyWriteEx", APC},
	{"CcFastCopyRead", APC},
	{"CcIsThereDirtyDataEx", PASSIVE},
	{"CcMapData", APC},
	{"CcMdlReadComplete", PASSIVE},
	{"CcMdlWriteAbort", PASSIVE},
	{"CcMdlWriteComplete", PASSIVE},
	{"CcPinMappedData", PASSIVE},
	{"CcPinRead", APC},
	{"CcPrepareMdlWrite", APC},
	{"CcPreparePinWrite", PASSIVE},
	{"CcPurgeCacheSection", APC},
	{"CcScheduleReadAheadEx", APC},
	{"CcSetAdditionalCacheAttributes", APC},
	{"CcSetAdditionalCacheAttributesEx", APC},
	{"CcSetDirtyPinnedData", APC},
	{"CcUnpinData", PASSIVE},
	{"CcUnpinDataForThread", PASSIVE},
	{"CcZeroData", APC},
	{"CmCallbackGetKeyObjectID", APC},
	{"CmCallbackGetKeyObjectIDEx", APC},
	{"CmCallbackReleaseKeyObjectIDEx", APC},
	{"CmGetBoundTransaction", APC},
	{"CmGetCallbackVersion", APC},
	{"CmRegisterCallback", APC},
	{"CmRegisterCallbackEx", APC},
	{"CmSetCallbackObjectContext", APC},
	{"CmUnRegisterCallback", APC},
	{"ExAcquireFastMutex", APC},
	{"ExAcquireFastMutexUnsafe", APC},
	{"ExAcquireResourceExclusiveLite", APC},
	{"ExAcquireResourceSharedLite", APC},
	{"ExAcquireSharedStarveExclusive", APC},
	{"ExAcquireSharedWaitForExclusive", APC},
	{"ExAllocateCacheAwareRundownProtection", APC},
	{"ExAllocateFromPagedLookasideList", APC},
	{"ExConvertExclusiveToSharedLite", APC},
	{"ExCreateCallback", APC},
	{"ExDeletePagedLookasideList", APC},
	{"ExDeleteResourceLite", APC},
	{"ExEnterCriticalRegionAndAcquireResourceExclusive", APC},
	{"ExFreeCacheAwareRundownProtection", APC},
	{"ExFreeToPagedLookasideList", APC},
	{"ExGetFirmwareEnvironmentVariable", PASSIVE},
	{"ExGetFirmwareType", APC},
	{"ExInitializePagedLookasideList", APC},
	{"ExIsSoftBoot", APC},
	{"ExRaiseAccessViolation", PASSIVE},
	{"ExRaiseDatatypeMisalignment", PASSIVE},
	{"ExRaiseStatus", APC},
	{"ExRegisterCallback", APC},
	{"ExReleaseFastMutex", APC},
	{"ExReleaseFastMutexUnsafe", APC},
	{"ExReleaseResourceAndLeaveCriticalRegion", APC},
	{"ExSetFirmwareEnvironmentVariable", PASSIVE},
	{"ExSetTimerResolution", APC},
	{"ExTryToAcquireFastMutex", APC},
	{"ExUnregisterCallback", APC},
	{"ExUuidCreate", PASSIVE},
	{"ExWaitForRundownProtectionRelease", APC},
	{"FsRtlAcknowledgeEcp", APC},
	{"FsRtlAddLargeMcbEntry", APC},
	{"FsRtlAddToTunnelCache", APC},
	{"FsRtlAllocateAePushLock", APC},
	{"FsRtlAllocateExtraCreateParameter", APC},
	{"FsRtlAllocateExtraCreateParameterFromLookasideList", APC},
	{"FsRtlAllocateExtraCreateParameterList", APC},
	{"FsRtlAllocateFileLock", APC},
	{"FsRtlAreNamesEqual", PASSIVE},
	{"FsRtlAreThereCurrentOrInProgressFileLocks", APC},
	{"FsRtlAreThereWaitingFileLocks", APC},
	{"FsRtlAreVolumeStartupApplicationsComplete", APC},
	{"FsRtlBalanceReads", PASSIVE},
	{"FsRtlChangeBackingFileObject", PASSIVE},
	{"FsRtlCheckLockForOplockRequest", APC},
	{"FsRtlCheckLockForReadAccess", APC},
	{"FsRtlCheckLockForWriteAccess", APC},
	{"FsRtlCheckOplock", APC},
	{"FsRtlCheckOplockEx", APC},
	{"FsRtlCheckUpperOplock", APC},
	{"FsRtlCopyRead", PASSIVE},
	{"FsRtlCopyWrite", PASSIVE},
	{"FsRtlCreateSectionForDataScan", APC},
	{"FsRtlCurrentBatchOplock", APC},
	{"FsRtlCurrentOplock", APC},
	{"FsRtlCurrentOplockH", APC},
	{"FsRtlDeleteExtraCreateParameterLookasideList", APC},
	{"FsRtlDeleteKeyFromTunnelCache", APC},
	{"FsRtlDeleteTunnelCache", APC},
	{"FsRtlDeregisterUncProvider", PASSIVE},
	{"FsRtlDissectDbcs", APC},
	{"FsRtlDissectName", PASSIVE},
	{"FsRtlDoesDbcsContainWildCards", APC},
	{"FsRtlDoesNameContainWildCards", PASSIVE},
	{"FsRtlFastCheckLockForRead", APC},
	{"FsRtlFastCheckLockForWrite", APC},
	{"FsRtlFastLock", APC},
	{"FsRtlFastUnlockAll", APC},
	{"FsRtlFastUnlockAllByKey", APC},
	{"FsRtlFastUnlockSingle", APC},
	{"FsRtlFindExtraCreateParameter", APC},
	{"FsRtlFindInTunnelCache", APC},
	{"FsRtlFreeAePushLock", APC},
	{"FsRtlFreeExtraCreateParameter", APC},
	{"FsRtlFreeExtraCreateParameterList", APC},
	{"FsRtlFreeFileLock", APC},
	{"FsRtlGetEcpListFromIrp", APC},
	{"FsRtlGetFileSize", PASSIVE},
	{"FsRtlGetNextExtraCreateParameter", APC},
	{"FsRtlGetNextFileLock", APC},
	{"FsRtlGetNextLargeMcbEntry", APC},
	{"FsRtlGetPerStreamContextPointer", APC},
	{"FsRtlGetSectorSizeInformation", PASSIVE},
	{"FsRtlGetSupportedFeatures", APC},
	{"FsRtlIncrementCcFastMdlReadWait", APC},
	{"FsRtlInitExtraCreateParameterLookasideList", APC},
	{"FsRtlInitializeExtraCreateParameter", APC},
	{"FsRtlInitializeExtraCreateParameterList", APC},
	{"FsRtlInitializeFileLock", APC},
	{"FsRtlInitializeLargeMcb", APC},
	{"FsRtlInitializeOplock", APC},
	{"FsRtlInitializeTunnelCache", APC},
	{"FsRtlInsertExtraCreateParameter", APC},
	{"FsRtlInsertPerFileContext", APC},
	{"FsRtlInsertPerFileObjectContext", APC},
	{"FsRtlInsertPerStreamContext", APC},
	{"FsRtlIsAnsiCharacterLegalNtfsStream", APC},
	{"FsRtlIsDbcsInExpression", APC},
	{"FsRtlIsEcpAcknowledged", APC},
	{"FsRtlIsEcpFromUserMode", APC},
	{"FsRtlIsFatDbcsLegal", APC},
	{"FsRtlIsHpfsDbcsLegal", APC},
	{"FsRtlIsNameInExpression", PASSIVE},
	{"FsRtlIsNameInUnUpcasedExpression", PASSIVE},
	{"FsRtlIsPagingFile", APC},
	{"FsRtlIssueDeviceIoControl", APC},
	{"FsRtlLogCcFlushError", APC},
	{"FsRtlLookupLargeMcbEntry", APC},
	{"FsRtlLookupLastLargeMcbEntry", APC},
	{"FsRtlLookupLastLargeMcbEntryAndIndex", APC},
	{"FsRtlLookupPerFileContext", APC},
	{"FsRtlLookupPerFileObjectContext", APC},
	{"FsRtlLookupPerStreamContext", APC},
	{"FsRtlMdlReadCompleteDev", PASSIVE},
	{"FsRtlMdlReadDev", APC},
	{"FsRtlMdlReadEx", PASSIVE},
	{"FsRtlMdlWriteCompleteDev", PASSIVE},
	{"FsRtlMupGetProviderIdFromName", APC},
	{"FsRtlMupGetProviderInfoFromFileObject", APC},
	{"FsRtlNotifyCleanup", APC},
	{"FsRtlNotifyCleanupAll", APC},
	{"FsRtlNotifyFullChangeDirectory", PASSIVE},
	{"FsRtlNotifyFullReportChange", PASSIVE},
	{"FsRtlNotifyInitializeSync", APC},
	{"FsRtlNotifyUninitializeSync", APC},
	{"FsRtlNotifyVolumeEvent", APC},
	{"FsRtlNumberOfRunsInLargeMcb", APC},
	{"FsRtlOplockBreakH", APC},
	{"FsRtlOplockBreakToNoneEx", APC},
	{"FsRtlOplockFsctrl", APC},
	{"FsRtlOplockFsctrlEx", APC},
	{"FsRtlOplockIsFastIoPossible", APC},
	{"FsRtlOplockIsSharedRequest", APC},
	{"FsRtlOplockKeysEqual", APC},
	{"FsRtlPrepareMdlWriteDev", APC},
	{"FsRtlPrepareMdlWriteEx", PASSIVE},
	{"FsRtlPrepareToReuseEcp", APC},
	{"FsRtlProcessFileLock", APC},
	{"FsRtlQueryCachedVdl", PASSIVE},
	{"FsRtlRegisterFileSystemFilterCallbacks", PASSIVE},
	{"FsRtlRegisterUncProvider", PASSIVE},
	{"FsRtlRegisterUncProviderEx", PASSIVE},
	{"FsRtlRemoveDotsFromPath", PASSIVE},
	{"FsRtlRemoveExtraCreateParameter", APC},
	{"FsRtlRemoveLargeMcbEntry", APC},
	{"FsRtlRemovePerFileContext", APC},
	{"FsRtlRemovePerFileObjectContext", APC},
	{"FsRtlRemovePerStreamContext", APC},
	{"FsRtlResetLargeMcb", APC},
	{"FsRtlSetEcpListIntoIrp", APC},
	{"FsRtlSetupAdvancedHeader", APC},
	{"FsRtlSetupAdvancedHeaderEx", PASSIVE},
	{"FsRtlSplitLargeMcb", APC},
	{"FsRtlTeardownPerFileContexts", APC},
	{"FsRtlTeardownPerStreamContexts", APC},
	{"FsRtlTruncateLargeMcb", APC},
	{"FsRtlUninitializeFileLock", APC},
	{"FsRtlUninitializeLargeMcb", APC},
	{"FsRtlUninitializeOplock", APC},
	{"FsRtlUpperOplockFsctrl", APC},
	{"FsRtlValidateReparsePointBuffer", PASSIVE},
	{"IoAssignArcName", PASSIVE},
	{"IoAttachDevice", PASSIVE},
	{"IoBuildDeviceIoControlRequest", APC},
	{"IoBuildSynchronousFsdRequest", APC},
	{"IoCancelFileOpen", PASSIVE},
	{"IoCheckEaBufferValidity", APC},
	{"IoCheckFileObjectOpenedAsCopyDestination", PASSIVE},
	{"IoCheckFileObjectOpenedAsCopySource", PASSIVE},
	{"IoCheckQuotaBufferValidity", APC},
	{"IoCheckShareAccess", PASSIVE},
	{"IoConnectInterrupt", PASSIVE},
	{"IoConnectInterruptEx", PASSIVE},
	{"IoCreateController", PASSIVE},
	{"IoCreateDevice", APC},
	{"IoCreateFile", PASSIVE},
	{"IoCreateFileEx", PASSIVE},
	{"IoCreateFileSpecifyDeviceObjectHint", PASSIVE},
	{"IoCreateNotificationEvent", PASSIVE},
	{"IoCreateStreamFileObjectEx", PASSIVE},
	{"IoCreateStreamFileObjectEx2", PASSIVE},
	{"IoCreateStreamFileObjectLite", APC},
	{"IoCreateSymbolicLink", PASSIVE},
	{"IoCreateSynchronizationEvent", PASSIVE},
	{"IoCreateSystemThread", PASSIVE},
	{"IoCreateUnprotectedSymbolicLink", PASSIVE},
	{"IoDeassignArcName", PASSIVE},
	{"IoDeleteController", PASSIVE},
	{"IoDeleteDevice", APC},
	{"IoDeleteSymbolicLink", PASSIVE},
	{"IoDetachDevice", PASSIVE},
	{"IoDisconnectInterrupt", PASSIVE},
	{"IoDisconnectInterruptEx", PASSIVE},
	{"IoEnumerateRegisteredFiltersList", APC},
	{"IoForwardIrpSynchronously", APC},
	{"IoGetBootDiskInformation", APC},
	{"IoGetConfigurationInformation", PASSIVE},
	{"IoGetContainerInformation", APC},
	{"IoGetDeviceDirectory", PASSIVE},
	{"IoGetDeviceInterfaceAlias", PASSIVE},
	{"IoGetDeviceInterfacePropertyData", PASSIVE},
	{"IoGetDeviceInterfaces", PASSIVE},
	{"IoGetDeviceNumaNode", PASSIVE},
	{"IoGetDeviceObjectPointer", PASSIVE},
	{"IoGetDeviceProperty", PASSIVE},
	{"IoGetDevicePropertyData", APC},
	{"IoGetDmaAdapter", PASSIVE},
	{"IoGetDriverDirectory", PASSIVE},
	{"IoGetFileObjectGenericMapping", PASSIVE},
	{"IoGetInitialStack", APC},
	{"IoGetIommuInterface", PASSIVE},
	{"IoGetRequestorSessionId", APC},
	{"IoInitializeRemoveLock", PASSIVE},
	{"IoInitializeTimer", PASSIVE},
	{"IoIsWdmVersionAvailable", PASSIVE},
	{"IoOpenDeviceInterfaceRegistryKey", PASSIVE},
	{"IoOpenDeviceRegistryKey", PASSIVE},
	{"IoOpenDriverRegistryKey", PASSIVE},
	{"IoQueryFileDosDeviceName", PASSIVE},
	{"IoQueryFullDriverPath", APC},
	{"IoRaiseHardError", APC},
	{"IoRaiseInformationalHardError", APC},
	{"IoReadPartitionTable", PASSIVE},
	{"IoReadPartitionTableEx", PASSIVE},
	{"IoRegisterBootDriverCallback", PASSIVE},
	{"IoRegisterBootDriverReinitialization", PASSIVE},
	{"IoRegisterContainerNotification", APC},
	{"IoRegisterDeviceInterface", PASSIVE},
	{"IoRegisterDriverReinitialization", PASSIVE},
	{"IoRegisterFileSystem", APC},
	{"IoRegisterFsRegistrationChange", APC},
	{"IoRegisterFsRegistrationChangeEx", APC},
	{"IoRegisterFsRegistrationChangeMountAware", APC},
	{"IoRegisterLastChanceShutdownNotification", PASSIVE},
	{"IoRegisterPlugPlayNotification", PASSIVE},
	{"IoRegisterShutdownNotification", PASSIVE},
	{"IoReleaseRemoveLockAndWait", PASSIVE},
	{"IoRemoveLinkShareAccess", PASSIVE},
	{"IoRemoveLinkShareAccessEx", PASSIVE},
	{"IoRemoveShareAccess", PASSIVE},
	{"IoReplaceFileObjectName", PASSIVE},
	{"IoReportDetectedDevice", PASSIVE},
	{"IoReportResourceForDetection", PASSIVE},
	{"IoReportRootDevice", PASSIVE},
	{"IoReportTargetDeviceChange", PASSIVE},
	{"IoSetDeviceInterfacePropertyData", APC},
	{"IoSetDeviceInterfaceState", PASSIVE},
	{"IoSetDevicePropertyData", APC},
	{"IoSetPartitionInformation", PASSIVE},
	{"IoSetPartitionInformationEx", PASSIVE},
	{"IoSetShareAccess", PASSIVE},
	{"IoSetSystemPartition", PASSIVE},
	{"IoUnregisterBootDriverCallback", APC},
	{"IoUnregisterContainerNotification", APC},
	{"IoUnregisterFileSystem", APC},
	{"IoUnregisterFsRegistrationChange", APC},
	{"IoUnregisterPlugPlayNotification", PASSIVE},
	{"IoUnregisterPlugPlayNotificationEx", PASSIVE},
	{"IoUnregisterShutdownNotification", PASSIVE},
	{"IoUpdateLinkShareAccess", PASSIVE},
	{"IoUpdateLinkShareAccessEx", PASSIVE},
	{"IoUpdateShareAccess", PASSIVE},
	{"IoVerifyPartitionTable", APC},
	{"IoVerifyVolume", APC},
	{"IoVolumeDeviceToDosName", PASSIVE},
	{"IoWMIAllocateInstanceIds", PASSIVE},
	{"IoWMIDeviceObjectToInstanceName", APC},
	{"IoWMIExecuteMethod", APC},
	{"IoWMIHandleToInstanceName", APC},
	{"IoWMIOpenBlock", APC},
	{"IoWMIQueryAllData", APC},
	{"IoWMIQueryAllDataMultiple", APC},
	{"IoWMIQuerySingleInstance", APC},
	{"IoWMIQuerySingleInstanceMultiple", APC},
	{"IoWMIRegistrationControl", PASSIVE},
	{"IoWMISetNotificationCallback", APC},
	{"IoWMISetSingleInstance", APC},
	{"IoWMISetSingleItem", APC},
	{"IoWMISuggestInstanceName", APC},
	{"IoWithinStackLimits", APC},
	{"IoWritePartitionTable", PASSIVE},
	{"IoWritePartitionTableEx", PASSIVE},
	{"KeAcquireGuardedMutex", APC},
	{"KeAcquireGuardedMutexUnsafe", APC},
	{"KeDelayExecutionThread", APC},
	{"KeDeregisterNmiCallback", APC},
	{"KeDeregisterProcessorChangeCallback", PASSIVE},
	{"KeEnterCriticalRegion", APC},
	{"KeEnterGuardedRegion", APC},
	{"KeExpandKernelStackAndCallout", APC},
	{"KeFlushQueuedDpcs", PASSIVE},
	{"KeInitializeGuardedMutex", APC},
	{"KeInitializeSemaphore", PASSIVE},
	{"KeLeaveCriticalRegion", APC},
	{"KeLeaveGuardedRegion", APC},
	{"KeQueryHardwareCounterConfiguration", APC},
	{"KeQueryPriorityThread", PASSIVE},
	{"KeQueryRuntimeThread", PASSIVE},
	{"KeRegisterNmiCallback", APC},
	{"KeRegisterProcessorChangeCallback", PASSIVE},
	{"KeReleaseGuardedMutex", APC},
	{"KeReleaseGuardedMutexUnsafe", APC},
	{"KeSetBasePriorityThread", PASSIVE},
	{"KeSetHardwareCounterConfiguration", APC},
	{"KeSetKernelStackSwapEnable", APC},
	{"KeSetPriorityThread", PASSIVE},
	{"KeStackAttachProcess", APC},
	{"KeTryToAcquireGuardedMutex", APC},
	{"KeUnstackDetachProcess", APC},
	{"MmAddPhysicalMemory", APC},
	{"MmAllocateMappingAddress", APC},
	{"MmAllocateMappingAddressEx", APC},
	{"MmAllocateNonCachedMemory", APC},
	{"MmCanFileBeTruncated", APC},
	{"MmCopyMemory", APC},
	{"MmDoesFileHaveUserWritableReferences", APC},
	{"MmFlushImageSection", APC},
	{"MmForceSectionClosed", APC},
	{"MmFreeMappingAddress", APC},
	{"MmFreeNonCachedMemory", APC},
	{"MmGetMaximumFileSectionSize", APC},
	{"MmGetPhysicalMemoryRangesEx2", PASSIVE},
	{"MmGetSystemRoutineAddress", PASSIVE},
	{"MmIsDriverSuspectForVerifier", APC},
	{"MmIsDriverVerifying", APC},
	{"MmIsDriverVerifyingByAddress", APC},
	{"MmLockPagableCodeSection", APC},
	{"MmLockPagableDataSection", APC},
	{"MmLockPagableSectionByHandle", APC},
	{"MmMapViewInSystemSpace", APC},
	{"MmPageEntireDriver", APC},
	{"MmPrefetchPages", PASSIVE},
	{"MmProbeAndLockSelectedPages", APC},
	{"MmProtectDriverSection", APC},
	{"MmResetDriverPaging", APC},
	{"MmSecureVirtualMemory", APC},
	{"MmSecureVirtualMemoryEx", APC},
	{"MmUnlockPagableImageSection", APC},
	{"MmUnsecureVirtualMemory", APC},
	{"NtAllocateVirtualMemory", PASSIVE},
	{"NtClose", PASSIVE},
	{"NtCommitComplete", PASSIVE},
	{"NtCommitEnlistment", PASSIVE},
	{"NtCommitTransaction", PASSIVE},
	{"NtCopyFileChunk", PASSIVE},
	{"NtCreateEnlistment", PASSIVE},
	{"NtCreateFile", PASSIVE},
	{"NtCreateResourceManager", PASSIVE},
	{"NtCreateSection", PASSIVE},
	{"NtCreateTransaction", PASSIVE},
	{"NtCreateTransactionManager", PASSIVE},
	{"NtDeviceIoControlFile", PASSIVE},
	{"NtDuplicateToken", PASSIVE},
	{"NtEnumerateTransactionObject", PASSIVE},
	{"NtFlushBuffersFileEx", PASSIVE},
	{"NtFreeVirtualMemory", PASSIVE},
	{"NtFsControlFile", PASSIVE},
	{"NtGetNotificationResourceManager", PASSIVE},
	{"NtLockFile", PASSIVE},
	{"NtOpenEnlistment", PASSIVE},
	{"NtOpenFile", PASSIVE},
	{"NtOpenProcess", PASSIVE},
	{"NtOpenProcessToken", PASSIVE},
	{"NtOpenProcessTokenEx", PASSIVE},
	{"NtOpenResourceManager", PASSIVE},
	{"NtOpenThreadTokenEx", PASSIVE},
	{"NtOpenTransaction", PASSIVE},
	{"NtOpenTransactionManager", PASSIVE},
	{"NtPowerInformation", PASSIVE},
	{"NtPrePrepareComplete", PASSIVE},
	{"NtPrePrepareEnlistment", PASSIVE},
	{"NtPrepareComplete", PASSIVE},
	{"NtPrepareEnlistment", PASSIVE},
	{"NtQueryDirectoryFile", PASSIVE},
	{"NtQueryDirectoryFileEx", PASSIVE},
	{"NtQueryInformationByName", PASSIVE},
	{"NtQueryInformationEnlistment", PASSIVE},
	{"NtQueryInformationFile", PASSIVE},
	{"NtQueryInformationResourceManager", PASSIVE},
	{"NtQueryInformationToken", PASSIVE},
	{"NtQueryInformationTransaction", PASSIVE},
	{"NtQueryInformationTransactionManager", PASSIVE},
	{"NtQueryObject", PASSIVE},
	{"NtQueryQuotaInformationFile", PASSIVE},
	{"NtQuerySecurityObject", PASSIVE},
	{"NtQueryVolumeInformationFile", PASSIVE},
	{"NtReadFile", PASSIVE},
	{"NtReadOnlyEnlistment", PASSIVE},
	{"NtRecoverEnlistment", PASSIVE},
	{"NtRecoverResourceManager", PASSIVE},
	{"NtRecoverTransactionManager", PASSIVE},
	{"NtRenameTransactionManager", APC},
	{"NtRollbackComplete", PASSIVE},
	{"NtRollbackEnlistment", PASSIVE},
	{"NtRollbackTransaction", PASSIVE},
	{"NtRollforwardTransactionManager", PASSIVE},
	{"NtSetInformationEnlistment", PASSIVE},
	{"NtSetInformationFile", PASSIVE},
	{"NtSetInformationThread", PASSIVE},
	{"NtSetInformationToken", PASSIVE},
	{"NtSetInformationTransaction", PASSIVE},
	{"NtSetInformationTransactionManager", APC},
	{"NtSetQuotaInformationFile", PASSIVE},
	{"NtSetSecurityObject", PASSIVE},
	{"NtSinglePhaseReject", PASSIVE},
	{"NtUnlockFile", PASSIVE},
	{"NtWriteFile", PASSIVE},
	{"ObCloseHandle", PASSIVE},
	{"ObGetObjectSecurity", PASSIVE},
	{"ObIsKernelHandle", APC},
	{"ObOpenObjectByPointer", APC},
	{"ObQueryNameString", APC},
	{"ObReferenceObjectByHandle", PASSIVE},
	{"ObReferenceObjectByHandleWithTag", PASSIVE},
	{"ObRegisterCallbacks", APC},
	{"ObReleaseObjectSecurity", APC},
	{"ObUnRegisterCallbacks", APC},
	{"PoCreatePowerRequest", APC},
	{"PoDeletePowerRequest", APC},
	{"PoFxRegisterComponentPerfStates", APC},
	{"PoFxRegisterCrashdumpDevice", PASSIVE},
	{"PoFxRegisterDevice", PASSIVE},
	{"PoFxSetTargetDripsDevicePowerState", PASSIVE},
	{"PoFxStartDevicePowerManagement", PASSIVE},
	{"PoFxUnregisterDevice", PASSIVE},
	{"PoRegisterDeviceForIdleDetection", APC},
	{"PoRegisterPowerSettingCallback", PASSIVE},
	{"PoRegisterSystemState", APC},
	{"PoUnregisterPowerSettingCallback", PASSIVE},
	{"PoUnregisterSystemState", APC},
	{"PsChargePoolQuota", APC},
	{"PsCreateSystemThread", PASSIVE},
	{"PsDereferenceImpersonationToken", APC},
	{"PsDereferencePrimaryToken", APC},
	{"PsGetParentSilo", PASSIVE},
	{"PsGetProcessExitStatus", APC},
	{"PsGetServerSiloActiveConsoleId", PASSIVE},
	{"PsGetSiloContainerId", PASSIVE},
	{"PsGetThreadExitStatus", APC},
	{"PsGetVersion", PASSIVE},
	{"PsImpersonateClient", PASSIVE},
	{"PsLookupProcessByProcessId", APC},
	{"PsLookupThreadByThreadId", APC},
	{"PsQueryTotalCycleTimeProcess", PASSIVE},
	{"PsReferenceImpersonationToken", PASSIVE},
	{"PsReferencePrimaryToken", PASSIVE},
	{"PsRemoveCreateThreadNotifyRoutine", APC},
	{"PsRemoveLoadImageNotifyRoutine", APC},
	{"PsReturnPoolQuota", APC},
	{"PsRevertToSelf", PASSIVE},
	{"PsSetCreateProcessNotifyRoutine", PASSIVE},
	{"PsSetCreateProcessNotifyRoutineEx", PASSIVE},
	{"PsSetCreateProcessNotifyRoutineEx2", PASSIVE},
	{"PsSetCreateThreadNotifyRoutine", PASSIVE},
	{"PsSetCreateThreadNotifyRoutineEx", PASSIVE},
	{"PsSetLoadImageNotifyRoutine", PASSIVE},
	{"PsSetLoadImageNotifyRoutineEx", PASSIVE},
	{"PsTerminateSystemThread", PASSIVE},
	{"RtlAbsoluteToSelfRelativeSD", APC},
	{"RtlAddAccessAllowedAce", APC},
	{"RtlAddAccessAllowedAceEx", APC},
	{"RtlAddAce", APC},
	{"RtlAllocateHeap", APC},
	{"RtlAnsiStringToUnicodeSize", PASSIVE},
	{"RtlAnsiStringToUnicodeString", PASSIVE},
	{"RtlAppendStringToString", APC},
	{"RtlCharToInteger", PASSIVE},
	{"RtlCheckRegistryKey", PASSIVE},
	{"RtlCompareString", PASSIVE},
	{"RtlCompareUnicodeString", PASSIVE},
	{"RtlCompressBuffer", APC},
	{"RtlConvertSidToUnicodeString", APC},
	{"RtlCopyLuid", APC},
	{"RtlCopySid", APC},
	{"RtlCreateAcl", APC},
	{"RtlCreateHeap", APC},
	{"RtlCreateRegistryKey", PASSIVE},
	{"RtlCreateSecurityDescriptor", PASSIVE},
	{"RtlCreateSecurityDescriptorRelative", PASSIVE},
	{"RtlCreateSystemVolumeInformationFolder", PASSIVE},
	{"RtlCreateUnicodeString", PASSIVE},
	{"RtlDecompressBuffer", APC},
	{"RtlDecompressBufferEx", APC},
	{"RtlDecompressBufferEx2", APC},
	{"RtlDecompressFragment", APC},
	{"RtlDecompressFragmentEx", APC},
	{"RtlDeleteAce", APC},
	{"RtlDeleteRegistryValue", PASSIVE},
	{"RtlDestroyHeap", APC},
	{"RtlDowncaseUnicodeChar", PASSIVE},
	{"RtlDowncaseUnicodeString", APC},
	{"RtlEqualPrefixSid", APC},
	{"RtlEqualString", PASSIVE},
	{"RtlEqualUnicodeString", PASSIVE},
	{"RtlExtendCorrelationVector", PASSIVE},
	{"RtlFindUnicodePrefix", PASSIVE},
	{"RtlFreeAnsiString", APC},
	{"RtlFreeHeap", APC},
	{"RtlFreeOemString", APC},
	{"RtlFreeUTF8String", PASSIVE},
	{"RtlFreeUnicodeString", APC},
	{"RtlGUIDFromString", PASSIVE},
	{"RtlGenerate8dot3Name", APC},
	{"RtlGetAce", APC},
	{"RtlGetCompressionWorkSpaceSize", APC},
	{"RtlGetDaclSecurityDescriptor", APC},
	{"RtlGetEnabledExtendedFeatures", PASSIVE},
	{"RtlGetGroupSecurityDescriptor", APC},
	{"RtlGetOwnerSecurityDescriptor", PASSIVE},
	{"RtlGetSaclSecurityDescriptor", APC},
	{"RtlGetVersion", PASSIVE},
	{"RtlHashUnicodeString", APC},
	{"RtlIncrementCorrelationVector", PASSIVE},
	{"RtlInitializeCorrelationVector", PASSIVE},
	{"RtlInitializeSid", APC},
	{"RtlInitializeSidEx", APC},
	{"RtlInitializeUnicodePrefix", APC},
	{"RtlInsertUnicodePrefix", APC},
	{"RtlInt64ToUnicodeString", PASSIVE},
	{"RtlIntPtrToUnicodeString", PASSIVE},
	{"RtlIntegerToUnicodeString", PASSIVE},
	{"RtlIsNtDdiVersionAvailable", PASSIVE},
	{"RtlIsServicePackVersionInstalled", PASSIVE},
	{"RtlIsStateSeparationEnabled", PASSIVE},
	{"RtlIsValidOemCharacter", PASSIVE},
	{"RtlLengthRequiredSid", APC},
	{"RtlLengthSecurityDescriptor", PASSIVE},
	{"RtlLengthSid", APC},
	{"RtlMapGenericMask", APC},
	{"RtlMultiByteToUnicodeN", APC},
	{"RtlMultiByteToUnicodeSize", APC},
	{"RtlNextUnicodePrefix", APC},
	{"RtlNormalizeSecurityDescriptor", APC},
	{"RtlNtStatusToDosError", APC},
	{"RtlNtStatusToDosErrorNoTeb", APC},
	{"RtlOemStringToCountedUnicodeSize", APC},
	{"RtlOemStringToCountedUnicodeString", APC},
	{"RtlOemStringToUnicodeSize", APC},
	{"RtlOemStringToUnicodeString", APC},
	{"RtlOemToUnicodeN", APC},
	{"RtlPrefixUnicodeString", PASSIVE},
	{"RtlQueryRegistryValueWithFallback", PASSIVE},
	{"RtlQueryRegistryValues", PASSIVE},
	{"RtlRandom", APC},
	{"RtlRandomEx", APC},
	{"RtlRemoveUnicodePrefix", APC},
	{"RtlRunOnceBeginInitialize", APC},
	{"RtlRunOnceComplete", APC},
	{"RtlRunOnceInitialize", APC},
	{"RtlSecondsSince1970ToTime", APC},
	{"RtlSecondsSince1980ToTime", APC},
	{"RtlSelfRelativeToAbsoluteSD", APC},
	{"RtlSetDaclSecurityDescriptor", PASSIVE},
	{"RtlSetGroupSecurityDescriptor", APC},
	{"RtlSetOwnerSecurityDescriptor", APC},
	{"RtlStringFromGUID", PASSIVE},
	{"RtlSubAuthoritySid", APC},
	{"RtlTimeToSecondsSince1970", APC},
	{"RtlTimeToSecondsSince1980", APC},
	{"RtlUTF8StringToUnicodeString", PASSIVE},
	{"RtlUTF8ToUnicodeN", PASSIVE},
	{"RtlUnicodeStringToAnsiSize", PASSIVE},
	{"RtlUnicodeStringToAnsiString", PASSIVE},
	{"RtlUnicodeStringToCountedOemString", APC},
	{"RtlUnicodeStringToInteger", PASSIVE},
	{"RtlUnicodeStringToOemSize", APC},
	{"RtlUnicodeStringToOemString", APC},
	{"RtlUnicodeStringToUTF8String", PASSIVE},
	{"RtlUnicodeToMultiByteN", APC},
	{"RtlUnicodeToMultiByteSize", APC},
	{"RtlUnicodeToOemN", APC},
	{"RtlUnicodeToUTF8N", PASSIVE},
	{"RtlUpcaseUnicodeChar", APC},
	{"RtlUpcaseUnicodeString", APC},
	{"RtlUpcaseUnicodeStringToCountedOemString", APC},
	{"RtlUpcaseUnicodeStringToOemString", APC},
	{"RtlUpcaseUnicodeToMultiByteN", APC},
	{"RtlUpcaseUnicodeToOemN", APC},
	{"RtlUpperChar", APC},
	{"RtlUpperString", APC},
	{"RtlValidRelativeSecurityDescriptor", APC},
	{"RtlValidSecurityDescriptor", PASSIVE},
	{"RtlValidSid", APC},
	{"RtlValidateCorrelationVector", PASSIVE},
	{"RtlVerifyVersionInfo", PASSIVE},
	{"RtlWriteRegistryValue", PASSIVE},
	{"RtlxAnsiStringToUnicodeSize", PASSIVE},
	{"RtlxUnicodeStringToAnsiSize", PASSIVE},
	{"SeAccessCheck", PASSIVE},
	{"SeAppendPrivileges", PASSIVE},
	{"SeAssignSecurity", PASSIVE},
	{"SeAssignSecurityEx", PASSIVE},
	{"SeAuditingFileEvents", PASSIVE},
	{"SeAuditingFileOrGlobalEvents", PASSIVE},
	{"SeCaptureSubjectContext", PASSIVE},
	{"SeCaptureSubjectContextEx", PASSIVE},
	{"SeCreateClientSecurity", PASSIVE},
	{"SeCreateClientSecurityFromSubjectContext", PASSIVE},
	{"SeDeassignSecurity", PASSIVE},
	{"SeDeleteClientSecurity", PASSIVE},
	{"SeDeleteObjectAuditAlarm", PASSIVE},
	{"SeFilterToken", APC},
	{"SeFreePrivileges", PASSIVE},
	{"SeImpersonateClientEx", PASSIVE},
	{"SeLocateProcessImageName", PASSIVE},
	{"SeLockSubjectContext", PASSIVE},
	{"SeMarkLogonSessionForTerminationNotification", PASSIVE},
	{"SeOpenObjectAuditAlarm", PASSIVE},
	{"SeOpenObjectForDeleteAuditAlarm", PASSIVE},
	{"SePrivilegeCheck", PASSIVE},
	{"SeQueryAuthenticationIdToken", PASSIVE},
	{"SeQueryInformationToken", PASSIVE},
	{"SeQuerySecurityDescriptorInfo", PASSIVE},
	{"SeQuerySubjectContextToken", PASSIVE},
	{"SeRegisterLogonSessionTerminatedRoutine", PASSIVE},
	{"SeReleaseSubjectContext", PASSIVE},
	{"SeSetAccessStateGenericMapping", PASSIVE},
	{"SeSetSecurityDescriptorInfo", PASSIVE},
	{"SeSetSecurityDescriptorInfoEx", PASSIVE},
	{"SeSinglePrivilegeCheck", PASSIVE},
	{"SeTokenIsAdmin", PASSIVE},
	{"SeTokenIsRestricted", PASSIVE},
	{"SeUnlockSubjectContext", PASSIVE},
	{"SeUnregisterLogonSessionTerminatedRoutine", PASSIVE},
	{"SeValidSecurityDescriptor", PASSIVE},
	{"SecLookupAccountName", APC},
	{"SecLookupAccountSid", APC},
	{"SecLookupWellKnownSid", APC},
	{"SecMakeSPN", APC},
	{"SecMakeSPNEx", APC},
	{"SecMakeSPNEx2", APC},
	{"WdfChildListCreate", PASSIVE},
	{"WdfCommonBufferCreate", PASSIVE},
	{"WdfCommonBufferCreateWithConfig", PASSIVE},
	{"WdfControlDeviceInitAllocate", PASSIVE},
	{"WdfDeviceAddQueryInterface", PASSIVE},
	{"WdfDeviceAllocAndQueryInterfaceProperty", PASSIVE},
	{"WdfDeviceAllocAndQueryProperty", PASSIVE},
	{"WdfDeviceAllocAndQueryPropertyEx", APC},
	{"WdfDeviceAssignInterfaceProperty", PASSIVE},
	{"WdfDeviceAssignMofResourceName", PASSIVE},
	{"WdfDeviceAssignProperty", APC},
	{"WdfDeviceCreate", PASSIVE},
	{"WdfDeviceCreateDeviceInterface", PASSIVE},
	{"WdfDeviceCreateSymbolicLink", PASSIVE},
	{"WdfDeviceGetDeviceStackIoType", PASSIVE},
	{"WdfDeviceInitAssignName", PASSIVE},
	{"WdfDeviceInitAssignSDDLString", PASSIVE},
	{"WdfDeviceInitRegisterPnpStateChangeCallback", PASSIVE},
	{"WdfDeviceInitRegisterPowerPolicyStateChangeCallback", PASSIVE},
	{"WdfDeviceInitRegisterPowerStateChangeCallback", PASSIVE},
	{"WdfDeviceOpenDevicemapKey", PASSIVE},
	{"WdfDeviceOpenRegistryKey", PASSIVE},
	{"WdfDevicePostEvent", PASSIVE},
	{"WdfDeviceQueryInterfaceProperty", PASSIVE},
	{"WdfDeviceQueryProperty", PASSIVE},
	{"WdfDeviceQueryPropertyEx", APC},
	{"WdfDeviceRetrieveDeviceDirectoryString", PASSIVE},
	{"WdfDeviceRetrieveDeviceInterfaceString", PASSIVE},
	{"WdfDeviceRetrieveDeviceName", PASSIVE},
	{"WdfDeviceSetDeviceInterfaceState", PASSIVE},
	{"WdfDeviceSetDeviceInterfaceStateEx", PASSIVE},
	{"WdfDeviceWdmAssignPowerFrameworkSettings", PASSIVE},
	{"WdfDmaEnablerConfigureSystemProfile", PASSIVE},
	{"WdfDmaEnablerCreate", PASSIVE},
	{"WdfDmaEnablerSetMaximumScatterGatherElements", PASSIVE},
	{"WdfDriverCreate", PASSIVE},
	{"WdfDriverGetRegistryPath", PASSIVE},
	{"WdfDriverIsVersionAvailable", PASSIVE},
	{"WdfDriverOpenParametersRegistryKey", PASSIVE},
	{"WdfDriverOpenPersistentStateRegistryKey", PASSIVE},
	{"WdfDriverRetrieveDriverDataDirectoryString", PASSIVE},
	{"WdfDriverRetrieveVersionString", PASSIVE},
	{"WdfFdoInitAllocAndQueryProperty", PASSIVE},
	{"WdfFdoInitAllocAndQueryPropertyEx", PASSIVE},
	{"WdfFdoInitOpenRegistryKey", PASSIVE},
	{"WdfFdoInitQueryProperty", PASSIVE},
	{"WdfFdoInitQueryPropertyEx", PASSIVE},
	{"WdfFdoInitSetDefaultChildListConfig", PASSIVE},
	{"WdfFdoInitSetEventCallbacks", PASSIVE},
	{"WdfFdoInitSetFilter", PASSIVE},
	{"WdfFdoQueryForInterface", PASSIVE},
	{"WdfFileObjectGetFileName", PASSIVE},
	{"WdfFileObjectGetRelatedFileObject", PASSIVE},
	{"WdfInterruptDisable", PASSIVE},
	{"WdfInterruptEnable", PASSIVE},
	{"WdfInterruptTryToAcquireLock", PASSIVE},
	{"WdfIoQueueAssignForwardProgressPolicy", PASSIVE},
	{"WdfIoQueueDrainSynchronously", PASSIVE},
	{"WdfIoQueuePurgeSynchronously", PASSIVE},
	{"WdfIoQueueStopAndPurgeSynchronously", PASSIVE},
	{"WdfIoQueueStopSynchronously", PASSIVE},
	{"WdfIoTargetAllocAndQueryTargetProperty", PASSIVE},
	{"WdfIoTargetClose", PASSIVE},
	{"WdfIoTargetCloseForQueryRemove", PASSIVE},
	{"WdfIoTargetCreate", PASSIVE},
	{"WdfIoTargetOpen", PASSIVE},
	{"WdfIoTargetQueryForInterface", PASSIVE},
	{"WdfIoTargetQueryTargetProperty", PASSIVE},
	{"WdfIoTargetSendInternalIoctlOthersSynchronously", PASSIVE},
	{"WdfIoTargetSendInternalIoctlSynchronously", PASSIVE},
	{"WdfIoTargetSendIoctlSynchronously", PASSIVE},
	{"WdfIoTargetSendReadSynchronously", PASSIVE},
	{"WdfPdoInitAddCompatibleID", PASSIVE},
	{"WdfPdoInitAddDeviceText", PASSIVE},
	{"WdfPdoInitAddHardwareID", PASSIVE},
	{"WdfPdoInitAllocate", PASSIVE},
	{"WdfPdoInitAllowForwardingRequestToParent", PASSIVE},
	{"WdfPdoInitAssignContainerID", PASSIVE},
	{"WdfPdoInitAssignDeviceID", PASSIVE},
	{"WdfPdoInitAssignInstanceID", PASSIVE},
	{"WdfPdoInitAssignRawDevice", PASSIVE},
	{"WdfPdoInitRemovePowerDependencyOnParent", PASSIVE},
	{"WdfPdoInitSetDefaultLocale", PASSIVE},
	{"WdfPdoInitSetEventCallbacks", PASSIVE},
	{"WdfRegistryAssignMemory", PASSIVE},
	{"WdfRegistryAssignMultiString", PASSIVE},
	{"WdfRegistryAssignString", PASSIVE},
	{"WdfRegistryAssignULong", PASSIVE},
	{"WdfRegistryAssignUnicodeString", PASSIVE},
	{"WdfRegistryAssignValue", PASSIVE},
	{"WdfRegistryClose", PASSIVE},
	{"WdfRegistryCreateKey", PASSIVE},
	{"WdfRegistryOpenKey", PASSIVE},
	{"WdfRegistryQueryMemory", PASSIVE},
	{"WdfRegistryQueryMultiString", PASSIVE},
	{"WdfRegistryQueryString", PASSIVE},
	{"WdfRegistryQueryULong", PASSIVE},
	{"WdfRegistryQueryUnicodeString", PASSIVE},
	{"WdfRegistryQueryValue", PASSIVE},
	{"WdfRegistryRemoveKey", PASSIVE},
	{"WdfRegistryRemoveValue", PASSIVE},
	{"WdfRegistryWdmGetHandle", PASSIVE},
	{"WdfRequestGetEffectiveIoType", PASSIVE},
	{"WdfRequestImpersonate", PASSIVE},
	{"WdfRequestProbeAndLockUserBufferForRead", PASSIVE},
	{"WdfRequestProbeAndLockUserBufferForWrite", PASSIVE},
	{"WdfRequestRetrieveActivityId", PASSIVE},
	{"WdfRequestRetrieveUnsafeUserInputBuffer", PASSIVE},
	{"WdfRequestRetrieveUnsafeUserOutputBuffer", PASSIVE},
	{"WdfRequestSetActivityId", PASSIVE},
	{"WdfStringCreate", PASSIVE},
	{"WdfStringGetUnicodeString", PASSIVE},
	{"WdfUsbInterfaceSelectSetting", PASSIVE},
	{"WdfUsbTargetDeviceAllocAndQueryString", PASSIVE},
	{"WdfUsbTargetDeviceCreate", PASSIVE},
	{"WdfUsbTargetDeviceCreateWithParameters", PASSIVE},
	{"WdfUsbTargetDeviceCyclePortSynchronously", PASSIVE},
	{"WdfUsbTargetDeviceGetDeviceDescriptor", PASSIVE},
	{"WdfUsbTargetDeviceIsConnectedSynchronous", PASSIVE},
	{"WdfUsbTargetDeviceQueryString", PASSIVE},
	{"WdfUsbTargetDeviceQueryUsbCapability", PASSIVE},
	{"WdfUsbTargetDeviceResetPortSynchronously", PASSIVE},
	{"WdfUsbTargetDeviceRetrieveConfigDescriptor", PASSIVE},
	{"WdfUsbTargetDeviceSelectConfig", PASSIVE},
	{"WdfUsbTargetDeviceSendControlTransferSynchronously", PASSIVE},
	{"WdfUsbTargetDeviceSendUrbSynchronously", PASSIVE},
	{"WdfUsbTargetPipeAbortSynchronously", PASSIVE},
	{"WdfUsbTargetPipeReadSynchronously", PASSIVE},
	{"WdfUsbTargetPipeResetSynchronously", PASSIVE},
	{"WdfUsbTargetPipeSendUrbSynchronously", PASSIVE},
	{"WdfUsbTargetPipeWriteSynchronously", PASSIVE},
	{"WdfWmiInstanceFireEvent", APC},
	{"WdfWorkItemFlush", PASSIVE},
	{"ZwAllocateLocallyUniqueId", PASSIVE},
	{"ZwAllocateVirtualMemory", PASSIVE},
	{"ZwClose", PASSIVE},
	{"ZwCommitComplete", PASSIVE},
	{"ZwCommitEnlistment", PASSIVE},
	{"ZwCommitTransaction", PASSIVE},
	{"ZwCreateDirectoryObject", PASSIVE},
	{"ZwCreateEnlistment", PASSIVE},
	{"ZwCreateEvent", PASSIVE},
	{"ZwCreateFile", PASSIVE},
	{"ZwCreateKey", PASSIVE},
	{"ZwCreateKeyTransacted", PASSIVE},
	{"ZwCreateResourceManager", PASSIVE},
	{"ZwCreateSection", PASSIVE},
	{"ZwCreateTransaction", PASSIVE},
	{"ZwCreateTransactionManager", PASSIVE},
	{"ZwDeleteFile", PASSIVE},
	{"ZwDeleteKey", PASSIVE},
	{"ZwDeleteValueKey", PASSIVE},
	{"ZwDeviceIoControlFile", PASSIVE},
	{"ZwDuplicateObject", PASSIVE},
	{"ZwDuplicateToken", PASSIVE},
	{"ZwEnumerateKey", PASSIVE},
	{"ZwEnumerateTransactionObject", PASSIVE},
	{"ZwEnumerateValueKey", PASSIVE},
	{"ZwFlushBuffersFile", PASSIVE},
	{"ZwFlushBuffersFileEx", PASSIVE},
	{"ZwFlushKey", PASSIVE},
	{"ZwFlushVirtualMemory", PASSIVE},
	{"ZwFreeVirtualMemory", PASSIVE},
	{"ZwFsControlFile", PASSIVE},
	{"ZwGetNotificationResourceManager", PASSIVE},
	{"ZwLoadDriver", PASSIVE},
	{"ZwLockFile", PASSIVE},
	{"ZwMakeTemporaryObject", PASSIVE},
	{"ZwMapViewOfSection", PASSIVE},
	{"ZwNotifyChangeKey", PASSIVE},
	{"ZwOpenDirectoryObject", PASSIVE},
	{"ZwOpenEnlistment", PASSIVE},
	{"ZwOpenEvent", PASSIVE},
	{"ZwOpenFile", PASSIVE},
	{"ZwOpenKey", PASSIVE},
	{"ZwOpenKeyEx", PASSIVE},
	{"ZwOpenKeyTransacted", PASSIVE},
	{"ZwOpenKeyTransactedEx", PASSIVE},
	{"ZwOpenProcess", PASSIVE},
	{"ZwOpenProcessTokenEx", PASSIVE},
	{"ZwOpenResourceManager", PASSIVE},
	{"ZwOpenSection", PASSIVE},
	{"ZwOpenSymbolicLinkObject", PASSIVE},
	{"ZwOpenThreadTokenEx", PASSIVE},
	{"ZwOpenTransaction", PASSIVE},
	{"ZwOpenTransactionManager", PASSIVE},
	{"ZwPowerInformation", PASSIVE},
	{"ZwPrePrepareComplete", PASSIVE},
	{"ZwPrePrepareEnlistment", PASSIVE},
	{"ZwPrepareComplete", PASSIVE},
	{"ZwPrepareEnlistment", PASSIVE},
	{"ZwQueryDirectoryFile", PASSIVE},
	{"ZwQueryDirectoryFileEx", PASSIVE},
	{"ZwQueryEaFile", PASSIVE},
	{"ZwQueryFullAttributesFile", PASSIVE},
	{"ZwQueryInformationByName", PASSIVE},
	{"ZwQueryInformationEnlistment", PASSIVE},
	{"ZwQueryInformationFile", PASSIVE},
	{"ZwQueryInformationResourceManager", PASSIVE},
	{"ZwQueryInformationToken", PASSIVE},
	{"ZwQueryInformationTransaction", PASSIVE},
	{"ZwQueryInformationTransactionManager", PASSIVE},
	{"ZwQueryKey", PASSIVE},
	{"ZwQueryObject", PASSIVE},
	{"ZwQueryQuotaInformationFile", PASSIVE},
	{"ZwQuerySecurityObject", PASSIVE},
	{"ZwQuerySymbolicLinkObject", PASSIVE},
	{"ZwQueryValueKey", PASSIVE},
	{"ZwQueryVolumeInformationFile", PASSIVE},
	{"ZwReadFile", PASSIVE},
	{"ZwReadOnlyEnlistment", PASSIVE},
	{"ZwRecoverEnlistment", PASSIVE},
	{"ZwRecoverResourceManager", PASSIVE},
	{"ZwRecoverTransactionManager", PASSIVE},
	{"ZwRollbackComplete", PASSIVE},
	{"ZwRollbackEnlistment", PASSIVE},
	{"ZwRollbackTransaction", PASSIVE},
	{"ZwRollforwardTransactionManager", PASSIVE},
	{"ZwSetEaFile", PASSIVE},
	{"ZwSetEvent", PASSIVE},
	{"ZwSetInformationEnlistment", PASSIVE},
	{"ZwSetInformationFile", PASSIVE},
	{"ZwSetInformationThread", PASSIVE},
	{"ZwSetInformationToken", PASSIVE},
	{"ZwSetInformationTransaction", PASSIVE},
	{"ZwSetInformationVirtualMemory", PASSIVE},
	{"ZwSetQuotaInformationFile", PASSIVE},
	{"ZwSetSecurityObject", PASSIVE},
	{"ZwSetValueKey", PASSIVE},
	{"ZwSetVolumeInformationFile", PASSIVE},
	{"ZwSinglePhaseReject", PASSIVE},
	{"ZwTerminateProcess", PASSIVE},
	{"ZwUnloadDriver", PASSIVE},
	{"ZwUnlockFile", PASSIVE},
	{"ZwUnmapViewOfSection", PASSIVE},
	{"ZwWaitForSingleObject", PASSIVE},
	{"ZwWriteFile", PASSIVE},
};

static int cmp_api_level(const void *key, const void *elem)
{
	return strcmp(key, ((const struct api_level *)elem)->name);
}

typedef enum arg_cond {
	COND_POOL_TYPE,    /* a POOL_TYPE constant naming paged pool */
	COND_POOL_FLAGS,   /* POOL_FLAGS with POOL_FLAG_PAGED */
	COND_TIMEOUT,      /* a wait with no time-out or a nonzero one */
	COND_TRUE,         /* a BOOLEAN argument that is TRUE (Wait) */
	COND_USER_MODE,    /* a KPROCESSOR_MODE argument that is UserMode */
	COND_PAGED_PTR,    /* a pointer to paged pool */
	COND_ALWAYS        /* no condition: the level depends on nothing we model */
} arg_cond;

/* Routines whose limit depends on an argument. */
static const struct arg_rule {
	const char *name;
	int arg;
	arg_cond cond;
	dl_irql max;
} arg_rules[] = {
	{"ExAllocatePool", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePool2", 0, COND_POOL_FLAGS, APC},
	{"ExAllocatePool3", 0, COND_POOL_FLAGS, APC},
	{"ExAllocatePoolPriorityUninitialized", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolPriorityZero", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolQuotaUninitialized", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolQuotaZero", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolUninitialized", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolWithQuota", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolWithQuotaTag", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolWithTag", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolWithTagPriority", 0, COND_POOL_TYPE, APC},
	{"ExAllocatePoolZero", 0, COND_POOL_TYPE, APC},
	{"ExFreePool", 0, COND_PAGED_PTR, APC},
	{"ExFreePool2", 0, COND_PAGED_PTR, APC},
	{"ExFreePoolWithTag", 0, COND_PAGED_PTR, APC},
	{"KeReleaseSemaphore", 3, COND_TRUE, PASSIVE},
	{"KeSetEvent", 2, COND_TRUE, APC},
	{"KeWaitForMultipleObjects", 6, COND_TIMEOUT, APC},
	{"KeWaitForMutexObject", 4, COND_TIMEOUT, APC},
	{"KeWaitForSingleObject", 4, COND_TIMEOUT, APC},
	{"MmMapLockedPages", 1, COND_USER_MODE, APC},
	{"MmMapLockedPagesSpecifyCache", 1, COND_USER_MODE, APC},
	{"MmProbeAndLockPages", 1, COND_USER_MODE, APC},
	{"RtlStringCbPrintfA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbPrintfExA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbPrintfExW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbPrintfW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbVPrintfA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbVPrintfExA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbVPrintfExW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCbVPrintfW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchPrintfA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchPrintfExA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchPrintfExW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchPrintfW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchVPrintfA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchVPrintfExA", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchVPrintfExW", -1, COND_ALWAYS, PASSIVE},
	{"RtlStringCchVPrintfW", -1, COND_ALWAYS, PASSIVE},
	{"RtlUnicodeStringPrintf", -1, COND_ALWAYS, PASSIVE},
	{"RtlUnicodeStringPrintfEx", -1, COND_ALWAYS, PASSIVE},
	{"RtlUnicodeStringVPrintf", -1, COND_ALWAYS, PASSIVE},
	{"RtlUnicodeStringVPrintfEx", -1, COND_ALWAYS, PASSIVE},
	{"WdfDpcCancel", 1, COND_TRUE, PASSIVE},
	{"WdfLookasideListCreate", 2, COND_POOL_TYPE, APC},
	{"WdfMemoryCreate", 1, COND_POOL_TYPE, APC},
	{"WdfTimerStop", 1, COND_TRUE, PASSIVE},
	/* < DISPATCH_LEVEL whatever the time-out (PASSIVE_LEVEL unless it is zero). */
	{"WdfWaitLockAcquire", -1, COND_ALWAYS, APC},
};

static int cmp_arg_rule(const void *key, const void *elem)
{
	return strcmp(key, ((const struct arg_rule *)elem)->name);
}

static const struct arg_rule *arg_rule_find(const char *name)
{
	return bsearch(name, arg_rules, sizeof(arg_rules) / sizeof(arg_rules[0]), sizeof(arg_rules[0]),
		       cmp_arg_rule);
}

/* ---- Constant arguments ---- */

dl_irql irql_of_constant(CXCursor e)
{
	long long v;
	if (!dl_eval_int(e, &v) || v < 0)
		return DL_IRQL_UNKNOWN;
	if (v <= DL_IRQL_DISPATCH)
		return (dl_irql)v;
	return DL_IRQL_DIRQL;
}

/* POOL_TYPE: the paged types have bit 0 set (PagedPool 1, PagedPoolCacheAligned
 * 5, the session variants 33 and 37); 3 and 7 are not pool types; quota and
 * raise flags (8, 16) may be or-ed in. */
static int pool_type_paged(long long t)
{
	long long base = t & 7;
	return base == 1 || base == 5;
}

#define POOL_FLAG_PAGED 0x100LL

static int is_null_constant(CXCursor e)
{
	long long v;
	e = dl_strip(e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_GNUNullExpr:
	case CXCursor_CXXNullPtrLiteralExpr:
		return 1;
	default:
		return dl_eval_int(e, &v) && v == 0;
	}
}

/* ---- Wait time-outs ---- */

typedef struct timeout_scan {
	CXCursor var;
	int zero, nonzero;
} timeout_scan;

static int refers_to(CXCursor e, CXCursor var)
{
	e = dl_strip(e);
	while (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
		CXCursor base = dl_child(e, 0);
		if (clang_Cursor_isNull(base) ||
		    clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
			return 0;
		e = dl_strip(base);
	}
	return clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
	       clang_equalCursors(clang_getCursorReferenced(e), var);
}

static int all_zero(CXCursor e)
{
	long long v;
	unsigned i, n;
	e = dl_strip(e);
	if (clang_getCursorKind(e) != CXCursor_InitListExpr)
		return dl_eval_int(e, &v) && v == 0;
	n = dl_child_count(e);
	for (i = 0; i < n; i++)
		if (!all_zero(dl_child(e, i)))
			return 0;
	return 1;
}

static void note_write(timeout_scan *ts, CXCursor value)
{
	if (all_zero(value))
		ts->zero = 1;
	else
		ts->nonzero = 1;
}

static enum CXChildVisitResult timeout_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	timeout_scan *ts = d;
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_VarDecl && clang_equalCursors(c, ts->var)) {
		CXCursor init = clang_Cursor_getVarDeclInitializer(c);
		if (!clang_Cursor_isNull(init))
			note_write(ts, init);
	} else if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
		   clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign &&
		   refers_to(dl_child(c, 0), ts->var)) {
		note_write(ts, dl_child(c, 1));
	} else if (clang_getCursorKind(c) == CXCursor_CompoundAssignOperator &&
		   refers_to(dl_child(c, 0), ts->var)) {
		ts->nonzero = 1;
	}
	return CXChildVisit_Recurse;
}

/* 1: the wait may block (no time-out, or a nonzero one); 0: a zero time-out;
 * -1: unknown (a time-out the caller gave us...). */
static int timeout_blocks(CXCursor arg)
{
	timeout_scan ts;
	CXCursor e = dl_strip(arg), fn;
	if (is_null_constant(e))
		return 1;
	if (clang_getCursorKind(e) != CXCursor_UnaryOperator ||
	    clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf)
		return -1;
	e = dl_strip(dl_child(e, 0));
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return -1;
	memset(&ts, 0, sizeof(ts));
	ts.var = clang_getCursorReferenced(e);
	fn = clang_getCursorSemanticParent(ts.var);
	if (clang_getCursorKind(ts.var) != CXCursor_VarDecl || clang_getCursorKind(fn) != CXCursor_FunctionDecl)
		return -1;
	clang_visitChildren(fn, timeout_visit, &ts);
	if (ts.nonzero)
		return 1;
	return ts.zero ? 0 : -1;
}

/* ---- The limit of one call ---- */

static char *param_name(CXCursor call, int arg)
{
	CXCursor decl = clang_getCursorReferenced(call);
	char *name = NULL;
	if (clang_getCursorKind(decl) == CXCursor_FunctionDecl && arg < clang_Cursor_getNumArguments(decl))
		name = dl_cursor_spelling(clang_Cursor_getArgument(decl, (unsigned)arg));
	if (!name || !*name) {
		free(name);
		name = dl_xprintf("argument %d", arg + 1);
	}
	return name;
}

/* Whether the condition holds; fills what the call is shown as and why. */
static int rule_applies(const struct arg_rule *r, CXCursor call, irql_paged_fn paged, void *ctx,
			irql_api_limit *out)
{
	CXCursor a = r->arg >= 0 && r->arg < clang_Cursor_getNumArguments(call)
		? clang_Cursor_getArgument(call, (unsigned)r->arg) : clang_getNullCursor();
	long long v;
	char *text, *pname;
	int blocks;
	if (r->cond != COND_ALWAYS && clang_Cursor_isNull(a))
		return 0;
	switch (r->cond) {
	case COND_POOL_TYPE:
	case COND_POOL_FLAGS:
		if (!dl_eval_int(a, &v) || !(r->cond == COND_POOL_TYPE ? pool_type_paged(v) : (v & POOL_FLAG_PAGED)))
			return 0;
		text = dl_cursor_text(a, 48);
		out->shown = dl_xprintf("%s(%s)", r->name, text);
		out->source = dl_xprintf("WDK reference: %s, IRQL <= APC_LEVEL for paged pool", r->name);
		free(text);
		return 1;
	case COND_TIMEOUT:
		if ((blocks = timeout_blocks(a)) != 1)
			return 0;
		out->shown = dl_xprintf("%s with %s", r->name,
					is_null_constant(a) ? "no time-out" : "a nonzero time-out");
		out->source = dl_xprintf("WDK reference: %s, IRQL <= APC_LEVEL unless the time-out is zero",
					 r->name);
		return 1;
	case COND_TRUE:
	case COND_USER_MODE:
		if (!dl_eval_int(a, &v) || v != 1)
			return 0;
		pname = param_name(call, r->arg);
		text = dl_xstrdup(r->cond == COND_TRUE ? "TRUE" : "UserMode");
		out->shown = dl_xprintf("%s with %s = %s", r->name, pname, text);
		out->source = dl_xprintf("WDK reference: %s, IRQL %s %s when %s is %s", r->name,
					 r->max == DL_IRQL_PASSIVE ? "=" : "<=", dl_irql_name(r->max), pname, text);
		free(pname);
		free(text);
		return 1;
	case COND_PAGED_PTR:
		if (!paged || !paged(ctx, a))
			return 0;
		out->shown = dl_xprintf("%s of paged pool", r->name);
		out->source = dl_xprintf("WDK reference: %s, IRQL <= APC_LEVEL for paged pool", r->name);
		return 1;
	case COND_ALWAYS:
		out->shown = dl_xstrdup(r->name);
		out->source = dl_xprintf("WDK reference: %s, IRQL %s %s", r->name,
					 r->max == DL_IRQL_PASSIVE ? "=" : "<", 
					 r->max == DL_IRQL_PASSIVE ? "PASSIVE_LEVEL" : "DISPATCH_LEVEL");
		return 1;
	}
	return 0;
}

int irql_api_limit_of(CXCursor call, const char *name, irql_paged_fn paged, void *ctx,
		      irql_api_limit *out)
{
	const struct api_level *lv;
	const struct arg_rule *r;
	memset(out, 0, sizeof(*out));
	if ((r = arg_rule_find(name))) {
		if (!rule_applies(r, call, paged, ctx, out))
			return 0;
		out->max = r->max;
		return 1;
	}
	lv = bsearch(name, api_levels, sizeof(api_levels) / sizeof(api_levels[0]), sizeof(api_levels[0]),
		     cmp_api_level);
	if (lv) {
		out->max = lv->max;
		out->shown = dl_xstrdup(name);
		out->source = dl_xprintf("WDK reference: %s, IRQL %s", name,
					 lv->max == DL_IRQL_PASSIVE ? "= PASSIVE_LEVEL" : "<= APC_LEVEL");
		return 1;
	}
	/* The project's own (.drvlint.json "pageable"): below DISPATCH_LEVEL. */
	if (dl_config_is_pageable(dl_active_config(), name)) {
		out->max = DL_IRQL_APC;
		out->shown = dl_xstrdup(name);
		out->source = dl_xprintf("%s lists %s as pageable", dl_active_config()->path, name);
		return 1;
	}
	/* Every Zw routine runs at PASSIVE_LEVEL, documented one by one or not. */
	if (!strncmp(name, "Zw", 2) && name[2] >= 'A' && name[2] <= 'Z') {
		out->max = DL_IRQL_PASSIVE;
		out->shown = dl_xstrdup(name);
		out->source = dl_xstrdup("WDK reference: Zw* routines, IRQL = PASSIVE_LEVEL");
		return 1;
	}
	return 0;
}

void irql_api_limit_free(irql_api_limit *l)
{
	if (!l)
		return;
	free(l->shown);
	free(l->source);
	memset(l, 0, sizeof(*l));
}

int irql_alloc_is_paged(CXCursor call, const char *name)
{
	const struct arg_rule *r = arg_rule_find(name);
	long long v;
	if (!r || (r->cond != COND_POOL_TYPE && r->cond != COND_POOL_FLAGS) ||
	    r->arg >= clang_Cursor_getNumArguments(call) ||
	    !dl_eval_int(clang_Cursor_getArgument(call, (unsigned)r->arg), &v))
		return 0;
	return r->cond == COND_POOL_TYPE ? pool_type_paged(v) : (v & POOL_FLAG_PAGED) != 0;
}
