/* Shared basics: error codes, allocation, growable strings, arenas, cursor helpers. */
#ifndef DRVLINT_COMMON_H
#define DRVLINT_COMMON_H

#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <clang-c/Index.h>

/* 1 in AddressSanitizer builds (gcc says so one way, clang another). */
#if defined(__SANITIZE_ADDRESS__)
#define DL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DL_ASAN 1
#endif
#endif
#ifndef DL_ASAN
#define DL_ASAN 0
#endif

/* Return codes: 0 ok, negative error (libgit2 style). */
enum {
	DL_OK = 0,
	DL_ERR_NOMEM = -1,
	DL_ERR_IO = -2,     /* missing, unreadable or unwritable file */
	DL_ERR_PARSE = -3,  /* input that cannot be analyzed */
	DL_ERR_USAGE = -4,  /* bad option or configuration */
	DL_ERR_LIMIT = -5   /* a resource limit was hit */
};

/* Running in CI: CI (GitHub, GitLab) or TF_BUILD (Azure DevOps) set and not
 * "false" or "0". */
int dl_in_ci(void);

/* The value of integer constant expression `e`: 1 and *v set, or 0. */
int dl_eval_int(CXCursor e, long long *v);

/* Allocation that cannot fail: on exhaustion drvlint prints one line and exits 2. */
void *dl_xmalloc(size_t n);
void *dl_xcalloc(size_t n, size_t size);
void *dl_xrealloc(void *p, size_t n);
char *dl_xstrdup(const char *s);
char *dl_xstrndup(const char *s, size_t n);
char *dl_xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grows a vector of `size`-byte elements so that index `need - 1` fits. */
void dl_grow(void **items, size_t *cap, size_t need, size_t size);
#define DL_GROW(ptr, cap, need) dl_grow((void **)&(ptr), &(cap), (need), sizeof(*(ptr)))

/* Growable string. A zeroed dl_buf is empty and valid. */
typedef struct dl_buf {
	char *ptr;
	size_t len, cap;
} dl_buf;

void dl_buf_puts(dl_buf *b, const char *s);
void dl_buf_putn(dl_buf *b, const char *s, size_t n);
void dl_buf_putc(dl_buf *b, char c);
void dl_buf_printf(dl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dl_buf_vprintf(dl_buf *b, const char *fmt, va_list ap);
const char *dl_buf_cstr(dl_buf *b);      /* never NULL */
char *dl_buf_detach(dl_buf *b);          /* caller frees; b becomes empty */
void dl_buf_free(dl_buf *b);

/* Arena: many small allocations freed together (per analysed function). */
typedef struct dl_arena dl_arena;
dl_arena *dl_arena_new(void);
void *dl_arena_alloc(dl_arena *a, size_t n);   /* zeroed */
char *dl_arena_strdup(dl_arena *a, const char *s);
size_t dl_arena_bytes(const dl_arena *a);      /* what it holds, chunks whole */
/* A point to go back to: dl_arena_restore frees everything allocated since
 * dl_arena_save (for work whose results are copied out of the arena). */
typedef struct dl_arena_mark {
	const void *chunk;
	size_t used, bytes;
} dl_arena_mark;
dl_arena_mark dl_arena_save(const dl_arena *a);
void dl_arena_restore(dl_arena *a, dl_arena_mark m);
void dl_arena_free(dl_arena *a);

/* libclang strings are copied where they are read, never stored. */
char *dl_cxstring(CXString s);                 /* malloc'd copy, disposes s */
char *dl_cursor_spelling(CXCursor c);          /* malloc'd */
char *dl_cursor_usr(CXCursor c);               /* malloc'd, "" when none */

/* Source location of a cursor. `file` is malloc'd (NULL when unknown). */
typedef struct dl_loc {
	char *file;
	unsigned line, column;
} dl_loc;

void dl_loc_of_cursor(CXCursor c, dl_loc *out);
void dl_loc_copy(dl_loc *dst, const dl_loc *src);
void dl_loc_free(dl_loc *l);

/* Source text of a cursor's extent, whitespace folded, at most `max` bytes ("..." when cut). */
char *dl_cursor_text(CXCursor c, size_t max);

/* Writes `path` whole or not at all: `fill` writes to a temporary in the
 * same directory (returning <0 on failure, errno set), which is then renamed
 * over `path`; an interrupt removes the temporary. 0 or an errno value. */
typedef int (*dl_fill_fn)(FILE *f, void *arg);
int dl_write_atomic(const char *path, dl_fill_fn fill, void *arg);

/* Reads a whole file into `out` (appending). 0 ok; DL_ERR_IO with errno set. */
int dl_read_file(const char *path, dl_buf *out);

/* The name of the function a call calls directly (malloc'd), NULL for a call
 * through a pointer. */
char *dl_callee_name(CXCursor call);

/* Does expression `e` (parentheses and casts stripped) name the declaration `name`? */
int dl_is_ref_named(CXCursor e, const char *name);

/* Strips parentheses, casts and implicit conversions from an expression. */
CXCursor dl_strip(CXCursor e);

/* First child of a cursor (clang_getNullCursor() when none), and the n-th. */
CXCursor dl_child(CXCursor c, unsigned n);
unsigned dl_child_count(CXCursor c);
/* Between begin and end, on the calling thread, dl_child and dl_child_count
 * walk each cursor's children once. End before a translation unit whose
 * cursors were asked about is disposed. */
void dl_child_memo_begin(void);
void dl_child_memo_end(void);

/* Cursor-keyed hash map to size_t (clang_hashCursor, clang_equalCursors):
 * for facts worked out once per cursor. */
typedef struct dl_cursor_map dl_cursor_map;
dl_cursor_map *dl_cursor_map_new(void);
void dl_cursor_map_free(dl_cursor_map *m);   /* NULL is a no-op */
void dl_cursor_map_put(dl_cursor_map *m, CXCursor c, size_t value);
int dl_cursor_map_get(const dl_cursor_map *m, CXCursor c, size_t *value);  /* 1 found, 0 not */

#endif

#ifndef DRVLINT_INDEX_DEFINED
#define DRVLINT_INDEX_DEFINED
/* String-keyed hash map to size_t (keys are copied). */
typedef struct dl_index dl_index;
size_t dl_hash_str(const char *s);   /* the index's hash (FNV-1a) */
dl_index *dl_index_new(void);
void dl_index_free(dl_index *ix);
void dl_index_put(dl_index *ix, const char *key, size_t value);
int dl_index_get(const dl_index *ix, const char *key, size_t *value);  /* 1 found, 0 not */
size_t dl_index_count(const dl_index *ix);
#endif
