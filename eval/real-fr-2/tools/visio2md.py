#!/usr/bin/env python3
"""Visio terms (eval/real-fr-2/SOURCES.md): suitenumerique/meet
src/frontend/src/locales/fr/termsOfService.json rendered in the order of
src/frontend/src/features/legalsTerms/TermsOfService.tsx (which is the JSON's own key order):
title -> #, article titles -> ##, section titles -> ###, paragraphs as paragraphs, capability
arrays -> "- " items; the 7.5 sentence as the component rebuilds it (one space before the URL,
i.e. the JSON value itself). Usage: visio2md.py termsOfService.json > fr_cgu_dinum_visio_2026.md"""
import json, sys

def convert(d, tight=True):
    out = ["# " + d["title"]]
    def emit(node, depth):
        for k, v in node.items():
            if k == "title":
                out.append("#" * depth + " " + v)
            elif k == "sections":
                for sec in v.values():
                    emit(sec, depth + 1)
            elif isinstance(v, list):
                if k == "capabilities":
                    items = ["- " + x for x in v]
                    out.extend(["\n".join(items)] if tight else items)
                else:
                    out.extend(v)
            else:
                out.append(v)
    for art in d["articles"].values():
        emit(art, 2)
    return "\n\n".join(out) + "\n"

if __name__ == "__main__":
    sys.stdout.write(convert(json.load(open(sys.argv[1], encoding="utf-8"))))
