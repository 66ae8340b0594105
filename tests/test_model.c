/* The driver model: roles, registrations, sections, SAL contracts, merging. */
#include "testutil.h"
#include "drvlint/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The few WDM declarations the sources below need, written out so that the
 * tests do not depend on the built-in headers. */
#define WDM \
	"typedef long NTSTATUS;\n" \
	"typedef void *PVOID;\n" \
	"typedef unsigned char BOOLEAN, KIRQL;\n" \
	"typedef unsigned long ULONG;\n" \
	"typedef unsigned long long SIZE_T;\n" \
	"#define NULL ((void *)0)\n" \
	"#define TRUE 1\n" \
	"#define PASSIVE_LEVEL 0\n" \
	"#define APC_LEVEL 1\n" \
	"#define DISPATCH_LEVEL 2\n" \
	"#define HIGH_LEVEL 15\n" \
	"#define _IRQL_requires_max_(x) __attribute__((annotate(\"sal:irql_requires_max=\" #x)))\n" \
	"#define _IRQL_requires_min_(x) __attribute__((annotate(\"sal:irql_requires_min=\" #x)))\n" \
	"#define _IRQL_requires_(x) __attribute__((annotate(\"sal:irql_requires=\" #x)))\n" \
	"#define _IRQL_raises_(x) __attribute__((annotate(\"sal:irql_raises=\" #x)))\n" \
	"#define _IRQL_saves_global_(k, v) __attribute__((annotate(\"sal:irql_saves_global=\" #k)))\n" \
	"#define _Use_decl_annotations_\n" \
	"#define IRP_MJ_CREATE 0x00\n" \
	"#define IRP_MJ_CLOSE 0x02\n" \
	"#define IRP_MJ_READ 0x03\n" \
	"typedef struct _IRP IRP, *PIRP;\n" \
	"typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;\n" \
	"typedef struct _KDPC { int x; } KDPC, *PKDPC;\n" \
	"typedef struct _KINTERRUPT *PKINTERRUPT;\n" \
	"typedef struct _DRIVER_OBJECT DRIVER_OBJECT, *PDRIVER_OBJECT;\n" \
	"typedef NTSTATUS DRIVER_DISPATCH(PDEVICE_OBJECT DeviceObject, PIRP Irp);\n" \
	"typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;\n" \
	"typedef void DRIVER_STARTIO(PDEVICE_OBJECT DeviceObject, PIRP Irp);\n" \
	"typedef void DRIVER_CANCEL(PDEVICE_OBJECT DeviceObject, PIRP Irp);\n" \
	"typedef DRIVER_CANCEL *PDRIVER_CANCEL;\n" \
	"typedef void DRIVER_UNLOAD(PDRIVER_OBJECT DriverObject);\n" \
	"typedef NTSTATUS DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject, PVOID RegistryPath);\n" \
	"typedef NTSTATUS DRIVER_ADD_DEVICE(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo);\n" \
	"typedef struct _DRIVER_EXTENSION { DRIVER_ADD_DEVICE *AddDevice; } DRIVER_EXTENSION;\n" \
	"struct _DRIVER_OBJECT { DRIVER_EXTENSION *DriverExtension; DRIVER_STARTIO *DriverStartIo;\n" \
	"  DRIVER_UNLOAD *DriverUnload; PDRIVER_DISPATCH MajorFunction[28]; };\n" \
	"typedef void KDEFERRED_ROUTINE(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2);\n" \
	"typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;\n" \
	"void KeInitializeDpc(PKDPC Dpc, PKDEFERRED_ROUTINE Routine, PVOID Context);\n" \
	"typedef NTSTATUS IO_COMPLETION_ROUTINE(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);\n" \
	"typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;\n" \
	"void IoSetCompletionRoutine(PIRP Irp, PIO_COMPLETION_ROUTINE R, PVOID Ctx, BOOLEAN a, BOOLEAN b, BOOLEAN c);\n" \
	"PDRIVER_CANCEL IoSetCancelRoutine(PIRP Irp, PDRIVER_CANCEL R);\n" \
	"typedef BOOLEAN KSERVICE_ROUTINE(PKINTERRUPT Interrupt, PVOID Context);\n" \
	"typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;\n" \
	"NTSTATUS IoConnectInterrupt(PKINTERRUPT *Obj, PKSERVICE_ROUTINE Isr, PVOID Ctx, PVOID Lock,\n" \
	"  ULONG Vector, KIRQL Irql, KIRQL SyncIrql, int Mode, BOOLEAN Share, ULONG Affinity, BOOLEAN Save);\n" \
	"typedef struct { PKSERVICE_ROUTINE ServiceRoutine; PKINTERRUPT *InterruptObject; } IO_LINE_PARAMS;\n" \
	"typedef struct { ULONG Version; union { IO_LINE_PARAMS FullySpecified; IO_LINE_PARAMS LineBased; }; }\n" \
	"  IO_CONNECT_INTERRUPT_PARAMETERS;\n" \
	"NTSTATUS IoConnectInterruptEx(IO_CONNECT_INTERRUPT_PARAMETERS *Parameters);\n" \
	"void __drvlint_paged_code(void);\n" \
	"#define PAGED_CODE() __drvlint_paged_code()\n"

