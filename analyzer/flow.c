/*
 * The flow engine (include/drvlint/flow.h).
 *
 * 1. Lowering: the function body is turned into basic blocks of events, in
 *    execution order. Structured statements become edges; conditions are split
 *    at `&&`, `||`, `!` and `?:` so that every edge carries one atomic
 *    condition, which domains may use to refine their state. Constant
 *    conditions (`while (1)`, `do ... while (0)`) get a single edge.
 *    SEH: a block inside a `__try` knows its exception target, the `__except`
 *    handler or a copy of the `__finally` body that then propagates further;
 *    normal exits (fall-through, `__leave`, `return`, `break`, `continue`) of a
 *    `__try`/`__finally` run their own copy of the `__finally` body.
 * 2. Solving: a worklist over blocks (lowest block first, which follows source
 *    order) joins states at block entries until nothing changes. A block that
 *    was entered more than WIDEN_AFTER times widens instead of joining, and a
 *    global visit bound guarantees termination even for a domain that forgot
 *    to widen. Each access or call in a `__try` may raise: the state *before*
 *    it flows to the exception target, so a handler sees the pre-probe state.
 * 3. Replay: each reachable block is re-run from its entry state, and every
 *    event is shown to the caller with the states just before it.
 *
 * Known simplification: a `goto` out of a `__try`/`__finally` does not run
 * the `__finally` body.
 */
#include "drvlint/flow.h"
#include "drvlint/apis.h"

#include <stdlib.h>
#include <string.h>

#define WIDEN_AFTER 8
#define VISIT_BOUND_PER_BLOCK 64

enum { EDGE_PLAIN, EDGE_TRUE, EDGE_FALSE };

typedef struct edge {
	int to;
	int kind;
	CXCursor cond;
} edge;

typedef struct block {
	dl_event *evs;
	size_t nevs, capevs;
	edge *succ;
	size_t nsucc, capsucc;
	int exc;          /* exception target block, -1 when an exception leaves the function */
	int in_try;       /* inside a __try with an __except handler */
} block;

/* A lowered function: made once, solved by any number of flows. */
struct dl_cfg {
	CXCursor fn;
	dl_arena *arena;  /* names of calls as written (dl_event.via) */
	block *blocks;
	size_t nblocks, capblocks;
	int entry, exit;
	size_t events;
};

struct dl_flow {
	const dl_cfg *cfg;
	dl_arena *arena;
	void ***in;       /* per block, per-domain entry states; NULL while unreachable */
	unsigned *visits; /* per block */
	unsigned char *queued;
	const dl_domain_run *runs;
	size_t nruns;
	dl_flow_stats stats;
	int *heap;        /* worklist: min-heap of block ids */
	size_t nheap;
};

struct dl_flow_point {
	dl_flow *fl;
	void **states;
};

/* ---------------------------------------------------------------- lowering */

/* A __try/__finally being lowered: its body runs again on every exit. */
typedef struct finally_cx {
	CXCursor body;
	int outer_exc;
	int outer_in_try;
} finally_cx;

/* Labels are keyed by their offset in the file: the cursor a `goto` refers to
 * and the one met when visiting the statement need not compare equal. */
typedef struct label {
	unsigned offset;
	int block;
} label;

typedef struct builder {
	dl_cfg *cfg;
	int cur;          /* block receiving events; -1 after a jump */
	int brk, cont;    /* targets of break / continue, -1 when none */
	size_t brk_depth, cont_depth;   /* finally depth at those targets */
	int leave;        /* target of __leave */
	size_t leave_depth;
	int exc, in_try;  /* exception target and try-except nesting for new blocks */
	finally_cx *fins;
	size_t nfins, capfins;
	label *labels;
	size_t nlabels, caplabels;
	int sw_dispatch, sw_default;   /* switch being lowered */
} builder;

static void build_stmt(builder *b, CXCursor s);
static void build_expr(builder *b, CXCursor e);

static int new_block(builder *b)
{
	dl_cfg *cfg = b->cfg;
	block *blk;
	DL_GROW(cfg->blocks, cfg->capblocks, cfg->nblocks + 1);
	blk = &cfg->blocks[cfg->nblocks];
	memset(blk, 0, sizeof(*blk));
	blk->exc = b->exc;
	blk->in_try = b->in_try;
	return (int)cfg->nblocks++;
}

static void add_edge(builder *b, int from, int to, int kind, CXCursor cond)
{
	block *blk;
	if (from < 0)
		return;
	blk = &b->cfg->blocks[from];
	DL_GROW(blk->succ, blk->capsucc, blk->nsucc + 1);
	blk->succ[blk->nsucc].to = to;
	blk->succ[blk->nsucc].kind = kind;
	blk->succ[blk->nsucc].cond = cond;
	blk->nsucc++;
}

