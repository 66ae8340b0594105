/*
 * The driver model (include/drvlint/model.h): the functions of every file of
 * the run, merged by USR, with role, section and IRQL contract. The token scan
 * is in model_sections.c, the walk of bodies for registrations in model_regs.c.
 */
#include "model_priv.h"

#include <stdlib.h>
#include <string.h>

void dl_model_loc(CXSourceLocation l, dl_loc *out, unsigned *offset)
{
	CXFile file;
	unsigned line = 0, col = 0, off = 0;
	clang_getExpansionLocation(l, &file, &line, &col, &off);
	out->file = file ? dl_cxstring(clang_getFileName(file)) : NULL;
	out->line = line;
	out->column = col;
	if (offset)
		*offset = off;
}

/* ---- Names and natural IRQLs ---- */

const char *dl_irql_name(dl_irql l)
{
	switch (l) {
	case DL_IRQL_PASSIVE: return "PASSIVE_LEVEL";
	case DL_IRQL_APC: return "APC_LEVEL";
	case DL_IRQL_DISPATCH: return "DISPATCH_LEVEL";
	case DL_IRQL_DIRQL: return "DIRQL";
	default: return "unknown IRQL";
	}
}

static const struct role_info {
	const char *name;
	dl_irql min, max;
	int rank;           /* which role wins when registrations disagree */
} roles[DL_ROLE_COUNT] = {
	[DL_ROLE_NONE] = {"function", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 0},
	[DL_ROLE_DRIVER_ENTRY] = {"DriverEntry routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_UNLOAD] = {"Unload routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_ADD_DEVICE] = {"AddDevice routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_DISPATCH] = {"dispatch routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_STARTIO] = {"StartIo routine", DL_IRQL_DISPATCH, DL_IRQL_DISPATCH, 4},
	[DL_ROLE_DPC] = {"DPC routine", DL_IRQL_DISPATCH, DL_IRQL_DISPATCH, 4},
	[DL_ROLE_TIMER] = {"timer routine", DL_IRQL_DISPATCH, DL_IRQL_DISPATCH, 4},
	[DL_ROLE_ISR] = {"interrupt service routine", DL_IRQL_DIRQL, DL_IRQL_DIRQL, 5},
	[DL_ROLE_COMPLETION] = {"completion routine", DL_IRQL_PASSIVE, DL_IRQL_DISPATCH, 3},
	[DL_ROLE_CANCEL] = {"cancel routine", DL_IRQL_DISPATCH, DL_IRQL_DISPATCH, 4},
	[DL_ROLE_WORKITEM] = {"work item routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_FASTIO_DEVICE_CONTROL] = {"FastIoDeviceControl routine", DL_IRQL_PASSIVE, DL_IRQL_PASSIVE, 1},
	[DL_ROLE_KMDF_IO] = {"KMDF queue callback", DL_IRQL_PASSIVE, DL_IRQL_DISPATCH, 2},
};

const char *dl_role_name(dl_role r)
{
	return r >= 0 && r < DL_ROLE_COUNT ? roles[r].name : roles[DL_ROLE_NONE].name;
}

void dl_role_irql(dl_role r, dl_irql *min, dl_irql *max)
{
	if (r < 0 || r >= DL_ROLE_COUNT)
		r = DL_ROLE_NONE;
	*min = roles[r].min;
	*max = roles[r].max;
}

/* ---- Registration APIs and role typedefs ---- */

/* An API registering several arguments has one row per argument, adjacent. */
static const struct reg_api {
	const char *api;
	int arg;
	dl_role role;
} reg_apis[] = {
	{"KeInitializeDpc", 1, DL_ROLE_DPC},
	/* Threaded DPCs usually run at PASSIVE_LEVEL but must work at DISPATCH_LEVEL. */
	{"KeInitializeThreadedDpc", 1, DL_ROLE_DPC},
	{"IoInitializeDpcRequest", 1, DL_ROLE_DPC},
	{"IoInitializeTimer", 1, DL_ROLE_TIMER},
	{"IoSetCompletionRoutine", 1, DL_ROLE_COMPLETION},
	{"IoSetCompletionRoutineEx", 2, DL_ROLE_COMPLETION},
	{"IoSetCancelRoutine", 1, DL_ROLE_CANCEL},
	{"IoConnectInterrupt", 1, DL_ROLE_ISR},
	{"IoQueueWorkItem", 1, DL_ROLE_WORKITEM},
	{"IoQueueWorkItemEx", 1, DL_ROLE_WORKITEM},
	{"ExInitializeWorkItem", 1, DL_ROLE_WORKITEM},
	{"PsCreateSystemThread", 5, DL_ROLE_WORKITEM},
	{"WdfRequestMarkCancelable", 1, DL_ROLE_CANCEL},
	{"WdfRequestMarkCancelableEx", 1, DL_ROLE_CANCEL},
	{"WdfRequestSetCompletionRoutine", 1, DL_ROLE_COMPLETION},
	{"WDF_DPC_CONFIG_INIT", 1, DL_ROLE_DPC},
	{"WDF_TIMER_CONFIG_INIT", 1, DL_ROLE_TIMER},
	{"WDF_TIMER_CONFIG_INIT_PERIODIC", 1, DL_ROLE_TIMER},
	{"WDF_INTERRUPT_CONFIG_INIT", 1, DL_ROLE_ISR},
	{"WDF_INTERRUPT_CONFIG_INIT", 2, DL_ROLE_DPC},
	{"WDF_WORKITEM_CONFIG_INIT", 1, DL_ROLE_WORKITEM},
	{"WDF_DRIVER_CONFIG_INIT", 1, DL_ROLE_ADD_DEVICE},
};

dl_role dl_registration_api_nth(const char *callee, unsigned n, int *arg)
{
	size_t i;
	for (i = 0; i < sizeof(reg_apis) / sizeof(reg_apis[0]); i++) {
		if (strcmp(reg_apis[i].api, callee) != 0)
			continue;
		if (n-- == 0) {
			*arg = reg_apis[i].arg;
			return reg_apis[i].role;
		}
	}
	*arg = -1;
	return DL_ROLE_NONE;
}

dl_role dl_registration_api(const char *callee, int *arg)
{
	return dl_registration_api_nth(callee, 0, arg);
}

static const struct role_typedef {
	const char *name;
	dl_role role;
} role_typedefs[] = {
	{"DRIVER_INITIALIZE", DL_ROLE_DRIVER_ENTRY},
	{"DRIVER_UNLOAD", DL_ROLE_UNLOAD},
	{"DRIVER_ADD_DEVICE", DL_ROLE_ADD_DEVICE},
	{"DRIVER_DISPATCH", DL_ROLE_DISPATCH},
	{"DRIVER_DISPATCH_PAGED", DL_ROLE_DISPATCH},
	{"DRIVER_DISPATCH_RAISED", DL_ROLE_DISPATCH},
	{"DRIVER_STARTIO", DL_ROLE_STARTIO},
	{"DRIVER_CANCEL", DL_ROLE_CANCEL},
	{"KDEFERRED_ROUTINE", DL_ROLE_DPC},
	{"IO_DPC_ROUTINE", DL_ROLE_DPC},
	{"IO_TIMER_ROUTINE", DL_ROLE_TIMER},
	{"KSERVICE_ROUTINE", DL_ROLE_ISR},
	{"IO_COMPLETION_ROUTINE", DL_ROLE_COMPLETION},
	{"IO_WORKITEM_ROUTINE", DL_ROLE_WORKITEM},
	{"IO_WORKITEM_ROUTINE_EX", DL_ROLE_WORKITEM},
	{"WORKER_THREAD_ROUTINE", DL_ROLE_WORKITEM},
	{"KSTART_ROUTINE", DL_ROLE_WORKITEM},
	{"FAST_IO_DEVICE_CONTROL", DL_ROLE_FASTIO_DEVICE_CONTROL},
	{"EVT_WDF_DPC", DL_ROLE_DPC},
	{"EVT_WDF_INTERRUPT_DPC", DL_ROLE_DPC},
	{"EVT_WDF_TIMER", DL_ROLE_TIMER},
	{"EVT_WDF_INTERRUPT_ISR", DL_ROLE_ISR},
	{"EVT_WDF_INTERRUPT_WORKITEM", DL_ROLE_WORKITEM},
	{"EVT_WDF_WORKITEM", DL_ROLE_WORKITEM},
	{"EVT_WDF_REQUEST_CANCEL", DL_ROLE_CANCEL},
	{"EVT_WDF_REQUEST_COMPLETION_ROUTINE", DL_ROLE_COMPLETION},
	{"EVT_WDF_DRIVER_DEVICE_ADD", DL_ROLE_ADD_DEVICE},
	{"EVT_WDF_DRIVER_UNLOAD", DL_ROLE_UNLOAD},
};

static const struct role_typedef *role_of_typedef(const char *name)
{
	static const struct role_typedef kmdf_io = {"EVT_WDF_IO_QUEUE_IO_", DL_ROLE_KMDF_IO};
	size_t i;
	for (i = 0; i < sizeof(role_typedefs) / sizeof(role_typedefs[0]); i++)
		if (!strcmp(role_typedefs[i].name, name))
			return &role_typedefs[i];
	if (!strncmp(name, kmdf_io.name, strlen(kmdf_io.name)))
		return &kmdf_io;
	return NULL;
}

/* The role typedef a declaration is declared with, following typedefs of
 * typedefs (`typedef DRIVER_DISPATCH MY_DISPATCH;`). *via gets its name. */
static dl_role typedef_role(CXCursor decl, char **via)
{
	CXType t = clang_getCursorType(decl);
	int depth;
	*via = NULL;
	for (depth = 0; depth < 16; depth++) {
		const struct role_typedef *rt;
		char *name;
		if (t.kind == CXType_Elaborated)
			t = clang_Type_getNamedType(t);
		if (t.kind != CXType_Typedef)
			return DL_ROLE_NONE;
		name = dl_cxstring(clang_getTypedefName(t));
		rt = role_of_typedef(name);
		if (rt) {
			*via = name;
			return rt->role;
		}
		free(name);
		t = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
	}
	return DL_ROLE_NONE;
}

/* ---- SAL annotations ---- */

static int is_word_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static dl_irql parse_level(const char *v)
{
	static const struct {
		const char *name;
		dl_irql level;
	} names[] = {
		{"PASSIVE_LEVEL", DL_IRQL_PASSIVE}, {"LOW_LEVEL", DL_IRQL_PASSIVE},
		{"APC_LEVEL", DL_IRQL_APC}, {"DISPATCH_LEVEL", DL_IRQL_DISPATCH},
	};
	const char *end = v + strlen(v), *start;
	size_t i;
	/* The value may come macro-expanded ("2", "(2)", "((KIRQL)2)"): its last word counts. */
	while (end > v && !is_word_char(end[-1]))
		end--;
	start = end;
	while (start > v && is_word_char(start[-1]))
		start--;
	if (*start >= '0' && *start <= '9') {
		long n = strtol(start, NULL, 0);
		return n <= 2 ? (dl_irql)n : DL_IRQL_DIRQL;
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i].name) == (size_t)(end - start) && !strncmp(names[i].name, start, (size_t)(end - start)))
			return names[i].level;
	return DL_IRQL_DIRQL;
}

