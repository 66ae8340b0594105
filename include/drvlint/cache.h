/*
 * The summary cache (analyzer/cache.c): a directory with one file per source
 * file, holding what its last analysis found (the model's facts, the
 * plug-ins' summaries and contexts, its findings), the key of everything it
 * was computed from (its text, its headers' text, its compiler arguments,
 * drvlint's version) and the digest of what it read from other files. A run
 * reuses a file's entry only while both still hold (docs: README "Summary
 * cache").
 *
 * An entry is two JSON documents: everything but the summaries, then the
 * summaries. A run needs the summaries of the few files its own files call
 * into, and they are most of an entry's bytes: the second document is only
 * parsed when asked for.
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
	cJSON *facts;          /* dl_unit_io facts, without "summaries" */
	dl_buf text;           /* the file, holding the summaries' document... */
	size_t summaries_at;   /* ...from here */
	cJSON *summaries;      /* parsed on first use */
	int summaries_bad;     /* unreadable: the file must be parsed instead */
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

/* The entry's "summaries" (as dl_unit_io facts have them), parsed on first
 * use; NULL, with e->summaries_bad set, when they cannot be read. */
const cJSON *dl_cache_entry_summaries(dl_cache_entry *e);

/* Writes the entry of a parsed file (whole or not at all). 0 ok, DL_ERR_IO. */
int dl_cache_store(dl_cache *c, const dl_tu *tu, cJSON *model, cJSON *facts, const char inputs[33],
		   char **err);

#endif
