/* Hostile and broken input against the real binary. Input that cannot be
 * analyzed gets one line on stderr naming the file and the problem, and exit
 * status 2; valid C however odd is analyzed normally; nothing dies of a signal;
 * the good files' findings are always all there; an interrupted run leaves the
 * previous SARIF log whole and no temporary behind. Big and hostile inputs are
 * generated here, in a temporary directory. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/isolate.h"

/* No address-space limit under AddressSanitizer. */
#define SANITIZED DL_ASAN

/* One finding, on line 7: the marker every run must still report. */
static const char good_c[] =
	"#include <ntddk.h>\n"
	"\n"
	"NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG p = (PULONG)Irp->UserBuffer;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t*p = 1;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";
#define RULE "[unprobed-user-pointer]"

/* Both ways of parsing; loop tests run each case under both. */
static const char *const modes[] = {"--no-isolate", "--isolate"};

static char *dir;

static void setup(void)
{
	char *good;
	dir = tu_tmpdir();
	good = dl_xprintf("%s/good.c", dir);
	tu_write(good, good_c);
	free(good);
}

static void teardown(void)
{
	tu_rmtree(dir);
	free(dir);
}

static char *in_dir(const char *name)
{
	return dl_xprintf("%s/%s", dir, name);
}

static void write_file(const char *name, const char *text)
{
	char *p = in_dir(name);
	tu_write(p, text);
	free(p);
}

/* --- running the binary without a shell: exact argv, exact wait status --- */

