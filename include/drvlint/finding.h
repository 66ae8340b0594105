/* The finding model: what a rule reports, with the path that explains it. */
#ifndef DRVLINT_FINDING_H
#define DRVLINT_FINDING_H

#include "drvlint/common.h"

struct dl_rule;

typedef enum dl_level {
	DL_LEVEL_NONE = 0,
	DL_LEVEL_NOTE,
	DL_LEVEL_WARNING,
	DL_LEVEL_ERROR
} dl_level;

const char *dl_level_name(dl_level l);          /* "error", "warning", "note", "none" */
int dl_level_parse(const char *s, dl_level *out); /* 0 ok, DL_ERR_USAGE */

/* One step of a finding's path (SARIF threadFlow location, text `note:`). */
typedef struct dl_step {
	dl_loc loc;
	char *message;
} dl_step;

typedef struct dl_finding {
	const struct dl_rule *rule;
	dl_level level;
	char *message;      /* one sentence naming the pointer or callee */
	dl_loc loc;         /* the access or call */
	dl_step *steps;     /* source -> ... -> decision point -> the finding */
	size_t nsteps;
} dl_finding;

typedef struct dl_findings {
	dl_finding *items;
	size_t count, cap;
} dl_findings;

/* Frees n steps and the array (NULL is fine). */
void dl_steps_free(dl_step *steps, size_t n);

/* Adds a finding; copies everything it is given. */
void dl_findings_add(dl_findings *fs, const struct dl_rule *rule, dl_level level,
		     const dl_loc *loc, const char *message,
		     const dl_step *steps, size_t nsteps);
/* Sorts by file, line, column, rule and drops exact duplicates (same rule, location, message). */
void dl_findings_sort_unique(dl_findings *fs);
void dl_findings_clear(dl_findings *fs);   /* frees contents; fs stays usable */
void dl_findings_truncate(dl_findings *fs, size_t count);   /* frees those after `count` */

#endif
