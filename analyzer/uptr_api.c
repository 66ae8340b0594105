/*
 * Kernel API knowledge of the user-pointer domain: probes and other
 * sanitizers, copies, out-parameters, calls of summarised functions, the
 * requestor-mode conditions, and source text for messages.
 */
#include "uptr_priv.h"
#include "drvlint/config.h"

#include <stdlib.h>
#include <string.h>

static int kind_of(CXCursor c, enum CXCursorKind k)
{
	return clang_getCursorKind(c) == k;
}

static CXType canon(CXCursor e)
{
	return clang_getCanonicalType(clang_getCursorType(e));
}

/* Integer value of a constant expression, -1 when not constant. */
static long long const_value(CXCursor e)
{
	long long v;
	return dl_eval_int(e, &v) ? v : -1;
}

char *up_text_of(CXCursor e)
{
	if (kind_of(e, CXCursor_VarDecl) || kind_of(e, CXCursor_ParmDecl))
		return dl_cursor_spelling(e);
	return dl_cursor_text(dl_strip(e), 48);
}

static int name_is(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(name, *list))
			return 1;
	return 0;
}

static const char *const mode_fns[] = {"ExGetPreviousMode", "KeGetPreviousMode", NULL};

int up_is_mode_fn(const char *name)
{
	return name_is(name, mode_fns);
}

/* They return the system address of pages already probed and locked. */
static const char *const kernel_address_fns[] = {
	"MmGetSystemAddressForMdlSafe", "MmGetSystemAddressForMdl", "MmMapLockedPagesSpecifyCache",
	"MmMapLockedPages", "WdfMemoryGetBuffer", NULL,
};

int up_is_kernel_address_fn(const char *name)
{
	return name_is(name, kernel_address_fns);
}

/* ------------------------------------------------------------------ calls */

static CXCursor arg(CXCursor call, int i)
{
	if (i >= clang_Cursor_getNumArguments(call))
		return clang_getNullCursor();
	return clang_Cursor_getArgument(call, (unsigned)i);
}

/* `&x` passed to an API that stores `v` into x. */
static void set_out(dl_flow *fl, up_state *s, CXCursor a, up_val v, CXCursor call)
{
	int key;
	char *name;
	a = dl_strip(a);
	if (!kind_of(a, CXCursor_UnaryOperator) || clang_getCursorUnaryOperatorKind(a) != CXUnaryOperator_AddrOf)
		return;
	a = dl_child(a, 0);
	key = up_key(s->cx, a);
	if (key < 0)
		return;
	up_kill_fields(fl, s, key);
	name = up_text_of(a);
	if (v.trail && v.trail->pred)
		v.trail = up_trail_source(fl, v.trail->prev, call, name, v.trail->pred);
	free(name);
	up_set(fl, s, key, &v);
}

/* The memory `dst` points to now holds bytes described by `c` (a copy). */
static void set_content(dl_flow *fl, up_state *s, CXCursor dst, const up_val *c, CXCursor call)
{
	up_val v = up_copy_of(s->cx, c), old;
	const up_val *cur;
	int key, whole = 1;
	char *name, *msg;
	dst = dl_strip(dst);
	if (kind_of(dst, CXCursor_UnaryOperator) && clang_getCursorUnaryOperatorKind(dst) == CXUnaryOperator_AddrOf) {
		dst = dl_strip(dl_child(dst, 0));
	} else if (canon(dst).kind == CXType_Pointer) {
		whole = 0;    /* a pointer variable: what it points to changed, not where */
	}
	key = up_key(s->cx, dst);
	if (key < 0)
		return;
	up_kill_fields(fl, s, key);
	cur = up_get(s, key);
	if (!whole && cur) {
		old = *cur;
		old.kinds |= v.kinds;
		old.cparams |= v.cparams;
		if (!old.origin)
			old.origin = v.origin;
		v = old;
	}
	if (!up_val_empty(&v) && (v.kinds & UP_COPIED)) {
		name = up_text_of(dst);
		msg = dl_xprintf("bytes from %s are copied into '%s'", v.origin ? v.origin : "user memory", name);
		v.trail = up_trail_push(fl, c->trail, call, msg, -1);
		free(name);
		free(msg);
	}
	up_set(fl, s, key, &v);
}

static void call_probe(dl_flow *fl, up_state *s, const dl_event *ev, const char *name)
{
	CXCursor call = ev->cursor;
	up_val v;
	if (!strcmp(name, "MmProbeAndLockPages")) {
		if (const_value(arg(call, 1)) == 0)
			return;    /* KernelMode: nothing is probed */
		v = up_eval(fl, s, arg(call, 0));
		v.bufs = v.mdl;
	} else if (!strncmp(name, "WdfRequestProbeAndLockUserBuffer", 32)) {
		v = up_eval(fl, s, arg(call, 1));
	} else {
		v = up_eval(fl, s, arg(call, 0));
	}
	up_mark_probed(fl, s, &v.bufs, call, dl_arena_strdup(dl_flow_arena(fl), name), ev->in_try);
}

static const char *const probe_fns[] = {
	"ProbeForRead", "ProbeForWrite", "MmProbeAndLockPages",
	"WdfRequestProbeAndLockUserBufferForRead", "WdfRequestProbeAndLockUserBufferForWrite", NULL,
};
static const char *const copy_fns[] = {
	"memcpy", "memmove", "RtlCopyMemory", "RtlMoveMemory", "RtlCopyBytes", "RtlCopyMemoryNonTemporal", NULL,
};
/* The WDK user-mode accessors probe and copy under their own exception handler. */
static const char *const user_copy_fns[] = {
	"CopyFromUser", "CopyFromMode", "CopyFromUserToMode", "ReadStructFromUser", NULL,
};

