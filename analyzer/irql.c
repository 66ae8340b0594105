/*
 * The IRQL domain (include/drvlint/irql.h): the state, its join, and its
 * transfer at lock and raise calls, calls of summarised functions, paged-pool
 * assignments and KeGetCurrentIrql() branches. The plug-in (entry contexts,
 * summaries) is in irql_plugin.c, the facts checks read in irql_query.c, the
 * kernel API tables in irql_apis.c.
 */
#include "irql_priv.h"

#include <stdlib.h>
#include <string.h>

#define lmax irql_max
#define lmin irql_min

/* ---------------------------------------------------------- the state */

static void *irql_entry(dl_flow *fl, void *ctx)
{
	irql_ctx *cx = ctx;
	dl_irql_state *s = dl_flow_alloc(fl, sizeof(*s));
	s->min = cx->min;
	s->max = cx->max;
	s->cx = cx;
	return s;
}

static void *irql_copy(dl_flow *fl, void *ctx, const void *src)
{
	dl_irql_state *s = dl_flow_alloc(fl, sizeof(*s));
	(void)ctx;
	memcpy(s, src, sizeof(*s));
	s->owned = 0;
	return s;
}

/* A list of `s` made its own (full size) before it is written. */
static void *own(dl_flow *fl, dl_irql_state *s, unsigned bit, void *list, unsigned n, size_t size, unsigned cap)
{
	void *mine;
	if (s->owned & bit)
		return list;
	mine = dl_flow_alloc(fl, size * cap);
	if (n)
		memcpy(mine, list, size * n);
	s->owned |= bit;
	return mine;
}

static irql_hold *holds_w(dl_flow *fl, dl_irql_state *s)
{
	return s->holds = own(fl, s, IRQL_OWN_HOLDS, s->holds, s->nholds, sizeof(*s->holds), IRQL_MAX_HOLDS);
}

static irql_paged *paged_w(dl_flow *fl, dl_irql_state *s)
{
	return s->paged = own(fl, s, IRQL_OWN_PAGED, s->paged, s->npaged, sizeof(*s->paged), IRQL_MAX_PAGED);
}

static irql_release *releases_w(dl_flow *fl, dl_irql_state *s)
{
	return s->releases = own(fl, s, IRQL_OWN_RELEASES, s->releases, s->nreleases, sizeof(*s->releases),
				 IRQL_MAX_RELEASES);
}

/* Locks match by key whichever way they were taken (at DISPATCH_LEVEL or
 * not: a `KeGetCurrentIrql() < DISPATCH_LEVEL ? KeAcquireSpinLock :
 * KeAcquireSpinLockAtDpcLevel` pair is one lock); raises match raises. */
static int same_class(irql_hold_kind a, irql_hold_kind b)
{
	return (a == IRQL_HOLD_RAISE) == (b == IRQL_HOLD_RAISE);
}

static int find_hold(const dl_irql_state *s, const char *key, irql_hold_kind kind)
{
	unsigned i = s->nholds;
	while (i-- > 0)
		if (same_class(s->holds[i].kind, kind) && !strcmp(s->holds[i].key, key))
			return (int)i;
	return -1;
}

static int find_paged(const dl_irql_state *s, CXCursor var)
{
	unsigned i;
	for (i = 0; i < s->npaged; i++)
		if (clang_equalCursors(s->paged[i].var, var))
			return (int)i;
	return -1;
}

static int find_release(const dl_irql_state *s, const char *key)
{
	unsigned i;
	for (i = 0; i < s->nreleases; i++)
		if (!strcmp(s->releases[i].key, key))
			return (int)i;
	return -1;
}

