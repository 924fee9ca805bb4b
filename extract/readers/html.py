"""Web pages (.html, .htm, .shtml, .jsp, .aspx saved to disk) → Document, with lxml.html.

Encoding: a byte-order mark, else the page's own ``<meta charset>`` / ``http-equiv`` declaration
(GB2312 and GBK are read as their superset GB18030, which is what browsers do), else the text
reader's detection (UTF-8, UTF-16, GB18030). A page none of these decodes fails with what to do.

Layout: paragraphs and headings become paragraphs in reading order; a ``<br>`` ends a paragraph.
A ``<table>`` becomes a Table laid out by the HTML table model: ``rowspan``/``colspan`` give each
cell its grid position and span, so a merged 一级指标 cell is one cell with its ``row_span``.
Inside a cell a ``<br>`` (or a ``<p>``/``<div>``) is a wrapped line (``\\n``), ``&nbsp;`` a blank,
a checkbox input ☑/☐. A table holding another table is a layout table (a portal's page frame
around the form): it is unwrapped, its cells read in order as if they were the page. Scripts,
styles and the page ``<title>`` are not text of the page. Navigation, 发布时间/信息来源 lines and
footers stay paragraphs; the form recogniser ignores them (``WEB_PAGE_CHROME_WORDS``).

Converter text saved with an .html name (a page with no markup at all) is read as text.
"""

from __future__ import annotations

import codecs

import regex as re

from jixiao.extract.document import Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.text import decode_text, read_text
from jixiao.normalize.text import TICKED, UNTICKED

#: Elements whose content is not text of the page.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "title", "head", "iframe", "object",
                      "select", "textarea", "button", "svg", "math"})
#: Elements that start and end a paragraph (a line) of their own.
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                     "section", "article", "header", "footer", "nav", "aside", "main", "center",
                     "blockquote", "address", "caption", "form", "fieldset", "legend", "figure",
                     "figcaption", "hr", "body", "html", "tr", "table", "tbody", "thead", "tfoot"})
#: Markup that tells a web page from converter text that merely has an .html name.
_MARKUP = re.compile(rb"<\s*(?:html|body|table|p|div|br|h[1-6]|!doctype\s+html)\b", re.IGNORECASE)
#: ``<meta charset="gbk">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">``.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_BLANKS = re.compile(r"[\s\u00a0\u3000\u200b]+")
#: Charsets pages declare whose real text is a superset's (browsers read them so).
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
              "gb_2312-80": "gb18030", "iso-8859-1": "cp1252", "ascii": "cp1252"}
#: Widest table built (the HTML standard's own colspan limit): a span past it is cut there, and a
#: rowspan past the table's last row ends at that row, so a hostile span cannot blow up the grid.
MAX_COLUMNS = 1000


def is_web_page(data: bytes) -> bool:
    """True when the bytes hold HTML markup (a page), not converter text named .html."""
    head = data[:200_000]
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        try:
            head = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return False
    return bool(_MARKUP.search(head))


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in a ``<meta>`` of its first 4 KB, as a Python codec name
    (a superset for GB2312/GBK), or None when it declares none Python knows."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    return python_codec(match.group(1).decode("ascii", "replace"))


def python_codec(charset: str) -> str | None:
    """A declared charset as the Python codec that reads it (GB2312/GBK → GB18030, their superset,
    as browsers do), or None when Python knows no such charset."""
    name = charset.strip().lower()
    if not name:
        return None
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a web page: BOM, declared charset, then detection. UnreadableDocument
    when no encoding gives text."""
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    if not any(data.startswith(bom) for bom, _ in boms):
        declared = declared_charset(data)
        if declared is not None:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass                     # a page that lies about its charset: detect it
    try:
        return decode_text(data)
    except UnreadableDocument:
        declared = declared_charset(data)
        said = f" (it declares charset {declared})" if declared else ""
        raise UnreadableDocument(f"cannot decode the web page{said}: it is not valid in its declared "
                                 f"charset, UTF-8, UTF-16 or GB18030/GBK; open it in a browser and save "
                                 f"it again (Save as… web page, UTF-8)") from None


def _blank_folded(text: str) -> str:
    return _BLANKS.sub(" ", text)


def _checkbox(element) -> str | None:
    if element.tag == "input" and (element.get("type") or "").lower() in ("checkbox", "radio"):
        return TICKED if element.get("checked") is not None else UNTICKED
    return None


def _span(value: str | None, limit: int) -> int:
    """A rowspan/colspan attribute as a span of 1..limit (junk and 0 are 1)."""
    try:
        number = int((value or "1").strip().rstrip(";"))
    except ValueError:
        return 1
    return min(max(number, 1), max(limit, 1))


class _PageWalker:
    """Walks a page's elements in document order, collecting paragraphs and tables."""

    def __init__(self) -> None:
        self.blocks: list[Paragraph | Table] = []
        self._words: list[str] = []
        self._pre = 0

    def flush(self) -> None:
        text = "".join(self._words)
        self._words = []
        if self._pre:
            self.blocks.extend(Paragraph(line.rstrip()) for line in text.split("\n") if line.strip())
            return
        text = _blank_folded(text).strip()
        if text:
            self.blocks.append(Paragraph(text))

    def add(self, text: str | None) -> None:
        if text:
            self._words.append(text)

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIPPED:
            return                              # comments, processing instructions, scripts
        if tag == "table":
            self.flush()
            if _is_layout_table(element):
                for cell in _table_cells(element):
                    self.walk_children(cell)
                    self.flush()
            else:
                table = _read_table(element)
                if table is not None:
                    self.blocks.append(table)
            return
        if tag == "br":
            self.flush()
            return
        glyph = _checkbox(element)
        if glyph:
            self.add(glyph)
            return
        block = tag in _BLOCKS or tag in ("td", "th")
        if block:
            self.flush()
        if tag == "pre":
            self.flush()
            self._pre += 1
            self.walk_children(element)
            self.flush()
            self._pre -= 1
            return
        self.walk_children(element)
        if block:
            self.flush()

    def walk_children(self, element) -> None:
        self.add(element.text)
        for child in element:
            self.walk(child)
            self.add(child.tail)


