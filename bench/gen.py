#!/usr/bin/env python3
"""Generates a synthetic but realistic WDM driver corpus for benchmarking.

    bench/gen.py OUTDIR [--files N] [--funcs M] [--lines-per-func L]
                        [--call-depth D] [--kind mixed|dispatch] [--seed S]

OUTDIR receives:
  include/bench.h     the shared header every file includes: device extension,
                      request layouts, IOCTL codes, inline helpers, prototypes
                      (a few hundred lines, the same whatever N is)
  include/modKKK.h    prototypes of the exported helpers of eight files; a file
                      includes its own module's header and the next one's
  include/chain.h     prototypes of the call chain (--call-depth)
  src/drvNNNN.c       N files of M functions each; drv0000.c also holds
                      DriverEntry, which registers the dispatch routines and
                      calls every file's initialisation routine
  compile_commands.json

Each file mixes the shapes drivers are made of: an IOCTL dispatch routine with
a switch over control codes, METHOD_NEITHER handlers that read the user buffer
with ProbeForRead inside __try (and, in one file in eight, one that forgets the
probe), METHOD_BUFFERED handlers, spin-lock sections, pageable functions placed
with #pragma alloc_text(PAGE, ...) that call PAGED_CODE(), DPC routines and the
KeInitializeDpc calls that register them, and exported helpers that call the
helpers of later files (the call graph is acyclic, as in real drivers).

--lines-per-func grows every function to about L lines with a mixture of
straight-line code, branches, loops, switches, goto, block-scoped locals,
probed user reads and spin-lock sections. --kind dispatch makes every function
a dispatch routine (the function-size series compares like with like).
--call-depth D adds a chain of D helpers, helper k in file k mod N, called from
the first dispatch routine inside __try after a probe and passing the user
buffer down to the last one, which reads it.

The output is a function of the options alone (the random generator is seeded).
"""

import argparse
import json
import os
import random
import shutil
import sys

MARKER = ".drvbench-corpus"
MODULE_FILES = 8
COUNTERS = 16

# The function shapes of a file, in the order a file of M functions takes them.
# The first M are used; beyond the list, the shapes marked as repeatable cycle.
SHAPES = ["dispatch", "neither", "locked", "paged", "helper", "dpc", "init",
          "buffered"]
REPEATABLE = ["neither", "locked", "paged", "helper", "buffered", "dispatch"]


def fname(i):
    return "drv%04d" % i


def prefix(i):
    return "Drv%04d" % i


class Fn:
    """One generated function: its name, shape and how it is declared."""

    def __init__(self, file_index, shape, ordinal):
        self.file = file_index
        self.shape = shape
        self.ordinal = ordinal
        p = prefix(file_index)
        names = {
            "dispatch": "%s_DeviceControl%d" % (p, ordinal),
            "neither": "%s_ReadNeither%d" % (p, ordinal),
            "unprobed": "%s_PeekNeither%d" % (p, ordinal),
            "buffered": "%s_QueryBuffered%d" % (p, ordinal),
            "locked": "%s_UpdateStats%d" % (p, ordinal),
            "paged": "%s_ReadConfig%d" % (p, ordinal),
            "helper": "%s_Helper%d" % (p, ordinal),
            "dpc": "%s_Dpc%d" % (p, ordinal),
            "init": "%s_Init" % p,
        }
        self.name = names[shape]

    @property
    def exported(self):
        return self.shape in ("helper", "locked", "init")

    @property
    def static(self):
        return self.shape in ("neither", "unprobed", "buffered", "paged")


def plan_file(i, funcs, kind, rng):
    """The functions of file i, in file order."""
    if kind == "dispatch":
        shapes = ["dispatch"] * funcs
    else:
        shapes = SHAPES[:funcs]
        k = 0
        while len(shapes) < funcs:
            shapes.append(REPEATABLE[k % len(REPEATABLE)])
            k += 1
        # One file in eight carries a METHOD_NEITHER handler that forgets the probe.
        if funcs >= 2 and rng.randrange(8) == 0:
            shapes[shapes.index("neither")] = "unprobed"
    count = {}
    fns = []
    for s in shapes:
        fns.append(Fn(i, s, count.get(s, 0)))
        count[s] = count.get(s, 0) + 1
    return fns


# --- the shared header ---------------------------------------------------------

