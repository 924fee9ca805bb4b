"""Evaluation reports run together with no separator (LAYOUTS F8): the transposed 表3 summary
(指标 | dimensions | 合计, a 权重 row, a 得分 row) and detail rows whose name is a caption's words
(``B21资金使用情况``, side stream "caption names"; the seed 002 report). ``python -m
tests.formgen.heldout --seeds 0-99 --families "evaluation report" --shapes glued`` measures more."""

from __future__ import annotations

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from jixiao.extract.layout.glued_cells import split_parts_and_total

#: dev seeds with a 表3 summary and caption-named rows: 0.86-0.93 glued before (the code cut from its
#: name by the caption, every row after it shifted; the summary kept as one text, so no dimension
#: score and no level-2 row's parent). Seeds 5 and 16 draw a report excerpt since the side stream
#: 'report excerpt' (no 表3, scores by dimension), so 0 and 7 stand in for them.
CAPTION_SEEDS = (0, 4, 7, 11)


def test_the_seeds_name_a_row_with_a_caption():
    for seed in CAPTION_SEEDS:
        names = [s["name"] for s in generate("evaluation report", seed).truth["forms"][0]["scores"]]
        assert "资金使用情况" in names or "预算执行情况" in names, seed


def test_a_glued_report_reads_its_summary_and_caption_named_rows():
    assert_seeds_read_back("evaluation report", CAPTION_SEEDS, "glued", 0.99)


def test_figures_cut_into_parts_and_their_total():
    assert split_parts_and_total("14.517.346.378.1", 3) == ["14.5", "17.3", "46.3", "78.1"]
    assert split_parts_and_total("92753.3089.30", 3) == ["9", "27", "53.30", "89.30"]
    assert split_parts_and_total("10%30%60%100%", 3, percent=True) == ["10%", "30%", "60%", "100%"]
    assert split_parts_and_total("123", 3) is None
