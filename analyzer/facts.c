/* Facts as plain data (include/drvlint/facts.h). */
#include "drvlint/facts.h"
#include "drvlint/rules.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *dl_json_str(const cJSON *obj, const char *key)
{
	const cJSON *j = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsString(j) ? j->valuestring : NULL;
}

char *dl_json_strdup(const cJSON *obj, const char *key)
{
	const char *s = dl_json_str(obj, key);
	return s ? dl_xstrdup(s) : NULL;
}

long dl_json_int(const cJSON *obj, const char *key, long dflt)
{
	const cJSON *j = cJSON_GetObjectItemCaseSensitive(obj, key);
	/* cJSON keeps numbers as doubles: only exact, modest integers count. */
	if (!cJSON_IsNumber(j) || j->valuedouble < -1e9 || j->valuedouble > 1e10 ||
	    j->valuedouble != (double)(long)j->valuedouble)
		return dflt;
	return (long)j->valuedouble;
}

void dl_json_put_str(cJSON *obj, const char *key, const char *s)
{
	if (s)
		cJSON_AddItemToObject(obj, key, cJSON_CreateString(s));
}

void dl_json_put_int(cJSON *obj, const char *key, long v)
{
	if (v)
		cJSON_AddItemToObject(obj, key, cJSON_CreateNumber((double)v));
}

static cJSON *loc_json(const dl_loc *l)
{
	cJSON *a = cJSON_CreateArray();
	cJSON_AddItemToArray(a, cJSON_CreateString(l->file ? l->file : ""));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(l->line));
	cJSON_AddItemToArray(a, cJSON_CreateNumber(l->column));
	return a;
}

static unsigned small_number(const cJSON *j)
{
	if (!cJSON_IsNumber(j) || j->valuedouble < 0 || j->valuedouble > 1e9)
		return 0;
	return (unsigned)j->valuedouble;
}

/* [file, line, column, ...]: 1 when well formed. */
static int loc_of(const cJSON *a, dl_loc *out)
{
	const cJSON *f = cJSON_GetArrayItem(a, 0);
	memset(out, 0, sizeof(*out));
	if (!cJSON_IsArray(a) || !cJSON_IsString(f))
		return 0;
	out->file = *f->valuestring ? dl_xstrdup(f->valuestring) : NULL;
	out->line = small_number(cJSON_GetArrayItem(a, 1));
	out->column = small_number(cJSON_GetArrayItem(a, 2));
	return 1;
}

void dl_json_put_loc(cJSON *obj, const char *key, const dl_loc *l)
{
	if (l->file || l->line)
		cJSON_AddItemToObject(obj, key, loc_json(l));
}

int dl_json_get_loc(const cJSON *obj, const char *key, dl_loc *out)
{
	return loc_of(cJSON_GetObjectItemCaseSensitive(obj, key), out);
}

void dl_json_put_steps(cJSON *obj, const char *key, const dl_step *steps, size_t n)
{
	cJSON *arr;
	size_t i;
	if (!n)
		return;
	arr = cJSON_AddArrayToObject(obj, key);
	for (i = 0; i < n; i++) {
		cJSON *s = loc_json(&steps[i].loc);
		cJSON_AddItemToArray(s, cJSON_CreateString(steps[i].message ? steps[i].message : ""));
		cJSON_AddItemToArray(arr, s);
	}
}

void dl_json_get_steps(const cJSON *obj, const char *key, dl_step **steps, size_t *n)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(obj, key), *s;
	size_t cap = 0;
	*steps = NULL;
	*n = 0;
	cJSON_ArrayForEach(s, (cJSON_IsArray(arr) ? arr : NULL)) {
		const cJSON *msg = cJSON_GetArrayItem(s, 3);
		dl_loc loc;
		if (!loc_of(s, &loc))
			continue;
		DL_GROW(*steps, cap, *n + 1);
		(*steps)[*n].loc = loc;
		(*steps)[*n].message = dl_xstrdup(cJSON_IsString(msg) ? msg->valuestring : "");
		(*n)++;
	}
}

