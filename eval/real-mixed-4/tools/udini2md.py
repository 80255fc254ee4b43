#!/usr/bin/env python3
"""Udini CGV (see eval/real-mixed-4/SOURCES.md): the JSX fragment between <> and </> of
jcodewriter/deepSmile_frontend src/modules/udini/pages/Terms/components/Contents/
UdiniTermsAndConditionsFrench.tsx @ de4674b9, tokenised on the UdiniTermsH2/H3/H4/H5/Text tags.
Every text run becomes one paragraph, with ##/###/####/##### for H2-H5 (a Text nested in
another Text gives separate paragraphs, in source order). Whitespace rule as the helper applied
it: lines trimmed, empty lines dropped, line breaks -> one space; {" "} -> space;
{UDINI_WEBSITE} -> udini.co (src/utils/constants/udini.ts); <br />, <div> dropped. No title.
Gives the SHA-1 listed in SOURCES.md. Usage: udini2md.py FILE.tsx > fr_cgv_deepsmile_udini.md"""
import re, sys

PREFIX = {"H2": "## ", "H3": "### ", "H4": "#### ", "H5": "##### ", "Text": ""}

def convert(src):
    body = src[src.index("<>") + 2:src.rindex("</>")]
    paras, stack, pos = [], [], 0
    def run(raw):
        raw = raw.replace("{UDINI_WEBSITE}", "udini.co").replace('{" "}', " ")
        return " ".join(l.strip() for l in raw.split("\n") if l.strip()).strip()
    for m in re.finditer(r"<(/?)UdiniTerms(H2|H3|H4|H5|Text)\b[^>]*>|<br\s*/>|</?div>", body):
        t = run(body[pos:m.start()])
        if t:
            paras.append((PREFIX[stack[-1]] if stack else "") + t)
        pos = m.end()
        if m.group(2):
            if m.group(1): stack.pop()
            else: stack.append(m.group(2))
    return "\n\n".join(paras) + "\n"

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read()))