struct run {
	int status;
	char *out, *err;
	double seconds;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Until it execs, the child runs Check's handlers, and Check's SIGTERM
 * handler kills the whole test's process group: a test's kill() landing in
 * that window would kill the test. So the interrupts are blocked across the
 * fork and the child takes them with their default action. */
static pid_t spawn(const char *const *args, const char *out, const char *err, rlim_t fsize)
{
	static const int interrupts[] = {SIGTERM, SIGINT, SIGHUP};
	size_t n = 0, i;
	const char **argv;
	sigset_t block, old;
	pid_t pid;
	while (args[n])
		n++;
	argv = dl_xcalloc(n + 2, sizeof(*argv));
	argv[0] = TU_DRVLINT;
	for (i = 0; i < n; i++)
		argv[i + 1] = args[i];
	sigemptyset(&block);
	for (i = 0; i < sizeof(interrupts) / sizeof(interrupts[0]); i++)
		sigaddset(&block, interrupts[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	pid = fork();
	if (pid == 0) {
		int o, e;
		for (i = 0; i < sizeof(interrupts) / sizeof(interrupts[0]); i++)
			signal(interrupts[i], SIG_DFL);
		sigprocmask(SIG_SETMASK, &old, NULL);
		o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (o < 0 || e < 0 || chdir(dir) < 0)
			_exit(126);
		dup2(o, 1);
		dup2(e, 2);
		if (fsize != RLIM_INFINITY) {
			struct rlimit rl = {fsize, fsize};
			signal(SIGXFSZ, SIG_IGN);   /* a write past the limit fails with EFBIG */
			setrlimit(RLIMIT_FSIZE, &rl);
		}
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	ck_assert_int_ge(pid, 0);
	free(argv);
	return pid;
}

/* Runs drvlint in `dir` with stdout to `out_path` (NULL: captured). */
static void run_to(struct run *r, const char *out_path, rlim_t fsize, const char *const *args)
{
	char *out = out_path ? dl_xstrdup(out_path) : in_dir(".stdout"), *err = in_dir(".stderr");
	double start = now();
	int st;
	pid_t pid = spawn(args, out, err, fsize);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	r->seconds = now() - start;
	ck_assert_msg(!WIFSIGNALED(st), "drvlint died of signal %d", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) < 126, "drvlint could not be run");
	r->status = WEXITSTATUS(st);
	r->out = out_path ? dl_xstrdup("") : tu_read_ok(out);
	r->err = tu_read_ok(err);
	if (!out_path)
		unlink(out);
	unlink(err);
	free(out);
	free(err);
}

#define RUN(r, ...) run_to((r), NULL, RLIM_INFINITY, (const char *const[]){__VA_ARGS__, NULL})

static void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
}

/* The good file's finding is in the gcc-style output. */
static void assert_good(const struct run *r)
{
	const char *at = strstr(r->out, "good.c:7:2: error: ");
	ck_assert_msg(at && strstr(at, RULE), "the good file's finding is missing:\n%s", r->out);
}

/* Exit status 2 and exactly one line on stderr: "drvlint: FILE: ...PROBLEM...". */
static void assert_rejected(const struct run *r, const char *file, const char *problem)
{
	char *start = dl_xprintf("drvlint: %s: ", file);
	ck_assert_msg(r->status == 2, "exit status %d, stderr: %s", r->status, r->err);
	ck_assert_msg(tu_count_lines(r->err) == 1 && !strncmp(r->err, start, strlen(start)) &&
		      strstr(r->err, problem), "expected one line about %s (%s), got: %s", file, problem, r->err);
	free(start);
}

/* Analyzed normally: findings, nothing on stderr. */
static void assert_analyzed(const struct run *r)
{
	ck_assert_msg(r->status == 1, "exit status %d, stderr: %s", r->status, r->err);
	ck_assert_msg(!*r->err, "unexpected stderr: %s", r->err);
	assert_good(r);
}

/* --- files that are not C source --- */

START_TEST(test_missing_file)
{
	struct run r;
	RUN(&r, modes[_i], "good.c", "missing.c");
	assert_rejected(&r, "missing.c", "cannot open: No such file or directory");
	assert_good(&r);
	run_free(&r);
}
END_TEST

START_TEST(test_directory)
{
	struct run r;
	char *sub = in_dir("sub");
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	RUN(&r, modes[_i], "sub", "good.c");
	assert_rejected(&r, "sub", "is a directory");
	assert_good(&r);
	run_free(&r);
	free(sub);
}
END_TEST

/* root reads any file, so the permission case runs only for other users; a
 * FIFO (whose reader would block forever) is refused for everyone. */
START_TEST(test_unreadable)
{
	struct run r;
	char *fifo = in_dir("pipe.c"), *locked = in_dir("locked.c");
	ck_assert_int_eq(mkfifo(fifo, 0644), 0);
	RUN(&r, modes[_i], "good.c", "pipe.c");
	assert_rejected(&r, "pipe.c", "not a regular file");
	assert_good(&r);
	run_free(&r);
	if (geteuid() != 0) {
		tu_write(locked, good_c);
		ck_assert_int_eq(chmod(locked, 0), 0);
		RUN(&r, modes[_i], "good.c", "locked.c");
		assert_rejected(&r, "locked.c", "Permission denied");
		assert_good(&r);
		run_free(&r);
	}
	free(fifo);
	free(locked);
}
END_TEST

START_TEST(test_binary_file)
{
	struct run r;
	char *path = in_dir("blob.c");
	FILE *f = fopen(path, "wb");
	static const unsigned char bytes[] = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0xff, 0xfe};
	ck_assert_ptr_nonnull(f);
	fwrite(bytes, 1, sizeof(bytes), f);
	fclose(f);
	RUN(&r, modes[_i], "blob.c", "good.c");
	assert_rejected(&r, "blob.c", "binary data, not C source");
	assert_good(&r);
	run_free(&r);
	free(path);
}
END_TEST

/* --- odd but valid C: analyzed normally --- */

START_TEST(test_empty_file)
{
	struct run r;
	write_file("empty.c", "");
	RUN(&r, modes[_i], "empty.c", "good.c");
	assert_analyzed(&r);
	run_free(&r);
}
END_TEST

/* Invalid UTF-8 in comments and strings is still C; the SARIF log stays valid. */
START_TEST(test_invalid_utf8)
{
	struct run r;
	dl_buf b = {0};
	char *sarif = in_dir("out.sarif"), *cmd, *text;
	cJSON *doc;
	dl_buf_puts(&b, "/* \xff\xfe\xc3 not UTF-8 \xed\xa0\x80 */\n");
	dl_buf_puts(&b, "static const char bad[] = \"\xff\xc3(\";\n");
	dl_buf_puts(&b, good_c + strlen("#include <ntddk.h>\n"));
	text = dl_xprintf("#include <ntddk.h>\n%s", dl_buf_cstr(&b));
	write_file("good.c", text);
	RUN(&r, modes[_i], "--sarif", "out.sarif", "good.c");
	ck_assert_msg(r.status == 1 && !*r.err, "status %d: %s", r.status, r.err);
	ck_assert_msg(strstr(r.out, "good.c:9:2: error: ") && strstr(r.out, RULE), "the finding is missing:\n%s", r.out);
	free(text);
	text = tu_read_ok(sarif);
	doc = cJSON_Parse(text);
	ck_assert_msg(doc != NULL, "the SARIF log is not JSON");
	cmd = dl_xprintf("python3 %s/sarif/validate-sarif %s >/dev/null 2>&1", DL_SHARED_DIR, sarif);
	ck_assert_msg(system(cmd) == 0, "the SARIF log is not valid SARIF");
	cJSON_Delete(doc);
	run_free(&r);
	dl_buf_free(&b);
	free(cmd);
	free(text);
	free(sarif);
}
END_TEST

/* 10,000 nested blocks, the finding in the innermost. */
START_TEST(test_deep_nesting)
{
	struct run r;
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "#include <ntddk.h>\nNTSTATUS Deep(PDEVICE_OBJECT d, PIRP Irp)\n{\n"
		    "\tPULONG p = (PULONG)Irp->UserBuffer;\n\tUNREFERENCED_PARAMETER(d);\n");
	for (i = 0; i < 10000; i++)
		dl_buf_putc(&b, '{');
	dl_buf_puts(&b, "\n*p = 2;\n");
	for (i = 0; i < 10000; i++)
		dl_buf_putc(&b, '}');
	dl_buf_puts(&b, "\n\treturn STATUS_SUCCESS;\n}\n");
	write_file("deep.c", dl_buf_cstr(&b));
	RUN(&r, modes[_i], "deep.c", "good.c");
	assert_analyzed(&r);
	ck_assert_msg(strstr(r.out, "deep.c:7:1: error: "), "deep.c's finding is missing:\n%s", r.out);
	run_free(&r);
	dl_buf_free(&b);
}
END_TEST

