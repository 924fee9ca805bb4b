"""A whole 湖北 target form run together into one line with no separators (F8, T-HB): the run cut
into cells by vocabulary and value shapes, cost-table figures split by the table's totals."""

from decimal import Decimal

from jixiao.extract.document import Line
from jixiao.extract.layout.glued import split_glued_numbers
from jixiao.extract.layout.glued_form import (
    cut_at_field_labels,
    expand_form_runs,
    find_run_title,
    read_cost_run,
    split_indicator_run,
)
from jixiao.pipelines.ingest import parse_bytes


def _paragraph(text: str) -> Line:
    return Line((text,), False, None, 1, text)


# -- figures run together ------------------------------------------------------------------------

def test_glued_figures_split_into_well_formed_amounts():
    assert split_glued_numbers("191191", 2) == [("1", "91191"), ("19", "1191"), ("191", "191"),
                                               ("1911", "91"), ("19119", "1")]
    assert split_glued_numbers("372.88504.55", 2) == [("372.8", "8504.55"), ("372.88", "504.55")]
    assert split_glued_numbers("191", 1) == [("191",)]
    assert split_glued_numbers("0.5", 1) == [("0.5",)]
    assert split_glued_numbers("05", 1) == []                  # no leading zero
    assert split_glued_numbers("1.234", 1) == []               # money has at most two decimals
    assert ("1,910,000", "2,000") in split_glued_numbers("1,910,0002,000", 2)


# -- the title in the middle of a run -------------------------------------------------------------

def test_title_found_mid_run_after_a_signature_block():
    text = "主管部门审核意见单位公章:年月 日鄂州市2022年市直部门预算项目支出绩效目标表项目名称某某项目"
    start, end = find_run_title(text)
    assert text[start:end] == "鄂州市2022年市直部门预算项目支出绩效目标表"


def test_title_with_unit_caption_and_spaced_label():
    text = "附件2孝感市2023年度项目支出绩效目标申报表单位:万元项目 名称路灯维护"
    start, end = find_run_title(text)
    assert text[start:end] == "孝感市2023年度项目支出绩效目标申报表"


def test_a_title_named_in_prose_or_followed_by_a_blank_is_no_run():
    assert find_run_title("根据《鄂州市2022年项目支出绩效目标表》项目名称的要求") is None
    assert find_run_title("鄂州市2022年项目支出绩效目标表 项目名称 某某项目") is None
    lines = [_paragraph("鄂州市2022年市直部门预算项目支出绩效目标表")]
    assert expand_form_runs(lines) == lines


def test_header_cut_at_labels_once_each():
    assert cut_at_field_labels("项目名称滨湖办公大楼运行保障项目类别本级支出项目项目性质持续性项目"
                               "立项依据列入市级项目名称清单资金总额(万元)120") == [
        "项目名称", "滨湖办公大楼运行保障", "项目类别", "本级支出项目", "项目性质", "持续性项目",
        "立项依据", "列入市级项目名称清单", "资金总额(万元)", "120"]


# -- cost build-up table --------------------------------------------------------------------------

SAMPLE_COST = ("项目预算成本构成金额测算(公式)依据2020年实际执行数2021年实际执行数保安服务费191依据招标文件191191"
               "保洁服务费99依据招标文件9999水电气、维修维护费524根据三定方案,各项费用据实结算372.88504.55"
               "合计814662.98794.55")


def test_cost_run_split_by_its_totals():
    table = read_cost_run(SAMPLE_COST)
    assert table.header == ("项目预算成本构成", "金额", "测算(公式)依据", "2020年实际执行数", "2021年实际执行数")
    assert [(r.label, r.amount, r.basis, r.prior) for r in table.rows] == [
        ("保安服务费", "191", "依据招标文件", ("191", "191")),
        ("保洁服务费", "99", "依据招标文件", ("99", "99")),
        ("水电气、维修维护费", "524", "根据三定方案,各项费用据实结算", ("372.88", "504.55")),
        ("合计", "814", "", ("662.98", "794.55")),
    ]
    # the 2020 column adds up to 662.88, not the printed 662.98: said, amounts are proven
    assert [(i.severity, i.code) for i in table.issues] == [("info", "cost_column_sum_mismatch")]


def test_cost_row_without_basis_split_by_the_amount_total():
    table = read_cost_run("项目成本构成金额测算依据2023年实际执行数路灯电费260按全年用电量测算255"
                          "人工费用120.3118合计380.3373")
    assert [(r.label, r.amount, r.prior) for r in table.rows] == [
        ("路灯电费", "260", ("255",)), ("人工费用", "120.3", ("118",)), ("合计", "380.3", ("373",))]
    assert table.issues == ()


