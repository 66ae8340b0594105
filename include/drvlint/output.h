/* Writers for findings: gcc/msvc text, SARIF 2.1.0, JSON, GitLab Code Quality,
 * Markdown (analyzer/output_*.c). */
#ifndef DRVLINT_OUTPUT_H
#define DRVLINT_OUTPUT_H

#include <stdio.h>
#include "drvlint/baseline.h"
#include "drvlint/finding.h"
#include "drvlint/rules.h"

/* A file-level notification (SARIF toolExecutionNotifications). */
typedef struct dl_notice {
	dl_level level;      /* WARNING: compile errors, still analyzed; ERROR: not analyzed */
	char *file;          /* absolute path or NULL */
	char *message;
} dl_notice;

/* What the run decided about one finding (analyzer/results.c). */
typedef struct dl_result_meta {
	int hidden;                  /* outside the lines --changed-since selects: not shown anywhere */
	char *justification;         /* suppressed in source with this reason, or NULL */
	dl_baseline_state baseline;  /* NONE without --baseline */
} dl_result_meta;

/* Everything one run produced, as the writers see it. */
typedef struct dl_report {
	const dl_findings *findings;
	const dl_notice *notices;
	size_t nnotices;
	const dl_rule *const *rule_list; /* the rules that ran, in registry order (SARIF rules[]) */
	size_t nrules;
	const char *srcroot;        /* absolute directory URIs are made relative to (%SRCROOT%) */
	int execution_successful;   /* 0 when a file could not be analyzed */
	char **argv;                /* command line, for SARIF invocations */
	int argc;
	int show_source;            /* print the source line and a caret under gcc-style findings */
	int color;                  /* ANSI colours (gcc style) */
	const dl_result_meta *meta; /* per finding, or NULL: every finding is new and shown */
	int show_suppressed;        /* SARIF lists suppressed findings, with their justification */
	int hide_srcroot;           /* SARIF: no originalUriBaseIds, and the command line without
	                             * the host's srcroot and program path (unless --srcroot-uri) */
	const dl_baseline_result *const *absent; /* baseline results gone now (SARIF "absent") */
	size_t nabsent;
} dl_report;

/* Does finding i count: shown by the text formats and in the exit status?
 * Not when hidden, suppressed, or already in the baseline. */
int dl_report_counts(const dl_report *r, size_t i);
/* Is finding i in the SARIF log? Counted ones, baseline ones, and suppressed
 * ones with show_suppressed. */
int dl_report_in_sarif(const dl_report *r, size_t i);

/* Path as shown to users: relative to srcroot when below it, else as is. Malloc'd. */
char *dl_display_path(const char *srcroot, const char *path);

/* gcc style: file:line:col: error: message [rule-id], then `note:` lines for the path. */
int dl_write_gcc(FILE *out, const dl_report *r);
/* msvc style: file(line,col): error rule-id: message */
int dl_write_msvc(FILE *out, const dl_report *r);
/* SARIF 2.1.0 document (design.md section 6). 0 ok, DL_ERR_IO on write error. */
int dl_write_sarif(FILE *out, const dl_report *r);
/* SARIF to a file: written to a temporary beside it and renamed, so the file is
 * whole or untouched. *err: malloc'd one-line message on failure. */
int dl_write_sarif_file(const char *path, const dl_report *r, char **err);
/* The JSON format: one stable document (docs/json-format.md). */
int dl_write_json(FILE *out, const dl_report *r);
/* GitLab Code Quality report: a JSON array of issues (docs/ci.md). */
int dl_write_codeclimate(FILE *out, const dl_report *r);
/* A short review summary: counts by rule, each finding in a <details> block. */
int dl_write_markdown(FILE *out, const dl_report *r);

/* GitHub's primaryLocationLineHash for every line of `text` (shared/sarif/FINGERPRINT.md).
 * Returns a malloc'd array of malloc'd strings "hex:n", *nlines set. */
char **dl_line_hashes(const char *text, size_t len, size_t *nlines);
void dl_line_hashes_free(char **h, size_t n);

#endif
