"""Generate the Excel twins of hand-checked text samples: the workbooks those texts were rendered
from (or could have been), with real merged cells and numbers stored as numbers.

    python scripts/make_xlsx_samples.py     # writes samples/xlsx/*.xlsx, one .xls, expectations

Workbooks are written with openpyxl (fixed timestamps, so reruns give the same bytes); the .xls
twin is saved from its .xlsx by LibreOffice (``make system-deps``), which stamps the save time,
so rerunning changes its bytes.

How text cells become Excel cells:

* a number is stored as a number, with the number format that shows it as the text wrote it
  (``225,000.00`` → 225000 under ``#,##0.00``; ``94.90%`` → 0.949 under ``0.00%``; ``12000.0`` →
  12000 under ``0.0``; ``2020-01-01`` → a date under ``yyyy-mm-dd``);
* a number with more digits than a spreadsheet keeps is a float artefact the converter printed:
  a single-precision one (``0.8999999761581421``) is stored as such under ``General``, which shows
  ``0.9``; a fraction below 1 (``0.0900000762939453``) is a rate, stored as such under ``0%``,
  which shows ``9%`` (the shape LAYOUTS.md's F9 family comes from);
* a row whose one text is its first cell is a title merged across the width; a text followed by
  blank cells to the row's end is merged across them; below an indicator header a blank 一级/二级
  cell is merged into the cell above it (as ``make_format_samples.py`` does for the DOCX twins).

Each twin's ``X.expected.json`` is its text original's, with ``target_raw``/``actual_raw`` written
as the workbook shows the cell where that differs (``9%`` for ``0.0900000762939453``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import regex as re

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract.document import Line, Paragraph, Table  # noqa: E402
from jixiao.extract.forms.target_form import is_indicator_header  # noqa: E402
from jixiao.extract.readers.text import read_text  # noqa: E402
from jixiao.extract.recognize import title_kind  # noqa: E402
from scripts.make_doc_sample import CONVERSION_TIMEOUT_S, find_soffice  # noqa: E402

OUT = ROOT / "samples" / "xlsx"
FIXED_TIME = dt.datetime(2024, 1, 1)
#: A fraction written with more significant digits than this is a float artefact, not typed.
TYPED_DIGITS = 10

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GROUPED = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.(\d+))?$")
_PLAIN = re.compile(r"^-?(?:0|[1-9]\d*)(?:\.(\d+))?$")
_PERCENT = re.compile(r"^(\d+(?:\.(\d+))?)%$")


@dataclass
class SheetWriter:
    """Rows written down one worksheet, remembering how each cell's text will be shown."""

    ws: object
    width: int
    row: int = 1
    shown: dict[str, str] = field(default_factory=dict)   # text as written → as the sheet shows it

    def put(self, row: int, col: int, text: str) -> None:
        value, number_format, shown = typed_value(text)
        cell = self.ws.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"                      # text such as =100%, not a formula
        if number_format:
            cell.number_format = number_format
        if shown != text:
            self.shown[text] = shown

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        if (first_row, first_col) != (last_row, last_col):
            self.ws.merge_cells(start_row=first_row, start_column=first_col, end_row=last_row,
                                end_column=last_col)

    def title(self, text: str) -> None:
        self.put(self.row, 1, text.strip())
        self.merge(self.row, 1, self.row, self.width)
        self.row += 1

    def blank(self) -> None:
        self.row += 1


