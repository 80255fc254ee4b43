#!/usr/bin/env python3
"""Coulba CGUV (eval/real-fr-2/SOURCES.md): emilesabatier/coulba
applications/website/src/components/terms/termsText.tsx -> HTML, for html2md. The JSX components
are renamed to HTML (Text.Title -> h2, Text.SubTitle -> h3, Text.Paragraph -> p, Text.List/Item ->
ul/li, Text.Root/Section -> div/section; heading and item text put on one line), and the route's title « CGUV » and its italic date line
(applications/website/src/routes/terms.route.tsx) are prepended. Rewritten after the helper's copy
was lost: same words as the original (5,799), not byte-identical.
Usage: coulba2html.py termsText.tsx | python3 eval/tools/html2md.py /dev/stdin"""
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
body = s[s.index("<Text.Root>"):s.rindex("</Text.Root>") + len("</Text.Root>")]
M = {"Text.Root": "div", "Text.Section": "section", "Text.Title": "h2", "Text.SubTitle": "h3",
     "Text.Paragraph": "p", "Text.List": "ul", "Text.Item": "li"}
body = re.sub(r"<(/?)(Text\.\w+)", lambda m: "<" + m.group(1) + M[m.group(2)], body)
# Heading and item text on one line, so that html2md keeps "## " with its title.
body = re.sub(r"<(h[1-6]|li)>(.*?)</\1>", lambda m: "<%s>%s</%s>" % (m.group(1), " ".join(m.group(2).split()), m.group(1)), body, flags=re.S)
sys.stdout.write("<h1>CGUV</h1>\n<p><em>Dernière version le 04/05/2024.</em></p>\n" + body + "\n")
