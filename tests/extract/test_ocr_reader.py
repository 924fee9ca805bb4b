"""The OCR reader's layout step: recognised boxes + table grids → blocks (no OCR engine needed)."""

import io

import pytest

pytest.importorskip("cv2")

from jixiao.extract.document import Document, Paragraph, Table  # noqa: E402
from jixiao.extract.errors import UnreadableDocument  # noqa: E402
from jixiao.extract.readers.ocr import page_blocks, read_scanned_pdf  # noqa: E402
from jixiao.extract.readers.ocr_grid import GridCell, TableGrid  # noqa: E402
from jixiao.extract.readers.ocr_text import TextBox  # noqa: E402


def _grid() -> TableGrid:
    """3 rows × 2 columns at y 100/140/180/220, x 0/200/400; column 0 rows 1–2 merged."""
    rows, cols = (100, 140, 180, 220), (0, 200, 400)
    spec = [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 2, 1), (1, 1, 1, 1), (2, 1, 1, 1)]
    cells = tuple(GridCell(r, c, rs, cs, cols[c], rows[r], cols[c + cs], rows[r + rs])
                  for r, c, rs, cs in spec)
    return TableGrid(cells, rows, cols)


def _box(text: str, left: float, top: float, width: float = 120, height: float = 24) -> TextBox:
    return TextBox(text, left, top, left + width, top + height)


BOXES = [_box("满意度", 210, 190), _box("一级目标", 10, 106), _box("效果目标", 10, 170),
         _box("2020年绩效目标", 10, 40), _box("单位：元", 10, 300), _box("二级目标", 210, 106),
         _box("数量", 210, 146)]


def test_boxes_go_to_the_cell_holding_their_centre_and_spans_leave_positions_absent():
    blocks = page_blocks(BOXES, [_grid()], page=3)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "Paragraph"]
    table = blocks[1]
    assert isinstance(table, Table) and table.page == 3
    assert [[(c.text, c.row, c.col, c.row_span) for c in row] for row in table.rows] == [
        [("一级目标", 0, 0, 1), ("二级目标", 0, 1, 1)],
        [("效果目标", 1, 0, 2), ("数量", 1, 1, 1)],
        [("满意度", 2, 1, 1)],
    ]


def test_spanned_positions_read_blank_in_the_flat_lines():
    blocks = page_blocks(BOXES, [_grid()], page=1)
    lines = Document("pdf", tuple(blocks), "ocr").lines()
    assert [line.cells for line in lines] == [
        ("2020年绩效目标",), ("一级目标", "二级目标"), ("效果目标", "数量"), ("", "满意度"), ("单位：元",)]


def test_paragraphs_outside_tables_keep_their_page_and_order():
    blocks = page_blocks(BOXES, [], page=2)
    assert all(isinstance(b, Paragraph) and b.page == 2 for b in blocks)
    assert [b.text for b in blocks][:2] == ["2020年绩效目标", "一级目标 二级目标"]


def test_a_damaged_pdf_fails_with_advice():
    with pytest.raises(UnreadableDocument, match="damaged"):
        read_scanned_pdf(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")


def test_pages_outside_the_pdf_are_a_caller_error():
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (200, 200), 255).save(buf, format="PDF")
    with pytest.raises(ValueError, match="pages"):
        read_scanned_pdf(buf.getvalue(), pages=[2])


def test_an_encrypted_pdf_fails_with_advice():
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, encrypt="secret")
    pdf.drawString(72, 720, "x")
    pdf.showPage()
    pdf.save()
    with pytest.raises(UnreadableDocument, match="encrypted"):
        read_scanned_pdf(buf.getvalue())


def _image_pdf(dpi: int) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (int(8.5 * dpi), 11 * dpi), 250).save(buf, format="PDF", resolution=dpi)
    return buf.getvalue()


@pytest.mark.parametrize("scanned_at, drawn_at", [(100, 150), (150, 150), (180, 180), (300, 200)])
def test_a_page_is_drawn_at_its_scans_resolution_within_bounds(scanned_at, drawn_at):
    import pypdfium2

    from jixiao.extract.readers.ocr import rendering_dpi, scan_resolution
    pdf = pypdfium2.PdfDocument(_image_pdf(scanned_at))
    page = pdf[0]
    assert scan_resolution(page) == pytest.approx(scanned_at, rel=0.01)
    assert rendering_dpi(page) == drawn_at


def test_a_page_without_an_image_is_drawn_at_the_default_resolution():
    import pypdfium2
    from reportlab.pdfgen import canvas

    from jixiao.extract.readers.ocr import DEFAULT_DPI, rendering_dpi
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.rect(100, 100, 200, 200)
    pdf.showPage()
    pdf.save()
    assert rendering_dpi(pypdfium2.PdfDocument(buf.getvalue())[0]) == DEFAULT_DPI
