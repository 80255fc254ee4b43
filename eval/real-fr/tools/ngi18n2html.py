#!/usr/bin/env python3
"""France transfert CGU (eval/real-fr/SOURCES.md): the Angular template
francetransfert-upload-download-gui/src/app/components/cgu/cgu.component.html with each
translation key replaced by its value in src/assets/i18n/fr-FR.json, in template order:
{{'KEY' | translate}} -> the value; [innerHTML]="'KEY' | translate …" -> the value as the
element's content. Template variables inside the values ({{jours}}) are kept verbatim.
Then HTML -> Markdown with eval/tools/html2md.py.
Usage: ngi18n2html.py cgu.component.html fr-FR.json | python3 eval/tools/html2md.py /dev/stdin"""
import json, re, sys

def convert(tpl, tr):
    def val(k):
        v = tr
        for part in k.split("."):
            v = v[part]
        return v
    tpl = re.sub(r"\{\{\s*'([^']+)'\s*\|\s*translate\s*\}\}", lambda m: val(m.group(1)), tpl)
    def inner(m):
        tag, attrs_before, key, attrs_after, body = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        return "<%s%s%s>%s</%s>" % (tag, attrs_before, attrs_after, val(key), tag)
    tpl = re.sub(r"<(\w+)([^>]*?)\s*\[innerHTML\]=\"'([^']+)'\s*\|\s*translate[^\"]*\"([^>]*)>(.*?)</\1>",
                 inner, tpl, flags=re.S)
    tpl = re.sub(r"\s#\w+", "", tpl)  # Angular template reference variables (#cgu)
    return tpl

if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1], encoding="utf-8").read(),
                             json.load(open(sys.argv[2], encoding="utf-8"))))
