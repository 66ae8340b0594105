/* Precompiled model headers: which files share one, that parses use it (and
 * do without it when it fails), and that results do not change. */
#include "testutil.h"
#include "drvlint/pch.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static dl_env env;
static char *dir;

static void setup(void)
{
	ck_assert_int_eq(dl_env_init(&env, NULL), 0);
	dir = tu_tmpdir();
}

static void teardown(void)
{
	tu_rmtree(dir);
	free(dir);
	dl_env_free(&env);
}

/* A file of `dir` with `text`; the path is malloc'd. */
static char *source(const char *name, const char *text)
{
	char *path = dl_xprintf("%s/%s", dir, name);
	tu_write(path, text);
	return path;
}

static const char driver_c[] =
	"#include <ntddk.h>\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) { return STATUS_SUCCESS; }\n";

START_TEST(test_first_include)
{
	static const struct { const char *text, *header; } cases[] = {
		{"#include <ntddk.h>\nint x;\n", "ntddk.h"},
		{"// a driver\n/* more\n comment */\n\n  #  include <wdm.h>  \nint x;\n", "wdm.h"},
		{"\xEF\xBB\xBF#include <ntddk.h>\n", "ntddk.h"},
		{"#include <ntddk.h>\r\nint x;\r\n", "ntddk.h"},
		{"#include <ntddk.h> // the kernel\n", "ntddk.h"},
		{"#include \"ntddk.h\"\n", NULL},          /* quotes search the file's directory first */
		{"#define POOL_NX_OPTIN 1\n#include <ntddk.h>\n", NULL},   /* changes what the header says */
		{"#include <bench.h>\n", NULL},          /* not a model header */
		{"#include <../wdk/ntddk.h>\n", NULL},
		{"#include <ntddk.h> int x;\n", NULL},
		{"int x;\n", NULL},
		{"", NULL},
	};
	size_t i;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *path = source("f.c", cases[i].text);
		char *got = dl_pch_first_include(path, env.wdk_include);
		if (cases[i].header)
			ck_assert_msg(got && !strcmp(got, cases[i].header), "case %zu: %s", i, got ? got : "(none)");
		else
			ck_assert_msg(!got, "case %zu: %s", i, got);
		free(got);
		free(path);
	}
}
END_TEST

static void make_sources(dl_source *srcs, size_t n)
{
	size_t i;
	memset(srcs, 0, n * sizeof(*srcs));
	for (i = 0; i < n; i++) {
		char *name = dl_xprintf("d%zu.c", i);
		srcs[i].path = source(name, driver_c);
		free(name);
	}
}

static void free_sources(dl_source *srcs, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		dl_source_free(&srcs[i]);
}

/* Does the precompiled header name a file ending with `tail`? */
static int has_file(const dl_precompiled *h, const char *tail)
{
	size_t i, n = strlen(tail);
	for (i = 0; i < h->nfiles; i++)
		if (strlen(h->files[i]) >= n && !strcmp(h->files[i] + strlen(h->files[i]) - n, tail))
			return 1;
	return 0;
}

/* AUTO precompiles for groups of DL_PCH_MIN_FILES, ALWAYS for one file,
 * NEVER for none; forced includes and other arguments split the groups; the
 * files are gone once the plan is freed. */
