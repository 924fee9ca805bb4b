"""Lines printed after a form that are none of its rows: who filled it in and how to reach them
(填报人, 联系人, 联系电话, 审核人, 单位负责人, 填报日期), a note on filling it in (填报说明), and a
web page's footer split into cells by a converter (发布时间 … 信息来源 …, 【打印】 【关闭窗口】)."""

import pytest

from jixiao.extract.document import Line
from jixiao.extract.layout.indicator_stream import is_table_trailer
from jixiao.extract.recognize import is_page_chrome
from jixiao.pipelines.ingest import parse_bytes

from tests.formgen.families import generate
from tests.formgen.heldout import form_tasks
from tests.formgen.scoring import run_tasks

TARGET_FORM = "\n".join([
    "2023年度项目支出绩效目标表",
    "项目名称\t城区道路机械化清扫保洁",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t清扫面积\t≥120万平方米",
    "\t质量指标\t保洁合格率\t≥95%",
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
])
AFTER = [
    "填报人:张晓梅    联系电话:0813-1234567",
    "联系人:李建国  联系电话:0813-7654321",
    "审核人:王芳",
    "单位负责人:陈志强    填报人:刘洋",
    "填报日期:2023年1月12日",
    "填报说明:1.指标值应当量化,无法量化的可定性描述;2.本表由项目实施单位填报。",
    "发布时间:2023-02-14  信息来源:某县财政局",
    "【打印本页】  【关闭窗口】",
    "版权所有:某县人民政府  网站标识码:5113000001",
    "附件:2023年度项目支出绩效自评表",
    "网站地图 | 联系我们",
    "主办单位:某县财政局",
]


@pytest.mark.parametrize("line", AFTER)
def test_a_line_after_the_table_is_no_indicator(line):
    indicators = parse_bytes(f"{TARGET_FORM}\n{line}\n".encode(), "t.txt").rows["indicators"]
    assert [i["level3"] for i in indicators] == ["清扫面积", "保洁合格率", "群众满意度"]


def test_a_form_title_with_nothing_under_it_is_no_form():
    """An attachment's name at the end of a web page reads like a title: no form of its own."""
    text = f"{TARGET_FORM}\n附件:2023年度项目支出绩效自评表\n"
    rows = parse_bytes(text.encode(), "t.txt").rows
    assert [f["doc_kind"] for f in rows["forms"]] == ["target_form"]


def test_signature_words_end_the_table_but_names_that_start_alike_do_not():
    assert is_table_trailer("填报人:张晓梅") and is_table_trailer("联系人 李建国")
    assert is_table_trailer("填报说明:1.指标值应当量化")
    assert not is_table_trailer("审核人员培训覆盖率") and not is_table_trailer("群众满意度")


def test_a_form_run_onto_one_line_with_the_footer_at_its_end_is_no_chrome():
    one_line = " ".join(TARGET_FORM.replace("\t", " ").splitlines() + ["网站地图 | 联系我们"])
    assert not is_page_chrome(Line((one_line,), False, None, 1, ""))
    assert is_page_chrome(Line(("网站地图 | 联系我们 | 版权所有:某市财政局",), False, None, 1, ""))
    indicators = parse_bytes(one_line.encode("utf-8"), "one_line.txt").rows["indicators"]
    assert len(indicators) == 3


def test_a_chrome_line_split_into_cells_is_chrome_but_an_indicator_row_is_not():
    assert is_page_chrome(Line(("发布时间:2023-02-14", "信息来源:某县财政局"), True, None, 1, ""))
    assert is_page_chrome(Line(("【打印本页】", "【关闭窗口】"), True, None, 1, ""))
    assert not is_page_chrome(Line(("网站点击数", "≥10000次"), True, None, 1, ""))
    assert not is_page_chrome(Line(("发布时间及时性", "及时"), True, None, 1, ""))


@pytest.mark.parametrize("family", ["T-SH target", "T-HN", "T-NAT self-eval", "T-old"])
def test_generated_forms_with_signature_and_footer_lines_after_them(family):
    """Seeds whose form is followed by signature and footer lines (tests/formgen lines_after)."""
    seeds = [s for s in range(40) if len(generate(family, s).blocks) > len(_without_after(family, s))][:3]
    assert seeds
    outcomes = run_tasks(form_tasks([(s, generate(family, s)) for s in seeds], ["tab", "spaced"]),
                         workers=1, timeout_s=120)
    for outcome in outcomes:                  # no indicator the truth does not have
        assert not [m for m in outcome.mismatches if "/indicators[" in m and " extra." in m], outcome.key


def _without_after(family: str, seed: int) -> list:
    import random

    from tests.formgen.families import FAMILIES
    rng = random.Random(f"{family}:{seed}")
    year = rng.randint(2019, 2026)
    return FAMILIES[family](rng, year).blocks
