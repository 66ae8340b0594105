/*
 * The progress line (analyzer/progress.c): on a terminal, a run that takes
 * more than a second shows what it is doing on stderr, one line redrawn in
 * place and erased at the end. Never in a pipe, a file or a CI log.
 */
#ifndef DRVLINT_PROGRESS_H
#define DRVLINT_PROGRESS_H

#include <stddef.h>

typedef struct dl_progress dl_progress;

/* Is a progress line wanted on fd: a terminal, not TERM=dumb, and not in CI
 * (CI, or Azure Pipelines' TF_BUILD, set in the environment)? */
int dl_progress_wanted(int fd);

/* Starts drawing on fd once delay_ms have passed (then every 100 ms). */
dl_progress *dl_progress_start(int fd, unsigned delay_ms);
/* The current phase: "drvlint: WHAT DONE/TOTAL files", DONE from done(arg)
 * (called on the drawing thread) or, when done is NULL, "drvlint: WHAT TOTAL files". */
void dl_progress_phase(dl_progress *p, const char *what, size_t total,
		       size_t (*done)(void *arg), void *arg);
/* Stops and erases the line. NULL is a no-op. */
void dl_progress_stop(dl_progress *p);

#endif
