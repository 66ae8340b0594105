/* Option parsing (analyzer/cli.c), without running the binary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "drvlint/cli.h"

/* Parses a NULL-terminated argument list (argv[0] is supplied). */
static int parse(dl_options *o, char **err, ...)
{
	char *argv[64];
	int argc = 0;
	va_list ap;
	argv[argc++] = "drvlint";
	va_start(ap, err);
	while ((argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	return dl_cli_parse(o, argc, argv, err);
}

/* Parsing must fail with a message containing `want`. */
#define ASSERT_USAGE(want, ...) do { \
	dl_options o_; \
	char *e_ = NULL; \
	ck_assert_int_eq(parse(&o_, &e_, __VA_ARGS__, NULL), DL_ERR_USAGE); \
	ck_assert_ptr_nonnull(e_); \
	ck_assert_msg(strstr(e_, want), "message '%s' lacks '%s'", e_, want); \
	ck_assert_ptr_null(strchr(e_, '\n')); \
	free(e_); \
	dl_options_free(&o_); \
} while (0)

START_TEST(test_defaults)
{
	dl_options o;
	char *err = NULL;
	size_t i;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	ck_assert_int_eq(parse(&o, &err, "x.c", NULL), 0);
	ck_assert_ptr_null(err);
	ck_assert_int_eq(o.action, DL_ACTION_RUN);
	ck_assert_uint_eq(o.nfiles, 1);
	ck_assert_str_eq(o.files[0], "x.c");
	ck_assert_uint_eq(o.ncompiler_args, 0);
	ck_assert_ptr_null(o.compdb);
	ck_assert_ptr_null(o.sarif);
	ck_assert_int_eq(o.format, DL_FORMAT_GCC);
	ck_assert_int_eq(o.strict, 0);
	ck_assert_int_eq(o.fail_on, DL_LEVEL_NOTE);
	ck_assert_int_eq(o.color, DL_COLOR_AUTO);
	ck_assert_ptr_null(o.config);
	ck_assert_ptr_null(o.baseline);
	ck_assert_ptr_null(o.changed_since);
	ck_assert_int_eq(o.show_suppressed, 0);
	ck_assert_int_eq(o.report_unused, 0);
	ck_assert_uint_eq(o.nrule_specs, 0);
	ck_assert_uint_eq(o.jobs, cpus < 1 ? 1 : (unsigned)cpus);
	for (i = 0; i < DL_MAX_RULES; i++)
		ck_assert_int_eq(o.rules.on[i], 1);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_value_options)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "-p", "build", "--sarif", "out.sarif", "--format", "json",
			       "-j", "3", "--strict", "a.c", "b.c", NULL), 0);
	ck_assert_str_eq(o.compdb, "build");
	ck_assert_str_eq(o.sarif, "out.sarif");
	ck_assert_int_eq(o.format, DL_FORMAT_JSON);
	ck_assert_uint_eq(o.jobs, 3);
	ck_assert_int_eq(o.strict, 1);
	ck_assert_uint_eq(o.nfiles, 2);
	ck_assert_str_eq(o.files[0], "a.c");
	ck_assert_str_eq(o.files[1], "b.c");
	dl_options_free(&o);
}
END_TEST