def shared_header(rng):
    out = []
    w = out.append
    w("/* bench.h: declarations shared by every module of the benchmark driver. */")
    w("#ifndef BENCH_H")
    w("#define BENCH_H")
    w("")
    w("#define BENCH_TAG 'hcnB'")
    w("#define BENCH_COUNTERS %d" % COUNTERS)
    w("#define BENCH_MAX_NAME 64")
    w("#define BENCH_DEVICE_TYPE 0x8337")
    w("")
    ioctls = [("QUERY", "METHOD_BUFFERED"), ("READ_NEITHER", "METHOD_NEITHER"),
              ("PEEK_NEITHER", "METHOD_NEITHER"), ("UPDATE", "METHOD_BUFFERED"),
              ("CHAIN", "METHOD_NEITHER"), ("RESET", "METHOD_BUFFERED"),
              ("CONFIG", "METHOD_BUFFERED"), ("FLUSH", "METHOD_BUFFERED")]
    for k, (name, method) in enumerate(ioctls):
        w("#define IOCTL_BENCH_%s CTL_CODE(BENCH_DEVICE_TYPE, 0x%03x, %s, FILE_ANY_ACCESS)"
          % (name, 0x900 + k, method))
    w("")
    w("typedef struct _BENCH_STATS {")
    for f in ("Requests", "Bytes", "Errors", "Overflows", "DpcRuns", "Probes",
              "ConfigReads", "LockHolds"):
        w("\tULONG %s;" % f)
    w("} BENCH_STATS, *PBENCH_STATS;")
    w("")
    w("typedef struct _BENCH_CONFIG {")
    w("\tULONG Flags;")
    w("\tULONG QueueDepth;")
    w("\tULONG TimeoutMs;")
    w("\tULONG RetryCount;")
    w("\tUNICODE_STRING RegistryPath;")
    w("\tWCHAR DeviceName[BENCH_MAX_NAME];")
    w("} BENCH_CONFIG, *PBENCH_CONFIG;")
    w("")
    w("typedef struct _BENCH_EXTENSION {")
    w("\tPDEVICE_OBJECT Self;")
    w("\tKSPIN_LOCK Lock;")
    w("\tKSPIN_LOCK QueueLock;")
    w("\tLIST_ENTRY Pending;")
    w("\tKDPC Dpc;")
    w("\tKDPC CompletionDpc;")
    w("\tBENCH_STATS Stats;")
    w("\tBENCH_CONFIG Config;")
    w("\tULONG Counters[BENCH_COUNTERS];")
    w("\tPVOID PagedTable;")
    w("\tPVOID Scratch;")
    w("\tULONG ScratchLength;")
    w("\tLONG OpenCount;")
    w("} BENCH_EXTENSION, *PBENCH_EXTENSION;")
    w("")
    # Request layouts of the kind an IOCTL interface header carries.
    for k in range(24):
        name = "BENCH_REQUEST_%02d" % k
        w("typedef struct _%s {" % name)
        w("\tULONG Version;")
        w("\tULONG Size;")
        for f in range(rng.randint(3, 8)):
            t = rng.choice(["ULONG", "USHORT", "UCHAR", "ULONG64", "LONG", "PVOID",
                            "LARGE_INTEGER"])
            w("\t%s Field%d;" % (t, f))
        if k % 3 == 0:
            w("\tunion {")
            w("\t\tULONG AsUlong;")
            w("\t\tstruct {")
            w("\t\t\tULONG Enabled : 1;")
            w("\t\t\tULONG Mode : 3;")
            w("\t\t\tULONG Reserved : 28;")
            w("\t\t} Bits;")
            w("\t} Options;")
        w("\tUCHAR Data[%d];" % rng.choice([8, 16, 32, 64]))
        w("} %s, *P%s;" % (name, name))
        w("")
    w("typedef struct _BENCH_TARGET {")
    w("\tPVOID Destination;")
    w("\tULONG Length;")
    w("\tULONG Value;")
    w("} BENCH_TARGET, *PBENCH_TARGET;")
    w("")
    w("typedef NTSTATUS (*PBENCH_HANDLER)(PBENCH_EXTENSION Ext, PIRP Irp, PIO_STACK_LOCATION Stack);")
    w("")
    w("typedef struct _BENCH_HANDLER_ENTRY {")
    w("\tULONG IoControlCode;")
    w("\tULONG MinInput;")
    w("\tULONG MinOutput;")
    w("\tPBENCH_HANDLER Handler;")
    w("} BENCH_HANDLER_ENTRY, *PBENCH_HANDLER_ENTRY;")
    w("")
    w("/* Mixing step used by every module: header inline code, as drivers have. */")
    w("FORCEINLINE ULONG BenchMix(ULONG Acc, ULONG Idx)")
    w("{")
    w("\tAcc ^= Idx + 0x9e3779b9u + (Acc << 6) + (Acc >> 2);")
    w("\treturn Acc;")
    w("}")
    w("")
    w("FORCEINLINE VOID BenchCount(PBENCH_EXTENSION Ext, ULONG Bytes)")
    w("{")
    w("\tExt->Stats.Requests++;")
    w("\tExt->Stats.Bytes += Bytes;")
    w("}")
    w("")
    w("FORCEINLINE BOOLEAN BenchValidLength(ULONG Length, ULONG Min, ULONG Max)")
    w("{")
    w("\treturn Length >= Min && Length <= Max;")
    w("}")
    w("")
    w("/* Services of the core module (drv0000.c). */")
    w("DRIVER_INITIALIZE DriverEntry;")
    w("DRIVER_UNLOAD BenchUnload;")
    w("_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH BenchCreateClose;")
    # Prototypes a driver's common header typically also declares (library-style services).
    for k in range(40):
        ret = rng.choice(["NTSTATUS", "VOID", "ULONG", "BOOLEAN"])
        params = ", ".join(rng.sample(["PBENCH_EXTENSION Ext", "PIRP Irp", "ULONG Code",
                                       "PVOID Buffer", "ULONG Length",
                                       "PBENCH_REQUEST_%02d Request" % rng.randrange(24)],
                                      rng.randint(1, 4)))
        w("%s BenchService%02d(%s);" % (ret, k, params))
    w("")
    w("#endif")
    return "\n".join(out) + "\n"


