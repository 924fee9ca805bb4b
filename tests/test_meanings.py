"""Meanings ship with the data: docs/COLUMNS.md generated from the schemas and the declared
meanings, every code value the samples produce documented, and the Excel export's manners
(frozen and filtered header, widths, ids last, Chinese code values, the sheet of meanings)."""

from pathlib import Path

import openpyxl
import pytest
import regex as re

import jixiao
from jixiao.normalize.vocabulary import CODE_VALUES_ZH
from jixiao.pipelines.export import export_xlsx
from jixiao.pipelines.meanings import (CODE_VALUES, COLUMN_MEANINGS, code_key, issue_codes,
                                       markdown_columns, translate_value)
from jixiao.pipelines.schemas import TABLES

ROOT = Path(__file__).resolve().parent.parent
#: Coded columns whose values the samples are checked against the documented ones.
CHECKED = ("status", "doc_kind", "source_format", "text_source", "item", "origin", "level1_std",
           "operator", "level1_national", "level2_national", "actual_ref", "grade", "severity")
HAN = re.compile(r"\p{Han}")


def test_columns_doc_is_generated_from_the_schemas():
    """docs/COLUMNS.md is what `python -m jixiao.pipelines.meanings` prints: regenerate it with
    `python -m jixiao.pipelines.meanings > docs/COLUMNS.md` after changing a column or a code."""
    assert (ROOT / "docs" / "COLUMNS.md").read_text("utf-8") == markdown_columns()


def test_every_column_has_a_meaning():
    missing = [f"{table}.{f.name}" for table, schema in TABLES.items() for f in schema
               if not COLUMN_MEANINGS.get(table, {}).get(f.name)]
    assert missing == []


def test_every_code_value_has_a_chinese_name_unless_it_is_chinese_or_a_symbol():
    for key, values in CODE_VALUES.items():
        names = CODE_VALUES_ZH.get(key, {})
        assert set(names) <= set(values), key
        for value in values:
            if not HAN.search(value) and key != "operator":
                assert names.get(value), f"{key}: {value} has no Chinese name"
    assert set(CODE_VALUES_ZH) <= set(CODE_VALUES) | {"issue_code"}
    assert set(issue_codes()) == set(CODE_VALUES_ZH["issue_code"])


def test_translate_value():
    assert translate_value("documents", "doc_kind", "target_form") == "绩效目标表"
    assert translate_value("documents", "status", "partial") == "部分有问题"
    assert translate_value("indicators", "target_met", False) == "否"
    assert translate_value("indicators", "actual_ref", "scores:C18") == "评分表:C18"
    assert translate_value("issues", "code", "target_not_met") == "未达成目标"
    assert translate_value("scores", "code", "C18") == "C18"            # a score code is not an issue code
    assert translate_value("indicators", "operator", ">=") == ">="
    assert translate_value("indicators", "level3", "接通率") == "接通率"
    assert translate_value("indicators", "target_met", None) is None


@pytest.fixture(scope="module")
def parsed() -> list:
    samples = [p for folder in ("seeds", "families", "realworld", "docx", "pdf", "xlsx")
               for p in sorted((ROOT / "samples" / folder).iterdir())
               if p.is_file() and not p.name.endswith(".expected.json")]
    return [jixiao.parse(p) for p in samples] + [jixiao.parse(b"", name="empty.txt")]


def test_every_code_value_the_samples_give_is_documented(parsed):
    undocumented = set()
    for result in parsed:
        for table, rows in result.tables.items():
            for column in CHECKED:
                key = code_key(table, column)
                if column not in rows.column_names:
                    continue
                assert key is not None, f"{table}.{column} has no code values"
                for value in set(rows.column(column).to_pylist()) - {None}:
                    if column == "actual_ref":
                        value = value.split(":")[0] + ":" if ":" in value else value
                    if value not in CODE_VALUES[key]:
                        undocumented.add((key, value))
            if table == "issues":
                undocumented |= {("issue_code", c) for c in rows.column("code").to_pylist()
                                 if c not in issue_codes()}
    assert undocumented == set()


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("meanings") / "data"
    jixiao.ingest([ROOT / "samples" / "seeds"], out, workers=1)
    return out


def test_xlsx_sheets_have_frozen_filtered_headers_widths_and_ids_last(data, tmp_path):
    target = tmp_path / "corpus.xlsx"
    counts = export_xlsx(data, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[-1] == "columns"
    for name in (*TABLES, "indicator_view"):
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{counts[name] + 1}"
        ids = [c for c in header if c in ("doc_id", "form_id")]
        assert ids and header[-len(ids):] == ids, name
        widths = [sheet.column_dimensions[sheet.cell(1, i + 1).column_letter].width
                  for i in range(len(header))]
        assert all(6 <= w <= 62 for w in widths), (name, widths)
    indicators = book["indicators"]
    header = [c.value for c in indicators[1]]
    width = {h: indicators.column_dimensions[indicators.cell(1, i + 1).column_letter].width
             for i, h in enumerate(header)}
    assert width["source_text"] > width["level3"] > width["seq"]
    meanings = list(book["columns"].iter_rows(values_only=True))
    assert meanings[0] == ("table", "column", "chinese", "meaning")
    assert ("indicators", "target_met", "是否达成", COLUMN_MEANINGS["indicators"]["target_met"]) in meanings
    assert any(r[0] == "issues.code" and r[1] == "target_not_met" for r in meanings)


def test_xlsx_chinese_headers_translate_code_values(data, tmp_path):
    target = tmp_path / "corpus.xlsx"
    export_xlsx(data, target, chinese_headers=True)
    book = openpyxl.load_workbook(target, read_only=True)
    documents = list(book["文档"].iter_rows(values_only=True))
    column = {h: i for i, h in enumerate(documents[0])}
    assert {r[column["文档类型"]] for r in documents[1:]} == {"绩效目标表", "绩效评价报告"}
    assert {r[column["状态"]] for r in documents[1:]} == {"正常"}
    assert documents[0][-1] == "文档编号"
    indicators = list(book["绩效指标"].iter_rows(values_only=True))
    column = {h: i for i, h in enumerate(indicators[0])}
    assert {r[column["是否达成"]] for r in indicators[1:]} >= {"是", "否"}
    assert {r[column["来源"]] for r in indicators[1:]} >= {"指标表", "报告年度目标"}
    issues = list(book["校验问题"].iter_rows(values_only=True))
    assert "未达成目标" in {r[issues[0].index("编号")] for r in issues[1:]}
    assert "列说明" in book.sheetnames
