"""A table of several projects' results (序号 | 项目名称 | 项目单位 | 自评分数 | 自评等级) ends with a
合计 row: never a project of its own, wherever its label stands and however a converter split it."""

import pytest

from jixiao.pipelines.ingest import parse_bytes

from tests.formgen.families import generate
from tests.formgen.heldout import form_tasks
from tests.formgen.scoring import run_tasks

HEAD = ["某县2023年度项目支出绩效自评结果汇总表", "序号  项目名称  项目单位  自评分数  自评等级",
        "1  农村公路日常养护经费  某县农村公路养护中心  92.5  优", "2  河道保洁经费  某县水利工程管理站  84  良"]


@pytest.mark.parametrize("total", ["合  计    88.25", "合计  共2个项目    88.25", "    合计    88.25",
                                   "总计  88.25"])
def test_the_total_row_is_no_project(total):
    forms = parse_bytes("\n".join(HEAD + [total]).encode(), "r.txt").rows["forms"]
    assert [f["project_name"] for f in forms] == ["农村公路日常养护经费", "河道保洁经费"]


def test_generated_results_tables_with_a_total_row():
    seeds = [8, 9, 24]                   # seeds whose 合计 row is drawn as ``合  计`` over three cells
    outcomes = run_tasks(form_tasks([(s, generate("results table", s)) for s in seeds], ["tab", "spaced"]),
                         workers=1, timeout_s=120)
    for outcome in outcomes:
        assert outcome.tables["forms"].precision == 1.0, outcome.mismatches[:3]
