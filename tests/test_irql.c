/*
 * The IRQL domain: the kernel API table and its argument rules, lock
 * tracking through branches, loops and wrappers, entry IRQLs from roles,
 * annotations and callers, summaries across calls and recursion. Each
 * analysis test runs the whole program (one file, built-in WDK headers) with
 * pageable-at-raised-irql alone and checks where findings are and what they say.
 */
#include "testutil.h"
#include "drvlint/analyze.h"
#include "drvlint/irql.h"
#include "../analyzer/irql_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char prelude[] = "#include <ntddk.h>\n";

static dl_findings found;

/* Analyses `code` (after the one-line prelude): line numbers below are the
 * file's, so the first line of `code` is line 2. */
static void analyze(const char *code)
{
	char *all = dl_xprintf("%s%s", prelude, code);
	dl_findings_clear(&found);
	tu_analyze(all, "-*,pageable-at-raised-irql", &found);
	free(all);
}

/* The finding on `line` of the code, or NULL. */
static const dl_finding *at_line(unsigned line)
{
	size_t i;
	for (i = 0; i < found.count; i++)
		if (found.items[i].loc.line == line)
			return &found.items[i];
	return NULL;
}

static void expect_count(size_t n)
{
	size_t i;
	for (i = 0; n != found.count && i < found.count; i++)
		fprintf(stderr, "  finding: %u: %s\n", found.items[i].loc.line, found.items[i].message);
	ck_assert_uint_eq(found.count, n);
}

static void expect(unsigned line, const char *part)
{
	const dl_finding *f = at_line(line);
	if (!f)
		expect_count((size_t)-1);
	ck_assert_msg(f != NULL, "no finding on line %u (%zu findings)", line, found.count);
	ck_assert_msg(strstr(f->message, part) != NULL, "line %u: '%s' lacks '%s'", line, f->message, part);
}

/* ------------------------------------------------------------ API table */

struct call_find {
	unsigned want, seen;
	CXCursor found;
};

