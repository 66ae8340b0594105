/* .drvlint.json: reading, validation and queries (include/drvlint/config.h). */
#include "drvlint/config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>

static const dl_config *active;

const dl_config *dl_active_config(void)
{
	return active;
}

void dl_set_active_config(const dl_config *cfg)
{
	active = cfg;
}

/* ---- parsing ---- */

struct cfgp {
	dl_config *cfg;
	char *err;
};

static int fail(struct cfgp *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(struct cfgp *p, const char *fmt, ...)
{
	dl_buf b = {0};
	va_list ap;
	dl_buf_printf(&b, "%s: ", p->cfg->path);
	va_start(ap, fmt);
	dl_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	p->err = dl_buf_detach(&b);
	return DL_ERR_USAGE;
}

static const char *type_name(const cJSON *v)
{
	if (cJSON_IsString(v))
		return "a string";
	if (cJSON_IsNumber(v))
		return "a number";
	if (cJSON_IsBool(v))
		return "a boolean";
	if (cJSON_IsNull(v))
		return "null";
	if (cJSON_IsArray(v))
		return "an array";
	return "an object";
}

static int wrong_type(struct cfgp *p, const char *key, const cJSON *v, const char *want)
{
	return fail(p, "'%s' must be %s, not %s", key, want, type_name(v));
}

/* Every key of `obj` is one of `allowed` and appears once. */
static int check_keys(struct cfgp *p, const cJSON *obj, const char *where, const char *const *allowed)
{
	const cJSON *a, *b;
	for (a = obj->child; a; a = a->next) {
		const char *const *k;
		for (k = allowed; *k && strcmp(*k, a->string); k++)
			;
		if (!*k)
			return fail(p, "unknown key '%s%s%s'", where, *where ? "." : "", a->string);
		for (b = obj->child; b != a; b = b->next)
			if (!strcmp(b->string, a->string))
				return fail(p, "duplicate key '%s%s%s'", where, *where ? "." : "", a->string);
	}
	return DL_OK;
}

static int is_identifier(const char *s)
{
	const char *c = s;
	if (!*s || (*s >= '0' && *s <= '9'))
		return 0;
	for (; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_'))
			return 0;
	return 1;
}

static int get_name(struct cfgp *p, const cJSON *v, const char *key, char **out)
{
	if (!cJSON_IsString(v))
		return wrong_type(p, key, v, "a string");
	if (!is_identifier(v->valuestring))
		return fail(p, "'%s' must be a function name, not '%s'", key, v->valuestring);
	*out = dl_xstrdup(v->valuestring);
	return DL_OK;
}

static void push_arg(dl_config *cfg, char *arg)
{
	cfg->args = dl_xrealloc(cfg->args, (cfg->nargs + 1) * sizeof(*cfg->args));
	cfg->args[cfg->nargs++] = arg;
}

/* A rule's setting: "off", "on" (default level) or the level it reports at. */
static int set_rule(struct cfgp *p, size_t i, const char *key, const char *value)
{
	dl_level level;
	if (!strcmp(value, "on") || !strcmp(value, "off")) {
		p->cfg->rule_on[i] = value[1] == 'n';
		return DL_OK;
	}
	if (strcmp(value, "none") && dl_level_parse(value, &level) == DL_OK) {
		p->cfg->rule_on[i] = 1;
		p->cfg->rule_level[i] = level;
		return DL_OK;
	}
	return fail(p, "'%s' must be \"off\", \"on\", \"error\", \"warning\" or \"note\", not \"%s\"",
		    key, value);
}

/* "rules": {"rule-id": "off" | "on" | "error" | "warning" | "note"} */
static int parse_rules(struct cfgp *p, const cJSON *rules)
{
	const cJSON *r;
	if (!cJSON_IsObject(rules))
		return wrong_type(p, "rules", rules, "an object");
	for (r = rules->child; r; r = r->next) {
		const dl_rule *rule = dl_rule_find(r->string);
		char *key = dl_xprintf("rules.%s", r->string);
		int ret = DL_OK;
		if (!rule)
			ret = fail(p, "unknown key '%s': no such rule (see drvlint --list-rules)", key);
		else if (!cJSON_IsString(r))
			ret = wrong_type(p, key, r, "a string");
		else
			ret = set_rule(p, dl_rule_index(rule), key, r->valuestring);
		free(key);
		if (ret < 0)
			return ret;
	}
	return DL_OK;
}

/* An array of strings; each is handed to `add`. */
static int string_array(struct cfgp *p, const cJSON *arr, const char *key,
			void (*add)(struct cfgp *p, const char *s))
{
	const cJSON *v;
	int i = 0;
	if (!cJSON_IsArray(arr))
		return wrong_type(p, key, arr, "an array of strings");
	cJSON_ArrayForEach(v, arr) {
		if (!cJSON_IsString(v) || !*v->valuestring) {
			char *at = dl_xprintf("%s[%d]", key, i);
			int ret = cJSON_IsString(v) ? fail(p, "'%s' must not be empty", at)
						    : wrong_type(p, at, v, "a string");
			free(at);
			return ret;
		}
		add(p, v->valuestring);
		i++;
	}
	return DL_OK;
}

static void add_arg(struct cfgp *p, const char *s)
{
	push_arg(p->cfg, dl_xstrdup(s));
}

static void add_define(struct cfgp *p, const char *s)
{
	push_arg(p->cfg, dl_xprintf("-D%s", s));
}

static void add_include(struct cfgp *p, const char *s)
{
	push_arg(p->cfg, s[0] == '/' ? dl_xprintf("-I%s", s) : dl_xprintf("-I%s/%s", p->cfg->dir, s));
}

/* "compiler": {"args": [...], "defines": [...], "includeDirs": [...]}, in that order. */
static int parse_compiler(struct cfgp *p, const cJSON *c)
{
	static const char *const keys[] = {"args", "defines", "includeDirs", NULL};
	const cJSON *v;
	int ret;
	if (!cJSON_IsObject(c))
		return wrong_type(p, "compiler", c, "an object");
	if ((ret = check_keys(p, c, "compiler", keys)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(c, "args")) &&
	    (ret = string_array(p, v, "compiler.args", add_arg)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(c, "defines")) &&
	    (ret = string_array(p, v, "compiler.defines", add_define)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(c, "includeDirs")) &&
	    (ret = string_array(p, v, "compiler.includeDirs", add_include)) < 0)
		return ret;
	return DL_OK;
}

static const struct list_spec {
	const char *key;
	dl_config_list list;
	const char *extra;   /* the one optional key of an object entry besides "name" */
} lists[] = {
	{"sources", DL_CONFIG_SOURCES, NULL},
	{"sanitizers", DL_CONFIG_SANITIZERS, "argument"},
	{"accesses", DL_CONFIG_ACCESSES, "argument"},
	{"raiseIrql", DL_CONFIG_RAISE_IRQL, "level"},
	{"lowerIrql", DL_CONFIG_LOWER_IRQL, NULL},
	{"pageable", DL_CONFIG_PAGEABLE, NULL},
};

static int parse_level(struct cfgp *p, const cJSON *v, const char *key, int *level)
{
	static const char *const names[] = {"PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL"};
	int i;
	for (i = 1; cJSON_IsString(v) && i < 4; i++)
		if (!strcmp(v->valuestring, names[i])) {
			*level = i;
			return DL_OK;
		}
	if (!cJSON_IsString(v))
		return wrong_type(p, key, v, "a string");
	return fail(p, "'%s' must be \"APC_LEVEL\", \"DISPATCH_LEVEL\" or \"DIRQL\", not \"%s\"", key,
		    v->valuestring);
}

static int parse_argument(struct cfgp *p, const cJSON *v, const char *key, int *arg)
{
	/* Range first: converting an out-of-range double to int is undefined. */
	if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0 && v->valuedouble <= 31) ||
	    v->valuedouble != (double)(int)v->valuedouble)
		return fail(p, "'%s' must be an argument index from 0 to 31", key);
	*arg = (int)v->valuedouble;
	return DL_OK;
}

