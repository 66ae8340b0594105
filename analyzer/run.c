/* One run of drvlint: sources, parallel parsing, the whole-program analysis and
 * the reports, with the exit status of design.md section 5. */
#include "drvlint/cli.h"
#include "drvlint/analyze.h"
#include "drvlint/cache.h"
#include "drvlint/compdb.h"
#include "drvlint/config.h"
#include "drvlint/facts.h"
#include "drvlint/flow.h"
#include "drvlint/frontend.h"
#include "drvlint/model.h"
#include "drvlint/output.h"
#include "drvlint/progress.h"
#include "drvlint/results.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* --- informational actions --- */

static int list_rules(void)
{
	size_t i, width = 0;
	for (i = 0; i < dl_rule_count; i++)
		if (strlen(dl_rules[i]->id) > width)
			width = strlen(dl_rules[i]->id);
	for (i = 0; i < dl_rule_count; i++)
		printf("%-*s  %-7s  %s\n", (int)width, dl_rules[i]->id,
		       dl_level_name(dl_rules[i]->level), dl_rules[i]->summary);
	return 0;
}

static int explain(const char *id)
{
	const dl_rule *r = dl_rule_find(id);
	const char *doc = dl_rule_doc(r);
	if (*doc)
		fputs(doc, stdout);
	else
		printf("%s (%s): %s\n\n%s\n", r->id, dl_level_name(r->level), r->summary,
		       r->description);
	return 0;
}

static int version(void)
{
	char *clang = dl_cxstring(clang_getClangVersion());
	printf("drvlint %s (%s)\n", DL_VERSION, clang);
	free(clang);
	return 0;
}

/* --- sources --- */

static char **copy_args(const char *const *args, size_t n)
{
	char **v = dl_xcalloc(n + 1, sizeof(*v));
	size_t i;
	for (i = 0; i < n; i++)
		v[i] = dl_xstrdup(args[i]);
	return v;
}

/* A FILE argument with its database entry's arguments, else those after `--`. */
static void source_for_file(dl_source *s, const char *file, const dl_compdb *db,
			    const dl_options *o)
{
	const dl_compdb_entry *e = dl_compdb_lookup(db, file);
	memset(s, 0, sizeof(*s));
	s->path = dl_absolute_path(NULL, file);
	if (e) {
		s->directory = dl_xstrdup(e->directory);
		s->args = copy_args((const char *const *)e->args, e->nargs);
		s->nargs = e->nargs;
	} else {
		s->args = copy_args(o->compiler_args, o->ncompiler_args);
		s->nargs = o->ncompiler_args;
	}
}

static void source_for_entry(dl_source *s, const dl_compdb_entry *e)
{
	memset(s, 0, sizeof(*s));
	s->path = dl_xstrdup(e->file);
	s->directory = dl_xstrdup(e->directory);
	s->args = copy_args((const char *const *)e->args, e->nargs);
	s->nargs = e->nargs;
}

/* The database of -p, else the nearest one above `first` (if any). */
static int open_compdb(const dl_options *o, const char *first, dl_compdb **db, char **err)
{
	char *path = NULL;
	int ret;
	*db = NULL;
	if (o->compdb) {
		ret = dl_compdb_locate(o->compdb, &path, err);
		if (ret < 0)
			return ret;
	} else if (first) {
		char *abs = dl_absolute_path(NULL, first);
		*strrchr(abs, '/') = '\0';
		path = dl_compdb_search(*abs ? abs : "/");
		free(abs);
	}
	if (!path)
		return DL_OK;
	ret = dl_compdb_load(path, db, err);
	free(path);
	return ret;
}

/* Identity of a file for de-duplication: its realpath when it exists. */
static char *file_key(const char *abs)
{
	char buf[PATH_MAX];
	return dl_xstrdup(realpath(abs, buf) ? buf : abs);
}

/* The sources of the run, in input order, each file once. */
static int collect_sources(const dl_options *o, const dl_compdb *db, dl_source **out,
			   size_t *n, char **err)
{
	size_t total = o->nfiles ? o->nfiles : db ? db->count : 0, i, cap = 0;
	dl_index *seen = dl_index_new();
	*out = NULL;
	*n = 0;
	for (i = 0; i < total; i++) {
		dl_source s;
		char *key;
		if (o->nfiles)
			source_for_file(&s, o->files[i], db, o);
		else
			source_for_entry(&s, &db->entries[i]);
		key = file_key(s.path);
		if (dl_index_get(seen, key, NULL)) {
			dl_source_free(&s);
		} else {
			dl_index_put(seen, key, i);
			DL_GROW(*out, cap, *n + 1);
			(*out)[(*n)++] = s;
		}
		free(key);
	}
	dl_index_free(seen);
	if (!*n) {
		*err = db ? dl_xprintf("%s: no compile commands to analyze", db->path)
			  : dl_xstrdup("no input files");
		return DL_ERR_USAGE;
	}
	return DL_OK;
}

