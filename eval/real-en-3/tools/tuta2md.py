#!/usr/bin/env python3
"""Tuta terms (SOURCES.md): the `terms_en` literal of tutao/tutanota src/subscription/terms.ts
@ 253441b9 (lines 498-835) -> Markdown. <h3> -> ##, <h4> -> ###, <p> -> paragraph (inner
line-wrapping joined with single spaces), <strong> -> **, <hr> -> ---, <br> joined into the
paragraph, the stray </em> dropped, HTML entities unescaped, whitespace-only paragraphs
removed. Wording unchanged. Usage: tuta2md.py terms.ts > en_tos_tutao-tuta.md"""
import html, re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
src = "\n".join(lines[497:835])
out = []
for m in re.finditer(r"<(h3|h4|p)>(.*?)</\1>|<hr>", src, re.S):
    if m.group(0) == "<hr>":
        out.append("---"); continue
    tag, t = m.group(1), m.group(2)
    t = t.replace("</em>", "").replace("<br>", " ").replace("<strong>", "**").replace("</strong>", "**")
    t = re.sub(r"\s+", " ", html.unescape(t)).strip()
    if t:
        out.append({"h3": "## ", "h4": "### ", "p": ""}[tag] + t)
sys.stdout.write("\n\n".join(out) + "\n")
