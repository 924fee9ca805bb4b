"""The Chongqing 部门整体绩效自评表 (generator family T-CQ dept self-eval) printed to PDF and read as
PDF text. Its name column is narrow (five characters a line), so nearly every indicator name wraps
(``一般性支出`` / ``压减率``) and its known words are cut by line breaks as often as in a table whose
narrow columns all wrap — yet its rows hold on their lines.

``pdftotext -raw`` (dev seeds 0-11, before: 0.17-0.31 but seed 6): the text was read as one glued run
a page; now the cells read put every cut word back and each row's cells take few lines: rows on their
lines (``raw_rows``)."""

from __future__ import annotations

import shutil

import pytest

from tests.formgen.readback import assert_seeds_read_back

FAMILY = "T-CQ dept self-eval"
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")

#: dev seeds read as one run a page before (0.17-0.31); seed 4 reads 0.88 (a money line's label
#: wrapped before its figures), the others 0.95 or more
RAW_SEEDS = (0, 1, 2, 3, 4, 5, 7, 8, 9)


@needs_office
def test_pdftotext_raw_rows_on_their_lines_though_names_wrap():
    assert_seeds_read_back(FAMILY, RAW_SEEDS, "pdftotext_raw", 0.88)


#: dev seeds whose -layout names wrapped onto a line of their own (``检测样品批`` / ``次``) were read as
#: rows of their own (0.52-0.72 before: every name after them one row off); the first column's
#: capacity is set by a wider caption (``年度总体目标``), but its wrapped names all fill one width
LAYOUT_SEEDS = (1, 7, 8, 10, 21, 32, 36)


@needs_office
def test_pdftotext_layout_names_wrapped_to_their_column_width():
    assert_seeds_read_back(FAMILY, LAYOUT_SEEDS, "pdftotext_layout", 0.9)
