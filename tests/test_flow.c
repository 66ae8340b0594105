/*
 * The flow engine, proven with a test-only domain: which single-letter
 * variables are definitely assigned, two marker bits set by calls, one bit set
 * by branch refinement, and an interval for the variable `i` (unbounded, so
 * loops need widening). Every `use(N)` call records the state before it.
 */
#include "testutil.h"
#include "drvlint/flow.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define MARKED (1u << 31)
#define PROBED (1u << 30)
#define REFINED (1u << 29)
#define BIT(ch) (1u << ((ch) - 'a'))

typedef struct tstate {
	unsigned mask;
	long lo, hi;
} tstate;

static void *t_entry(dl_flow *fl, void *ctx)
{
	return dl_flow_alloc(fl, sizeof(tstate));
}

static void *t_copy(dl_flow *fl, void *ctx, const void *s)
{
	tstate *c = dl_flow_alloc(fl, sizeof(tstate));
	*c = *(const tstate *)s;
	return c;
}

static void t_join(dl_flow *fl, void *ctx, void *into, const void *other)
{
	tstate *a = into;
	const tstate *b = other;
	a->mask &= b->mask;
	if (b->lo < a->lo)
		a->lo = b->lo;
	if (b->hi > a->hi)
		a->hi = b->hi;
}

static void t_widen(dl_flow *fl, void *ctx, void *into, const void *other)
{
	tstate *a = into;
	const tstate *b = other;
	a->mask &= b->mask;
	if (b->lo < a->lo)
		a->lo = LONG_MIN;
	if (b->hi > a->hi)
		a->hi = LONG_MAX;
}

static int t_equal(void *ctx, const void *x, const void *y)
{
	const tstate *a = x, *b = y;
	return a->mask == b->mask && a->lo == b->lo && a->hi == b->hi;
}

static char var_name(CXCursor c)
{
	char *n = dl_cursor_spelling(dl_strip(c));
	char ch = (strlen(n) == 1 && n[0] >= 'a' && n[0] <= 'z') ? n[0] : 0;
	free(n);
	return ch;
}

static long sat_add(long v, long d)
{
	if (v == LONG_MAX || v == LONG_MIN)
		return v;
	return v + d;
}

static void t_transfer(dl_flow *fl, void *ctx, void *st, const dl_event *ev)
{
	tstate *s = st;
	if (ev->kind == DL_EV_ASSIGN) {
		char v = var_name(ev->lhs);
		if (!v)
			return;
		s->mask |= BIT(v);
		if (v == 'i' && clang_Cursor_isNull(ev->rhs)) {
			long d = ev->op == CXBinaryOperator_AddAssign ? 1 : -1;
			s->lo = sat_add(s->lo, d);
			s->hi = sat_add(s->hi, d);
		} else if (v == 'i') {
			CXEvalResult r = clang_Cursor_Evaluate(ev->rhs);
			s->lo = LONG_MIN;
			s->hi = LONG_MAX;
			if (r && clang_EvalResult_getKind(r) == CXEval_Int)
				s->lo = s->hi = clang_EvalResult_getAsLongLong(r);
			if (r)
				clang_EvalResult_dispose(r);
		}
	} else if (ev->kind == DL_EV_CALL) {
		char *n = dl_cursor_spelling(clang_getCursorReferenced(ev->cursor));
		if (!strcmp(n, "mark"))
			s->mask |= MARKED;
		else if (!strcmp(n, "ProbeForRead"))
			s->mask |= PROBED;
		free(n);
	}
}

static void t_refine(dl_flow *fl, void *ctx, void *st, CXCursor cond, int truth)
{
	if (var_name(cond) == 'k' && truth)
		((tstate *)st)->mask |= REFINED;
}

static const dl_domain test_domain = {
	"test", t_entry, t_copy, t_join, t_widen, t_equal, t_transfer, t_refine,
};

static const dl_domain test_domain_nowiden = {
	"test-nowiden", t_entry, t_copy, t_join, NULL, t_equal, t_transfer, t_refine,
};

/* What the state was before each `use(N)`. */
typedef struct record {
	long id;
	tstate s;
	int in_try;
} record;

static record recs[256];
static size_t nrecs;

