/* Changed lines since a git revision (include/drvlint/gitdiff.h). */
#include "drvlint/gitdiff.h"
#include "drvlint/common.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- parsing `git diff --unified=0` ---- */

struct cursor {
	const char *p, *end;
};

/* The next line without its end; 0 at the end of the text. */
static int next_line(struct cursor *c, const char **line, size_t *n)
{
	const char *nl;
	if (c->p >= c->end)
		return 0;
	nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
	*line = c->p;
	*n = (size_t)((nl ? nl : c->end) - c->p);
	c->p = nl ? nl + 1 : c->end;
	if (*n && (*line)[*n - 1] == '\r')
		(*n)--;
	return 1;
}

/* A path as git writes it: plain, or C-quoted ("b/a\tb.c", octal escapes). */
static char *unquote(const char *s, size_t n)
{
	static const char esc[] = "a\ab\bf\fn\nr\rt\tv\v\"\"\\\\";
	dl_buf b = {0};
	size_t i;
	if (n < 2 || s[0] != '"' || s[n - 1] != '"')
		return dl_xstrndup(s, n);
	for (i = 1; i + 1 < n; i++) {
		const char *e;
		if (s[i] != '\\' || i + 2 >= n) {
			dl_buf_putc(&b, s[i]);
		} else if (s[i + 1] >= '0' && s[i + 1] <= '7' && i + 4 < n) {
			dl_buf_putc(&b, (char)((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0')));
			i += 3;
		} else if ((e = strchr(esc, s[i + 1])) && ((e - esc) % 2 == 0)) {
			dl_buf_putc(&b, e[1]);
			i++;
		} else {
			dl_buf_putc(&b, s[++i]);
		}
	}
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

static dl_changed_file *add_file(dl_changes *out, char *path)
{
	dl_changed_file *f;
	out->files = dl_xrealloc(out->files, (out->count + 1) * sizeof(*out->files));
	f = &out->files[out->count++];
	memset(f, 0, sizeof(*f));
	f->path = path;
	return f;
}

static void add_range(dl_changed_file *f, unsigned first, unsigned last)
{
	f->ranges = dl_xrealloc(f->ranges, (f->nranges + 1) * sizeof(*f->ranges));
	f->ranges[f->nranges].first = first;
	f->ranges[f->nranges].last = last;
	f->nranges++;
}

static unsigned read_number(const char **p, const char *end)
{
	unsigned long v = 0;
	while (*p < end && **p >= '0' && **p <= '9') {
		if (v < 4000000000UL)
			v = v * 10 + (unsigned long)(**p - '0');
		(*p)++;
	}
	return (unsigned)v;
}

/* "@@ -a[,b] +c[,d] @@": the new side, c and d (1 when absent). */
static void hunk(dl_changed_file *f, const char *line, size_t n)
{
	const char *end = line + n, *p = memchr(line, '+', n);
	unsigned start, count = 1;
	if (!p)
		return;
	p++;
	start = read_number(&p, end);
	if (p < end && *p == ',') {
		p++;
		count = read_number(&p, end);
	}
	if (count)
		add_range(f, start, start + count - 1);
	else   /* only deleted: the lines on both sides of the gap changed */
		add_range(f, start ? start : 1, start + 1);
}

void dl_gitdiff_parse(const char *text, size_t len, dl_changes *out)
{
	struct cursor c = {text, text + len};
	dl_changed_file *cur = NULL;
	const char *line;
	size_t n;
	while (next_line(&c, &line, &n)) {
		if (n >= 4 && !strncmp(line, "diff", 4)) {
			cur = NULL;
		} else if (n > 4 && !strncmp(line, "+++ ", 4) && !cur) {
			char *path = unquote(line + 4, n - 4);
			if (!strncmp(path, "b/", 2)) {
				memmove(path, path + 2, strlen(path + 2) + 1);
				cur = add_file(out, path);
			} else {
				free(path);   /* /dev/null: a deleted file */
			}
		} else if (n > 2 && !strncmp(line, "@@", 2) && cur) {
			hunk(cur, line, n);
		}
	}
}

/* ---- running git ---- */

/* Reads both pipes to the end without letting either fill up. */
static void drain(int fdout, int fderr, dl_buf *out, dl_buf *err)
{
	struct pollfd fds[2] = {{fdout, POLLIN, 0}, {fderr, POLLIN, 0}};
	dl_buf *bufs[2] = {out, err};
	int open = 2;
	while (open > 0) {
		int i;
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < 2; i++) {
			char chunk[8192];
			ssize_t got;
			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			got = read(fds[i].fd, chunk, sizeof(chunk));
			if (got > 0) {
				dl_buf_putn(bufs[i], chunk, (size_t)got);
			} else if (got == 0 || errno != EINTR) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open--;
			}
		}
	}
}

/* Runs `git -C dir args...`; its exit status (127: could not run), output in out and err. */
static int git(const char *dir, const char *const *args, dl_buf *out, dl_buf *err)
{
	const char *argv[16] = {"git", "-C", dir, "-c", "core.quotePath=false"};
	int po[2], pe[2], status = 0;
	size_t n = 5;
	pid_t pid;
	while (*args && n < 15)
		argv[n++] = *args++;
	argv[n] = NULL;
	if (pipe(po) < 0)
		return 127;
	if (pipe(pe) < 0) {
		close(po[0]);
		close(po[1]);
		return 127;
	}
	pid = fork();
	if (pid == 0) {
		dup2(po[1], 1);
		dup2(pe[1], 2);
		close(po[0]);
		close(pe[0]);
		execvp("git", (char *const *)argv);
		dprintf(2, "cannot run git: %s\n", strerror(errno));
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	if (pid < 0) {
		close(po[0]);
		close(pe[0]);
		return 127;
	}
	drain(po[0], pe[0], out, err);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}

static void reset(dl_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

/* git's first line of complaint, for our one-line messages. */
static char *first_line(dl_buf *b)
{
	const char *s = dl_buf_cstr(b);
	size_t n = strcspn(s, "\r\n");
	if (!strncmp(s, "fatal: ", 7) && n > 7) {
		s += 7;
		n -= 7;
	}
	return n ? dl_xstrndup(s, n) : dl_xstrdup("git failed");
}

static char *trimmed(dl_buf *b)
{
	const char *s = dl_buf_cstr(b);
	return dl_xstrndup(s, strcspn(s, "\r\n"));
}

/* Untracked, not ignored files of the work tree: wholly changed. */
static int add_untracked(dl_changes *out, dl_buf *o, dl_buf *e)
{
	static const char *const ls[] = {"ls-files", "--others", "--exclude-standard", "-z", NULL};
	size_t at = 0;
	if (git(out->top, ls, o, e) != 0)
		return DL_ERR_USAGE;
	while (at < o->len) {
		size_t n = strlen(o->ptr + at);
		if (n)
			add_file(out, dl_xstrndup(o->ptr + at, n))->whole = 1;
		at += n + 1;
	}
	return DL_OK;
}

static void resolve_paths(dl_changes *c)
{
	size_t i;
	for (i = 0; i < c->count; i++) {
		char buf[PATH_MAX], *abs = dl_xprintf("%s/%s", c->top, c->files[i].path);
		c->files[i].real = dl_xstrdup(realpath(abs, buf) ? buf : abs);
		free(abs);
	}
}

/* The commit `rev` names, as a full hash (so a revision is never taken for an option). */
static int resolve_rev(const char *top, const char *rev, char **sha, dl_buf *o, dl_buf *e, char **err)
{
	char *spec = dl_xprintf("%s^{commit}", rev);
	const char *args[] = {"rev-parse", "--verify", "--quiet", "--end-of-options", spec, NULL};
	int st = git(top, args, o, e);
	free(spec);
	if (st != 0) {
		*err = dl_xprintf("--changed-since: '%s' is not a commit in %s", rev, top);
		return DL_ERR_USAGE;
	}
	*sha = trimmed(o);
	return DL_OK;
}

int dl_changes_collect(const char *dir, const char *rev, dl_changes *out, char **err)
{
	static const char *const top_args[] = {"rev-parse", "--show-toplevel", NULL};
	dl_buf o = {0}, e = {0};
	char *sha = NULL;
	int ret = DL_ERR_USAGE;
	*err = NULL;
	if (git(dir, top_args, &o, &e) != 0) {
		char *why = first_line(&e);
		*err = dl_xprintf("--changed-since: %s: %s", dir, why);
		free(why);
		goto cleanup;
	}
	out->top = trimmed(&o);
	reset(&o);
	reset(&e);
	if (resolve_rev(out->top, rev, &sha, &o, &e, err) < 0)
		goto cleanup;
	{
		const char *args[] = {"diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-relative",
				      "--src-prefix=a/", "--dst-prefix=b/", sha, "--", NULL};
		reset(&o);
		reset(&e);
		if (git(out->top, args, &o, &e) != 0) {
			char *why = first_line(&e);
			*err = dl_xprintf("--changed-since: git diff %s: %s", rev, why);
			free(why);
			goto cleanup;
		}
	}
	dl_gitdiff_parse(dl_buf_cstr(&o), o.len, out);
	reset(&o);
	reset(&e);
	if (add_untracked(out, &o, &e) < 0) {
		*err = dl_xprintf("--changed-since: cannot list the untracked files of %s", out->top);
		goto cleanup;
	}
	resolve_paths(out);
	ret = DL_OK;
cleanup:
	dl_buf_free(&o);
	dl_buf_free(&e);
	free(sha);
	return ret;
}

int dl_changes_contains(const dl_changes *c, const char *path, unsigned line)
{
	char buf[PATH_MAX];
	const char *real = realpath(path, buf) ? buf : path;
	size_t i, k;
	for (i = 0; i < c->count; i++) {
		const dl_changed_file *f = &c->files[i];
		if (!f->real || strcmp(f->real, real))
			continue;
		if (f->whole)
			return 1;
		for (k = 0; k < f->nranges; k++)
			if (line >= f->ranges[k].first && line <= f->ranges[k].last)
				return 1;
	}
	return 0;
}

void dl_changes_clear(dl_changes *c)
{
	size_t i;
	for (i = 0; i < c->count; i++) {
		free(c->files[i].path);
		free(c->files[i].real);
		free(c->files[i].ranges);
	}
	free(c->files);
	free(c->top);
	memset(c, 0, sizeof(*c));
}
