#!/usr/bin/env python3
"""Turns bench/run's raw timings into the markdown report.

    report.py RAW.tsv CORPORA.tsv MACHINE VERSION COMMIT CLANG_VERSION CPPCHECK_VERSION LOAD NICE
"""

import csv
import statistics
import sys
import time

TOOLS = [("drvlint-j1", "drvlint -j 1"), ("drvlint-j2", "drvlint -j 2"),
         ("clang-fsyntax-only", "clang-19 -fsyntax-only (floor)"),
         ("clang-analyze", "clang-19 --analyze"), ("cppcheck", "cppcheck")]
FLOOR = "clang-fsyntax-only"

# Targets of the performance issue.
MAX_TIME_RATIO = 1.5
MAX_RSS_RATIO = 2.0
MIN_SPEEDUP = 1.7
MAX_GROWTH = 1.2
MAX_INCREMENTAL = 2.0


def load(raw_path, corpora_path):
    runs = {}
    with open(raw_path) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            runs.setdefault((row["corpus"], row["tool"]), []).append(row)
    with open(corpora_path) as f:
        corpora = list(csv.DictReader(f, delimiter="\t"))
    stats = {}
    for key, rows in runs.items():
        stats[key] = {
            "runs": len(rows),
            "wall": statistics.median(float(r["wall"]) for r in rows),
            "cpu": statistics.median(float(r["user"]) + float(r["sys"]) for r in rows),
            "rss": max(int(r["rss_kb"]) for r in rows) / 1024.0,
            "status": sorted({int(r["status"]) for r in rows}),
        }
    return stats, corpora


def timed_out(s):
    return 124 in s["status"]


def ratio(a, b):
    return a / b if b > 0 else float("nan")


def verdict(ok):
    return "**met**" if ok else "**not met**"


def verdict_over(over):
    """The verdict of a target that the corpora named in `over` miss."""
    return verdict(not over) + (" (%s)" % ", ".join(over) if over else "")


def series_table(out, stats, corpora, series):
    out.append("| corpus | files | functions | lines | tool | runs | wall s | CPU s | peak RSS MiB "
               "| wall ÷ floor | CPU ÷ floor | RSS ÷ floor |")
    out.append("|---|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|")
    for c in corpora:
        if c["series"] != series:
            continue
        name = c["corpus"]
        floor = stats.get((name, FLOOR))
        first = True
        for tool, label in TOOLS:
            s = stats.get((name, tool))
            cells = [name, c["files"], c["functions"], c["lines"]] if first else ["", "", "", ""]
            first = False
            if not s:
                out.append("| " + " | ".join(cells + [label, "0", "not run"] + [""] * 5) + " |")
                continue
            if timed_out(s):
                out.append("| " + " | ".join(cells + [label, str(s["runs"]), "> %.0f" % s["wall"]]
                                             + [""] * 5) + " |")
                continue
            note = ""
            bad = [st for st in s["status"] if st != 0 and not (tool.startswith("drvlint") and st == 1)]
            if bad:
                note = " (exit %s)" % ",".join(map(str, bad))
            cells += [label + note, str(s["runs"]), "%.2f" % s["wall"], "%.2f" % s["cpu"],
                      "%.0f" % s["rss"]]
            for field in ("wall", "cpu", "rss"):
                cells.append("%.2f" % ratio(s[field], floor[field]) if floor else "")
            out.append("| " + " | ".join(cells) + " |")
    out.append("")


