/*
 * Baselines (analyzer/baseline.c): the results of an earlier SARIF log, and
 * matching the current findings against them, so that only new findings fail
 * a build. Both functions are pure (text in, data out) so they can be fuzzed.
 *
 * A current finding matches a baseline result with the same rule, the same
 * file and the same partialFingerprints.primaryLocationLineHash (which hashes
 * the code from the finding's line on, not its line number, so it survives
 * code moving up or down). Same message too: unchanged; another message:
 * updated. The hash also covers the next lines, so when they changed (an edit
 * below the finding, the function moved elsewhere) a finding with the same
 * message and the same line of code (region.snippet, white space ignored)
 * is unchanged too. Unmatched findings are new; unmatched baseline results
 * are absent. A baseline result without a fingerprint is matched by its line.
 */
#ifndef DRVLINT_BASELINE_H
#define DRVLINT_BASELINE_H

#include <stddef.h>
#include "drvlint/finding.h"

/* SARIF baselineState. NONE: no baseline was given. */
typedef enum dl_baseline_state {
	DL_BASELINE_NONE = 0,
	DL_BASELINE_NEW,
	DL_BASELINE_UNCHANGED,
	DL_BASELINE_UPDATED,
	DL_BASELINE_ABSENT
} dl_baseline_state;

const char *dl_baseline_state_name(dl_baseline_state s);   /* "new", "unchanged"... */

/* One result of the baseline log. */
typedef struct dl_baseline_result {
	char *rule;          /* ruleId */
	char *path;          /* the location's URI decoded: relative to %SRCROOT% or absolute; NULL when none */
	char *uri;           /* the URI as written in the log (for re-emitting it) */
	char *uri_base;      /* its uriBaseId, or NULL */
	unsigned line, column;
	char *fingerprint;   /* primaryLocationLineHash, or NULL */
	char *snippet;       /* region.snippet.text: the line of code, or NULL */
	char *message;
	dl_level level;
} dl_baseline_result;

typedef struct dl_baseline {
	dl_baseline_result *items;
	size_t count;
} dl_baseline;

/* Reads the results of a SARIF log (every run). 0 ok; DL_ERR_PARSE with *err
 * a malloc'd one-line message saying what is wrong (no file name in it). */
int dl_baseline_parse(const char *text, size_t len, dl_baseline **out, char **err);
/* Reads and parses a file; DL_ERR_IO or DL_ERR_PARSE with *err "PATH: ...". */
int dl_baseline_load(const char *path, dl_baseline **out, char **err);
void dl_baseline_free(dl_baseline *b);

/* What is compared of a current finding; path as in dl_baseline_result. */
typedef struct dl_baseline_key {
	const char *rule, *path, *fingerprint, *message;
	const char *snippet;   /* the line of code, or NULL */
	unsigned line;
} dl_baseline_key;

/* Sets states[i] for each of the n current keys (NEW, UNCHANGED or UPDATED)
 * and used[j] to 1 for each baseline result matched (the rest are absent). */
void dl_baseline_match(const dl_baseline *b, const dl_baseline_key *keys, size_t n,
		       dl_baseline_state *states, unsigned char *used);

#endif
