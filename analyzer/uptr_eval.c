/*
 * Expressions of the user-pointer domain: tracked lvalues (keys), sources,
 * and how values propagate through casts, arithmetic, loads and assignments.
 * What kernel APIs do to their arguments is in uptr_api.c.
 */
#include "uptr_priv.h"
#include "drvlint/config.h"

#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- utilities */

static int kind_of(CXCursor c, enum CXCursorKind k)
{
	return clang_getCursorKind(c) == k;
}

static CXType canon(CXCursor e)
{
	return clang_getCanonicalType(clang_getCursorType(e));
}

static int is_array(CXType t)
{
	return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
}

static int is_record(CXType t)
{
	return t.kind == CXType_Record || t.kind == CXType_Elaborated;
}

unsigned up_offset_of(CXCursor c)
{
	unsigned off = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
	return off;
}

/* `p->f` rather than `s.f`. */
static int is_arrow(CXCursor member)
{
	CXCursor base = dl_child(member, 0);
	return !clang_Cursor_isNull(base) && canon(base).kind == CXType_Pointer;
}

/* The member `e` names field `field` of a record `record` (possibly through
 * the anonymous unions and structs nested in it). Matching the record type,
 * not the variable, finds the field whatever the driver calls its IRP. */
int up_member_of(CXCursor e, const char *field, const char *record)
{
	CXCursor f = clang_getCursorReferenced(e);
	char *name;
	int ok, depth;
	if (!kind_of(f, CXCursor_FieldDecl))
		return 0;
	name = dl_cursor_spelling(f);
	ok = !strcmp(name, field);
	free(name);
	if (!ok)
		return 0;
	for (depth = 0; depth < 4; depth++) {
		f = clang_getCursorSemanticParent(f);
		if (!kind_of(f, CXCursor_StructDecl) && !kind_of(f, CXCursor_UnionDecl))
			return 0;
		name = dl_cursor_spelling(f);
		ok = !strcmp(name, record);
		free(name);
		if (ok)
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------- keys */

static int intern(up_ctx *cx, const char *k)
{
	size_t id;
	if (dl_index_get(cx->keyix, k, &id))
		return (int)id;
	DL_GROW(cx->keys, cx->capkeys, cx->nkeys + 1);
	cx->keys[cx->nkeys] = dl_xstrdup(k);
	dl_index_put(cx->keyix, k, cx->nkeys);
	return (int)cx->nkeys++;
}

/* "d:USR", or "o:OFFSET" for a variable without one. */
static const char *decl_name(up_ctx *cx, CXCursor decl)
{
	char *usr;
	size_t i;
	if (dl_cursor_map_get(cx->declix, decl, &i))
		return cx->decl_names[i];
	DL_GROW(cx->decl_names, cx->capdecl_names, cx->ndecl_names + 1);
	i = cx->ndecl_names++;
	usr = dl_cursor_usr(decl);
	cx->decl_names[i] = *usr ? dl_xprintf("d:%s", usr) : dl_xprintf("o:%u", up_offset_of(decl));
	free(usr);
	dl_cursor_map_put(cx->declix, decl, i);
	return cx->decl_names[i];
}

static int put_decl(up_ctx *cx, dl_buf *b, CXCursor decl)
{
	if (!kind_of(decl, CXCursor_VarDecl) && !kind_of(decl, CXCursor_ParmDecl))
		return 0;
	dl_buf_puts(b, decl_name(cx, decl));
	return 1;
}

static int key_text(up_ctx *cx, dl_buf *b, CXCursor e, int depth)
{
	CXCursor base;
	char *m;
	e = dl_strip(e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_VarDecl:
	case CXCursor_ParmDecl:
		return put_decl(cx, b, e);
	case CXCursor_DeclRefExpr:
		return put_decl(cx, b, clang_getCursorReferenced(e));
	case CXCursor_UnaryOperator: {
		/* `*&x` is x: macros that store through their argument (`*(UB) = ...`). */
		CXCursor sub = dl_strip(dl_child(e, 0));
		if (clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref ||
		    clang_getCursorKind(sub) != CXCursor_UnaryOperator ||
		    clang_getCursorUnaryOperatorKind(sub) != CXUnaryOperator_AddrOf)
			return 0;
		return key_text(cx, b, dl_child(sub, 0), depth);
	}
	case CXCursor_MemberRefExpr:
		base = dl_child(e, 0);
		if (depth >= UP_MAXKEYDEPTH || clang_Cursor_isNull(base) || !key_text(cx, b, base, depth + 1))
			return 0;
		m = dl_cursor_spelling(e);
		dl_buf_printf(b, "%s%s", is_arrow(e) ? "->" : ".", m);
		free(m);
		return 1;
	default:
		return 0;
	}
}

int up_key(up_ctx *cx, CXCursor lv)
{
	dl_buf b = {0};
	size_t k1;
	if (dl_cursor_map_get(cx->lvalues, lv, &k1))
		return (int)k1 - 1;
	k1 = key_text(cx, &b, lv, 0) ? (size_t)intern(cx, dl_buf_cstr(&b)) + 1 : 0;
	dl_buf_free(&b);
	dl_cursor_map_put(cx->lvalues, lv, k1);
	return (int)k1 - 1;
}

int up_buffer(up_ctx *cx, const char *identity, up_class cls, int param, int key,
	      const char *desc, const char *fn)
{
	size_t id;
	up_buf *b;
	if (dl_index_get(cx->bufix, identity, &id))
		return (int)id;
	if (cx->nbufs >= UP_MAXBUF)
		return -1;
	DL_GROW(cx->bufs, cx->capbufs, cx->nbufs + 1);
	b = &cx->bufs[cx->nbufs];
	memset(b, 0, sizeof(*b));
	b->cls = cls;
	b->param = param;
	b->key = key;
	b->desc = desc ? dl_xstrdup(desc) : NULL;
	b->fn = fn ? dl_xstrdup(fn) : NULL;
	dl_index_put(cx->bufix, identity, cx->nbufs);
	return (int)cx->nbufs++;
}

/* ----------------------------------------------------------------- values */

int up_val_empty(const up_val *v)
{
	return !v->kinds && !v->cparams && up_bempty(&v->bufs) && up_bempty(&v->mdl);
}

void up_val_join(up_val *into, const up_val *other)
{
	int i;
	into->kinds |= other->kinds;
	into->cparams |= other->cparams;
	for (i = 0; i < UP_WORDS; i++) {
		into->bufs.w[i] |= other->bufs.w[i];
		into->mdl.w[i] |= other->mdl.w[i];
	}
	if (!into->origin)
		into->origin = other->origin;
	if (!into->trail)
		into->trail = other->trail;
}

static int has_class(const up_ctx *cx, const up_val *v, up_class cls)
{
	int b;
	for (b = up_bnext(&v->bufs, 0); b >= 0; b = up_bnext(&v->bufs, b + 1))
		if (cx->bufs[b].cls == cls)
			return 1;
	return 0;
}

int up_val_user(const up_ctx *cx, const up_val *v)
{
	return has_class(cx, v, UP_BUF_USER);
}

/* Parameters whose memory `v` points into. */
static unsigned param_mask(const up_ctx *cx, const up_val *v)
{
	unsigned m = 0;
	int b;
	for (b = up_bnext(&v->bufs, 0); b >= 0; b = up_bnext(&v->bufs, b + 1))
		if (cx->bufs[b].cls == UP_BUF_PARAM)
			m |= 1u << cx->bufs[b].param;
	return m;
}

const up_trail *up_trail_push(dl_flow *fl, const up_trail *prev, CXCursor at, const char *msg, int key)
{
	up_trail *t = dl_flow_alloc(fl, sizeof(*t));
	t->prev = prev;
	t->at = at;
	t->msg = dl_arena_strdup(dl_flow_arena(fl), msg);
	t->key = key;
	return t;
}

const up_trail *up_trail_source(dl_flow *fl, const up_trail *prev, CXCursor at, const char *subject,
				const char *pred)
{
	char *msg = dl_xprintf("'%s' is %s", subject, pred);
	up_trail *t = (up_trail *)up_trail_push(fl, prev, at, msg, -1);
	free(msg);
	t->subject = dl_arena_strdup(dl_flow_arena(fl), subject);
	t->pred = dl_arena_strdup(dl_flow_arena(fl), pred);
	return t;
}

/* `subject` (an expression) ends with the field `desc` ends with. */
static int names_same_field(const char *subject, const char *desc)
{
	const char *f = desc + strlen(desc);
	size_t n, ls = strlen(subject);
	while (f > desc && (f[-1] == '_' || (f[-1] >= '0' && f[-1] <= '9') || (f[-1] >= 'a' && f[-1] <= 'z') ||
			    (f[-1] >= 'A' && f[-1] <= 'Z')))
		f--;
	n = strlen(f);
	return n && ls >= n && !strcmp(subject + ls - n, f) &&
	       (ls == n || subject[ls - n - 1] == '>' || subject[ls - n - 1] == '.');
}

/* A value with one USER buffer from a source event. */
up_val up_user_source(dl_flow *fl, up_state *s, CXCursor at, const char *identity,
			  const char *desc, const char *pred, const up_trail *prev)
{
	up_val v;
	int b = up_buffer(s->cx, identity, UP_BUF_USER, -1, -1, desc, s->cx->fname);
	char *subject = up_text_of(at);
	memset(&v, 0, sizeof(v));
	if (b >= 0) {
		up_trail *t = (up_trail *)up_trail_source(fl, prev, at, subject, pred);
		const char *rest = strstr(pred, ": ");
		/* `'sp->Parameters...Type3InputBuffer' is Type3InputBuffer...` says it twice. */
		char *full = dl_cursor_text(dl_strip(at), 512);
		if (rest && names_same_field(full, desc)) {
			char *msg = dl_xprintf("%s is %s", desc, rest + 2);
			t->msg = dl_arena_strdup(dl_flow_arena(fl), msg);
			free(msg);
		}
		free(full);
		up_setbit(&v.bufs, b);
		v.trail = t;
	}
	free(subject);
	return v;
}

/* ------------------------------------------------------------- evaluation */

static up_val eval(dl_flow *fl, up_state *s, CXCursor e, int as_ptr);

/* The pointer whose memory holds the lvalue `lv` (`p` for `p->f`, `p[i]`,
 * `*p`; the struct's own content for `s.f`). */
static up_val content_of(dl_flow *fl, up_state *s, CXCursor lv)
{
	up_val none;
	const up_val *v;
	CXCursor base;
	memset(&none, 0, sizeof(none));
	lv = dl_strip(lv);
	switch (clang_getCursorKind(lv)) {
	case CXCursor_MemberRefExpr:
		base = dl_child(lv, 0);
		if (clang_Cursor_isNull(base))
			return none;
		return is_arrow(lv) ? eval(fl, s, base, 0) : content_of(fl, s, base);
	case CXCursor_ArraySubscriptExpr:
		base = dl_child(lv, 0);
		if (!is_array(canon(base)) && canon(base).kind != CXType_Pointer)
			base = dl_child(lv, 1);
		return eval(fl, s, base, 0);
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(lv) == CXUnaryOperator_Deref)
			return eval(fl, s, dl_child(lv, 0), 0);
		return none;
	case CXCursor_DeclRefExpr: {
		CXType t = canon(lv);
		int key;
		if (!is_record(t) && !is_array(t))
			return none;   /* a pointer variable lives on the kernel stack */
		key = up_key(s->cx, lv);
		v = key >= 0 ? up_get(s, key) : NULL;
		return v ? *v : none;
	}
	default:
		return none;
	}
}

/* A struct read by value from the memory `c` points to: a kernel copy of it. */
up_val up_copy_of(const up_ctx *cx, const up_val *c)
{
	up_val r;
	int user = up_val_user(cx, c);
	memset(&r, 0, sizeof(r));
	if (user || (c->kinds & (UP_SYSBUF | UP_COPIED))) {
		r.kinds = UP_COPIED;
		r.origin = user ? "user memory" : c->origin;
	}
	r.cparams = param_mask(cx, c) | c->cparams;
	r.trail = c->trail;
	return r;
}

/*
 * A pointer loaded from the memory `c` points to. From user-controlled bytes
 * (user memory, the system buffer, a copy of either) it is a new user
 * address; from a parameter's memory, a new symbolic one. Kernel copies do
 * not change between reads, so a load through a tracked path is one buffer
 * and is remembered; a load from user memory is new on every read (a second
 * read may see another value).
 */
static up_val load(dl_flow *fl, up_state *s, CXCursor lv, const up_val *c)
{
	up_ctx *cx = s->cx;
	up_val r;
	int user = up_val_user(cx, c);
	int controlled = user || (c->kinds & (UP_SYSBUF | UP_COPIED));
	unsigned params = param_mask(cx, c) | c->cparams;
	int key = user ? -1 : up_key(cx, lv), j;
	char *where;
	memset(&r, 0, sizeof(r));
	if (!controlled && !params)
		return r;
	where = key >= 0 ? dl_xprintf("k%d", key) : dl_xprintf("s%u", up_offset_of(lv));
	if (controlled) {
		const char *origin = user ? "user memory" : c->origin ? c->origin : "user-controlled memory";
		char *desc = dl_xprintf("a pointer read from %s", origin);
		char *pred = dl_xprintf("a pointer read from %s%s: a user-mode address", origin,
					(c->kinds & UP_SYSBUF) && !user ?
					" (only the request itself was copied, not the memory it points to)" : "");
		char *id = dl_xprintf("load:%s", where);
		int b = up_buffer(cx, id, UP_BUF_USER, -1, key, desc, cx->fname);
		char *subject = up_text_of(lv);
		if (b >= 0) {
			up_trail *t;
			up_setbit(&r.bufs, b);
			t = (up_trail *)up_trail_source(fl, c->trail, lv, subject, pred);
			t->subject = NULL;   /* keep the expression's name when it is assigned */
			r.trail = t;
		}
		free(subject);
		free(desc);
		free(pred);
		free(id);
	}
	for (j = 0; j < UP_MAXPARAM; j++) {
		char *id;
		int b;
		if (!(params & (1u << j)))
			continue;
		id = dl_xprintf("pload:%d:%s", j, where);
		b = up_buffer(cx, id, UP_BUF_PDEREF, j, key, NULL, NULL);
		up_setbit(&r.bufs, b);
		free(id);
	}
	free(where);
	if (key >= 0 && !up_val_empty(&r))
		up_set(fl, s, key, &r);
	return r;
}

/* Irp->UserBuffer, Type3InputBuffer, SystemBuffer, RequestorMode. */
static int eval_source(dl_flow *fl, up_state *s, CXCursor e, up_val *out)
{
	char *id;
	memset(out, 0, sizeof(*out));
	if ((up_member_of(e, "UserBuffer", "_IRP") || up_member_of(e, "Type3InputBuffer", "_IO_STACK_LOCATION")) &&
	    up_kernel_requests(s->cx))
		return 1;    /* an internal device control: kernel addresses */
	if (up_member_of(e, "UserBuffer", "_IRP")) {
		int pre = up_iomgr_probed(s->cx), b;
		*out = up_user_source(fl, s, e, pre ? "src:UserBuffer:probed" : "src:UserBuffer", "Irp->UserBuffer",
				      pre ? "Irp->UserBuffer: a user-mode address, probed by the I/O manager but not "
					    "locked (neither I/O)" :
					    "Irp->UserBuffer: a user-mode address (neither buffered nor direct I/O)",
				      NULL);
		if ((b = up_bnext(&out->bufs, 0)) >= 0) {
			s->cx->bufs[b].iomgr = 1;
			s->cx->bufs[b].preprobed = pre;
		}
		return 1;
	}
	if (up_member_of(e, "Type3InputBuffer", "_IO_STACK_LOCATION")) {
		id = dl_xprintf("src:Type3InputBuffer");
		*out = up_user_source(fl, s, e, id, "Type3InputBuffer",
				   "Type3InputBuffer: a user-mode address (METHOD_NEITHER)", NULL);
		free(id);
		return 1;
	}
	if (up_member_of(e, "SystemBuffer", "_IRP")) {
		char *subject = up_text_of(e);
		out->kinds = UP_SYSBUF;
		out->origin = "Irp->AssociatedIrp.SystemBuffer";
		out->trail = up_trail_source(fl, NULL, e, subject,
					     "Irp->AssociatedIrp.SystemBuffer: kernel memory holding the caller's bytes");
		free(subject);
		return 1;
	}
	if (up_member_of(e, "RequestorMode", "_IRP") || up_member_of(e, "RequestorMode", "_FLT_CALLBACK_DATA")) {
		out->kinds = UP_MODE;
		return 1;
	}
	return 0;
}

static up_val eval_member(dl_flow *fl, up_state *s, CXCursor e, int as_ptr)
{
	int key = up_key(s->cx, e);
	const up_val *v = key >= 0 ? up_get(s, key) : NULL;
	CXType t = canon(e);
	up_val r, c;
	if (v)
		return *v;
	if (eval_source(fl, s, e, &r))
		return r;
	if (is_array(t))
		return content_of(fl, s, e);
	if (t.kind == CXType_Pointer || as_ptr) {
		c = content_of(fl, s, e);
		return load(fl, s, e, &c);
	}
	if (is_record(t)) {
		c = content_of(fl, s, e);
		return up_copy_of(s->cx, &c);
	}
	memset(&r, 0, sizeof(r));
	return r;
}

/* `*p`, `p[i]`: a load when the element is a pointer, a copy when a struct. */
static up_val eval_deref(dl_flow *fl, up_state *s, CXCursor e, int as_ptr)
{
	CXType t = canon(e);
	up_val c, none;
	memset(&none, 0, sizeof(none));
	if (is_array(t))
		return content_of(fl, s, e);
	if (t.kind != CXType_Pointer && !as_ptr && !is_record(t))
		return none;
	c = content_of(fl, s, e);
	return is_record(t) ? up_copy_of(s->cx, &c) : load(fl, s, e, &c);
}

static up_val eval_addr(dl_flow *fl, up_state *s, CXCursor sub)
{
	up_val none;
	memset(&none, 0, sizeof(none));
	sub = dl_strip(sub);
	switch (clang_getCursorKind(sub)) {
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
	case CXCursor_DeclRefExpr:
		return content_of(fl, s, sub);   /* `&p->f`, `&p[i]`: the same buffer */
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(sub) == CXUnaryOperator_Deref)
			return eval(fl, s, dl_child(sub, 0), 0);
		return none;
	default:
		return none;
	}
}

