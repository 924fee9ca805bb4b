"""District self-evaluations without a 分值 column (LAYOUTS §5): the budget block's weight in its label
(``预算执行情况(元)(10分)``) and in its score header (``得分(10分×执行率)``), the execution rate as a
fraction, 年初目标值(A) | 实际完成值(B) | 得分, inner blocks under ``年度绩效目标(90分)`` and a total that
is a score. Other values and spellings than the blind sample, in space-separated and tab rows."""

import pytest

from jixiao.pipelines.ingest import parse_bytes

_ROWS = [
    ["项目支出绩效自评表"],
    ["(2023年度)"],
    ["项目名称", "老旧供水管网改造"],
    ["主管部门", "某市水务局", "实施单位", "某市供水公司"],
    ["预算执行情况(元)(10分)", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分(10分×执行率)"],
    ["年度资金总额", "2000000.00", "2000000.00", "1900000.00", "0.95", "9.5"],
    ["年度绩效目标(90分)", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    ["产出指标(50分)", "改造管网长度", "≥12公里", "12.5公里", "30"],
    ["", "管网验收合格率", "100%", "100%", "20"],
    ["效益指标(50分)", "漏损率下降", "≥3%", "3.2%", "25"],
    ["", "用户满意度", "≥85%", "88%", "25"],
    ["总分", "99.5"],
]
SPACED = "\n".join(" ".join(c for c in row if c) for row in _ROWS)
TABS = "\n".join("\t".join(row) for row in _ROWS)


@pytest.mark.parametrize("text", [SPACED, TABS], ids=["spaced", "tabs"])
def test_self_evaluation_without_weight_column(text):
    result = parse_bytes(text.encode("utf-8"), "district.txt")
    assert result.document["doc_kind"] == "self_evaluation", result.document["error"]
    rows = result.rows
    line = rows["budget_lines"][0]
    assert (str(line["amount_yuan"]), str(line["actual_yuan"])) == ("2000000.00", "1900000.00")
    assert line["execution_rate"] == pytest.approx(95.0)          # 0.95 = 1900000 / 2000000
    scores = {(s["level"], s["name"]): s for s in rows["scores"]}
    assert (scores[(0, "总分")]["weight"], scores[(0, "总分")]["score"]) == (None, 99.5)
    assert (scores[(1, "预算执行情况")]["weight"], scores[(1, "预算执行情况")]["score"]) == (10.0, 9.5)
    assert scores[(1, "年度绩效目标")]["weight"] == 90.0
    assert (scores[(1, "产出指标")]["weight"], scores[(1, "效益指标")]["weight"]) == (50.0, 50.0)
    leaf = scores[(3, "漏损率下降")]
    assert (leaf["parent_code"], leaf["weight"], leaf["score"]) == ("效益指标", None, 25.0)
    indicators = {i["level3"]: i for i in rows["indicators"]}
    assert (indicators["改造管网长度"]["target_raw"], indicators["改造管网长度"]["actual_raw"]) == ("≥12公里", "12.5公里")
    assert indicators["用户满意度"]["weight"] is None and indicators["用户满意度"]["score"] == 25.0
    evaluation = rows["evaluations"][0]
    assert (evaluation["total_score"], evaluation["execution_rate"]) == (99.5, pytest.approx(95.0))


def test_bare_rate_without_proof_stays_as_written():
    # 0.95 beside B/A = 0.5: not the line's fraction, so not turned into 95 %
    text = SPACED.replace("1900000.00 0.95", "1000000.00 0.95")
    rows = parse_bytes(text.encode("utf-8"), "district.txt").rows
    assert rows["budget_lines"][0]["execution_rate"] == pytest.approx(0.95)