static void call_summary(dl_flow *fl, up_state *s, const dl_event *ev, const up_summary *sum, const char *name)
{
	int i, n = clang_Cursor_getNumArguments(ev->cursor);
	char *what = dl_xprintf("%s()", name);
	for (i = 0; i < n && i < UP_MAXPARAM; i++) {
		up_val v;
		if (!(sum->probes & (1u << i)))
			continue;
		v = up_eval(fl, s, arg(ev->cursor, i));
		up_mark_probed(fl, s, &v.bufs, ev->cursor, dl_arena_strdup(dl_flow_arena(fl), what), ev->in_try);
	}
	free(what);
}

void up_transfer_call(dl_flow *fl, up_state *s, const dl_event *ev)
{
	CXCursor call = ev->cursor;
	char *name = dl_callee_name(call);
	up_summary *sum;
	up_val v;
	int sarg;
	if (!name)
		return;
	if (name_is(name, probe_fns)) {
		call_probe(fl, s, ev, name);
	} else if (dl_config_is_sanitizer(dl_active_config(), name, &sarg)) {
		/* The project's own probe (.drvlint.json "sanitizers"): like ProbeForRead of that argument. */
		v = up_eval(fl, s, arg(call, sarg));
		up_mark_probed(fl, s, &v.bufs, call, dl_arena_strdup(dl_flow_arena(fl), name), ev->in_try);
	} else if (!strcmp(name, "WdfRequestRetrieveUnsafeUserInputBuffer") ||
		   !strcmp(name, "WdfRequestRetrieveUnsafeUserOutputBuffer")) {
		char *id = dl_xprintf("out:%u", up_offset_of(call));
		char *pred = dl_xprintf("the buffer of %s (METHOD_NEITHER): a user-mode address", name);
		v = up_user_source(fl, s, call, id, name, pred, NULL);
		set_out(fl, s, arg(call, 2), v, call);
		free(id);
		free(pred);
	} else if (!strcmp(name, "WdfRequestRetrieveInputBuffer") || !strcmp(name, "WdfRequestRetrieveOutputBuffer")) {
		memset(&v, 0, sizeof(v));
		v.kinds = UP_SYSBUF;
		v.origin = strstr(name, "Input") ? "the request's input buffer" : "the request's output buffer";
		set_out(fl, s, arg(call, 2), v, call);
	} else if (name_is(name, copy_fns)) {
		v = up_eval(fl, s, arg(call, 1));
		set_content(fl, s, arg(call, 0), &v, call);
	} else if (name_is(name, user_copy_fns)) {
		memset(&v, 0, sizeof(v));
		v.kinds = UP_COPIED;
		v.origin = "user memory";
		set_content(fl, s, arg(call, 0), &v, call);
	} else if ((sum = up_summary_of(s->cx, call, NULL))) {
		call_summary(fl, s, ev, sum, name);
	}
	free(name);
}

up_summary *up_summary_of(up_ctx *cx, CXCursor call, char **callee_name)
{
	dl_function *f = dl_analysis_callee(cx->a, call);
	size_t idx;
	if (!f)
		return NULL;
	idx = dl_analysis_index(cx->a, f);
	if (idx >= cx->st->nfns || !cx->st->sums[idx])
		return NULL;
	if (callee_name)
		*callee_name = dl_xstrdup(f->name ? f->name : "");
	return cx->st->sums[idx];
}

/* ------------------------------------------------------------- conditions */

static int is_mode(up_state *s, CXCursor e)
{
	const up_val *v;
	char *name;
	int yes, key;
	e = dl_strip(e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_CallExpr:
		name = dl_callee_name(e);
		yes = name && name_is(name, mode_fns);
		free(name);
		return yes;
	case CXCursor_MemberRefExpr:
		return up_member_of(e, "RequestorMode", "_IRP") || up_member_of(e, "RequestorMode", "_FLT_CALLBACK_DATA");
	case CXCursor_DeclRefExpr:
		key = up_key(s->cx, e);
		v = key >= 0 ? up_get(s, key) : NULL;
		return v && (v->kinds & UP_MODE);
	default:
		return 0;
	}
}

/* The side of `cond` where the requestor is kernel mode: `mode == KernelMode`
 * true, `mode != KernelMode` or `mode == UserMode` false, `mode` false. */
int up_is_kernel_side(up_state *s, CXCursor cond, int truth)
{
	CXCursor e = dl_strip(cond), l, r;
	enum CXBinaryOperatorKind op;
	long long c;
	int eq;
	if (is_mode(s, e))
		return !truth;
	if (!kind_of(e, CXCursor_BinaryOperator))
		return 0;
	op = clang_getCursorBinaryOperatorKind(e);
	if (op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE)
		return 0;
	l = dl_child(e, 0);
	r = dl_child(e, 1);
	if (is_mode(s, l))
		c = const_value(r);
	else if (is_mode(s, r))
		c = const_value(l);
	else
		return 0;
	eq = (op == CXBinaryOperator_EQ) == (truth != 0);
	return eq ? c == 0 : c == 1;
}

