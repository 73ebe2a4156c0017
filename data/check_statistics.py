#!/usr/bin/env python3
"""Recomputes the published totals of the statistics tables in data/ (standard library only).

Run from the repository root: python3 data/check_statistics.py
Prints each figure with the value its provider publishes (see README.md) and exits 1 on a mismatch.
"""
import csv
import os
import sys
from collections import Counter

DATA = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def num(value):
    return int(value) if value else 0


failures = 0


def check(label, actual, expected=None):
    global failures
    ok = expected is None or actual == expected
    failures += not ok
    suffix = "" if expected is None else (" ok" if ok else f" MISMATCH, expected {expected:,}")
    print(f"{label}: {actual:,}{suffix}" if isinstance(actual, int) else f"{label}: {actual}{suffix}")


areas = {r["iso3"] for r in rows("areas.csv")}
check("areas rows", len(areas))

ims = list(rows("migrant_stock_ims2024.csv"))
keys = Counter((r["destination_iso3"], r["year"], r["origin_code"], r["sex"]) for r in ims)
check("ims2024 rows", len(ims), 153_296)
check("ims2024 duplicate keys", sum(1 for n in keys.values() if n > 1), 0)
by_year = Counter()
for r in ims:
    by_year[r["year"]] += int(r["migrants"])
check("ims2024 world 2024", by_year["2024"], 304_021_813)
check("ims2024 world 2020", by_year["2020"], 275_284_032)
deu = Counter()
for r in ims:
    if r["destination_iso3"] == "DEU" and r["year"] == "2024":
        deu[r["origin_code"]] += int(r["migrants"])
for (origin, total), expected in zip(deu.most_common(3), [("OOO", 3_137_259), ("POL", 1_883_559), ("TUR", 1_504_743)]):
    check(f"ims2024 DEU 2024 origin {origin} (expected {expected[0]})", total, expected[1] if origin == expected[0] else -1)
check("ims2024 ARE 2024 total", sum(int(r["migrants"]) for r in ims if r["destination_iso3"] == "ARE" and r["year"] == "2024"), 8_157_000)

unhcr = list(rows("displacement.csv"))
keys = Counter((r["year"], r["origin_code"], r["asylum_code"]) for r in unhcr)
check("displacement rows", len(unhcr), 138_893)
check("displacement duplicate keys", sum(1 for n in keys.values() if n > 1), 0)
check("displacement refugees asylum TUR 2024", sum(num(r["refugees"]) for r in unhcr if r["year"] == "2024" and r["asylum_code"] == "TUR"), 2_940_735)
check("displacement refugees 2024", sum(num(r["refugees"]) for r in unhcr if r["year"] == "2024"), 30_958_200)

mmp = list(rows("missing_migrants.csv"))
check("missing_migrants rows", len(mmp), 19_669)
check("missing_migrants dead and missing", sum(int(r["dead_and_missing"]) for r in mmp), 75_068)
check("missing_migrants dead and missing, Mediterranean routes", sum(int(r["dead_and_missing"]) for r in mmp if "Mediterranean" in r["route"]), 32_319)

codes = {
    "ims2024 destination_iso3": {r["destination_iso3"] for r in ims},
    "ims2024 origin_code": {r["origin_code"] for r in ims},
    "displacement origin_code": {r["origin_code"] for r in unhcr},
    "displacement asylum_code": {r["asylum_code"] for r in unhcr},
    "missing_migrants country_iso3": {r["country_iso3"] for r in mmp},
    "missing_migrants origin_codes": {c for r in mmp for c in r["origin_codes"].split(";")},
}
for label, values in codes.items():
    print(f"{label} not in areas.csv: {', '.join(sorted(values - areas)) or 'none'}")

sys.exit(1 if failures else 0)
