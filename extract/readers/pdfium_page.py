"""PDF pages read through pdfium (pypdfium2's raw API): the characters with their boxes and the ruling
lines, in the shapes pdfplumber gives them, at about twenty times pdfplumber's speed.

pdfplumber runs pdfminer's layout analysis in Python and turns every object into a dict; the PDF
reader only needs each character's text and box and the page's edges (lines, rectangle sides,
path segments). pdfium has them after parsing the page in C:

- characters from the text page: the whole page's text in one call, then per character its text
  object (font, size, matrix cached per object), its origin and its advance. The box is
  pdfminer's: from the origin to the advance across, from the font's descent to one font size above
  it up. Spaces pdfium generates between words and lines are left out; a real space pdfium marks
  as generated (one ending a text object; it still names its object) is kept, like pdfminer.
- edges from the page's path objects, each subpath classified as pdfminer does (``ml`` a line,
  a closed axis-aligned ``mllll`` a rectangle whose four sides are edges, anything else a curve
  whose point-to-point segments are edges), in pdfplumber's top-down coordinates.

Where pdfium's reading differs from pdfplumber's, the page is left to pdfplumber (``Fallback`` with
the reason): a page with ``/Rotate`` or a media box not at the origin (pdfplumber's coordinates are
rotated and shifted), characters that are not upright (rotated text), a character whose font has no
Unicode map (pdfplumber's ``(cid:N)``, which decides OCR), a text object pdfium dropped (it skips an
object printed again over itself, fake bold, where pdfplumber keeps both and the reader deduplicates
them its own way), and form XObjects (their contents sit in their own coordinate space).

pdfium is not thread-safe; every call goes through ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import ctypes
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

import pypdfium2  # noqa: F401  (initialises the pdfium library)
import pypdfium2.raw as pdfium

from jixiao.extract.errors import UnreadableDocument

Char = dict[str, Any]
Edge = dict[str, Any]

#: One pdfium call at a time in this process (pdfium keeps global state).
PDFIUM_LOCK = threading.RLock()

_GENERATED_CANDIDATES = frozenset(" \r\n\x02")


@dataclass(frozen=True)
class PageContent:
    """A page's characters and edges as pdfplumber's ``page.chars`` and ``page.edges`` give them."""

    chars: list[Char]
    edges: list[Edge]
    width: float
    height: float


@dataclass(frozen=True)
class Fallback:
    """pdfium's reading of this page would differ from pdfplumber's: read it with pdfplumber."""

    reason: str


@contextmanager
def open_pdf(data: bytes) -> Iterator[Any]:
    """The pdfium document of ``data``; an encrypted or damaged file raises ``UnreadableDocument``."""
    with PDFIUM_LOCK:
        buffer = ctypes.create_string_buffer(data, len(data))
        document = pdfium.FPDF_LoadMemDocument64(buffer, len(data), None)
        if not document:
            error = pdfium.FPDF_GetLastError()
            if error == pdfium.FPDF_ERR_PASSWORD:
                raise UnreadableDocument("the PDF is encrypted (password protected): save an unprotected copy")
            if error == pdfium.FPDF_ERR_SECURITY:
                raise UnreadableDocument("the PDF uses an unsupported security handler: save an "
                                         "unprotected copy")
            raise UnreadableDocument("the PDF is damaged and cannot be opened: re-export it from its "
                                     "source, or repair it (e.g. with qpdf)")
    try:
        yield document
    finally:
        with PDFIUM_LOCK:
            pdfium.FPDF_CloseDocument(document)
        del buffer


def page_count(document: Any) -> int:
    with PDFIUM_LOCK:
        return int(pdfium.FPDF_GetPageCount(document))


def page_size(document: Any, index: int) -> tuple[float, float]:
    """Width and height in points, without loading the page."""
    size = pdfium.FS_SIZEF()
    with PDFIUM_LOCK:
        if not pdfium.FPDF_GetPageSizeByIndexF(document, index, ctypes.byref(size)):
            raise UnreadableDocument(f"the PDF is damaged: page {index + 1} cannot be read")
    return size.width, size.height


def read_page(document: Any, index: int) -> PageContent | Fallback:
    """Page ``index`` (0-based) as characters and edges, or ``Fallback`` saying why pdfplumber
    must read it."""
    with PDFIUM_LOCK:
        page = pdfium.FPDF_LoadPage(document, index)
        if not page:
            raise UnreadableDocument(f"page {index + 1} of the PDF cannot be read")
        try:
            return _read_loaded_page(page)
        finally:
            pdfium.FPDF_ClosePage(page)


def _read_loaded_page(page: Any) -> PageContent | Fallback:
    if pdfium.FPDFPage_GetRotation(page) != 0:
        return Fallback("the page is rotated (/Rotate)")
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium.FPDFPage_GetMediaBox(page, ctypes.byref(left), ctypes.byref(bottom),
                                       ctypes.byref(right), ctypes.byref(top)):
        return Fallback("the page has no media box")
    if left.value != 0 or bottom.value != 0:
        return Fallback("the page's media box is not at the origin")
    width, height = float(right.value), float(top.value)
    edges: list[Edge] = []
    text_objects: dict[int, Any] = {}
    for index in range(pdfium.FPDFPage_CountObjects(page)):
        obj = pdfium.FPDFPage_GetObject(page, index)
        kind = pdfium.FPDFPageObj_GetType(obj)
        if kind == pdfium.FPDF_PAGEOBJ_TEXT:
            text_objects[_address(obj)] = obj
        elif kind == pdfium.FPDF_PAGEOBJ_PATH:
            edges.extend(path_edges(obj, height))
        elif kind == pdfium.FPDF_PAGEOBJ_FORM:
            return Fallback("the page draws a form XObject")
    text_page = pdfium.FPDFText_LoadPage(page)
    if not text_page:
        return Fallback("pdfium cannot build the page's text")
    try:
        texts = _ObjectTexts(text_page, text_objects)
        chars = _page_chars(text_page, height, texts)
        if isinstance(chars, Fallback):
            return chars
        doubled = _doubled_chars(chars, text_objects, texts, height)
        if isinstance(doubled, Fallback):
            return doubled
    finally:
        pdfium.FPDFText_ClosePage(text_page)
    return PageContent(chars + doubled, edges, width, height)


def _address(handle: Any) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class _ObjectTexts:
    """Text objects' own text (``FPDFTextObj_GetText``), each asked once."""

    def __init__(self, text_page: Any, objects: dict[int, Any]) -> None:
        self.text_page, self.objects = text_page, objects
        self.texts: dict[int, str] = {}
        self.buffer = (ctypes.c_ushort * 4096)()

    def __call__(self, address: int) -> str:
        text = self.texts.get(address)
        if text is None:
            obj = self.objects.get(address)
            written = pdfium.FPDFTextObj_GetText(obj, self.text_page, self.buffer,
                                                 ctypes.sizeof(self.buffer)) if obj else 0
            # the count is of bytes, with the closing NUL
            text = self.texts[address] = bytes(self.buffer)[: max(written - 2, 0)].decode(
                "utf-16-le", errors="replace")
        return text


