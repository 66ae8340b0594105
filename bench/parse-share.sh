#!/bin/sh
# parse-share.sh: how much real driver source the built-in WDK model parses.
#
#   bench/parse-share.sh [-v|-a] [-l LIST] [-n TOP] DIR
#
# Finds the kernel-mode .c files under DIR, sorts them into KMDF (the file or a
# header it pulls in from its sample includes wdf.h) and WDM (every other file
# that reaches a kernel header such as wdm.h, ntddk.h, ntifs.h, fltKernel.h or
# ndis.h), parses each with clang-19 -fsyntax-only and drvlint's compiler
# arguments, and prints per kind how many files parse with zero errors, then the
# most frequent undeclared identifiers and missing headers.
#
# User-mode code is skipped: files under exe/, app/, test/ directories and files
# that reach windows.h. Each file gets -I for its own directory, its parent and
# inc/ or include/ directories up to three levels above it; when a Visual Studio
# project (.vcxproj) under DIR compiles the file, also that project's x64
# preprocessor definitions and include directories (those outside the kit).
#
#   -v        also print every failing file with its first error
#   -a        also print every failing file with all its errors
#   -l LIST   write "KIND STATUS FILE" lines for every file to LIST
#   -n TOP    how many identifiers, headers and errors to list (default 25)
#
# Environment: CLANG (default clang-19), WDK_INCLUDE (default: include/wdk next
# to this script), RESOURCE_DIR (default /usr/lib/llvm-19/lib/clang/19), JOBS.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
verbose=0
list=
top=25
while getopts val:n: opt; do
	case $opt in
	v) verbose=1 ;;
	a) verbose=2 ;;
	l) list=$OPTARG ;;
	n) top=$OPTARG ;;
	*) echo "usage: $0 [-v|-a] [-l LIST] [-n TOP] DIR" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 [-v|-a] [-l LIST] [-n TOP] DIR" >&2; exit 2; }

CLANG=${CLANG:-clang-19}
WDK_INCLUDE=${WDK_INCLUDE:-$here/../include/wdk}
RESOURCE_DIR=${RESOURCE_DIR:-/usr/lib/llvm-19/lib/clang/19}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
command -v "$CLANG" >/dev/null || { echo "$0: $CLANG not found" >&2; exit 2; }
command -v python3 >/dev/null || { echo "$0: python3 not found" >&2; exit 2; }

# The fixed part of the arguments drvlint gives libclang (analyzer/frontend.c).
ARGS="-x c -std=gnu11 --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility
-fms-compatibility-version=19.30 -ferror-limit=0 -Wno-everything
-D_AMD64_ -D_WIN64 -DKERNEL_MODE -D_KERNEL_MODE -resource-dir $RESOURCE_DIR"

export CLANG WDK_INCLUDE ARGS JOBS
exec python3 - "$1" "$verbose" "$list" "$top" <<'EOF'
import collections, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

