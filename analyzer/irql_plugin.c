/*
 * The IRQL plug-in (include/drvlint/irql.h): the program-wide store, entry
 * ranges from roles, annotations and callers, function summaries (SUMMARY)
 * and the callers' states pushed into callees (CONTEXT).
 */
#include "irql_priv.h"
#include "drvlint/config.h"

#include <stdlib.h>
#include <string.h>

#define lmax irql_max
#define lmin irql_min

/* ------------------------------------------------------------- helpers */

irql_store *irql_store_of(const dl_analysis *a)
{
	return dl_analysis_store(a, &dl_irql_plugin);
}

const dl_function *irql_function(const dl_analysis *a, size_t fn)
{
	return &dl_analysis_program(a)->fns[fn];
}

dl_function *irql_callee(const dl_analysis *a, CXCursor call, size_t *idx)
{
	dl_function *f = dl_analysis_callee(a, call);
	if (f && idx)
		*idx = dl_analysis_index(a, f);
	return f;
}

int irql_fn_contract(const dl_function *f)
{
	return f->pageable || f->calls_paged_code ||
	       (f->sal.max != DL_IRQL_UNKNOWN && f->sal.max < DL_IRQL_DISPATCH) ||
	       dl_config_is_pageable(dl_active_config(), f->name);
}

/* The IRQL range its role and annotations give a function; 0 when neither says. */
static int own_range(const irql_store *st, size_t fn, dl_irql *min, dl_irql *max, int *cause)
{
	const dl_function *f = irql_function(st->a, fn);
	*cause = IRQL_CAUSE_NONE;
	/* The object's configuration beats the callback type's annotation. */
	if (f->kmdf_passive) {
		*min = *max = DL_IRQL_PASSIVE;
		return 1;
	}
	if (f->sal.min != DL_IRQL_UNKNOWN || f->sal.max != DL_IRQL_UNKNOWN) {
		*min = f->sal.min != DL_IRQL_UNKNOWN ? f->sal.min : DL_IRQL_PASSIVE;
		*max = f->sal.max != DL_IRQL_UNKNOWN ? lmax(f->sal.max, *min) : *min;
		*cause = IRQL_CAUSE_SAL;
		return 1;
	}
	if (f->role == DL_ROLE_KMDF_IO) {
		/* Without automatic synchronization at DISPATCH_LEVEL, queue callbacks
		 * of most drivers run at PASSIVE_LEVEL: the range is kept for callees,
		 * but the role alone is not reported. */
		if (irql_kmdf_sync(st, fn)) {
			*min = *max = DL_IRQL_DISPATCH;
			*cause = IRQL_CAUSE_ROLE;
		} else {
			dl_role_irql(f->role, min, max);
		}
		return 1;
	}
	if (f->role != DL_ROLE_NONE) {
		dl_role_irql(f->role, min, max);
		*cause = IRQL_CAUSE_ROLE;
		return 1;
	}
	return 0;
}

int irql_fn_self_raised(const irql_store *st, size_t fn)
{
	const dl_function *f = irql_function(st->a, fn);
	dl_irql min, max;
	int cause;
	if (irql_fn_contract(f))
		return 0;
	if (st->fns[fn].sync)
		return 1;
	return own_range(st, fn, &min, &max, &cause) && cause != IRQL_CAUSE_NONE && max >= DL_IRQL_DISPATCH;
}

/* ------------------------------------------------------------- plug-in */

static void *irql_init(dl_analysis *a)
{
	irql_store *st = dl_xcalloc(1, sizeof(*st));
	st->a = a;
	st->nfns = dl_analysis_program(a)->nfns;
	st->fns = dl_xcalloc(st->nfns + 1, sizeof(*st->fns));
	st->paged_index = dl_index_new();
	return st;
}

void irql_summary_clear(irql_summary *sum)
{
	size_t i;
	free(sum->reach_text);
	dl_steps_free(sum->reach_steps, sum->nreach_steps);
	for (i = 0; i < sum->nexit_holds; i++) {
		irql_exit_hold *x = &sum->exit_holds[i];
		free(x->lockkind);
		free(x->name);
		free(x->key);
		free(x->via);
		dl_loc_free(&x->loc);
	}
	free(sum->exit_holds);
	for (i = 0; i < sum->nexit_releases; i++) {
		free(sum->exit_releases[i].key);
		free(sum->exit_releases[i].lockkind);
	}
	free(sum->exit_releases);
	dl_loc_free(&sum->raise_loc);
	free(sum->raise_via);
	dl_loc_free(&sum->paged_loc);
	free(sum->paged_via);
	memset(sum, 0, sizeof(*sum));
}

