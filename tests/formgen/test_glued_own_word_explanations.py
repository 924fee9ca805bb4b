"""T-FJ department forms whose 指标解释 states the target's basis in its own words, closed by the
standard's bracket (``粮食播种面积稳定粮食生产(计划标准)>=100万亩``, ``…发生次数0次(历史标准)0``,
``耕地保有量耕地保护责任目标(计划标准)稳定``: the Sanming sample), drawn on the stream 'explanation
basis'. Run together with no separator, the name ends at its indicator-name ending (…面积, …合格率),
a figure before the bracket is the explanation's, a word after it is the target, and a money
caption word opening a name right after a level (时效指标|项目资金支付进度) is the name's.
``python -m tests.formgen.heldout --seeds 0-39 --families "T-FJ dept" --shapes glued`` measures more."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.glued_cells import cut_glued_run, split_explained_name
from tests.formgen.readback import assert_seeds_read_back

#: dev seeds drawn with own-word explanations (glued F1 0.40–0.59 before the reader cut them)
OWN_WORD_SEEDS = (0, 2, 3, 6, 7, 10, 14, 16, 22, 28)


@pytest.mark.parametrize("shape", ("glued", "one_line", "line_dropped"))
def test_own_word_explanations_read_back(shape):
    assert_seeds_read_back("T-FJ dept", OWN_WORD_SEEDS, shape, 0.95)


def test_name_cut_at_its_ending():
    assert split_explained_name("粮食播种面积稳定粮食生产(计划标准)") == ("粮食播种面积", "稳定粮食生产(计划标准)", "")
    assert split_explained_name("农产品质量安全例行监测合格率省定目标(行业标准)") == \
        ("农产品质量安全例行监测合格率", "省定目标(行业标准)", "")


def test_figure_and_word_around_the_bracket():
    assert split_explained_name("区域性重大动物疫情发生次数0次(历史标准)") == \
        ("区域性重大动物疫情发生次数", "0次(历史标准)", "")
    assert split_explained_name("耕地保有量耕地保护责任目标(计划标准)稳定") == ("耕地保有量", "耕地保护责任目标(计划标准)", "稳定")
    assert split_explained_name("培训农民人次培训农民人次(历史标准)健全") == ("培训农民人次", "培训农民人次(历史标准)", "健全")


def test_no_cut_without_evidence():
    assert split_explained_name("带动农户增收省定目标(计划标准)") is None         # no ending: kept whole
    assert split_explained_name("长效管理机制省定目标(计划标准)稳定") == ("长效管理机制省定目标(计划标准)", "", "稳定")
    assert split_explained_name("粮食播种面积稳定粮食生产") is None                # no bracket: no explanation
    assert split_explained_name("a(计划标准)b(行业标准)") is None                   # two rows' explanations


def test_money_caption_word_after_a_level_opens_the_name():
    cells = cut_glued_run("一级指标二级指标三级指标指标解释目标值产出指标时效指标项目资金支付进度年度支付计划(计划标准)1"
                          "成本指标项目总成本控制项目总成本控制(计划标准)<=86万元")
    assert cells[7:10] == ["项目资金支付进度", "年度支付计划(计划标准)", "1"]
