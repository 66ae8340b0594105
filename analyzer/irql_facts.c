/*
 * The IRQL plug-in's facts as plain data (dl_plugin_facts): summaries, the
 * caller states each unit pushes into a function, and the program-wide
 * facts (memory known to hold paged pool, KMDF automatic synchronization).
 */
#include "irql_priv.h"
#include "drvlint/facts.h"

#include <stdlib.h>
#include <string.h>

static dl_irql level_of(const cJSON *o, const char *key)
{
	long l = dl_json_int(o, key, DL_IRQL_UNKNOWN);
	return l < DL_IRQL_UNKNOWN || l > DL_IRQL_DIRQL ? DL_IRQL_UNKNOWN : (dl_irql)l;
}

/* Written even when 0 (PASSIVE_LEVEL, parameter 0), unlike dl_json_put_int. */
static void put_num(cJSON *o, const char *key, int v)
{
	cJSON_AddItemToObject(o, key, cJSON_CreateNumber(v));
}


/* ---- summaries ---- */

static void irql_save_summary(void *store, size_t fn, cJSON *into)
{
	const irql_summary *s = &((irql_store *)store)->fns[fn].sum;
	size_t i;
	if (!s->done)
		return;
	dl_json_put_int(into, "done", 1);
	dl_json_put_int(into, "reaches", s->reaches);
	dl_json_put_str(into, "reach_text", s->reach_text);
	dl_json_put_steps(into, "reach_steps", s->reach_steps, s->nreach_steps);
	if (s->nexit_holds) {
		cJSON *arr = cJSON_AddArrayToObject(into, "exit_holds");
		for (i = 0; i < s->nexit_holds; i++) {
			const irql_exit_hold *h = &s->exit_holds[i];
			cJSON *o = cJSON_CreateObject();
			put_num(o, "kind", h->kind);
			dl_json_put_str(o, "lockkind", h->lockkind);
			dl_json_put_str(o, "name", h->name);
			dl_json_put_str(o, "key", h->key);
			dl_json_put_str(o, "via", h->via);
			put_num(o, "key_param", h->key_param);
			put_num(o, "name_param", h->name_param);
			put_num(o, "level", h->level);
			dl_json_put_loc(o, "loc", &h->loc);
			cJSON_AddItemToArray(arr, o);
		}
	}
	if (s->nexit_releases) {
		cJSON *arr = cJSON_AddArrayToObject(into, "exit_releases");
		for (i = 0; i < s->nexit_releases; i++) {
			cJSON *o = cJSON_CreateObject();
			dl_json_put_str(o, "key", s->exit_releases[i].key);
			dl_json_put_str(o, "lockkind", s->exit_releases[i].lockkind);
			put_num(o, "key_param", s->exit_releases[i].key_param);
			cJSON_AddItemToArray(arr, o);
		}
	}
	if (s->raises) {
		dl_json_put_int(into, "raises", 1);
		dl_json_put_loc(into, "raise_loc", &s->raise_loc);
		dl_json_put_str(into, "raise_via", s->raise_via);
	}
	if (s->returns_paged) {
		dl_json_put_int(into, "returns_paged", 1);
		dl_json_put_loc(into, "paged_loc", &s->paged_loc);
		dl_json_put_str(into, "paged_via", s->paged_via);
	}
}

static long small_int(const cJSON *o, const char *key, long lo, long hi)
{
	long v = dl_json_int(o, key, lo);
	return v < lo || v > hi ? lo : v;
}

static void load_holds(irql_summary *s, const cJSON *arr)
{
	const cJSON *o;
	size_t cap = 0;
	cJSON_ArrayForEach(o, (cJSON_IsArray(arr) ? arr : NULL)) {
		irql_exit_hold *h;
		if (!dl_json_str(o, "key") || !dl_json_str(o, "via"))
			continue;
		DL_GROW(s->exit_holds, cap, s->nexit_holds + 1);
		h = &s->exit_holds[s->nexit_holds++];
		memset(h, 0, sizeof(*h));
		h->kind = (irql_hold_kind)small_int(o, "kind", IRQL_HOLD_LOCK, IRQL_HOLD_RAISE);
		h->lockkind = dl_json_strdup(o, "lockkind");
		h->name = dl_json_strdup(o, "name");
		h->key = dl_json_strdup(o, "key");
		h->via = dl_json_strdup(o, "via");
		h->key_param = (int)small_int(o, "key_param", -1, 255);
		h->name_param = (int)small_int(o, "name_param", -1, 255);
		h->level = level_of(o, "level");
		dl_json_get_loc(o, "loc", &h->loc);
	}
}

static void load_releases(irql_summary *s, const cJSON *arr)
{
	const cJSON *o;
	size_t cap = 0;
	cJSON_ArrayForEach(o, (cJSON_IsArray(arr) ? arr : NULL)) {
		irql_exit_release *r;
		if (!dl_json_str(o, "key"))
			continue;
		DL_GROW(s->exit_releases, cap, s->nexit_releases + 1);
		r = &s->exit_releases[s->nexit_releases++];
		r->key = dl_json_strdup(o, "key");
		r->lockkind = dl_json_strdup(o, "lockkind");
		r->key_param = (int)small_int(o, "key_param", -1, 255);
	}
}

