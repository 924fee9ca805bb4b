"""The pdfium reading of a PDF page (``pdfium_page``) gives what the pdfplumber reading gives: the
same characters and boxes, the same table cells, and so the same blocks, cell by cell, on every
sample page; pages pdfium would read differently go to pdfplumber (``Fallback``), each case here."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.table import TableFinder
from pdfplumber.table import intersections_to_cells as pdfplumber_intersections_to_cells
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from jixiao.extract.readers import pdf as reader
from jixiao.extract.readers import pdfium_page
from jixiao.extract.readers.pdf_cells import intersections_to_cells, table_cells
from jixiao.extract.readers.pdfium_page import Fallback, PageContent, open_pdf, page_count, read_page

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _shape(blocks: list | None) -> list[Any] | None:
    """Blocks as plain values: tables cell by cell (row, col, spans, text), paragraphs as text."""
    if blocks is None:
        return None
    out: list[Any] = []
    for block in blocks:
        if isinstance(block, reader.PlacedTable):
            out.append([[(c.row, c.col, c.row_span, c.col_span, c.text) for c in row]
                        for row in block.table.rows])
        else:
            out.append(block.text)
    return out


def _pdfplumber_blocks(data: bytes, index: int) -> list[Any] | None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return _shape(reader.read_page(reader.dedupe_chars(pdf.pages[index]), index + 1))


def _pdfium_content(data: bytes, index: int = 0) -> PageContent | Fallback:
    with open_pdf(data) as document:
        return read_page(document, index)


def _pdfium_blocks(content: PageContent, index: int) -> list[Any] | None:
    return _shape(reader.page_blocks_of(reader.unique_chars(content.chars),
                                        table_cells(content.edges), index + 1))


def _canvas_pdf(draw, **options: Any) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, **options)
    c.setFont("STSong-Light", 11)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _grid(c: canvas.Canvas, rows: list[list[str]], bold: set[tuple[int, int]] = frozenset(),
          offset: float = 0.4, rects: bool = False) -> None:
    """A ruled table drawn with lines (or thin filled rectangles); cells in ``bold`` printed twice,
    the second copy ``offset`` to the right (fake bold)."""
    left, top, width, height = 72.0, 720.0, 110.0, 24.0
    n_rows, n_cols = len(rows), len(rows[0])
    for r in range(n_rows + 1):
        y = top - r * height
        if rects:
            c.rect(left, y - 0.25, n_cols * width, 0.5, stroke=0, fill=1)
        else:
            c.line(left, y, left + n_cols * width, y)
    for k in range(n_cols + 1):
        x = left + k * width
        if rects:
            c.rect(x - 0.25, top - n_rows * height, 0.5, n_rows * height, stroke=0, fill=1)
        else:
            c.line(x, top, x, top - n_rows * height)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            x, y = left + k * width + 4, top - (r + 1) * height + 8
            c.drawString(x, y, text)
            if (r, k) in bold:
                c.drawString(x + offset, y, text)


ROWS = [["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "道路建设长度", "≥985米"],
        ["效益指标", "社会效益指标", "居民满意度", "≥90.00 (%)"]]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_every_sample_page_reads_through_pdfium_as_through_pdfplumber(path: Path) -> None:
    data = path.read_bytes()
    with open_pdf(data) as document:
        contents = [read_page(document, i) for i in range(page_count(document))]
    for index, content in enumerate(contents):
        assert not isinstance(content, Fallback), (index, content)   # the fast path, every page
        assert _pdfium_blocks(content, index) == _pdfplumber_blocks(data, index), index


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_characters_and_table_cells_as_pdfplumbers(path: Path) -> None:
    data = path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):
            content = _pdfium_content(data, index)
            assert isinstance(content, PageContent)
            # pdfium's text page may order a few glyphs differently (quotes printed apart): the
            # same glyphs, matched by text and place; pdfium's tops sit lower by the font descent
            # pdfminer reads as 0 in these files, the same for every glyph of a font
            def place(char: dict) -> tuple:
                return (char["text"], round(char["x0"], 1), char["top"])
            # and the real blanks pdfium leaves out come back with no width, a run of them maybe as
            # one (module docstring): compared without blanks
            ours = sorted((c for c in content.chars if c["text"] != " "), key=place)
            theirs = sorted((c for c in page.chars if c["text"] != " "), key=place)
            assert [c["text"] for c in ours] == [c["text"] for c in theirs]
            for mine, plumber in zip(ours, theirs):
                assert mine["x0"] == pytest.approx(plumber["x0"], abs=0.01)
                assert mine["x1"] == pytest.approx(plumber["x1"], abs=0.05)   # widths rounded
                assert mine["size"] == pytest.approx(plumber["size"], abs=0.01)
            expected = [t.cells for t in page.find_tables() if t.cells]
            got = table_cells(content.edges)
            assert [len(t) for t in got] == [len(t) for t in expected]
            for mine_table, plumber_table in zip(got, expected):
                for mine_cell, plumber_cell in zip(mine_table, plumber_table):
                    assert mine_cell == pytest.approx(plumber_cell, abs=0.01)


def test_intersections_to_cells_gives_pdfplumbers_cells_in_its_order() -> None:
    compared = 0
    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                intersections = TableFinder(page).intersections
                assert intersections_to_cells(intersections) == \
                    pdfplumber_intersections_to_cells(intersections)
                compared += bool(intersections)
    assert compared >= 15


@pytest.mark.parametrize("rects", [False, True], ids=["lines", "thin rectangles"])
def test_ruling_lines_and_thin_rectangles_give_pdfplumbers_cells(rects: bool) -> None:
    data = _canvas_pdf(lambda c: _grid(c, ROWS, rects=rects))
    content = _pdfium_content(data)
    assert isinstance(content, PageContent)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        expected = [t.cells for t in pdf.pages[0].find_tables()]
    assert len(expected) == 1 and len(expected[0]) == 12
    assert [[pytest.approx(cell, abs=0.01) for cell in t] for t in table_cells(content.edges)] == expected
    assert _pdfium_blocks(content, 0) == _pdfplumber_blocks(data, 0)


def test_curves_give_their_segments_as_edges() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.drawString(72, 760, "绩效目标表")
        c.circle(200, 400, 30)
        path = c.beginPath()
        path.moveTo(100, 100)
        path.lineTo(200, 100)
        path.lineTo(200, 180)
        c.drawPath(path)
    data = _canvas_pdf(draw)
    content = _pdfium_content(data)
    assert isinstance(content, PageContent)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                         round(e["bottom"], 2)) for e in pdf.pages[0].edges if e["orientation"])
    ours = sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                   round(e["bottom"], 2)) for e in content.edges if e["orientation"])
    assert ours == theirs


@pytest.mark.parametrize("offset", [0.4, -0.4], ids=["copy to the right", "copy to the left"])
def test_fake_bold_copies_pdfium_drops_are_rebuilt_and_deduplicated_as_before(offset: float) -> None:
    data = _canvas_pdf(lambda c: _grid(c, ROWS, bold={(0, 0), (0, 1), (0, 2), (0, 3), (1, 2)},
                                       offset=offset))
    content = _pdfium_content(data)
    assert isinstance(content, PageContent)          # read by pdfium, not sent to pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = pdf.pages[0].chars
        assert len(reader.unique_chars(theirs)) < len(theirs)      # really printed twice
    assert sorted(c["text"] for c in content.chars) == sorted(c["text"] for c in theirs)
    kept = reader.unique_chars(content.chars)
    assert [(c["text"], round(c["x0"], 2)) for c in kept] == \
        [(c["text"], round(c["x0"], 2)) for c in reader.unique_chars(theirs)]
    assert _pdfium_blocks(content, 0) == _pdfplumber_blocks(data, 0)


def _rotated_text(c: canvas.Canvas) -> None:
    c.drawString(72, 760, "财政项目支出绩效目标表")
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    c.drawString(0, 0, "旋转文字")
    c.restoreState()


def _form_xobject(c: canvas.Canvas) -> None:
    c.beginForm("stamp")
    c.setFont("STSong-Light", 11)
    c.drawString(72, 700, "表单里的文字")
    c.endForm()
    c.doForm("stamp")


@pytest.mark.parametrize(("draw", "options", "reason"), [
    (_rotated_text, {}, "not upright"),
    (lambda c: c.drawString(72, 700, "项目名称"), {"pageCompression": 0}, "rotated (/Rotate)"),
    (_form_xobject, {}, "form XObject"),
], ids=["rotated text", "rotated page", "form xobject"])
def test_pages_pdfium_reads_differently_go_to_pdfplumber(draw, options: dict, reason: str) -> None:
    def drawn(c: canvas.Canvas) -> None:
        if reason.startswith("rotated (/Rotate)"):
            c.setPageRotation(90)
        draw(c)
    data = _canvas_pdf(drawn, **options)
    content = _pdfium_content(data)
    assert isinstance(content, Fallback) and reason in content.reason
    document = reader.read_pdf(data)                  # the reader still reads it, by pdfplumber
    assert _shape(list(document.blocks)) == _pdfplumber_blocks(data, 0)


def test_a_media_box_away_from_the_origin_goes_to_pdfplumber() -> None:
    data = _canvas_pdf(lambda c: c.drawString(72, 700, "项目名称"), pagesize=(612, 792))
    assert b"/MediaBox [ 0 0 612 792 ]" in data
    moved = data.replace(b"/MediaBox [ 0 0 612 792 ]", b"/MediaBox [ 9 9 612 792 ]")
    content = _pdfium_content(moved)
    assert isinstance(content, Fallback) and "media box" in content.reason
    assert _shape(list(reader.read_pdf(moved).blocks)) == _pdfplumber_blocks(moved, 0)


def test_a_font_without_unicode_map_goes_to_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium puts a glyph's code where its font maps it to no character; pdfminer writes
    ``(cid:N)``, which decides OCR. Such a page is left to pdfplumber."""
    data = _canvas_pdf(lambda c: c.drawString(72, 700, "项目名称"))
    monkeypatch.setattr(pdfium_page, "_unicode_map_error", lambda text_page, index: 1)
    content = _pdfium_content(data)
    assert isinstance(content, Fallback) and "Unicode map" in content.reason
    opened: list[bool] = []
    real_open = reader.open_pdfplumber
    monkeypatch.setattr(reader, "open_pdfplumber", lambda d: opened.append(True) or real_open(d))
    assert [b.text for b in reader.read_pdf(data).blocks] == ["项目名称"]
    assert opened == [True]


