/* Baseline SARIF logs: reading and matching (include/drvlint/baseline.h). */
#include "drvlint/baseline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

static const char *const state_names[] = {"none", "new", "unchanged", "updated", "absent"};

const char *dl_baseline_state_name(dl_baseline_state s)
{
	return (unsigned)s < 5 ? state_names[s] : "none";
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A URI as a path: "file://" dropped, %XX decoded. */
static char *uri_path(const char *uri)
{
	dl_buf b = {0};
	if (!strncmp(uri, "file://", 7))
		uri += 7;
	for (; *uri; uri++) {
		int hi, lo;
		if (*uri == '%' && (hi = hexval(uri[1])) >= 0 && (lo = hexval(uri[2])) >= 0) {
			dl_buf_putc(&b, (char)(hi * 16 + lo));
			uri += 2;
		} else {
			dl_buf_putc(&b, *uri);
		}
	}
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

static const char *string_at(const cJSON *obj, const char *key)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, key));
}

static const cJSON *first_location(const cJSON *result)
{
	const cJSON *locs = cJSON_GetObjectItemCaseSensitive(result, "locations");
	return cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(locs, 0), "physicalLocation");
}

static unsigned number_at(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 4e9 ? (unsigned)v->valuedouble : 0;
}

static void read_location(dl_baseline_result *r, const cJSON *result)
{
	const cJSON *phys = first_location(result);
	const cJSON *art = cJSON_GetObjectItemCaseSensitive(phys, "artifactLocation");
	const cJSON *region = cJSON_GetObjectItemCaseSensitive(phys, "region");
	const char *uri = string_at(art, "uri"), *base = string_at(art, "uriBaseId");
	if (uri) {
		r->uri = dl_xstrdup(uri);
		r->path = uri_path(uri);
	}
	r->uri_base = base ? dl_xstrdup(base) : NULL;
	const char *snippet = string_at(cJSON_GetObjectItemCaseSensitive(region, "snippet"), "text");
	r->line = number_at(region, "startLine");
	r->column = number_at(region, "startColumn");
	r->snippet = snippet ? dl_xstrdup(snippet) : NULL;
}

/* One result; 0 ok, or DL_ERR_PARSE with *err set. Absent ones are skipped. */
static int read_result(dl_baseline *b, const cJSON *result, size_t run, size_t k, char **err)
{
	const char *rule = string_at(result, "ruleId"), *level = string_at(result, "level");
	const char *state = string_at(result, "baselineState"), *fp;
	const char *message = string_at(cJSON_GetObjectItemCaseSensitive(result, "message"), "text");
	dl_baseline_result *r;
	if (!cJSON_IsObject(result) || !rule) {
		*err = dl_xprintf("result %zu of run %zu has no \"ruleId\"", k + 1, run + 1);
		return DL_ERR_PARSE;
	}
	if (state && !strcmp(state, "absent"))
		return DL_OK;    /* it was gone already in that run */
	r = &b->items[b->count++];
	memset(r, 0, sizeof(*r));
	r->rule = dl_xstrdup(rule);
	r->message = dl_xstrdup(message ? message : "");
	if (!level || dl_level_parse(level, &r->level) < 0)
		r->level = DL_LEVEL_WARNING;   /* SARIF's default */
	fp = string_at(cJSON_GetObjectItemCaseSensitive(result, "partialFingerprints"), "primaryLocationLineHash");
	r->fingerprint = fp ? dl_xstrdup(fp) : NULL;
	read_location(r, result);
	return DL_OK;
}

static int read_runs(dl_baseline *b, const cJSON *runs, char **err)
{
	const cJSON *run, *result;
	size_t nrun = 0, total = 0;
	cJSON_ArrayForEach(run, runs)
		total += (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(run, "results"));
	b->items = dl_xcalloc(total + 1, sizeof(*b->items));
	cJSON_ArrayForEach(run, runs) {
		const cJSON *results = cJSON_GetObjectItemCaseSensitive(run, "results");
		const cJSON *list = cJSON_IsArray(results) ? results : NULL;
		size_t k = 0;
		if (!cJSON_IsObject(run)) {
			*err = dl_xprintf("run %zu is not an object", nrun + 1);
			return DL_ERR_PARSE;
		}
		if (results && !cJSON_IsArray(results) && !cJSON_IsNull(results)) {
			*err = dl_xprintf("\"results\" of run %zu is not an array", nrun + 1);
			return DL_ERR_PARSE;
		}
		cJSON_ArrayForEach(result, list) {
			int ret = read_result(b, result, nrun, k++, err);
			if (ret < 0)
				return ret;
		}
		nrun++;
	}
	return DL_OK;
}

