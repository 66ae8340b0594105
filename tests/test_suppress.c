/* In-source suppressions: the comment parser (analyzer/suppress.c) and what
 * the binary does with them (text, exit status, SARIF, the two rules). */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "drvlint/suppress.h"

static dl_suppressions parse(const char *text)
{
	dl_suppressions s = {0};
	dl_suppressions_parse(text, strlen(text), &s);
	return s;
}

START_TEST(test_own_line_covers_next_code_line)
{
	dl_suppressions s = parse("int a;\n"
				  "// drvlint: ignore[unprobed-user-pointer] checked by the caller\n"
				  "\n"
				  "/* a note */\n"
				  "  *p = 0;\n");
	ck_assert_uint_eq(s.count, 1);
	ck_assert_int_eq(s.items[0].kind, DL_SUPP_IGNORE);
	ck_assert_str_eq(s.items[0].rule, "unprobed-user-pointer");
	ck_assert_str_eq(s.items[0].reason, "checked by the caller");
	ck_assert_ptr_null(s.items[0].problem);
	ck_assert_uint_eq(s.items[0].line, 2);
	ck_assert_uint_eq(s.items[0].column, 4);
	ck_assert_uint_eq(s.items[0].first, 2);
	ck_assert_uint_eq(s.items[0].last, 5);
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_trailing_covers_own_line)
{
	dl_suppressions s = parse("x = 1;\n*p = 0; /* drvlint: ignore[a-rule, other_rule]  why\n  not */\ny = 2;\n");
	ck_assert_uint_eq(s.count, 2);
	ck_assert_str_eq(s.items[0].rule, "a-rule");
	ck_assert_str_eq(s.items[1].rule, "other_rule");
	ck_assert_str_eq(s.items[1].reason, "why not");
	ck_assert_uint_eq(s.items[0].first, 2);
	ck_assert_uint_eq(s.items[0].last, 2);
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_block_comment_before_code_on_same_line)
{
	dl_suppressions s = parse("/* drvlint: ignore[r] reason */ *p = 0;\n*q = 0;\n");
	ck_assert_uint_eq(s.count, 1);
	ck_assert_uint_eq(s.items[0].first, 1);
	ck_assert_uint_eq(s.items[0].last, 1);
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_region)
{
	dl_suppressions s = parse("// drvlint: begin-ignore[r] legacy code\n"
				  "a();\n"
				  "// drvlint: begin-ignore[r] nested\n"
				  "b();\n"
				  "// drvlint: end-ignore[r]\n"
				  "c();\n"
				  "// drvlint: end-ignore[r] done\n"
				  "d();\n");
	ck_assert_uint_eq(s.count, 4);
	ck_assert_int_eq(s.items[0].kind, DL_SUPP_BEGIN);
	ck_assert_uint_eq(s.items[0].first, 1);
	ck_assert_uint_eq(s.items[0].last, 7);   /* the outer pair */
	ck_assert_uint_eq(s.items[1].first, 3);
	ck_assert_uint_eq(s.items[1].last, 5);
	ck_assert_int_eq(s.items[2].kind, DL_SUPP_END);
	ck_assert_ptr_null(s.items[2].problem);
	ck_assert_ptr_null(s.items[3].problem);
	dl_suppressions_clear(&s);
}
END_TEST

static const struct { const char *text, *problem; } malformed[] = {
	{"// drvlint: ignore\n", "names no rule"},
	{"// drvlint: ignore[] why\n", "names no rule"},
	{"// drvlint: ignore[r]\n", "gives no reason"},
	{"// drvlint: ignore[r]   \n", "gives no reason"},
	{"/* drvlint: ignore[r] */ x();\n", "gives no reason"},
	{"// drvlint: ignore[r why\n", "no closing ']'"},
	{"// drvlint: ignore[r/x] why\n", "not a rule id"},
	{"// drvlint: ignroe[r] why\n", "unknown directive 'ignroe'"},
	{"// drvlint: begin-ignore[r] why\nx();\n", "has no end-ignore[r]"},
	{"// drvlint: end-ignore[r]\n", "has no begin-ignore[r]"},
	{"// drvlint: begin-ignore[r]\nx();\n// drvlint: end-ignore[r]\n", "gives no reason"},
};

