/*
 * The generic testdata runner (design.md section 7). Every .c file below
 * testdata/ is one case: drvlint runs on it, each finding must be announced by
 * an "expect: rule-id" marker comment on its line, and each marker must be met.
 * A directory holding compile_commands.json is one case for all its files
 * (drvlint -p DIR). The marker convention is in testdata/README.md.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

/* One case: a file, or a directory with a compile database. Paths are
 * relative to the source directory (absolute for the runner's own checks). */
typedef struct tcase_src {
	char *label;     /* what failures name */
	char *compdb;    /* directory for -p, or NULL */
	char **files;    /* the .c/.h files whose markers count */
	size_t nfiles;
} tcase_src;

static tcase_src *cases;
static size_t ncases;

/* A marker or a finding: a rule expected or reported at file:line. */
typedef struct item {
	char *file;
	unsigned line;
	char *rule;
	char *message;   /* findings only */
	int matched;
} item;

typedef struct items {
	item *v;
	size_t n, cap;
} items;

static void items_add(items *l, const char *file, unsigned line, const char *rule, const char *message)
{
	DL_GROW(l->v, l->cap, l->n + 1);
	l->v[l->n].file = dl_xstrdup(file);
	l->v[l->n].line = line;
	l->v[l->n].rule = dl_xstrdup(rule);
	l->v[l->n].message = message ? dl_xstrdup(message) : NULL;
	l->v[l->n].matched = 0;
	l->n++;
}

static void items_free(items *l)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].rule);
		free(l->v[i].message);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* --- markers --- */

static int is_rule_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_';
}

/* Adds the rules of each "expect: a, b" marker comment in `text`, at the line
 * where the comment starts. Returns the number of markers that are not well formed. */
static int parse_markers(const char *file, const char *text, items *out)
{
	const char *p = text;
	unsigned line = 1;
	int bad = 0;
	for (; *p; p++) {
		const char *q, *end;
		if (*p == '\n')
			line++;
		if (p[0] != '/' || p[1] != '*')
			continue;
		for (q = p + 2; *q == ' ' || *q == '\t'; q++)
			;
		if (strncmp(q, "expect:", 7) || !(end = strstr(q, "*/")))
			continue;
		for (q += 7; q < end;) {
			const char *start;
			while (q < end && (*q == ' ' || *q == '\t' || *q == ','))
				q++;
			if (q >= end)
				break;
			for (start = q; q < end && is_rule_char(*q); q++)
				;
			if (q == start) {
				bad++;
				break;
			}
			{
				char *rule = dl_xstrndup(start, (size_t)(q - start));
				items_add(out, file, line, rule, NULL);
				free(rule);
			}
		}
	}
	return bad;
}

/* --- comparing --- */

/* One problem line, kept sortable by file and line. */
typedef struct problem {
	char *file;
	unsigned line;
	char *text;
} problem;

typedef struct problems {
	problem *v;
	size_t n, cap;
} problems;

static void problem_add(problems *ps, const char *file, unsigned line, char *text)
{
	DL_GROW(ps->v, ps->cap, ps->n + 1);
	ps->v[ps->n].file = dl_xstrdup(file ? file : "");
	ps->v[ps->n].line = line;
	ps->v[ps->n].text = text;
	ps->n++;
}

static int problem_cmp(const void *a, const void *b)
{
	const problem *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	return (x->line > y->line) - (x->line < y->line);
}

static void problems_free(problems *ps)
{
	size_t i;
	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].file);
		free(ps->v[i].text);
	}
	free(ps->v);
	memset(ps, 0, sizeof(*ps));
}

/* All problems, sorted, one per line. Malloc'd. */
static char *problems_text(problems *ps)
{
	dl_buf b = {0};
	size_t i;
	if (ps->n)   /* qsort's base must not be NULL, even for no items */
		qsort(ps->v, ps->n, sizeof(*ps->v), problem_cmp);
	for (i = 0; i < ps->n; i++)
		dl_buf_printf(&b, "\n  %s", ps->v[i].text);
	return dl_buf_detach(&b);
}

static int same_key(const item *a, const item *b)
{
	return a->line == b->line && !strcmp(a->file, b->file) && !strcmp(a->rule, b->rule);
}

static size_t count_key(const items *l, const item *key)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += same_key(&l->v[i], key);
	return n;
}

