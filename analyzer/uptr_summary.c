/*
 * Summaries of the user-pointer domain and the verdicts the checks read.
 *
 * A function's summary says, per pointer parameter, which accesses of it (or
 * of pointers loaded from its memory) some path reaches without a probe, which
 * are probed but outside __try/__except, whether it probes the parameter on
 * every path, and whether it returns a user address. Callees' entries become
 * the caller's when the caller passes its own parameter on, so a user pointer
 * is followed down any number of calls and across files.
 */
#include "drvlint/apis.h"
#include "uptr_priv.h"

#include <stdlib.h>
#include <string.h>

#define UP_MAX_ENTRIES 256       /* per summary */
#define UP_MAX_TRAIL_STEPS 24    /* per trail, in a finding's path */

/* ------------------------------------------------------------------ steps */

void up_steps_add(dl_step **steps, size_t *n, size_t *cap, const dl_loc *loc, char *msg)
{
	DL_GROW(*steps, *cap, *n + 1);
	dl_loc_copy(&(*steps)[*n].loc, loc);
	(*steps)[*n].message = msg;
	(*n)++;
}

void up_steps_add_cursor(dl_step **steps, size_t *n, size_t *cap, CXCursor at, char *msg)
{
	dl_loc loc;
	dl_loc_of_cursor(at, &loc);
	up_steps_add(steps, n, cap, &loc, msg);
	dl_loc_free(&loc);
}

static void steps_append(dl_step **steps, size_t *n, size_t *cap, const dl_step *src, size_t nsrc)
{
	size_t i;
	for (i = 0; i < nsrc; i++)
		up_steps_add(steps, n, cap, &src[i].loc, dl_xstrdup(src[i].message));
}

/* ------------------------------------------------------------------ paths */

up_path *up_path_new(dl_step *steps, size_t n, up_path *tail)
{
	up_path *p = dl_xcalloc(1, sizeof(*p));
	p->refs = 1;
	p->steps = steps;
	p->n = n;
	p->tail = tail;
	return p;
}

up_path *up_path_join(up_path *head, up_path *tail)
{
	up_path *p = up_path_new(NULL, 0, tail);
	p->head = head;
	return p;
}

up_path *up_path_ref(up_path *p)
{
	if (p)
		p->refs++;
	return p;
}

/* A loop along tails, which are as long as a call chain is deep; heads are
 * the way to one call, one node deep. */
void up_path_unref(up_path *p)
{
	while (p && --p->refs == 0) {
		up_path *tail = p->tail;
		up_path_unref(p->head);
		dl_steps_free(p->steps, p->n);
		free(p);
		p = tail;
	}
}

void up_path_steps(const up_path *p, dl_step **steps, size_t *n, size_t *cap)
{
	for (; p; p = p->tail) {
		up_path_steps(p->head, steps, n, cap);
		steps_append(steps, n, cap, p->steps, p->n);
	}
}

void up_trail_steps(const up_trail *t, dl_step **steps, size_t *n, size_t *cap)
{
	const up_trail *cells[UP_MAX_TRAIL_STEPS];
	size_t k = 0;
	const up_trail *first = NULL;
	/* The newest steps, and the oldest (the source) when the trail is longer. */
	for (; t; t = t->prev) {
		if (k < UP_MAX_TRAIL_STEPS - 1)
			cells[k++] = t;
		else
			first = t;
	}
	if (first)
		cells[k++] = first;
	while (k-- > 0) {
		if (cells[k]->ext)
			steps_append(steps, n, cap, cells[k]->ext, cells[k]->next);
		else
			up_steps_add_cursor(steps, n, cap, cells[k]->at, dl_xstrdup(cells[k]->msg));
	}
}

static unsigned line_of(CXCursor c)
{
	unsigned line = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
	return line;
}

/* ---- the __except handler of a probe, for the exception path's step ---- */

typedef struct handler_find {
	CXFile file;
	unsigned off;
	CXCursor found;
} handler_find;

static int contains(CXCursor c, CXFile file, unsigned off)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f1, f2;
	unsigned a, b;
	clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &a);
	clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &b);
	return clang_File_isEqual(f1, file) && clang_File_isEqual(f2, file) && a <= off && off < b;
}