/* A 100,000-term expression, its value written through a user pointer. */
START_TEST(test_long_expression)
{
	struct run r;
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "#include <ntddk.h>\nNTSTATUS Long(PDEVICE_OBJECT d, PIRP Irp)\n{\n"
		    "\tPULONG p = (PULONG)Irp->UserBuffer;\n\tULONG x = 1;\n\tUNREFERENCED_PARAMETER(d);\n"
		    "\t*p = x");
	for (i = 1; i < 100000; i++)
		dl_buf_puts(&b, i % 3 ? " + x" : " * x");
	dl_buf_puts(&b, ";\n\treturn STATUS_SUCCESS;\n}\n");
	write_file("long.c", dl_buf_cstr(&b));
	RUN(&r, modes[_i], "long.c", "good.c");
	assert_analyzed(&r);
	ck_assert_msg(strstr(r.out, "long.c:7:2: error: "), "long.c's finding is missing");
	run_free(&r);
	dl_buf_free(&b);
}
END_TEST

/* Spaces and non-ASCII in directory and file names. */
START_TEST(test_odd_paths)
{
	struct run r;
	char *sub = in_dir("src dir"), *sarif = in_dir("out.sarif"), *text;
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	write_file("src dir/drv \xc3\xbc.c", good_c);
	RUN(&r, modes[_i], "--sarif", "out.sarif", "src dir/drv \xc3\xbc.c");
	ck_assert_int_eq(r.status, 1);
	ck_assert_str_eq(r.err, "");
	ck_assert_msg(strstr(r.out, "src dir/drv \xc3\xbc.c:7:2: error: "), "%s", r.out);
	text = tu_read_ok(sarif);
	ck_assert_msg(strstr(text, "\"src%20dir/drv%20%C3%BC.c\""), "no encoded URI in the log");
	run_free(&r);
	free(text);
	free(sub);
	free(sarif);
}
END_TEST

/* --- resource limits --- */

/* 50 MB of C, generated here: over the default file size limit. A smaller
 * limit applies to smaller files. */
START_TEST(test_huge_file)
{
	struct run r;
	char *path = in_dir("huge.c");
	FILE *f = fopen(path, "w");
	long i;
	ck_assert_ptr_nonnull(f);
	for (i = 0; ftell(f) < 50L << 20; i++)
		fprintf(f, "static int f%ld(int x) { return x + %ld; } /* padding padding padding */\n", i, i);
	ck_assert_int_eq(fclose(f), 0);
	RUN(&r, modes[_i], "good.c", "huge.c");
	assert_rejected(&r, "huge.c", "not analyzed: 50.0 MB is over the 16 MB file size limit (--max-file-size)");
	assert_good(&r);
	run_free(&r);
	ck_assert_int_eq(truncate(path, 3 << 19), 0);   /* 1.5 MB */
	RUN(&r, modes[_i], "--max-file-size", "1", "good.c", "huge.c");
	assert_rejected(&r, "huge.c", "1.5 MB is over the 1 MB file size limit");
	assert_good(&r);
	run_free(&r);
	free(path);
}
END_TEST