START_TEST(test_plan)
{
	dl_source srcs[DL_PCH_MIN_FILES + 1];
	size_t n = DL_PCH_MIN_FILES + 1, i;
	char *pch_path;
	dl_pch *p;
	make_sources(srcs, n);
	srcs[n - 1].args = dl_xcalloc(2, sizeof(char *));
	srcs[n - 1].args[0] = dl_xstrdup("-DOTHER");
	srcs[n - 1].nargs = 1;

	ck_assert_int_eq(dl_pch_plan(&env, srcs, n, DL_PCH_AUTO, NULL, &p), 0);
	for (i = 0; i + 1 < n; i++)
		ck_assert_msg(srcs[i].pch && srcs[0].pch == srcs[i].pch, "file %zu has no shared pch", i);
	ck_assert_msg(!srcs[n - 1].pch, "a group of one got a pch in auto mode");
	ck_assert_int_eq(access(srcs[0].pch->path, R_OK), 0);
	ck_assert_msg(has_file(srcs[0].pch, "/ntddk.h") && has_file(srcs[0].pch, "/wdm.h"),
		      "the header's files are not listed");
	pch_path = dl_xstrdup(srcs[0].pch->path);
	dl_pch_free(p, srcs, n);
	ck_assert(!srcs[0].pch);
	ck_assert_msg(access(pch_path, F_OK) != 0, "%s is left behind", pch_path);
	free(pch_path);

	ck_assert_int_eq(dl_pch_plan(&env, srcs + n - 1, 1, DL_PCH_ALWAYS, NULL, &p), 0);
	ck_assert(srcs[n - 1].pch != NULL);
	dl_pch_free(p, srcs + n - 1, 1);

	ck_assert_int_eq(dl_pch_plan(&env, srcs, n, DL_PCH_NEVER, NULL, &p), 0);
	for (i = 0; i < n; i++)
		ck_assert(!srcs[i].pch);
	dl_pch_free(p, srcs, n);

	srcs[0].args = dl_xcalloc(3, sizeof(char *));
	srcs[0].args[0] = dl_xstrdup("-include");
	srcs[0].args[1] = dl_xstrdup("stdio.h");
	srcs[0].nargs = 2;
	ck_assert_int_eq(dl_pch_plan(&env, srcs, 1, DL_PCH_ALWAYS, NULL, &p), 0);
	ck_assert_msg(!srcs[0].pch, "a file with a forced include got a pch");
	dl_pch_free(p, srcs, 1);
	free_sources(srcs, n);
}
END_TEST

static enum CXChildVisitResult count_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)c;
	(void)parent;
	++*(unsigned *)d;
	return CXChildVisit_Continue;
}

/* Parses srcs[0]; its top-level declarations as a parser index sees them. */
static unsigned parse_count(dl_source *src, unsigned *errors)
{
	CXIndex index = clang_createIndex(1, 0);
	dl_tu tu;
	char *err = NULL;
	unsigned n = 0;
	ck_assert_int_eq(dl_parse(index, &env, src, &tu, &err), 0);
	clang_visitChildren(clang_getTranslationUnitCursor(tu.tu), count_visit, &n);
	/* What the cache digests besides the TU's inclusions. */
	ck_assert_uint_eq(tu.npch_files, src->pch ? src->pch->nfiles : 0);
	*errors = tu.nerrors;
	dl_tu_dispose(&tu);
	clang_disposeIndex(index);
	free(err);
	return n;
}

/* With the pch the model's thousands of declarations are not the file's
 * own; with a pch that does not load, the file is parsed without it. */
START_TEST(test_parse_uses_pch)
{
	dl_source src;
	dl_precompiled junk = {NULL, NULL, 0};
	unsigned plain, with, broken, errors;
	dl_pch *p;
	make_sources(&src, 1);
	plain = parse_count(&src, &errors);
	ck_assert_uint_eq(errors, 0);
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_ALWAYS, NULL, &p), 0);
	ck_assert(src.pch != NULL);
	with = parse_count(&src, &errors);
	ck_assert_uint_eq(errors, 0);
	ck_assert_msg(with < 10 && plain > 1000, "top-level declarations: %u with the pch, %u without", with, plain);
	dl_pch_free(p, &src, 1);

	junk.path = source("junk.pch", "not a precompiled header\n");
	src.pch = &junk;
	broken = parse_count(&src, &errors);
	ck_assert_uint_eq(errors, 0);
	ck_assert_uint_eq(broken, plain);
	src.pch = NULL;
	free(junk.path);
	free_sources(&src, 1);
}
END_TEST

static void stamp(const char *path, struct stat *st)
{
	ck_assert_msg(stat(path, st) == 0, "%s is missing", path);
}

