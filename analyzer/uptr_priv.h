/*
 * Internals of the user-pointer domain, shared by uptr.c (the domain and the
 * plug-in), uptr_eval.c (expressions), uptr_api.c (kernel APIs, conditions,
 * source text), uptr_majors.c (which IRP major functions reach a function)
 * and uptr_summary.c (summaries and the verdicts the checks read).
 */
#ifndef DRVLINT_UPTR_PRIV_H
#define DRVLINT_UPTR_PRIV_H

#include "drvlint/uptr.h"

#include <stdint.h>

#define UP_MAXBUF 256        /* buffers tracked per function; more are not tracked */
#define UP_WORDS (UP_MAXBUF / 64)
#define UP_MAXPARAM 32
#define UP_MAXKEYDEPTH 5     /* `a.b->c...`: field steps of a tracked lvalue */

typedef struct up_bset {
	uint64_t w[UP_WORDS];
} up_bset;

/* Facts about a value that need no buffer. */
enum {
	UP_SYSBUF = 1,   /* points into kernel memory whose bytes the caller controls (SystemBuffer) */
	UP_COPIED = 2,   /* points into kernel memory filled by a copy from user memory */
	UP_MODE = 4      /* holds the requestor's KPROCESSOR_MODE */
};

/* What a buffer is: a user address, or (for summaries) the memory a parameter
 * points to, or a pointer loaded from that memory. */
typedef enum up_class {
	UP_BUF_USER,
	UP_BUF_PARAM,
	UP_BUF_PDEREF
} up_class;

/* A trail: how a value came to be, latest step first, shared between states. */
typedef struct up_trail {
	const struct up_trail *prev;
	CXCursor at;
	const char *msg;          /* the step's text (arena) */
	const char *subject;      /* source steps: the expression named, so an assignment can rename it */
	const char *pred;         /* source steps: "... is <pred>" */
	int key;                  /* assignment steps: the variable assigned, else -1 */
	const dl_step *ext;       /* steps of a summary, spliced in (owned by the store) */
	size_t next;
} up_trail;

/* The path taken so far: branch conditions and probes, latest first. */
typedef struct up_hist {
	const struct up_hist *prev;
	unsigned depth;
	int is_probe;
	CXCursor at;              /* the atomic condition, or the probing call */
	int truth;                /* branch: the side taken */
	int buf;                  /* probe: the buffer */
	int in_try;               /* probe: inside a __try/__except */
	const char *what;         /* probe: "ProbeForRead", "ValidateInput()" */
} up_hist;

/* Why a buffer is not probed on some path although it is on another. */
enum { UP_SKIP_BRANCH, UP_SKIP_EXCEPTION, UP_SKIP_OTHER };
typedef struct up_skip {
	int kind;
	CXCursor cond;            /* BRANCH: the condition and the side that skips */
	int truth;
	const up_hist *probe;     /* the probe skipped (NULL when the other side was kernel mode) */
} up_skip;

typedef struct up_val {
	unsigned kinds;           /* UP_SYSBUF... */
	unsigned cparams;         /* points to a copy of the memory of these parameters */
	up_bset bufs;             /* buffers it may point into */
	up_bset mdl;              /* an MDL: the buffers it describes (it does not point into them) */
	const char *origin;       /* SYSBUF/COPIED: where the bytes came from (static text) */
	const up_trail *trail;
} up_val;

typedef struct up_slot {
	int key;                  /* first: uptr.c sorts and searches on it */
	up_val v;
} up_slot;

typedef struct up_binfo {
	int buf;                  /* first: uptr.c sorts and searches on it */
	const up_hist *probe;     /* the last probe of a probed buffer */
	const up_skip *skip;      /* the witness path of an unprobed one */
} up_binfo;

typedef struct up_ctx up_ctx;

typedef struct up_state {
	up_ctx *cx;
	up_slot *slots;           /* sorted by key */
	size_t nslots;
	up_bset probed;           /* probed on every path (all set on a kernel-mode path) */
	int kernel;               /* the requestor is kernel mode on every path */
	up_binfo *bi;             /* sorted by buffer */
	size_t nbi;
	const up_hist *hist;
} up_state;

