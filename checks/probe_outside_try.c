/*
 * probe-outside-try: ProbeForRead, ProbeForWrite or MmProbeAndLockPages called
 * where no __try/__except catches what they raise. Any caller can pass a bad
 * address, and an unhandled exception in kernel mode is a bugcheck.
 */
#include "drvlint/check.h"
#include "drvlint/uptr.h"

#include <stdlib.h>

static void on_call(dl_check_ctx *c, const dl_event *ev)
{
	dl_analysis *a = dl_check_analysis(c);
	size_t fn = dl_check_function(c);
	const char *name;
	dl_step step;
	if (ev->in_try || !dl_uptr_raising_probe(ev->cursor, &name) || dl_analysis_guarded(a, fn))
		return;
	dl_loc_of_cursor(ev->cursor, &step.loc);
	step.message = dl_xprintf("%s raises an exception here on a bad address, and no __except handler "
				  "in %s or its callers catches it",
				  name, dl_analysis_program(a)->fns[fn].name);
	dl_check_report(c, &step.loc, &step, 1,
			"%s is called outside __try/__except: it raises an exception on a bad address, which "
			"then bugchecks", name);
	free(step.message);
	dl_loc_free(&step.loc);
}

static void init(dl_checker *reg)
{
	dl_checker_on(reg, DL_EV_CALL, on_call);
}

const dl_rule dl_rule_probe_outside_try = {
	.id = "probe-outside-try",
	.name = "ProbeOutsideTry",
	.summary = "ProbeForRead/ProbeForWrite/MmProbeAndLockPages is called outside __try/__except",
	.description = "ProbeForRead, ProbeForWrite and MmProbeAndLockPages raise an exception when the "
		       "address is not a valid user-mode address. Outside a __try/__except (in this function "
		       "or around every call of it) the exception is not handled and the system bugchecks: "
		       "any caller of the driver can crash the machine.",
	.level = DL_LEVEL_ERROR,
	.tags = "security reliability external/cwe/cwe-248",
	.precision = "very-high",
	.security_severity = "6.5",
	.init = init,
};
