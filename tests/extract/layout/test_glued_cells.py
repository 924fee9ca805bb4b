"""The glued builder: a form run together without separators cut back into its cells."""

import regex as re
from hypothesis import given, settings as hsettings, strategies as st

from jixiao.extract.layout.glued_cells import (
    cut_glued_run,
    cut_value_run,
    glued_rows_text,
    is_glued_run,
    split_place_names,
    split_shares,
    split_total_and_parts,
    VALUE_PATTERNS,
)

NATIONAL = ("项目支出绩效自评表(2026年度)项目名称村组干部报酬主管部门天长市文化广电和旅游局实施单位天长市图书馆"
            "项目资金（万元）年初预算数全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额633.27633.27602.99"
            "1095.22%9.52一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标(50分)数量指标培训农民人次"
            "至少580人次611人次22质量指标管理制度健全性及时达成预期指标1414总分10098.72")
INDICATOR_ROLES = ("level1", "level2", "level3", "target", "actual", "weight", "score")


def test_a_national_self_evaluation_run_is_cut_into_its_cells():
    cells = cut_glued_run(NATIONAL)
    assert is_glued_run(NATIONAL)
    assert cells[1:4] == ["项目名称", "村组干部报酬", "主管部门"]
    money = cells.index("年度资金总额")
    assert cells[money + 1:money + 7] == ["633.27", "633.27", "602.99", "10", "95.22%", "9.52"]   # 执行率 = B/A
    row = cells.index("培训农民人次")
    assert cells[row:row + 5] == ["培训农民人次", "至少580人次", "611人次", "2", "2"]
    word = cells.index("管理制度健全性")
    assert cells[word:word + 5] == ["管理制度健全性", "及时", "达成预期指标", "14", "14"]
    assert cells[-3:] == ["总分", "100", "98.72"]
    assert "产出指标(50分)" in cells


def test_value_runs_follow_the_header_and_the_arithmetic():
    assert cut_value_run("43.2", INDICATOR_ROLES, 5)[0] == ["4", "3.2"]          # score ≤ weight
    assert cut_value_run("1010", INDICATOR_ROLES, 5)[0] == ["10", "10"]
    roles = ("level3", "operator", "target", "unit", "actual", "weight", "score")
    assert cut_value_run("≥80%8055", roles, 1)[0] == ["≥", "80", "%", "80", "5", "5"]   # a unit column
    assert cut_value_run("abc", INDICATOR_ROLES, 3) == (["abc"], None)         # kept whole, not guessed


def test_a_sentence_or_short_text_is_no_glued_run():
    assert not is_glued_run("项目名称村组干部报酬")
    assert not is_glued_run("本项目" * 80)


@hsettings(max_examples=60, deadline=None)
@given(st.text(alphabet="产出指标数量分值得分年度123.%≥人次项目名称一级二级三级", max_size=300))
def test_cutting_keeps_every_character_in_order(text):
    assert "".join(cut_glued_run(text)) == text


def test_a_numbered_table_caption_opens_a_new_cell_unless_a_sentence_refers_to_it():
    run = ("村组干部报酬2022年度绩效评价指标评分表表1项目基本情况项目名称村组干部报酬一级指标二级指标三级指标分值得分"
           "决策立项依据充分性43.5合计4.03.5表2详见表3：说明")
    cells = cut_glued_run(run)
    assert cells[:3] == ["村组干部报酬2022年度绩效评价指标评分表", "表1项目基本情况", "项目名称"]
    assert "表2详见表3：说明" in cells                      # 详见表3 is a reference, not a caption


def test_a_bar_or_two_of_page_chrome_does_not_hide_a_glued_run():
    assert is_glued_run(NATIONAL + "网站地图|联系我们")
    assert not is_glued_run(NATIONAL.replace("分值", "|分值|", 3))     # a pipe row


