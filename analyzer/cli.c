/* Command-line parsing (include/drvlint/cli.h): no I/O, no side effects. */
#include "drvlint/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	"  --format FMT               output on stdout: gcc (default), msvc, sarif, json\n"
	"  --rules LIST               enable/disable rules, e.g. -*,unprobed-user-pointer\n"
	"  --list-rules               print every rule with its one-line summary\n"
	"  --explain RULE             print the documentation of RULE\n"
	"  -j N                       parallel parse jobs (default: number of CPUs)\n"
	"  --strict                   compile errors make the exit status 2\n"
	"  --print-compiler-args FILE print the compiler arguments used for FILE\n"
	"  --version                  print the version\n"
	"  --help                     print this help\n"
	"\n"
	"Arguments after -- are passed to the compiler for files that have no\n"
	"compile_commands.json entry.\n"
	"\n"
	"exit status: 0 no findings, 1 findings, 2 usage error, unreadable input or a\n"
	"file that could not be analyzed.\n";

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
	};
	size_t i;
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (!strcmp(s, formats[i].name)) {
			o->format = formats[i].f;
			return DL_OK;
		}
	}
	*err = dl_xprintf("--format: unknown format '%s' (expected gcc, msvc, sarif or json)", s);
	return DL_ERR_USAGE;
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
	switch (opt->id) {
	case OPT_P: o->compdb = val; return DL_OK;
	case OPT_J: return parse_jobs(o, val, err);
	case OPT_SARIF: o->sarif = val; return DL_OK;
	case OPT_FORMAT: return parse_format(o, val, err);
	case OPT_RULES: return dl_rule_set_parse(&o->rules, val, err);
	case OPT_EXPLAIN: return parse_explain(o, val, err);
	case OPT_PRINT_ARGS:
		o->print_args_file = val;
		set_action(o, DL_ACTION_PRINT_ARGS);
		return DL_OK;
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
	o->files = o->compiler_args = NULL;
	o->nfiles = o->ncompiler_args = 0;
}