static enum CXChildVisitResult find_handler(CXCursor c, CXCursor parent, CXClientData d)
{
	handler_find *h = d;
	(void)parent;
	if (!contains(c, h->file, h->off))
		return CXChildVisit_Continue;
	if (clang_getCursorKind(c) == CXCursor_SEHTryStmt) {
		CXCursor handler = dl_child(c, 1);
		if (clang_getCursorKind(handler) == CXCursor_SEHExceptStmt && contains(dl_child(c, 0), h->file, h->off))
			h->found = handler;   /* the innermost wins: visited last */
	}
	return CXChildVisit_Recurse;
}

static unsigned handler_line(const up_ctx *cx, CXCursor probe)
{
	handler_find h;
	clang_getExpansionLocation(clang_getCursorLocation(probe), &h.file, NULL, NULL, &h.off);
	h.found = clang_getNullCursor();
	clang_visitChildren(cx->fncur, find_handler, &h);
	return clang_Cursor_isNull(h.found) ? 0 : line_of(h.found);
}

/* `a` is written after `b` in the same file. */
static int comes_after(CXCursor a, CXCursor b)
{
	CXFile fa, fb;
	unsigned oa, ob;
	clang_getExpansionLocation(clang_getCursorLocation(a), &fa, NULL, NULL, &oa);
	clang_getExpansionLocation(clang_getCursorLocation(b), &fb, NULL, NULL, &ob);
	return fa && fb && clang_File_isEqual(fa, fb) && oa > ob;
}

void up_skip_step(const up_ctx *cx, const up_skip *sk, CXCursor use, dl_step **steps, size_t *n, size_t *cap)
{
	char *msg, *cond;
	const char *what = sk->probe ? sk->probe->what : NULL;
	unsigned pline = sk->probe ? line_of(sk->probe->at) : 0, hline;
	switch (sk->kind) {
	case UP_SKIP_BRANCH:
		cond = dl_cursor_text(sk->cond, 60);
		if (what)
			msg = dl_xprintf("the path where `%s` is %s skips the %s at line %u", cond,
					 sk->truth ? "true" : "false", what, pline);
		else
			msg = dl_xprintf("the path where `%s` is %s has no probe", cond, sk->truth ? "true" : "false");
		up_steps_add_cursor(steps, n, cap, sk->cond, msg);
		free(cond);
		return;
	case UP_SKIP_EXCEPTION:
		hline = handler_line(cx, sk->probe->at);
		if (hline)
			msg = dl_xprintf("%s at line %u raises on a bad address; the __except handler at line %u "
					 "continues without a probe", what, pline, hline);
		else
			msg = dl_xprintf("%s at line %u raises on a bad address; its __except handler continues "
					 "without a probe", what, pline);
		up_steps_add_cursor(steps, n, cap, sk->probe->at, msg);
		return;
	default:
		if (!sk->probe)
			return;
		if (comes_after(sk->probe->at, use))
			msg = dl_xprintf("the %s here comes after the use at line %u: the first pass through the "
					 "loop reaches the use before it", what, line_of(use));
		else
			msg = dl_xprintf("a path that bypasses this %s reaches the use at line %u", what,
					 line_of(use));
		up_steps_add_cursor(steps, n, cap, sk->probe->at, msg);
		return;
	}
}

/* ---------------------------------------------------------------- entries */

static void entry_free(up_entry *e)
{
	dl_loc_free(&e->loc);
	free(e->what);
	free(e->via);
	free(e->fn);
	up_path_unref(e->path);
}

void up_summary_free(up_summary *s)
{
	size_t i;
	if (!s)
		return;
	for (i = 0; i < s->n; i++)
		entry_free(&s->entries[i]);
	free(s->entries);
	free(s->index);
	free(s->ret_desc);
	free(s->ret_fn);
	dl_steps_free(s->ret_steps, s->ret_nsteps);
	free(s);
}

static int same_loc(const dl_loc *a, const dl_loc *b)
{
	return a->line == b->line && a->column == b->column &&
	       ((!a->file && !b->file) || (a->file && b->file && !strcmp(a->file, b->file)));
}

/* One entry per parameter, level and access. */
static int entry_key_same(const up_entry *a, const up_entry *b)
{
	return a->param == b->param && a->level == b->level && a->is_write == b->is_write &&
	       same_loc(&a->loc, &b->loc);
}