static int same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	       a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* With a directory to keep them in (the cache's), a header is made even for
 * one file, stays after the run and is used again, and is made again once
 * it, its list or a file it was made from is not as listed. The model
 * headers are a copy here, so that one can change. */
START_TEST(test_kept)
{
	dl_source src;
	char *keep = dl_xprintf("%s/keep", dir), *model = dl_xprintf("%s/wdk", dir), *cmd, *path, *saved;
	struct stat first, again;
	unsigned errors;
	tu_result r;
	dl_pch *p;
	cmd = dl_xprintf("cp -r %s %s", env.wdk_include, model);
	tu_sh(&r, dir, cmd);
	ck_assert_int_eq(r.status, 0);
	tu_result_free(&r);
	saved = env.wdk_include;
	env.wdk_include = model;
	make_sources(&src, 1);

	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert_msg(src.pch != NULL, "no header kept for one file");
	ck_assert_msg(!strncmp(src.pch->path, keep, strlen(keep)), "%s is not kept", src.pch->path);
	ck_assert_msg(parse_count(&src, &errors) < 10 && errors == 0, "the kept header is not used");
	path = dl_xstrdup(src.pch->path);
	dl_pch_free(p, &src, 1);
	stamp(path, &first);

	/* Used again, as it is, with the files it was made from. */
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert(src.pch && !strcmp(src.pch->path, path) && has_file(src.pch, "/wdm.h"));
	ck_assert(parse_count(&src, &errors) < 10 && errors == 0);
	dl_pch_free(p, &src, 1);
	stamp(path, &again);
	ck_assert_msg(same_file(&first, &again), "made again though nothing changed");

	/* A file it was made from changed (same text, another time): made again. */
	tu_sh(&r, dir, "touch -d '2001-01-01' wdk/wdm.h");
	tu_result_free(&r);
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert(src.pch != NULL);
	ck_assert(parse_count(&src, &errors) < 10 && errors == 0);
	dl_pch_free(p, &src, 1);
	stamp(path, &again);
	ck_assert_msg(!same_file(&first, &again), "not made again after wdm.h changed");

	/* The header itself overwritten: made again, never loaded broken. */
	tu_write(path, "not a precompiled header\n");
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert(src.pch != NULL);
	ck_assert_msg(parse_count(&src, &errors) < 10 && errors == 0, "the overwritten header was used");
	dl_pch_free(p, &src, 1);

	/* Never is never, kept or not. */
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_NEVER, keep, &p), 0);
	ck_assert(!src.pch);
	dl_pch_free(p, &src, 1);

	env.wdk_include = saved;
	free_sources(&src, 1);
	free(path);
	free(cmd);
	free(model);
	free(keep);
}
END_TEST

/* Making a kept header removes the kept headers unused for 30 days and what
 * stopped builds left a day ago; using one keeps it. Nothing else goes. */
START_TEST(test_kept_pruned)
{
	static const char *const old[] = {"pch-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.h", "pch-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.pch",
					  "pch-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.files",
					  "pch-cccccccccccccccccccccccccccccccc.pch.123",
					  "pch-dddddddddddddddddddddddddddddddd.pch"};
	static const char *const stay[] = {"pch-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.h", "pch-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.pch",
					   "pch-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.files",
					   "pch-eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.pch.456", "notes.txt",
					   "0123456789abcdef0123456789abcdef.json"};
	char *keep = dl_xprintf("%s/keep", dir), *path, *kept;
	dl_source src;
	dl_pch *p;
	tu_result r;
	struct stat st;
	size_t i;
	ck_assert_int_eq(mkdir(keep, 0700), 0);
	for (i = 0; i < sizeof(old) / sizeof(*old); i++) {
		path = dl_xprintf("%s/%s", keep, old[i]);
		tu_write(path, "x");
		free(path);
	}
	for (i = 0; i < sizeof(stay) / sizeof(*stay); i++) {
		path = dl_xprintf("%s/%s", keep, stay[i]);
		tu_write(path, "x");
		free(path);
	}
	/* b's header is as old as a's, but its list was used yesterday. */
	tu_sh(&r, keep, "touch -d '40 days ago' pch-a* pch-b*.h pch-b*.pch notes.txt *.json && "
			"touch -d '2 days ago' pch-c* pch-d* && touch -d '1 day ago' pch-b*.files");
	ck_assert_int_eq(r.status, 0);
	tu_result_free(&r);
	make_sources(&src, 1);
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert(src.pch != NULL);
	kept = dl_xprintf("%.*s.files", (int)(strlen(src.pch->path) - 4), src.pch->path);
	dl_pch_free(p, &src, 1);
	for (i = 0; i < sizeof(old) / sizeof(*old); i++) {
		path = dl_xprintf("%s/%s", keep, old[i]);
		ck_assert_msg(access(path, F_OK) != 0, "%s was not removed", old[i]);
		free(path);
	}
	for (i = 0; i < sizeof(stay) / sizeof(*stay); i++) {
		path = dl_xprintf("%s/%s", keep, stay[i]);
		ck_assert_msg(access(path, F_OK) == 0, "%s was removed", stay[i]);
		free(path);
	}
	/* Used again: its list is touched, so it counts as used today. */
	path = dl_xprintf("touch -d '40 days ago' %s", kept);
	tu_sh(&r, keep, path);
	tu_result_free(&r);
	free(path);
	ck_assert_int_eq(dl_pch_plan(&env, &src, 1, DL_PCH_AUTO, keep, &p), 0);
	ck_assert(src.pch != NULL);
	dl_pch_free(p, &src, 1);
	ck_assert_int_eq(stat(kept, &st), 0);
	ck_assert_msg(time(NULL) - st.st_mtime < 3600, "the list of a header used was not touched");
	free_sources(&src, 1);
	free(kept);
	free(keep);
}
END_TEST

