/* The built-in WDK model headers: realistic driver code parses with no
 * compile error, the copy macros and PAGED_CODE() become calls, the IRQL
 * annotations reach the AST, and dl_parse supplies missing WPP .tmh headers
 * and resolves includes whatever their case. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

struct find_decl {
	enum CXCursorKind kind;
	const char *name;
	CXCursor found;
};

static enum CXChildVisitResult find_decl_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct find_decl *st = d;
	char *n;
	(void)parent;
	if (clang_getCursorKind(c) != st->kind)
		return CXChildVisit_Continue;
	n = dl_cursor_spelling(c);
	if (!strcmp(n, st->name))
		st->found = c;
	free(n);
	return clang_Cursor_isNull(st->found) ? CXChildVisit_Continue : CXChildVisit_Break;
}

/* The first top-level declaration of `kind` named `name`, or a null cursor. */
static CXCursor find_top(CXTranslationUnit tu, enum CXCursorKind kind, const char *name)
{
	struct find_decl st = {kind, name, clang_getNullCursor()};
	clang_visitChildren(clang_getTranslationUnitCursor(tu), find_decl_visit, &st);
	return st.found;
}

struct find_annotation {
	const char *text;
	int found;
};

static enum CXChildVisitResult annotation_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct find_annotation *st = d;
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
		char *a = dl_cursor_spelling(c);
		if (!strcmp(a, st->text))
			st->found = 1;
		free(a);
	}
	return CXChildVisit_Continue;
}

/* Does declaration `decl` carry the annotate attribute `text`? */
static int has_annotation(CXCursor decl, const char *text)
{
	struct find_annotation st = {text, 0};
	clang_visitChildren(decl, annotation_visit, &st);
	return st.found;
}

struct find_call {
	const char *callee;
	int found;
};

static enum CXChildVisitResult call_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct find_call *st = d;
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_CallExpr) {
		char *n = dl_cursor_spelling(c);
		if (!strcmp(n, st->callee))
			st->found = 1;
		free(n);
	}
	return CXChildVisit_Recurse;
}

/* Does the body of function `fn` call `callee`? */
static int calls(CXCursor fn, const char *callee)
{
	struct find_call st = {callee, 0};
	clang_visitChildren(fn, call_visit, &st);
	return st.found;
}

/* Parses the file at `path` as drvlint does; fails on any compile error. */
static CXTranslationUnit parse_path(CXIndex index, const char *path)
{
	dl_env env;
	dl_source src = {0};
	dl_tu tu;
	char *err = NULL;
	dl_env_init(&env, NULL);
	src.path = (char *)path;
	ck_assert_msg(dl_parse(index, &env, &src, &tu, &err) == 0, "parse failed: %s", err ? err : "");
	ck_assert_msg(tu.nerrors == 0, "compile error: %s", tu.first_error ? tu.first_error : "");
	free(tu.first_error);
	dl_env_free(&env);
	return tu.tu;
}

/* ---- WDM ---- */

START_TEST(test_dispatch_buffers)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"#define IOCTL_NEITHER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)\n"
		"#define IOCTL_BUFFERED CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_READ_ACCESS)\n"
		"DRIVER_DISPATCH DeviceControl;\n"
		"_Use_decl_annotations_\n"
		"NTSTATUS DeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)\n"
		"{\n"
		"    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);\n"
		"    ULONG in = sp->Parameters.DeviceIoControl.InputBufferLength;\n"
		"    NTSTATUS status = STATUS_SUCCESS;\n"
		"    UNREFERENCED_PARAMETER(DeviceObject);\n"
		"    switch (sp->Parameters.DeviceIoControl.IoControlCode) {\n"
		"    case IOCTL_NEITHER: {\n"
		"        PVOID user = sp->Parameters.DeviceIoControl.Type3InputBuffer;\n"
		"        RtlCopyMemory(Irp->UserBuffer, user, in);\n"
		"        break;\n"
		"    }\n"
		"    case IOCTL_BUFFERED:\n"
		"        RtlZeroMemory(Irp->AssociatedIrp.SystemBuffer, in);\n"
		"        Irp->IoStatus.Information = in;\n"
		"        break;\n"
		"    default:\n"
		"        status = STATUS_INVALID_DEVICE_REQUEST;\n"
		"    }\n"
		"    if (Irp->RequestorMode == UserMode && Irp->MdlAddress)\n"
		"        (void)MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority | MdlMappingNoExecute);\n"
		"    Irp->IoStatus.Status = status;\n"
		"    IoCompleteRequest(Irp, IO_NO_INCREMENT);\n"
		"    return status;\n"
		"}\n");
	CXCursor fn = tu_function(tu, "DeviceControl");
	/* The copy macros expand to the C runtime calls the analysis knows. */
	ck_assert(calls(fn, "memcpy"));
	ck_assert(calls(fn, "memset"));
	ck_assert(calls(fn, "IoCompleteRequest"));
	tu_free(tu);
}
END_TEST

