/* The frontend: compiler arguments for libclang and parsing (design.md section 2). */
#include "drvlint/frontend.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

void dl_source_free(dl_source *s)
{
	size_t i;
	if (!s)
		return;
	free(s->path);
	free(s->directory);
	for (i = 0; i < s->nargs; i++)
		free(s->args[i]);
	free(s->args);
	memset(s, 0, sizeof(*s));
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The directory of the running executable, malloc'd, or NULL. */
static char *exe_dir(const char *argv0)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	char *slash;
	if (n <= 0) {
		if (!argv0 || !realpath(argv0, buf))
			return NULL;
	} else {
		buf[n] = '\0';
	}
	slash = strrchr(buf, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return dl_xstrdup(buf);
}

int dl_env_init(dl_env *env, const char *argv0)
{
	const char *over = getenv("DRVLINT_WDK_INCLUDE");
	char *dir = exe_dir(argv0);
	memset(env, 0, sizeof(*env));
	if (over && *over) {
		env->wdk_include = dl_xstrdup(over);
	} else {
		/* Installed layout first (<prefix>/bin/drvlint -> <prefix>/share/drvlint/include),
		 * then the source tree the binary was built from. */
		char *installed = dir ? dl_xprintf("%s/../%s/include", dir, DL_INSTALL_DATADIR) : NULL;
		if (installed && is_dir(installed)) {
			env->wdk_include = installed;
			installed = NULL;
		} else {
			env->wdk_include = dl_xstrdup(DL_SOURCE_DIR "/include/wdk");
		}
		free(installed);
	}
	over = getenv("DRVLINT_RESOURCE_DIR");
	env->resource_dir = dl_xstrdup(over && *over ? over : DL_RESOURCE_DIR);
	free(dir);
	return DL_OK;
}

void dl_env_free(dl_env *env)
{
	if (!env)
		return;
	free(env->wdk_include);
	free(env->resource_dir);
	memset(env, 0, sizeof(*env));
}

/* Does the user bring a WDK of their own (an include directory with wdm.h)? */
static int user_has_wdk(const dl_source *src)
{
	size_t i;
	for (i = 0; i < src->nargs; i++) {
		const char *a = src->args[i], *dir = NULL;
		char *probe;
		int found;
		if ((!strcmp(a, "-I") || !strcmp(a, "-isystem")) && i + 1 < src->nargs)
			dir = src->args[i + 1];
		else if (!strncmp(a, "-I", 2) && a[2])
			dir = a + 2;
		if (!dir)
			continue;
		if (dir[0] != '/' && src->directory)
			probe = dl_xprintf("%s/%s/wdm.h", src->directory, dir);
		else
			probe = dl_xprintf("%s/wdm.h", dir);
		found = access(probe, R_OK) == 0;
		free(probe);
		if (found)
			return 1;
	}
	return 0;
}

int dl_start_parser_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
	pthread_attr_t attr;
	int rc = pthread_attr_init(&attr);
	if (rc)
		return rc;
	rc = pthread_attr_setstacksize(&attr, DL_PARSER_STACK);
	if (!rc)
		rc = pthread_create(t, &attr, fn, arg);
	pthread_attr_destroy(&attr);
	return rc;
}

int dl_compiler_args(const dl_env *env, const dl_source *src, char ***argv, size_t *argc)
{
	static const char *const fixed[] = {
		"-x", "c", "-std=gnu11",
		"--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
		"-fms-compatibility-version=19.30",
		"-ferror-limit=0", "-Wno-everything",
		/* Deeply nested code is still C: the parser thread's 512 MB stack
		 * holds this much nesting (clang's default stops at 256). */
		"-fbracket-depth=65536",
		"-D_AMD64_", "-D_WIN64", "-DKERNEL_MODE", "-D_KERNEL_MODE",
	};
	size_t n = 0, cap = 0, i;
	char **v = NULL;
#define PUSH(s) do { DL_GROW(v, cap, n + 1); v[n++] = dl_xstrdup(s); } while (0)
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		PUSH(fixed[i]);
	PUSH("-resource-dir");
	PUSH(env->resource_dir);
	for (i = 0; i < src->nargs; i++)
		PUSH(src->args[i]);
	/* After the user's -I so their headers win; the model steps aside for a real WDK. */
	if (!user_has_wdk(src)) {
		PUSH("-isystem");
		PUSH(env->wdk_include);
	}
	if (src->pch) {
		PUSH("-include-pch");
		PUSH(src->pch->path);
	}
#undef PUSH
	*argv = v;
	*argc = n;
	return DL_OK;
}