static void write_macro_bomb(const char *name)
{
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "#define A0 x\n");
	for (i = 1; i < 40; i++)
		dl_buf_printf(&b, "#define A%d A%d A%d\n", i, i - 1, i - 1);
	dl_buf_puts(&b, "int x;\nvoid f(void) { A39; }\n");
	write_file(name, dl_buf_cstr(&b));
	dl_buf_free(&b);
}

/* 2^39 tokens: stopped by the time limit or the memory limit, whichever first. */
START_TEST(test_macro_bomb)
{
	struct run r;
	write_macro_bomb("bomb.c");
	RUN(&r, "--isolate", "--timeout", "5", "--max-memory", "2048", "good.c", "bomb.c");
	ck_assert_msg(strstr(r.err, "exceeded the time limit of 5 s (--timeout)") ||
		      strstr(r.err, "exceeded the memory limit of 2048 MB (--max-memory)"), "%s", r.err);
	assert_rejected(&r, "bomb.c", "not analyzed: parsing exceeded the ");
	assert_good(&r);
	run_free(&r);
}
END_TEST

/* An initializer list of 2^30 elements: the address-space limit stops it. */
START_TEST(test_memory_limit)
{
	struct run r;
	if (SANITIZED)
		return;
	write_file("hog.c", "char a[1 << 30] = {[(1 << 30) - 1] = 1};\n");
	RUN(&r, "--isolate", "--max-memory", "1024", "hog.c", "good.c");
	assert_rejected(&r, "hog.c", "not analyzed: parsing exceeded the memory limit of 1024 MB (--max-memory)");
	assert_good(&r);
	run_free(&r);
}
END_TEST

/* 200,000 unary minus signs recurse past the parser's 512 MB stack. */
START_TEST(test_parser_crash)
{
	struct run r;
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "int g(int a) { return ");
	for (i = 0; i < 200000; i++)
		dl_buf_puts(&b, "- ");
	dl_buf_puts(&b, "a; }\n");
	write_file("crash.c", dl_buf_cstr(&b));
	RUN(&r, "--isolate", "good.c", "crash.c");
	assert_rejected(&r, "crash.c", "not analyzed: the parser crashed (");
	assert_good(&r);
	run_free(&r);
	dl_buf_free(&b);
}
END_TEST

/* Input that parses quickly but is costly to analyze: 200,000 nested `?:`
 * would take GBs of flow states. The engine's bound stops that function, named
 * on stderr (exit 2), and the other functions of the file are still reported.
 * In the child too (--isolate), or its time limit stops the file. */
START_TEST(test_analysis_bounded)
{
	struct run r;
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "#include <ntddk.h>\n\nNTSTATUS Other(PIRP Irp)\n{\n"
		    "\tPULONG p = (PULONG)Irp->UserBuffer;\n\t*p = 1;\n\treturn STATUS_SUCCESS;\n}\n\n"
		    "int g(int a) { return ");
	for (i = 0; i < 200000; i++)
		dl_buf_puts(&b, "a ? a : ");
	dl_buf_puts(&b, "a; }\n");
	write_file("cond.c", dl_buf_cstr(&b));
	RUN(&r, modes[_i], "--timeout", "20", "good.c", "cond.c");
	if (_i == 1 && !strstr(r.err, "function 'g'"))
		assert_rejected(&r, "cond.c", "not analyzed: parsing exceeded the time limit");
	else
		assert_rejected(&r, "cond.c", "function 'g' (line 10) not analyzed: its analysis exceeded the engine's bounds");
	assert_good(&r);
	if (!strstr(r.err, "time limit"))
		ck_assert_msg(strstr(r.out, "cond.c:6:2: error: ") != NULL, "Other's finding is missing:\n%s", r.out);
	run_free(&r);
	dl_buf_free(&b);
}
END_TEST

/* Isolation is on by default where CI services run untrusted code: CI
 * (GitHub, GitLab) or TF_BUILD (Azure DevOps), unless "false" or "0". */
