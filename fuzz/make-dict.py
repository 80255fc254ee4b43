#!/usr/bin/env python3
"""Writes libFuzzer dictionaries drawn from the rule packs, so that the fuzzers spell
the words the engine reacts to instead of waiting for mutation to find them:
  fuzz/make-dict.py OUT_DIR            (writes judge.dict and rule_pack.dict)
judge.dict: the literal runs of letters in the packs' patterns ("mesure du possible",
"sauvegard", "titulaire"), plus Markdown structure. rule_pack.dict: the keys and table
headers of the pack format and a few values. Both are derived at run time, never
committed: the packs stay the one place the vocabulary lives."""
import pathlib
import re
import sys
import tomllib

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

# Keys whose strings are texts for people, not patterns.
PROSE = {"title", "description", "status", "doc", "message", "help", "reference",
         "explanation", "label", "name", "code", "rule_url", "severity", "id", "fr", "en"}


def walk(value, key, phrases, keys, path):
    if isinstance(value, dict):
        for k, v in value.items():
            keys.add(path + k)
            walk(v, k, phrases, keys, path + k + ".")
    elif isinstance(value, list):
        for v in value:
            walk(v, key, phrases, keys, path)
    elif isinstance(value, str) and key not in PROSE:
        # The letters a pattern spells out, cut at every regex construct.
        for run in re.findall(r"[a-z][a-z' -]{1,38}[a-z]", value):
            phrases.add(run.strip())


def entry(word):
    return '"%s"' % "".join(
        chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else "\\x%02X" % b
        for b in word.encode())


phrases, keys = set(), set()
for pack in sorted((root / "rules").rglob("*.toml")):
    walk(tomllib.loads(pack.read_text(encoding="utf-8")), "", phrases, keys, "")
markdown = ["# ", "## ", "### ", "- ", "1. ", "| --- |", "|", "> ", "**", "\n\n",
            "<!-- -->", "\u00ab ", " \u00bb", "\u2019", "\u00a0", "Article 4 - ", "4.2 "]
(out / "judge.dict").write_text(
    "\n".join(entry(w) for w in sorted(phrases) + markdown) + "\n", encoding="utf-8")
# Table headers as TOML writes them, then every dotted key as a line start.
headers = ["[pack]", "[vocabulary]", "[text]", "[settings.territory]", "[[hedge]]",
           "[[family]]", "[family.missing]", "[family.hedged]", "[[family.hedge]]",
           "[[family.element]]", "[family.element.finding]", "[[family.contrary]]",
           "[family.contrary.finding]", "[[check]]", "[check.finding]"]
leaves = sorted({k.rsplit(".", 1)[-1] for k in keys})
values = ['"fr"', '"en"', '"error"', '"warning"', '"info"', "true", "false", "[]", "{}",
          '"{provider}"', '"{duration}"', '["a~"]', ".fr = ", ".en = ", "\n"]
(out / "rule_pack.dict").write_text(
    "\n".join(entry(w) for w in headers + ["\n%s = " % k for k in leaves] + values) + "\n",
    encoding="utf-8")
print("%s: %d judge words, %d pack keys" % (out, len(phrases) + len(markdown), len(leaves)))