/* A buffer: the memory that the pointer of one source event points into. */
typedef struct up_buf {
	up_class cls;
	int param;
	int key;                  /* the slot a stable load made it for, -1 */
	char *desc;               /* USER: "Irp->UserBuffer", "Type3InputBuffer"... */
	char *fn;                 /* USER: the function holding the source */
	int iomgr;                /* Irp->UserBuffer, which the I/O manager probes for some requests */
	int preprobed;            /* ...and here it did: every request reaching this point is one of those */
} up_buf;

/* ---- summaries ---- */

/* The path to an access, shared between summaries: the steps of `head`
 * (the way to a call, shared by every entry lifted through it), its own
 * steps, then those of `tail` (the callee's entry it was lifted from), so
 * that a chain of D helpers holds D short paths, not D copies of ever longer
 * ones. Immutable; freed with its last reference. */
typedef struct up_path {
	unsigned refs;
	struct up_path *head;
	dl_step *steps;
	size_t n;
	struct up_path *tail;
} up_path;

/* A path of `steps` (taken) then `tail` (a reference taken). */
up_path *up_path_new(dl_step *steps, size_t n, up_path *tail);
/* `head` then `tail` (references taken). */
up_path *up_path_join(up_path *head, up_path *tail);
up_path *up_path_ref(up_path *p);
void up_path_unref(up_path *p);                     /* NULL is a no-op */
/* Copies of the path's steps, oldest first, appended to (*steps, *n). */
void up_path_steps(const up_path *p, dl_step **steps, size_t *n, size_t *cap);

/* An access, inside a function or its callees, of a pointer derived from a
 * parameter: level 0 the parameter's own buffer, level 1 a pointer loaded from it. */
typedef struct up_entry {
	int param, level;
	int probed;               /* probed on every path from the function's entry */
	int in_try;               /* inside a __try/__except (here or at a call on the way) */
	int is_write;
	dl_loc loc;
	char *what, *via, *fn;
	unsigned probe_line;
	up_path *path;            /* from the entry to just before the access */
} up_entry;

typedef struct up_summary {
	up_entry *entries;
	size_t n, cap;
	size_t *index;            /* by entry key: entry + 1, 0 free (open addressing) */
	size_t index_cap;         /* a power of two, at least twice n; 0 until first used */
	unsigned probes;          /* bit i: parameter i probed on every path to the normal exit */
	int ret_user;             /* may return a user address... */
	int ret_iomgr;            /* ...that is Irp->UserBuffer */
	char *ret_desc, *ret_fn;  /* ...from this source, in this function */
	dl_step *ret_steps;
	size_t ret_nsteps;
	unsigned ret_params;      /* may return a pointer into parameter i's memory */
	unsigned ret_pderef;      /* may return a pointer loaded from parameter i's memory */
} up_summary;

typedef struct up_store {
	dl_analysis *a;
	up_summary **sums;        /* by function index */
	unsigned *majors;         /* by function index: IRP_MJ_* bits of the dispatch routines reaching it */
	int majors_done;          /* computed at the first function, once cached facts are in */
	dl_index *contrib;        /* "fn:unit" -> the majors that unit's calls pass into fn */
	size_t nfns;
} up_store;

struct up_ctx {
	dl_analysis *a;
	up_store *st;
	size_t fn;
	int active;
	CXCursor fncur;
	char *fname;
	dl_index *keyix;          /* tracked lvalue -> key */
	char **keys;
	size_t nkeys, capkeys;
	/* Worked out once per run (a key's text and a variable's USR cost):
	 * a variable's part of a key (the map gives its index in decl_names),
	 * and an lvalue's key + 1 (0: not a tracked lvalue). */
	char **decl_names;
	size_t ndecl_names, capdecl_names;
	dl_cursor_map *declix, *lvalues;
	dl_index *bufix;          /* source identity -> buffer */
	up_buf *bufs;
	size_t nbufs, capbufs;
	int param_buf[UP_MAXPARAM];
};

