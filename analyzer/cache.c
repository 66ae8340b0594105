/* The summary cache (include/drvlint/cache.h). */
#include "drvlint/cache.h"
#include "drvlint/facts.h"
#include "drvlint/frontend.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_FORMAT 4

struct dl_cache {
	char *dir;
	dl_cache_entry *entries;
	size_t n, cap;
	dl_index *memo;            /* path -> index in digests: each file is read once */
	char (*digests)[33];
	size_t ndigests, capdigests;
};

/* ---- keys ---- */

/* The digest of a file's bytes ("absent" when it cannot be read), memoised. */
static const char *file_digest(dl_cache *c, const char *path)
{
	size_t i;
	dl_buf text = {0};
	dl_digest d;
	if (dl_index_get(c->memo, path, &i))
		return c->digests[i];
	DL_GROW(c->digests, c->capdigests, c->ndigests + 1);
	i = c->ndigests++;
	/* Whole slots are digested: no bytes left over from the allocator. */
	memset(c->digests[i], 0, sizeof(c->digests[i]));
	if (dl_read_file(path, &text) < 0) {
		strcpy(c->digests[i], "absent");
	} else {
		dl_digest_init(&d);
		dl_digest_update(&d, text.ptr ? text.ptr : "", text.len);
		dl_digest_hex(&d, c->digests[i]);
	}
	dl_buf_free(&text);
	dl_index_put(c->memo, path, i);
	return c->digests[i];
}

/* The key of a source with its list of files: drvlint's version, the
 * arguments, and each file's path and bytes. */
static void source_key(dl_cache *c, const dl_source *src, const cJSON *includes, char out[33])
{
	const cJSON *inc;
	dl_digest d;
	size_t i;
	dl_digest_init(&d);
	dl_digest_update(&d, DL_VERSION, sizeof(DL_VERSION));
	dl_digest_update(&d, src->path, strlen(src->path) + 1);
	if (src->directory)
		dl_digest_update(&d, src->directory, strlen(src->directory) + 1);
	for (i = 0; i < src->nargs; i++)
		dl_digest_update(&d, src->args[i], strlen(src->args[i]) + 1);
	cJSON_ArrayForEach(inc, includes) {
		const char *path = cJSON_GetStringValue(inc);
		if (path) {
			dl_digest_update(&d, path, strlen(path) + 1);
			dl_digest_update(&d, file_digest(c, path), 33);
		}
	}
	dl_digest_hex(&d, out);
}

/* A file libclang read under a name that is not on disk (an include in
 * another case, given as an unsaved copy) counts as the file it copies. */
static void inclusion_visit(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	char *path = dl_cxstring(clang_getFileName(file)), *real = NULL;
	(void)stack;
	(void)depth;
	if (access(path, F_OK) != 0 && (real = dl_find_file_ci(path)))
		cJSON_AddItemToArray(data, cJSON_CreateString(real));
	cJSON_AddItemToArray(data, cJSON_CreateString(path));
	free(real);
	free(path);
}

static int string_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The files a TU was parsed from, sorted and unique: its inclusions and
 * those of its precompiled header, which libclang does not list. */
static cJSON *tu_files(const dl_tu *tu)
{
	cJSON *all = cJSON_CreateArray(), *out = cJSON_CreateArray(), *f;
	char **v;
	size_t n = 0, i;
	clang_getInclusions(tu->tu, inclusion_visit, all);
	for (i = 0; i < tu->npch_files; i++)
		cJSON_AddItemToArray(all, cJSON_CreateString(tu->pch_files[i]));
	v = dl_xcalloc((size_t)cJSON_GetArraySize(all) + 1, sizeof(*v));
	cJSON_ArrayForEach(f, all)
		v[n++] = f->valuestring;
	qsort(v, n, sizeof(*v), string_cmp);
	for (i = 0; i < n; i++)
		if (!i || strcmp(v[i - 1], v[i]))
			cJSON_AddItemToArray(out, cJSON_CreateString(v[i]));
	free(v);
	cJSON_Delete(all);
	return out;
}

int dl_cache_entry_current(dl_cache *c, const dl_cache_entry *e)
{
	char key[33];
	source_key(c, &e->src, e->includes, key);
	return !strcmp(key, e->key);
}

