/* compile_commands.json (include/drvlint/compdb.h). */
#include "drvlint/compdb.h"
#include "drvlint/common.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define COMPDB_NAME "compile_commands.json"

char *dl_absolute_path(const char *base, const char *path)
{
	char *joined, *slash, *name, resolved[PATH_MAX], *out;
	size_t len;
	if (path[0] == '/') {
		joined = dl_xstrdup(path);
	} else {
		char cwd[PATH_MAX];
		if (!base)
			base = getcwd(cwd, sizeof(cwd)) ? cwd : ".";
		joined = dl_xprintf("%s/%s", base, path);
	}
	len = strlen(joined);
	while (len > 1 && joined[len - 1] == '/')
		joined[--len] = '\0';
	slash = strrchr(joined, '/');
	name = slash + 1;
	/* Resolve the directory part only: the file keeps the name it was given. */
	if (!strcmp(name, ".") || !strcmp(name, "..")) {
		out = realpath(joined, resolved) ? dl_xstrdup(resolved) : NULL;
	} else {
		*slash = '\0';
		if (realpath(slash == joined ? "/" : joined, resolved))
			out = dl_xprintf("%s%s%s", resolved, strcmp(resolved, "/") ? "/" : "", name);
		else
			out = NULL;
		*slash = '/';
	}
	if (!out)
		return joined;
	free(joined);
	return out;
}

int dl_compdb_locate(const char *path, char **out, char **err)
{
	struct stat st;
	*out = NULL;
	if (stat(path, &st) != 0) {
		*err = dl_xprintf("%s: cannot open: %s", path, strerror(errno));
		return DL_ERR_IO;
	}
	if (!S_ISDIR(st.st_mode)) {
		*out = dl_xstrdup(path);
		return DL_OK;
	}
	*out = dl_xprintf("%s/" COMPDB_NAME, path);
	if (access(*out, R_OK) != 0) {
		*err = dl_xprintf("%s: no " COMPDB_NAME " in this directory", path);
		free(*out);
		*out = NULL;
		return DL_ERR_IO;
	}
	return DL_OK;
}

char *dl_compdb_search(const char *dir)
{
	char *cur = dl_absolute_path(NULL, dir);
	for (;;) {
		char *slash, *cand = dl_xprintf("%s%s" COMPDB_NAME, cur,
						  strcmp(cur, "/") ? "/" : "");
		if (access(cand, R_OK) == 0) {
			free(cur);
			return cand;
		}
		free(cand);
		slash = strrchr(cur, '/');
		if (!slash || !strcmp(cur, "/"))
			break;
		slash[slash == cur ? 1 : 0] = '\0';
	}
	free(cur);
	return NULL;
}

/* --- shell-like splitting --- */

