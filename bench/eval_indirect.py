#!/usr/bin/env python3
"""Scores indirect speech (kind "indirect") against PolNeAR's annotated attributions.

Usage: bench/eval_indirect.py [--cli build/release/app/cli/lede-cli] [--corpus ../shared/corpora/polnear/dev] [--verbose]

Runs `lede-cli analyze --raw --indirect --json` on every text. An indirect suggestion is right when
at least half of it lies in an annotated attribution's Content: a report may hold quoted words
("said Trump did not represent the "party of Reagan""). Recall counts the Contents whose text holds
no quotation mark (quotations are scored by ../shared/tools/eval_quotes.py; two apostrophes ('')
count as a mark too, as news archives write them); a Content is covered when a suggestion holds at
least half of it. PolNeAR annotates far more than reported clauses
(sources of every kind, noun-phrase contents), so coverage stays low; precision is what an editor
reviewing the suggestions sees.
"""
import argparse
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse_ann(text):
    spans, events = {}, []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, ranges = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, r.split())) for r in ranges.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    return spans, events


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=str(HERE.parent / "build/release/app/cli/lede-cli"))
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared/corpora/polnear/dev")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    suggested = right = gold = covered = 0
    for txt in sorted((args.corpus / "text").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans, events = parse_ann((args.corpus / "attributions" / f"{txt.stem}.ann").read_text(encoding="utf-8"))
        contents, anyContents = [], []
        for ev in events:
            frags = spans.get(ev.get("Content", ""), [])
            if frags:
                start, end = min(a for a, _ in frags), max(b for _, b in frags)
                anyContents.append((start, end))
                if not re.search('[“”"]|\'\'', text[start:end]):
                    contents.append((start, end))
        out = subprocess.run([args.cli, "analyze", "--raw", "--indirect", "--json", str(txt)],
                             capture_output=True, text=True, check=True).stdout
        found = [(q["start"], q["end"]) for q in json.loads(out)["quotes"] if q["kind"] == "indirect"]
        gold += len(contents)
        for r in found:
            suggested += 1
            ok = any(overlap(r, c) * 2 >= r[1] - r[0] for c in anyContents)
            right += ok
            if args.verbose and not ok:
                print(f"WRONG {txt.stem[:40]}: {text[r[0]:r[1]][:100]!r}")
        covered += sum(any(overlap(r, c) * 2 >= c[1] - c[0] for r in found) for c in contents)
    print(f"indirect suggestions {suggested}, right {right}, precision {right / max(suggested, 1):.3f}; "
          f"gold contents without quotation marks {gold}, covered {covered}, recall {covered / max(gold, 1):.3f}")


if __name__ == "__main__":
    main()