static void sal_max(dl_irql_contract *c, dl_irql l)
{
	if (c->max == DL_IRQL_UNKNOWN || l < c->max)
		c->max = l;
}

static void sal_min(dl_irql_contract *c, dl_irql l)
{
	if (l > c->min)
		c->min = l;
}

void dl_model_merge_sal(dl_irql_contract *into, const dl_irql_contract *from)
{
	if (from->max != DL_IRQL_UNKNOWN)
		sal_max(into, from->max);
	sal_min(into, from->min);
	if (from->raises_to > into->raises_to)
		into->raises_to = from->raises_to;
	into->saves_global |= from->saves_global;
	into->restores_global |= from->restores_global;
}

/* Folds one "sal:key=value" annotation into the contract (the tightest wins). */
static void apply_annotation(dl_irql_contract *c, const char *a)
{
	const char *eq = strchr(a, '=');
	size_t klen;
	if (strncmp(a, "sal:", 4) != 0)
		return;
	a += 4;
	klen = eq ? (size_t)(eq - a) : strlen(a);
#define KEY(k) (klen == strlen(k) && !strncmp(a, k, klen))
	if (KEY("irql_saves_global"))
		c->saves_global = 1;
	else if (KEY("irql_restores_global"))
		c->restores_global = 1;
	if (!eq)
		return;
	if (KEY("irql_requires_max")) {
		sal_max(c, parse_level(eq + 1));
	} else if (KEY("irql_requires_min")) {
		sal_min(c, parse_level(eq + 1));
	} else if (KEY("irql_requires")) {
		sal_max(c, parse_level(eq + 1));
		sal_min(c, parse_level(eq + 1));
	} else if (KEY("irql_raises")) {
		dl_irql l = parse_level(eq + 1);
		if (l > c->raises_to)
			c->raises_to = l;
	}
#undef KEY
}