def prototypes(fn):
    if fn.shape == "helper":
        return "ULONG %s(PBENCH_EXTENSION Ext, ULONG Value);" % fn.name
    if fn.shape == "locked":
        return "VOID %s(PBENCH_EXTENSION Ext, ULONG Bytes);" % fn.name
    if fn.shape == "init":
        return "NTSTATUS %s(PBENCH_EXTENSION Ext);" % fn.name
    raise ValueError(fn.shape)


def module_header(m, plans):
    out = ["/* mod%03d.h: the exported helpers of files %d to %d. */"
           % (m, m * MODULE_FILES, m * MODULE_FILES + MODULE_FILES - 1),
           "#ifndef BENCH_MOD%03d_H" % m, "#define BENCH_MOD%03d_H" % m, ""]
    for fns in plans:
        for fn in fns:
            if fn.exported:
                out.append(prototypes(fn))
    out += ["", "#endif"]
    return "\n".join(out) + "\n"


def chain_name(k):
    return "BenchChain%02d" % k


def chain_header(depth):
    out = ["/* chain.h: a chain of helpers that pass the user buffer down. */",
           "#ifndef BENCH_CHAIN_H", "#define BENCH_CHAIN_H", ""]
    for k in range(depth):
        out.append("ULONG %s(PBENCH_EXTENSION Ext, PVOID Buffer, ULONG Length, ULONG Acc);"
                   % chain_name(k))
    out += ["", "#endif"]
    return "\n".join(out) + "\n"


# --- function bodies -------------------------------------------------------------

class Ctx:
    """What the filler of one function may use."""

    def __init__(self, user, lock, callees):
        self.user = user        # `in`/`inLen` hold a user buffer (METHOD_NEITHER)
        self.lock = lock        # may take ext->Lock (not in pageable code)
        self.callees = callees  # exported helpers safe at any IRQL


