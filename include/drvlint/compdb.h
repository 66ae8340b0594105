/*
 * compile_commands.json (analyzer/compdb.c): the arguments a build used for
 * each file, reduced to what matters to the frontend (include paths, macros,
 * forced includes, the C standard), with relative paths made absolute.
 */
#ifndef DRVLINT_COMPDB_H
#define DRVLINT_COMPDB_H

#include <stddef.h>

typedef struct dl_compdb_entry {
	char *file;        /* absolute */
	char *key;         /* realpath of file (file itself when it does not exist) */
	char *directory;   /* absolute */
	char **args;       /* frontend arguments: no compiler, no file, no -c/-o */
	size_t nargs;
} dl_compdb_entry;

typedef struct dl_compdb {
	char *path;               /* the compile_commands.json read */
	dl_compdb_entry *entries; /* in file order */
	size_t count;
} dl_compdb;

/* -p PATH: the file itself, or PATH/compile_commands.json. Malloc'd result;
 * DL_ERR_IO with *err set when there is none. */
int dl_compdb_locate(const char *path, char **out, char **err);
/* The nearest compile_commands.json in `dir` or above it; NULL when none. */
char *dl_compdb_search(const char *dir);

/* Reads and validates a database. Errors (DL_ERR_IO, DL_ERR_PARSE) come with
 * *err naming the file and the problem ("x/compile_commands.json: entry 3 has no 'file'"). */
int dl_compdb_load(const char *path, dl_compdb **out, char **err);
/* The same from text; `path` names it in messages, and relative `directory`
 * values are taken against the directory of `path`. */
int dl_compdb_parse(const char *path, const char *text, dl_compdb **out, char **err);
void dl_compdb_free(dl_compdb *db);

/* The first entry for `file` (compared by realpath), or NULL. */
const dl_compdb_entry *dl_compdb_lookup(const dl_compdb *db, const char *file);

/* Splits a command line as a POSIX shell does words: blanks separate, quotes
 * group, backslash escapes. 0 ok; DL_ERR_PARSE with *err for an unterminated quote. */
int dl_split_command(const char *cmd, char ***argv, size_t *argc, char **err);

/* Reduces a full compiler command line (argv[0] the compiler) to the frontend
 * arguments: keeps -I/-D/-U/-include/-isystem/-iquote/-idirafter/-std (C only),
 * translates cl's /I /D /U /FI when the compiler is cl or clang-cl, drops the
 * rest, and makes relative paths absolute against `directory`. */
void dl_compdb_reduce(char **argv, size_t argc, const char *directory,
		      char ***out, size_t *nout);

/* `path` made absolute against `base` (NULL: the current directory), with the
 * directory part resolved (symlinks, "..") when it exists. Malloc'd. */
char *dl_absolute_path(const char *base, const char *path);

#endif
