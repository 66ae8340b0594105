/* compile_commands.json reading (analyzer/compdb.c), without running the binary. */
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/compdb.h"

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void remove_tree(const char *dir)
{
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A fresh directory (its realpath); the test removes it with remove_tree. */
static char *temp_dir(void)
{
	char tmpl[] = "/tmp/drvlint-compdb-XXXXXX", buf[PATH_MAX];
	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	ck_assert_ptr_nonnull(realpath(tmpl, buf));
	return dl_xstrdup(buf);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void assert_args(char **got, size_t ngot, const char *const *want, size_t nwant)
{
	size_t i;
	dl_buf all = {0};
	for (i = 0; i < ngot; i++)
		dl_buf_printf(&all, "[%s] ", got[i]);
	ck_assert_msg(ngot == nwant, "got %zu arguments, want %zu: %s", ngot, nwant, dl_buf_cstr(&all));
	for (i = 0; i < nwant; i++)
		ck_assert_msg(!strcmp(got[i], want[i]), "argument %zu is '%s', want '%s' (%s)", i, got[i],
			      want[i], dl_buf_cstr(&all));
	dl_buf_free(&all);
}

static void free_args(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

START_TEST(test_split_quotes_and_backslashes)
{
	static const char *const want[] = {
		"gcc", "-c", "a b.c", "x y", "z w", "q\"uote", "back\\slash", "", "$HOME", "it's", "mixed'q\"d\"",
		"-DS=\"s\"", "end"};
	char **v;
	size_t n;
	char *err = NULL;
	ck_assert_int_eq(dl_split_command(
		"  gcc\t-c \"a b.c\" 'x y' z\\ w \"q\\\"uote\" \"back\\\\slash\" '' '$HOME' it\\'s "
		"mixed\\''q'\"\\\"d\\\"\" -DS=\\\"s\\\" end  ", &v, &n, &err), 0);
	assert_args(v, n, want, sizeof(want) / sizeof(want[0]));
	free_args(v, n);
}
END_TEST

START_TEST(test_split_backslash_in_double_quotes_is_literal)
{
	/* As in sh: inside "...", only \" \\ \$ \` are escapes. */
	static const char *const want[] = {"a\\nb", "c\\d"};
	char **v;
	size_t n;
	char *err = NULL;
	ck_assert_int_eq(dl_split_command("\"a\\nb\" c\\\\d", &v, &n, &err), 0);
	assert_args(v, n, want, 2);
	free_args(v, n);
}
END_TEST

START_TEST(test_split_unterminated)
{
	char **v;
	size_t n;
	char *err = NULL;
	ck_assert_int_eq(dl_split_command("gcc \"a.c", &v, &n, &err), DL_ERR_PARSE);
	ck_assert_str_eq(err, "unterminated quote");
	free(err);
	err = NULL;
	ck_assert_int_eq(dl_split_command("gcc 'a.c", &v, &n, &err), DL_ERR_PARSE);
	free(err);
}
END_TEST

START_TEST(test_reduce_gcc)
{
	char *dir = temp_dir(), *inc = dl_xprintf("%s/inc", dir), *cfg = dl_xprintf("%s/cfg.h", dir);
	char *file = dl_xprintf("%s/src/a.c", dir);
	char *argv[] = {"gcc", "-c", "-Iinc", "-I", "/abs/inc", "-DFOO=1", "-D", "BAR", "-UBAZ",
			"-include", "cfg.h", "-include", "elsewhere.h", "-isystem", "sys", "-std=gnu99",
			"-std=c++17", "-O2", "-Wall", "-MF", "-Ifake.d", "-o", "out.o", "src/a.c", "-x", "c"};
	char *want_inc = dl_xprintf("-I%s/inc", dir), *want_sys = dl_xprintf("%s/sys", dir);
	const char *want[] = {want_inc, "-I/abs/inc", "-DFOO=1", "-DBAR", "-UBAZ", "-include", cfg,
			      "-include", "elsewhere.h", "-isystem", want_sys, "-std=gnu99"};
	char **out;
	size_t nout;
	ck_assert_int_eq(mkdir(inc, 0755), 0);
	write_file(cfg, "");
	dl_compdb_reduce(argv, sizeof(argv) / sizeof(argv[0]), dir, &out, &nout);
	assert_args(out, nout, want, sizeof(want) / sizeof(want[0]));
	free_args(out, nout);
	remove_tree(dir);
	free(dir);
	free(inc);
	free(cfg);
	free(file);
	free(want_inc);
	free(want_sys);
}
END_TEST

START_TEST(test_reduce_relative_parent)
{
	char *dir = temp_dir(), *sub = dl_xprintf("%s/build", dir), *other = dl_xprintf("%s/other", dir);
	char *argv[] = {"clang", "-I../other", "-iquote", "../q", "x.c"};
	char *want_i = dl_xprintf("-I%s/other", dir), *want_q = dl_xprintf("%s/q", dir);
	const char *want[] = {want_i, "-iquote", want_q};
	char **out;
	size_t nout;
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	ck_assert_int_eq(mkdir(other, 0755), 0);
	dl_compdb_reduce(argv, 5, sub, &out, &nout);
	/* ".." is resolved: the paths are clean absolute ones. */
	assert_args(out, nout, want, 3);
	free_args(out, nout);
	remove_tree(dir);
	free(dir);
	free(sub);
	free(other);
	free(want_i);
	free(want_q);
}
END_TEST

START_TEST(test_reduce_cl)
{
	char *dir = temp_dir(), *pre = dl_xprintf("%s/pre.h", dir), *file = dl_xprintf("%s/a.c", dir);
	char *argv[] = {"cl.exe", "/nologo", "/c", "/I", "inc", "/Iinc2", "/D", "X", "/DY=2", "/UZ",
			"/FI", "pre.h", "/FIpre2.h", "/W4", "/Fo:out.obj", "/GS-", "/kernel", file,
			"/link", "/DEBUG", "/INCREMENTAL"};
	char *i1 = dl_xprintf("-I%s/inc", dir), *i2 = dl_xprintf("-I%s/inc2", dir);
	const char *want[] = {i1, i2, "-DX", "-DY=2", "-UZ", "-include", pre, "-include", "pre2.h"};
	char **out;
	size_t nout;
	write_file(pre, "");
	dl_compdb_reduce(argv, sizeof(argv) / sizeof(argv[0]), dir, &out, &nout);
	assert_args(out, nout, want, sizeof(want) / sizeof(want[0]));
	free_args(out, nout);
	remove_tree(dir);
	free(dir);
	free(pre);
	free(file);
	free(i1);
	free(i2);
}
END_TEST

START_TEST(test_reduce_paths_are_not_cl_options)
{
	/* Outside cl, a path that looks like cl's /I, /D or /U is a path. */
	char *argv[] = {"cc", "-resource-dir", "/Developer/res", "--sysroot", "/Users/x", "-c", "/Include/x.c"};
	char *cl[] = {"C:\\VS\\bin\\CL.EXE", "/DX"}, *driver[] = {"clang", "--driver-mode=cl", "/DX"};
	char **out;
	size_t nout;
	dl_compdb_reduce(argv, sizeof(argv) / sizeof(argv[0]), "/", &out, &nout);
	ck_assert_uint_eq(nout, 0);
	free_args(out, nout);
	dl_compdb_reduce(cl, 2, "/", &out, &nout);
	ck_assert(nout == 1 && !strcmp(out[0], "-DX"));
	free_args(out, nout);
	dl_compdb_reduce(driver, 3, "/", &out, &nout);
	ck_assert(nout == 1 && !strcmp(out[0], "-DX"));
	free_args(out, nout);
}
END_TEST

static dl_compdb *parse_ok(const char *path, const char *json)
{
	dl_compdb *db = NULL;
	char *err = NULL;
	int ret = dl_compdb_parse(path, json, &db, &err);
	ck_assert_msg(ret == 0, "parse failed: %s", err ? err : "");
	return db;
}

START_TEST(test_parse_arguments_and_command)
{
	char *dir = temp_dir(), *db_path = dl_xprintf("%s/compile_commands.json", dir);
	char *src = dl_xprintf("%s/src", dir), *inc = dl_xprintf("-I%s/src/inc", dir);
	char *file = dl_xprintf("%s/src/a.c", dir);
	dl_compdb *db = parse_ok(db_path,
		"[{\"directory\": \"src\", \"file\": \"a.c\", \"arguments\": [\"cc\", \"-Iinc\", \"-c\", \"a.c\"]},"
		" {\"directory\": \"/elsewhere\", \"file\": \"/elsewhere/b.c\","
		"  \"command\": \"cc -c \\\"-DMSG=\\\\\\\"a b\\\\\\\"\\\" b.c\"}]");
	ck_assert_uint_eq(db->count, 2);
	/* A relative directory is taken against the database's own directory. */
	ck_assert_str_eq(db->entries[0].directory, src);
	ck_assert_str_eq(db->entries[0].file, file);
	ck_assert_uint_eq(db->entries[0].nargs, 1);
	ck_assert_str_eq(db->entries[0].args[0], inc);
	ck_assert_str_eq(db->entries[1].file, "/elsewhere/b.c");
	ck_assert_uint_eq(db->entries[1].nargs, 1);
	ck_assert_str_eq(db->entries[1].args[0], "-DMSG=\"a b\"");
	dl_compdb_free(db);
	remove_tree(dir);
	free(dir);
	free(db_path);
	free(src);
	free(inc);
	free(file);
}
END_TEST

START_TEST(test_lookup_by_realpath)
{
	char *dir = temp_dir(), *db_path = dl_xprintf("%s/compile_commands.json", dir);
	char *file = dl_xprintf("%s/a.c", dir), *link = dl_xprintf("%s/link.c", dir);
	char *dotted = dl_xprintf("%s/./sub/../a.c", dir), *sub = dl_xprintf("%s/sub", dir);
	char *json = dl_xprintf("[{\"directory\": \"%s\", \"file\": \"a.c\", \"arguments\": [\"cc\", \"-DA\", \"a.c\"]}]", dir);
	dl_compdb *db;
	const dl_compdb_entry *e;
	char cwd[PATH_MAX];
	write_file(file, "int a;\n");
	ck_assert_int_eq(symlink(file, link), 0);
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	db = parse_ok(db_path, json);
	e = dl_compdb_lookup(db, file);
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->args[0], "-DA");
	ck_assert_ptr_eq(dl_compdb_lookup(db, link), e);
	ck_assert_ptr_eq(dl_compdb_lookup(db, dotted), e);
	/* A relative path is taken from the working directory. */
	ck_assert_ptr_nonnull(getcwd(cwd, sizeof(cwd)));
	ck_assert_int_eq(chdir(sub), 0);
	ck_assert_ptr_eq(dl_compdb_lookup(db, "../a.c"), e);
	ck_assert_ptr_null(dl_compdb_lookup(db, "a.c"));
	ck_assert_int_eq(chdir(cwd), 0);
	ck_assert_ptr_null(dl_compdb_lookup(NULL, file));
	dl_compdb_free(db);
	remove_tree(dir);
	free(dir);
	free(db_path);
	free(file);
	free(link);
	free(dotted);
	free(sub);
	free(json);
}
END_TEST

static const struct {
	const char *json;
	const char *message;
} malformed[] = {
	{"[{\"directory\": \".\", \"file\": \"a.c\"", "db.json: not valid JSON (line 1)"},
	{"[\n{\"directory\": \".\",\n \"file\": \"a.c\",,}]", "db.json: not valid JSON (line 3)"},
	{"{\"directory\": \".\"}", "db.json: expected an array of compile commands"},
	{"[]  x", "db.json: not valid JSON"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"cc a.c\"}, 3]", "db.json: entry 2 is not an object"},
	{"[{\"directory\": \".\", \"command\": \"cc a.c\"}]", "db.json: entry 1 has no 'file'"},
	{"[{\"directory\": \".\", \"file\": 7, \"command\": \"cc a.c\"}]", "db.json: entry 1: 'file' is not a string"},
	{"[{\"file\": \"a.c\", \"command\": \"cc a.c\"}]", "db.json: entry 1 has no 'directory'"},
	{"[{\"directory\": [], \"file\": \"a.c\", \"command\": \"cc a.c\"}]", "db.json: entry 1: 'directory' is not a string"},
	{"[{\"directory\": \".\", \"file\": \"a.c\"}]", "db.json: entry 1 has neither 'arguments' nor 'command'"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": \"cc a.c\"}]", "db.json: entry 1: 'arguments' is not an array"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": [\"cc\", 1]}]", "db.json: entry 1: 'arguments' holds a non-string"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"command\": 1}]", "db.json: entry 1: 'command' is not a string"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"cc '-DX a.c\"}]", "db.json: entry 1: unterminated quote in 'command'"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"arguments\": []}]", "db.json: entry 1 has an empty command"},
	{"[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"  \"}]", "db.json: entry 1 has an empty command"},
};

START_TEST(test_malformed)
{
	dl_compdb *db = (dl_compdb *)1;
	char *err = NULL;
	int ret = dl_compdb_parse("db.json", malformed[_i].json, &db, &err);
	ck_assert_int_eq(ret, DL_ERR_PARSE);
	ck_assert_ptr_null(db);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(!strncmp(err, malformed[_i].message, strlen(malformed[_i].message)),
		      "message '%s', want '%s'", err, malformed[_i].message);
	free(err);
}
END_TEST

START_TEST(test_load_and_locate)
{
	char *dir = temp_dir(), *db_path = dl_xprintf("%s/compile_commands.json", dir);
	char *empty = dl_xprintf("%s/empty", dir), *missing = dl_xprintf("%s/missing", dir);
	char *bin = dl_xprintf("%s/bin.json", dir);
	char *found = NULL, *err = NULL;
	dl_compdb *db = NULL;
	FILE *f;

	write_file(db_path, "[{\"directory\": \".\", \"file\": \"a.c\", \"command\": \"cc -DX a.c\"}]");
	ck_assert_int_eq(mkdir(empty, 0755), 0);
	ck_assert_int_eq(dl_compdb_locate(dir, &found, &err), 0);
	ck_assert_str_eq(found, db_path);
	free(found);
	ck_assert_int_eq(dl_compdb_locate(db_path, &found, &err), 0);
	ck_assert_str_eq(found, db_path);
	free(found);

	ck_assert_int_eq(dl_compdb_locate(empty, &found, &err), DL_ERR_IO);
	ck_assert_ptr_null(found);
	ck_assert_msg(strstr(err, "no compile_commands.json") && strstr(err, empty), "%s", err);
	free(err);
	ck_assert_int_eq(dl_compdb_locate(missing, &found, &err), DL_ERR_IO);
	ck_assert_msg(strstr(err, "cannot open") && strstr(err, missing), "%s", err);
	free(err);

	ck_assert_int_eq(dl_compdb_load(db_path, &db, &err), 0);
	ck_assert_uint_eq(db->count, 1);
	ck_assert_str_eq(db->entries[0].directory, dir);
	ck_assert_str_eq(db->entries[0].args[0], "-DX");
	dl_compdb_free(db);

	ck_assert_int_eq(dl_compdb_load(missing, &db, &err), DL_ERR_IO);
	ck_assert_ptr_null(db);
	ck_assert_msg(strstr(err, missing) != NULL, "%s", err);
	free(err);

	f = fopen(bin, "wb");
	fwrite("[\0]", 1, 3, f);
	fclose(f);
	ck_assert_int_eq(dl_compdb_load(bin, &db, &err), DL_ERR_PARSE);
	ck_assert_msg(strstr(err, "bin.json: not valid JSON") != NULL, "%s", err);
	free(err);
	remove_tree(dir);
	free(dir);
	free(db_path);
	free(empty);
	free(missing);
	free(bin);
}
END_TEST

START_TEST(test_search_upward)
{
	char *dir = temp_dir(), *a = dl_xprintf("%s/a", dir), *deep = dl_xprintf("%s/a/b/c", dir);
	char *b = dl_xprintf("%s/a/b", dir), *db_path = dl_xprintf("%s/a/compile_commands.json", dir);
	char *found;
	ck_assert_int_eq(mkdir(a, 0755), 0);
	ck_assert_int_eq(mkdir(b, 0755), 0);
	ck_assert_int_eq(mkdir(deep, 0755), 0);
	write_file(db_path, "[]");
	found = dl_compdb_search(deep);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, db_path);
	free(found);
	found = dl_compdb_search(a);
	ck_assert_str_eq(found, db_path);
	free(found);
	remove_tree(dir);
	free(dir);
	free(a);
	free(deep);
	free(b);
	free(db_path);
}
END_TEST

START_TEST(test_absolute_path)
{
	char *dir = temp_dir(), *sub = dl_xprintf("%s/sub", dir), *p;
	char *want = dl_xprintf("%s/x.c", dir);
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	p = dl_absolute_path(sub, "../x.c");
	ck_assert_str_eq(p, want);
	free(p);
	p = dl_absolute_path(NULL, "/no/such/dir/./y.c");
	ck_assert_str_eq(p, "/no/such/dir/./y.c");
	free(p);
	p = dl_absolute_path(dir, "sub/");
	ck_assert_str_eq(p, sub);
	free(p);
	p = dl_absolute_path(sub, "..");
	ck_assert_str_eq(p, dir);
	free(p);
	remove_tree(dir);
	free(dir);
	free(sub);
	free(want);
}
END_TEST

static Suite *compdb_suite(void)
{
	Suite *s = suite_create("compdb");
	TCase *tc = tcase_create("compdb");
	tcase_add_test(tc, test_split_quotes_and_backslashes);
	tcase_add_test(tc, test_split_backslash_in_double_quotes_is_literal);
	tcase_add_test(tc, test_split_unterminated);
	tcase_add_test(tc, test_reduce_gcc);
	tcase_add_test(tc, test_reduce_relative_parent);
	tcase_add_test(tc, test_reduce_cl);
	tcase_add_test(tc, test_reduce_paths_are_not_cl_options);
	tcase_add_test(tc, test_parse_arguments_and_command);
	tcase_add_test(tc, test_lookup_by_realpath);
	tcase_add_loop_test(tc, test_malformed, 0, (int)(sizeof(malformed) / sizeof(malformed[0])));
	tcase_add_test(tc, test_load_and_locate);
	tcase_add_test(tc, test_search_upward);
	tcase_add_test(tc, test_absolute_path);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(compdb_suite());
}
