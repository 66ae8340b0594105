/*
 * From the analysis' findings to what a run reports (analyzer/results.c):
 * configured levels, in-source suppressions (include/drvlint/suppress.h),
 * --changed-since and --baseline, and the two rules of the suppression
 * machinery itself, invalid-suppression and unused-suppression.
 */
#ifndef DRVLINT_RESULTS_H
#define DRVLINT_RESULTS_H

#include "drvlint/baseline.h"
#include "drvlint/config.h"
#include "drvlint/gitdiff.h"
#include "drvlint/output.h"

extern const dl_rule dl_rule_invalid_suppression;
extern const dl_rule dl_rule_unused_suppression;

typedef struct dl_results_opts {
	const dl_config *cfg;            /* levels; NULL: the rules' defaults */
	const dl_rule_set *rules;        /* the rules that ran */
	const char *const *files;        /* the analyzed sources (absolute), searched for suppressions */
	size_t nfiles;
	int report_unused;               /* report suppressions that matched nothing */
	const dl_changes *changes;       /* --changed-since: hide findings elsewhere; NULL: none */
	const dl_baseline *baseline;     /* --baseline, or NULL */
	const char *srcroot;             /* paths compared with the baseline's are relative to it */
} dl_results_opts;

typedef struct dl_results {
	dl_result_meta *meta;                      /* one per finding, in the findings' final order */
	const dl_baseline_result **absent;         /* baseline results not found now */
	size_t nabsent;
	size_t nmeta;
} dl_results;

/* Adds the suppression findings to `fs`, sorts it, and decides about each
 * finding. `out` points into o->baseline: keep that alive while it is used. */
void dl_results_prepare(dl_findings *fs, const dl_results_opts *o, dl_results *out);
void dl_results_clear(dl_results *r);

/* How many counted findings are at `fail_on` or above (DL_LEVEL_NONE: none
 * fail). Non-zero makes the exit status 1. */
size_t dl_results_failing(const dl_report *rep, dl_level fail_on);

#endif
