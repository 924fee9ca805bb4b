"""The shape layer cuts an indicator table printed one cell per line into rows: a row per level word
(rejoined when it wrapped), a row per name / target pair; row regions pass unchanged."""

from jixiao.extract.document import Line
from jixiao.extract.layout.level_words import indicator_level_rows, is_level1, is_level2, level_key


def _cells(*texts: str) -> list[Line]:
    return [Line((t,), False, 1, n, t) for n, t in enumerate(texts, 1)]


def test_level_words_by_vocabulary_with_points_removed():
    assert is_level1("产出指标（50分）") and is_level2("数量指标") and not is_level1("数量指标")
    assert level_key("成本指标(0-20)分") == level_key("成本指标")
    assert is_level2("工程质量指标") and not is_level2("指标")


def test_a_stream_of_cells_becomes_level_rows_and_pairs():
    rows = indicator_level_rows(_cells("产出指标", "数量指标", "培训人数", "≥200人", "社会效益", "指标",
                                       "群众知晓率", "≥90%", "满意度调查"))
    assert [r.cells for r in rows] == [("产出指标",), ("数量指标",), ("培训人数", "≥200人"), ("社会效益指标",),
                                       ("群众知晓率", "≥90%"), ("满意度调查", "")]
    assert all(r.is_row for r in rows)


def test_row_regions_pass_unchanged():
    lines = [Line(("产出指标", "数量指标", "培训人数", "≥200人"), True, 1, 1, ""),
             Line(("", "", "覆盖乡镇", "12个"), True, 1, 2, "")]
    assert indicator_level_rows(lines) == lines