static enum CXChildVisitResult find_call(CXCursor c, CXCursor parent, CXClientData d)
{
	struct call_find *st = d;
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_CallExpr && st->seen++ == st->want) {
		st->found = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

/* The limit of the n-th call in function `f` of `tu`: 0 when none. */
static dl_irql limit_of(CXTranslationUnit tu, unsigned n, char **shown)
{
	struct call_find st = {n, 0, clang_getNullCursor()};
	irql_api_limit lim;
	char *name;
	dl_irql max = 0;
	clang_visitChildren(tu_function(tu, "f"), find_call, &st);
	ck_assert(!clang_Cursor_isNull(st.found));
	name = dl_callee_name(st.found);
	if (irql_api_limit_of(st.found, name, NULL, NULL, &lim)) {
		max = lim.max + 1;
		*shown = dl_xstrdup(lim.shown);
		irql_api_limit_free(&lim);
	}
	free(name);
	return max;
}

START_TEST(api_limits_follow_arguments)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"#include <ntstrsafe.h>\n"
		"void f(PKEVENT ev, HANDLE h, PHYSICAL_ADDRESS pa, PDEVICE_OBJECT dev, PWCHAR buf) {\n"
		"  LARGE_INTEGER zero, later; UNICODE_STRING s;\n"
		"  zero.QuadPart = 0; later.QuadPart = -10000;\n"
		"  ZwClose(h);\n"                                                     /* 0 */
		"  MmMapIoSpace(pa, 16, MmNonCached);\n"                              /* 1 */
		"  IoAllocateWorkItem(dev);\n"                                        /* 2 */
		"  ExAllocatePoolWithTag(PagedPool, 16, 'xxxx');\n"                   /* 3 */
		"  ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'xxxx');\n"              /* 4 */
		"  ExAllocatePool2(POOL_FLAG_PAGED, 16, 'xxxx');\n"                   /* 5 */
		"  ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 'xxxx');\n"               /* 6 */
		"  KeWaitForSingleObject(ev, Executive, KernelMode, FALSE, NULL);\n"  /* 7 */
		"  KeWaitForSingleObject(ev, Executive, KernelMode, FALSE, &zero);\n" /* 8 */
		"  KeWaitForSingleObject(ev, Executive, KernelMode, FALSE, &later);\n"/* 9 */
		"  KeSetEvent(ev, 0, TRUE);\n"                                        /* 10 */
		"  KeSetEvent(ev, 0, FALSE);\n"                                       /* 11 */
		"  RtlInitUnicodeString(&s, L\"x\");\n"                               /* 12 */
		"  RtlStringCbPrintfW(buf, 8, L\"%d\", 1);\n"                         /* 13 */
		"  RtlStringCbCopyW(buf, 8, L\"x\");\n"                               /* 14 */
		"}\n");
	static const struct {
		unsigned call;
		dl_irql limit;   /* +1; 0: none */
		const char *shown;
	} cases[] = {
		{0, DL_IRQL_PASSIVE + 1, "ZwClose"},
		{1, 0, NULL},
		{2, 0, NULL},
		{3, DL_IRQL_APC + 1, "ExAllocatePoolWithTag(PagedPool)"},
		{4, 0, NULL},
		{5, DL_IRQL_APC + 1, "ExAllocatePool2(POOL_FLAG_PAGED)"},
		{6, 0, NULL},
		{7, DL_IRQL_APC + 1, "KeWaitForSingleObject with no time-out"},
		{8, 0, NULL},
		{9, DL_IRQL_APC + 1, "KeWaitForSingleObject with a nonzero time-out"},
		{10, DL_IRQL_APC + 1, "KeSetEvent with Wait = TRUE"},
		{11, 0, NULL},
		{12, 0, NULL},
		{13, DL_IRQL_PASSIVE + 1, "RtlStringCbPrintfW"},
		{14, 0, NULL},
	};
	size_t i;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *shown = NULL;
		dl_irql got = limit_of(tu, cases[i].call, &shown);
		ck_assert_msg(got == cases[i].limit, "call %u: limit %d, want %d", cases[i].call, got, cases[i].limit);
		if (cases[i].shown)
			ck_assert_str_eq(shown, cases[i].shown);
		free(shown);
	}
	tu_free(tu);
}
END_TEST

START_TEST(pool_types_and_constants)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"void f(void) {\n"
		"  ExAllocatePoolWithTag(PagedPoolCacheAligned, 8, 1);\n"
		"  ExAllocatePoolWithTag((POOL_TYPE)(PagedPool | POOL_RAISE_IF_ALLOCATION_FAILURE), 8, 1);\n"
		"  ExAllocatePoolWithTag(NonPagedPoolNxCacheAligned, 8, 1);\n"
		"  ExAllocatePoolWithTag(PagedPoolSession, 8, 1);\n"
		"  KeRaiseIrql(HIGH_LEVEL, NULL);\n"
		"}\n");
	struct call_find st;
	unsigned i;
	static const int paged[] = {1, 1, 0, 1};
	for (i = 0; i < 4; i++) {
		memset(&st, 0, sizeof(st));
		st.want = i;
		clang_visitChildren(tu_function(tu, "f"), find_call, &st);
		ck_assert_int_eq(irql_alloc_is_paged(st.found, "ExAllocatePoolWithTag"), paged[i]);
	}
	memset(&st, 0, sizeof(st));
	st.want = 4;
	clang_visitChildren(tu_function(tu, "f"), find_call, &st);
	ck_assert_int_eq(irql_of_constant(clang_Cursor_getArgument(st.found, 0)), DL_IRQL_DIRQL);
	ck_assert_ptr_nonnull(irql_lock_api_find("KeAcquireInStackQueuedSpinLock"));
	ck_assert_ptr_null(irql_lock_api_find("KeInitializeSpinLock"));
	tu_free(tu);
}
END_TEST

/* ------------------------------------------------------- lock tracking */

