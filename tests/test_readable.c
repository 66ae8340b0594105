/* Readable output: colours, the text formats, --explain, the JSON document's
 * keys, and the progress line (analyzer/progress.c) — on a terminal only. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/progress.h"
#include "drvlint/rules.h"

#define FINDING "tests/data/finding.c"

/* ---- colours and formats ---- */

START_TEST(test_color_option)
{
	tu_result r;
	tu_drvlint(&r, DL_SOURCE_DIR, "--color always " FINDING);
	ck_assert_int_eq(r.status, 1);
	ck_assert_msg(strstr(r.out, "\033[1;31merror:\033[0m") && strstr(r.out, "\033[1;36mnote:"), "%s", r.out);
	tu_result_free(&r);
	tu_drvlint(&r, DL_SOURCE_DIR, "--color never " FINDING);
	ck_assert_msg(!strchr(r.out, '\033'), "%s", r.out);
	tu_result_free(&r);
	/* auto, into a pipe: none. */
	tu_drvlint(&r, DL_SOURCE_DIR, FINDING);
	ck_assert_msg(!strchr(r.out, '\033') && strstr(r.out, "finding.c:8:2: error: "), "%s", r.out);
	tu_result_free(&r);
	tu_drvlint(&r, DL_SOURCE_DIR, "--color sometimes " FINDING);
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "--color: unknown value 'sometimes' (expected auto, always or never)"), "%s", r.err);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_gcc_shows_source_and_path)
{
	tu_result r;
	tu_drvlint(&r, DL_SOURCE_DIR, FINDING);
	ck_assert_msg(strstr(r.out, "[unprobed-user-pointer]\n    8 | \t*out = 1;\n      | \t^\n"), "%s", r.out);
	ck_assert_msg(strstr(r.out, "tests/data/finding.c:6:9: note: "), "%s", r.out);
	tu_result_free(&r);
	tu_drvlint(&r, DL_SOURCE_DIR, "--format msvc " FINDING);
	ck_assert_msg(!strncmp(r.out, "tests/data/finding.c(8,2): error unprobed-user-pointer: ", 56), "%s", r.out);
	ck_assert_msg(strstr(r.out, "tests/data/finding.c(6,9): note: "), "%s", r.out);
	tu_result_free(&r);
}
END_TEST

/* The keys of --format json are the ones docs/json-format.md documents. */
START_TEST(test_json_keys)
{
	static const char *const finding_keys[] = {"rule", "level", "message", "file", "line", "column", "path"};
	static const char *const step_keys[] = {"file", "line", "column", "message"};
	tu_result r;
	cJSON *doc;
	const cJSON *f, *k;
	size_t i, n = 0;
	char *doc_text = tu_read(DL_SOURCE_DIR "/docs/json-format.md");
	tu_drvlint(&r, DL_SOURCE_DIR, "--format json " FINDING " tests/data/compile_error.c");
	doc = cJSON_Parse(r.out);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(cJSON_GetObjectItem(doc, "version")->valueint, 1);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItem(doc, "tool")), "drvlint");
	ck_assert_int_eq(cJSON_GetArraySize(doc), 4);
	f = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "findings"), 0);
	for (k = f->child; k; k = k->next, n++) {
		for (i = 0; i < 7 && strcmp(finding_keys[i], k->string); i++)
			;
		ck_assert_msg(i < 7, "undocumented key '%s'", k->string);
	}
	ck_assert_uint_eq(n, 7);
	for (k = cJSON_GetArrayItem(cJSON_GetObjectItem(f, "path"), 0)->child, n = 0; k; k = k->next, n++) {
		for (i = 0; i < 4 && strcmp(step_keys[i], k->string); i++)
			;
		ck_assert_msg(i < 4, "undocumented step key '%s'", k->string);
	}
	ck_assert_uint_eq(n, 4);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "notices")), 1);
	for (i = 0; i < 7; i++) {
		char *cell = dl_xprintf("| `%s` |", finding_keys[i]);
		ck_assert_msg(strstr(doc_text, cell), "docs/json-format.md lacks %s", cell);
		free(cell);
	}
	cJSON_Delete(doc);
	tu_result_free(&r);
	free(doc_text);
}
END_TEST

