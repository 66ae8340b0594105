/*
 * The summary cache (--cache): a run on some files of a driver, with the
 * facts of the others from the cache, reports exactly what a full run
 * reports for those files; edits anywhere invalidate what they affect.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "drvlint/common.h"

static char *tmp;

static void setup(void)
{
	tmp = tu_tmpdir();
}

static void teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
}

/* A copy of testdata/<name> in tmp. */
static char *copy_driver(const char *name)
{
	char *cmd = dl_xprintf("cp -r %s/testdata/%s %s/", DL_SOURCE_DIR, name, tmp), *dir;
	tu_result r;
	tu_sh(&r, tmp, cmd);
	ck_assert_int_eq(r.status, 0);
	tu_result_free(&r);
	free(cmd);
	dir = dl_xprintf("%s/%s", tmp, name);
	return dir;
}

/* The findings of a JSON report located in `file` (all when NULL), each
 * printed on a line, in report order. */
static char *findings_in(const char *json, const char *file)
{
	cJSON *doc = cJSON_Parse(json), *f;
	dl_buf out = {0};
	ck_assert_msg(doc != NULL, "not JSON: %s", json);
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(doc, "findings")) {
		const char *at = cJSON_GetStringValue(cJSON_GetObjectItem(f, "file"));
		char *text;
		if (file && (!at || strcmp(at, file)))
			continue;
		text = cJSON_PrintUnformatted(f);
		dl_buf_printf(&out, "%s\n", text);
		cJSON_free(text);
	}
	cJSON_Delete(doc);
	return dl_buf_detach(&out);
}

/* Runs drvlint in dir with `args`; its findings in `file` (NULL: all). */
static char *run_findings(const char *dir, const char *args, const char *file, tu_result *r)
{
	char *cmd = dl_xprintf("--format json %s", args), *out;
	tu_drvlint(r, dir, cmd);
	ck_assert_msg(r->status == 0 || r->status == 1, "drvlint %s: status %d: %s", args, r->status, r->err);
	out = findings_in(r->out, file);
	free(cmd);
	return out;
}

/* What a full run without a cache reports in `file` (NULL: everywhere). */
static char *full_findings(const char *dir, const char *file)
{
	tu_result r;
	char *out = run_findings(dir, "-p .", file, &r);
	tu_result_free(&r);
	return out;
}

/* What a run of `file` alone with the cache reports; *parsed: how many
 * files it parsed. */
static char *cached_findings(const char *dir, const char *file, unsigned *parsed)
{
	tu_result r;
	char *args = dl_xprintf("--cache cache -p . %s", file), *out;
	out = run_findings(dir, args, NULL, &r);
	ck_assert_msg(sscanf(r.err, "drvlint: %u file", parsed) == 1, "no cache line: %s", r.err);
	tu_result_free(&r);
	free(args);
	return out;
}

/* A full run with the cache fills it and reports what a run without does;
 * then each file alone, with the others from the cache, reports what the
 * full run reports in it, parsing only that file. */
static void assert_incremental_matches(const char *dir, const char *const *files, size_t n)
{
	tu_result r;
	char *full = full_findings(dir, NULL), *warm;
	unsigned parsed;
	size_t i;
	warm = run_findings(dir, "--cache cache -p .", NULL, &r);
	ck_assert_str_eq(warm, full);
	ck_assert_msg(strstr(r.err, "0 from the cache"), "%s", r.err);
	tu_result_free(&r);
	for (i = 0; i < n; i++) {
		char *want = full_findings(dir, files[i]);
		char *got = cached_findings(dir, files[i], &parsed);
		ck_assert_msg(!strcmp(got, want), "%s alone:\n%s\nfull run:\n%s", files[i], got, want);
		ck_assert_msg(parsed == 1, "%s: %u files parsed", files[i], parsed);
		free(want);
		free(got);
	}
	free(full);
	free(warm);
}

START_TEST(test_incremental_uptr)
{
	static const char *const files[] = {"dispatch.c", "request.c", "capture.c"};
	char *dir = copy_driver("multi-file-uptr");
	assert_incremental_matches(dir, files, 3);
	free(dir);
}
END_TEST

START_TEST(test_incremental_irql)
{
	static const char *const files[] = {"driver.c", "calibrate.c", "timer.c"};
	char *dir = copy_driver("multi-file-irql");
	assert_incremental_matches(dir, files, 3);
	free(dir);
}
END_TEST

/* Replaces `from` by `to` in dir/file (once; the test fails if absent). */
static void edit(const char *dir, const char *file, const char *from, const char *to)
{
	char *path = dl_xprintf("%s/%s", dir, file), *text = tu_read(path), *edited;
	ck_assert_ptr_nonnull(text);
	edited = tu_replace(text, from, to);
	tu_write(path, edited);
	free(edited);
	free(text);
	free(path);
}