static int dir_empty(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int empty = 1;
	ck_assert(d != NULL);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			empty = 0;
	closedir(d);
	return empty;
}

/* Every testdata driver and a small helper file in one run: the same report
 * with and without precompiled headers, parsed in process or in a child
 * (whose AST the parent loads), and no temporary file left behind. */
static const char *const same_modes[] = {"--no-isolate --pch always", "--isolate --pch always",
					 "--isolate --pch never"};

START_TEST(test_same_results)
{
	tu_result with, without;
	char *tmp = dl_xprintf("%s/tmp", dir), *helper, *cmd;
	ck_assert_int_eq(mkdir(tmp, 0700), 0);
	/* Little besides the model's typedefs: libclang 19 crashes tokenizing
	 * such a file's AST when loaded on top of a precompiled header. */
	helper = source("helper.c", "#include <ntddk.h>\nvoid Validate(PVOID p, SIZE_T n) { ProbeForRead(p, n, 1); }\n");
	cmd = dl_xprintf("TMPDIR=%s %s %s --format json $(find testdata -name '*.c' | sort) %s", tmp, TU_DRVLINT,
			 same_modes[_i], helper);
	tu_sh(&with, DL_SOURCE_DIR, cmd);
	free(cmd);
	cmd = dl_xprintf("%s --no-isolate --pch never --format json $(find testdata -name '*.c' | sort) %s",
			 TU_DRVLINT, helper);
	tu_sh(&without, DL_SOURCE_DIR, cmd);
	ck_assert_msg(with.status == 1, "%s: exit %d: %s", same_modes[_i], with.status, with.err);
	ck_assert_int_eq(without.status, 1);
	ck_assert_msg(!strcmp(with.out, without.out), "%s: the reports differ", same_modes[_i]);
	ck_assert_str_eq(with.err, without.err);
	ck_assert_msg(dir_empty(tmp), "temporary files left in %s", tmp);
	free(cmd);
	free(helper);
	free(tmp);
	tu_result_free(&with);
	tu_result_free(&without);
}
END_TEST

START_TEST(test_option)
{
	tu_result r;
	tu_drvlint(&r, dir, "--pch sometimes x.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "--pch: unknown value 'sometimes' (expected auto, always or never)"), "%s", r.err);
	tu_result_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pch");
	TCase *tc = tcase_create("pch");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_first_include);
	tcase_add_test(tc, test_plan);
	tcase_add_test(tc, test_parse_uses_pch);
	tcase_add_test(tc, test_kept);
	tcase_add_test(tc, test_kept_pruned);
	tcase_add_loop_test(tc, test_same_results, 0, (int)(sizeof(same_modes) / sizeof(same_modes[0])));
	tcase_add_test(tc, test_option);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
