/* The frontend: sources to analyze, the compiler arguments they get, and parsing. */
#ifndef DRVLINT_FRONTEND_H
#define DRVLINT_FRONTEND_H

#include <pthread.h>
#include "drvlint/common.h"

/* A precompiled header (include/drvlint/pch.h): its file, and the files it
 * was made from, which libclang does not list among a TU's inclusions. */
typedef struct dl_precompiled {
	char *path;
	char **files;
	size_t nfiles;
} dl_precompiled;

/* One file to analyze, with the arguments its build used (compile_commands.json)
 * or those given after `--`. */
typedef struct dl_source {
	char *path;        /* absolute path */
	char *directory;   /* working directory of the compile command; NULL: cwd */
	char **args;       /* user compiler arguments (no compiler name, no file) */
	size_t nargs;
	const dl_precompiled *pch;   /* first header to parse with (borrowed from
	                              * dl_pch_plan while parsing), or NULL */
} dl_source;

void dl_source_free(dl_source *s);   /* frees contents */

/* Where drvlint's own files are: the built-in WDK model headers and data. Found
 * relative to the executable (build tree or installed prefix). */
typedef struct dl_env {
	char *wdk_include;    /* directory with ntddk.h, wdm.h... */
	char *resource_dir;   /* libclang's builtin headers (-resource-dir) */
} dl_env;

int dl_env_init(dl_env *env, const char *argv0);

/* libclang parses on the calling thread (LIBCLANG_NOTHREADS) and, like the
 * analysis, recurses as deep as the input nests: parse and analyze on a
 * thread with this stack (with -fbracket-depth=65536 to match). */
#define DL_PARSER_STACK ((size_t)512 << 20)
/* pthread_create with that stack; 0 or an errno value. */
int dl_start_parser_thread(pthread_t *t, void *(*fn)(void *), void *arg);
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
	char **pch_files;      /* read through src->pch (not among its inclusions) */
	size_t npch_files;
} dl_tu;

/* The file an absolute `path` names when every component is matched without
 * regard to case, as Windows does (malloc'd), or NULL. */
char *dl_find_file_ci(const char *path);

/* Parses `src` (with its precompiled header if it has one, whose files go to
 * tu->pch_files; without, if that fails). 0 ok (tu->tu set, maybe with
 * compile errors counted);
 * DL_ERR_IO / DL_ERR_PARSE with *err a malloc'd one-line message. */
int dl_parse(CXIndex index, const dl_env *env, const dl_source *src, dl_tu *tu, char **err);
void dl_tu_dispose(dl_tu *tu);
/* Sets tu->pch_files from tu->src->pch (for a TU parsed elsewhere, as by an
 * isolated child). Even after a fallback parse they are files it read. */
void dl_tu_note_pch(dl_tu *tu);
/* Has `tu` a diagnostic of severity `at_least` or worse? */
int dl_tu_has_diagnostic(CXTranslationUnit tu, enum CXDiagnosticSeverity at_least);

#endif
