/*
 * Whole-program analysis: runs the flow engine with every domain over each
 * function of the program, dispatches events to the enabled checks and
 * collects their findings (analyzer/analyze.c).
 */
#ifndef DRVLINT_ANALYZE_H
#define DRVLINT_ANALYZE_H

#include "drvlint/model.h"
#include "drvlint/rules.h"
#include "drvlint/finding.h"

/* 0 ok. Findings are appended to `out` (sorted and de-duplicated). */
int dl_analyze(dl_program *prog, const dl_rule_set *rules, dl_findings *out);

#endif