def test_cost_run_the_totals_cannot_decide_is_reported():
    table = read_cost_run("项目预算成本构成金额2021年实际执行数甲费1010乙费2020合计3030")
    assert [i.code for i in table.issues] == ["row_split_uncertain"]
    assert table.issues[0].severity == "warning"
    assert table.issues[0].context.endswith("合计3030")


def test_cost_run_without_earlier_years():
    table = read_cost_run("项目预算成本构成金额测算依据绿地养护费300按面积测算苗木补植费50.5按上年补植量合计350.5")
    # with no figures after the basis, a basis runs into the next label: kept as found, and said
    assert [(r.label, r.amount, r.basis) for r in table.rows] == [
        ("绿地养护费", "300", ""), ("按面积测算苗木补植费", "50.5", "按上年补植量"), ("合计", "350.5", "")]
    assert [(i.severity, i.code) for i in table.issues] == [("warning", "row_split_uncertain")]
    clean = read_cost_run("项目预算成本构成金额绿地养护费300苗木补植费50.5合计350.5")
    assert [(r.label, r.amount) for r in clean.rows] == [("绿地养护费", "300"), ("苗木补植费", "50.5"),
                                                         ("合计", "350.5")]
    assert clean.issues == ()


# -- indicator rows ---------------------------------------------------------------------------------

def test_indicator_run_cut_into_level_name_explanation_target():
    cells = [c for c, _ in split_indicator_run(
        "数量指标办公大楼日常维修维护次数反映办公大楼全年维修维护情况2280次大楼安检巡察次数反映大楼保卫巡检情况200次"
        "成本指标成本控制率不超预算水电气消耗下降率反映水电气消耗比上年下降情况>")]
    assert cells == ["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次",
                     "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次", "成本指标", "成本控制率", "不超预算",
                     "水电气消耗下降率", "反映水电气消耗比上年下降情况", ">"]


def test_indicator_run_drops_measures_prose_and_reads_unknown_word_targets():
    rows = split_indicator_run(
        "数量指标维护路灯数量反映全年维护路灯数量情况≥12000盏落实巡查责任制，每周巡查一次。路灯亮灯率反映路灯正常亮灯情况"
        "≥98%社会效益指标夜间出行安全保障反映路灯对夜间出行安全的保障情况有效保障服务对象满意度指标市民满意度"
        "反映市民对路灯照明的满意程度≥90%")
    assert [c for c, _ in rows] == [
        "数量指标", "维护路灯数量", "反映全年维护路灯数量情况", "≥12000盏", "路灯亮灯率", "反映路灯正常亮灯情况",
        "≥98%", "社会效益指标", "夜间出行安全保障", "反映路灯对夜间出行安全的保障情况", "有效保障",
        "服务对象满意度指标", "市民满意度", "反映市民对路灯照明的满意程度", "≥90%"]
    assert dict(rows)["≥98%"] == "路灯亮灯率反映路灯正常亮灯情况≥98%"     # each cell keeps its row


# -- the whole family: another city, project, year, spelling and layout ---------------------------

VARIANT = (
    "附件2孝感市2023年市直部门预算项目支出绩效目标表单位:万元项目 名称城区道路照明设施维护项目"
    "主管部门孝感市城市管理执法委员会项目实施单位孝感市路灯管理处项目类别本级支出项目"
    "项目成本构成金额测算依据2022年实际执行数路灯电费260按全年用电量测算255维修材料费45.5按上年实际48.2"
    "人工费用120.3118合计425.8421.2绩效目标保障城区道路照明设施正常运行,亮灯率保持在98%以上。"
    "一级指标二级指标绩效标准年度指标值保障绩效目标实现措施数量指标维护路灯数量反映全年维护路灯数量情况≥12000盏"
    "落实巡查责任制，每周巡查一次。路灯亮灯率反映路灯正常亮灯情况≥98%时效指标故障修复时间≤24小时"
    "社会效益指标夜间出行安全保障反映路灯对夜间出行安全的保障情况有效保障服务对象满意度指标市民满意度"
    "反映市民对路灯照明的满意程度≥90%主管部门审核意见单位公章:年月日"
)