/* ---- entries ---- */

static char *entry_path(const dl_cache *c, const char *source)
{
	dl_digest d;
	char hex[33];
	dl_digest_init(&d);
	dl_digest_update(&d, source, strlen(source));
	dl_digest_hex(&d, hex);
	return dl_xprintf("%s/%s.json", c->dir, hex);
}

static void entry_free(dl_cache_entry *e)
{
	dl_source_free(&e->src);
	cJSON_Delete(e->includes);
	cJSON_Delete(e->model);
	cJSON_Delete(e->facts);
	cJSON_Delete(e->summaries);
	dl_buf_free(&e->text);
}

static int copy_hex(const cJSON *o, const char *key, char out[33])
{
	const char *s = dl_json_str(o, key);
	if (!s || strlen(s) != 32)
		return 0;
	memcpy(out, s, 33);
	return 1;
}

/* 1 when `o` is a well-formed entry header (taken over into *e) followed
 * by `rest` bytes, its summaries' document. */
static int entry_from_json(cJSON *o, size_t rest, dl_cache_entry *e)
{
	cJSON *args = cJSON_GetObjectItemCaseSensitive(o, "args"), *a;
	const char *file = dl_json_str(o, "file"), *dir = dl_json_str(o, "directory");
	if (dl_json_int(o, "format", 0) != CACHE_FORMAT || !file || *file != '/' || !cJSON_IsArray(args) ||
	    !copy_hex(o, "key", e->key) || !copy_hex(o, "inputs", e->inputs) ||
	    dl_json_int(o, "summaries_bytes", -1) != (long)rest ||
	    !cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(o, "includes")) ||
	    !cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(o, "model")) ||
	    !cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(o, "facts")))
		return 0;
	cJSON_ArrayForEach(a, args)
		if (!cJSON_IsString(a))
			return 0;
	e->src.path = dl_xstrdup(file);
	e->src.directory = dir ? dl_xstrdup(dir) : NULL;
	e->src.args = dl_xcalloc((size_t)cJSON_GetArraySize(args) + 1, sizeof(char *));
	cJSON_ArrayForEach(a, args)
		e->src.args[e->src.nargs++] = dl_xstrdup(a->valuestring);
	e->includes = cJSON_DetachItemFromObjectCaseSensitive(o, "includes");
	e->model = cJSON_DetachItemFromObjectCaseSensitive(o, "model");
	e->facts = cJSON_DetachItemFromObjectCaseSensitive(o, "facts");
	return 1;
}

/* Reads the header; the summaries stay text until asked for. */
static void read_entry(dl_cache *c, const char *path)
{
	dl_cache_entry *e;
	const char *end = NULL;
	cJSON *o;
	DL_GROW(c->entries, c->cap, c->n + 1);
	e = &c->entries[c->n];
	memset(e, 0, sizeof(*e));
	if (dl_read_file(path, &e->text) < 0 || !e->text.ptr)
		goto cleanup;
	o = cJSON_ParseWithLengthOpts(e->text.ptr, e->text.len, &end, 0);
	if (o && end < e->text.ptr + e->text.len && *end == '\n') {
		e->summaries_at = (size_t)(end + 1 - e->text.ptr);
		if (entry_from_json(o, e->text.len - e->summaries_at, e)) {
			c->n++;
			cJSON_Delete(o);
			return;
		}
	}
	cJSON_Delete(o);
cleanup:
	entry_free(e);
}

const cJSON *dl_cache_entry_summaries(dl_cache_entry *e)
{
	if (e->summaries || e->summaries_bad)
		return e->summaries;
	e->summaries = cJSON_ParseWithLength(e->text.ptr + e->summaries_at, e->text.len - e->summaries_at);
	if (!cJSON_IsObject(e->summaries)) {
		cJSON_Delete(e->summaries);
		e->summaries = NULL;
		e->summaries_bad = 1;
	}
	return e->summaries;
}

static int is_entry_name(const char *name)
{
	size_t n = strlen(name);
	return n == 37 && !strcmp(name + 32, ".json") && strspn(name, "0123456789abcdef") == 32;
}