static void push_arg(char ***v, size_t *n, char *s)
{
	*v = dl_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

static void free_argv(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int dl_split_command(const char *cmd, char ***argv, size_t *argc, char **err)
{
	dl_buf word = {0};
	int in_word = 0;
	const char *p = cmd;
	*argv = NULL;
	*argc = 0;
	for (;;) {
		char c = *p;
		if (!c || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (in_word)
				push_arg(argv, argc, dl_buf_detach(&word));
			in_word = 0;
			if (!c)
				break;
			p++;
			continue;
		}
		in_word = 1;
		if (c == '\\') {
			if (p[1])
				dl_buf_putc(&word, p[1]);
			p += p[1] ? 2 : 1;
		} else if (c == '\'') {
			const char *end = strchr(p + 1, '\'');
			if (!end)
				goto unterminated;
			dl_buf_putn(&word, p + 1, (size_t)(end - p - 1));
			p = end + 1;
		} else if (c == '"') {
			/* Inside double quotes a backslash escapes only these, as in sh. */
			for (p++; *p != '"'; p++) {
				if (!*p)
					goto unterminated;
				if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
					p++;
				dl_buf_putc(&word, *p);
			}
			p++;
		} else {
			dl_buf_putc(&word, c);
			p++;
		}
	}
	return DL_OK;
unterminated:
	dl_buf_free(&word);
	*err = dl_xstrdup("unterminated quote");
	free_argv(*argv, *argc);
	*argv = NULL;
	*argc = 0;
	return DL_ERR_PARSE;
}

/* --- reducing a compile command to frontend arguments --- */

/* Options whose value is a path; emitted as two arguments, the path absolute. */
static const char *const path_opts[] = {"-isystem", "-iquote", "-idirafter", "-include", "-imacros"};
/* Options dropped together with their separate value. */
static const char *const skip_opts[] = {
	"-o", "-MF", "-MT", "-MQ", "-x", "-arch", "-target", "-Xclang", "-Xpreprocessor",
	"-Xassembler", "-Xlinker", "-include-pch", "-iprefix", "-iwithprefix", "-isysroot",
	"-aux-info", "--param", "-T",
};

static int in_list(const char *a, const char *const *list, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcmp(a, list[i]))
			return 1;
	return 0;
}
#define IN_LIST(a, list) in_list((a), (list), sizeof(list) / sizeof((list)[0]))

/* The matching path option `a` starts with ("-isystem/x" -> "-isystem"), or NULL. */
static const char *path_opt_prefix(const char *a)
{
	size_t i;
	for (i = 0; i < sizeof(path_opts) / sizeof(path_opts[0]); i++)
		if (!strncmp(a, path_opts[i], strlen(path_opts[i])))
			return path_opts[i];
	return NULL;
}

/* Is `a` the cl.exe spelling of -I/-D/-U/-include? *dash gets the gcc option. */
static const char *cl_option(const char *a, const char **dash)
{
	static const struct { const char *cl, *gcc; } map[] = {
		{"/FI", "-include"}, {"/I", "-I"}, {"/D", "-D"}, {"/U", "-U"},
	};
	size_t i;
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (!strncmp(a, map[i].cl, strlen(map[i].cl))) {
			*dash = map[i].gcc;
			return a + strlen(map[i].cl);
		}
	}
	return NULL;
}

struct reducer {
	const char *directory;
	char **out;
	size_t n;
};

static void emit_path(struct reducer *r, const char *opt, const char *path)
{
	char *abs;
	if (!strcmp(opt, "-include") || !strcmp(opt, "-imacros")) {
		/* The compiler looks beside the command's directory first, then the include path. */
		char *cand = dl_absolute_path(r->directory, path);
		if (path[0] != '/' && access(cand, F_OK) != 0) {
			free(cand);
			cand = dl_xstrdup(path);
		}
		abs = cand;
	} else {
		abs = dl_absolute_path(r->directory, path);
	}
	if (!strcmp(opt, "-I")) {
		push_arg(&r->out, &r->n, dl_xprintf("-I%s", abs));
		free(abs);
	} else {
		push_arg(&r->out, &r->n, dl_xstrdup(opt));
		push_arg(&r->out, &r->n, abs);
	}
}

/* A gcc or cl option with a value, joined (`-Ix`) or separate (`-I x`). */
static void emit(struct reducer *r, const char *opt, const char *val)
{
	if (!strcmp(opt, "-D") || !strcmp(opt, "-U"))
		push_arg(&r->out, &r->n, dl_xprintf("%s%s", opt, val));
	else
		emit_path(r, opt, val);
}

/* Is `path` (either separator) cl.exe or clang-cl, in any case? */
static int names_cl(const char *path)
{
	static const char *const names[] = {"cl", "cl.exe", "clang-cl", "clang-cl.exe"};
	const char *base = path, *p;
	size_t i;
	for (p = path; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcasecmp(base, names[i]))
			return 1;
	return 0;
}

/* Does the command take cl's options (/I, /D...)? Only then is an argument
 * that starts with '/' an option rather than a path; a launcher (ccache)
 * may come first. */
static int cl_mode(char **argv, size_t argc)
{
	size_t i;
	if (argc && names_cl(argv[0]))
		return 1;
	if (argc > 1 && (!strcmp(argv[0], "ccache") || !strcmp(argv[0], "sccache") ||
			 strstr(argv[0], "/ccache") || strstr(argv[0], "/sccache")) && names_cl(argv[1]))
		return 1;
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--driver-mode=cl"))
			return 1;
	return 0;
}