void dl_args_free(char **argv, size_t argc)
{
	size_t i;
	for (i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
}

/* Rejects what is not a readable C source before libclang sees it. */
static int check_input(const char *path, char **err)
{
	struct stat st;
	FILE *f;
	char buf[4096];
	size_t n;
	if (stat(path, &st) != 0) {
		*err = dl_xprintf("%s: cannot open: %s", path, strerror(errno));
		return DL_ERR_IO;
	}
	if (S_ISDIR(st.st_mode)) {
		*err = dl_xprintf("%s: is a directory, not a source file", path);
		return DL_ERR_IO;
	}
	f = fopen(path, "rb");
	if (!f) {
		*err = dl_xprintf("%s: cannot open: %s", path, strerror(errno));
		return DL_ERR_IO;
	}
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	if (memchr(buf, '\0', n)) {
		*err = dl_xprintf("%s: binary data, not C source", path);
		return DL_ERR_PARSE;
	}
	return DL_OK;
}

static void count_errors(dl_tu *tu)
{
	unsigned i, n = clang_getNumDiagnostics(tu->tu);
	for (i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu->tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev >= CXDiagnostic_Error) {
			tu->nerrors++;
			if (!tu->first_error)
				tu->first_error = dl_cxstring(clang_formatDiagnostic(d,
					CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn));
		}
		clang_disposeDiagnostic(d);
	}
}

/*
 * Include fixups for dl_parse. A Windows build finds a header whatever the case
 * of its #include spelling, and WPP generates the X.tmh a source includes; on
 * this host neither holds. So before parsing, the includes reachable from the
 * source are resolved the Windows way and libclang gets the missing files as
 * unsaved buffers: a mis-cased include gets the text of the file it names, a
 * missing .tmh the model's WPP stand-in (nothing when a real WDK is in use).
 */
#define FIXUP_MAX_FILES 4096

typedef struct fixups {
	struct CXUnsavedFile *files;  /* Filename and Contents malloc'd */
	size_t n, cap;
	char **dirs;                  /* the -I/-isystem/-iquote search path */
	size_t ndirs, dcap;
	char **todo;                  /* headers still to scan */
	size_t ntodo, tcap;
	dl_index *seen;               /* paths scanned or queued, fixed paths */
	const char *model;            /* the model directory, not scanned */
	const char *tmh_text;         /* contents given to a missing .tmh */
} fixups;