START_TEST(test_role_typedef_declares_function)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <wdm.h>\n"
		"DRIVER_DISPATCH Create;\n"
		"DRIVER_UNLOAD Unload;\n"
		"KDEFERRED_ROUTINE Dpc;\n"
		"IO_COMPLETION_ROUTINE Done;\n"
		"NTSTATUS Create(PDEVICE_OBJECT d, PIRP i) { UNREFERENCED_PARAMETER(d); UNREFERENCED_PARAMETER(i);\n"
		"    return STATUS_SUCCESS; }\n"
		"VOID Unload(PDRIVER_OBJECT o) { UNREFERENCED_PARAMETER(o); }\n");
	CXCursor decl = find_top(tu, CXCursor_FunctionDecl, "Dpc");
	CXCursor role = find_top(tu, CXCursor_TypedefDecl, "KDEFERRED_ROUTINE");
	ck_assert(!clang_Cursor_isNull(decl));
	ck_assert_int_eq(clang_getCanonicalType(clang_getCursorType(decl)).kind, CXType_FunctionProto);
	ck_assert(!clang_Cursor_isNull(find_top(tu, CXCursor_FunctionDecl, "Done")));
	/* The role typedefs carry the IRQL their callers guarantee. */
	ck_assert(!clang_Cursor_isNull(role));
	ck_assert(has_annotation(role, "sal:irql_requires=DISPATCH_LEVEL"));
	ck_assert(has_annotation(find_top(tu, CXCursor_TypedefDecl, "IO_COMPLETION_ROUTINE"),
				 "sal:irql_requires_max=DISPATCH_LEVEL"));
	tu_free(tu);
}
END_TEST

START_TEST(test_irql_annotations_on_apis)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"_IRQL_requires_max_(DISPATCH_LEVEL) VOID MyHelper(VOID);\n");
	CXCursor lock = find_top(tu, CXCursor_FunctionDecl, "KeAcquireSpinLock");
	CXCursor mine = find_top(tu, CXCursor_FunctionDecl, "MyHelper");
	CXCursor zw = find_top(tu, CXCursor_FunctionDecl, "ZwCreateFile");
	ck_assert(!clang_Cursor_isNull(lock));
	ck_assert(has_annotation(lock, "sal:irql_requires_max=DISPATCH_LEVEL"));
	ck_assert(has_annotation(lock, "sal:irql_raises=DISPATCH_LEVEL"));
	ck_assert(!has_annotation(lock, "sal:irql_requires_max=PASSIVE_LEVEL"));
	ck_assert(has_annotation(mine, "sal:irql_requires_max=DISPATCH_LEVEL"));
	ck_assert(has_annotation(zw, "sal:irql_requires_max=PASSIVE_LEVEL"));
	tu_free(tu);
}
END_TEST

