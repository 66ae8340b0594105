/* The command line of the real binary: exit status, messages, informational options. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/rules.h"

/* drvlint with `args` (a shell fragment), run in the source directory. */
static void run(tu_result *r, const char *args)
{
	tu_drvlint(r, DL_SOURCE_DIR, args);
}

/* A line of `text` equal to `line`? */
static int has_line(const char *text, const char *line)
{
	size_t len = strlen(line);
	const char *p = text;
	while ((p = strstr(p, line)) != NULL) {
		if ((p == text || p[-1] == '\n') && (p[len] == '\n' || !p[len]))
			return 1;
		p += len;
	}
	return 0;
}

static char *temp_path(const char *name)
{
	char dir[] = "/tmp/drvlint-exit-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	return dl_xprintf("%s/%s", dir, name);
}

static void remove_temp(char *path)
{
	char *slash = strrchr(path, '/');
	unlink(path);
	*slash = '\0';
	rmdir(path);
	free(path);
}

static cJSON *read_json(const char *path)
{
	char *text = tu_read(path);
	cJSON *doc;
	ck_assert_msg(text != NULL, "%s was not written", path);
	doc = cJSON_Parse(text);
	ck_assert_msg(doc != NULL, "%s is not JSON", path);
	free(text);
	return doc;
}

/* The toolExecutionNotifications of a SARIF log. */
static const cJSON *sarif_invocation(const cJSON *doc)
{
	const cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0);
	const cJSON *inv = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "invocations"), 0);
	ck_assert_ptr_nonnull(inv);
	return inv;
}

static void assert_valid_sarif(const char *path)
{
	char *cmd = dl_xprintf("python3 %s/sarif/validate-sarif '%s' >/dev/null 2>&1", DL_SHARED_DIR, path);
	int st = system(cmd);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s is not valid SARIF", path);
	free(cmd);
}

START_TEST(test_missing_file)
{
	tu_result r;
	run(&r, "tests/data/no-such-file.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(tu_count_lines(r.err) == 1, "stderr: %s", r.err);
	ck_assert_msg(!strncmp(r.err, "drvlint: tests/data/no-such-file.c: ", 36), "stderr: %s", r.err);
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
}
END_TEST

START_TEST(test_directory)
{
	tu_result r;
	run(&r, "tests/data");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(tu_count_lines(r.err) == 1 && strstr(r.err, "tests/data") && strstr(r.err, "directory"),
		      "stderr: %s", r.err);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_list_rules)
{
	tu_result r;
	size_t i;
	run(&r, "--list-rules");
	ck_assert_int_eq(r.status, 0);
	ck_assert_uint_eq(tu_count_lines(r.out), dl_rule_count);
	for (i = 0; i < dl_rule_count; i++) {
		char *start = dl_xprintf("%s ", dl_rules[i]->id);
		const char *line = strstr(r.out, start);
		ck_assert_msg(line && (line == r.out || line[-1] == '\n'), "%s not listed", dl_rules[i]->id);
		ck_assert_msg(strstr(line, dl_rules[i]->summary), "%s: no summary", dl_rules[i]->id);
		free(start);
	}
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
}
END_TEST

START_TEST(test_version)
{
	tu_result r;
	run(&r, "--version");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(!strncmp(r.out, "drvlint " DL_VERSION, strlen("drvlint " DL_VERSION)), "%s", r.out);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_help)
{
	tu_result r;
	run(&r, "--help");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strstr(r.out, "usage: drvlint") && strstr(r.out, "--sarif FILE"), "%s", r.out);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
}
END_TEST

static const struct { const char *args, *first_line; } usage_cases[] = {
		{"--bogus tests/data/clean.c", "drvlint: unknown option '--bogus'"},
		{"", "drvlint: no input files"},
		{"-j 0 tests/data/clean.c", "drvlint: -j: invalid job count '0' (expected 1 to 1024)"},
		{"--rules no-such-rule tests/data/clean.c", "drvlint: unknown rule 'no-such-rule' in --rules (see --list-rules)"},
		{"--explain no-such-rule", "drvlint: --explain: unknown rule 'no-such-rule' (see --list-rules)"},
		{"tests/data/clean.c --sarif", "drvlint: option '--sarif' requires an argument"},
};

START_TEST(test_usage_errors)
{
	tu_result r;
	char *want;
	run(&r, usage_cases[_i].args);
	ck_assert_int_eq(r.status, 2);
	want = dl_xprintf("%s\ntry 'drvlint --help'\n", usage_cases[_i].first_line);
	ck_assert_str_eq(r.err, want);
	ck_assert_str_eq(r.out, "");
	free(want);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_explain)
{
	tu_result r;
	char *args;
	if (!dl_rule_count)
		return;
	args = dl_xprintf("--explain %s", dl_rules[0]->id);
	run(&r, args);
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strlen(r.out) > strlen(dl_rules[0]->summary), "explanation: %s", r.out);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	free(args);
}
END_TEST

