/*
 * pageable-at-raised-irql: pageable code or data used where the IRQL may be
 * DISPATCH_LEVEL or higher, raises inside pageable functions, and pageable
 * functions registered as routines that run at raised IRQL. The analysis is
 * the IRQL domain (include/drvlint/irql.h); this file words the findings.
 */
#include "drvlint/check.h"
#include "drvlint/irql.h"
#include "drvlint/uptr.h"

#include <stdlib.h>
#include <string.h>

/* Steps of `a` then `b`, then the finding itself. */
static void report(dl_check_ctx *c, const dl_loc *loc, const dl_irql_fact *a, const dl_irql_fact *b,
		   const char *last, const char *message)
{
	size_t n = a->nsteps + b->nsteps + 1, i, k = 0;
	dl_step *steps = dl_xcalloc(n, sizeof(*steps));
	for (i = 0; i < a->nsteps; i++)
		steps[k++] = a->steps[i];
	for (i = 0; i < b->nsteps; i++)
		steps[k++] = b->steps[i];
	steps[k].loc = *loc;
	steps[k++].message = (char *)last;
	dl_check_report(c, loc, steps, k, "%s", message);
	free(steps);
}

static void on_use(const dl_irql_fact *use, void *arg)
{
	dl_check_ctx *c = arg;
	dl_analysis *a = dl_check_analysis(c);
	const dl_irql_state *s = dl_irql_at(a, dl_check_point(c));
	dl_irql_fact why;
	char *msg, *last;
	dl_irql min, max;
	if (!dl_irql_raised(a, s, &use->loc, &why))
		return;
	dl_irql_range(s, &min, &max);
	msg = dl_xprintf("%s but is %s %s", use->text, use->verb, why.text);
	last = dl_xprintf("%s here at %s%s", use->verb, min == max ? "" : "up to ", dl_irql_name(max));
	report(c, &use->loc, use, &why, last, msg);
	free(last);
	free(msg);
	dl_irql_fact_clear(&why);
}

/* User memory is pageable too, probed or not. */
static void user_memory_use(dl_check_ctx *c, const dl_event *ev)
{
	dl_irql_fact use;
	char *source = NULL, *what;
	if (!dl_uptr_user_memory(dl_check_analysis(c), dl_check_point(c), ev->lhs, &source))
		return;
	memset(&use, 0, sizeof(use));
	dl_loc_of_cursor(ev->cursor, &use.loc);
	what = dl_cursor_text(dl_strip(ev->lhs), 48);
	use.text = dl_xprintf("'%s' points to user-mode memory (%s), which is pageable,", what, source);
	use.verb = dl_xprintf("%s%s%s", ev->is_write ? "written" : "read", ev->via ? " by " : "",
			      ev->via ? ev->via : "");
	dl_irql_fact_step(&use, &use.loc, "'%s' is %s: user-mode memory can be paged out", what, source);
	on_use(&use, c);
	dl_irql_fact_clear(&use);
	free(what);
	free(source);
}

static void on_event(dl_check_ctx *c, const dl_event *ev)
{
	dl_analysis *a = dl_check_analysis(c);
	const dl_irql_state *s = dl_irql_at(a, dl_check_point(c));
	dl_irql min, max;
	if (!s)
		return;
	/* Below DISPATCH_LEVEL nothing is reported: the uses, whose text costs,
	 * are not worth working out. */
	dl_irql_range(s, &min, &max);
	if (max < DL_IRQL_DISPATCH)
		return;
	dl_irql_pageable_uses(a, s, ev, on_use, c);
	if (ev->kind == DL_EV_ACCESS)
		user_memory_use(c, ev);
}

/* "ran at raised IRQL by": a raising call inside a pageable function, and a
 * pageable routine given to KeSynchronizeExecution. */
