"""What kind of document this is, and where each form in it starts: recognition by regions.

A form is found by its regions, wherever they are: a title (optional: on its own line, after
document-property junk, wrapped over two lines, spelt per province), a run of header fields
(项目名称 …), a self-evaluation money block, an indicator table, a score table, a flat
multi-project table or a table of several projects' evaluation results. Each region is recognised by
its header words (``normalize.vocabulary``), never by its position. The kind of a form follows from
its regions: a money block with 执行数/分值/得分, or an indicator table with 实际完成值/得分, makes a
self-evaluation whatever the title says; one document may hold forms of several kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.errors import NotAForm
from jixiao.extract.layout.columns import header_roles, line_cells, line_tokens, role_of
from jixiao.extract.layout.glued import split_glued_header
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.glued_form import expand_form_runs, joined_wrapped_run_lines
from jixiao.extract.layout.split_header import join_split_headers
from jixiao.extract.records import (
    EVALUATION_REPORT,
    EVALUATION_RESULTS,
    FLAT_TABLE,
    SCORE_TABLE,
    SELF_EVALUATION,
    TARGET_FORM,
)
from jixiao.normalize.dates import parse_fiscal_year
from jixiao.normalize.text import alternation, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    EVALUATION_REPORT_MARKERS,
    EVALUATION_RESULT_COLUMN_WORDS,
    FISCAL_YEAR_PATTERN,
    FLAT_PROJECT_COLUMN_WORDS,
    FORM_SUBJECT_FIELDS,
    FORM_FIELD_LABELS,
    INDICATOR_COLUMN_WORDS,
    REPORT_COMMISSION_PATTERN,
    INDICATOR_TABLE_HEADER_WORDS,
    MONEY_UNITS,
    SCORE_TABLE_TITLE_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    SELF_EVALUATION_TITLE_WORDS,
    SUMMARY_FORM_TITLE_PATTERN,
    SUMMARY_TITLE_WORDS,
    TABLE_CAPTION_START_PATTERN,
    TARGET_FORM_TITLE_WORDS,
    TITLE_END_PATTERN,
    TITLE_LEAD_PATTERN,
    TITLE_TAIL_PATTERN,
    UNIT_CAPTION_PATTERN,
    UNIT_BRACKET_PATTERN,
    WEB_PAGE_CHROME_STARTS,
    SENTENCE_END_MARKS,
    WEB_PAGE_CHROME_WORDS,
    WEB_PAGE_LINK_BRACKETS,
    WEB_PAGE_LINK_WORDS,
)

__all__ = ["FormSpan", "SCORE_TABLE", "document_money_unit", "form_lines", "split_forms", "title_kind"]

_MAX_TITLE_LENGTH = 60
#: A title wrapped over two lines: each piece at most this long.
_MAX_TITLE_PIECE = 40
_FISCAL_YEAR = re.compile(FISCAL_YEAR_PATTERN)
_HAN = re.compile(r"\p{Han}")
_SENTENCE_MARKS = re.compile(r"[《》，。；“”]")
_TITLE_END = re.compile(TITLE_END_PATTERN)
_UNIT_CAPTION = re.compile(UNIT_CAPTION_PATTERN)
_SCORE_CAPTION = re.compile(TABLE_CAPTION_START_PATTERN)
_TITLE_WORDS = alternation(SELF_EVALUATION_TITLE_WORDS + SCORE_TABLE_TITLE_WORDS + TARGET_FORM_TITLE_WORDS)
#: A title inside a line: its words, the Han text before them (place, unit, 项目支出 …) and a year.
#: What comes before that (WPS document-property junk, ASCII ids) is not part of it.
_TITLE_IN_LINE = re.compile(rf"{TITLE_LEAD_PATTERN}(?:{_TITLE_WORDS}){TITLE_TAIL_PATTERN}")
_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN)
_SUBJECT_LABELS = frozenset(fold_key(label) for key in FORM_SUBJECT_FIELDS for label in FORM_FIELD_LABELS[key])
#: A header field only an external evaluation's form has (评价机构): a form without a title that
#: names one is an evaluation's score table.
_EVALUATOR_LABELS = frozenset(fold_key(label) for label in FORM_FIELD_LABELS["evaluator"])
_INDICATOR_HEADER_WORDS = frozenset(fold_key(w) for w in INDICATOR_TABLE_HEADER_WORDS)
#: Non-empty lines that may stand between a page heading and the form title it repeats (a web page's
#: 发布时间 line cut into its cells with the rest of a form on one line: 10:12 | 来源:… | 【字体:大 | 中 | 小】 | 打印).
_MAX_HEADING_GAP = 6
#: Consecutive one-cell lines, each naming a column, that make a header (one cell per line).
_MIN_HEADER_RUN = 2
#: Markers of an evaluation report: this many in a text with no form region make it one.
_REPORT_MARKERS = 4
#: Markers that make a report of a text that says who evaluated it for whom (``XX事务所受XX局委托``):
#: an excerpt of a report a disclosure page publishes (no title, no section headings).
_COMMISSIONED_REPORT_MARKERS = 2
_COMMISSION = re.compile(REPORT_COMMISSION_PATTERN)

# region kinds
_TITLE, _FIELDS, _MONEY, _INDICATORS, _SCORES, _RESULTS, _FLAT, _EVALUATOR = (
    "title", "fields", "money", "indicators", "scores", "results", "flat", "evaluator")
_TABLES = frozenset({_MONEY, _INDICATORS, _SCORES, _RESULTS, _FLAT})
#: Money-block columns only a self-evaluation has (what was spent, and the block's score).
_SELF_EVALUATION_MONEY_ROLES = frozenset({"actual", "rate", "score"})
#: Indicator-table columns only a self-evaluation (or a score table) has.
_SELF_EVALUATION_INDICATOR_ROLES = frozenset({"actual", "score", "reason"})
#: Indicator-table columns of an evaluation's score table: a scoring rule and a weight together (a
#: 湖南 target form has a 评(扣)分标准 column but no 分值).
_SCORE_TABLE_ROLES = frozenset({"scoring_rule", "weight"})
#: A scoring tree (一级 | 二级 | 三级指标 | 分值 | 得分, weights often in the level labels): weights and
#: scores with no target or actual of an indicator — an evaluation's score table, whatever its title
#: calls it (an 部门整体支出绩效评价自评表 is one).
_SCORE_TREE_ROLES = frozenset({"level3", "weight", "score"})
_INDICATOR_VALUE_ROLES = frozenset({"target", "actual"})
#: An evaluation indicator table of weighted targets (评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 |
#: 分值 | 备注: a target and a weight per indicator, no result): an evaluation's score table unless
#: its title names another kind of form.
_WEIGHTED_TARGET_ROLES = frozenset({"level3", "target", "weight"})


@dataclass(frozen=True)
class FormSpan:
    """One form: lines ``start:end`` of ``form_lines(...)``; its title is lines ``title:title_end``
    (``title`` None: the form has none)."""

    start: int
    end: int
    kind: str
    title: int | None = None
    title_end: int | None = None
    #: a report's scoring tree (一级 | 二级 | 三级指标 | 分值 | 得分) starts at this line: the score-table
    #: family reads it for the report (None: the report has none)
    score_tree: int | None = None

    @property
    def doc_kind(self) -> str:
        return self.kind


@dataclass(frozen=True)
class Region:
    kind: str
    start: int
    end: int                    # exclusive: the region's header lines (a title's lines)
    form_kind: str | None       # what the region says about its form's kind
    #: a table whose columns leave no doubt about its form's kind (a scoring tree), whatever the title
    decisive: bool = False
    #: a table whose columns suggest its form's kind only when no title names another
    yields_to_title: bool = False


def _title_text_kind(key: str) -> str | None:
    if any(w in key for w in SELF_EVALUATION_TITLE_WORDS):
        return SELF_EVALUATION
    if any(w in key for w in SCORE_TABLE_TITLE_WORDS) and not _SCORE_CAPTION.match(key):
        return SCORE_TABLE
    if any(w in key for w in TARGET_FORM_TITLE_WORDS):
        return TARGET_FORM
    return None


def _title_in(text: str) -> tuple[str, str] | None:
    """(kind, title) when the text ends with a form title (junk before it allowed, no sentence)."""
    key = fold_key(text)
    if not key or _SENTENCE_MARKS.search(key) or not _TITLE_END.search(key):
        return None
    m = _TITLE_IN_LINE.search(key)
    if m is None or len(m.group(0)) > _MAX_TITLE_LENGTH:
        return None
    title = m.group(0)
    kind = _title_text_kind(title)
    if kind is None:
        return None
    if any(w in title for w in SUMMARY_TITLE_WORDS) and not re.search(SUMMARY_FORM_TITLE_PATTERN, title):
        return None                      # a file of forms' heading (…绩效目标汇总表), not a form
    return kind, title


def _year_and_words(text: str) -> bool:
    """A title's first piece with its year and words of it (``2020年度项目`` over ``支出绩效目标申报表``):
    the second piece is a title alone, but the two make one (a bare ``（2020年度）`` line is no piece)."""
    key = fold_key(text)
    m = _FISCAL_YEAR.search(key)
    return m is not None and bool(_HAN.search(key[:m.start()] + key[m.end():]))


def title_kind(line: Line) -> str | None:
    """``target_form``, ``self_evaluation`` or ``score_table`` when the line is (ends with) a form's title."""
    found = _title_in(line.text)
    return found[0] if found else None


