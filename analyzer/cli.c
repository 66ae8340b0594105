/* Command-line parsing (include/drvlint/cli.h): no I/O, no side effects. */
#include "drvlint/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DL_STR(x) #x
#define DL_XSTR(x) DL_STR(x)

static const char usage[] =
	"usage: drvlint [options] FILE... [-- COMPILER_ARGS...]\n"
	"       drvlint -p PATH [options]\n"
	"\n"
	"Static analysis of Windows kernel-driver C source. All files of one run form\n"
	"one program. With -p and no FILE, every entry of compile_commands.json is analyzed.\n"
	"\n"
	"options:\n"
	"  -p PATH                    compile_commands.json, or the directory holding it\n"
	"                             (default: searched upward from the first FILE)\n"
	"  --sarif FILE               also write a SARIF 2.1.0 log to FILE\n"
	"  --format FMT               output on stdout: gcc (default), msvc, sarif, json,\n"
	"                             codeclimate (GitLab Code Quality), markdown (review summary)\n"
	"  --color WHEN               colours in gcc-style output: auto (default), always, never\n"
	"  --rules LIST               enable/disable rules, e.g. -*,unprobed-user-pointer\n"
	"  --config FILE              configuration (default: .drvlint.json searched upward\n"
	"                             from the first FILE)\n"
	"  --fail-on LEVEL            findings at LEVEL or above make the exit status 1:\n"
	"                             error, warning, note (default: any finding), none\n"
	"  --baseline SARIF           report only findings not in this earlier SARIF log\n"
	"  --changed-since REV        report only findings on lines changed since git revision REV\n"
	"  --cache DIR                keep per-file facts in DIR; with it, a run on some files\n"
	"                             reuses the facts of the program's other files\n"
	"  --show-suppressed          list suppressed findings in SARIF, with their reason\n"
	"  --report-unused-suppressions  report suppression comments that match no finding\n"
	"  --list-rules               print every rule with its one-line summary\n"
	"  --explain RULE             print the documentation of RULE\n"
	"  -j N                       parallel parse jobs (default: number of CPUs)\n"
	"  --pch WHEN                 precompile the first header files share: auto (default:\n"
	"                             when " DL_XSTR(DL_PCH_MIN_FILES) " or more share it; kept in the\n"
	"                             --cache directory and used for any number), always, never\n"
	"  --strict                   compile errors make the exit status 2\n"
	"  --isolate, --no-isolate    parse and pre-analyze each file in a child process\n"
	"                             under the limits below (default: on when CI is set)\n"
	"  --max-memory MB            that child's memory limit (default " DL_XSTR(DL_DEFAULT_MAX_MEMORY_MB) "; 0: none)\n"
	"  --timeout SECONDS          that child's time limit (default " DL_XSTR(DL_DEFAULT_TIMEOUT_S) "; 0: none)\n"
	"  --max-file-size MB         larger files are not analyzed (default " DL_XSTR(DL_DEFAULT_MAX_FILE_MB) "; 0: none)\n"
	"  --srcroot-uri              SARIF gives the absolute source directory\n"
	"  --print-compiler-args FILE print the compiler arguments used for FILE\n"
	"  --version                  print the version\n"
	"  --help                     print this help\n"
	"\n"
	"Arguments after -- are passed to the compiler for files that have no\n"
	"compile_commands.json entry.\n"
	"\n"
	"Suppress a finding with a comment on its line or the line before:\n"
	"  // drvlint: ignore[rule-id] reason\n"
	"\n"
	"exit status: 0 no findings, 1 findings (see --fail-on), 2 usage error, bad\n"
	"configuration or baseline, unreadable input or a file that could not be analyzed.\n";

const char *dl_cli_usage(void)
{
	return usage;
}

static unsigned online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return n > DL_MAX_JOBS ? DL_MAX_JOBS : (unsigned)n;
}

