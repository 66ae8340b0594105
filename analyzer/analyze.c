/* Whole-program analysis: phases, call graph and check dispatch (include/drvlint/analyze.h). */
#include "analyze_priv.h"
#include "drvlint/check.h"
#include "drvlint/facts.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define DL_PLUGIN(sym) extern const dl_plugin sym;
#include "plugins.def"
#undef DL_PLUGIN

const dl_plugin *const dl_plugins[] = {
#define DL_PLUGIN(sym) &sym,
#include "plugins.def"
#undef DL_PLUGIN
	NULL
};
const size_t dl_plugin_count = sizeof(dl_plugins) / sizeof(dl_plugins[0]) - 1;

#define SUMMARY_ROUNDS 8          /* recursion: rounds until summaries settle */
#define CONTEXT_VISITS_PER_FN 8   /* top-down: re-analyses of one function */

/* ------------------------------------------------------------ plug-in API */

dl_program *dl_analysis_program(const dl_analysis *a)
{
	return a->prog;
}

dl_function *dl_analysis_callee(const dl_analysis *a, CXCursor call)
{
	CXCursor decl = clang_getCursorReferenced(call);
	size_t fn;
	if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
		return NULL;
	/* Functions are found by USR, which libclang computes anew every time. */
	if (!dl_cursor_map_get(a->callees, decl, &fn)) {
		dl_function *f = dl_program_function_of(a->prog, decl);
		fn = f ? (size_t)(f - a->prog->fns) + 1 : 0;
		dl_cursor_map_put(a->callees, decl, fn);
	}
	return fn ? &a->prog->fns[fn - 1] : NULL;
}

size_t dl_analysis_index(const dl_analysis *a, const dl_function *fn)
{
	return (size_t)(fn - a->prog->fns);
}

void *dl_analysis_store(const dl_analysis *a, const dl_plugin *p)
{
	size_t i;
	for (i = 0; i < dl_plugin_count; i++)
		if (dl_plugins[i] == p)
			return a->stores[i];
	return NULL;
}

const void *dl_plugin_state(const dl_analysis *a, const dl_flow_point *pt, const dl_plugin *p)
{
	size_t i;
	(void)a;
	for (i = 0; i < dl_plugin_count; i++)
		if (dl_plugins[i] == p)
			return dl_point_state(pt, i);
	return NULL;
}

size_t dl_analysis_unit(const dl_analysis *a, size_t fn)
{
	return fn < a->prog->nfns ? a->prog->fns[fn].unit : DL_NO_UNIT;
}

void dl_analysis_contributed(dl_analysis *a, size_t fn, size_t from, size_t unit)
{
	fn_info *fi = &a->fns[fn];
	size_t i;
	if (from != DL_NO_UNIT)
		unit = dl_analysis_unit(a, from);
	if (unit == DL_NO_UNIT)
		return;
	for (i = 0; i < fi->nctx_units; i++)
		if (fi->ctx_units[i].unit == unit)
			return;
	DL_GROW(fi->ctx_units, fi->capctx_units, fi->nctx_units + 1);
	memset(&fi->ctx_units[fi->nctx_units], 0, sizeof(fi->ctx_units[0]));
	fi->ctx_units[fi->nctx_units++].unit = unit;
}

void dl_analysis_requeue(dl_analysis *a, size_t fn)
{
	fn_info *fi = &a->fns[fn];
	if (!fi->has_body || fi->queued || fi->context_runs >= CONTEXT_VISITS_PER_FN)
		return;
	if (a->prog->fns[fn].cut_short)
		return;
	fi->queued = 1;
	a->queue[a->nqueue++] = fn;
}

const dl_call_site *dl_analysis_callers(const dl_analysis *a, size_t fn, size_t *n)
{
	*n = a->fns[fn].ncallers;
	return a->fns[fn].callers;
}

int dl_analysis_guarded(const dl_analysis *a, size_t fn)
{
	return a->fns[fn].guarded;
}

/* ------------------------------------------------------------- call graph */

typedef struct scan_state {
	dl_analysis *a;
	size_t fn;
} scan_state;

static int scan_calls(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	scan_state *st = arg;
	dl_function *callee;
	fn_info *caller = &st->a->fns[st->fn], *ci;
	size_t idx;
	(void)pt;
	if (ev->kind != DL_EV_CALL || !(callee = dl_analysis_callee(st->a, ev->cursor)))
		return 0;
	idx = dl_analysis_index(st->a, callee);
	ci = &st->a->fns[idx];
	DL_GROW(ci->callers, ci->capcallers, ci->ncallers + 1);
	ci->callers[ci->ncallers].caller = st->fn;
	ci->callers[ci->ncallers].call = ev->cursor;
	ci->callers[ci->ncallers].in_try = ev->in_try;
	ci->ncallers++;
	dl_analysis_contributed(st->a, idx, st->fn, DL_NO_UNIT);
	DL_GROW(caller->callees, caller->capcallees, caller->ncallees + 1);
	caller->callees[caller->ncallees++] = idx;
	return 0;
}