/* One entry: "Name" or {"name": "Name", <extra>: ...}. `key` names it. */
static int parse_fn(struct cfgp *p, const struct list_spec *ls, const cJSON *v, const char *key,
		    dl_config_fn *fn)
{
	const char *keys[] = {"name", ls->extra, NULL};
	const cJSON *name, *extra;
	char *sub;
	int ret;
	fn->level = 2;   /* DL_IRQL_DISPATCH */
	if (cJSON_IsString(v))
		return get_name(p, v, key, &fn->name);
	if (!cJSON_IsObject(v))
		return wrong_type(p, key, v, "a function name or an object");
	if ((ret = check_keys(p, v, key, keys)) < 0)
		return ret;
	sub = dl_xprintf("%s.name", key);
	if (!(name = cJSON_GetObjectItemCaseSensitive(v, "name")))
		ret = fail(p, "'%s' has no \"name\"", key);
	else
		ret = get_name(p, name, sub, &fn->name);
	free(sub);
	if (ret < 0 || !ls->extra || !(extra = cJSON_GetObjectItemCaseSensitive(v, ls->extra)))
		return ret;
	sub = dl_xprintf("%s.%s", key, ls->extra);
	ret = ls->list == DL_CONFIG_RAISE_IRQL ? parse_level(p, extra, sub, &fn->level)
					       : parse_argument(p, extra, sub, &fn->arg);
	free(sub);
	return ret;
}