static void push(const char ***v, size_t *n, const char *s)
{
	*v = dl_xrealloc((void *)*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/* The first informational option decides what the run does. */
static void set_action(dl_options *o, dl_action a)
{
	if (o->action == DL_ACTION_RUN)
		o->action = a;
}

static int parse_jobs(dl_options *o, const char *s, char **err)
{
	char *end;
	unsigned long n;
	errno = 0;
	n = strtoul(s, &end, 10);
	if (!*s || *end || errno || *s == '-' || n < 1 || n > DL_MAX_JOBS) {
		*err = dl_xprintf("-j: invalid job count '%s' (expected 1 to %d)", s, DL_MAX_JOBS);
		return DL_ERR_USAGE;
	}
	o->jobs = (unsigned)n;
	return DL_OK;
}

static int parse_format(dl_options *o, const char *s, char **err)
{
	static const struct { const char *name; dl_format f; } formats[] = {
		{"gcc", DL_FORMAT_GCC}, {"msvc", DL_FORMAT_MSVC},
		{"sarif", DL_FORMAT_SARIF}, {"json", DL_FORMAT_JSON},
		{"codeclimate", DL_FORMAT_CODECLIMATE}, {"markdown", DL_FORMAT_MARKDOWN},
	};
	size_t i;
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (!strcmp(s, formats[i].name)) {
			o->format = formats[i].f;
			return DL_OK;
		}
	}
	*err = dl_xprintf("--format: unknown format '%s' (expected gcc, msvc, sarif, json, codeclimate or markdown)", s);
	return DL_ERR_USAGE;
}

/* auto, always or never (--color, --pch): 0, 1 or 2, the order of both enums. */
static int parse_when(const char *opt, const char *s, int *out, char **err)
{
	static const char *const names[] = {"auto", "always", "never"};
	int i;
	for (i = 0; i < 3; i++)
		if (!strcmp(s, names[i])) {
			*out = i;
			return DL_OK;
		}
	*err = dl_xprintf("%s: unknown value '%s' (expected auto, always or never)", opt, s);
	return DL_ERR_USAGE;
}

static int parse_fail_on(dl_options *o, const char *s, char **err)
{
	if (dl_level_parse(s, &o->fail_on) < 0) {
		*err = dl_xprintf("--fail-on: unknown level '%s' (expected error, warning, note or none)", s);
		return DL_ERR_USAGE;
	}
	return DL_OK;
}

static int parse_rules(dl_options *o, const char *s, char **err)
{
	push(&o->rule_specs, &o->nrule_specs, s);
	return dl_rule_set_parse(&o->rules, s, err);
}

/* --max-memory, --timeout, --max-file-size: 0 (no limit) to DL_MAX_LIMIT. */
static int parse_limit(const char *name, const char *s, unsigned *out, char **err)
{
	char *end;
	unsigned long n;
	errno = 0;
	n = strtoul(s, &end, 10);
	if (!*s || *end || errno || *s == '-' || n > DL_MAX_LIMIT) {
		*err = dl_xprintf("%s: invalid value '%s' (expected 0 to %u; 0: no limit)", name, s, DL_MAX_LIMIT);
		return DL_ERR_USAGE;
	}
	*out = (unsigned)n;
	return DL_OK;
}

static int parse_explain(dl_options *o, const char *s, char **err)
{
	if (!dl_rule_find(s)) {
		*err = dl_xprintf("--explain: unknown rule '%s' (see --list-rules)", s);
		return DL_ERR_USAGE;
	}
	o->explain_rule = s;
	set_action(o, DL_ACTION_EXPLAIN);
	return DL_OK;
}

enum opt_id {
	OPT_P, OPT_J, OPT_SARIF, OPT_FORMAT, OPT_RULES, OPT_EXPLAIN, OPT_PRINT_ARGS,
	OPT_COLOR, OPT_CONFIG, OPT_FAIL_ON, OPT_BASELINE, OPT_CHANGED_SINCE, OPT_CACHE,
	OPT_SHOW_SUPPRESSED, OPT_REPORT_UNUSED, OPT_PCH,
	OPT_ISOLATE, OPT_NO_ISOLATE, OPT_MAX_MEMORY, OPT_TIMEOUT, OPT_MAX_FILE_SIZE, OPT_SRCROOT_URI,
	OPT_LIST_RULES, OPT_STRICT, OPT_VERSION, OPT_HELP
};

static const struct opt {
	const char *name;
	enum opt_id id;
	int has_arg;
} opts[] = {
	{"-p", OPT_P, 1},
	{"-j", OPT_J, 1},
	{"--sarif", OPT_SARIF, 1},
	{"--format", OPT_FORMAT, 1},
	{"--rules", OPT_RULES, 1},
	{"--explain", OPT_EXPLAIN, 1},
	{"--print-compiler-args", OPT_PRINT_ARGS, 1},
	{"--color", OPT_COLOR, 1},
	{"--config", OPT_CONFIG, 1},
	{"--fail-on", OPT_FAIL_ON, 1},
	{"--baseline", OPT_BASELINE, 1},
	{"--changed-since", OPT_CHANGED_SINCE, 1},
	{"--cache", OPT_CACHE, 1},
	{"--pch", OPT_PCH, 1},
	{"--show-suppressed", OPT_SHOW_SUPPRESSED, 0},
	{"--report-unused-suppressions", OPT_REPORT_UNUSED, 0},
	{"--isolate", OPT_ISOLATE, 0},
	{"--no-isolate", OPT_NO_ISOLATE, 0},
	{"--max-memory", OPT_MAX_MEMORY, 1},
	{"--timeout", OPT_TIMEOUT, 1},
	{"--max-file-size", OPT_MAX_FILE_SIZE, 1},
	{"--srcroot-uri", OPT_SRCROOT_URI, 0},
	{"--list-rules", OPT_LIST_RULES, 0},
	{"--strict", OPT_STRICT, 0},
	{"--version", OPT_VERSION, 0},
	{"--help", OPT_HELP, 0},
	{"-h", OPT_HELP, 0},
};

/* Finds the option `arg` names and where its attached value starts ("-j4",
 * "--format=json"), NULL when none is attached. */
static const struct opt *lookup(const char *arg, const char **attached)
{
	size_t i;
	for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
		const char *name = opts[i].name;
		size_t len = strlen(name);
		if (strncmp(arg, name, len))
			continue;
		if (!arg[len]) {
			*attached = NULL;
			return &opts[i];
		}
		if (arg[1] != '-' && len == 2 && opts[i].has_arg) {
			*attached = arg + len;    /* -pDIR, -j4 */
			return &opts[i];
		}
		if (arg[1] == '-' && arg[len] == '=') {
			*attached = arg + len + 1;
			return &opts[i];
		}
	}
	return NULL;
}

