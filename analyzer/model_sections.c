/*
 * The token scan of the driver model: section pragmas and PAGED_CODE uses in
 * one main file. Pragmas leave no trace in the AST, but clang_tokenize returns
 * the raw tokens of preprocessing directives ('#', 'pragma', 'alloc_text', ...).
 */
#include "model_priv.h"

#include <stdlib.h>
#include <string.h>

/* The tokens of the main file with what the scan needs of each. */
typedef struct scan {
	CXTranslationUnit tu;
	CXToken *toks;
	unsigned n;
	const char *text;         /* the file's bytes */
	size_t size;
	unsigned *skip;           /* skipped [start, end) offset pairs */
	size_t nskip;
	dl_pragmas *out;
	struct seg_state {
		char *current;    /* borrowed from the last change */
		struct seg_saved {
			char *id, *section;
		} *stack;
		size_t depth, cap;
	} seg[DL_SEG_COUNT];
} scan;

static unsigned tok_offset(const scan *s, unsigned i, unsigned *line)
{
	unsigned off = 0;
	clang_getSpellingLocation(clang_getTokenLocation(s->tu, s->toks[i]), NULL, line, NULL, &off);
	return off;
}

static int tok_is(const scan *s, unsigned i, const char *text)
{
	CXString sp;
	int eq;
	if (i >= s->n)
		return 0;
	sp = clang_getTokenSpelling(s->tu, s->toks[i]);
	eq = !strcmp(clang_getCString(sp), text);
	clang_disposeString(sp);
	return eq;
}

/* The token's text without the quotes of a string literal (L"..." too). */
static char *tok_text(const scan *s, unsigned i)
{
	char *t = dl_cxstring(clang_getTokenSpelling(s->tu, s->toks[i]));
	char *q = strchr(t, '"');
	size_t len;
	if (clang_getTokenKind(s->toks[i]) != CXToken_Literal || !q)
		return t;
	len = strlen(q + 1);
	if (len && q[len] == '"')
		len--;
	memmove(t, q + 1, len);
	t[len] = '\0';
	return t;
}

static int skipped(const scan *s, unsigned off)
{
	size_t i;
	for (i = 0; i < s->nskip; i++)
		if (off >= s->skip[2 * i] && off < s->skip[2 * i + 1])
			return 1;
	return 0;
}

/* Where the directive starting at `off` ends: the first newline not escaped by '\'. */
static unsigned directive_end(const scan *s, unsigned off)
{
	size_t i;
	for (i = off; i < s->size; i++) {
		if (s->text[i] != '\n')
			continue;
		if (i > off && s->text[i - 1] == '\\')
			continue;
		if (i > off + 1 && s->text[i - 1] == '\r' && s->text[i - 2] == '\\')
			continue;
		return (unsigned)i;
	}
	return (unsigned)s->size;
}

static void load_skipped(scan *s, CXFile file)
{
	CXSourceRangeList *l = clang_getSkippedRanges(s->tu, file);
	unsigned i;
	if (!l)
		return;
	s->skip = dl_xcalloc(l->count ? 2 * l->count : 1, sizeof(*s->skip));
	for (i = 0; i < l->count; i++) {
		clang_getSpellingLocation(clang_getRangeStart(l->ranges[i]), NULL, NULL, NULL, &s->skip[2 * i]);
		clang_getSpellingLocation(clang_getRangeEnd(l->ranges[i]), NULL, NULL, NULL, &s->skip[2 * i + 1]);
	}
	s->nskip = l->count;
	clang_disposeSourceRangeList(l);
}

/* The arguments of a pragma: token indexes of the first token of each
 * comma-separated argument between `open` ('(') and its ')'. Returns the
 * index after the ')'. */
static unsigned pragma_args(const scan *s, unsigned open, unsigned *args, unsigned *nargs, unsigned max)
{
	unsigned i, depth = 0, start = open + 1;
	*nargs = 0;
	for (i = open; i < s->n; i++) {
		if (tok_is(s, i, "(")) {
			depth++;
		} else if (tok_is(s, i, ")") || tok_is(s, i, ",")) {
			int close = tok_is(s, i, ")");
			if (close && --depth > 0)
				continue;
			if (depth == 1 || close) {
				if (i > start && *nargs < max)
					args[(*nargs)++] = start;
				start = i + 1;
			}
			if (close)
				return i + 1;
		}
	}
	return i;
}

