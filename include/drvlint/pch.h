/*
 * Precompiled model headers (analyzer/pch.c).
 *
 * Most of a driver file's parse is the WDK model headers it starts with
 * (`#include <ntddk.h>`). Files whose first directive includes the same model
 * header with the same arguments share one precompiled header, built with
 * libclang into a private temporary directory and given to each parse as
 * `-include-pch`: the same text, in the same order, read once. A file
 * that starts otherwise, that brings its own WDK or forced includes, or whose
 * group is too small to pay for the build, is parsed as it is.
 */
#ifndef DRVLINT_PCH_H
#define DRVLINT_PCH_H

#include <stddef.h>
#include "drvlint/frontend.h"

/* When to precompile (--pch). */
typedef enum dl_pch_mode {
	DL_PCH_AUTO = 0,   /* for groups of DL_PCH_MIN_FILES files or more */
	DL_PCH_ALWAYS,     /* for every file that qualifies, even alone (tests) */
	DL_PCH_NEVER
} dl_pch_mode;

/* Building one costs about as much as parsing a file; a group this large
 * saves at least twice that. */
#define DL_PCH_MIN_FILES 4

typedef struct dl_pch dl_pch;

/* The model header `path` starts with (its first directive is `#include <H>`
 * and H is a file of the model directory `model`), malloc'd; NULL if none. */
char *dl_pch_first_include(const char *path, const char *model);

/* Groups `srcs` by first model header and arguments, builds a precompiled
 * header for each group that `mode` allows, and sets each member's `pch`.
 * A group whose build fails is parsed as it is. With `keep` (the summary
 * cache's directory), headers are kept there for later runs, reused while
 * the files they were made from are unchanged, and made even for one file;
 * without, they live in a temporary directory for this run only. Always
 * returns a dl_pch (*out), to be freed once the parses are done; 0, or
 * DL_ERR_IO when no temporary directory could be made (then nothing is
 * precompiled). */
int dl_pch_plan(const dl_env *env, dl_source *srcs, size_t n, dl_pch_mode mode, const char *keep,
		dl_pch **out);

/* Clears the sources' `pch` and removes the temporary files. NULL is a no-op. */
void dl_pch_free(dl_pch *pch, dl_source *srcs, size_t n);

#endif
