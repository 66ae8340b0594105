/* CI gating: --fail-on, the GitLab Code Quality report, and the examples in
 * docs/ci.md (valid YAML, options that exist). */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "drvlint/cli.h"

static char *dir;

/* error.c: one error-level finding; warn.c: only a malformed suppression (a warning). */
static void setup(void)
{
	char *p, *finding = tu_read(DL_SOURCE_DIR "/tests/data/finding.c"), *clean = tu_read(DL_SOURCE_DIR "/tests/data/clean.c");
	ck_assert_ptr_nonnull(finding);
	ck_assert_ptr_nonnull(clean);
	dir = tu_tmpdir();
	p = dl_xprintf("%s/error.c", dir);
	tu_write(p, finding);
	free(p);
	p = dl_xprintf("%s/warn.c", dir);
	{
		char *text = dl_xprintf("%s// drvlint: ignore[unprobed-user-pointer]\n", clean);
		tu_write(p, text);
		free(text);
	}
	free(p);
	free(finding);
	free(clean);
}

static void teardown(void)
{
	tu_rmtree(dir);
	free(dir);
}

static const struct { const char *args; int status; } fail_on[] = {
	{"error.c", 1},
	{"--fail-on note error.c", 1},
	{"--fail-on warning error.c", 1},
	{"--fail-on error error.c", 1},
	{"--fail-on none error.c", 0},
	{"warn.c", 1},
	{"--fail-on warning warn.c", 1},
	{"--fail-on error warn.c", 0},
	{"--fail-on=error --rules -invalid-suppression warn.c", 0},
	{"--fail-on none no-such-file.c", 2},
	{"--fail-on fatal error.c", 2},
};

START_TEST(test_fail_on)
{
	tu_result r;
	tu_drvlint(&r, dir, fail_on[_i].args);
	ck_assert_msg(r.status == fail_on[_i].status, "%s: status %d, want %d\n%s%s", fail_on[_i].args, r.status,
		      fail_on[_i].status, r.out, r.err);
	/* The findings are printed whatever decides the status. */
	if (strstr(fail_on[_i].args, "error.c"))
		ck_assert_msg(strstr(r.out, "error.c:8:2: error:") || r.status == 2, "%s", r.out);
	if (!strcmp(fail_on[_i].args, "--fail-on fatal error.c"))
		ck_assert_str_eq(r.err, "drvlint: --fail-on: unknown level 'fatal' (expected error, warning, note or none)\n"
					"try 'drvlint --help'\n");
	tu_result_free(&r);
}
END_TEST

static const char *str(const cJSON *o, const char *key)
{
	const char *s = cJSON_GetStringValue(cJSON_GetObjectItem(o, key));
	ck_assert_msg(s && *s, "no string '%s'", key);
	return s;
}

START_TEST(test_codeclimate)
{
	tu_result r;
	cJSON *doc, *again;
	const cJSON *issue;
	char *p, *text, *moved, *fp;
	tu_drvlint(&r, dir, "--format codeclimate error.c warn.c");
	ck_assert_int_eq(r.status, 1);
	doc = cJSON_Parse(r.out);
	ck_assert_msg(cJSON_IsArray(doc), "not a JSON array: %s", r.out);
	ck_assert_int_eq(cJSON_GetArraySize(doc), 2);
	cJSON_ArrayForEach(issue, doc) {
		const cJSON *loc = cJSON_GetObjectItem(issue, "location");
		ck_assert_str_eq(str(issue, "type"), "issue");
		ck_assert_msg(strlen(str(issue, "fingerprint")) == 32, "fingerprint");
		ck_assert_msg(strlen(str(issue, "description")) > 10, "description");
		ck_assert_msg(cJSON_IsArray(cJSON_GetObjectItem(issue, "categories")), "categories");
		ck_assert_msg(cJSON_IsNumber(cJSON_GetObjectItem(cJSON_GetObjectItem(loc, "lines"), "begin")), "lines.begin");
	}
	issue = cJSON_GetArrayItem(doc, 0);
	ck_assert_str_eq(str(issue, "check_name"), "unprobed-user-pointer");
	ck_assert_str_eq(str(issue, "severity"), "critical");
	ck_assert_str_eq(str(cJSON_GetObjectItem(issue, "location"), "path"), "error.c");
	ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(issue, "location"), "lines"), "begin")->valueint, 8);
	ck_assert_str_eq(str(cJSON_GetArrayItem(doc, 1), "severity"), "major");
	ck_assert_str_ne(str(issue, "fingerprint"), str(cJSON_GetArrayItem(doc, 1), "fingerprint"));
	fp = dl_xstrdup(str(issue, "fingerprint"));
	tu_result_free(&r);
	/* Lines added above: same fingerprint, new line number. */
	p = dl_xprintf("%s/error.c", dir);
	text = tu_read(p);
	moved = dl_xprintf("/* Copyright notice. */\n\n%s", text);
	tu_write(p, moved);
	tu_drvlint(&r, dir, "--format codeclimate error.c");
	again = cJSON_Parse(r.out);
	issue = cJSON_GetArrayItem(again, 0);
	ck_assert_str_eq(str(issue, "fingerprint"), fp);
	ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(issue, "location"), "lines"), "begin")->valueint, 10);
	tu_result_free(&r);
	cJSON_Delete(doc);
	cJSON_Delete(again);
	free(fp);
	free(p);
	free(text);
	free(moved);
}
END_TEST