def _titles(lines: list[Line]) -> list[Region]:
    """Title regions: a line that is or ends with a title, or two short lines that together are one."""
    out: list[Region] = []
    i = 0
    while i < len(lines):
        found = _title_in(lines[i].text)
        if found:
            out.append(Region(_TITLE, i, i + 1, found[0]))
            i += 1
            continue
        if i + 1 < len(lines) and all(0 < len(fold_key(l.text)) <= _MAX_TITLE_PIECE and len(line_tokens(l)) == 1
                                      for l in lines[i:i + 2]):
            joined = _title_in(lines[i].text.strip() + lines[i + 1].text.strip())
            if joined and (_title_in(lines[i + 1].text) is None or _year_and_words(lines[i].text)):
                out.append(Region(_TITLE, i, i + 2, joined[0]))
                i += 2
                continue
        i += 1
    return out


#: A flat multi-project table's header words: project columns and indicator columns (one constant:
#: ``columns.role_of`` keeps its tables per vocabulary).
_FLAT_TABLE_WORDS = {**INDICATOR_COLUMN_WORDS, **FLAT_PROJECT_COLUMN_WORDS}


class _HeaderCells:
    """The lines' cells for header recognition, each line's read once per document: every line is
    tried as a header start in four vocabularies, and a one-cell line again for every start above
    it in its run."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self._cells: dict[int, list[str]] = {}
        self._without_units: dict[int, list[str]] = {}

    def cells(self, i: int) -> list[str]:
        """``line_cells`` of line i."""
        cells = self._cells.get(i)
        if cells is None:
            cells = self._cells[i] = line_cells(self.lines[i])
        return cells

    def roles(self, i: int, vocabulary: dict[str, tuple[str, ...]]) -> list[str]:
        """Column roles of line i's cells, a unit bracket (``预算数(万元)``, ``分值(分)``) ignored."""
        cells = self._without_units.get(i)
        if cells is None:
            cells = self._without_units[i] = [_without_unit(c) for c in self.cells(i)]
        return [r or "" for r in header_roles(cells, vocabulary)]


