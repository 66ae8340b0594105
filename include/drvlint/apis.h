/* Built-in knowledge about library and kernel functions (analyzer/apis.c). */
#ifndef DRVLINT_APIS_H
#define DRVLINT_APIS_H

/* A function that reads or writes memory through pointer arguments. */
typedef struct dl_mem_api {
	const char *name;
	unsigned reads;    /* bit i: reads through argument i */
	unsigned writes;   /* bit i: writes through argument i */
} dl_mem_api;

const dl_mem_api *dl_mem_api_find(const char *name);

/* The arguments a call of `name` reads (return value) and writes (*writes)
 * through: the table above, then the project's configured accesses. */
unsigned dl_mem_access_args(const char *name, unsigned *writes);

/* Calls that never return normally (they raise or bug-check). */
int dl_is_noreturn(const char *name);

/* The probe `name` is (ProbeForRead, ProbeForWrite, MmProbeAndLockPages), as
 * a static string; NULL when it is none. They raise on a bad user address. */
const char *dl_probe_function(const char *name);

#endif
