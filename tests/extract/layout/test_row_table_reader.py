"""The column reader on row tables whose blank cells vanished: rows chosen by value shape."""

from __future__ import annotations

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.layout.reader import fit, place_row, read_row_table, ROW_TABLE_PROFILES
from jixiao.extract.layout.stream import regroup_dropped_streams, rows_of_dropped_stream

RESULT_ROLES = ["seq", "project_name", "reporting_unit", "score", "grade"]
RESULT_KINDS = ((None, frozenset({"project_name", "score"})),)
FLAT_HEADER = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质",
               "指标值", "度量单位", "权重", "指标方向性"]
FLAT_BODY = ["166-正定县部门", "8,611,919.07",
             "166001-正定县人民政府", "公共图书馆免费开放", "4,633,152.33", "保障公共图书馆免费开放顺利实施",
             "产出指标", "数量指标", "开展宣传活动次数", "=", "5", "次", "6", "正向指标",
             "效益指标", "社会效益指标", "群众生活条件改善", "定性", "及时", "83", "正向指标",
             "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "11", "正向指标"]


def test_row_table_profiles_tell_names_from_values():
    p = ROW_TABLE_PROFILES
    assert fit("grade", "优", p) == 1.0 and fit("grade", "76.89", p) == 0.0
    assert fit("seq", "3", p) == 1.0 and fit("seq", "村组干部报酬", p) == 0.0
    assert fit("project_name", "村组干部报酬", p) > fit("project_name", "≥210批次", p) > fit("project_name", "76.9", p)
    assert fit("level1", "产出指标", p) == 1.0 and fit("level3", "产出指标", p) == 0.0
    assert fit("direction", "正向指标", p) == 1.0 and fit("target", "数量指标", p) == 0.0


def test_a_row_keeps_its_required_columns_and_skips_merged_ones_on_the_left():
    roles = ["level1", "level2", "level3", "operator", "target", "unit", "weight"]
    required = frozenset({"level3", "target"})
    _, columns = place_row(["群众满意度", "≥", "90", "%", "11"], roles, required)
    assert columns == (2, 3, 4, 5, 6)
    _, columns = place_row(["长效管理机制", "定性", "规范", "86"], roles, required)
    assert columns == (2, 3, 4, 6)                       # the unit of a 定性 row is blank
    assert place_row(["≥", "90"], roles, required) is None     # no name: not a row


def test_results_rows_found_without_row_breaks_and_the_table_ends_at_a_label():
    texts = ("1 村组干部报酬 鄂州市消费者投诉举报中心 76.89 中 2 农村生活垃圾治理专项资金 鄂州市农业技术推广中心 "
             "76.9 中 填表人: 张三").split()
    reading = read_row_table(texts, RESULT_ROLES, RESULT_KINDS)
    assert [r.cells for r in reading.rows] == [
        ("1", "村组干部报酬", "鄂州市消费者投诉举报中心", "76.89", "中"),
        ("2", "农村生活垃圾治理专项资金", "鄂州市农业技术推广中心", "76.9", "中")]
    assert reading.end == 10 and not reading.uncertain


def test_flat_table_stream_rows_with_the_department_subtotal():
    [(start, roles, reading)] = rows_of_dropped_stream(FLAT_HEADER + FLAT_BODY)
    assert start == 0 and len(roles) == 12
    rows = [r.cells for r in reading.rows]
    assert rows[0] == ("166-正定县部门", "", "8,611,919.07") + ("",) * 9
    assert rows[1][:3] == ("166001-正定县人民政府", "公共图书馆免费开放", "4,633,152.33")
    assert rows[2] == ("", "", "", "", "效益指标", "社会效益指标", "群众生活条件改善", "定性", "及时", "", "83", "正向指标")
    assert len(rows) == 4


def test_equal_readings_are_marked_uncertain_not_guessed_silently():
    # 乙 is the remark of 甲's row or the unit of 丙's: nothing in the cells tells
    texts = ["甲", "80", "乙", "丙", "90"]
    reading = read_row_table(texts, ["reporting_unit", "project_name", "score", "remark"],
                             ((None, frozenset({"project_name", "score"})),))
    assert reading.uncertain and reading.note and reading.end == 5
    # 乙 is 甲's 主管部门 or its 项目单位: the table is kept, the doubt reported with the raw text
    blocks, notes = regroup_dropped_streams([Paragraph(t) for t in ["项目名称", "主管部门", "项目单位", "自评分数",
                                                                     "自评等级", "甲", "乙", "80", "优",
                                                                     "丙", "丁", "戊", "90", "良"]])
    assert isinstance(blocks[0], Table) and len(blocks[0].rows) == 3
    assert len(notes) == 1 and notes[0].startswith("row_split_uncertain\t") and "甲 乙 80 优 丙 丁 戊 90 良" in notes[0]


def test_regrouped_paragraphs_become_a_table_and_report_uncertain_splits():
    texts = ["序号", "项目名称", "项目单位", "自评分数", "自评等级", "1", "甲", "乙单位", "80", "良",
             "2", "丙", "丁单位", "91", "优", "说明文字"]
    blocks, notes = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(texts)])
    assert isinstance(blocks[0], Table) and len(blocks[0].rows) == 3
    assert [c.text for c in blocks[0].rows[2]] == ["2", "丙", "丁单位", "91", "优"]
    assert isinstance(blocks[1], Paragraph) and blocks[1].text == "说明文字" and notes == []