@lru_cache(maxsize=1 << 14)
def _without_unit(cell: str) -> str:
    return _UNIT_BRACKET.sub("", cell)


def _header_at(header: _HeaderCells, i: int, vocabulary: dict[str, tuple[str, ...]]) -> tuple[list[str], int]:
    """(roles, end) of a header starting at line i: one line of cells, its column words run together
    (``评价指标评价内容指标名称…分值备注``), or one cell per line."""
    if len(header.cells(i)) >= 2:
        return header.roles(i, vocabulary), i + 1
    glued = split_glued_header(header.cells(i)[0], vocabulary) if header.cells(i) else None
    if glued is not None and len(glued) > _MIN_HEADER_RUN:
        return glued, i + 1
    roles: list[str] = []
    j = i
    while j < len(header.lines):
        if len(header.cells(j)) != 1:
            break
        role = header.roles(j, vocabulary)[0]
        if not role:
            break
        roles.append(role)
        j += 1
    return (roles, j) if len(roles) >= _MIN_HEADER_RUN else ([], i + 1)


def _table_region(header: _HeaderCells, i: int) -> Region | None:
    """The table whose header starts at line i, if any, with the form kind it implies."""
    lines = header.lines
    results, end = _header_at(header, i, EVALUATION_RESULT_COLUMN_WORDS)
    if {"project_name", "score", "grade"} <= set(results):
        return Region(_RESULTS, i, end, EVALUATION_RESULTS)
    flat, end = _header_at(header, i, _FLAT_TABLE_WORDS)
    if lines[i].is_row and "project_name" in flat and "level3" in flat \
            and ("budget" in flat or "reporting_unit" in flat):
        return Region(_FLAT, i, end, FLAT_TABLE)
    money, end = _header_at(header, i, SELF_EVALUATION_MONEY_COLUMN_WORDS)
    named = {r for r in money if r}
    if len(named) >= 3 and named & {"amount", "initial"} and named & _SELF_EVALUATION_MONEY_ROLES:
        return Region(_MONEY, i, end, SELF_EVALUATION)
    roles, end = _header_at(header, i, INDICATOR_COLUMN_WORDS)
    if len(header.cells(i)) >= 2:
        header_words = len({fold_key(t) for t in line_tokens(lines[i])} & _INDICATOR_HEADER_WORDS)
    else:                                # one cell per line: consecutive lines each a header word
        run = i
        while run < len(lines) and fold_key(lines[run].text) in _INDICATOR_HEADER_WORDS:
            run += 1
        header_words, end = run - i, max(end, run)
    if header_words >= 2 or (len([r for r in roles if r]) >= 3 and "level3" in roles):
        named = set(roles)
        if _SCORE_TREE_ROLES <= named and not named & _INDICATOR_VALUE_ROLES:
            return Region(_SCORES, i, end, SCORE_TABLE, decisive=True)
        if _SCORE_TABLE_ROLES <= named:
            return Region(_SCORES, i, end, SCORE_TABLE)
        if named & _SELF_EVALUATION_INDICATOR_ROLES:
            return Region(_INDICATORS, i, end, SELF_EVALUATION)
        if _WEIGHTED_TARGET_ROLES <= named and not _after_project_columns(header, i):
            return Region(_SCORES, i, end, SCORE_TABLE, yields_to_title=True)
        return Region(_INDICATORS, i, end, None)
    return None


