/*
 * The facts the IRQL domain gives checks (include/drvlint/irql.h): why the
 * IRQL is raised at a point, what pageable thing an event uses, raises in
 * pageable code. Each comes as a phrase for the message and path steps.
 */
#include "irql_priv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const dl_irql_state *dl_irql_at(const dl_analysis *a, const dl_flow_point *pt)
{
	return dl_plugin_state(a, pt, &dl_irql_plugin);
}

void dl_irql_range(const dl_irql_state *s, dl_irql *min, dl_irql *max)
{
	*min = s->min;
	*max = s->max;
}

void dl_irql_fact_clear(dl_irql_fact *f)
{
	if (!f)
		return;
	free(f->text);
	free(f->verb);
	free(f->reach);
	dl_loc_free(&f->loc);
	dl_steps_free(f->steps, f->nsteps);
	memset(f, 0, sizeof(*f));
}

void dl_irql_fact_step(dl_irql_fact *f, const dl_loc *loc, const char *fmt, ...)
{
	dl_buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	dl_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	f->steps = dl_xrealloc(f->steps, (f->nsteps + 1) * sizeof(*f->steps));
	dl_loc_copy(&f->steps[f->nsteps].loc, loc);
	f->steps[f->nsteps++].message = dl_buf_detach(&b);
}

static void step_at(dl_irql_fact *f, CXCursor c, const char *msg)
{
	dl_loc loc;
	dl_loc_of_cursor(c, &loc);
	dl_irql_fact_step(f, &loc, "%s", msg);
	dl_loc_free(&loc);
}

/* "line 40" when `l` is in the file of `at`, else "file.c:40". */
static char *where(const dl_loc *l, const dl_loc *at)
{
	const char *base;
	if (!l->file)
		return dl_xprintf("line %u", l->line);
	if (at && at->file && !strcmp(at->file, l->file))
		return dl_xprintf("line %u", l->line);
	base = strrchr(l->file, '/');
	return dl_xprintf("%s:%u", base ? base + 1 : l->file, l->line);
}

static char *where_cursor(CXCursor c, const dl_loc *at)
{
	dl_loc l;
	char *w;
	dl_loc_of_cursor(c, &l);
	w = where(&l, at);
	dl_loc_free(&l);
	return w;
}

/* --------------------------------------------------------- why raised */

const irql_hold *irql_raising_hold(const dl_irql_state *s)
{
	unsigned i = s->nholds;
	while (i-- > 0)
		if (s->holds[i].kind != IRQL_HOLD_AT_DPC && s->holds[i].level >= DL_IRQL_DISPATCH)
			return &s->holds[i];
	return NULL;
}

static void why_hold(const irql_hold *h, const dl_loc *at, dl_irql_fact *why)
{
	char *w = where_cursor(h->at, at), *msg;
	const char *level = dl_irql_name(h->level);
	/* Taken by a program function (a wrapper) rather than by the API itself. */
	char *by = irql_lock_api_find(h->via) ? dl_xstrdup("") : dl_xprintf(" by %s", h->via);
	if (h->kind == IRQL_HOLD_RAISE) {
		why->text = dl_xprintf("at %s (raised by %s at %s)", level, h->via, w);
		msg = dl_xprintf("%s raises the IRQL to %s", h->via, level);
	} else if (h->name) {
		why->text = dl_xprintf("with %s '%s' held (acquired%s at %s)", h->lockkind, h->name, by, w);
		msg = dl_xprintf("%s '%s' acquired%s: the IRQL is raised to %s", h->lockkind, h->name, by, level);
	} else {
		why->text = dl_xprintf("with the %s held (acquired%s at %s)", h->lockkind, by, w);
		msg = dl_xprintf("the %s is acquired%s: the IRQL is raised to %s", h->lockkind, by, level);
	}
	step_at(why, h->at, msg);
	free(msg);
	free(by);
	free(w);
}

static const dl_registration *role_registration(const dl_function *f)
{
	size_t i;
	for (i = 0; i < f->nregs; i++)
		if (f->regs[i].role == f->role)
			return &f->regs[i];
	return NULL;
}