static int entry_same(const up_entry *a, const up_entry *b)
{
	return entry_key_same(a, b) && a->probed == b->probed && a->in_try == b->in_try;
}

static size_t entry_hash(const up_entry *e)
{
	size_t h = ((size_t)e->param * 4 + (size_t)e->level * 2 + (size_t)e->is_write) * 1000003u;
	h = (h ^ e->loc.line) * 1000003u ^ e->loc.column;
	return h ^ (e->loc.file ? dl_hash_str(e->loc.file) : 0);
}

/* The index slot for `key`: its entry's, or the free one it would take. */
static size_t *index_slot(const up_summary *s, const up_entry *key)
{
	size_t i = entry_hash(key) & (s->index_cap - 1);
	while (s->index[i] && !entry_key_same(&s->entries[s->index[i] - 1], key))
		i = (i + 1) & (s->index_cap - 1);
	return &s->index[i];
}

/* Entries are looked up once per callee entry lifted at every call: by a
 * hash of their key, not a scan (summaries hold up to UP_MAX_ENTRIES). */
static void index_grow(up_summary *s)
{
	size_t i;
	if (2 * (s->n + 1) <= s->index_cap)
		return;
	free(s->index);
	s->index_cap = s->index_cap ? 2 * s->index_cap : 64;
	s->index = dl_xcalloc(s->index_cap, sizeof(*s->index));
	for (i = 0; i < s->n; i++)
		*index_slot(s, &s->entries[i]) = i + 1;
}

/* The summary's entry with this key, or NULL. */
static up_entry *entry_find(up_summary *s, const up_entry *key)
{
	size_t slot;
	if (!s->n)
		return NULL;
	index_grow(s);
	slot = *index_slot(s, key);
	return slot ? &s->entries[slot - 1] : NULL;
}

/* Adds `e` (taking its contents). An access reached on several paths keeps
 * the worst of them: unprobed on one, outside __try on one; the path shown
 * is an unprobed one. */
static void entry_add(up_summary *s, up_entry *e)
{
	up_entry *old = entry_find(s, e);
	if (old) {
		if (old->probed && !e->probed) {
			up_entry t = *old;
			*old = *e;
			*e = t;
		}
		old->probed &= e->probed;
		old->in_try &= e->in_try;
		entry_free(e);
		return;
	}
	if (s->n >= UP_MAX_ENTRIES) {
		entry_free(e);
		return;
	}
	index_grow(s);
	DL_GROW(s->entries, s->cap, s->n + 1);
	s->entries[s->n] = *e;
	*index_slot(s, e) = s->n + 1;
	s->n++;
}

/* The buffer of class `cls` in `v` to explain: an unprobed one first. */
static int pick_buf(const up_state *s, const up_val *v, up_class cls, int param)
{
	int b, any = -1;
	for (b = up_bnext(&v->bufs, 0); b >= 0; b = up_bnext(&v->bufs, b + 1)) {
		const up_buf *ub = &s->cx->bufs[b];
		if (ub->cls != cls || (param >= 0 && ub->param != param))
			continue;
		if (!up_probed(s, b))
			return b;
		if (any < 0)
			any = b;
	}
	return any;
}

static unsigned probe_line(const up_state *s, int b)
{
	const up_binfo *bi = up_binfo_of(s, b);
	return bi && bi->probe ? line_of(bi->probe->at) : 0;
}

/* The path to buffer `b` of `v`, used as `e` at `use`: its trail, then where
 * it was probed or why it is not on every path. */
static void value_steps(const up_state *s, const up_val *v, int b, CXCursor e, CXCursor use, dl_step **steps,
			size_t *n, size_t *cap)
{
	const up_binfo *bi = up_binfo_of(s, b);
	up_trail_steps(v->trail, steps, n, cap);
	if (up_bit(&s->probed, b) && bi && bi->probe) {
		char *what = dl_cursor_text(dl_strip(e), 48);
		up_steps_add_cursor(steps, n, cap, bi->probe->at,
				    dl_xprintf("'%s' is probed here by %s", what, bi->probe->what));
		free(what);
	} else if (!up_probed(s, b) && bi && bi->skip) {
		up_skip_step(s->cx, bi->skip, use, steps, n, cap);
	}
}

