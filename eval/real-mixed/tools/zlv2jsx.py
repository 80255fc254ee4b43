#!/usr/bin/env python3
"""Zéro Logement Vacant legal page (eval/real-mixed/SOURCES.md): MTES-MCT/zero-logement-vacant
frontend/src/views/LegalNotices/LegalNoticesView.tsx @ 7013d304 with its components renamed to
HTML, for rich2md.py --jsx: MainContainer title -> h1, Typography variant="h2" -> h2,
component="h3" -> h3, Text -> p, Text bold -> p/b, AppLink to -> a href.
Usage: zlv2jsx.py LegalNoticesView.tsx > x.tsx; rich2md.py --jsx x.tsx > OUT.md"""
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r'<MainContainer title="([^"]*)">', r"<div><h1>\1</h1>", s).replace("</MainContainer>", "</div>")
s = re.sub(r'<Typography (?:variant|component)="(h\d)"[^>]*>(.*?)</Typography>', r"<\1>\2</\1>", s, flags=re.S)
s = re.sub(r"<Text bold>(.*?)</Text>", r"<p><b>\1</b></p>", s, flags=re.S)
s = re.sub(r"<Text\b[^>]*>", "<p>", s).replace("</Text>", "</p>")
s = re.sub(r'<AppLink to="([^"]*)">', r'<a href="\1">', s).replace("</AppLink>", "</a>")
sys.stdout.write(s)
