/*
 * Whole-program analysis (analyzer/analyze.c).
 *
 * Every function with a body is run through the flow engine three times, with
 * all analysis plug-ins' domains at once:
 *   1. SUMMARY, bottom-up over the call graph (callees first; recursive cycles
 *      iterate until the summaries settle): plug-ins record what a function
 *      does to its parameters, what it returns, whether it raises the IRQL...
 *   2. CONTEXT, top-down (callers first, re-queuing a callee whose entry facts
 *      changed): plug-ins push the facts at each call site into the callee's
 *      entry context (e.g. the IRQL it may be entered at).
 *   3. REPORT: the events are replayed to the enabled checks with the facts
 *      at each point.
 * The call graph spans all files of the run (functions are merged by USR).
 */
#ifndef DRVLINT_ANALYZE_H
#define DRVLINT_ANALYZE_H

#include "drvlint/model.h"
#include "drvlint/rules.h"
#include "drvlint/finding.h"
#include "drvlint/flow.h"

typedef struct dl_analysis dl_analysis;

typedef enum dl_phase {
	DL_PHASE_SUMMARY,
	DL_PHASE_CONTEXT,
	DL_PHASE_REPORT
} dl_phase;

struct cJSON;

/* What a plug-in keeps between functions, as plain data (the summary cache,
 * sharded runs). Each call writes into, or reads from, the plug-in's own
 * object; writing nothing means "nothing known". Readers must accept any
 * JSON (cache files are input). */
typedef struct dl_plugin_facts {
	/* fn's summary: what its callers learn from it. */
	void (*save_summary)(void *store, size_t fn, struct cJSON *into);
	void (*load_summary)(void *store, size_t fn, const struct cJSON *from);
	/* What the functions of `unit` push into fn's entry context; load joins. */
	void (*save_context)(void *store, size_t fn, size_t unit, struct cJSON *into);
	void (*load_context)(void *store, size_t fn, size_t unit, const struct cJSON *from);
	/* Program-wide facts found in `unit` (DL_NO_UNIT: in all); load joins.
	 * NULL for a plug-in without program-wide facts. */
	void (*save_program)(void *store, size_t unit, struct cJSON *into);
	void (*load_program)(void *store, size_t unit, const struct cJSON *from);
} dl_plugin_facts;

/* An analysis plug-in: a flow domain plus what it keeps between functions. */
typedef struct dl_plugin {
	const char *name;
	const dl_domain *domain;
	/* Program-wide storage (summaries, contexts), made once and freed at the end. */
	void *(*init)(dl_analysis *a);
	void (*fini)(void *store);
	/* The domain context for analysing function `fn` in `phase`. */
	void *(*begin)(dl_analysis *a, void *store, size_t fn, dl_phase phase);
	/* After the fixpoint. SUMMARY: return 1 when fn's summary changed.
	 * CONTEXT: push call-site facts to callees and call dl_analysis_requeue()
	 * for each callee whose context changed; return value ignored. */
	int (*end)(dl_analysis *a, void *store, size_t fn, dl_phase phase, dl_flow *fl, void *ctx);
	/* Frees a context made by begin, once every plug-in's `end` has run (an
	 * `end` may replay the flow, which runs every domain). NULL: nothing to free. */
	void (*release)(void *ctx);
	const dl_plugin_facts *facts;
} dl_plugin;

/* 0 ok. Findings are appended to `out` (sorted and de-duplicated). */
int dl_analyze(dl_program *prog, const dl_rule_set *rules, dl_findings *out);

/*
 * The analysis with units known from cached facts (dl_model_add_facts): their
 * functions have no body here; what the parsed units need from them (their
 * summaries, what they push into callers' contexts, program-wide facts) is
 * read from `cached[u - prog->ntus]`, its summaries through
 * `cached_summaries`. Out: for each parsed unit, its facts in the same shape
 * (`facts[u]`, caller frees with cJSON_Delete), with "summaries" (each
 * function's, by USR), "summary_digests" (a digest of each) and the findings
 * its functions produced; for every unit, the digest of everything its
 * analysis read from other units (`digests[u]`). Cached facts stay valid
 * while their unit's digest is the one recorded with them.
 */
typedef struct dl_unit_io {
	const struct cJSON *const *cached;
	/* The "summaries" of cached[k], asked for only when a parsed unit calls
	 * into it; NULL when they cannot be read (the run then parses it). */
	const struct cJSON *(*cached_summaries)(void *arg, size_t k);
	void *arg;
	struct cJSON **facts;
	char (*digests)[33];
} dl_unit_io;
int dl_analyze_units(dl_program *prog, const dl_rule_set *rules, dl_findings *out, dl_unit_io *io);

/* ---- for plug-ins and checks ---- */

dl_program *dl_analysis_program(const dl_analysis *a);
/* The program function a call resolves to (maybe without a body); NULL when unknown. */
dl_function *dl_analysis_callee(const dl_analysis *a, CXCursor call);
size_t dl_analysis_index(const dl_analysis *a, const dl_function *fn);
/* The plug-in's program-wide store (as made by its init). */
void *dl_analysis_store(const dl_analysis *a, const dl_plugin *p);
/* The plug-in's state at a program point (REPORT replay), or NULL. */
const void *dl_plugin_state(const dl_analysis *a, const dl_flow_point *pt, const dl_plugin *p);
/* The unit (file) whose body `fn` is, DL_NO_UNIT when none. */
size_t dl_analysis_unit(const dl_analysis *a, size_t fn);
/* A plug-in pushed facts from function `from` (or from unit `unit` when
 * `from` is DL_NO_UNIT) into callee `fn`'s context: the analysis then asks it
 * for that unit's contribution when it digests or saves facts. */
void dl_analysis_contributed(dl_analysis *a, size_t fn, size_t from, size_t unit);
/* CONTEXT phase: the entry facts of `fn` changed; analyse it again. */
void dl_analysis_requeue(dl_analysis *a, size_t fn);

/* A known call of a function: where, and whether inside a __try/__except. */
typedef struct dl_call_site {
	size_t caller;
	CXCursor call;
	int in_try;
} dl_call_site;

const dl_call_site *dl_analysis_callers(const dl_analysis *a, size_t fn, size_t *n);
/* Every path into `fn` comes through a __try/__except: all its known calls are
 * inside one, or inside a function that is itself guarded. 0 when it has no
 * known caller (an exception would reach the system). */
int dl_analysis_guarded(const dl_analysis *a, size_t fn);

/* The plug-ins, in the order of their states at a program point. */
extern const dl_plugin *const dl_plugins[];
extern const size_t dl_plugin_count;

#endif
