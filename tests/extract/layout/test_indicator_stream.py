"""An indicator table with value columns flattened to one cell per line, blank cells kept: the
shape layer cuts it back into rows, so the families read a table and never the stream."""

from __future__ import annotations

from jixiao.extract.layout.indicator_stream import rows_of_indicator_stream
from jixiao.extract.readers.text import read_text

HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重"]
# merged level cells printed once; an empty 完成值 and the covered cells kept as empty lines
BODY = ["产出指标", "数量指标", "发放覆盖率", "=", "100", "%", "", "60", "", "",
        "效益指标", "社会效益指标", "足额保障率", "=", "100", "%", "", "30", "", "",
        "合计", "100", "", ""]
TRAILER = ["评价结论", "项目负责人:"]


def test_level_words_stand_in_their_columns_of_the_next_indicator_row_its_name_and_one_cell_per_value_column():
    # the level words before an indicator fill its level columns, as a merged cell's text stands in
    # its block's first row (they were rows of their own, which a score table's reader passed over)
    texts = ["绩效指标(90分)"] + HEADER + BODY + TRAILER
    [(end, rows, starts)] = rows_of_indicator_stream(texts)
    assert rows[0] == HEADER and starts[0] == 1
    assert rows[1:] == [["产出指标", "数量指标", "发放覆盖率", "=", "100", "%", "", "60"],
                        ["效益指标", "社会效益指标", "足额保障率", "=", "100", "%", "", "30"],
                        ["合计", "100", "", "", "", "", "", ""]]
    assert [texts[k] for k in starts[1:]] == ["产出指标", "效益指标", "合计"]
    assert texts[end] == "评价结论"


def test_without_blank_cells_among_its_rows_the_stream_is_left_to_the_column_reader():
    # every cell filled and the blanks only in the total row: a row's width is no evidence there
    body = [c for c in BODY[:20] if c] + BODY[20:]
    assert rows_of_indicator_stream(HEADER + body) == []
    # a row table without value columns is the row-table cutter's, not this one's
    assert rows_of_indicator_stream(["一级指标", "二级指标", "三级指标", "指标值"] + BODY) == []


def test_a_page_number_is_skipped_and_a_repeated_header_starts_a_new_table():
    texts = HEADER + BODY[:20] + ["-1-"] + HEADER + BODY[:10] + BODY[20:]
    found = rows_of_indicator_stream(texts)
    assert [len(rows) for _, rows, _ in found] == [3, 3]
    assert found[0][0] == len(HEADER) + 21 and "-1-" not in [c for row in found[0][1] for c in row]


def test_the_text_reader_gives_the_families_a_table_of_bar_ended_cells():
    text = "\n".join(f"{c} |" if c else "|" for c in ["项目支出绩效自评表", "绩效指标(90分)"] + HEADER + BODY + TRAILER)
    rows = [line.cells for line in read_text((text + "\n").encode()).lines() if line.is_row]
    assert rows[0] == tuple(HEADER)
    assert ("效益指标", "社会效益指标", "足额保障率", "=", "100", "%", "", "30") in rows
