"""Render a grid (paragraphs + tables with spans) into every text shape real archives hold.

Each renderer takes the blocks of ``grid.py`` and returns the text a converter would have left
(LAYOUTS.md §2). Content never changes between shapes, only where the cell boundaries, row
breaks and merged cells went. The three PDF shapes come from a real PDF (``office.py``).
"""

from __future__ import annotations

import copy
import re
import struct
from typing import Callable, Iterable

from jixiao.extract.document import Paragraph

from tests.formgen.grid import COVERED_BELOW, GridBlock, GridTable, is_covered

Renderer = Callable[[list[GridBlock]], str]


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _row_cells(row: tuple[str, ...], keep_blank: bool) -> list[str]:
    """The cells of a row a reader meets, left to right: covered positions are not cells."""
    return [s for s in row if not is_covered(s) and (keep_blank or s.strip())]


def _stream(blocks: list[GridBlock], keep_blank: bool) -> list[str]:
    """Every cell in reading order (paragraphs are one cell each)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip() or keep_blank:
                out.append(block.text.strip())
            continue
        for row in block.slots:
            out.extend(s.strip() for s in _row_cells(row, keep_blank))
    return out


# --- rows -------------------------------------------------------------------------------------

def _row_per_line(blocks: list[GridBlock], row_text: Callable[[tuple[str, ...]], str | None]) -> str:
    """Paragraphs as they are, each table row as ``row_text`` writes it (None: no line)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
            continue
        lines += [t for t in map(row_text, block.slots) if t is not None]
    return "\n".join(lines) + "\n"


def render_tab(blocks: list[GridBlock]) -> str:
    """Tab rows: a covered position is a blank cell (converter text keeps the column)."""
    return _row_per_line(blocks, lambda row: "\t".join("" if is_covered(s) else _one_line(s) for s in row))


def render_pipe(blocks: list[GridBlock]) -> str:
    """Markdown pipe rows (F6): a horizontally covered position is an empty ``|``; positions
    covered from above are dropped (continuation rows shift left) and made up as trailing
    ``||||`` padding; a ``|---|`` rule after each table's first row."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
            continue
        for r, row in enumerate(block.slots):
            out, dropped = "|", 0
            for slot in row:
                if slot is COVERED_BELOW:
                    dropped += 1
                elif is_covered(slot) or not slot.strip():
                    out += "|"
                else:
                    out += f" {_one_line(slot)} |"
            lines.append(out + "|" * dropped)
            if r == 0:
                lines.append("|" + "---|" * block.width)
    return "\n".join(lines) + "\n"


#: a section heading pandoc writes as a markdown heading (一、… under the title) and a sub-section it
#: writes in bold (（一）…, a table's caption 表 1：…)
_SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_BOLD_HEADING = re.compile(r"^(?:（[一二三四五六七八九十]{1,3}）|表\s*\d)")


def _markdown_paragraph(text: str, first: bool) -> str:
    if first or _is_title([text]):
        return f"# {text}"
    if _SECTION_HEADING.match(text):
        return f"## {text}"
    if _BOLD_HEADING.match(text) and len(text) <= 40:
        return f"**{text}**"
    return text


def _markdown_cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|").replace("*", "\\*")


def render_markdown(blocks: list[GridBlock]) -> str:
    """A Word document pandoc converted to markdown: the title a ``#`` heading, 一、 sections ``##``
    headings, （一） sub-sections and table captions in ``**bold**``, paragraphs apart by an empty
    line; each table a pipe table with every cell written (a merged cell's other positions empty),
    an alignment rule after the header (``|:---|---:|``: text left, figures right) and ``|`` and
    ``*`` in a cell escaped."""
    out: list[str] = []
    for k, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if block.text.strip():
                out.append(_markdown_paragraph(block.text.strip(), first=k == 0))
            continue
        lines = []
        for r, row in enumerate(block.slots):
            cells = ["" if is_covered(s) else _markdown_cell(s) for s in row]
            lines.append("| " + " | ".join(cells) + " |")
            if r == 0:
                body = block.slots[1] if len(block.slots) > 1 else row
                rules = ["---:" if VALUE_CELL.match(s.strip() or "x") and not is_covered(s) else ":---" for s in body]
                lines.append("|" + "|".join(rules) + "|")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def render_spaced(blocks: list[GridBlock]) -> str:
    """Space-separated rows (F7/F9): one row per line, cells by single spaces, blanks vanish."""
    return _row_per_line(blocks, lambda row: " ".join(_one_line(s) for s in _row_cells(row, keep_blank=False))
                         or None)


#: the document-property stream WPS writes before a sheet it saves as CSV (LAYOUTS: a .xls saved
#: as CSV), and the names of the other, empty sheets after it: no part of the form.
WPS_PROPERTY_LINES = ("KSOProductBuildVer,2052-11.1.0.8612", "ICV,5E1A7C3D9B2F4E6A8C0D1F3B5A7E9C2D",
                      "Title,", "Subject,", "Author,Administrator", "Created,2019-01-08T02:15:32Z",
                      "Company,Microsoft", "AppVersion,16.0300", "DocSecurity,0", "ScaleCrop,false", "Sheet1")
WPS_SHEETS_AFTER = ("Sheet2", "Sheet3")
_BARE_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def float32_widened(text: str) -> str:
    """A bare decimal cell as a sheet stores it in single precision and WPS writes it back out
    widened to a double (``12.6`` → ``12.600000381469727``); any other cell as it is."""
    if not _BARE_DECIMAL.match(text.strip()):
        return text
    widened = struct.unpack("<f", struct.pack("<f", float(text)))[0]
    return text if widened == float(text) else repr(widened)


def _csv_field(text: str) -> str:
    text = float32_widened(text.strip())
    quoted = text.replace('"', '""')
    return f'"{quoted}"' if re.search(r'[,"\n]', text) else text


def render_csv(blocks: list[GridBlock]) -> str:
    """A sheet saved as CSV by WPS: its property stream first, then one record per row of the
    sheet's width (a paragraph its first field, a covered position an empty field, a cell with a
    comma or a line break quoted), bare decimals widened from float32, the empty sheets' names last."""
    width = max((b.width for b in blocks if not isinstance(b, Paragraph)), default=1)
    lines = list(WPS_PROPERTY_LINES)
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(_csv_field(block.text) + "," * (width - 1))
            continue
        for row in block.slots:
            fields = ["" if is_covered(s) else _csv_field(s) for s in row]
            lines.append(",".join(fields + [""] * (width - len(fields))))
    return "\n".join(lines + list(WPS_SHEETS_AFTER)) + "\n"