static void irql_load_summary(void *store, size_t fn, const cJSON *from)
{
	irql_summary *s = &((irql_store *)store)->fns[fn].sum;
	irql_summary_clear(s);
	s->done = 1;
	s->reaches = (int)small_int(from, "reaches", 0, 2);
	s->reach_text = dl_json_strdup(from, "reach_text");
	if (s->reaches && !s->reach_text)
		s->reaches = 0;
	dl_json_get_steps(from, "reach_steps", &s->reach_steps, &s->nreach_steps);
	load_holds(s, cJSON_GetObjectItemCaseSensitive(from, "exit_holds"));
	load_releases(s, cJSON_GetObjectItemCaseSensitive(from, "exit_releases"));
	s->raises = dl_json_int(from, "raises", 0) != 0;
	dl_json_get_loc(from, "raise_loc", &s->raise_loc);
	s->raise_via = dl_json_strdup(from, "raise_via");
	s->returns_paged = dl_json_int(from, "returns_paged", 0) != 0;
	dl_json_get_loc(from, "paged_loc", &s->paged_loc);
	s->paged_via = dl_json_strdup(from, "paged_via");
}

/* ---- contexts ---- */

static void irql_save_context(void *store, size_t fn, size_t unit, cJSON *into)
{
	const irql_fninfo *fi = &((irql_store *)store)->fns[fn];
	size_t i;
	for (i = 0; i < fi->ncontribs; i++)
		if (fi->contribs[i].unit == unit) {
			put_num(into, "min", fi->contribs[i].cmin);
			put_num(into, "max", fi->contribs[i].cmax);
		}
	if (fi->sync && fi->sync_unit == unit) {
		put_num(into, "sync_level", fi->sync_level);
		dl_json_put_loc(into, "sync_loc", &fi->sync_loc);
		dl_json_put_str(into, "sync_via", fi->sync_via);
	}
	if (fi->kmdf_sync && fi->kmdf_sync_unit == unit)
		dl_json_put_loc(into, "kmdf_sync", &fi->kmdf_sync_loc);
}

static void irql_load_context(void *store, size_t fn, size_t unit, const cJSON *from)
{
	irql_store *st = store;
	irql_fninfo *fi = &st->fns[fn];
	dl_irql min = level_of(from, "min"), max = level_of(from, "max"), sync = level_of(from, "sync_level");
	dl_loc loc;
	if (min != DL_IRQL_UNKNOWN && max != DL_IRQL_UNKNOWN)
		irql_join_context(st, fn, unit, min, max);
	if (sync != DL_IRQL_UNKNOWN && dl_json_str(from, "sync_via") && !fi->sync) {
		fi->sync = 1;
		fi->sync_level = sync;
		fi->sync_unit = unit;
		fi->sync_via = dl_json_strdup(from, "sync_via");
		dl_json_get_loc(from, "sync_loc", &fi->sync_loc);
	}
	if (dl_json_get_loc(from, "kmdf_sync", &loc))
		irql_kmdf_mark(st, fn, &loc, unit);
	dl_loc_free(&loc);
}

/* ---- program-wide ---- */

static int decl_cmp(const void *x, const void *y)
{
	return strcmp((*(const irql_paged_decl *const *)x)->usr, (*(const irql_paged_decl *const *)y)->usr);
}

static void irql_save_program(void *store, size_t unit, cJSON *into)
{
	const irql_store *st = store;
	const irql_paged_decl **v = dl_xcalloc(st->npaged_decls + 1, sizeof(*v));
	size_t i, n = 0;
	for (i = 0; i < st->npaged_decls; i++)
		if (unit == DL_NO_UNIT || st->paged_decls[i].unit == unit)
			v[n++] = &st->paged_decls[i];
	qsort(v, n, sizeof(*v), decl_cmp);
	if (n) {
		cJSON *arr = cJSON_AddArrayToObject(into, "paged");
		for (i = 0; i < n; i++) {
			cJSON *o = cJSON_CreateObject();
			dl_json_put_str(o, "usr", v[i]->usr);
			dl_json_put_str(o, "name", v[i]->name);
			dl_json_put_loc(o, "loc", &v[i]->loc);
			dl_json_put_str(o, "via", v[i]->via);
			cJSON_AddItemToArray(arr, o);
		}
	}
	if (st->kmdf_device_sync && (unit == DL_NO_UNIT || st->kmdf_device_sync_unit == unit))
		dl_json_put_loc(into, "kmdf_device_sync", &st->kmdf_device_sync_loc);
	free(v);
}

static void irql_load_program(void *store, size_t unit, const cJSON *from)
{
	irql_store *st = store;
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(from, "paged"), *o;
	dl_loc loc;
	cJSON_ArrayForEach(o, (cJSON_IsArray(arr) ? arr : NULL)) {
		const char *usr = dl_json_str(o, "usr"), *name = dl_json_str(o, "name");
		if (!usr || !name)
			continue;
		dl_json_get_loc(o, "loc", &loc);
		irql_add_paged_decl(st, usr, name, &loc, dl_json_str(o, "via"), unit);
		dl_loc_free(&loc);
	}
	if (dl_json_get_loc(from, "kmdf_device_sync", &loc))
		irql_kmdf_mark_device(st, &loc, unit);
	dl_loc_free(&loc);
}

const dl_plugin_facts irql_facts = {
	irql_save_summary, irql_load_summary, irql_save_context, irql_load_context, irql_save_program,
	irql_load_program,
};
