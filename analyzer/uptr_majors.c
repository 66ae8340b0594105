/*
 * Which IRP major functions reach each function of the user-pointer domain:
 * from the registrations (the model knows which majors each one handles),
 * down the call graph.
 * The I/O manager probes Irp->UserBuffer of some requests itself, and only
 * kernel components send others; this tells which case applies where.
 */
#include "uptr_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MJ(x) (1u << (x))
/* The requests whose Irp->UserBuffer the I/O manager probes before sending
 * them (NtReadFile, NtWriteFile, NtQueryDirectoryFile, NtQueryEaFile...):
 * read, write, query/set EA, directory control, query security, query/set
 * quota. Device and file system controls pass METHOD_NEITHER buffers as
 * they are. */
#define MJ_IOMGR_PROBED (MJ(0x03) | MJ(0x04) | MJ(0x07) | MJ(0x08) | MJ(0x0c) | MJ(0x14) | MJ(0x19) | MJ(0x1a))
/* Only kernel-mode components send internal device controls: their buffers
 * are kernel addresses. */
#define MJ_KERNEL_ONLY MJ(0x0f)

/*
 * Calls made inside `case IRP_MJ_X:` of a `switch (...->MajorFunction)` (one
 * dispatch routine for every request, or a worker that handles posted
 * requests) carry only the majors of their case labels. A scan of the
 * caller's body records, per call (by file offset), the labels it is under.
 */
typedef struct case_scan {
	dl_index *calls;      /* call offset -> majors */
	unsigned cur;         /* labels of the case being walked; 0 outside such a switch */
} case_scan;

static unsigned offset_of(CXCursor c)
{
	unsigned off = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
	return off;
}

static int is_major_switch(CXCursor sw)
{
	CXCursor cond = dl_strip(dl_child(sw, dl_child_count(sw) - 2));
	char *name;
	int yes;
	if (clang_getCursorKind(cond) != CXCursor_MemberRefExpr)
		return 0;
	name = dl_cursor_spelling(cond);
	yes = !strcmp(name, "MajorFunction");
	free(name);
	return yes;
}

static void scan_stmt(case_scan *cs, CXCursor c);

static enum CXChildVisitResult scan_child(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	scan_stmt(d, c);
	return CXChildVisit_Continue;
}

/* The labels of `case A: case B: stmt` (nested), and that statement. */
static unsigned case_labels(CXCursor *c)
{
	unsigned m = 0;
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(*c);
		long long v;
		if (k == CXCursor_DefaultStmt) {
			m = DL_MAJORS_ANY;
		} else if (k == CXCursor_CaseStmt) {
			if (dl_eval_int(dl_child(*c, 0), &v) && v >= 0 && v < 32)
				m |= MJ(v);
			else
				m = DL_MAJORS_ANY;
		} else {
			return m;
		}
		*c = dl_child(*c, dl_child_count(*c) - 1);
	}
}

static void scan_switch_body(case_scan *cs, CXCursor body)
{
	unsigned n = dl_child_count(body), i, outer = cs->cur;
	int open = 0;     /* the previous case body may fall through */
	cs->cur = DL_MAJORS_ANY;
	for (i = 0; i < n; i++) {
		CXCursor c = dl_child(body, i);
		enum CXCursorKind k = clang_getCursorKind(c);
		if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) {
			unsigned m = case_labels(&c);
			cs->cur = open ? cs->cur | m : m;
			k = clang_getCursorKind(c);
		}
		scan_stmt(cs, c);
		open = k != CXCursor_BreakStmt && k != CXCursor_ReturnStmt && k != CXCursor_GotoStmt;
	}
	cs->cur = outer;
}

static void scan_stmt(case_scan *cs, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_SwitchStmt && is_major_switch(c)) {
		CXCursor body = dl_child(c, dl_child_count(c) - 1);
		if (clang_getCursorKind(body) == CXCursor_CompoundStmt) {
			scan_switch_body(cs, body);
			return;
		}
	}
	/* Outside such a switch only statements can hold one: expressions and
	 * declarations are walked for their calls inside it only. */
	if (!cs->cur && !clang_isStatement(k))
		return;
	if (k == CXCursor_CallExpr && cs->cur) {
		char key[32];
		size_t old = 0;
		snprintf(key, sizeof(key), "%u", offset_of(c));
		dl_index_get(cs->calls, key, &old);
		dl_index_put(cs->calls, key, old | cs->cur);
	}
	clang_visitChildren(c, scan_child, cs);
}

/* The majors a call site passes on: the caller's, narrowed to its case. */
static unsigned call_majors(dl_index **scans, dl_program *p, const dl_call_site *site, unsigned caller)
{
	char key[32];
	size_t m;
	if (!scans[site->caller]) {
		case_scan cs = {dl_index_new(), 0};
		clang_visitChildren(p->fns[site->caller].def, scan_child, &cs);
		scans[site->caller] = cs.calls;
	}
	snprintf(key, sizeof(key), "%u", offset_of(site->call));
	if (!dl_index_get(scans[site->caller], key, &m))
		return caller;
	/* A worker reached by no dispatch routine still knows what it handles. */
	return caller ? caller & (unsigned)m : (unsigned)m;
}

/* Which dispatch routines reach each function, down the call graph. */
void up_compute_majors(up_store *st)
{
	dl_program *p = dl_analysis_program(st->a);
	dl_index **scans = dl_xcalloc(st->nfns + 1, sizeof(dl_index *));
	size_t i, j, k, n;
	int changed = 1;
	for (i = 0; i < st->nfns; i++)
		for (k = 0; k < p->fns[i].nregs; k++)
			st->majors[i] |= p->fns[i].regs[k].majors;
	while (changed) {
		changed = 0;
		for (i = 0; i < st->nfns; i++) {
			const dl_call_site *cs = dl_analysis_callers(st->a, i, &n);
			for (j = 0; j < n; j++) {
				unsigned m = st->majors[i] | call_majors(scans, p, &cs[j], st->majors[cs[j].caller]);
				changed |= m != st->majors[i];
				st->majors[i] = m;
			}
		}
	}
	/* What each unit's calls pass on, for the summary cache. */
	for (i = 0; i < st->nfns; i++) {
		const dl_call_site *cs = dl_analysis_callers(st->a, i, &n);
		for (j = 0; j < n; j++)
			up_note_majors(st, i, dl_analysis_unit(st->a, cs[j].caller),
				       call_majors(scans, p, &cs[j], st->majors[cs[j].caller]));
	}
	for (i = 0; i < st->nfns; i++)
		dl_index_free(scans[i]);
	free(scans);
}

int up_iomgr_probed(const up_ctx *cx)
{
	unsigned m = cx->st->majors[cx->fn];
	return m && !(m & ~MJ_IOMGR_PROBED);
}

int up_kernel_requests(const up_ctx *cx)
{
	unsigned m = cx->st->majors[cx->fn];
	return m && !(m & ~MJ_KERNEL_ONLY);
}