static enum CXChildVisitResult annotation_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
		char *a = dl_cursor_spelling(c);
		apply_annotation(d, a);
		free(a);
	}
	return CXChildVisit_Continue;
}

/* ---- Functions ---- */

static int same_loc(const dl_loc *a, const dl_loc *b)
{
	return a->line == b->line && a->column == b->column &&
	       ((!a->file && !b->file) || (a->file && b->file && !strcmp(a->file, b->file)));
}

static int loc_before(const dl_loc *a, const dl_loc *b)
{
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c < 0;
	return a->line != b->line ? a->line < b->line : a->column < b->column;
}

#define MJ(x) (1u << (x))

static const struct kmdf_io_majors {
	const char *field, *type;
	unsigned majors;
} kmdf_io_majors[] = {
	{"EvtIoRead", "EVT_WDF_IO_QUEUE_IO_READ", MJ(0x03)},
	{"EvtIoWrite", "EVT_WDF_IO_QUEUE_IO_WRITE", MJ(0x04)},
	{"EvtIoDeviceControl", "EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL", MJ(0x0e)},
	{"EvtIoInternalDeviceControl", "EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL", MJ(0x0f)},
	{"EvtIoDefault", "EVT_WDF_IO_QUEUE_IO_DEFAULT", DL_MAJORS_ANY},
};