static int parse_list(struct cfgp *p, const struct list_spec *ls, const cJSON *arr)
{
	char *key = dl_xprintf("functions.%s", ls->key);
	dl_config *cfg = p->cfg;
	const cJSON *v;
	int ret = DL_OK, i = 0;
	if (!cJSON_IsArray(arr)) {
		ret = wrong_type(p, key, arr, "an array");
		free(key);
		return ret;
	}
	cJSON_ArrayForEach(v, arr) {
		char *at = dl_xprintf("%s[%d]", key, i++);
		dl_config_fn *fn;
		cfg->fns[ls->list] = dl_xrealloc(cfg->fns[ls->list], (cfg->nfns[ls->list] + 1) * sizeof(*fn));
		fn = &cfg->fns[ls->list][cfg->nfns[ls->list]++];
		memset(fn, 0, sizeof(*fn));
		ret = parse_fn(p, ls, v, at, fn);
		free(at);
		if (ret < 0)
			break;
	}
	free(key);
	return ret;
}

static int parse_lock(struct cfgp *p, const cJSON *v, const char *key, dl_config_lock *lock)
{
	static const char *const keys[] = {"acquire", "release", NULL};
	static const char *const parts[] = {"acquire", "release"};
	char **slots[] = {&lock->acquire, &lock->release};
	int ret, i;
	if (!cJSON_IsObject(v))
		return wrong_type(p, key, v, "an object with \"acquire\" and \"release\"");
	if ((ret = check_keys(p, v, key, keys)) < 0)
		return ret;
	for (i = 0; i < 2 && ret == DL_OK; i++) {
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(v, parts[i]);
		char *sub = dl_xprintf("%s.%s", key, parts[i]);
		ret = name ? get_name(p, name, sub, slots[i]) : fail(p, "'%s' has no \"%s\"", key, parts[i]);
		free(sub);
	}
	return ret;
}

static int parse_locks(struct cfgp *p, const cJSON *arr)
{
	dl_config *cfg = p->cfg;
	const cJSON *v;
	int ret = DL_OK, i = 0;
	if (!cJSON_IsArray(arr))
		return wrong_type(p, "functions.spinLocks", arr, "an array");
	cJSON_ArrayForEach(v, arr) {
		char *at = dl_xprintf("functions.spinLocks[%d]", i++);
		cfg->locks = dl_xrealloc(cfg->locks, (cfg->nlocks + 1) * sizeof(*cfg->locks));
		memset(&cfg->locks[cfg->nlocks], 0, sizeof(*cfg->locks));
		ret = parse_lock(p, v, at, &cfg->locks[cfg->nlocks++]);
		free(at);
		if (ret < 0)
			break;
	}
	return ret;
}

