"""Recognition by regions: a form is found by its header words wherever they are, its title optional.

Each test takes documents of a family (the samples, as written) and changes only what recognition
must not depend on — the title removed, junk before it, wrapped, spelt otherwise, two forms of two
kinds in one file — then requires the same rows as the original."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from jixiao.extract.readers.text import read_text
from jixiao.extract.recognize import form_lines, split_forms, title_kind
from jixiao.pipelines.ingest import parse_bytes

ROOT = Path(__file__).resolve().parents[2]
#: Text samples whose first form's title is the only title line (one form each).
ONE_FORM_SAMPLES = [
    "samples/families/tnat_selfeval_anhui-susong_2021.txt",
    "samples/families/tsc_selfeval_sichuan-santai_2023.txt",
    "samples/families/tsh_selfeval_shanghai-minhang_2022.txt",
    "samples/families/told_targets_zhejiang-qujiang_2019.txt",
    "samples/families/thn_targets_hunan-hengyang-shigu_2024.txt",
    "samples/families/thb_targets_hubei-shiyan_2023.txt",
    "samples/families/tfj_transfer_fujian-province_2023.txt",
    "samples/seeds/000_02f8c3f2acc7ec3d.txt",
    "samples/seeds/004_c72f6afbd1a9f0f9.txt",
]


def _text(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def _rows(text: str) -> dict[str, object]:
    result = parse_bytes(text.encode("utf-8"), "x.txt", "txt")
    rows = result.rows
    return {
        "status": result.document["status"] != "failed",
        "indicators": sorted((r["level3"] or "", r["target_raw"] or "", r["actual_raw"] or "")
                             for r in rows["indicators"]),
        "budget": sorted((r["label"], str(r["amount_yuan"])) for r in rows["budget_lines"]),
        "scores": sorted((r["level"], r["name"], r["weight"], r["score"]) for r in rows["scores"]),
        "kinds": sorted(r["doc_kind"] for r in rows["forms"]),
    }


def _title_lines(text: str) -> list[int]:
    """Indexes of the form-title lines of a text (as recognition reads them)."""
    lines = text.split("\n")
    return [i for i, line in enumerate(lines) if line.strip()
            and title_kind(read_text(line.encode()).lines()[0]) is not None] if lines else []


def _title_at(text: str) -> int:
    lines = text.split("\n")
    kind, spans = split_forms(form_lines(read_text(text.encode()).lines()))
    title = spans[0].title
    assert title is not None
    wanted = form_lines(read_text(text.encode()).lines())[title].text.strip()
    return next(i for i, line in enumerate(lines) if wanted and wanted in line.replace("|", " ").strip()
                or line.strip() and line.strip("| ").strip() == wanted)


def _without_line(text: str, at: int) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:at] + lines[at + 1:])


@pytest.mark.parametrize("path", ONE_FORM_SAMPLES)
def test_form_without_its_title_gives_the_same_rows(path):
    text = _text(path)
    at = _title_at(text)
    original, titleless = _rows(text), _rows(_without_line(text, at))
    assert titleless["indicators"] == original["indicators"]
    assert titleless["budget"] == original["budget"]
    assert titleless["scores"] == original["scores"]
    assert titleless["kinds"] == original["kinds"]


@pytest.mark.parametrize("path", ONE_FORM_SAMPLES)
def test_title_after_document_property_junk(path):
    """WPS leaves its document properties before the first line (KSOProductBuildVer …)."""
    text = _text(path)
    at = _title_at(text)
    lines = text.split("\n")
    lines[at] = "KSOProductBuildVer2052-11.1.0.14036ICV9A0E5C1D2B4F4C3E8 " + lines[at].strip()
    assert _rows("\n".join(lines)) == _rows(text)


@pytest.mark.parametrize("path", ONE_FORM_SAMPLES[:3])
def test_page_heading_and_its_date_line_cut_into_cells_before_the_title(path):
    """A web page's heading, then its 发布时间 line cut into cells (a form on one line split at blanks):
    the heading repeats the form's title and starts no form of its own."""
    text = _text(path)
    at = _title_at(text)
    lines = text.split("\n")
    page_top = ["某县财政局2023年度项目支出绩效自评表", "发布时间:2024-05-20", "10:12", "来源:某县财政局", "【字体:大", "中",
                "小】", "打印"]
    assert _rows("\n".join(lines[:at] + page_top + lines[at:])) == _rows(text)


@pytest.mark.parametrize("path", [p for p in ONE_FORM_SAMPLES if "|" not in _text(p).split("\n")[0]])
def test_title_wrapped_over_two_lines(path):
    text = _text(path)
    at = _title_at(text)
    lines = text.split("\n")
    title = lines[at].strip()
    cut = max(title.find("绩效"), 2)
    wrapped = "\n".join(lines[:at] + [title[:cut], title[cut:]] + lines[at + 1:])
    assert _rows(wrapped)["indicators"] == _rows(text)["indicators"]
    assert _rows(wrapped)["kinds"] == _rows(text)["kinds"]


