"""What every column and every code value of the data contract means, declared once beside the
schemas (``pipelines/schemas.py``): the source of ``docs/COLUMNS.md`` (generated, a test fails when
it drifts), of the column sheet of the Excel export and of the code values ``--chinese-headers``
translates (their Chinese names are ``CODE_VALUES_ZH`` in the vocabulary).

``python -m jixiao.pipelines.meanings > docs/COLUMNS.md`` regenerates the document.
"""

from __future__ import annotations

from typing import Any

from jixiao.normalize.vocabulary import (COLUMN_HEADERS_ZH, CODE_VALUES_ZH, GRADES,
                                         LEVEL1_STD_TO_NATIONAL, NATIONAL_LEVEL1, NATIONAL_LEVEL2,
                                         TABLE_NAMES_ZH)
from jixiao.pipelines.schemas import SCHEMA_VERSION, TABLES

_IDS = {
    "doc_id": "the document: hex SHA-256 of the file's bytes (same bytes, same id)",
    "form_id": "the form: `{doc_id}:{form_index}`",
    "seq": "order of the row inside its form (or document), from 0",
}

#: table -> column -> meaning. Every column of every schema has one (a test checks).
COLUMN_MEANINGS: dict[str, dict[str, str]] = {
    "sources": {
        "collection": "the input root resolved to an absolute path, or the name given to the collection",
        "source_path": "path below that root; with collection it identifies a source",
        "doc_id": "the document its bytes are; null when the file could not be read",
        "status": "what the run did with this path (code values below)",
        "reason": "why it was not parsed, in words a user can act on; null when parsed",
        "size_bytes": "file size in bytes",
        "modified_at": "the file's modification time",
        "ingested_at": "when the run saw it",
    },
    "documents": {
        "doc_id": _IDS["doc_id"],
        "source_path": "the first path holding these bytes, relative to its collection",
        "source_format": "the file's format, sniffed from its first bytes, then its name (code values below)",
        "doc_kind": "what the document is (code values below)",
        "status": "how the reading went (code values below)",
        "error": "why the document failed or is partial, in words a user can act on; null when ok",
        "n_pages": "pages of a PDF (or of a text file with form feeds); null for formats without pages",
        "n_forms": "forms found in the document",
        "text_source": "where the text came from (code values below)",
        "encoding": "the text encoding detected, for text files",
        "size_bytes": "file size in bytes",
        "schema_version": "the data contract version the row was written with",
        "collection": "the collection of the first path holding these bytes: the --collection name, or "
                      "the input folder resolved to an absolute path",
        "n_paths": "how many input paths hold these bytes (each is a sources row)",
    },
    "forms": {
        "form_id": _IDS["form_id"],
        "doc_id": _IDS["doc_id"],
        "form_index": "the form's place in its document, from 0",
        "doc_kind": "the kind of form (code values below)",
        "fiscal_year": "the form's year (2020 for a 2020 form); for a report, the year evaluated",
        "project_name": "the project's name",
        "reporting_unit": "the unit that reports or carries out the project",
        "department": "the supervising department",
        "project_type": "project type as written (recurrent special business expense …)",
        "project_class": "project class as written (specific-goal class …)",
        "performance_type": "performance type as written",
        "fund_use": "use of the funds (the ticked box)",
        "includes_procurement": "whether the project includes government-purchased services",
        "start_date": "planned or actual start date",
        "end_date": "planned or actual end date",
        "overview": "project overview (free text)",
        "basis": "legal or policy basis for the project (free text)",
        "necessity": "why the project is needed (free text)",
        "overall_goal": "the project's overall goal (free text)",
        "annual_goal": "the year's performance goal (free text)",
        "title": "the form's title as written",
        "form_key": "the same form in several files (DOCX, PDF, a scan) has the same key",
        "copy_of": "form_id of the first form seen with the same form_key; null for that first one",
    },
    "form_fields": {
        "form_id": _IDS["form_id"], "doc_id": _IDS["doc_id"], "seq": _IDS["seq"],
        "label": "a header field's label as written",
        "value": "its value as written (nothing a form says is dropped)",
        "code": "a budget or unit code glued to the value, split off (the value keeps it)",
    },
    "budget_lines": {
        "form_id": _IDS["form_id"], "doc_id": _IDS["doc_id"], "seq": _IDS["seq"],
        "item": "what the money line is (code values below)",
        "label": "the line's label as written",
        "parent_label": "the label of the line it sits under, for nested lines",
        "amount_yuan": "budgeted amount in yuan (10k-yuan figures × 10000); for self-evaluations the full-year budget",
        "initial_yuan": "budget at the start of the year, in yuan, where a self-evaluation gives it",
        "actual_yuan": "amount spent or executed, in yuan, where the document gives it",
        "execution_rate": "execution rate in percent (99.61)",
        "raw": "the line's text as found",
    },
    "indicators": {
        "form_id": _IDS["form_id"], "doc_id": _IDS["doc_id"], "seq": _IDS["seq"],
        "origin": "where in the document the indicator was found (code values below)",
        "level1": "level-1 indicator as written, merged cells filled down",
        "level2": "level-2 indicator as written",
        "level3": "level-3 indicator: the indicator's name",
        "level1_std": "level1 without template noise (code values below)",
        "target_raw": "the target exactly as written",
        "operator": "the target's comparison (code values below); null for a word target",
        "value": "the target's number in `unit`, with 10k/100m multipliers folded in",
        "value_max": "upper bound of a `range` target",
        "unit": "the target's unit (%, people, days …); null if none",
        "qualitative": "a word target (reasonable, timely …)",
        "conditions": "every clause of a target: label, operator, value, unit; a compound target has several",
        "actual_raw": "the actual achieved, as written",
        "actual_value": "the actual achieved as a number",
        "weight": "points the indicator is worth",
        "score": "points it scored",
        "page": "1-based page (PDF) or sheet (Excel) it is on",
        "source_text": "the row as found, for an auditor to check",
        "level1_national": "the national framework's level 1 (code values below)",
        "level2_national": "the national framework's level 2 (code values below)",
        "actual_compared": "the actual the target_met verdict used, in the target's unit",
        "actual_ref": "where that actual came from (code values below)",
        "target_met": "true / false; null when nothing can be compared",
        "gap": "margin in the target's unit: positive when better than the target, negative when short",
    },
    "scores": {
        "doc_id": _IDS["doc_id"], "form_id": _IDS["form_id"], "seq": _IDS["seq"],
        "level": "0 = total, 1 = dimension, 2 = level-2 indicator, 3 = level-3 indicator",
        "code": "the row's code (A11, C2 …); null where the report gives none",
        "name": "the indicator's name without its code",
        "parent_code": "code (or name) of the row above it in the tree",
        "group": "a sub-heading the row sits under",
        "weight": "points the row is worth",
        "actual_raw": "the achieved value as written",
        "actual_value": "the achieved value as a number",
        "score": "points scored",
        "page": "1-based page (PDF) or sheet (Excel) it is on",
        "source_text": "the row as found",
    },
    "evaluations": {
        "doc_id": _IDS["doc_id"], "form_id": _IDS["form_id"],
        "fiscal_year": "the year evaluated",
        "project_name": "the project evaluated",
        "evaluator": "the firm that evaluated; null for a self-evaluation",
        "commissioned_by": "who commissioned the evaluation",
        "total_score": "total score",
        "grade": "grade as written (code values below)",
        "budget_yuan": "the project's budget, in yuan",
        "spent_yuan": "amount spent, in yuan",
        "execution_rate": "execution rate in percent",
    },
    "issues": {
        "doc_id": _IDS["doc_id"], "form_id": _IDS["form_id"],
        "severity": "how serious (code values below)",
        "code": "stable machine-readable code of the finding (issue codes below)",
        "message": "the finding in words",
        "context": "the text it concerns",
    },
}