/* Call sites come from the engine's own lowering (with no domain), so they
 * carry the same reachability and __try facts the checks see. */
static void build_call_graph(dl_analysis *a)
{
	size_t i;
	for (i = 0; i < a->prog->nfns; i++) {
		dl_flow *fl = NULL;
		scan_state st = {a, i};
		if (!a->fns[i].has_body)
			continue;
		a->fns[i].cfg = dl_cfg_new(a->prog->fns[i].def);
		dl_flow_run(&fl, a->fns[i].cfg, NULL, 0);
		dl_flow_replay(fl, scan_calls, &st);
		dl_flow_free(fl);
	}
}

/* a->order: callees before callers, by an iterative depth-first search
 * (deep call chains must not exhaust the stack). */
static void order_bottom_up(dl_analysis *a)
{
	size_t n = a->prog->nfns, fn;
	size_t *stack = dl_xmalloc(n * sizeof(size_t) + sizeof(size_t));
	size_t *next = dl_xcalloc(n + 1, sizeof(size_t));
	unsigned char *seen = dl_xcalloc(n + 1, 1);
	for (fn = 0; fn < n; fn++) {
		size_t top = 0;
		if (seen[fn] || !a->fns[fn].has_body)
			continue;
		seen[fn] = 1;
		stack[top++] = fn;
		while (top) {
			size_t cur = stack[top - 1];
			fn_info *fi = &a->fns[cur];
			if (next[cur] < fi->ncallees) {
				size_t callee = fi->callees[next[cur]++];
				if (!seen[callee] && a->fns[callee].has_body) {
					seen[callee] = 1;
					stack[top++] = callee;
				}
				continue;
			}
			a->order[a->norder++] = cur;
			top--;
		}
	}
	free(stack);
	free(next);
	free(seen);
}

/* Guarded = has callers, no system role, and every call is inside a
 * __try/__except or in a guarded caller (greatest fixpoint). Cached units
 * say whether they call a function, and whether unguarded. */
static void compute_guarded(dl_analysis *a)
{
	size_t i, j;
	int changed = 1;
	for (i = 0; i < a->prog->nfns; i++) {
		fn_info *fi = &a->fns[i];
		int called = fi->ncallers > 0, unguarded = 0;
		for (j = 0; j < fi->nctx_units; j++) {
			called |= fi->ctx_units[j].cached_called;
			unguarded |= fi->ctx_units[j].cached_unguarded;
		}
		fi->guarded = called && !unguarded && a->prog->fns[i].role == DL_ROLE_NONE;
	}
	while (changed) {
		changed = 0;
		for (i = 0; i < a->prog->nfns; i++) {
			fn_info *fi = &a->fns[i];
			if (!fi->guarded)
				continue;
			for (j = 0; j < fi->ncallers; j++)
				if (!fi->callers[j].in_try && !a->fns[fi->callers[j].caller].guarded) {
					fi->guarded = 0;
					changed = 1;
					break;
				}
		}
	}
}

/* ----------------------------------------------------------------- phases */

/* Runs the engine on `fn` with every plug-in's domain for `phase`. */
static dl_flow *run_phase(dl_analysis *a, size_t fn, dl_phase phase, void **ctxs, dl_domain_run *runs)
{
	dl_flow *fl = NULL;
	size_t i;
	for (i = 0; i < dl_plugin_count; i++) {
		ctxs[i] = dl_plugins[i]->begin(a, a->stores[i], fn, phase);
		runs[i].domain = dl_plugins[i]->domain;
		runs[i].ctx = ctxs[i];
	}
	dl_flow_run(&fl, a->fns[fn].cfg, runs, dl_plugin_count);
	return fl;
}

static int end_phase(dl_analysis *a, size_t fn, dl_phase phase, dl_flow *fl, void **ctxs)
{
	size_t i;
	int changed = 0;
	dl_flow_stats st;
	for (i = 0; i < dl_plugin_count; i++)
		changed |= dl_plugins[i]->end(a, a->stores[i], fn, phase, fl, ctxs[i]);
	for (i = 0; i < dl_plugin_count; i++)
		if (dl_plugins[i]->release)
			dl_plugins[i]->release(ctxs[i]);
	/* Cut short once, it would be as costly and as incomplete every time:
	 * it keeps the summary it has and is not run again. */
	dl_flow_get_stats(fl, &st);
	if (st.cut_short)
		a->prog->fns[fn].cut_short = 1;
	return changed;
}