static const char ext[] =
	"typedef struct _EXT { KSPIN_LOCK Lock; KIRQL Irql; HANDLE Key; PUCHAR Paged; } EXT, *PEXT;\n"
	"NTSTATUS Pageable(PEXT e);\n"
	"#pragma alloc_text(PAGE, Pageable)\n"
	"NTSTATUS Pageable(PEXT e) { PAGED_CODE(); return ZwClose(e->Key); }\n";

START_TEST(branches_join_to_the_entry_or_to_may_be_raised)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID Branches(PEXT e, BOOLEAN busy) {\n"                     /* 6 */
		"  KIRQL old;\n"
		"  if (busy) { KeAcquireSpinLock(&e->Lock, &old); e->Irql = 0; KeReleaseSpinLock(&e->Lock, old); }\n"
		"  Pageable(e);\n"                                              /* 9: back at PASSIVE */
		"  if (busy) KeAcquireSpinLock(&e->Lock, &old);\n"
		"  Pageable(e);\n"                                              /* 11: may be DISPATCH */
		"  if (busy) KeReleaseSpinLock(&e->Lock, old);\n"
		"}\n"
		"VOID Loop(PEXT e, ULONG n) {\n"                                /* 14 */
		"  KIRQL old; ULONG i;\n"
		"  for (i = 0; i < n; i++) { KeAcquireSpinLock(&e->Lock, &old); e->Irql++; KeReleaseSpinLock(&e->Lock, old); }\n"
		"  Pageable(e);\n"                                              /* 17 */
		"}\n"
		"VOID AtDpcOrNot(PEXT e) {\n"                                   /* 19 */
		"  KIRQL old = KeGetCurrentIrql();\n"
		"  if (old < DISPATCH_LEVEL) KeAcquireSpinLock(&e->Lock, &old); else KeAcquireSpinLockAtDpcLevel(&e->Lock);\n"
		"  e->Irql++;\n"
		"  if (old < DISPATCH_LEVEL) KeReleaseSpinLock(&e->Lock, old); else KeReleaseSpinLockFromDpcLevel(&e->Lock);\n"
		"  Pageable(e);\n"                                              /* 24 */
		"}\n");
	analyze(code);
	free(code);
	expect(11, "Pageable is pageable (#pragma alloc_text(PAGE) at line 4) but is called with spin lock 'e->Lock' held");
	expect_count(1);
}
END_TEST

START_TEST(queued_locks_and_raises)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID Queued(PEXT e) {\n"                                       /* 6 */
		"  KLOCK_QUEUE_HANDLE h; KIRQL old;\n"
		"  KeAcquireInStackQueuedSpinLock(&e->Lock, &h);\n"
		"  Pageable(e);\n"                                              /* 9 */
		"  KeReleaseInStackQueuedSpinLock(&h);\n"
		"  Pageable(e);\n"
		"  KeRaiseIrql(DISPATCH_LEVEL, &old);\n"                        /* 12 */
		"  ZwClose(e->Key);\n"                                          /* 13 */
		"  KeLowerIrql(old);\n"
		"  ZwClose(e->Key);\n"
		"  KeRaiseIrql(APC_LEVEL, &old);\n"
		"  ZwClose(e->Key);\n"                                          /* 17: APC is not raised here */
		"  KeLowerIrql(old);\n"
		"  if (KeGetCurrentIrql() == PASSIVE_LEVEL) ZwClose(e->Key);\n"
		"}\n");
	analyze(code);
	free(code);
	expect(9, "with queued spin lock 'e->Lock' held (acquired at line 8)");
	expect(13, "ZwClose must run at PASSIVE_LEVEL but is called at DISPATCH_LEVEL (raised by KeRaiseIrql at line 12)");
	expect_count(2);
}
END_TEST

