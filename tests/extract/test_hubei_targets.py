"""湖北 市直项目支出绩效目标表 (T-HB): cost build-up table and the two-level indicator table with an
explanation column, one cell per line (PDF page text), with other values than the sample."""

from jixiao.pipelines.ingest import parse_bytes

F1_VARIANT = "\n".join([
    "襄阳市2024年市直部门预算项目支出绩效目标表",
    "单位：万元",
    "项目名称", "城市公园绿地养护",
    "主管部门", "襄阳市园林局 项目实施单位", "襄阳市公园管理处",
    "项目预算成本构成", "金额", "测算(公式)依据", "2023年实际执", "行数",
    "绿地养护费", "300", "养护面积500万平方米×0.6元/平方", "米", "280",
    "苗木补植费", "50.5", "按上年补植量测算", "48",
    "合计", "350.5", "328",
    "绩效目标", "提升公园绿地养护水平。",
    "绩效指标", "一级指标", "二级指标", "绩效标准", "当年预期实现值", "保障绩效目标实现措", "施",
    "数量指标", "绿地养护面积", "反映全年养护绿地面积", "≥500万平方米",
    "落实养护责任，按月考核，", "确保养护质量",
    "补植苗木数量", "反映补植苗木株数", "≥2000株",
    "成本指标", "养护成本控制", "不超预算",
    "服务对象满意度指标", "游客满意度", "反映游客对公园环境的满意程度", "≥92%",
    "— 1 —",
])


def test_cost_table_and_explained_indicator_stream():
    rows = parse_bytes(F1_VARIANT.encode(), "thb.txt").rows
    form = rows["forms"][0]
    assert (form["project_name"], form["department"], form["reporting_unit"]) == \
        ("城市公园绿地养护", "襄阳市园林局", "襄阳市公园管理处")
    budget = [(b["item"], b["label"], str(b["amount_yuan"])) for b in rows["budget_lines"]]
    assert budget == [("component", "绿地养护费", "3000000.00"), ("component", "苗木补植费", "505000.00"),
                      ("current_year_budget", "合计", "3505000.00")]
    indicators = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in rows["indicators"]]
    assert indicators == [
        ("数量指标", None, "绿地养护面积", "≥500万平方米"),
        ("数量指标", None, "补植苗木数量", "≥2000株"),
        ("成本指标", None, "养护成本控制", "不超预算"),
        ("服务对象满意度指标", None, "游客满意度", "≥92%"),
    ]
    assert [i["level1_std"] for i in rows["indicators"]] == ["产出", "产出", "成本", "满意度"]
    assert rows["indicators"][0]["value"] == 5_000_000.0