/* A function's summary depends on its callees' only: when one changes,
 * its callers are run again. */
static void mark_callers_stale(dl_analysis *a, size_t fn)
{
	const fn_info *fi = &a->fns[fn];
	size_t j;
	for (j = 0; j < fi->ncallers; j++)
		a->fns[fi->callers[j].caller].stale = 1;
}

static void phase_summary(dl_analysis *a, void **ctxs, dl_domain_run *runs)
{
	unsigned round;
	size_t k;
	for (k = 0; k < a->norder; k++)
		a->fns[a->order[k]].stale = 1;
	/* Bottom-up, a caller runs after its callees: without recursion the
	 * first round leaves nothing stale. A recursive caller run before its
	 * callee changed is run again in the next round. */
	for (round = 0; round < SUMMARY_ROUNDS; round++) {
		size_t ran = 0;
		for (k = 0; k < a->norder; k++) {
			size_t fn = a->order[k];
			dl_flow *fl;
			if (!a->fns[fn].stale || a->prog->fns[fn].cut_short)
				continue;
			a->fns[fn].stale = 0;
			ran++;
			fl = run_phase(a, fn, DL_PHASE_SUMMARY, ctxs, runs);
			if (end_phase(a, fn, DL_PHASE_SUMMARY, fl, ctxs) || a->prog->fns[fn].cut_short)
				mark_callers_stale(a, fn);
			dl_flow_free(fl);
		}
		if (!ran)
			break;
	}
}

static void phase_context(dl_analysis *a, void **ctxs, dl_domain_run *runs)
{
	size_t k;
	/* Callers first: the reverse of the bottom-up order. */
	for (k = a->norder; k-- > 0;)
		dl_analysis_requeue(a, a->order[k]);
	/* The queue is a FIFO in a ring-free array: each function enters it at
	 * most CONTEXT_VISITS_PER_FN times, so the array bound holds. */
	for (k = 0; k < a->nqueue; k++) {
		size_t fn = a->queue[k];
		dl_flow *fl;
		a->fns[fn].queued = 0;
		if (a->prog->fns[fn].cut_short)
			continue;
		a->fns[fn].context_runs++;
		fl = run_phase(a, fn, DL_PHASE_CONTEXT, ctxs, runs);
		end_phase(a, fn, DL_PHASE_CONTEXT, fl, ctxs);
		dl_flow_free(fl);
	}
}

/* ------------------------------------------------------------------ checks */

typedef struct handler {
	const dl_rule *rule;
	dl_check_fn fn;
} handler;

struct dl_checker {
	handler *on[DL_EV_KIND_COUNT];
	size_t n[DL_EV_KIND_COUNT], cap[DL_EV_KIND_COUNT];
	const dl_rule *registering;
};

void dl_checker_on(dl_checker *reg, dl_event_kind kind, dl_check_fn fn)
{
	DL_GROW(reg->on[kind], reg->cap[kind], reg->n[kind] + 1);
	reg->on[kind][reg->n[kind]].rule = reg->registering;
	reg->on[kind][reg->n[kind]].fn = fn;
	reg->n[kind]++;
}

struct dl_check_ctx {
	dl_analysis *a;
	dl_checker *reg;
	dl_findings *out;
	const dl_rule *rule;
	const dl_flow_point *pt;
	size_t fn;
};

const dl_rule *dl_check_rule(const dl_check_ctx *c) { return c->rule; }
dl_analysis *dl_check_analysis(const dl_check_ctx *c) { return c->a; }
const dl_flow_point *dl_check_point(const dl_check_ctx *c) { return c->pt; }
size_t dl_check_function(const dl_check_ctx *c) { return c->fn; }

void dl_check_report(dl_check_ctx *c, const dl_loc *loc, const dl_step *steps, size_t nsteps,
		     const char *fmt, ...)
{
	dl_buf msg = {0};
	va_list ap;
	va_start(ap, fmt);
	dl_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	dl_findings_add(c->out, c->rule, c->rule->level, loc, dl_buf_cstr(&msg), steps, nsteps);
	dl_buf_free(&msg);
}

static int dispatch(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	dl_check_ctx *c = arg;
	size_t i;
	c->pt = pt;
	for (i = 0; i < c->reg->n[ev->kind]; i++) {
		c->rule = c->reg->on[ev->kind][i].rule;
		c->reg->on[ev->kind][i].fn(c, ev);
	}
	return 0;
}

