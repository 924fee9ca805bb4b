"""The column reader: value-shape profiles, one search over cells → columns and row breaks."""

from __future__ import annotations

from jixiao.extract.layout.reader import assign_cells, fit, read_stream

ROLES = ["target", "actual", "weight", "score", "reason"]


def test_profiles_tell_values_apart():
    assert fit("target", "≥90%") > fit("target", "90") > fit("target", "完成全部任务，按时验收。")
    assert fit("weight", "10") == 1.0 and fit("weight", "≥90%") == 0.0 and fit("weight", "120") == 0.0
    assert fit("rate", "97.5%") > fit("rate", "97.5") > fit("rate", "558.00")
    assert fit("amount", "558.00") == 1.0 and fit("amount", "好") == 0.0
    assert fit("reason", "10") < fit("reason", "资金拨付滞后")


def test_blank_cells_gone_cells_still_find_their_columns():
    # 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, the actual and the reason blank
    best = assign_cells(["≥90%", "10", "9"], ROLES)[0]
    assert best.values == {"target": "≥90%", "weight": "10", "score": "9"}
    best = assign_cells(["≥90%", "88%", "10", "9", "宣传不足"], ROLES)[0]
    assert best.values["reason"] == "宣传不足" and best.values["actual"] == "88%"


def test_a_score_above_its_weight_is_never_read():
    readings = assign_cells(["5", "10"], ["weight", "score"])
    assert readings == []
    assert assign_cells(["10", "5"], ["weight", "score"])[0].values == {"weight": "10", "score": "5"}


def _label_at(texts, i):
    return 1 if texts[i].endswith("指标") else 0


def test_stream_row_breaks_and_columns_together():
    cells = ["产出指标", "数量指标", "座椅数", "≥50个", "52个", "10", "10",
             "课桌数", "≥20张", "10", "8", "质量指标", "验收合格率", "=100%", "100%", "10", "10"]
    reading = read_stream([(c, n) for n, c in enumerate(cells)], ROLES, _label_at)
    rows = [(r.name, r.values) if not r.label else r.name for r in reading.rows]
    assert rows == ["产出指标", "数量指标",
                    ("座椅数", {"target": "≥50个", "actual": "52个", "weight": "10", "score": "10"}),
                    ("课桌数", {"target": "≥20张", "weight": "10", "score": "8"}),
                    "质量指标",
                    ("验收合格率", {"target": "=100%", "actual": "100%", "weight": "10", "score": "10"})]
    assert reading.rows[3].first == 7 and not reading.uncertain


def test_the_total_decides_between_readings():
    # '30' after 'A' may be A's weight, or the name of a row: only one reading adds up to 50
    cells = ["A", "≥1个", "20", "20", "B", "≥2个", "30", "30"]
    reading = read_stream([(c, n) for n, c in enumerate(cells)], ["target", "weight", "score"], _label_at,
                          total_weight="50")
    assert [(r.name, r.values.get("weight")) for r in reading.rows] == [("A", "20"), ("B", "30")]
    wrong_total = read_stream([(c, n) for n, c in enumerate(cells)], ["target", "weight", "score"], _label_at,
                              total_weight="70")
    assert wrong_total.note and "70" in wrong_total.note