#: Coded columns: ``column`` (or ``table.column`` where a name means different things in two
#: tables) -> value -> meaning. A key ending in ``:`` is a prefix (``scores:`` + a code).
CODE_VALUES: dict[str, dict[str, str]] = {
    "sources.status": {
        "parsed": "parsed in this run", "unchanged": "same file as last time, not read again",
        "duplicate": "same bytes as another path", "moved": "a known document under a new path",
        "failed": "could not be read (see reason)", "skipped": "not a document jixiao reads",
    },
    "documents.status": {
        "ok": "parsed, nothing to report",
        "partial": "parsed, with warnings in the issues table (or nothing usable found in its forms)",
        "failed": "nothing usable; error says why and what to do",
    },
    "doc_kind": {
        "target_form": "performance target form (declaration or target table)",
        "self_evaluation": "performance self-evaluation form",
        "evaluation_report": "performance evaluation report by a third party",
        "unknown": "no form found, or the document failed",
    },
    "source_format": {
        "txt": "plain text (also .csv/.tsv)", "md": "markdown", "html": "HTML",
        "docx": "Word (.docx)", "doc": "Word 97–2003 or WPS (converted by LibreOffice)",
        "pdf": "PDF", "xlsx": "Excel (.xlsx/.xlsm)", "xls": "Excel 97–2003 or WPS (.xls/.et)",
        "zip": "a zip archive that is neither .docx nor .xlsx (not read)",
    },
    "text_source": {
        "native": "the file's own text (text, Word, Excel)", "text_layer": "a PDF's text layer",
        "ocr": "OCR of page images (a scanned PDF)",
        "text_layer+ocr": "a PDF's text layer, and OCR for its pages without one",
    },
    "item": {
        "total_budget": "the project's total budget over all years",
        "current_year_budget": "this year's budget (the year's total)",
        "prior_year_budget": "the same project's budget last year",
        "prior_year_spent": "the same project's spending last year",
        "fiscal_appropriation": "of which: fiscal appropriation",
        "carryover": "of which: carried over from last year",
        "other_funds": "of which: other funds",
        "component": "a sub-project or cost line",
        "subtotal": "a subtotal",
    },
    "origin": {
        "indicator_table": "a row of an indicator table",
        "goal_text": "parsed out of free text such as the annual goal",
        "report_targets": "an evaluation report's list of the year's targets",
    },
    "level1_std": {value: (f"national level 1: {national}" if national else
                           "no national counterpart (budget execution, management, evaluation dimensions)")
                   for value, national in LEVEL1_STD_TO_NATIONAL.items()},
    "operator": {
        ">=": "at least", "<=": "at most", "=": "equal to (a bare number is read as a level to reach)",
        ">": "more than", "<": "less than", "range": "between value and value_max",
    },
    "level1_national": {value: "level 1 of the national framework" for value in NATIONAL_LEVEL1},
    "level2_national": {value: f"level 2 of the national framework, under {level1}"
                        for level1, values in NATIONAL_LEVEL2.items() for value in values},
    "actual_ref": {
        "row": "the indicator row's own actual",
        "scores:": "the evaluation's scoring row with this code (or name) and the same indicator name",
    },
    "grade": {value: "grade band, best to worst: 90+, 80–90, 60–80, below 60" for value in GRADES},
    "severity": {
        "error": "the document could not be read as it should",
        "warning": "the document's own figures or fields do not hold together; the document is partial",
        "info": "worth knowing (a target not met is about the project, not the reading)",
    },
    "target_met": {"true": "the actual reaches the target", "false": "the actual misses the target"},
    "includes_procurement": {"true": "yes", "false": "no"},
}


