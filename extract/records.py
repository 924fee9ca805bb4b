"""Raw records: what a form says, as strings as written, with the page and source text they came
from. Form parsers produce these; ``normalize.rows`` turns them into typed contract rows."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of form recognition finds (``FormSpan.kind``); each has one reader in ``extract.families``.
TARGET_FORM = "target_form"
FLAT_TABLE = "flat_table"                  # one row per indicator, several projects (四川)
SELF_EVALUATION = "self_evaluation"
SCORE_TABLE = "score_table"                # an evaluation's score table published alone
EVALUATION_REPORT = "evaluation_report"
EVALUATION_RESULTS = "evaluation_results"  # several projects' evaluation results, one row each


@dataclass(frozen=True)
class RawField:
    """One label/value pair of a form's header. ``key`` is the contract column it feeds, if any."""

    label: str
    value: str | None
    key: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class RawBudgetLine:
    label: str
    amount_text: str | None
    item_hint: str | None = None          # component | subtotal | None (decided from the label)
    parent_label: str | None = None
    initial_text: str | None = None
    actual_text: str | None = None
    rate_text: str | None = None
    unit_multiplier: int | None = None    # 1 元, 10000 万元 …; None when the document states none
    unit_evidence: str | None = None      # how the unit was decided, when not stated by a label
    page: int | None = None
    source_text: str = ""


@dataclass(frozen=True)
class RawIndicator:
    origin: str                            # indicator_table | goal_text | report_targets
    level1: str | None
    level2: str | None
    level3: str | None
    target_text: str | None
    actual_text: str | None = None
    weight_text: str | None = None
    score_text: str | None = None
    page: int | None = None
    source_text: str = ""
    operator_text: str | None = None       # a comparison stated outside the target (达到目标值)


@dataclass(frozen=True)
class RawScore:
    level: int
    code: str | None
    name: str
    parent_code: str | None = None
    group: str | None = None
    weight_text: str | None = None
    actual_text: str | None = None
    score_text: str | None = None
    page: int | None = None
    source_text: str = ""


@dataclass(frozen=True)
class RawEvaluation:
    evaluator: str | None = None
    commissioned_by: str | None = None
    total_score_text: str | None = None
    grade_text: str | None = None


@dataclass(frozen=True)
class RawIssue:
    severity: str                          # error | warning | info
    code: str
    message: str
    context: str | None = None


@dataclass
class RawForm:
    """Everything one form says. A report is one form (the evaluated project)."""

    form_index: int
    doc_kind: str
    title: str | None = None
    fiscal_year_text: str | None = None
    fields: list[RawField] = field(default_factory=list)
    budget_lines: list[RawBudgetLine] = field(default_factory=list)
    indicators: list[RawIndicator] = field(default_factory=list)
    scores: list[RawScore] = field(default_factory=list)
    evaluation: RawEvaluation | None = None
    issues: list[RawIssue] = field(default_factory=list)