unsigned dl_model_kmdf_majors(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(kmdf_io_majors) / sizeof(kmdf_io_majors[0]); i++)
		if (!strcmp(name, kmdf_io_majors[i].field) || !strcmp(name, kmdf_io_majors[i].type))
			return kmdf_io_majors[i].majors;
	return 0;
}

void dl_model_register_at(dl_program *p, size_t fn, const dl_registration *reg)
{
	dl_function *f = &p->fns[fn];
	dl_registration *r;
	size_t i;
	/* A declaration seen from several files registers once, at the first of
	 * its declarations in file order (whichever file is read first); a store
	 * or call once per place. */
	for (i = 0; i < f->nregs; i++) {
		r = &f->regs[i];
		if (r->role != reg->role || strcmp(r->via, reg->via) || r->declared != reg->declared)
			continue;
		if (reg->declared && loc_before(&reg->loc, &r->loc)) {
			dl_loc_free(&r->loc);
			dl_loc_copy(&r->loc, &reg->loc);
		}
		if (reg->declared || same_loc(&r->loc, &reg->loc))
			return;
	}
	f->regs = dl_xrealloc(f->regs, (f->nregs + 1) * sizeof(*f->regs));
	r = &f->regs[f->nregs++];
	*r = *reg;
	r->via = dl_xstrdup(reg->via);
	dl_loc_copy(&r->loc, &reg->loc);
	if (roles[reg->role].rank > roles[f->role].rank)
		f->role = reg->role;
}

