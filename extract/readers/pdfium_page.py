"""PDF pages read through pdfium (pypdfium2's raw API): the characters with their boxes and the ruling
lines, in the shapes pdfplumber gives them, for a fraction of pdfplumber's time (bench/RESULTS.md).

pdfplumber runs pdfminer's layout analysis in Python and turns every object into a dict; the PDF
reader only needs each character's text and box and the page's edges (lines, rectangle sides,
path segments). pdfium has them after parsing the page in C:

- characters from the text page: the whole page's text in one call, then per character its text
  object and its box across (origin to advance); per text object its baseline, font, size and
  matrix. The box is pdfminer's: from the origin to the advance across, from the font's descent to
  one font size above it up (pdfium's descent is the font file's where the PDF's font descriptor
  says 0, pdfminer's is 0 then: a shift of every glyph of that font by the same amount, which no
  sample cell feels). Blanks and line breaks pdfium generates between words and lines are left
  out. pdfium's text page also leaves out real blanks pdfminer reads: an object printing one blank
  (no width) whole, and all but the first of a run of blanks in one object printed apart (where it
  generates its own blank instead). Narrower than the 3 pt gap that splits words, such a blank
  joined a label and its value (a typed row printed by Writer: ``项目名称 重点人群免费体检``); they
  are put back (``_blank_chars``): at the object's origin or its box's end, or where the glyph
  before a generated or displaced blank ends when that lies in the box of an object with blanks on
  its line. They have no width, and a run of them may come back as one: the same words as
  pdfminer's.
- edges from the page's path objects, each subpath classified as pdfminer does (``ml`` a line,
  a closed axis-aligned ``mllll`` a rectangle whose four sides are edges, anything else a curve
  whose point-to-point segments are edges), in pdfplumber's top-down coordinates.

Fake bold (a glyph printed twice, a little offset): pdfium leaves a glyph out of its text page when
the same code in the same font was printed within 0.07 em of one of the seven glyphs before it,
where pdfminer reads both copies and the reader keeps the top-left one (``unique_chars``). A text
object pdfium left out whole is rebuilt from its twin (the earlier object with the same font and
size whose box has the same size and overlaps it), moved by the offset between the two, and the
page deduplicated as before: the same characters as pdfplumber's. Where pdfium left out only some
glyphs of an object, its first copy stays: the same text, up to 0.07 em from where pdfplumber's
reader puts it.

Where pdfium's reading differs otherwise, the page is left to pdfplumber (``Fallback`` with the
reason): a page with ``/Rotate`` or a media box not at the origin (pdfplumber's coordinates are
rotated and shifted), characters that are not upright (rotated text), a font with no Unicode map
for its glyphs (pdfplumber's ``(cid:N)``, which decides OCR), a line break printed as a glyph, a
dropped text object with no twin, and form XObjects (their contents sit in their own coordinate
space). A page with no text at all is read here and found empty, then OCR'd as before.

pdfium is not thread-safe; every call goes through ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import bisect
import ctypes
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

import pypdfium2.raw as pdfium          # importing it imports pypdfium2, which initialises pdfium

from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.pdf_text import Y_TOLERANCE

Char = dict[str, Any]
Edge = dict[str, Any]
#: A text object with blanks (or a blank dropped at its end): its left, its right widened by one
#: font size, and the bottom of its line.
Box = tuple[float, float, float]

#: One pdfium call at a time in this process (pdfium keeps global state).
PDFIUM_LOCK = threading.RLock()

_GENERATED_CANDIDATES = frozenset(" \r\n\x02")
#: A text object narrower than this (points) prints only blanks: pdfium's text page leaves it out
#: (``kSizeEpsilon`` of ``CPDF_TextPage::ProcessTextObject``), see ``_blank_chars``.
BLANK_OBJECT_WIDTH = 0.01
#: Room a blank takes at least, in font sizes: a candidate blank followed closer than this by a glyph
#: on its line is none (the gap pdfium saw between two glyphs of one object holds another's glyphs).
BLANK_ROOM = 0.1


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


def _fast(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same pdfium function called through a plain prototype, handles as integers: a third of
    the cost of pypdfium2's typed call."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _bare(function: Any, restype: Any) -> Any:
    """The same pdfium function for the calls made per character, per page object and per path
    segment: no argument types (ctypes then converts nothing in Python: an index goes as a C
    ``int``, a handle or an address must be passed as a ``c_void_p``), and the interpreter lock
    kept for the call (microseconds, and pdfium runs under ``PDFIUM_LOCK`` anyway). Less than half
    the cost of a call through ``_fast``'s typed prototype (bench/RESULTS.md)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.PYFUNCTYPE(restype)(address)


