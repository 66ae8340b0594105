/* Parsing under limits, in a child process when isolating (include/drvlint/isolate.h).
 *
 * The child is drvlint re-executed (posix_spawn: a fresh process, whatever the
 * threads and the address space of the parent), with four anonymous in-memory
 * files: fd 4 holds the source to parse (path, directory, precompiled header,
 * compiler arguments, each NUL-terminated: argv could not carry a database's megabyte arguments),
 * fd 1 receives the AST (clang_saveTranslationUnit to "-"), fd 2 what the child
 * prints when it dies, fd 3 its progress:
 *
 *   error CODE\nMESSAGE                      the file could not be parsed
 *   parsed NERRORS LEN\nFIRST_ERROR          LEN bytes, the first compile error
 *   analyzed\n                               after "parsed": the analysis went through
 *
 * The child also models and analyzes the file on its own, so that input which
 * parses but sends the analysis astray is caught here too, under the same
 * limits. The parent loads the AST with clang_createTranslationUnit2 through
 * /proc/self/fd; if that fails, or the file was parsed with a precompiled
 * header (no AST is sent then), it parses in-process, which is safe now that
 * the child has gone through the file within the limits. */
#include "drvlint/isolate.h"
#include "drvlint/analyze.h"
#include "drvlint/model.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/pidfd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The parent waits this much longer than the child's own alarm before killing it. */
#define GRACE_S 5
/* How much of the child's stderr is read to tell memory exhaustion from a crash. */
#define STDERR_MAX 4096
/* Exit status of a child that was started wrongly. */
#define CHILD_USAGE 64

void dl_limits_default(dl_limits *l)
{
	l->isolate = DL_ISOLATE_AUTO;
	l->max_memory_mb = DL_DEFAULT_MAX_MEMORY_MB;
	l->timeout_s = DL_DEFAULT_TIMEOUT_S;
	l->max_file_mb = DL_DEFAULT_MAX_FILE_MB;
}

/* In CI the input may come from strangers: isolation is worth its cost. */
int dl_limits_isolating(const dl_limits *l)
{
	if (l->isolate != DL_ISOLATE_AUTO)
		return l->isolate == DL_ISOLATE_ON;
	return dl_in_ci();
}

/* --- the child --- */

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

struct child {
	dl_source src;
	dl_precompiled pch;   /* src.pch: the path only */
	dl_env env;
	int status;
};

/* The file as a program of its own, with every rule; the findings are the parent's business. */
static void analyze_alone(dl_tu *tu)
{
	dl_program *prog = dl_program_new();
	dl_findings findings = {0};
	dl_rule_set all;
	dl_rule_set_all(&all);
	if (dl_model_add_tu(prog, tu) == DL_OK)
		dl_analyze(prog, &all, &findings);
	dl_findings_clear(&findings);
	dl_program_free(prog);
}

static int progress(const char *s, size_t n)
{
	return write_all(3, s, n);
}

/* Parses, analyzes, reports each step on fd 3, then saves the AST to stdout (fd 1). */
static void *child_parse(void *arg)
{
	struct child *c = arg;
	CXIndex index = clang_createIndex(1, 0);   /* as run.c's parsers */
	dl_tu tu;
	dl_buf res = {0};
	char *err = NULL;
	int ret = dl_parse(index, &c->env, &c->src, &tu, &err);
	const char *first = tu.first_error ? tu.first_error : "";
	if (ret < 0)
		dl_buf_printf(&res, "error %d\n%s", ret, err ? err : "");
	else
		dl_buf_printf(&res, "parsed %u %zu\n%s", tu.nerrors, strlen(first), first);
	c->status = 1;
	if (progress(res.ptr, res.len) == 0 && ret == DL_OK) {
		analyze_alone(&tu);
		/* No AST on top of a precompiled header: see take_result. */
		if (progress("analyzed\n", 9) == 0 &&
		    (c->src.pch || clang_saveTranslationUnit(tu.tu, "-", 0) == CXSaveError_None))
			c->status = 0;
	}
	dl_buf_free(&res);
	free(err);
	return NULL;
}

static void limit_child(unsigned max_mb, unsigned timeout_s)
{
	struct rlimit none = {0, 0};
	setrlimit(RLIMIT_CORE, &none);   /* a crash leaves no core file behind */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
#if !DL_ASAN
	/* AddressSanitizer reserves terabytes of shadow memory: no address-space
	 * limit in sanitizer builds (the time limit still holds). */
	if (max_mb) {
		struct rlimit as = {(rlim_t)max_mb << 20, (rlim_t)max_mb << 20};
		setrlimit(RLIMIT_AS, &as);
	}
#endif
	if (timeout_s)
		alarm(timeout_s);
}