START_TEST(test_isolation_default)
{
	static const struct { const char *var, *val; int on; } cases[] = {
		{NULL, NULL, 0}, {"CI", "true", 1}, {"CI", "false", 0}, {"CI", "0", 0},
		{"TF_BUILD", "True", 1}, {"TF_BUILD", "False", 0}, {"CI", "", 0},
	};
	dl_limits l;
	size_t i;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unsetenv("CI");
		unsetenv("TF_BUILD");
		if (cases[i].var)
			setenv(cases[i].var, cases[i].val, 1);
		dl_limits_default(&l);
		ck_assert_msg(dl_limits_isolating(&l) == cases[i].on, "%s=%s", cases[i].var, cases[i].val);
		l.isolate = DL_ISOLATE_OFF;
		ck_assert(!dl_limits_isolating(&l));
		l.isolate = DL_ISOLATE_ON;
		ck_assert(dl_limits_isolating(&l));
	}
	unsetenv("CI");
	unsetenv("TF_BUILD");
}
END_TEST

START_TEST(test_limit_options)
{
	static const char *const bad[][2] = {
		{"--max-memory", "lots"}, {"--timeout", "-1"}, {"--max-file-size", "99999999999"},
	};
	struct run r;
	size_t i;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		RUN(&r, bad[i][0], bad[i][1], "good.c");
		ck_assert_int_eq(r.status, 2);
		ck_assert_msg(strstr(r.err, bad[i][0]) && strstr(r.err, "invalid value"), "%s", r.err);
		run_free(&r);
	}
	RUN(&r, "--timeout", "0", "--max-memory", "0", "--max-file-size", "0", "--isolate", "good.c");
	assert_analyzed(&r);
	run_free(&r);
}
END_TEST

/* --- compile_commands.json --- */

/* Relative directory and include path, taken against the database's directory. */
START_TEST(test_compdb_relative)
{
	struct run r;
	char *inc = in_dir("inc"), *src = in_dir("src"), *build = in_dir("build");
	ck_assert_int_eq(mkdir(inc, 0755), 0);
	ck_assert_int_eq(mkdir(src, 0755), 0);
	ck_assert_int_eq(mkdir(build, 0755), 0);
	write_file("inc/defs.h", "#define USER_BUFFER(irp) ((PULONG)(irp)->UserBuffer)\n");
	write_file("src/x.c", "#include <ntddk.h>\n#include \"defs.h\"\n"
		   "NTSTATUS X(PDEVICE_OBJECT d, PIRP Irp)\n{\n\tUNREFERENCED_PARAMETER(d);\n"
		   "\t*USER_BUFFER(Irp) = 3;\n\treturn STATUS_SUCCESS;\n}\n"
		   "NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R)\n{\n"
		   "\tUNREFERENCED_PARAMETER(R);\n\tD->MajorFunction[IRP_MJ_DEVICE_CONTROL] = X;\n"
		   "\treturn STATUS_SUCCESS;\n}\n");
	write_file("compile_commands.json",
		   "[{\"directory\": \"build\", \"file\": \"../src/x.c\",\n"
		   "  \"arguments\": [\"cl.exe\", \"/I../inc\", \"/c\", \"../src/x.c\"]}]\n");
	RUN(&r, modes[_i], "-p", ".");
	ck_assert_msg(r.status == 1 && !*r.err, "status %d: %s", r.status, r.err);
	ck_assert_msg(strstr(r.out, "src/x.c:6:2: error: ") && strstr(r.out, RULE), "%s", r.out);
	run_free(&r);
	free(inc);
	free(src);
	free(build);
}
END_TEST

START_TEST(test_compdb_malformed)
{
	static const char *const bad[][2] = {
		{"[{\"directory\": \".\", \"command\": \"cc -c good.c\"}]", "entry 1 has no 'file'"},
		{"[{\"file\": \"good.c\", \"command\": \"cc -c good.c\"}]", "entry 1 has no 'directory'"},
		{"[{\"directory\": \".\", \"file\": \"good.c\"}]", "has neither 'arguments' nor 'command'"},
		{"[{\"directory\": \".\", \"file\": \"good.c\", \"command\": \"cc '-c\"}]", "unterminated quote"},
		{"[{\"directory\": 7, \"file\": \"good.c\", \"command\": \"cc\"}]", "'directory' is not a string"},
		{"{\"file\": \"good.c\"}", "expected an array"},
		{"[{\"directory\": \".\", \"file\": ", "not valid JSON"},
		{"\x7f" "ELF\x01\x02", "not valid JSON"},
	};
	struct run r;
	size_t i;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		write_file("compile_commands.json", bad[i][0]);
		RUN(&r, "-p", "compile_commands.json");
		assert_rejected(&r, "compile_commands.json", bad[i][1]);
		run_free(&r);
	}
}
END_TEST