static char *sal_spelling(const dl_irql_contract *c)
{
	if (c->min != DL_IRQL_UNKNOWN && c->min == c->max)
		return dl_xprintf("_IRQL_requires_(%s)", dl_irql_name(c->min));
	if (c->min != DL_IRQL_UNKNOWN && c->min > DL_IRQL_PASSIVE)
		return dl_xprintf("_IRQL_requires_min_(%s)", dl_irql_name(c->min));
	return dl_xprintf("_IRQL_requires_max_(%s)", dl_irql_name(c->max));
}

static void why_entry(const dl_analysis *a, const irql_ctx *cx, const dl_loc *at, dl_irql_fact *why)
{
	const dl_function *f = irql_function(a, cx->fn);
	const irql_fninfo *fi = &cx->st->fns[cx->fn];
	if (cx->causes & IRQL_CAUSE_SAL) {
		char *sal = sal_spelling(&f->sal);
		why->text = dl_xprintf("in '%s' (annotated %s)", f->name, sal);
		dl_irql_fact_step(why, &f->loc, "'%s' is annotated %s", f->name, sal);
		free(sal);
	} else if ((cx->causes & IRQL_CAUSE_ROLE) && f->role == DL_ROLE_KMDF_IO) {
		const dl_loc *sync = irql_kmdf_sync(cx->st, cx->fn);
		char *w = where(sync, at);
		why->text = dl_xprintf("in %s '%s' (DISPATCH_LEVEL: automatic synchronization, SynchronizationScope at %s)",
				       dl_role_name(f->role), f->name, w);
		dl_irql_fact_step(why, sync,
				  "automatic synchronization at the default execution level: the framework calls "
				  "queue callbacks with a spin lock held");
		free(w);
	} else if (cx->causes & IRQL_CAUSE_ROLE) {
		const dl_registration *r = role_registration(f);
		dl_irql min, max;
		dl_role_irql(f->role, &min, &max);
		if (min >= DL_IRQL_DISPATCH)
			why->text = dl_xprintf("in %s '%s' (%s)", dl_role_name(f->role), f->name, dl_irql_name(min));
		else
			why->text = dl_xprintf("in %s '%s' (which may run at %s)", dl_role_name(f->role), f->name,
					       dl_irql_name(max));
		if (r)
			dl_irql_fact_step(why, &r->loc, "'%s' is %s as a %s by %s", f->name,
					  r->declared ? "declared" : "registered",
					  dl_role_name(f->role), r->via);
	} else {
		char *w = where(&fi->sync_loc, at);
		why->text = dl_xprintf("in '%s', run at %s by %s at %s", f->name, dl_irql_name(fi->sync_level),
				       fi->sync_via, w);
		dl_irql_fact_step(why, &fi->sync_loc, "%s runs '%s' at %s", fi->sync_via, f->name,
				  dl_irql_name(fi->sync_level));
		free(w);
	}
}

int dl_irql_raised(const dl_analysis *a, const dl_irql_state *s, const dl_loc *at, dl_irql_fact *why)
{
	const irql_hold *h;
	memset(why, 0, sizeof(*why));
	if (!s || s->max < DL_IRQL_DISPATCH)
		return 0;
	if ((h = irql_raising_hold(s))) {
		why_hold(h, at, why);
		return 1;
	}
	if (!(s->cx->causes & (IRQL_CAUSE_ROLE | IRQL_CAUSE_SAL | IRQL_CAUSE_SYNC)))
		return 0;
	why_entry(a, s->cx, at, why);
	return 1;
}

/* ------------------------------------------------------- pageable uses */

/* Why a function is pageable, relative to `at`: "is pageable (#pragma
 * alloc_text(PAGE) at line 40)". Steps are added to `f` when given. */