static void irql_join(dl_flow *fl, void *ctx, void *into, const void *other)
{
	dl_irql_state *a = into;
	const dl_irql_state *b = other;
	unsigned i;
	(void)ctx;
	a->min = lmin(a->min, b->min);
	a->max = lmax(a->max, b->max);
	if (a->nholds || b->nholds)
		holds_w(fl, a);
	for (i = 0; i < a->nholds; i++)
		if (find_hold(b, a->holds[i].key, a->holds[i].kind) < 0)
			a->holds[i].maybe = 1;
	for (i = 0; i < b->nholds; i++) {
		const irql_hold *h = &b->holds[i];
		int j = find_hold(a, h->key, h->kind);
		if (j >= 0) {
			a->holds[j].maybe |= h->maybe;
			if (h->kind == IRQL_HOLD_LOCK)
				a->holds[j].kind = IRQL_HOLD_LOCK;
			a->holds[j].saved_min = lmin(a->holds[j].saved_min, h->saved_min);
			a->holds[j].saved_max = lmax(a->holds[j].saved_max, h->saved_max);
			a->holds[j].level = lmax(a->holds[j].level, h->level);
		} else if (a->nholds < IRQL_MAX_HOLDS) {
			a->holds[a->nholds] = *h;
			a->holds[a->nholds++].maybe = 1;
		}
	}
	for (i = 0; i < b->npaged; i++)
		if (find_paged(a, b->paged[i].var) < 0 && a->npaged < IRQL_MAX_PAGED) {
			paged_w(fl, a)[a->npaged] = b->paged[i];
			a->npaged++;
		}
	for (i = 0; i < b->nreleases; i++)
		if (find_release(a, b->releases[i].key) < 0 && a->nreleases < IRQL_MAX_RELEASES) {
			releases_w(fl, a)[a->nreleases] = b->releases[i];
			a->nreleases++;
		}
	if (!a->raised && b->raised) {
		a->raised = 1;
		a->raised_at = b->raised_at;
		a->raised_via = b->raised_via;
	}
}

static int irql_equal(void *ctx, const void *x, const void *y)
{
	const dl_irql_state *a = x, *b = y;
	unsigned i;
	(void)ctx;
	if (a->min != b->min || a->max != b->max || a->nholds != b->nholds || a->npaged != b->npaged ||
	    a->nreleases != b->nreleases || a->raised != b->raised)
		return 0;
	for (i = 0; i < a->nholds; i++) {
		int j = find_hold(b, a->holds[i].key, a->holds[i].kind);
		if (j < 0 || b->holds[j].kind != a->holds[i].kind || b->holds[j].level != a->holds[i].level ||
		    b->holds[j].maybe != a->holds[i].maybe ||
		    b->holds[j].saved_min != a->holds[i].saved_min ||
		    b->holds[j].saved_max != a->holds[i].saved_max)
			return 0;
	}
	for (i = 0; i < a->npaged; i++)
		if (find_paged(b, a->paged[i].var) < 0)
			return 0;
	for (i = 0; i < a->nreleases; i++)
		if (find_release(b, a->releases[i].key) < 0)
			return 0;
	return 1;
}

/* ------------------------------------------------------- lock transfer */

static const char *arena_str(dl_flow *fl, char *s)
{
	const char *out = dl_arena_strdup(dl_flow_arena(fl), s ? s : "");
	free(s);
	return out;
}

/*
 * An lvalue as written, rebuilt from the AST for the common shapes (`p`,
 * `p->f`, `s.f`, `*p`) so that it reads right inside macro arguments too.
 */
char *irql_expr_text(CXCursor e)
{
	CXCursor base;
	char *b, *m, *out;
	e = dl_strip(e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_DeclRefExpr:
		return dl_cursor_spelling(e);
	case CXCursor_MemberRefExpr:
		base = dl_child(e, 0);
		if (clang_Cursor_isNull(base))
			return dl_cursor_spelling(e);
		b = irql_expr_text(base);
		m = dl_cursor_spelling(e);
		out = dl_xprintf("%s%s%s", b,
				 clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer ? "->" : ".", m);
		free(b);
		free(m);
		return out;
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref) {
			b = irql_expr_text(dl_child(e, 0));
			out = dl_xprintf("*%s", b);
			free(b);
			return out;
		}
		return dl_cursor_text(e, 120);
	default:
		return dl_cursor_text(e, 120);
	}
}

/* The parameter of the analysed function an expression is rooted at, or -1. */
static int root_param(dl_flow *fl, CXCursor e)
{
	CXCursor fn = dl_flow_function(fl), ref;
	int i, n;
	for (;;) {
		enum CXCursorKind k;
		e = dl_strip(e);
		k = clang_getCursorKind(e);
		if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr || k == CXCursor_UnaryOperator)
			e = dl_child(e, 0);
		else
			break;
		if (clang_Cursor_isNull(e))
			return -1;
	}
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return -1;
	ref = clang_getCursorReferenced(e);
	if (clang_getCursorKind(ref) != CXCursor_ParmDecl)
		return -1;
	n = clang_Cursor_getNumArguments(fn);
	for (i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), ref))
			return i;
	return -1;
}

