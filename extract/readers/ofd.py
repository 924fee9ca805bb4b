"""OFD files (GB/T 33190, China's fixed-layout format) → Document, with real table cells.

An OFD is a zip of XML files (docs/ofd.md has the choice of reader): ``OFD.xml`` names each
document's root (``Doc_0/Document.xml``), which lists the pages (``Pages/Page_0/Content.xml``) and
the template pages drawn under them. A page's layers hold text objects (``TextObject``: a boundary
box, a font size, ``TextCode`` runs with a start ``X``/``Y`` baseline and per-character
``DeltaX``/``DeltaY`` advances, an optional ``CTM``) and path objects (``PathObject``: a boundary
box and ``AbbreviatedData`` drawing commands ``M``/``L``/``B``/``Q``/``A``/``C``); page blocks
nest them. Every character is placed on the page, in points with the origin top-left, as the PDF
reader's characters are; the straight horizontal and vertical pieces of the paths (table rules,
cell borders, thin filled bars) become ruling edges. pdfplumber's own table-finding steps turn
the edges into cells (snap and join, intersections, cells, tables), and the PDF reader's
``place_blocks`` gives the cells their characters, spans and text, so an OFD form has the same merged
cells, wrapped cell text, tables joined across pages and paragraphs as its PDF twin.

Guards, like the DOCX reader's: a file that is not a zip, a zip that unpacks to more than
``MAX_UNCOMPRESSED_BYTES`` or holds more than ``MAX_MEMBERS`` files (zip bombs), XML never
resolving entities nor reaching the network (XXE), more than ``MAX_PAGES`` pages.
"""

from __future__ import annotations

import io
import math
import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any, Iterator

import regex as re

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.docx import MAX_UNCOMPRESSED_BYTES
from jixiao.extract.readers.pdf import PageBlock, document_blocks, place_blocks, usable_text

#: Points per OFD unit (millimetres): positions are kept in points so the PDF path's tolerances hold.
PT_PER_MM = 72 / 25.4
MAX_MEMBERS = 10_000
MAX_PAGES = 2000
#: A path piece at most this far off horizontal/vertical (points) is a ruling edge; a filled
#: rectangle at most this thick is a rule.
RULE_SLANT = 0.5
RULE_THICKNESS = 2.0
#: pdfplumber's default table settings (``TableSettings``): snap and join within 3 points,
#: intersections within 3, edges shorter than 3 dropped.
SNAP_TOLERANCE = 3
JOIN_TOLERANCE = 3
INTERSECTION_TOLERANCE = 3
EDGE_MIN_LENGTH = 3

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_COMMAND = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_REPAIR = "open it in an OFD reader (数科, 福昕 OFD) and export it again, or save it as PDF"

Char = dict[str, Any]
Edge = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class _Page:
    chars: list[Char]
    edges: list[Edge]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def _multiply(inner: Matrix, outer: Matrix) -> Matrix:
    """The transform applying ``inner`` then ``outer`` (row vectors, as PDF and OFD write them)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _object_matrix(element, outer: Matrix) -> Matrix:
    """An object's drawing transform: its ``CTM`` inside its ``Boundary``, then the enclosing one."""
    box = _numbers(element.get("Boundary"))
    ctm = _numbers(element.get("CTM"))
    own = tuple(ctm) if len(ctm) == 6 else IDENTITY
    shift = (1.0, 0.0, 0.0, 1.0, box[0], box[1]) if len(box) >= 2 else IDENTITY
    return _multiply(_multiply(own, shift), outer)          # type: ignore[arg-type]


def _deltas(text: str | None, count: int) -> list[float]:
    """``DeltaX``/``DeltaY`` expanded: ``g N d`` repeats the advance ``d`` N times."""
    tokens = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens) and len(out) < count:
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            pass
        i += 1
    return out[:count]


def _text_chars(element, matrix: Matrix) -> Iterator[Char]:
    """The characters of one TextObject, placed on the page in points (origin top-left)."""
    size = float((_numbers(element.get("Size")) or [3.5])[0])
    scale = math.hypot(matrix[2], matrix[3]) or 1.0        # how much the object's y axis is stretched
    height = size * scale * PT_PER_MM
    x = y = 0.0
    for code in element:
        if _local(code.tag) != "TextCode":
            continue
        text = code.text or ""
        if "X" in code.attrib:
            x = float((_numbers(code.get("X")) or [0.0])[0])
        if "Y" in code.attrib:
            y = float((_numbers(code.get("Y")) or [0.0])[0])
        dx = _deltas(code.get("DeltaX"), len(text) - 1)
        dy = _deltas(code.get("DeltaY"), len(text) - 1)
        for i, ch in enumerate(text):
            px, py = _apply(matrix, x, y)
            advance = dx[i] if i < len(dx) else size
            right, _ = _apply(matrix, x + advance, y)
            px, py, right = px * PT_PER_MM, py * PT_PER_MM, right * PT_PER_MM
            width = min(max(right - px, 0.0), height) if i < len(dx) else height
            yield {"text": ch, "x0": px, "x1": px + width, "top": py - height * 0.88,
                   "bottom": py + height * 0.12, "upright": True, "size": height}
            if i < len(dx):
                x += dx[i]
            if i < len(dy):
                y += dy[i]
        x += size                          # a next code without X starts after this one's last character


