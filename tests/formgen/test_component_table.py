"""A T-SH target form with the 上海 申报表's sub-project money table under its money rows
(项目当年投入资金构成 | 子项目名称 | 预算金额（元）, the caption merged down the first column; samples/seeds
001; generator side stream 'component table'). Table rows read it; a stream of one cell a line, the
whole form on one line or glued text lost it (one cell a line 0.86-0.94 on its seeds, glued
0.92-0.94, before the shape layer knew the table's header)."""

from __future__ import annotations

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


@pytest.mark.parametrize("shape", ["line_kept", "line_dropped"])
def test_components_under_a_caption_below_the_header_read_back(shape):
    """The caption after the header's column words is moved before them by the shape layer
    (``stream.captions_before_headers``); before, it was read as a third column and the rows shifted
    (seeds 7, 15, 19, 28, 30, 35: one cell a line 0.98, the last sub-project lost)."""
    _assert_components_read(CAPTION_BELOW_SEEDS, shape)


@pytest.mark.xfail(strict=True, reason="a caption below the header in blank-split text (one line: 项目当年投入 / 资金构成 "
                   "split at its blank; paragraphs: the header's blank first cell kept) and glued text (the "
                   "first sub-project's line number 110 cut off its name) are not read yet")
@pytest.mark.parametrize("shape", ["paragraph", "one_line", "glued"])
def test_components_under_a_caption_below_the_header_in_run_text(shape):
    _assert_components_read(CAPTION_BELOW_SEEDS, shape)


@pytest.mark.xfail(strict=True, reason="PDF stream order prints the 资金构成 table's amounts away from its "
                   "sub-project names; the band search does not put them back yet (seeds 16, 19, 22: 0.95-0.97)")
def test_components_read_back_in_stream_order():
    for outcome in read_back("T-SH target", COMPONENT_SEEDS, ("stream_order",)):
        missed = [m for m in outcome.mismatches if "component" in m]
        assert not missed, (outcome.key, missed[:4])