def test_spaced_row_lines_under_a_header_line_become_a_table():
    lines = [" ".join(FLAT_HEADER), "166-正定县部门 8,611,919.07",
             "166001-正定县人民政府 公共图书馆免费开放 4,633,152.33 保障顺利实施 产出指标 数量指标 开展宣传活动次数 = 5 次 6 正向指标",
             "效益指标 社会效益指标 群众生活条件改善 定性 及时 83 正向指标"]
    blocks, _ = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(lines)])
    [table] = blocks
    assert [c.text for c in table.rows[3]][7:] == ["定性", "及时", "", "83", "正向指标"]


def test_an_uncertain_split_reaches_the_issues_table_with_the_raw_text():
    from jixiao.pipelines.ingest import parse_bytes
    text = "\n".join(["2023年度项目支出绩效自评结果汇总表", "项目名称", "主管部门", "项目单位", "自评分数", "自评等级",
                      "甲项目", "乙局", "80", "优", "丙项目", "丁局", "戊中心", "90", "良"]) + "\n"
    result = parse_bytes(text.encode("utf-8"), "results.txt")
    [issue] = [i for i in result.rows["issues"] if i["code"] == "row_split_uncertain"]
    assert "甲项目 乙局 80 优" in issue["context"] and issue["severity"] == "warning"
    # the table is still read: every project and its score, the doubtful cell kept in one column
    assert [f["project_name"] for f in result.rows["forms"]] == ["甲项目", "丙项目"]
    assert [(e["total_score"], e["grade"]) for e in result.rows["evaluations"]] == [(80.0, "优"), (90.0, "良")]


def test_a_flat_tables_subtotals_decide_between_readings():
    from jixiao.extract.layout.reader import TableRow
    from jixiao.extract.layout.stream import subtotals_add_up
    roles = ["reporting_unit", "project_name", "budget", "level3"]
    good = [TableRow(0, ("405-某局部门", "", "342.68", "")), TableRow(2, ("405001-某局", "甲", "286.50", "人次")),
            TableRow(6, ("", "乙", "56.18", "人数"))]
    assert subtotals_add_up(good, roles) is True
    # 乙 read as a second subtotal: the first no longer adds up
    bad = good[:2] + [TableRow(6, ("乙", "", "56.18", ""))]
    assert subtotals_add_up(bad, roles) is False
    assert subtotals_add_up(good[1:], roles) is None          # no subtotal: nothing to prove


def test_a_target_forms_indicator_table_cut_only_when_its_reading_reaches_its_end():
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    rows = ["产出指标", "数量指标", "培训农民人次", "≥210人次", "质量指标", "培训合格率", "≥95%",
            "时效指标", "完成及时率", "100%"]
    # read to a label that follows the table: cut into rows
    [(start, roles, reading)] = rows_of_dropped_stream(header + rows + ["填表人：", "张三"])
    assert start == 0 and len(reading.rows) == 3 and reading.rows[2].cells == ("", "时效指标", "完成及时率", "100%")
    # a row the profiles cannot place (a level-3 name ending in 目标) stops the reading short: the
    # stream is left whole to the family's line reader, no half table
    stuck = ["效果目标", "社会效益", "社会效益目标", ">=90%", "满意度指标", "满意度", "满意率", ">=70%"]
    assert rows_of_dropped_stream(header + rows + stuck) == []


