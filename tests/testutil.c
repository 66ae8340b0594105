/* Helpers shared by the Check suites. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static CXIndex test_index;

CXTranslationUnit tu_from_string(const char *code)
{
	char path[] = "/tmp/drvlint-test-XXXXXX.c";
	int fd = mkstemps(path, 2);
	dl_env env;
	dl_source src = {0};
	dl_tu tu;
	char *err = NULL;
	FILE *f;
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs(code, f);
	fclose(f);
	if (!test_index)
		test_index = clang_createIndex(0, 0);
	dl_env_init(&env, NULL);
	src.path = path;
	ck_assert_msg(dl_parse(test_index, &env, &src, &tu, &err) == 0, "parse failed: %s", err ? err : "");
	ck_assert_msg(tu.nerrors == 0, "compile error: %s", tu.first_error ? tu.first_error : "");
	free(tu.first_error);
	dl_env_free(&env);
	unlink(path);
	return tu.tu;
}

struct find_state {
	const char *name;
	CXCursor found;
};

static enum CXChildVisitResult find_fn(CXCursor c, CXCursor parent, CXClientData d)
{
	struct find_state *st = d;
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
		char *n = dl_cursor_spelling(c);
		int match = !strcmp(n, st->name);
		free(n);
		if (match) {
			st->found = c;
			return CXChildVisit_Break;
		}
	}
	return CXChildVisit_Continue;
}

CXCursor tu_function(CXTranslationUnit tu, const char *name)
{
	struct find_state st = {name, clang_getNullCursor()};
	clang_visitChildren(clang_getTranslationUnitCursor(tu), find_fn, &st);
	ck_assert_msg(!clang_Cursor_isNull(st.found), "no function %s", name);
	return st.found;
}

void tu_free(CXTranslationUnit tu)
{
	clang_disposeTranslationUnit(tu);
}

int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
