"""The fast character → text functions give pdfplumber's own strings, on every sample page, on every
cell and on the text outside the tables; rotated characters take pdfplumber's path."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfplumber.utils import extract_text as pdfplumber_extract_text
from pdfplumber.utils.text import chars_to_textmap

from jixiao.extract.readers.pdf import _centre_in, _widened, dedupe_chars, unique_chars
from jixiao.extract.readers.pdf_text import cluster, extract_text, text_lines

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))


def _pages(path: Path):
    with pdfplumber.open(path) as pdf:
        yield from pdf.pages


def _reference_lines(chars):
    if not chars:
        return []
    lines = chars_to_textmap(chars).extract_text_lines(strip=True, return_chars=False)
    return [(line["top"], line["text"]) for line in lines]


def test_same_text_as_pdfplumber_on_every_page_cell_and_outside_region() -> None:
    compared = 0
    for path in PDFS:
        for page in _pages(path):
            page = dedupe_chars(page)
            chars = page.chars
            assert extract_text(chars) == pdfplumber_extract_text(chars)
            assert text_lines(chars) == _reference_lines(chars)
            tables = page.find_tables()
            boxes = [_widened(t.bbox) for t in tables]
            for table in tables:
                for cell in table.cells:
                    inside = [c for c in chars if _centre_in(c, cell)]
                    assert extract_text(inside) == pdfplumber_extract_text(inside), cell
                    compared += 1
            outside = [c for c in chars if not any(_centre_in(c, box) for box in boxes)]
            assert text_lines(outside) == _reference_lines(outside)
    assert compared > 50


def _char(text: str, x0: float, top: float, upright: bool = True, width: float = 10) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10,
            "doctop": top, "upright": upright, "size": 10.0, "height": 10, "width": width,
            "fontname": "F"}


def test_words_lines_gaps_and_ligatures_as_pdfplumber() -> None:
    chars = [_char("指", 100, 50), _char("标", 110, 51), _char("值", 140, 50),   # gap > 3 → a blank
             _char(" ", 150, 50, width=5), _char("9", 160, 50), _char("0", 170, 49),
             _char("ﬁ", 200, 80), _char("x", 190, 80), _char("上", 100, 120)]
    assert extract_text(chars) == pdfplumber_extract_text(chars) == "指标 值 90\nxﬁ\n上".replace("ﬁ", "fi")
    assert text_lines(chars) == _reference_lines(chars)


def test_rotated_characters_take_pdfplumbers_path() -> None:
    chars = [_char("竖", 100, 50, upright=False), _char("排", 100, 62, upright=False)]
    assert extract_text(chars) == pdfplumber_extract_text(chars)
    assert text_lines(chars) == _reference_lines(chars)


def test_cluster_chains_values_within_tolerance_and_keeps_input_order() -> None:
    values = [5.0, 1.0, 3.5, 10.0, 2.0, 14.0]
    assert cluster(values, float, 2) == [[5.0, 1.0, 3.5, 2.0], [10.0], [14.0]]
    assert cluster([], float, 2) == []


def test_dedupe_keeps_the_characters_pdfplumber_keeps() -> None:
    for path in PDFS:
        for page in _pages(path):
            ours = dedupe_chars(page).chars
            theirs = page.dedupe_chars().chars
            assert [(c["text"], c["x0"], c["top"]) for c in ours] == \
                [(c["text"], c["x0"], c["top"]) for c in theirs]


def test_dedupe_drops_a_glyph_printed_twice_for_bold() -> None:
    from pdfplumber.utils import dedupe_chars as pdfplumber_dedupe

    chars = [_char("总", 100, 50), _char("总", 100.4, 50.3), _char("分", 110, 50),
             _char("总", 130, 50), _char("分", 110.2, 50.5)]
    kept = unique_chars(chars)
    assert [(c["text"], c["x0"]) for c in kept] == [("总", 100), ("分", 110), ("总", 130)]
    assert kept == pdfplumber_dedupe(chars)


def test_dedupe_as_pdfplumber_on_columns_stacks_and_chains() -> None:
    """Glyphs at one place down a table column are kept; copies chained down through a third copy
    (each within the tolerance of the next) are one cluster, as pdfplumber clusters them."""
    import random

    from pdfplumber.utils import dedupe_chars as pdfplumber_dedupe

    column = [_char("1", 100, 50 + 20 * row) for row in range(12)]
    assert unique_chars(column) == column == pdfplumber_dedupe(column)
    chained = [_char("总", 100, 50), _char("总", 140, 50.9), _char("总", 100.5, 51.8)]
    assert unique_chars(chained) == pdfplumber_dedupe(chained) == chained[:2]
    rng = random.Random(16)
    for _ in range(300):
        chars = [_char(rng.choice("总分12"), rng.choice([100, 100.6, 101.5, 130]) + rng.random() / 4,
                       rng.choice([50, 50.8, 51.7, 70]) + rng.random() / 4)
                 for _ in range(rng.randint(1, 12))]
        assert unique_chars(chars) == pdfplumber_dedupe(chars)