REPORT = ("一、项目基本情况具体预算执行情况详见表1：表1：2021年的预算及执行情况序号实施内容预算金额实际使用执行率"
          "1基层组织活动经费日常运维经费67.9467.94100%2基层组织活动经费协调工作经费181.97175.7696.59%"
          "3基层组织活动经费服务器采购65.5665.2799.56%项目预算合计315.47308.9797.94%"
          "设置了年度绩效目标如下：产出目标（1）质量验收通过率100%；（2）资金拨付及时率85%以上。效果目标（1）诉求解决率90%以上。"
          "表3-1项目决策指标及分值二级指标三级指标权重业绩值分值A1项目立项1412.2A11.项目目标的适应性9较为合理7.2"
          "A12立项依据的充分性586.35%4合计1412.2")


def test_a_report_run_is_cut_by_its_tables_headers_and_numbered_headings():
    cells = cut_glued_run(REPORT)
    assert "".join(cells) == REPORT
    assert "表1：2021年的预算及执行情况" in cells                  # the caption keeps its words
    seq = cells.index("序号")
    assert cells[seq + 5:seq + 15] == ["1", "基层组织活动经费日常运维经费", "67.94", "67.94", "100%",   # no repeated-
                                       "2", "基层组织活动经费协调工作经费", "181.97", "175.76", "96.59%"]  # text cut
    total = cells.index("项目预算合计")
    assert cells[total + 1:total + 4] == ["315.47", "308.97", "97.94%"]        # a total row has no 序号
    assert ["产出目标", "（1）质量验收通过率100%；", "（2）资金拨付及时率85%以上。", "效果目标"] == \
        cells[cells.index("产出目标"):cells.index("效果目标") + 1]
    assert "表3-1项目决策指标及分值" in cells                       # 分值 is the caption's, the header names it again
    row = cells.index("A1项目立项")
    # a group row has no 业绩值: 14 and 12.2 are its weight and score, not weight, 业绩值 1, score 2.2
    assert cells[row:row + 8] == ["A1项目立项", "14", "12.2", "A11.项目目标的适应性", "9", "较为合理", "7.2",
                                  "A12立项依据的充分性"]
    assert cells[row + 8:row + 11] == ["5", "86.35%", "4"]


def test_a_word_ending_in_a_numeral_opens_no_heading():
    cells = cut_glued_run(REPORT.replace("一、项目基本情况", "统一、规范项目管理"))
    assert cells[0].startswith("统一、规范项目管理")


FLAT = ("部门预算项目绩效目标申报表(2026年度)金额单位:元单位名称项目名称预算数年度目标一级指标二级指标三级指标指标性质指标值"
        "度量单位权重指标方向性166-正定县部门8,611,919.07166001-正定县人民政府公共图书馆免费开放4,633,152.33"
        "保障公共图书馆免费开放顺利实施产出指标数量指标开展宣传活动次数=5次6正向指标166001-正定县人民政府村组干部报酬"
        "3,424,935.57保障村组干部报酬顺利实施产出指标数量指标发放补助人数>120人10正向指标")


def test_a_code_glued_to_a_name_is_the_names_and_values_never_reach_past_the_name_column():
    cells = cut_glued_run(FLAT)
    assert "".join(cells) == FLAT
    # 预算数 runs into the next unit's code; the longest code whose figures before it read is cut off
    assert cells[cells.index("166-正定县部门") + 1:][:2] == ["8,611,919.07", "166001-正定县人民政府公共图书馆免费开放"]
    assert "4,633,152.33" in cells                       # not 4,633,152.3 (指标值) + 3 (权重) past the name
    row = cells.index("开展宣传活动次数")
    assert cells[row:row + 6] == ["开展宣传活动次数", "=", "5", "次", "6", "正向指标"]
    assert "166001-正定县人民政府村组干部报酬" in cells          # a code after a word opens a cell


def test_an_attachment_number_run_into_the_titles_year_is_cut_off():
    cells = cut_glued_run("附件32023年省级公共文化服务体系建设专项资金区域绩效目标表" + FLAT[FLAT.index("单位名称"):])
    assert cells[:2] == ["附件3", "2023年省级公共文化服务体系建设专项资金区域绩效目标表"]


SUMMARY = ("井研县2024年度项目支出绩效自评结果汇总表序号项目名称项目单位自评分数自评等级1城区道路机械化清扫保洁井研县环境监测站"
           "71.74中2重点人群免费体检井研县环境卫生服务中心92.95优")