static up_val eval_binary(dl_flow *fl, up_state *s, CXCursor e, int as_ptr)
{
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
	CXCursor l = dl_child(e, 0), r = dl_child(e, 1);
	int lp = canon(l).kind == CXType_Pointer, rp = canon(r).kind == CXType_Pointer;
	up_val a, b;
	memset(&a, 0, sizeof(a));
	switch (op) {
	case CXBinaryOperator_Add:
	case CXBinaryOperator_Sub:
	case CXBinaryOperator_And:
	case CXBinaryOperator_Or:
		if (lp && rp)
			return a;    /* a difference of pointers is a number */
		if (lp)
			return eval(fl, s, l, 0);
		if (rp)
			return eval(fl, s, r, 0);
		/* An address computed in integers, `(PVOID)((ULONG_PTR)p + off)`. */
		a = eval(fl, s, l, as_ptr);
		b = eval(fl, s, r, as_ptr);
		up_val_join(&a, &b);
		return a;
	case CXBinaryOperator_Comma:
	case CXBinaryOperator_Assign:
		return eval(fl, s, r, as_ptr);
	default:
		return a;
	}
}

static up_val eval_call(dl_flow *fl, up_state *s, CXCursor e)
{
	up_ctx *cx = s->cx;
	char *name = dl_callee_name(e);
	up_summary *sum;
	up_val r, a;
	unsigned i;
	memset(&r, 0, sizeof(r));
	if (!name)
		return r;
	if (up_is_kernel_address_fn(name)) {
		/* A system address for locked pages: nothing to follow. */
	} else if (!strcmp(name, "IoAllocateMdl")) {
		a = eval(fl, s, clang_Cursor_getArgument(e, 0), 0);
		r.mdl = a.bufs;
	} else if (up_is_mode_fn(name)) {
		r.kinds = UP_MODE;
	} else if (!strcmp(name, "ReadPointerFromUser")) {
		char *id = dl_xprintf("call:%u", up_offset_of(e));
		r = up_user_source(fl, s, e, id, "a pointer read from user memory by ReadPointerFromUser",
				"a pointer read from user memory: a user-mode address", NULL);
		free(id);
	} else if (dl_config_is_source(dl_active_config(), name)) {
		/* The project says this function returns a user-mode address. */
		char *id = dl_xprintf("call:%u", up_offset_of(e));
		char *desc = dl_xprintf("returned by %s", name);
		char *why = dl_xprintf("returned by %s (a configured source): a user-mode address", name);
		r = up_user_source(fl, s, e, id, desc, why, NULL);
		free(id);
		free(desc);
		free(why);
	} else if ((sum = up_summary_of(cx, e, NULL))) {
		if (sum->ret_user) {
			char *id = dl_xprintf("ret:%u", up_offset_of(e));
			char *msg = dl_xprintf("returned by %s()", name);
			int b = up_buffer(cx, id, UP_BUF_USER, -1, -1, sum->ret_desc, sum->ret_fn);
			up_trail *ext = dl_flow_alloc(fl, sizeof(*ext));
			if (b >= 0 && sum->ret_iomgr) {
				cx->bufs[b].iomgr = 1;
				cx->bufs[b].preprobed = up_iomgr_probed(cx);
			}
			ext->key = -1;
			ext->ext = sum->ret_steps;
			ext->next = sum->ret_nsteps;
			up_setbit(&r.bufs, b);
			r.trail = up_trail_push(fl, ext, e, msg, -1);
			free(id);
			free(msg);
		}
		for (i = 0; i < UP_MAXPARAM; i++) {
			if (!((sum->ret_params | sum->ret_pderef) & (1u << i)) ||
			    i >= (unsigned)clang_Cursor_getNumArguments(e))
				continue;
			a = eval(fl, s, clang_Cursor_getArgument(e, i), 0);
			if (sum->ret_pderef & (1u << i))
				a = load(fl, s, e, &a);
			up_val_join(&r, &a);
		}
	}
	free(name);
	return r;
}