static char *fn_pageable_text(const dl_function *fn, const dl_loc *at, dl_irql_fact *f)
{
	char *w, *out;
	if (fn->pageable) {
		w = where(&fn->section_loc, at);
		if (!strcmp(fn->section_via, "#pragma alloc_text"))
			out = dl_xprintf("is pageable (#pragma alloc_text(%s) at %s)", fn->section, w);
		else if (!strcmp(fn->section_via, "#pragma code_seg"))
			out = dl_xprintf("is pageable (#pragma code_seg(\"%s\") at %s)", fn->section, w);
		else
			out = dl_xprintf("is pageable (%s(\"%s\") at %s)", fn->section_via, fn->section, w);
		if (f)
			dl_irql_fact_step(f, &fn->section_loc, "%s is placed in pageable section %s by %s",
					  fn->name, fn->section, fn->section_via);
	} else if (fn->calls_paged_code) {
		w = where(&fn->paged_code_loc, at);
		out = dl_xprintf("is pageable (calls PAGED_CODE() at %s)", w);
		if (f)
			dl_irql_fact_step(f, &fn->paged_code_loc,
					  "%s calls PAGED_CODE(): it may only run below DISPATCH_LEVEL", fn->name);
	} else {
		char *sal = sal_spelling(&fn->sal);
		out = dl_xprintf("must run at %s%s (annotated %s)", fn->sal.max == DL_IRQL_PASSIVE ? "" : "or below ",
				 dl_irql_name(fn->sal.max), sal);
		if (f)
			dl_irql_fact_step(f, &fn->loc, "%s is annotated %s", fn->name, sal);
		free(sal);
		return out;
	}
	free(w);
	return out;
}

int dl_irql_fn_pageable(const dl_analysis *a, size_t fn, const dl_loc *at, dl_irql_fact *out)
{
	const dl_function *f = irql_function(a, fn);
	char *pred;
	memset(out, 0, sizeof(*out));
	if (!f->pageable && !f->calls_paged_code)
		return 0;
	pred = fn_pageable_text(f, at, out);
	out->text = dl_xprintf("%s %s", f->name, pred);
	free(pred);
	return 1;
}

static const char *third_person(const char *verb)
{
	if (!strncmp(verb, "called", 6))
		return "calls";
	if (!strncmp(verb, "read", 4))
		return "reads";
	if (!strncmp(verb, "written", 7))
		return "writes";
	return "accesses";
}

/* Fills the text and the summary phrase of a use: "SUBJECT PRED" and
 * "VERBS SUBJECT, which PRED"; `pred_rel` is relative to the use, `pred_abs`
 * names files (a summary is shown elsewhere). Takes the strings. */
static void use_text(dl_irql_fact *u, const char *subject, char *pred_rel, char *pred_abs)
{
	u->text = dl_xprintf("%s %s", subject, pred_rel);
	u->reach = dl_xprintf("%s %s, which %s", third_person(u->verb), subject, pred_abs);
	free(pred_rel);
	free(pred_abs);
}

static int paged_arg(void *ctx, CXCursor arg)
{
	CXCursor at;
	const char *via;
	const irql_paged_decl *decl;
	return irql_expr_paged(ctx, arg, &at, &via, &decl);
}

static char *limit_text(dl_irql max)
{
	return max == DL_IRQL_PASSIVE ? dl_xstrdup("must run at PASSIVE_LEVEL")
				      : dl_xprintf("must run at or below %s", dl_irql_name(max));
}

/* A call of a function that reaches pageable code: the callee's summary. */
static void reach_use(const dl_function *f, const irql_summary *sum, dl_irql_fact *u)
{
	size_t i;
	const char *inner = sum->reach_text;
	u->indirect = 1;
	u->text = dl_xprintf("%s reaches pageable code (it %s)", f->name, inner);
	u->reach = strlen(inner) < 200 ? dl_xprintf("calls %s, which %s", f->name, inner)
				       : dl_xprintf("calls %s, which reaches pageable code", f->name);
	for (i = 0; i < sum->nreach_steps; i++)
		dl_irql_fact_step(u, &sum->reach_steps[i].loc, "%s", sum->reach_steps[i].message);
}

