/*
 * The summary cache (analyzer/cache.c): a directory with one JSON file per
 * source file, holding what its last analysis found (the model's facts, the
 * plug-ins' summaries and contexts, its findings), the key of everything it
 * was computed from (its text, its headers' text, its compiler arguments,
 * drvlint's version) and the digest of what it read from other files. A run
 * reuses a file's entry only while both still hold (docs: README "Summary
 * cache").
 */
#ifndef DRVLINT_CACHE_H
#define DRVLINT_CACHE_H

#include "drvlint/frontend.h"

#include <cjson/cJSON.h>

typedef struct dl_cache_entry {
	dl_source src;         /* how to parse the file again */
	char key[33];          /* of its inputs on disk when it was written */
	char inputs[33];       /* what its analysis read from other files */
	cJSON *includes;       /* [[path, digest]...]: the files it was parsed from */
	cJSON *model;          /* dl_model_unit_facts */
	cJSON *facts;          /* dl_unit_io facts */
} dl_cache_entry;

typedef struct dl_cache dl_cache;

/* Opens (creating it if needed) the cache directory and reads its entries;
 * an unreadable or malformed entry is ignored (it will be rewritten). */
int dl_cache_open(const char *dir, dl_cache **out, char **err);
void dl_cache_free(dl_cache *c);   /* NULL is a no-op */

size_t dl_cache_count(const dl_cache *c);
dl_cache_entry *dl_cache_entry_at(dl_cache *c, size_t i);
/* Whether the entry's file, headers and arguments are as when it was written. */
int dl_cache_entry_current(dl_cache *c, const dl_cache_entry *e);

/* Writes the entry of a parsed file (whole or not at all). 0 ok, DL_ERR_IO. */
int dl_cache_store(dl_cache *c, const dl_tu *tu, cJSON *model, cJSON *facts, const char inputs[33],
		   char **err);

#endif