def _fast(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same pdfium function called through a plain prototype (handles as integers), which
    costs a third of pypdfium2's typed one; it is called once or more per character."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_HANDLE, _INT, _POINTER = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
_get_text_object = _fast(pdfium.FPDFText_GetTextObject, _HANDLE, _HANDLE, _INT)
_is_generated = _fast(pdfium.FPDFText_IsGenerated, _INT, _HANDLE, _INT)
_unicode_map_error = _fast(pdfium.FPDFText_HasUnicodeMapError, _INT, _HANDLE, _INT)
_get_char_origin = _fast(pdfium.FPDFText_GetCharOrigin, _INT, _HANDLE, _INT, _POINTER, _POINTER)
_get_loose_box = _fast(pdfium.FPDFText_GetLooseCharBox, _INT, _HANDLE, _INT, _POINTER)


def _page_chars(text_page: Any, height: float, texts: _ObjectTexts) -> list[Char] | Fallback:
    """The text page's characters as pdfplumber's char dicts (with the pdfium text object each
    comes from). A text object's characters share its baseline (upright text, one text state)."""
    count = pdfium.FPDFText_CountChars(text_page)
    if count <= 0:
        return []
    units = (ctypes.c_ushort * (count + 1))()
    written = pdfium.FPDFText_GetText(text_page, 0, count, units)
    text = bytes(units)[: max(written - 1, 0) * 2].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:                       # characters beyond 16 bits: one at a time
        text = "".join(chr(pdfium.FPDFText_GetUnicode(text_page, i)) for i in range(count))
    page_handle = _address(text_page)
    x, y = ctypes.c_double(), ctypes.c_double()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    box = (ctypes.c_float * 4)()                 # FS_RECTF: left, top, right, bottom
    box_at = ctypes.addressof(box)
    fonts: dict[int, tuple[float, float, str, float] | None] = {}
    chars: list[Char] = []
    for i, glyph in enumerate(text):
        address = _get_text_object(page_handle, i)
        if not address:
            continue                             # a line break or blank pdfium put between words
        if glyph in _GENERATED_CANDIDATES:
            if _is_generated(page_handle, i):
                if glyph != " " or not _ends_object(page_handle, i, count, address, texts):
                    continue
            elif glyph != " ":
                return Fallback("a line break or control character printed as a glyph")
        if _unicode_map_error(page_handle, i) == 1:
            return Fallback("a font has no Unicode map for its characters (cid codes)")
        font = fonts.get(address, False)
        if font is False:
            font = _font_of(texts.objects[address]) if address in texts.objects else None
            if font is not None:
                _get_char_origin(page_handle, i, x_at, y_at)
                font = (*font, height - y.value)
            fonts[address] = font
        if font is None:
            return Fallback("characters that are not upright (rotated text), or text pdfium "
                            "does not place on the page")
        size, descent, fontname, baseline = font
        _get_loose_box(page_handle, i, box_at)
        char_top = baseline - descent - size
        chars.append({"text": glyph, "x0": box[0], "x1": box[2], "top": char_top,
                      "bottom": baseline - descent, "doctop": char_top, "upright": True,
                      "fontname": fontname, "size": size, "object": address})
    return chars


def _ends_object(text_page: int, index: int, count: int, address: int, texts: _ObjectTexts) -> bool:
    """A space pdfium marks generated stands for a real one (which pdfminer reads) when it closes
    a text object whose own text ends with a space: pdfium re-creates such a trailing space, at the
    object's end. Otherwise it only marks a gap (another object's glyph printed there)."""
    following = index + 1
    if following < count and _get_text_object(text_page, following) == address:
        return False
    return texts(address).endswith(" ")


def _doubled_chars(chars: list[Char], text_objects: dict[int, Any], texts: _ObjectTexts,
                   height: float) -> list[Char] | Fallback:
    """The characters of text objects pdfium left out of its text page because they print the
    object before them again, a little offset (fake bold). pdfminer reads both copies, and the PDF
    reader keeps the top-left one of each glyph (``unique_chars``); so each dropped copy is rebuilt
    from its twin's characters, moved by the offset between the two objects."""
    by_object: dict[int, list[Char]] = {}
    for char in chars:
        by_object.setdefault(char["object"], []).append(char)
    rebuilt: list[Char] = []
    kept = [address for address in text_objects if address in by_object]
    for address, obj in text_objects.items():
        if address in by_object or not texts(address).strip():
            continue
        origin = _origin(obj)
        twins = [k for k in kept if texts(k) == texts(address)]
        if not twins:
            return Fallback("pdfium dropped a text object that does not repeat another (fake bold?)")
        twin = min(twins, key=lambda k: _distance(_origin(text_objects[k]), origin))
        dx, dy = origin[0] - _origin(text_objects[twin])[0], origin[1] - _origin(text_objects[twin])[1]
        for char in by_object[twin]:
            rebuilt.append({**char, "x0": char["x0"] + dx, "x1": char["x1"] + dx, "top": char["top"] - dy,
                            "bottom": char["bottom"] - dy, "doctop": char["doctop"] - dy,
                            "object": address})
    return rebuilt


def _origin(obj: Any) -> tuple[float, float]:
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
    return matrix.e, matrix.f


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def _font_of(obj: Any) -> tuple[float, float, str] | None:
    """(size, descent, font name) of a text object, sizes in page points; None when its text is
    not upright."""
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None
    font_size = ctypes.c_float()
    pdfium.FPDFTextObj_GetFontSize(obj, ctypes.byref(font_size))
    size = font_size.value * matrix.d
    font = pdfium.FPDFTextObj_GetFont(obj)
    descent = ctypes.c_float()
    if not font or not pdfium.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(descent)):
        descent.value = 0.0
    name = ctypes.create_string_buffer(256)
    length = pdfium.FPDFFont_GetBaseFontName(font, name, 256) if font else 0
    return size, min(descent.value, 0.0), name.value.decode("latin-1") if length else ""


