/*
 * Facts that cross units (dl_analyze_units in include/drvlint/analyze.h):
 * loading what cached units know, saving what parsed units found, and the
 * digest of everything a unit's analysis read from the others.
 */
#include "analyze_priv.h"
#include "drvlint/facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cJSON *cached_unit(const dl_analysis *a, size_t unit)
{
	return a->io->cached[unit - a->prog->ntus];
}

static const cJSON *member(const cJSON *o, const char *key)
{
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsObject(m) ? m : NULL;
}

static size_t function_named(const dl_analysis *a, const char *usr)
{
	size_t fn;
	return usr && dl_index_get(a->prog->by_usr, usr, &fn) ? fn : DL_NO_UNIT;
}

static ctx_unit *ctx_of(dl_analysis *a, size_t fn, size_t unit)
{
	fn_info *fi = &a->fns[fn];
	size_t i;
	dl_analysis_contributed(a, fn, DL_NO_UNIT, unit);
	for (i = 0; i < fi->nctx_units; i++)
		if (fi->ctx_units[i].unit == unit)
			return &fi->ctx_units[i];
	return NULL;
}

/* ---- loading ---- */

void dl_facts_load_calls(dl_analysis *a)
{
	size_t u;
	for (u = a->prog->ntus; u < dl_program_units(a->prog); u++) {
		const cJSON *c;
		cJSON_ArrayForEach(c, member(cached_unit(a, u), "contexts")) {
			size_t fn = function_named(a, c->string);
			const cJSON *calls = member(c, "analysis");
			ctx_unit *cu;
			if (fn == DL_NO_UNIT || !calls || !(cu = ctx_of(a, fn, u)))
				continue;
			cu->cached_called = dl_json_int(calls, "called", 0) != 0;
			cu->cached_unguarded = dl_json_int(calls, "unguarded", 0) != 0;
		}
	}
}

/* The cached units whose functions a parsed unit calls: the only ones whose
 * summaries the analysis reads (cached functions have no body to analyse). */
static unsigned char *units_called(const dl_analysis *a)
{
	unsigned char *called = dl_xcalloc(dl_program_units(a->prog) + 1, 1);
	size_t fn, i, u;
	for (fn = 0; fn < a->prog->nfns; fn++)
		for (i = 0; a->fns[fn].has_body && i < a->fns[fn].ncallees; i++)
			if ((u = dl_analysis_unit(a, a->fns[fn].callees[i])) != DL_NO_UNIT)
				called[u] = 1;
	return called;
}

void dl_facts_load(dl_analysis *a)
{
	unsigned char *called = units_called(a);
	size_t u, p;
	for (u = a->prog->ntus; u < dl_program_units(a->prog); u++) {
		const cJSON *facts = cached_unit(a, u), *o, *sums = NULL;
		if (called[u])
			sums = a->io->cached_summaries(a->io->arg, u - a->prog->ntus);
		for (p = 0; p < dl_plugin_count; p++) {
			const dl_plugin_facts *pf = dl_plugins[p]->facts;
			const char *name = dl_plugins[p]->name;
			if (!pf)
				continue;
			cJSON_ArrayForEach(o, sums) {
				size_t fn = function_named(a, o->string);
				if (fn != DL_NO_UNIT && a->prog->fns[fn].unit == u && member(o, name))
					pf->load_summary(a->stores[p], fn, member(o, name));
			}
			cJSON_ArrayForEach(o, member(facts, "contexts")) {
				size_t fn = function_named(a, o->string);
				if (fn != DL_NO_UNIT && member(o, name)) {
					dl_analysis_contributed(a, fn, DL_NO_UNIT, u);
					pf->load_context(a->stores[p], fn, u, member(o, name));
				}
			}
			if (pf->load_program && member(member(facts, "program"), name))
				pf->load_program(a->stores[p], u, member(member(facts, "program"), name));
		}
	}
	free(called);
}

/* ---- saving ---- */

/* {plugin: {...}} with the plug-ins that wrote something; `kind` picks the call. */
enum { SAVE_SUMMARY, SAVE_CONTEXT, SAVE_PROGRAM };

static cJSON *plugin_facts(const dl_analysis *a, int kind, size_t fn, size_t unit)
{
	cJSON *o = cJSON_CreateObject();
	size_t p;
	for (p = 0; p < dl_plugin_count; p++) {
		const dl_plugin_facts *pf = dl_plugins[p]->facts;
		cJSON *sub = cJSON_CreateObject();
		if (pf && kind == SAVE_SUMMARY)
			pf->save_summary(a->stores[p], fn, sub);
		else if (pf && kind == SAVE_CONTEXT)
			pf->save_context(a->stores[p], fn, unit, sub);
		else if (pf && pf->save_program)
			pf->save_program(a->stores[p], unit, sub);
		if (sub->child)
			cJSON_AddItemToObject(o, dl_plugins[p]->name, sub);
		else
			cJSON_Delete(sub);
	}
	return o;
}