/* Is there an unmatched marker with the same key before l->v[j]? */
static int unmatched_before(const items *l, size_t j)
{
	size_t k;
	for (k = 0; k < j; k++)
		if (!l->v[k].matched && same_key(&l->v[k], &l->v[j]))
			return 1;
	return 0;
}

/* Matches findings to markers one to one; each leftover is a problem. */
static void compare(items *expected, items *found, problems *ps)
{
	size_t i, j;
	for (i = 0; i < found->n; i++) {
		for (j = 0; j < expected->n; j++) {
			if (!expected->v[j].matched && same_key(&expected->v[j], &found->v[i])) {
				expected->v[j].matched = found->v[i].matched = 1;
				break;
			}
		}
		if (!found->v[i].matched)
			problem_add(ps, found->v[i].file, found->v[i].line,
				    dl_xprintf("%s:%u: unexpected %s: %s", found->v[i].file, found->v[i].line,
					       found->v[i].rule, found->v[i].message ? found->v[i].message : ""));
	}
	for (j = 0; j < expected->n; j++) {
		const item *e = &expected->v[j];
		size_t want, got;
		if (e->matched || unmatched_before(expected, j))
			continue;   /* one problem per file, line and rule */
		want = count_key(expected, e);
		got = count_key(found, e);
		if (want == 1)
			problem_add(ps, e->file, e->line,
				    dl_xprintf("%s:%u: expected %s, got nothing", e->file, e->line, e->rule));
		else
			problem_add(ps, e->file, e->line,
				    dl_xprintf("%s:%u: expected %s %zu times, got %zu", e->file, e->line,
					       e->rule, want, got));
	}
}

/* --- running drvlint --- */

/* Runs a shell command; its stdout and exit status. */
static char *run_cmd(const char *cmd, int *status)
{
	FILE *p = popen(cmd, "r");
	dl_buf b = {0};
	char chunk[4096];
	size_t n;
	int st;
	ck_assert_msg(p != NULL, "cannot run %s", cmd);
	while ((n = fread(chunk, 1, sizeof(chunk), p)) > 0)
		dl_buf_putn(&b, chunk, n);
	st = pclose(p);
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
	return dl_buf_detach(&b);
}

/* A path drvlint printed, as the runner names files: relative to the source
 * directory when below it (drvlint runs there). */
static char *case_path(const char *shown)
{
	char root[PATH_MAX], full[PATH_MAX], *joined;
	size_t len;
	if (!shown)
		return dl_xstrdup("(no file)");
	if (!realpath(DL_SOURCE_DIR, root))
		return dl_xstrdup(shown);
	joined = shown[0] == '/' ? dl_xstrdup(shown) : dl_xprintf("%s/%s", root, shown);
	if (!realpath(joined, full)) {
		free(joined);
		return dl_xstrdup(shown);
	}
	free(joined);
	len = strlen(root);
	if (!strncmp(full, root, len) && full[len] == '/')
		return dl_xstrdup(full + len + 1);
	return dl_xstrdup(full);
}

static void read_findings(const cJSON *doc, items *found, problems *ps, const char *label)
{
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(doc, "findings")) {
		const char *rule = cJSON_GetStringValue(cJSON_GetObjectItem(f, "rule"));
		const char *file = cJSON_GetStringValue(cJSON_GetObjectItem(f, "file"));
		const char *msg = cJSON_GetStringValue(cJSON_GetObjectItem(f, "message"));
		const cJSON *line = cJSON_GetObjectItem(f, "line");
		char *path;
		if (!rule || !cJSON_IsNumber(line)) {
			problem_add(ps, label, 0, dl_xprintf("%s: a finding without rule or line", label));
			continue;
		}
		path = case_path(file);
		items_add(found, path, (unsigned)line->valuedouble, rule, msg);
		free(path);
	}
}

/* Notices are compile errors or files not analyzed: testdata must compile. */
static void read_notices(const cJSON *doc, int allow_compile_errors, problems *ps)
{
	const cJSON *n;
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(doc, "notices")) {
		const char *level = cJSON_GetStringValue(cJSON_GetObjectItem(n, "level"));
		const char *file = cJSON_GetStringValue(cJSON_GetObjectItem(n, "file"));
		const char *msg = cJSON_GetStringValue(cJSON_GetObjectItem(n, "message"));
		char *path;
		if (allow_compile_errors && level && !strcmp(level, "warning"))
			continue;
		path = case_path(file);
		problem_add(ps, path, 0, dl_xprintf("%s: %s: %s", path, level ? level : "notice",
						    msg ? msg : ""));
		free(path);
	}
}