/* Huge arguments: 50,000 of them, and one of a megabyte. */
START_TEST(test_compdb_huge)
{
	struct run r;
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "[{\"directory\": \".\", \"file\": \"good.c\", \"arguments\": [\"cc\"");
	for (i = 0; i < 50000; i++)
		dl_buf_printf(&b, ", \"-DM%d=%d\"", i, i);
	dl_buf_puts(&b, ", \"-DBIG=");
	for (i = 0; i < 1 << 20; i++)
		dl_buf_putc(&b, 'x');
	dl_buf_puts(&b, "\", \"-c\", \"good.c\"]}]\n");
	write_file("compile_commands.json", dl_buf_cstr(&b));
	RUN(&r, modes[_i], "-p", ".");
	assert_analyzed(&r);
	run_free(&r);
	dl_buf_free(&b);
}
END_TEST

/* Entries naming what is not a source file are each reported; the rest is analyzed. */
START_TEST(test_compdb_hostile_entries)
{
	struct run r;
	write_file("compile_commands.json",
		   "[{\"directory\": \".\", \"file\": \"/dev/zero\", \"command\": \"cc -c /dev/zero\"},\n"
		   " {\"directory\": \"/\", \"file\": \"nonexistent/../../x.c\", \"command\": \"cc -c x.c\"},\n"
		   " {\"directory\": \".\", \"file\": \"good.c\", \"command\": \"cc -c good.c\"}]\n");
	RUN(&r, modes[_i], "-p", ".");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "drvlint: /dev/zero: not a regular file\n"), "%s", r.err);
	ck_assert_msg(strstr(r.err, "x.c: cannot open: "), "%s", r.err);
	ck_assert_uint_eq(tu_count_lines(r.err), 2);
	assert_good(&r);
	run_free(&r);
}
END_TEST

/* --- configuration and baseline --- */

START_TEST(test_bad_config)
{
	static const char *const bad[] = {
		"{\"rules\": [1, 2", "\x01\x02\x03", "[]", "{\"nonsense\": true}", "",
	};
	struct run r;
	size_t i;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		write_file(".drvlint.json", bad[i]);
		RUN(&r, "good.c");
		ck_assert_msg(r.status == 2 && tu_count_lines(r.err) == 1 && strstr(r.err, ".drvlint.json: "),
			      "config %zu: status %d, stderr: %s", i, r.status, r.err);
		run_free(&r);
	}
}
END_TEST

START_TEST(test_bad_baseline)
{
	static const char *const bad[] = {
		"not SARIF at all", "{\"version\": \"2.1.0\", \"runs\": 3}",
		"{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": 5}]}]}", "\xff\xfe\x00",
	};
	struct run r;
	size_t i;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		write_file("base.sarif", bad[i]);
		RUN(&r, "--baseline", "base.sarif", "good.c");
		ck_assert_msg(r.status == 2 && tu_count_lines(r.err) == 1 && strstr(r.err, "base.sarif: "),
			      "baseline %zu: status %d, stderr: %s", i, r.status, r.err);
		run_free(&r);
	}
	RUN(&r, "--baseline", "missing.sarif", "good.c");
	ck_assert_msg(r.status == 2 && tu_count_lines(r.err) == 1 && strstr(r.err, "missing.sarif: "), "%s", r.err);
	run_free(&r);
}
END_TEST

/* --- output integrity --- */

static int temporaries_left(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;
	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		n += strstr(e->d_name, ".tmp.") != NULL;
	closedir(d);
	return n;
}

START_TEST(test_write_errors)
{
	struct run r;
	RUN(&r, "--sarif", "no/such/dir/out.sarif", "good.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "cannot write SARIF log 'no/such/dir/out.sarif'"), "%s", r.err);
	run_free(&r);
	run_to(&r, "/dev/full", RLIM_INFINITY, (const char *const[]){"good.c", NULL});
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "cannot write"), "%s", r.err);
	run_free(&r);
}
END_TEST

/* Disk full while writing the log: exit 2, the previous log untouched, no temporary. */
START_TEST(test_disk_full)
{
	struct run r;
	char *sarif = in_dir("out.sarif"), *before, *after;
	write_file("out.sarif", "{\"previous\": true}\n");
	before = tu_read_ok(sarif);
	run_to(&r, "/dev/null", 4096, (const char *const[]){"--no-isolate", "--sarif", "out.sarif", "good.c", NULL});
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "cannot write SARIF log 'out.sarif': File too large"), "%s", r.err);
	after = tu_read_ok(sarif);
	ck_assert_str_eq(after, before);
	ck_assert_int_eq(temporaries_left(), 0);
	run_free(&r);
	free(before);
	free(after);
	free(sarif);
}
END_TEST

