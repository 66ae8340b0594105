/* The frontend: compiler arguments for libclang and parsing (design.md section 2). */
#include "drvlint/frontend.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

int dl_compiler_args(const dl_env *env, const dl_source *src, char ***argv, size_t *argc)
{
	static const char *const fixed[] = {
		"-x", "c", "-std=gnu11",
		"--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
		"-fms-compatibility-version=19.30",
		"-ferror-limit=0", "-Wno-everything",
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

int dl_parse(CXIndex index, const dl_env *env, const dl_source *src, dl_tu *tu, char **err)
{
	char **argv = NULL;
	size_t argc = 0;
	enum CXErrorCode rc;
	int ret;

	memset(tu, 0, sizeof(*tu));
	tu->src = src;
	*err = NULL;
	ret = check_input(src->path, err);
	if (ret < 0)
		return ret;
	dl_compiler_args(env, src, &argv, &argc);
	/* No chdir here (parses run in parallel): the compile_commands reader makes
	 * relative paths absolute against the command's directory. */
	rc = clang_parseTranslationUnit2(index, src->path, (const char *const *)argv, (int)argc,
					 NULL, 0, CXTranslationUnit_KeepGoing, &tu->tu);
	dl_args_free(argv, argc);
	if (rc != CXError_Success || !tu->tu) {
		*err = dl_xprintf("%s: could not be parsed (libclang error %d)", src->path, (int)rc);
		tu->tu = NULL;
		return DL_ERR_PARSE;
	}
	count_errors(tu);
	return DL_OK;
}

void dl_tu_dispose(dl_tu *tu)
{
	if (!tu)
		return;
	if (tu->tu)
		clang_disposeTranslationUnit(tu->tu);
	free(tu->first_error);
	tu->tu = NULL;
	tu->first_error = NULL;
}