START_TEST(test_malformed)
{
	dl_suppressions s = parse(malformed[_i].text);
	size_t i, bad = 0;
	for (i = 0; i < s.count; i++) {
		if (!s.items[i].problem)
			continue;
		bad++;
		ck_assert_msg(strstr(s.items[i].problem, malformed[_i].problem), "'%s': problem '%s'",
			      malformed[_i].text, s.items[i].problem);
		ck_assert_uint_eq(s.items[i].first, 0);
		ck_assert_uint_eq(s.items[i].last, 0);
	}
	ck_assert_msg(bad == 1, "'%s': %zu problems", malformed[_i].text, bad);
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_not_directives)
{
	/* In strings, in other comments' words, or not at the comment's start: nothing. */
	dl_suppressions s = parse("const char *s = \"// drvlint: ignore[r] x\";\n"
				  "char c = '\\'';  // see drvlint: ignore[r] docs\n"
				  "/* the drvlint: tool */\n"
				  "// DRVLINT: ignore[r] upper case\n");
	ck_assert_uint_eq(s.count, 0);
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_crlf_and_unterminated)
{
	dl_suppressions s = parse("a();\r\n// drvlint: ignore[r] why\r\nb();\r\n/* drvlint: ignore[r] cut");
	ck_assert_uint_eq(s.count, 2);
	ck_assert_uint_eq(s.items[0].line, 2);
	ck_assert_uint_eq(s.items[0].last, 3);
	ck_assert_uint_eq(s.items[1].line, 4);
	ck_assert_str_eq(s.items[1].reason, "cut");
	dl_suppressions_clear(&s);
}
END_TEST

START_TEST(test_every_prefix_is_safe)
{
	/* Any cut of the text parses without reading past it (the fuzzing contract). */
	static const char text[] = "x(); // drvlint: begin-ignore[a, b] r\n/* drvlint: end-ignore[a] */ \"s\\\"\" '\\'' //";
	size_t n;
	for (n = 0; n <= sizeof(text) - 1; n++) {
		char *copy = dl_xstrndup(text, n);
		dl_suppressions s = {0};
		dl_suppressions_parse(copy, n, &s);
		dl_suppressions_clear(&s);
		free(copy);
	}
}
END_TEST

/* ---- the binary ---- */

static const char driver[] =
	"#include <ntddk.h>\n"
	"\n"
	"NTSTATUS SuppDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG out = (PULONG)Irp->UserBuffer;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t// drvlint: ignore[unprobed-user-pointer] only kernel-mode callers send this request\n"
	"\t*out = 1;\n"                                             /* 8: suppressed */
	"\t// drvlint: begin-ignore[unprobed-user-pointer] legacy block, rewritten in 2.0\n"
	"\tout[1] = 2;\n"                                           /* 10: suppressed */
	"\tout[2] = 3;\n"                                           /* 11: suppressed */
	"\t// drvlint: end-ignore[unprobed-user-pointer]\n"
	"\tout[3] = 4;\n"                                           /* 13: reported */
	"\tout[4] = 5; // drvlint: ignore[unprobed-user-pointer]\n" /* 14: reported, invalid */
	"\t// drvlint: ignore[probe-outside-try] nothing to suppress here\n" /* 15: unused */
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SuppDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static char *dir;

static void setup(void)
{
	char *path;
	dir = tu_tmpdir();
	path = dl_xprintf("%s/supp.c", dir);
	tu_write(path, driver);
	free(path);
}

static void teardown(void)
{
	tu_rmtree(dir);
	free(dir);
}

/* The lines of the findings of `rule` in a --format json document. */
static char *lines_of(const char *json, const char *rule)
{
	cJSON *doc = cJSON_Parse(json);
	const cJSON *f;
	dl_buf b = {0};
	ck_assert_msg(doc != NULL, "not JSON: %s", json);
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(doc, "findings"))
		if (!strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(f, "rule")), rule))
			dl_buf_printf(&b, "%d,", cJSON_GetObjectItem(f, "line")->valueint);
	cJSON_Delete(doc);
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

START_TEST(test_binary_text_and_status)
{
	tu_result r;
	char *lines;
	tu_drvlint(&r, dir, "--format json supp.c");
	ck_assert_int_eq(r.status, 1);
	lines = lines_of(r.out, "unprobed-user-pointer");
	ck_assert_str_eq(lines, "13,14,");
	free(lines);
	lines = lines_of(r.out, "invalid-suppression");
	ck_assert_str_eq(lines, "14,");
	free(lines);
	lines = lines_of(r.out, "unused-suppression");
	ck_assert_str_eq(lines, "");   /* only when asked for */
	free(lines);
	tu_result_free(&r);
	tu_drvlint(&r, dir, "supp.c");
	ck_assert_msg(strstr(r.out, "supp.c:13:2: error:") && !strstr(r.out, "supp.c:8:") &&
		      !strstr(r.out, "supp.c:10:") && !strstr(r.out, "supp.c:11:"), "%s", r.out);
	ck_assert_msg(strstr(r.out, "supp.c:14:17: warning: malformed suppression: "
				    "ignore[unprobed-user-pointer] gives no reason"), "%s", r.out);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_binary_all_suppressed_exits_0)
{
	tu_result r;
	char *path = dl_xprintf("%s/ok.c", dir);
	char *a = tu_replace(driver, "5; // drvlint: ignore[unprobed-user-pointer]\n",
			  "5; // drvlint: ignore[unprobed-user-pointer] same buffer\n");
	char *b = tu_replace(a, "\tout[3] = 4;\n", "\t// drvlint: ignore[unprobed-user-pointer] same buffer\n\tout[3] = 4;\n");
	char *c = tu_replace(b, "\t// drvlint: ignore[probe-outside-try] nothing to suppress here\n", "");
	tu_write(path, c);
	tu_drvlint(&r, dir, "--report-unused-suppressions ok.c");
	ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.out);
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
	free(a);
	free(b);
	free(c);
	free(path);
}
END_TEST

