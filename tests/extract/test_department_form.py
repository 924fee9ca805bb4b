"""部门整体支出绩效目标表 (T-FJ department-wide forms), written as Excel text rendered inline, with other
values and spellings than the samples; Excel fractions for rate indicators."""

import pytest

from jixiao.normalize.rows import fraction_as_percent
from jixiao.normalize.targets import parse_target_value
from jixiao.pipelines.ingest import parse_bytes

VARIANT = "\n".join([
    "部门整体支出绩效目标表",
    "(2021年度)",
    "部门（单位）名称 某市文化和旅游局 部门预算编码 208001",
    "年度", "预算", "安排", "(万元)",
    "        资金总额 500.5",
    "  项目支出 200",
    "  基本支出 300.5",
    "年度", "总体", "目标",
    " 目标1:保障机关正常运转;",
    "年度", "履职", "目标",
    "部门职能 年度目标任务 支出项目名称 预算金额(万元)",
    "组织文化惠民演出 全年演出100场 文化惠民演出经费 120",
    "旅游市场监管 开展执法检查 旅游市场监管经费 80",
    "一级指标 二级指标 三级指标 指标解释 目标值",
    "产出指标 数量指标 惠民演出场次 年度计划(计划标准) >=100场",
    "质量指标 执法检查覆盖率 行业标准(行业标准) 0.95",
    "效益指标 社会效益指标 群众文化活动参与人次 历年水平(历史标准) >=5万人次",
    "满意度指标 服务对象满意度指标 服务对象满意度 社会调查(计划标准) 0.9",
])


def test_department_form_money_duties_and_fraction_targets():
    rows = parse_bytes(VARIANT.encode(), "dept.txt").rows
    form = rows["forms"][0]
    assert (form["fiscal_year"], form["project_name"], form["department"], form["reporting_unit"]) == \
        (2021, "某市文化和旅游局", "某市文化和旅游局", "某市文化和旅游局")
    budget = [(b["item"], b["label"], b["parent_label"], str(b["amount_yuan"])) for b in rows["budget_lines"]]
    assert budget == [
        ("current_year_budget", "资金总额", None, "5005000.00"),
        ("component", "项目支出", "资金总额", "2000000.00"),
        ("component", "基本支出", "资金总额", "3005000.00"),
        ("component", "文化惠民演出经费", "年度履职目标", "1200000.00"),
        ("component", "旅游市场监管经费", "年度履职目标", "800000.00"),
    ]
    by_name = {i["level3"]: i for i in rows["indicators"]}
    assert (by_name["执法检查覆盖率"]["level1"], by_name["执法检查覆盖率"]["level2"]) == ("产出指标", "质量指标")
    assert (by_name["执法检查覆盖率"]["value"], by_name["执法检查覆盖率"]["unit"]) == (95.0, "%")
    assert by_name["服务对象满意度"]["level2"] == "服务对象满意度指标"
    assert (by_name["服务对象满意度"]["value"], by_name["服务对象满意度"]["unit"]) == (90.0, "%")
    assert by_name["群众文化活动参与人次"]["value"] == 50_000.0


@pytest.mark.parametrize("text, name, value, unit", [
    ("0.0900000762939453", "“三公”经费压减比例", 9.0000076294, "%"),
    ("1", "资金支付进度", 100.0, "%"),
    ("0", "重大疫情发生次数", 0.0, None),          # not a rate, and 0 is no fraction
    ("0.9", "设备数量", 0.9, None),                # not a rate
    ("≤1", "事故发生率", 1.0, None),               # an operator: written as meant
    ("2", "合格率", 2.0, None),                    # above 1: not a fraction
])
def test_fraction_as_percent_only_for_bare_fractions_of_rates(text, name, value, unit):
    parsed = fraction_as_percent(parse_target_value(text), text, name)
    assert parsed.value == pytest.approx(value) and parsed.unit == unit