def _after_project_columns(header: _HeaderCells, i: int) -> bool:
    """The indicator columns from line i follow a flat table's project columns (单位名称 | 项目名称 |
    … | 年度目标, on the same line or one cell per line above)."""
    before = header.cells(i) if len(header.cells(i)) >= 2 else header.cells(i - 1) if i > 0 else []
    return any(role_of(c, FLAT_PROJECT_COLUMN_WORDS) for c in before)


def _is_subject_field(line: Line) -> bool:
    """A header field run starts: a line opening with the form's subject label (项目名称 …)."""
    tokens = line_tokens(line)
    return bool(tokens) and fold_key(tokens[0]).rstrip(":") in _SUBJECT_LABELS


def _is_evaluator_field(line: Line) -> bool:
    tokens = line_tokens(line)
    return len(tokens) >= 2 and fold_key(tokens[0]).rstrip(":") in _EVALUATOR_LABELS


def find_regions(lines: list[Line]) -> list[Region]:
    """Every title, subject field and table header of the lines, in order."""
    titles = {r.start: r for r in _titles(lines)}
    header = _HeaderCells(lines)
    out: list[Region] = []
    i = 0
    while i < len(lines):
        if i in titles:
            out.append(titles[i])
            i = titles[i].end
            continue
        table = _table_region(header, i)
        if table is not None:
            out.append(table)
            i = table.end
            continue
        if _is_subject_field(lines[i]):
            out.append(Region(_FIELDS, i, i + 1, None))
        elif _is_evaluator_field(lines[i]):
            out.append(Region(_EVALUATOR, i, i + 1, SCORE_TABLE))
        i += 1
    return out


