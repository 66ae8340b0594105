/*
 * The driver model as plain data (include/drvlint/model.h): what one file
 * says about functions and globals, for the summary cache, and the merge of
 * such facts from a file that is not parsed in this run.
 */
#include "model_priv.h"
#include "drvlint/facts.h"

#include <stdlib.h>
#include <string.h>

static cJSON *registration_json(const dl_registration *r)
{
	cJSON *o = cJSON_CreateObject();
	dl_json_put_int(o, "role", r->role);
	dl_json_put_str(o, "via", r->via);
	dl_json_put_loc(o, "loc", &r->loc);
	dl_json_put_int(o, "declared", r->declared);
	dl_json_put_int(o, "majors", (long)r->majors);
	return o;
}

/* Registrations in a fixed order: the same facts print the same text
 * whichever file was merged first. */
static int reg_cmp(const void *x, const void *y)
{
	const dl_registration *a = *(const dl_registration *const *)x, *b = *(const dl_registration *const *)y;
	int c = strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "");
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.column != b->loc.column)
		return a->loc.column < b->loc.column ? -1 : 1;
	if (a->role != b->role)
		return a->role < b->role ? -1 : 1;
	return strcmp(a->via, b->via);
}

static void put_sal(cJSON *o, const dl_irql_contract *c)
{
	cJSON *a;
	if (c->min == DL_IRQL_UNKNOWN && c->max == DL_IRQL_UNKNOWN && c->raises_to == DL_IRQL_UNKNOWN &&
	    !c->saves_global && !c->restores_global)
		return;
	a = cJSON_AddArrayToObject(o, "sal");
	cJSON_AddItemToArray(a, cJSON_CreateNumber(c->min));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(c->max));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(c->raises_to));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(c->saves_global));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(c->restores_global));
}

static dl_irql level_at(const cJSON *a, int i)
{
	const cJSON *j = cJSON_GetArrayItem(a, i);
	if (!cJSON_IsNumber(j) || j->valuedouble < DL_IRQL_UNKNOWN || j->valuedouble > DL_IRQL_DIRQL)
		return DL_IRQL_UNKNOWN;
	return (dl_irql)(int)j->valuedouble;
}

static void get_sal(const cJSON *o, dl_irql_contract *c)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "sal");
	c->min = c->max = c->raises_to = DL_IRQL_UNKNOWN;
	c->saves_global = c->restores_global = 0;
	if (!cJSON_IsArray(a))
		return;
	c->min = level_at(a, 0);
	c->max = level_at(a, 1);
	c->raises_to = level_at(a, 2);
	c->saves_global = level_at(a, 3) > 0;
	c->restores_global = level_at(a, 4) > 0;
}

cJSON *dl_model_function_facts(const dl_function *f)
{
	cJSON *o = cJSON_CreateObject(), *regs;
	const dl_registration **sorted;
	size_t i;
	dl_json_put_str(o, "usr", f->usr);
	dl_json_put_str(o, "name", f->name);
	dl_json_put_loc(o, "loc", &f->loc);
	if (f->section) {
		dl_json_put_str(o, "section", f->section);
		dl_json_put_str(o, "section_via", f->section_via);
		dl_json_put_loc(o, "section_loc", &f->section_loc);
	}
	if (f->calls_paged_code)
		dl_json_put_loc(o, "paged_code", &f->paged_code_loc);
	dl_json_put_int(o, "inline", f->is_inline);
	dl_json_put_int(o, "kmdf_passive", f->kmdf_passive);
	put_sal(o, &f->sal);
	if (f->nregs) {
		sorted = dl_xcalloc(f->nregs, sizeof(*sorted));
		for (i = 0; i < f->nregs; i++)
			sorted[i] = &f->regs[i];
		qsort(sorted, f->nregs, sizeof(*sorted), reg_cmp);
		regs = cJSON_AddArrayToObject(o, "regs");
		for (i = 0; i < f->nregs; i++)
			cJSON_AddItemToArray(regs, registration_json(sorted[i]));
		free(sorted);
	}
	return o;
}