void dl_model_register(dl_program *p, size_t fn, dl_role role, const char *via, CXCursor at,
		       unsigned majors)
{
	dl_registration r;
	memset(&r, 0, sizeof(r));
	r.role = role;
	r.via = (char *)via;
	r.declared = !clang_isExpression(clang_getCursorKind(at));
	r.majors = majors;
	dl_model_loc(clang_getCursorLocation(at), &r.loc, NULL);
	dl_model_register_at(p, fn, &r);
	dl_loc_free(&r.loc);
}

/* What one declaration of the function says about it. */
static void fold_declaration(dl_program *p, size_t fn, CXCursor decl)
{
	char *via;
	dl_role role = typedef_role(decl, &via);
	clang_visitChildren(decl, annotation_visit, &p->fns[fn].sal);
	if (clang_Cursor_isFunctionInlined(decl))
		p->fns[fn].is_inline = 1;
	if (role != DL_ROLE_NONE)
		dl_model_register(p, fn, role, via, decl, dl_model_kmdf_majors(via));
	free(via);
}

static void set_definition(dl_program *p, dl_function *f, dl_tu *tu, CXCursor def)
{
	size_t i;
	f->tu = tu;
	for (i = 0; i < p->ntus; i++)
		if (p->tus[i] == tu)
			f->unit = i;
	f->def = def;
	dl_loc_free(&f->loc);
	dl_model_loc(clang_getCursorLocation(def), &f->loc, NULL);
	if (clang_Cursor_isFunctionInlined(def))
		f->is_inline = 1;
}

size_t dl_model_intern(dl_program *p, const char *usr, const char *name, const dl_loc *loc)
{
	dl_function *f;
	size_t fn;
	if (dl_index_get(p->by_usr, usr, &fn)) {
		/* Without a definition, the first declaration in file order speaks
		 * for it, whichever file was read first. */
		f = &p->fns[fn];
		if (f->unit == DL_NO_UNIT && loc_before(loc, &f->loc)) {
			dl_loc_free(&f->loc);
			dl_loc_copy(&f->loc, loc);
		}
		return fn;
	}
	DL_GROW(p->fns, p->capfns, p->nfns + 1);
	fn = p->nfns++;
	f = &p->fns[fn];
	memset(f, 0, sizeof(*f));
	f->name = dl_xstrdup(name);
	f->usr = dl_xstrdup(usr);
	f->def = clang_getNullCursor();
	f->unit = DL_NO_UNIT;
	f->sal.min = f->sal.max = f->sal.raises_to = DL_IRQL_UNKNOWN;
	dl_loc_copy(&f->loc, loc);
	dl_index_put(p->by_usr, f->usr, fn);
	return fn;
}

size_t dl_model_record(dl_program *p, CXCursor decl)
{
	CXCursor canon = clang_getCanonicalCursor(decl);
	char *usr = dl_cursor_usr(decl);
	size_t fn;
	int known;
	char *name;
	dl_loc loc;
	if (!*usr) {
		name = dl_cursor_spelling(decl);
		free(usr);
		usr = dl_xprintf("c:@F@%s", name);
		free(name);
	}
	known = dl_index_get(p->by_usr, usr, &fn);
	if (p->folded)
		dl_index_put(p->folded, usr, 0);
	name = dl_cursor_spelling(decl);
	dl_model_loc(clang_getCursorLocation(canon), &loc, NULL);
	fn = dl_model_intern(p, usr, name, &loc);
	free(name);
	dl_loc_free(&loc);
	if (!known) {
		CXCursor def = clang_getCursorDefinition(decl);
		/* An inline helper defined in a header: its body is needed too (the
		 * TU being added is the last one). The main file's own definitions
		 * are set when the walk reaches them. */
		if (!clang_Cursor_isNull(def) && !clang_Location_isFromMainFile(clang_getCursorLocation(def)))
			set_definition(p, &p->fns[fn], p->tus[p->ntus - 1], def);
	}
	free(usr);
	fold_declaration(p, fn, decl);
	if (!clang_equalCursors(canon, decl))
		fold_declaration(p, fn, canon);
	return fn;
}

