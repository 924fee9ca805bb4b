"""OCR end to end on the scanned sample (samples/scanned): the engine runs offline, the merged
cells come back, and the pipeline reads the form from the OCR document as well as the issue's bar.

The sample is read once per session (~15 s on two cores); the pipeline test swaps the PDF reader
for the OCR reader the way the ingest wiring will.
"""

import io
import json
from pathlib import Path

import pytest

pytest.importorskip("rapidocr")
pytest.importorskip("onnxruntime")

from jixiao.extract.document import Document, Paragraph, Table  # noqa: E402
from jixiao.extract.errors import UnreadableDocument  # noqa: E402
from jixiao.extract.readers.ocr import ocr_document, read_scanned_pdf  # noqa: E402
from jixiao.extract.readers.ocr_engine import bundled_models, engine_params, recognise  # noqa: E402
from jixiao.pipelines.accuracy import EXPECTED_SUFFIX, Report, score_document  # noqa: E402
from jixiao.pipelines.ingest import parse_file  # noqa: E402

pytestmark = pytest.mark.ocr

SCANNED = Path(__file__).resolve().parent.parent / "samples" / "scanned"
SAMPLE = SCANNED / "000_02f8c3f2acc7ec3d.scanned.pdf"
#: The issue's bar for field F1 on scanned input.
BAR = 0.85


@pytest.fixture(scope="module")
def document() -> Document:
    return ocr_document(SAMPLE.read_bytes())


@pytest.fixture(scope="module")
def report(document) -> Report:
    data = SAMPLE.read_bytes()

    def reader(given: bytes, source_format: str = "pdf") -> Document:
        assert given == data, "the pipeline read another file"
        return document

    # the real pipeline: read_pdf finds no text layer and hands the file to OCR (OCR'd once, above)
    patch = pytest.MonkeyPatch()
    patch.setattr("jixiao.extract.readers.ocr.ocr_document", reader)
    try:
        result = parse_file(SAMPLE, SCANNED)
    finally:
        patch.undo()
    assert result.document["text_source"] == "ocr"
    expected = json.loads(SAMPLE.with_name(SAMPLE.name + EXPECTED_SUFFIX).read_text("utf-8"))
    out = Report()
    score_document(expected, result, out)
    return out


def test_the_sample_is_image_only():
    """The text-layer reader must not be able to read it: it is a real OCR test."""
    import pdfplumber
    with pdfplumber.open(SAMPLE) as pdf:
        assert not any((page.extract_text() or "").strip() for page in pdf.pages)


def test_ocr_document_is_marked_ocr_with_every_page(document):
    assert (document.source_format, document.text_source, document.n_pages) == ("pdf", "ocr", 5)
    assert {b.page for b in document.blocks} == {1, 2, 3, 4, 5}
    pages = [b.page for b in document.blocks]
    assert pages == sorted(pages)


def test_the_merged_level1_cell_is_one_cell_with_its_span(document):
    cells = {c.text: c for b in document.blocks if isinstance(b, Table) for row in b.rows for c in row}
    assert cells["投入与管理"].row_span == 7
    assert cells["投入管理"].row_span == 3
    assert cells["预算编制合理性"].row_span == 1
    lines = [line.cells for line in document.lines() if line.is_row]
    assert ("", "", "预算执行率", ">=95%") in lines


def test_text_outside_tables_is_paragraphs_in_page_order(document):
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    # LibreOffice prints a gap between Latin digits and CJK text, read back as a blank
    assert [p.text.replace(" ", "") for p in paragraphs] == ["2020年绩效目标"]
    index = document.blocks.index(paragraphs[0])
    assert isinstance(document.blocks[index - 1], Table) and isinstance(document.blocks[index + 1], Table)


def test_pipeline_reads_the_scanned_form_above_the_bar(report):
    figures = {table: round(counts.f1, 3) for table, counts in report.tables.items()}
    print(f"OCR field F1 per table: {figures}, overall {report.overall.f1:.3f}")
    assert report.overall.f1 >= BAR, report.mismatches
    assert report.tables["indicators"].f1 >= BAR, report.mismatches
    assert report.tables["budget_lines"].f1 >= BAR, report.mismatches


def test_models_load_from_the_installed_package_and_nothing_is_downloaded(monkeypatch):
    """A download attempt fails the test: every model is given by its path in the wheel."""
    import cv2
    import numpy as np
    import rapidocr
    from rapidocr.utils import download_file

    def refuse(*args, **kwargs):
        raise AssertionError("RapidOCR tried to download a model")

    monkeypatch.setattr(download_file.DownloadFile, "run", classmethod(refuse))
    package = Path(rapidocr.__file__).resolve().parent
    assert all(path.is_relative_to(package) and path.is_file() for path in bundled_models().values())
    params = engine_params(bundled_models())
    engine = rapidocr.RapidOCR(params=params)
    image = np.full((80, 300), 255, np.uint8)
    cv2.putText(image, "100%", (20, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    assert engine(image).txts == ("100%",)          # detection and recognition both ran


def test_a_page_with_no_text_is_unreadable_with_advice():
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (850, 1100), 245).save(buf, format="PDF", resolution=100)
    with pytest.raises(UnreadableDocument, match="OCR found no text"):
        read_scanned_pdf(buf.getvalue())


def test_recognise_returns_upright_boxes_in_image_pixels():
    import cv2
    import numpy as np
    image = np.full((120, 600), 255, np.uint8)
    cv2.putText(image, "12315 HOTLINE", (30, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    boxes = recognise(image)
    assert [b.text.replace(" ", "") for b in boxes] == ["12315HOTLINE"]
    assert 20 <= boxes[0].left < boxes[0].right <= 600 and 30 <= boxes[0].centre_y <= 80