def filler_block(rng, ctx):
    """One block of body code (3 to 12 lines), each line tab-indented."""
    c = rng.randrange(1, 0xffff)
    choices = ["straight", "branch", "loop", "switch", "scoped", "status", "mix"]
    if ctx.lock:
        choices.append("lock")
    if ctx.user:
        choices += ["probe", "probe"]
    if ctx.callees:
        choices.append("call")
    k = rng.choice(choices)
    if k == "straight":
        return ["acc = acc * 33u + ext->Counters[(idx + %d) %% BENCH_COUNTERS];" % (c % 7),
                "idx = (idx + acc) & 0x%x;" % (c | 0xf),
                "ext->Stats.Bytes += acc >> %d;" % (c % 5 + 1)]
    if k == "branch":
        return ["if ((acc & 0x%x) == %d) {" % (c | 1, c % 7),
                "\text->Stats.Errors++;",
                "\tacc ^= 0x%x;" % c,
                "} else if (idx > %d) {" % (c % 200),
                "\tidx -= %d;" % (c % 200),
                "} else {",
                "\tacc += idx;",
                "}"]
    if k == "loop":
        return ["for (i = 0; i < %d; i++) {" % (c % 8 + 2),
                "\text->Counters[i % BENCH_COUNTERS] += acc >> (i & 7);",
                "\tif (ext->Counters[i %% BENCH_COUNTERS] > 0x%x)" % (c << 4),
                "\t\tbreak;",
                "}"]
    if k == "switch":
        return ["switch (acc %% %d) {" % (c % 3 + 3),
                "case 0:",
                "\text->Counters[%d]++;" % (c % COUNTERS),
                "\tbreak;",
                "case 1:",
                "\tidx += %d;" % (c % 9 + 1),
                "\tbreak;",
                "default:",
                "\tacc >>= 1;",
                "\tbreak;",
                "}"]
    if k == "scoped":
        return ["{",
                "\tULONG t = acc ^ (idx + %d);" % c,
                "\tt = (t << 3) | (t >> 29);",
                "\text->Counters[t % BENCH_COUNTERS] = t;",
                "}"]
    if k == "status":
        return ["if (!NT_SUCCESS(st)) {",
                "\text->Stats.Errors++;",
                "\tgoto out;",
                "}"]
    if k == "mix":
        return ["acc = BenchMix(acc, idx + %d);" % c,
                "BenchCount(ext, acc & 0xff);"]
    if k == "lock":
        return ["KeAcquireSpinLock(&ext->Lock, &irql);",
                "ext->Stats.LockHolds++;",
                "acc += ext->Counters[idx % BENCH_COUNTERS];",
                "ext->Counters[(idx + 1) % BENCH_COUNTERS] = acc;",
                "KeReleaseSpinLock(&ext->Lock, irql);"]
    if k == "probe":
        return ["__try {",
                "\tProbeForRead(in, inLen, sizeof(UCHAR));",
                "\tacc += ((PUCHAR)in)[%d %% inLen];" % c,
                "\text->Stats.Probes++;",
                "} __except (EXCEPTION_EXECUTE_HANDLER) {",
                "\tst = GetExceptionCode();",
                "}"]
    if k == "call":
        return ["acc += %s(ext, acc + %d);" % (rng.choice(ctx.callees), c)]
    raise AssertionError(k)


def fill(rng, ctx, lines):
    """Filler of about `lines` lines, tab-indented once."""
    body = []
    while len(body) < lines:
        body += filler_block(rng, ctx)
    return ["\t" + l for l in body]


LOCALS = ["\tNTSTATUS st = STATUS_SUCCESS;",
          "\tULONG acc = 0, idx = 0, i;",
          "\tKIRQL irql;"]


