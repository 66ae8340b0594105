/* .drvlint.json: the parser and queries (analyzer/config.c), the schema in
 * docs/, and what the binary does with a configuration, good or bad. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"
#include "drvlint/config.h"

static dl_config *parse_ok(const char *text)
{
	dl_config *cfg = NULL;
	char *err = NULL;
	int ret = dl_config_parse(text, strlen(text), "/proj/.drvlint.json", &cfg, &err);
	ck_assert_msg(ret == 0, "rejected: %s", err ? err : "");
	ck_assert_ptr_nonnull(cfg);
	return cfg;
}

static const char full[] =
	"{\n"
	"  \"$schema\": \"https://github.com/drvlint/drvlint/blob/main/docs/drvlint.schema.json\",\n"
	"  \"rules\": {\"probe-outside-try\": \"off\", \"pageable-at-raised-irql\": \"warning\",\n"
	"            \"user-access-outside-try\": \"on\"},\n"
	"  \"compiler\": {\"args\": [\"-std=c11\"], \"defines\": [\"DBG=1\", \"NDIS630\"],\n"
	"               \"includeDirs\": [\"inc\", \"/opt/wdk/inc\"]},\n"
	"  \"functions\": {\n"
	"    \"sources\": [\"GetUserBuf\"],\n"
	"    \"sanitizers\": [\"SafeProbeRead\", {\"name\": \"ProbeRange\", \"argument\": 2}],\n"
	"    \"accesses\": [{\"name\": \"CopyOut\"}],\n"
	"    \"raiseIrql\": [\"RaiseIt\", {\"name\": \"ToDevice\", \"level\": \"DIRQL\"}],\n"
	"    \"lowerIrql\": [\"LowerIt\"],\n"
	"    \"pageable\": [{\"name\": \"LoadSettings\"}],\n"
	"    \"spinLocks\": [{\"acquire\": \"LockIt\", \"release\": \"UnlockIt\"}]\n"
	"  }\n"
	"}\n";

START_TEST(test_full)
{
	dl_config *cfg = parse_ok(full);
	const dl_rule *probe = dl_rule_find("probe-outside-try"), *irql = dl_rule_find("pageable-at-raised-irql");
	const dl_rule *access = dl_rule_find("user-access-outside-try");
	dl_rule_set rules;
	int arg = -1, level = -1;
	ck_assert_ptr_nonnull(probe);
	ck_assert_ptr_nonnull(irql);
	dl_rule_set_all(&rules);
	rules.on[dl_rule_index(access)] = 0;
	dl_config_apply_rules(cfg, &rules);
	ck_assert(!dl_rule_enabled(&rules, probe));
	ck_assert(dl_rule_enabled(&rules, irql));
	ck_assert(dl_rule_enabled(&rules, access));
	ck_assert_int_eq(dl_config_level(cfg, irql), DL_LEVEL_WARNING);
	ck_assert_int_eq(dl_config_level(cfg, access), access->level);
	ck_assert_uint_eq(cfg->nargs, 5);
	ck_assert_str_eq(cfg->args[0], "-std=c11");
	ck_assert_str_eq(cfg->args[1], "-DDBG=1");
	ck_assert_str_eq(cfg->args[2], "-DNDIS630");
	ck_assert_str_eq(cfg->args[3], "-I/proj/inc");
	ck_assert_str_eq(cfg->args[4], "-I/opt/wdk/inc");
	ck_assert(dl_config_is_source(cfg, "GetUserBuf"));
	ck_assert(!dl_config_is_source(cfg, "SafeProbeRead"));
	ck_assert(dl_config_is_sanitizer(cfg, "SafeProbeRead", &arg));
	ck_assert_int_eq(arg, 0);
	ck_assert(dl_config_is_sanitizer(cfg, "ProbeRange", &arg));
	ck_assert_int_eq(arg, 2);
	ck_assert(dl_config_is_access(cfg, "CopyOut", &arg));
	ck_assert_int_eq(arg, 0);
	ck_assert(dl_config_raises_irql(cfg, "RaiseIt", &level));
	ck_assert_int_eq(level, 2);
	ck_assert(dl_config_raises_irql(cfg, "ToDevice", &level));
	ck_assert_int_eq(level, 3);
	ck_assert(dl_config_lowers_irql(cfg, "LowerIt"));
	ck_assert(dl_config_is_pageable(cfg, "LoadSettings"));
	ck_assert_str_eq(dl_config_lock_acquire(cfg, "LockIt")->release, "UnlockIt");
	ck_assert_str_eq(dl_config_lock_release(cfg, "UnlockIt")->acquire, "LockIt");
	ck_assert_ptr_null(dl_config_lock_acquire(cfg, "UnlockIt"));
	dl_config_free(cfg);
}
END_TEST

START_TEST(test_null_config_and_active)
{
	dl_config *cfg = parse_ok("{\"functions\": {\"pageable\": [\"P\"]}}");
	ck_assert(!dl_config_is_pageable(NULL, "P"));
	ck_assert(!dl_config_is_sanitizer(NULL, "P", NULL));
	ck_assert_ptr_null(dl_config_lock_acquire(NULL, "P"));
	ck_assert_ptr_null(dl_active_config());
	dl_set_active_config(cfg);
	ck_assert(dl_config_is_pageable(dl_active_config(), "P"));
	dl_set_active_config(NULL);
	ck_assert_int_eq(dl_config_level(NULL, dl_rules[0]), dl_rules[0]->level);
	dl_config_free(cfg);
	dl_config_free(NULL);
}
END_TEST

static const struct { const char *text, *message; } bad[] = {
	{"{\"rule\": {}}", "/proj/.drvlint.json: unknown key 'rule'"},
	{"{\"functions\": {\"sanitisers\": []}}", "/proj/.drvlint.json: unknown key 'functions.sanitisers'"},
	{"{\"compiler\": {\"include\": []}}", "unknown key 'compiler.include'"},
	{"{\"rules\": {\"no-such-rule\": \"off\"}}", "unknown key 'rules.no-such-rule': no such rule"},
	{"{\"rules\": {\"probe-outside-try\": \"disabled\"}}",
	 "'rules.probe-outside-try' must be \"off\", \"on\", \"error\", \"warning\" or \"note\", not \"disabled\""},
	{"{\"rules\": {\"probe-outside-try\": false}}", "'rules.probe-outside-try' must be a string, not a boolean"},
	{"{\"rules\": []}", "'rules' must be an object, not an array"},
	{"{\"compiler\": {\"defines\": [\"A\", 3]}}", "'compiler.defines[1]' must be a string, not a number"},
	{"{\"compiler\": {\"args\": \"-DX\"}}", "'compiler.args' must be an array of strings, not a string"},
	{"{\"compiler\": {\"includeDirs\": [\"\"]}}", "'compiler.includeDirs[0]' must not be empty"},
	{"{\"functions\": {\"sanitizers\": [{\"name\": \"F\", \"arg\": 1}]}}",
	 "unknown key 'functions.sanitizers[0].arg'"},
	{"{\"functions\": {\"sanitizers\": [{\"name\": \"F\", \"argument\": -1}]}}",
	 "'functions.sanitizers[0].argument' must be an argument index from 0 to 31"},
	/* Found by fuzzing: a huge number was converted to int before the range check. */
	{"{\"functions\": {\"accesses\": [{\"name\": \"f\", \"argument\": 1e113}]}}",
	 "'functions.accesses[0].argument' must be an argument index from 0 to 31"},
	{"{\"functions\": {\"sanitizers\": [{\"argument\": 1}]}}", "'functions.sanitizers[0]' has no \"name\""},
	{"{\"functions\": {\"pageable\": [\"Not a name\"]}}",
	 "'functions.pageable[0]' must be a function name, not 'Not a name'"},
	{"{\"functions\": {\"pageable\": [{\"name\": \"F\", \"level\": \"DIRQL\"}]}}",
	 "unknown key 'functions.pageable[0].level'"},
	{"{\"functions\": {\"raiseIrql\": [{\"name\": \"F\", \"level\": \"HIGH\"}]}}",
	 "'functions.raiseIrql[0].level' must be \"APC_LEVEL\", \"DISPATCH_LEVEL\" or \"DIRQL\", not \"HIGH\""},
	{"{\"functions\": {\"spinLocks\": [{\"acquire\": \"A\"}]}}", "'functions.spinLocks[0]' has no \"release\""},
	{"{\"functions\": {\"sources\": {}}}", "'functions.sources' must be an array, not an object"},
	{"{\"rules\": {}, \"rules\": {}}", "duplicate key 'rules'"},
	{"[]", "the configuration must be a JSON object, not an array"},
	{"{\n\"rules\": {\n}\n,,}", "/proj/.drvlint.json: not valid JSON (line 4)"},
	{"", "not valid JSON (line 1)"},
};

