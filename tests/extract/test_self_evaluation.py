"""Self-evaluation forms: the same reading across templates and text shapes. Each document here is a
variant written for the test (other values, other label spellings from LAYOUTS.md, optional columns
moved), so a parser keyed to one file's text fails them."""

import pytest

from jixiao.extract.layout.columns import MONEY_SHAPES, INDICATOR_SHAPES, align_cells, header_roles
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS
from jixiao.pipelines.ingest import parse_bytes


def _parse(text: str, name: str = "self.txt"):
    result = parse_bytes(text.encode("utf-8"), name)
    assert result.document["doc_kind"] == "self_evaluation", result.document["error"]
    return result


# T-NAT, tab cells, 分值 and 执行率 swapped, 实际完成值 spelled 全年实际值, an extra 备注 column at the end
TAB_VARIANT = "\n".join([
    "项目支出绩效自评表",
    "（2021年度）",
    "项目名称\t城乡供水保障专项\t\t\t\t",
    "主管部门\t某县水务局\t实施单位\t某县供水服务中心",
    "项目资金（万元）\t年初预算数\t全年预算数\t实际执行数\t执行率\t分值\t得分",
    "年度资金总额\t120.5\t130\t117\t90%\t10\t9",
    "其中：当年财政拨款\t120.5\t130\t117\t90%\t—\t—",
    "上年结转资金\t\t\t\t\t—\t—",
    "其他资金\t\t\t\t\t—\t—",
    "一级指标\t二级指标\t三级指标\t年度指标值\t全年实际值\t分值\t得分\t偏差原因分析及改进措施\t备注",
    "产出指标(50分)\t数量指标\t新建供水管网长度\t≥12公里\t12.6公里\t20\t20\t\t",
    "\t质量指标\t水质检测合格率\t>=98%\t99.2%\t20\t20\t\t",
    "\t时效指标\t工程完工及时率\t100%\t85%\t10\t8\t汛期停工\t",
    "效益指标(30分)\t社会效益指标\t受益人口\t≥3.5万人\t3.6万人\t30\t30\t\t",
    "满意度指标(10分)\t服务对象满意度指标\t用水户满意度\t≥90%\t93%\t10\t10\t\t",
    "总分\t100\t97",
])


def test_tab_variant_money_block_columns_by_header_words():
    rows = _parse(TAB_VARIANT).rows
    total = rows["budget_lines"][0]
    assert (total["item"], str(total["initial_yuan"]), str(total["amount_yuan"]), str(total["actual_yuan"]),
            total["execution_rate"]) == ("current_year_budget", "1205000.00", "1300000.00", "1170000.00", 90.0)
    assert [b["item"] for b in rows["budget_lines"]] == \
        ["current_year_budget", "fiscal_appropriation", "carryover", "other_funds"]
    assert rows["budget_lines"][2]["amount_yuan"] is None


