/* Internal to the writers (analyzer/output_*.c, analyzer/fingerprint.c). */
#ifndef DRVLINT_OUTPUT_PRIV_H
#define DRVLINT_OUTPUT_PRIV_H

#include <stdint.h>
#include "drvlint/output.h"

/* Where the project and each rule's page live (SARIF helpUri, Markdown links). */
#define DL_INFO_URI "https://github.com/drvlint/drvlint"
#define DL_RULE_DOC_URI DL_INFO_URI "/blob/main/docs/rules/"

/* The code point at s[*i] (advancing *i past it). An invalid byte decodes as
 * U+FFFD and advances by one, so every byte is accounted for. */
uint32_t dl_utf8_next(const char *s, size_t len, size_t *i);
/* Malloc'd copy of s with each invalid UTF-8 byte replaced by U+FFFD: JSON
 * output must be UTF-8 whatever bytes the driver source holds. */
char *dl_utf8_clean(const char *s);

/* Malloc'd absolute form of path (a relative one is taken from the working
 * directory), with "." components and repeated slashes removed and ".." applied. */
char *dl_abs_path(const char *path);
/* The part of `abs` below directory `root` (both from dl_abs_path), or NULL. */
const char *dl_path_below(const char *root, const char *abs);

/* A source file as the writers show it: read once per report. */
typedef struct dl_srcfile {
	char *text;
	size_t len;
	size_t *lines;     /* byte offset of each line; CR, LF and CRLF end lines, as in clang */
	size_t nlines;
	char **hashes;     /* primaryLocationLineHash per line, made on first use */
	size_t nhashes;
} dl_srcfile;

typedef struct dl_srccache dl_srccache;
dl_srccache *dl_srccache_new(void);
void dl_srccache_free(dl_srccache *c);
/* The file at path, or NULL when it cannot be read (remembered, not retried). */
dl_srcfile *dl_srccache_get(dl_srccache *c, const char *path);
/* Line `line` (1-based) without its line end; NULL when there is no such line. */
const char *dl_srcfile_line(const dl_srcfile *f, unsigned line, size_t *len);
/* The line's primaryLocationLineHash, or NULL when there is no such line. */
const char *dl_srcfile_hash(dl_srcfile *f, unsigned line);

#endif
