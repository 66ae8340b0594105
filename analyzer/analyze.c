/* Whole-program analysis (see include/drvlint/analyze.h). */
#include "drvlint/analyze.h"

int dl_analyze(dl_program *prog, const dl_rule_set *rules, dl_findings *out)
{
	(void)prog;
	(void)rules;
	dl_findings_sort_unique(out);
	return DL_OK;
}