static void access_text(CXCursor lhs, const dl_event *ev, up_entry *e)
{
	dl_loc_of_cursor(ev->cursor, &e->loc);
	e->what = dl_cursor_text(dl_strip(lhs), 48);
	e->via = ev->via ? dl_xstrdup(ev->via) : NULL;
	e->is_write = ev->is_write;
}

/* An access in this function of a pointer derived from a parameter. */
static void own_access(up_state *s, up_summary *sum, const dl_event *ev, dl_flow *fl)
{
	up_val v = up_eval(fl, s, ev->lhs);
	int level;
	for (level = 0; level < 2; level++) {
		int p;
		for (p = 0; p < UP_MAXPARAM; p++) {
			int b = pick_buf(s, &v, level ? UP_BUF_PDEREF : UP_BUF_PARAM, p);
			up_entry e;
			dl_step *steps = NULL;
			size_t n = 0, cap = 0;
			if (b < 0)
				continue;
			memset(&e, 0, sizeof(e));
			e.param = p;
			e.level = level;
			e.probed = up_probed(s, b);
			e.in_try = ev->in_try;
			e.probe_line = e.probed ? probe_line(s, b) : 0;
			e.fn = dl_xstrdup(s->cx->fname);
			access_text(ev->lhs, ev, &e);
			value_steps(s, &v, b, ev->lhs, ev->cursor, &steps, &n, &cap);
			e.path = up_path_new(steps, n, NULL);
			entry_add(sum, &e);
		}
	}
}

static char *passed_step(CXCursor call, CXCursor a, const char *callee)
{
	char *text = dl_cursor_text(dl_strip(a), 64);
	char *msg = dl_xprintf("passed to %s() as '%s' (line %u)", callee, text, line_of(call));
	free(text);
	return msg;
}

/* The steps from this function's entry to the call passing `a` (value `v`,
 * explained by buffer `b`, or by its trail when -1), appended to steps. */
static void call_steps(const up_state *s, const dl_event *ev, CXCursor a, const up_val *v, const char *callee,
		       int b, dl_step **steps, size_t *n, size_t *cap)
{
	if (b >= 0)
		value_steps(s, v, b, a, ev->cursor, steps, n, cap);
	else
		up_trail_steps(v->trail, steps, n, cap);
	up_steps_add_cursor(steps, n, cap, ev->cursor, passed_step(ev->cursor, a, callee));
}

/* Lifting a call's callee entries: each argument's way to the call is the
 * same for every entry lifted through it, so it is made once. */
typedef struct lift_walk {
	up_summary *sum;
	CXCursor arg;             /* the argument the prefixes are for */
	up_path **prefix;         /* by buffer + 1; [0]: the value's own trail */
	size_t nprefix;
} lift_walk;

static void walk_free(lift_walk *w)
{
	size_t i;
	for (i = 0; i < w->nprefix; i++)
		up_path_unref(w->prefix[i]);
	free(w->prefix);
}

static void walk_reset(lift_walk *w, CXCursor arg, size_t nbufs)
{
	walk_free(w);
	w->arg = arg;
	w->nprefix = nbufs + 1;
	w->prefix = dl_xcalloc(w->nprefix, sizeof(*w->prefix));
}

/* call_steps as a path, made once per argument and buffer (the argument's
 * value is evaluated before its first entry is lifted, so its buffers are
 * below the walk's nprefix; one that were not would only not be shared). */
static up_path *prefix_of(lift_walk *w, up_state *s, const dl_event *ev, CXCursor a, const up_val *v,
			  const char *callee, int b)
{
	up_path **slot = (size_t)(b + 1) < w->nprefix ? &w->prefix[b + 1] : NULL;
	dl_step *steps = NULL;
	size_t n = 0, cap = 0;
	up_path *p;
	if (slot && *slot)
		return up_path_ref(*slot);
	call_steps(s, ev, a, v, callee, b, &steps, &n, &cap);
	p = up_path_new(steps, n, NULL);
	if (slot)
		*slot = up_path_ref(p);
	return p;
}

/* Callee entry `ce` as this function's entry (param, level), passed as
 * argument `a` with value `v`; `b`: the buffer of `v` whose probe and path
 * explain it, or -1 (the value's trail). Most lifts land on an entry the
 * summary has, whose path stays: only its flags are merged, and the path
 * is made only for an entry entry_add keeps. */