START_TEST(test_bad)
{
	dl_config *cfg = (dl_config *)1;
	char *err = NULL;
	int ret = dl_config_parse(bad[_i].text, strlen(bad[_i].text), "/proj/.drvlint.json", &cfg, &err);
	ck_assert_int_eq(ret, DL_ERR_USAGE);
	ck_assert_ptr_null(cfg);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err, bad[_i].message), "'%s': got '%s', want '%s'", bad[_i].text, err, bad[_i].message);
	ck_assert_msg(!strncmp(err, "/proj/.drvlint.json: ", 21), "the file is named first: %s", err);
	ck_assert_ptr_null(strchr(err, '\n'));
	free(err);
}
END_TEST

START_TEST(test_find_upward)
{
	char *dir = tu_tmpdir(), *sub = dl_xprintf("%s/a/b", dir), *mid = dl_xprintf("%s/a", dir);
	char *cfgpath = dl_xprintf("%s/%s", dir, DL_CONFIG_NAME), *found;
	ck_assert_int_eq(mkdir(mid, 0700), 0);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	/* Nothing in the temporary tree (nor, in a sane /tmp, above it). */
	found = dl_config_find(sub);
	ck_assert_msg(!found || strncmp(found, dir, strlen(dir)), "found %s", found);
	free(found);
	tu_write(cfgpath, "{}");
	found = dl_config_find(sub);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, cfgpath);
	free(found);
	tu_rmtree(dir);
	free(dir);
	free(sub);
	free(mid);
	free(cfgpath);
}
END_TEST