START_TEST(wrappers_acquire_and_release_for_their_callers)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID LockExt(PEXT x) { KeAcquireSpinLock(&x->Lock, &x->Irql); }\n"   /* 6 */
		"VOID UnlockExt(PEXT x) { KeReleaseSpinLock(&x->Lock, x->Irql); }\n"
		"VOID User(PEXT dev) {\n"
		"  LockExt(dev);\n"                                             /* 9 */
		"  Pageable(dev);\n"                                            /* 10 */
		"  UnlockExt(dev);\n"
		"  Pageable(dev);\n"
		"}\n");
	analyze(code);
	free(code);
	expect(10, "with spin lock 'dev->Lock' held (acquired by LockExt at line 9)");
	expect_count(1);
}
END_TEST

/* ------------------------------------------------- entries and summaries */

START_TEST(callers_answer_for_helpers)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID Helper(PEXT e) { ZwClose(e->Key); }\n"                   /* 6 */
		"VOID Deeper(PEXT e) { Helper(e); }\n"
		"VOID Caller(PEXT e) {\n"
		"  KIRQL old;\n"
		"  KeAcquireSpinLock(&e->Lock, &old);\n"
		"  Deeper(e);\n"                                                /* 11 */
		"  KeReleaseSpinLock(&e->Lock, old);\n"
		"  Helper(e);\n"
		"}\n");
	analyze(code);
	free(code);
	/* At the call under the lock, not inside Helper or Deeper. */
	expect(11, "Deeper reaches pageable code (it calls Helper, which calls ZwClose, which must run at PASSIVE_LEVEL)");
	expect_count(1);
}
END_TEST

START_TEST(recursion_terminates)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID Ping(PEXT e, ULONG n);\n"                                  /* 6 */
		"VOID Pong(PEXT e, ULONG n) { if (n) Ping(e, n - 1); else Pageable(e); }\n"
		"VOID Ping(PEXT e, ULONG n) { KIRQL old; if (n > 3) { KeAcquireSpinLock(&e->Lock, &old); Pong(e, n); KeReleaseSpinLock(&e->Lock, old); } else Pong(e, n); }\n"
		"VOID Start(PEXT e) { Ping(e, 10); }\n");
	analyze(code);
	free(code);
	expect(8, "Pong reaches pageable code (it calls Pageable, which is pageable");
	expect_count(1);
}
END_TEST

START_TEST(roles_and_annotations_give_the_entry)
{
	char *code = dl_xprintf("%s%s", ext,
		"KDEFERRED_ROUTINE Dpc;\n"                                       /* 6 */
		"VOID Dpc(PKDPC d, PVOID c, PVOID a1, PVOID a2) { Pageable((PEXT)c); }\n"
		"_IRQL_requires_(DISPATCH_LEVEL) VOID AtDispatch(PEXT e) { ZwClose(e->Key); }\n"
		"_IRQL_requires_max_(PASSIVE_LEVEL) VOID PassiveOnly(PEXT e) { ZwClose(e->Key); }\n"
		"VOID Raiser(PEXT e) { KIRQL old; KeAcquireSpinLock(&e->Lock, &old); PassiveOnly(e); KeReleaseSpinLock(&e->Lock, old); }\n"
		"VOID Setup(PEXT e, PKDPC d) { KeInitializeDpc(d, Dpc, e); }\n");
	analyze(code);
	free(code);
	expect(7, "but is called in DPC routine 'Dpc' (DISPATCH_LEVEL)");
	expect(8, "in 'AtDispatch' (annotated _IRQL_requires_(DISPATCH_LEVEL))");
	expect(10, "PassiveOnly must run at PASSIVE_LEVEL (annotated _IRQL_requires_max_(PASSIVE_LEVEL))");
	expect_count(3);
}
END_TEST

