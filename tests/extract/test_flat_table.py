"""Flat multi-project target tables (T-SC-flat): variants with other values, column orders and text
shapes than the samples."""

from jixiao.extract.readers.text import read_text
from jixiao.pipelines.ingest import parse_bytes

# markdown pipes; 权重 before 指标性质, 度量单位 before 指标值, no 指标方向性, 年度目标 spelled 年度绩效目标
PIPE_VARIANT = "\n".join([
    "| 部门预算项目绩效目标申报表(2025年度) | | | |",
    "| 金额单位:万元 | | | |",
    "| 单位名称 | 项目名称 | 预算数 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 权重 | 指标性质 | 度量单位 | 指标值 | |",
    "| 301-某县农业农村局部门 | 90.00 | |",
    "| 301001-某县农业农村局 | 301-耕地保护补贴 | 60.00 | 保护耕地 | 产出指标 | 数量指标 | 补贴面积 | 30 | ≥ | 亩 | 8000 | |",
    "| 质量指标 | 补贴发放准确率 | 30 | = | % | 100 | |",
    "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | 30 | ≥ | % | 90 | |",
    "| 301002-某县农技推广站 | 302-农技培训 | 30.00 | 培训农民 | 产出指标 | 数量指标 | 培训人次 | 50 | ≥ | 人次 | 600 | |",
    "| 效益指标 | 社会效益指标 | 技术到位率 | 40 | 定性 | | 明显提升 | |",
    "| 填报人: | 联系电话: | |",
])


def test_pipe_variant_one_form_per_project_with_department_and_fill_down():
    rows = parse_bytes(PIPE_VARIANT.encode(), "flat.txt").rows
    forms = rows["forms"]
    assert [f["project_name"] for f in forms] == ["301-耕地保护补贴", "302-农技培训"]
    assert [f["reporting_unit"] for f in forms] == ["301001-某县农业农村局", "301002-某县农技推广站"]
    assert {f["department"] for f in forms} == {"301-某县农业农村局部门"}
    assert {f["fiscal_year"] for f in forms} == {2025}
    assert [str(b["amount_yuan"]) for b in rows["budget_lines"]] == ["600000.00", "300000.00"]
    assert {b["item"] for b in rows["budget_lines"]} == {"current_year_budget"}
    by_name = {i["level3"]: i for i in rows["indicators"]}
    assert len(by_name) == 5
    rate = by_name["补贴发放准确率"]
    assert (rate["level1"], rate["level2"], rate["target_raw"], rate["operator"], rate["value"], rate["weight"]) == \
        ("产出指标", "质量指标", "=100%", "=", 100.0, 30.0)
    assert by_name["补贴面积"]["unit"] == "亩" and by_name["补贴面积"]["value"] == 8000.0
    assert by_name["技术到位率"]["qualitative"] == "明显提升" and by_name["技术到位率"]["operator"] is None
    assert {i["form_id"] for i in rows["indicators"] if i["level3"] == "培训人次"} == {forms[1]["form_id"]}


def test_a_pipe_row_cut_before_its_closing_bar_is_still_a_row():
    doc = read_text("| a | b | c |\n| d | e | f".encode())
    table = doc.blocks[0]
    assert [c.text.strip() for c in table.rows[1]] == ["d", "e", "f"]
    # outside a table a line starting with a bar is a paragraph
    assert read_text("text\n| d | e | f".encode()).blocks[1].text.startswith("|")
