#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Steward XLSX report back with openpyxl and checks it against the JSON of the same
report: every section's rows cell by cell (dates as dates, durations as durations, shares and
counts as numbers), every total, and the parameters. Exits 1 naming the first difference.

    xlsx_matches_json.py REPORT.json REPORT.xlsx
"""
import datetime
import json
import math
import sys

import openpyxl

TOLERANCE = 1e-6


def fail(message):
    print("xlsx_matches_json: " + message)
    sys.exit(1)


def same_number(a, b, where):
    if not isinstance(a, (int, float)) or isinstance(a, bool):
        fail(f"{where}: the spreadsheet holds {a!r} ({type(a).__name__}), not a number")
    if not math.isclose(float(a), float(b), rel_tol=TOLERANCE, abs_tol=TOLERANCE):
        fail(f"{where}: spreadsheet {a!r}, JSON {b!r}")


def check_cell(cell, expected, where):
    value = cell.value
    if expected is None:
        if value is not None:
            fail(f"{where}: spreadsheet {value!r}, JSON null (no value)")
        return "empty"
    if isinstance(expected, str):
        if len(expected) == 10 and expected[4] == "-" and expected[7] == "-":
            if not isinstance(value, datetime.datetime):
                fail(f"{where}: a date in the JSON ({expected}), {value!r} in the spreadsheet")
            if value.date().isoformat() != expected:
                fail(f"{where}: spreadsheet {value.date()}, JSON {expected}")
            return "date"
        if expected.endswith("Z") and "T" in expected:
            if not isinstance(value, datetime.datetime):
                fail(f"{where}: a time in the JSON ({expected}), {value!r} in the spreadsheet")
            if value.strftime("%Y-%m-%dT%H:%M:%SZ") != expected:
                fail(f"{where}: spreadsheet {value.isoformat()}, JSON {expected}")
            return "datetime"
        if cell.data_type != "s" or (value or "") != expected:
            fail(f"{where}: spreadsheet {value!r} (type {cell.data_type}), JSON {expected!r}")
        return "text"
    if isinstance(value, datetime.timedelta):
        same_number(value.total_seconds() / 3600.0, expected, where)
        return "duration"
    same_number(value, expected, where)
    return "number"


def flatten(path, value, out):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten(f"{path}.{key}", item, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            flatten(f"{path}.{index}", item, out)
    else:
        out[path] = value


def main():
    if len(sys.argv) != 3:
        fail("usage: xlsx_matches_json.py REPORT.json REPORT.xlsx")
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    book = openpyxl.load_workbook(sys.argv[2])
    kinds = {}
    sections = [k for k in report if k not in ("parameters", "conventions", "definitions")]
    if not sections:
        fail("the JSON has no sections")
    cells = 0
    for name in sections:
        if name not in book.sheetnames:
            fail(f"no sheet for section {name} (sheets: {book.sheetnames})")
        sheet = book[name]
        if sheet.freeze_panes != "A3":
            fail(f"{name}: header rows not frozen ({sheet.freeze_panes})")
        rows = report[name]["rows"]
        header = [c.value for c in sheet[2]]
        if rows and sorted(rows[0].keys()) != sorted(header):
            fail(f"{name}: columns {header}, JSON {sorted(rows[0].keys())}")
        if sheet.max_row != len(rows) + 2 and rows:
            fail(f"{name}: {sheet.max_row - 2} rows, JSON {len(rows)}")
        for r, row in enumerate(rows):
            for c, key in enumerate(header):
                cell = sheet.cell(row=r + 3, column=c + 1)
                kind = check_cell(cell, row[key], f"{name} row {r + 1} {key}")
                kinds[kind] = kinds.get(kind, 0) + 1
                cells += 1
    totals = {}
    for row in book["Totals"].iter_rows(min_row=3, values_only=True):
        totals[row[0]] = row[1]
    expected = {}
    for name in sections:
        summary = {k: v for k, v in report[name].items() if k != "rows"}
        flatten(name, summary, expected)
    for key, value in expected.items():
        if value is None:
            continue
        if key not in totals:
            fail(f"Totals: no row {key}")
        if isinstance(value, str):
            if totals[key] != value:
                fail(f"Totals {key}: spreadsheet {totals[key]!r}, JSON {value!r}")
        else:
            same_number(totals[key], value, f"Totals {key}")
    parameters = {}
    for row in book["Parameters"].iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            break
        parameters[row[0]] = row[1]
    for key, value in report["parameters"].items():
        if value is not None and parameters.get(key) != value:
            fail(f"Parameters {key}: spreadsheet {parameters.get(key)!r}, JSON {value!r}")
    print(f"xlsx_matches_json: {len(sections)} sections, {cells} cells ({kinds}), "
          f"{len(expected)} totals match")


if __name__ == "__main__":
    main()
