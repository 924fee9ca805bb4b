"""The form families and the one table that sends a recognised form to its reader.

Recognition (``extract.recognize``) finds each form's regions and decides its kind; a family
reads the form's meaning from those lines. Each reader takes a ``FormSource`` and returns the
forms it holds (a flat multi-project table holds one per project).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from jixiao.extract.document import Line
from jixiao.extract.forms.common import FormSource
from jixiao.extract.forms.evaluation_report import parse_evaluation_report
from jixiao.extract.forms.evaluation_results import parse_evaluation_results
from jixiao.extract.forms.flat_table import parse_flat_table
from jixiao.extract.forms.score_table import parse_score_table
from jixiao.extract.forms.self_evaluation import parse_self_evaluation
from jixiao.extract.forms.target_form import parse_target_form
from jixiao.extract.layout.glued_score import score_rows_run_together
from jixiao.extract.recognize import FormSpan
from jixiao.normalize.repair import repair_budget_lines
from jixiao.extract.records import (
    EVALUATION_REPORT,
    EVALUATION_RESULTS,
    FLAT_TABLE,
    SCORE_TABLE,
    SELF_EVALUATION,
    TARGET_FORM,
    RawForm,
)

FamilyReader = Callable[[FormSource], list[RawForm]]

#: Form kind → its family's reader. Department-wide and transfer-payment forms are target forms
#: whose extra regions (基本支出/项目支出, 年度履职目标, money per recipient) the target-form reader finds.
FAMILY_READERS: dict[str, FamilyReader] = {
    TARGET_FORM: lambda source: [parse_target_form(source)],
    FLAT_TABLE: parse_flat_table,
    SELF_EVALUATION: lambda source: [parse_self_evaluation(source)],
    SCORE_TABLE: lambda source: [parse_score_table(_score_table_rows(source))],
    EVALUATION_REPORT: lambda source: [parse_evaluation_report(source)],
    EVALUATION_RESULTS: parse_evaluation_results,
}


def read_forms(lines: list[Line], spans: list[FormSpan], unit: int | None) -> list[RawForm]:
    """Every recognised form span → its raw forms, numbered in document order."""
    forms: list[RawForm] = []
    for span in spans:
        title = _title_line(lines[span.title:span.title_end]) if span.title is not None else None
        body = lines[(span.title_end if span.title_end is not None else span.start):span.end]
        source = FormSource(title, body, len(forms), span.kind, unit)
        read = FAMILY_READERS[span.kind](source)
        if span.score_tree is not None and read and not read[0].scores:
            # a report's scoring tree, read by the family that reads scoring trees
            tree = parse_score_table(_score_table_rows(
                FormSource(None, lines[span.score_tree:span.end], len(forms), SCORE_TABLE, unit)))
            read[0].scores = tree.scores
        for form in read:
            form.budget_lines, repaired = repair_budget_lines(form.budget_lines)
            form.issues.extend(repaired)
            forms.append(form)
    return forms


def _score_table_rows(source: FormSource) -> FormSource:
    """A score table as the family reads it: rows that ran together cut into cells by the shape layer."""
    return replace(source, body=score_rows_run_together(source.body))


def _title_line(pieces: list[Line]) -> Line:
    """A title (wrapped over lines: the lines joined) as one line."""
    if len(pieces) == 1:
        return pieces[0]
    text = "".join(l.text.strip() for l in pieces)
    return Line((text,), False, pieces[0].page, pieces[0].line_no, text)