static int apply(dl_options *o, const struct opt *opt, const char *val, char **err)
{
	int when, ret;
	switch (opt->id) {
	case OPT_P: o->compdb = val; return DL_OK;
	case OPT_J: return parse_jobs(o, val, err);
	case OPT_SARIF: o->sarif = val; return DL_OK;
	case OPT_FORMAT: return parse_format(o, val, err);
	case OPT_RULES: return parse_rules(o, val, err);
	case OPT_EXPLAIN: return parse_explain(o, val, err);
	case OPT_PRINT_ARGS:
		o->print_args_file = val;
		set_action(o, DL_ACTION_PRINT_ARGS);
		return DL_OK;
	case OPT_COLOR:
		if ((ret = parse_when(opt->name, val, &when, err)) == DL_OK)
			o->color = (dl_color)when;
		return ret;
	case OPT_PCH:
		if ((ret = parse_when(opt->name, val, &when, err)) == DL_OK)
			o->pch = (dl_pch_mode)when;
		return ret;
	case OPT_CONFIG: o->config = val; return DL_OK;
	case OPT_FAIL_ON: return parse_fail_on(o, val, err);
	case OPT_BASELINE: o->baseline = val; return DL_OK;
	case OPT_CHANGED_SINCE: o->changed_since = val; return DL_OK;
	case OPT_CACHE: o->cache = val; return DL_OK;
	case OPT_SHOW_SUPPRESSED: o->show_suppressed = 1; return DL_OK;
	case OPT_REPORT_UNUSED: o->report_unused = 1; return DL_OK;
	case OPT_ISOLATE: o->limits.isolate = DL_ISOLATE_ON; return DL_OK;
	case OPT_NO_ISOLATE: o->limits.isolate = DL_ISOLATE_OFF; return DL_OK;
	case OPT_MAX_MEMORY: return parse_limit(opt->name, val, &o->limits.max_memory_mb, err);
	case OPT_TIMEOUT: return parse_limit(opt->name, val, &o->limits.timeout_s, err);
	case OPT_MAX_FILE_SIZE: return parse_limit(opt->name, val, &o->limits.max_file_mb, err);
	case OPT_SRCROOT_URI: o->srcroot_uri = 1; return DL_OK;
	case OPT_LIST_RULES: set_action(o, DL_ACTION_LIST_RULES); return DL_OK;
	case OPT_STRICT: o->strict = 1; return DL_OK;
	case OPT_VERSION: set_action(o, DL_ACTION_VERSION); return DL_OK;
	case OPT_HELP: set_action(o, DL_ACTION_HELP); return DL_OK;
	}
	return DL_OK;
}

