/*
 * The walk of function bodies for the driver model: functions referenced,
 * registrations (calls, MajorFunction[] and callback-field stores) and KMDF
 * execution levels. KMDF configs are linked within one function by variable:
 * the config given to WDF_*_CONFIG_INIT or whose Evt* fields are set, and the
 * attributes passed with it to a Wdf*Create call.
 */
#include "model_priv.h"

#include <stdlib.h>
#include <string.h>

/* Callback fields of WDM and KMDF structures and the role they give. */
static const struct field_role {
	const char *field;
	dl_role role;
} field_roles[] = {
	{"DriverStartIo", DL_ROLE_STARTIO},
	{"DriverUnload", DL_ROLE_UNLOAD},
	{"AddDevice", DL_ROLE_ADD_DEVICE},
	{"FastIoDeviceControl", DL_ROLE_FASTIO_DEVICE_CONTROL},
	{"CompletionRoutine", DL_ROLE_COMPLETION},
	{"CancelRoutine", DL_ROLE_CANCEL},
	/* IoConnectInterruptEx parameters: FullySpecified/LineBased/MessageBased. */
	{"ServiceRoutine", DL_ROLE_ISR},
	{"MessageServiceRoutine", DL_ROLE_ISR},
	{"EvtIoDefault", DL_ROLE_KMDF_IO},
	{"EvtIoRead", DL_ROLE_KMDF_IO},
	{"EvtIoWrite", DL_ROLE_KMDF_IO},
	{"EvtIoDeviceControl", DL_ROLE_KMDF_IO},
	{"EvtIoInternalDeviceControl", DL_ROLE_KMDF_IO},
	{"EvtIoStop", DL_ROLE_KMDF_IO},
	{"EvtIoResume", DL_ROLE_KMDF_IO},
	{"EvtIoCanceledOnQueue", DL_ROLE_KMDF_IO},
	{"EvtInterruptIsr", DL_ROLE_ISR},
	{"EvtInterruptDpc", DL_ROLE_DPC},
	{"EvtInterruptWorkItem", DL_ROLE_WORKITEM},
	{"EvtDpcFunc", DL_ROLE_DPC},
	{"EvtTimerFunc", DL_ROLE_TIMER},
	{"EvtWorkItemFunc", DL_ROLE_WORKITEM},
	{"EvtDriverDeviceAdd", DL_ROLE_ADD_DEVICE},
	{"EvtDriverUnload", DL_ROLE_UNLOAD},
};

static dl_role role_of_field(const char *field)
{
	size_t i;
	for (i = 0; i < sizeof(field_roles) / sizeof(field_roles[0]); i++)
		if (!strcmp(field_roles[i].field, field))
			return field_roles[i].role;
	return DL_ROLE_NONE;
}

typedef struct body_scan {
	dl_program *p;
	size_t fn;
	/* A function registered through a KMDF config variable. */
	struct bind {
		char *var;
		size_t fn;
		int can_be_passive;   /* KMDF DPCs always run at DISPATCH_LEVEL */
	} *binds;
	size_t nbinds, capbinds;
	char **passive;          /* variables that ask for PASSIVE_LEVEL */
	size_t npassive, cappassive;
	char **links;            /* pairs of variables passed to one Wdf*Create call */
	size_t nlinks, caplinks;
} body_scan;

static CXCursor skip_addr_of(CXCursor e)
{
	e = dl_strip(e);
	while (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	       clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf)
		e = dl_strip(dl_child(e, 0));
	return e;
}

/* The function an expression names (`Foo`, `&Foo`, `(PVOID)Foo`, `a = Foo`):
 * records it and stores its index. */
static int target_function(dl_program *p, CXCursor e, size_t *fn)
{
	CXCursor ref;
	for (;;) {
		e = skip_addr_of(e);
		if (clang_getCursorKind(e) != CXCursor_BinaryOperator ||
		    clang_getCursorBinaryOperatorKind(e) != CXBinaryOperator_Assign)
			break;
		e = dl_child(e, 1);
	}
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return 0;
	ref = clang_getCursorReferenced(e);
	if (clang_getCursorKind(ref) != CXCursor_FunctionDecl)
		return 0;
	*fn = dl_model_record(p, ref);
	return 1;
}

