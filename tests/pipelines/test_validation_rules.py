"""Every validation rule, broken by a document: a sample's text with one figure or field changed,
parsed through parse_bytes like any input. The untouched sample raises no such issue, so each test
shows the one change is what the rule catches."""

from pathlib import Path

import pytest

from jixiao.pipelines.ingest import parse_bytes
from jixiao.pipelines.validate import RULES, markdown_rules

ROOT = Path(__file__).resolve().parents[2]
REPORT = (ROOT / "samples/seeds/002_aa0b8a55ddd30aef.txt").read_text("utf-8")
TARGET_FORM = (ROOT / "samples/seeds/000_02f8c3f2acc7ec3d.txt").read_text("utf-8")
SELF_EVALUATION = (ROOT / "samples/families/tsh_selfeval_shanghai-minhang_2022.txt").read_text("utf-8")


def issues_of(text: str) -> list[dict]:
    result = parse_bytes(text.encode("utf-8"), "doc.txt")
    assert result.rows["forms"], result.document["error"]
    return result.rows["issues"]


def broken(text: str, old: str, new: str, count: int = 1) -> str:
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def codes(text: str) -> set[str]:
    return {i["code"] for i in issues_of(text)}


def test_seed_002_report_arithmetic_passes_and_two_targets_are_not_met():
    issues = issues_of(REPORT)
    assert not [i for i in issues if i["severity"] in ("warning", "error")], issues
    not_met = [i for i in issues if i["code"] == "target_not_met"]
    assert sorted(i["message"].split(":")[0] for i in not_met) == [
        "12345市民热线工单先行回复率", "12345市民热线诉求解决率"]       # C18 and C21
    assert any("86.57%" in i["message"] and "90%以上" in i["message"] for i in not_met)


def test_untouched_samples_raise_none_of_the_rules_below():
    assert codes(TARGET_FORM) <= {"value_unparsed"}
    self_evaluation = issues_of(SELF_EVALUATION)      # its 总分 = 预算执行率 block + unblocked rows
    assert {i["code"] for i in self_evaluation} == {"target_not_met"}   # 在岗稳定率 86.5% < 90%


@pytest.mark.parametrize("name, text, code", [
    ("a component changed: the components no longer add up to the total",
     broken(REPORT, "3 服务器 25.00 25.00 100%", "3 服务器 35.00 35.00 100%"), "budget_sum_mismatch"),
    ("a nested line changed: the lines no longer add up to their 小计",
     broken(REPORT, "149.06 149.06 100%", "139.06 139.06 100%"), "budget_sum_mismatch"),
    ("a source changed: 财政资金 + 其他资金 no longer make the year's total",
     broken(SELF_EVALUATION, "其中：财政资金\n12,000,000.00\n12,450,000.00", "其中：财政资金\n12,000,000.00\n12,350,000.00"),
     "budget_sources_mismatch"),
    ("an execution rate that is not executed ÷ budgeted",
     broken(REPORT, "178.30 176.90 99.21%", "178.30 176.90 95.21%"), "execution_rate_mismatch"),
    ("a score above its weight",
     broken(REPORT, "工单先行回复率 7 86.57% 4.59", "工单先行回复率 7 86.57% 7.59"), "score_exceeds_weight"),
    ("an indicator's score changed: C1's rows no longer add up",
     broken(REPORT, "工单先行回复率 7 86.57% 4.59", "工单先行回复率 7 86.57% 4.69"), "score_sum_mismatch"),
    ("a self-evaluation indicator's score changed: the rows no longer make its 总分",
     broken(SELF_EVALUATION, "\n9.61\n", "\n9.71\n"), "score_sum_mismatch"),
    ("the stated total differs from the scoring table's",
     broken(broken(REPORT, "评分为 89.30分", "评分为 88.30分"), "总分为 89.30分", "总分为 88.30分"),
     "total_score_mismatch"),
    ("grade 优 for 89.3",
     broken(REPORT, "绩效评级为“良”", "绩效评级为“优”", count=2), "grade_band_mismatch"),
    ("a start date after the end date",
     broken(TARGET_FORM, "2020-01-01\t计划完成日期：\t2020-12-31", "2020-12-31\t计划完成日期：\t2020-06-30"),
     "dates_reversed"),
    ("fiscal year 2020 but dates in 2021",
     broken(TARGET_FORM, "2020-01-01\t计划完成日期：\t2020-12-31", "2021-01-01\t计划完成日期：\t2021-12-31"),
     "year_outside_dates"),
    ("the title names 2021, the form is (2020年度)",
     broken(TARGET_FORM, "财政项目支出绩效目标表\t", "财政项目支出绩效目标表（2021）\t"), "title_year_mismatch"),
    ("a target with a number but no operator/value",
     broken(TARGET_FORM, "预算资金到位率\t=100%", "预算资金到位率\t1/3"), "value_unparsed"),
    ("no project name",
     broken(TARGET_FORM, "项目名称：\t消费者维权管理专项\t", ""), "missing_field"),
    ("an actual below its target",
     broken(SELF_EVALUATION, "\n1236人\n", "\n1136人\n"), "target_not_met"),
])
def test_a_document_that_breaks_the_rule_is_flagged(name, text, code):
    issues = [i for i in issues_of(text) if i["code"] == code]
    assert issues, name
    assert all(i["message"] and i["severity"] in ("warning", "info") for i in issues)


def test_target_not_met_names_the_changed_indicator():
    before = {i["message"] for i in issues_of(SELF_EVALUATION) if i["code"] == "target_not_met"}
    after = {i["message"] for i in issues_of(broken(SELF_EVALUATION, "\n1236人\n", "\n1136人\n"))
             if i["code"] == "target_not_met"}
    assert [m.split(":")[0] for m in after - before] == ["公益性岗位安置人数"]


def test_every_rule_has_a_breaking_document_above():
    source = Path(__file__).read_text("utf-8")
    for rule in RULES:
        assert f'"{rule.code}")' in source, rule.code


def test_readme_lists_every_rule():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("<!-- issue-codes:start -->\n")[1].split("<!-- issue-codes:end -->")[0]
    assert section == markdown_rules()
