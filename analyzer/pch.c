/* Precompiled model headers (include/drvlint/pch.h). */
#include "drvlint/pch.h"
#include "drvlint/common.h"
#include "drvlint/facts.h"

#include <clang-c/Index.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* How much of a file is read to find its first directive. */
#define HEAD_MAX 65536
/* A kept header not used for this long is removed when another is made: the
 * model or the flags changed since, and each takes a megabyte or two. */
#define KEPT_UNUSED_S (30L * 24 * 3600)
/* Parts of a header with no list (a build stopped half-way) after this long. */
#define KEPT_PARTIAL_S (24L * 3600)

struct dl_pch {
	char *dir;                 /* the temporary directory, NULL when none was made */
	char **files;              /* made in it: stubs and precompiled headers */
	size_t nfiles;
	const char *keep;          /* the directory they are kept in instead, or NULL */
	dl_precompiled *headers;   /* built, as many as sources at most (they point here) */
	size_t nheaders;
};

/* Past whitespace and comments. */
static const char *skip_blank(const char *s)
{
	for (;;) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\f' || *s == '\v') {
			s++;
		} else if (s[0] == '/' && s[1] == '/') {
			s = strchr(s, '\n');
			if (!s)
				return "";
		} else if (s[0] == '/' && s[1] == '*') {
			s = strstr(s + 2, "*/");
			if (!s)
				return "";
			s += 2;
		} else {
			return s;
		}
	}
}

static const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Nothing more on the directive's line but a comment. */
static int line_ends(const char *s)
{
	if (*s == '\r')
		s++;
	return *s == '\n' || !*s || (s[0] == '/' && (s[1] == '/' || s[1] == '*'));
}

char *dl_pch_first_include(const char *path, const char *model)
{
	char *head = dl_xcalloc(1, HEAD_MAX + 1), *name = NULL, *probe;
	const char *s, *end;
	struct stat st;
	FILE *f;
	size_t n, i;
	/* Only regular files: reading a FIFO would wait for a writer (the
	 * parser rejects such input later, with a message). */
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || !(f = fopen(path, "rb")))
		goto cleanup;
	n = fread(head, 1, HEAD_MAX, f);
	fclose(f);
	if (memchr(head, '\0', n))
		goto cleanup;
	s = head;
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		s += 3;
	s = skip_blank(s);
	if (*s != '#')
		goto cleanup;
	s = skip_space(s + 1);
	if (strncmp(s, "include", 7))
		goto cleanup;
	s = skip_space(s + 7);
	if (*s != '<' || !(end = strchr(s, '>')))
		goto cleanup;
	/* A plain file name of the model: nothing a path could make ambiguous. */
	for (i = 1; s + i < end; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("_.-", s[i]))
			goto cleanup;
	if (end == s + 1 || !line_ends(skip_space(end + 1)))
		goto cleanup;
	name = dl_xstrndup(s + 1, (size_t)(end - s - 1));
	probe = dl_xprintf("%s/%s", model, name);
	if (access(probe, R_OK) != 0) {
		free(name);
		name = NULL;
	}
	free(probe);
cleanup:
	free(head);
	return name;
}

/* Forced includes would come before the precompiled text, not after it. */
static int forces_includes(const dl_source *src)
{
	size_t i;
	for (i = 0; i < src->nargs; i++)
		if (!strncmp(src->args[i], "-include", 8) || !strncmp(src->args[i], "--include", 9) ||
		    !strncmp(src->args[i], "-imacros", 8))
			return 1;
	return 0;
}

/* What makes two files share a header: its name, the directory and the arguments. */
static char *group_key(const dl_source *src, const char *header)
{
	dl_buf b = {0};
	size_t i;
	dl_buf_putn(&b, header, strlen(header) + 1);
	dl_buf_putn(&b, src->directory ? src->directory : "", strlen(src->directory ? src->directory : "") + 1);
	for (i = 0; i < src->nargs; i++)
		dl_buf_putn(&b, src->args[i], strlen(src->args[i]) + 1);
	dl_buf_putn(&b, "", 1);
	/* NULs separate the parts; a printable key for the index. */
	for (i = 0; i + 1 < b.len; i++)
		if (!b.ptr[i])
			b.ptr[i] = '\x1f';
	return dl_buf_detach(&b);
}

static int put_include(FILE *f, void *header)
{
	return fprintf(f, "#include <%s>\n", (const char *)header) < 0 ? -1 : 0;
}

