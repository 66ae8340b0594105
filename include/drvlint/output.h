/* Writers for findings: gcc/msvc text, SARIF 2.1.0, JSON (analyzer/output_*.c). */
#ifndef DRVLINT_OUTPUT_H
#define DRVLINT_OUTPUT_H

#include <stdio.h>
#include "drvlint/finding.h"
#include "drvlint/rules.h"

/* A file-level notification (SARIF toolExecutionNotifications). */
typedef struct dl_notice {
	dl_level level;      /* WARNING: compile errors, still analyzed; ERROR: not analyzed */
	char *file;          /* absolute path or NULL */
	char *message;
} dl_notice;

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
} dl_report;

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

/* GitHub's primaryLocationLineHash for every line of `text` (shared/sarif/FINGERPRINT.md).
 * Returns a malloc'd array of malloc'd strings "hex:n", *nlines set. */
char **dl_line_hashes(const char *text, size_t len, size_t *nlines);
void dl_line_hashes_free(char **h, size_t n);

#endif
