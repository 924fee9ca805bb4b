"""Report excerpts run together without separators (glued) and in PDF stream order (values of a
band before its labels), dev seeds 0-39 of family "report excerpt".

Before the shape layer knew them: glued 0.48, stream order 0.82 (mean F1 over the 40 seeds). In a
glued run 表1's 年初预算数 column took no figures, a 扣分原因 ran into the next row's dimension (档案
资料不完整过程2018), a caption naming its columns (表2绩效评价指标得分表) was read as a header, the
target list's items and （二）产出目标 headings fell apart, the title ran into the evaluator's name and a
page's trailing 附件:…自评表 link made the excerpt a self-evaluation; the scoring tree's level-2 names
(项目立项) were no level words and a 扣分原因 column no column of it, in glued runs, one cell per line
and stream order alike."""

from __future__ import annotations

import pytest

from tests.formgen.readback import assert_seeds_read_back, mean_f1

DEV_SEEDS = tuple(range(40))


@pytest.mark.parametrize(("shape", "floor"), [("glued", 0.95), ("stream_order", 0.93)])
def test_excerpts_run_together_or_in_stream_order_are_read_back(shape, floor):
    assert mean_f1("report excerpt", DEV_SEEDS, shape) >= floor


@pytest.mark.parametrize("shape", ("glued", "stream_order"))
def test_no_excerpt_run_together_or_in_stream_order_reads_below_the_floor(shape):
    assert_seeds_read_back("report excerpt", DEV_SEEDS, shape, 0.70)