root, verbose, listfile, top = os.path.abspath(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
clang, wdk = os.environ["CLANG"], os.path.abspath(os.environ["WDK_INCLUDE"])
fixed = os.environ["ARGS"].split()
INCLUDE = re.compile(rb'^[ \t]*#[ \t]*include[ \t]*[<"]([^>"]+)[>"]', re.M)
KERNEL = {"wdm.h", "ntddk.h", "ntifs.h", "fltkernel.h", "ndis.h", "wdf.h", "ntosp.h"}
USER_DIRS = {"exe", "app", "test", "tests"}

PROJECT_FILE = re.compile(r'<ClCompile\s+Include="([^"]+)"')
GROUP = re.compile(r'<ItemDefinitionGroup([^>]*)>(.*?)</ItemDefinitionGroup>', re.S)
SETTING = re.compile(r'<(PreprocessorDefinitions|AdditionalIncludeDirectories)>([^<]*)<')

def project_settings(vcx):
    """The -D and -I arguments a Visual Studio project gives its C files (x64 and
    unconditional settings; kit-relative and intermediate paths dropped)."""
    text = open(vcx, encoding="utf-8", errors="replace").read()
    base, defs, dirs = os.path.dirname(vcx), [], []
    for cond, body in GROUP.findall(text):
        if "Win32" in cond or "ARM" in cond:
            continue
        for cl in re.findall(r'<ClCompile>(.*?)</ClCompile>', body, re.S):
            for key, value in SETTING.findall(cl):
                for item in value.split(";"):
                    item = item.strip()
                    if not item or "%(" in item:
                        continue
                    if key == "PreprocessorDefinitions":
                        if re.match(r"[A-Za-z_]\w*(=|$)", item):
                            defs.append("-D" + item)
                        continue
                    item = item.replace("$(ProjectDir)", base + "/").replace("$(MSBuildProjectDirectory)", base)
                    if "$(" not in item:
                        d = find_path(base, item.replace("\\", "/"), os.path.isdir)
                        if d:
                            dirs.append(d)
    return list(dict.fromkeys(defs)), list(dict.fromkeys(dirs))

def projects():
    """Maps each C file a project under root compiles to that project's settings."""
    owner = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(".vcxproj"):
                vcx = os.path.join(dirpath, fn)
                settings = project_settings(vcx)
                text = open(vcx, encoding="utf-8", errors="replace").read()
                for item in PROJECT_FILE.findall(text):
                    for inc in filter(None, (i.strip() for i in item.split(";"))):
                        c = os.path.normpath(os.path.join(dirpath, inc.replace("\\", "/")))
                        owner.setdefault(c.lower(), settings)
    return owner

def include_dirs(path, project_dirs=()):
    d = os.path.dirname(path)
    dirs = [d, os.path.dirname(d)] + list(project_dirs)
    up = d
    for _ in range(4):
        for sub in ("inc", "include"):
            cand = os.path.join(up, sub)
            if os.path.isdir(cand):
                dirs.append(cand)
        if up == root:
            break
        up = os.path.dirname(up)
    return list(dict.fromkeys(dirs))

def includes(path, cache={}):
    if path not in cache:
        try:
            with open(path, "rb") as f:
                cache[path] = [m.decode("latin-1").replace("\\", "/") for m in INCLUDE.findall(f.read())]
        except OSError:
            cache[path] = []
    return cache[path]

def listing(d, cache={}):
    if d not in cache:
        try:
            cache[d] = {n.lower(): n for n in os.listdir(d)}
        except OSError:
            cache[d] = {}
    return cache[d]

def find_file(d, inc):
    """The file d/inc names, each path component matched without regard to
    case as on Windows, or None."""
    return find_path(d, inc, os.path.isfile)

def find_path(d, inc, kind):
    cur = os.path.normpath(d)
    for part in inc.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            cur = os.path.dirname(cur)
            continue
        real = listing(cur).get(part.lower())
        if not real:
            return None
        cur = os.path.join(cur, real)
    return cur if kind(cur) else None

def scan(path, dirs):
    """Walks the includes reachable from path the way drvlint's frontend does.
    Returns the lower-cased names of every header reached and the fixups drvlint
    gives libclang: {path clang will look up: real file, or None for a missing
    generated WPP .tmh header}."""
    seen, todo, names, fix = set(), [path], set(), {}
    search = dirs + [wdk]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        here = os.path.dirname(p)
        for inc in includes(p):
            names.add(os.path.basename(inc).lower())
            if inc.lower().endswith(".tmh"):
                spelled = os.path.normpath(os.path.join(here, inc))
                if not os.path.exists(spelled):
                    fix[spelled] = None
                continue
            for d in [here] + search:
                real = find_file(d, inc)
                if real:
                    spelled = os.path.normpath(os.path.join(d, inc))
                    if spelled != real:
                        fix[spelled] = real
                    if not real.startswith(wdk + os.sep):
                        todo.append(real)
                    break
    return names, fix

def classify(path, dirs):
    parts = {p.lower() for p in os.path.relpath(path, root).split(os.sep)[:-1]}
    if parts & USER_DIRS:
        return None
    names, _ = scan(path, dirs)
    if "windows.h" in names:
        return None
    if "wdf.h" in names:
        return "KMDF"
    if names & KERNEL:
        return "WDM"
    return None

def overlay(fix, tmp):
    """A clang VFS overlay mapping each fixup path to its file (a missing .tmh to
    the model's stand-in, as drvlint does)."""
    stub = os.path.join(wdk, "wpp_generated.h")
    bydir = collections.defaultdict(list)
    for spelled, real in sorted(fix.items()):
        bydir[os.path.dirname(spelled)].append({"type": "file", "name": os.path.basename(spelled),
                                                "external-contents": real or stub})
    roots = [{"type": "directory", "name": d, "contents": c} for d, c in sorted(bydir.items())]
    path = os.path.join(tmp, "overlay.json")
    with open(path, "w") as f:
        json.dump({"version": 0, "roots": roots}, f)
    return path

def parse(job):
    kind, path, dirs, defs = job
    argv = [clang, "-fsyntax-only"] + fixed + defs + [a for d in dirs for a in ("-I", d)] + ["-isystem", wdk]
    with tempfile.TemporaryDirectory() as tmp:
        _, fix = scan(path, dirs)
        if fix:
            argv += ["-ivfsoverlay", overlay(fix, tmp)]
        r = subprocess.run(argv + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        errors = [l for l in r.stderr.decode("utf-8", "replace").splitlines() if ": error: " in l or ": fatal error: " in l]
    return kind, path, errors

jobs, owner = [], projects()
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for fn in sorted(filenames):
        if fn.lower().endswith(".c"):
            path = os.path.join(dirpath, fn)
            defs, pdirs = owner.get(path.lower(), ([], []))
            dirs = include_dirs(path, pdirs)
            kind = classify(path, dirs)
            if kind:
                jobs.append((kind, path, dirs, defs))

total, ok = collections.Counter(), collections.Counter()
missing, headers, other = collections.Counter(), collections.Counter(), collections.Counter()
lines = []
with ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
    for kind, path, errors in pool.map(parse, jobs):
        total[kind] += 1
        rel = os.path.relpath(path, root)
        if not errors:
            ok[kind] += 1
            lines.append("%s ok %s" % (kind, rel))
            continue
        lines.append("%s fail %s" % (kind, rel))
        if verbose:
            print("%s: %s" % (rel, errors[0]))
            for e in errors[1:] if verbose > 1 else ():
                print("    " + e)
        names, hdrs, rest = set(), set(), set()
        for e in errors:
            m = re.search(r"(?:undeclared identifier|unknown type name|no member named) '([^']+)'", e)
            h = re.search(r"'([^']+)' file not found", e)
            if m:
                names.add(m.group(1))
            elif h:
                hdrs.add(h.group(1))
            else:
                rest.add(re.sub(r"^.*?error: ", "", e))
        missing.update(names)
        headers.update(hdrs)
        other.update(rest)

for kind in ("WDM", "KMDF"):
    n = total[kind]
    print("%-5s %d/%d files parse with zero errors (%.1f%%)" % (kind, ok[kind], n, 100.0 * ok[kind] / n if n else 0))
for title, counter in (("missing identifiers", missing), ("missing headers", headers), ("other errors", other)):
    if counter:
        print("\ntop %s (files):" % title)
        for name, count in counter.most_common(top):
            print("  %5d  %s" % (count, name))
if listfile:
    with open(listfile, "w") as f:
        f.write("\n".join(sorted(lines)) + "\n")
EOF