START_TEST(test_attached_values)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "-pbuild", "--sarif=o.sarif", "--format=msvc", "-j7",
			       "x.c", NULL), 0);
	ck_assert_str_eq(o.compdb, "build");
	ck_assert_str_eq(o.sarif, "o.sarif");
	ck_assert_int_eq(o.format, DL_FORMAT_MSVC);
	ck_assert_uint_eq(o.jobs, 7);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_formats)
{
	static const char *const names[] = {"gcc", "msvc", "sarif", "json", "codeclimate", "markdown"};
	static const dl_format want[] = {DL_FORMAT_GCC, DL_FORMAT_MSVC, DL_FORMAT_SARIF, DL_FORMAT_JSON,
					 DL_FORMAT_CODECLIMATE, DL_FORMAT_MARKDOWN};
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "--format", names[_i], "x.c", NULL), 0);
	ck_assert_int_eq(o.format, want[_i]);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_use_options)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "--fail-on", "error", "--color=never", "--config", "c.json",
			       "--baseline", "old.sarif", "--changed-since=origin/main", "--show-suppressed",
			       "--report-unused-suppressions", "--rules", "-*", "--rules=unprobed-user-pointer",
			       "x.c", NULL), 0);
	ck_assert_int_eq(o.fail_on, DL_LEVEL_ERROR);
	ck_assert_int_eq(o.color, DL_COLOR_NEVER);
	ck_assert_str_eq(o.config, "c.json");
	ck_assert_str_eq(o.baseline, "old.sarif");
	ck_assert_str_eq(o.changed_since, "origin/main");
	ck_assert_int_eq(o.show_suppressed, 1);
	ck_assert_int_eq(o.report_unused, 1);
	/* Kept in order, for the run to apply after the configuration. */
	ck_assert_uint_eq(o.nrule_specs, 2);
	ck_assert_str_eq(o.rule_specs[0], "-*");
	ck_assert_str_eq(o.rule_specs[1], "unprobed-user-pointer");
	dl_options_free(&o);
	ck_assert_int_eq(parse(&o, &err, "--fail-on", "none", "--color", "always", "x.c", NULL), 0);
	ck_assert_int_eq(o.fail_on, DL_LEVEL_NONE);
	ck_assert_int_eq(o.color, DL_COLOR_ALWAYS);
	dl_options_free(&o);
	ASSERT_USAGE("--fail-on: unknown level 'fatal'", "--fail-on", "fatal", "x.c");
	ASSERT_USAGE("--color: unknown value 'yes'", "--color", "yes", "x.c");
	ASSERT_USAGE("option '--show-suppressed' takes no argument", "--show-suppressed=1", "x.c");
}
END_TEST

START_TEST(test_bad_format)
{
	ASSERT_USAGE("unknown format 'xml'", "--format", "xml", "x.c");
}
END_TEST

START_TEST(test_dashdash)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "a.c", "--strict", "b.c", "--", "-DFOO=1", "-I", "inc",
			       "--format", "c.c", NULL), 0);
	ck_assert_uint_eq(o.nfiles, 2);
	ck_assert_str_eq(o.files[1], "b.c");
	ck_assert_int_eq(o.strict, 1);
	/* Everything after -- belongs to the compiler, options included. */
	ck_assert_uint_eq(o.ncompiler_args, 5);
	ck_assert_str_eq(o.compiler_args[0], "-DFOO=1");
	ck_assert_str_eq(o.compiler_args[3], "--format");
	ck_assert_str_eq(o.compiler_args[4], "c.c");
	ck_assert_int_eq(o.format, DL_FORMAT_GCC);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_dashdash_without_files)
{
	ASSERT_USAGE("no input files", "--", "-DFOO");
}
END_TEST

START_TEST(test_no_input_files)
{
	ASSERT_USAGE("no input files", "--strict");
}
END_TEST

START_TEST(test_compdb_without_files)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "-p", "build", NULL), 0);
	ck_assert_int_eq(o.action, DL_ACTION_RUN);
	ck_assert_uint_eq(o.nfiles, 0);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_dash_is_a_file)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "-", NULL), 0);
	ck_assert_uint_eq(o.nfiles, 1);
	ck_assert_str_eq(o.files[0], "-");
	dl_options_free(&o);
}
END_TEST

static const char *const bad_jobs[] = {"0", "-1", "abc", "4x", "", "99999", "18446744073709551617"};