void dl_compdb_reduce(char **argv, size_t argc, const char *directory,
		      char ***out, size_t *nout)
{
	struct reducer r = {directory, NULL, 0};
	int cl = cl_mode(argv, argc);
	size_t i;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val, *opt;
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "/link") || !strcmp(a, "-link"))
			break;    /* the rest goes to cl's linker */
		if (IN_LIST(a, skip_opts)) {
			i++;
			continue;
		}
		if ((opt = path_opt_prefix(a)) != NULL) {
			val = a[strlen(opt)] ? a + strlen(opt) : next;
			if (val == next)
				i++;
			if (val)
				emit(&r, opt, val);
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2)) {
			char flag[3] = {a[0], a[1], '\0'};
			val = a[2] ? a + 2 : next;
			if (val == next)
				i++;
			if (val)
				emit(&r, flag, val);
		} else if (!strncmp(a, "-std=", 5)) {
			if (!strstr(a, "++"))   /* the frontend parses C */
				push_arg(&r.out, &r.n, dl_xstrdup(a));
		} else if (cl && a[0] == '/' && (val = cl_option(a, &opt))) {
			if (!*val) {
				val = next;
				i++;
			}
			if (val)
				emit(&r, opt, val);
		}
		/* Anything else (the source file, -c, warnings, optimisation, other
		 * cl options, other inputs) does not change what the frontend sees. */
	}
	*out = r.out;
	*nout = r.n;
}

/* --- reading the database --- */

static void entry_free(dl_compdb_entry *e)
{
	size_t i;
	free(e->file);
	free(e->key);
	free(e->directory);
	for (i = 0; i < e->nargs; i++)
		free(e->args[i]);
	free(e->args);
}

void dl_compdb_free(dl_compdb *db)
{
	size_t i;
	if (!db)
		return;
	for (i = 0; i < db->count; i++)
		entry_free(&db->entries[i]);
	free(db->entries);
	free(db->path);
	free(db);
}

static unsigned line_of(const char *text, const char *at)
{
	unsigned line = 1;
	for (; text < at && *text; text++)
		if (*text == '\n')
			line++;
	return line;
}

static const char *string_member(const cJSON *item, const char *name, size_t n, char **err,
				 const char *path)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, name);
	if (!v)
		*err = dl_xprintf("%s: entry %zu has no '%s'", path, n, name);
	else if (!cJSON_IsString(v))
		*err = dl_xprintf("%s: entry %zu: '%s' is not a string", path, n, name);
	else
		return v->valuestring;
	return NULL;
}

/* The full command of an entry, from `arguments` or `command`. */
static int entry_argv(const cJSON *item, size_t n, const char *path, char ***argv, size_t *argc,
		      char **err)
{
	const cJSON *args = cJSON_GetObjectItemCaseSensitive(item, "arguments");
	const char *cmd;
	*argv = NULL;
	*argc = 0;
	if (args) {
		const cJSON *a;
		if (!cJSON_IsArray(args)) {
			*err = dl_xprintf("%s: entry %zu: 'arguments' is not an array", path, n);
			return DL_ERR_PARSE;
		}
		cJSON_ArrayForEach(a, args) {
			if (!cJSON_IsString(a)) {
				*err = dl_xprintf("%s: entry %zu: 'arguments' holds a non-string", path, n);
				return DL_ERR_PARSE;
			}
			push_arg(argv, argc, dl_xstrdup(a->valuestring));
		}
	} else {
		if (!cJSON_GetObjectItemCaseSensitive(item, "command")) {
			*err = dl_xprintf("%s: entry %zu has neither 'arguments' nor 'command'", path, n);
			return DL_ERR_PARSE;
		}
		if (!(cmd = string_member(item, "command", n, err, path)))
			return DL_ERR_PARSE;
		if (dl_split_command(cmd, argv, argc, err) < 0) {
			char *why = *err;
			*err = dl_xprintf("%s: entry %zu: %s in 'command'", path, n, why);
			free(why);
			return DL_ERR_PARSE;
		}
	}
	if (!*argc) {
		*err = dl_xprintf("%s: entry %zu has an empty command", path, n);
		return DL_ERR_PARSE;
	}
	return DL_OK;
}