static void irql_fini(void *store)
{
	irql_store *st = store;
	size_t i;
	if (!st)
		return;
	for (i = 0; i < st->nfns; i++) {
		irql_summary_clear(&st->fns[i].sum);
		dl_loc_free(&st->fns[i].sync_loc);
		dl_loc_free(&st->fns[i].kmdf_sync_loc);
		free(st->fns[i].sync_via);
		free(st->fns[i].contribs);
	}
	free(st->fns);
	for (i = 0; i < st->npaged_decls; i++) {
		free(st->paged_decls[i].name);
		free(st->paged_decls[i].usr);
		dl_loc_free(&st->paged_decls[i].loc);
		free(st->paged_decls[i].via);
	}
	free(st->paged_decls);
	dl_index_free(st->paged_index);
	dl_loc_free(&st->kmdf_device_sync_loc);
	free(st);
}

/*
 * Entry range. SUMMARY: PASSIVE_LEVEL, so that a summary says what the
 * function does by itself. Otherwise a contract-bound function is entered
 * under its contract; the others at the join of their role or annotation,
 * the routine that runs them and their callers' states; PASSIVE_LEVEL when
 * nothing is known.
 */
static void entry_range(irql_ctx *cx)
{
	const dl_function *f = irql_function(cx->a, cx->fn);
	const irql_fninfo *fi = &cx->st->fns[cx->fn];
	dl_irql min = DL_IRQL_UNKNOWN, max = DL_IRQL_UNKNOWN, lo, hi;
	int cause;
	cx->min = cx->max = DL_IRQL_PASSIVE;
	if (cx->phase == DL_PHASE_SUMMARY)
		return;
	if (irql_fn_contract(f)) {
		if (f->sal.max != DL_IRQL_UNKNOWN && f->sal.max < DL_IRQL_DISPATCH)
			cx->max = f->sal.max;
		return;
	}
	if (own_range(cx->st, cx->fn, &lo, &hi, &cause)) {
		min = lo;
		max = hi;
		if (hi >= DL_IRQL_DISPATCH)
			cx->causes |= cause;
	}
	if (fi->sync) {
		min = min == DL_IRQL_UNKNOWN ? fi->sync_level : lmin(min, fi->sync_level);
		max = lmax(max, fi->sync_level);
		cx->causes |= IRQL_CAUSE_SYNC;
	}
	if (fi->called) {
		min = min == DL_IRQL_UNKNOWN ? fi->cmin : lmin(min, fi->cmin);
		max = lmax(max, fi->cmax);
		if (fi->cmax >= DL_IRQL_DISPATCH)
			cx->causes |= IRQL_CAUSE_CALLERS;
	}
	if (min != DL_IRQL_UNKNOWN) {
		cx->min = min;
		cx->max = max;
	}
}

static void *irql_begin(dl_analysis *a, void *store, size_t fn, dl_phase phase)
{
	irql_ctx *cx = dl_xcalloc(1, sizeof(*cx));
	cx->st = store;
	cx->a = a;
	cx->fn = fn;
	cx->phase = phase;
	entry_range(cx);
	return cx;
}

/* ---- SUMMARY ---- */

typedef struct summarize_walk {
	irql_ctx *cx;
	irql_summary sum;
} summarize_walk;

/* A lock key relative to parameter `param` of `fn`: "*" or "" before the
 * parameter's name is kept, the name dropped (translate() puts the caller's
 * argument there). -1 when the key is not written from the parameter. */
static char *relative_key(CXCursor fn, int param, const char *key, int *out_param)
{
	char *pname;
	size_t n, skip;
	*out_param = -1;
	if (param < 0)
		return dl_xstrdup(key);
	pname = dl_cursor_spelling(clang_Cursor_getArgument(fn, (unsigned)param));
	n = strlen(pname);
	skip = key[0] == '*' ? 1 : 0;
	if (n && !strncmp(key + skip, pname, n)) {
		char c = key[skip + n];
		if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
			char *out = dl_xprintf("%.*s%s", (int)skip, key, key + skip + n);
			*out_param = param;
			free(pname);
			return out;
		}
	}
	free(pname);
	return dl_xstrdup(key);
}