/* ---- uptr.c: state operations ---- */
up_state *up_state_copy(dl_flow *fl, const up_state *s);
const up_val *up_get(const up_state *s, int key);
void up_set(dl_flow *fl, up_state *s, int key, const up_val *v);
void up_kill_fields(dl_flow *fl, up_state *s, int key);
const up_binfo *up_binfo_of(const up_state *s, int buf);
void up_mark_probed(dl_flow *fl, up_state *s, const up_bset *bufs, CXCursor at, const char *what, int in_try);
int up_bit(const up_bset *b, int i);
void up_setbit(up_bset *b, int i);
int up_bnext(const up_bset *b, int from);   /* next set bit >= from, -1 when none */
int up_bempty(const up_bset *b);
int up_probed(const up_state *s, int buf);          /* on every path, by the driver or the I/O manager */

/* ---- uptr_facts.c ---- */
extern const dl_plugin_facts up_facts;
void up_note_majors(up_store *st, size_t fn, size_t unit, unsigned majors);

/* ---- uptr_majors.c ---- */
void up_compute_majors(up_store *st);
int up_iomgr_probed(const up_ctx *cx);              /* Irp->UserBuffer was probed before this function */
int up_kernel_requests(const up_ctx *cx);           /* only kernel-mode requests reach this function */

/* ---- uptr_eval.c ---- */
unsigned up_offset_of(CXCursor c);                   /* file offset where it expands */
int up_member_of(CXCursor member, const char *field, const char *record);
up_val up_copy_of(const up_ctx *cx, const up_val *c); /* a struct read from what c points to */
up_val up_user_source(dl_flow *fl, up_state *s, CXCursor at, const char *identity, const char *desc,
		      const char *pred, const up_trail *prev);
int up_key(up_ctx *cx, CXCursor lv);                 /* lvalue or declaration; -1 when not trackable */
int up_buffer(up_ctx *cx, const char *identity, up_class cls, int param, int key,
	      const char *desc, const char *fn);      /* -1 when too many */
up_val up_eval(dl_flow *fl, up_state *s, CXCursor e);
void up_val_join(up_val *into, const up_val *other);
int up_val_empty(const up_val *v);
int up_val_user(const up_ctx *cx, const up_val *v);  /* has a USER buffer */
const up_trail *up_trail_push(dl_flow *fl, const up_trail *prev, CXCursor at, const char *msg, int key);
const up_trail *up_trail_source(dl_flow *fl, const up_trail *prev, CXCursor at, const char *subject,
				const char *pred);
void up_transfer_assign(dl_flow *fl, up_state *s, const dl_event *ev);

/* ---- uptr_api.c ---- */
char *up_text_of(CXCursor e);                        /* a name for messages: declaration or text */
int up_is_mode_fn(const char *name);                 /* ExGetPreviousMode... */
int up_is_kernel_address_fn(const char *name);       /* MmGetSystemAddressForMdlSafe... */
void up_transfer_call(dl_flow *fl, up_state *s, const dl_event *ev);
int up_is_kernel_side(up_state *s, CXCursor cond, int truth);
up_summary *up_summary_of(up_ctx *cx, CXCursor call, char **callee_name);

/* ---- uptr_summary.c ---- */
int up_summary_end(up_ctx *cx, dl_flow *fl);        /* 1 when the summary changed */
void up_summary_free(up_summary *s);
/* Steps for a trail (oldest first), appended to (*steps, *n). */
void up_trail_steps(const up_trail *t, dl_step **steps, size_t *n, size_t *cap);
void up_skip_step(const up_ctx *cx, const up_skip *sk, CXCursor use, dl_step **steps, size_t *n, size_t *cap);
void up_steps_add(dl_step **steps, size_t *n, size_t *cap, const dl_loc *loc, char *msg);
void up_steps_add_cursor(dl_step **steps, size_t *n, size_t *cap, CXCursor at, char *msg);

#endif
