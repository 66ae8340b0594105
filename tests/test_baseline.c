/* Baselines: the SARIF reader and matcher (analyzer/baseline.c), and
 * --baseline on the binary — code that moves stays known, new code is new. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "drvlint/baseline.h"

static dl_baseline *parse_ok(const char *text)
{
	dl_baseline *b = NULL;
	char *err = NULL;
	ck_assert_msg(dl_baseline_parse(text, strlen(text), &b, &err) == 0, "rejected: %s", err ? err : "");
	return b;
}

static const char log_text[] =
	"{\"version\": \"2.1.0\", \"runs\": [{\"results\": ["
	"{\"ruleId\": \"r1\", \"level\": \"error\", \"message\": {\"text\": \"m1\"},"
	" \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"src/a%20b.c\", \"uriBaseId\": \"%SRCROOT%\"},"
	"   \"region\": {\"startLine\": 12, \"startColumn\": 3}}}],"
	" \"partialFingerprints\": {\"primaryLocationLineHash\": \"abc:1\"}},"
	"{\"ruleId\": \"r2\", \"message\": {\"text\": \"m2\"},"
	" \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"file:///abs/x.c\"},"
	"   \"region\": {\"startLine\": 4}}}]},"
	"{\"ruleId\": \"r1\", \"baselineState\": \"absent\", \"message\": {\"text\": \"gone\"}}"
	"]}, {\"results\": null}]}";

START_TEST(test_parse)
{
	dl_baseline *b = parse_ok(log_text);
	ck_assert_uint_eq(b->count, 2);   /* the absent one was gone already */
	ck_assert_str_eq(b->items[0].rule, "r1");
	ck_assert_str_eq(b->items[0].path, "src/a b.c");
	ck_assert_str_eq(b->items[0].uri, "src/a%20b.c");
	ck_assert_str_eq(b->items[0].uri_base, "%SRCROOT%");
	ck_assert_uint_eq(b->items[0].line, 12);
	ck_assert_uint_eq(b->items[0].column, 3);
	ck_assert_str_eq(b->items[0].fingerprint, "abc:1");
	ck_assert_int_eq(b->items[0].level, DL_LEVEL_ERROR);
	ck_assert_str_eq(b->items[1].path, "/abs/x.c");
	ck_assert_ptr_null(b->items[1].fingerprint);
	ck_assert_ptr_null(b->items[1].uri_base);
	ck_assert_int_eq(b->items[1].level, DL_LEVEL_WARNING);
	dl_baseline_free(b);
	dl_baseline_free(NULL);
}
END_TEST

static const struct { const char *text, *message; } bad[] = {
	{"", "not valid JSON"},
	{"{\"version\": \"2.1.0\", \"runs\": [", "not valid JSON"},
	{"{\"version\": \"2.1.0\"}", "not a SARIF log (no \"runs\" array)"},
	{"[]", "not a SARIF log"},
	{"{\"version\": \"2.0.0\", \"runs\": []}", "SARIF version \"2.0.0\" is not supported"},
	{"{\"runs\": []}", "SARIF version (none) is not supported"},
	{"{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"message\": {\"text\": \"x\"}}]}]}",
	 "result 1 of run 1 has no \"ruleId\""},
	{"{\"version\": \"2.1.0\", \"runs\": [{\"results\": {}}]}", "\"results\" of run 1 is not an array"},
	{"{\"version\": \"2.1.0\", \"runs\": [3]}", "run 1 is not an object"},
};

START_TEST(test_parse_bad)
{
	dl_baseline *b = (dl_baseline *)1;
	char *err = NULL;
	ck_assert_int_eq(dl_baseline_parse(bad[_i].text, strlen(bad[_i].text), &b, &err), DL_ERR_PARSE);
	ck_assert_ptr_null(b);
	ck_assert_msg(err && strstr(err, bad[_i].message), "'%s': got '%s'", bad[_i].text, err ? err : "(null)");
	free(err);
}
END_TEST