/* What `unit` pushes into fn's context, the calls included. */
static cJSON *context_facts(const dl_analysis *a, size_t fn, size_t unit)
{
	const fn_info *fi = &a->fns[fn];
	cJSON *o = plugin_facts(a, SAVE_CONTEXT, fn, unit), *calls;
	int called = 0, unguarded = 0;
	size_t i;
	for (i = 0; i < fi->ncallers; i++) {
		const dl_call_site *cs = &fi->callers[i];
		if (dl_analysis_unit(a, cs->caller) != unit)
			continue;
		called = 1;
		unguarded |= !cs->in_try && !a->fns[cs->caller].guarded;
	}
	for (i = 0; i < fi->nctx_units; i++)
		if (fi->ctx_units[i].unit == unit) {
			called |= fi->ctx_units[i].cached_called;
			unguarded |= fi->ctx_units[i].cached_unguarded;
		}
	if (called) {
		calls = cJSON_AddObjectToObject(o, "analysis");
		dl_json_put_int(calls, "called", 1);
		dl_json_put_int(calls, "unguarded", unguarded);
	}
	return o;
}

/* The functions of each unit, and those each unit pushes facts into, made
 * once per save: unit u's are fns[start[u]..start[u + 1]), by USR. */
typedef struct unit_index {
	size_t *fns, *start;
	size_t *ctx, *ctx_start;
} unit_index;

typedef struct unit_fn {
	size_t unit, fn;
} unit_fn;

static int unit_fn_cmp(const void *x, const void *y, void *a)
{
	const unit_fn *p = x, *q = y;
	const dl_function *fns = ((const dl_analysis *)a)->prog->fns;
	if (p->unit != q->unit)
		return p->unit < q->unit ? -1 : 1;
	return strcmp(fns[p->fn].usr, fns[q->fn].usr);
}

/* Sorts the n pairs by unit then USR into the functions and each unit's start. */
static void by_unit(const dl_analysis *a, unit_fn *v, size_t n, size_t **fns, size_t **start)
{
	size_t units = dl_program_units(a->prog), i, u;
	if (n)   /* v may be NULL then, which qsort_r must not get */
		qsort_r(v, n, sizeof(*v), unit_fn_cmp, (void *)a);
	*fns = dl_xcalloc(n + 1, sizeof(size_t));
	*start = dl_xcalloc(units + 2, sizeof(size_t));
	for (i = 0; i < n; i++) {
		(*fns)[i] = v[i].fn;
		(*start)[v[i].unit + 1]++;
	}
	for (u = 0; u < units; u++)
		(*start)[u + 1] += (*start)[u];
	free(v);
}

static void unit_index_build(const dl_analysis *a, unit_index *ix)
{
	unit_fn *own = dl_xcalloc(a->prog->nfns + 1, sizeof(*own)), *ctx = NULL;
	size_t i, j, n = 0, nctx = 0, cap = 0;
	for (i = 0; i < a->prog->nfns; i++) {
		if (a->prog->fns[i].unit != DL_NO_UNIT) {
			own[n].unit = a->prog->fns[i].unit;
			own[n++].fn = i;
		}
		for (j = 0; j < a->fns[i].nctx_units; j++) {
			DL_GROW(ctx, cap, nctx + 1);
			ctx[nctx].unit = a->fns[i].ctx_units[j].unit;
			ctx[nctx++].fn = i;
		}
	}
	by_unit(a, own, n, &ix->fns, &ix->start);
	by_unit(a, ctx, nctx, &ix->ctx, &ix->ctx_start);
}

static void unit_index_free(unit_index *ix)
{
	free(ix->fns);
	free(ix->start);
	free(ix->ctx);
	free(ix->ctx_start);
}

/* A function the unit's own file defines. An inline function of a header
 * belongs to whichever unit including it came first: it is saved with that
 * unit's summaries but digested as a callee, whatever unit holds it. */
static int own_function(const dl_analysis *a, size_t fn, size_t unit)
{
	const dl_function *f = &a->prog->fns[fn];
	return f->unit == unit && f->loc.file && !strcmp(f->loc.file, dl_program_unit_path(a->prog, unit));
}

