/*
 * The user-pointer domain (include/drvlint/uptr.h): states, join, the flow
 * hooks and the plug-in. Expressions and API knowledge are in uptr_eval.c,
 * summaries and verdicts in uptr_summary.c.
 *
 * A state maps tracked lvalues (locals, parameters, `s.f` and `p->f` paths of
 * them) to values, and holds per buffer whether it was probed on every path.
 * Values only grow at joins (may), probes only shrink (must). Trails and the
 * path history ride along for messages and never decide equality, so loops
 * converge on the facts alone.
 */
#include "uptr_priv.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- bit sets */

int up_bit(const up_bset *b, int i)
{
	return i >= 0 && i < UP_MAXBUF && (b->w[i / 64] >> (i % 64)) & 1;
}

void up_setbit(up_bset *b, int i)
{
	if (i >= 0 && i < UP_MAXBUF)
		b->w[i / 64] |= (uint64_t)1 << (i % 64);
}

static void clearbit(up_bset *b, int i)
{
	if (i >= 0 && i < UP_MAXBUF)
		b->w[i / 64] &= ~((uint64_t)1 << (i % 64));
}

int up_bnext(const up_bset *b, int from)
{
	int i;
	for (i = from < 0 ? 0 : from; i < UP_MAXBUF; i++) {
		uint64_t w = b->w[i / 64] >> (i % 64);
		if (!w) {
			i = (i / 64 + 1) * 64 - 1;
			continue;
		}
		return i + __builtin_ctzll(w);
	}
	return -1;
}

int up_bempty(const up_bset *b)
{
	int i;
	for (i = 0; i < UP_WORDS; i++)
		if (b->w[i])
			return 0;
	return 1;
}

static int bset_eq(const up_bset *a, const up_bset *b)
{
	return !memcmp(a, b, sizeof(*a));
}

/* ------------------------------------------------------------------ states */

up_state *up_state_copy(dl_flow *fl, const up_state *s)
{
	up_state *c = dl_flow_alloc(fl, sizeof(*c));
	*c = *s;
	if (s->nslots) {
		c->slots = dl_flow_alloc(fl, s->nslots * sizeof(up_slot));
		memcpy(c->slots, s->slots, s->nslots * sizeof(up_slot));
	}
	if (s->nbi) {
		c->bi = dl_flow_alloc(fl, s->nbi * sizeof(up_binfo));
		memcpy(c->bi, s->bi, s->nbi * sizeof(up_binfo));
	}
	return c;
}

/* Slots and buffer facts are arrays sorted by an int that is their first
 * member: where `key` is or would go. */