START_TEST(test_match)
{
	dl_baseline *b = parse_ok(
		"{\"version\": \"2.1.0\", \"runs\": [{\"results\": ["
		"{\"ruleId\": \"r\", \"message\": {\"text\": \"same\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"a.c\"}, \"region\": {\"startLine\": 5}}}], \"partialFingerprints\": {\"primaryLocationLineHash\": \"h1:1\"}},"
		"{\"ruleId\": \"r\", \"message\": {\"text\": \"old words\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"a.c\"}, \"region\": {\"startLine\": 9}}}], \"partialFingerprints\": {\"primaryLocationLineHash\": \"h2:1\"}},"
		"{\"ruleId\": \"r\", \"message\": {\"text\": \"fixed\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"a.c\"}, \"region\": {\"startLine\": 20}}}], \"partialFingerprints\": {\"primaryLocationLineHash\": \"h3:1\"}},"
		"{\"ruleId\": \"r\", \"message\": {\"text\": \"no hash\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"b.c\"}, \"region\": {\"startLine\": 7}}}]},"
		"{\"ruleId\": \"r\", \"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"a.c\"}, \"region\": {\"startLine\": 30, \"snippet\": {\"text\": \"\\t*out = 1;\"}}}}], \"partialFingerprints\": {\"primaryLocationLineHash\": \"h4:1\"}}"
		"]}]}");
	dl_baseline_key keys[] = {
		{"r", "a.c", "h1:1", "same", NULL, 50},        /* moved: unchanged */
		{"r", "a.c", "h1:1", "same", NULL, 51},        /* a second one like it: new */
		{"r", "a.c", "h2:1", "new words", NULL, 9},    /* updated */
		{"other", "a.c", "h3:1", "fixed", NULL, 20},   /* another rule: new */
		{"r", "c.c", "h3:1", "fixed", NULL, 20},       /* another file: new */
		{"r", "b.c", "zz:1", "no hash", NULL, 7},      /* no fingerprint in the baseline: by line */
		{"r", "a.c", "h5:1", "m", "    *out   = 1;", 60}, /* the lines after it changed: by its code */
		{"r", "a.c", "h6:1", "m", "*out = 2;", 61},       /* other code: new */
	};
	dl_baseline_state st[8];
	unsigned char used[5];
	dl_baseline_match(b, keys, 8, st, used);
	ck_assert_int_eq(st[0], DL_BASELINE_UNCHANGED);
	ck_assert_int_eq(st[1], DL_BASELINE_NEW);
	ck_assert_int_eq(st[2], DL_BASELINE_UPDATED);
	ck_assert_int_eq(st[3], DL_BASELINE_NEW);
	ck_assert_int_eq(st[4], DL_BASELINE_NEW);
	ck_assert_int_eq(st[5], DL_BASELINE_UNCHANGED);
	ck_assert_int_eq(st[6], DL_BASELINE_UNCHANGED);
	ck_assert_int_eq(st[7], DL_BASELINE_NEW);
	ck_assert(used[0] && used[1] && !used[2] && used[3] && used[4]);
	ck_assert_str_eq(dl_baseline_state_name(DL_BASELINE_ABSENT), "absent");
	dl_baseline_free(b);
}
END_TEST

/* ---- the binary ---- */

static const char driver[] =
	"#include <ntddk.h>\n"
	"\n"
	"static VOID BlReply(PIRP Irp, ULONG value)\n"
	"{\n"
	"\tPULONG reply = (PULONG)Irp->UserBuffer;\n"
	"\t*reply = value;\n"
	"}\n"
	"\n"
	"NTSTATUS BlDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);\n"
	"\tPULONG in = (PULONG)stack->Parameters.DeviceIoControl.Type3InputBuffer;\n"
	"\tULONG value;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\tvalue = *in;\n"
	"\tBlReply(Irp, value + 1);\n"
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = BlDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static char *dir;

static void setup(void)
{
	char *p;
	tu_result r;
	dir = tu_tmpdir();
	p = dl_xprintf("%s/drv.c", dir);
	tu_write(p, driver);
	free(p);
	tu_drvlint(&r, dir, "--fail-on none --sarif base.sarif drv.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strstr(r.out, "drv.c:6:2: error:") && strstr(r.out, "drv.c:15:10: error:"),
		      "the baseline needs both findings: %s", r.out);
	tu_result_free(&r);
}

static void teardown(void)
{
	tu_rmtree(dir);
	free(dir);
}

static void write_driver(const char *text)
{
	char *p = dl_xprintf("%s/drv.c", dir);
	tu_write(p, text);
	free(p);
}

/* "state@line," for each result of the SARIF log on stdout, in order. */
static char *states(const char *sarif)
{
	cJSON *doc = cJSON_Parse(sarif);
	const cJSON *res;
	dl_buf b = {0};
	ck_assert_msg(doc != NULL, "not JSON: %s", sarif);
	cJSON_ArrayForEach(res, cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "results")) {
		const cJSON *region = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(
			cJSON_GetObjectItem(res, "locations"), 0), "physicalLocation"), "region");
		dl_buf_printf(&b, "%s@%d,", cJSON_GetStringValue(cJSON_GetObjectItem(res, "baselineState")),
			      cJSON_GetObjectItem(region, "startLine")->valueint);
	}
	cJSON_Delete(doc);
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

