/* Tables of library and kernel functions that touch memory or do not return. */
#include "drvlint/apis.h"
#include "drvlint/config.h"
#include "drvlint/flow.h"

#include <stdlib.h>
#include <string.h>

#define A(i) (1u << (i))

/* Sorted by name (bsearch). The Rtl* copy macros expand to the C functions, but
 * a real WDK or a driver may call them as functions, so they are listed too. */
static const dl_mem_api mem_apis[] = {
	{"RtlAppendUnicodeStringToString", A(1), A(0)},
	{"RtlAppendUnicodeToString", A(1), A(0)},
	{"RtlCompareMemory", A(0) | A(1), 0},
	{"RtlCopyBytes", A(1), A(0)},
	{"RtlCopyMemory", A(1), A(0)},
	{"RtlCopyMemoryNonTemporal", A(1), A(0)},
	{"RtlCopyString", A(1), A(0)},
	{"RtlCopyUnicodeString", A(1), A(0)},
	{"RtlEqualMemory", A(0) | A(1), 0},
	{"RtlFillBytes", 0, A(0)},
	{"RtlFillMemory", 0, A(0)},
	{"RtlInitAnsiString", A(1), A(0)},
	{"RtlInitString", A(1), A(0)},
	{"RtlInitUnicodeString", A(1), A(0)},
	{"RtlMoveMemory", A(1), A(0)},
	{"RtlSecureZeroMemory", 0, A(0)},
	{"RtlStringCbCatA", A(2), A(0)},
	{"RtlStringCbCatNA", A(2), A(0)},
	{"RtlStringCbCatNW", A(2), A(0)},
	{"RtlStringCbCatW", A(2), A(0)},
	{"RtlStringCbCopyA", A(2), A(0)},
	{"RtlStringCbCopyNA", A(2), A(0)},
	{"RtlStringCbCopyNW", A(2), A(0)},
	{"RtlStringCbCopyW", A(2), A(0)},
	{"RtlStringCbLengthA", A(0), 0},
	{"RtlStringCbLengthW", A(0), 0},
	{"RtlStringCbPrintfA", 0, A(0)},
	{"RtlStringCbPrintfW", 0, A(0)},
	{"RtlStringCchCatA", A(2), A(0)},
	{"RtlStringCchCatW", A(2), A(0)},
	{"RtlStringCchCopyA", A(2), A(0)},
	{"RtlStringCchCopyNA", A(2), A(0)},
	{"RtlStringCchCopyNW", A(2), A(0)},
	{"RtlStringCchCopyW", A(2), A(0)},
	{"RtlStringCchLengthA", A(0), 0},
	{"RtlStringCchLengthW", A(0), 0},
	{"RtlStringCchPrintfA", 0, A(0)},
	{"RtlStringCchPrintfW", 0, A(0)},
	{"RtlZeroBytes", 0, A(0)},
	{"RtlZeroMemory", 0, A(0)},
	{"memcmp", A(0) | A(1), 0},
	{"memcpy", A(1), A(0)},
	{"memmove", A(1), A(0)},
	{"memset", 0, A(0)},
	{"strcat", A(1), A(0)},
	{"strcmp", A(0) | A(1), 0},
	{"strcpy", A(1), A(0)},
	{"strlen", A(0), 0},
	{"strncat", A(1), A(0)},
	{"strncmp", A(0) | A(1), 0},
	{"strncpy", A(1), A(0)},
	{"strnlen", A(0), 0},
	{"wcscat", A(1), A(0)},
	{"wcscmp", A(0) | A(1), 0},
	{"wcscpy", A(1), A(0)},
	{"wcslen", A(0), 0},
	{"wcsncat", A(1), A(0)},
	{"wcsncmp", A(0) | A(1), 0},
	{"wcsncpy", A(1), A(0)},
	{"wcsnlen", A(0), 0},
	{"wmemcpy", A(1), A(0)},
	{"wmemmove", A(1), A(0)},
	{"wmemset", 0, A(0)},
};

static int cmp_api(const void *key, const void *elem)
{
	return strcmp(key, ((const dl_mem_api *)elem)->name);
}

const dl_mem_api *dl_mem_api_find(const char *name)
{
	return bsearch(name, mem_apis, sizeof(mem_apis) / sizeof(mem_apis[0]), sizeof(mem_apis[0]), cmp_api);
}

unsigned dl_mem_access_args(const char *name, unsigned *writes)
{
	const dl_mem_api *api = dl_mem_api_find(name);
	int arg = 0;
	*writes = 0;
	if (api) {
		*writes = api->writes;
		return api->reads;
	}
	/* A configured access reads through its argument: enough for every rule. */
	if (dl_config_is_access(dl_active_config(), name, &arg) && arg >= 0 && arg < 32)
		return 1u << arg;
	return 0;
}

static const char *const noreturn_names[] = {
	"ExRaiseAccessViolation", "ExRaiseDatatypeMisalignment", "ExRaiseStatus",
	"KeBugCheck", "KeBugCheckEx", "RtlRaiseStatus", "__fastfail",
};

int dl_is_noreturn(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(noreturn_names) / sizeof(noreturn_names[0]); i++)
		if (!strcmp(name, noreturn_names[i]))
			return 1;
	return 0;
}

const char *dl_probe_function(const char *name)
{
	static const char *const probes[] = {"ProbeForRead", "ProbeForWrite", "MmProbeAndLockPages"};
	size_t i;
	for (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++)
		if (!strcmp(name, probes[i]))
			return probes[i];
	return NULL;
}
