/* The frontend: sources to analyze, the compiler arguments they get, and parsing. */
#ifndef DRVLINT_FRONTEND_H
#define DRVLINT_FRONTEND_H

#include "drvlint/common.h"

/* One file to analyze, with the arguments its build used (compile_commands.json)
 * or those given after `--`. */
typedef struct dl_source {
	char *path;        /* absolute path */
	char *directory;   /* working directory of the compile command; NULL: cwd */
	char **args;       /* user compiler arguments (no compiler name, no file) */
	size_t nargs;
	const char *pch;   /* precompiled first header to parse with (borrowed from
	                    * dl_pch_plan while parsing, include/drvlint/pch.h), or NULL */
} dl_source;

void dl_source_free(dl_source *s);   /* frees contents */

/* Where drvlint's own files are: the built-in WDK model headers and data. Found
 * relative to the executable (build tree or installed prefix). */
typedef struct dl_env {
	char *wdk_include;    /* directory with ntddk.h, wdm.h... */
	char *resource_dir;   /* libclang's builtin headers (-resource-dir) */
} dl_env;

int dl_env_init(dl_env *env, const char *argv0);
void dl_env_free(dl_env *env);

/* The exact argv given to libclang for `src` (without the file name): target,
 * MSVC mode, resource dir, built-in headers (unless the user passes a WDK), then
 * the user's arguments. Caller frees with dl_args_free. */
int dl_compiler_args(const dl_env *env, const dl_source *src, char ***argv, size_t *argc);
void dl_args_free(char **argv, size_t argc);

/* A parsed translation unit. */
typedef struct dl_tu {
	const dl_source *src;
	CXTranslationUnit tu;
	unsigned nerrors;      /* compiler errors (the file was still analyzed) */
	char *first_error;     /* "file:line:col: message" of the first one, or NULL */
} dl_tu;

/* Parses `src` (with its precompiled header if it has one; without, if that
 * fails). 0 ok (tu->tu set, maybe with compile errors counted);
 * DL_ERR_IO / DL_ERR_PARSE with *err a malloc'd one-line message. */
int dl_parse(CXIndex index, const dl_env *env, const dl_source *src, dl_tu *tu, char **err);
void dl_tu_dispose(dl_tu *tu);

#endif
