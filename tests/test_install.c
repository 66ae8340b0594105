/* `cmake --install` to a temporary prefix: the files land in the standard
 * places, and the installed binary — moved elsewhere, even — finds its WDK
 * model headers relative to itself and analyzes testdata like the built one. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/rules.h"

static char *tmp, *prefix;

static void setup(void)
{
	tu_result r;
	char *cmd, *qbuild, *qprefix;
	tmp = tu_tmpdir();
	prefix = dl_xprintf("%s/prefix", tmp);
	qbuild = tu_sq(DL_BINARY_DIR);
	qprefix = tu_sq(prefix);
	cmd = dl_xprintf("%s --install %s --prefix %s", DL_CMAKE_COMMAND, qbuild, qprefix);
	tu_sh(&r, tmp, cmd);
	ck_assert_msg(r.status == 0, "cmake --install failed: %s%s", r.out, r.err);
	tu_result_free(&r);
	free(cmd);
	free(qbuild);
	free(qprefix);
}

static void teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
	free(prefix);
}

static void assert_file(const char *dir, const char *rel, int executable)
{
	char *path = dl_xprintf("%s/%s", dir, rel);
	struct stat st;
	ck_assert_msg(stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0, "%s is not installed", path);
	if (executable)
		ck_assert_msg(access(path, X_OK) == 0, "%s is not executable", path);
	free(path);
}

START_TEST(test_layout)
{
	size_t i;
	assert_file(prefix, "bin/drvlint", 1);
	assert_file(prefix, "share/drvlint/include/ntddk.h", 0);
	assert_file(prefix, "share/drvlint/include/wdm.h", 0);
	assert_file(prefix, "share/drvlint/drvlint.schema.json", 0);
	assert_file(prefix, "share/man/man1/drvlint.1", 0);
	assert_file(prefix, "share/doc/drvlint/configuration.md", 0);
	assert_file(prefix, "share/doc/drvlint/ci.md", 0);
	assert_file(prefix, "share/doc/drvlint/json-format.md", 0);
	for (i = 0; i < dl_rule_count; i++) {
		char *rel = dl_xprintf("share/doc/drvlint/rules/%s.md", dl_rules[i]->id);
		assert_file(prefix, rel, 0);
		free(rel);
	}
}
END_TEST

START_TEST(test_man_page_renders)
{
	tu_result r;
	char *page = dl_xprintf("%s/share/man/man1/drvlint.1", prefix), *q = tu_sq(page);
	char *cmd = dl_xprintf("command -v groff >/dev/null || exit 77; groff -man -Tascii -P-cbu -ww %s", q);
	tu_sh(&r, tmp, cmd);
	if (r.status != 77) {
		ck_assert_msg(r.status == 0 && !*r.err, "groff: %s", r.err);
		ck_assert_msg(strstr(r.out, "--changed-since REV"), "the page lacks the options");
		ck_assert_msg(strstr(r.out, "EXIT STATUS"), "no EXIT STATUS section");
	}
	tu_result_free(&r);
	free(cmd);
	free(q);
	free(page);
}
END_TEST

/* The installed binary at `bin`: its include directory is below `root`, and
 * it reports on testdata what the built binary reports. */
static void check_binary(const char *root, const char *bin)
{
	tu_result r, built;
	char *qbin = tu_sq(bin), *cmd, *want;
	cmd = dl_xprintf("%s --print-compiler-args tests/data/finding.c", qbin);
	tu_sh(&r, DL_SOURCE_DIR, cmd);
	ck_assert_int_eq(r.status, 0);
	want = dl_xprintf("%s/bin/../share/drvlint/include", root);
	ck_assert_msg(strstr(r.out, want), "the installed binary does not use %s:\n%s", want, r.out);
	ck_assert_msg(!strstr(r.out, DL_SOURCE_DIR "/include/wdk"), "it uses the source tree:\n%s", r.out);
	tu_result_free(&r);
	free(cmd);
	free(want);

	cmd = dl_xprintf("%s --format json tests/data/finding.c", qbin);
	tu_sh(&r, DL_SOURCE_DIR, cmd);
	tu_drvlint(&built, DL_SOURCE_DIR, "--format json tests/data/finding.c");
	ck_assert_int_eq(r.status, 1);
	ck_assert_str_eq(r.out, built.out);
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	tu_result_free(&built);
	free(cmd);

	cmd = dl_xprintf("%s --explain %s", qbin, dl_rules[0]->id);
	tu_sh(&r, tmp, cmd);
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.out, dl_rule_doc(dl_rules[0]));
	tu_result_free(&r);
	free(cmd);
	free(qbin);
}

/* The first .c file of testdata/ (sorted), relative to the source directory. */
static char *a_testdata_file(void)
{
	struct dirent **dirs;
	int n = scandir(DL_SOURCE_DIR "/testdata", &dirs, NULL, alphasort), i;
	char *found = NULL;
	ck_assert_int_gt(n, 0);
	for (i = 0; i < n; i++) {
		char *sub = dl_xprintf(DL_SOURCE_DIR "/testdata/%s", dirs[i]->d_name);
		struct dirent **files;
		int m = dirs[i]->d_name[0] == '.' ? -1 : scandir(sub, &files, NULL, alphasort), k;
		for (k = 0; k < m; k++) {
			size_t len = strlen(files[k]->d_name);
			if (!found && len > 2 && !strcmp(files[k]->d_name + len - 2, ".c"))
				found = dl_xprintf("testdata/%s/%s", dirs[i]->d_name, files[k]->d_name);
			free(files[k]);
		}
		if (m >= 0)
			free(files);
		free(sub);
		free(dirs[i]);
	}
	free(dirs);
	ck_assert_msg(found != NULL, "no testdata file");
	return found;
}

START_TEST(test_installed_binary)
{
	char *bin = dl_xprintf("%s/bin/drvlint", prefix);
	check_binary(prefix, bin);
	free(bin);
}
END_TEST

START_TEST(test_installed_binary_on_testdata)
{
	tu_result r, built;
	char *bin = dl_xprintf("%s/bin/drvlint", prefix), *q = tu_sq(bin), *file = a_testdata_file();
	char *cmd = dl_xprintf("%s --format json %s", q, file);
	tu_sh(&r, DL_SOURCE_DIR, cmd);
	free(cmd);
	cmd = dl_xprintf("--format json %s", file);
	tu_drvlint(&built, DL_SOURCE_DIR, cmd);
	ck_assert_int_eq(r.status, built.status);
	ck_assert_msg(r.status != 2, "%s: %s", file, r.err);
	ck_assert_str_eq(r.out, built.out);
	tu_result_free(&r);
	tu_result_free(&built);
	free(cmd);
	free(file);
	free(q);
	free(bin);
}
END_TEST

/* A prefix moved somewhere else still works: nothing is found by absolute path. */
START_TEST(test_relocated_prefix)
{
	char *moved = dl_xprintf("%s/elsewhere", tmp), *bin = dl_xprintf("%s/bin/drvlint", moved);
	ck_assert_int_eq(rename(prefix, moved), 0);
	check_binary(moved, bin);
	free(moved);
	free(bin);
}
END_TEST

static Suite *install_suite(void)
{
	Suite *s = suite_create("install");
	TCase *tc = tcase_create("prefix");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_layout);
	tcase_add_test(tc, test_man_page_renders);
	tcase_add_test(tc, test_installed_binary);
	tcase_add_test(tc, test_installed_binary_on_testdata);
	tcase_add_test(tc, test_relocated_prefix);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(install_suite());
}
