/* What the writers need of paths and source files; see analyzer/output_priv.h. */
#include "output_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Appends the components of `path` to b (a normalised absolute path or empty). */
static void put_components(dl_buf *b, const char *path)
{
	while (*path) {
		size_t n = strcspn(path, "/");
		if (n == 2 && path[0] == '.' && path[1] == '.') {
			while (b->len && b->ptr[--b->len] != '/')
				;
			if (b->ptr)
				b->ptr[b->len] = '\0';
		} else if (n && !(n == 1 && path[0] == '.')) {
			dl_buf_putc(b, '/');
			dl_buf_putn(b, path, n);
		}
		path += n;
		while (*path == '/')
			path++;
	}
}

char *dl_abs_path(const char *path)
{
	dl_buf b = {0};
	if (path[0] != '/') {
		char *cwd = getcwd(NULL, 0);
		if (!cwd)
			return dl_xstrdup(path);
		put_components(&b, cwd);
		free(cwd);
	}
	put_components(&b, path);
	if (!b.len)
		dl_buf_putc(&b, '/');
	return dl_buf_detach(&b);
}

const char *dl_path_below(const char *root, const char *abs)
{
	size_t n = strlen(root);
	if (!strcmp(root, "/"))
		return abs[0] == '/' && abs[1] ? abs + 1 : NULL;
	if (strncmp(root, abs, n) || abs[n] != '/' || !abs[n + 1])
		return NULL;
	return abs + n + 1;
}

char *dl_display_path(const char *srcroot, const char *path)
{
	char *root, *abs, *out = NULL;
	const char *rel;
	if (!srcroot)
		return dl_xstrdup(path);
	root = dl_abs_path(srcroot);
	abs = dl_abs_path(path);
	if ((rel = dl_path_below(root, abs)))
		out = dl_xstrdup(rel);
	free(root);
	free(abs);
	return out ? out : dl_xstrdup(path);
}

struct dl_srccache {
	dl_index *byname;     /* path -> position in files */
	dl_srcfile **files;   /* NULL where the file could not be read */
	size_t n, cap;
};

dl_srccache *dl_srccache_new(void)
{
	dl_srccache *c = dl_xcalloc(1, sizeof(*c));
	c->byname = dl_index_new();
	return c;
}

static void srcfile_free(dl_srcfile *f)
{
	if (!f)
		return;
	free(f->text);
	free(f->lines);
	dl_line_hashes_free(f->hashes, f->nhashes);
	free(f);
}

void dl_srccache_free(dl_srccache *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		srcfile_free(c->files[i]);
	free(c->files);
	dl_index_free(c->byname);
	free(c);
}

/* Line starts with clang's idea of a line end: CR, LF or CRLF. */
static void index_lines(dl_srcfile *f)
{
	size_t i, cap = 0;
	DL_GROW(f->lines, cap, 1);
	f->lines[f->nlines++] = 0;
	for (i = 0; i < f->len; i++) {
		if (f->text[i] == '\r' && i + 1 < f->len && f->text[i + 1] == '\n')
			i++;
		else if (f->text[i] != '\r' && f->text[i] != '\n')
			continue;
		DL_GROW(f->lines, cap, f->nlines + 1);
		f->lines[f->nlines++] = i + 1;
	}
}

static dl_srcfile *srcfile_read(const char *path)
{
	dl_buf b = {0};
	dl_srcfile *f;
	if (dl_read_file(path, &b) < 0) {
		dl_buf_free(&b);
		return NULL;
	}
	f = dl_xcalloc(1, sizeof(*f));
	f->len = b.len;
	f->text = dl_buf_detach(&b);
	index_lines(f);
	return f;
}

dl_srcfile *dl_srccache_get(dl_srccache *c, const char *path)
{
	size_t at;
	if (dl_index_get(c->byname, path, &at))
		return c->files[at];
	DL_GROW(c->files, c->cap, c->n + 1);
	c->files[c->n] = srcfile_read(path);
	dl_index_put(c->byname, path, c->n);
	return c->files[c->n++];
}

const char *dl_srcfile_line(const dl_srcfile *f, unsigned line, size_t *len)
{
	size_t start, end;
	if (line == 0 || line > f->nlines)
		return NULL;
	start = end = f->lines[line - 1];
	while (end < f->len && f->text[end] != '\r' && f->text[end] != '\n')
		end++;
	*len = end - start;
	return f->text + start;
}

const char *dl_srcfile_hash(dl_srcfile *f, unsigned line)
{
	if (!f->hashes)
		f->hashes = dl_line_hashes(f->text, f->len, &f->nhashes);
	return line && line <= f->nhashes ? f->hashes[line - 1] : NULL;
}

int dl_report_counts(const dl_report *r, size_t i)
{
	const dl_result_meta *m = r->meta ? &r->meta[i] : NULL;
	return !m || (!m->hidden && !m->justification &&
		      m->baseline != DL_BASELINE_UNCHANGED && m->baseline != DL_BASELINE_UPDATED);
}

int dl_report_in_sarif(const dl_report *r, size_t i)
{
	const dl_result_meta *m = r->meta ? &r->meta[i] : NULL;
	return !m || (!m->hidden && (!m->justification || r->show_suppressed));
}
