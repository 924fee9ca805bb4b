"""The same grid as the binary files users import: DOCX (python-docx, merged cells), PDF
(LibreOffice prints the DOCX), XLSX (openpyxl merge ranges), and the three PDF text shapes
(``pdftotext -layout``, ``pdftotext -raw``, pdfplumber page text).

PDFs are converted in batches (one LibreOffice start for many files) and cached by content
under ``.formgen-cache/`` (ignored by git), so a second run of the matrix is quick.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pdfplumber
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from jixiao.extract.document import Paragraph
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS

from tests.formgen.grid import GridBlock, GridTable, is_covered
from tests.formgen.parts import PagePrint
from tests.formgen.shapes import render_glued

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("JIXIAO_FORMGEN_CACHE", ROOT / ".formgen-cache"))
FIXED_TIME = dt.datetime(2024, 1, 1)


class ToolMissing(RuntimeError):
    """A system tool (LibreOffice, poppler) is not installed: ``make system-deps``."""


def docx_bytes(blocks: list[GridBlock], page: PagePrint | None = None) -> bytes:
    """A Word document: paragraphs, and tables whose spans are real merged cells; printed with
    ``page``'s footer, header and room before its longest table when given."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(9)
    widest = max((b.width for b in blocks if isinstance(b, GridTable)), default=0)
    if widest >= 9:                                   # wide forms are printed landscape
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    if page is not None and page.glued_run:
        blocks = [Paragraph(render_glued(blocks).strip())]
    if page is not None and page.head_cells_as_lines:
        blocks = head_cells_as_lines(blocks)
    if page is not None and page.rows_as_lines:
        blocks = rows_as_lines(blocks, page.label_column_chars, page.second_label_chars)
    longest = max((b for b in blocks if isinstance(b, GridTable)), key=lambda b: len(b.slots), default=None)
    if page is not None:
        _page_furniture(document.sections[0], page)
    for block in blocks:
        if isinstance(block, Paragraph):
            document.add_paragraph(block.text.strip())
            continue
        if page is not None and page.room_before_table and block is longest:
            document.add_paragraph().paragraph_format.space_before = Pt(page.room_before_table)
        if not block.slots:
            continue
        table = document.add_table(rows=len(block.slots), cols=block.width)
        table.style = "Table Grid"
        for r, row in enumerate(block.slots):
            for c, slot in enumerate(row):
                if not is_covered(slot) and slot.strip():
                    table.cell(r, c).text = slot.strip()
        for r, c, rs, cs in block.spans:
            table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))
        if page is not None and block is longest:
            _repeat_header_rows(table, page.header_rows)
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


#: The indicator table's header row opens with its first column's word (一级指标 …).
_LEVEL1_HEADS = frozenset(INDICATOR_COLUMN_WORDS["level1"])


def head_cells_as_lines(blocks: list[GridBlock]) -> list[GridBlock]:
    """The blocks with every table row above the indicator table's header row printed as lines, one
    cell a line, row by row (pdfplumber's text of a form whose head cells sit at different heights:
    项目名称 / its name / 主管部门 / …); the indicator table from its header row on stays a table. Blocks
    without an indicator table, or whose header row a merged cell crosses, stay as they are."""
    out: list[GridBlock] = []
    for k, block in enumerate(blocks):
        if not isinstance(block, GridTable):
            out.append(block)
            continue
        header = next((r for r, row in enumerate(block.slots)
                       if any(not is_covered(s) and s.strip() in _LEVEL1_HEADS for s in row)), None)
        if header is None:
            out += _cell_lines(block.slots)
            continue
        if any(r < header < r + rs for r, _, rs, _ in block.spans):
            return blocks
        rows = block.slots[header:]
        spans = tuple((r - header, c, rs, cs) for r, c, rs, cs in block.spans if r >= header)
        return [*out, *_cell_lines(block.slots[:header]), GridTable(rows, spans), *blocks[k + 1:]]
    return blocks


def rows_as_lines(blocks: list[GridBlock], label_column_chars: int = 0,
                  second_label_chars: int = 0) -> list[GridBlock]:
    """The blocks with every table row printed as one line of text, its filled cells joined by single
    blanks (a form whose table was typed as lines: ``运维配套管网长度 ≥580公里``). Writer prints a ``≥`` or
    ``≤`` inside such a line in a font of its own, which ``pdftotext -raw`` puts on a line above it.
    ``label_column_chars``: a first-column label merged down over several rows goes on lines of its
    own before its first row, that many characters a line (``_narrow_label_lines``);
    ``second_label_chars``: so does a second-column label merged down over several rows when it is
    longer than that."""
    out: list[GridBlock] = []
    for block in blocks:
        if not isinstance(block, GridTable):
            out.append(block)
            continue
        merged_down = {(r, c) for r, c, rs, _ in block.spans if rs > 1}
        for r, row in enumerate(block.slots):
            cells = [(c, s.strip()) for c, s in enumerate(row) if not is_covered(s) and s.strip()]
            while cells and (r, cells[0][0]) in merged_down and (
                    (cells[0][0] == 0 and label_column_chars)
                    or (cells[0][0] == 1 and second_label_chars and len(cells[0][1]) > second_label_chars)):
                width = label_column_chars if cells[0][0] == 0 else second_label_chars
                out += [Paragraph(line) for line in _narrow_label_lines(cells[0][1], width)]
                cells = cells[1:]
                if not cells:
                    break
            else:
                out.append(Paragraph(" ".join(s for _, s in cells)))
    return out