class _Handle(ctypes.c_void_p):
    """A pdfium handle kept as a ctypes object (a subclass, so ctypes does not turn the result into
    an integer): passed on to ``_bare`` calls as it is. Compared by identity, so only for handles
    used once (path segments)."""


_H, _I, _P, _F = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_float
_count_objects = _fast(pdfium.FPDFPage_CountObjects, _I, _H)
_object_matrix = _fast(pdfium.FPDFPageObj_GetMatrix, _I, _H, _P)
_font_size = _fast(pdfium.FPDFTextObj_GetFontSize, _I, _H, _P)
_object_font = _fast(pdfium.FPDFTextObj_GetFont, _H, _H)
_font_descent = _fast(pdfium.FPDFFont_GetDescent, _I, _H, _F, _P)
_font_name = _fast(pdfium.FPDFFont_GetBaseFontName, ctypes.c_ulong, _H, _P, ctypes.c_ulong)
_object_bounds = _fast(pdfium.FPDFPageObj_GetBounds, _I, _H, _P, _P, _P, _P)
_is_generated = _fast(pdfium.FPDFText_IsGenerated, _I, _H, _I)
_unicode_map_error = _fast(pdfium.FPDFText_HasUnicodeMapError, _I, _H, _I)
# Called through _bare: every handle and address a c_void_p, every index an int.
_get_object = _bare(pdfium.FPDFPage_GetObject, _H)                       # (page, index) → int
_object_type = _bare(pdfium.FPDFPageObj_GetType, _I)                     # (object)
_object_matrix_bare = _bare(pdfium.FPDFPageObj_GetMatrix, _I)            # (object, matrix)
_font_size_bare = _bare(pdfium.FPDFTextObj_GetFontSize, _I)              # (object, float)
_object_font_bare = _bare(pdfium.FPDFTextObj_GetFont, _H)                # (object) → int
_count_segments = _bare(pdfium.FPDFPath_CountSegments, _I)               # (path)
_get_segment = _bare(pdfium.FPDFPath_GetPathSegment, _Handle)            # (path, index)
_segment_point = _bare(pdfium.FPDFPathSegment_GetPoint, _I)              # (segment, x, y)
_segment_type = _bare(pdfium.FPDFPathSegment_GetType, _I)                # (segment)
_segment_closes = _bare(pdfium.FPDFPathSegment_GetClose, _I)             # (segment)
_get_text_object = _bare(pdfium.FPDFText_GetTextObject, _H)              # (text page, index) → int
_get_loose_box = _bare(pdfium.FPDFText_GetLooseCharBox, _I)              # (text page, index, box)


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
    page_handle = ctypes.c_void_p(_address(page))
    edges: list[Edge] = []
    text_objects: list[int] = []
    handle = ctypes.c_void_p()
    scratch = _PathScratch()
    for index in range(_count_objects(page_handle)):
        handle.value = obj = _get_object(page_handle, index)
        kind = _object_type(handle)
        if kind == pdfium.FPDF_PAGEOBJ_TEXT:
            text_objects.append(obj)
        elif kind == pdfium.FPDF_PAGEOBJ_PATH:
            edges.extend(path_edges(obj, height, scratch))
        elif kind == pdfium.FPDF_PAGEOBJ_FORM:
            return Fallback("the page draws a form XObject")
    text_page = pdfium.FPDFText_LoadPage(page)
    if not text_page:
        return Fallback("pdfium cannot build the page's text")
    try:
        candidates: list[Char] = []
        chars = _page_chars(ctypes.c_void_p(_address(text_page)), height, set(text_objects), candidates)
        if isinstance(chars, Fallback):
            return chars
        doubled = _doubled_chars(chars, text_objects)
        if isinstance(doubled, Fallback):
            return doubled
        doubled += _blank_chars(chars, text_objects, height, candidates)
    finally:
        pdfium.FPDFText_ClosePage(text_page)
    if doubled:                                  # in content order, as pdfminer reads them
        order = {obj: position for position, obj in enumerate(text_objects)}
        chars = sorted(chars + doubled, key=lambda char: order[char["object"]])
    return PageContent(chars, edges, width, height)


