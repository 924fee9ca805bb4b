"""An evaluation report's tables flattened to one cell per line: the budget execution table (表1),
the transposed score summary (表3) and the detail score tables (表3-n) get their rows back."""

from __future__ import annotations

from dataclasses import replace

from jixiao.extract.layout.settings import DEFAULT_SETTINGS
from jixiao.extract.layout.stream import rows_of_kept_stream, rows_of_transposed_stream
from jixiao.extract.readers.text import read_text

BUDGET_HEADER = ["序号", "实施内容", "预算金额", "实际使用", "执行率"]
BUDGET = BUDGET_HEADER + ["1", "日常运维经费", "67.94", "67.94", "100%",
                          "2", "协调工作经费", "181.97", "175.76", "96.59%",
                          "", "项目预算合计", "249.91", "243.70", "97.52%"]
SCORE_HEADER = ["二级指标", "三级指标", "权重", "业绩值", "分值"]
SCORES = SCORE_HEADER + ["A1 项目立项", "", "14", "", "12.2",
                         "", "A11.项目目标的适应性", "9", "较为合理", "7.2",
                         "", "A12立项依据的充分性", "5", "充分", "5",
                         "合计", "", "14", "", "12.2"]
SUMMARY = ["指标", "项目决策类", "项目管理类", "合计", "权重", "40%", "60%", "100%", "得分", "38", "52.5", "90.5"]


def test_a_budget_execution_table_one_cell_per_line_is_cut_at_its_headers_width():
    [(end, rows, starts)] = rows_of_kept_stream(BUDGET + ["利益相关方", "a.主管部门：某局"])
    assert end == len(BUDGET) and starts == [0, 5, 10, 15]
    assert rows[3] == ["", "项目预算合计", "249.91", "243.70", "97.52%"]


def test_a_detail_score_table_one_cell_per_line_is_cut_at_its_headers_width():
    [(end, rows, starts)] = rows_of_kept_stream(SCORES + ["表 3-2 项目管理指标及分值"] + SCORES)[:1]
    assert end == len(SCORES)
    assert rows[1] == ["A1 项目立项", "", "14", "", "12.2"]
    assert rows[2] == ["", "A11.项目目标的适应性", "9", "较为合理", "7.2"]


def test_a_score_header_inside_a_wider_header_is_not_read_from_its_middle():
    # 一级指标 before it: the header is wider than the report's detail table, whose rows it would cut wrong
    assert rows_of_kept_stream(["一级指标"] + SCORES) == []


def test_a_transposed_summary_one_cell_per_line_is_cut_at_its_row_labels():
    [(end, rows, starts)] = rows_of_transposed_stream(["表3：评分表"] + SUMMARY + ["表 3-1 项目决策指标及分值"])
    assert end == 1 + len(SUMMARY) and starts == [1, 5, 9]
    assert rows == [SUMMARY[0:4], SUMMARY[4:8], SUMMARY[8:12]]
    # without its 得分 row: the names and the weights
    [(end, rows, _)] = rows_of_transposed_stream(SUMMARY[:8] + ["二、评价结论"])
    assert end == 8 and len(rows) == 2


def test_a_stream_that_is_no_transposed_summary_is_left_alone():
    assert rows_of_transposed_stream(["指标", "项目决策类", "项目管理类", "合计", "权重", "高", "60%", "100%"]) == []
    assert rows_of_transposed_stream(["指标", "权重", "40%"]) == []            # names no dimension
    too_wide = replace(DEFAULT_SETTINGS, stream_transposed_max_columns=2)
    assert rows_of_transposed_stream(SUMMARY, too_wide) == []


def test_a_report_read_one_cell_per_line_gives_its_tables_as_rows():
    lines = ["表 1：2021年的预算及执行情况"] + BUDGET + ["各部分权重和绩效分值如表3。"] + SUMMARY \
        + ["表 3-1 项目决策指标及分值"] + SCORES
    rows = [line.cells for line in read_text(("\n".join(lines) + "\n").encode()).lines() if line.is_row]
    assert tuple(BUDGET_HEADER) in rows and ("", "项目预算合计", "249.91", "243.70", "97.52%") in rows
    assert tuple(SUMMARY[4:8]) in rows and tuple(SUMMARY[8:12]) in rows
    assert ("", "A11.项目目标的适应性", "9", "较为合理", "7.2") in rows


def test_report_tables_whose_blank_cells_were_dropped_are_cut_by_value_shape():
    # a group's row has no 业绩值, a total row no 序号; the group name ends in 目标 yet is no level word
    dropped_scores = SCORE_HEADER + ["A2项目目标", "6", "6", "A21 绩效目标合理性", "5", "合规", "5",
                                     "A22绩效指标明确性", "1", "健全", "1", "合计", "6", "6"]
    dropped_budget = BUDGET_HEADER + ["1", "日常运维经费", "67.94", "67.94", "100%",
                                      "项目预算合计", "67.94", "67.94", "100%"]
    lines = ["表 1：2021年的预算及执行情况"] + dropped_budget + ["利益相关方"] \
        + ["表 3-1 项目决策指标及分值"] + dropped_scores + ["联系人:王芳"]
    rows = [line.cells for line in read_text(("\n".join(lines) + "\n").encode()).lines() if line.is_row]
    assert ("", "项目预算合计", "67.94", "67.94", "100%") in rows
    assert ("A2项目目标", "", "6", "", "6") in rows
    assert ("", "A21 绩效目标合理性", "5", "合规", "5") in rows
    assert ("合计", "", "6", "", "6") in rows


def test_a_report_run_onto_one_line_keeps_captions_and_codes_with_their_words():
    from jixiao.extract.layout.spaced import spaced_cells
    assert spaced_cells("表 1：2021年的预算及执行情况 序号 实施内容 A1 项目立项 14 12.2 A 级") == [
        "表 1：2021年的预算及执行情况", "序号", "实施内容", "A1 项目立项", "14", "12.2", "A", "级"]
    line = " ".join(["表 3：评分表"] + SUMMARY + ["表 3-1 项目决策指标及分值"] + SCORE_HEADER
                    + ["A1 项目立项", "14", "12.2", "A11.项目目标的适应性", "9", "较为合理", "7.2",
                       "A12 立项依据的充分性", "5", "充分", "5", "合计", "14", "12.2", "联系人:王芳"])
    rows = [l.cells for l in read_text((line + "\n").encode()).lines() if l.is_row]
    assert tuple(SUMMARY[0:4]) in rows and tuple(SUMMARY[8:12]) in rows
    assert ("A1 项目立项", "", "14", "", "12.2") in rows
    assert ("", "A12 立项依据的充分性", "5", "充分", "5") in rows
