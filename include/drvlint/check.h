/*
 * The interface of a check (one file per rule in checks/). A check registers handlers for the
 * events it cares about; the analysis replays every function's events with the
 * facts at each point, and the check reads them through the plug-ins' query
 * functions (include/drvlint/uptr.h, irql.h) and reports. Checks never walk
 * the AST themselves.
 */
#ifndef DRVLINT_CHECK_H
#define DRVLINT_CHECK_H

#include "drvlint/analyze.h"
#include "drvlint/rules.h"

typedef struct dl_check_ctx dl_check_ctx;
typedef void (*dl_check_fn)(dl_check_ctx *c, const dl_event *ev);

void dl_checker_on(dl_checker *reg, dl_event_kind kind, dl_check_fn fn);

const dl_rule *dl_check_rule(const dl_check_ctx *c);
dl_analysis *dl_check_analysis(const dl_check_ctx *c);
const dl_flow_point *dl_check_point(const dl_check_ctx *c);
size_t dl_check_function(const dl_check_ctx *c);   /* index in the program */

/* Reports a finding of the check's rule at `loc` (its default level), with a
 * path. The message is printf-style. */
void dl_check_report(dl_check_ctx *c, const dl_loc *loc, const dl_step *steps, size_t nsteps,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