START_TEST(test_clean_file)
{
	tu_result r;
	run(&r, "tests/data/clean.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
}
END_TEST

/* A good file and a missing one: exit 2, the good file's results still printed. */
START_TEST(test_good_and_missing)
{
	tu_result r;
	cJSON *doc;
	const cJSON *n, *f;
	int error_notice = 0;
	run(&r, "--format json tests/data/finding.c tests/data/no-such-file.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "drvlint: tests/data/no-such-file.c: "), "stderr: %s", r.err);
	doc = cJSON_Parse(r.out);
	ck_assert_msg(doc != NULL, "stdout is not JSON: %s", r.out);
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(doc, "notices")) {
		const char *file = cJSON_GetStringValue(cJSON_GetObjectItem(n, "file"));
		const char *level = cJSON_GetStringValue(cJSON_GetObjectItem(n, "level"));
		if (file && strstr(file, "no-such-file.c") && level && !strcmp(level, "error"))
			error_notice = 1;
		ck_assert_msg(!file || !strstr(file, "finding.c") || strcmp(level, "error"),
			      "finding.c was not analyzed");
	}
	ck_assert_msg(error_notice, "no error notice for the missing file: %s", r.out);
	if (dl_rule_find("unprobed-user-pointer")) {
		int found = 0;
		cJSON_ArrayForEach(f, cJSON_GetObjectItem(doc, "findings")) {
			const char *file = cJSON_GetStringValue(cJSON_GetObjectItem(f, "file"));
			if (file && !strcmp(file, "tests/data/finding.c"))
				found = 1;
		}
		ck_assert_msg(found, "no finding for tests/data/finding.c: %s", r.out);
	}
	cJSON_Delete(doc);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_print_compiler_args)
{
	tu_result r;
	run(&r, "--print-compiler-args tests/data/clean.c -- -DEXTRA=1");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(has_line(r.out, "--target=x86_64-pc-windows-msvc"), "%s", r.out);
	ck_assert_msg(has_line(r.out, "-fms-extensions"), "%s", r.out);
	ck_assert_msg(has_line(r.out, "-DEXTRA=1"), "%s", r.out);
	ck_assert_msg(!strstr(r.out, "clean.c"), "the file is not an argument: %s", r.out);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_print_compiler_args_from_compdb)
{
	tu_result r;
	char real[4096], *inc;
	ck_assert_ptr_nonnull(realpath(DL_SOURCE_DIR "/tests/data/compdb/inc", real));
	inc = dl_xprintf("-I%s", real);
	/* The database above the file is found; its arguments win over `--`. */
	run(&r, "--print-compiler-args tests/data/compdb/b.c -- -DIGNORED");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(has_line(r.out, "-DGREETING=\"hello world\""), "%s", r.out);
	ck_assert_msg(has_line(r.out, inc), "no %s: %s", inc, r.out);
	ck_assert_msg(!strstr(r.out, "IGNORED"), "%s", r.out);
	ck_assert_msg(!has_line(r.out, "-c") && !has_line(r.out, "-o"), "%s", r.out);
	tu_result_free(&r);
	free(inc);
}
END_TEST

START_TEST(test_sarif_unwritable)
{
	tu_result r;
	run(&r, "--sarif /nonexistent-drvlint-dir/out.sarif tests/data/clean.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "drvlint: ") && strstr(r.err, "nonexistent-drvlint-dir"), "stderr: %s", r.err);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_sarif_notices)
{
	tu_result r;
	char *sarif = temp_path("out.sarif"), *args = dl_xprintf("--sarif %s tests/data/compile_error.c tests/data/no-such-file.c", sarif);
	cJSON *doc;
	const cJSON *inv, *n;
	int warning = 0, error = 0;
	run(&r, args);
	ck_assert_int_eq(r.status, 2);
	assert_valid_sarif(sarif);
	doc = read_json(sarif);
	inv = sarif_invocation(doc);
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(inv, "executionSuccessful")));
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(inv, "toolExecutionNotifications")) {
		const char *level = cJSON_GetStringValue(cJSON_GetObjectItem(n, "level"));
		warning += level && !strcmp(level, "warning");
		error += level && !strcmp(level, "error");
	}
	ck_assert_int_eq(warning, 1);
	ck_assert_int_eq(error, 1);
	cJSON_Delete(doc);
	tu_result_free(&r);
	remove_temp(sarif);
	free(args);
}
END_TEST