START_TEST(test_spin_locks_and_mutexes)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"typedef struct { KSPIN_LOCK Lock; LIST_ENTRY List; FAST_MUTEX Mutex; ERESOURCE Res; KEVENT Ev;\n"
		"    KDPC Dpc; KTIMER Timer; } CTX;\n"
		"KDEFERRED_ROUTINE TimerDpc;\n"
		"VOID TimerDpc(PKDPC d, PVOID c, PVOID a1, PVOID a2) { UNREFERENCED_PARAMETER(d); UNREFERENCED_PARAMETER(c);\n"
		"    UNREFERENCED_PARAMETER(a1); UNREFERENCED_PARAMETER(a2); }\n"
		"VOID Use(CTX *c, PLIST_ENTRY e)\n"
		"{\n"
		"    KIRQL old;\n"
		"    KLOCK_QUEUE_HANDLE h;\n"
		"    LARGE_INTEGER due = { .QuadPart = -10000 };\n"
		"    KeInitializeSpinLock(&c->Lock);\n"
		"    InitializeListHead(&c->List);\n"
		"    KeAcquireSpinLock(&c->Lock, &old);\n"
		"    InsertTailList(&c->List, e);\n"
		"    if (!IsListEmpty(&c->List)) (void)RemoveHeadList(&c->List);\n"
		"    KeReleaseSpinLock(&c->Lock, old);\n"
		"    KeAcquireInStackQueuedSpinLock(&c->Lock, &h);\n"
		"    KeReleaseInStackQueuedSpinLock(&h);\n"
		"    old = KeAcquireSpinLockRaiseToDpc(&c->Lock);\n"
		"    KeReleaseSpinLock(&c->Lock, old);\n"
		"    ExInitializeFastMutex(&c->Mutex);\n"
		"    ExAcquireFastMutex(&c->Mutex);\n"
		"    ExReleaseFastMutex(&c->Mutex);\n"
		"    KeInitializeEvent(&c->Ev, NotificationEvent, FALSE);\n"
		"    KeInitializeDpc(&c->Dpc, TimerDpc, c);\n"
		"    KeInitializeTimerEx(&c->Timer, NotificationTimer);\n"
		"    KeSetTimer(&c->Timer, due, &c->Dpc);\n"
		"    IoAcquireCancelSpinLock(&old);\n"
		"    IoReleaseCancelSpinLock(old);\n"
		"    KeRaiseIrql(DISPATCH_LEVEL, &old);\n"
		"    KeLowerIrql(old);\n"
		"    (void)KeWaitForSingleObject(&c->Ev, Executive, KernelMode, FALSE, NULL);\n"
		"    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);\n"
		"}\n");
	CXCursor fn = tu_function(tu, "Use");
	ck_assert(calls(fn, "KeAcquireSpinLock"));
	ck_assert(calls(fn, "KeAcquireInStackQueuedSpinLock"));
	tu_free(tu);
}
END_TEST

START_TEST(test_seh_and_probes)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"NTSTATUS Copy(PVOID User, SIZE_T Len, PVOID Kernel)\n"
		"{\n"
		"    NTSTATUS status = STATUS_SUCCESS;\n"
		"    __try {\n"
		"        ProbeForRead(User, Len, sizeof(UCHAR));\n"
		"        RtlCopyMemory(Kernel, User, Len);\n"
		"    } __except (GetExceptionCode() == STATUS_ACCESS_VIOLATION ? EXCEPTION_EXECUTE_HANDLER\n"
		"                                                                : EXCEPTION_CONTINUE_SEARCH) {\n"
		"        status = GetExceptionCode();\n"
		"    }\n"
		"    try {\n"
		"        ProbeForWrite(User, Len, 1);\n"
		"        if (Len == 0) leave;\n"
		"    } except (EXCEPTION_EXECUTE_HANDLER) {\n"
		"        status = STATUS_INVALID_USER_BUFFER;\n"
		"    }\n"
		"    try { if (!Kernel) ExRaiseStatus(STATUS_INVALID_PARAMETER); } finally { (void)AbnormalTermination(); }\n"
		"    return status;\n"
		"}\n");
	CXCursor fn = tu_function(tu, "Copy");
	ck_assert(calls(fn, "ProbeForRead"));
	ck_assert(calls(fn, "ProbeForWrite"));
	tu_free(tu);
}
END_TEST