def _address(handle: Any) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _page_chars(text_page: ctypes.c_void_p, height: float, text_objects: set[int],
                candidates: list[Char]) -> list[Char] | Fallback:
    """The text page's characters as pdfplumber's char dicts (with the pdfium text object each
    comes from). A text object's characters share its baseline (upright text, one text state),
    and its font: whether a font maps to Unicode is asked at its first glyph that is not a
    blank (a font without a Unicode map maps none). ``candidates`` gets a blank with no width at the
    end of the glyph before a blank in the text page's order (see ``_candidates_kept``), marked
    ``"displaced"`` or not: for each blank pdfium generated in a text object (at a gap it takes for
    a word space; pdfium puts it at the next glyph's origin, and it belongs to that glyph's object),
    and for a real blank standing left of the glyph before it and followed by a glyph of its own
    object (of a run of blanks opening an object, `` ≥80%``, pdfium keeps the first, at its own
    origin, in the text where the last stood: before the glyph after the run)."""
    count = pdfium.FPDFText_CountChars(ctypes.cast(text_page, pdfium.FPDF_TEXTPAGE))
    if count <= 0:
        return []
    units = (ctypes.c_ushort * (count + 1))()
    written = pdfium.FPDFText_GetText(ctypes.cast(text_page, pdfium.FPDF_TEXTPAGE), 0, count, units)
    text = bytes(units)[: max(written - 1, 0) * 2].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:                       # characters beyond 16 bits: one at a time
        text = "".join(chr(pdfium.FPDFText_GetUnicode(ctypes.cast(text_page, pdfium.FPDF_TEXTPAGE), i))
                       for i in range(count))
    box = (ctypes.c_float * 4)()                 # FS_RECTF: left, top, right, bottom
    box_at = ctypes.c_void_p(ctypes.addressof(box))
    fonts = _Fonts()
    placed: dict[int, tuple[float, float, float, str, int] | None] = {}
    mapped: set[int] = set()
    chars: list[Char] = []
    append, get_object, get_box = chars.append, _get_text_object, _get_loose_box
    current, top, bottom, size, fontname, font_handle = 0, 0.0, 0.0, 0.0, "", 0
    displaced: Char | None = None
    for i, glyph in enumerate(text):
        obj = get_object(text_page, i)
        if not obj:
            continue                             # a line break or blank pdfium put between words
        made = False
        if glyph in _GENERATED_CANDIDATES:
            made = bool(_is_generated(text_page, i))
            if made and glyph != " ":
                continue
            if glyph != " ":
                return Fallback("a line break or control character printed as a glyph")
        if obj != current:
            font = placed.get(obj, False)
            if font is False:
                font = fonts.of(obj) if obj in text_objects else None
                if font is not None:
                    font_size, descent, name, origin_y, font_handle = font
                    baseline = height - origin_y
                    font = (baseline - descent - font_size, baseline - descent, font_size, name,
                            font_handle)
                placed[obj] = font
            if font is None:
                return Fallback("characters that are not upright (rotated text), or text pdfium "
                                "does not place on the page")
            top, bottom, size, fontname, font_handle = font
            current = obj
        if glyph != " " and font_handle not in mapped:   # a font without a Unicode map maps none
            if _unicode_map_error(text_page, i) == 1:
                return Fallback("a font has no Unicode map for its characters (cid codes)")
            mapped.add(font_handle)
        get_box(text_page, i, box_at)
        char = {"text": glyph, "x0": box[0], "x1": box[2], "top": top, "bottom": bottom,
                "doctop": top, "upright": True, "fontname": fontname, "size": size, "object": obj}
        if displaced is not None:                # a displaced blank is put back before its glyph
            if not made and glyph != " " and obj == displaced["object"]:
                candidates.append(displaced)
            displaced = None
        if glyph == " " and chars:               # a blank where the glyph before it ends
            before = chars[-1]["x1"]
            if made and before <= box[0]:
                candidates.append({**char, "x0": before, "x1": before, "displaced": False})
            elif not made and box[0] < chars[-1]["x0"]:
                displaced = {**char, "x0": before, "x1": before, "displaced": True}
        if not made:
            append(char)
    return chars