#define WDF \
	"typedef struct WDFDEVICE__ *WDFDEVICE;\n" \
	"typedef struct WDFREQUEST__ *WDFREQUEST;\n" \
	"typedef struct WDFQUEUE__ *WDFQUEUE;\n" \
	"typedef struct WDFDPC__ *WDFDPC;\n" \
	"typedef struct WDFTIMER__ *WDFTIMER;\n" \
	"typedef struct WDFINTERRUPT__ *WDFINTERRUPT;\n" \
	"typedef enum { WdfExecutionLevelInvalid, WdfExecutionLevelInheritFromParent,\n" \
	"  WdfExecutionLevelPassive, WdfExecutionLevelDispatch } WDF_EXECUTION_LEVEL;\n" \
	"typedef struct { ULONG Size; WDF_EXECUTION_LEVEL ExecutionLevel; } WDF_OBJECT_ATTRIBUTES;\n" \
	"void WDF_OBJECT_ATTRIBUTES_INIT(WDF_OBJECT_ATTRIBUTES *a);\n" \
	"typedef void EVT_WDF_TIMER(WDFTIMER Timer);\n" \
	"typedef EVT_WDF_TIMER *PFN_WDF_TIMER;\n" \
	"typedef struct { ULONG Size; PFN_WDF_TIMER EvtTimerFunc; } WDF_TIMER_CONFIG;\n" \
	"void WDF_TIMER_CONFIG_INIT(WDF_TIMER_CONFIG *c, PFN_WDF_TIMER f);\n" \
	"NTSTATUS WdfTimerCreate(WDF_TIMER_CONFIG *c, WDF_OBJECT_ATTRIBUTES *a, WDFTIMER *t);\n" \
	"typedef void EVT_WDF_DPC(WDFDPC Dpc);\n" \
	"typedef EVT_WDF_DPC *PFN_WDF_DPC;\n" \
	"typedef struct { ULONG Size; PFN_WDF_DPC EvtDpcFunc; } WDF_DPC_CONFIG;\n" \
	"void WDF_DPC_CONFIG_INIT(WDF_DPC_CONFIG *c, PFN_WDF_DPC f);\n" \
	"NTSTATUS WdfDpcCreate(WDF_DPC_CONFIG *c, WDF_OBJECT_ATTRIBUTES *a, WDFDPC *d);\n" \
	"typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT I, ULONG MessageID);\n" \
	"typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;\n" \
	"typedef void EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT I, PVOID O);\n" \
	"typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;\n" \
	"typedef struct { ULONG Size; PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;\n" \
	"  PFN_WDF_INTERRUPT_DPC EvtInterruptDpc; BOOLEAN PassiveHandling; } WDF_INTERRUPT_CONFIG;\n" \
	"void WDF_INTERRUPT_CONFIG_INIT(WDF_INTERRUPT_CONFIG *c, PFN_WDF_INTERRUPT_ISR i, PFN_WDF_INTERRUPT_DPC d);\n" \
	"NTSTATUS WdfInterruptCreate(WDFDEVICE d, WDF_INTERRUPT_CONFIG *c, WDF_OBJECT_ATTRIBUTES *a, WDFINTERRUPT *i);\n" \
	"typedef void EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Q, WDFREQUEST R, SIZE_T Length);\n" \
	"typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;\n" \
	"typedef void EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Q, WDFREQUEST R, SIZE_T O, SIZE_T I, ULONG C);\n" \
	"typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;\n" \
	"typedef struct { ULONG Size; PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;\n" \
	"  PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl; } WDF_IO_QUEUE_CONFIG;\n" \
	"void WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(WDF_IO_QUEUE_CONFIG *c, int DispatchType);\n" \
	"NTSTATUS WdfIoQueueCreate(WDFDEVICE d, WDF_IO_QUEUE_CONFIG *c, WDF_OBJECT_ATTRIBUTES *a, WDFQUEUE *q);\n" \
	"typedef void EVT_WDF_REQUEST_CANCEL(WDFREQUEST R);\n" \
	"typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;\n" \
	"void WdfRequestMarkCancelable(WDFREQUEST R, PFN_WDF_REQUEST_CANCEL f);\n"

/* Lines of the preludes, for expectations on line numbers. */
static int prelude_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static dl_source test_src = {"test.c", NULL, NULL, 0, NULL};

/* Parsed TUs of one test, disposed by teardown. */
static dl_tu tus[4];
static size_t ntus;
static dl_program *prog;

static void setup(void)
{
	prog = dl_program_new();
	ntus = 0;
}

static void teardown(void)
{
	size_t i;
	dl_program_free(prog);
	prog = NULL;
	for (i = 0; i < ntus; i++)
		tu_free(tus[i].tu);
	ntus = 0;
}

static dl_tu *add_tu(CXTranslationUnit t)
{
	dl_tu *tu = &tus[ntus++];
	memset(tu, 0, sizeof(*tu));
	tu->src = &test_src;
	tu->tu = t;
	ck_assert_int_eq(dl_model_add_tu(prog, tu), 0);
	return tu;
}

static dl_tu *add_code(const char *code)
{
	return add_tu(tu_from_string(code));
}

/* The function named `name` (fails if not exactly one). */
static dl_function *fn(const char *name)
{
	dl_function *found = NULL;
	size_t i;
	for (i = 0; i < prog->nfns; i++) {
		if (strcmp(prog->fns[i].name, name) != 0)
			continue;
		ck_assert_msg(!found, "function %s recorded twice", name);
		found = &prog->fns[i];
	}
	ck_assert_msg(found != NULL, "no function %s in the model", name);
	return found;
}

static int has_fn(const char *name)
{
	size_t i;
	for (i = 0; i < prog->nfns; i++)
		if (!strcmp(prog->fns[i].name, name))
			return 1;
	return 0;
}

static const dl_registration *reg(const dl_function *f, dl_role role, const char *via)
{
	size_t i;
	for (i = 0; i < f->nregs; i++)
		if (f->regs[i].role == role && !strcmp(f->regs[i].via, via))
			return &f->regs[i];
	ck_abort_msg("%s: no %s registration via %s", f->name, dl_role_name(role), via);
	return NULL;
}

static const dl_global *global(const char *name)
{
	size_t i;
	for (i = 0; i < prog->nglobals; i++)
		if (!strcmp(prog->globals[i].name, name))
			return &prog->globals[i];
	return NULL;
}