static void lift_one(up_state *s, lift_walk *w, const dl_event *ev, CXCursor a, const up_val *v,
		     const up_entry *ce, const char *callee, int param, int level, int probed, int b)
{
	up_entry e, *old;
	memset(&e, 0, sizeof(e));
	e.param = param;
	e.level = level;
	e.is_write = ce->is_write;
	e.loc = ce->loc;
	e.probed = probed;
	e.in_try = ce->in_try || ev->in_try;
	old = entry_find(w->sum, &e);
	if (old ? !(old->probed && !e.probed) : w->sum->n >= UP_MAX_ENTRIES) {
		if (old) {
			old->probed &= e.probed;
			old->in_try &= e.in_try;
		}
		return;
	}
	e.probe_line = ce->probed ? ce->probe_line : e.probed ? probe_line(s, b) : 0;
	dl_loc_copy(&e.loc, &ce->loc);
	e.what = dl_xstrdup(ce->what);
	e.via = ce->via ? dl_xstrdup(ce->via) : NULL;
	e.fn = dl_xstrdup(ce->fn);
	e.path = up_path_join(prefix_of(w, s, ev, a, v, callee, b), up_path_ref(ce->path));
	entry_add(w->sum, &e);
}

/* A callee's entry `ce`, seen through argument value `v` of this function:
 * it becomes this function's entry for each parameter `v` derives from. */
static void lift_entry(up_state *s, lift_walk *w, const dl_event *ev, CXCursor a, const up_val *v,
		       const up_entry *ce, const char *callee)
{
	up_ctx *cx = s->cx;
	int b, p;
	for (b = up_bnext(&v->bufs, 0); b >= 0; b = up_bnext(&v->bufs, b + 1)) {
		const up_buf *ub = &cx->bufs[b];
		int level = ub->cls == UP_BUF_PDEREF ? 1 : 0;
		if (ub->cls == UP_BUF_USER || level + ce->level > 1)
			continue;    /* deeper than one load from a parameter: not followed */
		lift_one(s, w, ev, a, v, ce, callee, ub->param, level + ce->level,
			 ce->probed || (ce->level == 0 && up_probed(s, b)), ce->level == 0 ? b : -1);
	}
	/* A copy of a parameter's memory holds the same embedded pointers. */
	if (ce->level == 1)
		for (p = 0; p < UP_MAXPARAM; p++)
			if (v->cparams & (1u << p))
				lift_one(s, w, ev, a, v, ce, callee, p, 1, ce->probed, -1);
}

/* What a call passes to the callee's summarised accesses: each entry of the
 * callee's summary with the argument it is about and that argument's value. */
typedef void (*entry_visit)(up_state *s, const dl_event *ev, CXCursor arg, const up_val *v,
			    const up_entry *ce, const char *callee, void *data);

static void for_each_callee_entry(up_state *s, const dl_event *ev, dl_flow *fl, entry_visit visit, void *data)
{
	char *callee = NULL;
	const up_summary *cs = up_summary_of(s->cx, ev->cursor, &callee);
	int i, n = clang_Cursor_getNumArguments(ev->cursor);
	size_t k;
	for (i = 0; cs && i < n && i < UP_MAXPARAM; i++) {
		CXCursor arg = clang_Cursor_getArgument(ev->cursor, (unsigned)i);
		up_val v;
		int any = 0;
		for (k = 0; k < cs->n; k++)
			any |= cs->entries[k].param == i;
		if (!any)
			continue;
		v = up_eval(fl, s, arg);
		for (k = 0; k < cs->n; k++)
			if (cs->entries[k].param == i)
				visit(s, ev, arg, &v, &cs->entries[k], callee, data);
	}
	free(callee);
}

static void lift_visit(up_state *s, const dl_event *ev, CXCursor arg, const up_val *v, const up_entry *ce,
		       const char *callee, void *walk)
{
	lift_walk *w = walk;
	if (!w->prefix || !clang_equalCursors(w->arg, arg))
		walk_reset(w, arg, s->cx->nbufs);
	lift_entry(s, w, ev, arg, v, ce, callee);
}

static void callee_entries(up_state *s, up_summary *sum, const dl_event *ev, dl_flow *fl)
{
	lift_walk w = {sum, {0}, NULL, 0};
	for_each_callee_entry(s, ev, fl, lift_visit, &w);
	walk_free(&w);
}

