/*
 * The command line (design.md section 5): options parsed into a struct without
 * side effects (analyzer/cli.c), and the run that acts on them (analyzer/run.c).
 */
#ifndef DRVLINT_CLI_H
#define DRVLINT_CLI_H

#include <stddef.h>
#include "drvlint/isolate.h"
#include "drvlint/pch.h"
#include "drvlint/rules.h"

/* What goes to stdout. */
typedef enum dl_format {
	DL_FORMAT_GCC = 0,
	DL_FORMAT_MSVC,
	DL_FORMAT_SARIF,
	DL_FORMAT_JSON,
	DL_FORMAT_CODECLIMATE,   /* GitLab Code Quality */
	DL_FORMAT_MARKDOWN       /* review summary */
} dl_format;

/* --color: ANSI colours in the text formats. */
typedef enum dl_color {
	DL_COLOR_AUTO = 0,       /* when stdout is a terminal and NO_COLOR is unset */
	DL_COLOR_ALWAYS,
	DL_COLOR_NEVER
} dl_color;

/* What the invocation asks for: analysis, or one of the informational options. */
typedef enum dl_action {
	DL_ACTION_RUN = 0,
	DL_ACTION_HELP,
	DL_ACTION_VERSION,
	DL_ACTION_LIST_RULES,
	DL_ACTION_EXPLAIN,        /* explain_rule */
	DL_ACTION_PRINT_ARGS      /* print_args_file */
} dl_action;

/* Strings point into the argv that was parsed; only the arrays are owned. */
typedef struct dl_options {
	dl_action action;
	const char **files;           /* FILE arguments, in order */
	size_t nfiles;
	const char **compiler_args;   /* everything after `--` */
	size_t ncompiler_args;
	const char *compdb;           /* -p PATH, or NULL: search upward */
	const char *sarif;            /* --sarif FILE, or NULL */
	dl_format format;
	dl_rule_set rules;            /* all on, then every --rules applied in order */
	const char **rule_specs;      /* every --rules, in order (the run applies them after the configuration) */
	size_t nrule_specs;
	unsigned jobs;                /* -j N; default: online CPUs */
	int strict;                   /* compile errors make the exit status 2 */
	const char *explain_rule;
	const char *print_args_file;
	dl_level fail_on;             /* findings at this level or above exit 1; NONE: never (default NOTE) */
	dl_color color;
	const char *config;           /* --config FILE, or NULL: .drvlint.json searched upward */
	const char *baseline;         /* --baseline SARIF, or NULL */
	const char *changed_since;    /* --changed-since REV, or NULL */
	const char *cache;            /* --cache DIR, or NULL */
	int show_suppressed;          /* SARIF lists suppressed findings */
	int report_unused;            /* --report-unused-suppressions */
	dl_limits limits;             /* --isolate, --max-memory, --timeout, --max-file-size */
	int srcroot_uri;              /* --srcroot-uri: SARIF declares the absolute source root */
	dl_pch_mode pch;              /* --pch */
} dl_options;

/* The largest -j accepted. */
#define DL_MAX_JOBS 1024

/* Parses argv[1..argc-1]. 0 ok; DL_ERR_USAGE with *err a malloc'd one-line
 * problem (no "drvlint:" prefix). `o` must be freed with dl_options_free either way. */
int dl_cli_parse(dl_options *o, int argc, char **argv, char **err);
void dl_options_free(dl_options *o);

/* The text of --help. */
const char *dl_cli_usage(void);

/* Carries out the options; returns the process exit status (0 no findings,
 * 1 findings, 2 errors). argv is recorded in the SARIF invocation. */
int dl_run(const dl_options *o, int argc, char **argv);

#endif
