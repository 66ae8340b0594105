/* Internals of the whole-program analysis shared by analyze.c and analyze_facts.c. */
#ifndef DRVLINT_ANALYZE_PRIV_H
#define DRVLINT_ANALYZE_PRIV_H

#include "drvlint/analyze.h"

#include <cjson/cJSON.h>

/* A unit that pushes facts into a function's context; for a cached unit,
 * what it says about the function's calls. */
typedef struct ctx_unit {
	size_t unit;
	int cached_called, cached_unguarded;
} ctx_unit;

typedef struct fn_info {
	int has_body;
	dl_cfg *cfg;              /* lowered once, solved in every phase */
	size_t *callees;
	size_t ncallees, capcallees;
	dl_call_site *callers;
	size_t ncallers, capcallers;
	ctx_unit *ctx_units;
	size_t nctx_units, capctx_units;
	int guarded;
	int queued;
	int stale;                /* SUMMARY: a callee's summary changed since its run */
	unsigned context_runs;
} fn_info;

struct dl_analysis {
	dl_program *prog;
	fn_info *fns;
	void **stores;              /* per plug-in */
	size_t *order;              /* bottom-up: callees before callers */
	size_t norder;
	size_t *queue;              /* CONTEXT worklist */
	size_t nqueue;
	dl_cursor_map *callees;     /* declaration -> function index + 1, 0: none */
	dl_unit_io *io;             /* NULL: no cached units, no facts wanted */
	cJSON **unit_findings;      /* per parsed unit, when io */
};

/* analyze_facts.c */
void dl_facts_load_calls(dl_analysis *a);    /* before the guarded fixpoint */
void dl_facts_load(dl_analysis *a);          /* once the plug-ins' stores exist */
void dl_facts_save(dl_analysis *a);          /* after REPORT */

#endif
