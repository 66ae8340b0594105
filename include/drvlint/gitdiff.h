/*
 * The lines changed since a git revision, for --changed-since
 * (analyzer/gitdiff.c). The parser of `git diff --unified=0` output is a pure
 * function so it can be fuzzed; dl_changes_collect runs git.
 */
#ifndef DRVLINT_GITDIFF_H
#define DRVLINT_GITDIFF_H

#include <stddef.h>

typedef struct dl_line_range {
	unsigned first, last;     /* inclusive, 1-based */
} dl_line_range;

typedef struct dl_changed_file {
	char *path;               /* as git names it: relative to the top of the work tree */
	char *real;               /* its resolved absolute path (set by dl_changes_collect), or NULL */
	int whole;                /* every line counts (an untracked file) */
	dl_line_range *ranges;
	size_t nranges;
} dl_changed_file;

typedef struct dl_changes {
	char *top;                /* the work tree's top directory (absolute), or NULL */
	dl_changed_file *files;
	size_t count;
} dl_changes;

/* Adds the new-side lines of each hunk of a `git diff --unified=0` text to
 * `out`. A hunk that only deletes marks the lines on both sides of the gap.
 * Deleted files are skipped. Never fails on malformed input. */
void dl_gitdiff_parse(const char *text, size_t len, dl_changes *out);

/* The changes of the work tree holding directory `dir` since `rev`: tracked
 * files through `git diff`, untracked (not ignored) files as wholly changed.
 * 0 ok; DL_ERR_USAGE with *err a malloc'd one-line message (not a git work
 * tree, unknown revision, git missing). */
int dl_changes_collect(const char *dir, const char *rev, dl_changes *out, char **err);

/* Is line `line` of `path` (absolute) changed? Paths are compared after
 * resolving symbolic links. */
int dl_changes_contains(const dl_changes *c, const char *path, unsigned line);

void dl_changes_clear(dl_changes *c);   /* frees contents; c stays usable */

#endif