def test_a_short_summary_run_is_cut_and_each_unit_opens_with_the_titles_place():
    assert len(SUMMARY) < 150 and is_glued_run(SUMMARY)          # a header naming five columns
    cells = cut_glued_run(SUMMARY + "填报人:王芳联系电话:0249-2396366")
    assert cells[6:11] == ["1", "城区道路机械化清扫保洁", "井研县环境监测站", "71.74", "中"]
    assert cells[-2:] == ["填报人:王芳", "联系电话:0249-2396366"]   # a signature line opens a cell
    assert not is_glued_run("项目名称城区道路机械化清扫保洁项目单位井研县环境监测站自评分数71.74")


def test_no_value_starts_inside_a_standards_code():
    run = NATIONAL.replace("质量指标管理制度健全性", "质量指标终端出水水质达标率≥85%按DB33/973-2015标准管理制度健全性")
    assert any(c.startswith("按DB33/973-2015标准") for c in cut_glued_run(run))    # not 按DB33/ + 973-2015


TRANSFER = ("专项名称省级公共文化服务体系建设专项资金主管部门福建省文化和旅游厅资金金额(万元)合计福州市龙岩市泉州市"
            "5200.0600.03600.01000.0年度目标统筹安排专项资金一级指标二级指标三级指标指标值福州市龙岩市泉州市"
            "产出指标数量指标覆盖行政村数量>320个1657580安装路灯数量>=32盏111110项目完成及时性1111质量指标管理制度健全性规范规范规范规范"
            "成本指标人均补助标准<=350元<=350元<=350元<=350元满意度指标服务对象满意度指标群众满意度>=80%0.80.80.8")


def test_a_transfers_money_and_recipient_columns_are_cut_so_the_shares_add_up():
    cells = cut_glued_run(TRANSFER)
    assert "".join(cells) == TRANSFER
    assert cells[cells.index("主管部门") + 1] == "福建省文化和旅游厅"
    money = cells.index("资金金额(万元)")
    assert cells[money + 1:money + 9] == ["合计", "福州市", "龙岩市", "泉州市", "5200.0", "600.0", "3600.0", "1000.0"]
    head = cells.index("指标值")
    assert cells[head + 1:head + 5] == ["福州市", "龙岩市", "泉州市", "产出指标"]
    row = cells.index("覆盖行政村数量")
    assert cells[row:row + 5] == ["覆盖行政村数量", ">320个", "165", "75", "80"]        # 165+75+80 = 320
    assert cells[row + 5:row + 16] == ["安装路灯数量", ">=32盏", "11", "11", "10",     # 项 opens the next name
                                       "项目完成及时性", "1", "1", "1", "1", "质量指标"]
    assert cells[cells.index("管理制度健全性") + 1:][:4] == ["规范"] * 4                # a word no vocabulary knows
    assert cells[cells.index("人均补助标准") + 1:][:4] == ["<=350元"] * 4
    assert cells[-4:] == [">=80%", "0.8", "0.8", "0.8"]


def test_money_and_shares_are_cut_only_where_the_sum_holds():
    assert split_place_names("福州市莆田市三明市") == ["福州市", "莆田市", "三明市"]      # 福州 is no place of its own
    assert split_place_names("福州市") is None
    assert split_total_and_parts("1130024001600200015003800", 5) == ["11300", "2400", "1600", "2000", "1500", "3800"]
    assert split_total_and_parts("1130024001600200015003801", 5) is None                     # no cut adds up
    target = re.compile(VALUE_PATTERNS["target"])
    assert split_shares(">=326盏1101591628148", target, 6) == [">=326盏", "110", "15", "9", "16", "28", "148"]
    assert split_shares("1111", target, 3) == ["1", "1", "1", "1"]
    assert split_shares(">=326盏1101591628149", target, 6) is None