def typed_value(text: str) -> tuple[object, str | None, str]:
    """(cell value, number format, the text the sheet shows) for a text cell."""
    t = text.strip()
    if m := _DATE.match(t):
        return dt.datetime(int(m[1]), int(m[2]), int(m[3])), "yyyy-mm-dd", \
            dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    if m := _GROUPED.match(t):
        decimals = len(m[1] or "")
        number = Decimal(t.replace(",", ""))
        return _number(number), "#,##0" + ("." + "0" * decimals if decimals else ""), t
    if m := _PERCENT.match(t):
        decimals = len(m[2] or "")
        return float(Decimal(m[1]) / 100), "0" + ("." + "0" * decimals if decimals else "") + "%", t
    if m := _PLAIN.match(t):
        digits = len(Decimal(t).normalize().as_tuple().digits)
        decimals = len(m[1] or "")
        if decimals and digits > TYPED_DIGITS:       # a float artefact the converter printed
            value = float(t)
            single = np.float32(value)
            if float(single) == value:
                return value, None, str(single)
            if 0 < value < 1:
                return value, "0%", f"{Decimal(t) * 100:.0f}%"
            return value, None, repr(value)          # the float's shortest decimal: 36.8
        if decimals:
            return float(t), "0." + "0" * decimals, t
        return int(t), None, t
    return t, None, t


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _write_rows(sheet: SheetWriter, rows: list[list[str]]) -> None:
    """Grid rows from the sheet's current row on, merged the way the form merges them."""
    first = sheet.row
    in_indicators = False
    level_run_start: dict[int, int] = {}              # level column → row its merged cell starts
    for r, texts in enumerate(rows):
        row = first + r
        texts = [t.strip() for t in texts] + [""] * (sheet.width - len(texts))
        filled = [c for c, t in enumerate(texts) if t]
        if not filled:
            continue
        if filled == [0] and not in_indicators:       # a title row
            sheet.put(row, 1, texts[0])
            sheet.merge(row, 1, row, sheet.width)
            continue
        for c in filled:
            sheet.put(row, c + 1, texts[c])
        if is_indicator_header(Line(tuple(texts), True, None, None, "")):
            in_indicators = True
            level_run_start = {}
            continue
        if in_indicators:
            for c in range(2):
                if c < filled[0] and c in level_run_start:
                    continue                          # the merged level cell goes on down
                if c in level_run_start:
                    sheet.merge(level_run_start.pop(c), c + 1, row - 1, c + 1)
                if texts[c]:
                    level_run_start[c] = row
            continue
        last = filled[-1]
        if last < sheet.width - 1:                    # a value written across the row's end
            sheet.merge(row, last + 1, row, sheet.width)
    end = first + len(rows) - 1
    for c, start in level_run_start.items():
        sheet.merge(start, c + 1, end, c + 1)
    sheet.row = first + len(rows)


def _block_rows(block: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in block.rows]


def _write_blocks(sheet: SheetWriter, blocks) -> None:
    previous_was_table = False
    for block in blocks:
        if isinstance(block, Paragraph):
            sheet.title(block.text)
            previous_was_table = False
        else:
            if previous_was_table:
                sheet.blank()                         # two tables stay two tables
            _write_rows(sheet, _block_rows(block))
            previous_was_table = True


def _width(blocks) -> int:
    return max((len(row) for b in blocks if isinstance(b, Table) for row in b.rows), default=1)


def _starts_form(block) -> bool:
    if isinstance(block, Paragraph):
        text = block.text
    else:
        text = "\t".join(c.text for c in block.rows[0]) if block.rows else ""
    return title_kind(Line((text,), False, None, None, text)) is not None


def _new_workbook() -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.properties.creator = "jixiao scripts/make_xlsx_samples.py"
    return workbook