#: Tables and views whose ``code`` column holds issue codes.
ISSUE_TABLES: tuple[str, ...] = ("issues", "issue_view")


def code_values(table: str, column: str) -> dict[str, str] | None:
    """The code values of a column (``table.column`` first, then the column name), or None."""
    return CODE_VALUES.get(f"{table}.{column}") or CODE_VALUES.get(column)


def code_key(table: str, column: str) -> str | None:
    """The key of CODE_VALUES the column's values are declared under, or None."""
    for key in (f"{table}.{column}", column):
        if key in CODE_VALUES:
            return key
    return None


def translate_value(table: str, column: str, value: Any) -> Any:
    """A code value in Chinese (``target_form`` → its Chinese name, True → 是), for spreadsheets;
    values that are not codes, and codes without a Chinese name, unchanged."""
    key = "issue_code" if column == "code" and table in ISSUE_TABLES else code_key(table, column)
    if key is None or value is None:
        return value
    names = CODE_VALUES_ZH.get(key, {})
    text = ("true" if value else "false") if isinstance(value, bool) else value
    if not isinstance(text, str):
        return value
    if text in names:
        return names[text]
    for prefix, name in names.items():
        if prefix.endswith(":") and text.startswith(prefix):
            return name + text[len(prefix):]
    return value