def test_tab_variant_indicators_target_actual_weight_score():
    rows = _parse(TAB_VARIANT).rows
    got = [(i["level1"], i["level2"], i["level3"], i["operator"], i["value"], i["unit"], i["actual_value"],
            i["weight"], i["score"]) for i in rows["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "新建供水管网长度", ">=", 12.0, "公里", 12.6, 20.0, 20.0),
        ("产出指标", "质量指标", "水质检测合格率", ">=", 98.0, "%", 99.2, 20.0, 20.0),
        ("产出指标", "时效指标", "工程完工及时率", "=", 100.0, "%", 85.0, 10.0, 8.0),
        ("效益指标", "社会效益指标", "受益人口", ">=", 35000.0, "人", 36000.0, 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", ">=", 90.0, "%", 93.0, 10.0, 10.0),
    ]
    assert [i["level1_std"] for i in rows["indicators"]] == ["产出"] * 3 + ["效益", "满意度"]


def test_tab_variant_score_tree_and_total():
    rows = _parse(TAB_VARIANT).rows
    levels = [(s["level"], s["name"], s["weight"], s["score"]) for s in rows["scores"] if s["level"] < 3]
    assert levels == [(0, "总分", 100.0, 97.0), (1, "预算执行率", 10.0, 9.0), (1, "产出指标", 50.0, None),
                      (1, "效益指标", 30.0, None), (1, "满意度指标", 10.0, None)]
    level3 = [(s["name"], s["parent_code"], s["weight"], s["score"]) for s in rows["scores"] if s["level"] == 3]
    assert level3[2] == ("工程完工及时率", "产出指标", 10.0, 8.0)
    evaluation = rows["evaluations"][0]
    assert (evaluation["total_score"], str(evaluation["budget_yuan"]), str(evaluation["spent_yuan"]),
            evaluation["execution_rate"]) == (97.0, "1300000.00", "1170000.00", 90.0)
    fields = {f["label"]: f["value"] for f in rows["form_fields"]}
    assert fields["主管部门"] == "某县水务局" and fields["实施单位"] == "某县供水服务中心"


# T-SC shape, one cell per line ending in '|', 指标性质 | 指标值 | 度量单位 split, blanks kept
def _cells(*cells: str) -> str:
    return "\n".join(f"{c} |" for c in cells)


PIPE_VARIANT = "\n".join([
    _cells("部门预算项目支出绩效自评表(2024年度)", "项目名称", "51000024R000000001234-乡村道路养护",
           "主管部门", "某县交通运输局", "实施单位 (盖章)", "某县公路事务中心", "预算执行情况(10分)",
           "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
           "总额", "80.00", "80.00", "76.00", "95.00%", "10", "9.5", "",
           "其中:财政资金", "80.00", "80.00", "76.00", "95.00%", "/", "/",
           "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
           "得分", "未完成原因分析",
           "产出指标", "数量指标", "养护道路里程", "≥", "45", "公里", "46", "50", "50", "",
           "效益指标", "社会效益指标", "道路优良率", "≥", "85", "%", "80", "40", "35", "部分路段损毁",
           "合计", "100", "94.5", "", "评价结论", "(200字以内)"),
])


def test_one_cell_per_line_variant_reads_split_target_columns():
    rows = _parse(PIPE_VARIANT, "sc.txt").rows
    form = rows["forms"][0]
    assert (form["fiscal_year"], form["project_name"], form["department"], form["reporting_unit"]) == \
        (2024, "51000024R000000001234-乡村道路养护", "某县交通运输局", "某县公路事务中心")
    got = [(i["level3"], i["target_raw"], i["operator"], i["value"], i["unit"], i["actual_raw"], i["weight"],
            i["score"]) for i in rows["indicators"]]
    assert got == [("养护道路里程", "≥45公里", ">=", 45.0, "公里", "46", 50.0, 50.0),
                   ("道路优良率", "≥85%", ">=", 85.0, "%", "80", 40.0, 35.0)]
    scores = [(s["level"], s["name"], s["parent_code"], s["weight"], s["score"]) for s in rows["scores"]]
    assert scores[:3] == [(0, "合计", None, 100.0, 94.5), (1, "预算执行情况", None, 10.0, 9.5),
                          (1, "绩效指标", None, 90.0, None)]
    assert scores[3:] == [(3, "养护道路里程", "绩效指标", 50.0, 50.0), (3, "道路优良率", "绩效指标", 40.0, 35.0)]
    assert str(rows["budget_lines"][0]["actual_yuan"]) == "760000.00"
    assert rows["evaluations"][0]["total_score"] == 94.5


# T-NAT flattened with spaces (blank cells vanish), 一级 names lost, placeholders kept
SPACE_VARIANT = "\n".join([
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称 农村饮水安全维修养护",
    "主管部门 某市水利局 实施单位 某市农村供水站",
    "项目资金",
    "(万元)",
    "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
    "年度资金总额: 50 60 54 10 90% 9",
    "其中:本年财政拨款 50 60 54 - -",
    "上年结转资金 - -",
    "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "(50分)",
    "数量指标 指标1:维修水厂数量 ≥6座 6座 25 25",
    "指标2:",
    "……",
    "质量指标 指标1:维修工程验收合格率 100% 100% 25 25",
    "(40分)",
    "社会效益",
    "指标",
    "指标1:农村饮水保障人口 ≥1.2万人 1.1万人 40 36 部分管网未完工",
    "总分 100 95",
])


def test_space_flattened_variant_aligns_cells_by_shape():
    rows = _parse(SPACE_VARIANT, "nat.txt").rows
    form = rows["forms"][0]
    assert (form["department"], form["reporting_unit"]) == ("某市水利局", "某市农村供水站")
    total = rows["budget_lines"][0]
    assert (str(total["amount_yuan"]), str(total["actual_yuan"]), total["execution_rate"]) == \
        ("600000.00", "540000.00", 90.0)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
           for i in rows["indicators"]]
    assert got == [("产出指标", "数量指标", "维修水厂数量", "≥6座", "6座", 25.0, 25.0),
                   ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", 25.0, 25.0),
                   ("效益指标", "社会效益指标", "农村饮水保障人口", "≥1.2万人", "1.1万人", 40.0, 36.0)]
    level1 = [(s["name"], s["weight"]) for s in rows["scores"] if s["level"] == 1]
    assert level1 == [("预算执行率", 10.0), ("产出指标", 50.0), ("效益指标", 40.0)]
    assert rows["evaluations"][0]["total_score"] == 95.0


@pytest.mark.parametrize("cells, roles, expected", [
    (["880", "880", "880", "10", "10"], ["initial", "amount", "actual", "weight", "rate", "score"],
     {"initial": "880", "amount": "880", "actual": "880", "weight": "10", "score": "10"}),
    (["-", "-"], ["initial", "amount", "actual", "weight", "rate", "score"], {"rate": "-", "score": "-"}),
])
def test_money_cells_aligned_by_shape(cells, roles, expected):
    assert align_cells(cells, roles, MONEY_SHAPES) == expected


def test_indicator_cells_aligned_by_shape():
    roles = ["target", "actual", "weight", "score", "reason"]
    assert align_cells(["10", "10"], roles, INDICATOR_SHAPES) == {"weight": "10", "score": "10"}
    assert align_cells(["≥90%", "88%", "10", "8", "宣传不足"], roles, INDICATOR_SHAPES) == \
        {"target": "≥90%", "actual": "88%", "weight": "10", "score": "8", "reason": "宣传不足"}
    assert align_cells(["a", "b", "c", "d", "e", "f"], roles, INDICATOR_SHAPES) is None


def test_header_words_name_roles_whatever_their_spelling():
    assert header_roles(["*指标值", "计量单位", "指标值类型", "全年实际值"], INDICATOR_COLUMN_WORDS) == \
        ["target", "unit", "operator", "actual"]
    assert header_roles(["年度预算数(万元)", "调整后预算数", "全年执行数(B)", "执行率(B/A)"],
                        SELF_EVALUATION_MONEY_COLUMN_WORDS) == [None, "amount", "actual", "rate"]


# A target form whose indicator table has operator, unit and explanation columns (T-HN, T-SC-flat
# shapes), here in another order and with other spellings: read by the same column-aware reader.
TARGET_WITH_COLUMNS = "\n".join([
    "| 项目支出绩效目标表（2025年度） |||||||",
    "| 项目名称 | 乡村学校营养餐补助 | 主管部门 | 某县教育局 ||||",
    "| 一级指标 | 二级指标 | 三级指标 | *评(扣)分标准 | 计量单位 | 指标性质 | 指标值 |",
    "| 产出指标 | 数量指标 | 受助学生人数 | 每少100人扣1分 | 人 | ≥ | 5200 |",
    "| 供餐天数 | 达标得满分 | 天 | ≥ | 180 ||",
    "| 效益指标 | 社会效益指标 | 学生营养状况 | 定性评价 | | 定性 | 明显改善 |",
])


def test_target_form_columns_named_by_header_words_in_any_order():
    result = parse_bytes(TARGET_WITH_COLUMNS.encode("utf-8"), "target.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["operator"], i["value"], i["unit"],
            i["qualitative"]) for i in result.rows["indicators"]]
    assert got == [("产出指标", "数量指标", "受助学生人数", "≥5200人", ">=", 5200.0, "人", None),
                   ("产出指标", "数量指标", "供餐天数", "≥180天", ">=", 180.0, "天", None),
                   ("效益指标", "社会效益指标", "学生营养状况", "明显改善", None, None, None, "明显改善")]


def test_rows_under_a_block_caption_column_keep_their_columns():
    """A tab table whose first header cell is a caption spanning the rows (绩效指标(90分)): the
    rows' blank cell under it is not the 一级 column (generated T-SC forms in tab rows read 0.35)."""
    from jixiao.pipelines.ingest import parse_bytes
    text = "\n".join([
        "部门预算项目支出绩效自评表(2023年度)",
        "项目名称\t发放补助",
        "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析",
        "\t产出指标\t数量指标\t发放补助人数\t≥\t1200\t人\t1223\t60\t60\t",
        "\t\t质量指标\t资金使用合规率\t=\t100\t%\t100\t30\t30\t",
    ])
    rows = parse_bytes(text.encode(), "tsc.txt", "txt").rows["indicators"]
    got = [(r["level1"], r["level2"], r["level3"], r["target_raw"], r["actual_raw"], r["weight"]) for r in rows]
    assert got == [("产出指标", "数量指标", "发放补助人数", "≥1200人", "1223", 60.0),
                   ("产出指标", "质量指标", "资金使用合规率", "=100%", "100", 30.0)]
