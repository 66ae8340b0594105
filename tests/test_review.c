/* Before code review: the `git diff --unified=0` reader (analyzer/gitdiff.c),
 * --changed-since on a real git repository, and --format markdown. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"
#include "drvlint/gitdiff.h"

static const char diff[] =
	"diff --git a/src/ioctl.c b/src/ioctl.c\n"
	"index 1111111..2222222 100644\n"
	"--- a/src/ioctl.c\n"
	"+++ b/src/ioctl.c\n"
	"@@ -10,0 +11,3 @@ NTSTATUS Foo(void)\n"
	"+\tx = 1;\n"
	"+++ not a header: an added line\n"
	"+\ty = 2;\n"
	"@@ -20 +23 @@\n"
	"-\told();\n"
	"+\tnew();\n"
	"@@ -30,2 +32,0 @@\n"
	"-\tgone();\n"
	"-\tgone();\n"
	"diff --git a/old.c b/old.c\n"
	"deleted file mode 100644\n"
	"--- a/old.c\n"
	"+++ /dev/null\n"
	"@@ -1,2 +0,0 @@\n"
	"-int a;\n"
	"-int b;\n"
	"diff --git a/sp ace.c b/sp ace.c\n"
	"--- \"a/tab\\there.c\"\n"
	"+++ \"b/tab\\there.c\"\r\n"
	"@@ -0,0 +1 @@\n"
	"+int c;\n";

START_TEST(test_parse)
{
	dl_changes c = {0};
	dl_gitdiff_parse(diff, strlen(diff), &c);
	ck_assert_uint_eq(c.count, 2);
	ck_assert_str_eq(c.files[0].path, "src/ioctl.c");
	ck_assert_uint_eq(c.files[0].nranges, 3);
	ck_assert_uint_eq(c.files[0].ranges[0].first, 11);
	ck_assert_uint_eq(c.files[0].ranges[0].last, 13);
	ck_assert_uint_eq(c.files[0].ranges[1].first, 23);
	ck_assert_uint_eq(c.files[0].ranges[1].last, 23);
	/* Lines deleted after line 32: the lines on both sides of the gap. */
	ck_assert_uint_eq(c.files[0].ranges[2].first, 32);
	ck_assert_uint_eq(c.files[0].ranges[2].last, 33);
	ck_assert_str_eq(c.files[1].path, "tab\there.c");
	ck_assert_uint_eq(c.files[1].ranges[0].first, 1);
	dl_changes_clear(&c);
}
END_TEST

START_TEST(test_parse_any_prefix)
{
	size_t n;
	for (n = 0; n <= sizeof(diff) - 1; n++) {
		char *copy = dl_xstrndup(diff, n);
		dl_changes c = {0};
		dl_gitdiff_parse(copy, n, &c);
		dl_changes_clear(&c);
		free(copy);
	}
}
END_TEST

/* ---- a repository ---- */

/* Two dispatch routines with the same bug; the change touches one of them. */
static const char driver[] =
	"#include <ntddk.h>\n"
	"\n"
	"NTSTATUS RvRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG out = (PULONG)Irp->UserBuffer;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t*out = 1;\n"                                   /* 7: old, untouched */
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS RvWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG in = (PULONG)Irp->UserBuffer;\n"
	"\tULONG v;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\tv = *in;\n"                                    /* 18: old, in the changed function */
	"\tIrp->IoStatus.Information = v;\n"
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_READ] = RvRead;\n"
	"\tDriverObject->MajorFunction[IRP_MJ_WRITE] = RvWrite;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static char *repo;

static void git(const char *args)
{
	tu_result r;
	char *cmd = dl_xprintf("git -c user.name=t -c user.email=t@example.com -c commit.gpgsign=false %s", args);
	tu_sh(&r, repo, cmd);
	ck_assert_msg(r.status == 0, "git %s: %s", args, r.err);
	tu_result_free(&r);
	free(cmd);
}

static void setup(void)
{
	char *p;
	repo = tu_tmpdir();
	p = dl_xprintf("%s/src", repo);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	p = dl_xprintf("%s/src/drv.c", repo);
	tu_write(p, driver);
	free(p);
	git("init -q");
	git("add src/drv.c");
	git("commit -q -m initial");
}

static void teardown(void)
{
	tu_rmtree(repo);
	free(repo);
}

