/*
 * KMDF automatic synchronization. With SynchronizationScope Device or Queue
 * at the default execution level, the framework holds a spin lock around the
 * queue callbacks it synchronizes: they run at DISPATCH_LEVEL. The scope is
 * set in an attributes variable given to WdfDeviceCreate (every queue of the
 * device inherits it) or to WdfIoQueueCreate (the callbacks of that queue's
 * configuration); WdfExecutionLevelPassive in the same attributes makes the
 * lock a mutex. Variables are linked within the creating function.
 */
#include "irql_priv.h"

#include <stdlib.h>
#include <string.h>

/* The variable at the root of `&x`, `x`, `x.a.b`; null cursor when none. */
static CXCursor root_var(CXCursor e)
{
	for (;;) {
		e = dl_strip(e);
		if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf)
			e = dl_child(e, 0);
		else if (clang_getCursorKind(e) == CXCursor_MemberRefExpr && !clang_Cursor_isNull(dl_child(e, 0)))
			e = dl_child(e, 0);
		else
			break;
	}
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return clang_getNullCursor();
	e = clang_getCursorReferenced(e);
	return clang_getCursorKind(e) == CXCursor_VarDecl || clang_getCursorKind(e) == CXCursor_ParmDecl
		? e : clang_getNullCursor();
}

/*
 * What a function does to the fields of one variable before the creating
 * call, in source order: a WDF_*_INIT of the variable starts it afresh (one
 * attributes variable often serves several Wdf*Create calls).
 */
typedef struct var_scan {
	CXCursor var;
	unsigned before;      /* offset of the creating call */
	int sync, passive;
	dl_loc sync_loc;
	CXCursor *callbacks;  /* functions stored in its EvtIo* fields */
	size_t ncallbacks, capcallbacks;
} var_scan;

static unsigned offset_of(CXCursor c)
{
	unsigned off = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
	return off;
}

static int is_init_of(CXCursor call, CXCursor var)
{
	char *name = dl_callee_name(call);
	int yes = name && !strncmp(name, "WDF_", 4) && strstr(name, "_INIT") &&
		  clang_Cursor_getNumArguments(call) > 0 &&
		  clang_equalCursors(root_var(clang_Cursor_getArgument(call, 0)), var);
	free(name);
	return yes;
}

static void on_field_store(var_scan *vs, CXCursor assign, CXCursor lhs, CXCursor rhs)
{
	char *field = dl_cursor_spelling(lhs);
	if (!strcmp(field, "SynchronizationScope")) {
		vs->sync = dl_is_ref_named(rhs, "WdfSynchronizationScopeDevice") ||
			   dl_is_ref_named(rhs, "WdfSynchronizationScopeQueue");
		dl_loc_free(&vs->sync_loc);
		if (vs->sync)
			dl_loc_of_cursor(assign, &vs->sync_loc);
	} else if (!strcmp(field, "ExecutionLevel")) {
		vs->passive = dl_is_ref_named(rhs, "WdfExecutionLevelPassive");
	} else if (!strncmp(field, "EvtIo", 5)) {
		DL_GROW(vs->callbacks, vs->capcallbacks, vs->ncallbacks + 1);
		vs->callbacks[vs->ncallbacks++] = rhs;
	}
	free(field);
}

static enum CXChildVisitResult var_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	var_scan *vs = d;
	CXCursor lhs;
	(void)parent;
	if (offset_of(c) >= vs->before)
		return CXChildVisit_Break;
	if (clang_getCursorKind(c) == CXCursor_CallExpr && is_init_of(c, vs->var)) {
		vs->sync = vs->passive = 0;
		vs->ncallbacks = 0;
		return CXChildVisit_Continue;
	}
	if (clang_getCursorKind(c) != CXCursor_BinaryOperator ||
	    clang_getCursorBinaryOperatorKind(c) != CXBinaryOperator_Assign)
		return CXChildVisit_Recurse;
	lhs = dl_strip(dl_child(c, 0));
	if (clang_getCursorKind(lhs) == CXCursor_MemberRefExpr && clang_equalCursors(root_var(lhs), vs->var))
		on_field_store(vs, c, lhs, dl_child(c, 1));
	return CXChildVisit_Recurse;
}

static void scan_var(CXCursor fn, CXCursor var, CXCursor call, var_scan *vs)
{
	memset(vs, 0, sizeof(*vs));
	vs->var = var;
	vs->before = offset_of(call);
	if (!clang_Cursor_isNull(var))
		clang_visitChildren(fn, var_visit, vs);
}

static void scan_free(var_scan *vs)
{
	dl_loc_free(&vs->sync_loc);
	free(vs->callbacks);
}

void irql_kmdf_mark(irql_store *st, size_t fn, const dl_loc *sync, size_t unit)
{
	irql_fninfo *fi = &st->fns[fn];
	if (fi->kmdf_sync)
		return;
	fi->kmdf_sync = 1;
	fi->kmdf_sync_unit = unit;
	dl_analysis_contributed(st->a, fn, DL_NO_UNIT, unit);
	dl_loc_copy(&fi->kmdf_sync_loc, sync);
	st->paged_grew = 1;
}

void irql_kmdf_mark_device(irql_store *st, const dl_loc *sync, size_t unit)
{
	if (st->kmdf_device_sync)
		return;
	st->kmdf_device_sync = 1;
	st->kmdf_device_sync_unit = unit;
	dl_loc_copy(&st->kmdf_device_sync_loc, sync);
	st->paged_grew = 1;
}

static void mark_callback(irql_store *st, CXCursor rhs, const dl_loc *sync, size_t unit)
{
	CXCursor e = dl_strip(rhs);
	dl_function *f;
	if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf)
		e = dl_strip(dl_child(e, 0));
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr ||
	    !(f = dl_program_function_of(dl_analysis_program(st->a), e)))
		return;
	irql_kmdf_mark(st, dl_analysis_index(st->a, f), sync, unit);
}

void irql_kmdf_note_call(irql_store *st, size_t unit, CXCursor fn, CXCursor call, const char *name)
{
	int device = !strcmp(name, "WdfDeviceCreate"), n = clang_Cursor_getNumArguments(call);
	var_scan attrs, config;
	size_t i;
	if ((!device && strcmp(name, "WdfIoQueueCreate")) || n < 3)
		return;
	scan_var(fn, root_var(clang_Cursor_getArgument(call, device ? 1 : 2)), call, &attrs);
	if (attrs.sync && !attrs.passive) {
		if (device) {
			irql_kmdf_mark_device(st, &attrs.sync_loc, unit);
		} else {
			scan_var(fn, root_var(clang_Cursor_getArgument(call, 1)), call, &config);
			for (i = 0; i < config.ncallbacks; i++)
				mark_callback(st, config.callbacks[i], &attrs.sync_loc, unit);
			scan_free(&config);
		}
	}
	scan_free(&attrs);
}

const dl_loc *irql_kmdf_sync(const irql_store *st, size_t fn)
{
	if (st->fns[fn].kmdf_sync)
		return &st->fns[fn].kmdf_sync_loc;
	return st->kmdf_device_sync ? &st->kmdf_device_sync_loc : NULL;
}