static int is_directory(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* --config, else the nearest .drvlint.json above the first FILE (or the
 * database, or the working directory). *cfg stays NULL when there is none. */
static int load_config(const dl_options *o, const char *first, dl_config **cfg, char **err)
{
	const char *from = first ? first : o->compdb;
	char *dir, *path, *cwd, *shown;
	int ret;
	*cfg = NULL;
	if (o->config)
		return dl_config_load(o->config, cfg, err);
	dir = dl_absolute_path(NULL, from ? from : ".");
	if (from && !is_directory(dir))
		*strrchr(dir, '/') = '\0';
	path = dl_config_find(*dir ? dir : "/");
	free(dir);
	if (!path)
		return DL_OK;
	/* Messages name it as the user would: relative to the working directory. */
	cwd = getcwd(NULL, 0);
	shown = dl_display_path(cwd, path);
	ret = dl_config_load(shown, cfg, err);
	free(shown);
	free(cwd);
	free(path);
	return ret;
}

/* The configuration's compiler arguments go after the source's own. */
static void add_config_args(dl_source *s, const dl_config *cfg)
{
	size_t i;
	if (!cfg || !cfg->nargs)
		return;
	s->args = dl_xrealloc(s->args, (s->nargs + cfg->nargs + 1) * sizeof(*s->args));
	for (i = 0; i < cfg->nargs; i++)
		s->args[s->nargs++] = dl_xstrdup(cfg->args[i]);
	s->args[s->nargs] = NULL;
}

static int print_compiler_args(const dl_options *o, const char *argv0)
{
	dl_compdb *db = NULL;
	dl_config *cfg = NULL;
	dl_source src;
	dl_env env;
	char **args, *err = NULL;
	size_t nargs, i;
	if (load_config(o, o->print_args_file, &cfg, &err) < 0 ||
	    open_compdb(o, o->print_args_file, &db, &err) < 0) {
		fprintf(stderr, "drvlint: %s\n", err);
		free(err);
		dl_config_free(cfg);
		return 2;
	}
	source_for_file(&src, o->print_args_file, db, o);
	add_config_args(&src, cfg);
	dl_env_init(&env, argv0);
	dl_compiler_args(&env, &src, &args, &nargs);
	for (i = 0; i < nargs; i++)
		puts(args[i]);
	dl_args_free(args, nargs);
	dl_env_free(&env);
	dl_source_free(&src);
	dl_compdb_free(db);
	dl_config_free(cfg);
	return 0;
}

/* --- parsing in parallel --- */

struct parse_pool {
	const dl_env *env;
	const dl_limits *limits;
	const dl_source *srcs;
	size_t n, next;
	pthread_mutex_t lock;
	dl_tu *tus;
	int *rcs;
	char **errs;
};

static void *parse_worker(void *arg)
{
	struct parse_pool *p = arg;
	/* Only the files' own declarations: the model's, when precompiled, are
	 * read on demand instead of all at once by the walk over the TU. */
	CXIndex index = clang_createIndex(1, 0);
	for (;;) {
		size_t i;
		pthread_mutex_lock(&p->lock);
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n)
			break;
		p->rcs[i] = dl_parse_limited(index, p->env, &p->srcs[i], p->limits, &p->tus[i], &p->errs[i]);
	}
	/* The index outlives its TUs: the caller disposes it after them. */
	return index;
}

/* For the progress line: the files taken by the parser threads so far. */
static size_t parsed_count(void *arg)
{
	struct parse_pool *p = arg;
	size_t n;
	pthread_mutex_lock(&p->lock);
	n = p->next < p->n ? p->next : p->n;
	pthread_mutex_unlock(&p->lock);
	return n;
}

/* Parses every source on up to `jobs` threads (p->lock initialised by the
 * caller, which the progress line shares). The indexes are returned for
 * disposal once the TUs are gone. */
static int parse_all(struct parse_pool *p, unsigned jobs, CXIndex **indexes, size_t *nindexes,
		     char **err)
{
	size_t nthreads = jobs < p->n ? jobs : p->n, started = 0, i;
	pthread_t *threads = dl_xcalloc(nthreads, sizeof(*threads));
	int rc = 0;
	for (i = 0; i < nthreads; i++) {
		rc = dl_start_parser_thread(&threads[started], parse_worker, p);
		if (rc)
			break;   /* fewer workers still parse everything */
		started++;
	}
	*indexes = dl_xcalloc(started + 1, sizeof(**indexes));
	for (i = 0; i < started; i++)
		pthread_join(threads[i], &(*indexes)[i]);
	*nindexes = started;
	free(threads);
	if (!started) {
		*err = dl_xprintf("cannot start a parser thread: %s", strerror(rc));
		return DL_ERR_LIMIT;
	}
	return DL_OK;
}