static int record_use(const dl_event *ev, const dl_flow_point *pt, void *arg)
{
	char *n;
	if (ev->kind != DL_EV_CALL)
		return 0;
	n = dl_cursor_spelling(clang_getCursorReferenced(ev->cursor));
	if (!strcmp(n, "use") && nrecs < 256) {
		CXEvalResult r = clang_Cursor_Evaluate(clang_Cursor_getArgument(ev->cursor, 0));
		recs[nrecs].id = clang_EvalResult_getAsLongLong(r);
		clang_EvalResult_dispose(r);
		recs[nrecs].s = *(const tstate *)dl_point_state(pt, 0);
		recs[nrecs].in_try = ev->in_try;
		nrecs++;
	}
	free(n);
	return 0;
}

static const char prelude[] =
	"void use(int);\nvoid mark(void);\nvoid ProbeForRead(void *p, unsigned long n, unsigned long a);\n";

static CXTranslationUnit cur_tu;
static dl_flow_stats last_stats;

/* Analyzes function `f` of `body` with `dom`; returns dl_flow_run's code. */
static int run_with(const char *body, const dl_domain *dom)
{
	char *code = dl_xprintf("%s%s", prelude, body);
	dl_domain_run run = {dom, NULL};
	dl_flow *fl = NULL;
	dl_cfg *cfg;
	int rc;
	nrecs = 0;
	cur_tu = tu_from_string(code);
	free(code);
	cfg = dl_cfg_new(tu_function(cur_tu, "f"));
	rc = dl_flow_run(&fl, cfg, &run, 1);
	dl_flow_get_stats(fl, &last_stats);
	dl_flow_replay(fl, record_use, NULL);
	dl_flow_free(fl);
	dl_cfg_free(cfg);
	tu_free(cur_tu);
	return rc;
}

static void run(const char *body)
{
	ck_assert_int_eq(run_with(body, &test_domain), 0);
}

/* The only record with id `id` (fails when there is not exactly one). */
static const tstate *at(long id)
{
	const tstate *found = NULL;
	size_t i, n = 0;
	for (i = 0; i < nrecs; i++)
		if (recs[i].id == id) {
			found = &recs[i].s;
			n++;
		}
	ck_assert_msg(n == 1, "use(%ld) reached %zu times, expected once", id, n);
	return found;
}

static int reached(long id)
{
	size_t i;
	for (i = 0; i < nrecs; i++)
		if (recs[i].id == id)
			return 1;
	return 0;
}

#define ASSIGNED(id, v) ck_assert_msg(at(id)->mask & BIT(v), "use(%d): %c should be assigned", id, v)
#define UNASSIGNED(id, v) ck_assert_msg(!(at(id)->mask & BIT(v)), "use(%d): %c should not be assigned", id, v)

START_TEST(if_else_join)
{
	run("void f(int c) { int x, y;\n"
	    "  if (c) { x = 1; y = 1; } else { x = 2; }\n"
	    "  use(1);\n"
	    "  if (c) y = 3;\n"
	    "  use(2);\n"
	    "}\n");
	ASSIGNED(1, 'x');
	UNASSIGNED(1, 'y');
	UNASSIGNED(2, 'y');
}
END_TEST

START_TEST(loops_zero_or_many)
{
	run("void f(int c) { int w, x, y, z, i;\n"
	    "  while (c) { x = 1; }\n"
	    "  use(1);\n"
	    "  do { y = 1; } while (c);\n"
	    "  use(2);\n"
	    "  for (;;) { z = 1; break; }\n"
	    "  use(3);\n"
	    "  for (i = 0; i < c; i++) w = 1;\n"
	    "  use(4);\n"
	    "}\n");
	UNASSIGNED(1, 'x');
	ASSIGNED(2, 'y');
	ASSIGNED(3, 'z');
	UNASSIGNED(4, 'w');
	ASSIGNED(4, 'i');
}
END_TEST

