"""What kind of document this is, and where each form in it starts."""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.errors import NotAForm
from jixiao.extract.forms.glued_run import expand_form_runs
from jixiao.extract.forms.score_table import is_score_table_title
from jixiao.extract.forms.target_form import is_indicator_header
from jixiao.normalize.dates import parse_fiscal_year
from jixiao.normalize.money import money_unit_multiplier
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    EVALUATION_REPORT_MARKERS,
    SELF_EVALUATION_TITLE_WORDS,
    SUMMARY_TITLE_WORDS,
    TARGET_FORM_TITLE_WORDS,
    WEB_PAGE_CHROME_WORDS,
)

_MAX_TITLE_LENGTH = 60
_SENTENCE_MARKS = re.compile(r"[《》，。；“”]")
_TITLE_END = re.compile(r"表(?:[(（]?\d{4}年度?[)）]?)?$")
_UNIT_CAPTION = re.compile(r"(?:金额单位|单位)[:：]?\s*(亿元|万元|元)")


@dataclass(frozen=True)
class FormSpan:
    start: int            # index into document.lines()
    end: int
    doc_kind: str


#: Span kind of an evaluation's score table published alone; its document is an evaluation_report.
SCORE_TABLE = "score_table"


def title_kind(line: Line) -> str | None:
    """``target_form``, ``self_evaluation`` or ``score_table`` when the line is a form's title."""
    key = fold_key(line.text)
    if not key or len(key) > _MAX_TITLE_LENGTH or any(w in key for w in SUMMARY_TITLE_WORDS):
        return None
    if _SENTENCE_MARKS.search(key) or not _TITLE_END.search(key):
        return None                      # a title mentioned inside a sentence: 《…绩效目标申报表》显示
    if any(w in key for w in SELF_EVALUATION_TITLE_WORDS):
        return "self_evaluation"
    if is_score_table_title(key):
        return SCORE_TABLE
    if any(w in key for w in TARGET_FORM_TITLE_WORDS):
        return "target_form"
    return None


def _year_near(lines: list[Line], i: int) -> bool:
    """A form title carries its year (``(2020年度)``) on its own line or on the next non-empty
    line; a sentence that merely names a form (详见…绩效目标表) does not."""
    near = [lines[i]] + [l for l in lines[i + 1:i + 6] if l.text.strip()][:1]
    return any(parse_fiscal_year(l.text) for l in near)


#: Non-empty lines that may stand between a page heading and the form title it repeats.
_MAX_HEADING_GAP = 4


def _filled_between(lines: list[Line], start: int, end: int) -> int:
    return sum(1 for l in lines[start + 1:end] if l.text.strip())


def document_money_unit(lines: list[Line]) -> int | None:
    """A unit the document declares once for all its tables (``金额单位:元``, ``单位:万元``)."""
    for line in lines:
        m = _UNIT_CAPTION.search(fold_key(line.text))
        if m:
            return money_unit_multiplier(f"单位:{m.group(1)}")
    return None


def evaluation_report_score(text: str) -> int:
    return sum(1 for marker in EVALUATION_REPORT_MARKERS if marker in text)


def is_page_chrome(line: Line) -> bool:
    """A web page's chrome kept by the HTML reader as a paragraph (发布时间/信息来源 line, 打印本页,
    版权所有 footer, breadcrumbs): never a table row, never part of a form."""
    return not line.is_row and any(word in line.text for word in WEB_PAGE_CHROME_WORDS)


def form_lines(lines: list[Line]) -> list[Line]:
    """The lines forms are read from: ``Document.lines()`` without web-page chrome, with a form whose
    cells ran together into one line (a title mid-run, directly followed by a field label) cut into
    one line per cell."""
    return expand_form_runs([line for line in lines if not is_page_chrome(line)])


def split_forms(lines: list[Line]) -> tuple[str, list[FormSpan]]:
    """(doc_kind, the form spans over ``lines`` = ``form_lines(Document.lines())``). Raises NotAForm when
    nothing in the text is a form or report."""
    titles = [(i, kind) for i, line in enumerate(lines)
              if (kind := title_kind(line)) and _year_near(lines, i)]
    # a web page's heading repeating the form's title a few lines above it is not a form of its own
    titles = [(i, kind) for n, (i, kind) in enumerate(titles)
              if not (n + 1 < len(titles) and titles[n + 1][1] == kind
                      and _filled_between(lines, i, titles[n + 1][0]) <= _MAX_HEADING_GAP)]
    if titles and titles[0][1] == SCORE_TABLE and _filled_between(lines, -1, titles[0][0]) <= _MAX_HEADING_GAP:
        # a score table published on its own: one form, the evaluated project
        return "evaluation_report", [FormSpan(titles[0][0], len(lines), SCORE_TABLE)]
    titles = [(i, kind) for i, kind in titles if kind != SCORE_TABLE]
    has_indicator_table = any(is_indicator_header(l) for l in lines)
    folded = fold_key("\n".join(line.text for line in lines))
    if titles and (has_indicator_table or evaluation_report_score(folded) < 4):
        spans = [FormSpan(start, titles[n + 1][0] if n + 1 < len(titles) else len(lines), kind)
                 for n, (start, kind) in enumerate(titles)]
        kinds = {s.doc_kind for s in spans}
        return ("self_evaluation" if kinds == {"self_evaluation"} else "target_form"), spans
    if evaluation_report_score(folded) >= 4:
        return "evaluation_report", [FormSpan(0, len(lines), "evaluation_report")]
    if has_indicator_table:
        return "target_form", [FormSpan(0, len(lines), "target_form")]
    raise NotAForm("no budget-performance form found: the text has no 绩效目标表/自评表 title, no "
                   "indicator table (一级指标/二级指标/三级指标) and no evaluation-report wording")
