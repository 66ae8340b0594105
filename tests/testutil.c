/* Helpers shared by the Check suites. */
#include "testutil.h"
#include "drvlint/analyze.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
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

void tu_analyze(const char *code, const char *rules, dl_findings *out)
{
	CXTranslationUnit tu = tu_from_string(code);
	dl_tu t;
	dl_program *p = dl_program_new();
	dl_rule_set set;
	char *err = NULL;
	memset(&t, 0, sizeof(t));
	t.tu = tu;
	ck_assert_int_eq(dl_model_add_tu(p, &t), 0);
	dl_rule_set_all(&set);
	ck_assert_msg(dl_rule_set_parse(&set, rules, &err) == 0, "%s", err ? err : "");
	ck_assert_int_eq(dl_analyze(p, &set, out), 0);
	dl_program_free(p);
	/* The findings hold copies: the TU can go. */
	tu_free(tu);
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

char *tu_sq(const char *s)
{
	dl_buf b = {0};
	dl_buf_putc(&b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			dl_buf_puts(&b, "'\\''");
		else
			dl_buf_putc(&b, *s);
	}
	dl_buf_putc(&b, '\'');
	return dl_buf_detach(&b);
}

/* All a stream (a pipe) gives. */
static char *slurp(FILE *f)
{
	dl_buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		dl_buf_putn(&b, chunk, n);
	return dl_buf_detach(&b);
}

char *tu_read(const char *path)
{
	dl_buf b = {0};
	if (dl_read_file(path, &b) < 0) {
		dl_buf_free(&b);
		return NULL;
	}
	return dl_buf_detach(&b);
}

char *tu_read_ok(const char *path)
{
	char *text = tu_read(path);
	ck_assert_msg(text != NULL, "cannot read %s", path);
	return text;
}

size_t tu_count_lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

void tu_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	ck_assert_msg(f != NULL, "cannot write %s", path);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

void tu_sh(tu_result *r, const char *dir, const char *cmd)
{
	char errpath[] = "/tmp/drvlint-sh-XXXXXX";
	int fd = mkstemp(errpath);
	char *qdir = tu_sq(dir), *qerr = tu_sq(errpath), *full;
	FILE *p;
	ck_assert_int_ge(fd, 0);
	close(fd);
	full = dl_xprintf("cd %s && { %s\n} 2>%s", qdir, cmd, qerr);
	p = popen(full, "r");
	ck_assert_ptr_nonnull(p);
	r->out = slurp(p);
	r->status = pclose(p);
	ck_assert_msg(WIFEXITED(r->status), "did not exit normally: %s", cmd);
	r->status = WEXITSTATUS(r->status);
	r->err = tu_read(errpath);
	ck_assert_ptr_nonnull(r->err);
	unlink(errpath);
	free(qdir);
	free(qerr);
	free(full);
}

void tu_drvlint(tu_result *r, const char *dir, const char *args)
{
	char *bin = tu_sq(TU_DRVLINT), *cmd = dl_xprintf("%s %s", bin, args);
	tu_sh(r, dir, cmd);
	free(bin);
	free(cmd);
}

void tu_result_free(tu_result *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

char *tu_tmpdir(void)
{
	char dir[] = "/tmp/drvlint-test-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	return dl_xstrdup(dir);
}

void tu_rmtree(const char *dir)
{
	char *q = tu_sq(dir), *cmd;
	if (strncmp(dir, "/tmp/drvlint-", 13)) {
		free(q);
		return;   /* only what tu_tmpdir made */
	}
	cmd = dl_xprintf("rm -rf %s", q);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(q);
}

char *tu_replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	ck_assert_msg(at != NULL, "no '%s'", from);
	return dl_xprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
}