static int callee_use(const dl_analysis *a, const dl_irql_state *s, CXCursor call, dl_irql_fact *u)
{
	char *name = dl_callee_name(call);
	const irql_store *st = s->cx->st;
	irql_api_limit lim;
	dl_function *f;
	size_t idx;
	int found = 1;
	if (!name)
		return 0;
	u->verb = dl_xstrdup("called");
	if (irql_api_limit_of(call, name, paged_arg, (void *)s, &lim)) {
		use_text(u, lim.shown, limit_text(lim.max), limit_text(lim.max));
		dl_irql_fact_step(u, &u->loc, "%s", lim.source);
		irql_api_limit_free(&lim);
	} else if ((f = irql_callee(a, call, &idx)) && irql_fn_contract(f) &&
		   (irql_has_body(f) || irql_sal_trusted(call))) {
		use_text(u, f->name, fn_pageable_text(f, &u->loc, u), fn_pageable_text(f, NULL, NULL));
	} else if (f && st->fns[idx].sum.reaches && !irql_fn_self_raised(st, idx)) {
		reach_use(f, &st->fns[idx].sum, u);
	} else {
		found = 0;
	}
	free(name);
	return found;
}

/* An access through a pointer to paged pool. */
static int paged_use(const dl_irql_state *s, const dl_event *ev, dl_irql_fact *u)
{
	CXCursor at = clang_getNullCursor();
	const char *via = NULL;
	const irql_paged_decl *decl = NULL;
	char *subject, *name, *pred_rel, *pred_abs, *w_rel, *w_abs;
	if (!irql_expr_paged(s, ev->lhs, &at, &via, &decl))
		return 0;
	name = irql_expr_text(ev->lhs);
	subject = dl_xprintf("'%s'", name);
	u->verb = ev->via ? dl_xprintf("%s by %s", ev->is_write ? "written" : "read", ev->via)
			  : dl_xstrdup(ev->is_write ? "written" : "read");
	if (decl) {
		w_rel = where(&decl->loc, &u->loc);
		w_abs = where(&decl->loc, NULL);
		int same = !strcmp(decl->name, name);
		pred_rel = dl_xprintf("points to paged pool (assigned%s%s%s at %s)", same ? "" : " to '",
				      same ? "" : decl->name, same ? "" : "'", w_rel);
		pred_abs = dl_xprintf("points to paged pool (assigned%s%s%s at %s)", same ? "" : " to '",
				      same ? "" : decl->name, same ? "" : "'", w_abs);
		dl_irql_fact_step(u, &decl->loc, "'%s' is assigned memory from paged pool", decl->name);
	} else {
		char *alloc = via ? dl_xstrdup(via) : dl_callee_name(dl_strip(at));
		dl_loc l;
		dl_loc_of_cursor(at, &l);
		w_rel = where(&l, &u->loc);
		w_abs = where(&l, NULL);
		pred_rel = dl_xprintf("points to paged pool (allocated at %s)", w_rel);
		pred_abs = dl_xprintf("points to paged pool (allocated at %s)", w_abs);
		dl_irql_fact_step(u, &l, "memory allocated from paged pool%s%s", alloc ? " by " : "",
				  alloc ? alloc : "");
		dl_loc_free(&l);
		free(alloc);
	}
	use_text(u, subject, pred_rel, pred_abs);
	free(w_rel);
	free(w_abs);
	free(subject);
	free(name);
	return 1;
}

/* ---- pageable globals ---- */

typedef struct global_walk {
	const dl_program *prog;
	const dl_global *found;
	CXCursor ref;
} global_walk;

static enum CXChildVisitResult global_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	global_walk *w = d;
	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_CallExpr:       /* its own event */
	case CXCursor_UnaryExpr:      /* sizeof: not evaluated */
		return CXChildVisit_Continue;
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf)
			return CXChildVisit_Continue;
		return CXChildVisit_Recurse;
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		const dl_global *g;
		if (clang_getCursorKind(ref) == CXCursor_VarDecl &&
		    (g = dl_program_global_of(w->prog, ref)) && g->pageable) {
			w->found = g;
			w->ref = c;
			return CXChildVisit_Break;
		}
		return CXChildVisit_Continue;
	}
	default:
		return CXChildVisit_Recurse;
	}
}