/* The lock an argument designates: `&x->Lock` is "x->Lock", a pointer `p` is
 * "*p", a handle `h` (`handle`) is "h". */
static const char *lock_text(dl_flow *fl, CXCursor arg, int handle, int *param)
{
	CXCursor e = dl_strip(arg);
	char *text;
	*param = root_param(fl, e);
	if (handle) {
		text = irql_expr_text(e);
	} else if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
		text = irql_expr_text(dl_child(e, 0));
	} else {
		char *t = irql_expr_text(e);
		text = dl_xprintf("*%s", t);
		free(t);
	}
	return arena_str(fl, text);
}

static CXCursor call_arg(CXCursor call, int i)
{
	if (i < 0 || i >= clang_Cursor_getNumArguments(call))
		return clang_getNullCursor();
	return clang_Cursor_getArgument(call, (unsigned)i);
}

dl_irql irql_api_call_level(const irql_lock_api *api, CXCursor call, const dl_function *caller)
{
	switch (api->op) {
	case IRQL_OP_ACQUIRE:
	case IRQL_OP_ACQUIRE_AT_DPC:
		/* A KMDF object of a passive-level callback is synchronized by a mutex. */
		if (!strcmp(api->name, "WdfObjectAcquireLock") && caller->kmdf_passive)
			return DL_IRQL_PASSIVE;
		return api->level;
	case IRQL_OP_RAISE:
		return api->level_arg >= 0 ? irql_of_constant(call_arg(call, api->level_arg)) : api->level;
	default:
		return DL_IRQL_UNKNOWN;
	}
}

static void note_raise(dl_irql_state *s, CXCursor at, const char *via, dl_irql level)
{
	if (level < DL_IRQL_DISPATCH || s->raised)
		return;
	s->raised = 1;
	s->raised_at = at;
	s->raised_via = via;
}

/* Takes hold `h` (its saved range is the current one) and raises to its level. */
static void take(dl_flow *fl, dl_irql_state *s, irql_hold *h)
{
	int j = find_hold(s, h->key, h->kind);
	h->saved_min = s->min;
	h->saved_max = s->max;
	if (h->kind != IRQL_HOLD_AT_DPC && h->level != DL_IRQL_UNKNOWN) {
		s->min = lmax(s->min, h->level);
		s->max = lmax(s->max, h->level);
		note_raise(s, h->at, h->via, h->level);
	}
	if (j >= 0) {
		/* Taken again (in a loop, or a second acquire): keep the first save. */
		h->saved_min = s->holds[j].saved_min;
		h->saved_max = s->holds[j].saved_max;
		holds_w(fl, s)[j] = *h;
	} else if (s->nholds < IRQL_MAX_HOLDS) {
		holds_w(fl, s)[s->nholds] = *h;
		s->nholds++;
	}
}

/* Releasing restores the range saved when the hold was taken: nested
 * acquires and releases leave the IRQL where it was (a lock taken at
 * DISPATCH_LEVEL saved DISPATCH_LEVEL). */
static void drop_hold(dl_flow *fl, dl_irql_state *s, unsigned i)
{
	irql_hold *holds = holds_w(fl, s);
	s->min = holds[i].saved_min;
	s->max = holds[i].saved_max;
	memmove(&holds[i], &holds[i + 1], (s->nholds - i - 1) * sizeof(holds[0]));
	s->nholds--;
}

/*
 * Releases the hold named `key`; when no hold has that name (the lock was
 * taken through another expression), the last one of the same kind. Nothing
 * held: a release of the caller's lock, remembered for the summary.
 */
