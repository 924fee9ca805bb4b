"""T-SC self-evaluations whose money lines' labels span two columns, half of them with the block's 权重 and
得分 merged down over the money rows (side stream "money label span"; the blind8 宣汉 .docx). A label of two
columns leaves a covered position before the first amount: read by a count of cells after the label, every
amount lands one column left (amount = 年初预算, actual = 调整后预算数, rate = 预算执行数). Fixed dev seeds;
before: 0.90-0.94 in docx, xlsx, tab, csv, markdown and pipe (the pipe rows print the covered position as
a blank cell and drop the block label's)."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.layout.columns import MONEY_SHAPES, spanned_label_blanks

from tests.formgen.families import generate
from tests.formgen.grid import GridTable, is_covered
from tests.formgen.readback import assert_seeds_read_back

#: dev seeds drawn with a two-column label: 24 and 30 with the 权重/得分 in every row, 7, 13 and 37 merged down
LABEL_SPAN_SEEDS = (7, 13, 24, 30, 37)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler print and read the PDFs")


def _money_header(seed: int) -> tuple:
    table = next(b for b in generate("T-SC self-eval", seed).blocks if isinstance(b, GridTable))
    return next(row for row in table.slots if "年初预算" in row)


def test_the_seeds_draw_a_label_of_two_columns():
    for seed in LABEL_SPAN_SEEDS:
        header = _money_header(seed)
        assert is_covered(header[header.index("年初预算") - 1]), seed


@pytest.mark.parametrize("shape", ("docx", "xlsx", "tab", "csv", "markdown", "pipe"))
def test_money_beside_a_label_of_two_columns_is_read(shape):
    assert_seeds_read_back("T-SC self-eval", LABEL_SPAN_SEEDS, shape, 0.99)


@needs_office
def test_money_beside_a_label_of_two_columns_is_read_in_a_printed_pdf():
    assert_seeds_read_back("T-SC self-eval", LABEL_SPAN_SEEDS, "pdf", 0.99)


def test_a_blank_after_the_label_is_the_labels_when_the_amounts_fit_only_without_it():
    roles = ["initial", "amount", "actual", "rate", "weight", "score", "reason"]
    assert spanned_label_blanks(["", "873.23", "919.19", "863.68", "93.96%", "10", "9.4"], roles, MONEY_SHAPES) == 1
    assert spanned_label_blanks(["873.23", "919.19", "863.68", "93.96%", "10", "9.4"], roles, MONEY_SHAPES) == 0
    # a blank 年初预算 stays the 年初预算's: the amounts fit their columns as they stand
    assert spanned_label_blanks(["", "919.19", "863.68", "93.96%", "10", "9.4"], roles, MONEY_SHAPES) == 0