const dl_global *irql_pageable_global(const dl_analysis *a, CXCursor e, CXCursor *ref)
{
	global_walk w = {dl_analysis_program(a), NULL, clang_getNullCursor()};
	if (!w.prog->nglobals || clang_Cursor_isNull(e))
		return NULL;
	/* The expression itself, then its children. */
	if (global_visit(e, e, &w) == CXChildVisit_Recurse)
		clang_visitChildren(e, global_visit, &w);
	*ref = w.ref;
	return w.found;
}

static void global_use(const dl_analysis *a, CXCursor e, dl_irql_use_fn fn, void *arg)
{
	CXCursor ref;
	const dl_global *g = irql_pageable_global(a, e, &ref);
	dl_irql_fact u;
	char *subject, *w_rel, *w_abs;
	if (!g)
		return;
	memset(&u, 0, sizeof(u));
	dl_loc_of_cursor(ref, &u.loc);
	u.verb = dl_xstrdup("accessed");
	subject = dl_xprintf("'%s'", g->name);
	w_rel = where(&g->loc, &u.loc);
	w_abs = where(&g->loc, NULL);
	dl_irql_fact_step(&u, &g->loc, "'%s' is placed in pageable data section %s", g->name, g->section);
	use_text(&u, subject, dl_xprintf("is in pageable data section %s (declared at %s)", g->section, w_rel),
		 dl_xprintf("is in pageable data section %s (declared at %s)", g->section, w_abs));
	fn(&u, arg);
	dl_irql_fact_clear(&u);
	free(subject);
	free(w_rel);
	free(w_abs);
}

static CXCursor strip_addr(CXCursor e)
{
	e = dl_strip(e);
	if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf)
		e = dl_strip(dl_child(e, 0));
	return e;
}

void dl_irql_pageable_uses(const dl_analysis *a, const dl_irql_state *s, const dl_event *ev,
			   dl_irql_use_fn fn, void *arg)
{
	dl_irql_fact u;
	int i, n;
	memset(&u, 0, sizeof(u));
	dl_loc_of_cursor(ev->cursor, &u.loc);
	switch (ev->kind) {
	case DL_EV_CALL:
		if (callee_use(a, s, ev->cursor, &u))
			fn(&u, arg);
		n = clang_Cursor_getNumArguments(ev->cursor);
		for (i = 0; i < n; i++)
			global_use(a, clang_Cursor_getArgument(ev->cursor, (unsigned)i), fn, arg);
		break;
	case DL_EV_ACCESS:
		if (paged_use(s, ev, &u))
			fn(&u, arg);
		global_use(a, strip_addr(ev->lhs), fn, arg);
		break;
	case DL_EV_ASSIGN:
		if (clang_getCursorKind(ev->lhs) != CXCursor_VarDecl)
			global_use(a, ev->lhs, fn, arg);
		global_use(a, ev->rhs, fn, arg);
		break;
	case DL_EV_RETURN:
		global_use(a, ev->rhs, fn, arg);
		break;
	default:
		break;
	}
	dl_irql_fact_clear(&u);
}

/* ------------------------------------------------ raises in pageable code */

static int callee_raise(const dl_analysis *a, const dl_function *f, size_t idx, CXCursor call,
			dl_irql_fact *r)
{
	const irql_summary *sum = &irql_store_of(a)->fns[idx].sum;
	size_t i;
	for (i = 0; i < sum->nexit_holds; i++) {
		const irql_exit_hold *x = &sum->exit_holds[i];
		char *name;
		if (x->kind == IRQL_HOLD_AT_DPC || x->level < DL_IRQL_DISPATCH)
			continue;
		name = x->name ? irql_translate(call, x->name_param, x->name) : NULL;
		if (name)
			r->text = dl_xprintf("%s returns with %s '%s' held, at %s", f->name, x->lockkind, name,
					     dl_irql_name(x->level));
		else
			r->text = dl_xprintf("%s returns at %s", f->name, dl_irql_name(x->level));
		dl_irql_fact_step(r, &x->loc, "%s raises the IRQL to %s here and returns without lowering it",
				  f->name, dl_irql_name(x->level));
		free(name);
		return 1;
	}
	if (f->is_inline && sum->raises) {
		char *w = where(&sum->raise_loc, &r->loc);
		r->text = dl_xprintf("inline function %s raises the IRQL to DISPATCH_LEVEL (%s at %s)", f->name,
				     sum->raise_via, w);
		dl_irql_fact_step(r, &sum->raise_loc, "%s raises the IRQL; inlined, this code is in the caller's section",
				  sum->raise_via);
		free(w);
		return 1;
	}
	return 0;
}