def test_a_text_layer_pdf_never_opens_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> None:
        raise AssertionError("pdfplumber opened for a page pdfium reads")
    monkeypatch.setattr(reader, "open_pdfplumber", refuse)
    for path in PDFS:
        assert reader.read_pdf(path.read_bytes()).text_source == "text_layer"


def _pdfplumber_table_cells(edges: list[dict]) -> list[list[tuple]]:
    from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.table import intersections_to_cells as cells_of
    from pdfplumber.utils import filter_edges

    ruling = filter_edges(edges, "v", min_length=1) + filter_edges(edges, "h", min_length=1)
    merged = filter_edges(merge_edges(ruling, 3, 3, 3, 3), min_length=3)
    return [t for t in cells_to_tables(cells_of(edges_to_intersections(merged, 3, 3))) if t]


def test_table_cells_are_pdfplumbers_functions_exactly() -> None:
    """The tuple version of snap → join → intersections → cells gives the very floats pdfplumber's
    functions give on the same edges, cells in the same order."""
    pages = []
    for path in PDFS:
        data = path.read_bytes()
        with open_pdf(data) as document:
            pages += [read_page(document, i) for i in range(page_count(document))]
    for rects in (False, True):
        pages.append(_pdfium_content(_canvas_pdf(lambda c: _grid(c, ROWS, rects=rects))))
    for content in pages:
        assert table_cells(content.edges) == _pdfplumber_table_cells(content.edges)