static void fixups_free(fixups *fx)
{
	size_t i;
	for (i = 0; i < fx->n; i++) {
		free((char *)fx->files[i].Filename);
		free((char *)fx->files[i].Contents);
	}
	free(fx->files);
	for (i = 0; i < fx->ndirs; i++)
		free(fx->dirs[i]);
	free(fx->dirs);
	for (i = 0; i < fx->ntodo; i++)
		free(fx->todo[i]);
	free(fx->todo);
	dl_index_free(fx->seen);
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int has_suffix_ci(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcasecmp(s + n - m, suffix);
}

/* The search path from the compiler arguments, relative entries made absolute
 * against the compile command's directory. */
static void collect_dirs(fixups *fx, const dl_source *src, char **argv, size_t argc)
{
	size_t i;
	for (i = 0; i < argc; i++) {
		const char *a = argv[i], *d = NULL;
		if ((!strcmp(a, "-I") || !strcmp(a, "-isystem") || !strcmp(a, "-iquote")) && i + 1 < argc)
			d = argv[++i];
		else if (!strncmp(a, "-I", 2) && a[2])
			d = a + 2;
		if (!d)
			continue;
		DL_GROW(fx->dirs, fx->dcap, fx->ndirs + 1);
		if (d[0] != '/' && src->directory)
			fx->dirs[fx->ndirs++] = dl_xprintf("%s/%s", src->directory, d);
		else
			fx->dirs[fx->ndirs++] = dl_xstrdup(d);
	}
}

/* dir/inc with every path component matched without regard to case, as
 * Windows does; malloc'd, or NULL when there is no such file. */
static char *find_ci(const char *dir, const char *inc)
{
	char *path = dl_xstrdup(dir), *rest = dl_xstrdup(inc), *part, *save = NULL;
	for (part = strtok_r(rest, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
		DIR *d;
		struct dirent *e;
		char *next = NULL;
		if (!strcmp(part, "."))
			continue;
		if (!strcmp(part, "..")) {
			next = dl_xprintf("%s/..", path);
		} else if ((d = opendir(path)) != NULL) {
			while ((e = readdir(d)) != NULL) {
				if (!strcasecmp(e->d_name, part)) {
					next = dl_xprintf("%s/%s", path, e->d_name);
					break;
				}
			}
			closedir(d);
		}
		free(path);
		path = next;
		if (!path)
			break;
	}
	free(rest);
	if (path && !is_file(path)) {
		free(path);
		path = NULL;
	}
	return path;
}

char *dl_find_file_ci(const char *path)
{
	char *real = path[0] == '/' ? find_ci("/", path + 1) : NULL;
	if (real && real[0] == '/' && real[1] == '/')   /* "/" joined with "/usr"... */
		memmove(real, real + 1, strlen(real));
	return real;
}

static void add_unsaved(fixups *fx, const char *spelled, char *contents, size_t len)
{
	struct CXUnsavedFile *f;
	DL_GROW(fx->files, fx->cap, fx->n + 1);
	f = &fx->files[fx->n++];
	f->Filename = dl_xstrdup(spelled);
	f->Contents = contents;
	f->Length = (unsigned long)len;
	dl_index_put(fx->seen, spelled, 1);
}

static void queue(fixups *fx, const char *path)
{
	size_t model_len = strlen(fx->model);
	if (dl_index_get(fx->seen, path, NULL) || dl_index_count(fx->seen) >= FIXUP_MAX_FILES)
		return;
	dl_index_put(fx->seen, path, 1);
	if (!strncmp(path, fx->model, model_len) && path[model_len] == '/')
		return;
	DL_GROW(fx->todo, fx->tcap, fx->ntodo + 1);
	fx->todo[fx->ntodo++] = dl_xstrdup(path);
}

/* Resolves one #include of `from` (in directory `here`) as libclang would and
 * records the fixup it needs, if any. */
static void resolve(fixups *fx, const char *here, const char *inc, int quoted)
{
	size_t i;
	char *spelled;
	if (quoted && has_suffix_ci(inc, ".tmh")) {
		spelled = dl_xprintf("%s/%s", here, inc);
		if (!is_file(spelled) && !dl_index_get(fx->seen, spelled, NULL))
			add_unsaved(fx, spelled, dl_xstrdup(fx->tmh_text), strlen(fx->tmh_text));
		free(spelled);
		return;
	}
	for (i = quoted ? 0 : 1; i <= fx->ndirs; i++) {
		const char *dir = i ? fx->dirs[i - 1] : here;
		char *real;
		spelled = dl_xprintf("%s/%s", dir, inc);
		if (is_file(spelled)) {
			queue(fx, spelled);
			free(spelled);
			return;
		}
		real = find_ci(dir, inc);
		if (real) {
			dl_buf text = { 0 };
			if (!dl_index_get(fx->seen, spelled, NULL) && dl_read_file(real, &text) == DL_OK) {
				size_t len = text.len;
				add_unsaved(fx, spelled, dl_buf_detach(&text), len);
			}
			dl_buf_free(&text);
			queue(fx, real);
			free(real);
			free(spelled);
			return;
		}
		free(spelled);
	}
}

static const char *next_line(const char *p)
{
	const char *nl = strchr(p, '\n');
	return nl ? nl + 1 : p + strlen(p);
}

/* Resolves the #include lines of one file. */
static void scan_includes(fixups *fx, const char *path)
{
	dl_buf text = { 0 };
	char *here = dl_xstrdup(path), *slash = strrchr(here, '/');
	const char *p;
	if (slash)
		*slash = '\0';
	if (dl_read_file(path, &text) != DL_OK)
		goto cleanup;
	for (p = dl_buf_cstr(&text); *p; p = next_line(p)) {
		const char *q = p, *end;
		char close, *inc, *c;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q++ != '#')
			continue;
		while (*q == ' ' || *q == '\t')
			q++;
		if (strncmp(q, "include", 7))
			continue;
		q += 7;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '"' && *q != '<')
			continue;
		close = *q == '"' ? '"' : '>';
		end = strchr(q + 1, close);
		if (!end || memchr(q + 1, '\n', (size_t)(end - q - 1)) || end == q + 1)
			continue;
		inc = dl_xstrndup(q + 1, (size_t)(end - q - 1));
		for (c = inc; *c; c++)
			if (*c == '\\')
				*c = '/';
		if (inc[0] != '/')
			resolve(fx, here, inc, close == '"');
		free(inc);
	}
cleanup:
	dl_buf_free(&text);
	free(here);
}