def csv_truth(truth: dict, blocks: list[GridBlock]) -> dict:
    """The truth of a form saved as CSV: the raw texts of bare decimal cells are written as WPS
    widened them (the contract keeps ``target_raw`` as written; the value is the number typed),
    and so are those numbers inside a raw text joined from cells (``≥`` | ``8.6`` | ``万人``)."""
    cells = {s.strip() for b in blocks if not isinstance(b, Paragraph) for row in b.slots for s in row
             if not is_covered(s)}
    widened = {c: float32_widened(c) for c in cells if float32_widened(c) != c}

    def written(raw: str) -> str:
        if raw in cells:
            return widened.get(raw, raw)
        return re.sub(r"(?<![\d.])\d+\.\d+(?![\d.])", lambda m: widened.get(m.group(), m.group()), raw)

    out = copy.deepcopy(truth)
    for form in out.get("forms", []):
        for row in form.get("indicators", []) + form.get("scores", []):
            for key in ("target_raw", "actual_raw"):
                if isinstance(row.get(key), str):
                    row[key] = written(row[key])
    return out


# --- streams ----------------------------------------------------------------------------------

def render_line_kept(blocks: list[GridBlock]) -> str:
    """One cell per line (F1), blank cells kept as empty lines; a merged cell printed once."""
    return "\n".join(_stream(blocks, keep_blank=True)) + "\n"


def render_line_dropped(blocks: list[GridBlock]) -> str:
    """One cell per line, blank cells dropped."""
    return "\n".join(_stream(blocks, keep_blank=False)) + "\n"


def render_paragraph(blocks: list[GridBlock]) -> str:
    """One cell per paragraph (F5): blank line between cells, an empty cell is one space."""
    return "\n\n".join(c if c else " " for c in _stream(blocks, keep_blank=True)) + "\n"


def render_bar_same(blocks: list[GridBlock]) -> str:
    """Each cell on its own line ending in `` |`` (F4); an empty cell is a bare ``|``."""
    return "\n".join(f"{c} |" if c else "|" for c in _stream(blocks, keep_blank=True)) + "\n"


def render_bar_next(blocks: list[GridBlock]) -> str:
    """Each cell followed by ``\\n        | ``: the bar that ends a cell opens the next line."""
    return "".join(f"{c}\n        | " for c in _stream(blocks, keep_blank=True)) + "\n"


# --- flattened --------------------------------------------------------------------------------

def render_one_line(blocks: list[GridBlock]) -> str:
    """The whole form on one line, cells by single spaces (F7, B5)."""
    return " ".join(_one_line(c) for c in _stream(blocks, keep_blank=False)) + "\n"


def render_glued(blocks: list[GridBlock]) -> str:
    """The whole form in one run with no separator at all (F8)."""
    return "".join(re.sub(r"\s+", "", c) for c in _stream(blocks, keep_blank=False)) + "\n"


def render_glued_rows(blocks: list[GridBlock]) -> str:
    """Each table row on its line, its cells run together with no separator (F8 row by row: an
    xls sheet's rows pasted without their cell borders); paragraphs as they are, blanks gone."""
    return _row_per_line(blocks, lambda row: "".join(re.sub(r"\s+", "", s) for s in _row_cells(row, False)) or None)


# --- PDF stream order ---------------------------------------------------------------------------