/* One option at argv[*i]; consumes its separate value when it takes one. */
static int parse_option(dl_options *o, int argc, char **argv, int *i, char **err)
{
	const char *arg = argv[*i], *val = NULL;
	const struct opt *opt = lookup(arg, &val);
	if (!opt) {
		*err = dl_xprintf("unknown option '%s'", arg);
		return DL_ERR_USAGE;
	}
	if (!opt->has_arg && val) {
		*err = dl_xprintf("option '%s' takes no argument", opt->name);
		return DL_ERR_USAGE;
	}
	if (opt->has_arg && !val) {
		if (*i + 1 >= argc || !strcmp(argv[*i + 1], "--")) {
			*err = dl_xprintf("option '%s' requires an argument", opt->name);
			return DL_ERR_USAGE;
		}
		val = argv[++*i];
	}
	if (opt->has_arg && !*val) {
		*err = dl_xprintf("option '%s' requires a non-empty argument", opt->name);
		return DL_ERR_USAGE;
	}
	return apply(o, opt, val, err);
}

int dl_cli_parse(dl_options *o, int argc, char **argv, char **err)
{
	int i;
	memset(o, 0, sizeof(*o));
	dl_rule_set_all(&o->rules);
	o->jobs = online_cpus();
	o->fail_on = DL_LEVEL_NOTE;
	dl_limits_default(&o->limits);
	*err = NULL;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				push(&o->compiler_args, &o->ncompiler_args, argv[i]);
			break;
		}
		if (a[0] == '-' && a[1]) {
			int ret = parse_option(o, argc, argv, &i, err);
			if (ret < 0)
				return ret;
		} else {
			push(&o->files, &o->nfiles, a);
		}
	}
	if (o->action == DL_ACTION_RUN && !o->nfiles && !o->compdb) {
		*err = dl_xstrdup("no input files");
		return DL_ERR_USAGE;
	}
	return DL_OK;
}

void dl_options_free(dl_options *o)
{
	if (!o)
		return;
	free((void *)o->files);
	free((void *)o->compiler_args);
	free((void *)o->rule_specs);
	o->files = o->compiler_args = o->rule_specs = NULL;
	o->nfiles = o->ncompiler_args = o->nrule_specs = 0;
}