/* Expressions nested deeper than this are not followed (hostile input). */
#define UP_MAX_EVAL_DEPTH 256
static _Thread_local unsigned eval_depth;

static up_val eval_expr(dl_flow *fl, up_state *s, CXCursor e, int as_ptr);

static up_val eval(dl_flow *fl, up_state *s, CXCursor e, int as_ptr)
{
	up_val v;
	if (eval_depth >= UP_MAX_EVAL_DEPTH) {
		memset(&v, 0, sizeof(v));
		return v;
	}
	eval_depth++;
	v = eval_expr(fl, s, e, as_ptr);
	eval_depth--;
	return v;
}

static up_val eval_expr(dl_flow *fl, up_state *s, CXCursor e, int as_ptr)
{
	up_val none;
	memset(&none, 0, sizeof(none));
	/* Casts: an integer cast to a pointer makes the load below it a pointer load. */
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(e);
		unsigned n;
		if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
			break;
		n = dl_child_count(e);
		if (n == 0 || (k != CXCursor_CStyleCastExpr && n != 1))
			break;
		if (k == CXCursor_CStyleCastExpr && canon(e).kind == CXType_Pointer)
			as_ptr = 1;
		e = dl_child(e, n - 1);
	}
	switch (clang_getCursorKind(e)) {
	case CXCursor_DeclRefExpr: {
		CXCursor d = clang_getCursorReferenced(e);
		int key;
		const up_val *v;
		if (!kind_of(d, CXCursor_VarDecl) && !kind_of(d, CXCursor_ParmDecl))
			return none;
		key = up_key(s->cx, e);
		v = key >= 0 ? up_get(s, key) : NULL;
		return v ? *v : none;
	}
	case CXCursor_MemberRefExpr:
		return eval_member(fl, s, e, as_ptr);
	case CXCursor_ArraySubscriptExpr:
		return eval_deref(fl, s, e, as_ptr);
	case CXCursor_UnaryOperator:
		switch (clang_getCursorUnaryOperatorKind(e)) {
		case CXUnaryOperator_Deref:
			return eval_deref(fl, s, e, as_ptr);
		case CXUnaryOperator_AddrOf:
			return eval_addr(fl, s, dl_child(e, 0));
		case CXUnaryOperator_PreInc:
		case CXUnaryOperator_PreDec:
		case CXUnaryOperator_PostInc:
		case CXUnaryOperator_PostDec:
			return eval(fl, s, dl_child(e, 0), as_ptr);
		default:
			return none;
		}
	case CXCursor_BinaryOperator:
		return eval_binary(fl, s, e, as_ptr);
	case CXCursor_CompoundAssignOperator:
		return eval(fl, s, dl_child(e, 0), as_ptr);
	case CXCursor_ConditionalOperator: {
		unsigned n = dl_child_count(e);
		up_val a = eval(fl, s, dl_child(e, n - 2), as_ptr), b = eval(fl, s, dl_child(e, n - 1), as_ptr);
		up_val_join(&a, &b);
		return a;
	}
	case CXCursor_CallExpr:
		return eval_call(fl, s, e);
	default:
		return none;
	}
}