def _path_points(data: str | None, matrix: Matrix) -> list[list[tuple[float, float]]]:
    """The straight-line pieces of a path's ``AbbreviatedData`` as polylines in points; curves
    end a polyline (they are never table rules)."""
    tokens = _COMMAND.findall(data or "")
    polylines: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    start: tuple[float, float] | None = None
    i = 0

    def take(n: int) -> list[float] | None:
        nonlocal i
        values = tokens[i + 1:i + 1 + n]
        if len(values) < n or any(v.isalpha() for v in values):
            return None
        i += n
        return [float(v) for v in values]

    def point(x: float, y: float) -> tuple[float, float]:
        px, py = _apply(matrix, x, y)
        return px * PT_PER_MM, py * PT_PER_MM

    while i < len(tokens):
        command = tokens[i]
        if command in ("M", "S"):
            values = take(2)
            if values is None:
                break
            if len(current) > 1:
                polylines.append(current)
            current = [point(*values)]
            start = current[0]
        elif command == "L":
            values = take(2)
            if values is None:
                break
            current.append(point(*values))
        elif command in ("B", "Q", "A"):
            values = take({"B": 6, "Q": 4, "A": 7}[command])
            if values is None:
                break
            if len(current) > 1:
                polylines.append(current)
            current = [point(values[-2], values[-1])]
        elif command == "C":
            if start is not None and current:
                current.append(start)
            if len(current) > 1:
                polylines.append(current)
            current = [start] if start is not None else []
        i += 1
    if len(current) > 1:
        polylines.append(current)
    return polylines