static void release(dl_flow *fl, dl_irql_state *s, const char *key, int key_param, const char *lockkind)
{
	int i = find_hold(s, key, lockkind ? IRQL_HOLD_LOCK : IRQL_HOLD_RAISE);
	unsigned k;
	for (k = s->nholds; i < 0 && k-- > 0;) {
		const irql_hold *h = &s->holds[k];
		if (lockkind ? h->lockkind && !strcmp(h->lockkind, lockkind) : h->kind == IRQL_HOLD_RAISE)
			i = (int)k;
	}
	if (i >= 0) {
		drop_hold(fl, s, (unsigned)i);
		return;
	}
	if (find_release(s, key) < 0 && s->nreleases < IRQL_MAX_RELEASES) {
		irql_release *r = &releases_w(fl, s)[s->nreleases];
		s->nreleases++;
		r->key = key;
		r->lockkind = lockkind;
		r->key_param = key_param;
	}
}

static void apply_lock_api(dl_flow *fl, irql_ctx *cx, dl_irql_state *s, CXCursor call,
			   const irql_lock_api *api)
{
	irql_hold h;
	int kp = -1;
	const char *key = api->key_arg >= 0 && !clang_Cursor_isNull(call_arg(call, api->key_arg))
		? lock_text(fl, call_arg(call, api->key_arg), api->handle, &kp)
		: (api->kind ? api->kind : "IRQL");
	memset(&h, 0, sizeof(h));
	switch (api->op) {
	case IRQL_OP_ACQUIRE:
	case IRQL_OP_ACQUIRE_AT_DPC:
		h.kind = api->op == IRQL_OP_ACQUIRE ? IRQL_HOLD_LOCK : IRQL_HOLD_AT_DPC;
		h.lockkind = api->kind;
		h.key = key;
		h.key_param = kp;
		h.name_param = -1;
		if (api->lock_arg >= 0 && !clang_Cursor_isNull(call_arg(call, api->lock_arg)))
			h.name = lock_text(fl, call_arg(call, api->lock_arg), api->handle, &h.name_param);
		h.level = irql_api_call_level(api, call, irql_function(cx->a, cx->fn));
		break;
	case IRQL_OP_RAISE:
		h.kind = IRQL_HOLD_RAISE;
		h.key = "IRQL";
		h.key_param = h.name_param = -1;
		h.level = irql_api_call_level(api, call, irql_function(cx->a, cx->fn));
		break;
	case IRQL_OP_RELEASE:
	case IRQL_OP_RELEASE_AT_DPC:
		release(fl, s, key, kp, api->kind);
		return;
	case IRQL_OP_LOWER:
		release(fl, s, "IRQL", -1, NULL);
		return;
	}
	h.via = api->name;
	h.at = call;
	take(fl, s, &h);
}

/* ------------------------------------------------ calls of program functions */

/* A callee's lock named from its parameter `param`: `prefix param suffix`
 * becomes the caller's argument text, `&x` folding into `x.` / `x`.
 * malloc'd; NULL when the call has no such argument. */
char *irql_translate(CXCursor call, int param, const char *text)
{
	CXCursor arg = call_arg(call, param), e;
	const char *star = text[0] == '*' ? "*" : "";
	const char *suffix = text + strlen(star);
	char *a, *out;
	if (param < 0)
		return dl_xstrdup(text);
	if (clang_Cursor_isNull(arg))
		return NULL;
	e = dl_strip(arg);
	if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
		a = irql_expr_text(dl_child(e, 0));
		if (*star)
			out = dl_xprintf("%s%s", a, suffix);
		else if (!strncmp(suffix, "->", 2))
			out = dl_xprintf("%s.%s", a, suffix + 2);
		else
			out = dl_xprintf("(&%s)%s", a, suffix);
	} else {
		a = irql_expr_text(e);
		out = dl_xprintf("%s%s%s", star, a, suffix);
	}
	free(a);
	return out;
}

static const char *translate(dl_flow *fl, CXCursor call, int param, const char *text, int *newparam)
{
	char *out = irql_translate(call, param, text);
	*newparam = param >= 0 && out ? root_param(fl, call_arg(call, param)) : -1;
	return out ? arena_str(fl, out) : NULL;
}

