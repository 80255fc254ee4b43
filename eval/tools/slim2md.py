#!/usr/bin/env python3
"""Mechanical Slim -> Markdown: h2/h3/h4 -> ##/###/####, p -> paragraph, li -> "- ",
"|" text lines continue; &nbsp; -> U+00A0; layout lines dropped. Wording unchanged."""
import html, re, sys
out = []
for raw in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    line = raw.strip()
    # Ruby code ("- …", "= …"), comments ("/ …") and class-only layout lines go.
    if not line or line.startswith(("-", "/", "=")) or re.fullmatch(r"[.#][\w.#-]*", line): continue
    m = re.match(r"^(h[1-6]|p|li|strong|b|em|a|span|div|ul|ol|section|\|)([.#][\w.#-]*)?(\([^)]*\))?\s?(.*)$", line)
    if not m:
        out.append(line); continue
    tag, text = m.group(1), m.group(4)
    text = text.replace("&nbsp;", "\u00a0")
    text = re.sub(r"#\{[^}]*\}", lambda x: x.group(0), text)
    if tag.startswith("h"): out += ["", "#" * int(tag[1]) + " " + text, ""]
    elif tag == "li": out.append("- " + text)
    elif tag == "p": out += ["", text, ""]
    elif tag == "|": out.append(text)
    elif text: out.append(text)
s = "\n".join(out)
# A list item whose text is on the lines after it.
s = re.sub(r"^- *\n+(?=[^\n#-])", "- ", s, flags=re.M)
s = re.sub(r"\n{3,}", "\n\n", s).strip() + "\n"
sys.stdout.write(html.unescape(s))