def test_raised_text_sits_where_pdfplumber_puts_it() -> None:
    """A text object's baseline is its matrix's origin, text rise included (a superscript 2)."""
    def draw(c: canvas.Canvas) -> None:
        text = c.beginText(72, 700)
        text.setFont("STSong-Light", 11)
        text.textOut("面积")
        text.setRise(4)
        text.textOut("2")
        text.setRise(0)
        text.textOut("平方米")
        c.drawText(text)
    data = _canvas_pdf(draw)
    content = _pdfium_content(data)
    assert isinstance(content, PageContent)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = pdf.pages[0].chars
    assert [(c["text"], round(c["x0"], 2), round(c["top"], 2), round(c["bottom"], 2)) for c in content.chars] \
        == [(c["text"], round(c["x0"], 2), round(c["top"], 2), round(c["bottom"], 2)) for c in theirs]


def _typed_row(c: canvas.Canvas) -> None:
    """A web page's rows typed as lines and printed (the T-NAT typed-rows print): cells joined by
    blanks drawn in a Latin font, objects of their own, narrower than pdfplumber's 3 pt word gap."""
    c.setFont("STSong-Light", 9)
    c.drawString(72, 700, "项目名称")                 # one blank in an object of its own
    c.setFont("Helvetica", 9)
    c.drawString(108, 700, " ")
    c.setFont("STSong-Light", 9)
    c.drawString(110.5, 700, "重点人群免费体检")
    c.drawString(72, 680, "主管部门")                 # three blanks in one object, set apart
    c.drawString(110.5, 680, "三台县农业农村局")
    c.drawString(184.5, 680, "实施单位")
    c.drawString(222.5, 680, "三台县农业技术推广中心")
    blanks = c.beginText(108, 680)
    blanks.setFont("Helvetica", 9)
    for x in (108, 182, 220):
        blanks.setTextOrigin(x, 680)
        blanks.textOut(" ")
    c.drawText(blanks)
    c.drawString(72, 660, "资金拨付及时率")           # a blank opening the Latin text after it
    c.setFont("Helvetica", 9)
    c.drawString(135, 660, " >=80% 85.6%")


def test_blanks_pdfium_leaves_out_are_read_as_pdfplumber_reads_them() -> None:
    """pdfium's text page skips a text object of one blank (no width) and keeps one blank of a run
    of blanks in an object: without them a label and its value ran together (项目名称重点人群免费体检)."""
    data = _canvas_pdf(_typed_row)
    content = _pdfium_content(data)
    assert isinstance(content, PageContent)
    blocks = _pdfium_blocks(content, 0)
    assert blocks == _pdfplumber_blocks(data, 0)
    assert blocks == ["项目名称 重点人群免费体检", "主管部门 三台县农业农村局 实施单位 三台县农业技术推广中心",
                      "资金拨付及时率 >=80% 85.6%"]