static void warm_cache(const char *dir)
{
	tu_result r;
	char *out = run_findings(dir, "--cache cache -p .", NULL, &r);
	tu_result_free(&r);
	free(out);
}

/* capture.c's finding comes from a user pointer that request.c passes on:
 * once request.c passes a kernel pointer, a run of capture.c alone must
 * notice the edit (request.c's entry no longer matches its text) and, through
 * request.c's new summary, that dispatch.c's cached facts no longer hold. */
START_TEST(test_edit_elsewhere_invalidates)
{
	char *dir = copy_driver("multi-file-uptr"), *want, *got;
	unsigned parsed;
	warm_cache(dir);
	want = full_findings(dir, "capture.c");
	ck_assert_msg(strstr(want, "unprobed-user-pointer") != NULL, "no finding to go away: %s", want);
	free(want);
	edit(dir, "request.c", "MsgCaptureBytes(slot, Message, Length);", "MsgCaptureBytes(slot, Queue, Length);");
	want = full_findings(dir, "capture.c");
	got = cached_findings(dir, "capture.c", &parsed);
	ck_assert_str_eq(got, want);
	ck_assert_msg(!strstr(got, "unprobed-user-pointer"), "stale finding: %s", got);
	ck_assert_uint_eq(parsed, 3);
	free(want);
	free(got);
	free(dir);
}
END_TEST

/* A rename in request.c changes only the text of its summary (the path step
 * names the argument), not a line or a column: the callers' cached findings
 * that show the old name must still go. */
START_TEST(test_renamed_argument_invalidates)
{
	char *dir = copy_driver("multi-file-uptr"), *want, *got;
	unsigned parsed;
	warm_cache(dir);
	edit(dir, "request.c", "PVOID Message, ULONG Length)", "PVOID Payload, ULONG Length)");
	edit(dir, "request.c", "MsgCaptureBytes(slot, Message, Length);", "MsgCaptureBytes(slot, Payload, Length);");
	want = full_findings(dir, "capture.c");
	got = cached_findings(dir, "capture.c", &parsed);
	ck_assert_msg(strstr(want, "as 'Payload'") != NULL, "the path does not name the argument: %s", want);
	ck_assert_str_eq(got, want);
	/* capture.c, request.c (its text), and dispatch.c (what it read of request.c). */
	ck_assert_uint_eq(parsed, 3);
	free(want);
	free(got);
	free(dir);
}
END_TEST

/* Lines moved in the file being checked: the finding in it is reported by
 * the analysis of its callers in other files, whose cached findings now
 * point at the wrong line. Their facts read capture.c's summary, which
 * changed, so they are analyzed again. */
/* The line of the first finding of a findings_in() list, 0 when none. */
static unsigned first_line(const char *findings)
{
	const char *at = strstr(findings, "\"line\":");
	unsigned line = 0;
	if (at)
		sscanf(at, "\"line\":%u", &line);
	return line;
}

START_TEST(test_edit_here_reanalyzes_callers)
{
	char *dir = copy_driver("multi-file-uptr"), *want, *got;
	unsigned parsed, before;
	warm_cache(dir);
	want = full_findings(dir, "capture.c");
	before = first_line(want);
	ck_assert_uint_gt(before, 0);
	free(want);
	edit(dir, "capture.c", "#include \"msgdrv.h\"\n", "#include \"msgdrv.h\"\n\n\n\n");
	want = full_findings(dir, "capture.c");
	got = cached_findings(dir, "capture.c", &parsed);
	ck_assert_str_eq(got, want);
	ck_assert_msg(first_line(got) == before + 3, "the finding did not move 3 lines from %u: %s", before, got);
	ck_assert_uint_gt(parsed, 1);
	/* Nothing changed since: the entries written hold again. */
	free(got);
	got = cached_findings(dir, "capture.c", &parsed);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(parsed, 1);
	free(want);
	free(got);
	free(dir);
}
END_TEST

/* A header is part of every entry's key. */
START_TEST(test_edit_header_invalidates)
{
	char *dir = copy_driver("multi-file-irql"), *want, *got;
	unsigned parsed;
	warm_cache(dir);
	edit(dir, "sensor.h", "#define", "/* edited */\n#define");
	want = full_findings(dir, "driver.c");
	got = cached_findings(dir, "driver.c", &parsed);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(parsed, 3);
	free(want);
	free(got);
	free(dir);
}
END_TEST

/* How many files a cached run of b.c in dir parsed, with the model headers
 * of `model` precompiled. */
