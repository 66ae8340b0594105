/*
 * In-source suppressions (analyzer/suppress.c): comments of the form
 *
 *   // drvlint: ignore[rule-id] reason              this line, or the next line of code
 *   // drvlint: begin-ignore[rule-id] reason        ... up to ...
 *   // drvlint: end-ignore[rule-id]
 *
 * (several ids comma-separated; block comments work too). The parser is a
 * pure function of the source text so it can be fuzzed on its own; the run
 * applies the result to the findings (analyzer/results.c).
 */
#ifndef DRVLINT_SUPPRESS_H
#define DRVLINT_SUPPRESS_H

#include <stddef.h>

typedef enum dl_supp_kind {
	DL_SUPP_IGNORE = 0,
	DL_SUPP_BEGIN,
	DL_SUPP_END
} dl_supp_kind;

/* One rule id of one suppression comment (a comment naming two ids gives two). */
typedef struct dl_suppression {
	dl_supp_kind kind;
	char *rule;            /* rule id as written; NULL when the comment names none */
	char *reason;          /* the justification, white space folded; "" when none */
	unsigned line, column; /* where "drvlint:" is written (1-based, column in bytes) */
	unsigned first, last;  /* the lines it covers; 0, 0 for END and malformed ones */
	char *problem;         /* why the comment is malformed (then it covers nothing), or NULL */
} dl_suppression;

typedef struct dl_suppressions {
	dl_suppression *items;   /* in the order of the comments */
	size_t count, cap;
} dl_suppressions;

/* Appends the suppressions of C source `text` (len bytes, need not be
 * NUL-terminated) to `out`. Malformed comments become items with `problem`
 * set: one item per comment. Never fails. */
void dl_suppressions_parse(const char *text, size_t len, dl_suppressions *out);
void dl_suppressions_clear(dl_suppressions *s);   /* frees contents; s stays usable */

#endif
