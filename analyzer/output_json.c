/* The `--format json` document; docs/json-format.md describes it. Its keys are
 * a stable interface: add new ones only with a new "version". */
#include "output_priv.h"
#include "drvlint/facts.h"

#include <stdlib.h>
#include <cjson/cJSON.h>

static void add_text(cJSON *obj, const char *key, const char *s)
{
	char *clean = dl_utf8_clean(s);
	cJSON_AddStringToObject(obj, key, clean);
	free(clean);
}

/* A file as text output shows it; null when unknown. */
static void add_file(cJSON *obj, const dl_report *r, const char *file)
{
	char *path;
	if (!file) {
		cJSON_AddNullToObject(obj, "file");
		return;
	}
	path = dl_display_path(r->srcroot, file);
	add_text(obj, "file", path);
	free(path);
}

static void add_loc(cJSON *obj, const dl_report *r, const dl_loc *loc)
{
	add_file(obj, r, loc->file);
	cJSON_AddNumberToObject(obj, "line", loc->line);
	cJSON_AddNumberToObject(obj, "column", loc->column);
}

static cJSON *finding_json(const dl_report *r, const dl_finding *f)
{
	cJSON *o = cJSON_CreateObject(), *path;
	size_t k;
	cJSON_AddStringToObject(o, "rule", f->rule->id);
	cJSON_AddStringToObject(o, "level", dl_level_name(f->level));
	add_text(o, "message", f->message);
	add_loc(o, r, &f->loc);
	path = cJSON_AddArrayToObject(o, "path");
	for (k = 0; k < f->nsteps; k++) {
		cJSON *step = cJSON_CreateObject();
		add_loc(step, r, &f->steps[k].loc);
		add_text(step, "message", f->steps[k].message);
		cJSON_AddItemToArray(path, step);
	}
	return o;
}

static cJSON *notice_json(const dl_report *r, const dl_notice *n)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "level", dl_level_name(n->level));
	add_file(o, r, n->file);
	add_text(o, "message", n->message);
	return o;
}

int dl_write_json(FILE *out, const dl_report *r)
{
	cJSON *doc = cJSON_CreateObject(), *arr;
	size_t i;
	int ret;
	cJSON_AddNumberToObject(doc, "version", 1);
	cJSON_AddStringToObject(doc, "tool", "drvlint");
	arr = cJSON_AddArrayToObject(doc, "findings");
	for (i = 0; i < r->findings->count; i++)
		if (dl_report_counts(r, i))
			cJSON_AddItemToArray(arr, finding_json(r, &r->findings->items[i]));
	arr = cJSON_AddArrayToObject(doc, "notices");
	for (i = 0; i < r->nnotices; i++)
		cJSON_AddItemToArray(arr, notice_json(r, &r->notices[i]));
	ret = dl_json_write(out, doc, 1);
	cJSON_Delete(doc);
	return ret;
}
