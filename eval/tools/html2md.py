#!/usr/bin/env python3
"""Mechanical HTML/template -> Markdown: markup only, wording unchanged.
Template directives ({% %}, {# #}, <% %>) are dropped; {{ x }} / <%= x %> kept as-is
only when they are plain text. Headings -> #, li -> "- ", p/div/br -> breaks,
table rows -> | cells |, entities unescaped."""
import html, re, sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "section", "article", "ul", "ol", "table", "tbody", "thead", "header", "footer", "main", "blockquote", "dl", "dd", "dt", "br", "hr", "nav", "aside", "figure", "form"}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0; self.row = None; self.cell = None
    def nl(self, n=2):
        self.out.append("\n" * n)
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg"): self.skip += 1; return
        if re.fullmatch(r"h[1-6]", tag): self.nl(); self.out.append("#" * int(tag[1]) + " ")
        elif tag == "li": self.nl(1); self.out.append("- ")
        elif tag == "tr": self.row = []
        elif tag in ("td", "th"): self.cell = []
        elif tag in BLOCK: self.nl(1 if tag == "br" else 2)
    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg"): self.skip = max(0, self.skip - 1); return
        if re.fullmatch(r"h[1-6]", tag) or tag in ("p", "div", "li", "ul", "ol", "section"): self.nl()
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.nl(1); self.out.append("| " + " | ".join(self.row) + " |"); self.nl(1); self.row = None
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        else: self.out.append(d)

def convert(src):
    src = re.sub(r"\{#.*?#\}", "", src, flags=re.S)
    src = re.sub(r"\{%.*?%\}", "", src, flags=re.S)
    src = re.sub(r"<%[^=].*?%>", "", src, flags=re.S)
    p = P(); p.feed(src); text = "".join(p.out)
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in text.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l:
            blank = True; continue
        if blank and out: out.append("")
        out.append(l); blank = False
    text = "\n".join(out)
    # A list item whose text is on the lines after it (<li><p>…).
    text = re.sub(r"^- *\n+(?=[^\n#-])", "- ", text, flags=re.M)
    return html.unescape(text) + "\n"

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read()))
