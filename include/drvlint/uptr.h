/*
 * The user-pointer domain (analyzer/uptr*.c): which pointers may hold a
 * user-mode address, whether the memory they point into was probed on every
 * path, and which parameters a function accesses without a probe (summaries).
 *
 * Values are a may-analysis: a pointer is a user address if it may be one on
 * some path (Irp->UserBuffer, Type3InputBuffer, FastIoDeviceControl buffers,
 * WdfRequestRetrieveUnsafeUser*Buffer, and pointers stored in user-controlled
 * memory). Probes are a must-analysis: a buffer is probed when every path to
 * the point passed a completed ProbeForRead/ProbeForWrite (or an equivalent
 * sanitizer), or the requestor is known to be kernel mode.
 *
 * The checks (unprobed-user-pointer, user-access-outside-try) ask for the
 * verdicts at an access or a call; probe-outside-try only needs
 * dl_uptr_raising_probe().
 */
#ifndef DRVLINT_UPTR_H
#define DRVLINT_UPTR_H

#include "drvlint/analyze.h"

extern const dl_plugin dl_uptr_plugin;

typedef enum dl_uptr_verdict {
	DL_UPTR_UNPROBED = 1,    /* some path reaches the access without a probe */
	DL_UPTR_OUTSIDE_TRY      /* probed, but accessed outside __try/__except */
} dl_uptr_verdict;

/* One faulty access of a user pointer, with what a message needs. */
typedef struct dl_uptr_fact {
	dl_uptr_verdict verdict;
	dl_loc loc;            /* the access */
	char *what;            /* the pointer as written at the access: "inBuf" */
	char *source;          /* what made it a user address: "Type3InputBuffer" */
	char *source_fn;       /* the function holding the source, when not the accessing one */
	char *in_fn;           /* the callee holding the access, NULL when in the function analysed */
	char *via;             /* the library call that accesses it ("RtlCopyMemory"), or NULL */
	int is_write;
	unsigned probe_line;   /* DL_UPTR_OUTSIDE_TRY: line of the probe, 0 when unknown... */
	char *probed_by;       /* ...or who probed it when not the driver ("the I/O manager") */
	dl_step *steps;        /* source -> assignments/calls -> decision -> the access */
	size_t nsteps;
} dl_uptr_fact;

typedef struct dl_uptr_facts {
	dl_uptr_fact *items;
	size_t count, cap;
	dl_uptr_verdict want;  /* set by the caller: only facts of this verdict (0: all), the
	                        * others' messages and paths are not worked out */
} dl_uptr_facts;

/*
 * The faulty user-pointer accesses at event `ev` of function `fn` (REPORT
 * replay, state at `pt`): for an ACCESS, the access itself; for a CALL of a
 * function with a summary, the callee's accesses of the user pointers passed
 * to it. Appends to `out`; 0 ok.
 */
int dl_uptr_event_facts(dl_analysis *a, const dl_flow_point *pt, size_t fn, const dl_event *ev,
			dl_uptr_facts *out);
void dl_uptr_facts_clear(dl_uptr_facts *f);   /* frees contents; f stays usable */

/* How a fact's access reads in a message: "read by RtlCopyMemory in CopyRequest".
 * Malloc'd. */
char *dl_uptr_access_text(const dl_uptr_fact *f);

/* Does `expr` at `pt` point into user-mode memory (probed or not, on some
 * path)? Then *source is the source's description ("Irp->UserBuffer"),
 * malloc'd. For the IRQL rule: user memory is pageable. */
int dl_uptr_user_memory(dl_analysis *a, const dl_flow_point *pt, CXCursor expr, char **source);

/* 1 when `call` is a probe that raises on a bad address: ProbeForRead,
 * ProbeForWrite, or MmProbeAndLockPages with an access mode that may be
 * UserMode. *name receives the callee's name (static storage). */
int dl_uptr_raising_probe(CXCursor call, const char **name);

#endif