START_TEST(nested_break_continue)
{
	run("void f(int a, int b, int c, int d) { int x, y, z, v;\n"
	    "  for (;;) { x = 1; if (c) break; if (d) continue; y = 1; break; }\n"
	    "  use(1);\n"
	    "  while (a) { while (b) { if (c) break; z = 1; } use(2); }\n"
	    "  while (a) { v = 1; while (b) { if (c) continue; break; } use(3); }\n"
	    "}\n");
	ASSIGNED(1, 'x');
	UNASSIGNED(1, 'y');
	UNASSIGNED(2, 'z');
	ASSIGNED(3, 'v');
}
END_TEST

START_TEST(switch_fallthrough_default)
{
	run("void f(int c) { int x, y, z, w;\n"
	    "  switch (c) { case 1: x = 1; case 2: y = 1; break; default: x = 1; y = 1; }\n"
	    "  use(1);\n"
	    "  switch (c) { case 1: z = 1; break; }\n"
	    "  use(2);\n"
	    "  switch (c) { case 1: case 2: w = 1; break; default: w = 2; }\n"
	    "  use(3);\n"
	    "}\n");
	ASSIGNED(1, 'y');
	UNASSIGNED(1, 'x');
	UNASSIGNED(2, 'z');
	ASSIGNED(3, 'w');
}
END_TEST

START_TEST(goto_forward_backward)
{
	run("void f(int c) { int x, y, z, i = 0;\n"
	    "  if (c) goto out;\n"
	    "  x = 1;\n"
	    "out:\n"
	    "  use(1);\n"
	    "  y = 1; goto skip; z = 1;\n"
	    "skip:\n"
	    "  use(2);\n"
	    "again:\n"
	    "  i++;\n"
	    "  if (c) goto again;\n"
	    "  use(3);\n"
	    "top:\n"
	    "  if (c) { x = 2; goto top; }\n"
	    "  use(4);\n"
	    "}\n");
	UNASSIGNED(1, 'x');
	ASSIGNED(2, 'y');
	UNASSIGNED(2, 'z');
	ck_assert_int_eq(at(3)->lo, 1);
	ck_assert(at(3)->hi > 1);
	UNASSIGNED(4, 'z');
}
END_TEST

START_TEST(short_circuit)
{
	run("void f(int c) { int x, y, z, w;\n"
	    "  if (c && (x = 1)) use(1); else use(2);\n"
	    "  if (c || (y = 1)) use(3); else use(4);\n"
	    "  z = c ? (w = 1) : 2;\n"
	    "  use(5);\n"
	    "  if (!(c && (x = 1))) use(6); else use(7);\n"
	    "}\n");
	ASSIGNED(1, 'x');
	UNASSIGNED(2, 'x');
	UNASSIGNED(3, 'y');
	ASSIGNED(4, 'y');
	ASSIGNED(5, 'z');
	UNASSIGNED(5, 'w');
	ASSIGNED(7, 'x');
}
END_TEST

START_TEST(sizeof_unevaluated)
{
	run("void f(void) { int x, n = sizeof(x = 1);\n"
	    "  use(1);\n"
	    "}\n");
	UNASSIGNED(1, 'x');
	ASSIGNED(1, 'n');
}
END_TEST

START_TEST(constant_conditions)
{
	run("void f(int c) { int x, y;\n"
	    "  do { x = 1; } while (0);\n"
	    "  use(1);\n"
	    "  while (1) { if (c) { y = 1; break; } }\n"
	    "  use(2);\n"
	    "}\n");
	ASSIGNED(1, 'x');
	ASSIGNED(2, 'y');
}
END_TEST

START_TEST(unreachable_code)
{
	run("void f(int c) { if (c) return; else return; use(9); }\n");
	ck_assert(!reached(9));
}
END_TEST

START_TEST(seh_handler_sees_pre_probe_state)
{
	run("void f(void *p) {\n"
	    "  __try { ProbeForRead(p, 4, 1); use(1); }\n"
	    "  __except (1) { use(2); }\n"
	    "  use(3);\n"
	    "  mark();\n"
	    "}\n");
	ck_assert(at(1)->mask & PROBED);
	ck_assert(!(at(2)->mask & PROBED));
	ck_assert(!(at(3)->mask & PROBED));
	for (size_t i = 0; i < nrecs; i++)
		ck_assert_msg(recs[i].in_try == (recs[i].id == 1), "use(%ld): wrong in_try", recs[i].id);
}
END_TEST