def path_edges(obj: Any, height: float) -> list[Edge]:
    """The edges pdfplumber derives from one path object (its ``lines``, ``rects`` and ``curves``
    through ``line_to_edge``, ``rect_to_edges`` and ``curve_to_edges``)."""
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    px, py = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    pending_curve = 0
    for index in range(pdfium.FPDFPath_CountSegments(obj)):
        segment = pdfium.FPDFPath_GetPathSegment(obj, index)
        pdfium.FPDFPathSegment_GetPoint(segment, ctypes.byref(px), ctypes.byref(py))
        point = (a * px.value + c * py.value + e, b * px.value + d * py.value + f)
        kind = pdfium.FPDFPathSegment_GetType(segment)
        if kind == pdfium.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([("m", point)])
            pending_curve = 0
        elif kind == pdfium.FPDF_SEGMENT_BEZIERTO:
            pending_curve += 1
            if pending_curve == 3:                # a Bézier's third point is where it ends
                subpaths[-1].append(("c", point))
                pending_curve = 0
        else:
            subpaths[-1].append(("l", point))
        if pdfium.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(("h", subpaths[-1][0][1]))
    edges: list[Edge] = []
    for subpath in subpaths:
        edges.extend(_subpath_edges(subpath, height))
    return edges


def _subpath_edges(subpath: list[tuple[str, tuple[float, float]]], height: float) -> list[Edge]:
    """pdfminer's ``paint_path`` for one subpath, then pdfplumber's edges of the object it makes."""
    shape = "".join(op for op, _ in subpath)
    points = [point for _, point in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    if shape in ("ml", "mlh"):
        (x0, y0), (x1, y1) = points[0], points[1]
        top, bottom = height - max(y0, y1), height - min(y0, y1)
        return [_edge("line", min(x0, x1), max(x0, x1), top, bottom,
                      "h" if top == bottom else "v")]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
            (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if points[0] == points[4] and square:
            left, right = min(x0, x2), max(x0, x2)
            top, bottom = height - max(y0, y2), height - min(y0, y2)
            return [_edge("rect_edge", left, right, top, top, "h"),
                    _edge("rect_edge", left, right, bottom, bottom, "h"),
                    _edge("rect_edge", left, left, top, bottom, "v"),
                    _edge("rect_edge", right, right, top, bottom, "v")]
    edges = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        top0, top1 = height - y0, height - y1
        orientation = "v" if x0 == x1 else ("h" if top0 == top1 else None)
        edges.append(_edge("curve_edge", min(x0, x1), max(x0, x1), min(top0, top1), max(top0, top1),
                           orientation))
    return edges


def _edge(kind: str, x0: float, x1: float, top: float, bottom: float, orientation: str | None) -> Edge:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}
