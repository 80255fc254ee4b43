#!/usr/bin/env python3
"""Scores clausier on an eval set, by half: accuracy, contrary recall and precision,
`weak` answers per `weak` label. Misses are printed for the development half only:
the test half is scored, never read.

Usage: eval/score.py [--bin PATH] [--docs DIR] [--misses] SET_DIR [SET_DIR...]
The documents are looked for in DIR/<set name>/docs (default DIR: /work/eval).
"""
import argparse, json, os, subprocess, sys

FAMILIES = ["localisation", "security", "confidentiality", "traceability",
            "auditability", "reversibility", "portability", "deletion"]


def figures(cells):
    n = len(cells)
    right = sum(w == g for w, g in cells)
    c_lab = sum(w == "contrary" for w, _ in cells)
    c_said = sum(g == "contrary" for _, g in cells)
    c_both = sum(w == g == "contrary" for w, g in cells)
    w_lab = sum(w == "weak" for w, _ in cells)
    w_said = sum(g == "weak" for _, g in cells)
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"
    return (f"accuracy {pct(right, n)} ({right}/{n}); contrary recall {pct(c_both, c_lab)} "
            f"({c_both}/{c_lab}), precision {pct(c_both, c_said)} ({c_both}/{c_said}); "
            f"weak said/labelled {w_said}/{w_lab}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--bin", default="target/release/clausier")
    ap.add_argument("--docs", default="/work/eval")
    ap.add_argument("--misses", action="store_true", help="print the dev half's misses")
    a = ap.parse_args()
    halves = {"dev": [], "test": []}
    misses = []
    for s in a.sets:
        name = os.path.basename(os.path.normpath(s))
        labels = json.load(open(os.path.join(s, "labels.json")))
        split = json.load(open(os.path.join(s, "split.json")))
        docs = os.path.join(a.docs, name, "docs")
        # Documents not on disk (lost, not yet restored from SOURCES.md) are left out,
        # and said: a figure on part of a set is not the set's figure.
        absent = [f for f in sorted(labels) if not os.path.exists(os.path.join(docs, f))]
        if absent:
            print(f"{name}: {len(absent)} of {len(labels)} documents absent, left out", file=sys.stderr)
        labels = {f: v for f, v in labels.items() if f not in absent}
        paths = [os.path.join(docs, f) for f in sorted(labels)]
        out = subprocess.run([a.bin, "check", "--format", "json", *paths],
                             capture_output=True, text=True).stdout
        report = {os.path.basename(f["path"]): f for f in json.loads(out)["files"]}
        for f in sorted(labels):
            half = "test" if f in split["test"] else "dev"
            for fam in FAMILIES:
                got = report.get(f, {}).get("families", {}).get(fam, {}).get("status", "absent")
                want = labels[f][fam]
                halves[half].append((want, got))
                if half == "dev" and want != got:
                    misses.append(f"{name}/{f}: {fam}: expected {want}, got {got}")
    for h in ("dev", "test"):
        print(f"{h:5} {figures(halves[h])}")
    print(f"all   {figures(halves['dev'] + halves['test'])}")
    if a.misses:
        for m in misses:
            print("  miss " + m)


if __name__ == "__main__":
    sys.exit(main())