START_TEST(test_role_tables)
{
	dl_irql lo, hi;
	int arg;
	ck_assert_int_eq(dl_registration_api("KeInitializeDpc", &arg), DL_ROLE_DPC);
	ck_assert_int_eq(arg, 1);
	ck_assert_int_eq(dl_registration_api("IoSetCompletionRoutineEx", &arg), DL_ROLE_COMPLETION);
	ck_assert_int_eq(arg, 2);
	ck_assert_int_eq(dl_registration_api("PsCreateSystemThread", &arg), DL_ROLE_WORKITEM);
	ck_assert_int_eq(arg, 5);
	ck_assert_int_eq(dl_registration_api_nth("WDF_INTERRUPT_CONFIG_INIT", 0, &arg), DL_ROLE_ISR);
	ck_assert_int_eq(arg, 1);
	ck_assert_int_eq(dl_registration_api_nth("WDF_INTERRUPT_CONFIG_INIT", 1, &arg), DL_ROLE_DPC);
	ck_assert_int_eq(arg, 2);
	ck_assert_int_eq(dl_registration_api_nth("WDF_INTERRUPT_CONFIG_INIT", 2, &arg), DL_ROLE_NONE);
	ck_assert_int_eq(dl_registration_api("KeSetTimer", &arg), DL_ROLE_NONE);
	ck_assert_int_eq(dl_registration_api("memcpy", &arg), DL_ROLE_NONE);

	dl_role_irql(DL_ROLE_DPC, &lo, &hi);
	ck_assert(lo == DL_IRQL_DISPATCH && hi == DL_IRQL_DISPATCH);
	dl_role_irql(DL_ROLE_ISR, &lo, &hi);
	ck_assert(lo == DL_IRQL_DIRQL && hi == DL_IRQL_DIRQL);
	dl_role_irql(DL_ROLE_COMPLETION, &lo, &hi);
	ck_assert(lo == DL_IRQL_PASSIVE && hi == DL_IRQL_DISPATCH);
	dl_role_irql(DL_ROLE_DISPATCH, &lo, &hi);
	ck_assert(lo == DL_IRQL_PASSIVE && hi == DL_IRQL_PASSIVE);
	dl_role_irql(DL_ROLE_KMDF_IO, &lo, &hi);
	ck_assert(lo == DL_IRQL_PASSIVE && hi == DL_IRQL_DISPATCH);
	ck_assert_str_eq(dl_role_name(DL_ROLE_DISPATCH), "dispatch routine");
	ck_assert_str_eq(dl_role_name(DL_ROLE_DPC), "DPC routine");
	ck_assert_str_eq(dl_irql_name(DL_IRQL_DISPATCH), "DISPATCH_LEVEL");
	ck_assert_str_eq(dl_irql_name(DL_IRQL_PASSIVE), "PASSIVE_LEVEL");
}
END_TEST

START_TEST(test_roles_from_typedefs)
{
	dl_function *f;
	const dl_registration *r;
	add_code(WDM
		 "typedef DRIVER_DISPATCH MY_DISPATCH;\n"
		 "DRIVER_DISPATCH Dispatch;\n"
		 "MY_DISPATCH Aliased;\n"
		 "KDEFERRED_ROUTINE Dpc;\n"
		 "_Use_decl_annotations_ NTSTATUS Dispatch(PDEVICE_OBJECT d, PIRP irp) { return 0; }\n"
		 "NTSTATUS Aliased(PDEVICE_OBJECT d, PIRP irp) { return 0; }\n"
		 "void Dpc(PKDPC dpc, PVOID c, PVOID a, PVOID b) { }\n"
		 "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PVOID path) { return 0; }\n");
	f = fn("Dispatch");
	ck_assert_int_eq(f->role, DL_ROLE_DISPATCH);
	ck_assert_uint_eq(f->nregs, 1);   /* declaration and definition: one registration */
	r = reg(f, DL_ROLE_DISPATCH, "DRIVER_DISPATCH");
	ck_assert(r->declared);
	ck_assert_uint_eq(r->loc.line, prelude_lines(WDM) + 2);
	ck_assert(!clang_Cursor_isNull(f->def));
	ck_assert_uint_eq(f->loc.line, prelude_lines(WDM) + 5);

	f = fn("Aliased");
	ck_assert_int_eq(f->role, DL_ROLE_DISPATCH);
	reg(f, DL_ROLE_DISPATCH, "DRIVER_DISPATCH");
	ck_assert_int_eq(fn("Dpc")->role, DL_ROLE_DPC);
	f = fn("DriverEntry");
	ck_assert_int_eq(f->role, DL_ROLE_DRIVER_ENTRY);
	reg(f, DL_ROLE_DRIVER_ENTRY, "DriverEntry");
}
END_TEST