static int usr_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The functions a unit calls outside itself, by USR, sorted and unique. */
static const char **unit_callees(const dl_analysis *a, const unit_index *ix, size_t unit, size_t *n)
{
	const char **v = NULL;
	size_t cap = 0, i, j, k = 0;
	*n = 0;
	if (unit >= a->prog->ntus) {
		const cJSON *c, *list = cJSON_GetObjectItemCaseSensitive(cached_unit(a, unit), "callees");
		cJSON_ArrayForEach(c, (cJSON_IsArray(list) ? list : NULL))
			if (cJSON_IsString(c)) {
				DL_GROW(v, cap, *n + 1);
				v[(*n)++] = c->valuestring;
			}
	} else {
		for (i = ix->start[unit]; i < ix->start[unit + 1]; i++) {
			const fn_info *fi = &a->fns[ix->fns[i]];
			for (j = 0; own_function(a, ix->fns[i], unit) && j < fi->ncallees; j++) {
				if (own_function(a, fi->callees[j], unit))
					continue;
				DL_GROW(v, cap, *n + 1);
				v[(*n)++] = a->prog->fns[fi->callees[j]].usr;
			}
		}
	}
	if (*n)
		qsort(v, *n, sizeof(*v), usr_cmp);
	for (i = 0; i < *n; i++)
		if (!k || strcmp(v[k - 1], v[i]))
			v[k++] = v[i];
	*n = k;
	return v;
}

/* ---- digests ---- */

/* Units sort by path: unit numbers differ between runs, paths do not. */
static int unit_path_cmp(const void *x, const void *y, void *prog)
{
	return strcmp(dl_program_unit_path(prog, *(const size_t *)x), dl_program_unit_path(prog, *(const size_t *)y));
}

/* What unit's functions were entered with, from the other units. */
static cJSON *entry_facts(dl_analysis *a, size_t fn, size_t unit)
{
	const fn_info *fi = &a->fns[fn];
	cJSON *o = cJSON_CreateObject(), *ctx = cJSON_AddObjectToObject(o, "ctx");
	size_t *units = dl_xcalloc(fi->nctx_units + 1, sizeof(size_t)), n = 0, i;
	cJSON_AddItemToObject(o, "model", dl_model_function_facts(&a->prog->fns[fn]));
	for (i = 0; i < fi->nctx_units; i++)
		if (fi->ctx_units[i].unit != unit)
			units[n++] = fi->ctx_units[i].unit;
	qsort_r(units, n, sizeof(*units), unit_path_cmp, a->prog);
	for (i = 0; i < n; i++)
		cJSON_AddItemToObject(ctx, dl_program_unit_path(a->prog, units[i]), context_facts(a, fn, units[i]));
	free(units);
	return o;
}

/* The digests of one dl_facts_save: what every unit reads, and what a
 * function tells its callers, made once however many units call it. */
typedef struct digests {
	dl_digest shared;
	char (*summary)[33], (*callee)[33];
	unsigned char *summary_done, *callee_done;
} digests;

/* A digest of fn's summary, `sum` when the caller has it as JSON already. A
 * cached unit's summaries are only read when a parsed unit calls into it, so
 * theirs is the one recorded with them. */
static const char *summary_digest(const dl_analysis *a, digests *dg, size_t fn, const cJSON *sum)
{
	size_t u = dl_analysis_unit(a, fn);
	dl_digest d;
	if (dg->summary_done[fn])
		return dg->summary[fn];
	if (u != DL_NO_UNIT && u >= a->prog->ntus) {
		const char *hex = dl_json_str(member(cached_unit(a, u), "summary_digests"), a->prog->fns[fn].usr);
		snprintf(dg->summary[fn], 33, "%s", hex && strlen(hex) == 32 ? hex : "none");
	} else {
		cJSON *made = sum ? NULL : plugin_facts(a, SAVE_SUMMARY, fn, 0);
		dl_digest_init(&d);
		dl_digest_json(&d, sum ? sum : made);
		dl_digest_hex(&d, dg->summary[fn]);
		cJSON_Delete(made);
	}
	dg->summary_done[fn] = 1;
	return dg->summary[fn];
}

static const char *callee_digest(const dl_analysis *a, digests *dg, size_t g)
{
	cJSON *o;
	dl_digest d;
	if (dg->callee_done[g])
		return dg->callee[g];
	o = dl_model_function_facts(&a->prog->fns[g]);
	dl_digest_init(&d);
	dl_digest_json(&d, o);
	dl_digest_update(&d, summary_digest(a, dg, g, NULL), 32);
	dl_digest_hex(&d, dg->callee[g]);
	cJSON_Delete(o);
	dg->callee_done[g] = 1;
	return dg->callee[g];
}

/* ---- a parsed unit's facts, with its summaries' digests ---- */