@pytest.mark.parametrize(("spelling", "kind"), [
    ("2023年度项目支出绩效目标自评表", "self_evaluation"),
    ("2023年度部门整体支出绩效自评表", "self_evaluation"),
    ("2023年度部门整体支出绩效目标申报表", "target_form"),
    ("项目支出绩效目标表（汇总表）", "target_form"),
    ("2019年度某县助学金项目评价指标体系及评分表", "score_table"),
])
def test_title_spellings(spelling, kind):
    assert title_kind(read_text(spelling.encode()).lines()[0]) == kind


def test_summary_heading_is_not_a_form():
    assert title_kind(read_text("某中心2024年度项目绩效目标汇总表".encode()).lines()[0]) is None


def test_self_evaluation_kind_follows_from_its_regions_whatever_the_title():
    """A self-evaluation titled like a target form (…绩效目标表) is a self-evaluation: its money block
    has 全年执行数/分值/得分 and its indicators 实际完成值/得分."""
    path = "samples/families/tnat_selfeval_hebei-zhengding_2023.txt"
    text = _text(path).replace("项目支出绩效自评表", "项目支出绩效目标表")
    renamed = _rows(text)
    assert renamed["kinds"] == ["self_evaluation"]
    assert renamed["indicators"] == _rows(_text(path))["indicators"]


def test_two_kinds_in_one_document():
    target = _text("samples/seeds/000_02f8c3f2acc7ec3d.txt")
    selfeval = _text("samples/families/tsc_selfeval_sichuan-santai_2023.txt")
    both = _rows(target + "\n\n" + selfeval)
    assert both["kinds"] == ["self_evaluation", "target_form"]
    assert both["indicators"] == sorted(_rows(target)["indicators"] + _rows(selfeval)["indicators"])


def test_two_forms_without_titles_are_two_forms():
    path = "samples/families/tsc_selfeval_sichuan-santai_2023.txt"
    text = _without_line(_text(path), _title_at(_text(path)))
    both = _rows(text + "\n\n" + text)
    assert both["kinds"] == ["self_evaluation", "self_evaluation"]
    assert both["indicators"] == sorted(_rows(text)["indicators"] * 2)


def test_self_evaluation_table_inside_report_prose_without_a_title():
    """A self-evaluation report: prose, then the form's tables with no form title."""
    path = "samples/families/tsc_selfeval_sichuan-santai_2023.txt"
    form = _without_line(_text(path), _title_at(_text(path)))
    prose = ("一、项目基本情况\n本项目绩效评价工作按照绩效评价报告要求开展，评价结论如下。\n"
             "二、评价结果\n经评价指标体系测算，项目综合得分为95分，绩效评级为优。权重与业绩值见下表。\n")
    rows = _rows(prose + form)
    assert "self_evaluation" in rows["kinds"]
    assert rows["indicators"] == _rows(_text(path))["indicators"]


RESULTS_TABLE = """2023年度部门项目支出绩效自评结果公开表
金额单位：万元
| 序号 | 项目名称 | 主管部门 | 预算数 | 执行数 | 执行率 | 自评分数 | 自评等级 |
|---|---|---|---|---|---|---|---|
| 1 | 城乡居民养老保险补贴 | 某县人社局 | 120.5 | 118.2 | 98.09% | 96.5 | 优 |
| 2 | 农村公路养护 | 某县交通局 | 80 | 64 | 80% | 82 | 良 |
| 合计 |  |  | 200.5 | 182.2 |  |  |  |
"""


def test_evaluation_results_table_gives_one_evaluation_per_project():
    result = parse_bytes(RESULTS_TABLE.encode("utf-8"), "results.txt", "txt")
    evaluations = result.rows["evaluations"]
    assert [(e["project_name"], e["total_score"], e["grade"], str(e["budget_yuan"]), str(e["spent_yuan"]))
            for e in evaluations] == [("城乡居民养老保险补贴", 96.5, "优", "1205000.00", "1182000.00"),
                                      ("农村公路养护", 82.0, "良", "800000.00", "640000.00")]
    assert [e["fiscal_year"] for e in evaluations] == [2023, 2023]
    assert result.document["doc_kind"] == "self_evaluation"
    assert {f["department"] for f in result.rows["forms"]} == {"某县人社局", "某县交通局"}


def test_evaluation_results_table_in_one_cell_per_line_without_title():
    lines = ["项目名称", "自评得分", "自评等级", "道路维护", "91", "优"]
    result = parse_bytes("\n".join(["| " + " | ".join(lines[:3]) + " |", "| " + " | ".join(lines[3:]) + " |"])
                         .encode("utf-8"), "r.txt", "txt")
    assert [(e["project_name"], e["total_score"], e["grade"]) for e in result.rows["evaluations"]] == [
        ("道路维护", 91.0, "优")]


FAMILY_MODULES = ["target_form", "self_evaluation", "evaluation_report", "score_table", "flat_table",
                  "evaluation_results"]


@pytest.mark.parametrize("module", FAMILY_MODULES)
def test_no_family_imports_another(module):
    tree = ast.parse((ROOT / "extract" / "forms" / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    others = {f"jixiao.extract.forms.{m}" for m in FAMILY_MODULES if m != module}
    assert not imported & others
