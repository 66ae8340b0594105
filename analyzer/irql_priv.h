/* Internals of the IRQL domain shared by analyzer/irql*.c. */
#ifndef DRVLINT_IRQL_PRIV_H
#define DRVLINT_IRQL_PRIV_H

#include "drvlint/irql.h"

/* ---- Kernel API knowledge (irql_apis.c) ---- */

typedef enum irql_op {
	IRQL_OP_ACQUIRE,         /* takes a lock, raising to `level` */
	IRQL_OP_ACQUIRE_AT_DPC,  /* takes a lock at DISPATCH_LEVEL already: no change */
	IRQL_OP_RELEASE,         /* releases, restoring the IRQL saved at the acquire */
	IRQL_OP_RELEASE_AT_DPC,  /* releases, staying at DISPATCH_LEVEL */
	IRQL_OP_RAISE,           /* KeRaiseIrql...: to `level`, or to the level argument */
	IRQL_OP_LOWER            /* KeLowerIrql: undoes the last raise */
} irql_op;

/* A call that raises or lowers the IRQL, takes or releases a lock. */
typedef struct irql_lock_api {
	const char *name;
	irql_op op;
	int lock_arg;        /* the lock, for messages; -1: none (the cancel spin lock) */
	int key_arg;         /* what acquire and release both name (a lock or an in-stack
	                      * queue handle); -1: the kind itself is the key */
	int level_arg;       /* RAISE: the argument giving the new IRQL, -1 when fixed */
	dl_irql level;       /* IRQL while held */
	const char *kind;    /* "spin lock", "queued spin lock"...; also pairs releases */
	int handle;          /* the lock argument is the lock itself (a WDFSPINLOCK, a
	                      * PKINTERRUPT), not a pointer to it */
} irql_lock_api;

const irql_lock_api *irql_lock_api_find(const char *name);

/* The highest IRQL a kernel API may be called at, when below DISPATCH_LEVEL. */
typedef struct irql_api_limit {
	dl_irql max;
	char *shown;     /* the call as named in messages: "ExAllocatePoolWithTag(PagedPool)" */
	char *source;    /* "WDK reference: ZwCreateFile, IRQL = PASSIVE_LEVEL" */
} irql_api_limit;

/* Whether argument `arg` of `call` is known to point to pageable memory. */
typedef int (*irql_paged_fn)(void *ctx, CXCursor arg);

/* 1 when `call` of kernel API `name` must run below DISPATCH_LEVEL with the
 * arguments it is given (fills *out; free with irql_api_limit_free), else 0. */
int irql_api_limit_of(CXCursor call, const char *name, irql_paged_fn paged, void *ctx,
		      irql_api_limit *out);
void irql_api_limit_free(irql_api_limit *l);

/* 1 when `call` of `name` allocates from paged pool (a constant pool type or
 * POOL_FLAG_PAGED argument). */
int irql_alloc_is_paged(CXCursor call, const char *name);

/* A routine argument a call runs at raised IRQL (KeSynchronizeExecution): the
 * argument index and IRQL, or -1. */
int irql_sync_routine_arg(const char *name, dl_irql *level);

/* The constant IRQL an expression evaluates to, or DL_IRQL_UNKNOWN. */
dl_irql irql_of_constant(CXCursor e);

/* ---- The domain (irql.c) ---- */

#define IRQL_MAX_HOLDS 8
#define IRQL_MAX_PAGED 8
#define IRQL_MAX_RELEASES 4

typedef enum irql_hold_kind {
	IRQL_HOLD_LOCK,      /* a lock whose acquire raised (or may have raised) the IRQL */
	IRQL_HOLD_AT_DPC,    /* a lock taken at DISPATCH_LEVEL: explains nothing by itself */
	IRQL_HOLD_RAISE      /* KeRaiseIrql and friends */
} irql_hold_kind;

/* A lock held or a raise in effect. Strings live in the flow's arena. */
typedef struct irql_hold {
	irql_hold_kind kind;
	const char *lockkind;   /* "spin lock"...; NULL for a raise */
	const char *name;       /* the lock as written, or NULL */
	const char *key;        /* pairs the release with the acquire */
	const char *via;        /* the API or the program function that took it */
	CXCursor at;            /* the call that took it (in this function) */
	dl_irql level;
	dl_irql saved_min, saved_max;
	int key_param, name_param;   /* parameter the key/name is rooted at, or -1 */
	int maybe;              /* held on some paths only */
} irql_hold;