START_TEST(pageable_functions_raising_and_registered)
{
	char *code = dl_xprintf("%s%s", ext,
		"FORCEINLINE VOID Bump(PEXT e) { KIRQL o; KeAcquireSpinLock(&e->Lock, &o); e->Irql++; KeReleaseSpinLock(&e->Lock, o); }\n"
		"NTSTATUS Done(PDEVICE_OBJECT d, PIRP irp, PVOID c);\n"          /* 7 */
		"#pragma alloc_text(PAGE, Done)\n"
		"NTSTATUS Done(PDEVICE_OBJECT d, PIRP irp, PVOID c) { PAGED_CODE(); return STATUS_SUCCESS; }\n"
		"VOID InPage(PEXT e, PIRP irp) {\n"
		"  PAGED_CODE();\n"
		"  Bump(e);\n"                                                   /* 12 */
		"  IoSetCompletionRoutine(irp, Done, e, TRUE, TRUE, TRUE);\n"    /* 13 */
		"}\n"
		"VOID NotInPage(PEXT e) { Bump(e); }\n");
	analyze(code);
	free(code);
	expect(12, "inline function Bump raises the IRQL to DISPATCH_LEVEL (KeAcquireSpinLock at line 6), but InPage is pageable");
	expect(13, "Done is pageable (#pragma alloc_text(PAGE) at line 8) but is registered as a completion routine by "
		   "IoSetCompletionRoutine, which may run at DISPATCH_LEVEL");
	expect_count(2);
}
END_TEST

/* A raise in pageable code is read as the domain reads the call: the
 * annotations of the project's own declarations count, those of the kernel's
 * (the built-in headers) give way to the API table. */
START_TEST(raises_in_pageable_code_read_as_the_domain_does)
{
	analyze("_IRQL_raises_(DISPATCH_LEVEL) VOID OwnRaise(VOID);\n"
		"VOID UsesOwn(VOID) {\n"
		"  PAGED_CODE();\n"
		"  OwnRaise();\n"                                               /* 5 */
		"}\n"
		"VOID UsesKernel(PEX_SPIN_LOCK l) {\n"
		"  PAGED_CODE();\n"
		"  ExTryAcquireSpinLockExclusiveAtDpcLevel(l);\n"                /* 9 */
		"}\n");
	expect(5, "OwnRaise raises the IRQL to DISPATCH_LEVEL");
	expect_count(1);
}
END_TEST

START_TEST(paged_memory_in_fields_and_locals)
{
	char *code = dl_xprintf("%s%s", ext,
		"VOID Init(PEXT e) { e->Paged = ExAllocatePoolWithTag(PagedPool, 64, 'x'); }\n"   /* 6 */
		"VOID Use(PEXT e) {\n"
		"  KIRQL old; PUCHAR local = ExAllocatePoolWithTag(PagedPool, 8, 'x'); PUCHAR np = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'x');\n"
		"  KeAcquireSpinLock(&e->Lock, &old);\n"
		"  e->Paged[0] = 1;\n"                                          /* 10 */
		"  local[1] = 2;\n"                                             /* 11 */
		"  np[0] = 3;\n"
		"  local = np;\n"
		"  local[0] = 4;\n"
		"  KeReleaseSpinLock(&e->Lock, old);\n"
		"  e->Paged[1] = 5;\n"
		"}\n");
	analyze(code);
	free(code);
	expect(10, "'e->Paged' points to paged pool (assigned at line 6) but is written with spin lock 'e->Lock' held");
	expect(11, "'local' points to paged pool (allocated at line 8)");
	expect_count(2);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("irql");
	TCase *tc = tcase_create("irql");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, api_limits_follow_arguments);
	tcase_add_test(tc, pool_types_and_constants);
	tcase_add_test(tc, branches_join_to_the_entry_or_to_may_be_raised);
	tcase_add_test(tc, queued_locks_and_raises);
	tcase_add_test(tc, wrappers_acquire_and_release_for_their_callers);
	tcase_add_test(tc, callers_answer_for_helpers);
	tcase_add_test(tc, recursion_terminates);
	tcase_add_test(tc, roles_and_annotations_give_the_entry);
	tcase_add_test(tc, pageable_functions_raising_and_registered);
	tcase_add_test(tc, raises_in_pageable_code_read_as_the_domain_does);
	tcase_add_test(tc, paged_memory_in_fields_and_locals);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
