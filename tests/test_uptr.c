/*
 * The user-pointer domain on small functions: sources, propagation, probes on
 * every path, the __except path, requestor-mode branches, sanitizers, and
 * summaries across calls. Each test analyses a whole program (one file) with
 * a compact model of the kernel types and checks the findings and their paths.
 */
#include "testutil.h"
#include "drvlint/analyze.h"
#include "drvlint/uptr.h"

#include <stdlib.h>
#include <string.h>

static const char prelude[] =
	"typedef unsigned long ULONG, *PULONG;\n"
	"typedef unsigned char UCHAR, *PUCHAR;\n"
	"typedef void *PVOID;\n"
	"typedef long NTSTATUS;\n"
	"typedef unsigned long long SIZE_T, ULONG_PTR;\n"
	"typedef char KPROCESSOR_MODE;\n"
	"typedef unsigned char BOOLEAN;\n"
	"typedef enum _MODE { KernelMode, UserMode } MODE;\n"
	"typedef struct _MDL { int Size; } MDL, *PMDL;\n"
	"typedef struct _IRP { PMDL MdlAddress; union { struct _IRP *MasterIrp; PVOID SystemBuffer; } AssociatedIrp;\n"
	"  KPROCESSOR_MODE RequestorMode; PVOID UserBuffer; } IRP, *PIRP;\n"
	"typedef struct _IO_STACK_LOCATION { unsigned char MajorFunction; union {\n"
	"  struct { ULONG OutputBufferLength; ULONG InputBufferLength; ULONG IoControlCode; PVOID Type3InputBuffer; } DeviceIoControl;\n"
	"  struct { ULONG Length; } Read; } Parameters; } IO_STACK_LOCATION, *PIO_STACK_LOCATION;\n"
	"typedef struct _FILE_OBJECT { int Flags; } FILE_OBJECT, *PFILE_OBJECT;\n"
	"typedef struct _IO_STATUS_BLOCK { NTSTATUS Status; ULONG_PTR Information; } IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;\n"
	"typedef struct _DEVICE_OBJECT { PVOID DeviceExtension; } DEVICE_OBJECT, *PDEVICE_OBJECT;\n"
	"typedef BOOLEAN FAST_IO_DEVICE_CONTROL(PFILE_OBJECT FileObject, BOOLEAN Wait, PVOID InputBuffer,\n"
	"  ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength, ULONG IoControlCode,\n"
	"  PIO_STATUS_BLOCK IoStatus, PDEVICE_OBJECT DeviceObject);\n"
	"typedef struct WDFREQUEST__ *WDFREQUEST; typedef struct WDFMEMORY__ *WDFMEMORY;\n"
	"NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST r, SIZE_T min, PVOID *buf, SIZE_T *len);\n"
	"NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST r, PVOID buf, SIZE_T len, WDFMEMORY *mem);\n"
	"PVOID WdfMemoryGetBuffer(WDFMEMORY mem, SIZE_T *len);\n"
	"void ProbeForRead(const volatile void *Address, SIZE_T Length, ULONG Alignment);\n"
	"void ProbeForWrite(volatile void *Address, SIZE_T Length, ULONG Alignment);\n"
	"void *memcpy(void *d, const void *s, SIZE_T n);\n"
	"void *memset(void *d, int c, SIZE_T n);\n"
	"#define RtlCopyMemory(d, s, n) memcpy((d), (s), (n))\n"
	"#define RtlZeroMemory(d, n) memset((d), 0, (n))\n"
	"KPROCESSOR_MODE ExGetPreviousMode(void);\n"
	"PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(PIRP Irp);\n"
	"PMDL IoAllocateMdl(PVOID va, ULONG len, BOOLEAN sec, BOOLEAN charge, PIRP irp);\n"
	"void MmProbeAndLockPages(PMDL mdl, KPROCESSOR_MODE mode, int op);\n"
	"PVOID MmGetSystemAddressForMdlSafe(PMDL mdl, int prio);\n"
	"NTSTATUS GetExceptionCode(void);\n"
	"#define NULL ((void *)0)\n"
	"typedef struct _REQ { PVOID Dest; ULONG Len; ULONG_PTR Where; ULONG Value; } REQ, *PREQ;\n"
	"typedef NTSTATUS DRIVER_DISPATCH(PDEVICE_OBJECT DeviceObject, PIRP Irp);\n"
	"typedef struct _DRIVER_OBJECT { DRIVER_DISPATCH *MajorFunction[28]; } DRIVER_OBJECT, *PDRIVER_OBJECT;\n"
	"#define IRP_MJ_READ 0x03\n"
	"#define IRP_MJ_DEVICE_CONTROL 0x0e\n"
	"#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f\n";