START_TEST(test_codeclimate_empty)
{
	tu_result r;
	tu_drvlint(&r, DL_SOURCE_DIR, "--format codeclimate tests/data/clean.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.out, "[]\n");
	tu_result_free(&r);
}
END_TEST

/* ---- docs/ci.md ---- */

/* The ```yaml blocks of docs/ci.md parse as YAML (when python3-yaml is there). */
START_TEST(test_ci_doc_yaml)
{
	tu_result r;
	tu_sh(&r, DL_SOURCE_DIR, "python3 -c 'import yaml' 2>/dev/null || exit 77\n"
		  "python3 - docs/ci.md <<'EOF'\n"
		  "import re, sys, yaml\n"
		  "blocks = re.findall(r'```yaml\\n(.*?)```', open(sys.argv[1]).read(), re.S)\n"
		  "assert len(blocks) >= 5, len(blocks)\n"
		  "for b in blocks:\n"
		  "    yaml.safe_load(b)\n"
		  "print(len(blocks))\n"
		  "EOF");
	if (r.status == 77) {
		tu_result_free(&r);
		return;
	}
	ck_assert_msg(r.status == 0, "docs/ci.md: %s%s", r.out, r.err);
	tu_result_free(&r);
}
END_TEST

/* Every option the CI examples and the README pass to drvlint exists. */
START_TEST(test_ci_doc_options)
{
	static const char *const docs[] = {DL_SOURCE_DIR "/docs/ci.md", DL_SOURCE_DIR "/README.md"};
	size_t d, checked = 0;
	for (d = 0; d < 2; d++) {
		char *text = tu_read(docs[d]), *line, *save = NULL;
		ck_assert_ptr_nonnull(text);
		for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			char *opt = strstr(line, "drvlint ");
			if (!opt || strstr(line, "http") || strstr(line, "drvlint in"))
				continue;
			while ((opt = strstr(opt, " --")) != NULL) {
				size_t n = strcspn(opt + 1, " =\"'`)");
				char *name = dl_xstrndup(opt + 1, n);
				if (strcmp(name, "--")) {
					ck_assert_msg(strstr(dl_cli_usage(), name), "%s uses unknown option %s: %s", docs[d],
						      name, line);
					checked++;
				}
				free(name);
				opt += 1 + n;
			}
		}
		free(text);
	}
	ck_assert_uint_ge(checked, 10);
}
END_TEST

static Suite *ci_suite(void)
{
	Suite *s = suite_create("ci");
	TCase *bin = tcase_create("binary"), *doc = tcase_create("docs");
	tcase_add_checked_fixture(bin, setup, teardown);
	tcase_set_timeout(bin, 120);
	tcase_add_loop_test(bin, test_fail_on, 0, (int)(sizeof(fail_on) / sizeof(fail_on[0])));
	tcase_add_test(bin, test_codeclimate);
	tcase_add_test(bin, test_codeclimate_empty);
	suite_add_tcase(s, bin);
	tcase_add_test(doc, test_ci_doc_yaml);
	tcase_add_test(doc, test_ci_doc_options);
	suite_add_tcase(s, doc);
	return s;
}

int main(void)
{
	return run_suite(ci_suite());
}