class _Fonts:
    """Size, descent and name of text objects' fonts; a font's name and descent asked once."""

    def __init__(self) -> None:
        self.matrix = (ctypes.c_float * 6)()
        self.size = ctypes.c_float()
        self.handle = ctypes.c_void_p()
        self.matrix_at = ctypes.c_void_p(ctypes.addressof(self.matrix))
        self.size_at = ctypes.c_void_p(ctypes.addressof(self.size))
        self.descent = ctypes.c_float()
        self.name = ctypes.create_string_buffer(256)
        self.known: dict[tuple[int, float], tuple[float, str]] = {}

    def of(self, obj: int) -> tuple[float, float, str, float, int] | None:
        """(size, descent, font name, baseline y, font) of a text object in page points (its matrix's
        origin is its first glyph's, text rise included); None when its text is not upright
        (rotated, mirrored or skewed)."""
        handle = self.handle
        handle.value = obj
        _object_matrix_bare(handle, self.matrix_at)
        a, b, c, d = self.matrix[0], self.matrix[1], self.matrix[2], self.matrix[3]
        if b or c or a <= 0 or d <= 0:
            return None
        _font_size_bare(handle, self.size_at)
        size = self.size.value * d
        font = _object_font_bare(handle) or 0
        known = self.known.get((font, size))
        if known is None:
            descent = 0.0
            if font and _font_descent(font, size, ctypes.addressof(self.descent)):
                descent = min(self.descent.value, 0.0)
            length = _font_name(font, ctypes.addressof(self.name), 256) if font else 0
            known = self.known[(font, size)] = (descent, self.name.value.decode("latin-1") if length else "")
        return size, known[0], known[1], self.matrix[5], font


def _doubled_chars(chars: list[Char], text_objects: list[int]) -> list[Char] | Fallback:
    """The characters of text objects pdfium left out of its text page because they print an
    object before them again, a little offset (fake bold). pdfminer reads both copies, and the PDF
    reader keeps the top-left one of each glyph (``unique_chars``); so each dropped copy is rebuilt
    from its twin's characters, moved by the offset between the two objects. pdfium gives no text
    for a dropped object; its twin is the earlier object with the same font and size whose box has
    the same size and overlaps it. Text objects with an empty box print nothing (no glyph)."""
    placed = {char["object"] for char in chars}
    dropped = [(position, obj) for position, obj in enumerate(text_objects) if obj not in placed]
    boxes = {obj: _bounds(obj) for _, obj in dropped}
    dropped = [(position, obj) for position, obj in dropped
               if boxes[obj][2] > boxes[obj][0] and boxes[obj][3] > boxes[obj][1]]
    if not dropped:
        return []
    by_object: dict[int, list[Char]] = {}
    for char in chars:
        by_object.setdefault(char["object"], []).append(char)
    rebuilt: list[Char] = []
    for position, obj in dropped:
        box, font = boxes[obj], _object_font(obj)
        twins = []
        for twin in text_objects[:position]:
            if twin not in by_object or _object_font(twin) != font \
                    or by_object[twin][0]["size"] != _object_size(obj):
                continue
            other = boxes.get(twin) or boxes.setdefault(twin, _bounds(twin))
            same_size = abs((other[2] - other[0]) - (box[2] - box[0])) < 0.01 \
                and abs((other[3] - other[1]) - (box[3] - box[1])) < 0.01
            if same_size and other[0] < box[2] and box[0] < other[2] and other[1] < box[3] \
                    and box[1] < other[3]:
                twins.append(twin)
        if not twins:
            return Fallback("pdfium dropped a text object that repeats no earlier one")
        origin = _origin(obj)
        twin = min(twins, key=lambda k: _distance(_origin(k), origin))
        twin_origin = _origin(twin)
        dx, dy = origin[0] - twin_origin[0], origin[1] - twin_origin[1]
        for char in by_object[twin]:
            rebuilt.append({**char, "x0": char["x0"] + dx, "x1": char["x1"] + dx, "top": char["top"] - dy,
                            "bottom": char["bottom"] - dy, "doctop": char["doctop"] - dy,
                            "object": obj})
    return rebuilt