START_TEST(test_major_function_stores)
{
	dl_function *f;
	const dl_registration *r;
	add_code(WDM
		 "NTSTATUS CreateClose(PDEVICE_OBJECT d, PIRP irp) { return 0; }\n"
		 "NTSTATUS Read(PDEVICE_OBJECT d, PIRP irp) { return 0; }\n"
		 "void StartIo(PDEVICE_OBJECT d, PIRP irp) { }\n"
		 "void Unload(PDRIVER_OBJECT d) { }\n"
		 "NTSTATUS AddDevice(PDRIVER_OBJECT d, PDEVICE_OBJECT pdo) { return 0; }\n"
		 "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PVOID path)\n"
		 "{\n"
		 "    DriverObject->MajorFunction[IRP_MJ_CREATE] =\n"
		 "        DriverObject->MajorFunction[IRP_MJ_CLOSE] = CreateClose;\n"
		 "    DriverObject->MajorFunction[IRP_MJ_READ] = (PDRIVER_DISPATCH)&Read;\n"
		 "    DriverObject->DriverStartIo = StartIo;\n"
		 "    DriverObject->DriverUnload = Unload;\n"
		 "    DriverObject->DriverExtension->AddDevice = AddDevice;\n"
		 "    return 0;\n"
		 "}\n");
	f = fn("CreateClose");
	ck_assert_int_eq(f->role, DL_ROLE_DISPATCH);
	ck_assert_uint_eq(f->nregs, 2);
	reg(f, DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_CREATE]");
	reg(f, DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_CLOSE]");
	r = reg(fn("Read"), DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_READ]");
	ck_assert_uint_eq(r->majors, 1u << 0x03);
	ck_assert_uint_eq(reg(f, DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_CLOSE]")->majors, 1u << 0x02);
	ck_assert_uint_eq(reg(fn("StartIo"), DL_ROLE_STARTIO, "DriverStartIo")->majors, 0);
	ck_assert(!r->declared);
	ck_assert_uint_eq(r->loc.line, prelude_lines(WDM) + 10);
	reg(fn("StartIo"), DL_ROLE_STARTIO, "DriverStartIo");
	ck_assert_int_eq(fn("StartIo")->role, DL_ROLE_STARTIO);
	reg(fn("Unload"), DL_ROLE_UNLOAD, "DriverUnload");
	reg(fn("AddDevice"), DL_ROLE_ADD_DEVICE, "AddDevice");
	ck_assert_int_eq(fn("DriverEntry")->role, DL_ROLE_DRIVER_ENTRY);
}
END_TEST

START_TEST(test_registration_calls)
{
	dl_function *f;
	const dl_registration *r;
	add_code(WDM
		 "KDPC g_dpc;\n"
		 "void DpcRoutine(PKDPC dpc, PVOID c, PVOID a, PVOID b) { }\n"
		 "NTSTATUS Done(PDEVICE_OBJECT d, PIRP irp, PVOID c) { return 0; }\n"
		 "void Cancel(PDEVICE_OBJECT d, PIRP irp) { }\n"
		 "BOOLEAN Isr(PKINTERRUPT i, PVOID c) { return 0; }\n"
		 "BOOLEAN IsrEx(PKINTERRUPT i, PVOID c) { return 0; }\n"
		 "void Cancel2(PDEVICE_OBJECT d, PIRP irp) { }\n"
		 "struct _IRP { PDRIVER_CANCEL CancelRoutine; };\n"
		 "/* A real WDK's IoSetCancelRoutine is this macro. */\n"
		 "#define SetCancel(Irp, R) \\\n"
		 "    ((PDRIVER_CANCEL)_InterlockedExchangePointer((PVOID *)&(Irp)->CancelRoutine, (PVOID)(R)))\n"
		 "void Setup(PIRP irp)\n"
		 "{\n"
		 "    PKINTERRUPT obj;\n"
		 "    IO_CONNECT_INTERRUPT_PARAMETERS params;\n"
		 "    KeInitializeDpc(&g_dpc, (PKDEFERRED_ROUTINE)DpcRoutine, NULL);\n"
		 "    IoSetCompletionRoutine(irp, Done, NULL, TRUE, TRUE, TRUE);\n"
		 "    IoSetCancelRoutine(irp, &Cancel);\n"
		 "    IoConnectInterrupt(&obj, Isr, NULL, NULL, 0, 0, 0, 0, 0, 0, 0);\n"
		 "    params.LineBased.ServiceRoutine = IsrEx;\n"
		 "    IoConnectInterruptEx(&params);\n"
		 "    SetCancel(irp, Cancel2);\n"
		 "}\n");
	r = reg(fn("DpcRoutine"), DL_ROLE_DPC, "KeInitializeDpc");
	ck_assert(!r->declared);
	ck_assert_uint_eq(r->loc.line, prelude_lines(WDM) + 16);
	ck_assert_int_eq(fn("DpcRoutine")->role, DL_ROLE_DPC);
	ck_assert_int_eq(fn("Done")->role, DL_ROLE_COMPLETION);
	reg(fn("Done"), DL_ROLE_COMPLETION, "IoSetCompletionRoutine");
	reg(fn("Cancel"), DL_ROLE_CANCEL, "IoSetCancelRoutine");
	reg(fn("Isr"), DL_ROLE_ISR, "IoConnectInterrupt");
	f = fn("IsrEx");
	ck_assert_int_eq(f->role, DL_ROLE_ISR);
	reg(f, DL_ROLE_ISR, "ServiceRoutine");
	ck_assert_int_eq(fn("Cancel2")->role, DL_ROLE_CANCEL);
	reg(fn("Cancel2"), DL_ROLE_CANCEL, "CancelRoutine");
	ck_assert_int_eq(fn("Setup")->role, DL_ROLE_NONE);
	/* Functions the file calls are in the model, with their declarations. */
	ck_assert(has_fn("KeInitializeDpc"));
	ck_assert(clang_Cursor_isNull(fn("KeInitializeDpc")->def));
}
END_TEST

START_TEST(test_strongest_role_wins)
{
	dl_function *f;
	add_code(WDM
		 "KDPC g_dpc;\n"
		 "IO_COMPLETION_ROUTINE Both;\n"
		 "NTSTATUS Both(PDEVICE_OBJECT d, PIRP irp, PVOID c) { return 0; }\n"
		 "void Setup(PDRIVER_OBJECT drv, PIRP irp)\n"
		 "{\n"
		 "    drv->MajorFunction[IRP_MJ_READ] = (PDRIVER_DISPATCH)Both;\n"
		 "    KeInitializeDpc(&g_dpc, (PKDEFERRED_ROUTINE)Both, NULL);\n"
		 "    IoSetCompletionRoutine(irp, Both, NULL, TRUE, TRUE, TRUE);\n"
		 "}\n");
	f = fn("Both");
	ck_assert_int_eq(f->role, DL_ROLE_DPC);
	ck_assert_uint_eq(f->nregs, 4);
	reg(f, DL_ROLE_COMPLETION, "IO_COMPLETION_ROUTINE");
	reg(f, DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_READ]");
	reg(f, DL_ROLE_DPC, "KeInitializeDpc");
	reg(f, DL_ROLE_COMPLETION, "IoSetCompletionRoutine");
}
END_TEST

START_TEST(test_kmdf_configs)
{
	add_code(WDM WDF
		 "EVT_WDF_TIMER PassiveTimer;\n"
		 "void PassiveTimer(WDFTIMER t) { }\n"
		 "void DispatchTimer(WDFTIMER t) { }\n"
		 "void Dpc(WDFDPC d) { }\n"
		 "BOOLEAN Isr(WDFINTERRUPT i, ULONG m) { return 0; }\n"
		 "void IsrDpc(WDFINTERRUPT i, PVOID o) { }\n"
		 "void Read(WDFQUEUE q, WDFREQUEST r, SIZE_T n) { }\n"
		 "void Ioctl(WDFQUEUE q, WDFREQUEST r, SIZE_T o, SIZE_T i, ULONG c) { }\n"
		 "void Cancel(WDFREQUEST r) { }\n"
		 "void Read2(WDFQUEUE q, WDFREQUEST r, SIZE_T n) { }\n"
		 "NTSTATUS Setup(WDFDEVICE device, WDFREQUEST request)\n"
		 "{\n"
		 "    WDF_OBJECT_ATTRIBUTES attrs, plain;\n"
		 "    WDF_TIMER_CONFIG tc, tc2;\n"
		 "    WDF_DPC_CONFIG dc;\n"
		 "    WDF_INTERRUPT_CONFIG ic;\n"
		 "    WDF_IO_QUEUE_CONFIG qc, qc2;\n"
		 "    WDFTIMER t; WDFDPC d; WDFINTERRUPT i; WDFQUEUE q;\n"
		 "    WDF_OBJECT_ATTRIBUTES_INIT(&attrs);\n"
		 "    attrs.ExecutionLevel = WdfExecutionLevelPassive;\n"
		 "    WDF_OBJECT_ATTRIBUTES_INIT(&plain);\n"
		 "    WDF_TIMER_CONFIG_INIT(&tc, PassiveTimer);\n"
		 "    WdfTimerCreate(&tc, &attrs, &t);\n"
		 "    WDF_TIMER_CONFIG_INIT(&tc2, DispatchTimer);\n"
		 "    WdfTimerCreate(&tc2, &plain, &t);\n"
		 "    WDF_DPC_CONFIG_INIT(&dc, Dpc);\n"
		 "    WdfDpcCreate(&dc, &attrs, &d);\n"
		 "    WDF_INTERRUPT_CONFIG_INIT(&ic, Isr, IsrDpc);\n"
		 "    ic.PassiveHandling = TRUE;\n"
		 "    WdfInterruptCreate(device, &ic, &plain, &i);\n"
		 "    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&qc, 1);\n"
		 "    qc.EvtIoRead = Read;\n"
		 "    qc.EvtIoDeviceControl = Ioctl;\n"
		 "    WdfIoQueueCreate(device, &qc, &attrs, &q);\n"
		 "    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&qc2, 1);\n"
		 "    qc2.EvtIoRead = Read2;\n"
		 "    WdfIoQueueCreate(device, &qc2, &plain, &q);\n"
		 "    WdfRequestMarkCancelable(request, Cancel);\n"
		 "    return 0;\n"
		 "}\n");
	ck_assert_int_eq(fn("PassiveTimer")->role, DL_ROLE_TIMER);
	ck_assert_uint_eq(fn("PassiveTimer")->nregs, 2);   /* typedef and config */
	reg(fn("PassiveTimer"), DL_ROLE_TIMER, "WDF_TIMER_CONFIG_INIT");
	ck_assert_int_eq(fn("PassiveTimer")->kmdf_passive, 1);
	ck_assert_int_eq(fn("DispatchTimer")->role, DL_ROLE_TIMER);
	ck_assert_int_eq(fn("DispatchTimer")->kmdf_passive, 0);
	/* A KMDF DPC runs at DISPATCH_LEVEL whatever its attributes say. */
	ck_assert_int_eq(fn("Dpc")->role, DL_ROLE_DPC);
	ck_assert_int_eq(fn("Dpc")->kmdf_passive, 0);
	reg(fn("Isr"), DL_ROLE_ISR, "WDF_INTERRUPT_CONFIG_INIT");
	reg(fn("IsrDpc"), DL_ROLE_DPC, "WDF_INTERRUPT_CONFIG_INIT");
	ck_assert_int_eq(fn("Isr")->kmdf_passive, 1);
	ck_assert_int_eq(fn("IsrDpc")->kmdf_passive, 1);
	ck_assert_uint_eq(reg(fn("Read"), DL_ROLE_KMDF_IO, "EvtIoRead")->majors, 1u << 0x03);
	ck_assert_uint_eq(reg(fn("Ioctl"), DL_ROLE_KMDF_IO, "EvtIoDeviceControl")->majors, 1u << 0x0e);
	ck_assert_int_eq(fn("Read")->kmdf_passive, 1);
	ck_assert_int_eq(fn("Ioctl")->kmdf_passive, 1);
	ck_assert_int_eq(fn("Read2")->role, DL_ROLE_KMDF_IO);
	ck_assert_int_eq(fn("Read2")->kmdf_passive, 0);
	ck_assert_int_eq(fn("Cancel")->role, DL_ROLE_CANCEL);
	reg(fn("Cancel"), DL_ROLE_CANCEL, "WdfRequestMarkCancelable");
}
END_TEST

START_TEST(test_alloc_text)
{
	dl_function *f;
	int base = prelude_lines(WDM);
	add_code(WDM
		 "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PVOID p);\n"
		 "void A(void); void B(void); void C(void); void D(void); void E(void);\n"
		 "#pragma alloc_text(PAGE, A, B)\n"
		 "#pragma alloc_text(\"INIT\", DriverEntry)\n"
		 "#pragma alloc_text(PAGEwx1, C)\n"
		 "#pragma alloc_text(page, E)\n"
		 "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PVOID p) { return 0; }\n"
		 "void A(void) { }\n"
		 "void B(void) { }\n"
		 "void C(void) { }\n"
		 "void D(void) { }\n"
		 "void E(void) { }\n");
	f = fn("A");
	ck_assert_str_eq(f->section, "PAGE");
	ck_assert_str_eq(f->section_via, "#pragma alloc_text");
	ck_assert_uint_eq(f->section_loc.line, base + 3);
	ck_assert_int_eq(f->pageable, 1);
	ck_assert_str_eq(fn("B")->section, "PAGE");
	ck_assert_int_eq(fn("B")->pageable, 1);
	ck_assert_str_eq(fn("DriverEntry")->section, "INIT");
	ck_assert_int_eq(fn("DriverEntry")->pageable, 0);
	ck_assert_str_eq(fn("C")->section, "PAGEwx1");
	ck_assert_int_eq(fn("C")->pageable, 1);
	ck_assert_ptr_null(fn("D")->section);
	ck_assert_int_eq(fn("D")->pageable, 0);
	/* Section names are case-sensitive, as for the linker. */
	ck_assert_str_eq(fn("E")->section, "page");
	ck_assert_int_eq(fn("E")->pageable, 0);
}
END_TEST

START_TEST(test_code_seg_regions)
{
	dl_function *f;
	int base = prelude_lines(WDM);
	add_code(WDM
		 "void Later(void);\n"
		 "#pragma code_seg(\"PAGE\")\n"
		 "void In1(void) { }\n"
		 "void In2(void) { }\n"
		 "#pragma code_seg()\n"
		 "void Out1(void) { }\n"
		 "void Later(void) { }\n"
		 "#pragma code_seg(push, r1, \"PAGESRP0\")\n"
		 "void In3(void) { }\n"
		 "#pragma code_seg(pop, r1)\n"
		 "void Out2(void) { }\n"
		 "#pragma code_seg(\"PAGE\")\n"
		 "void In4(void) { }\n"
		 "#pragma code_seg(push)\n"
		 "#pragma code_seg(\"INIT\")\n"
		 "void Init1(void) { }\n"
		 "#pragma code_seg(pop)\n"
		 "void In5(void) { }\n"
		 "#pragma code_seg()\n"
		 "void Out3(void) { }\n"
		 "void Out4(void);\n"
		 "__pragma(alloc_text(PAGE, Out4))\n"
		 "void Out4(void) { }\n");
	f = fn("In1");
	ck_assert_str_eq(f->section, "PAGE");
	ck_assert_str_eq(f->section_via, "#pragma code_seg");
	ck_assert_uint_eq(f->section_loc.line, base + 2);
	ck_assert_int_eq(f->pageable, 1);
	ck_assert_str_eq(fn("In2")->section, "PAGE");
	ck_assert_ptr_null(fn("Out1")->section);
	/* Declared inside no region, defined outside: the definition counts. */
	ck_assert_ptr_null(fn("Later")->section);
	ck_assert_str_eq(fn("In3")->section, "PAGESRP0");
	ck_assert_ptr_null(fn("Out2")->section);
	ck_assert_str_eq(fn("In4")->section, "PAGE");
	ck_assert_str_eq(fn("Init1")->section, "INIT");
	ck_assert_int_eq(fn("Init1")->pageable, 0);
	ck_assert_str_eq(fn("In5")->section, "PAGE");
	ck_assert_ptr_null(fn("Out3")->section);
	ck_assert_str_eq(fn("Out4")->section, "PAGE");
	ck_assert_str_eq(fn("Out4")->section_via, "#pragma alloc_text");
}
END_TEST

START_TEST(test_declspec_code_seg)
{
	dl_function *f;
	int base = prelude_lines(WDM);
	add_code(WDM
		 "#define PAGED_SEG __declspec(code_seg(\"PAGE\"))\n"
		 "#define IN_SEG(s) __declspec(code_seg(s))\n"
		 "__declspec(code_seg(\"PAGE\")) void Direct(void) { }\n"
		 "PAGED_SEG void ViaMacro(void) { }\n"
		 "IN_SEG(\"INIT\") void ViaArg(void) { }\n"
		 "__declspec(noinline) void Other(void) { }\n");
	f = fn("Direct");
	ck_assert_str_eq(f->section, "PAGE");
	ck_assert_str_eq(f->section_via, "__declspec(code_seg)");
	ck_assert_uint_eq(f->section_loc.line, base + 3);
	ck_assert_int_eq(f->pageable, 1);
	f = fn("ViaMacro");
	ck_assert_str_eq(f->section, "PAGE");
	ck_assert_uint_eq(f->section_loc.line, base + 4);
	ck_assert_str_eq(fn("ViaArg")->section, "INIT");
	ck_assert_int_eq(fn("ViaArg")->pageable, 0);
	ck_assert_ptr_null(fn("Other")->section);
}
END_TEST

START_TEST(test_paged_code)
{
	dl_function *f;
	int base = prelude_lines(WDM);
	add_code(WDM
		 "#define MY_CHECK() PAGED_CODE()\n"
		 "void Paged(void)\n"
		 "{\n"
		 "    PAGED_CODE();\n"
		 "}\n"
		 "void NotPaged(void) { }\n"
		 "void ViaOwnMacro(void) { MY_CHECK(); }\n");
	f = fn("Paged");
	ck_assert_int_eq(f->calls_paged_code, 1);
	ck_assert_uint_eq(f->paged_code_loc.line, base + 4);
	ck_assert_uint_eq(f->paged_code_loc.column, 5);
	ck_assert_int_eq(fn("NotPaged")->calls_paged_code, 0);
	/* Seen through the marker call, not the token. */
	f = fn("ViaOwnMacro");
	ck_assert_int_eq(f->calls_paged_code, 1);
	ck_assert_uint_eq(f->paged_code_loc.line, base + 7);
	/* PAGED_CODE() is no section: it only asserts. */
	ck_assert_ptr_null(fn("Paged")->section);
}
END_TEST

/* With a real WDK, PAGED_CODE() may expand to nothing a call could show. */
START_TEST(test_paged_code_token)
{
	add_code("#define PAGED_CODE() ((void)0)\n"
		 "void Paged(void) { int x = 0; PAGED_CODE(); (void)x; }\n"
		 "void Other(void) { }\n");
	ck_assert_int_eq(fn("Paged")->calls_paged_code, 1);
	ck_assert_uint_eq(fn("Paged")->paged_code_loc.line, 2);
	ck_assert_int_eq(fn("Other")->calls_paged_code, 0);
}
END_TEST

START_TEST(test_sal_annotations)
{
	dl_function *f;
	add_code(WDM
		 "_IRQL_requires_max_(DISPATCH_LEVEL) void MaxDispatch(void);\n"
		 "void MaxDispatch(void) { }\n"
		 "_IRQL_requires_(APC_LEVEL) void ExactlyApc(void);\n"
		 "_IRQL_requires_min_(DISPATCH_LEVEL) _IRQL_requires_max_(HIGH_LEVEL) void High(void);\n"
		 "_IRQL_requires_max_(2) void Numeric(void);\n"
		 "#define CAST_LEVEL ((KIRQL)1)\n"
		 "#define __drv_maxIRQL(x) _IRQL_requires_max_(x)\n"
		 "__drv_maxIRQL(CAST_LEVEL) void Expanded(void);\n"
		 "_IRQL_requires_max_(0x1f) void HexHigh(void);\n"
		 "_IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, Irql) KIRQL Raise(void);\n"
		 "_IRQL_requires_max_(PASSIVE_LEVEL) void Twice(void);\n"
		 "_IRQL_requires_max_(APC_LEVEL) void Twice(void);\n"
		 "void Plain(void);\n"
		 "void User(void) { MaxDispatch(); ExactlyApc(); High(); Numeric(); Expanded(); HexHigh(); Raise(); Twice(); Plain(); }\n");
	f = fn("MaxDispatch");
	ck_assert_int_eq(f->sal.max, DL_IRQL_DISPATCH);
	ck_assert_int_eq(f->sal.min, DL_IRQL_UNKNOWN);
	ck_assert(!clang_Cursor_isNull(f->def));
	f = fn("ExactlyApc");
	ck_assert_int_eq(f->sal.min, DL_IRQL_APC);
	ck_assert_int_eq(f->sal.max, DL_IRQL_APC);
	f = fn("High");
	ck_assert_int_eq(f->sal.min, DL_IRQL_DISPATCH);
	ck_assert_int_eq(f->sal.max, DL_IRQL_DIRQL);
	ck_assert_int_eq(fn("Numeric")->sal.max, DL_IRQL_DISPATCH);
	/* An argument expanded before it was stringified: "((KIRQL)1)". */
	ck_assert_int_eq(fn("Expanded")->sal.max, DL_IRQL_APC);
	ck_assert_int_eq(fn("HexHigh")->sal.max, DL_IRQL_DIRQL);
	f = fn("Raise");
	ck_assert_int_eq(f->sal.raises_to, DL_IRQL_DISPATCH);
	ck_assert_int_eq(f->sal.saves_global, 1);
	ck_assert_int_eq(f->sal.restores_global, 0);
	/* Every declaration counts; the tightest bound wins. */
	ck_assert_int_eq(fn("Twice")->sal.max, DL_IRQL_PASSIVE);
	f = fn("Plain");
	ck_assert_int_eq(f->sal.min, DL_IRQL_UNKNOWN);
	ck_assert_int_eq(f->sal.max, DL_IRQL_UNKNOWN);
	ck_assert_int_eq(f->sal.raises_to, DL_IRQL_UNKNOWN);
}
END_TEST

START_TEST(test_data_seg_globals)
{
	const dl_global *g;
	CXCursor user;
	dl_tu *tu;
	int base = prelude_lines(WDM);
	tu = add_code(WDM
		      "#pragma data_seg(\"PAGEDATA\")\n"
		      "int Paged = 1;\n"
		      "int Uninit;\n"
		      "const int Konst = 3;\n"
		      "#pragma data_seg()\n"
		      "#pragma bss_seg(\"PAGEBSS\")\n"
		      "int InBss;\n"
		      "#pragma bss_seg()\n"
		      "#pragma section(\"PAGEDATA\", read, write)\n"
		      "__declspec(allocate(\"PAGEDATA\")) int Allocated = 2;\n"
		      "int Plain = 4;\n"
		      "extern int Elsewhere;\n"
		      "int User(void) { return Paged + Plain + Elsewhere; }\n");
	g = global("Paged");
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(g->section, "PAGEDATA");
	ck_assert_int_eq(g->pageable, 1);
	ck_assert_uint_eq(g->loc.line, base + 2);
	/* data_seg places initialised, non-const data only. */
	ck_assert_ptr_null(global("Uninit"));
	ck_assert_ptr_null(global("Konst"));
	g = global("InBss");
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(g->section, "PAGEBSS");
	ck_assert_int_eq(g->pageable, 1);
	g = global("Allocated");
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(g->section, "PAGEDATA");
	ck_assert_ptr_null(global("Plain"));
	ck_assert_ptr_null(global("Elsewhere"));

	/* Lookup from a use: `return Paged + Plain + Elsewhere;` */
	user = tu_function(tu->tu, "User");
	{
		CXCursor ret = dl_child(dl_child(user, 0), 0);
		CXCursor sum = dl_strip(dl_child(ret, 0));         /* (Paged + Plain) + Elsewhere */
		CXCursor inner = dl_strip(dl_child(sum, 0));       /* Paged + Plain */
		CXCursor paged = dl_strip(dl_child(inner, 0));
		CXCursor plain = dl_strip(dl_child(inner, 1));
		ck_assert_int_eq(clang_getCursorKind(paged), CXCursor_DeclRefExpr);
		ck_assert_ptr_eq(dl_program_global_of(prog, paged), global("Paged"));
		ck_assert_ptr_null(dl_program_global_of(prog, plain));
	}
}
END_TEST

/* A prototype with annotations and a role in one file, the body in another. */
START_TEST(test_merge_across_tus)
{
	dl_tu *a, *b;
	dl_function *f;
	CXCursor reg_fn, store, rhs;
	size_t i, n = 0;
	a = add_code(WDM
		     "DRIVER_DISPATCH Foo;\n"
		     "_IRQL_requires_max_(APC_LEVEL) NTSTATUS Foo(PDEVICE_OBJECT d, PIRP irp);\n"
		     "void Register(PDRIVER_OBJECT drv) { drv->MajorFunction[IRP_MJ_READ] = Foo; }\n");
	f = fn("Foo");
	ck_assert(clang_Cursor_isNull(f->def));
	ck_assert_ptr_null(f->tu);
	b = add_code(WDM
		     "NTSTATUS Foo(PDEVICE_OBJECT d, PIRP irp);\n"
		     "#pragma alloc_text(PAGE, Foo)\n"
		     "NTSTATUS Foo(PDEVICE_OBJECT d, PIRP irp)\n"
		     "{\n"
		     "    PAGED_CODE();\n"
		     "    return 0;\n"
		     "}\n");
	for (i = 0; i < prog->nfns; i++)
		n += !strcmp(prog->fns[i].name, "Foo");
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(prog->ntus, 2);
	f = fn("Foo");
	ck_assert_ptr_eq(f->tu, b);
	ck_assert(!clang_Cursor_isNull(f->def));
	ck_assert(clang_equalCursors(f->def, tu_function(b->tu, "Foo")));
	ck_assert_uint_eq(f->loc.line, prelude_lines(WDM) + 3);
	ck_assert_int_eq(f->role, DL_ROLE_DISPATCH);
	reg(f, DL_ROLE_DISPATCH, "DRIVER_DISPATCH");
	reg(f, DL_ROLE_DISPATCH, "MajorFunction[IRP_MJ_READ]");
	ck_assert_int_eq(f->sal.max, DL_IRQL_APC);
	ck_assert_str_eq(f->section, "PAGE");
	ck_assert_int_eq(f->pageable, 1);
	ck_assert_int_eq(f->calls_paged_code, 1);

	/* The reference in file a resolves to the merged function. */
	reg_fn = tu_function(a->tu, "Register");
	store = dl_child(dl_child(reg_fn, 1), 0);
	ck_assert_int_eq(clang_getCursorKind(store), CXCursor_BinaryOperator);
	rhs = dl_strip(dl_child(store, 1));
	ck_assert_ptr_eq(dl_program_function_of(prog, rhs), f);
	ck_assert_ptr_eq(dl_program_function_of(prog, f->def), f);
	ck_assert_ptr_eq(dl_program_function(prog, f->usr), f);
	ck_assert_ptr_null(dl_program_function(prog, "c:@F@NoSuchFunction"));
}
END_TEST

START_TEST(test_plain_function)
{
	dl_function *f;
	add_code("int Helper(int x) { return x + 1; }\n"
		 "__inline int Inl(int x) { return x; }\n"
		 "__forceinline int Forced(int x) { return x; }\n");
	f = fn("Helper");
	ck_assert_int_eq(f->role, DL_ROLE_NONE);
	ck_assert_uint_eq(f->nregs, 0);
	ck_assert_ptr_null(f->section);
	ck_assert_ptr_null(f->section_via);
	ck_assert_int_eq(f->pageable, 0);
	ck_assert_int_eq(f->calls_paged_code, 0);
	ck_assert_int_eq(f->is_inline, 0);
	ck_assert_int_eq(f->kmdf_passive, 0);
	ck_assert_int_eq(f->sal.max, DL_IRQL_UNKNOWN);
	ck_assert_ptr_eq(f->tu, &tus[0]);
	ck_assert_int_eq(fn("Inl")->is_inline, 1);
	ck_assert_int_eq(fn("Forced")->is_inline, 1);
	ck_assert_uint_eq(prog->nglobals, 0);
}
END_TEST

/* Header declarations enter the model only when the file uses them. */
START_TEST(test_header_functions_lazy)
{
	char hdr[] = "/tmp/drvlint-model-XXXXXX.h";
	int fd = mkstemps(hdr, 2);
	FILE *f;
	char *code;
	dl_function *used;
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs("#define _IRQL_requires_max_(x) __attribute__((annotate(\"sal:irql_requires_max=\" #x)))\n"
	      "_IRQL_requires_max_(DISPATCH_LEVEL) void Used(void);\n"
	      "void Unused(void);\n"
	      "static __inline int InlineHelper(int x) { return x * 2; }\n"
	      "static __inline int UnusedInline(int x) { return x; }\n", f);
	fclose(f);
	code = dl_xprintf("#include \"%s\"\nint Caller(void) { Used(); return InlineHelper(1); }\n", hdr);
	add_code(code);
	free(code);
	unlink(hdr);
	used = fn("Used");
	ck_assert_int_eq(used->sal.max, DL_IRQL_DISPATCH);
	ck_assert_ptr_nonnull(strstr(used->loc.file, "drvlint-model-"));
	ck_assert(!has_fn("Unused"));
	ck_assert(!has_fn("UnusedInline"));
	/* An inline helper from a header comes with its body. */
	ck_assert(!clang_Cursor_isNull(fn("InlineHelper")->def));
	ck_assert_int_eq(fn("InlineHelper")->is_inline, 1);
	ck_assert(has_fn("Caller"));
}
END_TEST

/* Pragmas in code the preprocessor skipped do not count (when the TU kept a
 * preprocessing record, which is what lists skipped ranges). */
START_TEST(test_skipped_pragmas)
{
	char path[] = "/tmp/drvlint-model-XXXXXX.c";
	int fd = mkstemps(path, 2);
	FILE *f;
	dl_env env;
	dl_source src = {0};
	char **argv;
	size_t argc;
	CXIndex index = clang_createIndex(0, 0);
	CXTranslationUnit t = NULL;
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs("void A(void); void B(void); void C(void);\n"
	      "#if 0\n"
	      "#pragma alloc_text(PAGE, A)\n"
	      "#pragma code_seg(\"PAGE\")\n"
	      "#endif\n"
	      "#ifdef NOT_DEFINED\n"
	      "#else\n"
	      "#pragma alloc_text(PAGE, B)\n"
	      "#endif\n"
	      "void A(void) { }\n"
	      "void B(void) { }\n"
	      "void C(void) {\n"
	      "#if 0\n"
	      "    PAGED_CODE();\n"
	      "#endif\n"
	      "}\n", f);
	fclose(f);
	dl_env_init(&env, NULL);
	src.path = path;
	dl_compiler_args(&env, &src, &argv, &argc);
	ck_assert_int_eq(clang_parseTranslationUnit2(index, path, (const char *const *)argv, (int)argc, NULL, 0,
						     CXTranslationUnit_KeepGoing |
						     CXTranslationUnit_DetailedPreprocessingRecord, &t),
			 CXError_Success);
	dl_args_free(argv, argc);
	dl_env_free(&env);
	unlink(path);
	add_tu(t);
	ck_assert_ptr_null(fn("A")->section);
	ck_assert_str_eq(fn("B")->section, "PAGE");
	ck_assert_int_eq(fn("C")->calls_paged_code, 0);
	teardown();
	clang_disposeIndex(index);
}
END_TEST

static Suite *model_suite(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("model");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_role_tables);
	tcase_add_test(tc, test_roles_from_typedefs);
	tcase_add_test(tc, test_major_function_stores);
	tcase_add_test(tc, test_registration_calls);
	tcase_add_test(tc, test_strongest_role_wins);
	tcase_add_test(tc, test_kmdf_configs);
	tcase_add_test(tc, test_alloc_text);
	tcase_add_test(tc, test_code_seg_regions);
	tcase_add_test(tc, test_declspec_code_seg);
	tcase_add_test(tc, test_paged_code);
	tcase_add_test(tc, test_paged_code_token);
	tcase_add_test(tc, test_sal_annotations);
	tcase_add_test(tc, test_data_seg_globals);
	tcase_add_test(tc, test_merge_across_tus);
	tcase_add_test(tc, test_plain_function);
	tcase_add_test(tc, test_header_functions_lazy);
	tcase_add_test(tc, test_skipped_pragmas);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(model_suite());
}