/* A driver with many findings, so that writing the log takes a while. */
static void write_many(const char *name, int n)
{
	dl_buf b = {0};
	int i;
	dl_buf_puts(&b, "#include <ntddk.h>\n");
	for (i = 0; i < n; i++)
		dl_buf_printf(&b, "NTSTATUS D%d(PDEVICE_OBJECT d, PIRP Irp)\n{\n\tPULONG p = (PULONG)Irp->UserBuffer;\n"
			      "\tUNREFERENCED_PARAMETER(d);\n\t*p = %d;\n\treturn STATUS_SUCCESS;\n}\n", i, i);
	dl_buf_puts(&b, "NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R)\n{\n\tUNREFERENCED_PARAMETER(R);\n");
	for (i = 0; i < n; i++)
		dl_buf_printf(&b, "\tD->MajorFunction[IRP_MJ_DEVICE_CONTROL] = D%d;\n", i);
	dl_buf_puts(&b, "\treturn STATUS_SUCCESS;\n}\n");
	write_file(name, dl_buf_cstr(&b));
	dl_buf_free(&b);
}

static int temporary_exists(void)
{
	return temporaries_left() > 0;
}

static void sleep_s(double s)
{
	struct timespec ts = {(time_t)s, (long)((s - (time_t)s) * 1e9)};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* SIGTERM at random moments, and right inside the write, in 20 runs: the log
 * is always either the previous one or a complete new one, and no temporary
 * is ever left behind. */
START_TEST(test_interrupted_write)
{
	const char *const args[] = {"--no-isolate", "--sarif", "out.sarif", "many.c", NULL};
	char *sarif = in_dir("out.sarif"), *out = in_dir(".stdout"), *err = in_dir(".stderr");
	char *previous, *text;
	double full;
	int i, killed = 0, in_write = 0;
	struct run r;
	write_many("many.c", 1000);
	run_to(&r, "/dev/null", RLIM_INFINITY, args);
	ck_assert_int_eq(r.status, 1);
	full = r.seconds;
	run_free(&r);
	write_file("out.sarif", "{\"previous\": \"log\"}\n");
	previous = tu_read_ok(sarif);
	srand(12345);
	for (i = 0; i < 20; i++) {
		pid_t pid = spawn(args, out, err, RLIM_INFINITY);
		int st = 0, caught = 0, reaped = 0;
		if (i % 2) {
			/* Odd runs: the moment the temporary appears, inside the write. */
			double deadline = now() + full * 4 + 10;
			while (!(caught = temporary_exists()) && !reaped && now() < deadline) {
				reaped = waitpid(pid, &st, WNOHANG) == pid;
				sleep_s(0.0005);
			}
		} else {
			sleep_s(full * rand() / RAND_MAX);
		}
		if (!reaped) {
			kill(pid, SIGTERM);
			ck_assert_int_eq(waitpid(pid, &st, 0), pid);
		}
		in_write += caught;
		text = tu_read_ok(sarif);
		if (WIFSIGNALED(st)) {
			ck_assert_msg(WTERMSIG(st) == SIGTERM, "run %d died of signal %d", i, WTERMSIG(st));
			ck_assert_msg(!strcmp(text, previous), "run %d: the previous log was damaged", i);
			killed++;
		} else {
			/* Finished before the signal: a complete new log. */
			cJSON *doc = cJSON_Parse(text);
			ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 1, "run %d: status %d", i, st);
			ck_assert_msg(doc && cJSON_GetArraySize(cJSON_GetObjectItem(
				cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0), "results")) == 1000,
				"run %d: the new log is incomplete", i);
			cJSON_Delete(doc);
			write_file("out.sarif", previous);
		}
		ck_assert_msg(temporaries_left() == 0, "run %d left a temporary behind", i);
		free(text);
	}
	ck_assert_msg(killed >= 10 && in_write >= 5, "only %d runs killed, %d inside the write", killed, in_write);
	unlink(out);
	unlink(err);
	free(previous);
	free(sarif);
	free(out);
	free(err);
}
END_TEST

/* --- no host paths --- */

