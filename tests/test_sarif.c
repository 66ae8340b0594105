/* The writers: SARIF 2.1.0 (checked with the schema validator), JSON, gcc and msvc text. */
#include "testutil.h"
#include "drvlint/output.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cjson/cJSON.h>

/* Test-local rules: the writers describe whatever rule list the report carries. */
static const dl_rule rule_probe = {
	"test-unprobed", "TestUnprobed", "A user pointer is accessed without a probe.",
	"The pointer comes from user mode and is dereferenced before any probe.",
	DL_LEVEL_ERROR, "security external/cwe/cwe-822", "high", "8.8", NULL};
static const dl_rule rule_irql = {
	"test-irql", "TestIrql", "Pageable code at raised IRQL.",
	"Pageable code runs where the IRQL may be DISPATCH_LEVEL.",
	DL_LEVEL_WARNING, "correctness", "medium", "5.0", NULL};
static const dl_rule *const test_rules[] = {&rule_probe, &rule_irql};

/* "\t/\* é *\/ *p = 1;": the '*' of *p is byte column 11 and UTF-16 column 10. */
static const char drv_c[] =
	"#include <ntddk.h>\n"
	"\n"
	"void f(char *p)\n"
	"{\n"
	"\t/* \xC3\xA9 */ *p = 1;\n"
	"}\n";

static char root[64];
static char *drv_path, *odd_path;
static dl_findings findings;
static dl_notice notices[2];
static char *argv_[] = {"drvlint", "--sarif", "a b.sarif"};
static dl_report report;

/* The root as a URI path: its one space percent-encoded. */
static char *root_uri_path(void)
{
	const char *sp = strchr(root, ' ');
	return dl_xprintf("%.*s%%20%s", (int)(sp - root), root, sp + 1);
}

static char *in_root(const char *rel)
{
	return dl_xprintf("%s/%s", root, rel);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	ck_assert_msg(f != NULL, "cannot create %s", path);
	fputs(text, f);
	fclose(f);
}

static void add_finding(const dl_rule *rule, dl_level level, const char *file, unsigned line,
			unsigned col, const char *msg, const dl_step *steps, size_t nsteps)
{
	dl_loc loc = {(char *)file, line, col};
	dl_findings_add(&findings, rule, level, &loc, msg, steps, nsteps);
}

/* A source root whose name has a space, holding drv.c and "src dir/drv ü.c";
 * three findings (one in a file outside the root) and two notices. */
