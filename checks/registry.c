/* The registry array, built from checks/rules.def. */
#include "drvlint/rules.h"

#define DL_RULE(sym) extern const dl_rule sym;
#include "rules.def"
#undef DL_RULE

const dl_rule *const dl_rules[] = {
#define DL_RULE(sym) &sym,
#include "rules.def"
#undef DL_RULE
	NULL
};

const size_t dl_rule_count = sizeof(dl_rules) / sizeof(dl_rules[0]) - 1;