#: a cell a PDF writes in its value pass: a number, an amount, a rate, a weight (LAYOUTS F2).
VALUE_CELL = re.compile(r"^[≥≤<>=]{0,2}\s*-?[\d,]+(?:\.\d+)?\s*(?:%|\(%\)|[\u4e00-\u9fff/]{1,4})?$")


def _bands(table: GridTable) -> list[list[int]]:
    """The table's row bands: a row with the rows its first-column cell spans down over (a merged
    项目资金 or 一级 label and its rows), else the row alone."""
    span_end = {r: r + rs for r, c, rs, _ in table.spans if c == 0}
    bands: list[list[int]] = []
    r = 0
    while r < len(table.slots):
        end = span_end.get(r, r + 1)
        bands.append(list(range(r, end)))
        r = end
    return bands


def render_stream_order(blocks: list[GridBlock]) -> str:
    """PDF content order (F2): one cell per line, blank cells dropped, and within each band of a
    table all its values first, then its labels, each in reading order."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                out.append(block.text.strip())
            continue
        for band in _bands(block):
            cells = [_one_line(s) for r in band for s in _row_cells(block.slots[r], keep_blank=False)]
            values = [c for c in cells if VALUE_CELL.match(c)]
            out += values + [c for c in cells if not VALUE_CELL.match(c)]
    return "\n".join(out) + "\n"


# --- titles removed ---------------------------------------------------------------------------

#: A form title as the generator writes them and the samples show (this package's own words).
TITLE = re.compile(r"^[\s(（]*(?:\S{0,40}?(?:绩效|评价|评分|目标)\S{0,30}?(?:表|报告)(?:[(（]\S{0,12}[)）])?"
                   r"|[(（]\s*\d{4}\s*年度?\s*[)）])\s*$")


def _is_title(cells: Iterable[str]) -> bool:
    texts = [c for c in cells if c.strip()]
    return len(texts) == 1 and len(texts[0]) <= 60 and bool(TITLE.match(texts[0].strip()))


def strip_titles(blocks: list[GridBlock]) -> list[GridBlock]:
    """The blocks without form titles (paragraphs or one-cell table rows that are a title, and
    a ``(2023年度)`` line): a form cut out of a page, or a table pasted without its caption."""
    out: list[GridBlock] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if not _is_title([block.text]):
                out.append(block)
            continue
        rows = [row for row in block.slots
                if not _is_title(s for s in row if not is_covered(s))
                or any(s is COVERED_BELOW for s in row)]
        if len(rows) != len(block.slots):
            kept = {id(r) for r in rows}
            block = _drop_rows(block, [i for i, r in enumerate(block.slots) if id(r) not in kept])
        if block.slots:
            out.append(block)
    return out


def _drop_rows(table: GridTable, drop: list[int]) -> GridTable:
    """A table without some rows; spans that started on a dropped row (never vertical ones:
    ``strip_titles`` keeps rows a vertical span crosses) are dropped with it."""
    index = {old: new for new, old in enumerate(i for i in range(len(table.slots)) if i not in drop)}
    slots = tuple(row for i, row in enumerate(table.slots) if i not in drop)
    spans = tuple((index[r], c, rs, cs) for r, c, rs, cs in table.spans if r in index)
    return GridTable(slots, spans)


def render_no_title(blocks: list[GridBlock]) -> str:
    """Tab rows with the form titles removed."""
    return render_tab(strip_titles(blocks))


#: text shape → renderer, in the order tables print them.
TEXT_SHAPES: dict[str, Renderer] = {
    "tab": render_tab,
    "pipe": render_pipe,
    "spaced": render_spaced,
    "line_kept": render_line_kept,
    "line_dropped": render_line_dropped,
    "paragraph": render_paragraph,
    "bar_same": render_bar_same,
    "bar_next": render_bar_next,
    "one_line": render_one_line,
    "glued": render_glued,
    "no_title": render_no_title,
    "stream_order": render_stream_order,
    "csv": render_csv,
    "markdown": render_markdown,
}
#: shapes read from a real PDF printed from the grid (``office.pdf_texts``).
PDF_SHAPES = ("pdftotext_layout", "pdftotext_raw", "pdfplumber")
ALL_SHAPES = tuple(TEXT_SHAPES) + PDF_SHAPES
#: shapes after which the title (and so the year in it) is gone: the year is not held against them.
TITLELESS_SHAPES = ("no_title",)
#: shapes whose raw texts differ from the truth's: shape → the truth as that shape writes it.
SHAPE_TRUTH: dict[str, Callable[[dict, list[GridBlock]], dict]] = {"csv": csv_truth}


def truth_for(shape: str, truth: dict, blocks: list[GridBlock]) -> dict:
    """The truth of a form (its blocks) rendered in ``shape``."""
    return SHAPE_TRUTH[shape](truth, blocks) if shape in SHAPE_TRUTH else truth


def render(blocks: list[GridBlock], shape: str) -> str:
    try:
        return TEXT_SHAPES[shape](blocks)
    except KeyError:
        raise ValueError(f"unknown text shape {shape!r}; PDF shapes come from office.pdf_texts") from None