/* ---- the schema in docs/ agrees with the parser ---- */

static int have_jsonschema(void)
{
	return system("python3 -c 'import jsonschema' >/dev/null 2>&1") == 0;
}

/* 0 when jsonschema accepts the file against docs/drvlint.schema.json. */
static int schema_status(const char *dir, const char *file)
{
	tu_result r;
	char *cmd = dl_xprintf("python3 -c 'import json,sys,jsonschema; "
			       "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' "
			       "%s/docs/drvlint.schema.json %s", DL_SOURCE_DIR, file);
	int st;
	tu_sh(&r, dir, cmd);
	st = r.status;
	tu_result_free(&r);
	free(cmd);
	return st;
}

/* The example in docs/configuration.md: the first ```json block. */
static char *doc_example(void)
{
	char *doc = tu_read(DL_SOURCE_DIR "/docs/configuration.md"), *start, *end, *out;
	ck_assert_ptr_nonnull(doc);
	start = strstr(doc, "```json\n");
	ck_assert_ptr_nonnull(start);
	start += 8;
	end = strstr(start, "```");
	ck_assert_ptr_nonnull(end);
	out = dl_xstrndup(start, (size_t)(end - start));
	free(doc);
	return out;
}

START_TEST(test_schema_agrees)
{
	char *dir, *path, *example = doc_example();
	size_t i;
	dl_config_free(parse_ok(example));
	dl_config_free(parse_ok(full));
	if (!have_jsonschema()) {
		free(example);
		return;   /* the parser half still ran */
	}
	dir = tu_tmpdir();
	path = dl_xprintf("%s/c.json", dir);
	tu_write(path, example);
	ck_assert_msg(schema_status(dir, "c.json") == 0, "the schema rejects the documented example");
	tu_write(path, full);
	ck_assert_msg(schema_status(dir, "c.json") == 0, "the schema rejects a full configuration");
	/* Every configuration the parser rejects for its shape, the schema rejects too
	 * (rule ids and duplicate keys are beyond a schema). */
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (strstr(bad[i].message, "no such rule") || strstr(bad[i].message, "duplicate") ||
		    strstr(bad[i].message, "not valid JSON"))
			continue;
		tu_write(path, bad[i].text);
		ck_assert_msg(schema_status(dir, "c.json") != 0, "the schema accepts %s", bad[i].text);
	}
	tu_rmtree(dir);
	free(dir);
	free(path);
	free(example);
}
END_TEST

/* ---- the binary ---- */

