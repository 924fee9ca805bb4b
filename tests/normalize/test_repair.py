"""Damaged numbers are repaired only when the form's own figures prove one reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract.records import RawBudgetLine
from jixiao.normalize.numbers import lost_point_readings, split_digits_reading
from jixiao.normalize.repair import REPAIRED, repair_budget_line
from jixiao.pipelines.ingest import parse_bytes
from jixiao.pipelines.validate import markdown_rules

ROOT = Path(__file__).resolve().parents[2]


def test_readings():
    assert split_digits_reading("968.191 8") == "968.1918"
    assert split_digits_reading("1 216.5") == "1216.5"
    assert split_digits_reading("968.1918") is None
    assert split_digits_reading("产出 8") is None
    assert "724.2318" in lost_point_readings("7242318")
    assert lost_point_readings("72.5") == []


def test_split_digits_and_lost_point_proven_by_the_rate():
    line = RawBudgetLine("年度资金总额", "968.191 8", actual_text="7242318", rate_text="74.8%")
    repaired, issues = repair_budget_line(line)
    assert (repaired.amount_text, repaired.actual_text) == ("968.1918", "724.2318")
    assert [(i.code, i.context) for i in issues] == [(REPAIRED, "968.191 8"), (REPAIRED, "7242318")]


@pytest.mark.parametrize("line", [
    RawBudgetLine("年度资金总额", "968.1918", actual_text="724.2318", rate_text="74.8%"),   # sound
    RawBudgetLine("年度资金总额", "968.1918", actual_text="7242318", rate_text="50%"),      # no reading fits
    RawBudgetLine("年度资金总额", "968.1918", actual_text="7242318", rate_text=None),       # nothing to prove
    RawBudgetLine("年度资金总额", "100", actual_text="1000", rate_text="100%"),             # 100.0 and 10.00 both fit
])
def test_no_repair_without_a_single_proven_reading(line):
    repaired, issues = repair_budget_line(line)
    assert repaired == line and issues == []


def test_damaged_self_evaluation_money_row_reads_as_the_undamaged_form():
    """The same form with its executed amount's decimal point lost and its budget's digits split."""
    path = ROOT / "samples/families/tnat_selfeval_hebei-zhengding_2023.txt"
    text = path.read_text(encoding="utf-8")
    damaged = text.replace("年度资金总额: 1,200,000.00 1,260,000.00 1,187,460.00 10 94.24% 9.42",
                           "年度资金总额: 1,200,000.00 1,260,000.00 118746000 10 94.24% 9.42")
    assert damaged != text
    original = parse_bytes(text.encode(), "a.txt", "txt").rows
    result = parse_bytes(damaged.encode(), "b.txt", "txt").rows
    money = lambda rows: [(b["label"], b["amount_yuan"], b["actual_yuan"]) for b in rows["budget_lines"]]
    assert money(result) == money(original)
    assert [(i["code"], i["context"]) for i in result["issues"] if i["code"] == REPAIRED] == [
        (REPAIRED, "118746000")]


def test_issue_code_documented():
    assert f"`{REPAIRED}`" in markdown_rules()
    assert f"`{REPAIRED}`" in (ROOT / "README.md").read_text(encoding="utf-8")