def emit_dispatch(fn, rng, L, handlers, chain, callees):
    core = [
        "NTSTATUS %s(PDEVICE_OBJECT DeviceObject, PIRP Irp)" % fn.name,
        "{",
        "\tPIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);",
        "\tPBENCH_EXTENSION ext = (PBENCH_EXTENSION)DeviceObject->DeviceExtension;",
        "\tPVOID in = stack->Parameters.DeviceIoControl.Type3InputBuffer;",
        "\tULONG inLen = stack->Parameters.DeviceIoControl.InputBufferLength;",
    ] + LOCALS + [
        "",
        "\tif (inLen == 0)",
        "\t\treturn STATUS_INVALID_PARAMETER;",
        "\tswitch (stack->Parameters.DeviceIoControl.IoControlCode) {",
    ]
    for code, call in handlers:
        core += ["\tcase %s:" % code, "\t\tst = %s;" % call, "\t\tbreak;"]
    if chain:
        core += ["\tcase IOCTL_BENCH_CHAIN:",
                 "\t\t__try {",
                 "\t\t\tProbeForRead(in, inLen, sizeof(UCHAR));",
                 "\t\t\tacc = %s(ext, in, inLen, acc);" % chain_name(0),
                 "\t\t} __except (EXCEPTION_EXECUTE_HANDLER) {",
                 "\t\t\tst = GetExceptionCode();",
                 "\t\t}",
                 "\t\tbreak;"]
    core += ["\tdefault:",
             "\t\tst = STATUS_INVALID_DEVICE_REQUEST;",
             "\t\tbreak;",
             "\t}"]
    tail = ["out:",
            "\tIrp->IoStatus.Status = st;",
            "\tIrp->IoStatus.Information = acc & 0xff;",
            "\tIoCompleteRequest(Irp, IO_NO_INCREMENT);",
            "\treturn st;",
            "}"]
    ctx = Ctx(user=True, lock=True, callees=callees)
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_neither(fn, rng, L, callees, probed):
    core = [
        "static NTSTATUS %s(PBENCH_EXTENSION ext, PIRP Irp, PIO_STACK_LOCATION stack)" % fn.name,
        "{",
        "\tPVOID in = stack->Parameters.DeviceIoControl.Type3InputBuffer;",
        "\tULONG inLen = stack->Parameters.DeviceIoControl.InputBufferLength;",
        "\tUCHAR local[64];",
    ] + LOCALS + [
        "",
        "\tif (inLen == 0 || inLen > sizeof(local))",
        "\t\treturn STATUS_INVALID_PARAMETER;",
    ]
    if probed:
        core += ["\t__try {",
                 "\t\tProbeForRead(in, inLen, sizeof(UCHAR));",
                 "\t\tRtlCopyMemory(local, in, inLen);",
                 "\t} __except (EXCEPTION_EXECUTE_HANDLER) {",
                 "\t\treturn GetExceptionCode();",
                 "\t}"]
    else:
        # The bug the rules exist for: the user buffer is read without a probe.
        core += ["\tRtlCopyMemory(local, in, inLen);"]
    core += ["\tacc = local[0] | (local[inLen - 1] << 8);"]
    tail = ["out:",
            "\tIrp->IoStatus.Information = 0;",
            "\treturn st;",
            "}"]
    ctx = Ctx(user=probed, lock=True, callees=callees)
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_buffered(fn, rng, L, callees):
    core = [
        "static NTSTATUS %s(PBENCH_EXTENSION ext, PIRP Irp, PIO_STACK_LOCATION stack)" % fn.name,
        "{",
        "\tPBENCH_REQUEST_00 req = (PBENCH_REQUEST_00)Irp->AssociatedIrp.SystemBuffer;",
        "\tULONG outLen = stack->Parameters.DeviceIoControl.OutputBufferLength;",
    ] + LOCALS + [
        "",
        "\tif (outLen < sizeof(BENCH_REQUEST_00))",
        "\t\treturn STATUS_BUFFER_TOO_SMALL;",
        "\treq->Version = 1;",
        "\treq->Size = sizeof(*req);",
        "\tRtlZeroMemory(req->Data, sizeof(req->Data));",
    ]
    tail = ["out:",
            "\treq->Field0 = acc;",
            "\tIrp->IoStatus.Information = sizeof(BENCH_REQUEST_00);",
            "\treturn st;",
            "}"]
    ctx = Ctx(user=False, lock=True, callees=callees)
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_locked(fn, rng, L):
    core = [
        "VOID %s(PBENCH_EXTENSION Ext, ULONG Bytes)" % fn.name,
        "{",
        "\tPBENCH_EXTENSION ext = Ext;",
    ] + LOCALS + [
        "",
        "\tKeAcquireSpinLock(&ext->QueueLock, &irql);",
        "\tBenchCount(ext, Bytes);",
        "\tif (!IsListEmpty(&ext->Pending))",
        "\t\text->Stats.Overflows++;",
    ]
    tail = ["out:",
            "\tKeReleaseSpinLock(&ext->QueueLock, irql);",
            "\t(VOID)st;",
            "}"]
    # Inside the queue lock: no further locking, no callees.
    ctx = Ctx(user=False, lock=False, callees=[])
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_paged(fn, rng, L):
    core = [
        "static NTSTATUS %s(PBENCH_EXTENSION ext)" % fn.name,
        "{",
        "\tOBJECT_ATTRIBUTES attributes;",
        "\tHANDLE key;",
        "\tPVOID table;",
    ] + LOCALS + [
        "",
        "\tPAGED_CODE();",
        "",
        "\tInitializeObjectAttributes(&attributes, &ext->Config.RegistryPath,",
        "\t\t\t\t   OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);",
        "\tst = ZwOpenKey(&key, KEY_READ, &attributes);",
        "\tif (NT_SUCCESS(st))",
        "\t\tZwClose(key);",
        "\ttable = ExAllocatePoolWithTag(PagedPool, 256, BENCH_TAG);",
        "\tif (!table)",
        "\t\treturn STATUS_INSUFFICIENT_RESOURCES;",
        "\text->Stats.ConfigReads++;",
    ]
    tail = ["out:",
            "\tExFreePoolWithTag(table, BENCH_TAG);",
            "\treturn st;",
            "}"]
    ctx = Ctx(user=False, lock=False, callees=[])
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_helper(fn, rng, L, callees):
    core = [
        "ULONG %s(PBENCH_EXTENSION Ext, ULONG Value)" % fn.name,
        "{",
        "\tPBENCH_EXTENSION ext = Ext;",
    ] + LOCALS + [
        "",
        "\tacc = BenchMix(Value, %d);" % rng.randrange(1000),
    ]
    tail = ["out:",
            "\treturn NT_SUCCESS(st) ? acc : 0;",
            "}"]
    ctx = Ctx(user=False, lock=True, callees=callees)
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_dpc(fn, rng, L, locked):
    core = [
        "VOID %s(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)" % fn.name,
        "{",
        "\tPBENCH_EXTENSION ext = (PBENCH_EXTENSION)Context;",
    ] + LOCALS + [
        "",
        "\tUNREFERENCED_PARAMETER(Dpc);",
        "\tUNREFERENCED_PARAMETER(Arg1);",
        "\tUNREFERENCED_PARAMETER(Arg2);",
        "\tKeAcquireSpinLockAtDpcLevel(&ext->QueueLock);",
        "\text->Stats.DpcRuns++;",
        "\tKeReleaseSpinLockFromDpcLevel(&ext->QueueLock);",
    ]
    if locked:
        core.append("\t%s(ext, 0);" % locked)
    tail = ["out:",
            "\t(VOID)st;",
            "}"]
    ctx = Ctx(user=False, lock=True, callees=[])
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_init(fn, rng, L, dpcs, paged):
    core = [
        "NTSTATUS %s(PBENCH_EXTENSION Ext)" % fn.name,
        "{",
        "\tPBENCH_EXTENSION ext = Ext;",
    ] + LOCALS + [
        "",
        "\tPAGED_CODE();",
        "",
    ]
    for d in dpcs:
        core.append("\tKeInitializeDpc(&ext->Dpc, %s, ext);" % d)
    for p in paged:
        core.append("\tst = %s(ext);" % p)
    tail = ["out:",
            "\treturn st;",
            "}"]
    ctx = Ctx(user=False, lock=False, callees=[])
    return core + fill(rng, ctx, L - len(core) - len(tail)) + tail