static void returned(up_state *s, up_summary *sum, const dl_event *ev, dl_flow *fl)
{
	up_val v;
	int b;
	if (clang_Cursor_isNull(ev->rhs))
		return;
	v = up_eval(fl, s, ev->rhs);
	for (b = up_bnext(&v.bufs, 0); b >= 0; b = up_bnext(&v.bufs, b + 1)) {
		const up_buf *ub = &s->cx->bufs[b];
		if (ub->cls == UP_BUF_PARAM)
			sum->ret_params |= 1u << ub->param;
		else if (ub->cls == UP_BUF_PDEREF)
			sum->ret_pderef |= 1u << ub->param;
		else if (!sum->ret_user) {
			size_t cap = 0;
			sum->ret_user = 1;
			sum->ret_iomgr = ub->iomgr;
			sum->ret_desc = dl_xstrdup(ub->desc ? ub->desc : "a user-mode address");
			sum->ret_fn = dl_xstrdup(ub->fn ? ub->fn : s->cx->fname);
			up_trail_steps(v.trail, &sum->ret_steps, &sum->ret_nsteps, &cap);
		}
	}
}

typedef struct build {
	up_ctx *cx;
	up_summary *sum;
} build;

static int build_visit(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	build *bd = arg;
	dl_flow *fl = dl_point_flow(pt);
	const up_state *st = dl_plugin_state(bd->cx->a, pt, &dl_uptr_plugin);
	up_state *s;
	int i;
	if (!st)
		return 0;
	s = up_state_copy(fl, st);
	switch (ev->kind) {
	case DL_EV_ACCESS:
		if (!s->kernel)
			own_access(s, bd->sum, ev, fl);
		break;
	case DL_EV_CALL:
		if (!s->kernel)
			callee_entries(s, bd->sum, ev, fl);
		break;
	case DL_EV_RETURN:
		returned(s, bd->sum, ev, fl);
		break;
	case DL_EV_EXIT:
		for (i = 0; i < UP_MAXPARAM; i++)
			if (bd->cx->param_buf[i] >= 0 && up_bit(&s->probed, bd->cx->param_buf[i]))
				bd->sum->probes |= 1u << i;
		break;
	default:
		break;
	}
	return 0;
}

/* Summaries compare by their facts, not their paths: recursion settles. */
static int summary_same(const up_summary *a, up_summary *b)
{
	size_t i;
	if (!a || !b)
		return a == b;
	if (a->n != b->n || a->probes != b->probes || a->ret_user != b->ret_user ||
	    a->ret_params != b->ret_params || a->ret_pderef != b->ret_pderef)
		return 0;
	for (i = 0; i < a->n; i++) {
		const up_entry *e = entry_find(b, &a->entries[i]);
		if (!e || !entry_same(&a->entries[i], e))
			return 0;
	}
	return 1;
}

static int summary_empty(const up_summary *s)
{
	return !s->n && !s->probes && !s->ret_user && !s->ret_params && !s->ret_pderef;
}

int up_summary_end(up_ctx *cx, dl_flow *fl)
{
	build bd;
	up_summary **slot = &cx->st->sums[cx->fn];
	int changed;
	bd.cx = cx;
	bd.sum = dl_xcalloc(1, sizeof(up_summary));
	dl_flow_replay(fl, build_visit, &bd);
	if (summary_empty(bd.sum)) {
		up_summary_free(bd.sum);
		bd.sum = NULL;
	}
	changed = !summary_same(*slot, bd.sum);
	up_summary_free(*slot);
	*slot = bd.sum;
	return changed;
}

/* ---------------------------------------------------------------- verdicts */

static void fact_free(dl_uptr_fact *f)
{
	dl_loc_free(&f->loc);
	free(f->what);
	free(f->source);
	free(f->source_fn);
	free(f->in_fn);
	free(f->via);
	free(f->probed_by);
	dl_steps_free(f->steps, f->nsteps);
}

void dl_uptr_facts_clear(dl_uptr_facts *f)
{
	size_t i;
	for (i = 0; i < f->count; i++)
		fact_free(&f->items[i]);
	free(f->items);
	f->items = NULL;
	f->count = f->cap = 0;
}