START_TEST(test_sections_and_paged_code)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"DRIVER_INITIALIZE DriverEntry;\n"
		"DRIVER_UNLOAD Unload;\n"
		"VOID Helper(VOID);\n"
		"#ifdef ALLOC_PRAGMA\n"
		"#pragma alloc_text(INIT, DriverEntry)\n"
		"#pragma alloc_text(PAGE, Unload)\n"
		"#endif\n"
		"#pragma alloc_text(PAGE, Helper)\n"
		"#pragma code_seg(\"PAGE\")\n"
		"VOID Paged(VOID) { PAGED_CODE(); }\n"
		"#pragma code_seg()\n"
		"#pragma data_seg(\"PAGEDATA\")\n"
		"ULONG PagedCounter = 0;\n"
		"#pragma data_seg()\n"
		"__declspec(code_seg(\"PAGE\")) VOID Declared(VOID) { PAGED_CODE(); }\n"
		"VOID Helper(VOID) { PAGED_CODE_LOCKED(); }\n"
		"VOID Unload(PDRIVER_OBJECT o) { PAGED_CODE(); UNREFERENCED_PARAMETER(o); }\n"
		"NTSTATUS DriverEntry(PDRIVER_OBJECT o, PUNICODE_STRING r)\n"
		"{ UNREFERENCED_PARAMETER(r); o->DriverUnload = Unload; return STATUS_SUCCESS; }\n");
	ck_assert(calls(tu_function(tu, "Paged"), "__drvlint_paged_code"));
	ck_assert(calls(tu_function(tu, "Declared"), "__drvlint_paged_code"));
	ck_assert(calls(tu_function(tu, "Helper"), "__drvlint_paged_code"));
	tu_free(tu);
}
END_TEST

START_TEST(test_strings_and_pool)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntifs.h>\n"
		"#include <ntstrsafe.h>\n"
		"#include <ntintsafe.h>\n"
		"#include <wdmsec.h>\n"
		"DECLARE_CONST_UNICODE_STRING(Name, L\"\\\\Device\\\\Sample\");\n"
		"NTSTATUS Strings(PUNICODE_STRING Out, ULONG n)\n"
		"{\n"
		"    WCHAR buf[64];\n"
		"    UNICODE_STRING link = RTL_CONSTANT_STRING(L\"\\\\DosDevices\\\\Sample\");\n"
		"    OBJECT_ATTRIBUTES oa;\n"
		"    HANDLE h;\n"
		"    IO_STATUS_BLOCK iosb;\n"
		"    ULONG total;\n"
		"    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'lpmS');\n"
		"    NTSTATUS status = RtlStringCbCopyW(buf, sizeof(buf), L\"hello\");\n"
		"    if (!NT_SUCCESS(status) || !p) return STATUS_INSUFFICIENT_RESOURCES;\n"
		"    status = RtlUnicodeStringPrintf(Out, L\"%wZ-%u\", &Name, n);\n"
		"    status = RtlULongAdd(n, 1, &total);\n"
		"    InitializeObjectAttributes(&oa, &link, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);\n"
		"    status = ZwCreateFile(&h, GENERIC_READ, &oa, &iosb, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN,\n"
		"                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);\n"
		"    ExFreePoolWithTag(p, 'lpmS');\n"
		"    p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'lpmS');\n"
		"    if (p) ExFreePool(p);\n"
		"    KdPrint((\"status %x\\n\", status));\n"
		"    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, \"%s\\n\", \"x\");\n"
		"    return status;\n"
		"}\n");
	ck_assert(calls(tu_function(tu, "Strings"), "RtlStringCbCopyW"));
	tu_free(tu);
}
END_TEST

/* ---- KMDF ---- */