/* ---- digests ---- */

#define FNV_PRIME 0x100000001b3ULL

void dl_digest_init(dl_digest *d)
{
	d->a = 0xcbf29ce484222325ULL;
	d->b = 0x84222325cbf29ce4ULL;
}

void dl_digest_update(dl_digest *d, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t i;
	for (i = 0; i < n; i++) {
		d->a = (d->a ^ p[i]) * FNV_PRIME;
		/* The second lane sees each byte mixed with its position. */
		d->b = (d->b ^ (uint64_t)(p[i] + 0x9e * (i & 0xff))) * FNV_PRIME;
		d->b ^= d->b >> 29;
	}
}

void dl_digest_hex(const dl_digest *d, char out[33])
{
	snprintf(out, 33, "%016" PRIx64 "%016" PRIx64, d->a, d->b);
}

/* Walked, not printed: printing was most of the cost of a one-file run's
 * digests. A tag opens each value and another closes each array and
 * object, so ["a","b"] and ["ab"], or [[1],2] and [[1,2]], differ. */
void dl_digest_json(dl_digest *d, const cJSON *j)
{
	static const unsigned char end = 0xff;
	const cJSON *c;
	unsigned char tag = (unsigned char)(j->type & 0xff);
	dl_digest_update(d, &tag, 1);
	if (j->string)
		dl_digest_update(d, j->string, strlen(j->string) + 1);
	if ((cJSON_IsString(j) || cJSON_IsRaw(j)) && j->valuestring)
		dl_digest_update(d, j->valuestring, strlen(j->valuestring) + 1);
	else if (cJSON_IsNumber(j))
		dl_digest_update(d, &j->valuedouble, sizeof(j->valuedouble));
	if (!cJSON_IsArray(j) && !cJSON_IsObject(j))
		return;
	for (c = j->child; c; c = c->next)
		dl_digest_json(d, c);
	dl_digest_update(d, &end, 1);
}

int dl_json_write(FILE *out, const cJSON *doc, int formatted)
{
	char *text = formatted ? cJSON_Print(doc) : cJSON_PrintUnformatted(doc);
	int ret = DL_OK;
	if (!text)
		return DL_ERR_NOMEM;
	if (fputs(text, out) == EOF || fputc('\n', out) == EOF || fflush(out) == EOF)
		ret = DL_ERR_IO;
	cJSON_free(text);
	return ret;
}

/* ---- findings ---- */

cJSON *dl_json_findings(const dl_findings *fs, size_t from, size_t to)
{
	cJSON *arr = cJSON_CreateArray();
	size_t i;
	for (i = from; i < to && i < fs->count; i++) {
		const dl_finding *f = &fs->items[i];
		cJSON *o = cJSON_CreateObject();
		dl_json_put_str(o, "rule", f->rule->id);
		dl_json_put_int(o, "level", f->level);
		dl_json_put_str(o, "message", f->message);
		dl_json_put_loc(o, "loc", &f->loc);
		dl_json_put_steps(o, "steps", f->steps, f->nsteps);
		cJSON_AddItemToArray(arr, o);
	}
	return arr;
}

void dl_json_get_findings(const cJSON *arr, dl_findings *out)
{
	const cJSON *o;
	cJSON_ArrayForEach(o, (cJSON_IsArray(arr) ? arr : NULL)) {
		const char *id = dl_json_str(o, "rule"), *msg = dl_json_str(o, "message");
		const dl_rule *rule = id ? dl_rule_find(id) : NULL;
		long level = dl_json_int(o, "level", -1);
		dl_step *steps;
		size_t n;
		dl_loc loc;
		if (!rule || !msg || level < DL_LEVEL_NONE || level > DL_LEVEL_ERROR ||
		    !dl_json_get_loc(o, "loc", &loc))
			continue;
		dl_json_get_steps(o, "steps", &steps, &n);
		dl_findings_add(out, rule, (dl_level)level, &loc, msg, steps, n);
		dl_steps_free(steps, n);
		dl_loc_free(&loc);
	}
}