def test_spaced_row_lines_of_a_target_forms_indicator_table_stay_lines():
    # the family reads them whole (its line reader also reads the page layouts of the same table)
    lines = ["一级指标 二级指标 指标内容 指标值 备注", "产出指标 数量指标 运维终端数量 326个 覆盖20个乡镇",
             "运维配套管网长度 ≥580公里", "终端巡检频次 ≥2次/月 每个终端"]
    blocks, notes = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(lines)])
    assert all(isinstance(b, Paragraph) for b in blocks) and notes == []


def test_a_flat_table_stream_the_reader_leaves_cells_of_is_left_to_the_family():
    # figures before the words of their row (a PDF's stream order): the reading stops at cells it
    # cannot place, so no half table is cut; read to a label, the same table is cut into rows
    stream_order = ["230", "10", "产出指标", "数量指标", "村组干部230人", "≥", "个", "正向指标", "95"]
    assert rows_of_dropped_stream(FLAT_HEADER + FLAT_BODY + stream_order) == []
    [(_, _, reading)] = rows_of_dropped_stream(FLAT_HEADER + FLAT_BODY + ["填表人：", "张三"])
    assert reading.end == len(FLAT_BODY) and len(reading.rows) == 4


def test_a_stream_table_ends_at_the_page_furniture_after_it():
    # a web page's chrome (print/close links, related links) and page numbers are no cells
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    rows = ["产出指标", "数量指标", "新建养老服务站", "≥6个", "满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%",
            "家长满意度", "≥90%"]
    for furniture in (["【打印本页】  【关闭窗口】", "相关链接：江西省人民政府  九江市人民政府"], ["-3-", "说明"]):
        [(_, _, reading)] = rows_of_dropped_stream(header + rows + furniture)
        assert reading.end == len(rows) and reading.rows[-1].cells == ("", "", "家长满意度", "≥90%")


def test_an_indicator_tables_row_caption_after_its_header_leads_the_table():
    # 绩效指标 is a merged first column the header does not name (the Shanghai template): it is drawn
    # after the header, with the first row; read as a row it would shift every level one column
    header = ["一级指标", "二级指标", "三级指标", "年度(/项目)指标值"]
    body = ["产出指标", "数量指标", "购置服装数量", "=90.00(套)", "质量指标", "服装质量合格率", "=100.00(%)",
            "效益指标", "经济效益指标", "人员服装配备保障度", "=100.00(%)"]
    blocks, _ = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(header + ["绩效 指标"] + body)])
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "绩效 指标"
    table = blocks[1]
    assert isinstance(table, Table) and [c.text for c in table.rows[1]] == ["产出指标", "数量指标", "购置服装数量", "=90.00(套)"]
    assert [c.text for c in table.rows[3]][:2] == ["效益指标", "经济效益指标"]
    # a table whose first row opens with its own levels keeps them
    blocks, _ = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(header + body)])
    assert isinstance(blocks[0], Table) and [c.text for c in blocks[0].rows[1]][0] == "产出指标"


def test_an_indicator_named_after_its_level_is_read_as_the_last_row():
    # 服务对象满意度 is a level word of the vocabulary and the name of the satisfaction row: where no
    # other reading places it, it is the row's name (the table had ended one row short)
    texts = ["一级指标", "二级指标", "三级指标", "指标解释", "目标值",
             "产出指标", "数量指标", "粮食播种面积", "稳定粮食生产(计划标准)", ">=100万亩",
             "时效指标", "项目资金支付进度", "年度支付计划(计划标准)", "1",
             "满意度指标", "服务对象满意度指标", "服务对象满意度", "社会调查(计划标准)", ">=90%"]
    (start, roles, reading), = rows_of_dropped_stream(texts)
    assert start == 0 and reading.end == len(texts) - 5
    assert reading.rows[-1].cells == ("满意度指标", "服务对象满意度指标", "服务对象满意度", "社会调查(计划标准)", ">=90%")
    assert ROW_TABLE_PROFILES["level3"]("服务对象满意度") < ROW_TABLE_PROFILES["level3"]("粮食播种面积")
    assert ROW_TABLE_PROFILES["level3"]("服务对象满意度指标") == 0.0