int dl_irql_raise_in_pageable(const dl_analysis *a, size_t fn, const dl_irql_state *s,
			      const dl_event *ev, dl_irql_fact *raise, dl_irql_fact *pageable)
{
	const dl_function *caller = irql_function(a, fn), *f;
	const irql_lock_api *api;
	char *name;
	size_t idx;
	int found = 0;
	(void)s;
	memset(raise, 0, sizeof(*raise));
	memset(pageable, 0, sizeof(*pageable));
	if (ev->kind != DL_EV_CALL || !(caller->pageable || caller->calls_paged_code) ||
	    !(name = dl_callee_name(ev->cursor)))
		return 0;
	dl_loc_of_cursor(ev->cursor, &raise->loc);
	if ((api = irql_lock_api_find(name))) {
		/* What raises here: an acquire or a raise (one at DPC level keeps the IRQL). */
		dl_irql level = api->op == IRQL_OP_ACQUIRE || api->op == IRQL_OP_RAISE
			? irql_api_call_level(api, ev->cursor, caller) : DL_IRQL_UNKNOWN;
		if (level != DL_IRQL_UNKNOWN && level >= DL_IRQL_DISPATCH) {
			raise->text = dl_xprintf("%s raises the IRQL to %s", name, dl_irql_name(level));
			found = 1;
		}
	} else if ((f = irql_callee(a, ev->cursor, &idx))) {
		/* As the domain reads a call (irql.c on_call): a body's summary, else
		 * the annotations of the project's own declarations. */
		if (irql_has_body(f))
			found = callee_raise(a, f, idx, ev->cursor, raise);
		else if (irql_sal_trusted(ev->cursor) && f->sal.raises_to != DL_IRQL_UNKNOWN &&
			 f->sal.raises_to >= DL_IRQL_DISPATCH) {
			raise->text = dl_xprintf("%s raises the IRQL to %s", name, dl_irql_name(f->sal.raises_to));
			found = 1;
		}
	}
	free(name);
	if (!found || !dl_irql_fn_pageable(a, fn, &raise->loc, pageable)) {
		dl_irql_fact_clear(raise);
		return 0;
	}
	return 1;
}

/* ------------------------------------------------------- registrations */

int dl_irql_registration_raised(const dl_analysis *a, const dl_function *f, const dl_registration *r,
				dl_irql *level, int *always)
{
	dl_irql min, max;
	if (f->kmdf_passive)
		return 0;
	/* KMDF queue callbacks run at DISPATCH_LEVEL under automatic synchronization. */
	if (r->role == DL_ROLE_KMDF_IO) {
		*level = DL_IRQL_DISPATCH;
		*always = 1;
		return irql_kmdf_sync(irql_store_of(a), dl_analysis_index(a, f)) != NULL;
	}
	dl_role_irql(r->role, &min, &max);
	*always = min >= DL_IRQL_DISPATCH;
	*level = *always ? min : max;
	return max >= DL_IRQL_DISPATCH;
}

int dl_irql_sync_call(const dl_analysis *a, CXCursor call, size_t *fn, dl_irql *level)
{
	char *name = dl_callee_name(call);
	int arg = name ? irql_sync_routine_arg(name, level) : -1;
	CXCursor e, ref;
	dl_function *f;
	free(name);
	if (arg < 0 || arg >= clang_Cursor_getNumArguments(call))
		return 0;
	e = strip_addr(clang_Cursor_getArgument(call, (unsigned)arg));
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return 0;
	ref = clang_getCursorReferenced(e);
	if (clang_getCursorKind(ref) != CXCursor_FunctionDecl ||
	    !(f = dl_program_function_of(dl_analysis_program(a), ref)))
		return 0;
	*fn = dl_analysis_index(a, f);
	return 1;
}
