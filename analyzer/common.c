/* Shared basics; see include/drvlint/common.h. */
#include "drvlint/common.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static void out_of_memory(void)
{
	fputs("drvlint: out of memory\n", stderr);
	exit(2);
}

void *dl_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *dl_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *dl_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory();
	return q;
}

char *dl_xstrdup(const char *s)
{
	return dl_xstrndup(s, strlen(s));
}

char *dl_xstrndup(const char *s, size_t n)
{
	char *p = dl_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *dl_xprintf(const char *fmt, ...)
{
	dl_buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	dl_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return dl_buf_detach(&b);
}

void dl_grow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t n;
	if (need <= *cap)
		return;
	n = *cap ? *cap : 8;
	while (n < need)
		n *= 2;
	*items = dl_xrealloc(*items, n * size);
	*cap = n;
}

static void buf_reserve(dl_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1, n = b->cap ? b->cap : 64;
	if (need <= b->cap)
		return;
	while (n < need)
		n *= 2;
	b->ptr = dl_xrealloc(b->ptr, n);
	b->cap = n;
}

void dl_buf_putn(dl_buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->ptr + b->len, s, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void dl_buf_puts(dl_buf *b, const char *s)
{
	dl_buf_putn(b, s, strlen(s));
}

void dl_buf_putc(dl_buf *b, char c)
{
	dl_buf_putn(b, &c, 1);
}

void dl_buf_vprintf(dl_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;
	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void dl_buf_printf(dl_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	dl_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *dl_buf_cstr(dl_buf *b)
{
	return b->ptr ? b->ptr : "";
}

char *dl_buf_detach(dl_buf *b)
{
	char *p = b->ptr ? b->ptr : dl_xstrdup("");
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

void dl_buf_free(dl_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

/* Arena: a chain of chunks; big requests get a chunk of their own. */
struct dl_arena {
	struct chunk {
		struct chunk *next;
		size_t used, size;
		max_align_t data[];
	} *head;
	size_t bytes;   /* in all chunks */
};

#define ARENA_CHUNK (64 * 1024)

dl_arena *dl_arena_new(void)
{
	return dl_xcalloc(1, sizeof(dl_arena));
}

void *dl_arena_alloc(dl_arena *a, size_t n)
{
	struct chunk *c = a->head;
	size_t align = sizeof(max_align_t);
	n = (n + align - 1) / align * align;
	if (!c || c->size - c->used < n) {
		size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
		c = dl_xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
		a->bytes += size;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

size_t dl_arena_bytes(const dl_arena *a)
{
	return a->bytes;
}

dl_arena_mark dl_arena_save(const dl_arena *a)
{
	dl_arena_mark m;
	m.chunk = a->head;
	m.used = a->head ? a->head->used : 0;
	m.bytes = a->bytes;
	return m;
}

void dl_arena_restore(dl_arena *a, dl_arena_mark m)
{
	while (a->head && a->head != m.chunk) {
		struct chunk *next = a->head->next;
		free(a->head);
		a->head = next;
	}
	if (a->head)
		a->head->used = m.used;
	a->bytes = m.bytes;
}

char *dl_arena_strdup(dl_arena *a, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = dl_arena_alloc(a, n);
	memcpy(p, s, n);
	return p;
}

void dl_arena_free(dl_arena *a)
{
	struct chunk *c, *next;
	if (!a)
		return;
	for (c = a->head; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

char *dl_cxstring(CXString s)
{
	const char *p = clang_getCString(s);
	char *copy = dl_xstrdup(p ? p : "");
	clang_disposeString(s);
	return copy;
}

char *dl_cursor_spelling(CXCursor c)
{
	return dl_cxstring(clang_getCursorSpelling(c));
}

char *dl_cursor_usr(CXCursor c)
{
	return dl_cxstring(clang_getCursorUSR(c));
}

void dl_loc_of_cursor(CXCursor c, dl_loc *out)
{
	CXFile file;
	unsigned line = 0, col = 0, off;
	clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, &col, &off);
	out->file = file ? dl_cxstring(clang_getFileName(file)) : NULL;
	out->line = line;
	out->column = col;
}

void dl_loc_copy(dl_loc *dst, const dl_loc *src)
{
	dst->file = src->file ? dl_xstrdup(src->file) : NULL;
	dst->line = src->line;
	dst->column = src->column;
}

void dl_loc_free(dl_loc *l)
{
	if (!l)
		return;
	free(l->file);
	l->file = NULL;
}

/* Token spelling of a cursor's extent, for expressions that have no single
 * written range (parts of a macro body). */
static char *token_text(CXCursor c, size_t max)
{
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
	CXToken *toks = NULL;
	unsigned n = 0, i;
	dl_buf b = {0};
	clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
	for (i = 0; i < n && b.len <= max; i++) {
		char *s = dl_cxstring(clang_getTokenSpelling(tu, toks[i]));
		CXTokenKind k = clang_getTokenKind(toks[i]);
		/* A space only between two words, as a reader would write it. */
		if (b.len && (k == CXToken_Identifier || k == CXToken_Keyword || k == CXToken_Literal)) {
			char last = b.ptr[b.len - 1];
			if (last == '_' || (last >= '0' && last <= '9') || (last >= 'a' && last <= 'z') ||
			    (last >= 'A' && last <= 'Z') || last == '"' || last == '\'')
				dl_buf_putc(&b, ' ');
		}
		dl_buf_puts(&b, s);
		free(s);
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
	if (b.len > max) {
		b.len = max;
		b.ptr[max] = '\0';
		dl_buf_puts(&b, "...");
	}
	return dl_buf_detach(&b);
}

static int ident_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The end of the macro use `NAME` or `NAME(...)` starting at `at` in `src`,
 * or `at` when there is none. */
static unsigned macro_use_end(const char *src, size_t size, unsigned at)
{
	unsigned i = at, depth = 0, name_end;
	while (i < size && ident_char(src[i]))
		i++;
	name_end = i;
	while (i < size && (src[i] == ' ' || src[i] == '\t'))
		i++;
	/* An object-like macro (`IRP_MJ_READ`) is just its name. */
	if (i >= size || src[i] != '(')
		return name_end;
	for (; i < size; i++) {
		if (src[i] == '(')
			depth++;
		else if (src[i] == ')' && --depth == 0)
			return i + 1;
	}
	return at;
}

/* Source text of an expression as the reader wrote it: an argument of a
 * macro (`RtlCopyMemory(dst, inBuf, n)`) is read where it was written, not
 * in the macro's body. */
char *dl_cursor_text(CXCursor e, size_t max)
{
	CXSourceRange r = clang_getCursorExtent(e);
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(e);
	CXFile f1, f2;
	unsigned a, b, i;
	size_t size = 0;
	const char *src;
	dl_buf out = {0};
	clang_getFileLocation(clang_getRangeStart(r), &f1, NULL, NULL, &a);
	clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &b);
	if (!f1 || !clang_File_isEqual(f1, f2) || !(src = clang_getFileContents(tu, f1, &size)) || a >= size)
		return token_text(e, max);
	if (b <= a)
		b = macro_use_end(src, size, a);   /* the whole expression is one macro use */
	if (b <= a || b > size)
		return token_text(e, max);
	/* As written, with each run of white space folded into one blank. */
	for (i = a; i < b && out.len <= max; i++) {
		char c = src[i];
		int blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
		if (blank && (!out.len || out.ptr[out.len - 1] == ' '))
			continue;
		dl_buf_putc(&out, blank ? ' ' : c);
	}
	while (out.len && out.ptr[out.len - 1] == ' ')
		out.ptr[--out.len] = '\0';
	if (out.len > max) {
		out.len = max;
		out.ptr[max] = '\0';
		dl_buf_puts(&out, "...");
	}
	if (!out.len) {
		dl_buf_free(&out);
		return token_text(e, max);
	}
	return dl_buf_detach(&out);
}

struct nth_state {
	unsigned want, seen;
	CXCursor found;
};

static enum CXChildVisitResult nth_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct nth_state *st = d;
	(void)parent;
	if (st->seen++ == st->want) {
		st->found = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

/* While an analysis runs, the children of each cursor asked about are kept:
 * libclang builds a visitor anew for every walk (some 2,500 instructions for
 * an expression's one child), and every phase asks about the same
 * expressions. The memo lives no longer than the analysis, the cursors'
 * translation units outliving it. */
typedef struct child_memo {
	dl_cursor_map *spans;      /* cursor -> index in starts */
	size_t *starts;            /* span i: kids[starts[i]] up to kids[starts[i + 1]] */
	size_t nstarts, capstarts;
	CXCursor *kids;
	size_t nkids, capkids;
} child_memo;

static _Thread_local child_memo *memo;

void dl_child_memo_begin(void)
{
	if (memo)
		return;
	memo = dl_xcalloc(1, sizeof(*memo));
	memo->spans = dl_cursor_map_new();
	DL_GROW(memo->starts, memo->capstarts, 1);
	memo->starts[memo->nstarts++] = 0;
}

void dl_child_memo_end(void)
{
	if (!memo)
		return;
	dl_cursor_map_free(memo->spans);
	free(memo->starts);
	free(memo->kids);
	free(memo);
	memo = NULL;
}

static enum CXChildVisitResult memo_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	child_memo *m = d;
	(void)parent;
	DL_GROW(m->kids, m->capkids, m->nkids + 1);
	m->kids[m->nkids++] = c;
	return CXChildVisit_Continue;
}

/* c's children while the memo is on (walked on first use): *kids and *n,
 * 1; 0 when it is off. */
static int memo_children(CXCursor c, const CXCursor **kids, unsigned *n)
{
	size_t span;
	if (!memo)
		return 0;
	if (!dl_cursor_map_get(memo->spans, c, &span)) {
		clang_visitChildren(c, memo_visit, memo);
		DL_GROW(memo->starts, memo->capstarts, memo->nstarts + 1);
		memo->starts[memo->nstarts] = memo->nkids;
		span = memo->nstarts++ - 1;
		dl_cursor_map_put(memo->spans, c, span);
	}
	*kids = memo->kids + memo->starts[span];
	*n = (unsigned)(memo->starts[span + 1] - memo->starts[span]);
	return 1;
}

CXCursor dl_child(CXCursor c, unsigned n)
{
	struct nth_state st = {n, 0, clang_getNullCursor()};
	const CXCursor *kids;
	unsigned count;
	if (memo_children(c, &kids, &count))
		return n < count ? kids[n] : clang_getNullCursor();
	clang_visitChildren(c, nth_visit, &st);
	return st.found;
}

unsigned dl_child_count(CXCursor c)
{
	struct nth_state st = {(unsigned)-1, 0, clang_getNullCursor()};
	const CXCursor *kids;
	unsigned count;
	if (memo_children(c, &kids, &count))
		return count;
	clang_visitChildren(c, nth_visit, &st);
	return st.seen;
}

CXCursor dl_strip(CXCursor e)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(e);
		unsigned n;
		if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
			return e;
		n = dl_child_count(e);
		/* A cast's children are its type references, then the operand; an
		 * UnexposedExpr with one child is an implicit conversion. */
		if (n == 0 || (k != CXCursor_CStyleCastExpr && n != 1))
			return e;
		e = dl_child(e, n - 1);
	}
}

/* Open addressing with linear probing, FNV-1a hashes. */
struct dl_index {
	struct slot {
		char *key;
		size_t value;
	} *slots;
	size_t cap, count;
};

size_t dl_hash_str(const char *s)
{
	size_t h = 1469598103934665603ULL;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

dl_index *dl_index_new(void)
{
	dl_index *ix = dl_xcalloc(1, sizeof(*ix));
	ix->cap = 64;
	ix->slots = dl_xcalloc(ix->cap, sizeof(*ix->slots));
	return ix;
}

void dl_index_free(dl_index *ix)
{
	size_t i;
	if (!ix)
		return;
	for (i = 0; i < ix->cap; i++)
		free(ix->slots[i].key);
	free(ix->slots);
	free(ix);
}

static struct slot *index_find(const dl_index *ix, const char *key)
{
	size_t i = dl_hash_str(key) & (ix->cap - 1);
	while (ix->slots[i].key && strcmp(ix->slots[i].key, key) != 0)
		i = (i + 1) & (ix->cap - 1);
	return &ix->slots[i];
}

void dl_index_put(dl_index *ix, const char *key, size_t value)
{
	struct slot *s;
	if ((ix->count + 1) * 2 > ix->cap) {
		struct slot *old = ix->slots;
		size_t i, oldcap = ix->cap;
		ix->cap *= 2;
		ix->slots = dl_xcalloc(ix->cap, sizeof(*ix->slots));
		for (i = 0; i < oldcap; i++)
			if (old[i].key)
				*index_find(ix, old[i].key) = old[i];
		free(old);
	}
	s = index_find(ix, key);
	if (!s->key) {
		s->key = dl_xstrdup(key);
		ix->count++;
	}
	s->value = value;
}

int dl_index_get(const dl_index *ix, const char *key, size_t *value)
{
	const struct slot *s = index_find(ix, key);
	if (!s->key)
		return 0;
	if (value)
		*value = s->value;
	return 1;
}

size_t dl_index_count(const dl_index *ix)
{
	return ix->count;
}

/* Opens a file to read whole. A device (/dev/zero) never ends and the open of a
 * FIFO blocks until a writer comes: devices are refused, a FIFO is opened without
 * waiting (and then reads as empty when nobody writes to it). */
static FILE *open_whole(const char *path)
{
	struct stat st;
	FILE *f;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : ENODEV;
		return NULL;
	}
	fcntl(fd, F_SETFL, 0);
	if (!(f = fdopen(fd, "rb")))
		close(fd);
	return f;
}

int dl_read_file(const char *path, dl_buf *out)
{
	char chunk[65536];
	size_t n;
	int saved, failed;
	FILE *f = open_whole(path);
	if (!f)
		return DL_ERR_IO;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		dl_buf_putn(out, chunk, n);
	failed = ferror(f);
	saved = errno;
	fclose(f);
	if (!failed)
		return DL_OK;
	errno = saved ? saved : EIO;
	return DL_ERR_IO;
}

int dl_is_ref_named(CXCursor e, const char *name)
{
	char *s;
	int eq;
	e = dl_strip(e);
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return 0;
	s = dl_cursor_spelling(e);
	eq = !strcmp(s, name);
	free(s);
	return eq;
}

char *dl_callee_name(CXCursor call)
{
	CXCursor decl = clang_getCursorReferenced(call);
	if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
		return NULL;
	return dl_cursor_spelling(decl);
}

static int env_true(const char *name)
{
	const char *v = getenv(name);
	return v && *v && strcasecmp(v, "false") && strcmp(v, "0");
}

int dl_in_ci(void)
{
	return env_true("CI") || env_true("TF_BUILD");
}

int dl_eval_int(CXCursor e, long long *v)
{
	CXEvalResult r;
	int ok = 0;
	if (clang_Cursor_isNull(e) || !clang_isExpression(clang_getCursorKind(e)))
		return 0;
	r = clang_Cursor_Evaluate(e);
	if (!r)
		return 0;
	if (clang_EvalResult_getKind(r) == CXEval_Int) {
		*v = clang_EvalResult_getAsLongLong(r);
		ok = 1;
	}
	clang_EvalResult_dispose(r);
	return ok;
}

/* ------------------------------------------------------------ cursor map */

typedef struct cursor_slot {
	CXCursor c;
	unsigned hash;
	int used;
	size_t value;
} cursor_slot;

struct dl_cursor_map {
	cursor_slot *slots;
	size_t cap, n;             /* cap: a power of two, at most half full */
};

dl_cursor_map *dl_cursor_map_new(void)
{
	dl_cursor_map *m = dl_xcalloc(1, sizeof(*m));
	m->cap = 64;
	m->slots = dl_xcalloc(m->cap, sizeof(*m->slots));
	return m;
}

void dl_cursor_map_free(dl_cursor_map *m)
{
	if (!m)
		return;
	free(m->slots);
	free(m);
}

static cursor_slot *cursor_find(const dl_cursor_map *m, CXCursor c, unsigned hash)
{
	size_t i = hash & (m->cap - 1);
	while (m->slots[i].used && !(m->slots[i].hash == hash && clang_equalCursors(m->slots[i].c, c)))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

void dl_cursor_map_put(dl_cursor_map *m, CXCursor c, size_t value)
{
	unsigned hash = clang_hashCursor(c);
	cursor_slot *s;
	if (2 * (m->n + 1) > m->cap) {
		cursor_slot *old = m->slots;
		size_t i, cap = m->cap;
		m->cap *= 2;
		m->slots = dl_xcalloc(m->cap, sizeof(*m->slots));
		for (i = 0; i < cap; i++)
			if (old[i].used)
				*cursor_find(m, old[i].c, old[i].hash) = old[i];
		free(old);
	}
	s = cursor_find(m, c, hash);
	if (!s->used) {
		s->used = 1;
		s->c = c;
		s->hash = hash;
		m->n++;
	}
	s->value = value;
}

int dl_cursor_map_get(const dl_cursor_map *m, CXCursor c, size_t *value)
{
	const cursor_slot *s = cursor_find(m, c, clang_hashCursor(c));
	if (!s->used)
		return 0;
	if (value)
		*value = s->value;
	return 1;
}