static void add_alloc_text(scan *s, unsigned at, const unsigned *args, unsigned nargs)
{
	dl_pragmas *pr = s->out;
	char *section;
	unsigned k;
	if (nargs < 2)
		return;
	section = tok_text(s, args[0]);
	for (k = 1; k < nargs; k++) {
		dl_alloc_text *a;
		DL_GROW(pr->alloc, pr->capalloc, pr->nalloc + 1);
		a = &pr->alloc[pr->nalloc++];
		a->name = tok_text(s, args[k]);
		a->section = dl_xstrdup(section);
		dl_model_loc(clang_getTokenLocation(s->tu, s->toks[at]), &a->loc, NULL);
		dl_index_put(pr->alloc_by_name, a->name, pr->nalloc - 1);
	}
	free(section);
}

static void seg_change(scan *s, dl_seg_kind kind, unsigned at, const char *section)
{
	dl_pragmas *pr = s->out;
	dl_seg_change *c;
	DL_GROW(pr->changes[kind], pr->capchanges[kind], pr->nchanges[kind] + 1);
	c = &pr->changes[kind][pr->nchanges[kind]++];
	c->section = section && *section ? dl_xstrdup(section) : NULL;
	dl_model_loc(clang_getTokenLocation(s->tu, s->toks[at]), &c->loc, &c->offset);
	s->seg[kind].current = c->section;
}

static void seg_push(struct seg_state *st, char *id)
{
	DL_GROW(st->stack, st->cap, st->depth + 1);
	st->stack[st->depth].id = id;
	st->stack[st->depth].section = st->current;
	st->depth++;
}

/* Pops to the entry named `id` (the top one when NULL); the section it saved. */
static const char *seg_pop(struct seg_state *st, const char *id)
{
	while (st->depth) {
		struct seg_saved *top = &st->stack[--st->depth];
		int match = !id || (top->id && !strcmp(top->id, id));
		free(top->id);
		if (match)
			return top->section;
	}
	return NULL;
}

/* code_seg( [ {push|pop} [, identifier] , ] [ "name" [, "class"] ] ), and the
 * same grammar for data_seg, bss_seg and const_seg. */
static void seg_pragma(scan *s, dl_seg_kind kind, unsigned at, const unsigned *args, unsigned nargs)
{
	struct seg_state *st = &s->seg[kind];
	const char *section = NULL;
	char *id = NULL;
	char *name;
	unsigned k = 0;
	int push = 0, pop = 0;
	if (nargs && clang_getTokenKind(s->toks[args[0]]) == CXToken_Identifier) {
		push = tok_is(s, args[0], "push");
		pop = tok_is(s, args[0], "pop");
		k = 1;
		if (k < nargs && clang_getTokenKind(s->toks[args[k]]) == CXToken_Identifier)
			id = tok_text(s, args[k++]);
	}
	name = k < nargs ? tok_text(s, args[k]) : NULL;
	if (push) {
		seg_push(st, id);
		id = NULL;
		if (name)
			seg_change(s, kind, at, name);
	} else if (pop) {
		section = seg_pop(st, id);
		seg_change(s, kind, at, name ? name : section);
	} else {
		seg_change(s, kind, at, name);
	}
	free(id);
	free(name);
}

/* `name` is the index of the pragma's name; returns the index after the pragma. */
static unsigned parse_pragma(scan *s, unsigned at, unsigned name)
{
	static const char *const segs[DL_SEG_COUNT] = {"code_seg", "data_seg", "bss_seg", "const_seg"};
	unsigned args[64], nargs, next, k;
	if (!tok_is(s, name + 1, "("))
		return name + 1;
	next = pragma_args(s, name + 1, args, &nargs, sizeof(args) / sizeof(args[0]));
	if (tok_is(s, name, "alloc_text")) {
		add_alloc_text(s, at, args, nargs);
		return next;
	}
	for (k = 0; k < DL_SEG_COUNT; k++)
		if (tok_is(s, name, segs[k]))
			seg_pragma(s, (dl_seg_kind)k, at, args, nargs);
	return next;
}

static void add_paged_code(scan *s, unsigned i, unsigned off)
{
	dl_pragmas *pr = s->out;
	dl_paged_code_use *u;
	DL_GROW(pr->paged, pr->cappaged, pr->npaged + 1);
	u = &pr->paged[pr->npaged++];
	u->offset = off;
	dl_model_loc(clang_getTokenLocation(s->tu, s->toks[i]), &u->loc, NULL);
}

