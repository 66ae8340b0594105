/* `--format codeclimate`: the GitLab Code Quality report (a Code Climate issue
 * array) that the merge-request widget reads; docs/ci.md shows the CI job. */
#include "output_priv.h"
#include "drvlint/facts.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

/* GitLab's severities: info, minor, major, critical, blocker. */
static const char *severity(dl_level l)
{
	switch (l) {
	case DL_LEVEL_ERROR:
		return "critical";
	case DL_LEVEL_WARNING:
		return "major";
	case DL_LEVEL_NOTE:
		return "minor";
	default:
		return "info";
	}
}

static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h ^ 0xff;   /* a field separator, so "ab"+"c" differs from "a"+"bc" */
}

/* GitLab matches issues across pipelines by fingerprint: built from what
 * survives code moving (rule, file, the code from the line on, message),
 * not the line number. */
static char *fingerprint(const char *rule, const char *path, const char *linehash, const char *message)
{
	const char *parts[] = {rule, path, linehash ? linehash : "", message};
	uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
	size_t i;
	for (i = 0; i < 4; i++) {
		a = fnv1a(a, parts[i]);
		b = fnv1a(b, parts[i]) * 31;
	}
	return dl_xprintf("%016" PRIx64 "%016" PRIx64, a, b);
}

static const char *category(const dl_rule *rule)
{
	return rule->tags && strstr(rule->tags, "security") ? "Security" : "Bug Risk";
}

static cJSON *issue_json(const dl_report *r, dl_srccache *cache, const dl_finding *f)
{
	cJSON *o = cJSON_CreateObject(), *loc, *lines;
	char *path = f->loc.file ? dl_display_path(r->srcroot, f->loc.file) : dl_xstrdup("");
	char *clean = dl_utf8_clean(f->message), *cpath = dl_utf8_clean(path);
	dl_srcfile *src = f->loc.file ? dl_srccache_get(cache, f->loc.file) : NULL;
	char *fp = fingerprint(f->rule->id, cpath, src ? dl_srcfile_hash(src, f->loc.line) : NULL, clean);
	cJSON_AddStringToObject(o, "type", "issue");
	cJSON_AddStringToObject(o, "check_name", f->rule->id);
	cJSON_AddStringToObject(o, "description", clean);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "categories"), cJSON_CreateString(category(f->rule)));
	cJSON_AddStringToObject(o, "fingerprint", fp);
	cJSON_AddStringToObject(o, "severity", severity(f->level));
	loc = cJSON_AddObjectToObject(o, "location");
	cJSON_AddStringToObject(loc, "path", cpath);
	lines = cJSON_AddObjectToObject(loc, "lines");
	cJSON_AddNumberToObject(lines, "begin", f->loc.line ? f->loc.line : 1);
	free(fp);
	free(clean);
	free(cpath);
	free(path);
	return o;
}

int dl_write_codeclimate(FILE *out, const dl_report *r)
{
	cJSON *doc = cJSON_CreateArray();
	dl_srccache *cache = dl_srccache_new();
	size_t i;
	int ret;
	for (i = 0; i < r->findings->count; i++)
		if (dl_report_counts(r, i))
			cJSON_AddItemToArray(doc, issue_json(r, cache, &r->findings->items[i]));
	dl_srccache_free(cache);
	ret = dl_json_write(out, doc, 1);
	cJSON_Delete(doc);
	return ret;
}