static void on_call(dl_check_ctx *c, const dl_event *ev)
{
	dl_analysis *a = dl_check_analysis(c);
	const dl_irql_state *s = dl_irql_at(a, dl_check_point(c));
	dl_irql_fact raise, pageable;
	dl_irql level;
	size_t fn;
	on_event(c, ev);
	if (s && dl_irql_raise_in_pageable(a, dl_check_function(c), s, ev, &raise, &pageable)) {
		char *msg = dl_xprintf("%s, but %s", raise.text, pageable.text);
		report(c, &raise.loc, &pageable, &raise, "the rest of the pageable function runs at raised IRQL",
		       msg);
		free(msg);
		dl_irql_fact_clear(&raise);
		dl_irql_fact_clear(&pageable);
	}
	if (dl_irql_sync_call(a, ev->cursor, &fn, &level)) {
		dl_loc loc;
		char *name = dl_callee_name(ev->cursor), *msg;
		dl_loc_of_cursor(ev->cursor, &loc);
		if (dl_irql_fn_pageable(a, fn, &loc, &pageable)) {
			memset(&raise, 0, sizeof(raise));
			msg = dl_xprintf("%s but is run at %s by %s", pageable.text, dl_irql_name(level), name);
			report(c, &loc, &pageable, &raise, "registered here", msg);
			free(msg);
			dl_irql_fact_clear(&pageable);
		}
		free(name);
		dl_loc_free(&loc);
	}
}

static const char *article(const char *noun)
{
	return strchr("aeiouAEIOU", noun[0]) ? "an" : "a";
}

/* A pageable function registered as a routine that runs at raised IRQL:
 * reported at each registration (a declaration with a role typedef only when
 * nothing else registers it). */
static void on_entry(dl_check_ctx *c, const dl_event *ev)
{
	dl_analysis *a = dl_check_analysis(c);
	size_t fn = dl_check_function(c), i;
	const dl_function *f = &dl_analysis_program(a)->fns[fn];
	int always, by_code = 0;
	dl_irql level;
	(void)ev;
	for (i = 0; i < f->nregs; i++)
		if (!f->regs[i].declared &&
		    dl_irql_registration_raised(a, f, &f->regs[i], &level, &always))
			by_code = 1;
	for (i = 0; i < f->nregs; i++) {
		const dl_registration *r = &f->regs[i];
		const char *role = dl_role_name(r->role);
		int typedef_only = r->declared;
		dl_irql_fact pageable, none;
		char *msg;
		if (!dl_irql_registration_raised(a, f, r, &level, &always) || (typedef_only && by_code) ||
		    !dl_irql_fn_pageable(a, fn, &r->loc, &pageable))
			continue;
		memset(&none, 0, sizeof(none));
		if (typedef_only)
			msg = dl_xprintf("%s but is declared as %s, %s %s, which %s %s", pageable.text, r->via,
					 article(role), role, always ? "runs at" : "may run at", dl_irql_name(level));
		else
			msg = dl_xprintf("%s but is registered as %s %s by %s, which %s %s", pageable.text,
					 article(role), role, r->via, always ? "runs at" : "may run at",
					 dl_irql_name(level));
		report(c, &r->loc, &pageable, &none, typedef_only ? "declared here" : "registered here", msg);
		free(msg);
		dl_irql_fact_clear(&pageable);
	}
}

static void init(dl_checker *reg)
{
	dl_checker_on(reg, DL_EV_ENTRY, on_entry);
	dl_checker_on(reg, DL_EV_CALL, on_call);
	dl_checker_on(reg, DL_EV_ACCESS, on_event);
	dl_checker_on(reg, DL_EV_ASSIGN, on_event);
	dl_checker_on(reg, DL_EV_RETURN, on_event);
}

const dl_rule dl_rule_pageable_at_raised_irql = {
	.id = "pageable-at-raised-irql",
	.name = "PageableAtRaisedIrql",
	.summary = "Pageable code or data used where the IRQL may be DISPATCH_LEVEL or higher",
	.description = "A page fault at DISPATCH_LEVEL or higher cannot be serviced: the system bug-checks "
		       "(IRQL_NOT_LESS_OR_EQUAL, DRIVER_IRQL_NOT_LESS_OR_EQUAL). This rule finds calls of "
		       "pageable functions and of kernel routines that must run below DISPATCH_LEVEL, and "
		       "accesses to paged pool and pageable data, made while a spin lock is held, after "
		       "KeRaiseIrql, or in routines that run at DISPATCH_LEVEL (DPC, StartIo, timer, "
		       "cancel, completion, interrupt service routines); raises of the IRQL inside pageable "
		       "functions; and pageable functions registered as such routines.",
	.level = DL_LEVEL_ERROR,
	.tags = "correctness reliability",
	.precision = "high",
	.security_severity = "5.5",
	.init = init,
};