/* ---- Sections ---- */

void dl_model_set_section(dl_function *f, const char *section, const dl_loc *loc, const char *via)
{
	free(f->section);
	free(f->section_via);
	dl_loc_free(&f->section_loc);
	f->section = dl_xstrdup(section);
	f->section_via = dl_xstrdup(via);
	dl_loc_copy(&f->section_loc, loc);
	f->pageable = !strncmp(section, "PAGE", 4);
}

struct declspec_state {
	CXTranslationUnit tu;
	const char *key;
	CXCursor attr;
};

static enum CXChildVisitResult declspec_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct declspec_state *st = d;
	CXToken *tok;
	if (clang_getCursorKind(c) != CXCursor_UnexposedAttr)
		return CXChildVisit_Continue;
	if (clang_Cursor_isNull(st->attr))
		st->attr = c;
	/* The attribute's extent starts at its name, even inside a macro. */
	tok = clang_getToken(st->tu, clang_getRangeStart(clang_getCursorExtent(c)));
	if (tok) {
		char *s = dl_cxstring(clang_getTokenSpelling(st->tu, *tok));
		int match = !strcmp(s, st->key);
		free(s);
		clang_disposeTokens(st->tu, tok, 1);
		if (match) {
			st->attr = c;
			return CXChildVisit_Break;
		}
	}
	return CXChildVisit_Continue;
}

/*
 * The section of `__declspec(code_seg("X"))` / `__declspec(allocate("X"))`
 * (key "code_seg" / "allocate") on decl, malloc'd, or NULL. libclang shows these
 * attributes as UnexposedAttr; the declaration's printed form spells them out
 * whatever macro wrote them.
 */
static char *declspec_section(CXCursor decl, const char *key, dl_loc *loc)
{
	struct declspec_state st = {clang_Cursor_getTranslationUnit(decl), key, clang_getNullCursor()};
	CXPrintingPolicy pol;
	char *text, *pat, *at, *end, *section = NULL;
	clang_visitChildren(decl, declspec_visit, &st);
	if (clang_Cursor_isNull(st.attr))
		return NULL;
	pol = clang_getCursorPrintingPolicy(decl);
	clang_PrintingPolicy_setProperty(pol, CXPrintingPolicy_TerseOutput, 1);
	text = dl_cxstring(clang_getCursorPrettyPrinted(decl, pol));
	clang_PrintingPolicy_dispose(pol);
	pat = dl_xprintf("%s(\"", key);
	at = strstr(text, pat);
	if (at) {
		at += strlen(pat);
		end = strchr(at, '"');
		if (end) {
			section = dl_xstrndup(at, (size_t)(end - at));
			dl_model_loc(clang_getCursorLocation(st.attr), loc, NULL);
		}
	}
	free(pat);
	free(text);
	return section;
}

static unsigned offset_of(CXCursor c)
{
	unsigned off = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
	return off;
}

/* code_seg region, then alloc_text, then declspec: the later overrides, as the compiler does. */
static void place_function(dl_function *f, const dl_pragmas *pr, CXCursor def)
{
	const dl_seg_change *region = dl_pragmas_region(pr, DL_SEG_CODE, offset_of(def));
	const dl_alloc_text *alloc = dl_pragmas_alloc_text(pr, f->name);
	dl_loc loc = {0};
	char *section;
	if (region)
		dl_model_set_section(f, region->section, &region->loc, "#pragma code_seg");
	if (alloc)
		dl_model_set_section(f, alloc->section, &alloc->loc, "#pragma alloc_text");
	section = declspec_section(def, "code_seg", &loc);
	if (section)
		dl_model_set_section(f, section, &loc, "__declspec(code_seg)");
	free(section);
	dl_loc_free(&loc);
}