/* The USR of the variable at the root of `cfg`, `&cfg`, `cfg.a.b`, `p->a`; malloc'd or NULL. */
static char *root_variable(CXCursor e)
{
	CXCursor ref;
	enum CXCursorKind k;
	for (;;) {
		e = skip_addr_of(e);
		if (clang_getCursorKind(e) != CXCursor_MemberRefExpr)
			break;
		e = dl_child(e, 0);
	}
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return NULL;
	ref = clang_getCursorReferenced(e);
	k = clang_getCursorKind(ref);
	if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl)
		return NULL;
	return dl_cursor_usr(ref);
}

static void add_bind(body_scan *b, char *var, size_t fn, int can_be_passive)
{
	if (!var)
		return;
	DL_GROW(b->binds, b->capbinds, b->nbinds + 1);
	b->binds[b->nbinds].var = var;
	b->binds[b->nbinds].fn = fn;
	b->binds[b->nbinds].can_be_passive = can_be_passive;
	b->nbinds++;
}

static void add_passive(body_scan *b, char *var)
{
	if (!var)
		return;
	DL_GROW(b->passive, b->cappassive, b->npassive + 1);
	b->passive[b->npassive++] = var;
}

static int is_passive(const body_scan *b, const char *var)
{
	size_t i;
	for (i = 0; i < b->npassive; i++)
		if (!strcmp(b->passive[i], var))
			return 1;
	return 0;
}

/* A config is passive when it says so or was created with passive attributes. */
static int config_passive(const body_scan *b, const char *var)
{
	size_t i;
	if (is_passive(b, var))
		return 1;
	for (i = 0; i < b->nlinks; i += 2) {
		if (!strcmp(b->links[i], var) && is_passive(b, b->links[i + 1]))
			return 1;
		if (!strcmp(b->links[i + 1], var) && is_passive(b, b->links[i]))
			return 1;
	}
	return 0;
}

/* Links every pair of `&variable` arguments of a Wdf*Create call. */
static void link_create_args(body_scan *b, CXCursor call)
{
	int n = clang_Cursor_getNumArguments(call), i, j;
	for (i = 0; i < n; i++) {
		char *a = root_variable(clang_Cursor_getArgument(call, (unsigned)i));
		for (j = i + 1; a && j < n; j++) {
			char *o = root_variable(clang_Cursor_getArgument(call, (unsigned)j));
			if (!o)
				continue;
			DL_GROW(b->links, b->caplinks, b->nlinks + 2);
			b->links[b->nlinks++] = dl_xstrdup(a);
			b->links[b->nlinks++] = o;
		}
		free(a);
	}
}

static int is_true(CXCursor e)
{
	long long v;
	return dl_eval_int(e, &v) && v != 0;
}

/* `x.Field = rhs` / `x->Field = rhs`; `at` is the store (or the call doing it). */
static void field_store(body_scan *b, CXCursor member, CXCursor rhs, CXCursor at)
{
	char *field = dl_cursor_spelling(member);
	dl_role role = role_of_field(field);
	size_t fn;
	if (role != DL_ROLE_NONE && target_function(b->p, rhs, &fn)) {
		dl_model_register(b->p, fn, role, field, at, dl_model_kmdf_majors(field));
		add_bind(b, root_variable(member), fn, strcmp(field, "EvtDpcFunc") != 0);
	} else if ((!strcmp(field, "PassiveHandling") && is_true(rhs)) ||
		   (!strcmp(field, "ExecutionLevel") && dl_is_ref_named(rhs, "WdfExecutionLevelPassive"))) {
		add_passive(b, root_variable(member));
	}
	free(field);
}

/* The IRP major an index of MajorFunction[] stands for. */
static unsigned major_of_index(CXCursor index)
{
	long long v;
	return dl_eval_int(index, &v) && v >= 0 && v < 32 ? 1u << v : DL_MAJORS_ANY;
}

/* `DriverObject->MajorFunction[IRP_MJ_X] = Foo`. */
static void major_function_store(body_scan *b, CXCursor subscript, CXCursor rhs, CXCursor at)
{
	CXCursor base = dl_strip(dl_child(subscript, 0));
	char *field, *index, *via;
	size_t fn;
	if (clang_getCursorKind(base) != CXCursor_MemberRefExpr)
		return;
	field = dl_cursor_spelling(base);
	if (!strcmp(field, "MajorFunction") && target_function(b->p, rhs, &fn)) {
		index = dl_cursor_text(dl_child(subscript, 1), 64);
		via = dl_xprintf("MajorFunction[%s]", index);
		dl_model_register(b->p, fn, DL_ROLE_DISPATCH, via, at, major_of_index(dl_child(subscript, 1)));
		free(via);
		free(index);
	}
	free(field);
}