static void setup(void)
{
	dl_step steps[2];
	char *dir;
	strcpy(root, "/tmp/drvlint sarif-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	drv_path = in_root("drv.c");
	odd_path = in_root("src dir/drv \xC3\xBC.c");
	dir = in_root("src dir");
	ck_assert_int_eq(mkdir(dir, 0755), 0);
	free(dir);
	write_file(drv_path, drv_c);
	write_file(odd_path, "int x;\n");

	steps[0].loc = (dl_loc){drv_path, 3, 14};
	steps[0].message = "'p' comes from Irp->UserBuffer";
	steps[1].loc = (dl_loc){drv_path, 5, 11};
	steps[1].message = "dereferenced here";
	memset(&findings, 0, sizeof(findings));
	add_finding(&rule_probe, DL_LEVEL_ERROR, drv_path, 5, 11,
		    "'p' is a user pointer dereferenced without a probe", steps, 2);
	add_finding(&rule_irql, DL_LEVEL_WARNING, odd_path, 1, 5, "'x' is pageable", NULL, 0);
	add_finding(&rule_probe, DL_LEVEL_ERROR, "/nonexistent-outside/x.c", 7, 3, "outside", NULL, 0);

	notices[0] = (dl_notice){DL_LEVEL_WARNING, drv_path, "unknown type name 'FOO'"};
	notices[1] = (dl_notice){DL_LEVEL_ERROR, NULL, "a file could not be analyzed"};
	memset(&report, 0, sizeof(report));
	report.findings = &findings;
	report.notices = notices;
	report.nnotices = 2;
	report.rule_list = test_rules;
	report.nrules = 2;
	report.srcroot = root;
	report.execution_successful = 0;
	report.argv = argv_;
	report.argc = 3;
}

static void teardown(void)
{
	char *cmd = dl_xprintf("rm -rf '%s'", root);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	dl_findings_clear(&findings);
	free(drv_path);
	free(odd_path);
}

/* Exit status of the schema validator (URI problems are errors). */
static int validate(const char *path)
{
	char *cmd = dl_xprintf("python3 '%s/sarif/validate-sarif' --strict-uris '%s'", DL_SHARED_DIR, path);
	int st = system(cmd);
	free(cmd);
	return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static cJSON *get(cJSON *o, const char *path)
{
	char *copy = dl_xstrdup(path), *save = NULL, *key;
	for (key = strtok_r(copy, ".", &save); key && o; key = strtok_r(NULL, ".", &save))
		o = (*key >= '0' && *key <= '9') ? cJSON_GetArrayItem(o, atoi(key)) : cJSON_GetObjectItem(o, key);
	free(copy);
	return o;
}

static const char *str(cJSON *o, const char *path)
{
	const char *s = cJSON_GetStringValue(get(o, path));
	ck_assert_msg(s != NULL, "no string at %s", path);
	return s;
}

static int num(cJSON *o, const char *path)
{
	cJSON *n = get(o, path);
	ck_assert_msg(cJSON_IsNumber(n), "no number at %s", path);
	return n->valueint;
}

/* Writes the report as SARIF beside the sources and validates it. */
static cJSON *sarif_doc(void)
{
	char *path = in_root("out.sarif"), *err = NULL, *text;
	cJSON *doc;
	ck_assert_int_eq(dl_write_sarif_file(path, &report, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_int_eq(validate(path), 0);
	text = tu_read_ok(path);
	doc = cJSON_Parse(text);
	ck_assert_ptr_nonnull(doc);
	free(text);
	free(path);
	return doc;
}

START_TEST(test_sarif_rules)
{
	cJSON *doc = sarif_doc(), *rules = get(doc, "runs.0.tool.driver.rules");
	ck_assert_str_eq(str(doc, "version"), "2.1.0");
	ck_assert_str_eq(str(doc, "runs.0.tool.driver.name"), "drvlint");
	ck_assert_str_eq(str(doc, "runs.0.tool.driver.semanticVersion"), DL_VERSION);
	ck_assert_int_eq(cJSON_GetArraySize(rules), 2);
	ck_assert_str_eq(str(rules, "0.id"), "test-unprobed");
	ck_assert_str_eq(str(rules, "0.name"), "TestUnprobed");
	ck_assert_str_eq(str(rules, "0.shortDescription.text"), rule_probe.summary);
	ck_assert_str_eq(str(rules, "0.fullDescription.text"), rule_probe.description);
	/* No page in docs/rules for a test rule: help falls back to the description. */
	ck_assert_str_eq(str(rules, "0.help.text"), rule_probe.description);
	ck_assert_str_eq(str(rules, "0.help.markdown"), rule_probe.description);
	ck_assert_str_eq(str(rules, "0.helpUri"),
			 "https://github.com/drvlint/drvlint/blob/main/docs/rules/test-unprobed.md");
	ck_assert_str_eq(str(rules, "0.defaultConfiguration.level"), "error");
	ck_assert_int_eq(cJSON_GetArraySize(get(rules, "0.properties.tags")), 2);
	ck_assert_str_eq(str(rules, "0.properties.tags.0"), "security");
	ck_assert_str_eq(str(rules, "0.properties.tags.1"), "external/cwe/cwe-822");
	ck_assert_str_eq(str(rules, "0.properties.precision"), "high");
	ck_assert_str_eq(str(rules, "0.properties.security-severity"), "8.8");
	ck_assert_str_eq(str(rules, "1.defaultConfiguration.level"), "warning");
	cJSON_Delete(doc);
}
END_TEST

START_TEST(test_sarif_results)
{
	cJSON *doc = sarif_doc(), *res = get(doc, "runs.0.results"), *flow;
	char *enc_root = root_uri_path(), *base = dl_xprintf("file://%s/", enc_root);
	size_t n;
	char **hashes = dl_line_hashes(drv_c, strlen(drv_c), &n);
	ck_assert_int_eq(cJSON_GetArraySize(res), 3);

	ck_assert_str_eq(str(res, "0.ruleId"), "test-unprobed");
	ck_assert_int_eq(num(res, "0.ruleIndex"), 0);
	ck_assert_str_eq(str(res, "0.level"), "error");
	ck_assert_str_eq(str(res, "0.message.text"), "'p' is a user pointer dereferenced without a probe");
	ck_assert_str_eq(str(res, "0.locations.0.physicalLocation.artifactLocation.uri"), "drv.c");
	ck_assert_str_eq(str(res, "0.locations.0.physicalLocation.artifactLocation.uriBaseId"), "%SRCROOT%");
	ck_assert_int_eq(num(res, "0.locations.0.physicalLocation.region.startLine"), 5);
	ck_assert_int_eq(num(res, "0.locations.0.physicalLocation.region.startColumn"), 10);
	ck_assert_str_eq(str(res, "0.partialFingerprints.primaryLocationLineHash"), hashes[4]);
	flow = get(res, "0.codeFlows.0.threadFlows.0.locations");
	ck_assert_int_eq(cJSON_GetArraySize(get(res, "0.codeFlows")), 1);
	ck_assert_int_eq(cJSON_GetArraySize(flow), 3);
	ck_assert_str_eq(str(flow, "0.location.message.text"), "'p' comes from Irp->UserBuffer");
	ck_assert_int_eq(num(flow, "0.location.physicalLocation.region.startLine"), 3);
	ck_assert_int_eq(num(flow, "0.location.physicalLocation.region.startColumn"), 14);
	ck_assert_str_eq(str(flow, "2.location.message.text"), str(res, "0.message.text"));

	ck_assert_int_eq(num(res, "1.ruleIndex"), 1);
	ck_assert_str_eq(str(res, "1.level"), "warning");
	ck_assert_str_eq(str(res, "1.locations.0.physicalLocation.artifactLocation.uri"),
			 "src%20dir/drv%20%C3%BC.c");
	ck_assert_ptr_nonnull(get(res, "1.partialFingerprints.primaryLocationLineHash"));
	ck_assert_ptr_null(get(res, "1.codeFlows"));

	/* Outside the root: an absolute URI; unreadable: no fingerprint. */
	ck_assert_str_eq(str(res, "2.locations.0.physicalLocation.artifactLocation.uri"),
			 "file:///nonexistent-outside/x.c");
	ck_assert_ptr_null(get(res, "2.locations.0.physicalLocation.artifactLocation.uriBaseId"));
	ck_assert_ptr_null(get(res, "2.partialFingerprints"));

	ck_assert_str_eq(str(doc, "runs.0.originalUriBaseIds.%SRCROOT%.uri"), base);
	ck_assert_str_eq(str(doc, "runs.0.columnKind"), "utf16CodeUnits");
	free(base);
	free(enc_root);
	dl_line_hashes_free(hashes, n);
	cJSON_Delete(doc);
}
END_TEST

START_TEST(test_sarif_invocation)
{
	cJSON *doc = sarif_doc(), *inv = get(doc, "runs.0.invocations.0");
	ck_assert(cJSON_IsFalse(get(inv, "executionSuccessful")));
	ck_assert_str_eq(str(inv, "commandLine"), "drvlint --sarif 'a b.sarif'");
	ck_assert_int_eq(cJSON_GetArraySize(get(inv, "arguments")), 2);
	ck_assert_str_eq(str(inv, "arguments.1"), "a b.sarif");
	ck_assert_int_eq(cJSON_GetArraySize(get(inv, "toolExecutionNotifications")), 2);
	ck_assert_str_eq(str(inv, "toolExecutionNotifications.0.level"), "warning");
	ck_assert_str_eq(str(inv, "toolExecutionNotifications.0.message.text"), "unknown type name 'FOO'");
	ck_assert_str_eq(str(inv, "toolExecutionNotifications.0.locations.0.physicalLocation.artifactLocation.uri"),
			 "drv.c");
	ck_assert_str_eq(str(inv, "toolExecutionNotifications.1.level"), "error");
	ck_assert_ptr_null(get(inv, "toolExecutionNotifications.1.locations"));
	cJSON_Delete(doc);

	report.execution_successful = 1;
	report.nnotices = 0;
	doc = sarif_doc();
	ck_assert(cJSON_IsTrue(get(doc, "runs.0.invocations.0.executionSuccessful")));
	ck_assert_int_eq(cJSON_GetArraySize(get(doc, "runs.0.invocations.0.toolExecutionNotifications")), 0);
	cJSON_Delete(doc);
}
END_TEST

/* Without a source root every URI is an absolute file URI. */
START_TEST(test_sarif_no_srcroot)
{
	cJSON *doc;
	char *enc_root = root_uri_path(), *want = dl_xprintf("file://%s/drv.c", enc_root);
	report.srcroot = NULL;
	doc = sarif_doc();
	ck_assert_ptr_null(get(doc, "runs.0.originalUriBaseIds"));
	ck_assert_str_eq(str(doc, "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uri"), want);
	ck_assert_ptr_null(get(doc, "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uriBaseId"));
	free(want);
	free(enc_root);
	cJSON_Delete(doc);
}
END_TEST

/* Names of the entries of dir, sorted, one per line. */
static char *list_dir(const char *dir)
{
	char *cmd = dl_xprintf("ls -A '%s'", dir), line[512];
	FILE *p = popen(cmd, "r");
	dl_buf b = {0};
	ck_assert_ptr_nonnull(p);
	while (fgets(line, sizeof(line), p))
		dl_buf_puts(&b, line);
	pclose(p);
	free(cmd);
	return dl_buf_detach(&b);
}

START_TEST(test_sarif_unwritable)
{
	char *plain = in_root("plain"), *path = in_root("plain/out.sarif"), *err = NULL, *before, *after;
	write_file(plain, "not a directory\n");
	before = list_dir(root);
	ck_assert_int_eq(dl_write_sarif_file(path, &report, &err), DL_ERR_IO);
	ck_assert_ptr_nonnull(err);
	ck_assert_ptr_nonnull(strstr(err, "cannot write SARIF log '"));
	ck_assert_ptr_nonnull(strstr(err, strerror(ENOTDIR)));
	after = list_dir(root);
	ck_assert_str_eq(after, before);
	free(err);
	free(after);
	free(path);

	/* A directory without write permission (root may write anyway). */
	if (geteuid() != 0) {
		char *dir = in_root("ro");
		path = in_root("ro/out.sarif");
		ck_assert_int_eq(mkdir(dir, 0555), 0);
		ck_assert_int_eq(dl_write_sarif_file(path, &report, &err), DL_ERR_IO);
		ck_assert_ptr_nonnull(strstr(err, strerror(EACCES)));
		after = list_dir(dir);
		ck_assert_str_eq(after, "");
		chmod(dir, 0755);
		free(after);
		free(err);
		free(path);
		free(dir);
	}
	free(before);
	free(plain);
}
END_TEST

/* A write that fails half way (here: the file size limit, as a full disk
 * would) leaves the previous log as it was and no temporary behind. */
START_TEST(test_sarif_failed_write_keeps_old)
{
	char *path = in_root("out.sarif"), *err = NULL, *text, *before, *after;
	struct rlimit old, small;
	int ret;
	write_file(path, "previous log\n");
	before = list_dir(root);
	signal(SIGXFSZ, SIG_IGN);
	ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 100;
	/* No assertion while the limit holds: Check itself writes files. */
	setrlimit(RLIMIT_FSIZE, &small);
	ret = dl_write_sarif_file(path, &report, &err);
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &old), 0);
	ck_assert_int_eq(ret, DL_ERR_IO);
	ck_assert_ptr_nonnull(strstr(err, strerror(EFBIG)));
	text = tu_read_ok(path);
	ck_assert_str_eq(text, "previous log\n");
	after = list_dir(root);
	ck_assert_str_eq(after, before);
	free(text);
	free(after);
	free(before);
	free(err);
	free(path);
}
END_TEST

/* The new log replaces the old one and keeps its mode; a new file gets the umask's. */
START_TEST(test_sarif_file_mode)
{
	char *path = in_root("out.sarif"), *err = NULL, *text;
	struct stat st;
	umask(022);
	ck_assert_int_eq(dl_write_sarif_file(path, &report, &err), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(dl_write_sarif_file(path, &report, &err), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0640);
	text = tu_read_ok(path);
	ck_assert_ptr_nonnull(strstr(text, "\"2.1.0\""));
	free(text);
	free(path);
}
END_TEST

/* Runs a writer into a string. */
static char *render(int (*writer)(FILE *, const dl_report *))
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	ck_assert_int_eq(writer(f, &report), 0);
	fclose(f);
	return text;
}

START_TEST(test_gcc_text)
{
	dl_findings first = {findings.items, 1, 1};
	char *text, *want;
	report.findings = &first;
	text = render(dl_write_gcc);
	ck_assert_str_eq(text,
		"drv.c:5:11: error: 'p' is a user pointer dereferenced without a probe [test-unprobed]\n"
		"drv.c:3:14: note: 'p' comes from Irp->UserBuffer\n"
		"drv.c:5:11: note: dereferenced here\n");
	free(text);

	report.show_source = 1;
	text = render(dl_write_gcc);
	want = "drv.c:5:11: error: 'p' is a user pointer dereferenced without a probe [test-unprobed]\n"
	       "    5 | \t/* \xC3\xA9 */ *p = 1;\n"
	       "      | \t        ^\n"
	       "drv.c:3:14: note: 'p' comes from Irp->UserBuffer\n"
	       "drv.c:5:11: note: dereferenced here\n";
	ck_assert_str_eq(text, want);
	free(text);

	report.color = 1;
	text = render(dl_write_gcc);
	ck_assert_ptr_nonnull(strstr(text, "\033[1mdrv.c:5:11:\033[0m \033[1;31merror:\033[0m 'p' is"));
	ck_assert_ptr_nonnull(strstr(text, "\033[1;36mnote:\033[0m"));
	free(text);
}
END_TEST

START_TEST(test_msvc_text)
{
	dl_findings two = {findings.items, 2, 2};
	char *text;
	report.findings = &two;
	text = render(dl_write_msvc);
	ck_assert_str_eq(text,
		"drv.c(5,11): error test-unprobed: 'p' is a user pointer dereferenced without a probe\n"
		"drv.c(3,14): note: 'p' comes from Irp->UserBuffer\n"
		"drv.c(5,11): note: dereferenced here\n"
		"src dir/drv \xC3\xBC.c(1,5): warning test-irql: 'x' is pageable\n");
	free(text);
}
END_TEST

static void check_display(const char *srcroot, const char *path, const char *want)
{
	char *got = dl_display_path(srcroot, path);
	ck_assert_msg(!strcmp(got, want), "display(%s, %s) = %s, want %s", srcroot, path, got, want);
	free(got);
}

START_TEST(test_display_path)
{
	check_display("/a/b", "/a/b/c.c", "c.c");
	check_display("/a/b/", "/a/b/./d/../c.c", "c.c");
	check_display("/a/b", "/a//b/sub/x.c", "sub/x.c");
	check_display("/a/b", "/a/bc/x.c", "/a/bc/x.c");
	check_display("/a/b", "/other/x.c", "/other/x.c");
	check_display("/", "/x/y.c", "x/y.c");
	check_display(NULL, "./x.c", "./x.c");
	ck_assert_int_eq(chdir(root), 0);
	check_display(root, "./x.c", "x.c");
	check_display(root, "src dir/y.c", "src dir/y.c");
	check_display(root, "../y.c", "../y.c");
	ck_assert_int_eq(chdir("/"), 0);
}
END_TEST

START_TEST(test_json)
{
	char *text;
	cJSON *doc, *f;
	findings.items[1].message[0] = '\xFF';   /* not UTF-8: must still be valid JSON text */
	text = render(dl_write_json);
	doc = cJSON_Parse(text);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(num(doc, "version"), 1);
	ck_assert_str_eq(str(doc, "tool"), "drvlint");
	ck_assert_int_eq(cJSON_GetArraySize(get(doc, "findings")), 3);
	f = get(doc, "findings.0");
	ck_assert_int_eq(cJSON_GetArraySize(f), 7);
	ck_assert_str_eq(str(f, "rule"), "test-unprobed");
	ck_assert_str_eq(str(f, "level"), "error");
	ck_assert_str_eq(str(f, "message"), "'p' is a user pointer dereferenced without a probe");
	ck_assert_str_eq(str(f, "file"), "drv.c");
	ck_assert_int_eq(num(f, "line"), 5);
	ck_assert_int_eq(num(f, "column"), 11);
	ck_assert_int_eq(cJSON_GetArraySize(get(f, "path")), 2);
	ck_assert_str_eq(str(f, "path.0.file"), "drv.c");
	ck_assert_int_eq(num(f, "path.0.line"), 3);
	ck_assert_int_eq(num(f, "path.0.column"), 14);
	ck_assert_str_eq(str(f, "path.0.message"), "'p' comes from Irp->UserBuffer");
	ck_assert_int_eq(cJSON_GetArraySize(get(doc, "findings.1.path")), 0);
	ck_assert_str_eq(str(doc, "findings.1.message"), "\xEF\xBF\xBDx' is pageable");
	ck_assert_str_eq(str(doc, "findings.2.file"), "/nonexistent-outside/x.c");
	ck_assert_int_eq(cJSON_GetArraySize(get(doc, "notices")), 2);
	ck_assert_str_eq(str(doc, "notices.0.level"), "warning");
	ck_assert_str_eq(str(doc, "notices.0.file"), "drv.c");
	ck_assert_str_eq(str(doc, "notices.0.message"), "unknown type name 'FOO'");
	ck_assert(cJSON_IsNull(get(doc, "notices.1.file")));
	cJSON_Delete(doc);
	free(text);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("output");
	TCase *sarif = tcase_create("sarif"), *text = tcase_create("text"), *json = tcase_create("json");
	tcase_add_checked_fixture(sarif, setup, teardown);
	tcase_add_checked_fixture(text, setup, teardown);
	tcase_add_checked_fixture(json, setup, teardown);
	tcase_add_test(sarif, test_sarif_rules);
	tcase_add_test(sarif, test_sarif_results);
	tcase_add_test(sarif, test_sarif_invocation);
	tcase_add_test(sarif, test_sarif_no_srcroot);
	tcase_add_test(sarif, test_sarif_unwritable);
	tcase_add_test(sarif, test_sarif_failed_write_keeps_old);
	tcase_add_test(sarif, test_sarif_file_mode);
	tcase_add_test(text, test_gcc_text);
	tcase_add_test(text, test_msvc_text);
	tcase_add_test(text, test_display_path);
	tcase_add_test(json, test_json);
	suite_add_tcase(s, sarif);
	suite_add_tcase(s, text);
	suite_add_tcase(s, json);
	return run_suite(s);
}