/* A local variable that points to paged pool. */
typedef struct irql_paged {
	CXCursor var;
	CXCursor at;            /* the allocation, or the call that returned it */
	const char *via;        /* the allocator or the function that returned it */
	long decl;              /* copied from a paged field or global (index), or -1 */
} irql_paged;

/* A release of something this function did not take (a wrapper's release). */
typedef struct irql_release {
	const char *key;
	const char *lockkind;   /* NULL: KeLowerIrql */
	int key_param;
} irql_release;

struct irql_ctx;

/* A state is copied at every block and join of a function and most hold no
 * lock: the lists live apart, shared by copies until one writes to them
 * (irql.c: *_w), so that a copy costs the header only. */
enum { IRQL_OWN_HOLDS = 1, IRQL_OWN_PAGED = 2, IRQL_OWN_RELEASES = 4 };

struct dl_irql_state {
	dl_irql min, max;
	unsigned nholds, npaged, nreleases;
	irql_hold *holds;         /* IRQL_MAX_HOLDS when owned */
	irql_paged *paged;        /* IRQL_MAX_PAGED when owned */
	irql_release *releases;   /* IRQL_MAX_RELEASES when owned */
	unsigned owned;           /* IRQL_OWN_*: the lists this state may write */
	/* A raise to DISPATCH_LEVEL or higher happened on some path so far. */
	int raised;
	CXCursor raised_at;
	const char *raised_via;
	const struct irql_ctx *cx;
};

/* Why a function is entered where it is. */
typedef enum irql_cause {
	IRQL_CAUSE_NONE = 0,
	IRQL_CAUSE_ROLE = 1,        /* its role (DPC routine...) */
	IRQL_CAUSE_SAL = 2,         /* its _IRQL_requires_ annotations */
	IRQL_CAUSE_SYNC = 4,        /* run by KeSynchronizeExecution */
	IRQL_CAUSE_CALLERS = 8      /* its callers' states */
} irql_cause;

/* A lock or raise still in effect when a function returns, relative to its
 * parameters (so a caller can name it with its own arguments). */
typedef struct irql_exit_hold {
	irql_hold_kind kind;
	char *lockkind, *name, *key, *via;
	int key_param, name_param;
	dl_irql level;
	dl_loc loc;             /* where the function took it */
} irql_exit_hold;

typedef struct irql_exit_release {
	char *key, *lockkind;
	int key_param;
} irql_exit_release;

typedef struct irql_summary {
	int done;
	/* First pageable use reached while the function's own locks are not held. */
	int reaches;            /* 1: directly, 2: through a callee */
	char *reach_text;       /* "it calls ZwCreateFile, which must run at PASSIVE_LEVEL" */
	dl_step *reach_steps;
	size_t nreach_steps;
	/* Locks held and raises in effect at its exit, releases of its callers' locks. */
	irql_exit_hold *exit_holds;
	size_t nexit_holds;
	irql_exit_release *exit_releases;
	size_t nexit_releases;
	/* It raises to DISPATCH_LEVEL or higher somewhere (for inline helpers). */
	int raises;
	dl_loc raise_loc;
	char *raise_via;
	/* It returns memory from paged pool. */
	int returns_paged;
	dl_loc paged_loc;
	char *paged_via;
} irql_summary;

/* The states one unit's call sites pushed into a function (summary cache). */
typedef struct irql_contrib {
	size_t unit;
	dl_irql cmin, cmax;
} irql_contrib;

typedef struct irql_fninfo {
	irql_summary sum;
	/* CONTEXT: the join of the states at its call sites, and per unit. */
	int called;
	dl_irql cmin, cmax;
	irql_contrib *contribs;
	size_t ncontribs, capcontribs;
	/* Run at raised IRQL by a synchronization call (KeSynchronizeExecution). */
	int sync;
	dl_irql sync_level;
	dl_loc sync_loc;
	char *sync_via;
	size_t sync_unit;
	/* A KMDF queue callback under automatic synchronization (irql_kmdf.c). */
	int kmdf_sync;
	dl_loc kmdf_sync_loc;
	size_t kmdf_sync_unit;
} irql_fninfo;

/* Memory known to be paged program-wide: struct fields and globals ever
 * assigned paged pool, keyed by the declaration's USR. */
typedef struct irql_paged_decl {
	char *usr;
	size_t unit;     /* where it was found */
	char *name;
	dl_loc loc;      /* the assignment */
	char *via;       /* the allocator */
} irql_paged_decl;