#: a label's bracketed tail (``(50分)``, ``（万元）``), which a narrow column puts on a line of its own.
_BRACKETED_TAIL = re.compile(r"[(（][^()（）]*[)）]$")


def _narrow_label_lines(label: str, chars: int) -> list[str]:
    """A label as a column ``chars`` characters wide prints it: its words cut every ``chars``
    characters, its bracketed tail whole on the last line (产 / 出 / 指 / 标 / (50分))."""
    lines: list[str] = []
    for part in label.split("\n"):
        tail = _BRACKETED_TAIL.search(part)
        words = part[:tail.start()] if tail else part
        lines += [words[k:k + chars] for k in range(0, len(words), chars)] + ([tail.group()] if tail else [])
    return [line for line in lines if line.strip()]


def _cell_lines(slots) -> list[Paragraph]:
    return [Paragraph(s.strip()) for row in slots for s in row if not is_covered(s) and s.strip()]


def _page_furniture(section, page: PagePrint) -> None:
    """The section's footer: the page number as Word fields (PAGE, NUMPAGES); its running header."""
    if not page.footer:
        return
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", page.footer):
        if piece in ("{PAGE}", "{NUMPAGES}"):
            _field(paragraph, piece.strip("{}"))
        elif piece:
            paragraph.add_run(piece)
    if page.header is not None:
        section.header.paragraphs[0].text = page.header


def _repeat_header_rows(table, count: int) -> None:
    """The table's first ``count`` rows repeated at the top of each page it runs onto (``w:tblHeader``)."""
    for row in table.rows[:count]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _field(paragraph, instruction: str) -> None:
    """A Word field (``PAGE``): begin, instruction, a placeholder result, end."""
    run = paragraph.add_run()
    for tag, text in (("w:fldChar", "begin"), ("w:instrText", instruction), ("w:fldChar", "separate")):
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), text)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
        run._r.append(element)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _text_cell(sheet: Any, row: int, column: int, text: str) -> None:
    """A cell holding ``text`` as text: openpyxl makes a string that starts with ``=`` (``=100.00(%)``)
    a formula, which a workbook saved by Excel or WPS never holds for a typed target."""
    sheet.cell(row, column, text).data_type = "s"


def xlsx_bytes(blocks: list[GridBlock]) -> bytes:
    """One sheet: paragraphs in column A, tables below each other with merge ranges."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    r0 = 1
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                _text_cell(sheet, r0, 1, block.text.strip())
                r0 += 1
            continue
        for r, row in enumerate(block.slots):
            for c, slot in enumerate(row):
                if not is_covered(slot) and slot.strip():
                    _text_cell(sheet, r0 + r, c + 1, slot.strip())
        for r, c, rs, cs in block.spans:
            sheet.merge_cells(start_row=r0 + r, start_column=c + 1, end_row=r0 + r + rs - 1,
                              end_column=c + cs)
        r0 += len(block.slots)
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise ToolMissing("LibreOffice (soffice) is needed to print PDFs: run `make system-deps`")
    return found


def docx_to_pdf_many(docs: dict[str, bytes]) -> dict[str, bytes]:
    """name → DOCX bytes, printed to PDF by LibreOffice (cached by the DOCX's text content)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out: dict[str, bytes] = {}
    todo: dict[str, tuple[bytes, Path]] = {}
    for name, data in docs.items():
        cached = CACHE / f"{_content_key(data)}.pdf"
        if cached.exists():
            out[name] = cached.read_bytes()
        else:
            todo[name] = (data, cached)
    if not todo:
        return out
    soffice = _soffice()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (name, (data, _)) in enumerate(todo.items()):
            path = Path(tmp) / f"d{i:04d}.docx"
            path.write_bytes(data)
            paths.append(path)
        for start in range(0, len(paths), 40):
            chunk = paths[start:start + 40]
            subprocess.run([soffice, "--headless", "--norestore",
                            f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                            "--outdir", tmp, *map(str, chunk)],
                           check=True, capture_output=True, timeout=60 + 20 * len(chunk))
        for path, (name, (_, cached)) in zip(paths, todo.items()):
            pdf = path.with_suffix(".pdf").read_bytes()
            cached.write_bytes(pdf)
            out[name] = pdf
    return out


def _content_key(docx_data: bytes) -> str:
    """A DOCX's zip stamps its own time; key the cache on the XML inside instead."""
    import zipfile
    with zipfile.ZipFile(io.BytesIO(docx_data)) as z:
        h = hashlib.sha256()
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            if info.filename.startswith("docProps/"):
                continue
            h.update(info.filename.encode())
            h.update(z.read(info))
    return h.hexdigest()[:32]


def pdf_texts(pdf: bytes) -> dict[str, str]:
    """The three PDF text shapes of one PDF."""
    if shutil.which("pdftotext") is None:
        raise ToolMissing("poppler's pdftotext is needed: run `make system-deps` (poppler-utils)")
    texts = {}
    for shape, flag in (("pdftotext_layout", "-layout"), ("pdftotext_raw", "-raw")):
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", flag, "-", "-"], input=pdf,
                              capture_output=True, check=True, timeout=120)
        texts[shape] = done.stdout.decode("utf-8")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        texts["pdfplumber"] = "\n".join(page.extract_text() or "" for page in document.pages) + "\n"
    return texts
