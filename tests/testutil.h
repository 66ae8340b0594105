/* Helpers shared by the Check suites. */
#ifndef DRVLINT_TESTUTIL_H
#define DRVLINT_TESTUTIL_H

#include <check.h>
#include "drvlint/frontend.h"
#include "drvlint/finding.h"

/* Parses C `code` (written to a temporary .c file) with drvlint's compiler
 * arguments; the built-in WDK headers are available. Returns the TU or fails. */
CXTranslationUnit tu_from_string(const char *code);
/* The FunctionDecl with a body named `name` in tu (fails the test if none). */
CXCursor tu_function(CXTranslationUnit tu, const char *name);
void tu_free(CXTranslationUnit tu);

/* Parses `code` as one file and runs the whole analysis with the rules of
 * `rules` (a --rules spec), appending the findings to `out`. */
void tu_analyze(const char *code, const char *rules, dl_findings *out);

/* Runs a Check suite and returns the process exit status. */
int run_suite(Suite *s);

/* ---- running commands (the built drvlint, git, pre-commit...) ---- */

/* The drvlint the tests exercise. */
#define TU_DRVLINT DL_BINARY_DIR "/drvlint"

typedef struct tu_result {
	int status;        /* exit status; the test fails if the command did not exit */
	char *out, *err;   /* everything it wrote */
} tu_result;

/* `s` single-quoted for sh. Malloc'd. */
char *tu_sq(const char *s);
/* Runs the shell command `cmd` in directory `dir`, capturing its output. */
void tu_sh(tu_result *r, const char *dir, const char *cmd);
/* Runs TU_DRVLINT with `args` (a shell fragment) in `dir`. */
void tu_drvlint(tu_result *r, const char *dir, const char *args);
void tu_result_free(tu_result *r);

/* `text` with its first occurrence of `from` replaced by `to` (malloc'd);
 * the test fails when `from` is absent. */
char *tu_replace(const char *text, const char *from, const char *to);

/* A whole file (malloc'd), or NULL when it cannot be read. */
char *tu_read(const char *path);
/* The same, failing the test when the file cannot be read. */
char *tu_read_ok(const char *path);
/* Newlines in `s`. */
size_t tu_count_lines(const char *s);
/* Writes `text` to path (creating directories is the caller's job). */
void tu_write(const char *path, const char *text);
/* A new empty directory under /tmp (malloc'd path), and its removal. */
char *tu_tmpdir(void);
void tu_rmtree(const char *dir);

#endif