START_TEST(test_kmdf_driver)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"#include <wdf.h>\n"
		"typedef struct { WDFSPINLOCK Lock; WDFTIMER Timer; ULONG Count; } DEVICE_CONTEXT, *PDEVICE_CONTEXT;\n"
		"WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DeviceGetContext)\n"
		"DRIVER_INITIALIZE DriverEntry;\n"
		"EVT_WDF_DRIVER_DEVICE_ADD DeviceAdd;\n"
		"EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL IoDeviceControl;\n"
		"EVT_WDF_TIMER OnTimer;\n"
		"EVT_WDF_DPC OnDpc;\n"
		"EVT_WDF_REQUEST_CANCEL OnCancel;\n"
		"VOID OnTimer(WDFTIMER t) { UNREFERENCED_PARAMETER(t); }\n"
		"VOID OnDpc(WDFDPC d) { UNREFERENCED_PARAMETER(d); }\n"
		"VOID OnCancel(WDFREQUEST r) { WdfRequestComplete(r, STATUS_CANCELLED); }\n"
		"NTSTATUS DriverEntry(PDRIVER_OBJECT o, PUNICODE_STRING r)\n"
		"{\n"
		"    WDF_DRIVER_CONFIG config;\n"
		"    WDF_DRIVER_CONFIG_INIT(&config, DeviceAdd);\n"
		"    return WdfDriverCreate(o, r, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);\n"
		"}\n"
		"NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT Init)\n"
		"{\n"
		"    WDF_OBJECT_ATTRIBUTES attr;\n"
		"    WDF_IO_QUEUE_CONFIG qc;\n"
		"    WDF_TIMER_CONFIG tc;\n"
		"    WDF_DPC_CONFIG dc;\n"
		"    WDFDEVICE dev;\n"
		"    WDFDPC dpc;\n"
		"    PDEVICE_CONTEXT ctx;\n"
		"    NTSTATUS status;\n"
		"    UNREFERENCED_PARAMETER(Driver);\n"
		"    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attr, DEVICE_CONTEXT);\n"
		"    attr.ExecutionLevel = WdfExecutionLevelPassive;\n"
		"    attr.SynchronizationScope = WdfSynchronizationScopeDevice;\n"
		"    status = WdfDeviceCreate(&Init, &attr, &dev);\n"
		"    if (!NT_SUCCESS(status)) return status;\n"
		"    ctx = DeviceGetContext(dev);\n"
		"    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&qc, WdfIoQueueDispatchParallel);\n"
		"    qc.EvtIoDeviceControl = IoDeviceControl;\n"
		"    status = WdfIoQueueCreate(dev, &qc, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);\n"
		"    WDF_TIMER_CONFIG_INIT_PERIODIC(&tc, OnTimer, 100);\n"
		"    WDF_OBJECT_ATTRIBUTES_INIT(&attr);\n"
		"    attr.ParentObject = dev;\n"
		"    status = WdfTimerCreate(&tc, &attr, &ctx->Timer);\n"
		"    WDF_DPC_CONFIG_INIT(&dc, OnDpc);\n"
		"    status = WdfDpcCreate(&dc, &attr, &dpc);\n"
		"    status = WdfSpinLockCreate(&attr, &ctx->Lock);\n"
		"    return status;\n"
		"}\n"
		"VOID IoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutLen, size_t InLen, ULONG Code)\n"
		"{\n"
		"    PVOID in, out, user;\n"
		"    size_t len;\n"
		"    WDFMEMORY mem;\n"
		"    PDEVICE_CONTEXT ctx = DeviceGetContext(WdfIoQueueGetDevice(Queue));\n"
		"    NTSTATUS status = WdfRequestRetrieveInputBuffer(Request, InLen, &in, &len);\n"
		"    UNREFERENCED_PARAMETER(OutLen);\n"
		"    UNREFERENCED_PARAMETER(Code);\n"
		"    if (NT_SUCCESS(status)) status = WdfRequestRetrieveOutputBuffer(Request, 1, &out, NULL);\n"
		"    if (NT_SUCCESS(status)) status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 1, &user, &len);\n"
		"    if (NT_SUCCESS(status)) status = WdfRequestProbeAndLockUserBufferForRead(Request, user, len, &mem);\n"
		"    WdfSpinLockAcquire(ctx->Lock);\n"
		"    ctx->Count++;\n"
		"    WdfSpinLockRelease(ctx->Lock);\n"
		"    WdfObjectAcquireLock(Queue);\n"
		"    WdfObjectReleaseLock(Queue);\n"
		"    if (NT_SUCCESS(WdfRequestMarkCancelableEx(Request, OnCancel))) return;\n"
		"    WdfRequestCompleteWithInformation(Request, status, 0);\n"
		"}\n");
	CXCursor spin = find_top(tu, CXCursor_FunctionDecl, "WdfSpinLockAcquire");
	ck_assert(calls(tu_function(tu, "IoDeviceControl"), "WdfRequestRetrieveInputBuffer"));
	ck_assert(!clang_Cursor_isNull(spin));
	ck_assert(has_annotation(spin, "sal:irql_requires_max=DISPATCH_LEVEL"));
	ck_assert(has_annotation(find_top(tu, CXCursor_TypedefDecl, "EVT_WDF_DPC"), "sal:irql_requires=DISPATCH_LEVEL"));
	tu_free(tu);
}
END_TEST