/* The finding lines ("file:line:col: level") of gcc-style output, one per line. */
static char *finding_lines(const char *out)
{
	dl_buf b = {0};
	const char *p = out;
	while (*p) {
		size_t n = strcspn(p, "\n");
		const char *rule = memchr(p, '[', n);
		if (rule && (memmem(p, n, ": error: ", 9) || memmem(p, n, ": warning: ", 11)))
			dl_buf_printf(&b, "%.*s\n", (int)(strchr(p, ' ') - p), p);
		p += n + (p[n] == '\n');
	}
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

START_TEST(test_changed_lines_only)
{
	tu_result r;
	char *p = dl_xprintf("%s/src/drv.c", repo), *text, *lines;
	/* RvWrite gains a second unprobed access; RvRead is untouched. */
	text = tu_replace(driver, "\tIrp->IoStatus.Information = v;\n",
		       "\tIrp->IoStatus.Information = v;\n\tin[1] = 0;\n");
	tu_write(p, text);
	tu_drvlint(&r, repo, "--changed-since HEAD src/drv.c");
	ck_assert_int_eq(r.status, 1);
	lines = finding_lines(r.out);
	ck_assert_str_eq(lines, "src/drv.c:20:2:\n");
	free(lines);
	tu_result_free(&r);
	/* The whole driver was analyzed: without the option all three show. */
	tu_drvlint(&r, repo, "src/drv.c");
	lines = finding_lines(r.out);
	ck_assert_str_eq(lines, "src/drv.c:7:2:\nsrc/drv.c:18:6:\nsrc/drv.c:20:2:\n");
	free(lines);
	tu_result_free(&r);
	/* Against the same revision with the change committed: nothing changed, exit 0. */
	git("commit -q -a -m change");
	tu_drvlint(&r, repo, "--changed-since HEAD src/drv.c");
	ck_assert_msg(r.status == 0 && !*r.out, "status %d: %s", r.status, r.out);
	tu_result_free(&r);
	tu_drvlint(&r, repo, "--changed-since HEAD~1 src/drv.c");
	lines = finding_lines(r.out);
	ck_assert_str_eq(lines, "src/drv.c:20:2:\n");
	free(lines);
	tu_result_free(&r);
	free(text);
	free(p);
}
END_TEST

START_TEST(test_untracked_file_counts_whole)
{
	tu_result r;
	char *p = dl_xprintf("%s/src/new.c", repo), *lines;
	/* The same code under other names, in a file git does not know yet. */
	char *a = tu_replace(driver, "IRP_MJ_READ] = RvRead", "IRP_MJ_READ] = NwRead");
	char *b = tu_replace(a, "IRP_MJ_WRITE] = RvWrite", "IRP_MJ_WRITE] = NwWrite");
	char *c = tu_replace(b, "NTSTATUS RvRead(", "NTSTATUS NwRead(");
	char *d = tu_replace(c, "NTSTATUS RvWrite(", "NTSTATUS NwWrite(");
	char *e = tu_replace(d, "NTSTATUS DriverEntry(", "NTSTATUS NwEntry(");
	tu_write(p, e);
	tu_drvlint(&r, repo, "--changed-since HEAD src/drv.c src/new.c");
	lines = finding_lines(r.out);
	ck_assert_str_eq(lines, "src/new.c:7:2:\nsrc/new.c:18:6:\n");
	free(lines);
	tu_result_free(&r);
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
	free(p);
}
END_TEST

START_TEST(test_bad_revision)
{
	tu_result r;
	tu_drvlint(&r, repo, "--changed-since no-such-branch src/drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "drvlint: --changed-since: 'no-such-branch' is not a commit in "), "%s", r.err);
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
	tu_drvlint(&r, repo, "--changed-since --all src/drv.c");
	ck_assert_int_eq(r.status, 2);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_not_a_repository)
{
	tu_result r;
	char *dir = tu_tmpdir(), *p = dl_xprintf("%s/drv.c", dir);
	tu_write(p, driver);
	tu_drvlint(&r, dir, "--changed-since HEAD drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "drvlint: --changed-since: ") && strstr(r.err, "not a git repository"), "%s", r.err);
	tu_result_free(&r);
	tu_rmtree(dir);
	free(dir);
	free(p);
}
END_TEST

START_TEST(test_markdown_summary)
{
	tu_result r;
	char *p = dl_xprintf("%s/src/drv.c", repo);
	char *text = tu_replace(driver, "\tIrp->IoStatus.Information = v;\n",
			     "\tIrp->IoStatus.Information = v;\n\tin[1] = 0;\n");
	tu_write(p, text);
	tu_drvlint(&r, repo, "--changed-since HEAD --format markdown src/drv.c");
	ck_assert_int_eq(r.status, 1);
	ck_assert_msg(!strncmp(r.out, "### drvlint: 1 finding\n", 23), "%s", r.out);
	ck_assert_msg(strstr(r.out, "| Rule | Level | Findings |\n") && strstr(r.out, ") | error | 1 |\n"), "%s", r.out);
	ck_assert_msg(strstr(r.out, "<details>\n<summary><b>error</b> <code>src/drv.c:20:2</code> 'in' ("), "%s", r.out);
	ck_assert_msg(strstr(r.out, "```c\n\tin[1] = 0;\n```\n"), "the line of code: %s", r.out);
	ck_assert_msg(strstr(r.out, "1. <code>src/drv.c:15:"), "the path: %s", r.out);
	ck_assert_msg(strstr(r.out, "</details>\n"), "%s", r.out);
	ck_assert_msg(!strstr(r.out, "drv.c:7:"), "an unchanged line: %s", r.out);
	tu_result_free(&r);
	/* Nothing to report: a one-line summary. */
	tu_write(p, driver);
	tu_drvlint(&r, repo, "--changed-since HEAD --format markdown src/drv.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.out, "### drvlint: no findings\n\n");
	tu_result_free(&r);
	free(text);
	free(p);
}
END_TEST

static Suite *review_suite(void)
{
	Suite *s = suite_create("review");
	TCase *tc = tcase_create("gitdiff"), *bin = tcase_create("binary");
	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_parse_any_prefix);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(bin, setup, teardown);
	tcase_set_timeout(bin, 120);
	tcase_add_test(bin, test_changed_lines_only);
	tcase_add_test(bin, test_untracked_file_counts_whole);
	tcase_add_test(bin, test_bad_revision);
	tcase_add_test(bin, test_not_a_repository);
	tcase_add_test(bin, test_markdown_summary);
	suite_add_tcase(s, bin);
	return s;
}

int main(void)
{
	return run_suite(review_suite());
}