START_TEST(test_binary_unused)
{
	tu_result r;
	char *lines;
	tu_drvlint(&r, dir, "--report-unused-suppressions --format json supp.c");
	lines = lines_of(r.out, "unused-suppression");
	ck_assert_str_eq(lines, "15,");
	free(lines);
	tu_result_free(&r);
	/* A rule that did not run leaves its suppressions alone. */
	tu_drvlint(&r, dir, "--report-unused-suppressions --rules -probe-outside-try --format json supp.c");
	lines = lines_of(r.out, "unused-suppression");
	ck_assert_str_eq(lines, "");
	free(lines);
	tu_result_free(&r);
}
END_TEST

/* Suppressed results in SARIF: only with --show-suppressed, kind inSource, the reason. */
START_TEST(test_binary_sarif)
{
	tu_result r;
	cJSON *doc;
	const cJSON *res;
	int suppressed = 0, plain = 0, with_array = 0;
	tu_drvlint(&r, dir, "--format sarif supp.c");
	doc = cJSON_Parse(r.out);
	cJSON_ArrayForEach(res, cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "results"))
		ck_assert_ptr_null(cJSON_GetObjectItem(res, "suppressions"));
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "results")), 3);
	cJSON_Delete(doc);
	tu_result_free(&r);

	tu_drvlint(&r, dir, "--show-suppressed --sarif out.sarif --format sarif supp.c");
	doc = cJSON_Parse(r.out);
	cJSON_ArrayForEach(res, cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "results")) {
		const cJSON *sup = cJSON_GetObjectItem(res, "suppressions"), *one = cJSON_GetArrayItem(sup, 0);
		with_array += cJSON_IsArray(sup);
		if (!one) {
			plain++;
			continue;
		}
		suppressed++;
		ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItem(one, "kind")), "inSource");
		ck_assert_msg(strstr(cJSON_GetStringValue(cJSON_GetObjectItem(one, "justification")), "kernel-mode callers") ||
			      strstr(cJSON_GetStringValue(cJSON_GetObjectItem(one, "justification")), "legacy block"),
			      "justification");
	}
	ck_assert_int_eq(suppressed, 3);
	ck_assert_int_eq(plain, 3);
	ck_assert_int_eq(with_array, 6);
	/* Still exit 1 for the unsuppressed ones; the log is valid SARIF. */
	ck_assert_int_eq(r.status, 1);
	cJSON_Delete(doc);
	tu_result_free(&r);
	{
		char *log = dl_xprintf("%s/out.sarif", dir), *q = tu_sq(log);
		char *cmd = dl_xprintf("python3 %s/sarif/validate-sarif %s", DL_SHARED_DIR, q);
		tu_sh(&r, dir, cmd);
		ck_assert_msg(r.status == 0, "invalid SARIF: %s%s", r.out, r.err);
		tu_result_free(&r);
		free(cmd);
		free(q);
		free(log);
	}
}
END_TEST

static Suite *suppress_suite(void)
{
	Suite *s = suite_create("suppress");
	TCase *tc = tcase_create("parser"), *bin = tcase_create("binary");
	tcase_add_test(tc, test_own_line_covers_next_code_line);
	tcase_add_test(tc, test_trailing_covers_own_line);
	tcase_add_test(tc, test_block_comment_before_code_on_same_line);
	tcase_add_test(tc, test_region);
	tcase_add_loop_test(tc, test_malformed, 0, (int)(sizeof(malformed) / sizeof(malformed[0])));
	tcase_add_test(tc, test_not_directives);
	tcase_add_test(tc, test_crlf_and_unterminated);
	tcase_add_test(tc, test_every_prefix_is_safe);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(bin, setup, teardown);
	tcase_set_timeout(bin, 120);
	tcase_add_test(bin, test_binary_text_and_status);
	tcase_add_test(bin, test_binary_all_suppressed_exits_0);
	tcase_add_test(bin, test_binary_unused);
	tcase_add_test(bin, test_binary_sarif);
	suite_add_tcase(s, bin);
	return s;
}

int main(void)
{
	return run_suite(suppress_suite());
}