def _save(workbook: openpyxl.Workbook, path: Path) -> None:
    """Saved with every zip entry and the modified property (which openpyxl sets to the time of
    saving) stamped FIXED_TIME, so reruns give the same bytes."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            stamped = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            stamped.compress_type = zipfile.ZIP_DEFLATED
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>"
                                 + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), content)
            dst.writestr(stamped, content)
    path.write_bytes(out.getvalue())


def text_workbook(text_path: Path, one_sheet_per_form: bool) -> tuple[openpyxl.Workbook, dict]:
    """A tab-separated text sample → its workbook: every form on one sheet, or one per sheet."""
    blocks = list(read_text(text_path.read_bytes()).blocks)
    width = _width(blocks)
    workbook = _new_workbook()
    groups: list[list] = [[]]
    for block in blocks:
        if one_sheet_per_form and _starts_form(block) and any(_starts_form(b) for b in groups[-1]):
            groups.append([])
        groups[-1].append(block)
    shown: dict[str, str] = {}
    for n, group in enumerate(groups, start=1):
        ws = workbook.active if n == 1 else workbook.create_sheet()
        ws.title = f"表{n}" if len(groups) > 1 else "绩效目标表"
        sheet = SheetWriter(ws, width)
        _write_blocks(sheet, group)
        if not one_sheet_per_form:
            sheet.blank()
        shown.update(sheet.shown)
    return workbook, shown


def csv_workbook(text_path: Path) -> tuple[openpyxl.Workbook, dict]:
    """A comma-separated sample (an .xls saved as CSV) → the sheet it came from. A header row
    whose leading cells are blank continues the label above it (a block merged over both rows)."""
    rows = list(csv.reader(io.StringIO(text_path.read_text("utf-8"))))
    width = max(len(r) for r in rows)
    workbook = _new_workbook()
    ws = workbook.active
    ws.title = "区域绩效目标表"
    sheet = SheetWriter(ws, width)
    header_end = next(i for i, r in enumerate(rows)
                      if is_indicator_header(Line(tuple(r), True, None, None, "")))
    _write_rows(sheet, rows[:header_end])
    for i, texts in enumerate(rows[:header_end]):
        filled = [c for c, t in enumerate(texts) if t.strip()]
        if i and filled and filled[0] > 0 and rows[i - 1][0].strip():   # the label above goes on
            above = rows[i - 1]
            label_end = next((c for c in range(1, len(above)) if above[c].strip()), filled[0])
            sheet.merge(i, 1, i + 1, min(label_end, filled[0]))
    _write_rows(sheet, rows[header_end:])
    return workbook, sheet.shown


_VERTICAL_WORD = re.compile(r"^[\p{Han}()（）]{1,4}$")


def f9_workbook(text_path: Path) -> tuple[openpyxl.Workbook, dict]:
    """An F9 text (an .xls printed inline: cells separated by blanks, a merged cell on its first
    row only, vertical labels one word per line) → the sheet it was printed from. Web-page chrome
    before the form's title is left out."""
    lines = [l.strip() for l in text_path.read_text("utf-8").splitlines()]
    start = next(i for i, l in enumerate(lines)
                 if title_kind(Line((l,), False, None, None, l)) is not None)
    lines = lines[start:]
    header_at = next(i for i, l in enumerate(lines)
                     if is_indicator_header(Line(tuple(l.split()), True, None, None, "")))
    width = len(lines[header_at].split())
    workbook = _new_workbook()
    ws = workbook.active
    ws.title = "部门整体支出绩效目标表"
    sheet = SheetWriter(ws, width)
    i = 0
    while i < header_at:
        line = lines[i]
        if not line:
            i += 1
            if i < header_at:
                sheet.blank()
            continue
        if " " not in line and not _VERTICAL_WORD.match(line):        # the title and its year
            sheet.title(line)
            i += 1
            continue
        if _VERTICAL_WORD.match(line):               # a vertical label and the rows beside it
            words = []
            while i < header_at and _VERTICAL_WORD.match(lines[i]):
                words.append(lines[i])
                i += 1
            first = sheet.row
            while i < header_at and lines[i] and not _VERTICAL_WORD.match(lines[i]):
                _write_beside(sheet, lines[i].split())
                i += 1
            sheet.put(first, 1, "\n".join(words))
            sheet.merge(first, 1, sheet.row - 1, 1)
            continue
        cells = line.split()
        for c, text in enumerate(cells):
            sheet.put(sheet.row, c + 1, text)
        sheet.merge(sheet.row, len(cells), sheet.row, width)
        sheet.row += 1
        i += 1
    rows = [lines[header_at].split()]
    for line in lines[header_at + 1:]:
        if line:
            cells = line.split()
            rows.append([""] * (width - len(cells)) + cells)   # merged level cells print nothing
    _write_rows(sheet, rows)
    return workbook, sheet.shown


def _write_beside(sheet: SheetWriter, cells: list[str]) -> None:
    """One row right of a vertical label: its cells from column B, the last across the width."""
    for c, text in enumerate(cells):
        sheet.put(sheet.row, c + 2, text)
    sheet.merge(sheet.row, len(cells) + 1, sheet.row, sheet.width)
    sheet.row += 1


