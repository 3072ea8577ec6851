#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints every cell of an XLSX file as JSON lines, for the tests to inspect as a spreadsheet
program would see them: {"sheet", "cell", "type", "value", "quote_prefix", "number_format"}.
Formulas show as type "f".

    xlsx_cells.py FILE.xlsx
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
for sheet in book.worksheets:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            print(json.dumps({"sheet": sheet.title, "cell": cell.coordinate, "type": cell.data_type,
                              "value": str(cell.value), "quote_prefix": bool(cell.quotePrefix),
                              "number_format": cell.number_format}))
