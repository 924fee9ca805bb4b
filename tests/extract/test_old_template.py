"""Pre-2020 申报表 (T-old) in pdftotext spaces: 指标内容 | 指标值 | 备注, a period field, 项目总预算 and
当年预算 with their sources, a header repeated on page 2 and 审核意见 blocks — other values than the sample."""

import datetime as dt

from jixiao.pipelines.ingest import parse_bytes

VARIANT = "\n".join([
    "   某县2018年度项目支出绩效目标申报表",
    "填报单位(盖章):某县林业局          金额单位:万元",
    "项目名称 森林防火能力提升",
    "主管部门 某县林业局 项目实施单位 某县森林消防大队",
    "项目负责人 张三 联系电话 12345678",
    "项目起止时间 2018年3月1日至2019年2月28日",
    "项目资金 项目总预算 300 其中:财政拨款 250 其他资金 50",
    "         当年预算 120 其中:财政拨款 100 其他资金 20",
    "项目绩效指标",
    "一级指标 二级指标 指标内容 指标值 备注",
    "产出指标 数量指标 新建防火隔离带 ≥30公里 含生物防火林带",
    "护林员巡护频次 ≥4次/月",
    "质量指标 火情处置及时率 98%以上",
    "                -1-",
    "一级指标 二级指标 指标内容 指标值 备注",
    "效益指标 生态效益指标 森林火灾受害率 ≤0.8‰ 省定标准",
    "森林覆盖率 稳步提升",
    "主管部门审核意见: (盖章)",
    "        年 月 日",
])


def test_old_template_variant():
    rows = parse_bytes(VARIANT.encode(), "old.txt").rows
    form = rows["forms"][0]
    assert (form["reporting_unit"], form["start_date"], form["end_date"]) == \
        ("某县森林消防大队", dt.date(2018, 3, 1), dt.date(2019, 2, 28))
    budget = [(b["item"], b["parent_label"], str(b["amount_yuan"])) for b in rows["budget_lines"]]
    assert ("current_year_budget", None, "1200000.00") in budget
    assert ("fiscal_appropriation", "项目总预算", "2500000.00") in budget
    assert ("other_funds", None, "200000.00") in budget
    indicators = [(i["level3"], i["target_raw"]) for i in rows["indicators"]]
    assert indicators == [("新建防火隔离带", "≥30公里"), ("护林员巡护频次", "≥4次/月"),
                          ("火情处置及时率", "98%以上"), ("森林火灾受害率", "≤0.8‰"), ("森林覆盖率", "稳步提升")]
