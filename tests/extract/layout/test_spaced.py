"""A whole form on one line, cells split by single blanks."""

from __future__ import annotations

from dataclasses import replace

from jixiao.extract.layout.base import lines_of_text
from jixiao.extract.layout.grid import CellStream, Shape
from jixiao.extract.layout.settings import DEFAULT_SETTINGS
from jixiao.extract.layout.spaced import SpacedRunBuilder, is_spaced_run
from jixiao.extract.readers.text import read_text

RUN = ("财政项目支出绩效目标申报表 (2024年度) 项目名称 道路保洁 主管部门 区绿化市容局 实施单位 区环卫所 "
       "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 保洁面积 ≥100万平方米 保洁次数 ≥2次 "
       "质量指标 合格率 100% 效益指标 社会效益指标 道路整洁度 明显提升 满意度指标 服务对象满意度指标 "
       "群众满意度 ≥90% 沿线商户满意度 ≥85% 时效指标 保洁作业及时率 100% 成本指标 每平方米保洁成本 ≤3元 "
       "可持续影响指标 长效管理机制 健全")
PROSE = ("本项目由区财政局安排资金，用于全区道路保洁，全年完成保洁面积一百万平方米以上，群众满意度达到百分之九十以上，"
         "各项目标均已完成。 项目名称 见上表。") * 3


def test_a_form_on_one_line_is_a_run_and_prose_is_not():
    assert is_spaced_run(RUN)
    assert not is_spaced_run(PROSE)
    assert not is_spaced_run(RUN, replace(DEFAULT_SETTINGS, spaced_min_header_words=40))
    assert not is_spaced_run(RUN.replace(" ", "\t"))
    assert not is_spaced_run(RUN.replace(" ", " | "))


def test_a_footer_with_a_bar_at_the_end_of_a_one_line_form_leaves_it_a_run():
    """A web page's footer (``网站地图 | 联系我们``) run onto the same line as the form."""
    with_footer = RUN + " 网站地图 | 联系我们"
    assert is_spaced_run(with_footer)
    alone = read_text(RUN.encode()).blocks
    assert read_text(with_footer.encode()).blocks[:len(alone)] == alone     # read as without the footer


def test_builder_gives_a_stream_with_blanks_dropped():
    stream = SpacedRunBuilder().build(lines_of_text(RUN))
    assert isinstance(stream, CellStream) and stream.report.shape is Shape.SPACED and not stream.blanks_kept
    assert stream.texts()[2:6] == ["项目名称", "道路保洁", "主管部门", "区绿化市容局"]


def test_text_reader_reads_the_run_as_one_cell_per_paragraph():
    document = read_text(RUN.encode())
    assert [line.text for line in document.lines()][2:6] == ["项目名称", "道路保洁", "主管部门", "区绿化市容局"]