static void phase_report(dl_analysis *a, dl_checker *reg, dl_findings *out, void **ctxs,
			 dl_domain_run *runs)
{
	dl_check_ctx c = {a, reg, out, NULL, NULL, 0};
	size_t i;
	for (i = 0; i < a->prog->nfns; i++) {
		size_t first = out->count;
		dl_flow *fl;
		if (!a->fns[i].has_body || a->prog->fns[i].cut_short)
			continue;
		fl = run_phase(a, i, DL_PHASE_REPORT, ctxs, runs);
		c.fn = i;
		dl_flow_replay(fl, dispatch, &c);
		end_phase(a, i, DL_PHASE_REPORT, fl, ctxs);
		dl_flow_free(fl);
		/* What a flow cut short finds is not what the function does. */
		if (a->prog->fns[i].cut_short)
			dl_findings_truncate(out, first);
		if (a->unit_findings && out->count > first) {
			cJSON *mine = dl_json_findings(out, first, out->count), *f;
			while ((f = cJSON_DetachItemFromArray(mine, 0)))
				cJSON_AddItemToArray(a->unit_findings[a->prog->fns[i].unit], f);
			cJSON_Delete(mine);
		}
	}
}

static void checker_init(dl_checker *reg, const dl_rule_set *rules)
{
	size_t i;
	memset(reg, 0, sizeof(*reg));
	for (i = 0; i < dl_rule_count; i++) {
		if (!dl_rule_enabled(rules, dl_rules[i]) || !dl_rules[i]->init)
			continue;
		reg->registering = dl_rules[i];
		dl_rules[i]->init(reg);
	}
}

static void checker_free(dl_checker *reg)
{
	int k;
	for (k = 0; k < DL_EV_KIND_COUNT; k++)
		free(reg->on[k]);
}

/* ------------------------------------------------------------------- entry */

int dl_analyze(dl_program *prog, const dl_rule_set *rules, dl_findings *out)
{
	return dl_analyze_units(prog, rules, out, NULL);
}

int dl_analyze_units(dl_program *prog, const dl_rule_set *rules, dl_findings *out, dl_unit_io *io)
{
	dl_analysis a;
	dl_checker reg;
	void **ctxs;
	dl_domain_run *runs;
	size_t i, n = prog->nfns;

	memset(&a, 0, sizeof(a));
	a.prog = prog;
	a.io = io;
	dl_child_memo_begin();
	a.callees = dl_cursor_map_new();
	if (io) {
		a.unit_findings = dl_xcalloc(prog->ntus + 1, sizeof(cJSON *));
		for (i = 0; i < prog->ntus; i++)
			a.unit_findings[i] = cJSON_CreateArray();
	}
	a.fns = dl_xcalloc(n + 1, sizeof(fn_info));
	a.order = dl_xcalloc(n + 1, sizeof(size_t));
	a.queue = dl_xcalloc(n * CONTEXT_VISITS_PER_FN + 1, sizeof(size_t));
	a.stores = dl_xcalloc(dl_plugin_count + 1, sizeof(void *));
	ctxs = dl_xcalloc(dl_plugin_count + 1, sizeof(void *));
	runs = dl_xcalloc(dl_plugin_count + 1, sizeof(dl_domain_run));
	for (i = 0; i < n; i++)
		a.fns[i].has_body = prog->fns[i].tu && !clang_Cursor_isNull(prog->fns[i].def);

	build_call_graph(&a);
	order_bottom_up(&a);
	if (io)
		dl_facts_load_calls(&a);
	compute_guarded(&a);
	for (i = 0; i < dl_plugin_count; i++)
		a.stores[i] = dl_plugins[i]->init(&a);
	if (io)
		dl_facts_load(&a);

	phase_summary(&a, ctxs, runs);
	phase_context(&a, ctxs, runs);
	checker_init(&reg, rules);
	phase_report(&a, &reg, out, ctxs, runs);
	if (io)
		dl_facts_save(&a);
	dl_findings_sort_unique(out);

	checker_free(&reg);
	for (i = 0; i < dl_plugin_count; i++)
		dl_plugins[i]->fini(a.stores[i]);
	for (i = 0; i < n; i++) {
		dl_cfg_free(a.fns[i].cfg);
		free(a.fns[i].callees);
		free(a.fns[i].callers);
		free(a.fns[i].ctx_units);
	}
	if (a.unit_findings)
		for (i = 0; i < prog->ntus; i++)
			cJSON_Delete(a.unit_findings[i]);
	free(a.unit_findings);
	free(a.fns);
	free(a.order);
	free(a.queue);
	free(a.stores);
	free(ctxs);
	free(runs);
	dl_cursor_map_free(a.callees);
	dl_child_memo_end();
	return DL_OK;
}
