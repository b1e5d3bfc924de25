#!/usr/bin/env python3
"""Gives every plural message of lede_en.ts its two English forms, from the source text:
"%n article(s)" -> "%n article" / "%n articles", "%n entity(ies)" -> "%n entity" / "%n entities".
Only unfinished plural entries are filled: empty ones, and those lupdate pre-filled from the same
text in another context (still marked unfinished, so lrelease would leave them out). Run it after
update_translations, and run update_translations once more to restore lupdate's layout."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("lede_en.ts"))
text = path.read_text(encoding="utf-8")


def forms(source):
    one = source.replace("(s)", "").replace("(ies)", "")
    many = source.replace("(s)", "s").replace("y(ies)", "ies")
    return one, many


def fill(match):
    source = match.group("source")
    one, many = forms(source)
    return (f'{match.group("head")}<translation>'
            f'<numerusform>{one}</numerusform><numerusform>{many}</numerusform></translation>')


pattern = re.compile(
    r'(?P<head><message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*'
    r'(?:<(?P<tag>comment|extracomment|translatorcomment)>[^<]*</(?P=tag)>\s*)*)'
    r'<translation type="unfinished">\s*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>')
text, count = pattern.subn(fill, text)
path.write_text(text, encoding="utf-8")
print(f"{path}: {count} plural message(s) filled")
