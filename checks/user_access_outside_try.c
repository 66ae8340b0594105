/*
 * user-access-outside-try: a probed user-mode address accessed outside any
 * __try/__except. The probe only checks the address range at that moment;
 * another thread of the caller can unmap or protect the pages afterwards, and
 * the access then raises an exception that nothing handles.
 */
#include "drvlint/check.h"
#include "drvlint/uptr.h"

#include <stdlib.h>

static void on_event(dl_check_ctx *c, const dl_event *ev)
{
	dl_uptr_facts facts = {.want = DL_UPTR_OUTSIDE_TRY};
	size_t i;
	dl_uptr_event_facts(dl_check_analysis(c), dl_check_point(c), dl_check_function(c), ev, &facts);
	for (i = 0; i < facts.count; i++) {
		const dl_uptr_fact *f = &facts.items[i];
		char *probed, *access;
		probed = f->probed_by ? dl_xprintf(", probed by %s", f->probed_by) :
			 f->probe_line ? dl_xprintf(", probed at line %u", f->probe_line) : dl_xstrdup("");
		access = dl_uptr_access_text(f);
		dl_check_report(c, &f->loc, f->steps, f->nsteps,
				"'%s' (a user-mode address%s%s%s) is %s outside __try/__except: user memory can be "
				"unmapped after the probe",
				f->what, f->source_fn ? " from " : "", f->source_fn ? f->source_fn : "", probed,
				access);
		free(probed);
		free(access);
	}
	dl_uptr_facts_clear(&facts);
}

static void init(dl_checker *reg)
{
	dl_checker_on(reg, DL_EV_ACCESS, on_event);
	dl_checker_on(reg, DL_EV_CALL, on_event);
}

const dl_rule dl_rule_user_access_outside_try = {
	.id = "user-access-outside-try",
	.name = "UserAccessOutsideTry",
	.summary = "A probed user-mode address is accessed outside __try/__except",
	.description = "A user-mode address that was probed is read or written outside any __try/__except "
		       "block (in this function or around every call of it). The probe only checks the "
		       "address at that moment: the caller's other threads can free or protect the memory "
		       "afterwards, and the access then raises an exception that bugchecks the system.",
	.level = DL_LEVEL_ERROR,
	.tags = "security reliability external/cwe/cwe-248",
	.precision = "high",
	.security_severity = "6.5",
	.init = init,
};