up_val up_eval(dl_flow *fl, up_state *s, CXCursor e)
{
	return eval(fl, s, e, 0);
}

/* ------------------------------------------------------------ assignments */

void up_transfer_assign(dl_flow *fl, up_state *s, const dl_event *ev)
{
	int key = up_key(s->cx, ev->lhs);
	up_val v;
	CXCursor rhs;
	/* `p += n`, `p++`: the same buffer, the same probe. */
	if (key < 0 || ev->op != CXBinaryOperator_Assign || clang_Cursor_isNull(ev->rhs))
		return;
	rhs = dl_strip(ev->rhs);
	v = eval(fl, s, ev->rhs, 0);
	up_kill_fields(fl, s, key);
	if (!up_val_empty(&v) && v.kinds != UP_MODE) {
		char *name = up_text_of(ev->lhs);
		if (v.trail && v.trail->subject && clang_equalCursors(v.trail->at, rhs)) {
			v.trail = up_trail_source(fl, v.trail->prev, ev->cursor, name, v.trail->pred);
		} else if (!v.trail || v.trail->key != key) {
			char *msg = dl_xprintf("%s to '%s'", is_record(canon(ev->lhs)) ? "copied" : "assigned", name);
			v.trail = up_trail_push(fl, v.trail, ev->cursor, msg, key);
			free(msg);
		}
		free(name);
	}
	up_set(fl, s, key, &v);
}

