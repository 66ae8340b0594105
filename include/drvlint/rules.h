/*
 * The rule registry. A rule is one file in checks/ defining a `const dl_rule`,
 * one line in checks/rules.def, one page docs/rules/<id>.md and one testdata file.
 * The registry feeds --list-rules, --rules, --explain and SARIF rules[].
 */
#ifndef DRVLINT_RULES_H
#define DRVLINT_RULES_H

#include <stddef.h>
#include "drvlint/finding.h"

typedef struct dl_checker dl_checker;   /* where checks register (analyzer/check.c) */

typedef struct dl_rule {
	const char *id;                /* "unprobed-user-pointer" */
	const char *name;              /* SARIF name, "UnprobedUserPointer" */
	const char *summary;           /* one line: --list-rules, shortDescription */
	const char *description;       /* a paragraph: fullDescription */
	dl_level level;                /* default level */
	const char *tags;              /* space separated: "security external/cwe/cwe-822" */
	const char *precision;         /* "very-high", "high", "medium", "low" */
	const char *security_severity; /* "8.8" (GitHub's 0.0-10.0 scale) */
	void (*init)(dl_checker *reg); /* registers the check's event handlers */
} dl_rule;

extern const dl_rule *const dl_rules[];
extern const size_t dl_rule_count;

const dl_rule *dl_rule_find(const char *id);
size_t dl_rule_index(const dl_rule *r);      /* position in dl_rules[] */
const char *dl_rule_doc(const dl_rule *r);   /* markdown of docs/rules/<id>.md, built in; "" if none */

/* Which rules run. Spec: comma separated, `*` all, `-id` off, `id` on, `-*` all off,
 * applied left to right starting from all on. */
#define DL_MAX_RULES 64
typedef struct dl_rule_set {
	unsigned char on[DL_MAX_RULES];
} dl_rule_set;

void dl_rule_set_all(dl_rule_set *s);
/* 0 ok; DL_ERR_USAGE with *err a malloc'd one-line message naming the unknown id. */
int dl_rule_set_parse(dl_rule_set *s, const char *spec, char **err);
int dl_rule_enabled(const dl_rule_set *s, const dl_rule *r);

#endif