static void apply_summary(dl_flow *fl, dl_irql_state *s, CXCursor call, const dl_function *f,
			  const irql_summary *sum)
{
	size_t i;
	for (i = 0; i < sum->nexit_releases; i++) {
		const irql_exit_release *r = &sum->exit_releases[i];
		int kp;
		const char *key = translate(fl, call, r->key_param, r->key, &kp);
		if (key)
			release(fl, s, key, kp, r->lockkind);
	}
	for (i = 0; i < sum->nexit_holds; i++) {
		const irql_exit_hold *x = &sum->exit_holds[i];
		irql_hold h;
		memset(&h, 0, sizeof(h));
		h.kind = x->kind;
		h.lockkind = x->lockkind;
		h.key = translate(fl, call, x->key_param, x->key, &h.key_param);
		h.name = x->name ? translate(fl, call, x->name_param, x->name, &h.name_param) : NULL;
		if (!h.key)
			continue;
		h.via = f->name;
		h.at = call;
		h.level = x->level;
		take(fl, s, &h);
	}
}

/* A function known only by its declaration: its SAL says whether it raises
 * (`_IRQL_raises_` with `_IRQL_saves_global_`: a lock in its first argument). */
static void apply_sal(dl_flow *fl, dl_irql_state *s, CXCursor call, const dl_function *f)
{
	CXCursor arg = call_arg(call, 0);
	int kp = -1;
	const char *key = clang_Cursor_isNull(arg) ? f->name : lock_text(fl, arg, 0, &kp);
	if (f->sal.raises_to != DL_IRQL_UNKNOWN && f->sal.raises_to > DL_IRQL_PASSIVE) {
		irql_hold h;
		memset(&h, 0, sizeof(h));
		h.kind = f->sal.saves_global ? IRQL_HOLD_LOCK : IRQL_HOLD_RAISE;
		h.lockkind = f->sal.saves_global ? "lock" : NULL;
		h.key = f->sal.saves_global ? key : "IRQL";
		h.key_param = f->sal.saves_global ? kp : -1;
		h.name = f->sal.saves_global ? key : NULL;
		h.name_param = h.key_param;
		h.level = f->sal.raises_to;
		h.via = f->name;
		h.at = call;
		take(fl, s, &h);
	} else if (f->sal.restores_global) {
		release(fl, s, key, kp, "lock");
	}
}

static void on_call(dl_flow *fl, irql_ctx *cx, dl_irql_state *s, CXCursor call)
{
	char *name = dl_callee_name(call);
	const irql_lock_api *api;
	dl_function *f;
	size_t idx;
	if (!name)
		return;
	if ((api = irql_lock_api_find(name))) {
		apply_lock_api(fl, cx, s, call, api);
	} else if ((f = irql_callee(cx->a, call, &idx))) {
		if (irql_has_body(f) && cx->st->fns[idx].sum.done)
			apply_summary(fl, s, call, f, &cx->st->fns[idx].sum);
		else if (!irql_has_body(f) && irql_sal_trusted(call))
			apply_sal(fl, s, call, f);
	}
	free(name);
}

/*
 * The annotations of a kernel API declared in the built-in headers (system
 * headers) are not used: the WDK reference table decides for those, and the
 * two disagree at times. A project's own declarations are trusted.
 */
int irql_sal_trusted(CXCursor call)
{
	CXCursor decl = clang_getCursorReferenced(call);
	return !clang_Location_isInSystemHeader(clang_getCursorLocation(decl));
}

/* ------------------------------------------------------------ paged pool */

static int is_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

static const irql_paged_decl *paged_decl(const irql_store *st, CXCursor decl)
{
	char *usr = dl_cursor_usr(decl);
	size_t i;
	int found = *usr && dl_index_get(st->paged_index, usr, &i);
	free(usr);
	return found ? &st->paged_decls[i] : NULL;
}