/* The SARIF log must validate and hold as many results as the JSON findings. */
static void check_sarif(const char *sarif, size_t nfindings, problems *ps, const char *label)
{
	char *q = tu_sq(sarif), *cmd = dl_xprintf("python3 %s/sarif/validate-sarif %s 2>&1", DL_SHARED_DIR, q);
	char *text, *out;
	int status;
	cJSON *doc;
	out = run_cmd(cmd, &status);
	if (status != 0)
		problem_add(ps, label, 0, dl_xprintf("%s: invalid SARIF (validate-sarif exit %d): %s",
						     label, status, out));
	text = tu_read(sarif);
	doc = text ? cJSON_Parse(text) : NULL;
	if (!doc) {
		problem_add(ps, label, 0, dl_xprintf("%s: no SARIF log written", label));
	} else {
		const cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0);
		int nresults = cJSON_GetArraySize(cJSON_GetObjectItem(run, "results"));
		if ((size_t)nresults != nfindings)
			problem_add(ps, label, 0, dl_xprintf("%s: SARIF has %d results, JSON %zu findings",
							     label, nresults, nfindings));
	}
	cJSON_Delete(doc);
	free(text);
	free(out);
	free(cmd);
	free(q);
}

/* Runs one case; every problem found goes to ps. */
static void run_case(const tcase_src *c, problems *ps)
{
	char dir[] = "/tmp/drvlint-testdata-XXXXXX";
	char *sarif, *errfile, *src = tu_sq(DL_SOURCE_DIR), *bin = tu_sq(DL_BINARY_DIR "/drvlint");
	char *target, *cmd, *out, *err_text;
	items expected = {0}, found = {0};
	int status, want_status, allow = 0, bad = 0;
	size_t i;
	cJSON *doc;

	for (i = 0; i < c->nfiles; i++) {
		char *full = c->files[i][0] == '/' ? dl_xstrdup(c->files[i])
						    : dl_xprintf("%s/%s", DL_SOURCE_DIR, c->files[i]);
		char *text = tu_read(full);
		ck_assert_msg(text != NULL, "cannot read %s", full);
		bad += parse_markers(c->files[i], text, &expected);
		allow |= strstr(text, "/* expect-compile-errors */") != NULL;
		free(text);
		free(full);
	}
	if (bad)
		problem_add(ps, c->label, 0, dl_xprintf("%s: %d malformed expect markers", c->label, bad));

	ck_assert_ptr_nonnull(mkdtemp(dir));
	sarif = dl_xprintf("%s/out.sarif", dir);
	errfile = dl_xprintf("%s/stderr", dir);
	{
		char *qs = tu_sq(sarif), *qe = tu_sq(errfile), *qt = tu_sq(c->compdb ? c->compdb : c->files[0]);
		target = dl_xprintf("%s%s", c->compdb ? "-p " : "", qt);
		cmd = dl_xprintf("cd %s && %s --format json --sarif %s %s 2>%s", src, bin, qs, target, qe);
		free(qs);
		free(qe);
		free(qt);
	}
	out = run_cmd(cmd, &status);
	err_text = tu_read(errfile);
	if (err_text && *err_text && err_text[strlen(err_text) - 1] == '\n')
		err_text[strlen(err_text) - 1] = '\0';

	doc = cJSON_Parse(out);
	if (!doc) {
		problem_add(ps, c->label, 0, dl_xprintf("%s: output is not JSON (exit %d): %s%s", c->label,
							status, out, err_text ? err_text : ""));
	} else {
		read_findings(doc, &found, ps, c->label);
		read_notices(doc, allow, ps);
		compare(&expected, &found, ps);
		check_sarif(sarif, found.n, ps, c->label);
	}
	want_status = expected.n ? 1 : 0;
	if (status != want_status)
		problem_add(ps, c->label, 0, dl_xprintf("%s: exit status %d, expected %d%s%s", c->label,
							status, want_status, err_text && *err_text ? "; stderr: " : "",
							err_text ? err_text : ""));

	cJSON_Delete(doc);
	unlink(sarif);
	unlink(errfile);
	rmdir(dir);
	items_free(&expected);
	items_free(&found);
	free(sarif);
	free(errfile);
	free(src);
	free(bin);
	free(target);
	free(cmd);
	free(out);
	free(err_text);
}