/* Ends the current block with a jump to `to`. */
static void jump(builder *b, int to)
{
	add_edge(b, b->cur, to, EDGE_PLAIN, clang_getNullCursor());
	b->cur = -1;
}

/* Starts a new current block that the old one falls into. */
static void fall_into(builder *b, int to)
{
	add_edge(b, b->cur, to, EDGE_PLAIN, clang_getNullCursor());
	b->cur = to;
}

static dl_event *add_event(builder *b, dl_event_kind kind, CXCursor at)
{
	block *blk;
	dl_event *ev;
	if (b->cur < 0)
		b->cur = new_block(b);   /* unreachable code still gets lowered */
	blk = &b->cfg->blocks[b->cur];
	DL_GROW(blk->evs, blk->capevs, blk->nevs + 1);
	ev = &blk->evs[blk->nevs++];
	memset(ev, 0, sizeof(*ev));
	ev->kind = kind;
	ev->cursor = at;
	ev->lhs = clang_getNullCursor();
	ev->rhs = clang_getNullCursor();
	ev->arg = -1;
	ev->in_try = blk->in_try;
	ev->block = b->cur;
	b->cfg->events++;
	return ev;
}

static int is_kind(CXCursor c, enum CXCursorKind k)
{
	return clang_getCursorKind(c) == k;
}

static CXCursor strip_parens(CXCursor e)
{
	while (is_kind(e, CXCursor_ParenExpr) ||
	       (is_kind(e, CXCursor_UnexposedExpr) && dl_child_count(e) == 1))
		e = dl_child(e, 0);
	return e;
}

/* 1 or 0 for an integer constant condition, -1 when it is not constant. */
static int constant_truth(CXCursor cond)
{
	long long v;
	return dl_eval_int(cond, &v) ? v != 0 : -1;
}

/* Lowers condition `c`, ending in edges to `t` (true) and `f` (false). */
static void build_cond(builder *b, CXCursor c, int t, int f)
{
	CXCursor e = strip_parens(c);
	enum CXCursorKind k = clang_getCursorKind(e);
	int truth;
	if (k == CXCursor_BinaryOperator) {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
		if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
			int mid = new_block(b);
			if (op == CXBinaryOperator_LAnd)
				build_cond(b, dl_child(e, 0), mid, f);
			else
				build_cond(b, dl_child(e, 0), t, mid);
			b->cur = mid;
			build_cond(b, dl_child(e, 1), t, f);
			return;
		}
		if (op == CXBinaryOperator_Comma) {
			build_expr(b, dl_child(e, 0));
			build_cond(b, dl_child(e, 1), t, f);
			return;
		}
	}
	if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_LNot) {
		build_cond(b, dl_child(e, 0), f, t);
		return;
	}
	build_expr(b, e);
	if (b->cur < 0)
		return;
	truth = constant_truth(e);
	if (truth == 1)
		add_edge(b, b->cur, t, EDGE_PLAIN, clang_getNullCursor());
	else if (truth == 0)
		add_edge(b, b->cur, f, EDGE_PLAIN, clang_getNullCursor());
	else {
		add_edge(b, b->cur, t, EDGE_TRUE, e);
		add_edge(b, b->cur, f, EDGE_FALSE, e);
	}
	b->cur = -1;
}

static int is_pointer_or_array(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray ||
	       t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray ||
	       t.kind == CXType_DependentSizedArray;
}

static int is_array_type(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
}

/* `p->f` (through a pointer) rather than `s.f`. */
static int member_is_arrow(CXCursor member)
{
	CXCursor base = dl_child(member, 0);
	return !clang_Cursor_isNull(base) &&
	       clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer;
}

static void emit_access(builder *b, CXCursor at, CXCursor base, int write)
{
	dl_event *ev = add_event(b, DL_EV_ACCESS, at);
	ev->lhs = base;
	ev->is_write = write;
}

/*
 * Evaluates the lvalue `lv`: its sub-expressions, then (unless `addr_only`)
 * the memory access it denotes. `&p->f` is addr_only: p is evaluated, p->f is
 * not accessed.
 */
