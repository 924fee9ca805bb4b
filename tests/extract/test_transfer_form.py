"""Transfer-payment target forms with one value column per recipient (T-FJ 转移支付), saved as CSV,
with other recipients, values and spellings than the sample."""

from jixiao.extract.layout.rows import is_comma_separated
from jixiao.pipelines.ingest import parse_bytes

CSV_VARIANT = "\n".join([
    "2024年中央财政衔接资金区域绩效目标表,,,,,,",
    "专项资金名称,衔接推进乡村振兴补助资金,,,,,",
    "主管部门,某省财政厅,,,,,",
    "资金金额(万元),,,合计,甲市,乙市,丙市",
    ",,,900.0,300.0,250.0,350.0",
    "一级指标,二级指标,三级指标,指标值,甲市,乙市,丙市",
    "产出指标,数量指标,帮扶项目个数,>=30个,10,8,12",
    ",质量指标,项目验收合格率,1,1,1,1",
    "满意度指标,服务对象满意度指标,受益群众满意度,>=90%,>=90%,>=90%,>=90%",
])


def test_recipient_columns_are_not_targets_and_money_splits_by_recipient():
    rows = parse_bytes(CSV_VARIANT.encode(), "transfer.csv").rows
    form = rows["forms"][0]
    assert (form["fiscal_year"], form["project_name"], form["department"]) == (2024, "衔接推进乡村振兴补助资金", "某省财政厅")
    budget = [(b["item"], b["label"], b["parent_label"], str(b["amount_yuan"])) for b in rows["budget_lines"]]
    assert budget == [("current_year_budget", "合计", None, "9000000.00"),
                      ("component", "甲市", "合计", "3000000.00"), ("component", "乙市", "合计", "2500000.00"),
                      ("component", "丙市", "合计", "3500000.00")]
    indicators = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["value"], i["unit"])
                  for i in rows["indicators"]]
    assert indicators == [("产出指标", "数量指标", "帮扶项目个数", ">=30个", 30.0, "个"),
                          ("产出指标", "质量指标", "项目验收合格率", "1", 100.0, "%"),
                          ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=90%", 90.0, "%")]


def test_csv_is_told_from_prose_with_commas():
    assert is_comma_separated(CSV_VARIANT.split("\n"))
    prose = ["一、项目概况,项目于2020年立项,总投资100万元。", "二、绩效目标,完成建设任务,", "三、其他"]
    assert not is_comma_separated(prose)