int irql_expr_paged(const dl_irql_state *s, CXCursor e, CXCursor *at, const char **via,
		    const irql_paged_decl **decl)
{
	const irql_store *st = s->cx->st;
	*decl = NULL;
	e = dl_strip(e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_CallExpr: {
		char *name = dl_callee_name(e);
		dl_function *f;
		size_t idx;
		int paged = 0;
		if (!name || !is_pointer(clang_getCursorType(e))) {
			free(name);
			return 0;
		}
		if (irql_alloc_is_paged(e, name))
			paged = 1;
		else if ((f = irql_callee(st->a, e, &idx)) && st->fns[idx].sum.returns_paged)
			paged = 1;
		free(name);
		if (paged) {
			*at = e;
			*via = NULL;
		}
		return paged;
	}
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(e);
		int i = find_paged(s, ref);
		if (i >= 0) {
			*at = s->paged[i].at;
			*via = s->paged[i].via;
			if (s->paged[i].decl >= 0)
				*decl = &st->paged_decls[s->paged[i].decl];
			return 1;
		}
		return clang_getCursorKind(ref) == CXCursor_VarDecl && (*decl = paged_decl(st, ref)) != NULL;
	}
	case CXCursor_MemberRefExpr:
		return (*decl = paged_decl(st, clang_getCursorReferenced(e))) != NULL;
	case CXCursor_BinaryOperator: {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
		if (op != CXBinaryOperator_Add && op != CXBinaryOperator_Sub)
			return 0;
		return is_pointer(clang_getCursorType(dl_child(e, 0))) &&
		       irql_expr_paged(s, dl_child(e, 0), at, via, decl);
	}
	case CXCursor_ConditionalOperator:
		return irql_expr_paged(s, dl_child(e, 1), at, via, decl) ||
		       irql_expr_paged(s, dl_child(e, 2), at, via, decl);
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf)
			return 0;
		e = dl_strip(dl_child(e, 0));
		return clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr &&
		       irql_expr_paged(s, dl_child(e, 0), at, via, decl);
	default:
		return 0;
	}
}

int irql_add_paged_decl(irql_store *st, const char *usr, const char *name, const dl_loc *loc,
			const char *via, size_t unit)
{
	irql_paged_decl *d;
	if (!*usr || dl_index_get(st->paged_index, usr, NULL))
		return 0;
	DL_GROW(st->paged_decls, st->cappaged_decls, st->npaged_decls + 1);
	d = &st->paged_decls[st->npaged_decls];
	d->usr = dl_xstrdup(usr);
	d->unit = unit;
	d->name = dl_xstrdup(name);
	dl_loc_copy(&d->loc, loc);
	d->via = via ? dl_xstrdup(via) : NULL;
	dl_index_put(st->paged_index, usr, st->npaged_decls++);
	st->paged_grew = 1;
	return 1;
}

/* Remembers program-wide that a field or global holds paged pool. */
static void record_paged_decl(irql_ctx *cx, CXCursor decl, CXCursor lhs, CXCursor at)
{
	char *usr = dl_cursor_usr(decl), *name = irql_expr_text(lhs), *via = dl_callee_name(dl_strip(at));
	dl_loc loc;
	dl_loc_of_cursor(at, &loc);
	irql_add_paged_decl(cx->st, usr, name, &loc, via, dl_analysis_unit(cx->a, cx->fn));
	dl_loc_free(&loc);
	free(usr);
	free(name);
	free(via);
}

static int is_local(CXCursor var)
{
	enum CXCursorKind k = clang_getCursorKind(var);
	if (k == CXCursor_ParmDecl)
		return 1;
	return k == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(var) == 0;
}

static void on_assign(dl_flow *fl, irql_ctx *cx, dl_irql_state *s, const dl_event *ev)
{
	CXCursor lhs = ev->lhs, var = clang_getNullCursor(), at = clang_getNullCursor();
	const char *via = NULL;
	const irql_paged_decl *decl = NULL;
	int paged, i;
	if (clang_getCursorKind(lhs) == CXCursor_VarDecl) {
		var = lhs;
	} else {
		lhs = dl_strip(lhs);
		if (clang_getCursorKind(lhs) == CXCursor_DeclRefExpr)
			var = clang_getCursorReferenced(lhs);
	}
	if (!is_pointer(clang_getCursorType(clang_Cursor_isNull(var) ? lhs : var)))
		return;
	paged = ev->op == CXBinaryOperator_Assign && !clang_Cursor_isNull(ev->rhs) &&
		irql_expr_paged(s, ev->rhs, &at, &via, &decl);
	if (!clang_Cursor_isNull(var) && is_local(var)) {
		i = find_paged(s, var);
		if (!paged) {
			if (i >= 0) {
				irql_paged *pl = paged_w(fl, s);
				memmove(&pl[i], &pl[i + 1], (s->npaged - (unsigned)i - 1) * sizeof(pl[0]));
				s->npaged--;
			}
			return;
		}
		if (i < 0 && s->npaged == IRQL_MAX_PAGED)
			return;
		paged_w(fl, s);
		if (i < 0)
			i = (int)s->npaged++;
		s->paged[i].var = var;
		s->paged[i].at = clang_Cursor_isNull(at) ? ev->rhs : at;
		s->paged[i].via = via;
		s->paged[i].decl = decl ? (long)(decl - cx->st->paged_decls) : -1;
		return;
	}
	if (!paged || cx->phase != DL_PHASE_SUMMARY)
		return;
	if (!clang_Cursor_isNull(var))
		record_paged_decl(cx, var, lhs, clang_Cursor_isNull(at) ? ev->rhs : at);
	else if (clang_getCursorKind(lhs) == CXCursor_MemberRefExpr)
		record_paged_decl(cx, clang_getCursorReferenced(lhs), lhs,
				  clang_Cursor_isNull(at) ? ev->rhs : at);
}

