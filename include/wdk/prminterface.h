/*
 * prminterface.h - the platform runtime mechanism (PRM) interface: invoking
 * firmware PRM handlers from a driver, drvlint WDK model.
 */
#pragma once
#ifndef _DRVLINT_PRMINTERFACE_H
#define _DRVLINT_PRMINTERFACE_H
#include <wdm.h>

#define PRM_INTERFACE_VERSION 1
typedef NTSTATUS (*PRM_LOCK_MODULE)(_In_ LPGUID Guid);
typedef NTSTATUS (*PRM_UNLOCK_MODULE)(_In_ LPGUID Guid);
typedef NTSTATUS (*PRM_QUERY_HANDLER)(_In_ LPGUID Guid, _Out_ PBOOLEAN Found);
typedef NTSTATUS (*PRM_INVOKE_HANDLER)(_In_ LPGUID Guid, _In_opt_ PVOID ParameterBuffer, _In_ ULONG Flags,
	_Out_ PULONG64 EfiStatus);
typedef struct _PRM_INTERFACE {
	ULONG Version;
	PRM_LOCK_MODULE LockModule;
	PRM_UNLOCK_MODULE UnlockModule;
	PRM_QUERY_HANDLER QueryHandler;
	PRM_INVOKE_HANDLER InvokeHandler;
} PRM_INTERFACE, *PPRM_INTERFACE;
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExGetPrmInterface(_In_ ULONG Version, _Out_ PPRM_INTERFACE PrmInterface);

#endif /* _DRVLINT_PRMINTERFACE_H */