static char *access_step(const dl_uptr_fact *f)
{
	const char *verb = f->is_write ? "written" : "read";
	if (f->verdict == DL_UPTR_UNPROBED)
		return dl_xprintf("'%s' is %s%s%s here without a %s", f->what, verb, f->via ? " by " : "",
				  f->via ? f->via : "", f->is_write ? "ProbeForWrite" : "ProbeForRead");
	return dl_xprintf("'%s' is %s%s%s here, outside __try/__except", f->what, verb, f->via ? " by " : "",
			  f->via ? f->via : "");
}

/* A new fact, or NULL when the caller does not want its verdict. */
static dl_uptr_fact *fact_new(dl_uptr_facts *out, dl_uptr_verdict verdict)
{
	dl_uptr_fact *f;
	if (out->want && out->want != verdict)
		return NULL;
	DL_GROW(out->items, out->cap, out->count + 1);
	f = &out->items[out->count++];
	memset(f, 0, sizeof(*f));
	f->verdict = verdict;
	return f;
}

static char *source_fn(const up_ctx *cx, const up_buf *ub, int always)
{
	if (!ub->fn || (!always && !strcmp(ub->fn, cx->fname)))
		return NULL;
	return dl_xstrdup(ub->fn);
}

/* Who probed buffer `b` when the driver did not. */
static char *probed_by(const up_state *s, int b)
{
	return !up_bit(&s->probed, b) && s->cx->bufs[b].preprobed ? dl_xstrdup("the I/O manager") : NULL;
}

/* The access `ev` itself. */
static void access_facts(dl_analysis *a, up_state *s, size_t fn, const dl_event *ev, dl_flow *fl,
			 dl_uptr_facts *out)
{
	up_val v = up_eval(fl, s, ev->lhs);
	int b = pick_buf(s, &v, UP_BUF_USER, -1);
	dl_uptr_fact *f;
	size_t cap = 0;
	if (b < 0)
		return;
	if (up_probed(s, b) && (ev->in_try || dl_analysis_guarded(a, fn)))
		return;
	f = fact_new(out, up_probed(s, b) ? DL_UPTR_OUTSIDE_TRY : DL_UPTR_UNPROBED);
	if (!f)
		return;
	dl_loc_of_cursor(ev->cursor, &f->loc);
	f->what = dl_cursor_text(dl_strip(ev->lhs), 48);
	f->source = dl_xstrdup(s->cx->bufs[b].desc ? s->cx->bufs[b].desc : "a user-mode address");
	f->source_fn = source_fn(s->cx, &s->cx->bufs[b], 0);
	f->via = ev->via ? dl_xstrdup(ev->via) : NULL;
	f->is_write = ev->is_write;
	value_steps(s, &v, b, ev->lhs, ev->cursor, &f->steps, &f->nsteps, &cap);
	if (f->verdict == DL_UPTR_OUTSIDE_TRY) {
		f->probe_line = probe_line(s, b);
		f->probed_by = probed_by(s, b);
	}
	up_steps_add_cursor(&f->steps, &f->nsteps, &cap, ev->cursor, access_step(f));
}

/* The callee's entry `ce` for a user value `v` passed as argument `a`. */
static void call_fact(dl_analysis *a, up_state *s, size_t fn, const dl_event *ev, CXCursor arg,
		      const up_val *v, const up_entry *ce, const char *callee, dl_uptr_facts *out)
{
	int b = pick_buf(s, v, UP_BUF_USER, -1);
	int user = b >= 0, probed;
	unsigned pline;
	dl_uptr_fact *f;
	size_t cap = 0;
	if (ce->level == 0 && !user)
		return;
	if (ce->level == 1 && !user && !(v->kinds & (UP_SYSBUF | UP_COPIED)))
		return;
	probed = ce->probed || (ce->level == 0 && up_probed(s, b));
	pline = ce->probed ? ce->probe_line : probed ? probe_line(s, b) : 0;
	if (probed && (ce->in_try || ev->in_try || dl_analysis_guarded(a, fn)))
		return;
	f = fact_new(out, probed ? DL_UPTR_OUTSIDE_TRY : DL_UPTR_UNPROBED);
	if (!f)
		return;
	dl_loc_copy(&f->loc, &ce->loc);
	f->what = dl_xstrdup(ce->what);
	f->in_fn = dl_xstrdup(ce->fn);
	f->via = ce->via ? dl_xstrdup(ce->via) : NULL;
	f->is_write = ce->is_write;
	f->probe_line = pline;
	if (ce->level == 0 && !ce->probed)
		f->probed_by = probed_by(s, b);
	if (ce->level == 0) {
		f->source = dl_xstrdup(s->cx->bufs[b].desc ? s->cx->bufs[b].desc : "a user-mode address");
		f->source_fn = source_fn(s->cx, &s->cx->bufs[b], 1);
	} else {
		f->source = dl_xprintf("a pointer read from %s",
				       user ? s->cx->bufs[b].desc : v->origin ? v->origin : "user-controlled memory");
		f->source_fn = user ? source_fn(s->cx, &s->cx->bufs[b], 1) : dl_xstrdup(s->cx->fname);
	}
	call_steps(s, ev, arg, v, callee, ce->level == 0 ? b : -1, &f->steps, &f->nsteps, &cap);
	up_path_steps(ce->path, &f->steps, &f->nsteps, &cap);
	up_steps_add(&f->steps, &f->nsteps, &cap, &ce->loc, access_step(f));
}

