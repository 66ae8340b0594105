/*
 * The IRQL domain (analyzer/irql*.c).
 *
 * At each point of a function: the range of IRQLs it may run at (PASSIVE <
 * APC < DISPATCH < DIRQL) and why it is raised: the locks held and raises in
 * effect (with the lock as written and where it was taken), or the function's
 * role, SAL contract or the routine that runs it. Functions are entered at
 * their role's IRQL joined with their callers' states across all files; a
 * pageable function, or one annotated to run below DISPATCH_LEVEL, is entered
 * under its own contract and its callers answer for breaking it.
 *
 * Pageable: functions in PAGE* sections or calling PAGED_CODE(), kernel APIs
 * that must run below DISPATCH_LEVEL (a table built in), memory from paged
 * pool (and the struct fields and globals ever assigned it), globals in
 * PAGE* data sections. Summaries tell callers whether a function reaches
 * pageable code while its own locks are not held, and which locks it returns
 * holding or releases for them (AcquireDeviceLock(ext) wrappers).
 */
#ifndef DRVLINT_IRQL_H
#define DRVLINT_IRQL_H

#include "drvlint/analyze.h"

extern const dl_plugin dl_irql_plugin;

typedef struct dl_irql_state dl_irql_state;

/* The state at a point of the REPORT replay, or NULL. */
const dl_irql_state *dl_irql_at(const dl_analysis *a, const dl_flow_point *pt);
void dl_irql_range(const dl_irql_state *s, dl_irql *min, dl_irql *max);

/* One part of a finding: a phrase for the message and the path steps. */
typedef struct dl_irql_fact {
	char *text;        /* "ZwCreateFile must run at PASSIVE_LEVEL" */
	char *verb;        /* how the use is made: "called", "read by RtlCopyMemory"... */
	char *reach;       /* the same for a caller's summary: "calls ZwCreateFile, which..." */
	int indirect;      /* a call of a function that reaches pageable code */
	dl_loc loc;        /* where the use is (the finding's location) */
	dl_step *steps;
	size_t nsteps;
} dl_irql_fact;

void dl_irql_fact_clear(dl_irql_fact *f);
/* Appends a step (copied). */
void dl_irql_fact_step(dl_irql_fact *f, const dl_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Whether the IRQL at `s` may be DISPATCH_LEVEL or higher for a reason the
 * function owns: a lock it holds, a raise, its role, its annotation, the
 * routine that runs it. Then 1, with why->text a phrase such as "with spin lock
 * 'ext->Lock' held (acquired at line 44)" or "in DPC routine 'TimerDpc'
 * (DISPATCH_LEVEL)" and the steps that show it. Line numbers are relative to
 * `at` (the finding). Raised only by its callers: 0, the calls are reported.
 */
int dl_irql_raised(const dl_analysis *a, const dl_irql_state *s, const dl_loc *at,
		   dl_irql_fact *why);

/*
 * The pageable things event `ev` uses at state `s`, whatever the IRQL: a call
 * of a pageable or contract-bound function, of a kernel API that must run
 * below DISPATCH_LEVEL, of a function that reaches pageable code; an access to
 * paged pool or to a pageable global. `fn` is called for each.
 */
typedef void (*dl_irql_use_fn)(const dl_irql_fact *use, void *arg);
void dl_irql_pageable_uses(const dl_analysis *a, const dl_irql_state *s, const dl_event *ev,
			   dl_irql_use_fn fn, void *arg);

/*
 * A call that raises the IRQL to DISPATCH_LEVEL or higher made in pageable
 * function `fn`: a lock acquire or raise, an inline helper that raises (it is
 * compiled into the pageable section), a helper that returns with a lock held.
 * 1 with raise->text "KeAcquireSpinLock raises the IRQL to DISPATCH_LEVEL" and
 * pageable->text "'Foo' is pageable (#pragma alloc_text(PAGE) at line 40)".
 */
int dl_irql_raise_in_pageable(const dl_analysis *a, size_t fn, const dl_irql_state *s,
			      const dl_event *ev, dl_irql_fact *raise, dl_irql_fact *pageable);

/* Why function `fn` is pageable ("'Foo' is pageable (calls PAGED_CODE() at line 20)"),
 * 1; or 0 when it is not pageable. */
int dl_irql_fn_pageable(const dl_analysis *a, size_t fn, const dl_loc *at, dl_irql_fact *out);

/* Whether registration `r` makes `f` run at DISPATCH_LEVEL or higher: 1 with
 * the IRQL in *level, *always = 0 when it only may (completion routines). */
int dl_irql_registration_raised(const dl_analysis *a, const dl_function *f, const dl_registration *r,
				dl_irql *level, int *always);

/* A call that runs a routine at raised IRQL (KeSynchronizeExecution): 1 with
 * the routine's function index and the IRQL, else 0. */
int dl_irql_sync_call(const dl_analysis *a, CXCursor call, size_t *fn, dl_irql *level);

#endif