static void on_store(body_scan *b, CXCursor assign)
{
	CXCursor lhs = dl_strip(dl_child(assign, 0)), rhs = dl_child(assign, 1);
	switch (clang_getCursorKind(lhs)) {
	case CXCursor_ArraySubscriptExpr:
		major_function_store(b, lhs, rhs, assign);
		break;
	case CXCursor_MemberRefExpr:
		field_store(b, lhs, rhs, assign);
		break;
	default:
		break;
	}
}

static void on_paged_code_call(body_scan *b, CXCursor call)
{
	dl_function *f;
	if (b->fn == DL_MODEL_NO_FN)
		return;
	f = &b->p->fns[b->fn];
	if (f->calls_paged_code)
		return;
	f->calls_paged_code = 1;
	dl_model_loc(clang_getCursorLocation(call), &f->paged_code_loc, NULL);
}

static void on_call(body_scan *b, CXCursor call)
{
	CXCursor callee = clang_getCursorReferenced(call);
	int nargs = clang_Cursor_getNumArguments(call), arg;
	unsigned n;
	dl_role role;
	char *name;
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
		return;
	name = dl_cursor_spelling(callee);
	if (!strcmp(name, "__drvlint_paged_code"))
		on_paged_code_call(b, call);
	for (n = 0; (role = dl_registration_api_nth(name, n, &arg)) != DL_ROLE_NONE; n++) {
		size_t fn;
		if (arg >= nargs || !target_function(b->p, clang_Cursor_getArgument(call, (unsigned)arg), &fn))
			continue;
		dl_model_register(b->p, fn, role, name, call, 0);
		/* WDF_*_CONFIG_INIT(&config, ...): the config carries the execution level. */
		if (!strncmp(name, "WDF_", 4))
			add_bind(b, root_variable(clang_Cursor_getArgument(call, 0)), fn,
				 strcmp(name, "WDF_DPC_CONFIG_INIT") != 0);
	}
	/* A real WDK's IoSetCancelRoutine is a macro around this exchange. */
	if ((!strcmp(name, "InterlockedExchangePointer") || !strcmp(name, "_InterlockedExchangePointer")) &&
	    nargs == 2) {
		CXCursor target = skip_addr_of(clang_Cursor_getArgument(call, 0));
		if (clang_getCursorKind(target) == CXCursor_MemberRefExpr)
			field_store(b, target, clang_Cursor_getArgument(call, 1), call);
	}
	if (!strncmp(name, "Wdf", 3) && strstr(name, "Create"))
		link_create_args(b, call);
	free(name);
}

static enum CXChildVisitResult body_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	body_scan *b = d;
	switch (clang_getCursorKind(c)) {
	case CXCursor_CallExpr:
		on_call(b, c);
		break;
	case CXCursor_BinaryOperator:
		if (clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign)
			on_store(b, c);
		break;
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		char *usr;
		if (clang_getCursorKind(ref) != CXCursor_FunctionDecl)
			break;
		/* Functions this file declared were folded when first seen. */
		usr = dl_cursor_usr(ref);
		if (!b->p->folded || !dl_index_get(b->p->folded, usr, NULL))
			dl_model_record(b->p, ref);
		free(usr);
		break;
	}
	default:
		break;
	}
	return CXChildVisit_Recurse;
}

static void body_scan_finish(body_scan *b)
{
	size_t i;
	for (i = 0; i < b->nbinds; i++) {
		if (b->binds[i].can_be_passive && config_passive(b, b->binds[i].var))
			b->p->fns[b->binds[i].fn].kmdf_passive = 1;
		free(b->binds[i].var);
	}
	free(b->binds);
	for (i = 0; i < b->npassive; i++)
		free(b->passive[i]);
	free(b->passive);
	for (i = 0; i < b->nlinks; i++)
		free(b->links[i]);
	free(b->links);
}

void dl_model_scan_body(dl_program *p, size_t fn, CXCursor body)
{
	body_scan b;
	memset(&b, 0, sizeof(b));
	b.p = p;
	b.fn = fn;
	clang_visitChildren(body, body_visit, &b);
	body_scan_finish(&b);
}