static dl_findings found;
static unsigned prelude_lines;

/* Analyses `code` (after the prelude) with every rule; line numbers in the
 * checks below count from the first line of `code`. */
static void analyze(const char *code)
{
	char *all = dl_xprintf("%s%s", prelude, code);
	const char *c;
	prelude_lines = 0;
	for (c = prelude; *c; c++)
		prelude_lines += *c == '\n';
	dl_findings_clear(&found);
	tu_analyze(all, "-*,unprobed-user-pointer,user-access-outside-try,probe-outside-try", &found);
	free(all);
}

static size_t count(const char *rule)
{
	size_t i, n = 0;
	for (i = 0; i < found.count; i++)
		n += !strcmp(found.items[i].rule->id, rule);
	return n;
}

/* The finding of `rule` on code line `line` (fails when there is none). */
static const dl_finding *at(const char *rule, unsigned line)
{
	size_t i;
	for (i = 0; i < found.count; i++)
		if (!strcmp(found.items[i].rule->id, rule) && found.items[i].loc.line == line + prelude_lines)
			return &found.items[i];
	ck_abort_msg("no %s at line %u (%zu findings, first: %s at line %u)", rule, line, found.count,
		     found.count ? found.items[0].rule->id : "-",
		     found.count ? found.items[0].loc.line - prelude_lines : 0);
	return NULL;
}

/* A step of `f` at code line `line` whose message contains `text`. */
static int has_step(const dl_finding *f, unsigned line, const char *text)
{
	size_t i;
	for (i = 0; i < f->nsteps; i++)
		if (f->steps[i].loc.line == line + prelude_lines && strstr(f->steps[i].message, text))
			return 1;
	return 0;
}

static void assert_silent(void)
{
	ck_assert_msg(found.count == 0, "expected no finding, got %zu, first: %s", found.count,
		      found.count ? found.items[0].message : "");
}

START_TEST(plain_unprobed_copy)
{
	const dl_finding *f;
	analyze("NTSTATUS Ioctl(PIRP Irp, PIO_STACK_LOCATION sp)\n"
		"{\n"
		"\tUCHAR local[16];\n"
		"\tPVOID inBuf = sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\tRtlCopyMemory(local, inBuf, sizeof(local));\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(count("unprobed-user-pointer"), 1);
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 5);
	ck_assert_str_eq(f->message, "'inBuf' (Type3InputBuffer, a user-mode address) is read by RtlCopyMemory "
				     "without a ProbeForRead on every path");
	ck_assert(has_step(f, 4, "'inBuf' is Type3InputBuffer"));
	ck_assert(has_step(f, 5, "'inBuf' is read by RtlCopyMemory here"));
}
END_TEST

START_TEST(probe_in_try_dominates)
{
	analyze("NTSTATUS Ioctl(PIRP Irp, PIO_STACK_LOCATION sp)\n"
		"{\n"
		"\tUCHAR local[16];\n"
		"\tPVOID inBuf = sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\t__try {\n"
		"\t\tProbeForRead(inBuf, sizeof(local), 1);\n"
		"\t\tRtlCopyMemory(local, inBuf, sizeof(local));\n"
		"\t} __except (1) {\n"
		"\t\treturn GetExceptionCode();\n"
		"\t}\n"
		"\treturn 0;\n"
		"}\n");
	assert_silent();
}
END_TEST