static int parse_functions(struct cfgp *p, const cJSON *f)
{
	static const char *const keys[] = {"sources", "sanitizers", "accesses", "raiseIrql", "lowerIrql",
					   "pageable", "spinLocks", NULL};
	const cJSON *v;
	size_t i;
	int ret;
	if (!cJSON_IsObject(f))
		return wrong_type(p, "functions", f, "an object");
	if ((ret = check_keys(p, f, "functions", keys)) < 0)
		return ret;
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		if ((v = cJSON_GetObjectItemCaseSensitive(f, lists[i].key)) && (ret = parse_list(p, &lists[i], v)) < 0)
			return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(f, "spinLocks")))
		return parse_locks(p, v);
	return DL_OK;
}

static int parse_doc(struct cfgp *p, const cJSON *doc)
{
	static const char *const keys[] = {"$schema", "rules", "compiler", "functions", NULL};
	const cJSON *v;
	int ret;
	if (!cJSON_IsObject(doc))
		return fail(p, "the configuration must be a JSON object, not %s", type_name(doc));
	if ((ret = check_keys(p, doc, "", keys)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(doc, "$schema")) && !cJSON_IsString(v))
		return wrong_type(p, "$schema", v, "a string");
	if ((v = cJSON_GetObjectItemCaseSensitive(doc, "rules")) && (ret = parse_rules(p, v)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(doc, "compiler")) && (ret = parse_compiler(p, v)) < 0)
		return ret;
	if ((v = cJSON_GetObjectItemCaseSensitive(doc, "functions")))
		return parse_functions(p, v);
	return DL_OK;
}

/* The directory of `path` as an absolute path. */
static char *dir_of(const char *path)
{
	char *abs, *slash;
	if (path[0] == '/') {
		abs = dl_xstrdup(path);
	} else {
		char *cwd = getcwd(NULL, 0);
		abs = dl_xprintf("%s/%s", cwd ? cwd : ".", path);
		free(cwd);
	}
	slash = strrchr(abs, '/');
	if (slash == abs)
		slash[1] = '\0';
	else
		*slash = '\0';
	return abs;
}

static unsigned line_at(const char *text, const char *at)
{
	unsigned line = 1;
	for (; text < at; text++)
		line += *text == '\n';
	return line;
}

int dl_config_parse(const char *text, size_t len, const char *path, dl_config **out, char **err)
{
	struct cfgp p = {dl_xcalloc(1, sizeof(dl_config)), NULL};
	const char *end = NULL;
	cJSON *doc;
	int ret;
	memset(p.cfg->rule_on, -1, sizeof(p.cfg->rule_on));
	p.cfg->path = dl_xstrdup(path);
	p.cfg->dir = dir_of(path);
	*out = NULL;
	*err = NULL;
	doc = cJSON_ParseWithLengthOpts(text, len, &end, 0);
	if (!doc)
		ret = fail(&p, "not valid JSON (line %u)", line_at(text, end && end >= text ? end : text));
	else
		ret = parse_doc(&p, doc);
	cJSON_Delete(doc);
	if (ret < 0) {
		*err = p.err;
		dl_config_free(p.cfg);
		return ret;
	}
	*out = p.cfg;
	return DL_OK;
}

int dl_config_load(const char *path, dl_config **out, char **err)
{
	dl_buf b = {0};
	int ret;
	*out = NULL;
	if ((ret = dl_read_file(path, &b)) < 0)
		*err = dl_xprintf("%s: cannot read the configuration: %s", path, strerror(errno));
	else
		ret = dl_config_parse(dl_buf_cstr(&b), b.len, path, out, err);
	dl_buf_free(&b);
	return ret;
}

