/*
 * The project configuration, .drvlint.json (docs/configuration.md, schema in
 * docs/drvlint.schema.json): which rules run and at what level, extra compiler
 * arguments, and the driver's own vocabulary — wrappers that act like the
 * kernel functions the analysis knows (a project's SafeProbeRead, its own
 * lock helpers...).
 *
 * The run (analyzer/run.c) loads it before the analysis and publishes it with
 * dl_set_active_config(); analysis plug-ins read it through dl_active_config()
 * and the dl_config_* queries below, which all accept a NULL configuration
 * (no file: nothing configured).
 */
#ifndef DRVLINT_CONFIG_H
#define DRVLINT_CONFIG_H

#include <stddef.h>
#include "drvlint/rules.h"

/* The name of the file searched for upward from the analyzed files. */
#define DL_CONFIG_NAME ".drvlint.json"

/* The function lists of the vocabulary ("functions" in the file). */
typedef enum dl_config_list {
	DL_CONFIG_SOURCES = 0,   /* return a user-mode address */
	DL_CONFIG_SANITIZERS,    /* probe argument `arg` like ProbeForRead */
	DL_CONFIG_ACCESSES,      /* read or write through argument `arg` like memcpy */
	DL_CONFIG_RAISE_IRQL,    /* raise the IRQL to `level` like KeRaiseIrql */
	DL_CONFIG_LOWER_IRQL,    /* restore the IRQL like KeLowerIrql */
	DL_CONFIG_PAGEABLE,      /* must run below DISPATCH_LEVEL, like a PAGE-section function */
	DL_CONFIG_NLISTS
} dl_config_list;

typedef struct dl_config_fn {
	char *name;
	int arg;      /* argument index (sanitizers, accesses), 0 unless given */
	int level;    /* raiseIrql: the dl_irql value reached (include/drvlint/model.h), default DISPATCH */
} dl_config_fn;

/* A spin-lock pair: `acquire` raises to DISPATCH_LEVEL, `release` restores. */
typedef struct dl_config_lock {
	char *acquire, *release;
} dl_config_lock;

typedef struct dl_config {
	char *path;                       /* the file it was read from */
	char *dir;                        /* its directory (relative include dirs are taken from it) */
	signed char rule_on[DL_MAX_RULES];/* -1 not configured, 0 off, 1 on */
	dl_level rule_level[DL_MAX_RULES];/* DL_LEVEL_NONE: the rule's default */
	char **args;                      /* compiler arguments: args, then -D defines, then -I dirs */
	size_t nargs;
	dl_config_fn *fns[DL_CONFIG_NLISTS];
	size_t nfns[DL_CONFIG_NLISTS];
	dl_config_lock *locks;
	size_t nlocks;
} dl_config;

/* Parses the text of a configuration file; `path` names it in messages and
 * anchors relative include directories. 0 ok; DL_ERR_USAGE with *err a
 * malloc'd one-line message "PATH: ..." naming the offending key. No I/O. */
int dl_config_parse(const char *text, size_t len, const char *path, dl_config **out, char **err);
/* Reads and parses a file: DL_ERR_IO when it cannot be read, else as above. */
int dl_config_load(const char *path, dl_config **out, char **err);
/* The nearest DL_CONFIG_NAME in `dir` or above it, malloc'd; NULL when none. */
char *dl_config_find(const char *dir);
void dl_config_free(dl_config *cfg);

/* The rule selection with the file's "rules" applied (before --rules). */
void dl_config_apply_rules(const dl_config *cfg, dl_rule_set *rules);
/* The level findings of `rule` get: configured, else the rule's default. */
dl_level dl_config_level(const dl_config *cfg, const dl_rule *rule);

/* ---- vocabulary queries for analysis plug-ins (cfg may be NULL) ---- */

/* The entry for `name` in `list`, or NULL. */
const dl_config_fn *dl_config_lookup(const dl_config *cfg, dl_config_list list, const char *name);
/* The function returns a user-mode address (treat its result like Irp->UserBuffer). */
int dl_config_is_source(const dl_config *cfg, const char *name);
/* The function probes argument *arg like ProbeForRead (a completed call sanitizes it). */
int dl_config_is_sanitizer(const dl_config *cfg, const char *name, int *arg);
/* The function reads or writes through argument *arg (an access, like memcpy's). */
int dl_config_is_access(const dl_config *cfg, const char *name, int *arg);
/* The function must run below DISPATCH_LEVEL (treat like a PAGE-section function). */
int dl_config_is_pageable(const dl_config *cfg, const char *name);
/* The function raises the IRQL to *level (a dl_irql value). */
int dl_config_raises_irql(const dl_config *cfg, const char *name, int *level);
/* The function restores the IRQL a raise saved (like KeLowerIrql). */
int dl_config_lowers_irql(const dl_config *cfg, const char *name);
/* Spin-lock helpers: acquire raises to DISPATCH_LEVEL, release restores. The
 * lock is argument 0 of both. The lock pair is returned, or NULL. */
const dl_config_lock *dl_config_lock_acquire(const dl_config *cfg, const char *name);
const dl_config_lock *dl_config_lock_release(const dl_config *cfg, const char *name);

/* The configuration of the current run (NULL when none). Set once by the run
 * before the analysis starts; read-only afterwards, so any thread may read it. */
const dl_config *dl_active_config(void);
void dl_set_active_config(const dl_config *cfg);

#endif
