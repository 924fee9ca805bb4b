"""Where a self-evaluation prints its money unit: in the money block's label (项目资金（万元）),
wrapped under it, on a line above the table (单位：万元), or closing each amount column's label
(全年预算数(A)（万元）). Wherever it stands, the amounts are read in it (blind2 pattern a)."""

import pytest

from jixiao.extract.layout.columns import header_key, role_of
from jixiao.normalize.vocabulary import SELF_EVALUATION_MONEY_COLUMN_WORDS

from tests.formgen.families import generate
from tests.formgen.heldout import form_tasks
from tests.formgen.scoring import run_tasks

#: T-NAT self-eval dev seeds by where the generator printed the unit (tests/formgen tnat_self).
SEEDS_BY_PLACE = {"columns": [0, 9], "above": [7, 8], "wrapped": [1, 2]}


def test_a_unit_closing_a_column_label_leaves_its_role():
    assert header_key("全年预算数(A)（万元）") == header_key("全年预算数(A)") == "全年预算数"
    assert role_of("实际执行数(B)(万元)", SELF_EVALUATION_MONEY_COLUMN_WORDS) == "actual"
    assert role_of("年度预算数(万元)", SELF_EVALUATION_MONEY_COLUMN_WORDS) is None    # a label column's caption


@pytest.mark.parametrize("place", list(SEEDS_BY_PLACE))
def test_generated_self_evaluations_read_money_in_the_printed_unit(place):
    forms = [(s, generate("T-NAT self-eval", s)) for s in SEEDS_BY_PLACE[place]]
    outcomes = run_tasks(form_tasks(forms, ["tab", "one_line"]), workers=1, timeout_s=120)
    for outcome in outcomes:
        assert outcome.tables["budget_lines"].f1 == 1.0, (outcome.key, outcome.mismatches[:3])


def _unit_line_after_the_rows(text: str) -> str:
    """The tab text with the block label's unit moved to a line of its own after the money rows,
    where ``pdftotext -raw`` prints the last line of a merged label cell."""
    unit = "（万元）" if "项目资金 （万元）" in text else "（元）"
    out: list[str] = []
    for line in text.split("\n"):
        out.append(line.replace(f"项目资金 {unit}", "项目资金"))
        if line.lstrip("\t").startswith("其他资金"):
            out.append(unit)
    return "\n".join(out)


@pytest.mark.parametrize("seed", [4, 5, 7])        # 1, 2 now draw the wide money block
def test_a_unit_line_after_the_money_rows_is_the_blocks_unit(seed):
    from jixiao.pipelines.accuracy import Report, score_document
    from jixiao.pipelines.ingest import parse_bytes
    from tests.formgen.shapes import render

    form = generate("T-NAT self-eval", seed)          # seeds whose label wraps its unit
    text = _unit_line_after_the_rows(render(form.blocks, "tab"))
    assert "\n（" in text
    report = Report()
    score_document(form.truth, parse_bytes(text.encode(), "x.txt"), report)
    assert report.tables["budget_lines"].f1 == 1.0, report.mismatches[:3]


def test_department_money_captions_declare_the_unit():
    """T-FJ dept seeds whose money block is captioned 年度预算申请（万元） (0) or 预算申请(万元) (3)."""
    outcomes = run_tasks(form_tasks([(s, generate("T-FJ dept", s)) for s in (0, 3)], ["tab", "pipe"]),
                         workers=1, timeout_s=120)
    for outcome in outcomes:
        assert outcome.tables["budget_lines"].f1 == 1.0, (outcome.key, outcome.mismatches[:3])
