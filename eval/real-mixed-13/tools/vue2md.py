#!/usr/bin/env python3
"""Mechanical Vue <template> -> Markdown: markup only, wording unchanged.
h1..h6 -> '#'.. ; p/div text -> paragraphs ; li -> '- ' ; b/strong -> **..** ;
i/em -> _.._ ; a -> [text](href) ; other tags dropped ; whitespace collapsed."""
import sys, re, html
from html.parser import HTMLParser
src = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'<template>(.*)</template>', src, re.S)
tpl = m.group(1)
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out=[]; s.cur=''; s.prefix=''; s.href=[]
    def flush(s):
        t = re.sub(r'\s+', ' ', s.cur).strip()
        if t: s.out.append(s.prefix + t)
        s.cur=''; s.prefix=''
    def handle_starttag(s, tag, attrs):
        a = dict(attrs)
        if tag in ('h1','h2','h3','h4','h5','h6'):
            s.flush(); s.prefix = '#'*int(tag[1]) + ' '
            cls = a.get('class') or ''
            mm = re.search(r'fr-h(\d)', cls)
            if mm: s.prefix = '#'*int(mm.group(1)) + ' '
        elif tag in ('p','div','section','article','ul','ol','table','tr'):
            s.flush()
        elif tag == 'li':
            s.flush(); s.prefix = '- '
        elif tag == 'br':
            s.cur += ' '
        elif tag in ('b','strong'): s.cur += '**'
        elif tag in ('i','em'): s.cur += '_'
        elif tag == 'a':
            s.href.append(a.get('href') or a.get('to') or ''); s.cur += '['
        elif tag in ('td','th'): s.cur += ' '
    def handle_endtag(s, tag):
        if tag in ('h1','h2','h3','h4','h5','h6','p','li','div','section','article','ul','ol','tr'):
            s.flush()
        elif tag in ('b','strong'): s.cur += '**'
        elif tag in ('i','em'): s.cur += '_'
        elif tag == 'a':
            h = s.href.pop() if s.href else ''
            s.cur += '](%s)' % h if h else ']'
    def handle_data(s, d): s.cur += d
p = P(); p.feed(tpl); p.flush()
out = '\n\n'.join(x.replace('** ', '** ').strip() for x in p.out) + '\n'
sys.stdout.write(out)