static void build_lvalue(builder *b, CXCursor lv, int write, int addr_only)
{
	CXCursor e = strip_parens(lv);
	switch (clang_getCursorKind(e)) {
	case CXCursor_MemberRefExpr: {
		CXCursor base = dl_child(e, 0);
		if (clang_Cursor_isNull(base))
			return;      /* implicit member of an anonymous struct: nothing to evaluate */
		if (member_is_arrow(e)) {
			build_expr(b, base);
			if (!addr_only)
				emit_access(b, e, base, write);
		} else {
			/* s.f lives wherever s does: `p->s.f` accesses through p. */
			build_lvalue(b, base, write, addr_only);
		}
		return;
	}
	case CXCursor_ArraySubscriptExpr: {
		CXCursor base = dl_child(e, 0), index = dl_child(e, 1);
		/* `3[p]` is legal C: the pointer is whichever operand has pointer type. */
		if (!is_pointer_or_array(clang_getCursorType(base)) &&
		    is_pointer_or_array(clang_getCursorType(index))) {
			CXCursor tmp = base;
			base = index;
			index = tmp;
		}
		build_expr(b, base);
		build_expr(b, index);
		if (!addr_only)
			emit_access(b, e, base, write);
		return;
	}
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref) {
			CXCursor sub = dl_child(e, 0);
			build_expr(b, sub);
			if (!addr_only)
				emit_access(b, e, sub, write);
			return;
		}
		build_expr(b, e);
		return;
	case CXCursor_CStyleCastExpr:
		build_lvalue(b, dl_child(e, dl_child_count(e) - 1), write, addr_only);
		return;
	case CXCursor_DeclRefExpr:
		return;
	default:
		build_expr(b, e);
		return;
	}
}

static void build_assign(builder *b, CXCursor e, CXCursor lhs, CXCursor rhs, int op)
{
	dl_event *ev;
	if (!clang_Cursor_isNull(rhs))
		build_expr(b, rhs);
	build_lvalue(b, lhs, 1, 0);
	ev = add_event(b, DL_EV_ASSIGN, e);
	ev->lhs = lhs;
	ev->rhs = rhs;
	ev->op = op;
}

/* The name a reader sees at a call: the macro (RtlCopyMemory) rather than what
 * it expands to (memcpy), read at the call's expansion location. Arena-allocated. */
static const char *call_display_name(builder *b, CXCursor call, const char *callee)
{
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(call);
	CXFile file;
	unsigned off, n = 0;
	CXToken *toks = NULL;
	const char *name = callee;
	char *first = NULL;
	clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(call)), &file, NULL, NULL, &off);
	if (file) {
		CXSourceLocation at = clang_getLocationForOffset(tu, file, off);
		clang_tokenize(tu, clang_getRange(at, clang_getLocationForOffset(tu, file, off + 1)), &toks, &n);
		if (n && clang_getTokenKind(toks[0]) == CXToken_Identifier)
			name = first = dl_cxstring(clang_getTokenSpelling(tu, toks[0]));
		if (toks)
			clang_disposeTokens(tu, toks, n);
	}
	name = dl_arena_strdup(b->cfg->arena, name);
	free(first);
	return name;
}

static void build_call(builder *b, CXCursor e)
{
	CXCursor callee_expr = strip_parens(dl_child(e, 0));
	int nargs = clang_Cursor_getNumArguments(e), i;
	char *name = NULL;
	unsigned reads = 0, writes = 0;
	dl_event *ev;

	name = dl_callee_name(e);
	/* A call through a function pointer reads the pointer (`ctx->Callback(x)`). */
	if (!is_kind(callee_expr, CXCursor_DeclRefExpr) || !name)
		build_expr(b, callee_expr);
	for (i = 0; i < nargs; i++)
		build_expr(b, clang_Cursor_getArgument(e, (unsigned)i));
	if (name)
		reads = dl_mem_access_args(name, &writes);
	if (reads | writes) {
		const char *shown = call_display_name(b, e, name);
		for (i = 0; i < nargs && i < 32; i++) {
			unsigned bit = 1u << i;
			if (!((reads | writes) & bit))
				continue;
			ev = add_event(b, DL_EV_ACCESS, e);
			ev->lhs = clang_Cursor_getArgument(e, (unsigned)i);
			ev->is_write = (writes & bit) != 0;
			ev->via = shown;
			ev->arg = i;
		}
	}
	add_event(b, DL_EV_CALL, e);
	if (name && dl_is_noreturn(name))
		b->cur = -1;
	free(name);
}

/* `c ? x : y` and `a && b` as values: both are branches. */
static void build_conditional(builder *b, CXCursor cond, CXCursor t, CXCursor f)
{
	int tb = new_block(b), fb = new_block(b), join = new_block(b);
	build_cond(b, cond, tb, fb);
	b->cur = tb;
	build_expr(b, t);
	jump(b, join);
	b->cur = fb;
	build_expr(b, f);
	jump(b, join);
	b->cur = join;
}

static void build_logical_value(builder *b, CXCursor e)
{
	int tb = new_block(b), fb = new_block(b), join = new_block(b);
	build_cond(b, e, tb, fb);
	b->cur = tb;
	jump(b, join);
	b->cur = fb;
	jump(b, join);
	b->cur = join;
}

static enum CXChildVisitResult visit_expr_child(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	if (clang_isExpression(clang_getCursorKind(c)) || is_kind(c, CXCursor_CompoundStmt))
		build_stmt(d, c);
	return CXChildVisit_Continue;
}

static void build_children(builder *b, CXCursor e)
{
	clang_visitChildren(e, visit_expr_child, b);
}