def issue_codes() -> dict[str, tuple[str, str]]:
    """Every issue code -> (severity, what it checks): validation rules and parser codes."""
    from jixiao.pipelines.validate import PARSER_CODES, RULES

    codes = {r.code: (r.severity, r.checks) for r in RULES}
    codes.update((code, tuple(text.split(": ", 1))) for code, text in PARSER_CODES.items())
    return codes


def markdown_columns() -> str:
    """docs/COLUMNS.md: every table's columns with type, Chinese header and meaning, then every
    code value, then the issue codes."""
    out = ["# Columns and code values", "",
           "<!-- generated by `python -m jixiao.pipelines.meanings > docs/COLUMNS.md` from "
           "pipelines/schemas.py, pipelines/meanings.py and normalize/vocabulary.py; "
           "a test fails when it drifts -->", "",
           f"Data contract version {SCHEMA_VERSION}. Each table is a folder of Parquet files under "
           "the dataset folder; `jixiao export --xlsx` writes the same columns (with `--chinese-headers`, "
           "the 中文 names and Chinese code values) and a sheet of these meanings.", ""]
    for table, schema in TABLES.items():
        out += [f"## {table} ({TABLE_NAMES_ZH.get(table, table)})", "",
                "| column | type | 中文 | meaning |", "|---|---|---|---|"]
        for field in schema:
            meaning = COLUMN_MEANINGS[table][field.name]
            out.append(f"| `{field.name}` | {field.type} | {COLUMN_HEADERS_ZH.get(field.name, '')} "
                       f"| {meaning} |")
        out.append("")
    out += ["## Code values", "",
            "A key ending in `:` is a prefix (`scores:C18`). `--chinese-headers` writes the 中文 "
            "name in the Excel export.", ""]
    for key, values in CODE_VALUES.items():
        table, _, column = key.rpartition(".")
        if not _declared(table, column):
            continue
        out += [f"### {key}", "", "| value | 中文 | meaning |", "|---|---|---|"]
        names = CODE_VALUES_ZH.get(key, {})
        out += [f"| `{value}` | {names.get(value, '')} | {meaning} |" for value, meaning in values.items()]
        out.append("")
    out += ["## Issue codes (issues.code)", "", "| code | 中文 | severity | checks |", "|---|---|---|---|"]
    names = CODE_VALUES_ZH.get("issue_code", {})
    out += [f"| `{code}` | {names.get(code, '')} | {severity} | {checks} |"
            for code, (severity, checks) in issue_codes().items()]
    return "\n".join(out) + "\n"


def _declared(table: str, column: str) -> bool:
    """The coded column is in a schema (a table-qualified key: in that table)."""
    if table:
        return table in TABLES and column in TABLES[table].names
    return any(column in schema.names for schema in TABLES.values())


def column_sheet_rows() -> list[tuple[str, str, str, str]]:
    """(table, column, Chinese header, meaning) for the workbook's column sheet, then the code
    values as (column key, value, Chinese name, meaning)."""
    rows = [(table, field.name, COLUMN_HEADERS_ZH.get(field.name, ""), COLUMN_MEANINGS[table][field.name])
            for table, schema in TABLES.items() for field in schema]
    for key, values in CODE_VALUES.items():
        table, _, column = key.rpartition(".")
        if _declared(table, column):
            names = CODE_VALUES_ZH.get(key, {})
            rows += [(key, value, names.get(value, ""), meaning) for value, meaning in values.items()]
    names = CODE_VALUES_ZH.get("issue_code", {})
    rows += [("issues.code", code, names.get(code, ""), f"{severity}: {checks}")
             for code, (severity, checks) in issue_codes().items()]
    return rows


if __name__ == "__main__":  # python -m jixiao.pipelines.meanings > docs/COLUMNS.md
    print(markdown_columns(), end="")