/* --- the analysis run --- */

struct run {
	const dl_options *o;
	int argc;
	char **argv;
	dl_config *cfg;             /* NULL: no configuration file */
	dl_rule_set rules;          /* the configuration's, then --rules */
	dl_baseline *baseline;      /* --baseline */
	dl_changes changes;         /* --changed-since */
	dl_progress *progress;      /* NULL: no progress line */
	char srcroot[PATH_MAX];
	dl_source *srcs;
	size_t nsrcs;
	const dl_compdb *db;        /* NULL: none */
	dl_tu *tus;
	CXIndex *indexes;           /* the parsers', disposed after the TUs */
	size_t nindexes;
	dl_notice *notices;
	size_t nnotices;
	size_t ncompile_errors;     /* files analyzed despite compile errors */
	const char *first_error;
	int failed;                 /* exit status 2 */
	int status;
};

static void add_notice(struct run *r, dl_level level, const char *file, char *message)
{
	r->notices = dl_xrealloc(r->notices, (r->nnotices + 1) * sizeof(*r->notices));
	r->notices[r->nnotices].level = level;
	r->notices[r->nnotices].file = file ? dl_xstrdup(file) : NULL;
	r->notices[r->nnotices].message = message;
	r->nnotices++;
}

/* `msg` without a leading "path: " (the frontend's messages name the file). */
static const char *strip_path(const char *msg, const char *path)
{
	size_t len = strlen(path);
	if (!strncmp(msg, path, len) && !strncmp(msg + len, ": ", 2))
		return msg + len + 2;
	return msg;
}

/* A file that could not be analyzed: one line on stderr, an error notice. */
static void not_analyzed(struct run *r, const dl_source *s, const char *problem)
{
	char *shown = dl_display_path(r->srcroot, s->path);
	fprintf(stderr, "drvlint: %s: %s\n", shown, problem);
	add_notice(r, DL_LEVEL_ERROR, s->path, dl_xstrdup(problem));
	r->failed = 1;
	free(shown);
}

/* A diagnostic as shown to users: its path relative to srcroot when below it. */
static const char *relative_diag(const struct run *r, const char *diag)
{
	size_t len = strlen(r->srcroot);
	if (!strncmp(diag, r->srcroot, len) && diag[len] == '/')
		return diag + len + 1;
	return diag;
}

/* Builds the program from the parsed TUs, in input order. */
static dl_program *build_program(struct run *r, const int *rcs, char **errs)
{
	dl_program *prog = dl_program_new();
	size_t i;
	for (i = 0; i < r->nsrcs; i++) {
		dl_tu *tu = &r->tus[i];
		if (rcs[i] < 0) {
			not_analyzed(r, &r->srcs[i], strip_path(errs[i] ? errs[i] : "", r->srcs[i].path));
			continue;
		}
		if (dl_model_add_tu(prog, tu) < 0) {
			not_analyzed(r, &r->srcs[i], "could not be modelled");
			continue;
		}
		if (tu->nerrors) {
			const char *first = tu->first_error ? relative_diag(r, tu->first_error) : "";
			add_notice(r, DL_LEVEL_WARNING, r->srcs[i].path,
				   dl_xprintf("%u compile error%s; results for this file may be incomplete (first: %s)",
					      tu->nerrors, tu->nerrors == 1 ? "" : "s", first));
			if (!r->ncompile_errors++)
				r->first_error = first;
		}
	}
	return prog;
}

/* Functions the analysis gave up on: like a file over a limit, each is named
 * and fails the run (exit 2); the rest of its file is reported. */
static void report_cut_short(struct run *r, const dl_program *p)
{
	size_t i;
	for (i = 0; i < p->nfns; i++) {
		const dl_function *f = &p->fns[i];
		char *shown, *msg;
		if (!f->cut_short || !f->tu)
			continue;
		msg = dl_xprintf("function '%s' (line %u) not analyzed: its analysis exceeded the engine's "
				 "bounds (%zu MB per function)", f->name, f->loc.line, DL_FLOW_MAX_BYTES >> 20);
		shown = dl_display_path(r->srcroot, f->tu->src->path);
		fprintf(stderr, "drvlint: %s: %s\n", shown, msg);
		add_notice(r, DL_LEVEL_ERROR, f->tu->src->path, msg);
		r->failed = 1;
		free(shown);
	}
}