def test_variant_form_in_one_run():
    result = parse_bytes(VARIANT.encode(), "thb_run.txt")
    assert result.status != "failed"
    assert result.document["doc_kind"] == "target_form"
    form = result.rows["forms"][0]
    assert form["fiscal_year"] == 2023
    assert (form["project_name"], form["department"], form["reporting_unit"], form["project_type"]) == \
        ("城区道路照明设施维护项目", "孝感市城市管理执法委员会", "孝感市路灯管理处", "本级支出项目")
    budget = [(b["item"], b["label"], b["amount_yuan"]) for b in result.rows["budget_lines"]]
    assert budget == [("component", "路灯电费", Decimal("2600000.00")),
                      ("component", "维修材料费", Decimal("455000.00")),
                      ("component", "人工费用", Decimal("1203000.00")),
                      ("current_year_budget", "合计", Decimal("4258000.00"))]
    assert result.rows["budget_lines"][2]["raw"] == "人工费用120.3118"
    indicators = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["operator"], i["value"], i["unit"])
                  for i in result.rows["indicators"]]
    assert indicators == [
        ("数量指标", None, "维护路灯数量", "≥12000盏", ">=", 12000.0, "盏"),
        ("数量指标", None, "路灯亮灯率", "≥98%", ">=", 98.0, "%"),
        ("时效指标", None, "故障修复时间", "≤24小时", "<=", 24.0, "小时"),
        ("社会效益指标", None, "夜间出行安全保障", "有效保障", None, None, None),
        ("服务对象满意度指标", None, "市民满意度", "≥90%", ">=", 90.0, "%"),
    ]
    assert [i["level1_std"] for i in result.rows["indicators"]] == ["产出", "产出", "产出", "效益", "满意度"]
    assert result.rows["indicators"][1]["source_text"] == "路灯亮灯率反映路灯正常亮灯情况≥98%"
    # every column adds up: no split issue
    assert not [i for i in result.rows["issues"] if i["code"] in ("row_split_uncertain", "cost_column_sum_mismatch")]


def test_two_forms_in_one_run_are_two_forms():
    second = ("鄂州市2022年市直部门预算项目支出绩效目标表项目名称机关食堂运行保障项目性质持续性项目"
              "一级指标二级指标绩效标准当年预期实现值质量指标食品安全检查合格率反映食堂食品安全情况100%")
    result = parse_bytes((VARIANT + second).encode(), "two_runs.txt")
    assert [f["project_name"] for f in result.rows["forms"]] == ["城区道路照明设施维护项目", "机关食堂运行保障"]
    assert [(i["form_id"][-1], i["level3"]) for i in result.rows["indicators"]][-1] == ("1", "食品安全检查合格率")


def test_cost_basis_with_figures_and_a_long_table():
    table = read_cost_run("项目预算成本构成金额测算依据2023年实际执行数保安服务费191依据2021年招标文件185"
                          "保洁服务费99按12个月×8.25万元计算96合计290281")
    assert [(r.label, r.amount, r.basis, r.prior) for r in table.rows] == [
        ("保安服务费", "191", "依据2021年招标文件", ("185",)), ("保洁服务费", "99", "按12个月×8.25万元计算", ("96",)),
        ("合计", "290", "", ("281",))]
    rows = "".join(f"费用项目{chr(0x4e00 + i)}费{100 + i * 7}.5依据合同{90 + i * 3}.25{95 + i * 5}" for i in range(15))
    long = read_cost_run(f"项目预算成本构成金额测算依据2021年实际执行数2022年实际执行数{rows}合计2242.51668.751950")
    assert len(long.rows) == 16 and long.issues == ()
    assert (long.rows[3].amount, long.rows[3].prior) == ("121.5", ("99.25", "110"))


# -- other families run together (no explanation column, the year after the title) ---------------

SHANGHAI_GLUED = ("财政项目支出绩效目标表(2020年度)申报单位名称：上海市某某中心项目名称：热线维护专项项目类别：经常性专项业务费"
                  "计划开始日期：2020-01-01计划完成日期：2020-12-31"
                  "一级目标二级目标三级目标指标目标值投入与管理投入管理预算编制合理性合理预算执行率>=95%"
                  "产出目标数量指标话务设备维护完成率=100%话务设备授权完成率=100%")


def test_a_title_with_its_year_after_it_starts_a_run():
    assert find_run_title(SHANGHAI_GLUED) == (0, len("财政项目支出绩效目标表(2020年度)"))
    assert cut_at_field_labels("项目名称：热线维护专项项目类别：经常性专项业务费") == [
        "项目名称：", "热线维护专项", "项目类别：", "经常性专项业务费"]


def test_a_glued_target_form_without_explanations_reads_its_rows():
    result = parse_bytes(SHANGHAI_GLUED.encode(), "glued.txt", "txt")
    form = result.rows["forms"][0]
    assert form["project_name"] == "热线维护专项" and form["fiscal_year"] == 2020
    rows = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in result.rows["indicators"]]
    assert ("投入与管理", "投入管理", "预算编制合理性", "合理") in rows
    assert ("产出目标", "数量指标", "话务设备授权完成率", "=100%") in rows