static int parse_uint(const char *s, unsigned *out)
{
	char *end;
	unsigned long v;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (!*s || *end || errno || v > 0xFFFFFFFFul)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* The source from fd 4: PATH\0DIRECTORY\0PCH\0ARG\0... (DIRECTORY, PCH empty for none).
 * src's strings point into *text; only src->args is allocated. */
static int read_source(dl_source *src, dl_precompiled *pch, char **text)
{
	dl_buf b = {0};
	char chunk[65536];
	size_t pos, len;
	ssize_t n;
	while ((n = read(4, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		dl_buf_putn(&b, chunk, (size_t)n);
	}
	len = b.len;
	*text = dl_buf_detach(&b);
	if (!len || (*text)[len - 1] != '\0')
		return -1;
	memset(src, 0, sizeof(*src));
	src->path = *text;
	pos = strlen(*text) + 1;
	if (pos >= len)
		return -1;
	src->directory = (*text)[pos] ? *text + pos : NULL;
	pos += strlen(*text + pos) + 1;
	if (pos >= len)
		return -1;
	pch->path = *text + pos;
	src->pch = *pch->path ? pch : NULL;
	for (pos += strlen(*text + pos) + 1; pos < len; pos += strlen(*text + pos) + 1) {
		src->args = dl_xrealloc(src->args, (src->nargs + 1) * sizeof(*src->args));
		src->args[src->nargs++] = *text + pos;
	}
	return 0;
}

/* argv: EXE --isolated-parse MAX_MB TIMEOUT_S; the source on fd 4. */
int dl_isolate_child_main(int argc, char **argv)
{
	struct child c;
	pthread_t t;
	unsigned max_mb, timeout_s;
	char *text = NULL;
	memset(&c, 0, sizeof(c));
	if (argc != 4 || parse_uint(argv[2], &max_mb) < 0 || parse_uint(argv[3], &timeout_s) < 0 ||
	    read_source(&c.src, &c.pch, &text) < 0) {
		fprintf(stderr, "drvlint: %s is internal to drvlint\n", DL_ISOLATE_CHILD_ARG);
		return CHILD_USAGE;
	}
	limit_child(max_mb, timeout_s);
	/* A crash here is the parent's to report (as a crash, or memory exhausted):
	 * libclang's recovery would turn it into an anonymous parse error. */
	setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
	dl_env_init(&c.env, argv[0]);
	if (dl_start_parser_thread(&t, child_parse, &c) != 0) {
		fprintf(stderr, "drvlint: cannot start the parser thread: out of memory\n");
		return 1;
	}
	pthread_join(t, NULL);
	/* exit, not _exit: libclang's stdout stream is flushed by its destructor. */
	exit(c.status);
}

/* --- the parent --- */

/* How far the child got, from its progress on fd 3. */
enum stage { STAGE_NONE, STAGE_ERROR, STAGE_PARSED, STAGE_ANALYZED };

struct outcome {
	int status;          /* wait status */
	int killed;          /* by the parent, after the time limit */
	char *stderr_text;   /* fd 2, at most STDERR_MAX bytes */
	enum stage stage;
	int code;            /* STAGE_ERROR: dl_parse's return code */
	unsigned nerrors;    /* from STAGE_PARSED on: compile errors */
	char *message;       /* STAGE_ERROR: the problem; later: the first compile error or NULL */
};

static char *read_fd(int fd, size_t max)
{
	dl_buf b = {0};
	char chunk[4096];
	ssize_t n;
	if (lseek(fd, 0, SEEK_SET) < 0)
		return dl_xstrdup("");
	while (b.len < max && (n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		dl_buf_putn(&b, chunk, (size_t)n);
	}
	return dl_buf_detach(&b);
}

static void read_progress(struct outcome *o, const char *p)
{
	const char *nl = strchr(p, '\n');
	size_t len;
	int used = 0;
	if (!nl)
		return;
	if (sscanf(p, "error %d", &o->code) == 1 && o->code < 0) {
		o->stage = STAGE_ERROR;
		o->message = dl_xstrdup(nl + 1);
		return;
	}
	if (sscanf(p, "parsed %u %zu%n", &o->nerrors, &len, &used) != 2 || p + used != nl ||
	    strlen(nl + 1) < len)
		return;
	o->stage = STAGE_PARSED;
	o->message = len ? dl_xstrndup(nl + 1, len) : NULL;
	if (!strcmp(nl + 1 + len, "analyzed\n"))
		o->stage = STAGE_ANALYZED;
}

/* Writes the source for the child's fd 4. 0 or an errno value. */
static int write_source(int fd, const dl_source *src)
{
	dl_buf b = {0};
	size_t i;
	int e = 0;
	dl_buf_putn(&b, src->path, strlen(src->path) + 1);
	dl_buf_putn(&b, src->directory ? src->directory : "", strlen(src->directory ? src->directory : "") + 1);
	dl_buf_putn(&b, src->pch ? src->pch->path : "", strlen(src->pch ? src->pch->path : "") + 1);
	for (i = 0; i < src->nargs; i++)
		dl_buf_putn(&b, src->args[i], strlen(src->args[i]) + 1);
	if (write_all(fd, b.ptr, b.len) < 0 || lseek(fd, 0, SEEK_SET) < 0)
		e = errno ? errno : EIO;
	dl_buf_free(&b);
	return e;
}

/* fds: AST, stderr, progress, source (the child's 1, 2, 3 and 4). */
static int spawn_child(const dl_source *src, const dl_limits *lim, const int fds[4], pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, dfl;
	char max_mb[16], timeout[16];
	char *argv[] = {"drvlint", DL_ISOLATE_CHILD_ARG, max_mb, timeout, NULL};
	int rc = write_source(fds[3], src), i;
	if (rc)
		return rc;
	snprintf(max_mb, sizeof(max_mb), "%u", lim->max_memory_mb);
	snprintf(timeout, sizeof(timeout), "%u", lim->timeout_s);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	for (i = 0; i < 4; i++)
		posix_spawn_file_actions_adddup2(&fa, fds[i], i + 1);
	/* The child dies of its alarm and of crashes whatever the parent ignores or blocks. */
	posix_spawnattr_init(&attr);
	sigemptyset(&none);
	sigfillset(&dfl);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &dfl);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	rc = posix_spawn(pid, "/proc/self/exe", &fa, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	return rc;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits for the child; after the time limit and a grace period, kills it. */
static void wait_child(pid_t pid, unsigned timeout_s, struct outcome *o)
{
	int pfd = timeout_s ? pidfd_open(pid, 0) : -1;
	if (pfd >= 0) {
		long long deadline = now_ms() + ((long long)timeout_s + GRACE_S) * 1000;
		struct pollfd p = {pfd, POLLIN, 0};
		int r;
		do {
			long long left = deadline - now_ms();
			r = left > 0 ? poll(&p, 1, left > 60000 ? 60000 : (int)left) : 0;
		} while ((r < 0 && errno == EINTR) || (r == 0 && deadline > now_ms()));
		if (r == 0) {
			kill(pid, SIGKILL);
			o->killed = 1;
		}
		close(pfd);
	}
	/* Without a pidfd the child's own alarm bounds the wait. */
	while (waitpid(pid, &o->status, 0) < 0 && errno == EINTR)
		;
}

static int memory_exhausted(const struct outcome *o)
{
	static const char *const signs[] = {
		"out of memory", "bad_alloc", "Allocation failed", "Cannot allocate memory",
	};
	size_t i;
	for (i = 0; i < sizeof(signs) / sizeof(signs[0]); i++)
		if (strstr(o->stderr_text, signs[i]))
			return 1;
	return 0;
}

/* Why the child did not get through: a one-line "PATH: problem". */
static char *failure(const dl_source *src, const dl_limits *lim, const struct outcome *o)
{
	int sig = WIFSIGNALED(o->status) ? WTERMSIG(o->status) : 0;
	int analyzing = o->stage == STAGE_PARSED;
	const char *abbrev;
	if (o->killed || sig == SIGALRM)
		return dl_xprintf("%s: not analyzed: %s exceeded the time limit of %u s (--timeout)",
				  src->path, analyzing ? "analyzing it" : "parsing", lim->timeout_s);
	if (memory_exhausted(o))
		return dl_xprintf("%s: not analyzed: %s exceeded the memory limit of %u MB (--max-memory)",
				  src->path, analyzing ? "analyzing it" : "parsing", lim->max_memory_mb);
	if (sig) {
		abbrev = sigabbrev_np(sig);
		return dl_xprintf("%s: not analyzed: the %s crashed (signal SIG%s)", src->path,
				  analyzing ? "analysis" : "parser", abbrev ? abbrev : "?");
	}
	return dl_xprintf("%s: not analyzed: the %s crashed (exit status %d)", src->path,
			  analyzing ? "analysis" : "parser", WIFEXITED(o->status) ? WEXITSTATUS(o->status) : -1);
}

/* Loads the child's AST from fd; NULL when it cannot be loaded. */
static CXTranslationUnit load_ast(CXIndex index, int fd)
{
	char path[64];
	CXTranslationUnit tu = NULL;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (clang_createTranslationUnit2(index, path, &tu) != CXError_Success)
		return NULL;
	return tu;
}

/* The TU from what the child did; 1 when it did not get through. */
static int take_result(CXIndex index, const dl_env *env, const dl_source *src, struct outcome *o,
		       int ast_fd, dl_tu *tu, char **err)
{
	if (o->stage == STAGE_ERROR) {
		*err = o->message;
		o->message = NULL;
		return o->code;
	}
	if (o->stage != STAGE_ANALYZED)
		return 1;
	/* An AST chained onto a precompiled header loads, but libclang 19 then
	 * crashes tokenizing some of its files: such a file is parsed again
	 * here, which the header makes cheap. */
	if (WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0 && !src->pch)
		tu->tu = load_ast(index, ast_fd);
	if (!tu->tu)
		return dl_parse(index, env, src, tu, err);
	tu->nerrors = o->nerrors;
	tu->first_error = o->message;
	o->message = NULL;
	dl_tu_note_pch(tu);
	return DL_OK;
}

static int parse_in_child(CXIndex index, const dl_env *env, const dl_source *src,
			  const dl_limits *lim, dl_tu *tu, char **err)
{
	static const char *const names[4] = {"drvlint-ast", "drvlint-stderr", "drvlint-progress", "drvlint-source"};
	struct outcome o;
	char *progress;
	int fds[4] = {-1, -1, -1, -1}, ret, i, rc;
	pid_t pid;
	memset(&o, 0, sizeof(o));
	for (i = 0; i < 4; i++) {
		if ((fds[i] = memfd_create(names[i], MFD_CLOEXEC)) < 0) {
			rc = errno;
			goto spawn_failed;
		}
	}
	rc = spawn_child(src, lim, fds, &pid);
	if (rc)
		goto spawn_failed;
	wait_child(pid, lim->timeout_s, &o);
	progress = read_fd(fds[2], 1 << 20);
	read_progress(&o, progress);
	free(progress);
	o.stderr_text = read_fd(fds[1], STDERR_MAX);
	ret = take_result(index, env, src, &o, fds[0], tu, err);
	if (ret > 0) {
		*err = failure(src, lim, &o);
		ret = DL_ERR_LIMIT;
	}
	goto cleanup;

spawn_failed:
	*err = dl_xprintf("%s: not analyzed: cannot start the parser process: %s", src->path, strerror(rc));
	ret = DL_ERR_LIMIT;
cleanup:
	for (i = 0; i < 4; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	free(o.stderr_text);
	free(o.message);
	return ret;
}

/* The size limit; also refuses what is no file at all (a FIFO would block the reader). */
static int check_file(const dl_source *src, const dl_limits *lim, char **err)
{
	struct stat st;
	if (stat(src->path, &st) != 0 || S_ISDIR(st.st_mode))
		return 1;   /* dl_parse names the problem without parsing */
	if (!S_ISREG(st.st_mode)) {
		*err = dl_xprintf("%s: not a regular file", src->path);
		return DL_ERR_IO;
	}
	if (lim->max_file_mb && st.st_size > (off_t)lim->max_file_mb << 20) {
		*err = dl_xprintf("%s: not analyzed: %.1f MB is over the %u MB file size limit (--max-file-size)",
				  src->path, (double)st.st_size / (1 << 20), lim->max_file_mb);
		return DL_ERR_LIMIT;
	}
	return DL_OK;
}

int dl_parse_limited(CXIndex index, const dl_env *env, const dl_source *src,
		     const dl_limits *lim, dl_tu *tu, char **err)
{
	int ret;
	memset(tu, 0, sizeof(*tu));
	tu->src = src;
	*err = NULL;
	ret = check_file(src, lim, err);
	if (ret < 0)
		return ret;
	if (ret > 0 || !dl_limits_isolating(lim))
		return dl_parse(index, env, src, tu, err);
	return parse_in_child(index, env, src, lim, tu, err);
}