static void build_binary(builder *b, CXCursor e)
{
	enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
	CXCursor lhs = dl_child(e, 0), rhs = dl_child(e, 1);
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
		build_logical_value(b, e);
	else if (op >= CXBinaryOperator_Assign && op <= CXBinaryOperator_OrAssign)
		build_assign(b, e, lhs, rhs, op);
	else {
		build_expr(b, lhs);
		build_expr(b, rhs);
	}
}

static void build_unary(builder *b, CXCursor e)
{
	enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
	CXCursor sub = dl_child(e, 0);
	switch (op) {
	case CXUnaryOperator_AddrOf:
		build_lvalue(b, sub, 0, 1);
		break;
	case CXUnaryOperator_Deref:
		build_lvalue(b, e, 0, 0);
		break;
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PostInc:
		build_assign(b, e, sub, clang_getNullCursor(), CXBinaryOperator_AddAssign);
		break;
	case CXUnaryOperator_PreDec:
	case CXUnaryOperator_PostDec:
		build_assign(b, e, sub, clang_getNullCursor(), CXBinaryOperator_SubAssign);
		break;
	case CXUnaryOperator_LNot:
		build_logical_value(b, e);
		break;
	default:
		build_expr(b, sub);
		break;
	}
}

static void build_expr(builder *b, CXCursor e)
{
	if (clang_Cursor_isNull(e))
		return;
	switch (clang_getCursorKind(e)) {
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		build_binary(b, e);
		break;
	case CXCursor_UnaryOperator:
		build_unary(b, e);
		break;
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		/* An array member used as a value decays to its address: no access. */
		build_lvalue(b, e, 0, is_array_type(clang_getCursorType(e)));
		break;
	case CXCursor_CallExpr:
		build_call(b, e);
		break;
	case CXCursor_ConditionalOperator:
		build_conditional(b, dl_child(e, 0), dl_child(e, 1), dl_child(e, 2));
		break;
	case CXCursor_UnaryExpr:       /* sizeof, _Alignof: not evaluated */
	case CXCursor_DeclRefExpr:
	case CXCursor_IntegerLiteral:
	case CXCursor_FloatingLiteral:
	case CXCursor_StringLiteral:
	case CXCursor_CharacterLiteral:
		break;
	case CXCursor_StmtExpr:
		build_children(b, e);
		break;
	default:
		build_children(b, e);
		break;
	}
}

/* ------------------------------------------------------------- statements */

static unsigned offset_of(CXSourceLocation loc);

static int label_block(builder *b, CXCursor stmt)
{
	unsigned off = offset_of(clang_getCursorLocation(stmt));
	size_t i;
	for (i = 0; i < b->nlabels; i++)
		if (b->labels[i].offset == off)
			return b->labels[i].block;
	DL_GROW(b->labels, b->caplabels, b->nlabels + 1);
	b->labels[b->nlabels].offset = off;
	b->labels[b->nlabels].block = new_block(b);
	return b->labels[b->nlabels++].block;
}

/* Runs the __finally bodies between the current nesting and `depth`, innermost
 * first, as a jump out of them would. */
static void run_finallys(builder *b, size_t depth)
{
	size_t i = b->nfins;
	int save_exc = b->exc, save_try = b->in_try;
	size_t save_n = b->nfins;
	while (i > depth && b->cur >= 0) {
		finally_cx fx = b->fins[--i];
		/* The body runs outside its own __try. */
		b->nfins = i;
		b->exc = fx.outer_exc;
		b->in_try = fx.outer_in_try;
		fall_into(b, new_block(b));
		build_stmt(b, fx.body);
	}
	b->nfins = save_n;
	b->exc = save_exc;
	b->in_try = save_try;
	if (b->cur >= 0)
		fall_into(b, new_block(b));
}

static void jump_out(builder *b, int target, size_t depth)
{
	if (target < 0) {
		b->cur = -1;
		return;
	}
	if (b->cur >= 0 && depth < b->nfins)
		run_finallys(b, depth);
	jump(b, target);
}

/* Children of a `for`: which of init/cond/inc are present is found from the
 * positions of the `;` tokens in the header. */
typedef struct for_parts {
	CXCursor init, cond, inc, body;
} for_parts;

static unsigned offset_of(CXSourceLocation loc)
{
	unsigned off = 0;
	clang_getExpansionLocation(loc, NULL, NULL, NULL, &off);
	return off;
}