START_TEST(seh_nested_try_handlers)
{
	run("void f(void *p) { int x;\n"
	    "  __try {\n"
	    "    __try { mark(); ProbeForRead(p, 4, 1); x = 1; }\n"
	    "    __except (1) { use(1); }\n"
	    "    use(2);\n"
	    "  } __except (1) { use(3); }\n"
	    "}\n");
	/* The inner handler sees the state before mark() and before the probe. */
	ck_assert(!(at(1)->mask & MARKED));
	ck_assert(!(at(1)->mask & PROBED));
	UNASSIGNED(2, 'x');
	/* use(1) and use(2) may raise to the outer handler. */
	ck_assert(!(at(3)->mask & PROBED));
}
END_TEST

START_TEST(seh_finally_runs_on_every_exit)
{
	size_t i;
	int normal = 0, early = 0, marked = 0, unmarked = 0;
	run("void f(int c) { int x, y;\n"
	    "  __try { x = 1; if (c) return; y = 1; } __finally { use(1); }\n"
	    "  use(2);\n"
	    "  __try { mark(); } __finally { use(3); }\n"
	    "}\n");
	for (i = 0; i < nrecs; i++) {
		if (recs[i].id == 1 && (recs[i].s.mask & BIT('x'))) {
			if (recs[i].s.mask & BIT('y'))
				normal = 1;
			else
				early = 1;
		}
		if (recs[i].id == 3) {
			if (recs[i].s.mask & MARKED)
				marked = 1;
			else
				unmarked = 1;
		}
	}
	ck_assert_msg(normal && early, "__finally must run on fall-through and on return");
	ck_assert_msg(marked && unmarked, "__finally must run on the normal and the exceptional path");
	ASSIGNED(2, 'y');
}
END_TEST

START_TEST(seh_leave)
{
	run("void f(int c) { int x, y;\n"
	    "  __try { x = 1; if (c) __leave; y = 1; } __except (1) { }\n"
	    "  use(1);\n"
	    "}\n");
	ASSIGNED(1, 'x');
	UNASSIGNED(1, 'y');
}
END_TEST

START_TEST(branch_refinement)
{
	run("void f(int k) {\n"
	    "  if (k) use(1); else use(2);\n"
	    "  if (!k) use(3); else use(4);\n"
	    "  use(5);\n"
	    "}\n");
	ck_assert(at(1)->mask & REFINED);
	ck_assert(!(at(2)->mask & REFINED));
	ck_assert(!(at(3)->mask & REFINED));
	ck_assert(at(4)->mask & REFINED);
	ck_assert(!(at(5)->mask & REFINED));
}
END_TEST

START_TEST(widening_makes_loops_converge)
{
	const char *loop = "void f(int c) { int i = 0;\n"
			   "  while (c) { i++; }\n"
			   "  use(1);\n"
			   "}\n";
	ck_assert_int_eq(run_with(loop, &test_domain), 0);
	ck_assert(last_stats.widened);
	ck_assert_int_eq(at(1)->lo, 0);
	ck_assert(at(1)->hi == LONG_MAX);
	/* Without widening the interval grows forever: the engine's bound stops it. */
	ck_assert_int_eq(run_with(loop, &test_domain_nowiden), DL_ERR_LIMIT);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("flow");
	TCase *tc = tcase_create("engine");
	tcase_add_test(tc, if_else_join);
	tcase_add_test(tc, loops_zero_or_many);
	tcase_add_test(tc, nested_break_continue);
	tcase_add_test(tc, switch_fallthrough_default);
	tcase_add_test(tc, goto_forward_backward);
	tcase_add_test(tc, short_circuit);
	tcase_add_test(tc, sizeof_unevaluated);
	tcase_add_test(tc, constant_conditions);
	tcase_add_test(tc, unreachable_code);
	tcase_add_test(tc, seh_handler_sees_pre_probe_state);
	tcase_add_test(tc, seh_nested_try_handlers);
	tcase_add_test(tc, seh_finally_runs_on_every_exit);
	tcase_add_test(tc, seh_leave);
	tcase_add_test(tc, branch_refinement);
	tcase_add_test(tc, widening_makes_loops_converge);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