def _rows_of(table) -> list:
    """The table's own ``<tr>`` elements (directly or in thead/tbody/tfoot), not a nested table's."""
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if isinstance(r.tag, str) and r.tag == "tr")
    return rows


def _cells_of(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _table_cells(table) -> list:
    return [cell for row in _rows_of(table) for cell in _cells_of(row)]


def _is_layout_table(table) -> bool:
    """A table with another table inside one of its cells: the page's frame, not data."""
    return any(next(cell.iter("table"), None) is not None for cell in _table_cells(table))


def cell_text(cell) -> str:
    """A cell's text: blanks folded, ``<br>`` and block elements as line breaks (a wrapped line),
    checkboxes as ☑/☐, empty lines dropped."""
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        text = _blank_folded("".join(current)).strip()
        current.clear()
        if text:
            lines.append(text)

    def visit(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIPPED:
            if element.tail:
                current.append(element.tail)
            return
        glyph = _checkbox(element)
        if tag == "br":
            end_line()
        elif glyph:
            current.append(glyph)
        else:
            block = tag in _BLOCKS
            if block:
                end_line()
            if element.text:
                current.append(element.text)
            for child in element:
                visit(child)
            if block:
                end_line()
        if element.tail:
            current.append(element.tail)

    if cell.text:
        current.append(cell.text)
    for child in cell:
        visit(child)
    end_line()
    return "\n".join(lines)


def _read_table(table) -> Table | None:
    """The HTML table model: each cell placed at the first free grid position of its row, spanning
    ``rowspan`` × ``colspan`` positions; positions a span covers are absent from later rows."""
    rows: list[list[Cell]] = []
    covered: set[tuple[int, int]] = set()
    trs = _rows_of(table)
    for r, tr in enumerate(trs):
        row: list[Cell] = []
        col = 0
        for td in _cells_of(tr):
            while (r, col) in covered:
                col += 1
            if col >= MAX_COLUMNS:
                break
            row_span = _span(td.get("rowspan"), len(trs) - r)
            col_span = _span(td.get("colspan"), MAX_COLUMNS - col)
            row.append(Cell(cell_text(td), r, col, row_span, col_span))
            for dr in range(row_span):
                for dc in range(col_span):
                    covered.add((r + dr, col + dc))
            col += col_span
        rows.append(row)
    if not any(c.text for row in rows for c in row):
        return None
    return Table(tuple(tuple(row) for row in rows))


def read_html(data: bytes, source_format: str = "html") -> Document:
    """A web page → Document (see the module's docstring)."""
    if not is_web_page(data):
        return read_text(data, source_format)
    text, encoding = decode_page(data)
    return read_html_text(text, source_format, encoding)


def read_html_text(text: str, source_format: str, encoding: str | None) -> Document:
    """Decoded page text → Document."""
    import lxml.etree
    import lxml.html

    text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
    if not text.strip():
        raise UnreadableDocument("the web page is empty")
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableDocument(f"the web page cannot be parsed ({exc}): open it in a browser and "
                                 f"save it again") from None
    body = root.find("body")
    walker = _PageWalker()
    walker.walk(body if body is not None else root)
    walker.flush()
    if not walker.blocks:
        raise UnreadableDocument("the web page has no text (only markup, scripts or images): if the "
                                 "form is an image on the page, save the image and ingest that")
    return Document(source_format, tuple(walker.blocks), "native", None, encoding)
