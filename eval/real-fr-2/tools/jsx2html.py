#!/usr/bin/env python3
"""JSX -> HTML for html2md (eval/real-fr-2/SOURCES.md, La Coop de la médiation numérique CGU,
inclusion-numerique/coop-mediation-numerique apps/web/src/app/(public)/cgu/page.tsx): the
<main> element only; Babel's JSX whitespace rule on every text run (lines trimmed, line breaks
-> one space, whitespace-only lines dropped); {' '} -> space; attribute expressions ({…}) and
components (capitalised tags) dropped. Rewritten after the helper's copy was lost: same words,
not necessarily byte-identical. Usage: jsx2html.py page.tsx | python3 eval/tools/html2md.py /dev/stdin"""
import re, sys

def jsx_text(value):
    # Babel's cleanJSXElementLiteralChild.
    lines = re.split(r"\r\n|\n|\r", value)
    last = max((i for i, l in enumerate(lines) if re.search(r"[^ \t]", l)), default=-1)
    out = ""
    for i, line in enumerate(lines):
        t = line.replace("\t", " ")
        if i: t = re.sub(r"^[ ]+", "", t)
        if i != len(lines) - 1: t = re.sub(r"[ ]+$", "", t)
        if t:
            if i != last: t += " "
            out += t
    return out

def convert(src):
    i = src.index("<main"); j = src.rindex("</main>") + len("</main>")
    s = src[i:j]
    out, pos = [], 0
    for m in re.finditer(r"<[^>]*>|\{'\s*'\}|\{\" \"\}", s):
        out.append(jsx_text(s[pos:m.start()])); pos = m.end()
        tok = m.group(0)
        if tok.startswith("{"):
            out.append(" "); continue
        name = re.match(r"</?\s*([A-Za-z0-9.]*)", tok).group(1)
        if name[:1].isupper():
            continue
        tok = re.sub(r"\s+[\w-]+=\{[^}]*\}", "", tok)
        tok = re.sub(r"\bclassName=", "class=", tok)
        out.append(re.sub(r"\s+", " ", tok))
    out.append(jsx_text(s[pos:]))
    return "".join(out)

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read()) + "\n")