/* The unsaved files `src` needs (see above); the caller frees `fx`. */
static void find_fixups(fixups *fx, const dl_env *env, const dl_source *src, char **argv, size_t argc)
{
	memset(fx, 0, sizeof(*fx));
	fx->seen = dl_index_new();
	fx->model = env->wdk_include;
	fx->tmh_text = user_has_wdk(src) ? "" : "#include <wpp_generated.h>\n";
	collect_dirs(fx, src, argv, argc);
	queue(fx, src->path);
	while (fx->ntodo) {
		char *path = fx->todo[--fx->ntodo];
		scan_includes(fx, path);
		free(path);
	}
}

int dl_tu_has_diagnostic(CXTranslationUnit tu, enum CXDiagnosticSeverity at_least)
{
	unsigned i, n = clang_getNumDiagnostics(tu);
	int found = 0;
	for (i = 0; i < n && !found; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		found = clang_getDiagnosticSeverity(d) >= at_least;
		clang_disposeDiagnostic(d);
	}
	return found;
}

/* One libclang parse of `src` as given (with its pch, if any). No chdir here
 * (parses run in parallel): the compile_commands reader makes relative paths
 * absolute against the command's directory. */
static enum CXErrorCode parse_once(CXIndex index, const dl_env *env, const dl_source *src,
				   const fixups *fx, CXTranslationUnit *out)
{
	char **argv = NULL;
	size_t argc = 0;
	enum CXErrorCode rc;
	dl_compiler_args(env, src, &argv, &argc);
	rc = clang_parseTranslationUnit2(index, src->path, (const char *const *)argv, (int)argc,
					 fx->files, (unsigned)fx->n, CXTranslationUnit_KeepGoing, out);
	dl_args_free(argv, argc);
	return rc;
}

int dl_parse(CXIndex index, const dl_env *env, const dl_source *src, dl_tu *tu, char **err)
{
	dl_source plain = *src;
	char **argv = NULL;
	size_t argc = 0;
	enum CXErrorCode rc;
	fixups fx;
	int ret;

	memset(tu, 0, sizeof(*tu));
	tu->src = src;
	*err = NULL;
	ret = check_input(src->path, err);
	if (ret < 0)
		return ret;
	/* The fixups are the same with or without the precompiled header. */
	plain.pch = NULL;
	dl_compiler_args(env, &plain, &argv, &argc);
	find_fixups(&fx, env, &plain, argv, argc);
	dl_args_free(argv, argc);
	rc = parse_once(index, env, src, &fx, &tu->tu);
	/* A precompiled header that does not load (or a file that fails with it)
	 * costs a second parse, never a result. */
	if (src->pch && (rc != CXError_Success || !tu->tu || dl_tu_has_diagnostic(tu->tu, CXDiagnostic_Fatal))) {
		if (tu->tu)
			clang_disposeTranslationUnit(tu->tu);
		tu->tu = NULL;
		rc = parse_once(index, env, &plain, &fx, &tu->tu);
	}
	fixups_free(&fx);
	if (rc != CXError_Success || !tu->tu) {
		*err = dl_xprintf("%s: could not be parsed (libclang error %d)", src->path, (int)rc);
		tu->tu = NULL;
		return DL_ERR_PARSE;
	}
	count_errors(tu);
	dl_tu_note_pch(tu);
	return DL_OK;
}

void dl_tu_note_pch(dl_tu *tu)
{
	size_t i;
	if (!tu->src->pch || tu->npch_files)
		return;
	tu->pch_files = dl_xcalloc(tu->src->pch->nfiles + 1, sizeof(char *));
	for (i = 0; i < tu->src->pch->nfiles; i++)
		tu->pch_files[i] = dl_xstrdup(tu->src->pch->files[i]);
	tu->npch_files = tu->src->pch->nfiles;
}

void dl_tu_dispose(dl_tu *tu)
{
	size_t i;
	if (!tu)
		return;
	if (tu->tu)
		clang_disposeTranslationUnit(tu->tu);
	free(tu->first_error);
	for (i = 0; i < tu->npch_files; i++)
		free(tu->pch_files[i]);
	free(tu->pch_files);
	tu->tu = NULL;
	tu->first_error = NULL;
	tu->pch_files = NULL;
	tu->npch_files = 0;
}