START_TEST(test_sarif_stdout_valid)
{
	tu_result r;
	char *path = temp_path("stdout.sarif");
	FILE *f;
	run(&r, "--format sarif tests/data/clean.c");
	ck_assert_int_eq(r.status, 0);
	f = fopen(path, "w");
	fputs(r.out, f);
	fclose(f);
	assert_valid_sarif(path);
	remove_temp(path);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_compile_errors)
{
	static const char want[] = "drvlint: 1 file had compile errors; results for it may be incomplete "
				   "(first: tests/data/compile_error.c:4:";
	tu_result r;
	run(&r, "tests/data/compile_error.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(!strncmp(r.err, want, strlen(want)) && tu_count_lines(r.err) == 1, "stderr: %s", r.err);
	tu_result_free(&r);
	run(&r, "--strict tests/data/compile_error.c");
	ck_assert_int_eq(r.status, 2);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_compile_errors_plural_and_once)
{
	tu_result r;
	char *a = temp_path("a.c"), *b = dl_xprintf("%.*s/b.c", (int)(strrchr(a, '/') - a), a);
	char *args = dl_xprintf("-j 2 %s %s tests/data/compile_error.c ./tests/data/../data/compile_error.c tests/data/clean.c", a, b);
	FILE *f;
	f = fopen(a, "w");
	fputs("int a = missing_a;\n", f);
	fclose(f);
	f = fopen(b, "w");
	fputs("int b = missing_b;\n", f);
	fclose(f);
	run(&r, args);
	ck_assert_int_eq(r.status, 0);
	/* compile_error.c given twice is analyzed once. */
	ck_assert_msg(strstr(r.err, "drvlint: 3 files had compile errors; results for them may be incomplete (first: ")
		      && strstr(r.err, "a.c:1:"), "stderr: %s", r.err);
	tu_result_free(&r);
	unlink(b);
	remove_temp(a);
	free(b);
	free(args);
}
END_TEST

START_TEST(test_compdb_whole_program)
{
	tu_result r;
	/* Both files compile only with their database arguments (defines, relative -I). */
	run(&r, "-p tests/data/compdb");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	run(&r, "tests/data/compdb/b.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	run(&r, "-p tests/data/compdb/compile_commands.json tests/data/compdb/a.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	/* -p naming a directory without a database is an error. */
	run(&r, "-p tests/data tests/data/compdb/a.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.err, "drvlint: tests/data: no compile_commands.json in this directory\n");
	tu_result_free(&r);
}
END_TEST

START_TEST(test_compdb_needed)
{
	tu_result r;
	char *copy = temp_path("a.c"), *args = dl_xprintf("%s", copy);
	char *text = tu_read(DL_SOURCE_DIR "/tests/data/compdb/a.c");
	/* Away from its database the same file has compile errors. */
	ck_assert_ptr_nonnull(text);
	tu_write(copy, text);
	run(&r, args);
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strstr(r.err, "1 file had compile errors"), "stderr: %s", r.err);
	tu_result_free(&r);
	remove_temp(copy);
	free(args);
	free(text);
}
END_TEST

START_TEST(test_compdb_malformed)
{
	tu_result r;
	run(&r, "-p tests/data/badcompdb");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.err, "drvlint: tests/data/badcompdb/compile_commands.json: entry 2 has no 'file'\n");
	tu_result_free(&r);
}
END_TEST

static Suite *exit_suite(void)
{
	Suite *s = suite_create("exit");
	TCase *tc = tcase_create("binary");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_missing_file);
	tcase_add_test(tc, test_directory);
	tcase_add_test(tc, test_list_rules);
	tcase_add_test(tc, test_version);
	tcase_add_test(tc, test_help);
	tcase_add_loop_test(tc, test_usage_errors, 0, (int)(sizeof(usage_cases) / sizeof(usage_cases[0])));
	tcase_add_test(tc, test_explain);
	tcase_add_test(tc, test_clean_file);
	tcase_add_test(tc, test_good_and_missing);
	tcase_add_test(tc, test_print_compiler_args);
	tcase_add_test(tc, test_print_compiler_args_from_compdb);
	tcase_add_test(tc, test_sarif_unwritable);
	tcase_add_test(tc, test_sarif_notices);
	tcase_add_test(tc, test_sarif_stdout_valid);
	tcase_add_test(tc, test_compile_errors);
	tcase_add_test(tc, test_compile_errors_plural_and_once);
	tcase_add_test(tc, test_compdb_whole_program);
	tcase_add_test(tc, test_compdb_needed);
	tcase_add_test(tc, test_compdb_malformed);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(exit_suite());
}
