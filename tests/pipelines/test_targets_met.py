import pytest

from jixiao.pipelines.targets_met import enrich_indicators, target_verdict


@pytest.mark.parametrize("operator, value, value_max, actual, cost, met, gap", [
    (">=", 90.0, None, 86.57, False, False, -3.43),
    (">=", 90.0, None, 90.0, False, True, 0.0),
    (">", 90.0, None, 90.0, False, False, 0.0),
    ("<=", 24.0, None, 20.0, False, True, 4.0),
    ("<", 24.0, None, 24.0, False, False, 0.0),
    ("<=", 850.0, None, 847.33, False, True, 2.67),
    ("=", 90.0, None, 100.0, False, True, 10.0),      # a bare 90% is a level to reach
    ("=", 50000.0, None, 52000.0, True, False, -2000.0),  # for a cost it is a ceiling
    ("range", 3.0, 5.0, 6.0, False, False, -1.0),
    ("range", 3.0, 5.0, 4.0, False, True, 1.0),
    (">=", 90.0, None, None, False, None, None),
    (None, None, None, 5.0, False, None, None),
])
def test_target_verdict(operator, value, value_max, actual, cost, met, gap):
    got_met, got_gap = target_verdict(operator, value, value_max, actual, cost)
    assert got_met is met
    assert got_gap == (pytest.approx(gap) if gap is not None else None)


def _indicator(**kw):
    row = {"form_id": "d:0", "doc_id": "d", "seq": 0, "origin": "indicator_table", "level1": "产出指标",
           "level2": "数量指标", "level3": "x", "level1_std": "产出", "target_raw": ">=90%",
           "operator": ">=", "value": 90.0, "value_max": None, "unit": "%", "actual_raw": None,
           "actual_value": None}
    row.update(kw)
    return row


def _score(name, actual_raw, actual_value, code="C1"):
    return {"form_id": "d:0", "level": 3, "code": code, "name": name, "actual_raw": actual_raw,
            "actual_value": actual_value}


def test_report_targets_meet_the_scoring_tables_actual_by_name():
    rows = enrich_indicators(
        [_indicator(origin="report_targets", level3="12315（包括12345）热线接通率"),
         _indicator(origin="report_targets", level3="市民知晓率"),
         _indicator(origin="report_targets", level3="无对应")],
        [_score("12315(包括12345)热线接通率", "86.57%", 86.57, "C18"), _score("市民知晓率", "91%", 91.0, "C22")])
    assert [(r["target_met"], r["actual_ref"], r["gap"]) for r in rows] == [
        (False, "scores:C18", pytest.approx(-3.43)), (True, "scores:C22", 1.0), (None, None, None)]


def test_own_actual_in_another_unit_is_not_compared():
    row = enrich_indicators([_indicator(actual_raw="12人", actual_value=12.0)], [])[0]
    assert row["target_met"] is None and row["actual_compared"] is None
    row = enrich_indicators([_indicator(actual_raw="95%", actual_value=95.0)], [])[0]
    assert (row["target_met"], row["actual_ref"], row["actual_compared"]) == (True, "row", 95.0)


def test_national_levels_are_added():
    row = enrich_indicators([_indicator(level1="影响力目标", level1_std="影响力", level2=None,
                                        level3="群众满意度")], [])[0]
    assert (row["level1_national"], row["level2_national"]) == ("满意度指标", "服务对象满意度指标")