static void for_split(CXCursor s, for_parts *p)
{
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(s);
	CXToken *toks = NULL;
	unsigned n = 0, i, semis = 0, depth = 0, cnt = dl_child_count(s), semi_off[2] = {0, 0};
	clang_tokenize(tu, clang_getCursorExtent(s), &toks, &n);
	for (i = 0; i < n && semis < 2; i++) {
		char *t = dl_cxstring(clang_getTokenSpelling(tu, toks[i]));
		if (!strcmp(t, "("))
			depth++;
		else if (!strcmp(t, ")"))
			depth--;
		else if (!strcmp(t, ";") && depth == 1)
			semi_off[semis++] = offset_of(clang_getTokenLocation(tu, toks[i]));
		free(t);
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
	p->init = p->cond = p->inc = clang_getNullCursor();
	p->body = dl_child(s, cnt - 1);
	if (semis < 2) {
		/* The header came from a macro: guess from the number of parts. */
		CXCursor *slots[3] = {&p->init, &p->cond, &p->inc};
		unsigned first = cnt >= 4 ? 0 : 1;
		for (i = 0; i + 1 < cnt && first + i < 3; i++)
			*slots[first + i] = dl_child(s, i);
		return;
	}
	for (i = 0; i + 1 < cnt; i++) {
		CXCursor c = dl_child(s, i);
		unsigned off = offset_of(clang_getCursorLocation(c));
		if (off < semi_off[0])
			p->init = c;
		else if (off < semi_off[1])
			p->cond = c;
		else
			p->inc = c;
	}
}

static void build_loop(builder *b, CXCursor cond, CXCursor body, CXCursor inc, int cond_first)
{
	int head = new_block(b), body_b = new_block(b), next = new_block(b), after = new_block(b);
	int save_brk = b->brk, save_cont = b->cont;
	size_t save_bd = b->brk_depth, save_cd = b->cont_depth;

	fall_into(b, cond_first ? head : body_b);
	if (cond_first) {
		if (clang_Cursor_isNull(cond))
			jump(b, body_b);
		else
			build_cond(b, cond, body_b, after);
	}
	b->cur = body_b;
	b->brk = after;
	b->cont = next;
	b->brk_depth = b->cont_depth = b->nfins;
	build_stmt(b, body);
	fall_into(b, next);
	if (!clang_Cursor_isNull(inc))
		build_expr(b, inc);
	if (cond_first)
		jump(b, head);
	else
		build_cond(b, cond, body_b, after);
	b->brk = save_brk;
	b->cont = save_cont;
	b->brk_depth = save_bd;
	b->cont_depth = save_cd;
	b->cur = after;
}

static void build_switch(builder *b, CXCursor s)
{
	unsigned n = dl_child_count(s);
	int after = new_block(b);
	int save_d = b->sw_dispatch, save_def = b->sw_default, save_brk = b->brk;
	size_t save_bd = b->brk_depth;
	build_expr(b, dl_child(s, 0));
	if (b->cur < 0)
		b->cur = new_block(b);
	b->sw_dispatch = b->cur;
	b->sw_default = 0;
	b->brk = after;
	b->brk_depth = b->nfins;
	b->cur = -1;
	build_stmt(b, dl_child(s, n - 1));
	fall_into(b, after);
	if (!b->sw_default)
		add_edge(b, b->sw_dispatch, after, EDGE_PLAIN, clang_getNullCursor());
	b->sw_dispatch = save_d;
	b->sw_default = save_def;
	b->brk = save_brk;
	b->brk_depth = save_bd;
	b->cur = after;
}

static void build_case(builder *b, CXCursor s, int is_default)
{
	int blk = new_block(b);
	fall_into(b, blk);
	if (b->sw_dispatch >= 0)
		add_edge(b, b->sw_dispatch, blk, EDGE_PLAIN, clang_getNullCursor());
	if (is_default)
		b->sw_default = 1;
	build_stmt(b, dl_child(s, dl_child_count(s) - 1));
}

static void build_try_except(builder *b, CXCursor body, CXCursor handler)
{
	int save_exc = b->exc, save_try = b->in_try, save_leave = b->leave;
	size_t save_ld = b->leave_depth;
	int handler_b = new_block(b), after = new_block(b);

	b->exc = handler_b;
	b->in_try = 1;
	b->leave = after;
	b->leave_depth = b->nfins;
	fall_into(b, new_block(b));
	build_stmt(b, body);
	jump(b, after);
	b->exc = save_exc;
	b->in_try = save_try;
	b->leave = save_leave;
	b->leave_depth = save_ld;

	/* The handler: the filter expression, then the block. */
	b->cur = handler_b;
	build_expr(b, dl_child(handler, 0));
	build_stmt(b, dl_child(handler, 1));
	fall_into(b, after);
}

static void build_try_finally(builder *b, CXCursor body, CXCursor fin)
{
	int save_exc = b->exc, save_leave = b->leave;
	size_t save_ld = b->leave_depth;
	int abnormal = new_block(b), normal = new_block(b);

	DL_GROW(b->fins, b->capfins, b->nfins + 1);
	b->fins[b->nfins].body = fin;
	b->fins[b->nfins].outer_exc = save_exc;
	b->fins[b->nfins].outer_in_try = b->in_try;
	b->nfins++;
	b->exc = abnormal;
	b->leave = normal;
	b->leave_depth = b->nfins;
	fall_into(b, new_block(b));
	build_stmt(b, body);
	fall_into(b, normal);
	b->nfins--;
	b->exc = save_exc;
	b->leave = save_leave;
	b->leave_depth = save_ld;
	build_stmt(b, fin);

	/* Exceptional copy: the __finally runs, then the exception goes on to the
	 * enclosing handler (or leaves the function). */
	{
		int resume = b->cur, tail;
		b->cur = abnormal;
		build_stmt(b, fin);
		tail = b->cur;
		if (tail >= 0 && save_exc >= 0)
			add_edge(b, tail, save_exc, EDGE_PLAIN, clang_getNullCursor());
		b->cur = resume;
	}
}

static void build_decl(builder *b, CXCursor decl_stmt);

static enum CXChildVisitResult visit_stmt_child(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	build_stmt(d, c);
	return CXChildVisit_Continue;
}

static enum CXChildVisitResult visit_var(CXCursor c, CXCursor parent, CXClientData d)
{
	builder *b = d;
	CXCursor init;
	dl_event *ev;
	(void)parent;
	if (!is_kind(c, CXCursor_VarDecl))
		return CXChildVisit_Continue;
	init = clang_Cursor_getVarDeclInitializer(c);
	if (clang_Cursor_isNull(init))
		return CXChildVisit_Continue;
	build_expr(b, init);
	ev = add_event(b, DL_EV_ASSIGN, c);
	ev->lhs = c;
	ev->rhs = init;
	ev->op = CXBinaryOperator_Assign;
	return CXChildVisit_Continue;
}

static void build_decl(builder *b, CXCursor decl_stmt)
{
	clang_visitChildren(decl_stmt, visit_var, b);
}

static void build_stmt(builder *b, CXCursor s)
{
	unsigned n;
	switch (clang_getCursorKind(s)) {
	case CXCursor_CompoundStmt:
		clang_visitChildren(s, visit_stmt_child, b);
		break;
	case CXCursor_DeclStmt:
		build_decl(b, s);
		break;
	case CXCursor_IfStmt: {
		int t = new_block(b), f = new_block(b), after;
		n = dl_child_count(s);
		build_cond(b, dl_child(s, 0), t, f);
		after = n > 2 ? new_block(b) : f;
		b->cur = t;
		build_stmt(b, dl_child(s, 1));
		jump(b, after);
		if (n > 2) {
			b->cur = f;
			build_stmt(b, dl_child(s, 2));
			jump(b, after);
		}
		b->cur = after;
		break;
	}
	case CXCursor_WhileStmt:
		build_loop(b, dl_child(s, 0), dl_child(s, 1), clang_getNullCursor(), 1);
		break;
	case CXCursor_DoStmt:
		build_loop(b, dl_child(s, 1), dl_child(s, 0), clang_getNullCursor(), 0);
		break;
	case CXCursor_ForStmt: {
		for_parts p;
		for_split(s, &p);
		if (!clang_Cursor_isNull(p.init))
			build_stmt(b, p.init);
		build_loop(b, p.cond, p.body, p.inc, 1);
		break;
	}
	case CXCursor_SwitchStmt:
		build_switch(b, s);
		break;
	case CXCursor_CaseStmt:
		build_case(b, s, 0);
		break;
	case CXCursor_DefaultStmt:
		build_case(b, s, 1);
		break;
	case CXCursor_BreakStmt:
		jump_out(b, b->brk, b->brk_depth);
		break;
	case CXCursor_ContinueStmt:
		jump_out(b, b->cont, b->cont_depth);
		break;
	case CXCursor_SEHLeaveStmt:
		jump_out(b, b->leave, b->leave_depth);
		break;
	case CXCursor_ReturnStmt: {
		dl_event *ev;
		CXCursor value = dl_child(s, 0);
		build_expr(b, value);
		ev = add_event(b, DL_EV_RETURN, s);
		ev->rhs = value;
		jump_out(b, b->cfg->exit, 0);
		break;
	}
	case CXCursor_GotoStmt: {
		CXCursor target = clang_getCursorReferenced(dl_child(s, 0));
		if (is_kind(target, CXCursor_LabelStmt))
			jump(b, label_block(b, target));
		else
			b->cur = -1;
		break;
	}
	case CXCursor_LabelStmt:
		fall_into(b, label_block(b, s));
		build_stmt(b, dl_child(s, 0));
		break;
	case CXCursor_SEHTryStmt: {
		CXCursor body = dl_child(s, 0), handler = dl_child(s, 1);
		if (is_kind(handler, CXCursor_SEHExceptStmt))
			build_try_except(b, body, handler);
		else if (is_kind(handler, CXCursor_SEHFinallyStmt))
			build_try_finally(b, body, dl_child(handler, 0));
		else
			build_stmt(b, body);
		break;
	}
	case CXCursor_NullStmt:
	case CXCursor_AsmStmt:
	case CXCursor_MSAsmStmt:
	case CXCursor_IndirectGotoStmt:
		break;
	default:
		if (clang_isExpression(clang_getCursorKind(s)))
			build_expr(b, s);
		break;
	}
}

static CXCursor function_body(CXCursor fn)
{
	unsigned i, n = dl_child_count(fn);
	for (i = n; i-- > 0;) {
		CXCursor c = dl_child(fn, i);
		if (is_kind(c, CXCursor_CompoundStmt))
			return c;
	}
	return clang_getNullCursor();
}

static void lower(dl_cfg *cfg)
{
	builder b;
	memset(&b, 0, sizeof(b));
	b.cfg = cfg;
	b.exc = -1;
	b.brk = b.cont = b.leave = -1;
	b.sw_dispatch = -1;
	cfg->entry = new_block(&b);
	cfg->exit = new_block(&b);
	b.cur = cfg->entry;
	add_event(&b, DL_EV_ENTRY, cfg->fn);
	build_stmt(&b, function_body(cfg->fn));
	jump(&b, cfg->exit);
	b.cur = cfg->exit;
	add_event(&b, DL_EV_EXIT, cfg->fn);
	b.cur = -1;
	free(b.fins);
	free(b.labels);
}

dl_cfg *dl_cfg_new(CXCursor fn)
{
	dl_cfg *cfg = dl_xcalloc(1, sizeof(*cfg));
	cfg->fn = fn;
	cfg->arena = dl_arena_new();
	lower(cfg);
	return cfg;
}

void dl_cfg_free(dl_cfg *cfg)
{
	size_t i;
	if (!cfg)
		return;
	for (i = 0; i < cfg->nblocks; i++) {
		free(cfg->blocks[i].evs);
		free(cfg->blocks[i].succ);
	}
	free(cfg->blocks);
	dl_arena_free(cfg->arena);
	free(cfg);
}

/* ----------------------------------------------------------------- solving */

static void **states_copy(dl_flow *fl, void *const *s)
{
	void **out = dl_arena_alloc(fl->arena, fl->nruns * sizeof(void *));
	size_t i;
	for (i = 0; i < fl->nruns; i++)
		out[i] = fl->runs[i].domain->copy(fl, fl->runs[i].ctx, s[i]);
	return out;
}

static int states_equal(dl_flow *fl, void *const *a, void *const *b)
{
	size_t i;
	for (i = 0; i < fl->nruns; i++)
		if (!fl->runs[i].domain->equal(fl->runs[i].ctx, a[i], b[i]))
			return 0;
	return 1;
}

static void heap_push(dl_flow *fl, int blk)
{
	size_t i;
	if (fl->queued[blk])
		return;
	fl->queued[blk] = 1;
	i = fl->nheap++;
	while (i > 0 && fl->heap[(i - 1) / 2] > blk) {
		fl->heap[i] = fl->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	fl->heap[i] = blk;
}

static int heap_pop(dl_flow *fl)
{
	int top = fl->heap[0], last = fl->heap[--fl->nheap];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= fl->nheap)
			break;
		if (c + 1 < fl->nheap && fl->heap[c + 1] < fl->heap[c])
			c++;
		if (fl->heap[c] >= last)
			break;
		fl->heap[i] = fl->heap[c];
		i = c;
	}
	if (fl->nheap)
		fl->heap[i] = last;
	fl->queued[top] = 0;
	return top;
}