/* --- discovery --- */

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A directory that cannot be listed would silently drop its cases. */
static int scandir_or_die(const char *dir, struct dirent ***ents)
{
	int count = scandir(dir, ents, NULL, alphasort);
	if (count < 0) {
		fprintf(stderr, "test_testdata: cannot list %s: %s\n", dir, strerror(errno));
		exit(1);
	}
	return count;
}

/* Adds the files below `rel` (relative to the source directory) that end in
 * one of the suffixes, sorted, recursively. */
static void list_files(const char *rel, int with_headers, char ***files, size_t *n)
{
	char *full = dl_xprintf("%s/%s", DL_SOURCE_DIR, rel);
	struct dirent **ents;
	int i, count = scandir_or_die(full, &ents);
	for (i = 0; i < count; i++) {
		const char *name = ents[i]->d_name;
		char *path = dl_xprintf("%s/%s", rel, name), *abs = dl_xprintf("%s/%s", full, name);
		if (name[0] == '.') {
			/* hidden, "." and ".." */
		} else if (is_dir(abs)) {
			list_files(path, with_headers, files, n);
		} else if (has_suffix(name, ".c") || (with_headers && has_suffix(name, ".h"))) {
			*files = dl_xrealloc(*files, (*n + 1) * sizeof(**files));
			(*files)[(*n)++] = dl_xstrdup(path);
		}
		free(path);
		free(abs);
		free(ents[i]);
	}
	free(ents);
	free(full);
}

static void add_case(char *label, char *compdb, char **files, size_t nfiles)
{
	cases = dl_xrealloc(cases, (ncases + 1) * sizeof(*cases));
	cases[ncases].label = label;
	cases[ncases].compdb = compdb;
	cases[ncases].files = files;
	cases[ncases].nfiles = nfiles;
	ncases++;
}

/* One case per .c file below `rel`, one per directory with a compile database. */
static void discover(const char *rel)
{
	char *full = dl_xprintf("%s/%s", DL_SOURCE_DIR, rel);
	char *db = dl_xprintf("%s/compile_commands.json", full);
	struct dirent **ents;
	int i, count;
	if (access(db, F_OK) == 0) {
		char **files = NULL;
		size_t n = 0;
		list_files(rel, 1, &files, &n);
		add_case(dl_xprintf("%s/", rel), dl_xstrdup(rel), files, n);
		free(db);
		free(full);
		return;
	}
	count = scandir_or_die(full, &ents);
	for (i = 0; i < count; i++) {
		const char *name = ents[i]->d_name;
		char *path = dl_xprintf("%s/%s", rel, name), *abs = dl_xprintf("%s/%s", full, name);
		if (name[0] == '.') {
			/* hidden, "." and ".." */
		} else if (is_dir(abs)) {
			discover(path);
		} else if (has_suffix(name, ".c")) {
			char **files = dl_xmalloc(sizeof(*files));
			files[0] = dl_xstrdup(path);
			add_case(dl_xstrdup(path), NULL, files, 1);
		}
		free(path);
		free(abs);
		free(ents[i]);
	}
	free(ents);
	free(db);
	free(full);
}

/* --- the tests --- */

START_TEST(test_case)
{
	problems ps = {0};
	char *text;
	run_case(&cases[_i], &ps);
	text = problems_text(&ps);
	ck_assert_msg(ps.n == 0, "%s: %zu problem%s:%s", cases[_i].label, ps.n, ps.n == 1 ? "" : "s", text);
	free(text);
	problems_free(&ps);
}
END_TEST

START_TEST(test_markers)
{
	items l = {0};
	int bad = parse_markers("f.c",
		"int a; /* expect: rule-a */ int b; /*expect:rule-b,rule-a*/\n"
		"\n"
		"x /* expect: rule-c , rule-c */ /* other comment */ /* expected: nothing */\n"
		"y /* expect: */ z /* expect: ,bad!id */\n", &l);
	ck_assert_uint_eq(l.n, 6);
	ck_assert_str_eq(l.v[0].rule, "rule-a");
	ck_assert_uint_eq(l.v[0].line, 1);
	ck_assert_str_eq(l.v[1].rule, "rule-b");
	ck_assert_str_eq(l.v[2].rule, "rule-a");
	ck_assert_uint_eq(l.v[2].line, 1);
	ck_assert_str_eq(l.v[3].rule, "rule-c");
	ck_assert_uint_eq(l.v[3].line, 3);
	ck_assert_uint_eq(l.v[4].line, 3);
	/* "bad" is read, then "!id" is malformed. */
	ck_assert_str_eq(l.v[5].rule, "bad");
	ck_assert_uint_eq(l.v[5].line, 4);
	ck_assert_int_eq(bad, 1);
	items_free(&l);
}
END_TEST