@dataclass
class _Form:
    start: int
    title: Region | None
    regions: list[Region] = field(default_factory=list)

    @property
    def has_table(self) -> bool:
        return any(r.kind in _TABLES for r in self.regions)

    def kind(self) -> str:
        """The form's kind from its regions; the title decides only what they leave open."""
        decisive = [r.form_kind for r in self.regions if r.kind in _TABLES and r.form_kind and r.decisive]
        if decisive and not any(r.form_kind != decisive[0] for r in self.regions if r.kind in _TABLES and r.form_kind):
            return decisive[0]
        if self.title is None and any(r.kind == _EVALUATOR for r in self.regions) \
                and any(r.kind in (_INDICATORS, _SCORES) for r in self.regions):
            return SCORE_TABLE           # an evaluation's form whose title was cut off
        kinds = [r.form_kind for r in self.regions if r.kind in _TABLES and r.form_kind]
        for kind in (EVALUATION_RESULTS, FLAT_TABLE, SCORE_TABLE, SELF_EVALUATION):
            if kind in kinds:
                if kind == SCORE_TABLE and self.title is not None and self.title.form_kind == SELF_EVALUATION:
                    continue             # a self-evaluation's indicator table with a 评分标准 column
                if kind == SCORE_TABLE and all(r.yields_to_title for r in self.regions if r.form_kind == SCORE_TABLE) \
                        and (self.title is not None and self.title.form_kind not in (None, SCORE_TABLE)
                             or self.title is None and any(r.kind == _FIELDS for r in self.regions)):
                    continue             # a target form's table of weighted targets (its title, or its
                                         # head with no evaluator, says so: an evaluator returned above)
                if kind == SELF_EVALUATION and self.title is not None and self.title.form_kind == SCORE_TABLE:
                    return SCORE_TABLE
                return kind
        return self.title.form_kind if self.title is not None and self.title.form_kind else TARGET_FORM


def _year_near(lines: list[Line], title: Region) -> bool:
    """A form title carries its year (``(2020年度)``) on its own line(s) or on the next non-empty
    line; a sentence that merely names a form (详见…绩效目标表) does not."""
    near = lines[title.start:title.end] + [l for l in lines[title.end:title.end + 5] if l.text.strip()][:1]
    return any(parse_fiscal_year(l.text) for l in near)


def _filled_between(lines: list[Line], start: int, end: int) -> int:
    """Lines with text between two lines, page numbers (第2页共2页) not counted."""
    return sum(1 for l in lines[start + 1:end] if l.text.strip() and not is_page_footer(l.text.strip()))