/* Merges `s` into the entry of block `to`; queues it when that changed. */
static void flow_into(dl_flow *fl, int to, void *const *s)
{
	void **merged;
	size_t i;
	if (!fl->in[to]) {
		fl->in[to] = states_copy(fl, s);
		heap_push(fl, to);
		return;
	}
	merged = states_copy(fl, fl->in[to]);
	for (i = 0; i < fl->nruns; i++) {
		const dl_domain *d = fl->runs[i].domain;
		if (fl->visits[to] >= WIDEN_AFTER && d->widen) {
			d->widen(fl, fl->runs[i].ctx, merged[i], s[i]);
			fl->stats.widened = 1;
		} else {
			d->join(fl, fl->runs[i].ctx, merged[i], s[i]);
		}
	}
	if (!states_equal(fl, merged, fl->in[to])) {
		fl->in[to] = merged;
		heap_push(fl, to);
	}
}

static void transfer(dl_flow *fl, void **s, const dl_event *ev)
{
	size_t i;
	for (i = 0; i < fl->nruns; i++)
		fl->runs[i].domain->transfer(fl, fl->runs[i].ctx, s[i], ev);
}

static int may_raise(const dl_event *ev)
{
	return ev->kind == DL_EV_ACCESS || ev->kind == DL_EV_CALL;
}

