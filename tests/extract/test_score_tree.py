"""Department-wide score tables (部门整体支出绩效评价自评表 and the like): a scoring tree of
一级 | 二级 | 三级指标 | 分值 | 得分 with weights in the level labels, whatever the title calls it, in
tab rows whose header cells hold line breaks and in pipe rows with the header on one line."""

import pytest

from jixiao.extract.layout.broken_cells import broken_header_rows
from jixiao.pipelines.ingest import parse_bytes

# header cells broken at other points than 一级/指标, 分值 broken too, 评价得分, 总分 as the total,
# full-width brackets in the weights
BROKEN_HEADER_TABS = "\n".join([
    "某区2022年度部门整体支出绩效评价自评表",
    "部门名称：某区卫生健康委员会",
    "一级指",
    "标\t二级指",
    "标\t三级",
    "指标\t分",
    "值\t评价",
    "得分",
    "决策（20分）\t目标设定（12分）\t目标合理性\t6\t6",
    "\t\t指标明确性\t6\t5",
    "\t资金投入（8分）\t预算编制合理性\t8\t7.5",
    "过程（30分）\t资金管理（30分）\t资金到位率\t15\t15",
    "\t\t预算执行率\t15\t13.2",
    "产出（30分）\t履职产出（30分）\t重点任务完成率\t30\t27",
    "效益（20分）\t社会效益（20分）\t群众满意度\t20\t18.6",
    "总分\t\t\t100\t92.3",
])

# the same kind of tree in pipe rows, header on one line, 权重 for the weight and a 自评表 title
PIPE_ROWS = "\n".join([
    "某市2023年度部门整体支出绩效自评表",
    "部门名称:某市文化和旅游局",
    "| 一级指标 | 二级指标 | 三级指标 | 权重 | 得分 |",
    "| 投入（10分） | 预算配置（10分） | 在职人员控制率 | 5 | 5 |",
    "| | | 三公经费变动率 | 5 | 4 |",
    "| 产出（60分） | 职责履行（60分） | 文化活动开展次数 | 30 | 28 |",
    "| | | 文物安全检查覆盖率 | 30 | 30 |",
    "| 效果（30分） | 履职效果（30分） | 公众满意度 | 30 | 26.5 |",
    "| 合计 | | | 100 | 93.5 |",
])


def _rows(text: str):
    result = parse_bytes(text.encode("utf-8"), "dept-score.txt")
    assert result.document["doc_kind"] == "evaluation_report", result.document["error"]
    return result.rows


@pytest.mark.parametrize("text, total, leaves", [
    (BROKEN_HEADER_TABS, (100.0, 92.3), 7),
    (PIPE_ROWS, (100.0, 93.5), 5),
])
def test_department_score_tree_is_an_evaluation_whatever_its_title(text, total, leaves):
    rows = _rows(text)
    scores = rows["scores"]
    top = [s for s in scores if s["level"] == 0]
    assert [(s["weight"], s["score"]) for s in top] == [total]
    level3 = [s for s in scores if s["level"] == 3]
    assert len(level3) == leaves
    assert sum(s["score"] for s in level3) == pytest.approx(total[1])
    assert sum(s["weight"] for s in level3) == pytest.approx(total[0])
    level1 = [s for s in scores if s["level"] == 1]
    assert sum(s["weight"] for s in level1) == pytest.approx(total[0])
    assert rows["indicators"] == []                       # no target, no actual: no indicator rows
    assert rows["evaluations"][0]["total_score"] == total[1]


def test_broken_header_tree_keeps_levels_and_parents():
    rows = _rows(BROKEN_HEADER_TABS)
    scores = {(s["level"], s["name"]): s for s in rows["scores"]}
    assert scores[(1, "决策")]["weight"] == 20.0
    assert (scores[(2, "资金投入")]["parent_code"], scores[(2, "资金投入")]["weight"]) == ("决策", 8.0)
    leaf = scores[(3, "预算执行率")]
    assert (leaf["parent_code"], leaf["weight"], leaf["score"]) == ("资金管理", 15.0, 13.2)
    form = rows["forms"][0]
    assert form["fiscal_year"] == 2022
    assert form["department"] == "某区卫生健康委员会"
    assert form["project_name"] != "某区部门整体支出绩效评价自评"      # the title names no project


def test_broken_header_rows_joins_only_header_cells():
    lines = BROKEN_HEADER_TABS.split("\n")
    found = broken_header_rows(lines)
    assert found == {2: (8, "一级指标\t二级指标\t三级指标\t分值\t评价得分")}


@pytest.mark.parametrize("lines", [
    # a header on one line, its first data row after it: nothing to join
    ["一级指标\t二级指标\t三级指标\t分值\t得分", "决策\t立项\t规范性\t5\t5"],
    # data rows whose cells are not column words
    ["产出\t数量", "指标\t完成率\t10\t9"],
    # rows padded with trailing separators end there: their last cell is no half of a header cell
    ["其他资金\t0.00\t\t", "年度绩效目标\t按时足额发放\t\t", "一级指标\t二级指标\t三级指标\t指标值\t计量单位"],
    # a field line before a header never joins it
    ["部门名称:某局一级", "指标\t二级指标\t三级指标\t分值\t得分"],
])
def test_broken_header_rows_leaves_other_lines(lines):
    assert broken_header_rows(lines) == {}