DEPARTMENT = ("部门整体支出绩效目标表部门(单位)名称马踏镇水利局部门预算编码323961年度预算安排(万元)资金总额1184.83基本支出847.28"
              "项目支出337.55年度总体目标目标1:保障机关正常运转;目标2:完成农村公路日常养护;按时足额发放救助资金;"
              "年度履职目标部门职能年度目标任务支出项目名称预算金额(万元)负责农村公路养护工作完成农村公路日常养护农村公路养护经费"
              "204.45负责困难群众救助工作按时足额发放救助资金困难群众救助经费133.1一级指标二级指标三级指标指标解释目标值"
              "产出指标数量指标培训农民人次培训农民人次(历史标准)≥12人次资金拨付及时率资金拨付及时率(行业标准)0.9"
              "项目完成及时性项目完成及时性(计划标准)及时")


def test_a_department_forms_money_duties_and_explained_names_are_cut():
    cells = cut_glued_run(DEPARTMENT)
    assert "".join(cells) == DEPARTMENT
    assert cells[cells.index("部门预算编码") + 1:][:2] == ["323961", "年度预算安排(万元)"]     # the caption, not 年度|预算安排
    money = cells.index("资金总额")
    assert cells[money:money + 6] == ["资金总额", "1184.83", "基本支出", "847.28", "项目支出", "337.55"]
    assert cells[money + 6] == "年度总体目标"                          # a field, though 预算安排|资金总额 are column words
    duty = cells.index("负责农村公路养护工作")                           # the task is a clause of the goal
    assert cells[duty:duty + 4] == ["负责农村公路养护工作", "完成农村公路日常养护", "农村公路养护经费", "204.45"]
    row = cells.index("培训农民人次")
    assert cells[row:row + 3] == ["培训农民人次", "培训农民人次(历史标准)", "≥12人次"]
    row = cells.index("资金拨付及时率")                                    # 项 is the next name's, not a unit
    assert cells[row + 2:] == ["0.9", "项目完成及时性", "项目完成及时性(计划标准)", "及时"]


def test_a_numbered_name_and_the_pages_chrome_after_a_grade_are_no_values():
    run = NATIONAL.replace("培训农民人次至少", "指标1:培训农民人次至少") + "优发布时间:2026-09-04信息来源:三台县农业农村局"
    cells = cut_glued_run(run)
    row = cells.index("指标1:培训农民人次")                       # 1: is the name's number
    assert cells[row + 1:row + 5] == ["至少580人次", "611人次", "2", "2"]
    assert cells[-2:] == ["优", "发布时间:2026-09-04信息来源:三台县农业农村局"]     # the chrome line kept whole


def test_a_cost_table_word_in_a_reports_prose_does_not_hand_the_run_to_the_cost_table_reader():
    prose = "（三）数据采集方法及过程本项目以填报的方式采集项目资金支出情况及项目成本构成等数据资料；"
    assert is_glued_run(REPORT + prose)
    assert not is_glued_run(NATIONAL + "项目预算成本构成金额测算(公式)依据2021年实际执行数保安服务费191依据招标文件191")


def test_numbered_list_items_that_open_alike_are_no_column_repeated_row_after_row():
    run = ("设置了年度绩效目标如下：产出目标（1）12315话务设备改造完成率100%（2）12345市民热线协调工作计划完成率100%"
           "效果目标（1）12345市民热线诉求解决率90%以上；（2）12345市民热线协调工作满意度90%以上；"
           "影响力目标（1）12315平台功能拓展能力；（2）12345市民热线协调工作知晓率80%以上。"
           "表3-1项目决策指标及分值二级指标三级指标权重业绩值分值A1项目立项1412.2合计1412.2")
    cells = cut_glued_run(run)
    assert "（1）12315话务设备改造完成率100%" in cells
    assert "（2）12345市民热线协调工作计划完成率100%" in cells
    assert "（1）12315平台功能拓展能力；" in cells


TSC_ROWS = ["部门预算项目支出绩效自评表(2023年度)", "项目名称51072222T000059224024-重大动物疫病强制免疫补助",
            "主管部门宿松县农业农村局实施单位宿松县农业技术推广中心",
            "预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因",
            "总额1281.261348.691218.0190.31%109.03", "其中:财政资金1281.261281.261150.5889.80%//",
            "绩效指标(90分)一级指标二级指标三级指标指标性质指标值度量单位完成值权重得分未完成原因分析",
            "产出指标数量指标发放补助人数≥1200人122366", "质量指标资金使用合规率=100%1003333", "合计10099.03"]


