/*
 * The flow engine: walks one function body in execution order and carries the
 * abstract states of plug-in domains along every path (see analyzer/flow.c).
 *
 * The body is lowered to a small CFG of basic blocks holding events (assignment,
 * access, call, return...). States join at merge points, loops iterate to a
 * fixpoint (widening after a few rounds), `goto` carries state to its label,
 * `&&`/`||`/`?:` are branches, and SEH is modelled: every access or call inside
 * a `__try` may raise, sending the state *before* it to the handler.
 *
 * After the fixpoint, dl_flow_replay() visits every reachable event with the
 * domain states just before it: that is how checks query facts.
 */
#ifndef DRVLINT_FLOW_H
#define DRVLINT_FLOW_H

#include "drvlint/common.h"

typedef enum dl_event_kind {
	DL_EV_ENTRY,   /* function entry (cursor: the function) */
	DL_EV_ASSIGN,  /* lhs := rhs; lhs is an lvalue expression or a VarDecl */
	DL_EV_ACCESS,  /* memory read/write through the pointer expression `base` */
	DL_EV_CALL,    /* a call; after its arguments were evaluated */
	DL_EV_RETURN,  /* return [rhs] */
	DL_EV_EXIT,    /* normal function exit (after every return) */
	DL_EV_KIND_COUNT
} dl_event_kind;

typedef struct dl_event {
	dl_event_kind kind;
	CXCursor cursor;   /* where it happens: the assignment, the access, the call */
	/* ASSIGN: the target (lvalue expression, or the VarDecl for an initialisation).
	 * ACCESS: the pointer expression dereferenced (for calls: the argument). */
	CXCursor lhs;
	/* ASSIGN: the value (null cursor for ++/--); RETURN: the value or null. */
	CXCursor rhs;
	int op;            /* ASSIGN: CXBinaryOperatorKind, or CXUnaryOperator_{Pre,Post}{Inc,Dec} */
	int is_write;      /* ACCESS: writes through the pointer */
	/* ACCESS through a library call (memcpy...): the callee's name and the argument
	 * index; NULL/-1 for *p, p->f, p[i]. */
	const char *via;
	int arg;
	int in_try;        /* inside a __try that has an __except handler (maybe an enclosing one) */
	int block;         /* CFG block (for diagnostics) */
} dl_event;

typedef struct dl_flow dl_flow;

/* A function lowered to the engine's CFG. Lowering walks the AST; it is done
 * once per function and the CFG solved as often as needed. The CFG refers to
 * the translation unit's cursors, which must outlive it. */
typedef struct dl_cfg dl_cfg;
dl_cfg *dl_cfg_new(CXCursor fn);   /* fn: a FunctionDecl with a body */
void dl_cfg_free(dl_cfg *cfg);

/*
 * A domain is a plug-in with its own state type. States are allocated from the
 * flow's arena (dl_flow_alloc) and never freed one by one. A NULL state means
 * "unreachable" and is handled by the engine; domains never see it.
 */
typedef struct dl_domain {
	const char *name;
	void *(*entry)(dl_flow *fl, void *ctx);                            /* state at entry */
	void *(*copy)(dl_flow *fl, void *ctx, const void *s);
	void (*join)(dl_flow *fl, void *ctx, void *into, const void *other); /* into := into ⊔ other */
	/* into := into ∇ other, used at a block visited many times; NULL means join
	 * (fine for a domain of finite height). */
	void (*widen)(dl_flow *fl, void *ctx, void *into, const void *other);
	int (*equal)(void *ctx, const void *a, const void *b);
	void (*transfer)(dl_flow *fl, void *ctx, void *s, const dl_event *ev);
	/* Optional: refines `s` on the side of condition `cond` where it is `truth`. */
	void (*refine)(dl_flow *fl, void *ctx, void *s, CXCursor cond, int truth);
} dl_domain;

/* A domain as run on one function, with its context (summaries, entry facts...). */
typedef struct dl_domain_run {
	const dl_domain *domain;
	void *ctx;
} dl_domain_run;

/* What one function's flow may hold (states, and what the domains allocate). */
#define DL_FLOW_MAX_BYTES ((size_t)512 << 20)

/* Runs the domains over `cfg` to a fixpoint. The flow refers to `cfg`, which
 * must outlive it.
 * 0 ok; DL_ERR_LIMIT if the fixpoint did not settle within the engine's
 * bounds on visits and memory (the states are then cut short: results for
 * the function are incomplete, and the stats say cut_short). */
int dl_flow_run(dl_flow **out, const dl_cfg *cfg, const dl_domain_run *runs, size_t nruns);
void dl_flow_free(dl_flow *fl);

/* Facts at one program point: the state of domain `i` just before the event. */
typedef struct dl_flow_point dl_flow_point;
const void *dl_point_state(const dl_flow_point *pt, size_t i);
dl_flow *dl_point_flow(const dl_flow_point *pt);

typedef int (*dl_visit_fn)(const dl_event *ev, const dl_flow_point *pt, void *arg);
/* Visits every reachable event in block order with the states before it.
 * A non-zero return from `visit` stops the walk and is returned; DL_ERR_LIMIT
 * when the flow's memory bound stops it (cut_short). */
int dl_flow_replay(dl_flow *fl, dl_visit_fn visit, void *arg);

/* Per-run arena for domain states and anything that lives as long as the flow. */
void *dl_flow_alloc(dl_flow *fl, size_t n);
dl_arena *dl_flow_arena(dl_flow *fl);
CXCursor dl_flow_function(const dl_flow *fl);

/* Engine statistics (tests, benchmark). */
typedef struct dl_flow_stats {
	size_t blocks, events, visits;
	int widened;       /* a widening was applied */
	int cut_short;     /* a bound stopped the run or a replay */
} dl_flow_stats;
void dl_flow_get_stats(const dl_flow *fl, dl_flow_stats *st);

#endif