START_TEST(test_no_host_paths)
{
	struct run r;
	char *sarif = in_dir("out.sarif"), *text, *abs_good = in_dir("good.c"), *real = realpath(dir, NULL);
	RUN(&r, "--sarif", "out.sarif", "--format", "json", abs_good);
	ck_assert_int_eq(r.status, 1);
	text = tu_read_ok(sarif);
	ck_assert_msg(!strstr(text, real) && !strstr(text, dir), "the SARIF log names the host directory");
	ck_assert_msg(!strstr(text, "file://"), "an absolute URI without --srcroot-uri");
	ck_assert_msg(!strstr(text, DL_BINARY_DIR), "the SARIF log names the build directory");
	ck_assert_msg(!strstr(r.out, real) && !strstr(r.out, dir), "the JSON output names the host directory");
	free(text);
	run_free(&r);
	RUN(&r, "--sarif", "out.sarif", "--srcroot-uri", "good.c");
	text = tu_read_ok(sarif);
	ck_assert_msg(strstr(text, "originalUriBaseIds") && strstr(text, real), "--srcroot-uri: no root");
	ck_assert_msg(strstr(text, "\"file://"), "--srcroot-uri: no file URI");
	free(text);
	run_free(&r);
	free(real);
	free(abs_good);
	free(sarif);
}
END_TEST

/* --- inputs that once crashed drvlint (fuzzing) --- */

/* Every file of tests/data/regress/: NAME.c as a source, compdb-*.json as the
 * database, config-*.json as --config, baseline-*.sarif as --baseline. */
START_TEST(test_regressions)
{
	const char *regress = DL_SOURCE_DIR "/tests/data/regress";
	DIR *d = opendir(regress);
	struct dirent *e;
	int n = 0;
	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL) {
		const char *name = e->d_name;
		size_t len = strlen(name);
		char *path = dl_xprintf("%s/%s", regress, name);
		struct run r;
		if (len > 2 && !strcmp(name + len - 2, ".c"))
			RUN(&r, "--isolate", path, "good.c");
		else if (!strncmp(name, "compdb-", 7))
			RUN(&r, "-p", path);
		else if (!strncmp(name, "config-", 7))
			RUN(&r, "--config", path, "good.c");
		else if (!strncmp(name, "baseline-", 9))
			RUN(&r, "--baseline", path, "good.c");
		else {
			free(path);
			continue;
		}
		ck_assert_msg(r.status <= 2, "%s: exit status %d", name, r.status);
		if (len > 2 && !strcmp(name + len - 2, ".c"))
			assert_good(&r);
		run_free(&r);
		free(path);
		n++;
	}
	closedir(d);
	ck_assert_int_gt(n, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("robustness");
	TCase *input = tcase_create("input"), *limits = tcase_create("limits");
	TCase *compdb = tcase_create("compdb"), *config = tcase_create("config");
	TCase *output = tcase_create("output"), *regress = tcase_create("regressions");
	TCase *all[] = {input, limits, compdb, config, output, regress};
	size_t i;
	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		tcase_add_checked_fixture(all[i], setup, teardown);
		tcase_set_timeout(all[i], 300);
		suite_add_tcase(s, all[i]);
	}
	tcase_add_loop_test(input, test_missing_file, 0, 2);
	tcase_add_loop_test(input, test_directory, 0, 2);
	tcase_add_loop_test(input, test_unreadable, 0, 2);
	tcase_add_loop_test(input, test_binary_file, 0, 2);
	tcase_add_loop_test(input, test_empty_file, 0, 2);
	tcase_add_loop_test(input, test_invalid_utf8, 0, 2);
	tcase_add_loop_test(input, test_deep_nesting, 0, 2);
	tcase_add_loop_test(input, test_long_expression, 0, 2);
	tcase_add_loop_test(input, test_odd_paths, 0, 2);
	tcase_add_loop_test(limits, test_huge_file, 0, 2);
	tcase_add_test(limits, test_macro_bomb);
	tcase_add_test(limits, test_memory_limit);
	tcase_add_test(limits, test_parser_crash);
	tcase_add_loop_test(limits, test_analysis_bounded, 0, 2);
	tcase_add_test(limits, test_limit_options);
	tcase_add_test(limits, test_isolation_default);
	tcase_add_loop_test(compdb, test_compdb_relative, 0, 2);
	tcase_add_test(compdb, test_compdb_malformed);
	tcase_add_loop_test(compdb, test_compdb_huge, 0, 2);
	tcase_add_loop_test(compdb, test_compdb_hostile_entries, 0, 2);
	tcase_add_test(config, test_bad_config);
	tcase_add_test(config, test_bad_baseline);
	tcase_add_test(output, test_write_errors);
	tcase_add_test(output, test_disk_full);
	tcase_add_test(output, test_interrupted_write);
	tcase_add_test(output, test_no_host_paths);
	tcase_add_test(regress, test_regressions);
	return run_suite(s);
}
