"""Word .docx files (python-docx): paragraphs and tables in document order, merged cells resolved.

python-docx's ``row.cells`` repeats one cell object across a merge, so a naive reader copies a
merged 一级指标 into every row it spans. Here each row's ``<w:tc>`` elements are walked directly:
``gridSpan`` gives the horizontal span and ``vMerge`` (restart/continue) the vertical one, so a
merged cell's text stands once, in its first row and column, like converter text. Cells inside
content controls (``<w:sdt>``) are read too, so they do not shift the row.
"""

from __future__ import annotations

import io
import zipfile

from jixiao.extract.document import Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Largest uncompressed size accepted (a zip bomb guard).
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024


def _text_of(element) -> str:
    """All text of a paragraph or cell element, tabs and breaks kept as blanks."""
    parts: list[str] = []
    for node in element.iter():
        tag = node.tag
        if not isinstance(tag, str):                  # comments, processing instructions, entities
            continue
        if tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag == f"{_W}sym":                       # Wingdings checkbox glyphs
            char = node.get(f"{_W}char", "").upper()
            parts.append({"F0FE": "☑", "F0A8": "☐", "F0FC": "√", "F06F": "☐", "F078": "☒"}.get(char, ""))
        elif tag == f"{_W}checkBox" or tag.endswith("}checkbox"):
            checked = any(c.get(f"{_W}val", "true") not in ("0", "false")
                          for c in node.iter() if c.tag.endswith("}checked") or c.tag == f"{_W}default")
            parts.append("☑" if checked else "☐")
    return "".join(parts)


def _cell_paragraph_text(tc) -> str:
    lines = [_text_of(p) for p in tc.iter(f"{_W}p")]
    return "\n".join(l for l in lines if l.strip())


def _row_cells(tr) -> list:
    """The <w:tc> elements of a row, including those wrapped in content controls."""
    cells = []
    for child in tr:
        if child.tag == f"{_W}tc":
            cells.append(child)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                cells.extend(c for c in content if c.tag == f"{_W}tc")
    return cells


def _table(tbl, page: int | None) -> Table:
    rows: list[tuple[Cell, ...]] = []
    open_merges: dict[int, Cell] = {}                # grid column -> cell a vMerge continues
    spans: dict[tuple[int, int], int] = {}
    for r, tr in enumerate(tbl.findall(f"{_W}tr")):
        col = 0
        grid_before = tr.find(f"{_W}trPr/{_W}gridBefore")
        if grid_before is not None:
            col = int(grid_before.get(f"{_W}val", "0"))
        row: list[Cell] = []
        for tc in _row_cells(tr):
            props = tc.find(f"{_W}tcPr")
            span = 1
            merge = None
            if props is not None:
                gs = props.find(f"{_W}gridSpan")
                if gs is not None:
                    span = int(gs.get(f"{_W}val", "1"))
                vm = props.find(f"{_W}vMerge")
                if vm is not None:
                    merge = vm.get(f"{_W}val", "continue")
            if merge == "continue" and col in open_merges:
                first = open_merges[col]
                spans[(first.row, first.col)] = spans.get((first.row, first.col), 1) + 1
                col += span
                continue
            cell = Cell(_cell_paragraph_text(tc), r, col, 1, span)
            if merge == "restart":
                open_merges[col] = cell
            else:
                open_merges.pop(col, None)
            row.append(cell)
            col += span
        rows.append(tuple(row))
    resolved = tuple(tuple(Cell(c.text, c.row, c.col, spans.get((c.row, c.col), 1), c.col_span)
                           for c in row) for row in rows)
    return Table(resolved, page)


def read_docx(data: bytes, source_format: str = "docx") -> Document:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableDocument("not a valid .docx file (it is not a zip archive): open it in Word "
                                 "or WPS and save it again as .docx")
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableDocument(f"refused: the .docx unpacks to {total // 2**20} MiB (a zip bomb?)")
    try:
        xml = archive.read("word/document.xml")
    except KeyError:
        raise UnreadableDocument("not a Word document: the zip archive has no word/document.xml (another "
                                 "kind of file renamed .docx, or damaged): open it in Word or WPS and "
                                 "save it again as .docx")
    from lxml import etree                          # python-docx's own XML library

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"the .docx is damaged (word/document.xml: {exc})")
    body = root.find(f"{_W}body")
    if body is None:
        raise UnreadableDocument("the .docx has no document body")
    blocks: list[Paragraph | Table] = []
    for child in body:
        if child.tag == f"{_W}p":
            text = _text_of(child)
            if text.strip():
                blocks.append(Paragraph(text))
        elif child.tag == f"{_W}tbl":
            blocks.append(_table(child, None))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            for inner in (content if content is not None else []):
                if inner.tag == f"{_W}p" and _text_of(inner).strip():
                    blocks.append(Paragraph(_text_of(inner)))
                elif inner.tag == f"{_W}tbl":
                    blocks.append(_table(inner, None))
    return Document(source_format, tuple(blocks), "native", None, None)