static cJSON *unit_facts(dl_analysis *a, const unit_index *ix, digests *dg, size_t unit)
{
	cJSON *facts = cJSON_CreateObject(), *sums, *sdig, *ctxs, *callees;
	const char **out;
	size_t nout, i;
	sums = cJSON_AddObjectToObject(facts, "summaries");
	sdig = cJSON_AddObjectToObject(facts, "summary_digests");
	for (i = ix->start[unit]; i < ix->start[unit + 1]; i++) {
		const char *usr = a->prog->fns[ix->fns[i]].usr;
		cJSON *sum = plugin_facts(a, SAVE_SUMMARY, ix->fns[i], unit);
		cJSON_AddItemToObject(sdig, usr, cJSON_CreateString(summary_digest(a, dg, ix->fns[i], sum)));
		cJSON_AddItemToObject(sums, usr, sum);
	}
	ctxs = cJSON_AddObjectToObject(facts, "contexts");
	for (i = ix->ctx_start[unit]; i < ix->ctx_start[unit + 1]; i++)
		cJSON_AddItemToObject(ctxs, a->prog->fns[ix->ctx[i]].usr, context_facts(a, ix->ctx[i], unit));
	cJSON_AddItemToObject(facts, "program", plugin_facts(a, SAVE_PROGRAM, 0, unit));
	out = unit_callees(a, ix, unit, &nout);
	callees = cJSON_AddArrayToObject(facts, "callees");
	for (i = 0; i < nout; i++)
		cJSON_AddItemToArray(callees, cJSON_CreateString(out[i]));
	cJSON_AddItemToObject(facts, "findings", a->unit_findings[unit]);
	a->unit_findings[unit] = NULL;
	free(out);
	return facts;
}

/* ---- what each unit read ---- */

static void digest_unit(dl_analysis *a, const unit_index *ix, size_t unit, digests *dg, char out[33])
{
	dl_digest d = dg->shared;
	const char **callees;
	size_t ncallees, i;
	for (i = ix->start[unit]; i < ix->start[unit + 1]; i++) {
		cJSON *o;
		if (!own_function(a, ix->fns[i], unit))
			continue;
		o = entry_facts(a, ix->fns[i], unit);
		dl_digest_json(&d, o);
		cJSON_Delete(o);
	}
	callees = unit_callees(a, ix, unit, &ncallees);
	for (i = 0; i < ncallees; i++) {
		size_t g = function_named(a, callees[i]);
		dl_digest_update(&d, callees[i], strlen(callees[i]) + 1);
		if (g != DL_NO_UNIT)
			dl_digest_update(&d, callee_digest(a, dg, g), 32);
	}
	dl_digest_hex(&d, out);
	free(callees);
}

static int global_cmp(const void *x, const void *y)
{
	return strcmp((*(const dl_global *const *)x)->usr, (*(const dl_global *const *)y)->usr);
}

/* What every unit reads: program-wide facts and the globals' sections. */
static void digest_shared(const dl_analysis *a, dl_digest *d)
{
	cJSON *o = plugin_facts(a, SAVE_PROGRAM, 0, DL_NO_UNIT);
	const dl_global **g = dl_xcalloc(a->prog->nglobals + 1, sizeof(*g));
	size_t i;
	dl_digest_init(d);
	dl_digest_json(d, o);
	cJSON_Delete(o);
	for (i = 0; i < a->prog->nglobals; i++)
		g[i] = &a->prog->globals[i];
	qsort(g, a->prog->nglobals, sizeof(*g), global_cmp);
	for (i = 0; i < a->prog->nglobals; i++) {
		dl_digest_update(d, g[i]->usr, strlen(g[i]->usr) + 1);
		dl_digest_update(d, g[i]->section, strlen(g[i]->section) + 1);
	}
	free(g);
}

void dl_facts_save(dl_analysis *a)
{
	unit_index ix;
	digests dg;
	size_t u, n = a->prog->nfns + 1;
	unit_index_build(a, &ix);
	memset(&dg, 0, sizeof(dg));
	dg.summary = dl_xcalloc(n, sizeof(*dg.summary));
	dg.callee = dl_xcalloc(n, sizeof(*dg.callee));
	dg.summary_done = dl_xcalloc(n, 1);
	dg.callee_done = dl_xcalloc(n, 1);
	for (u = 0; a->io->facts && u < a->prog->ntus; u++)
		a->io->facts[u] = unit_facts(a, &ix, &dg, u);
	if (a->io->digests) {
		digest_shared(a, &dg.shared);
		for (u = 0; u < dl_program_units(a->prog); u++)
			digest_unit(a, &ix, u, &dg, a->io->digests[u]);
	}
	free(dg.summary);
	free(dg.callee);
	free(dg.summary_done);
	free(dg.callee_done);
	unit_index_free(&ix);
}