def main():
    raw, corpora_path, machine, version, commit, clang, cppcheck, loadavg, nice = sys.argv[1:10]
    stats, corpora = load(raw, corpora_path)
    by_name = {c["corpus"]: c for c in corpora}

    def get(corpus, tool, field):
        s = stats.get((corpus, tool))
        return s[field] if s else None

    out = ["# drvlint benchmark results", "",
           "Measured %s on %s." % (time.strftime("%Y-%m-%d"), machine),
           "%s, commit %s; %s; %s." % (version, commit, clang, cppcheck),
           "Load average (1 min) at the start and the end of the run: %s; the tools ran at "
           "nice %s." % (loadavg, nice), "",
           "Every tool gets all files of a corpus in one invocation, with drvlint's compiler "
           "arguments. wall and CPU (user + system) are medians over the runs, peak RSS the "
           "largest of the runs; \"floor\" is `clang-19 -fsyntax-only`.", ""]

    notes = []
    for c in corpora:
        if int(c["clang_errors"]):
            notes.append("%s: clang-19 -fsyntax-only reported %s errors: the corpus does not "
                         "parse cleanly with the built-in headers." % (c["corpus"], c["clang_errors"]))
    if notes:
        out += ["**Warning:**", ""] + ["- " + n for n in notes] + [""]

    out += ["## Number of files", "",
            "8 functions of about 40 lines per file, a call chain of 5 helpers across files.", ""]
    series_table(out, stats, corpora, "files")
    out += ["## Function size", "",
            "20,000 lines of dispatch-routine code in one file, split into functions of L lines "
            "(S100: 200 functions of 100 lines ... S20000: one function of 20,000 lines); S0 is "
            "the same file with one short function: its time is the fixed cost (start-up, headers).",
            ""]
    series_table(out, stats, corpora, "size")
    out += ["## Call-graph depth", "",
            "10 files as in the first series, with a chain of D helpers (about 40 lines each) across "
            "files that passes the probed user buffer down to the last one.", ""]
    series_table(out, stats, corpora, "depth")

    # --- derived figures and the targets ---
    out += ["## Derived figures", ""]
    files = [c["corpus"] for c in corpora if c["series"] == "files"]
    out.append("| corpus | drvlint -j 1 ms/file | floor ms/file | -j 1 ÷ -j 2 | findings |")
    out.append("|---|--:|--:|--:|--:|")
    for name in files:
        n = int(by_name[name]["files"])
        j1, j2, fl = get(name, "drvlint-j1", "wall"), get(name, "drvlint-j2", "wall"), get(name, FLOOR, "wall")
        out.append("| %s | %.1f | %.1f | %.2f | %s |" % (name, 1000 * j1 / n, 1000 * fl / n,
                                                        ratio(j1, j2), by_name[name]["findings"]))
    out.append("")

    # Growth is judged on CPU time: it measures the work done and is less
    # disturbed than wall time by other load on the machine.
    steps = []
    out.append("Marginal cost per added file (difference between consecutive corpora):")
    out.append("")
    out.append("| step | drvlint -j 1 CPU ms/file | floor CPU ms/file | drvlint -j 1 wall ms/file | floor wall ms/file |")
    out.append("|---|--:|--:|--:|--:|")
    for a, b in zip(files, files[1:]):
        dn = int(by_name[b]["files"]) - int(by_name[a]["files"])
        row = [1000 * (get(b, tool, field) - get(a, tool, field)) / dn
               for field in ("cpu", "wall") for tool in ("drvlint-j1", FLOOR)]
        steps.append(row[0])
        out.append("| %s → %s | %.1f | %.1f | %.1f | %.1f |" % tuple([a, b] + row))
    out.append("")

    sizes = [c["corpus"] for c in corpora if c["series"] == "size" and c["corpus"] != "S0"]
    per_line = {}
    if "S0" in by_name:
        out.append("Net CPU time per line of function body (CPU time minus S0's, divided by the "
                   "lines added), and peak RSS:")
        out.append("")
        out.append("| corpus | drvlint -j 1 µs/line | floor µs/line | clang --analyze µs/line "
                   "| drvlint peak RSS MiB |")
        out.append("|---|--:|--:|--:|--:|")
        for name in sizes:
            dl = int(by_name[name]["lines"]) - int(by_name["S0"]["lines"])
            row = []
            for tool in ("drvlint-j1", FLOOR, "clang-analyze"):
                s, s0 = stats.get((name, tool)), stats.get(("S0", tool))
                row.append("%.1f" % (1e6 * (s["cpu"] - s0["cpu"]) / dl)
                           if s and s0 and not timed_out(s) else "—")
            per_line[name] = float(row[0])
            out.append("| %s | %s | %s | %s | %.0f |" % (name, row[0], row[1], row[2],
                                                      get(name, "drvlint-j1", "rss")))
        out.append("")

    depths = [c["corpus"] for c in corpora if c["series"] == "depth"]
    if len(depths) >= 2:
        out.append("Cost of the call chain: what each step adds per added chain helper:")
        out.append("")
        out.append("| step | drvlint -j 1 CPU ms/helper | floor CPU ms/helper | drvlint RSS MiB/helper |")
        out.append("|---|--:|--:|--:|")
        for a, b in zip(depths, depths[1:]):
            dn = int(b[1:]) - int(a[1:])
            out.append("| %s → %s | %.1f | %.1f | %.2f |" % (
                a, b, 1000 * (get(b, "drvlint-j1", "cpu") - get(a, "drvlint-j1", "cpu")) / dn,
                1000 * (get(b, FLOOR, "cpu") - get(a, FLOOR, "cpu")) / dn,
                (get(b, "drvlint-j1", "rss") - get(a, "drvlint-j1", "rss")) / dn))
        out.append("")

    inc = ("I200", "clang-fsyntax-only-1")
    if stats.get(inc):
        out += ["## Incremental runs with the summary cache", "",
                "A 200-file corpus as in the first series; a full run with `--cache` filled the "
                "cache (and the precompiled model header), then one file (in the middle of the call "
                "chains) is given alone: unchanged (also with `--pch never`, which parses the model "
                "headers as the floor does), after a comment was appended (its text changed, its summaries did not), and after a "
                "line was inserted at its top (the lines its summaries name moved, so the files "
                "calling into it are parsed again). The floor is `clang-19 -fsyntax-only` on that one "
                "file. The file is restored after each round.", "",
                "| run | wall s | CPU s | peak RSS MiB | ÷ floor (wall) |", "|---|--:|--:|--:|--:|"]
        floor = stats[inc]
        for tool, label in (("clang-fsyntax-only-1", "floor: clang-19 -fsyntax-only, 1 file"),
                            ("drvlint-cache", "drvlint, file unchanged"),
                            ("drvlint-cache-nopch", "drvlint, file unchanged, --pch never"),
                            ("drvlint-cache-edit", "drvlint, text edited"),
                            ("drvlint-cache-moved", "drvlint, lines moved")):
            s = stats.get(("I200", tool))
            if s:
                out.append("| %s | %.3f | %.3f | %.0f | %.2f× |" % (label, s["wall"], s["cpu"], s["rss"],
                                                                   ratio(s["wall"], floor["wall"])))
        out.append("")
    out += ["## Targets", "", "| target | measured | verdict |", "|---|---|---|"]
    # Time and memory against the floor hold for every corpus, not only the
    # many-file ones the precompiled header favours.
    measured = [c["corpus"] for c in corpora if c["series"] in ("files", "size", "depth")
                and all(stats.get((c["corpus"], t)) and not timed_out(stats[(c["corpus"], t)])
                        for t in ("drvlint-j1", FLOOR))]
    if not measured:
        out.append("| the time and RSS targets | no series ran | not measured |")
    for field in ("wall", "cpu") if measured else ():
        tr = [ratio(get(n, "drvlint-j1", field), get(n, FLOOR, field)) for n in measured]
        over = [n for n, r in zip(measured, tr) if r > MAX_TIME_RATIO]
        out.append("| drvlint -j 1 ≤ %.1f× clang-19 -fsyntax-only (%s time) | %s | %s |" % (
            MAX_TIME_RATIO, "wall" if field == "wall" else "CPU",
            ", ".join("%s: %.2f×" % (n, r) for n, r in zip(measured, tr)),
            verdict_over(over)))
    rr = [ratio(get(n, "drvlint-j1", "rss"), get(n, FLOOR, "rss")) for n in measured]
    if measured:
        over = [n for n, r in zip(measured, rr) if r > MAX_RSS_RATIO]
        out.append("| drvlint peak RSS ≤ %.0f× clang's | %s | %s |" % (
            MAX_RSS_RATIO, ", ".join("%s: %.2f×" % (n, r) for n, r in zip(measured, rr)),
            verdict_over(over)))
    big = [n for n in files if int(by_name[n]["files"]) >= 50]
    sp = [ratio(get(n, "drvlint-j1", "wall"), get(n, "drvlint-j2", "wall")) for n in big]
    if big:
        out.append("| -j 2 ≥ %.1f× faster than -j 1 on ≥ 50 files | %s | %s |" % (
            MIN_SPEEDUP, ", ".join("%s: %.2f×" % (n, s) for n, s in zip(big, sp)),
            verdict(all(s >= MIN_SPEEDUP for s in sp))))
    if len(steps) >= 2 and min(steps) > 0:
        g = max(steps) / min(steps)
        out.append("| linear in file count (marginal CPU ms/file varies ≤ %.1f×) | %s; spread %.3f× | %s |" % (
            MAX_GROWTH, ", ".join("%.1f" % s for s in steps), g, verdict(g <= MAX_GROWTH)))
    if "S100" in per_line and "S20000" in per_line and per_line["S100"] > 0:
        g = per_line["S20000"] / per_line["S100"]
        out.append("| 20,000-line function ≤ %.1f× per line (CPU) of 100-line ones | %.1f vs %.1f µs/line: %.3f× | %s |" % (
            MAX_GROWTH, per_line["S20000"], per_line["S100"], g, verdict(g <= MAX_GROWTH)))
    if len(depths) >= 3:
        # The last step against the steps before it: quadratic growth makes
        # each added helper cost more than the ones before.
        a, m, b = depths[0], depths[-2], depths[-1]
        lo = (get(m, "drvlint-j1", "cpu") - get(a, "drvlint-j1", "cpu")) / (int(m[1:]) - int(a[1:]))
        hi = (get(b, "drvlint-j1", "cpu") - get(m, "drvlint-j1", "cpu")) / (int(b[1:]) - int(m[1:]))
        g = ratio(hi, lo) if lo > 0 else float("nan")
        out.append("| linear in call depth: CPU per helper from %s to %s ≤ %.1f× that from %s to %s "
                   "| %.1f vs %.1f ms/helper: %.2f× | %s |" % (
                       m, b, MAX_GROWTH, a, m, 1000 * hi, 1000 * lo, g, verdict(g <= MAX_GROWTH)))
    if stats.get(inc):
        rs = [(label, ratio(get("I200", tool, "wall"), get(*inc, "wall")))
              for tool, label in (("drvlint-cache", "unchanged"), ("drvlint-cache-edit", "edited"),
                                  ("drvlint-cache-moved", "lines moved"))
              if stats.get(("I200", tool))]
        out.append("| one changed file of a 200-file driver, warm cache, ≤ %.1f× parsing it | %s | %s |" % (
            MAX_INCREMENTAL, ", ".join("%s: %.2f×" % r for r in rs),
            verdict(all(r <= MAX_INCREMENTAL for _, r in rs))))
    out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