static void find_paged_code(dl_function *f, const dl_pragmas *pr, CXCursor def)
{
	CXSourceRange ext = clang_getCursorExtent(def);
	unsigned start = 0, end = 0;
	const dl_paged_code_use *use;
	clang_getExpansionLocation(clang_getRangeStart(ext), NULL, NULL, NULL, &start);
	clang_getExpansionLocation(clang_getRangeEnd(ext), NULL, NULL, NULL, &end);
	use = dl_pragmas_paged_code(pr, start, end);
	if (use && !f->calls_paged_code) {
		f->calls_paged_code = 1;
		dl_loc_copy(&f->paged_code_loc, &use->loc);
	}
}

/* ---- Globals ---- */

static int is_const_object(CXType t)
{
	while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
		t = clang_getArrayElementType(t);
	return clang_isConstQualifiedType(t);
}

static void add_global(dl_program *p, const dl_pragmas *pr, CXCursor var)
{
	dl_seg_kind kind;
	const dl_seg_change *region;
	dl_loc loc = {0};
	char *section, *usr, *name;
	if (clang_Cursor_getStorageClass(var) == CX_SC_Extern && !clang_isCursorDefinition(var))
		return;
	if (is_const_object(clang_getCursorType(var)))
		kind = DL_SEG_CONST;
	else if (!clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(var)))
		kind = DL_SEG_DATA;
	else
		kind = DL_SEG_BSS;
	section = declspec_section(var, "allocate", &loc);
	dl_loc_free(&loc);
	region = dl_pragmas_region(pr, kind, offset_of(var));
	if (!section && region)
		section = dl_xstrdup(region->section);
	if (!section)
		return;
	usr = dl_cursor_usr(var);
	name = dl_cursor_spelling(var);
	dl_model_loc(clang_getCursorLocation(var), &loc, NULL);
	dl_model_set_global(p, usr, name, section, &loc);
	dl_loc_free(&loc);
	free(section);
	free(name);
	free(usr);
}

void dl_model_set_global(dl_program *p, const char *usr, const char *name, const char *section,
			 const dl_loc *loc)
{
	dl_global *g;
	size_t gi;
	if (!dl_index_get(p->globals_by_usr, usr, &gi)) {
		DL_GROW(p->globals, p->capglobals, p->nglobals + 1);
		gi = p->nglobals++;
		memset(&p->globals[gi], 0, sizeof(p->globals[gi]));
		p->globals[gi].usr = dl_xstrdup(usr);
		p->globals[gi].name = dl_xstrdup(name);
		dl_index_put(p->globals_by_usr, usr, gi);
	}
	g = &p->globals[gi];
	free(g->section);
	dl_loc_free(&g->loc);
	g->section = dl_xstrdup(section);
	g->pageable = !strncmp(section, "PAGE", 4);
	dl_loc_copy(&g->loc, loc);
}

/* ---- One translation unit ---- */

struct tu_walk {
	dl_program *p;
	dl_tu *tu;
	dl_pragmas pr;
};

static void add_definition(struct tu_walk *w, size_t fn, CXCursor def)
{
	dl_function *f = &w->p->fns[fn];
	set_definition(w->p, f, w->tu, def);
	place_function(f, &w->pr, def);
	find_paged_code(f, &w->pr, def);
	if (!strcmp(f->name, "DriverEntry"))
		dl_model_register(w->p, fn, DL_ROLE_DRIVER_ENTRY, "DriverEntry", def, 0);
	dl_model_scan_body(w->p, fn, def);
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct tu_walk *w = d;
	if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl: {
		size_t fn = dl_model_record(w->p, c);
		if (clang_isCursorDefinition(c))
			add_definition(w, fn, c);
		break;
	}
	case CXCursor_VarDecl:
		add_global(w->p, &w->pr, c);
		dl_model_scan_body(w->p, DL_MODEL_NO_FN, c);
		break;
	default:
		break;
	}
	return CXChildVisit_Continue;
}