int dl_baseline_parse(const char *text, size_t len, dl_baseline **out, char **err)
{
	cJSON *doc = cJSON_ParseWithLength(text, len);
	const cJSON *runs;
	const char *version;
	dl_baseline *b;
	int ret;
	*out = NULL;
	*err = NULL;
	if (!doc) {
		*err = dl_xstrdup("not valid JSON");
		return DL_ERR_PARSE;
	}
	version = string_at(doc, "version");
	runs = cJSON_GetObjectItemCaseSensitive(doc, "runs");
	if (!cJSON_IsObject(doc) || !cJSON_IsArray(runs)) {
		*err = dl_xstrdup("not a SARIF log (no \"runs\" array)");
		cJSON_Delete(doc);
		return DL_ERR_PARSE;
	}
	if (!version || strcmp(version, "2.1.0")) {
		*err = dl_xprintf("SARIF version %s%s%s is not supported (expected \"2.1.0\")",
				  version ? "\"" : "", version ? version : "(none)", version ? "\"" : "");
		cJSON_Delete(doc);
		return DL_ERR_PARSE;
	}
	b = dl_xcalloc(1, sizeof(*b));
	ret = read_runs(b, runs, err);
	cJSON_Delete(doc);
	if (ret < 0) {
		dl_baseline_free(b);
		return ret;
	}
	*out = b;
	return DL_OK;
}

int dl_baseline_load(const char *path, dl_baseline **out, char **err)
{
	dl_buf b = {0};
	char *why = NULL;
	int ret;
	*out = NULL;
	if ((ret = dl_read_file(path, &b)) < 0)
		*err = dl_xprintf("--baseline: %s: %s", path, strerror(errno));
	else if ((ret = dl_baseline_parse(dl_buf_cstr(&b), b.len, out, &why)) < 0)
		*err = dl_xprintf("--baseline: %s: %s", path, why);
	free(why);
	dl_buf_free(&b);
	return ret;
}

void dl_baseline_free(dl_baseline *b)
{
	size_t i;
	if (!b)
		return;
	for (i = 0; i < b->count; i++) {
		dl_baseline_result *r = &b->items[i];
		free(r->rule);
		free(r->path);
		free(r->uri);
		free(r->uri_base);
		free(r->fingerprint);
		free(r->snippet);
		free(r->message);
	}
	free(b->items);
	free(b);
}

/* ---- matching ---- */

static int same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The same code, white space aside. */
static int same_code(const char *a, const char *b)
{
	if (!a || !b)
		return 0;
	for (;;) {
		while (*a == ' ' || *a == '\t')
			a++;
		while (*b == ' ' || *b == '\t')
			b++;
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
		a++;
		b++;
	}
}

enum pass {
	SAME_HASH_AND_MESSAGE,   /* unchanged */
	SAME_CODE_AND_MESSAGE,   /* unchanged: the lines after it changed */
	SAME_HASH,               /* updated: another message */
	NPASSES
};

/* Does baseline result r match key k in this pass? */
static int matches(const dl_baseline_result *r, const dl_baseline_key *k, enum pass pass)
{
	if (!same(r->rule, k->rule) || !same(r->path, k->path))
		return 0;
	if (pass == SAME_CODE_AND_MESSAGE)
		return same_code(r->snippet, k->snippet) && same(r->message, k->message);
	if (r->fingerprint) {
		if (!same(r->fingerprint, k->fingerprint))
			return 0;
	} else if (r->line != k->line) {
		return 0;
	}
	return pass == SAME_HASH || same(r->message, k->message);
}

void dl_baseline_match(const dl_baseline *b, const dl_baseline_key *keys, size_t n,
		       dl_baseline_state *states, unsigned char *used)
{
	size_t i, j;
	int pass;
	for (i = 0; i < n; i++)
		states[i] = DL_BASELINE_NEW;
	for (j = 0; j < b->count; j++)
		used[j] = 0;
	/* Closest matches first, so a weaker one cannot take another's match. */
	for (pass = SAME_HASH_AND_MESSAGE; pass < NPASSES; pass++) {
		for (i = 0; i < n; i++) {
			if (states[i] != DL_BASELINE_NEW)
				continue;
			for (j = 0; j < b->count; j++) {
				if (used[j] || !matches(&b->items[j], &keys[i], (enum pass)pass))
					continue;
				used[j] = 1;
				states[i] = pass == SAME_HASH ? DL_BASELINE_UPDATED : DL_BASELINE_UNCHANGED;
				break;
			}
		}
	}
}