typedef struct irql_store {
	dl_analysis *a;
	irql_fninfo *fns;
	size_t nfns;
	dl_index *paged_index;
	irql_paged_decl *paged_decls;
	size_t npaged_decls, cappaged_decls;
	int paged_grew;       /* a program-wide fact was found in this SUMMARY round */
	/* A device created with automatic synchronization (irql_kmdf.c). */
	int kmdf_device_sync;
	dl_loc kmdf_device_sync_loc;
	size_t kmdf_device_sync_unit;
} irql_store;

/* KMDF automatic synchronization (irql_kmdf.c): a WdfDeviceCreate or
 * WdfIoQueueCreate call of function `fn` records which queue callbacks the
 * framework calls with a spin lock held. */
void irql_kmdf_note_call(irql_store *st, size_t unit, CXCursor fn, CXCursor call, const char *name);
/* Marks callback `fn` as run under automatic synchronization set at `sync`
 * (by unit `unit`); the first mark stays. */
void irql_kmdf_mark(irql_store *st, size_t fn, const dl_loc *sync, size_t unit);
/* The device-wide automatic synchronization, found by unit `unit`. */
void irql_kmdf_mark_device(irql_store *st, const dl_loc *sync, size_t unit);

void irql_summary_clear(irql_summary *sum);

/* The store's facts as plain data (irql_facts.c). */
extern const dl_plugin_facts irql_facts;
/* Joins a caller state into fn's context, for `unit`; 1 when it grew. */
int irql_join_context(irql_store *st, size_t fn, size_t unit, dl_irql min, dl_irql max);
/* Records that a field or global holds paged pool; 1 when new. */
int irql_add_paged_decl(irql_store *st, const char *usr, const char *name, const dl_loc *loc,
			const char *via, size_t unit);
/* Where the synchronization of queue callback `fn` is set, or NULL. */
const dl_loc *irql_kmdf_sync(const irql_store *st, size_t fn);

typedef struct irql_ctx {
	irql_store *st;
	dl_analysis *a;
	size_t fn;
	dl_phase phase;
	dl_irql min, max;     /* entry range */
	int causes;           /* irql_cause bits of a raised entry */
} irql_ctx;

/* Helpers shared by irql*.c */
static inline dl_irql irql_max(dl_irql a, dl_irql b) { return a > b ? a : b; }
static inline dl_irql irql_min(dl_irql a, dl_irql b) { return a < b ? a : b; }
static inline int irql_has_body(const dl_function *f) { return f->tu && !clang_Cursor_isNull(f->def); }
extern const dl_domain irql_domain;
/* An lvalue as written ("ext->Lock"), also inside macro arguments; malloc'd. */
char *irql_expr_text(CXCursor e);
/* A lock a callee names from its parameter `param` (text without the
 * parameter's name), as the caller writes it at `call`; malloc'd or NULL. */
char *irql_translate(CXCursor call, int param, const char *text);
irql_store *irql_store_of(const dl_analysis *a);
const dl_function *irql_function(const dl_analysis *a, size_t fn);
/* The program function a call goes to (with or without a body), or NULL. */
dl_function *irql_callee(const dl_analysis *a, CXCursor call, size_t *idx);
/* Whether the SAL of the function `call` goes to can be used (not a kernel
 * API of the built-in headers: the API table speaks for those). */
int irql_sal_trusted(CXCursor call);
/* A function that is pageable or annotated to run below DISPATCH_LEVEL. */
int irql_fn_contract(const dl_function *f);
/* The IRQL an acquire or raise API call goes to, DL_IRQL_UNKNOWN when not
 * known or not one of those (the domain and the raise query share it). */
dl_irql irql_api_call_level(const irql_lock_api *api, CXCursor call, const dl_function *caller);
/* A function whose own role or annotations may put it at DISPATCH_LEVEL. */
int irql_fn_self_raised(const irql_store *st, size_t fn);
/* Expression `e` points to paged pool at state `s`: 1 with the allocation's
 * cursor (or a program-wide record) filled in. */
int irql_expr_paged(const dl_irql_state *s, CXCursor e, CXCursor *at, const char **via,
		    const irql_paged_decl **decl);
/* The pageable global `e` reads (outside calls and `&`), or NULL. */
const dl_global *irql_pageable_global(const dl_analysis *a, CXCursor e, CXCursor *ref);
/* The lock or raise that explains a raised IRQL at `s`, or NULL. */
const irql_hold *irql_raising_hold(const dl_irql_state *s);

#endif