def _edges_of_path(element, matrix: Matrix) -> list[Edge]:
    """Ruling edges of a PathObject: its horizontal and vertical segments when stroked, or the
    long side of a thin filled rectangle (a rule drawn as a bar)."""
    data = next((c.text for c in element if _local(c.tag) == "AbbreviatedData"), None)
    stroked = element.get("Stroke", "true").lower() != "false"
    filled = element.get("Fill", "false").lower() == "true"
    edges: list[Edge] = []
    for line in _path_points(data, matrix):
        xs, ys = [p[0] for p in line], [p[1] for p in line]
        if filled and not stroked:
            x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
            if bottom - top <= RULE_THICKNESS and x1 - x0 > bottom - top:
                edges.append(_edge("h", x0, x1, (top + bottom) / 2, (top + bottom) / 2))
            elif x1 - x0 <= RULE_THICKNESS and bottom - top > x1 - x0:
                edges.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, top, bottom))
            continue
        if not stroked:
            continue
        for (ax, ay), (bx, by) in zip(line, line[1:]):
            if abs(ay - by) <= RULE_SLANT and abs(ax - bx) > RULE_SLANT:
                edges.append(_edge("h", min(ax, bx), max(ax, bx), ay, ay))
            elif abs(ax - bx) <= RULE_SLANT and abs(ay - by) > RULE_SLANT:
                edges.append(_edge("v", ax, ax, min(ay, by), max(ay, by)))
    return edges


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> Edge:
    return {"orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "object_type": "line"}


def _walk(element, matrix: Matrix, page: _Page) -> None:
    """Text and path objects of a layer or page block, in drawing order."""
    for child in element:
        name = _local(child.tag)
        if name == "TextObject":
            page.chars.extend(_text_chars(child, _object_matrix(child, matrix)))
        elif name == "PathObject":
            page.edges.extend(_edges_of_path(child, _object_matrix(child, matrix)))
        elif name in ("PageBlock", "Layer", "Content"):
            _walk(child, matrix, page)
        elif name == "CompositeObject":
            _walk(child, _object_matrix(child, matrix), page)


def table_cells(edges: list[Edge]) -> list[list[tuple[float, float, float, float]]]:
    """pdfplumber's lattice steps on ruling edges: snap and join, drop short edges, intersections,
    cells, cells grouped into tables."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    merged = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    long_enough = [e for e in merged if (e["x1"] - e["x0"] if e["orientation"] == "h"
                                          else e["bottom"] - e["top"]) >= EDGE_MIN_LENGTH]
    points = edges_to_intersections(long_enough, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return cells_to_tables(intersections_to_cells(points))


def page_blocks(page: _Page, number: int) -> list[PageBlock]:
    """One page's tables and paragraphs in reading order (top to bottom), placed as the PDF reader
    places a page's (``place_blocks``)."""
    return place_blocks(page.chars, [cells for cells in table_cells(page.edges) if cells], number)


class _Package:
    """The OFD zip, read with the guards."""

    def __init__(self, data: bytes) -> None:
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise UnreadableDocument(f"not a valid OFD file (it is not a zip archive, or it was cut "
                                     f"short): {_REPAIR}") from None
        members = self.archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise UnreadableDocument(f"refused: the OFD holds {len(members)} files (limit {MAX_MEMBERS}; "
                                     f"a zip bomb?): check where the file came from")
        total = sum(info.file_size for info in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise UnreadableDocument(f"refused: the OFD unpacks to {total // 2**20} MiB (limit "
                                     f"{MAX_UNCOMPRESSED_BYTES // 2**20} MiB; a zip bomb?): check where the file came from")
        self.names = {info.filename.lstrip("/").lower(): info.filename for info in members}

    def xml(self, path: str, what: str):
        from lxml import etree

        name = self.names.get(posixpath.normpath(path.replace("\\", "/")).lstrip("/").lower())
        if name is None:
            raise UnreadableDocument(f"the OFD is damaged: its {what} ({path}) is missing; {_REPAIR}")
        try:
            raw = self.archive.read(name)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise UnreadableDocument(f"the OFD is damaged: {path} cannot be unpacked ({exc}); {_REPAIR}") from None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
        try:
            return etree.fromstring(raw, parser)
        except etree.XMLSyntaxError as exc:
            raise UnreadableDocument(f"the OFD is damaged: {path} is not well-formed XML ({exc}); {_REPAIR}") from None


def _child(element, name: str):
    return next((c for c in element if _local(c.tag) == name), None)


def _descendants(element, name: str) -> list:
    return [e for e in element.iter() if _local(e.tag) == name]


def _resolve(base_dir: str, location: str) -> str:
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, location))


def _read_pages(package: _Package) -> list[_Page]:
    root = package.xml("OFD.xml", "entry file")
    doc_roots = [e.text.strip() for e in _descendants(root, "DocRoot") if e.text and e.text.strip()]
    if not doc_roots:
        raise UnreadableDocument(f"the OFD is damaged: OFD.xml names no document (DocRoot); {_REPAIR}")
    pages: list[_Page] = []
    for doc_root in doc_roots:
        doc_path = _resolve("", doc_root)
        doc_dir = posixpath.dirname(doc_path)
        document = package.xml(doc_path, "document")
        templates = {t.get("ID"): t.get("BaseLoc") for t in _descendants(document, "TemplatePage")}
        page_refs = [p for p in _descendants(document, "Page") if p.get("BaseLoc")]
        if len(pages) + len(page_refs) > MAX_PAGES:
            raise UnreadableDocument(f"refused: the OFD has more than {MAX_PAGES} pages: split it")
        for ref in page_refs:
            page = _Page([], [])
            content = package.xml(_resolve(doc_dir, ref.get("BaseLoc", "")), "page")
            for template in _descendants(content, "Template"):
                location = templates.get(template.get("TemplateID"))
                if location:
                    drawn = _child(package.xml(_resolve(doc_dir, location), "template page"), "Content")
                    if drawn is not None:
                        _walk(drawn, IDENTITY, page)
            body = _child(content, "Content")
            if body is not None:
                _walk(body, IDENTITY, page)
            pages.append(page)
    return pages


def read_ofd(data: bytes, source_format: str = "ofd") -> Document:
    """An OFD file → Document from its text objects and ruling lines."""
    package = _Package(data)
    pages = _read_pages(package)
    if not pages:
        raise UnreadableDocument(f"the OFD has no pages: {_REPAIR}")
    placed: list[PageBlock] = []
    for number, page in enumerate(pages, start=1):
        placed.extend(page_blocks(page, number))
    if not usable_text("".join(c["text"] for page in pages for c in page.chars)):
        raise UnreadableDocument("the OFD has no text (its pages are images, a scan): print it to PDF "
                                 "and ingest the PDF, which is read by OCR")
    return Document(source_format, tuple(document_blocks(placed)), "text_layer", len(pages))