START_TEST(probe_on_one_branch)
{
	const dl_finding *f;
	analyze("NTSTATUS Write(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPUCHAR p = Irp->UserBuffer;\n"
		"\t__try {\n"
		"\t\tif (len >= sizeof(REQ))\n"
		"\t\t\tProbeForWrite(p, len, 1);\n"
		"\t\tp[0] = 1;\n"
		"\t} __except (1) { return 1; }\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 7);
	ck_assert_str_eq(f->message, "'p' (Irp->UserBuffer, a user-mode address) is written without a "
				     "ProbeForWrite on every path");
	ck_assert(has_step(f, 5, "the path where `len >= sizeof(REQ)` is false skips the ProbeForWrite at line"));
}
END_TEST

START_TEST(exception_path_reaches_access)
{
	const dl_finding *f;
	analyze("NTSTATUS Write(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPUCHAR p = Irp->UserBuffer;\n"
		"\t__try {\n"
		"\t\tProbeForWrite(p, len, 1);\n"
		"\t} __except (1) {\n"
		"\t\tlen = 0;\n"
		"\t}\n"
		"\t__try { p[0] = 1; } __except (1) { }\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 9);
	ck_assert(has_step(f, 5, "raises on a bad address; the __except handler at line"));
}
END_TEST

START_TEST(aliases_share_the_probe)
{
	analyze("NTSTATUS Read(PIRP Irp, PIO_STACK_LOCATION sp, ULONG len)\n"
		"{\n"
		"\tPUCHAR base = (PUCHAR)sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\tPULONG q = (PULONG)(base + 8);\n"
		"\tPULONG r = &q[2];\n"
		"\tULONG v = 0;\n"
		"\t__try {\n"
		"\t\tProbeForRead(base, len, 1);\n"
		"\t\tv = *r + q[1];\n"
		"\t} __except (1) { return 0; }\n"
		"\treturn v + *(PULONG)((ULONG_PTR)base + 4);\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert_ptr_nonnull(at("user-access-outside-try", 11));
}
END_TEST

START_TEST(reassignment_after_probe)
{
	const dl_finding *f;
	analyze("NTSTATUS Read(PIRP Irp, PIO_STACK_LOCATION sp, ULONG len)\n"
		"{\n"
		"\tPUCHAR p = (PUCHAR)sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\t__try {\n"
		"\t\tProbeForRead(p, len, 1);\n"
		"\t\tp = Irp->UserBuffer;\n"
		"\t\treturn p[0];\n"
		"\t} __except (1) { return 0; }\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 7);
	ck_assert(has_step(f, 6, "'p' is Irp->UserBuffer"));
}
END_TEST

START_TEST(loop_first_pass)
{
	const dl_finding *f;
	analyze("ULONG Sum(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPULONG p = Irp->UserBuffer;\n"
		"\tULONG i, sum = 0;\n"
		"\t__try {\n"
		"\t\tfor (i = 0; i < len; i++) {\n"
		"\t\t\tsum += p[i];\n"
		"\t\t\tProbeForRead(p, len, 4);\n"
		"\t\t}\n"
		"\t} __except (1) { return 0; }\n"
		"\treturn sum;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 7);
	ck_assert(has_step(f, 8, "first pass through the loop"));
}
END_TEST

START_TEST(system_buffer_and_embedded_pointer)
{
	const dl_finding *f;
	analyze("NTSTATUS SetTarget(PIRP Irp)\n"
		"{\n"
		"\tPREQ req = (PREQ)Irp->AssociatedIrp.SystemBuffer;\n"
		"\tULONG n = req->Len;\n"
		"\treq->Value = n;\n"
		"\t*(PULONG)req->Where = req->Value;\n"
		"\tRtlCopyMemory(req->Dest, &n, sizeof(n));\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 2);
	f = at("unprobed-user-pointer", 6);
	ck_assert_str_eq(f->message, "'req->Where' (a pointer read from Irp->AssociatedIrp.SystemBuffer, a "
				     "user-mode address) is written without a ProbeForWrite on every path");
	ck_assert(has_step(f, 3, "'req' is Irp->AssociatedIrp.SystemBuffer"));
	f = at("unprobed-user-pointer", 7);
	ck_assert(strstr(f->message, "'req->Dest'") != NULL);
}
END_TEST

START_TEST(embedded_pointer_in_probed_copy)
{
	analyze("NTSTATUS Set(PIRP Irp, PIO_STACK_LOCATION sp)\n"
		"{\n"
		"\tREQ local;\n"
		"\tPVOID in = sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\t__try {\n"
		"\t\tProbeForRead(in, sizeof(REQ), 1);\n"
		"\t\tRtlCopyMemory(&local, in, sizeof(REQ));\n"
		"\t} __except (1) { return 1; }\n"
		"\tif (local.Len > 4)\n"
		"\t\treturn 1;\n"
		"\t*(PULONG)local.Dest = local.Value;\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert(has_step(at("unprobed-user-pointer", 11), 7, "copied into 'local'"));
}
END_TEST

START_TEST(requestor_mode_kernel_side)
{
	analyze("NTSTATUS Mode(PIRP Irp)\n"
		"{\n"
		"\tPULONG p = Irp->UserBuffer;\n"
		"\tKPROCESSOR_MODE mode = ExGetPreviousMode();\n"
		"\tif (Irp->RequestorMode == KernelMode)\n"
		"\t\t*p = 1;\n"
		"\tif (mode != UserMode)\n"
		"\t\tp[1] = 2;\n"
		"\tif (mode == UserMode) {\n"
		"\t\t__try { ProbeForWrite(p, 8, 4); p[2] = 3; } __except (1) { return 1; }\n"
		"\t} else {\n"
		"\t\tp[3] = 4;\n"
		"\t}\n"
		"\treturn 0;\n"
		"}\n");
	assert_silent();
}
END_TEST

START_TEST(mdl_and_kmdf_sanitizers)
{
	analyze("NTSTATUS Mdl(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPVOID p = Irp->UserBuffer, sys;\n"
		"\tPMDL mdl = IoAllocateMdl(p, len, 0, 1, Irp);\n"
		"\t__try {\n"
		"\t\tMmProbeAndLockPages(mdl, UserMode, 1);\n"
		"\t} __except (1) { return 1; }\n"
		"\tsys = MmGetSystemAddressForMdlSafe(mdl, 16);\n"
		"\tRtlZeroMemory(sys, len);\n"
		"\tMmProbeAndLockPages(Irp->MdlAddress, KernelMode, 1);\n"
		"\treturn mdl->Size;\n"
		"}\n"
		"NTSTATUS Kmdf(WDFREQUEST Request)\n"
		"{\n"
		"\tPVOID buf; SIZE_T len; WDFMEMORY mem; NTSTATUS st;\n"
		"\tst = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 4, &buf, &len);\n"
		"\tif (st < 0) return st;\n"
		"\tst = WdfRequestProbeAndLockUserBufferForRead(Request, buf, len, &mem);\n"
		"\tif (st < 0) return st;\n"
		"\treturn *(PULONG)WdfMemoryGetBuffer(mem, NULL);\n"
		"}\n");
	assert_silent();
}
END_TEST

START_TEST(kmdf_unsafe_buffer_unprobed)
{
	const dl_finding *f;
	analyze("NTSTATUS Kmdf(WDFREQUEST Request)\n"
		"{\n"
		"\tPVOID buf; SIZE_T len; NTSTATUS st;\n"
		"\tst = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 4, &buf, &len);\n"
		"\tif (st < 0) return st;\n"
		"\treturn *(PULONG)buf;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 6);
	ck_assert(has_step(f, 4, "'buf' is the buffer of WdfRequestRetrieveUnsafeUserInputBuffer"));
}
END_TEST

START_TEST(pointer_uses_that_are_not_accesses)
{
	analyze("NTSTATUS Keep(PIRP Irp, PVOID *save, PVOID *field)\n"
		"{\n"
		"\tPREQ p = Irp->UserBuffer;\n"
		"\tULONG n = sizeof(*p) + sizeof(p->Len);\n"
		"\tif (p == NULL)\n"
		"\t\treturn 1;\n"
		"\t*save = p;\n"
		"\t*field = &p->Value;\n"
		"\treturn n;\n"
		"}\n");
	assert_silent();
}
END_TEST

START_TEST(helper_accesses_parameter)
{
	const dl_finding *f;
	analyze("static void CopyRequest(PVOID Buffer, ULONG n)\n"
		"{\n"
		"\tUCHAR k[8];\n"
		"\tPUCHAR src = Buffer;\n"
		"\tRtlCopyMemory(k, src, n);\n"
		"}\n"
		"NTSTATUS DeviceControl(PIRP Irp, PIO_STACK_LOCATION sp)\n"
		"{\n"
		"\tPVOID inBuf = sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"\tCopyRequest(inBuf, 8);\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 5);
	ck_assert_str_eq(f->message, "'src' (Type3InputBuffer from DeviceControl, a user-mode address) is read "
				     "by RtlCopyMemory in CopyRequest without a ProbeForRead on every path");
	ck_assert(has_step(f, 9, "'inBuf' is Type3InputBuffer"));
	ck_assert(has_step(f, 10, "passed to CopyRequest() as 'inBuf' (line"));
	ck_assert(has_step(f, 4, "assigned to 'src'"));
}
END_TEST

START_TEST(probing_helper_is_silent)
{
	analyze("static void ProbeInput(PVOID p, ULONG len) { ProbeForRead(p, len, 1); }\n"
		"NTSTATUS Read(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPUCHAR p = Irp->UserBuffer;\n"
		"\t__try {\n"
		"\t\tProbeInput(p, len);\n"
		"\t\treturn p[1];\n"
		"\t} __except (1) { return 1; }\n"
		"}\n");
	assert_silent();
}
END_TEST

START_TEST(helper_access_outside_try)
{
	const dl_finding *f;
	analyze("static ULONG First(PULONG Data) { return Data[0]; }\n"
		"NTSTATUS Read(PIRP Irp, ULONG len)\n"
		"{\n"
		"\tPULONG p = Irp->UserBuffer;\n"
		"\t__try { ProbeForRead(p, len, 4); } __except (1) { return 1; }\n"
		"\treturn First(p);\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("user-access-outside-try", 1);
	ck_assert(strstr(f->message, "probed at line") != NULL);
	ck_assert(strstr(f->message, "in First outside") != NULL);
}
END_TEST

START_TEST(returned_user_pointer)
{
	analyze("static PVOID GetBuf(PIRP Irp) { return Irp->UserBuffer; }\n"
		"NTSTATUS Use(PIRP Irp)\n"
		"{\n"
		"\tPULONG p = GetBuf(Irp);\n"
		"\t*p = 5;\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert(has_step(at("unprobed-user-pointer", 5), 4, "returned by GetBuf()"));
}
END_TEST

START_TEST(embedded_pointer_in_helper)
{
	const dl_finding *f;
	analyze("static void Apply(PREQ Req) { *(PULONG)Req->Where = Req->Value; }\n"
		"NTSTATUS Set(PIRP Irp)\n"
		"{\n"
		"\tApply((PREQ)Irp->AssociatedIrp.SystemBuffer);\n"
		"\treturn 0;\n"
		"}\n"
		"NTSTATUS Internal(PIRP Irp, PREQ Mine)\n"
		"{\n"
		"\tApply(Mine);\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("unprobed-user-pointer", 1);
	ck_assert(strstr(f->message, "a pointer read from Irp->AssociatedIrp.SystemBuffer") != NULL);
	ck_assert(has_step(f, 4, "passed to Apply()"));
}
END_TEST

START_TEST(recursion_terminates)
{
	analyze("static void Walk(PUCHAR A, int n) { if (n) Walk(A + 1, n - 1); else *A = 0; }\n"
		"NTSTATUS Start(PIRP Irp) { Walk(Irp->UserBuffer, 3); return 0; }\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert_ptr_nonnull(at("unprobed-user-pointer", 1));
}
END_TEST

START_TEST(probe_outside_try)
{
	const dl_finding *f;
	analyze("static void Check(PVOID p, ULONG n) { ProbeForRead(p, n, 1); }\n"
		"NTSTATUS Guarded(PIRP Irp, ULONG n)\n"
		"{\n"
		"\t__try { Check(Irp->UserBuffer, n); } __except (1) { return 1; }\n"
		"\treturn 0;\n"
		"}\n"
		"NTSTATUS Bare(PIRP Irp, ULONG n)\n"
		"{\n"
		"\tPULONG p = Irp->UserBuffer;\n"
		"\tProbeForWrite(p, n, 4);\n"
		"\t__try { *p = 0; } __except (1) { return 1; }\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("probe-outside-try", 10);
	ck_assert_str_eq(f->message, "ProbeForWrite is called outside __try/__except: it raises an exception "
				     "on a bad address, which then bugchecks");
}
END_TEST

START_TEST(fastio_buffers)
{
	analyze("FAST_IO_DEVICE_CONTROL FastIoCtl;\n"
		"BOOLEAN FastIoCtl(PFILE_OBJECT FileObject, BOOLEAN Wait, PVOID InputBuffer,\n"
		"  ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength, ULONG IoControlCode,\n"
		"  PIO_STATUS_BLOCK IoStatus, PDEVICE_OBJECT DeviceObject)\n"
		"{\n"
		"\tIoStatus->Information = *(PULONG)InputBuffer;\n"
		"\t__try {\n"
		"\t\tProbeForWrite(OutputBuffer, OutputBufferLength, 1);\n"
		"\t\t*(PULONG)OutputBuffer = 0;\n"
		"\t} __except (1) { return 0; }\n"
		"\treturn 1;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert(strstr(at("unprobed-user-pointer", 6)->message, "InputBuffer of FastIoDeviceControl") != NULL);
}
END_TEST

/* NtReadFile probed Irp->UserBuffer before sending the read; nothing locks it. */
START_TEST(read_buffer_probed_by_io_manager)
{
	const dl_finding *f;
	analyze("static ULONG Peek(PUCHAR Data) { return Data[0]; }\n"
		"NTSTATUS Read(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"\tPUCHAR p = Irp->UserBuffer;\n"
		"\t__try { p[0] = 0; } __except (1) { return 1; }\n"
		"\tp[1] = 1;\n"
		"\treturn 0;\n"
		"}\n"
		"NTSTATUS Control(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"\treturn Peek(Irp->UserBuffer) + Read(DeviceObject, Irp);\n"
		"}\n"
		"NTSTATUS Entry(PDRIVER_OBJECT DriverObject)\n"
		"{\n"
		"\tDriverObject->MajorFunction[IRP_MJ_READ] = Read;\n"
		"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Control;\n"
		"\treturn 0;\n"
		"}\n");
	/* Read is also called on the IOCTL path: its buffer is not known to be probed. */
	ck_assert_uint_eq(found.count, 3);
	f = at("unprobed-user-pointer", 1);
	ck_assert(has_step(f, 11, "passed to Peek()"));
	ck_assert_ptr_nonnull(at("unprobed-user-pointer", 5));
	ck_assert_ptr_nonnull(at("unprobed-user-pointer", 6));
	analyze("NTSTATUS Read(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"\tPUCHAR p = Irp->UserBuffer;\n"
		"\t__try { p[0] = 0; } __except (1) { return 1; }\n"
		"\tp[1] = 1;\n"
		"\treturn 0;\n"
		"}\n"
		"NTSTATUS Entry(PDRIVER_OBJECT DriverObject)\n"
		"{\n"
		"\tDriverObject->MajorFunction[IRP_MJ_READ] = Read;\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	f = at("user-access-outside-try", 5);
	ck_assert_str_eq(f->message, "'p' (a user-mode address, probed by the I/O manager) is written outside "
				     "__try/__except: user memory can be unmapped after the probe");
}
END_TEST

/* Only kernel components send internal device controls. */
START_TEST(internal_device_control_is_kernel)
{
	analyze("NTSTATUS Internal(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"\tPREQ packet = Irp->UserBuffer;\n"
		"\treturn packet->Len;\n"
		"}\n"
		"NTSTATUS Entry(PDRIVER_OBJECT DriverObject)\n"
		"{\n"
		"\tDriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = Internal;\n"
		"\treturn 0;\n"
		"}\n");
	assert_silent();
}
END_TEST

/* One dispatch routine for every request: the case it calls a helper from
 * tells which request the helper serves. */
START_TEST(dispatch_switch_on_major_function)
{
	analyze("static void Fill(PIRP Irp) { *(PULONG)Irp->UserBuffer = 0; }\n"
		"static void Answer(PIRP Irp) { *(PULONG)Irp->UserBuffer = 1; }\n"
		"NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"\tPIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);\n"
		"\t__try {\n"
		"\t\tswitch (sp->MajorFunction) {\n"
		"\t\tcase IRP_MJ_READ:\n"
		"\t\t\tFill(Irp);\n"
		"\t\t\tbreak;\n"
		"\t\tcase IRP_MJ_DEVICE_CONTROL:\n"
		"\t\t\tAnswer(Irp);\n"
		"\t\t\tbreak;\n"
		"\t\t}\n"
		"\t} __except (1) { return 1; }\n"
		"\treturn 0;\n"
		"}\n"
		"NTSTATUS Entry(PDRIVER_OBJECT DriverObject)\n"
		"{\n"
		"\tDriverObject->MajorFunction[IRP_MJ_READ] = Dispatch;\n"
		"\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;\n"
		"\treturn 0;\n"
		"}\n");
	ck_assert_uint_eq(found.count, 1);
	ck_assert_ptr_nonnull(at("unprobed-user-pointer", 2));
}
END_TEST

static Suite *uptr_suite(void)
{
	Suite *s = suite_create("uptr");
	TCase *tc = tcase_create("domain");
	tcase_add_test(tc, plain_unprobed_copy);
	tcase_add_test(tc, probe_in_try_dominates);
	tcase_add_test(tc, probe_on_one_branch);
	tcase_add_test(tc, exception_path_reaches_access);
	tcase_add_test(tc, aliases_share_the_probe);
	tcase_add_test(tc, reassignment_after_probe);
	tcase_add_test(tc, loop_first_pass);
	tcase_add_test(tc, system_buffer_and_embedded_pointer);
	tcase_add_test(tc, embedded_pointer_in_probed_copy);
	tcase_add_test(tc, requestor_mode_kernel_side);
	tcase_add_test(tc, mdl_and_kmdf_sanitizers);
	tcase_add_test(tc, kmdf_unsafe_buffer_unprobed);
	tcase_add_test(tc, pointer_uses_that_are_not_accesses);
	tcase_add_test(tc, helper_accesses_parameter);
	tcase_add_test(tc, probing_helper_is_silent);
	tcase_add_test(tc, helper_access_outside_try);
	tcase_add_test(tc, returned_user_pointer);
	tcase_add_test(tc, embedded_pointer_in_helper);
	tcase_add_test(tc, recursion_terminates);
	tcase_add_test(tc, probe_outside_try);
	tcase_add_test(tc, fastio_buffers);
	tcase_add_test(tc, read_buffer_probed_by_io_manager);
	tcase_add_test(tc, internal_device_control_is_kernel);
	tcase_add_test(tc, dispatch_switch_on_major_function);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	int rc = run_suite(uptr_suite());
	dl_findings_clear(&found);
	return rc;
}