static void scan_tokens(scan *s)
{
	unsigned i = 0, prev_line = 0;
	while (i < s->n) {
		unsigned line = 0, off = tok_offset(s, i, &line);
		int line_start = i == 0 || line != prev_line;
		CXTokenKind kind = clang_getTokenKind(s->toks[i]);
		prev_line = line;
		if (skipped(s, off)) {
			i++;
		} else if (kind == CXToken_Punctuation && line_start && tok_is(s, i, "#")) {
			unsigned end = directive_end(s, off), j = i + 1;
			if (tok_is(s, j, "pragma"))
				j = parse_pragma(s, i, j + 1);
			/* The rest of a directive (a #define body) is not code. */
			while (j < s->n && tok_offset(s, j, NULL) < end)
				j++;
			i = j;
		} else if (kind == CXToken_Identifier && tok_is(s, i, "__pragma") && tok_is(s, i + 1, "(")) {
			i = parse_pragma(s, i, i + 2);
		} else if (kind == CXToken_Identifier && tok_is(s, i, "PAGED_CODE") && tok_is(s, i + 1, "(")) {
			add_paged_code(s, i, off);
			i++;
		} else {
			i++;
		}
	}
}

int dl_pragmas_scan(CXTranslationUnit tu, dl_pragmas *out)
{
	scan s;
	char *main_name;
	CXFile file;
	CXSourceRange whole;
	size_t k;
	memset(out, 0, sizeof(*out));
	memset(&s, 0, sizeof(s));
	out->alloc_by_name = dl_index_new();
	s.tu = tu;
	s.out = out;
	main_name = dl_cxstring(clang_getTranslationUnitSpelling(tu));
	file = clang_getFile(tu, main_name);
	free(main_name);
	if (!file)
		return DL_ERR_PARSE;
	s.text = clang_getFileContents(tu, file, &s.size);
	if (!s.text)
		return DL_ERR_IO;
	whole = clang_getRange(clang_getLocationForOffset(tu, file, 0),
			       clang_getLocationForOffset(tu, file, (unsigned)s.size));
	clang_tokenize(tu, whole, &s.toks, &s.n);
	load_skipped(&s, file);
	scan_tokens(&s);
	if (s.toks)
		clang_disposeTokens(tu, s.toks, s.n);
	for (k = 0; k < DL_SEG_COUNT; k++) {
		while (s.seg[k].depth)
			free(s.seg[k].stack[--s.seg[k].depth].id);
		free(s.seg[k].stack);
	}
	free(s.skip);
	return DL_OK;
}

void dl_pragmas_free(dl_pragmas *pr)
{
	size_t k, i;
	if (!pr)
		return;
	for (k = 0; k < DL_SEG_COUNT; k++) {
		for (i = 0; i < pr->nchanges[k]; i++) {
			free(pr->changes[k][i].section);
			dl_loc_free(&pr->changes[k][i].loc);
		}
		free(pr->changes[k]);
	}
	for (i = 0; i < pr->nalloc; i++) {
		free(pr->alloc[i].name);
		free(pr->alloc[i].section);
		dl_loc_free(&pr->alloc[i].loc);
	}
	free(pr->alloc);
	dl_index_free(pr->alloc_by_name);
	for (i = 0; i < pr->npaged; i++)
		dl_loc_free(&pr->paged[i].loc);
	free(pr->paged);
	memset(pr, 0, sizeof(*pr));
}

const dl_seg_change *dl_pragmas_region(const dl_pragmas *pr, dl_seg_kind kind, unsigned offset)
{
	const dl_seg_change *c = pr->changes[kind];
	size_t lo = 0, hi = pr->nchanges[kind];
	/* Changes are in file order: the last one before `offset`. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c[mid].offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && c[lo - 1].section ? &c[lo - 1] : NULL;
}

const dl_alloc_text *dl_pragmas_alloc_text(const dl_pragmas *pr, const char *name)
{
	size_t i;
	return dl_index_get(pr->alloc_by_name, name, &i) ? &pr->alloc[i] : NULL;
}

const dl_paged_code_use *dl_pragmas_paged_code(const dl_pragmas *pr, unsigned start, unsigned end)
{
	size_t lo = 0, hi = pr->npaged;
	/* Uses are in file order: the first at or after `start`. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pr->paged[mid].offset < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pr->npaged && pr->paged[lo].offset <= end ? &pr->paged[lo] : NULL;
}
