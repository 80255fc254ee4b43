#!/usr/bin/env python3
"""HTML (or JSX/TSX) -> Markdown keeping inline markup, for eval/real-mixed (ProConnect CGU,
Zéro Logement Vacant legal page, MonServiceSécurisé CGU). Rewritten after the helper's scripts
were lost, from SOURCES.md's description: h1-h4 -> #…, p -> paragraph, ul/ol/li -> "- "
(nested lists indented by two spaces), <a href> -> [text](href), <b>/<strong> -> **…**,
<i>/<em> -> _…_, <sub> kept as HTML, tables -> Markdown tables, <blockquote> text kept inline
in its paragraph, &nbsp; -> space, whitespace collapsed. Gives the SHA-1 listed for
MonServiceSécurisé; the two JSX pages have the helper's wording but not byte-identical files.
--jsx FILE.tsx [--map Component=tag …]: the JSX is first turned into HTML (the component's
returned element tree; line breaks -> one space, indentation-only runs dropped, {" "} -> space, attribute expressions dropped,
unmapped components dropped with their tags only).
Usage: rich2md.py [--jsx] [--map A=h1 …] FILE > OUT.md"""
import html, re, sys
from html.parser import HTMLParser

def jsx_text(value):
    # Line breaks -> one space (whitespace is collapsed later); a run that is only
    # whitespace with a line break is JSX indentation and goes.
    return "" if (not value.strip() and "\n" in value) else value

def jsx2html(src, cmap):
    i = src.index("return (") + len("return (")
    j = src.rindex(");")
    s = src[i:j]
    out, pos = [], 0
    for m in re.finditer(r"<(?:[^<>{}]|\{[^{}]*\}|\{\{[^{}]*\}\})*>|\{\s*[\"']\s*[\"']\s*\}|\{\s*[\"']([^\"']*)[\"']\s*\}|\{/\*.*?\*/\}", s, re.S):
        out.append(html.escape(jsx_text(s[pos:m.start()]), quote=False)); pos = m.end()
        tok = m.group(0)
        if tok.startswith("{"):
            out.append(" " if m.group(1) is None else html.escape(m.group(1) or "", quote=False)); continue
        mm = re.match(r"<(/?)\s*([A-Za-z0-9.]*)(.*?)(/?)>$", tok, re.S)
        close, name, attrs, selfclose = mm.groups()
        attrs = re.sub(r"\s[\w-]+=\{(?:[^{}]|\{[^{}]*\})*\}", "", attrs)
        attrs = re.sub(r"\sclassName=", " class=", attrs)
        if name in cmap:
            tag, extra = cmap[name]
            if close: out.append("</%s>" % tag)
            else:
                out.append("<%s%s>" % (tag, re.sub(r"\s+", " ", attrs)))
                if extra == "title":
                    t = re.search(r'title="([^"]*)"', tok)
                    if t: out.append("<h1>%s</h1>" % t.group(1))
                if selfclose: out.append("</%s>" % tag)
        elif name[:1].isupper() or name == "":
            continue
        else:
            out.append("<%s%s%s%s>" % (close, name, re.sub(r"\s+", " ", attrs), selfclose))
    out.append(html.escape(jsx_text(s[pos:]), quote=False))
    return "".join(out)

class P(HTMLParser):
    OPEN = {"b": "\x01", "strong": "\x01", "i": "\x03", "em": "\x03"}
    CLOSE = {"b": "\x02", "strong": "\x02", "i": "\x04", "em": "\x04"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.prefix = [], [], ""
        self.lists, self.href, self.table, self.row, self.cell = [], [], None, None, None
    def buf(self): return self.cell if self.cell is not None else self.cur
    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur).replace("\u00a0", " ")).strip()
        if t: self.blocks.append((self.prefix + t, bool(self.lists)))
        self.cur, self.prefix = [], ""
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.OPEN: self.buf().append(self.OPEN[tag])
        elif tag == "a": self.buf().append("\x05"); self.href.append(a.get("href", ""))
        elif tag == "sub": self.buf().append("<sub>")
        elif tag == "br": self.buf().append(" ")
        elif tag in ("ul", "ol"): self.flush(); self.lists.append(tag)
        elif tag == "li": self.flush(); self.prefix = "  " * (len(self.lists) - 1) + "- "
        elif re.fullmatch(r"h[1-6]", tag): self.flush(); self.prefix = "#" * int(tag[1]) + " "
        elif tag == "table": self.flush(); self.table = []
        elif tag == "tr": self.row = []
        elif tag in ("td", "th"): self.cell = []
        elif tag == "blockquote": self.buf().append(" ")
        elif tag in ("p", "div", "section", "main", "header", "footer", "article", "hr"): self.flush()
    def handle_endtag(self, tag):
        if tag in self.CLOSE: self.buf().append(self.CLOSE[tag])
        elif tag == "a" and self.href: self.buf().append("\x06(%s)" % self.href.pop())
        elif tag == "sub": self.buf().append("</sub>")
        elif tag in ("ul", "ol"): self.flush(); self.lists and self.lists.pop()
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip()); self.cell = None
        elif tag == "tr" and self.row is not None: self.table.append(self.row); self.row = None
        elif tag == "table" and self.table is not None:
            rows = self.table; self.table = None
            if rows:
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                self.blocks.append(("\n".join(lines), False))
        elif tag == "blockquote": self.buf().append(" ")
        elif tag in ("li", "p", "div", "section", "main", "header", "footer", "article") or re.fullmatch(r"h[1-6]", tag):
            self.flush()
    def handle_data(self, d): self.buf().append(d)

def tidy(t):
    # Inline markers hug their text: spaces inside an opening/closing marker move outside it.
    for _ in range(3):
        t = re.sub(r"([\x01\x03\x05])(\s+)", r"\2\1", t)
        t = re.sub(r"(\s+)(\x02|\x04|\x06\([^\s)]*\))", r"\2\1", t)
    t = re.sub(r"[\x01\x03\x05][\x02\x04]|\x01\x02", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t.replace("\x01", "**").replace("\x02", "**").replace("\x03", "_").replace("\x04", "_").replace("\x05", "[").replace("\x06", "]")

def convert(src):
    p = P(); p.feed(src); p.flush()
    out = ""
    for i, (t, inlist) in enumerate(p.blocks):
        t = "\n".join(tidy(l) for l in t.split("\n"))
        if i and inlist and p.blocks[i - 1][1] and t.lstrip().startswith("- "): out += "\n" + t
        elif i: out += "\n\n" + t
        else: out = t
    return out + "\n"

if __name__ == "__main__":
    args = sys.argv[1:]
    jsx = "--jsx" in args
    cmap = {}
    while "--map" in args:
        k = args.index("--map"); name, tag = args[k + 1].split("=", 1)
        tag, _, extra = tag.partition(":")
        cmap[name] = (tag, extra); del args[k:k + 2]
    args = [a for a in args if a != "--jsx"]
    src = open(args[0], encoding="utf-8").read()
    sys.stdout.write(convert(jsx2html(src, cmap) if jsx else src))
