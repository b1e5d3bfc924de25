#!/usr/bin/env python3
"""Every test slot a source declares is one its executable runs.

moc reads each test class to find its slots; text it misreads (an unbalanced brace inside a raw
string of HTML did) makes it skip the slots after it, and those tests then never run while the
suite stays green. Usage: declared_slots_run.py MANIFEST, whose lines are "SOURCE|EXECUTABLE".
"""
import os
import re
import subprocess
import sys

SPECIAL = {"initTestCase", "cleanupTestCase", "init", "cleanup"}


def declared_slots(source):
    text = open(source, encoding="utf-8").read()
    slots = set()
    # Sections start at an access label; only "… Q_SLOTS:" (or "slots:") sections hold test functions.
    for section in re.split(r"\n(?=(?:private|public|protected)(?: Q_SLOTS| slots)?:)", text):
        if re.match(r"(?:private|public|protected) (?:Q_SLOTS|slots):", section):
            slots |= set(re.findall(r"^    void (\w+)\(\)", section, re.M))
    return {s for s in slots if not s.endswith("_data") and s not in SPECIAL}


def listed_functions(executable):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([executable, "-functions"], capture_output=True, text=True, env=env, check=True).stdout
    return {line.strip().removesuffix("()") for line in out.splitlines() if line.strip()}


def main():
    failures = 0
    checked = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        source, executable = line.strip().split("|")
        missing = declared_slots(source) - listed_functions(executable)
        checked += 1
        if missing:
            failures += 1
            print(f"{source}: declared but never run: {', '.join(sorted(missing))}")
    print(f"{checked} test sources checked, {failures} with slots that never run")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