int dl_cache_open(const char *dir, dl_cache **out, char **err)
{
	dl_cache *c;
	struct dirent *de;
	DIR *d;
	*out = NULL;
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		*err = dl_xprintf("cannot create the cache directory '%s': %s", dir, strerror(errno));
		return DL_ERR_IO;
	}
	if (!(d = opendir(dir))) {
		*err = dl_xprintf("cannot read the cache directory '%s': %s", dir, strerror(errno));
		return DL_ERR_IO;
	}
	c = dl_xcalloc(1, sizeof(*c));
	c->dir = dl_xstrdup(dir);
	c->memo = dl_index_new();
	while ((de = readdir(d))) {
		if (is_entry_name(de->d_name)) {
			char *path = dl_xprintf("%s/%s", dir, de->d_name);
			read_entry(c, path);
			free(path);
		}
	}
	closedir(d);
	*out = c;
	return DL_OK;
}

void dl_cache_free(dl_cache *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		entry_free(&c->entries[i]);
	free(c->entries);
	free(c->digests);
	dl_index_free(c->memo);
	free(c->dir);
	free(c);
}

size_t dl_cache_count(const dl_cache *c)
{
	return c ? c->n : 0;
}

dl_cache_entry *dl_cache_entry_at(dl_cache *c, size_t i)
{
	return &c->entries[i];
}

/* The two documents of an entry, as written. */
typedef struct entry_text {
	char *header, *summaries;
} entry_text;

static int fill_entry(FILE *f, void *arg)
{
	const entry_text *t = arg;
	if (fputs(t->header, f) == EOF || fputc('\n', f) == EOF || fputs(t->summaries, f) == EOF || fflush(f) == EOF)
		return -1;
	return 0;
}

/* The entry's first document: `facts` without its summaries. */
static cJSON *entry_header(dl_cache *c, const dl_tu *tu, cJSON *model, const cJSON *facts,
			   const char inputs[33], size_t summaries_bytes)
{
	cJSON *o = cJSON_CreateObject(), *args, *files = tu_files(tu), *head, *m;
	char key[33];
	size_t i;
	source_key(c, tu->src, files, key);
	dl_json_put_int(o, "format", CACHE_FORMAT);
	dl_json_put_str(o, "file", tu->src->path);
	dl_json_put_str(o, "directory", tu->src->directory);
	args = cJSON_AddArrayToObject(o, "args");
	for (i = 0; i < tu->src->nargs; i++)
		cJSON_AddItemToArray(args, cJSON_CreateString(tu->src->args[i]));
	dl_json_put_str(o, "key", key);
	dl_json_put_str(o, "inputs", inputs);
	dl_json_put_int(o, "summaries_bytes", (long)summaries_bytes);
	cJSON_AddItemToObject(o, "includes", files);
	cJSON_AddItemReferenceToObject(o, "model", model);
	head = cJSON_AddObjectToObject(o, "facts");
	cJSON_ArrayForEach(m, facts)
		if (strcmp(m->string, "summaries"))
			cJSON_AddItemReferenceToObject(head, m->string, m);
	return o;
}

int dl_cache_store(dl_cache *c, const dl_tu *tu, cJSON *model, cJSON *facts, const char inputs[33],
		   char **err)
{
	const cJSON *sums = cJSON_GetObjectItemCaseSensitive(facts, "summaries");
	cJSON *none = cJSON_CreateObject(), *header = NULL;
	char *path = entry_path(c, tu->src->path);
	entry_text t = {NULL, NULL};
	int e = ENOMEM;
	if (!(t.summaries = cJSON_PrintUnformatted(sums ? sums : none)))
		goto cleanup;
	header = entry_header(c, tu, model, facts, inputs, strlen(t.summaries));
	if ((t.header = cJSON_PrintUnformatted(header)))
		e = dl_write_atomic(path, fill_entry, &t);
cleanup:
	if (e)
		*err = dl_xprintf("cannot write the cache entry '%s': %s", path, strerror(e));
	cJSON_Delete(header);
	cJSON_Delete(none);
	cJSON_free(t.header);
	cJSON_free(t.summaries);
	free(path);
	return e ? DL_ERR_IO : DL_OK;
}
