#!/usr/bin/env python3
"""Scalatags -> HTML, for html2md (eval/real-fr/SOURCES.md, Administration+ CGU:
betagouv/aplus app/views/legal.scala, function cgu()). The body passed to
views.main.publicLayout(title, body, …) is parsed as nested calls: HTML tags
(h1(…), p(…), ul(li(b(…), "…")), table(thead(tr(th(…)))) …) become elements, string literals
their text; attribute arguments (cls := …, attr("scope") := …) are dropped, including in the
curried form tag(attrs)(children). The layout's page title and breadcrumbs are not taken.
Rewritten after the helper's scalatags2md.py was lost (that one missed the h1 and the table
header, which the helper put back by hand; this one keeps them).
Usage: scalatags2html.py legal.scala [function] | python3 eval/tools/html2md.py /dev/stdin"""
import html, re, sys

TOKEN = re.compile(r'\s+|//[^\n]*|"""(.*?)"""|"((?:[^"\\]|\\.)*)"|:=|::|[A-Za-z_][\w.]*|[(),]|.', re.S)

def tokens(s):
    for m in TOKEN.finditer(s):
        t = m.group(0)
        if t.isspace() or t.startswith("//"): continue
        if m.group(1) is not None: yield ("str", m.group(1))
        elif m.group(2) is not None: yield ("str", bytes(m.group(2), "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8"))
        else: yield ("op", t)

class Parser:
    def __init__(self, toks): self.t = list(toks); self.i = 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else ("op", "")
    def next(self): tok = self.peek(); self.i += 1; return tok
    def expr(self):
        kind, v = self.next()
        if kind == "str": node = ("str", v)
        elif v == "(":
            node = self.expr()
            while self.peek()[1] != ")": self.next()
            self.next()
        else:
            groups = []
            while self.peek()[1] == "(":
                self.next(); args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",": self.next()
                self.next(); groups.append(args)
            node = ("call", v, groups)
        if self.peek()[1] == ":=":
            self.next(); self.expr(); return ("attr",)
        if self.peek()[1] == "::":
            self.next(); self.expr()
        return node

TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "b", "strong", "i", "em", "a", "span",
        "div", "table", "thead", "tbody", "tr", "th", "td", "br", "section", "blockquote"}

def render(node):
    if node[0] == "str": return html.escape(node[1], quote=False)
    if node[0] != "call": return ""
    name, groups = node[1], node[2]
    inner = "".join(render(a) for g in groups for a in g)
    return "<%s>%s</%s>" % (name, inner, name) if name in TAGS else inner

def convert(src, fn="cgu"):
    start = src.index("def %s()" % fn)
    body = src[src.index("=", start) + 1:]
    p = Parser(tokens(body))
    layout = p.expr()  # views.main.publicLayout(title, body, breadcrumbs = …)
    return render(layout[2][0][1]) + "\n"

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read(), *(sys.argv[2:3] or ["cgu"])))