START_TEST(test_moved_code_is_not_new)
{
	tu_result r;
	char *a, *b, *c, *st;
	/* Lines added above both findings, and the helper moved below its caller. */
	a = tu_replace(driver, "#include <ntddk.h>\n\n",
		    "/*\n * Device control for the sample device.\n * (c) the authors\n */\n#include <ntddk.h>\n\n"
		    "#define BL_VERSION 2\n\nstatic VOID BlReply(PIRP Irp, ULONG value);\n\n");
	b = tu_replace(a, "static VOID BlReply(PIRP Irp, ULONG value)\n{\n\tPULONG reply = (PULONG)Irp->UserBuffer;\n"
		       "\t*reply = value;\n}\n\n", "");
	c = tu_replace(b, "NTSTATUS DriverEntry", "static VOID BlReply(PIRP Irp, ULONG value)\n{\n"
		       "\tPULONG reply = (PULONG)Irp->UserBuffer;\n\n\t*reply = value;\n}\n\nNTSTATUS DriverEntry");
	write_driver(c);
	tu_drvlint(&r, dir, "--baseline base.sarif drv.c");
	ck_assert_msg(r.status == 0, "status %d:\n%s%s", r.status, r.out, r.err);
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
	tu_drvlint(&r, dir, "--baseline base.sarif --format sarif drv.c");
	st = states(r.out);
	ck_assert_str_eq(st, "unchanged@17,unchanged@28,");   /* both moved, neither new */
	free(st);
	tu_result_free(&r);
	free(a);
	free(b);
	free(c);
}
END_TEST

START_TEST(test_new_and_absent)
{
	tu_result r;
	char *a, *b, *st, *log, *cmd;
	/* A new unprobed write, and the old read now probed under __try. */
	a = tu_replace(driver, "\tvalue = *in;\n",
		    "\t__try {\n\t\tProbeForRead(in, sizeof(*in), sizeof(ULONG));\n\t\tvalue = *in;\n"
		    "\t} __except (EXCEPTION_EXECUTE_HANDLER) {\n\t\treturn GetExceptionCode();\n\t}\n");
	b = tu_replace(a, "\tIrp->IoStatus.Status = STATUS_SUCCESS;\n",
		    "\t*(PULONG)Irp->UserBuffer = value;\n\tIrp->IoStatus.Status = STATUS_SUCCESS;\n");
	write_driver(b);
	tu_drvlint(&r, dir, "--baseline base.sarif --sarif out.sarif drv.c");
	ck_assert_int_eq(r.status, 1);
	/* Only the new finding is printed. */
	ck_assert_msg(strstr(r.out, "drv.c:22:2: error:") && !strstr(r.out, "drv.c:6:2:"), "%s", r.out);
	tu_result_free(&r);
	log = dl_xprintf("%s/out.sarif", dir);
	st = tu_read(log);
	ck_assert_ptr_nonnull(st);
	{
		char *s = states(st);
		ck_assert_str_eq(s, "unchanged@6,new@22,absent@15,");
		free(s);
	}
	free(st);
	cmd = dl_xprintf("python3 %s/sarif/validate-sarif %s", DL_SHARED_DIR, log);
	tu_sh(&r, dir, cmd);
	ck_assert_msg(r.status == 0, "invalid SARIF: %s%s", r.out, r.err);
	tu_result_free(&r);
	/* json and markdown show only the new one too. */
	tu_drvlint(&r, dir, "--baseline base.sarif --format markdown drv.c");
	ck_assert_msg(strstr(r.out, "### drvlint: 1 finding\n") && strstr(r.out, "1 already in the baseline"), "%s", r.out);
	tu_result_free(&r);
	free(cmd);
	free(log);
	free(a);
	free(b);
}
END_TEST

START_TEST(test_bad_baseline_file)
{
	tu_result r;
	char *p = dl_xprintf("%s/bad.sarif", dir);
	tu_write(p, "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"level\": \"error\"}]}]}");
	tu_drvlint(&r, dir, "--baseline bad.sarif drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.err, "drvlint: --baseline: bad.sarif: result 1 of run 1 has no \"ruleId\"\n");
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
	tu_write(p, "not json");
	tu_drvlint(&r, dir, "--baseline bad.sarif drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.err, "drvlint: --baseline: bad.sarif: not valid JSON\n");
	tu_result_free(&r);
	tu_drvlint(&r, dir, "--baseline missing.sarif drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.err, "drvlint: --baseline: missing.sarif: No such file or directory\n");
	tu_result_free(&r);
	free(p);
}
END_TEST

static Suite *baseline_suite(void)
{
	Suite *s = suite_create("baseline");
	TCase *tc = tcase_create("parse"), *bin = tcase_create("binary");
	tcase_add_test(tc, test_parse);
	tcase_add_loop_test(tc, test_parse_bad, 0, (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(tc, test_match);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(bin, setup, teardown);
	tcase_set_timeout(bin, 120);
	tcase_add_test(bin, test_moved_code_is_not_new);
	tcase_add_test(bin, test_new_and_absent);
	tcase_add_test(bin, test_bad_baseline_file);
	suite_add_tcase(s, bin);
	return s;
}

int main(void)
{
	return run_suite(baseline_suite());
}