def emit_chain(k, depth, rng, L):
    """Chain helper k: passes the user buffer on; the last one reads it."""
    core = [
        "ULONG %s(PBENCH_EXTENSION Ext, PVOID Buffer, ULONG Length, ULONG Acc)" % chain_name(k),
        "{",
        "\tPBENCH_EXTENSION ext = Ext;",
    ] + LOCALS + [
        "",
        "\tacc = BenchMix(Acc, %d);" % k,
    ]
    if k + 1 < depth:
        core.append("\tacc = %s(ext, (PUCHAR)Buffer + 1, Length - 1, acc);" % chain_name(k + 1))
    else:
        core.append("\tacc += ((PUCHAR)Buffer)[Length - 1];")
    tail = ["out:",
            "\treturn NT_SUCCESS(st) ? acc : 0;",
            "}"]
    ctx = Ctx(user=False, lock=True, callees=[])
    return core + fill(rng, ctx, min(L, 40) - len(core) - len(tail)) + tail


def emit_driver_entry(nfiles, plans):
    """DriverEntry and the core services of drv0000.c."""
    dispatch = next(fn.name for fn in plans[0] if fn.shape == "dispatch")
    inits = [fn.name for fns in plans for fn in fns if fn.shape == "init"]
    out = []
    # Every file's init routine: declared here, where the only call is.
    for name in inits:
        out.append("NTSTATUS %s(PBENCH_EXTENSION Ext);" % name)
    out += [
        "",
        "#ifdef ALLOC_PRAGMA",
        "#pragma alloc_text(INIT, DriverEntry)",
        "#pragma alloc_text(PAGE, BenchUnload)",
        "#pragma alloc_text(PAGE, BenchCreateClose)",
        "#endif",
        "",
        "NTSTATUS BenchCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)",
        "{",
        "\tUNREFERENCED_PARAMETER(DeviceObject);",
        "\tPAGED_CODE();",
        "",
        "\tIrp->IoStatus.Status = STATUS_SUCCESS;",
        "\tIrp->IoStatus.Information = 0;",
        "\tIoCompleteRequest(Irp, IO_NO_INCREMENT);",
        "\treturn STATUS_SUCCESS;",
        "}",
        "",
        "VOID BenchUnload(PDRIVER_OBJECT DriverObject)",
        "{",
        "\tUNICODE_STRING link;",
        "",
        "\tPAGED_CODE();",
        "\tRtlInitUnicodeString(&link, L\"\\\\DosDevices\\\\BenchDrv\");",
        "\tIoDeleteSymbolicLink(&link);",
        "\tIoDeleteDevice(DriverObject->DeviceObject);",
        "}",
        "",
        "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)",
        "{",
        "\tUNICODE_STRING name, link;",
        "\tPDEVICE_OBJECT device;",
        "\tPBENCH_EXTENSION ext;",
        "\tNTSTATUS status;",
        "",
        "\tRtlInitUnicodeString(&name, L\"\\\\Device\\\\BenchDrv\");",
        "\tstatus = IoCreateDevice(DriverObject, sizeof(BENCH_EXTENSION), &name, FILE_DEVICE_UNKNOWN,",
        "\t\t\t\tFILE_DEVICE_SECURE_OPEN, FALSE, &device);",
        "\tif (!NT_SUCCESS(status))",
        "\t\treturn status;",
        "\text = (PBENCH_EXTENSION)device->DeviceExtension;",
        "\text->Self = device;",
        "\tKeInitializeSpinLock(&ext->Lock);",
        "\tKeInitializeSpinLock(&ext->QueueLock);",
        "\tInitializeListHead(&ext->Pending);",
        "\text->Config.RegistryPath = *RegistryPath;",
    ]
    for name in inits:
        out += ["\tstatus = %s(ext);" % name,
                "\tif (!NT_SUCCESS(status))",
                "\t\tgoto fail;"]
    out += [
        "\tRtlInitUnicodeString(&link, L\"\\\\DosDevices\\\\BenchDrv\");",
        "\tstatus = IoCreateSymbolicLink(&link, &name);",
        "\tif (!NT_SUCCESS(status))",
        "\t\tgoto fail;",
        "\tDriverObject->MajorFunction[IRP_MJ_CREATE] = BenchCreateClose;",
        "\tDriverObject->MajorFunction[IRP_MJ_CLOSE] = BenchCreateClose;",
        "\tDriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = %s;" % dispatch,
        "\tDriverObject->DriverUnload = BenchUnload;",
        "\treturn STATUS_SUCCESS;",
        "fail:",
        "\tIoDeleteDevice(device);",
        "\treturn status;",
        "}",
    ]
    return out