static void process_block(dl_flow *fl, int id)
{
	const block *blk = &fl->cfg->blocks[id];
	void **s = states_copy(fl, fl->in[id]);
	size_t i, j;
	fl->visits[id]++;
	fl->stats.visits++;
	for (i = 0; i < blk->nevs; i++) {
		if (blk->exc >= 0 && may_raise(&blk->evs[i]))
			flow_into(fl, blk->exc, s);
		transfer(fl, s, &blk->evs[i]);
	}
	for (i = 0; i < blk->nsucc; i++) {
		const edge *e = &blk->succ[i];
		void **out = s;
		if (e->kind != EDGE_PLAIN) {
			out = states_copy(fl, s);
			for (j = 0; j < fl->nruns; j++)
				if (fl->runs[j].domain->refine)
					fl->runs[j].domain->refine(fl, fl->runs[j].ctx, out[j], e->cond,
								   e->kind == EDGE_TRUE);
		}
		flow_into(fl, e->to, out);
	}
}

/* Memory is the engine's cost: states per block, copied at every join. A
 * 20,000-line function needs about 50 MB; input that needs ten times that is
 * cut short rather than allowed to take the machine (200,000 nested `?:`
 * would take GBs). */
static int over_budget(const dl_flow *fl)
{
	return dl_arena_bytes(fl->arena) > DL_FLOW_MAX_BYTES;
}

