/* Helpers shared by the Check suites. */
#ifndef DRVLINT_TESTUTIL_H
#define DRVLINT_TESTUTIL_H

#include <check.h>
#include "drvlint/frontend.h"

/* Parses C `code` (written to a temporary .c file) with drvlint's compiler
 * arguments; the built-in WDK headers are available. Returns the TU or fails. */
CXTranslationUnit tu_from_string(const char *code);
/* The FunctionDecl with a body named `name` in tu (fails the test if none). */
CXCursor tu_function(CXTranslationUnit tu, const char *name);
void tu_free(CXTranslationUnit tu);

/* Runs a Check suite and returns the process exit status. */
int run_suite(Suite *s);

#endif