def emit_file(i, plans, args, rng):
    fns = plans[i]
    nfiles = len(plans)
    mod = i // MODULE_FILES
    nmods = (nfiles + MODULE_FILES - 1) // MODULE_FILES
    L = args.lines_per_func
    out = ["/*",
           " * %s.c: module %d of %d of the benchmark driver (generated)." % (fname(i), i, nfiles),
           " */",
           "#include <ntddk.h>",
           "#include \"bench.h\"",
           "#include \"mod%03d.h\"" % mod]
    if mod + 1 < nmods:
        out.append("#include \"mod%03d.h\"" % (mod + 1))
    out += ["#include \"chain.h\"", ""]

    # Exported helpers of later files in this module or the next one: the
    # cross-file calls, always forward so the call graph has no cycles.
    later = [fn.name for j in range(i + 1, min(nfiles, (mod + 2) * MODULE_FILES))
             for fn in plans[j] if fn.shape == "helper"]
    callees = later[:3]

    # Declarations and sections, as a driver module starts.
    for fn in fns:
        if fn.shape == "dispatch":
            out.append("_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH %s;" % fn.name)
        elif fn.shape == "dpc":
            out.append("KDEFERRED_ROUTINE %s;" % fn.name)
        elif fn.static:
            out.append("static NTSTATUS %s(%s);" % (fn.name, "PBENCH_EXTENSION ext" if fn.shape == "paged"
                       else "PBENCH_EXTENSION ext, PIRP Irp, PIO_STACK_LOCATION stack"))
    paged = [fn.name for fn in fns if fn.shape in ("paged", "init")]
    if paged:
        out += ["", "#ifdef ALLOC_PRAGMA"]
        out += ["#pragma alloc_text(PAGE, %s)" % p for p in paged]
        out.append("#endif")
    out.append("")

    if i == 0:
        out += emit_driver_entry(nfiles, plans) + [""]

    handlers = []
    codes = {"neither": "IOCTL_BENCH_READ_NEITHER", "unprobed": "IOCTL_BENCH_PEEK_NEITHER",
             "buffered": "IOCTL_BENCH_QUERY"}
    for fn in fns:
        if fn.shape in codes:
            handlers.append((codes[fn.shape], "%s(ext, Irp, stack)" % fn.name))
    locked = [fn.name for fn in fns if fn.shape == "locked"]
    if locked:
        handlers.append(("IOCTL_BENCH_UPDATE", "(%s(ext, inLen), STATUS_SUCCESS)" % locked[0]))
    # Only the first case of each code: a switch may not repeat one.
    seen = set()
    handlers = [h for h in handlers if not (h[0] in seen or seen.add(h[0]))]
    dpcs = [fn.name for fn in fns if fn.shape == "dpc"]
    first_dispatch = True

    for fn in fns:
        s = fn.shape
        if s == "dispatch":
            body = emit_dispatch(fn, rng, L, handlers,
                                 chain=args.call_depth > 0 and i == 0 and first_dispatch,
                                 callees=callees)
            first_dispatch = False
        elif s in ("neither", "unprobed"):
            body = emit_neither(fn, rng, L, callees, probed=(s == "neither"))
        elif s == "buffered":
            body = emit_buffered(fn, rng, L, callees)
        elif s == "locked":
            body = emit_locked(fn, rng, L)
        elif s == "paged":
            body = emit_paged(fn, rng, L)
        elif s == "helper":
            body = emit_helper(fn, rng, L, callees)
        elif s == "dpc":
            body = emit_dpc(fn, rng, L, locked[0] if locked else None)
        elif s == "init":
            body = emit_init(fn, rng, L, dpcs, [fn2.name for fn2 in fns if fn2.shape == "paged"])
        else:
            raise AssertionError(s)
        out += body + [""]

    for k in range(args.call_depth):
        if k % nfiles == i:
            out += emit_chain(k, args.call_depth, rng, L) + [""]
    return "\n".join(out)