static size_t sorted_pos(const void *arr, size_t n, size_t size, int key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (*(const int *)((const char *)arr + mid * size) < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A copy of `arr` (n elements) with room for one more at `i`, in the flow's arena. */
static void *with_gap(dl_flow *fl, const void *arr, size_t n, size_t i, size_t size)
{
	char *out = dl_flow_alloc(fl, (n + 1) * size);
	if (n) {   /* an empty state has no array at all */
		memcpy(out, arr, i * size);
		memcpy(out + (i + 1) * size, (const char *)arr + i * size, (n - i) * size);
	}
	return out;
}

static size_t slot_pos(const up_state *s, int key)
{
	return sorted_pos(s->slots, s->nslots, sizeof(up_slot), key);
}

const up_val *up_get(const up_state *s, int key)
{
	size_t i = slot_pos(s, key);
	return i < s->nslots && s->slots[i].key == key ? &s->slots[i].v : NULL;
}

/* Stores `v` for `key`; an empty value removes the slot. Arrays are never
 * shared between states (up_state_copy), so they may change in place. */
void up_set(dl_flow *fl, up_state *s, int key, const up_val *v)
{
	size_t i = slot_pos(s, key);
	int present = i < s->nslots && s->slots[i].key == key;
	up_slot *n;
	if (up_val_empty(v)) {
		if (present) {
			memmove(&s->slots[i], &s->slots[i + 1], (s->nslots - i - 1) * sizeof(up_slot));
			s->nslots--;
		}
		return;
	}
	if (present) {
		s->slots[i].v = *v;
		return;
	}
	n = with_gap(fl, s->slots, s->nslots, i, sizeof(up_slot));
	n[i].key = key;
	n[i].v = *v;
	s->slots = n;
	s->nslots++;
}

/* `key` is about to hold a new object: what was loaded through the old one
 * (`key.f`, `key->f`...) is gone, and so are the probes of those loads. */
void up_kill_fields(dl_flow *fl, up_state *s, int key)
{
	up_ctx *cx = s->cx;
	const char *k = cx->keys[key];
	size_t len = strlen(k), i, out = 0;
	(void)fl;
	for (i = 0; i < s->nslots; i++) {
		const char *o = cx->keys[s->slots[i].key];
		int field = !strncmp(o, k, len) && (o[len] == '.' || (o[len] == '-' && o[len + 1] == '>'));
		if (field) {
			int b;
			for (b = up_bnext(&s->slots[i].v.bufs, 0); b >= 0; b = up_bnext(&s->slots[i].v.bufs, b + 1))
				if (cx->bufs[b].key == s->slots[i].key && !s->kernel)
					clearbit(&s->probed, b);
			continue;
		}
		s->slots[out++] = s->slots[i];
	}
	s->nslots = out;
}

static size_t bi_pos(const up_state *s, int buf)
{
	return sorted_pos(s->bi, s->nbi, sizeof(up_binfo), buf);
}

const up_binfo *up_binfo_of(const up_state *s, int buf)
{
	size_t i = bi_pos(s, buf);
	return i < s->nbi && s->bi[i].buf == buf ? &s->bi[i] : NULL;
}

static void bi_set(dl_flow *fl, up_state *s, int buf, const up_hist *probe, const up_skip *skip)
{
	size_t i = bi_pos(s, buf);
	up_binfo *n;
	if (i < s->nbi && s->bi[i].buf == buf) {
		s->bi[i].probe = probe;
		s->bi[i].skip = skip;
		return;
	}
	n = with_gap(fl, s->bi, s->nbi, i, sizeof(up_binfo));
	n[i].buf = buf;
	n[i].probe = probe;
	n[i].skip = skip;
	s->bi = n;
	s->nbi++;
}

static const up_hist *hist_push(dl_flow *fl, const up_hist *prev)
{
	up_hist *h = dl_flow_alloc(fl, sizeof(*h));
	h->prev = prev;
	h->depth = prev ? prev->depth + 1 : 1;
	h->buf = -1;
	return h;
}

void up_mark_probed(dl_flow *fl, up_state *s, const up_bset *bufs, CXCursor at, const char *what, int in_try)
{
	int b;
	for (b = up_bnext(bufs, 0); b >= 0; b = up_bnext(bufs, b + 1)) {
		up_hist *h = (up_hist *)hist_push(fl, s->hist);
		h->is_probe = 1;
		h->at = at;
		h->buf = b;
		h->in_try = in_try;
		h->what = what;
		s->hist = h;
		up_setbit(&s->probed, b);
		bi_set(fl, s, b, h, NULL);
	}
}

/* -------------------------------------------------------------------- join */

/* All buffers of `v` that need a probe are probed in `s`. */
static int val_probed(const up_state *s, const up_val *v)
{
	int i;
	for (i = 0; i < UP_WORDS; i++)
		if (v->bufs.w[i] & ~s->probed.w[i])
			return 0;
	return 1;
}

/* Where the paths of `u` and `p` parted: the oldest cell of each history
 * after the cells they share (NULL when a history has none). */
typedef struct split {
	int known;
	const up_hist *u, *p;
} split;

static void find_split(const up_state *u, const up_state *p, split *sp)
{
	const up_hist *a = u->hist, *b = p->hist;
	sp->u = sp->p = NULL;
	while (a && (!b || a->depth > b->depth)) {
		sp->u = a;
		a = a->prev;
	}
	while (b && (!a || b->depth > a->depth)) {
		sp->p = b;
		b = b->prev;
	}
	while (a != b) {
		sp->u = a;
		a = a->prev;
		sp->p = b;
		b = b->prev;
	}
	sp->known = 1;
}

/*
 * Why `buf` is unprobed in `u` but probed in `p`. Both histories share the
 * cells from before the split, so the cells right after it tell: the same
 * condition taken both ways is a branch; a probe inside a __try right at the
 * split is the probe's exception edge.
 */
static const up_skip *derive_skip(dl_flow *fl, const up_state *u, const up_state *p, int buf, split *sp)
{
	const up_binfo *pi = up_binfo_of(p, buf);
	up_skip *sk = dl_flow_alloc(fl, sizeof(*sk));
	if (!sp->known)
		find_split(u, p, sp);
	sk->probe = pi ? pi->probe : NULL;
	if (sp->u && sp->p && !sp->u->is_probe && !sp->p->is_probe && clang_equalCursors(sp->u->at, sp->p->at) &&
	    sp->u->truth != sp->p->truth) {
		sk->kind = UP_SKIP_BRANCH;
		sk->cond = sp->u->at;
		sk->truth = sp->u->truth;
	} else if (sp->p && sp->p->is_probe && sp->p->in_try && sk->probe) {
		sk->kind = UP_SKIP_EXCEPTION;
	} else {
		sk->kind = UP_SKIP_OTHER;
	}
	return sk;
}

static void join_bufinfo(dl_flow *fl, up_state *into, const up_state *other)
{
	size_t nb = into->cx->nbufs < UP_MAXBUF ? into->cx->nbufs : UP_MAXBUF, n = 0;
	up_binfo *out = dl_flow_alloc(fl, (nb + 1) * sizeof(up_binfo));
	split into_first = {0}, other_first = {0};   /* the unprobed side first */
	int b;
	for (b = 0; b < (int)nb; b++) {
		int pi = up_bit(&into->probed, b), po = up_bit(&other->probed, b);
		const up_binfo *ii = up_binfo_of(into, b), *oi = up_binfo_of(other, b);
		const up_hist *probe = NULL;
		const up_skip *sk = NULL;
		if (pi && po)
			probe = ii && ii->probe ? ii->probe : oi ? oi->probe : NULL;
		else if (pi)
			sk = oi && oi->skip ? oi->skip : derive_skip(fl, other, into, b, &other_first);
		else if (po)
			sk = ii && ii->skip ? ii->skip : derive_skip(fl, into, other, b, &into_first);
		else
			sk = ii && ii->skip ? ii->skip : oi ? oi->skip : NULL;
		if (!probe && !sk)
			continue;
		out[n].buf = b;
		out[n].probe = probe;
		out[n++].skip = sk;
	}
	into->bi = out;
	into->nbi = n;
}

static void join_slots(dl_flow *fl, up_state *into, const up_state *other)
{
	size_t i = 0, j = 0, n = 0;
	up_slot *out = dl_flow_alloc(fl, (into->nslots + other->nslots + 1) * sizeof(up_slot));
	while (i < into->nslots || j < other->nslots) {
		if (j >= other->nslots || (i < into->nslots && into->slots[i].key < other->slots[j].key)) {
			out[n++] = into->slots[i++];
		} else if (i >= into->nslots || other->slots[j].key < into->slots[i].key) {
			out[n++] = other->slots[j++];
		} else {
			up_val v = into->slots[i].v;
			const up_val *o = &other->slots[j].v;
			/* The witness path is the one that misses a probe. */
			int keep_other = o->trail && (!v.trail || (val_probed(into, &v) && !val_probed(other, o)));
			const up_trail *t = keep_other ? o->trail : v.trail;
			up_val_join(&v, o);
			v.trail = t;
			out[n].key = into->slots[i].key;
			out[n++].v = v;
			i++;
			j++;
		}
	}
	into->slots = out;
	into->nslots = n;
}

static void up_join(dl_flow *fl, void *ctx, void *into_, const void *other_)
{
	up_state *into = into_;
	const up_state *other = other_;
	int i;
	(void)ctx;
	if (!into->cx->active)
		return;
	join_slots(fl, into, other);
	join_bufinfo(fl, into, other);
	for (i = 0; i < UP_WORDS; i++)
		into->probed.w[i] &= other->probed.w[i];
	into->kernel &= other->kernel;
}

/* The buffers that have a witness path: a fact a join may add without
 * changing anything else, and that must not be lost. */
static up_bset skipped(const up_state *s)
{
	up_bset b;
	size_t i;
	memset(&b, 0, sizeof(b));
	for (i = 0; i < s->nbi; i++)
		if (s->bi[i].skip)
			up_setbit(&b, s->bi[i].buf);
	return b;
}

static int up_equal(void *ctx, const void *a_, const void *b_)
{
	const up_state *a = a_, *b = b_;
	up_bset sa, sb;
	size_t i;
	(void)ctx;
	if (a->nslots != b->nslots || a->kernel != b->kernel || !bset_eq(&a->probed, &b->probed))
		return 0;
	sa = skipped(a);
	sb = skipped(b);
	if (!bset_eq(&sa, &sb))
		return 0;
	for (i = 0; i < a->nslots; i++) {
		const up_val *x = &a->slots[i].v, *y = &b->slots[i].v;
		if (a->slots[i].key != b->slots[i].key || x->kinds != y->kinds || x->cparams != y->cparams ||
		    !bset_eq(&x->bufs, &y->bufs) || !bset_eq(&x->mdl, &y->mdl))
			return 0;
	}
	return 1;
}

/* ------------------------------------------------------------- flow hooks */

static void *up_copy(dl_flow *fl, void *ctx, const void *s)
{
	(void)ctx;
	return up_state_copy(fl, s);
}

/* FAST_IO_DEVICE_CONTROL(FileObject, Wait, InputBuffer, InputBufferLength,
 * OutputBuffer, ...): the buffers come straight from the caller. */
static const char *fastio_buffer(int i)
{
	return i == 2 ? "the InputBuffer of FastIoDeviceControl" :
	       i == 4 ? "the OutputBuffer of FastIoDeviceControl" : NULL;
}

static void entry_param(dl_flow *fl, up_state *s, CXCursor parm, int i, int fastio)
{
	up_ctx *cx = s->cx;
	CXType t = clang_getCanonicalType(clang_getCursorType(parm));
	int key = up_key(cx, parm), b;
	const char *fio = fastio ? fastio_buffer(i) : NULL;
	char *id, *name;
	up_val v;
	if (t.kind != CXType_Pointer || key < 0)
		return;
	memset(&v, 0, sizeof(v));
	id = dl_xprintf("param:%d", i);
	if (fio) {
		char *pred = dl_xprintf("%s: a user-mode address", fio);
		b = up_buffer(cx, id, UP_BUF_USER, -1, -1, fio, cx->fname);
		name = dl_cursor_spelling(parm);
		v.trail = up_trail_source(fl, NULL, parm, name, pred);
		free(name);
		free(pred);
	} else {
		b = up_buffer(cx, id, UP_BUF_PARAM, i, -1, NULL, NULL);
		cx->param_buf[i] = b;
	}
	free(id);
	if (b < 0)
		return;
	up_setbit(&v.bufs, b);
	up_set(fl, s, key, &v);
}

static void *up_entry_state(dl_flow *fl, void *ctx)
{
	up_ctx *cx = ctx;
	up_state *s = dl_flow_alloc(fl, sizeof(*s));
	int i, n;
	s->cx = cx;
	if (!cx->active)
		return s;
	n = clang_Cursor_getNumArguments(cx->fncur);
	for (i = 0; i < n && i < UP_MAXPARAM; i++)
		entry_param(fl, s, clang_Cursor_getArgument(cx->fncur, (unsigned)i), i,
			    dl_analysis_program(cx->a)->fns[cx->fn].role == DL_ROLE_FASTIO_DEVICE_CONTROL);
	return s;
}

static void up_transfer(dl_flow *fl, void *ctx, void *st, const dl_event *ev)
{
	up_ctx *cx = ctx;
	if (!cx->active)
		return;
	if (ev->kind == DL_EV_ASSIGN)
		up_transfer_assign(fl, st, ev);
	else if (ev->kind == DL_EV_CALL)
		up_transfer_call(fl, st, ev);
}

static void up_refine(dl_flow *fl, void *ctx, void *st, CXCursor cond, int truth)
{
	up_ctx *cx = ctx;
	up_state *s = st;
	up_hist *h;
	if (!cx->active)
		return;
	h = (up_hist *)hist_push(fl, s->hist);
	h->at = cond;
	h->truth = truth;
	s->hist = h;
	if (!s->kernel && up_is_kernel_side(s, cond, truth)) {
		/* A kernel-mode requestor passes kernel addresses: nothing needs a probe. */
		s->kernel = 1;
		memset(&s->probed, 0xff, sizeof(s->probed));
	}
}

static const dl_domain up_domain = {
	"user-pointer", up_entry_state, up_copy, up_join, NULL, up_equal, up_transfer, up_refine,
};

int up_probed(const up_state *s, int buf)
{
	return up_bit(&s->probed, buf) || (buf >= 0 && s->cx->bufs[buf].preprobed);
}

/* ----------------------------------------------------------------- plug-in */

static void *up_init(dl_analysis *a)
{
	up_store *st = dl_xcalloc(1, sizeof(*st));
	st->a = a;
	st->nfns = dl_analysis_program(a)->nfns;
	st->sums = dl_xcalloc(st->nfns + 1, sizeof(up_summary *));
	st->majors = dl_xcalloc(st->nfns + 1, sizeof(unsigned));
	st->contrib = dl_index_new();
	return st;
}

static void up_fini(void *store)
{
	up_store *st = store;
	size_t i;
	if (!st)
		return;
	for (i = 0; i < st->nfns; i++)
		up_summary_free(st->sums[i]);
	free(st->sums);
	free(st->majors);
	dl_index_free(st->contrib);
	free(st);
}

static void *up_begin(dl_analysis *a, void *store, size_t fn, dl_phase phase)
{
	up_ctx *cx = dl_xcalloc(1, sizeof(*cx));
	dl_function *f = &dl_analysis_program(a)->fns[fn];
	up_store *st = store;
	int i;
	if (!st->majors_done) {
		up_compute_majors(st);
		st->majors_done = 1;
	}
	cx->a = a;
	cx->st = store;
	cx->fn = fn;
	cx->active = phase != DL_PHASE_CONTEXT;   /* nothing to push top-down */
	cx->fncur = f->def;
	cx->fname = dl_xstrdup(f->name ? f->name : "");
	cx->keyix = dl_index_new();
	cx->declix = dl_cursor_map_new();
	cx->lvalues = dl_cursor_map_new();
	cx->bufix = dl_index_new();
	for (i = 0; i < UP_MAXPARAM; i++)
		cx->param_buf[i] = -1;
	return cx;
}

static void up_release(void *ctx)
{
	up_ctx *cx = ctx;
	size_t i;
	for (i = 0; i < cx->nkeys; i++)
		free(cx->keys[i]);
	for (i = 0; i < cx->nbufs; i++) {
		free(cx->bufs[i].desc);
		free(cx->bufs[i].fn);
	}
	for (i = 0; i < cx->ndecl_names; i++)
		free(cx->decl_names[i]);
	free(cx->decl_names);
	dl_cursor_map_free(cx->declix);
	dl_cursor_map_free(cx->lvalues);
	free(cx->keys);
	free(cx->bufs);
	dl_index_free(cx->keyix);
	dl_index_free(cx->bufix);
	free(cx->fname);
	free(cx);
}

static int up_end(dl_analysis *a, void *store, size_t fn, dl_phase phase, dl_flow *fl, void *ctx)
{
	up_ctx *cx = ctx;
	int changed = 0;
	(void)a;
	(void)store;
	(void)fn;
	if (phase == DL_PHASE_SUMMARY)
		changed = up_summary_end(cx, fl);
	return changed;
}

const dl_plugin dl_uptr_plugin = {
	"user-pointer", &up_domain, up_init, up_fini, up_begin, up_end, up_release, &up_facts,
};