static unsigned parsed_with_model(const char *dir, const char *model)
{
	char *cmd = dl_xprintf("DRVLINT_WDK_INCLUDE=%s %s --pch always --cache cache b.c", model, TU_DRVLINT);
	tu_result r;
	unsigned parsed = 0;
	tu_sh(&r, dir, cmd);
	ck_assert_msg(r.status == 0 && sscanf(r.err, "drvlint: %u file", &parsed) == 1, "%d: %s", r.status, r.err);
	tu_result_free(&r);
	free(cmd);
	return parsed;
}

/* Files libclang read that its list of inclusions leaves out count too: the
 * headers inside a precompiled header, and a header included in another
 * case (read from an unsaved copy under the name as spelled). */
START_TEST(test_edit_unlisted_header_invalidates)
{
	static const char src[] = "#include <ntddk.h>\n#include \"HDR.H\"\nint %s(void) { return HDR; }\n";
	char *dir = dl_xprintf("%s/drv", tmp), *model = dl_xprintf("%s/model", tmp), *cmd, *path;
	tu_result r;
	cmd = dl_xprintf("mkdir drv && cp -r %s/include/wdk model", DL_SOURCE_DIR);
	tu_sh(&r, tmp, cmd);
	ck_assert_int_eq(r.status, 0);
	tu_result_free(&r);
	free(cmd);
	path = dl_xprintf("%s/a.c", dir);
	cmd = dl_xprintf(src, "a");
	tu_write(path, cmd);
	free(path);
	free(cmd);
	path = dl_xprintf("%s/b.c", dir);
	cmd = dl_xprintf(src, "b");
	tu_write(path, cmd);
	free(path);
	free(cmd);
	path = dl_xprintf("%s/hdr.h", dir);
	tu_write(path, "#define HDR 1\n");
	cmd = dl_xprintf("DRVLINT_WDK_INCLUDE=%s %s --pch always --cache cache a.c b.c", model, TU_DRVLINT);
	tu_sh(&r, dir, cmd);
	ck_assert_msg(r.status == 0 && strstr(r.err, "2 files parsed"), "%d: %s", r.status, r.err);
	tu_result_free(&r);
	free(cmd);
	ck_assert_uint_eq(parsed_with_model(dir, model), 1);

	tu_sh(&r, tmp, "echo '/* edited */' >> model/ntddk.h");
	tu_result_free(&r);
	ck_assert_uint_eq(parsed_with_model(dir, model), 2);
	ck_assert_uint_eq(parsed_with_model(dir, model), 1);

	tu_write(path, "#define HDR 2\n");
	ck_assert_uint_eq(parsed_with_model(dir, model), 2);
	free(path);
	free(model);
	free(dir);
}
END_TEST

/* A corrupt or foreign entry is ignored and rewritten; a cache path that
 * cannot be a directory is a clear error. */