static int read_entry(const cJSON *item, size_t n, const char *path, const char *dbdir,
		      dl_compdb_entry *e, char **err)
{
	const char *file, *dir;
	char **argv = NULL, resolved[PATH_MAX];
	size_t argc = 0;
	int ret;
	if (!cJSON_IsObject(item)) {
		*err = dl_xprintf("%s: entry %zu is not an object", path, n);
		return DL_ERR_PARSE;
	}
	if (!(file = string_member(item, "file", n, err, path)) ||
	    !(dir = string_member(item, "directory", n, err, path)))
		return DL_ERR_PARSE;
	ret = entry_argv(item, n, path, &argv, &argc, err);
	if (ret == DL_OK) {
		e->directory = dl_absolute_path(dbdir, dir);
		e->file = dl_absolute_path(e->directory, file);
		e->key = dl_xstrdup(realpath(e->file, resolved) ? resolved : e->file);
		dl_compdb_reduce(argv, argc, e->directory, &e->args, &e->nargs);
	}
	free_argv(argv, argc);
	return ret;
}

int dl_compdb_parse(const char *path, const char *text, dl_compdb **out, char **err)
{
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithOpts(text, &end, 1), *item;
	dl_compdb *db;
	char *abs, *slash;
	int ret = DL_OK;
	*out = NULL;
	*err = NULL;
	if (!root) {
		*err = dl_xprintf("%s: not valid JSON (line %u)", path, line_of(text, end));
		return DL_ERR_PARSE;
	}
	if (!cJSON_IsArray(root)) {
		*err = dl_xprintf("%s: expected an array of compile commands", path);
		cJSON_Delete(root);
		return DL_ERR_PARSE;
	}
	/* A relative `directory` is taken against the database's own directory. */
	abs = dl_absolute_path(NULL, path);
	slash = strrchr(abs, '/');
	slash[slash == abs ? 1 : 0] = '\0';
	db = dl_xcalloc(1, sizeof(*db));
	db->path = dl_xstrdup(path);
	db->entries = dl_xcalloc((size_t)cJSON_GetArraySize(root) + 1, sizeof(*db->entries));
	cJSON_ArrayForEach(item, root) {
		ret = read_entry(item, db->count + 1, path, abs, &db->entries[db->count], err);
		if (ret < 0) {
			entry_free(&db->entries[db->count]);
			break;
		}
		db->count++;
	}
	free(abs);
	cJSON_Delete(root);
	if (ret < 0) {
		dl_compdb_free(db);
		return ret;
	}
	*out = db;
	return DL_OK;
}

int dl_compdb_load(const char *path, dl_compdb **out, char **err)
{
	dl_buf text = {0};
	int ret;
	*out = NULL;
	if (dl_read_file(path, &text) < 0) {
		*err = dl_xprintf("%s: cannot read: %s", path, strerror(errno));
		dl_buf_free(&text);
		return DL_ERR_IO;
	}
	if (memchr(dl_buf_cstr(&text), '\0', text.len)) {
		*err = dl_xprintf("%s: not valid JSON (binary data)", path);
		ret = DL_ERR_PARSE;
	} else {
		ret = dl_compdb_parse(path, dl_buf_cstr(&text), out, err);
	}
	dl_buf_free(&text);
	return ret;
}

const dl_compdb_entry *dl_compdb_lookup(const dl_compdb *db, const char *file)
{
	char resolved[PATH_MAX], *abs;
	const char *key;
	size_t i;
	if (!db)
		return NULL;
	abs = dl_absolute_path(NULL, file);
	key = realpath(abs, resolved) ? resolved : abs;
	for (i = 0; i < db->count; i++) {
		if (!strcmp(db->entries[i].key, key)) {
			free(abs);
			return &db->entries[i];
		}
	}
	free(abs);
	return NULL;
}