static void summarize_exit(irql_ctx *cx, const dl_irql_state *s, irql_summary *sum, CXCursor fn)
{
	unsigned i;
	sum->exit_holds = dl_xcalloc(s->nholds + 1, sizeof(*sum->exit_holds));
	for (i = 0; i < s->nholds; i++) {
		const irql_hold *h = &s->holds[i];
		irql_exit_hold *x = &sum->exit_holds[sum->nexit_holds];
		/* Held on some paths only (a loop that releases when it empties a
		 * list...): callers are not told, a guess would mislead them. */
		if (h->maybe)
			continue;
		x->key = relative_key(fn, h->key_param, h->key, &x->key_param);
		/* A lock named from a local is gone for the caller: its key means nothing there. */
		if (h->key_param >= 0 && x->key_param < 0) {
			free(x->key);
			x->key = NULL;
			continue;
		}
		x->kind = h->kind;
		x->lockkind = h->lockkind ? dl_xstrdup(h->lockkind) : NULL;
		x->name = h->name ? relative_key(fn, h->name_param, h->name, &x->name_param) : NULL;
		x->via = dl_xstrdup(h->via);
		x->level = h->level;
		dl_loc_of_cursor(h->at, &x->loc);
		sum->nexit_holds++;
	}
	sum->exit_releases = dl_xcalloc(s->nreleases + 1, sizeof(*sum->exit_releases));
	for (i = 0; i < s->nreleases; i++) {
		const irql_release *r = &s->releases[i];
		irql_exit_release *x = &sum->exit_releases[sum->nexit_releases++];
		x->key = relative_key(fn, r->key_param, r->key, &x->key_param);
		x->lockkind = r->lockkind ? dl_xstrdup(r->lockkind) : NULL;
	}
	if (s->raised) {
		sum->raises = 1;
		dl_loc_of_cursor(s->raised_at, &sum->raise_loc);
		sum->raise_via = dl_xstrdup(s->raised_via);
	}
	(void)cx;
}

/* The first pageable use made while the function's own locks are not held
 * and no caller's lock was released: what a caller at raised IRQL reaches. */
static void note_reach(const dl_irql_fact *use, void *arg)
{
	irql_summary *sum = arg;
	size_t i;
	/* A pageable use of its own wins over one through a callee: shorter to
	 * explain, and stable when functions call each other recursively. */
	if (sum->reaches && (sum->reaches == 1 || use->indirect))
		return;
	free(sum->reach_text);
	dl_steps_free(sum->reach_steps, sum->nreach_steps);
	sum->reaches = use->indirect ? 2 : 1;
	sum->reach_text = dl_xstrdup(use->reach);
	sum->reach_steps = dl_xcalloc(use->nsteps + 2, sizeof(dl_step));
	for (i = 0; i < use->nsteps; i++) {
		dl_loc_copy(&sum->reach_steps[i].loc, &use->steps[i].loc);
		sum->reach_steps[i].message = dl_xstrdup(use->steps[i].message);
	}
	dl_loc_copy(&sum->reach_steps[i].loc, &use->loc);
	sum->reach_steps[i].message = dl_xstrdup(use->reach);
	sum->nreach_steps = i + 1;
}

static int summarize_visit(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	summarize_walk *w = arg;
	const dl_irql_state *s = dl_plugin_state(w->cx->a, pt, &dl_irql_plugin);
	CXCursor at = clang_getNullCursor();
	const char *via = NULL;
	const irql_paged_decl *decl;
	if (!s)
		return 0;
	if (w->sum.reaches != 1 && s->max < DL_IRQL_DISPATCH && !s->nreleases)
		dl_irql_pageable_uses(w->cx->a, s, ev, note_reach, &w->sum);
	if (ev->kind == DL_EV_RETURN && !w->sum.returns_paged && !clang_Cursor_isNull(ev->rhs) &&
	    irql_expr_paged(s, ev->rhs, &at, &via, &decl)) {
		w->sum.returns_paged = 1;
		if (decl) {
			dl_loc_copy(&w->sum.paged_loc, &decl->loc);
			w->sum.paged_via = decl->via ? dl_xstrdup(decl->via) : NULL;
		} else {
			dl_loc_of_cursor(at, &w->sum.paged_loc);
			w->sum.paged_via = via ? dl_xstrdup(via) : dl_callee_name(dl_strip(at));
		}
	}
	if (ev->kind == DL_EV_EXIT)
		summarize_exit(w->cx, s, &w->sum, dl_flow_function(dl_point_flow(pt)));
	/* Once per call, here rather than in the transfer, which every fixpoint
	 * visit and replay runs again. */
	if (ev->kind == DL_EV_CALL) {
		char *name = dl_callee_name(ev->cursor);
		if (name)
			irql_kmdf_note_call(w->cx->st, dl_analysis_unit(w->cx->a, w->cx->fn),
					    dl_flow_function(dl_point_flow(pt)), ev->cursor, name);
		free(name);
	}
	return 0;
}

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static int summary_equal(const irql_summary *a, const irql_summary *b)
{
	size_t i;
	if (a->done != b->done || a->reaches != b->reaches || !same_str(a->reach_text, b->reach_text) ||
	    a->nexit_holds != b->nexit_holds || a->nexit_releases != b->nexit_releases ||
	    a->raises != b->raises || a->returns_paged != b->returns_paged)
		return 0;
	for (i = 0; i < a->nexit_holds; i++)
		if (!same_str(a->exit_holds[i].key, b->exit_holds[i].key) ||
		    a->exit_holds[i].level != b->exit_holds[i].level ||
		    a->exit_holds[i].key_param != b->exit_holds[i].key_param)
			return 0;
	for (i = 0; i < a->nexit_releases; i++)
		if (!same_str(a->exit_releases[i].key, b->exit_releases[i].key))
			return 0;
	return 1;
}

