"""Evaluation score tables published alone (kind c): variants with other values, label spellings and
column orders than the samples, in tab rows, one cell per line, and cells run together."""

import pytest

from jixiao.extract.layout.glued import best_parses, parse_glued_row, split_glued_header
from jixiao.extract.forms.score_table import project_from_title
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS
from jixiao.pipelines.ingest import parse_bytes


def _parse(text: str):
    result = parse_bytes(text.encode("utf-8"), "score.txt")
    assert result.document["doc_kind"] == "evaluation_report", result.document["error"]
    return result.rows


# tab rows; 目标值 and 实际完成值 before 分值, 得分 last, no 评分标准; 评价机构 spelled 第三方评价机构
TAB_VARIANT = "\n".join([
    "某市2023年度城区绿化养护资金绩效评价指标评分表",
    "项目名称\t城区绿化养护资金",
    "主管部门\t某市园林局\t实施单位\t某市绿化管理所",
    "委托单位\t某市财政局\t第三方评价机构\t某某会计师事务所",
    "评价年度\t2023年度",
    "资金情况（万元）\t预算数\t实际支出数\t预算执行率",
    "财政资金\t500\t480\t96%",
    "合计\t500\t480\t96%",
    "一级指标\t分值\t得分\t得分率",
    "决策\t20\t18\t90%",
    "产出\t80\t70\t87.5%",
    "合计\t100\t88\t88%",
    "一级指标\t二级指标\t三级指标\t目标值\t实际完成值\t分值\t得分",
    "决策（20分）\t项目立项（20分）\t立项规范性\t/\t规范\t20\t18",
    "产出（80分）\t产出数量（50分）\t养护面积\t≥120万平方米\t118万平方米\t30\t25",
    "\t\t补植苗木数量\t≥5000株\t5200株\t20\t20",
    "\t产出质量（30分）\t苗木成活率\t≥95%\t96.5%\t30\t25",
    "合计\t\t\t\t\t100\t88",
    "综合评分88分，评价等级为“良”。",
])


def test_tab_variant_reads_tree_money_and_evaluation():
    rows = _parse(TAB_VARIANT)
    form = rows["forms"][0]
    assert (form["fiscal_year"], form["project_name"]) == (2023, "城区绿化养护资金")
    budget = {b["label"]: b for b in rows["budget_lines"]}
    assert budget["合计"]["item"] == "current_year_budget"
    assert budget["财政资金"]["item"] == "fiscal_appropriation"
    assert str(budget["合计"]["amount_yuan"]) == "5000000.00" and budget["合计"]["execution_rate"] == 96.0
    ev = rows["evaluations"][0]
    assert (ev["evaluator"], ev["commissioned_by"], ev["total_score"], ev["grade"]) == \
        ("某某会计师事务所", "某市财政局", 88.0, "良")
    assert str(ev["budget_yuan"]) == "5000000.00"
    scores = {(s["level"], s["name"]): s for s in rows["scores"]}
    assert (scores[(0, "合计")]["weight"], scores[(0, "合计")]["score"]) == (100.0, 88.0)
    assert (scores[(1, "产出")]["weight"], scores[(1, "产出")]["score"]) == (80.0, 70.0)
    assert scores[(2, "产出数量")]["parent_code"] == "产出" and scores[(2, "产出数量")]["weight"] == 50.0
    leaf = scores[(3, "补植苗木数量")]
    assert (leaf["parent_code"], leaf["weight"], leaf["score"], leaf["actual_value"]) == ("产出数量", 20.0, 20.0, 5200.0)
    assert len([s for s in rows["scores"] if s["level"] == 1]) == 2
    indicators = {i["level3"]: i for i in rows["indicators"]}
    assert "立项规范性" not in indicators            # target '/': a score only
    area = indicators["养护面积"]
    assert (area["level1"], area["level2"], area["operator"], area["value"], area["unit"]) == \
        ("产出", "产出数量", ">=", 1_200_000.0, "平方米")
    assert (area["actual_value"], area["weight"], area["score"]) == (1_180_000.0, 30.0, 25.0)