int dl_flow_run(dl_flow **out, const dl_cfg *cfg, const dl_domain_run *runs, size_t nruns)
{
	dl_flow *fl = dl_xcalloc(1, sizeof(*fl));
	void **entry;
	size_t i, bound, n = cfg->nblocks;
	int ret = DL_OK;

	fl->cfg = cfg;
	fl->arena = dl_arena_new();
	fl->runs = runs;
	fl->nruns = nruns;
	fl->in = dl_xcalloc(n, sizeof(*fl->in));
	fl->visits = dl_xcalloc(n, sizeof(*fl->visits));
	fl->queued = dl_xcalloc(n, 1);
	fl->heap = dl_xmalloc(n * sizeof(int));
	fl->stats.blocks = n;
	fl->stats.events = cfg->events;

	entry = dl_arena_alloc(fl->arena, nruns * sizeof(void *));
	for (i = 0; i < nruns; i++)
		entry[i] = runs[i].domain->entry(fl, runs[i].ctx);
	fl->in[cfg->entry] = entry;
	heap_push(fl, cfg->entry);

	bound = n * VISIT_BOUND_PER_BLOCK + 1024;
	while (fl->nheap) {
		if (fl->stats.visits >= bound || over_budget(fl)) {
			fl->stats.cut_short = 1;
			ret = DL_ERR_LIMIT;
			break;
		}
		process_block(fl, heap_pop(fl));
	}
	*out = fl;
	return ret;
}

void dl_flow_free(dl_flow *fl)
{
	if (!fl)
		return;
	free(fl->in);
	free(fl->visits);
	free(fl->queued);
	free(fl->heap);
	dl_arena_free(fl->arena);
	free(fl);
}

/* ------------------------------------------------------------------ replay */

/* What a replay allocates is gone when it returns: a function is replayed
 * once per plug-in and phase, and the arena would otherwise keep every
 * replay's states until the function is done (visitors copy what they keep). */
int dl_flow_replay(dl_flow *fl, dl_visit_fn visit, void *arg)
{
	dl_arena_mark mark = dl_arena_save(fl->arena);
	size_t id, i;
	int rc = 0;
	for (id = 0; !rc && id < fl->cfg->nblocks; id++) {
		const block *blk = &fl->cfg->blocks[id];
		dl_flow_point pt;
		if (!fl->in[id])
			continue;
		if (over_budget(fl)) {
			fl->stats.cut_short = 1;
			rc = DL_ERR_LIMIT;
			break;
		}
		pt.fl = fl;
		pt.states = states_copy(fl, fl->in[id]);
		for (i = 0; !rc && i < blk->nevs; i++) {
			rc = visit(&blk->evs[i], &pt, arg);
			if (!rc)
				transfer(fl, pt.states, &blk->evs[i]);
		}
	}
	dl_arena_restore(fl->arena, mark);
	return rc;
}

const void *dl_point_state(const dl_flow_point *pt, size_t i)
{
	return i < pt->fl->nruns ? pt->states[i] : NULL;
}

dl_flow *dl_point_flow(const dl_flow_point *pt)
{
	return pt->fl;
}

void *dl_flow_alloc(dl_flow *fl, size_t n)
{
	return dl_arena_alloc(fl->arena, n);
}

dl_arena *dl_flow_arena(dl_flow *fl)
{
	return fl->arena;
}

CXCursor dl_flow_function(const dl_flow *fl)
{
	return fl->cfg->fn;
}

void dl_flow_get_stats(const dl_flow *fl, dl_flow_stats *st)
{
	*st = fl->stats;
}