typedef struct fact_walk {
	dl_analysis *a;
	size_t fn;
	dl_uptr_facts *out;
} fact_walk;

static void fact_visit(up_state *s, const dl_event *ev, CXCursor arg, const up_val *v, const up_entry *ce,
		       const char *callee, void *data)
{
	fact_walk *w = data;
	call_fact(w->a, s, w->fn, ev, arg, v, ce, callee, w->out);
}

static void call_facts(dl_analysis *a, up_state *s, size_t fn, const dl_event *ev, dl_flow *fl,
		       dl_uptr_facts *out)
{
	fact_walk w = {a, fn, out};
	for_each_callee_entry(s, ev, fl, fact_visit, &w);
}

int dl_uptr_event_facts(dl_analysis *a, const dl_flow_point *pt, size_t fn, const dl_event *ev,
			dl_uptr_facts *out)
{
	const up_state *st = dl_plugin_state(a, pt, &dl_uptr_plugin);
	dl_flow *fl = dl_point_flow(pt);
	up_state *s;
	if (!st || !st->cx || !st->cx->active || st->kernel)
		return DL_OK;
	/* Evaluation may remember loads: work on a copy of the point's state. */
	s = up_state_copy(fl, st);
	if (ev->kind == DL_EV_ACCESS)
		access_facts(a, s, fn, ev, fl, out);
	else if (ev->kind == DL_EV_CALL)
		call_facts(a, s, fn, ev, fl, out);
	return DL_OK;
}

int dl_uptr_raising_probe(CXCursor call, const char **name)
{
	char *callee = dl_callee_name(call);
	const char *found = callee ? dl_probe_function(callee) : NULL;
	long long mode;
	/* MmProbeAndLockPages with KernelMode probes nothing. */
	if (found && !strcmp(found, "MmProbeAndLockPages") &&
	    (clang_Cursor_getNumArguments(call) < 2 ||
	     (dl_eval_int(clang_Cursor_getArgument(call, 1), &mode) && mode == 0)))
		found = NULL;
	free(callee);
	if (name)
		*name = found;
	return found != NULL;
}

char *dl_uptr_access_text(const dl_uptr_fact *f)
{
	return dl_xprintf("%s%s%s%s%s", f->is_write ? "written" : "read", f->via ? " by " : "",
			  f->via ? f->via : "", f->in_fn ? " in " : "", f->in_fn ? f->in_fn : "");
}

int dl_uptr_user_memory(dl_analysis *a, const dl_flow_point *pt, CXCursor expr, char **source)
{
	const up_state *s = dl_plugin_state(a, pt, &dl_uptr_plugin);
	dl_flow *fl = dl_point_flow(pt);
	up_val v;
	int b;
	if (!s || s->kernel)
		return 0;
	/* Evaluation may note new sources: do it on a copy of the state. */
	v = up_eval(fl, up_state_copy(fl, s), expr);
	for (b = up_bnext(&v.bufs, 0); b >= 0; b = up_bnext(&v.bufs, b + 1)) {
		const up_buf *buf = &s->cx->bufs[b];
		if (buf->cls != UP_BUF_USER)
			continue;
		*source = dl_xstrdup(buf->desc ? buf->desc : "a user-mode address");
		return 1;
	}
	return 0;
}