def _assemble(lines: list[Line], regions: list[Region]) -> list[_Form]:
    """Regions → forms: a title starts a form; a subject field starts one when the current form
    already has a table (or there is none yet); a table with no form before it starts one."""
    forms: list[_Form] = []
    for region in regions:
        current = forms[-1] if forms else None
        if region.kind == _TITLE:
            forms.append(_Form(region.start, region))
        elif region.kind == _FIELDS:
            if current is None or current.has_table:
                forms.append(_Form(region.start, None))
            forms[-1].regions.append(region)
        elif region.kind == _EVALUATOR:
            if current is not None:
                current.regions.append(region)
        else:
            if current is None:
                forms.append(_Form(0, None))
            elif current.title is None and current.has_table and region.kind in (_MONEY, _RESULTS, _FLAT) \
                    and any(r.kind == region.kind for r in current.regions):
                forms.append(_Form(region.start, None))       # a second form without a title or fields
            forms[-1].regions.append(region)
    kept: list[_Form] = []
    for n, form in enumerate(forms):
        nxt = forms[n + 1] if n + 1 < len(forms) else None
        if form.title is not None and not form.has_table:
            # a title with no table of its own: a heading (a web page's, a file's) or a sentence,
            # unless it is a form whose tables could not be recognised (its year beside it)
            heading = nxt is not None and nxt.title is not None and \
                _filled_between(lines, form.start, nxt.start) <= _MAX_HEADING_GAP
            if heading or not _year_near(lines, form.title):
                continue
        if form.title is None and not form.has_table:
            continue
        if form.title is not None and not form.has_table and \
                _filled_between(lines, form.title.end - 1, nxt.start if nxt else len(lines)) == 0:
            continue                     # a title with nothing under it (an attachment's name at the end)
        kept.append(form)
    return kept


def document_money_unit(lines: list[Line]) -> int | None:
    """A unit the document declares once for all its tables (``金额单位:元``, ``单位:万元``)."""
    for line in lines:
        m = _UNIT_CAPTION.search(fold_key(line.text))
        if m:
            return MONEY_UNITS[m.group("unit")]
    return None


def evaluation_report_score(text: str) -> int:
    return sum(1 for marker in EVALUATION_REPORT_MARKERS if marker in text)


def is_evaluation_report(lines: list[Line]) -> bool:
    """The text is (an excerpt of) an evaluation report: enough of its markers, or fewer of them in a
    text that says which evaluator was commissioned by whom."""
    text = "\n".join(line.text for line in lines)
    markers = evaluation_report_score(fold_key(text))
    return markers >= _REPORT_MARKERS or (markers >= _COMMISSIONED_REPORT_MARKERS and bool(_COMMISSION.search(text)))


