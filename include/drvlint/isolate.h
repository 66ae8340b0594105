/*
 * Parsing under limits (design.md section 2, "Hostile input"; analyzer/isolate.c).
 *
 * libclang can crash, recurse past any stack or run away in time and memory on
 * pathological input, and drvlint keeps every translation unit in memory for
 * the whole-program analysis. So, with isolation, each file is parsed first in
 * a child process (drvlint itself, re-executed) under an address-space and a
 * time limit; the child hands its AST back through an anonymous in-memory file
 * and the parent loads it, which costs a fraction of a parse. A file whose
 * child crashed, ran out of memory or time is reported and left out; the run
 * goes on with the others.
 */
#ifndef DRVLINT_ISOLATE_H
#define DRVLINT_ISOLATE_H

#include "drvlint/frontend.h"

/* Defaults, in the README's "Robustness" section with the measurements behind them. */
#define DL_DEFAULT_MAX_MEMORY_MB 4096
#define DL_DEFAULT_TIMEOUT_S 60
#define DL_DEFAULT_MAX_FILE_MB 16
/* The largest value each limit accepts (MB or seconds). */
#define DL_MAX_LIMIT 1000000u

/* Where the isolation default comes from. */
typedef enum dl_isolation {
	DL_ISOLATE_AUTO = 0,   /* on when the environment variable CI is set and not "false" or "0" */
	DL_ISOLATE_ON,
	DL_ISOLATE_OFF
} dl_isolation;

typedef struct dl_limits {
	dl_isolation isolate;
	unsigned max_memory_mb;   /* address space of the parsing child; 0: unlimited */
	unsigned timeout_s;       /* wall-clock seconds to parse one file; 0: unlimited */
	unsigned max_file_mb;     /* larger files are not analyzed (both modes); 0: unlimited */
} dl_limits;

void dl_limits_default(dl_limits *l);
/* Does this run parse in child processes? */
int dl_limits_isolating(const dl_limits *l);

/* dl_parse under `lim`: the size limit, then (when isolating) the child. Same
 * contract as dl_parse; DL_ERR_LIMIT when a limit was hit or the parser crashed,
 * with *err "PATH: problem". */
int dl_parse_limited(CXIndex index, const dl_env *env, const dl_source *src,
		     const dl_limits *lim, dl_tu *tu, char **err);

/* The child's entry point: main() hands over when argv[1] is DL_ISOLATE_CHILD_ARG. */
#define DL_ISOLATE_CHILD_ARG "--isolated-parse"
int dl_isolate_child_main(int argc, char **argv);

#endif