static char *add_file(dl_pch *p, char *path)
{
	p->files = dl_xrealloc(p->files, (p->nfiles + 1) * sizeof(*p->files));
	p->files[p->nfiles++] = path;
	return path;
}

/* The files the header was made from, the stub itself aside. */
static void header_file(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	dl_precompiled *h = data;
	(void)stack;
	if (!depth)
		return;
	h->files = dl_xrealloc(h->files, (h->nfiles + 1) * sizeof(*h->files));
	h->files[h->nfiles++] = dl_cxstring(clang_getFileName(file));
}

/* Precompiles `#include <header>` as `like` would be parsed, from the stub
 * `stub_path` into `out_path`; NULL when libclang could not make it cleanly. */
static dl_precompiled *build(dl_pch *p, const dl_env *env, const dl_source *like, const char *header,
			     const char *stub_path, const char *out_path)
{
	dl_source stub = *like;
	char **argv = NULL;
	size_t argc = 0, i;
	CXIndex index = NULL;
	CXTranslationUnit tu = NULL;
	dl_precompiled *out = NULL;
	stub.path = (char *)stub_path;
	stub.pch = NULL;
	if (dl_write_atomic(stub.path, put_include, (void *)header) != 0)
		goto cleanup;
	dl_compiler_args(env, &stub, &argv, &argc);
	for (i = 0; i + 1 < argc; i++)
		if (!strcmp(argv[i], "-x")) {
			free(argv[i + 1]);
			argv[i + 1] = dl_xstrdup("c-header");
		}
	index = clang_createIndex(0, 0);
	if (clang_parseTranslationUnit2(index, stub.path, (const char *const *)argv, (int)argc, NULL, 0,
					CXTranslationUnit_Incomplete | CXTranslationUnit_ForSerialization,
					&tu) != CXError_Success || !tu ||
	    dl_tu_has_diagnostic(tu, CXDiagnostic_Error))
		goto cleanup;
	out = &p->headers[p->nheaders];
	memset(out, 0, sizeof(*out));
	if (clang_saveTranslationUnit(tu, out_path, clang_defaultSaveOptions(tu)) != CXSaveError_None) {
		out = NULL;
		goto cleanup;
	}
	out->path = dl_xstrdup(out_path);
	clang_getInclusions(tu, header_file, out);
	p->nheaders++;
cleanup:
	if (tu)
		clang_disposeTranslationUnit(tu);
	if (index)
		clang_disposeIndex(index);
	dl_args_free(argv, argc);
	return out;
}

/* A precompiled header made for this run only, in the temporary directory. */
static const dl_precompiled *build_temporary(dl_pch *p, const dl_env *env, const dl_source *like,
					     const char *header, size_t k)
{
	char *stub = add_file(p, dl_xprintf("%s/prefix%zu.h", p->dir, k));
	char *out = add_file(p, dl_xprintf("%s/prefix%zu.pch", p->dir, k));
	return build(p, env, like, header, stub, out);
}

/* ---- kept precompiled headers (--cache) ----
 * `<keep>/pch-<key>.h` (the stub), `.pch`, and `.files`: a line for the
 * header, then one per file it was made from, "size mtime-seconds
 * mtime-nanoseconds path". libclang refuses a precompiled header whose
 * files' size or time changed; a kept one is used only while it and all of
 * them are as listed, and made again otherwise. */

static int file_stamp(const char *path, long long *size, long long *sec, long long *nsec)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	*size = (long long)st.st_size;
	*sec = (long long)st.st_mtim.tv_sec;
	*nsec = (long long)st.st_mtim.tv_nsec;
	return 0;
}

static int put_stamp(FILE *f, const char *path)
{
	long long size, sec, nsec;
	if (file_stamp(path, &size, &sec, &nsec) < 0 || fprintf(f, "%lld %lld %lld %s\n", size, sec, nsec, path) < 0)
		return -1;
	return 0;
}

/* The header itself first (a header changed since is made again), then its files. */
static int put_stamps(FILE *f, void *arg)
{
	const dl_precompiled *h = arg;
	size_t i;
	if (put_stamp(f, h->path) < 0)
		return -1;
	for (i = 0; i < h->nfiles; i++)
		if (put_stamp(f, h->files[i]) < 0)
			return -1;
	return 0;
}