START_TEST(test_explain_every_rule)
{
	tu_result r;
	size_t i;
	for (i = 0; i < dl_rule_count; i++) {
		const char *doc = dl_rule_doc(dl_rules[i]);
		char *args = dl_xprintf("--explain %s", dl_rules[i]->id), *title = dl_xprintf("# %s\n", dl_rules[i]->id);
		ck_assert_msg(*doc, "no docs/rules/%s.md", dl_rules[i]->id);
		ck_assert_msg(!strncmp(doc, title, strlen(title)), "docs/rules/%s.md does not start with its id",
			      dl_rules[i]->id);
		ck_assert_msg(strstr(doc, "## Suppressing"), "docs/rules/%s.md says nothing of suppressing",
			      dl_rules[i]->id);
		tu_drvlint(&r, DL_SOURCE_DIR, args);
		ck_assert_int_eq(r.status, 0);
		ck_assert_str_eq(r.out, doc);
		tu_result_free(&r);
		free(args);
		free(title);
	}
}
END_TEST

/* ---- the progress line ---- */

START_TEST(test_progress_wanted)
{
	int fds[2], master, slave;
	ck_assert_int_eq(pipe(fds), 0);
	unsetenv("CI");
	unsetenv("TF_BUILD");
	setenv("TERM", "xterm", 1);
	ck_assert_int_eq(dl_progress_wanted(fds[1]), 0);   /* a pipe */
	ck_assert_int_eq(openpty(&master, &slave, NULL, NULL, NULL), 0);
	ck_assert_int_eq(dl_progress_wanted(slave), 1);
	setenv("CI", "true", 1);
	ck_assert_int_eq(dl_progress_wanted(slave), 0);
	unsetenv("CI");
	setenv("TF_BUILD", "True", 1);
	ck_assert_int_eq(dl_progress_wanted(slave), 0);
	unsetenv("TF_BUILD");
	setenv("TERM", "dumb", 1);
	ck_assert_int_eq(dl_progress_wanted(slave), 0);
	close(master);
	close(slave);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

static size_t three(void *arg)
{
	(void)arg;
	return 3;
}

static char *drain_fd(int fd)
{
	dl_buf b = {0};
	char chunk[4096];
	ssize_t n;
	fcntl(fd, F_SETFL, O_NONBLOCK);
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		dl_buf_putn(&b, chunk, (size_t)n);
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

START_TEST(test_progress_draws_and_erases)
{
	int fds[2];
	dl_progress *p;
	char *out;
	struct timespec pause = {0, 350 * 1000000L};
	ck_assert_int_eq(pipe(fds), 0);
	p = dl_progress_start(fds[1], 0);
	ck_assert_ptr_nonnull(p);
	dl_progress_phase(p, "parsing", 10, three, NULL);
	nanosleep(&pause, NULL);
	dl_progress_phase(p, "analyzing", 10, NULL, NULL);
	nanosleep(&pause, NULL);
	dl_progress_stop(p);
	out = drain_fd(fds[0]);
	ck_assert_msg(strstr(out, "\r\033[Kdrvlint: parsing 3/10 files (0s)"), "%s", out);
	ck_assert_msg(strstr(out, "\r\033[Kdrvlint: analyzing 10 files (0s)"), "%s", out);
	ck_assert_msg(strlen(out) >= 4 && !strcmp(out + strlen(out) - 4, "\r\033[K"), "not erased: %s", out);
	ck_assert_msg(!strchr(out, '\n'), "a progress line never scrolls");
	free(out);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

START_TEST(test_progress_quiet_for_short_runs)
{
	int fds[2];
	dl_progress *p;
	char *out;
	struct timespec pause = {0, 300 * 1000000L};
	ck_assert_int_eq(pipe(fds), 0);
	p = dl_progress_start(fds[1], 1000);
	dl_progress_phase(p, "parsing", 1, three, NULL);
	nanosleep(&pause, NULL);
	dl_progress_stop(p);
	dl_progress_stop(NULL);
	out = drain_fd(fds[0]);
	ck_assert_str_eq(out, "");
	free(out);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

/* A file that takes the analysis more than a second. */
static char *big_driver(const char *dir)
{
	char *path = dl_xprintf("%s/big.c", dir);
	FILE *f = fopen(path, "w");
	int i;
	ck_assert_ptr_nonnull(f);
	fputs("#include <ntddk.h>\n", f);
	for (i = 0; i < 2500; i++)
		fprintf(f, "NTSTATUS Op%d(PDEVICE_OBJECT d, PIRP Irp)\n{\n"
			"\tPULONG p = (PULONG)Irp->AssociatedIrp.SystemBuffer;\n\tULONG i, s = 0;\n"
			"\tUNREFERENCED_PARAMETER(d);\n"
			"\tfor (i = 0; i < 8; i++) { if (p[i] > %d) s += p[i]; else s -= 1; }\n"
			"\tIrp->IoStatus.Information = s;\n\treturn STATUS_SUCCESS;\n}\n", i, i);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

/* Runs drvlint on `file` with stdout and stderr on a terminal; what the
 * terminal received, and how long it took (ms). */
static char *run_on_pty(const char *file, long *ms)
{
	struct timespec t0, t1;
	dl_buf b = {0};
	int master, status;
	pid_t pid;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = forkpty(&master, NULL, NULL, NULL);
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		unsetenv("TF_BUILD");
		unsetenv("CI");
		setenv("TERM", "xterm", 1);
		execl(TU_DRVLINT, "drvlint", "--fail-on", "none", file, (char *)NULL);
		_exit(127);
	}
	for (;;) {
		char chunk[4096];
		ssize_t n = read(master, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;   /* EIO once the child has gone */
		dl_buf_putn(&b, chunk, (size_t)n);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	close(master);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "drvlint failed on %s", file);
	*ms = (t1.tv_sec - t0.tv_sec) * 1000L + (t1.tv_nsec - t0.tv_nsec) / 1000000L;
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

START_TEST(test_progress_on_a_terminal_only)
{
	char *dir = tu_tmpdir(), *file = big_driver(dir), *out;
	tu_result r;
	long ms;
	out = run_on_pty(file, &ms);
	if (ms >= 1500)
		ck_assert_msg(strstr(out, "\r\033[Kdrvlint: parsing 1/1 files (") ||
			      strstr(out, "\r\033[Kdrvlint: analyzing 1 file ("),
			      "no progress line in a %ld ms run", ms);
	if (strstr(out, "drvlint: "))
		ck_assert_msg(!strcmp(out + strlen(out) - 4, "\r\033[K"), "the line was not erased");
	free(out);
	/* Into a pipe, never (CI logs are pipes; CI set on a terminal: test_progress_wanted). */
	tu_drvlint(&r, dir, "--fail-on none big.c");
	ck_assert_str_eq(r.err, "");
	tu_result_free(&r);
	tu_rmtree(dir);
	free(dir);
	free(file);
}
END_TEST

static Suite *readable_suite(void)
{
	Suite *s = suite_create("readable");
	TCase *out = tcase_create("output"), *prog = tcase_create("progress");
	tcase_set_timeout(out, 120);
	tcase_add_test(out, test_color_option);
	tcase_add_test(out, test_gcc_shows_source_and_path);
	tcase_add_test(out, test_json_keys);
	tcase_add_test(out, test_explain_every_rule);
	suite_add_tcase(s, out);
	tcase_set_timeout(prog, 120);
	tcase_add_test(prog, test_progress_wanted);
	tcase_add_test(prog, test_progress_draws_and_erases);
	tcase_add_test(prog, test_progress_quiet_for_short_runs);
	tcase_add_test(prog, test_progress_on_a_terminal_only);
	suite_add_tcase(s, prog);
	return s;
}

int main(void)
{
	return run_suite(readable_suite());
}