static int write_stdout(const dl_options *o, const dl_report *rep)
{
	int ret;
	switch (o->format) {
	case DL_FORMAT_MSVC: ret = dl_write_msvc(stdout, rep); break;
	case DL_FORMAT_SARIF: ret = dl_write_sarif(stdout, rep); break;
	case DL_FORMAT_JSON: ret = dl_write_json(stdout, rep); break;
	case DL_FORMAT_CODECLIMATE: ret = dl_write_codeclimate(stdout, rep); break;
	case DL_FORMAT_MARKDOWN: ret = dl_write_markdown(stdout, rep); break;
	default: ret = dl_write_gcc(stdout, rep); break;
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		ret = DL_ERR_IO;
	if (ret < 0)
		fprintf(stderr, "drvlint: cannot write the output: %s\n", strerror(errno));
	return ret;
}

static int use_color(dl_color c)
{
	if (c != DL_COLOR_AUTO)
		return c == DL_COLOR_ALWAYS;
	return isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
}

/* Levels, suppressions, --changed-since and --baseline decided for each finding. */
static void prepare_results(struct run *r, dl_findings *findings, dl_results *res)
{
	const char **files = dl_xcalloc(r->nsrcs + 1, sizeof(*files));
	dl_results_opts ro;
	size_t i;
	for (i = 0; i < r->nsrcs; i++)
		files[i] = r->srcs[i].path;
	memset(&ro, 0, sizeof(ro));
	ro.cfg = r->cfg;
	ro.rules = &r->rules;
	ro.files = files;
	ro.nfiles = r->nsrcs;
	ro.report_unused = r->o->report_unused;
	ro.changes = r->o->changed_since ? &r->changes : NULL;
	ro.baseline = r->baseline;
	ro.srcroot = r->srcroot;
	dl_results_prepare(findings, &ro, res);
	free(files);
}

/* Writes stdout and --sarif; 0 ok, <0 when one of them failed. *failing:
 * the findings that make the exit status 1. */
static int report(struct run *r, dl_findings *findings, size_t *failing)
{
	const dl_rule **on = dl_xcalloc(dl_rule_count + 1, sizeof(*on));
	dl_report rep;
	dl_results res;
	size_t i, non = 0;
	int ret;
	prepare_results(r, findings, &res);
	for (i = 0; i < dl_rule_count; i++)
		if (dl_rule_enabled(&r->rules, dl_rules[i]))
			on[non++] = dl_rules[i];
	memset(&rep, 0, sizeof(rep));
	rep.findings = findings;
	rep.notices = r->notices;
	rep.nnotices = r->nnotices;
	rep.rule_list = on;
	rep.nrules = non;
	rep.srcroot = r->srcroot;
	rep.execution_successful = !r->failed;
	rep.argv = r->argv;
	rep.argc = r->argc;
	rep.show_source = 1;
	rep.color = use_color(r->o->color);
	rep.meta = res.meta;
	rep.show_suppressed = r->o->show_suppressed;
	rep.hide_srcroot = !r->o->srcroot_uri;
	rep.absent = res.absent;
	rep.nabsent = res.nabsent;
	*failing = dl_results_failing(&rep, r->o->fail_on);
	ret = write_stdout(r->o, &rep);
	if (r->o->sarif) {
		char *err = NULL;
		if (dl_write_sarif_file(r->o->sarif, &rep, &err) < 0) {
			fprintf(stderr, "drvlint: %s\n", err ? err : "cannot write the SARIF log");
			ret = DL_ERR_IO;
		}
		free(err);
	}
	dl_results_clear(&res);
	free(on);
	return ret;
}

static void summarise_compile_errors(const struct run *r)
{
	if (!r->ncompile_errors)
		return;
	if (r->ncompile_errors == 1)
		fprintf(stderr, "drvlint: 1 file had compile errors; results for it may be incomplete (first: %s)\n",
			r->first_error);
	else
		fprintf(stderr, "drvlint: %zu files had compile errors; results for them may be incomplete (first: %s)\n",
			r->ncompile_errors, r->first_error);
}

/* Parses `n` sources into `tus` (rcs/errs per source); the parser's indexes
 * are appended to r's, disposed once the TUs are gone. */
static int parse_sources(struct run *r, const dl_env *env, dl_source *srcs, size_t n, dl_tu *tus,
			 int *rcs, char **errs)
{
	struct parse_pool pool;
	CXIndex *indexes = NULL;
	size_t nindexes = 0, i;
	char *err = NULL;
	dl_pch *pch = NULL;
	int ret;
	/* Without a temporary directory every file is parsed as it is. */
	dl_pch_plan(env, srcs, n, r->o->pch, r->o->cache, &pch);
	memset(&pool, 0, sizeof(pool));
	pool.env = env;
	pool.limits = &r->o->limits;
	pool.srcs = srcs;
	pool.n = n;
	pool.tus = tus;
	pool.rcs = rcs;
	pool.errs = errs;
	pthread_mutex_init(&pool.lock, NULL);
	dl_progress_phase(r->progress, "parsing", n, parsed_count, &pool);
	ret = parse_all(&pool, r->o->jobs, &indexes, &nindexes, &err);
	/* Every TU has read its precompiled header (libclang maps it: the files
	 * can go now, and an interrupted run leaves them behind only this long). */
	dl_pch_free(pch, srcs, n);
	/* The progress line reads the pool's counter: stop it before the pool goes. */
	dl_progress_phase(r->progress, "analyzing", n, NULL, NULL);
	pthread_mutex_destroy(&pool.lock);
	if (ret < 0) {
		fprintf(stderr, "drvlint: %s\n", err);
		free(err);
		r->failed = 1;
	}
	r->indexes = dl_xrealloc(r->indexes, (r->nindexes + nindexes + 1) * sizeof(CXIndex));
	for (i = 0; i < nindexes; i++)
		r->indexes[r->nindexes++] = indexes[i];
	free(indexes);
	return ret;
}

/* --- the summary cache --- */

enum { ENTRY_SKIP, ENTRY_USE, ENTRY_PARSE, ENTRY_PARSED };

struct cache_run {
	struct run *r;
	const dl_env *env;
	const int *rcs;             /* of r->srcs */
	dl_cache *cache;
	int *state;                 /* per entry */
	dl_source *extra;           /* other files parsed (shallow copies of entries' or missing's), */
	dl_tu *extra_tus;           /* sized for all of them: TUs point into it */
	int *extra_rcs;
	char **extra_errs;
	size_t nextra, nparsed;
	dl_source *missing;         /* database entries without a cache entry (owned) */
	size_t nmissing;
	dl_index *requested;        /* paths of r->srcs */
	dl_cache_entry **used;      /* the entries standing for the program's cached units */
};

/* Which entries can stand for their file: not one of this run's files, the
 * file still there, its text, headers and arguments unchanged. The program
 * is this run's files, the compilation database's and the cache's: database
 * entries the cache does not know are parsed. */
static void classify_entries(struct cache_run *cr)
{
	dl_index *known = dl_index_new();
	unsigned char *in_cache = dl_xcalloc(cr->r->db ? cr->r->db->count + 1 : 1, 1);
	size_t i;
	for (i = 0; cr->r->db && i < cr->r->db->count; i++) {
		dl_source s;
		source_for_entry(&s, &cr->r->db->entries[i]);
		add_config_args(&s, cr->r->cfg);
		if (dl_index_get(cr->requested, s.path, NULL) || dl_index_get(known, s.path, NULL)) {
			dl_source_free(&s);
			continue;
		}
		dl_index_put(known, s.path, cr->nmissing);
		cr->missing[cr->nmissing++] = s;
	}
	for (i = 0; i < dl_cache_count(cr->cache); i++) {
		dl_cache_entry *e = dl_cache_entry_at(cr->cache, i);
		size_t m;
		/* Known to the cache: not missing (the entry says how to parse it). */
		if (dl_index_get(known, e->src.path, &m))
			in_cache[m] = 1;
		if (dl_index_get(cr->requested, e->src.path, NULL) || access(e->src.path, R_OK) != 0)
			cr->state[i] = ENTRY_SKIP;
		else
			cr->state[i] = dl_cache_entry_current(cr->cache, e) ? ENTRY_USE : ENTRY_PARSE;
	}
	for (i = 0; i < cr->nmissing; i++)
		if (!in_cache[i])
			cr->extra[cr->nextra++] = cr->missing[i];
	free(in_cache);
	dl_index_free(known);
}

/* Parses the entries' files that must be parsed again. */
static void parse_stale(struct cache_run *cr)
{
	size_t i, first = cr->nparsed;
	for (i = 0; i < dl_cache_count(cr->cache); i++)
		if (cr->state[i] == ENTRY_PARSE) {
			cr->extra[cr->nextra++] = dl_cache_entry_at(cr->cache, i)->src;
			cr->state[i] = ENTRY_PARSED;
		}
	if (cr->nextra > first)
		parse_sources(cr->r, cr->env, cr->extra + first, cr->nextra - first, cr->extra_tus + first,
			      cr->extra_rcs + first, cr->extra_errs + first);
	cr->nparsed = cr->nextra;
}

/* The program of the parsed files and the cached entries in use. */
static dl_program *cached_program(struct cache_run *cr, const cJSON ***cached)
{
	dl_program *p = dl_program_new();
	size_t i, n = 0;
	for (i = 0; i < cr->r->nsrcs; i++)
		if (cr->rcs[i] >= 0)
			dl_model_add_tu(p, &cr->r->tus[i]);
	for (i = 0; i < cr->nextra; i++)
		if (cr->extra_rcs[i] >= 0)
			dl_model_add_tu(p, &cr->extra_tus[i]);
	*cached = dl_xcalloc(dl_cache_count(cr->cache) + 1, sizeof(**cached));
	for (i = 0; i < dl_cache_count(cr->cache); i++) {
		dl_cache_entry *e = dl_cache_entry_at(cr->cache, i);
		if (cr->state[i] != ENTRY_USE)
			continue;
		if (dl_model_add_facts(p, e->src.path, e->model) < 0) {
			cr->state[i] = ENTRY_PARSE;   /* unusable: parse it instead */
			continue;
		}
		cr->used[n] = e;
		(*cached)[n++] = e->facts;
	}
	return p;
}

static const cJSON *used_summaries(void *cr, size_t k)
{
	return dl_cache_entry_summaries(((struct cache_run *)cr)->used[k]);
}

/* Entries whose unit read other facts this time than when they were written,
 * or whose summaries could not be read, go to be parsed; 1 when there were any. */
static int stale_inputs(struct cache_run *cr, const dl_program *p, char (*digests)[33])
{
	size_t i, u = p->ntus;
	int any = 0;
	for (i = 0; i < dl_cache_count(cr->cache); i++) {
		if (cr->state[i] != ENTRY_USE)
			continue;
		if (strcmp(digests[u++], dl_cache_entry_at(cr->cache, i)->inputs) ||
		    dl_cache_entry_at(cr->cache, i)->summaries_bad) {
			cr->state[i] = ENTRY_PARSE;
			any = 1;
		}
	}
	return any;
}

/* A unit's findings located in this run's files: what a full run reports
 * for them, whichever file's analysis found it. A finding in a header (no
 * unit's file) is reported with the run's file whose analysis found it. */
static void take_findings(struct cache_run *cr, const cJSON *facts, const dl_index *units, int mine_too,
			  dl_findings *out)
{
	dl_findings mine = {0};
	size_t i;
	dl_json_get_findings(cJSON_GetObjectItemCaseSensitive(facts, "findings"), &mine);
	for (i = 0; i < mine.count; i++) {
		const dl_finding *f = &mine.items[i];
		if (f->loc.file && (dl_index_get(cr->requested, f->loc.file, NULL) ||
				    (mine_too && !dl_index_get(units, f->loc.file, NULL))))
			dl_findings_add(out, f->rule, f->level, &f->loc, f->message, f->steps, f->nsteps);
	}
	dl_findings_clear(&mine);
}

/* A file with a function the analysis gave up on is not stored: the next run
 * parses it again and says so again. */
static void store_entries(struct cache_run *cr, dl_program *p, cJSON **facts, char (*digests)[33])
{
	unsigned char *incomplete = dl_xcalloc(p->ntus + 1, 1);
	size_t u;
	for (u = 0; u < p->nfns; u++)
		if (p->fns[u].cut_short && p->fns[u].unit < p->ntus)
			incomplete[p->fns[u].unit] = 1;
	for (u = 0; u < p->ntus; u++) {
		cJSON *model;
		char *err = NULL;
		if (incomplete[u])
			continue;
		model = dl_model_unit_facts(p->tus[u]);
		if (dl_cache_store(cr->cache, p->tus[u], model, facts[u], digests[u], &err) < 0) {
			fprintf(stderr, "drvlint: %s\n", err);
			cr->r->failed = 1;
		}
		cJSON_Delete(model);
		free(err);
	}
	free(incomplete);
}

/* Analyzes r's files with the facts of the program's other files from the
 * cache, parsing again the files whose entries no longer hold, until every
 * entry used agrees with what it was computed from; then reports the
 * findings located in r's files. */
static void analyze_cached(struct cache_run *cr, dl_program **prog, dl_findings *out)
{
	const cJSON **cached = NULL;
	dl_index *units;
	dl_findings scratch = {0};
	dl_unit_io io;
	size_t u, i;
	for (;;) {
		parse_stale(cr);
		dl_program_free(*prog);
		free(cached);
		*prog = cached_program(cr, &cached);
		io.cached = cached;
		io.cached_summaries = used_summaries;
		io.arg = cr;
		io.facts = dl_xcalloc((*prog)->ntus + 1, sizeof(cJSON *));
		io.digests = dl_xcalloc(dl_program_units(*prog) + 1, sizeof(*io.digests));
		dl_analyze_units(*prog, &cr->r->rules, &scratch, &io);
		dl_findings_clear(&scratch);
		if (!stale_inputs(cr, *prog, io.digests))
			break;
		for (u = 0; u < (*prog)->ntus; u++)
			cJSON_Delete(io.facts[u]);
		free(io.facts);
		free(io.digests);
	}
	units = dl_index_new();
	for (u = 0; u < dl_program_units(*prog); u++)
		dl_index_put(units, dl_program_unit_path(*prog, u), u);
	for (u = 0; u < (*prog)->ntus; u++)
		take_findings(cr, io.facts[u], units, dl_index_get(cr->requested, (*prog)->tus[u]->src->path, NULL),
			      out);
	for (i = 0; cached[i]; i++)
		take_findings(cr, cached[i], units, 0, out);
	dl_index_free(units);
	report_cut_short(cr->r, *prog);
	store_entries(cr, *prog, io.facts, io.digests);
	fprintf(stderr, "drvlint: %zu file%s parsed, %zu from the cache\n", (*prog)->ntus,
		(*prog)->ntus == 1 ? "" : "s", (*prog)->ncached);
	for (u = 0; u < (*prog)->ntus; u++)
		cJSON_Delete(io.facts[u]);
	free(io.facts);
	free(io.digests);
	free(cached);
}

static void analyze_with_cache(struct run *r, const dl_env *env, const int *rcs, dl_program **prog,
			       dl_findings *out)
{
	struct cache_run cr;
	char *err = NULL;
	size_t i, n;
	memset(&cr, 0, sizeof(cr));
	cr.r = r;
	cr.env = env;
	cr.rcs = rcs;
	if (dl_cache_open(r->o->cache, &cr.cache, &err) < 0) {
		fprintf(stderr, "drvlint: %s\n", err);
		free(err);
		r->failed = 1;
		return;
	}
	cr.state = dl_xcalloc(dl_cache_count(cr.cache) + 1, sizeof(int));
	n = dl_cache_count(cr.cache) + (r->db ? r->db->count : 0);
	cr.missing = dl_xcalloc(n + 1, sizeof(dl_source));
	cr.extra = dl_xcalloc(n + 1, sizeof(dl_source));
	cr.extra_tus = dl_xcalloc(n + 1, sizeof(dl_tu));
	cr.extra_rcs = dl_xcalloc(n + 1, sizeof(int));
	cr.extra_errs = dl_xcalloc(n + 1, sizeof(char *));
	cr.used = dl_xcalloc(dl_cache_count(cr.cache) + 1, sizeof(*cr.used));
	cr.requested = dl_index_new();
	for (i = 0; i < r->nsrcs; i++)
		dl_index_put(cr.requested, r->srcs[i].path, i);
	classify_entries(&cr);
	analyze_cached(&cr, prog, out);
	/* The program refers to the TUs about to go. */
	dl_program_free(*prog);
	*prog = NULL;
	for (i = 0; i < cr.nextra; i++) {
		dl_tu_dispose(&cr.extra_tus[i]);
		free(cr.extra_errs[i]);
	}
	for (i = 0; i < cr.nmissing; i++)
		dl_source_free(&cr.missing[i]);
	free(cr.missing);
	free(cr.state);
	free(cr.extra);
	free(cr.extra_tus);
	free(cr.extra_rcs);
	free(cr.extra_errs);
	dl_index_free(cr.requested);
	free(cr.used);
	dl_cache_free(cr.cache);
}

/* Parses, models, analyzes and reports the collected sources. */
static void analyze_sources(struct run *r)
{
	dl_env env;
	dl_program *prog = NULL;
	dl_findings findings = {0};
	size_t i, failing = 0;
	int *rcs = dl_xcalloc(r->nsrcs, sizeof(*rcs));
	char **errs = dl_xcalloc(r->nsrcs, sizeof(*errs));

	r->tus = dl_xcalloc(r->nsrcs, sizeof(*r->tus));
	dl_env_init(&env, r->argv[0]);
	if (parse_sources(r, &env, r->srcs, r->nsrcs, r->tus, rcs, errs) < 0)
		goto cleanup;
	prog = build_program(r, rcs, errs);
	/* The TUs stay alive until here: the analysis reads their cursors. */
	if (r->o->cache)
		analyze_with_cache(r, &env, rcs, &prog, &findings);
	else if (dl_analyze(prog, &r->rules, &findings) < 0) {
		fprintf(stderr, "drvlint: the analysis failed; its results are incomplete\n");
		r->failed = 1;
	} else {
		report_cut_short(r, prog);
	}
	dl_findings_sort_unique(&findings);
	/* The line is erased before anything is printed. */
	dl_progress_stop(r->progress);
	r->progress = NULL;
	if (report(r, &findings, &failing) < 0)
		r->failed = 1;
	summarise_compile_errors(r);
	if (r->failed || (r->o->strict && r->ncompile_errors))
		r->status = 2;
	else
		r->status = failing ? 1 : 0;

cleanup:
	dl_progress_stop(r->progress);
	r->progress = NULL;
	dl_program_free(prog);
	dl_findings_clear(&findings);
	for (i = 0; i < r->nsrcs; i++) {
		dl_tu_dispose(&r->tus[i]);
		free(errs[i]);
	}
	for (i = 0; i < r->nindexes; i++)
		clang_disposeIndex(r->indexes[i]);
	free(r->indexes);
	r->indexes = NULL;
	free(rcs);
	free(errs);
	dl_env_free(&env);
	if (r->failed)
		r->status = 2;
}

/* The rules that run: all, then the configuration's choices, then every --rules. */
static int select_rules(struct run *r, char **err)
{
	size_t i;
	dl_rule_set_all(&r->rules);
	dl_config_apply_rules(r->cfg, &r->rules);
	for (i = 0; i < r->o->nrule_specs; i++)
		if (dl_rule_set_parse(&r->rules, r->o->rule_specs[i], err) < 0)
			return DL_ERR_USAGE;
	return DL_OK;
}

/* --changed-since: the lines changed in the work tree of the first source. */
static int collect_changes(struct run *r, char **err)
{
	char *dir;
	int ret;
	if (!r->o->changed_since)
		return DL_OK;
	dir = dl_xstrdup(r->srcs[0].path);
	*strrchr(dir, '/') = '\0';
	ret = dl_changes_collect(*dir ? dir : "/", r->o->changed_since, &r->changes, err);
	free(dir);
	return ret;
}

/* Configuration, baseline, sources and changed lines: everything the run
 * needs before parsing, each a usage error when wrong. */
static int prepare(struct run *r, dl_compdb **db, char **err)
{
	const char *first = r->o->nfiles ? r->o->files[0] : NULL;
	size_t i;
	if (load_config(r->o, first, &r->cfg, err) < 0 || select_rules(r, err) < 0)
		return DL_ERR_USAGE;
	if (r->o->baseline && dl_baseline_load(r->o->baseline, &r->baseline, err) < 0)
		return DL_ERR_USAGE;
	if (open_compdb(r->o, first, db, err) < 0 || collect_sources(r->o, *db, &r->srcs, &r->nsrcs, err) < 0)
		return DL_ERR_USAGE;
	for (i = 0; i < r->nsrcs; i++)
		add_config_args(&r->srcs[i], r->cfg);
	return collect_changes(r, err);
}

static void *run_thread(void *arg)
{
	struct run *r = arg;
	dl_compdb *db = NULL;
	char *err = NULL;
	if (!getcwd(r->srcroot, sizeof(r->srcroot))) {
		fprintf(stderr, "drvlint: cannot determine the current directory: %s\n", strerror(errno));
		r->status = 2;
		return NULL;
	}
	if (prepare(r, &db, &err) < 0) {
		fprintf(stderr, "drvlint: %s\n", err);
		r->status = 2;
	} else {
		dl_set_active_config(r->cfg);
		r->db = db;
		if (dl_progress_wanted(STDERR_FILENO))
			r->progress = dl_progress_start(STDERR_FILENO, 1000);
		analyze_sources(r);
		dl_set_active_config(NULL);
	}
	dl_compdb_free(db);
	free(err);
	return NULL;
}

int dl_run(const dl_options *o, int argc, char **argv)
{
	struct run r;
	pthread_t t;
	size_t i;
	int rc;
	switch (o->action) {
	case DL_ACTION_HELP: fputs(dl_cli_usage(), stdout); return 0;
	case DL_ACTION_VERSION: return version();
	case DL_ACTION_LIST_RULES: return list_rules();
	case DL_ACTION_EXPLAIN: return explain(o->explain_rule);
	case DL_ACTION_PRINT_ARGS: return print_compiler_args(o, argv[0]);
	case DL_ACTION_RUN: break;
	}
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.argc = argc;
	r.argv = argv;
	rc = dl_start_parser_thread(&t, run_thread, &r);
	if (rc) {
		fprintf(stderr, "drvlint: cannot start the analysis thread: %s\n", strerror(rc));
		return 2;
	}
	pthread_join(t, NULL);
	for (i = 0; i < r.nsrcs; i++)
		dl_source_free(&r.srcs[i]);
	for (i = 0; i < r.nnotices; i++) {
		free(r.notices[i].file);
		free(r.notices[i].message);
	}
	free(r.srcs);
	free(r.tus);
	free(r.notices);
	dl_config_free(r.cfg);
	dl_baseline_free(r.baseline);
	dl_changes_clear(&r.changes);
	return r.status;
}
