#!/usr/bin/env python3
"""PDF -> Markdown through clausier's own reader (`clausier extract`): each block a
paragraph, « • » bullets as list items, page-footer blocks (« 1/10 ») dropped.
Wording is the reader's (hyphenation mended, footnote calls off): not pdftotext's."""
import re, subprocess, sys
import os
bin = os.environ.get("CLAUSIER_BIN", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "target", "release", "clausier"))
out = subprocess.run([bin, "extract", sys.argv[1]], capture_output=True, text=True).stdout
paras = []
for line in out.splitlines():
    m = re.match(r"^p\d+\s+¶\d+\s+\S+\s+\[[^\]]*\]\s?(.*)$", line)
    if not m: continue
    t = re.sub(r"[ \t]+", " ", m.group(1)).strip()
    if not t or re.fullmatch(r"\d+\s*/\s*\d+", t): continue
    parts = [p.strip() for p in t.split("•")]
    head, items = parts[0], [p for p in parts[1:] if p]
    if head: paras.append(head)
    if items: paras.append("\n".join("- " + i for i in items))
sys.stdout.write("\n\n".join(paras) + "\n")