/* -------------------------------------------------------------- refine */

static int is_current_irql(CXCursor e)
{
	char *name;
	int yes;
	e = dl_strip(e);
	if (clang_getCursorKind(e) != CXCursor_CallExpr || !(name = dl_callee_name(e)))
		return 0;
	yes = !strcmp(name, "KeGetCurrentIrql");
	free(name);
	return yes;
}

/* `KeGetCurrentIrql() OP level` narrows the range on each side of a branch. */
static void irql_refine(dl_flow *fl, void *ctx, void *st, CXCursor cond, int truth)
{
	dl_irql_state *s = st;
	CXCursor e = dl_strip(cond), lhs, rhs;
	enum CXBinaryOperatorKind op;
	dl_irql c, lo = DL_IRQL_PASSIVE, hi = DL_IRQL_DIRQL;
	(void)fl;
	if (clang_getCursorKind(e) != CXCursor_BinaryOperator)
		return;
	op = clang_getCursorBinaryOperatorKind(e);
	lhs = dl_child(e, 0);
	rhs = dl_child(e, 1);
	if (is_current_irql(rhs)) {
		CXCursor t = lhs;
		lhs = rhs;
		rhs = t;
		switch (op) {
		case CXBinaryOperator_LT: op = CXBinaryOperator_GT; break;
		case CXBinaryOperator_GT: op = CXBinaryOperator_LT; break;
		case CXBinaryOperator_LE: op = CXBinaryOperator_GE; break;
		case CXBinaryOperator_GE: op = CXBinaryOperator_LE; break;
		default: break;
		}
	}
	if (!is_current_irql(lhs) || (c = irql_of_constant(rhs)) == DL_IRQL_UNKNOWN)
		return;
	if (!truth) {
		switch (op) {
		case CXBinaryOperator_LT: op = CXBinaryOperator_GE; break;
		case CXBinaryOperator_GE: op = CXBinaryOperator_LT; break;
		case CXBinaryOperator_GT: op = CXBinaryOperator_LE; break;
		case CXBinaryOperator_LE: op = CXBinaryOperator_GT; break;
		case CXBinaryOperator_EQ: op = CXBinaryOperator_NE; break;
		case CXBinaryOperator_NE: op = CXBinaryOperator_EQ; break;
		default: return;
		}
	}
	switch (op) {
	case CXBinaryOperator_LT: hi = (dl_irql)(c - 1); break;
	case CXBinaryOperator_LE: hi = c; break;
	case CXBinaryOperator_GT: lo = (dl_irql)(c + 1); break;
	case CXBinaryOperator_GE: lo = c; break;
	case CXBinaryOperator_EQ: lo = hi = c; break;
	case CXBinaryOperator_NE:
		if (s->min == c && s->max > c)
			s->min = (dl_irql)(c + 1);
		else if (s->max == c && s->min < c)
			s->max = (dl_irql)(c - 1);
		return;
	default:
		return;
	}
	if (lmax(s->min, lo) <= lmin(s->max, hi)) {
		s->min = lmax(s->min, lo);
		s->max = lmin(s->max, hi);
	}
}

static void irql_transfer(dl_flow *fl, void *ctx, void *st, const dl_event *ev)
{
	if (ev->kind == DL_EV_CALL)
		on_call(fl, ctx, st, ev->cursor);
	else if (ev->kind == DL_EV_ASSIGN)
		on_assign(fl, ctx, st, ev);
}

const dl_domain irql_domain = {
	"irql", irql_entry, irql_copy, irql_join, NULL, irql_equal, irql_transfer, irql_refine,
};

