/*
 * Facts as plain data (analyzer/facts.c): the JSON shapes shared by the
 * model, the analysis plug-ins and the summary cache, and the digest that
 * tells whether cached facts still hold.
 */
#ifndef DRVLINT_FACTS_H
#define DRVLINT_FACTS_H

#include "drvlint/common.h"
#include "drvlint/finding.h"

#include <cjson/cJSON.h>
#include <stdint.h>

/* Readers are total: a missing or mistyped member reads as absent (a cache
 * file is input like any other). */
const char *dl_json_str(const cJSON *obj, const char *key);   /* NULL when absent */
char *dl_json_strdup(const cJSON *obj, const char *key);      /* malloc'd copy, NULL when absent */
long dl_json_int(const cJSON *obj, const char *key, long dflt);
/* Writers skip NULL strings and zero integers, so absent and default agree. */
void dl_json_put_str(cJSON *obj, const char *key, const char *s);
void dl_json_put_int(cJSON *obj, const char *key, long v);

/* A location as [file, line, column]; an unknown one is not written. */
void dl_json_put_loc(cJSON *obj, const char *key, const dl_loc *l);
int dl_json_get_loc(const cJSON *obj, const char *key, dl_loc *out);  /* 1 when present */
/* A path as [[file, line, column, message]...]. */
void dl_json_put_steps(cJSON *obj, const char *key, const dl_step *steps, size_t n);
void dl_json_get_steps(const cJSON *obj, const char *key, dl_step **steps, size_t *n);

/* A 128-bit digest (two FNV-1a lanes), as 32 hex digits. */
typedef struct dl_digest {
	uint64_t a, b;
} dl_digest;
void dl_digest_init(dl_digest *d);
void dl_digest_update(dl_digest *d, const void *data, size_t n);
void dl_digest_hex(const dl_digest *d, char out[33]);
/* The digest of a JSON value: its members and values walked in order. */
void dl_digest_json(dl_digest *d, const cJSON *j);

/* Writes `doc` and a newline: formatted for people, else compact.
 * DL_OK, DL_ERR_NOMEM or DL_ERR_IO. */
int dl_json_write(FILE *out, const cJSON *doc, int formatted);

/* Findings as data: rule id, level, message, location and path. Unknown rule
 * ids are skipped by the reader. */
cJSON *dl_json_findings(const dl_findings *fs, size_t from, size_t to);
void dl_json_get_findings(const cJSON *arr, dl_findings *out);

#endif