cJSON *dl_model_unit_facts(dl_tu *tu)
{
	dl_program *p = dl_program_new();
	cJSON *o = cJSON_CreateObject(), *fns, *globals;
	size_t i;
	dl_model_add_tu(p, tu);
	fns = cJSON_AddArrayToObject(o, "functions");
	for (i = 0; i < p->nfns; i++) {
		cJSON *f = dl_model_function_facts(&p->fns[i]);
		dl_json_put_int(f, "defined", p->fns[i].tu == tu);
		cJSON_AddItemToArray(fns, f);
	}
	globals = cJSON_AddArrayToObject(o, "globals");
	for (i = 0; i < p->nglobals; i++) {
		cJSON *g = cJSON_CreateObject();
		dl_json_put_str(g, "usr", p->globals[i].usr);
		dl_json_put_str(g, "name", p->globals[i].name);
		dl_json_put_str(g, "section", p->globals[i].section);
		dl_json_put_loc(g, "loc", &p->globals[i].loc);
		cJSON_AddItemToArray(globals, g);
	}
	dl_program_free(p);
	return o;
}

/* ---- merging ---- */

static void merge_registrations(dl_program *p, size_t fn, const cJSON *regs)
{
	const cJSON *r;
	cJSON_ArrayForEach(r, (cJSON_IsArray(regs) ? regs : NULL)) {
		dl_registration reg;
		long role = dl_json_int(r, "role", -1);
		memset(&reg, 0, sizeof(reg));
		if (role < 0 || role >= DL_ROLE_COUNT || !dl_json_str(r, "via"))
			continue;
		reg.role = (dl_role)role;
		reg.via = (char *)dl_json_str(r, "via");
		reg.declared = dl_json_int(r, "declared", 0) != 0;
		reg.majors = (unsigned)dl_json_int(r, "majors", 0);
		dl_json_get_loc(r, "loc", &reg.loc);
		dl_model_register_at(p, fn, &reg);
		dl_loc_free(&reg.loc);
	}
}

static void merge_function(dl_program *p, size_t unit, const cJSON *o)
{
	const char *usr = dl_json_str(o, "usr"), *name = dl_json_str(o, "name");
	const char *section = dl_json_str(o, "section");
	dl_irql_contract sal;
	dl_function *f;
	dl_loc loc;
	size_t fn;
	dl_json_get_loc(o, "loc", &loc);
	fn = dl_model_intern(p, usr, name, &loc);
	f = &p->fns[fn];
	/* A body parsed in this run wins over one known from the cache. */
	if (dl_json_int(o, "defined", 0) && !f->tu) {
		f->unit = unit;
		dl_loc_free(&f->loc);
		dl_loc_copy(&f->loc, &loc);
		if (section) {
			dl_loc sloc;
			const char *via = dl_json_str(o, "section_via");
			dl_json_get_loc(o, "section_loc", &sloc);
			dl_model_set_section(f, section, &sloc, via ? via : "");
			dl_loc_free(&sloc);
		}
		if (!f->calls_paged_code && dl_json_get_loc(o, "paged_code", &f->paged_code_loc))
			f->calls_paged_code = 1;
	}
	dl_loc_free(&loc);
	f->is_inline |= dl_json_int(o, "inline", 0) != 0;
	f->kmdf_passive |= dl_json_int(o, "kmdf_passive", 0) != 0;
	get_sal(o, &sal);
	dl_model_merge_sal(&f->sal, &sal);
	merge_registrations(p, fn, cJSON_GetObjectItemCaseSensitive(o, "regs"));
}

int dl_model_add_facts(dl_program *p, const char *path, const cJSON *facts)
{
	const cJSON *fns = cJSON_GetObjectItemCaseSensitive(facts, "functions");
	const cJSON *globals = cJSON_GetObjectItemCaseSensitive(facts, "globals"), *o;
	size_t unit = p->ntus + p->ncached;
	if (!cJSON_IsArray(fns) || !cJSON_IsArray(globals))
		return DL_ERR_PARSE;
	cJSON_ArrayForEach(o, fns)
		if (!dl_json_str(o, "usr") || !dl_json_str(o, "name"))
			return DL_ERR_PARSE;
	p->cached_paths = dl_xrealloc(p->cached_paths, (p->ncached + 1) * sizeof(char *));
	p->cached_paths[p->ncached++] = dl_xstrdup(path);
	cJSON_ArrayForEach(o, fns)
		merge_function(p, unit, o);
	cJSON_ArrayForEach(o, globals) {
		const char *usr = dl_json_str(o, "usr"), *name = dl_json_str(o, "name");
		const char *section = dl_json_str(o, "section");
		dl_loc loc;
		if (!usr || !name || !section)
			continue;
		dl_json_get_loc(o, "loc", &loc);
		dl_model_set_global(p, usr, name, section, &loc);
		dl_loc_free(&loc);
	}
	return DL_OK;
}
