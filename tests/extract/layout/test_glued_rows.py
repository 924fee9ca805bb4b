"""The shape layer cuts a weighted indicator table run together row by row into a Table, deciding an
ambiguous split by the weights' total, and notes what it could not decide."""

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.layout.glued_rows import header_words, regroup_glued_rows

ROWS = ["数量指标补助学生人数达到目标值12015", "资金发放率达到目标值98%以上30", "时效指标按时发放率100%25",
        "满意度指标受助学生满意度达到预计值90%30"]


def _blocks(*texts: str) -> list[Paragraph]:
    return [Paragraph(t, None, n) for n, t in enumerate(texts, 1)]


def test_header_words_keep_the_printed_words_in_order():
    assert header_words("一级指标二级指标三级指标分值得分") == [
        ("一级指标", "level1"), ("二级指标", "level2"), ("三级指标", "level3"), ("分值", "weight"), ("得分", "score")]
    assert header_words("一级指标二级指标三级指标") is None         # no weight column: not this table
    assert header_words("一级指标 二级指标 三级指标 分值") is None     # blanks: not run together


def test_rows_become_a_table_split_so_the_weights_add_up_to_the_total():
    notes: list[str] = []
    out = regroup_glued_rows(_blocks("二级指标三级指标指标值分值", *ROWS, "总分", "100"), notes)
    table = out[0]
    assert isinstance(table, Table) and len(table.rows) == 5 and notes == []
    first = [c.text for c in table.rows[1]]
    assert first[-2:] == ["120", "15"]          # 12015 = 120 + 15: only then do 15+30+25+30 make 100
    assert [b.text for b in out[1:]] == ["总分", "100"]                # the total stays for the family


def test_a_total_that_does_not_decide_is_noted_with_the_row():
    notes: list[str] = []
    regroup_glued_rows(_blocks("二级指标三级指标指标值分值", *ROWS, "总分", "101"), notes)
    assert len(notes) == 1 and notes[0].startswith("row_split_uncertain\t") and notes[0].endswith(ROWS[0])


def test_a_line_that_is_no_row_ends_the_table_and_stays():
    out = regroup_glued_rows(_blocks("二级指标三级指标指标值分值", ROWS[1], "说明：本表由评价机构填写。"), [])
    assert isinstance(out[0], Table) and len(out[0].rows) == 2 and out[1].text == "说明：本表由评价机构填写。"