START_TEST(test_bad_jobs)
{
	dl_options o;
	char *err = NULL;
	int ret = parse(&o, &err, "-j", bad_jobs[_i], "x.c", NULL);
	ck_assert_int_eq(ret, DL_ERR_USAGE);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err, "-j") && (!*bad_jobs[_i] || strstr(err, bad_jobs[_i])),
		      "message: %s", err);
	free(err);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_jobs_limits)
{
	dl_options o;
	char *err = NULL;
	char max[16];
	snprintf(max, sizeof(max), "%d", DL_MAX_JOBS);
	ck_assert_int_eq(parse(&o, &err, "-j", "1", "x.c", NULL), 0);
	ck_assert_uint_eq(o.jobs, 1);
	dl_options_free(&o);
	ck_assert_int_eq(parse(&o, &err, "-j", max, "x.c", NULL), 0);
	ck_assert_uint_eq(o.jobs, DL_MAX_JOBS);
	dl_options_free(&o);
}
END_TEST

static const char *const needs_value[] = {"-p", "-j", "--sarif", "--format", "--rules", "--explain",
					  "--print-compiler-args", "--fail-on", "--color", "--config",
					  "--baseline", "--changed-since"};

START_TEST(test_missing_argument)
{
	char want[64];
	snprintf(want, sizeof(want), "option '%s' requires an argument", needs_value[_i]);
	ASSERT_USAGE(want, "x.c", needs_value[_i]);
	/* `--` ends the options: it is not a value. */
	ASSERT_USAGE(want, "x.c", needs_value[_i], "--", "-DX");
}
END_TEST

START_TEST(test_empty_argument)
{
	ASSERT_USAGE("requires a non-empty argument", "--sarif=", "x.c");
}
END_TEST

START_TEST(test_unknown_option)
{
	ASSERT_USAGE("unknown option '--frobnicate'", "--frobnicate", "x.c");
	ASSERT_USAGE("unknown option '-x'", "x.c", "-x");
	ASSERT_USAGE("unknown option '--sarifx'", "--sarifx", "y", "x.c");
	ASSERT_USAGE("unknown option '-hx'", "-hx");
}
END_TEST

START_TEST(test_flag_with_value)
{
	ASSERT_USAGE("option '--strict' takes no argument", "--strict=1", "x.c");
}
END_TEST

START_TEST(test_rules)
{
	dl_options o;
	char *err = NULL;
	size_t i;
	ck_assert_int_eq(parse(&o, &err, "--rules", "-*", "x.c", NULL), 0);
	for (i = 0; i < dl_rule_count; i++)
		ck_assert(!dl_rule_enabled(&o.rules, dl_rules[i]));
	dl_options_free(&o);
	if (!dl_rule_count)
		return;
	/* Applied left to right, across several --rules. */
	ck_assert_int_eq(parse(&o, &err, "--rules", "-*", "--rules", dl_rules[0]->id, "x.c", NULL), 0);
	ck_assert(dl_rule_enabled(&o.rules, dl_rules[0]));
	for (i = 1; i < dl_rule_count; i++)
		ck_assert(!dl_rule_enabled(&o.rules, dl_rules[i]));
	dl_options_free(&o);
}
END_TEST

START_TEST(test_unknown_rule)
{
	ASSERT_USAGE("unknown rule 'no-such-rule'", "--rules", "-*,no-such-rule", "x.c");
}
END_TEST

START_TEST(test_informational)
{
	static const struct { const char *arg; dl_action action; } cases[] = {
		{"--help", DL_ACTION_HELP}, {"-h", DL_ACTION_HELP}, {"--version", DL_ACTION_VERSION},
		{"--list-rules", DL_ACTION_LIST_RULES},
	};
	dl_options o;
	char *err = NULL;
	size_t i;
	/* No FILE is needed for these. */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		ck_assert_int_eq(parse(&o, &err, cases[i].arg, NULL), 0);
		ck_assert_int_eq(o.action, cases[i].action);
		dl_options_free(&o);
	}
	/* The first informational option decides. */
	ck_assert_int_eq(parse(&o, &err, "--version", "--help", NULL), 0);
	ck_assert_int_eq(o.action, DL_ACTION_VERSION);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_print_compiler_args)
{
	dl_options o;
	char *err = NULL;
	ck_assert_int_eq(parse(&o, &err, "--print-compiler-args", "x.c", "--", "-DX", NULL), 0);
	ck_assert_int_eq(o.action, DL_ACTION_PRINT_ARGS);
	ck_assert_str_eq(o.print_args_file, "x.c");
	ck_assert_uint_eq(o.nfiles, 0);
	ck_assert_uint_eq(o.ncompiler_args, 1);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_explain)
{
	dl_options o;
	char *err = NULL;
	ASSERT_USAGE("unknown rule 'no-such-rule'", "--explain", "no-such-rule");
	if (!dl_rule_count)
		return;
	ck_assert_int_eq(parse(&o, &err, "--explain", dl_rules[0]->id, NULL), 0);
	ck_assert_int_eq(o.action, DL_ACTION_EXPLAIN);
	ck_assert_str_eq(o.explain_rule, dl_rules[0]->id);
	dl_options_free(&o);
}
END_TEST