def is_page_chrome(line: Line, settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A web page's chrome kept by the HTML reader as a paragraph (发布时间/信息来源 line, 打印本页,
    版权所有 footer, breadcrumbs), or split into cells by a converter (a row starting with a chrome
    word, each cell a chrome word, a link or a ``label:value``): never part of a form. A paragraph
    that goes on long before or after its chrome (a whole form on one line, the footer at its end)
    is not chrome."""
    if not line.is_row:
        text = line.text
        if len(text) > settings.chrome_max_paragraph_length:
            return False
        lead = text[:settings.chrome_max_lead_length + max(map(len, WEB_PAGE_CHROME_WORDS))]
        at = [k for word in WEB_PAGE_CHROME_WORDS if 0 <= (k := lead.find(word)) <= settings.chrome_max_lead_length]
        # a sentence the page's footer ran onto (…评价等级为优。【打印本页】): the sentence is content
        return bool(at) and not text[:min(at)].rstrip(WEB_PAGE_LINK_BRACKETS + " ").endswith(SENTENCE_END_MARKS)
    cells = [c.strip().strip(WEB_PAGE_LINK_BRACKETS).strip() for c in line.nonempty_cells]
    return bool(cells) and cells[0].startswith(WEB_PAGE_CHROME_STARTS) \
        and all(c.startswith(WEB_PAGE_CHROME_STARTS) or c in WEB_PAGE_LINK_WORDS or ":" in c or "：" in c
                for c in cells)


def form_lines(lines: list[Line]) -> list[Line]:
    """The lines forms are read from: ``Document.lines()`` without web-page chrome, with a form whose
    cells ran together into one line (a title mid-run, directly followed by a field label) cut into
    one line per cell; a form run together that a page wrapped (a PDF's text layer, a page line a
    line) is joined back first, so a page line opening with chrome words stays in it."""
    return join_split_headers(expand_form_runs([line for line in joined_wrapped_run_lines(lines)
                                                if not is_page_chrome(line)]))


def _doc_kind(spans: list[FormSpan]) -> str:
    kinds = {s.kind for s in spans}
    if kinds <= {SCORE_TABLE, EVALUATION_REPORT}:
        return EVALUATION_REPORT
    if kinds <= {SELF_EVALUATION, EVALUATION_RESULTS} or (EVALUATION_REPORT in kinds and SELF_EVALUATION in kinds):
        return SELF_EVALUATION
    return TARGET_FORM


def split_forms(lines: list[Line]) -> tuple[str, list[FormSpan]]:
    """(doc_kind, the form spans over ``lines`` = ``form_lines(Document.lines())``). Raises NotAForm when
    nothing in the text is a form or report."""
    forms = _assemble(lines, find_regions(lines))
    if forms and forms[0].title is not None and forms[0].title.form_kind == SCORE_TABLE \
            and _filled_between(lines, -1, forms[0].start) <= _MAX_HEADING_GAP:
        # a score table published on its own: one form, the evaluated project
        return EVALUATION_REPORT, [FormSpan(forms[0].start, len(lines), SCORE_TABLE, forms[0].title.start,
                                            forms[0].title.end)]
    if len(forms) == 1 and forms[0].title is None and forms[0].kind() == SCORE_TABLE:
        if is_evaluation_report(lines) and _COMMISSION.search("\n".join(line.text for line in lines)):
            # a report excerpt whose 表2 is a scoring tree: the report, its tree read for it
            return EVALUATION_REPORT, [FormSpan(0, len(lines), EVALUATION_REPORT, score_tree=_tree_start(forms[0]))]
        return EVALUATION_REPORT, [FormSpan(forms[0].start, len(lines), SCORE_TABLE)]
    forms = [f for f in forms if f.title is None or f.title.form_kind != SCORE_TABLE]
    if is_evaluation_report(lines):
        # a report's own tables (表1 budget, 表3 scoring tree) are read by the report; a form in it has
        # a title and a table, or is a table of a form kind of its own (a self-evaluation's indicators)
        titled = [f for f in forms if f.title is not None and f.has_table]
        if titled:
            forms = [f for f in forms if f.title is not None or f.has_table]
        else:
            report_forms = forms
            forms = [f for f in forms if f.kind() in (SELF_EVALUATION, EVALUATION_RESULTS)
                     and any(r.kind in (_INDICATORS, _RESULTS) for r in f.regions)]
            for form in forms:
                if not any(r.kind == _FIELDS for r in form.regions):
                    form.start = min(r.start for r in form.regions)    # the table, not the prose
            first = forms[0].start if forms else len(lines)
            trees = [t for form in report_forms if (t := _tree_start(form)) is not None and t < first]
            spans = ([FormSpan(0, first, EVALUATION_REPORT, score_tree=trees[0] if trees else None)]
                     if first > 0 else []) + _spans(lines, forms)
            return _doc_kind(spans), spans
    if not forms:
        raise NotAForm("no budget-performance form found: the text has no 绩效目标表/自评表 title, no "
                       "indicator table (一级指标/二级指标/三级指标) and no evaluation-report wording")
    spans = _spans(lines, forms)
    return _doc_kind(spans), spans


def _tree_start(form: _Form) -> int | None:
    """Where a form's scoring tree starts (a table whose columns make it an evaluation's score
    table whatever the title says), if it has one."""
    return next((r.start for r in form.regions if r.kind == _SCORES and r.decisive), None)


def _spans(lines: list[Line], forms: list[_Form]) -> list[FormSpan]:
    out = []
    for n, form in enumerate(forms):
        end = forms[n + 1].start if n + 1 < len(forms) else len(lines)
        title = form.title
        out.append(FormSpan(form.start, end, form.kind(), title.start if title else None,
                            title.end if title else None))
    return out