START_TEST(test_compare_messages)
{
	items expected = {0}, found = {0};
	problems ps = {0};
	char *text;
	parse_markers("testdata/x.c", "\n\n/* expect: r-one */\n/* expect: r-two, r-two */\n"
				      "/* expect: r-three */\n", &expected);
	items_add(&found, "testdata/x.c", 3, "r-one", "fine");
	items_add(&found, "testdata/x.c", 4, "r-two", "one of two");
	items_add(&found, "testdata/x.c", 15, "r-four", "Irp->UserBuffer is read");
	compare(&expected, &found, &ps);
	text = problems_text(&ps);
	ck_assert_uint_eq(ps.n, 3);
	ck_assert_str_eq(text,
		"\n  testdata/x.c:4: expected r-two 2 times, got 1"
		"\n  testdata/x.c:5: expected r-three, got nothing"
		"\n  testdata/x.c:15: unexpected r-four: Irp->UserBuffer is read");
	free(text);
	problems_free(&ps);
	items_free(&expected);
	items_free(&found);
}
END_TEST

/* Writes `code` to a temporary file and runs it as a case. */
static void run_temp_case(const char *code, problems *ps)
{
	char tmp[] = "/tmp/drvlint-case-XXXXXX.c", path[PATH_MAX];
	int fd = mkstemps(tmp, 2);
	FILE *f;
	tcase_src c;
	char *files[1];
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs(code, f);
	fclose(f);
	/* Findings name the file by its real path. */
	ck_assert_ptr_nonnull(realpath(tmp, path));
	files[0] = path;
	c.label = path;
	c.compdb = NULL;
	c.files = files;
	c.nfiles = 1;
	run_case(&c, ps);
	unlink(path);
}

START_TEST(test_runner_accepts_silent_file)
{
	problems ps = {0};
	char *text;
	run_temp_case("int quiet(int x) { return x + 1; }\n", &ps);
	text = problems_text(&ps);
	ck_assert_msg(ps.n == 0, "problems:%s", text);
	free(text);
	problems_free(&ps);
}
END_TEST

START_TEST(test_runner_rejects_unmet_marker)
{
	problems ps = {0};
	char *text;
	run_temp_case("int quiet(int x)\n{\n\treturn x + 1; /* expect: no-such-rule */\n}\n", &ps);
	text = problems_text(&ps);
	ck_assert_msg(strstr(text, ".c:3: expected no-such-rule, got nothing"), "problems:%s", text);
	ck_assert_msg(strstr(text, "exit status 0, expected 1"), "problems:%s", text);
	free(text);
	problems_free(&ps);
}
END_TEST

START_TEST(test_runner_rejects_compile_errors)
{
	problems ps = {0};
	char *text;
	run_temp_case("int broken(void) { return undeclared_name; }\n", &ps);
	text = problems_text(&ps);
	ck_assert_msg(ps.n == 1 && strstr(text, "warning: ") && strstr(text, "undeclared_name"),
		      "problems:%s", text);
	free(text);
	problems_free(&ps);
	run_temp_case("/* expect-compile-errors */\nint broken(void) { return undeclared_name; }\n", &ps);
	ck_assert_uint_eq(ps.n, 0);
	problems_free(&ps);
}
END_TEST

static Suite *testdata_suite(void)
{
	Suite *s = suite_create("testdata");
	TCase *runner = tcase_create("runner"), *data = tcase_create("testdata");
	tcase_set_timeout(runner, 120);
	tcase_add_test(runner, test_markers);
	tcase_add_test(runner, test_compare_messages);
	tcase_add_test(runner, test_runner_accepts_silent_file);
	tcase_add_test(runner, test_runner_rejects_unmet_marker);
	tcase_add_test(runner, test_runner_rejects_compile_errors);
	suite_add_tcase(s, runner);
	tcase_set_timeout(data, 120);
	tcase_add_loop_test(data, test_case, 0, (int)ncases);
	suite_add_tcase(s, data);
	return s;
}

int main(void)
{
	discover("testdata");
	if (!ncases) {
		fprintf(stderr, "test_testdata: no testdata found under %s/testdata\n", DL_SOURCE_DIR);
		return 1;
	}
	return run_suite(testdata_suite());
}