/* KMDF USB client and HID minidriver headers (wdfusb.h, usbdi.h, hidport.h). */
START_TEST(test_kmdf_usb_and_hid)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"#include <wdf.h>\n"
		"#include <usbdi.h>\n"
		"#include <usbdlib.h>\n"
		"#include <wdfusb.h>\n"
		"#include <hidport.h>\n"
		"typedef struct { WDFUSBDEVICE Usb; WDFUSBPIPE In; } DEVICE_CONTEXT, *PDEVICE_CONTEXT;\n"
		"WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetContext)\n"
		"EVT_WDF_DEVICE_PREPARE_HARDWARE PrepareHardware;\n"
		"EVT_WDF_USB_READER_COMPLETION_ROUTINE ReadComplete;\n"
		"VOID ReadComplete(WDFUSBPIPE Pipe, WDFMEMORY Buffer, size_t n, WDFCONTEXT c)\n"
		"{ UNREFERENCED_PARAMETER(Pipe); UNREFERENCED_PARAMETER(Buffer); UNREFERENCED_PARAMETER(n); UNREFERENCED_PARAMETER(c); }\n"
		"NTSTATUS PrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)\n"
		"{\n"
		"    PDEVICE_CONTEXT ctx = GetContext(Device);\n"
		"    WDF_USB_DEVICE_CREATE_CONFIG cc;\n"
		"    WDF_USB_DEVICE_SELECT_CONFIG_PARAMS sel;\n"
		"    WDF_USB_CONTROL_SETUP_PACKET pkt;\n"
		"    WDF_USB_CONTINUOUS_READER_CONFIG rc;\n"
		"    WDF_MEMORY_DESCRIPTOR md;\n"
		"    UCHAR byte = 0;\n"
		"    NTSTATUS status;\n"
		"    UNREFERENCED_PARAMETER(Raw);\n"
		"    UNREFERENCED_PARAMETER(Translated);\n"
		"    WDF_USB_DEVICE_CREATE_CONFIG_INIT(&cc, USBD_CLIENT_CONTRACT_VERSION_602);\n"
		"    status = WdfUsbTargetDeviceCreateWithParameters(Device, &cc, WDF_NO_OBJECT_ATTRIBUTES, &ctx->Usb);\n"
		"    if (!NT_SUCCESS(status)) return status;\n"
		"    WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(&sel);\n"
		"    status = WdfUsbTargetDeviceSelectConfig(ctx->Usb, WDF_NO_OBJECT_ATTRIBUTES, &sel);\n"
		"    ctx->In = WdfUsbInterfaceGetConfiguredPipe(sel.Types.SingleInterface.ConfiguredUsbInterface, 0, NULL);\n"
		"    WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(&pkt, BmRequestHostToDevice, BmRequestToDevice, 0xD8, 0, 0);\n"
		"    WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&md, &byte, sizeof(byte));\n"
		"    status = WdfUsbTargetDeviceSendControlTransferSynchronously(ctx->Usb, NULL, NULL, &pkt, &md, NULL);\n"
		"    WDF_USB_CONTINUOUS_READER_CONFIG_INIT(&rc, ReadComplete, ctx, sizeof(byte));\n"
		"    status = WdfUsbTargetPipeConfigContinuousReader(ctx->In, &rc);\n"
		"    return WdfIoTargetStart(WdfUsbTargetPipeGetIoTarget(ctx->In));\n"
		"}\n"
		"NTSTATUS HidRead(PIRP Irp)\n"
		"{\n"
		"    PHID_XFER_PACKET p = (PHID_XFER_PACKET)Irp->UserBuffer;\n"
		"    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(Irp);\n"
		"    if (s->Parameters.DeviceIoControl.IoControlCode != IOCTL_HID_GET_FEATURE) return STATUS_NOT_SUPPORTED;\n"
		"    RtlCopyMemory(p->reportBuffer, &p->reportId, 1);\n"
		"    return STATUS_SUCCESS;\n"
		"}\n");
	CXCursor send = find_top(tu, CXCursor_FunctionDecl, "WdfUsbTargetDeviceSendControlTransferSynchronously");
	ck_assert(!clang_Cursor_isNull(send));
	ck_assert(has_annotation(send, "sal:irql_requires_max=PASSIVE_LEVEL"));
	ck_assert(calls(tu_function(tu, "PrepareHardware"), "WdfUsbTargetDeviceSelectConfig"));
	ck_assert(calls(tu_function(tu, "HidRead"), "memcpy"));
	ck_assert(has_annotation(find_top(tu, CXCursor_FunctionDecl, "ReadComplete"), "sal:irql_requires_max=DISPATCH_LEVEL") ||
		has_annotation(find_top(tu, CXCursor_TypedefDecl, "EVT_WDF_USB_READER_COMPLETION_ROUTINE"),
			"sal:irql_requires_max=DISPATCH_LEVEL"));
	tu_free(tu);
}
END_TEST

