#!/usr/bin/env python3
"""Per-package mutation score from PIT's mutations.xml, and the surviving mutants.

Usage: python3 bench/mutation/summary.py [target/pit-reports/mutations.xml] [--survivors]
A mutant counts as killed when PIT marks it detected (KILLED, TIMED_OUT, MEMORY_ERROR, ...).
"""
import collections
import sys
import xml.etree.ElementTree as ET

args = [a for a in sys.argv[1:] if not a.startswith("--")]
path = args[0] if args else "target/pit-reports/mutations.xml"
totals = collections.Counter()
killed = collections.Counter()
survivors = []
for m in ET.parse(path).getroot().iter("mutation"):
    cls = m.findtext("mutatedClass")
    package = cls.rsplit(".", 1)[0]
    if package == "dev.tfal.active":
        group = package + " (selected classes)"
    else:
        group = package
    totals[group] += 1
    if m.get("detected") == "true":
        killed[group] += 1
    else:
        survivors.append(
            (cls, m.findtext("lineNumber"), m.get("status"), m.findtext("mutatedMethod"),
             m.findtext("description")))
print(f"{'package':40} {'killed':>7} {'total':>6} {'score':>6}")
for group in sorted(totals):
    print(f"{group:40} {killed[group]:7} {totals[group]:6} {100 * killed[group] / totals[group]:5.1f}%")
allk, allt = sum(killed.values()), sum(totals.values())
print(f"{'all':40} {allk:7} {allt:6} {100 * allk / allt:5.1f}%")
if "--survivors" in sys.argv:
    for cls, line, status, method, desc in sorted(survivors, key=lambda s: (s[0], int(s[1]))):
        print(f"{cls}:{line} {status} {method}: {desc}")