int dl_model_add_tu(dl_program *p, dl_tu *tu)
{
	struct tu_walk w;
	int ret;
	if (!p || !tu || !tu->tu)
		return DL_ERR_USAGE;
	memset(&w, 0, sizeof(w));
	ret = dl_pragmas_scan(tu->tu, &w.pr);
	if (ret < 0)
		goto cleanup;
	p->tus = dl_xrealloc(p->tus, (p->ntus + 1) * sizeof(*p->tus));
	p->tus[p->ntus++] = tu;
	w.p = p;
	w.tu = tu;
	/* Each file's declarations are folded in once per file: what the model
	 * says then does not depend on which file was added first. */
	p->folded = dl_index_new();
	clang_visitChildren(clang_getTranslationUnitCursor(tu->tu), top_visit, &w);
	dl_index_free(p->folded);
	p->folded = NULL;
cleanup:
	dl_pragmas_free(&w.pr);
	return ret;
}

/* ---- The program ---- */

dl_program *dl_program_new(void)
{
	dl_program *p = dl_xcalloc(1, sizeof(*p));
	p->by_usr = dl_index_new();
	p->globals_by_usr = dl_index_new();
	return p;
}

static void function_free(dl_function *f)
{
	size_t i;
	free(f->name);
	free(f->usr);
	dl_loc_free(&f->loc);
	for (i = 0; i < f->nregs; i++) {
		free(f->regs[i].via);
		dl_loc_free(&f->regs[i].loc);
	}
	free(f->regs);
	free(f->section);
	free(f->section_via);
	dl_loc_free(&f->section_loc);
	dl_loc_free(&f->paged_code_loc);
}

void dl_program_free(dl_program *p)
{
	size_t i;
	if (!p)
		return;
	for (i = 0; i < p->nfns; i++)
		function_free(&p->fns[i]);
	free(p->fns);
	for (i = 0; i < p->nglobals; i++) {
		free(p->globals[i].name);
		free(p->globals[i].usr);
		free(p->globals[i].section);
		dl_loc_free(&p->globals[i].loc);
	}
	free(p->globals);
	free(p->tus);
	for (i = 0; i < p->ncached; i++)
		free(p->cached_paths[i]);
	free(p->cached_paths);
	dl_index_free(p->by_usr);
	dl_index_free(p->globals_by_usr);
	free(p);
}

size_t dl_program_units(const dl_program *p)
{
	return p->ntus + p->ncached;
}

const char *dl_program_unit_path(const dl_program *p, size_t unit)
{
	if (unit < p->ntus)
		return p->tus[unit]->src->path;
	return unit - p->ntus < p->ncached ? p->cached_paths[unit - p->ntus] : "";
}

dl_function *dl_program_function(dl_program *p, const char *usr)
{
	size_t fn;
	if (!usr || !dl_index_get(p->by_usr, usr, &fn))
		return NULL;
	return &p->fns[fn];
}

/* The declaration a cursor stands for: itself, or what an expression or reference names. */
static char *decl_usr(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (clang_isExpression(k) || clang_isReference(k))
		c = clang_getCursorReferenced(c);
	if (clang_Cursor_isNull(c))
		return NULL;
	return dl_cursor_usr(c);
}

dl_function *dl_program_function_of(dl_program *p, CXCursor decl)
{
	char *usr = decl_usr(decl);
	dl_function *f = usr && *usr ? dl_program_function(p, usr) : NULL;
	free(usr);
	return f;
}

const dl_global *dl_program_global_of(const dl_program *p, CXCursor decl)
{
	char *usr = decl_usr(decl);
	size_t gi;
	int found = usr && *usr && dl_index_get(p->globals_by_usr, usr, &gi);
	free(usr);
	return found ? &p->globals[gi] : NULL;
}
