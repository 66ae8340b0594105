/* libFuzzer target: arbitrary bytes as a C source file through the whole
 * pipeline: parsed with drvlint's compiler arguments and WDK model headers,
 * modelled, analyzed with every rule, written as SARIF. As in drvlint itself,
 * the work runs on a thread with a 512 MB stack (libclang recurses as deep as
 * the input nests). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drvlint/analyze.h"
#include "drvlint/frontend.h"
#include "drvlint/model.h"
#include "drvlint/output.h"

static dl_env env;
static CXIndex index_;
static char path[] = "/tmp/drvlint-fuzz-XXXXXX.c";

struct input {
	const uint8_t *data;
	size_t size;
};

static void cleanup(void)
{
	unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	dl_env_init(&env, (*argv)[0]);
	index_ = clang_createIndex(0, 0);
	fd = mkstemps(path, 2);
	if (fd < 0) {
		perror("drvlint fuzz: temporary file");
		exit(1);
	}
	close(fd);
	atexit(cleanup);
	(void)argc;
	return 0;
}

static void report(const dl_findings *findings)
{
	FILE *null = fopen("/dev/null", "w");
	dl_report rep;
	if (!null)
		return;
	memset(&rep, 0, sizeof(rep));
	rep.findings = findings;
	rep.rule_list = dl_rules;
	rep.nrules = dl_rule_count;
	rep.srcroot = "/tmp";
	dl_write_sarif(null, &rep);
	dl_write_gcc(null, &rep);
	fclose(null);
}

static void *analyze(void *arg)
{
	const struct input *in = arg;
	dl_source src = {path, NULL, NULL, 0};
	dl_findings findings = {0};
	dl_program *prog;
	dl_rule_set all;
	dl_tu tu;
	char *err = NULL;
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(in->data, 1, in->size, f) != in->size || fclose(f) != 0)
		abort();
	if (dl_parse(index_, &env, &src, &tu, &err) == DL_OK) {
		prog = dl_program_new();
		dl_rule_set_all(&all);
		if (dl_model_add_tu(prog, &tu) == DL_OK && dl_analyze(prog, &all, &findings) == DL_OK) {
			dl_findings_sort_unique(&findings);
			report(&findings);
		}
		dl_findings_clear(&findings);
		dl_program_free(prog);
	}
	dl_tu_dispose(&tu);
	free(err);
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = {data, size};
	pthread_attr_t attr;
	pthread_t t;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, (size_t)512 << 20);
	if (pthread_create(&t, &attr, analyze, &in) != 0)
		abort();
	pthread_join(t, NULL);
	pthread_attr_destroy(&attr);
	return 0;
}
