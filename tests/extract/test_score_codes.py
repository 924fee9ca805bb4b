"""A score tree whose names carry their codes (A 决策, A1 项目立项, A11 立项依据充分性), run onto the
name, after a blank or after a dot: each code goes to ``code``, the name keeps its words, and
``parent_code`` is the parent's code — in every text shape."""

from __future__ import annotations

import pytest

from jixiao.extract.document import Line
from jixiao.extract.forms.score_table import _split_codes
from jixiao.extract.layout.columns import line_tokens
from jixiao.extract.records import RawIndicator, RawScore
from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.scoring import run_task


def _tree(names: list[tuple[int, str, str | None]]) -> list[RawScore]:
    return [RawScore(level, None, name, parent_code=parent) for level, name, parent in names]


@pytest.mark.parametrize("style", ["{c}{n}", "{c} {n}", "{c}.{n}", "{c}、{n}"])
def test_codes_leave_the_names_and_parents_point_at_codes(style: str) -> None:
    def coded(code: str, name: str) -> str:
        return style.format(c=code, n=name)
    scores = _tree([(0, "合计", None), (1, coded("A", "决策"), None),
                    (2, coded("A1", "项目立项"), coded("A", "决策")),
                    (3, coded("A11", "立项依据充分性"), coded("A1", "项目立项")),
                    (3, coded("A12", "立项程序规范性"), coded("A1", "项目立项"))])
    out, _ = _split_codes(scores, [])
    assert [(s.level, s.code, s.name, s.parent_code) for s in out] == [
        (0, None, "合计", None), (1, "A", "决策", None), (2, "A1", "项目立项", "A"),
        (3, "A11", "立项依据充分性", "A1"), (3, "A12", "立项程序规范性", "A1")]


def test_a_dimension_met_in_the_summary_and_the_detail_is_one_row() -> None:
    scores = [RawScore(1, None, "决策", weight_text="15", score_text="12"),
              RawScore(1, None, "A决策", weight_text="15"),
              RawScore(3, None, "A11立项依据充分性", parent_code="A决策"),
              RawScore(3, None, "A12立项程序规范性", parent_code="A决策")]
    out, _ = _split_codes(scores, [])
    assert [(s.level, s.code, s.name, s.score_text, s.parent_code) for s in out] == [
        (1, "A", "决策", "12", None), (3, "A11", "立项依据充分性", None, "A"),
        (3, "A12", "立项程序规范性", None, "A")]


def test_a_tree_without_codes_keeps_a_name_that_starts_with_a_letter() -> None:
    scores = _tree([(1, "产出", None), (3, "B超检查人次", "产出"), (3, "群众满意度", "产出")])
    indicators = [RawIndicator("indicator_table", "产出", None, "B超检查人次", "≥100人次")]
    assert _split_codes(scores, indicators) == (scores, indicators)


def test_a_code_split_from_its_name_by_a_blank_stays_with_it() -> None:
    assert line_tokens(Line(("A 决策(15分) A1 项目立项(6分) A11 立项依据充分性 3 充分 3 A 级",), False, 1, 1, "")) \
        == ["A 决策(15分)", "A1 项目立项(6分)", "A11 立项依据充分性", "3", "充分", "3", "A", "级"]


#: generated score tables with codes: glued onto the name (6), after a blank (12), after a dot (4)
#: (seeds 2 and 1 drew them before the generator drew tables of weighted targets at theirs)
CODED_SEEDS = (6, 12, 4)
SHAPES = ["tab", "line_kept", "line_dropped", "paragraph", "one_line", "spaced", "no_title"]
#: dev seeds 0-99 score 0.99–1.00 in these shapes
FLOOR = 0.95


@pytest.mark.parametrize("shape", SHAPES)
def test_generated_coded_score_tables_read_in_every_shape(shape: str) -> None:
    for seed in CODED_SEEDS:
        form = generate("score table", seed)
        assert any(s["code"] for s in form.truth["forms"][0]["scores"])
        outcome = run_task(text_task(seed, form, shape))
        assert outcome.overall.f1 >= FLOOR, (shape, seed, outcome.mismatches[:5])