START_TEST(test_usage_names_every_option)
{
	static const char *const names[] = {"-p PATH", "--sarif FILE", "--format FMT", "--rules LIST",
					    "--list-rules", "--explain RULE", "-j N", "--strict",
					    "--print-compiler-args FILE", "--version", "--help", "--fail-on LEVEL",
					    "--color WHEN", "--config FILE", "--baseline SARIF", "--changed-since REV",
					    "--show-suppressed", "--report-unused-suppressions", "codeclimate", "markdown"};
	size_t i;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		ck_assert_msg(strstr(dl_cli_usage(), names[i]), "usage lacks %s", names[i]);
}
END_TEST

/* The man page documents every option --help names: each "  -x" or "  --x"
 * at the start of a usage line (several per line, split by ", "). */
START_TEST(test_man_page_names_every_option)
{
	char *page = tu_read(DL_SOURCE_DIR "/docs/drvlint.1");
	const char *line = dl_cli_usage();
	ck_assert_ptr_nonnull(page);
	for (; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		const char *p = line + 2;
		if (strncmp(line, "  -", 3))
			continue;
		while (*p == '-') {
			dl_buf esc = {0};
			for (; *p && *p != ' ' && *p != ',' && *p != '\n'; p++)
				dl_buf_printf(&esc, *p == '-' ? "\\-" : "%c", *p);
			ck_assert_msg(strstr(page, dl_buf_cstr(&esc)), "docs/drvlint.1 lacks %s", dl_buf_cstr(&esc));
			dl_buf_free(&esc);
			if (strncmp(p, ", -", 3))
				break;
			p += 2;
		}
	}
	free(page);
}
END_TEST

static Suite *cli_suite(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_value_options);
	tcase_add_test(tc, test_attached_values);
	tcase_add_loop_test(tc, test_formats, 0, 6);
	tcase_add_test(tc, test_use_options);
	tcase_add_test(tc, test_bad_format);
	tcase_add_test(tc, test_dashdash);
	tcase_add_test(tc, test_dashdash_without_files);
	tcase_add_test(tc, test_no_input_files);
	tcase_add_test(tc, test_compdb_without_files);
	tcase_add_test(tc, test_dash_is_a_file);
	tcase_add_loop_test(tc, test_bad_jobs, 0, (int)(sizeof(bad_jobs) / sizeof(bad_jobs[0])));
	tcase_add_test(tc, test_jobs_limits);
	tcase_add_loop_test(tc, test_missing_argument, 0,
			    (int)(sizeof(needs_value) / sizeof(needs_value[0])));
	tcase_add_test(tc, test_empty_argument);
	tcase_add_test(tc, test_unknown_option);
	tcase_add_test(tc, test_flag_with_value);
	tcase_add_test(tc, test_rules);
	tcase_add_test(tc, test_unknown_rule);
	tcase_add_test(tc, test_informational);
	tcase_add_test(tc, test_print_compiler_args);
	tcase_add_test(tc, test_explain);
	tcase_add_test(tc, test_usage_names_every_option);
	tcase_add_test(tc, test_man_page_names_every_option);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(cli_suite());
}
