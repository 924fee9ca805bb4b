"""What every form family shares: the form it is given (``FormSource``: its title, if any, and its
lines), a form header's fields and money lines, and a total score with its grade stated in words.
No family module imports another; they share these."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.forms.header import (
    LONG_FIELDS,
    LabelMatch,
    find_labels,
    flatten,
    has_checkboxes,
    ticked_options,
    value_pieces,
    value_text,
)
from jixiao.extract.records import RawBudgetLine, RawField, RawForm
from jixiao.normalize.money import budget_item_for_label, is_amount
from jixiao.normalize.text import alternation, clean_label, clean_text, is_page_footer
from jixiao.normalize.vocabulary import (
    FISCAL_YEAR_PATTERN, GRADE_PHRASES, GRADE_QUOTE_PATTERN, GRADE_WORDS, GRADES,
    MULTI_YEAR_TOTAL_ITEM, PHRASE_VALUE_GAP_PATTERN, POINTS_WORD, TOTAL_SCORE_PHRASES, YEAR_NOT_DEADLINE_PATTERN,
    YEAR_TOTAL_ITEM
)

_CHECKBOX_FIELDS = frozenset({"project_type", "project_class", "fund_use"})
_FISCAL_YEAR = re.compile(FISCAL_YEAR_PATTERN)
_YEAR_NOT_DEADLINE = re.compile(YEAR_NOT_DEADLINE_PATTERN)
#: Lines after the title that may still carry the form's year (``（2026年度）`` under the title).
_YEAR_LINES_AFTER_TITLE = 2


@dataclass(frozen=True)
class FormSource:
    """One form as recognition found it: its title line (``None`` when the form has none: a table
    published without one, or cut off), the lines after it, its index among the document's forms,
    the form kind its regions decided, and the money unit the document declares once."""

    title: Line | None
    body: list[Line]
    index: int
    kind: str
    unit: int | None = None

    @property
    def title_text(self) -> str | None:
        return clean_text(self.title.text.replace("\t", " ")) if self.title is not None else None

    @property
    def lines(self) -> list[Line]:
        """Body lines without page footers (``-1-``, ``— 2 —``)."""
        return [l for l in self.body if not is_page_footer(l.text)]

    @property
    def year_text(self) -> str:
        """Where the fiscal year is written: the title and the lines under it; without a title, the
        first ``YYYY年度`` of the form, else its first ``YYYY年`` that is no deadline's (``2023年10月
        底前`` says when a task is due, not which year's form it is)."""
        if self.title is not None:
            near = [self.title, *self.body[:_YEAR_LINES_AFTER_TITLE]]
            return " ".join(clean_text(l.text.replace("\t", " ")) or "" for l in near)
        text = " ".join(l.text for l in self.body)
        m = _FISCAL_YEAR.search(text) or _YEAR_NOT_DEADLINE.search(text)
        return m.group(0) if m else ""

    def new_form(self, doc_kind: str | None = None) -> RawForm:
        """The RawForm every family fills: index, kind, title and year text set."""
        return RawForm(form_index=self.index, doc_kind=doc_kind or self.kind, title=self.title_text,
                       fiscal_year_text=self.year_text)


def total_score_and_grade(prose: str) -> tuple[str | None, str | None]:
    score = None
    m = re.search(rf"(?:{alternation(TOTAL_SCORE_PHRASES)}){PHRASE_VALUE_GAP_PATTERN}(\d{{1,3}}(?:\.\d+)?)\s*{POINTS_WORD}",
                  prose)
    if m:
        score = m.group(1)
    grade_words = alternation(tuple(GRADE_WORDS) + GRADES)
    g = re.search(rf"(?:{alternation(GRADE_PHRASES)}){PHRASE_VALUE_GAP_PATTERN}{GRADE_QUOTE_PATTERN}({grade_words})", prose)
    return score, (g.group(1) if g else None)



def _field_value(match: LabelMatch, raw_value: str) -> str | None:
    key = match.key
    if key in _CHECKBOX_FIELDS and has_checkboxes(raw_value):
        ticked = ticked_options(raw_value)
        return "、".join(ticked) if ticked else None
    return value_text(raw_value, long=key in LONG_FIELDS)


def _budget_amount(raw_value: str) -> str | None:
    pieces = value_pieces(raw_value)
    if pieces and is_amount(pieces[0]):
        return pieces[0].replace(" ", "")
    return None


def read_header(lines: list[Line], default_unit: int | None,
                ) -> tuple[list[RawField], list[RawBudgetLine]]:
    """Header fields and money lines of a form's header region."""
    flat, starts = flatten(lines)
    labels = find_labels(flat)
    fields: list[RawField] = []
    budget: list[RawBudgetLine] = []
    unit = default_unit

    def line_at(pos: int) -> Line:
        return lines[max(0, bisect_right(starts, pos) - 1)]

    for i, match in enumerate(labels):
        end = labels[i + 1].start if i + 1 < len(labels) else len(flat)
        raw_value = flat[match.end:end]
        if match.kind == "caption":
            if match.unit_multiplier:
                unit = match.unit_multiplier
            continue
        line = line_at(match.start)
        label = clean_label(match.label) or match.label
        if match.kind == "budget":
            amount = _budget_amount(raw_value)
            budget.append(RawBudgetLine(label=label, amount_text=amount,
                                        unit_multiplier=match.unit_multiplier or unit, page=line.page,
                                        source_text=line.source_text.strip()))
            fields.append(RawField(label, amount, None, line.page))
            continue
        fields.append(RawField(label, _field_value(match, raw_value), match.key, line.page))
    return fields, _assign_budget_parents(budget)


def _assign_budget_parents(lines: list[RawBudgetLine]) -> list[RawBudgetLine]:
    """A two-column money block (项目资金总额 | 年度资金申请总额, row by row) lists each source twice;
    the first of a pair sits in the left column, under the multi-year total."""
    items = [budget_item_for_label(b.label) for b in lines]
    if MULTI_YEAR_TOTAL_ITEM not in items or YEAR_TOTAL_ITEM not in items:
        return lines
    total_label = lines[items.index(MULTI_YEAR_TOTAL_ITEM)].label
    out = list(lines)
    for item in set(items):
        if item in (MULTI_YEAR_TOTAL_ITEM, YEAR_TOTAL_ITEM):
            continue
        positions = [i for i, it in enumerate(items) if it == item]
        if len(positions) == 2:
            out[positions[0]] = replace(out[positions[0]], parent_label=total_label)
    return out