/* The kept header at `base` when every file it lists is unchanged; NULL otherwise. */
static const dl_precompiled *kept_current(dl_pch *p, const char *base)
{
	char *list = dl_xprintf("%s.files", base), *stub = NULL, *line, *save = NULL;
	dl_buf text = {0};
	dl_precompiled h = {0};
	const dl_precompiled *out = NULL;
	if (dl_read_file(list, &text) < 0 || !text.len)
		goto cleanup;
	for (line = strtok_r((char *)dl_buf_cstr(&text), "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		long long size, sec, nsec, s2, t2, n2;
		int at = 0;
		if (sscanf(line, "%lld %lld %lld %n", &size, &sec, &nsec, &at) != 3 || !at ||
		    file_stamp(line + at, &s2, &t2, &n2) < 0 || s2 != size || t2 != sec || n2 != nsec)
			goto cleanup;
		if (!h.path) {
			h.path = dl_xstrdup(line + at);
			continue;
		}
		h.files = dl_xrealloc(h.files, (h.nfiles + 1) * sizeof(*h.files));
		h.files[h.nfiles++] = dl_xstrdup(line + at);
	}
	stub = dl_xprintf("%s.h", base);
	if (h.path && access(stub, R_OK) == 0) {
		p->headers[p->nheaders] = h;
		out = &p->headers[p->nheaders++];
		memset(&h, 0, sizeof(h));
		utimensat(AT_FDCWD, list, NULL, 0);   /* used: see prune_kept */
	}
cleanup:
	free(h.path);
	free(stub);
	dl_args_free(h.files, h.nfiles);
	dl_buf_free(&text);
	free(list);
	return out;
}

/* How long a file of a kept header named `rest` (after "pch-KEY") may stay
 * unchanged; 0 when it is none of theirs. A list is touched whenever its
 * header is used; a header's parts without a list, and partly written ones
 * (".pch.PID"), are what a stopped build leaves. */
static long kept_lifetime(const char *rest, int has_list)
{
	if (!strcmp(rest, ".files"))
		return KEPT_UNUSED_S;
	if (!strncmp(rest, ".pch.", 5))
		return KEPT_PARTIAL_S;
	if (!strcmp(rest, ".h") || !strcmp(rest, ".pch"))
		return has_list ? 0 : KEPT_PARTIAL_S;
	return 0;
}

/* Removes from `keep` what kept_lifetime says has outlived its use, except
 * the files of key `spare`. A list that goes takes its header along. */
static void prune_kept(const char *keep, const char *spare)
{
	DIR *d = opendir(keep);
	struct dirent *e;
	time_t now = time(NULL);
	if (!d)
		return;
	while ((e = readdir(d))) {
		const char *name = e->d_name;
		char *path, *list;
		struct stat st;
		long life;
		if (strncmp(name, "pch-", 4) || strlen(name) <= 4 + 32 || strspn(name + 4, "0123456789abcdef") != 32 ||
		    !strncmp(name + 4, spare, 32))
			continue;
		path = dl_xprintf("%s/%s", keep, name);
		list = dl_xprintf("%s/%.36s.files", keep, name);
		life = kept_lifetime(name + 36, access(list, F_OK) == 0);
		if (life && stat(path, &st) == 0 && now - st.st_mtime > life) {
			if (!strcmp(name + 36, ".files")) {
				char *h = dl_xprintf("%s/%.36s.h", keep, name), *pch = dl_xprintf("%s/%.36s.pch", keep, name);
				unlink(h);
				unlink(pch);
				free(h);
				free(pch);
			}
			unlink(path);
		}
		free(list);
		free(path);
	}
	closedir(d);
}

/* The kept header for group key `key`, made (and kept) when missing or stale. */
static const dl_precompiled *build_kept(dl_pch *p, const dl_env *env, const dl_source *like,
					const char *header, const char *key)
{
	char *version = dl_cxstring(clang_getClangVersion()), hex[33], *base, *stub, *tmp, *list, *final;
	const dl_precompiled *out;
	dl_precompiled *h;
	dl_digest d;
	dl_digest_init(&d);
	dl_digest_update(&d, DL_VERSION, sizeof(DL_VERSION));
	dl_digest_update(&d, version, strlen(version) + 1);
	dl_digest_update(&d, key, strlen(key));
	dl_digest_hex(&d, hex);
	base = dl_xprintf("%s/pch-%s", p->keep, hex);
	if ((out = kept_current(p, base)))
		goto cleanup;
	stub = dl_xprintf("%s.h", base);
	tmp = dl_xprintf("%s.pch.%ld", base, (long)getpid());
	list = dl_xprintf("%s.files", base);
	final = dl_xprintf("%s.pch", base);
	unlink(list);   /* no list vouches for a header being replaced */
	h = build(p, env, like, header, stub, tmp);
	if (h && rename(tmp, final) == 0) {
		free(h->path);
		h->path = final;
		final = NULL;
		/* The list last: it vouches for a complete header. */
		dl_write_atomic(list, put_stamps, h);
		out = h;
		prune_kept(p->keep, hex);
	}
	unlink(tmp);
	free(stub);
	free(tmp);
	free(list);
	free(final);
cleanup:
	free(base);
	free(version);
	return out;
}

int dl_pch_plan(const dl_env *env, dl_source *srcs, size_t n, dl_pch_mode mode, const char *keep, dl_pch **out)
{
	dl_pch *p = dl_xcalloc(1, sizeof(*p));
	char **headers = dl_xcalloc(n + 1, sizeof(*headers)), **keys = dl_xcalloc(n + 1, sizeof(*keys));
	size_t *group = dl_xcalloc(n + 1, sizeof(*group)), *members = dl_xcalloc(n + 1, sizeof(*members));
	const dl_precompiled **built = dl_xcalloc(n + 1, sizeof(*built));
	dl_index *first = dl_index_new();
	/* A kept header also serves the runs to come. */
	size_t i, nbuilt = 0, min = mode == DL_PCH_ALWAYS || keep ? 1 : DL_PCH_MIN_FILES;
	char tmpl[] = "/tmp/drvlint-pch-XXXXXX";
	const char *tmp = getenv("TMPDIR");
	int ret = DL_OK;
	*out = p;
	if (keep && mkdir(keep, 0777) < 0 && errno != EEXIST)
		keep = NULL;   /* the cache will say why; this run's headers are temporary */
	p->keep = keep;
	p->headers = dl_xcalloc(n + 1, sizeof(*p->headers));
	if (mode == DL_PCH_NEVER)
		goto cleanup;
	/* Files are grouped by key; a group is numbered by its first member. */
	for (i = 0; i < n; i++) {
		size_t g;
		srcs[i].pch = NULL;
		if (forces_includes(&srcs[i]) || !(headers[i] = dl_pch_first_include(srcs[i].path, env->wdk_include)))
			continue;
		keys[i] = group_key(&srcs[i], headers[i]);
		if (!dl_index_get(first, keys[i], &g)) {
			g = i;
			dl_index_put(first, keys[i], i);
		}
		group[i] = g;
		if (++members[g] == min)
			nbuilt++;
	}
	/* No directory unless a header is to be built in it. */
	if (!nbuilt || keep)
		goto build;
	p->dir = tmp && *tmp ? dl_xprintf("%s/drvlint-pch-XXXXXX", tmp) : dl_xstrdup(tmpl);
	if (!mkdtemp(p->dir)) {
		free(p->dir);
		p->dir = NULL;
		ret = DL_ERR_IO;
		goto cleanup;
	}
build:
	for (i = 0; i < n; i++) {
		size_t g = group[i];
		if (!keys[i] || members[g] < min)
			continue;
		if (g == i)
			built[g] = keep ? build_kept(p, env, &srcs[i], headers[i], keys[i])
					: build_temporary(p, env, &srcs[i], headers[i], g);
		srcs[i].pch = built[g];
	}
cleanup:
	for (i = 0; i < n; i++) {
		free(headers[i]);
		free(keys[i]);
	}
	free(headers);
	free(keys);
	free(group);
	free(members);
	free(built);
	dl_index_free(first);
	return ret;
}

void dl_pch_free(dl_pch *p, dl_source *srcs, size_t n)
{
	size_t i;
	if (!p)
		return;
	for (i = 0; i < n; i++)
		srcs[i].pch = NULL;
	for (i = 0; i < p->nfiles; i++) {
		unlink(p->files[i]);
		free(p->files[i]);
	}
	for (i = 0; i < p->nheaders; i++) {
		free(p->headers[i].path);
		dl_args_free(p->headers[i].files, p->headers[i].nfiles);
	}
	free(p->headers);
	if (p->dir)
		rmdir(p->dir);
	free(p->files);
	free(p->dir);
	free(p);
}