def test_a_form_glued_row_by_row_is_joined_into_one_run_and_a_table_alone_is_not():
    joined = glued_rows_text(["附件1", ""] + TSC_ROWS + ["", "【打印本页】 【关闭窗口】"])
    assert joined is not None and joined[:2] == ["附件1", ""] and joined[2] == "".join(TSC_ROWS)
    cells = cut_glued_run(joined[2])
    total = cells.index("总额")
    assert cells[total + 1:total + 7] == ["1281.26", "1348.69", "1218.01", "90.31%", "10", "9.03"]
    # a score table alone, each row an indicator line: read line by line (forms' glued lines)
    table = ["评价指标评价内容指标名称指标说明目标值分值备注", "产出数量指标享受资助人数达到预计值210010",
             "资金支出率达到目标值95%10", "质量指标建档立卡学生全面覆盖100%10", "时效指标及时发放率达到目标值100%20"]
    assert glued_rows_text(table) is None
    assert glued_rows_text(cut_glued_run("".join(TSC_ROWS))) is None          # one cell per line


TSH_FORM = ("财政项目支出绩效目标申报表(2024年度)项目名称{name}项目性质经常性专项业务费主管部门上海市人力资源和社会保障局"
            "项目资金(元)项目资金总额年度资金申请总额225,000.00其中：财政资金其中：当年财政拨款225,000.00上年结转资金0.00"
            "一级指标二级指标三级指标年度(/项目)指标值产出指标数量指标购置服装数量=90.00(套)满意度指标服务对象满意度指标"
            "中心员工满意度≥90.00(%)")


def test_the_next_form_of_a_file_opens_at_its_title_and_its_fields_and_money_labels_are_cut():
    cells = cut_glued_run(TSH_FORM.format(name="机关事业单位运行保障经费") + TSH_FORM.format(name="咨询服务工作经费"))
    second = cells.index("财政项目支出绩效目标申报表(2024年度)", 1)
    assert cells[second - 2:second] == ["中心员工满意度", "≥90.00(%)"]
    assert cells[second + 1:second + 4] == ["项目名称", "咨询服务工作经费", "项目性质"]
    money = cells.index("项目资金总额", second)
    assert cells[money:money + 6] == ["项目资金总额", "年度资金申请总额", "225,000.00", "其中：财政资金",
                                      "其中：当年财政拨款", "225,000.00"]


def test_a_summarys_score_rate_decides_its_cut():
    run = ("表1项目基本情况项目名称孝南区农村生活垃圾治理专项资金资金情况（万元）预算数实际支出数预算执行率项目资金1268.51157.891.27%"
           "表2绩效评价得分汇总表一级指标分值得分得分率决策1513.590.00%过程2017.1585.75%合计10089.2589.25%")
    cells = cut_glued_run(run)
    row = cells.index("决策")
    assert cells[row + 1:row + 4] == ["15", "13.5", "90.00%"]                # 13.5 / 15 = 90%


def test_a_number_a_sentence_goes_on_after_and_a_signature_under_the_table_are_cut_right():
    # the last project's 年度目标 holds a figure with its unit and a comma after it (…改造12000平方米,消除…):
    # no cell opens with a comma, so the figure is the sentence's; 填报单位(盖章): under the last row
    # opens the signature (not 正向指标填报 | 单位(盖章))
    goal = "完成校舍维修改造12000平方米,消除校舍安全隐患,改善办学条件。"
    run = (FLAT[:FLAT.index("保障村组干部报酬顺利实施")] + goal
           + "产出指标数量指标维修改造校舍面积≥12000平方米20正向指标填报单位(盖章):填报人:联系电话:")
    cells = cut_glued_run(run)
    assert "".join(cells) == run
    assert goal in cells
    assert cells[cells.index("维修改造校舍面积"):][:6] == ["维修改造校舍面积", "≥", "12000", "平方米", "20", "正向指标"]
    assert cells[cells.index("维修改造校舍面积") + 6].startswith("填报单位(盖章)")