static int end_summary(irql_ctx *cx, dl_flow *fl)
{
	irql_store *st = cx->st;
	summarize_walk w;
	int changed;
	memset(&w, 0, sizeof(w));
	w.cx = cx;
	dl_flow_replay(fl, summarize_visit, &w);
	w.sum.done = 1;
	changed = !summary_equal(&w.sum, &st->fns[cx->fn].sum) || st->paged_grew;
	st->paged_grew = 0;
	irql_summary_clear(&st->fns[cx->fn].sum);
	st->fns[cx->fn].sum = w.sum;
	return changed;
}

/* ---- CONTEXT ---- */

int irql_join_context(irql_store *st, size_t fn, size_t unit, dl_irql min, dl_irql max)
{
	irql_fninfo *fi = &st->fns[fn];
	irql_contrib *c = NULL;
	size_t i;
	int grew;
	for (i = 0; i < fi->ncontribs && !c; i++)
		if (fi->contribs[i].unit == unit)
			c = &fi->contribs[i];
	if (!c) {
		DL_GROW(fi->contribs, fi->capcontribs, fi->ncontribs + 1);
		c = &fi->contribs[fi->ncontribs++];
		c->unit = unit;
		c->cmin = min;
		c->cmax = max;
	}
	c->cmin = lmin(c->cmin, min);
	c->cmax = lmax(c->cmax, max);
	grew = !fi->called || fi->cmin > min || fi->cmax < max;
	fi->cmin = fi->called ? lmin(fi->cmin, min) : min;
	fi->cmax = fi->called ? lmax(fi->cmax, max) : max;
	fi->called = 1;
	return grew;
}

/* Functions with a body here or in a cached unit take their callers' states. */
static int takes_context(const dl_function *f)
{
	return (irql_has_body(f) || f->unit != DL_NO_UNIT) && !irql_fn_contract(f);
}

static void push_caller_state(irql_ctx *cx, size_t callee, const dl_irql_state *s)
{
	if (!takes_context(irql_function(cx->a, callee)))
		return;
	dl_analysis_contributed(cx->a, callee, cx->fn, DL_NO_UNIT);
	if (irql_join_context(cx->st, callee, dl_analysis_unit(cx->a, cx->fn), s->min, s->max))
		dl_analysis_requeue(cx->a, callee);
}

/* KeSynchronizeExecution(Interrupt, Routine, ...): Routine runs at DIRQL. */
static void push_sync_routine(irql_ctx *cx, CXCursor call)
{
	char *name = dl_callee_name(call);
	size_t fn;
	dl_irql level;
	if (!name)
		return;
	if (dl_irql_sync_call(cx->a, call, &fn, &level) && !cx->st->fns[fn].sync) {
		irql_fninfo *fi = &cx->st->fns[fn];
		fi->sync = 1;
		fi->sync_level = level;
		fi->sync_via = dl_xstrdup(name);
		fi->sync_unit = dl_analysis_unit(cx->a, cx->fn);
		dl_loc_of_cursor(call, &fi->sync_loc);
		dl_analysis_contributed(cx->a, fn, cx->fn, DL_NO_UNIT);
		dl_analysis_requeue(cx->a, fn);
	}
	free(name);
}

static int context_visit(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	irql_ctx *cx = arg;
	const dl_irql_state *s = dl_plugin_state(cx->a, pt, &dl_irql_plugin);
	dl_function *f;
	size_t idx;
	if (!s || ev->kind != DL_EV_CALL)
		return 0;
	if ((f = irql_callee(cx->a, ev->cursor, &idx)))
		push_caller_state(cx, idx, s);
	push_sync_routine(cx, ev->cursor);
	return 0;
}

/* SUMMARY and CONTEXT read the states by replaying the shared run. */
static int irql_end(dl_analysis *a, void *store, size_t fn, dl_phase phase, dl_flow *fl, void *ctx)
{
	irql_ctx *cx = ctx;
	(void)a;
	(void)store;
	(void)fn;
	if (phase == DL_PHASE_SUMMARY)
		return end_summary(cx, fl);
	if (phase == DL_PHASE_CONTEXT)
		dl_flow_replay(fl, context_visit, cx);
	return 0;
}

const dl_plugin dl_irql_plugin = {
	"irql", &irql_domain, irql_init, irql_fini, irql_begin, irql_end, free, &irql_facts,
};
