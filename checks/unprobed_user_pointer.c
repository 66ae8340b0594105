/*
 * unprobed-user-pointer: a user-mode address accessed on a path that has not
 * passed a ProbeForRead/ProbeForWrite (or another sanitizer) of it. The
 * analysis is the user-pointer domain (include/drvlint/uptr.h); this check
 * words its verdicts.
 */
#include "drvlint/check.h"
#include "drvlint/uptr.h"

#include <stdlib.h>

static void on_event(dl_check_ctx *c, const dl_event *ev)
{
	dl_uptr_facts facts = {.want = DL_UPTR_UNPROBED};
	size_t i;
	dl_uptr_event_facts(dl_check_analysis(c), dl_check_point(c), dl_check_function(c), ev, &facts);
	for (i = 0; i < facts.count; i++) {
		const dl_uptr_fact *f = &facts.items[i];
		char *source, *access;
		source = f->source_fn ? dl_xprintf("%s from %s", f->source, f->source_fn) : dl_xstrdup(f->source);
		access = dl_uptr_access_text(f);
		dl_check_report(c, &f->loc, f->steps, f->nsteps,
				"'%s' (%s, a user-mode address) is %s without a %s on every path", f->what, source,
				access, f->is_write ? "ProbeForWrite" : "ProbeForRead");
		free(source);
		free(access);
	}
	dl_uptr_facts_clear(&facts);
}

static void init(dl_checker *reg)
{
	dl_checker_on(reg, DL_EV_ACCESS, on_event);
	dl_checker_on(reg, DL_EV_CALL, on_event);
}

const dl_rule dl_rule_unprobed_user_pointer = {
	.id = "unprobed-user-pointer",
	.name = "UnprobedUserPointer",
	.summary = "A user-mode address is read or written without a ProbeForRead/ProbeForWrite on every path",
	.description = "A pointer that may hold a user-mode address (Irp->UserBuffer, Type3InputBuffer, the "
		       "buffers of FastIoDeviceControl or WdfRequestRetrieveUnsafeUser*Buffer, or a pointer "
		       "stored in user-controlled memory such as the METHOD_BUFFERED system buffer) is "
		       "dereferenced or passed to a copy routine on a path that has not completed a probe of "
		       "it. A caller can pass a kernel address instead and make the driver read or write "
		       "kernel memory for it.",
	.level = DL_LEVEL_ERROR,
	.tags = "security external/cwe/cwe-822",
	.precision = "high",
	.security_severity = "8.8",
	.init = init,
};
