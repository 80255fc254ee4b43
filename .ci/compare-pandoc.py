#!/usr/bin/env python3
"""Compare the words clausier reads from DOCX files with pandoc's.

Usage: compare-pandoc.py BIN MIN_PERCENT FILE.docx...
For each file: the share of pandoc's words (`pandoc --track-changes=accept -t plain`,
as a multiset of lowercase word tokens) that clausier's `extract --format json` also
has. Exits 1 when a file is under MIN_PERCENT.
"""
import collections
import json
import re
import subprocess
import sys

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def main():
    binary, minimum, files = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    worst = 100.0
    for f in files:
        pandoc = subprocess.run(["pandoc", "--track-changes=accept", "-t", "plain", "--wrap=none", f],
                                capture_output=True, text=True, check=True).stdout
        out = subprocess.run([binary, "extract", "--format", "json", f], capture_output=True, text=True, check=True).stdout
        doc = json.loads(out)[0]
        ours = words("\n".join(b["text"] for b in doc["blocks"]))
        theirs = words(pandoc)
        common = sum((ours & theirs).values())
        total = sum(theirs.values()) or 1
        pct = 100.0 * common / total
        extra = sum((ours - theirs).values())
        worst = min(worst, pct)
        print(f"{pct:6.2f}% of pandoc's {total} words ({extra} extra) {f}")
    if worst < minimum:
        print(f"under {minimum}%")
        sys.exit(1)


if __name__ == "__main__":
    main()