# one cell per line, blank cells as empty lines, spanned cells absent; 评分标准 present
STREAM_VARIANT = "\n\n".join([
    "2022年度乡村道路养护项目绩效评价评分表",
    "一级指标", "二级指标", "三级指标", "分值", "评分标准", "目标值", "实际完成值", "得分",
    "产出（60分）", "产出数量（60分）", "道路养护里程", "40", "按完成比例计分", "≥300公里", "290公里", "38.67",
    "桥梁检查次数", "20", "每少一次扣2分", "≥12次", "12次", "20",
    "效益（40分）", "社会效益（40分）", "群众满意度", "40", "按调查结果计分", "≥85%", "88%", "40",
    "合计", " ", " ", "100", " ", " ", " ", "98.67",
])


def test_stream_variant_cuts_rows_by_value_shapes():
    rows = _parse(STREAM_VARIANT)
    assert rows["forms"][0]["project_name"] == "乡村道路养护项目"
    scores = {(s["level"], s["name"]): s for s in rows["scores"]}
    assert scores[(0, "合计")]["score"] == 98.67
    assert scores[(3, "桥梁检查次数")]["parent_code"] == "产出数量"
    assert scores[(3, "群众满意度")]["parent_code"] == "社会效益"
    assert [i["level3"] for i in rows["indicators"]] == ["道路养护里程", "桥梁检查次数", "群众满意度"]
    assert rows["evaluations"][0]["total_score"] == 98.67


# cells run together (F8); 评价内容 groups without weights; one split only the total decides
GLUED_VARIANT = "\n".join([
    "2020年度某县困难学生生活补助项目绩效评价指标表",
    "评价指标评价内容指标名称指标说明目标值分值备注",
    "项目年度绩效目标(定量指标)数量指标补助学生人数达到目标值12015",
    "资金发放率达到目标值98%以上30",
    "时效指标按时发放率100%25",
    "满意度指标受助学生满意度达到预计值90%30",
    "总分",
    "100",
])


def test_glued_rows_are_split_by_column_order_and_the_weight_total():
    rows = _parse(GLUED_VARIANT)
    indicators = {i["level3"]: i for i in rows["indicators"]}
    assert set(indicators) == {"补助学生人数", "资金发放率", "按时发放率", "受助学生满意度"}
    # 12015 = 120 + weight 15: only that split makes the weights add up to 100 (15+30+25+30)
    assert (indicators["补助学生人数"]["value"], indicators["补助学生人数"]["weight"]) == (120.0, 15.0)
    assert indicators["补助学生人数"]["operator"] == ">="          # 达到目标值
    assert indicators["按时发放率"]["operator"] == "="
    assert indicators["资金发放率"]["level2"] == "数量指标"
    assert indicators["受助学生满意度"]["level1_std"] == "满意度"
    groups = {s["name"]: s["group"] for s in rows["scores"] if s["level"] == 3}
    assert groups["按时发放率"] == "时效指标"
    assert not [i for i in rows["issues"] if i["code"] == "row_split_uncertain"]


def test_glued_split_the_total_cannot_decide_is_reported():
    text = GLUED_VARIANT.replace("\n100", "\n101")
    rows = _parse(text)
    uncertain = [i for i in rows["issues"] if i["code"] == "row_split_uncertain"]
    assert len(uncertain) == 1 and "12015" in uncertain[0]["context"]


def test_split_glued_header_needs_every_word_known():
    assert split_glued_header("一级指标二级指标三级指标分值得分", INDICATOR_COLUMN_WORDS) == \
        ["level1", "level2", "level3", "weight", "score"]
    assert split_glued_header("一级指标某某列分值", INDICATOR_COLUMN_WORDS) is None
    assert split_glued_header("一级指标 二级指标", INDICATOR_COLUMN_WORDS) is None


@pytest.mark.parametrize("text, expected", [
    ("质量指标验收合格率100%10", {"level2": "质量指标", "level3": "验收合格率", "target": "100%", "weight": "10"}),
    ("培训人次≥500人次20", {"level3": "培训人次", "target": "≥500人次", "weight": "20"}),
])
def test_parse_glued_row_prefers_whole_level_words_and_unbroken_numbers(text, expected):
    roles = ["level1", "level2", "level3", "target", "weight"]
    best = best_parses(parse_glued_row(text, roles, frozenset({"level3", "weight"})))
    assert best[0].cells == expected


def test_project_from_title_drops_year_and_document_words():
    assert project_from_title("2019年度宁晋县高中助学金项目绩效评价指标表") == "宁晋县高中助学金项目"