def write_expectation(original: Path, twin: Path, shown: dict[str, str], how: str) -> None:
    expected = json.loads(original.with_name(original.name + ".expected.json").read_text("utf-8"))
    expected["doc"] = twin.name
    for form in expected.get("forms", []):
        for indicator in form.get("indicators", []):
            for key in ("target_raw", "actual_raw"):
                if indicator.get(key) in shown:
                    indicator[key] = shown[indicator[key]]
    expected["notes"] = (f"Generated Excel twin of {original.parent.name}/{original.name} "
                         f"(scripts/make_xlsx_samples.py): {how} Same rows; target_raw as the sheet "
                         f"shows the cell where a number's format changes its text. "
                         + expected["notes"])
    twin.with_name(twin.name + ".expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")


def make_xls(xlsx_path: Path, soffice: str) -> Path:
    """The Excel 97–2003 twin LibreOffice saves of an .xlsx twin."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jixiao-xls-sample-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--norestore", "--convert-to", "xls:MS Excel 97", "--outdir",
                        str(xlsx_path.parent), str(xlsx_path)], check=True, capture_output=True,
                       timeout=CONVERSION_TIMEOUT_S)
    out = xlsx_path.with_suffix(".xls")
    if not out.is_file():
        raise SystemExit(f"LibreOffice wrote no {out.name}")
    return out


SEEDS = ROOT / "samples" / "seeds"
FAMILIES = ROOT / "samples" / "families"
#: (twin file name, original, builder, what the workbook is)
TWINS = [
    ("000_02f8c3f2acc7ec3d.xlsx", SEEDS / "000_02f8c3f2acc7ec3d.txt",
     lambda p: text_workbook(p, False), "one form on one sheet, merged 一级/二级 cells."),
    ("001_0f4b9d799222cfe6.xlsx", SEEDS / "001_0f4b9d799222cfe6.txt",
     lambda p: text_workbook(p, False), "one form (2019 template) on one sheet."),
    ("003_c5ac2ca95e2e7928.xlsx", SEEDS / "003_c5ac2ca95e2e7928.txt",
     lambda p: text_workbook(p, True), "one form per sheet (six sheets)."),
    ("003_c5ac2ca95e2e7928.one-sheet.xlsx", SEEDS / "003_c5ac2ca95e2e7928.txt",
     lambda p: text_workbook(p, False), "six forms stacked down one sheet."),
    ("tfj_dept_fujian-sanming_2020.xlsx", FAMILIES / "tfj_dept_fujian-sanming_2020.txt",
     f9_workbook, "the .xls the F9 text was printed from: vertical labels as merged cells, rates "
                  "as fractions, 0.0900000762939453 under a 0% format."),
    ("tfj_transfer_fujian-province_2023.xlsx", FAMILIES / "tfj_transfer_fujian-province_2023.txt",
     csv_workbook, "the sheet the CSV was saved from: per-recipient columns, merged headers, "
                   "float32 0.8999999761581421 under General."),
]
#: Twins also saved as .xls by LibreOffice.
XLS_TWINS = ["000_02f8c3f2acc7ec3d.xlsx", "003_c5ac2ca95e2e7928.xlsx"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    shown_by_twin: dict[str, dict[str, str]] = {}
    for name, original, build, how in TWINS:
        workbook, shown = build(original)
        shown_by_twin[name] = shown
        twin = OUT / name
        _save(workbook, twin)
        write_expectation(original, twin, shown, how)
        print(f"wrote {twin.relative_to(ROOT)} and its expectation")
    soffice = find_soffice()
    if soffice is None:
        print("LibreOffice (soffice) not found: .xls twins not written (make system-deps)")
        return
    for name in XLS_TWINS:
        xlsx = OUT / name
        xls = make_xls(xlsx, soffice)
        original = next(o for n, o, _, _ in TWINS if n == name)
        write_expectation(original, xls, shown_by_twin[name],
                          f"saved as Excel 97–2003 by LibreOffice from {name}.")
        print(f"wrote {xls.relative_to(ROOT)} and its expectation")



if __name__ == "__main__":
    main()
