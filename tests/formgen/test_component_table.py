"""A T-SH target form with the 上海 申报表's sub-project money table under its money rows
(项目当年投入资金构成 | 子项目名称 | 预算金额（元）, the caption merged down the first column; samples/seeds
001; generator side stream 'component table'). Table rows read it; a stream of one cell a line, the
whole form on one line or glued text lost it (one cell a line 0.86-0.94 on its seeds, glued
0.92-0.94, before the shape layer knew the table's header)."""

from __future__ import annotations

import shutil

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import mean_f1, read_back

#: dev seeds drawn with the sub-project table.
COMPONENT_SEEDS = (2, 7, 15, 16, 19, 22, 26, 28, 30, 31, 35, 37, 38)
#: those whose caption is merged down the sub-project rows only, under a header row whose first cell
#: is blank, the first sub-project opening with a service line's number (12345热线…: samples/seeds 001;
#: side stream 'component caption below'); the others have the caption on the header row.
CAPTION_BELOW_SEEDS = (7, 15, 19, 28, 30, 35)
CAPTION_ABOVE_SEEDS = tuple(seed for seed in COMPONENT_SEEDS if seed not in CAPTION_BELOW_SEEDS)


def test_the_seeds_draw_the_table():
    for seed in COMPONENT_SEEDS:
        lines = generate("T-SH target", seed).truth["forms"][0]["budget_lines"]
        assert sum(line["item"] == "component" for line in lines) >= 2, seed
    for seed in CAPTION_BELOW_SEEDS:
        header = next(row for block in generate("T-SH target", seed).blocks for row in getattr(block, "slots", ())
                      if "子项目名称" in row)
        assert header[0] == "", seed


def _assert_components_read(seeds: tuple[int, ...], shape: str) -> None:
    for outcome in read_back("T-SH target", seeds, (shape,)):
        missed = [m for m in outcome.mismatches if "component" in m or "prior_year" in m]
        assert not missed, (outcome.key, missed[:4])
    assert mean_f1("T-SH target", seeds, shape) >= 0.98


@pytest.mark.parametrize("shape", ["line_kept", "line_dropped", "paragraph", "one_line", "glued"])
def test_components_read_back(shape):
    _assert_components_read(CAPTION_ABOVE_SEEDS, shape)


@pytest.mark.parametrize("shape", ["line_kept", "line_dropped", "paragraph", "one_line", "glued"])
def test_components_under_a_caption_below_the_header_read_back(shape):
    """The caption after the header's column words is the first column all the same: the shape layer
    moves it before them (one cell a line, blanks dropped: ``stream.captions_before_headers``, also
    split at its blank, 项目当年投入 / 资金构成) or reads the header with it first (blanks kept:
    ``rows_of_kept_stream``); glued, the line number right after the header opens the first row's
    name (``glued_cells._name_opener_at``). Before, it was read as a third column and the rows shifted
    (seeds 7, 15, 19, 28, 30, 35: one cell a line 0.98, paragraphs and one line 0.93-0.97, glued
    0.93-0.97, sub-projects lost or 110 cut off its name)."""
    _assert_components_read(CAPTION_BELOW_SEEDS, shape)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler print and read the PDFs")
def test_components_under_a_caption_below_the_header_read_back_from_pdftotext_raw():
    """Printed, the line number stands apart from its name (``项目当年投入 资金构成 110 热线设备购置及维护费
    182238``): the number cell right before the name opens it (``target_form._component_lines``;
    0.97-0.98 before, the sub-project named without its number)."""
    _assert_components_read(tuple(seed for seed in CAPTION_BELOW_SEEDS if seed != 28), "pdftotext_raw")


@pytest.mark.xfail(strict=True, reason="-raw wraps seed 28's long first sub-project name onto a line of its own "
                   "after the caption's line (…大数据等专 / 用软硬件设施经费 / 3867246): the rest is not put back yet")
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler print and read the PDFs")
def test_a_wrapped_first_sub_project_under_a_caption_below_from_pdftotext_raw():
    _assert_components_read((28,), "pdftotext_raw")


@pytest.mark.xfail(strict=True, reason="PDF stream order prints the 资金构成 table's amounts away from its "
                   "sub-project names; the band search does not put them back yet (seeds 16, 19, 22: 0.95-0.97)")
def test_components_read_back_in_stream_order():
    for outcome in read_back("T-SH target", COMPONENT_SEEDS, ("stream_order",)):
        missed = [m for m in outcome.mismatches if "component" in m]
        assert not missed, (outcome.key, missed[:4])