def prepare(outdir):
    """An empty OUTDIR, refusing to clear a directory this script did not make."""
    if os.path.exists(outdir):
        if os.listdir(outdir) and not os.path.exists(os.path.join(outdir, MARKER)):
            sys.exit("gen.py: %s exists and is not a generated corpus; not touching it" % outdir)
        shutil.rmtree(outdir)
    os.makedirs(os.path.join(outdir, "include"))
    os.makedirs(os.path.join(outdir, "src"))
    open(os.path.join(outdir, MARKER), "w").close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", help="directory to (re)create")
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--funcs", type=int, default=8, help="functions per file")
    ap.add_argument("--lines-per-func", type=int, default=40,
                    help="approximate body length of every function (minimum: its fixed part)")
    ap.add_argument("--call-depth", type=int, default=0,
                    help="length of a chain of helpers across files")
    ap.add_argument("--kind", choices=["mixed", "dispatch"], default="mixed",
                    help="mixed: the shapes of a driver module; dispatch: every function a dispatch routine")
    ap.add_argument("--seed", type=int, default=1, help="seed of the random generator")
    args = ap.parse_args()
    if args.files < 1 or args.funcs < 1 or args.lines_per_func < 1 or args.call_depth < 0:
        ap.error("--files, --funcs and --lines-per-func must be positive, --call-depth not negative")

    rng = random.Random(args.seed)
    outdir = os.path.abspath(args.outdir)
    prepare(outdir)

    plans = [plan_file(i, args.funcs, args.kind, rng) for i in range(args.files)]
    if not any(fn.shape == "dispatch" for fn in plans[0]):
        sys.exit("gen.py: file 0 needs a dispatch routine (use --funcs >= 1)")

    def write(rel, text):
        with open(os.path.join(outdir, rel), "w") as f:
            f.write(text)

    write("include/bench.h", shared_header(random.Random(args.seed)))
    write("include/chain.h", chain_header(args.call_depth))
    for m in range(0, args.files, MODULE_FILES):
        write("include/mod%03d.h" % (m // MODULE_FILES),
              module_header(m // MODULE_FILES, plans[m:m + MODULE_FILES]))

    entries, lines, nfuncs = [], 0, 0
    for i in range(args.files):
        text = emit_file(i, plans, args, rng)
        rel = "src/%s.c" % fname(i)
        write(rel, text)
        lines += text.count("\n")
        nfuncs += text.count("\n{\n")
        entries.append({"directory": outdir,
                        "arguments": ["clang", "-c", "-Iinclude", "-DBENCH_BUILD=1",
                                      "-o", "obj/%s.o" % fname(i), rel],
                        "file": rel})
    write("compile_commands.json", json.dumps(entries, indent=1) + "\n")
    print("%s: %d files, %d functions, %d lines of source" % (outdir, args.files, nfuncs, lines))


if __name__ == "__main__":
    main()