START_TEST(test_bad_cache)
{
	char *dir = copy_driver("multi-file-uptr"), *path, *want, *got;
	tu_result r;
	unsigned parsed;
	warm_cache(dir);
	path = dl_xprintf("%s/cache/%032d.json", dir, 0);
	tu_write(path, "{\"format\": 1, \"file\": \"/etc/passwd\", \"args\": [7]}");
	free(path);
	tu_sh(&r, dir, "for f in cache/*.json; do case $f in *000000*) ;; *) head -c 100 $f > $f.cut && mv $f.cut $f;; esac; done");
	tu_result_free(&r);
	want = full_findings(dir, "capture.c");
	got = cached_findings(dir, "capture.c", &parsed);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(parsed, 3);   /* the broken entries are parsed again */
	free(want);
	free(got);
	tu_drvlint(&r, dir, "--cache capture.c/x -p . capture.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "cache directory") && !strchr(strchr(r.err, '\n') + 1, '\n'), "%s", r.err);
	tu_result_free(&r);
	free(dir);
}
END_TEST

/* What a full run records must not depend on the order it read the files
 * in: a function only declared (here implicitly, in both files) is placed at
 * its first declaration in file order, and each file's declarations count
 * however many files declared it before. So the next run on b.c alone, which
 * reads b.c first, trusts a.c's entry, whichever order the full run had. */
START_TEST(test_order_independent)
{
	static const char body[] = "#include <ntddk.h>\n"
				   "NTSTATUS %s(PVOID p) {\n"
				   "    __try { ProbeForRead(p, 1, 1); }\n"
				   "    __except (EXCEPTION_EXECUTE_HANDLER) { return GetExceptionCode(); }\n"
				   "    return STATUS_SUCCESS;\n"
				   "}\n";
	static const char *const full[] = {"a.c b.c", "b.c a.c"};
	char *a = dl_xprintf(body, "A"), *b = dl_xprintf(body, "B"), *pa, *pb, *args;
	tu_result r;
	unsigned parsed;
	pa = dl_xprintf("%s/a.c", tmp);
	pb = dl_xprintf("%s/b.c", tmp);
	tu_write(pa, a);
	tu_write(pb, b);
	args = dl_xprintf("--cache cache%d %s", _i, full[_i]);
	tu_drvlint(&r, tmp, args);
	ck_assert_msg(strstr(r.err, "2 files parsed, 0 from the cache"), "%s", r.err);
	tu_result_free(&r);
	free(args);
	args = dl_xprintf("--cache cache%d b.c", _i);
	tu_drvlint(&r, tmp, args);
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(sscanf(r.err, "drvlint: %u file", &parsed) == 1 && parsed == 1, "after %s: %s", full[_i], r.err);
	tu_result_free(&r);
	free(args);
	free(a);
	free(b);
	free(pa);
	free(pb);
}
END_TEST

/* An entry's summaries are read only when a parsed file calls into its
 * file, and unreadable ones send that file to be parsed again. b.c's access
 * is safe only through a.c's summary (Validate probes); c.c is not called. */
START_TEST(test_summaries_read_when_called)
{
	static const char a[] = "#include <ntddk.h>\n"
				"void Validate(PVOID p, SIZE_T n) { ProbeForRead(p, n, 1); }\n";
	static const char b[] = "#include <ntddk.h>\n"
				"void Validate(PVOID p, SIZE_T n);\n"
				"NTSTATUS Dispatch(PDEVICE_OBJECT d, PIRP Irp) {\n"
				"    ULONG v = 0;\n"
				"    UNREFERENCED_PARAMETER(d);\n"
				"    __try {\n"
				"        Validate(Irp->UserBuffer, sizeof(ULONG));\n"
				"        v = *(PULONG)Irp->UserBuffer;\n"
				"    } __except (EXCEPTION_EXECUTE_HANDLER) {\n"
				"        return GetExceptionCode();\n"
				"    }\n"
				"    return v ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;\n"
				"}\n";
	static const char c[] = "#include <ntddk.h>\n"
				"void Other(PULONG p) { *p = 2; }\n";
	static const char *const names[] = {"a.c", "b.c", "c.c"};
	const char *texts[] = {a, b, c};
	tu_result r;
	unsigned parsed;
	size_t i;
	for (i = 0; i < 3; i++) {
		char *path = dl_xprintf("%s/%s", tmp, names[i]);
		tu_write(path, texts[i]);
		free(path);
	}
	tu_drvlint(&r, tmp, "b.c");
	ck_assert_msg(r.status == 1, "without a.c, b.c's read is unprobed: %s", r.out);
	tu_result_free(&r);
	tu_drvlint(&r, tmp, "--cache cache a.c b.c c.c");
	ck_assert_msg(r.status == 0 && strstr(r.err, "3 files parsed"), "%d: %s%s", r.status, r.out, r.err);
	tu_result_free(&r);
	/* a.c's and c.c's summaries made unreadable, their headers intact. */
	tu_sh(&r, tmp, "for f in cache/*.json; do if head -1 $f | grep -q '\"file\":\"[^\"]*/[ac]\\.c\"'; then "
		       "head -1 $f > t && tail -n +2 $f | tr '{' 'x' >> t && mv t $f; fi; "
		       "if head -1 $f | grep -q '\"file\":\"[^\"]*/c\\.c\"'; then cp $f c.entry; fi; done");
	tu_result_free(&r);
	tu_drvlint(&r, tmp, "--cache cache b.c");
	ck_assert_msg(r.status == 0, "%d: %s", r.status, r.out);
	ck_assert_msg(sscanf(r.err, "drvlint: %u file", &parsed) == 1 && parsed == 2, "%s", r.err);
	tu_result_free(&r);
	/* a.c's entry was written again; c.c's, never read, is as it was. */
	tu_drvlint(&r, tmp, "--cache cache b.c");
	ck_assert_msg(sscanf(r.err, "drvlint: %u file", &parsed) == 1 && parsed == 1, "%s", r.err);
	tu_result_free(&r);
	tu_sh(&r, tmp, "for f in cache/*.json; do cmp -s $f c.entry && exit 0; done; exit 1");
	ck_assert_msg(r.status == 0, "c.c's entry changed");
	tu_result_free(&r);
}
END_TEST

static Suite *cache_suite(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("incremental");
	tcase_set_timeout(tc, 300);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_incremental_uptr);
	tcase_add_test(tc, test_incremental_irql);
	tcase_add_test(tc, test_edit_elsewhere_invalidates);
	tcase_add_test(tc, test_renamed_argument_invalidates);
	tcase_add_test(tc, test_edit_here_reanalyzes_callers);
	tcase_add_test(tc, test_edit_header_invalidates);
	tcase_add_test(tc, test_edit_unlisted_header_invalidates);
	tcase_add_test(tc, test_bad_cache);
	tcase_add_test(tc, test_summaries_read_when_called);
	tcase_add_loop_test(tc, test_order_independent, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(cache_suite());
}