def _blank_chars(chars: list[Char], text_objects: list[int], height: float,
                 candidates: list[Char]) -> list[Char]:
    """The blanks pdfminer reads and pdfium's text page leaves out. Writer and LibreOffice print the
    blank between two cells of a typed row (``项目名称 重点人群免费体检``) in a Latin font, in an object
    of its own, opening the Latin text after it (`` ≥80%``) or closing the text before it; narrower
    than the 3 pt gap that splits words, without it the label and its value run together.

    pdfium skips an object of one blank whole (its box has no width: ``ProcessTextObject`` of
    ``CPDF_TextPage`` leaves out an object narrower than 0.01 pt): its blank is put back at the
    object's origin. Of a run of blanks printed apart in one object (``Td`` between them) pdfium
    keeps the first, at its origin, and drops the others as repeated blanks: the last of an object
    of blanks only is put back at the right end of its box (a blank's box is its origin), the
    others are the ``candidates`` that ``_candidates_kept`` keeps. Blanks have no width (pdfium
    gives no advance for them); a run may come back as one blank, which splits the words as the
    run does. Objects whose text is not upright give none."""
    by_object: dict[int, list[Char]] = {}
    for char in chars:
        by_object.setdefault(char["object"], []).append(char)
    fonts = _Fonts()
    blanks: list[Char] = []
    boxes: dict[int, Box] = {}
    for obj in text_objects:
        own = by_object.get(obj)
        left, _, right, _ = _bounds(obj)
        if own is not None and all(c["text"] != " " for c in own) \
                and right <= max(c["x1"] for c in own) + BLANK_OBJECT_WIDTH:
            continue                                   # no blank, none dropped at its end
        if own is None and right - left >= BLANK_OBJECT_WIDTH:
            continue                                   # a fake-bold copy (``_doubled_chars``)
        font = fonts.of(obj)
        if font is None:
            continue
        size, descent, name, origin_y, _ = font
        bottom = height - origin_y - descent
        boxes[obj] = (left, right + size, bottom)
        if own is None:
            x = _origin(obj)[0]
        elif right - left >= BLANK_OBJECT_WIDTH and all(c["text"] == " " for c in own):
            x = right
        else:
            continue
        blanks.append({"text": " ", "x0": x, "x1": x, "top": bottom - size, "bottom": bottom,
                       "doctop": bottom - size, "upright": True, "fontname": name, "size": size,
                       "object": obj})
    return blanks + _candidates_kept(candidates, boxes, chars) if boxes else blanks


