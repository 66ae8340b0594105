/*
 * The user-pointer plug-in's facts as plain data (dl_plugin_facts): its
 * summaries, and the IRP majors each unit's calls pass into a function.
 */
#include "uptr_priv.h"
#include "drvlint/facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cJSON *entry_json(const up_entry *e)
{
	cJSON *o = cJSON_CreateObject();
	dl_step *steps = NULL;
	size_t n = 0, cap = 0;
	dl_json_put_int(o, "param", e->param);
	dl_json_put_int(o, "level", e->level);
	dl_json_put_int(o, "probed", e->probed);
	dl_json_put_int(o, "in_try", e->in_try);
	dl_json_put_int(o, "write", e->is_write);
	dl_json_put_loc(o, "loc", &e->loc);
	dl_json_put_str(o, "what", e->what);
	dl_json_put_str(o, "via", e->via);
	dl_json_put_str(o, "fn", e->fn);
	dl_json_put_int(o, "probe_line", e->probe_line);
	up_path_steps(e->path, &steps, &n, &cap);
	dl_json_put_steps(o, "steps", steps, n);
	dl_steps_free(steps, n);
	return o;
}


static void up_save_summary(void *store, size_t fn, cJSON *into)
{
	const up_summary *s = ((up_store *)store)->sums[fn];
	cJSON *entries;
	size_t i;
	if (!s)
		return;
	entries = cJSON_AddArrayToObject(into, "entries");
	for (i = 0; i < s->n; i++)
		cJSON_AddItemToArray(entries, entry_json(&s->entries[i]));
	dl_json_put_int(into, "probes", (long)s->probes);
	dl_json_put_int(into, "ret_user", s->ret_user);
	dl_json_put_int(into, "ret_iomgr", s->ret_iomgr);
	dl_json_put_str(into, "ret_desc", s->ret_desc);
	dl_json_put_str(into, "ret_fn", s->ret_fn);
	dl_json_put_steps(into, "ret_steps", s->ret_steps, s->ret_nsteps);
	dl_json_put_int(into, "ret_params", (long)s->ret_params);
	dl_json_put_int(into, "ret_pderef", (long)s->ret_pderef);
}

static void up_load_summary(void *store, size_t fn, const cJSON *from)
{
	up_store *st = store;
	const cJSON *entries = cJSON_GetObjectItemCaseSensitive(from, "entries"), *e;
	up_summary *s = dl_xcalloc(1, sizeof(*s));
	cJSON_ArrayForEach(e, (cJSON_IsArray(entries) ? entries : NULL)) {
		up_entry *x;
		dl_step *steps = NULL;
		size_t nsteps = 0;
		long param = dl_json_int(e, "param", 0);
		if (param < 0 || param >= UP_MAXPARAM || !dl_json_str(e, "what"))
			continue;
		DL_GROW(s->entries, s->cap, s->n + 1);
		x = &s->entries[s->n++];
		memset(x, 0, sizeof(*x));
		x->param = (int)param;
		x->level = dl_json_int(e, "level", 0) != 0;
		x->probed = dl_json_int(e, "probed", 0) != 0;
		x->in_try = dl_json_int(e, "in_try", 0) != 0;
		x->is_write = dl_json_int(e, "write", 0) != 0;
		dl_json_get_loc(e, "loc", &x->loc);
		x->what = dl_json_strdup(e, "what");
		x->via = dl_json_strdup(e, "via");
		x->fn = dl_json_strdup(e, "fn");
		x->probe_line = (unsigned)dl_json_int(e, "probe_line", 0);
		dl_json_get_steps(e, "steps", &steps, &nsteps);
		x->path = up_path_new(steps, nsteps, NULL);
	}
	s->probes = (unsigned)dl_json_int(from, "probes", 0);
	s->ret_user = dl_json_int(from, "ret_user", 0) != 0;
	s->ret_iomgr = dl_json_int(from, "ret_iomgr", 0) != 0;
	s->ret_desc = dl_json_strdup(from, "ret_desc");
	s->ret_fn = dl_json_strdup(from, "ret_fn");
	dl_json_get_steps(from, "ret_steps", &s->ret_steps, &s->ret_nsteps);
	s->ret_params = (unsigned)dl_json_int(from, "ret_params", 0);
	s->ret_pderef = (unsigned)dl_json_int(from, "ret_pderef", 0);
	/* A returned user address needs its source named. */
	if (s->ret_user && (!s->ret_desc || !s->ret_fn))
		s->ret_user = 0;
	up_summary_free(st->sums[fn]);
	st->sums[fn] = s;
}

static void contrib_key(char *key, size_t size, size_t fn, size_t unit)
{
	snprintf(key, size, "%zu:%zu", fn, unit);
}

void up_note_majors(up_store *st, size_t fn, size_t unit, unsigned majors)
{
	char key[48];
	size_t old = 0;
	if (!majors || unit == DL_NO_UNIT)
		return;
	contrib_key(key, sizeof(key), fn, unit);
	dl_index_get(st->contrib, key, &old);
	dl_index_put(st->contrib, key, old | majors);
}

static void up_save_context(void *store, size_t fn, size_t unit, cJSON *into)
{
	up_store *st = store;
	char key[48];
	size_t m = 0;
	contrib_key(key, sizeof(key), fn, unit);
	if (dl_index_get(st->contrib, key, &m))
		dl_json_put_int(into, "majors", (long)(unsigned)m);
}

static void up_load_context(void *store, size_t fn, size_t unit, const cJSON *from)
{
	up_store *st = store;
	unsigned m = (unsigned)dl_json_int(from, "majors", 0);
	st->majors[fn] |= m;
	up_note_majors(st, fn, unit, m);
}

const dl_plugin_facts up_facts = {
	up_save_summary, up_load_summary, up_save_context, up_load_context, NULL, NULL,
};