static const char driver[] =
	"#include <ntddk.h>\n"
	"#include \"ioctl.h\"\n"
	"\n"
	"NTSTATUS CfgDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG out = (PULONG)Irp->UserBuffer;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"#ifdef CFG_WRITE_REPLY\n"
	"\t*out = CFG_REPLY;\n"
	"#endif\n"
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CfgDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static char *root;

/* root/.drvlint.json (written per test), root/inc/ioctl.h, root/src/drv.c */
static void setup(void)
{
	char *p;
	root = tu_tmpdir();
	p = dl_xprintf("%s/inc", root);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	p = dl_xprintf("%s/src", root);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	p = dl_xprintf("%s/inc/ioctl.h", root);
	tu_write(p, "#define CFG_REPLY 7\n");
	free(p);
	p = dl_xprintf("%s/src/drv.c", root);
	tu_write(p, driver);
	free(p);
}

static void teardown(void)
{
	tu_rmtree(root);
	free(root);
}

static void write_config(const char *text)
{
	char *p = dl_xprintf("%s/.drvlint.json", root);
	tu_write(p, text);
	free(p);
}

START_TEST(test_binary_compiler_settings)
{
	tu_result r;
	/* Without the configuration the header is missing and the access compiled out. */
	tu_drvlint(&r, root, "src/drv.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strstr(r.err, "compile errors"), "%s", r.err);
	tu_result_free(&r);
	/* Found upward from the file: its include directory (relative to it) and define apply. */
	write_config("{\"compiler\": {\"defines\": [\"CFG_WRITE_REPLY\"], \"includeDirs\": [\"inc\"]}}");
	tu_drvlint(&r, root, "src/drv.c");
	ck_assert_msg(r.status == 1, "status %d: %s%s", r.status, r.out, r.err);
	ck_assert_str_eq(r.err, "");
	ck_assert_msg(strstr(r.out, "src/drv.c:9:2: error:"), "%s", r.out);
	tu_result_free(&r);
	tu_drvlint(&r, root, "--print-compiler-args src/drv.c");
	ck_assert_msg(strstr(r.out, "\n-DCFG_WRITE_REPLY\n") && strstr(r.out, "/inc\n"), "%s", r.out);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_binary_rules_and_levels)
{
	tu_result r;
	write_config("{\"compiler\": {\"defines\": [\"CFG_WRITE_REPLY\"], \"includeDirs\": [\"inc\"]},"
		     " \"rules\": {\"unprobed-user-pointer\": \"warning\"}}");
	tu_drvlint(&r, root, "src/drv.c");
	ck_assert_int_eq(r.status, 1);
	ck_assert_msg(strstr(r.out, "src/drv.c:9:2: warning:"), "%s", r.out);
	tu_result_free(&r);
	/* --fail-on compares the configured level. */
	tu_drvlint(&r, root, "--fail-on error src/drv.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_msg(strstr(r.out, "warning:"), "still reported: %s", r.out);
	tu_result_free(&r);
	write_config("{\"compiler\": {\"defines\": [\"CFG_WRITE_REPLY\"], \"includeDirs\": [\"inc\"]},"
		     " \"rules\": {\"unprobed-user-pointer\": \"off\"}}");
	tu_drvlint(&r, root, "src/drv.c");
	ck_assert_int_eq(r.status, 0);
	ck_assert_str_eq(r.out, "");
	tu_result_free(&r);
	/* --rules is applied after the file. */
	tu_drvlint(&r, root, "--rules unprobed-user-pointer src/drv.c");
	ck_assert_int_eq(r.status, 1);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_binary_bad_config)
{
	tu_result r;
	write_config("{\"rules\": {\"unprobed-user-pointer\": \"warning\"},\n \"functions\": {\"sanitisers\": [\"F\"]}}");
	tu_drvlint(&r, root, "src/drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_str_eq(r.out, "");
	ck_assert_msg(strstr(r.err, "drvlint: ") && strstr(r.err, ".drvlint.json: unknown key 'functions.sanitisers'"),
		      "%s", r.err);
	tu_result_free(&r);
	write_config("{\"compiler\": {\"defines\": [1]}}");
	tu_drvlint(&r, root, "--print-compiler-args src/drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "'compiler.defines[0]' must be a string, not a number"), "%s", r.err);
	tu_result_free(&r);
}
END_TEST

START_TEST(test_binary_explicit_config)
{
	tu_result r;
	char *p = dl_xprintf("%s/other.json", root);
	write_config("{\"rules\": {\"no-such-rule\": \"on\"}}");   /* ignored: --config wins */
	tu_write(p, "{\"compiler\": {\"defines\": [\"CFG_WRITE_REPLY\"], \"includeDirs\": [\"inc\"]}}");
	tu_drvlint(&r, root, "--config other.json src/drv.c");
	ck_assert_msg(r.status == 1, "status %d: %s", r.status, r.err);
	tu_result_free(&r);
	tu_drvlint(&r, root, "--config missing.json src/drv.c");
	ck_assert_int_eq(r.status, 2);
	ck_assert_msg(strstr(r.err, "missing.json: cannot read the configuration"), "%s", r.err);
	tu_result_free(&r);
	free(p);
}
END_TEST

/* The project's vocabulary reaches the analysis: a library probe and a
 * pageable library function, neither with a body drvlint could read. */
static const char vocabulary_driver[] =
	"#include <ntddk.h>\n"
	"\n"
	"/* From the vendor's support library (no source here). */\n"
	"NTSTATUS SafeProbeRead(PVOID Address, SIZE_T Length);\n"
	"VOID LogToRegistry(PCWSTR Message);\n"
	"\n"
	"static KSPIN_LOCK VocLock;\n"
	"static ULONG VocValue;\n"
	"\n"
	"NTSTATUS VocDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);\n"
	"\tPULONG in = (PULONG)stack->Parameters.DeviceIoControl.Type3InputBuffer;\n"
	"\tNTSTATUS status = STATUS_SUCCESS;\n"
	"\tKIRQL irql;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t__try {\n"
	"\t\tSafeProbeRead(in, sizeof(ULONG));\n"
	"\t\tKeAcquireSpinLock(&VocLock, &irql);\n"
	"\t\tVocValue = *in;\n"
	"\t\tLogToRegistry(L\"value set\");\n"
	"\t\tKeReleaseSpinLock(&VocLock, irql);\n"
	"\t} __except (EXCEPTION_EXECUTE_HANDLER) {\n"
	"\t\tstatus = GetExceptionCode();\n"
	"\t}\n"
	"\tIrp->IoStatus.Status = status;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn status;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tKeInitializeSpinLock(&VocLock);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = VocDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
;

START_TEST(test_binary_vocabulary)
{
	tu_result r;
	char *p = dl_xprintf("%s/src/voc.c", root);
	tu_write(p, vocabulary_driver);
	tu_drvlint(&r, root, "src/voc.c");
	ck_assert_msg(strstr(r.out, "src/voc.c:20:14: error: ") && strstr(r.out, "[unprobed-user-pointer]") &&
		      !strstr(r.out, "error: LogToRegistry"), "%s", r.out);
	tu_result_free(&r);
	write_config("{\"functions\": {\"sanitizers\": [\"SafeProbeRead\"], \"pageable\": [\"LogToRegistry\"]}}");
	tu_drvlint(&r, root, "src/voc.c");
	ck_assert_msg(!strstr(r.out, "[unprobed-user-pointer]"), "SafeProbeRead did not probe: %s", r.out);
	ck_assert_msg(strstr(r.out, "src/voc.c:21:3: error: LogToRegistry ") && strstr(r.out, "[pageable-at-raised-irql]") &&
		      strstr(r.out, "note: .drvlint.json lists LogToRegistry as pageable"), "%s", r.out);
	tu_result_free(&r);
	free(p);
}
END_TEST

static Suite *config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("parse"), *bin = tcase_create("binary");
	tcase_add_test(tc, test_full);
	tcase_add_test(tc, test_null_config_and_active);
	tcase_add_loop_test(tc, test_bad, 0, (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(tc, test_find_upward);
	tcase_add_test(tc, test_schema_agrees);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(bin, setup, teardown);
	tcase_set_timeout(bin, 120);
	tcase_add_test(bin, test_binary_compiler_settings);
	tcase_add_test(bin, test_binary_rules_and_levels);
	tcase_add_test(bin, test_binary_bad_config);
	tcase_add_test(bin, test_binary_explicit_config);
	tcase_add_test(bin, test_binary_vocabulary);
	suite_add_tcase(s, bin);
	return s;
}

int main(void)
{
	return run_suite(config_suite());
}