def _candidates_kept(candidates: list[Char], boxes: dict[int, Box], chars: list[Char]) -> list[Char]:
    """The ``candidates`` (see ``_page_chars``) that lie in the box of an object with blanks (or
    whose box ends past its last glyph: a blank closing it, dropped), on the candidate's line
    (within ``Y_TOLERANCE``): a displaced real blank's in its own object's box, a generated blank's
    in any; and that leave room for a blank: no glyph on the line starts within ``BLANK_ROOM`` font
    sizes after it (a gap pdfium saw between two glyphs of one object may hold another object's
    glyphs)."""
    by_line: dict[int, list[Box]] = {}
    for box in boxes.values():
        by_line.setdefault(round(box[2] / Y_TOLERANCE), []).append(box)
    starts: dict[int, list[tuple[float, float]]] = {}             # line → (x0, bottom) of its glyphs
    for char in chars:
        starts.setdefault(round(char["bottom"] / Y_TOLERANCE), []).append((char["x0"], char["bottom"]))
    for line_starts in starts.values():
        line_starts.sort()
    kept: list[Char] = []
    for candidate in candidates:
        displaced = candidate.pop("displaced")
        x, line = candidate["x0"], candidate["bottom"]
        key = round(line / Y_TOLERANCE)
        if displaced:
            near = [boxes[candidate["object"]]] if candidate["object"] in boxes else []
        else:
            near = [box for k in (key - 1, key, key + 1) for box in by_line.get(k, ())]
        if not any(left <= x <= right and abs(line - bottom) <= Y_TOLERANCE for left, right, bottom in near):
            continue
        room = x + BLANK_ROOM * candidate["size"]
        if not any(abs(line - bottom) <= Y_TOLERANCE
                   for k in (key - 1, key, key + 1) for bottom in _starts_within(starts.get(k, []), x, room)):
            kept.append(candidate)
    return kept


def _starts_within(line_starts: list[tuple[float, float]], x: float, end: float) -> list[float]:
    """The bottoms of the glyphs (``(x0, bottom)`` sorted) starting from ``x`` on and before ``end``."""
    at = bisect.bisect_left(line_starts, (x - BLANK_OBJECT_WIDTH, float("-inf")))
    found: list[float] = []
    while at < len(line_starts) and line_starts[at][0] < end:
        found.append(line_starts[at][1])
        at += 1
    return found


def _bounds(obj: int) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a page object."""
    box = (ctypes.c_float * 4)()
    at = ctypes.addressof(box)
    if not _object_bounds(obj, at, at + 4, at + 8, at + 12):
        return (0.0, 0.0, 0.0, 0.0)
    return box[0], box[1], box[2], box[3]


def _object_size(obj: int) -> float:
    matrix, size = (ctypes.c_float * 6)(), ctypes.c_float()
    _object_matrix(obj, ctypes.addressof(matrix))
    _font_size(obj, ctypes.addressof(size))
    return size.value * matrix[3]


def _origin(obj: int) -> tuple[float, float]:
    matrix = (ctypes.c_float * 6)()
    _object_matrix(obj, ctypes.addressof(matrix))
    return matrix[4], matrix[5]


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


class _PathScratch:
    """The buffers ``path_edges`` has pdfium fill, made once per page (calls hold ``PDFIUM_LOCK``)."""

    def __init__(self) -> None:
        self.handle = ctypes.c_void_p()
        self.matrix = (ctypes.c_float * 6)()
        self.px, self.py = ctypes.c_float(), ctypes.c_float()
        self.px_at = ctypes.c_void_p(ctypes.addressof(self.px))
        self.py_at = ctypes.c_void_p(ctypes.addressof(self.py))


def path_edges(obj: int, height: float, scratch: _PathScratch | None = None) -> list[Edge]:
    """The edges pdfplumber derives from one path object (its ``lines``, ``rects`` and ``curves``
    through ``line_to_edge``, ``rect_to_edges`` and ``curve_to_edges``)."""
    scratch = scratch or _PathScratch()
    handle = scratch.handle
    handle.value = obj
    _object_matrix_bare(handle, scratch.matrix)
    a, b, c, d, e, f = scratch.matrix
    px, py, px_at, py_at = scratch.px, scratch.py, scratch.px_at, scratch.py_at
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    pending_curve = 0
    for index in range(_count_segments(handle)):
        segment = _get_segment(handle, index)
        _segment_point(segment, px_at, py_at)
        point = (a * px.value + c * py.value + e, b * px.value + d * py.value + f)
        kind = _segment_type(segment)
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
        if _segment_closes(segment):
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