char *dl_config_find(const char *dir)
{
	char *d = dl_xstrdup(dir);
	for (;;) {
		char *slash, *candidate = dl_xprintf("%s/%s", strcmp(d, "/") ? d : "", DL_CONFIG_NAME);
		if (access(candidate, F_OK) == 0) {
			free(d);
			return candidate;
		}
		free(candidate);
		slash = strrchr(d, '/');
		if (!slash || !strcmp(d, "/"))
			break;
		if (slash == d)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
	free(d);
	return NULL;
}

void dl_config_free(dl_config *cfg)
{
	size_t i, l;
	if (!cfg)
		return;
	for (i = 0; i < cfg->nargs; i++)
		free(cfg->args[i]);
	for (l = 0; l < DL_CONFIG_NLISTS; l++) {
		for (i = 0; i < cfg->nfns[l]; i++)
			free(cfg->fns[l][i].name);
		free(cfg->fns[l]);
	}
	for (i = 0; i < cfg->nlocks; i++) {
		free(cfg->locks[i].acquire);
		free(cfg->locks[i].release);
	}
	free(cfg->locks);
	free(cfg->args);
	free(cfg->path);
	free(cfg->dir);
	free(cfg);
}

/* ---- queries ---- */

void dl_config_apply_rules(const dl_config *cfg, dl_rule_set *rules)
{
	size_t i;
	for (i = 0; cfg && i < dl_rule_count; i++)
		if (cfg->rule_on[i] >= 0)
			rules->on[i] = (unsigned char)cfg->rule_on[i];
}

dl_level dl_config_level(const dl_config *cfg, const dl_rule *rule)
{
	size_t i = dl_rule_index(rule);
	if (cfg && dl_rules[i] == rule && cfg->rule_level[i] != DL_LEVEL_NONE)
		return cfg->rule_level[i];
	return rule->level;
}

const dl_config_fn *dl_config_lookup(const dl_config *cfg, dl_config_list list, const char *name)
{
	size_t i;
	if (!cfg || !name || (unsigned)list >= DL_CONFIG_NLISTS)
		return NULL;
	for (i = 0; i < cfg->nfns[list]; i++)
		if (!strcmp(cfg->fns[list][i].name, name))
			return &cfg->fns[list][i];
	return NULL;
}

int dl_config_is_source(const dl_config *cfg, const char *name)
{
	return dl_config_lookup(cfg, DL_CONFIG_SOURCES, name) != NULL;
}

int dl_config_is_sanitizer(const dl_config *cfg, const char *name, int *arg)
{
	const dl_config_fn *fn = dl_config_lookup(cfg, DL_CONFIG_SANITIZERS, name);
	if (fn && arg)
		*arg = fn->arg;
	return fn != NULL;
}

int dl_config_is_access(const dl_config *cfg, const char *name, int *arg)
{
	const dl_config_fn *fn = dl_config_lookup(cfg, DL_CONFIG_ACCESSES, name);
	if (fn && arg)
		*arg = fn->arg;
	return fn != NULL;
}

int dl_config_is_pageable(const dl_config *cfg, const char *name)
{
	return dl_config_lookup(cfg, DL_CONFIG_PAGEABLE, name) != NULL;
}

int dl_config_raises_irql(const dl_config *cfg, const char *name, int *level)
{
	const dl_config_fn *fn = dl_config_lookup(cfg, DL_CONFIG_RAISE_IRQL, name);
	if (fn && level)
		*level = fn->level;
	return fn != NULL;
}

int dl_config_lowers_irql(const dl_config *cfg, const char *name)
{
	return dl_config_lookup(cfg, DL_CONFIG_LOWER_IRQL, name) != NULL;
}

const dl_config_lock *dl_config_lock_acquire(const dl_config *cfg, const char *name)
{
	size_t i;
	for (i = 0; cfg && name && i < cfg->nlocks; i++)
		if (!strcmp(cfg->locks[i].acquire, name))
			return &cfg->locks[i];
	return NULL;
}

const dl_config_lock *dl_config_lock_release(const dl_config *cfg, const char *name)
{
	size_t i;
	for (i = 0; cfg && name && i < cfg->nlocks; i++)
		if (!strcmp(cfg->locks[i].release, name))
			return &cfg->locks[i];
	return NULL;
}