/* ---- dl_parse fixups ---- */

START_TEST(test_missing_tmh_and_wpp_flags)
{
	CXTranslationUnit tu = tu_from_string(
		"#include <ntddk.h>\n"
		"#define WPP_CONTROL_GUIDS WPP_DEFINE_CONTROL_GUID(SampleGuid, \\\n"
		"    (84bdb2e9, 829e, 41b3, b891, 02f454bc2bd7), WPP_DEFINE_BIT(TRACE_DRIVER) WPP_DEFINE_BIT(TRACE_QUEUE))\n"
		"#include \"drvlint_wdk_headers_test_missing.tmh\"\n"
		"NTSTATUS DriverEntry(PDRIVER_OBJECT o, PUNICODE_STRING r)\n"
		"{\n"
		"    WPP_INIT_TRACING(o, r);\n"
		"    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_QUEUE, \"%!FUNC! entry %d\", 1);\n"
		"    WPP_CLEANUP(o);\n"
		"    return STATUS_SUCCESS;\n"
		"}\n");
	ck_assert(calls(tu_function(tu, "DriverEntry"), "TraceEvents"));
	tu_free(tu);
}
END_TEST

START_TEST(test_miscased_includes)
{
	char *dir = tu_tmpdir();
	char *sub = dl_xprintf("mkdir -p %s/Inc", dir);
	char *hdr = dl_xprintf("%s/Inc/MyDriver.h", dir);
	char *src = dl_xprintf("%s/driver.c", dir);
	CXIndex index = clang_createIndex(0, 0);
	CXTranslationUnit tu;
	tu_result r;
	tu_sh(&r, dir, sub);
	tu_result_free(&r);
	tu_write(hdr, "#include <NTDDK.h>\n#define MY_TAG 'gTyM'\n");
	tu_write(src, "#include \"inc\\mydriver.h\"\n#include <FltKernel.h>\n"
		      "ULONG Tag(VOID) { return MY_TAG; }\n");
	tu = parse_path(index, src);
	ck_assert(!clang_Cursor_isNull(tu_function(tu, "Tag")));
	tu_free(tu);
	clang_disposeIndex(index);
	tu_rmtree(dir);
	free(src);
	free(hdr);
	free(sub);
	free(dir);
}
END_TEST

static Suite *wdk_headers_suite(void)
{
	Suite *s = suite_create("wdk_headers");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_dispatch_buffers);
	tcase_add_test(tc, test_role_typedef_declares_function);
	tcase_add_test(tc, test_irql_annotations_on_apis);
	tcase_add_test(tc, test_spin_locks_and_mutexes);
	tcase_add_test(tc, test_seh_and_probes);
	tcase_add_test(tc, test_sections_and_paged_code);
	tcase_add_test(tc, test_strings_and_pool);
	tcase_add_test(tc, test_kmdf_driver);
	tcase_add_test(tc, test_kmdf_usb_and_hid);
	tcase_add_test(tc, test_missing_tmh_and_wpp_flags);
	tcase_add_test(tc, test_miscased_includes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(wdk_headers_suite());
}
