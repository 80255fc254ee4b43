#!/usr/bin/env python3
"""Angular/Django template -> Markdown (eval/real-fr-5/SOURCES.md: DomiFa CGU and privacy
policy, APiLos CGU). Rewritten from SOURCES.md's description after the helper's own copy was
lost; it gives the SHA-1s listed there. Angular control lines (`@if (…) {`, `} @else {`, `}`)
and Django `{% … %}` tags removed; then with html.parser: h1-h6 -> #…, p/div/… -> paragraph,
li -> "- ", table rows -> "| a | b |"; <br> -> space; whitespace collapsed inside each block;
entities decoded; blocks separated by a blank line. Markup only: wording unchanged.
Usage: h2m.py TEMPLATE.html > FILE.md"""
import re, sys
from html.parser import HTMLParser

BLOCKS = {"p", "div", "ul", "ol", "table", "thead", "tbody", "caption", "blockquote", "address",
          "section", "label", "header", "footer", "nav", "main", "hr"}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.prefix, self.row, self.cell = [], [], "", None, None
    def buf(self):
        return self.cell if self.cell is not None else self.cur
    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t: self.blocks.append(self.prefix + t)
        self.cur, self.prefix = [], ""
    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"): self.cell = []
        elif tag == "tr": self.flush(); self.row = []
        elif re.fullmatch(r"h[1-6]", tag): self.flush(); self.prefix = "#" * int(tag[1]) + " "
        elif tag == "li": self.flush(); self.prefix = "- "
        elif tag == "br": self.buf().append(" ")
        elif tag in BLOCKS: self.flush()
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.blocks.append("| " + " | ".join(self.row) + " |"); self.row = None
        elif re.fullmatch(r"h[1-6]", tag) or tag == "li" or tag in BLOCKS: self.flush()
    def handle_data(self, d):
        self.buf().append(d)

def convert(src):
    src = re.sub(r"^\s*(@if \(.*\) \{|\} @else \{|\})\s*$\n?", "", src, flags=re.M)
    src = re.sub(r"\{%.*?%\}", "", src, flags=re.S)
    p = P(); p.feed(src); p.flush()
    return "\n\n".join(p.blocks) + "\n"

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read()))
