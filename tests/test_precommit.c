/* drvlint as a pre-commit hook, run by the real `pre-commit` tool in a
 * throwaway repository: a commit adding a finding is refused with the finding
 * printed, the fixed commit goes through. Needs Debian's pre-commit package;
 * it is installed when missing, and the suite is skipped (exit 77) only when
 * that is impossible. No network: hooks come from local repositories. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SKIPPED 77

static const char buggy[] =
	"#include <ntddk.h>\n"
	"\n"
	"NTSTATUS PcDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG out = (PULONG)Irp->UserBuffer;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t*out = 1;\n"
	"\tIrp->IoStatus.Status = STATUS_SUCCESS;\n"
	"\tIoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n"
	"\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n"
	"{\n"
	"\tUNREFERENCED_PARAMETER(RegistryPath);\n"
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PcDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static const char fixed[] =
	"#include <ntddk.h>\n"
	"\n"
	"NTSTATUS PcDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
	"{\n"
	"\tPULONG out = (PULONG)Irp->UserBuffer;\n"
	"\tNTSTATUS status = STATUS_SUCCESS;\n"
	"\tUNREFERENCED_PARAMETER(DeviceObject);\n"
	"\t__try {\n"
	"\t\tProbeForWrite(out, sizeof(*out), sizeof(ULONG));\n"
	"\t\t*out = 1;\n"
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
	"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PcDeviceControl;\n"
	"\treturn STATUS_SUCCESS;\n"
	"}\n";

static char *tmp, *env;

/* Runs `cmd` in tmp/`sub` with drvlint on the PATH, a private pre-commit
 * cache and a git identity. */
static void sh(tu_result *r, const char *sub, const char *cmd)
{
	char *dir = dl_xprintf("%s/%s", tmp, sub), *full = dl_xprintf("%s %s", env, cmd);
	tu_sh(r, dir, full);
	free(dir);
	free(full);
}

static void sh_ok(const char *sub, const char *cmd)
{
	tu_result r;
	sh(&r, sub, cmd);
	ck_assert_msg(r.status == 0, "%s: %s%s", cmd, r.out, r.err);
	tu_result_free(&r);
}

static char *trimmed(char *s)
{
	s[strcspn(s, "\n")] = '\0';
	return s;
}

static void setup(void)
{
	char *bin = tu_sq(DL_BINARY_DIR), *cache;
	tmp = tu_tmpdir();
	cache = dl_xprintf("%s/cache", tmp);
	env = dl_xprintf("export PATH=%s:\"$PATH\" PRE_COMMIT_HOME=%s GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com "
			 "GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com GIT_CONFIG_NOSYSTEM=1 "
			 "GIT_CONFIG_GLOBAL=/dev/null;",
			 bin, cache);
	sh_ok("", "mkdir hooks project");
	free(bin);
	free(cache);
}

static void teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
	free(env);
}

/* tmp/hooks: a repository holding this project's .pre-commit-hooks.yaml;
 * returns its commit. */
static char *hook_repository(void)
{
	tu_result r;
	char *src = tu_read(DL_SOURCE_DIR "/.pre-commit-hooks.yaml"), *path = dl_xprintf("%s/hooks/.pre-commit-hooks.yaml", tmp);
	char *rev;
	ck_assert_ptr_nonnull(src);
	tu_write(path, src);
	sh_ok("hooks", "git init -q && git add .pre-commit-hooks.yaml && git commit -q -m hooks");
	sh_ok("hooks", "pre-commit validate-manifest .pre-commit-hooks.yaml");
	sh(&r, "hooks", "git rev-parse HEAD");
	rev = dl_xstrdup(trimmed(r.out));
	tu_result_free(&r);
	free(src);
	free(path);
	return rev;
}

static void write_file(const char *name, const char *text)
{
	char *path = dl_xprintf("%s/project/%s", tmp, name);
	tu_write(path, text);
	free(path);
}

static int commits(void)
{
	tu_result r;
	int n;
	sh(&r, "project", "git rev-list --count HEAD");
	n = atoi(r.out);
	tu_result_free(&r);
	return n;
}

/* The whole story in tmp/project, with the hook configured by `config`. */
static void commit_story(const char *config)
{
	tu_result r;
	write_file(".pre-commit-config.yaml", config);
	sh_ok("project", "git init -q && pre-commit validate-config .pre-commit-config.yaml && pre-commit install");
	/* No C file staged: the hook has nothing to check. */
	sh_ok("project", "git add .pre-commit-config.yaml && git commit -q -m 'pre-commit configuration'");
	ck_assert_int_eq(commits(), 1);

	write_file("ioctl.c", buggy);
	sh(&r, "project", "git add ioctl.c && git commit -m 'IOCTL handler' 2>&1");
	ck_assert_msg(r.status != 0, "the commit went through:\n%s", r.out);
	ck_assert_msg(strstr(r.out, "drvlint") && strstr(r.out, "Failed"), "%s", r.out);
	ck_assert_msg(strstr(r.out, "ioctl.c:7:2: error: ") && strstr(r.out, "[unprobed-user-pointer]"),
		      "the finding is not printed:\n%s", r.out);
	tu_result_free(&r);
	ck_assert_int_eq(commits(), 1);

	write_file("ioctl.c", fixed);
	sh(&r, "project", "git add ioctl.c && git commit -m 'IOCTL handler' 2>&1");
	ck_assert_msg(r.status == 0, "the fixed commit was refused:\n%s", r.out);
	ck_assert_msg(strstr(r.out, "drvlint") && strstr(r.out, "Passed"), "%s", r.out);
	tu_result_free(&r);
	ck_assert_int_eq(commits(), 2);
}

/* The hook as projects use it: from this repository's .pre-commit-hooks.yaml. */
START_TEST(test_hook_repository)
{
	char *rev = hook_repository();
	char *config = dl_xprintf("repos:\n"
				  "  - repo: %s/hooks\n"
				  "    rev: %s\n"
				  "    hooks:\n"
				  "      - id: drvlint\n", tmp, rev);
	commit_story(config);
	free(config);
	free(rev);
}
END_TEST

/* The local hook of docs/ci.md. */
START_TEST(test_local_hook)
{
	commit_story("repos:\n"
		     "  - repo: local\n"
		     "    hooks:\n"
		     "      - id: drvlint\n"
		     "        name: drvlint\n"
		     "        entry: drvlint\n"
		     "        language: system\n"
		     "        types_or: [c, c++]\n"
		     "        require_serial: true\n");
}
END_TEST

/* pre-commit on the PATH, installing Debian's package if it is not (outside
 * any test: no Check assertions here). */
static int have_pre_commit(void)
{
	static const char install[] =
		"command -v pre-commit >/dev/null 2>&1 && exit 0\n"
		"sudo=; [ \"$(id -u)\" -ne 0 ] && sudo='sudo -n'\n"
		"DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends pre-commit >/dev/null 2>&1 ||\n"
		"{ $sudo apt-get update -qq >/dev/null 2>&1 &&\n"
		"  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends pre-commit >/dev/null 2>&1; }\n"
		"command -v pre-commit >/dev/null 2>&1\n";
	return system(install) == 0;
}

static Suite *precommit_suite(void)
{
	Suite *s = suite_create("precommit");
	TCase *tc = tcase_create("pre-commit");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_hook_repository);
	tcase_add_test(tc, test_local_hook);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	if (!have_pre_commit()) {
		printf("test_precommit: SKIPPED: the pre-commit tool is not installed and could not be "
		       "installed (apt-get install pre-commit; scripts/dev installs it)\n");
		return SKIPPED;
	}
	return run_suite(precommit_suite());
}
