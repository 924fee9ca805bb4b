"""The data contract's tables as pyarrow schemas: declared once, used by the writer, the tests
and the README. A change to a column changes the fingerprint, which a test pins: bump
SCHEMA_VERSION with it."""

from __future__ import annotations

import hashlib

import pyarrow as pa

SCHEMA_VERSION = "1.3.0"

MONEY = pa.decimal128(18, 2)
TIMESTAMP = pa.timestamp("us")             # UTC (Excel and CSV hold no time zone)
CONDITION = pa.struct([("label", pa.string()), ("operator", pa.string()),
                       ("value", pa.float64()), ("unit", pa.string())])

#: 1.3.0: every input path of every run, whatever became of it (one row per path and run).
SOURCES = pa.schema([
    ("collection", pa.string()), ("source_path", pa.string()), ("doc_id", pa.string()),
    ("status", pa.string()), ("reason", pa.string()), ("size_bytes", pa.int64()),
    ("modified_at", TIMESTAMP), ("ingested_at", TIMESTAMP),
])
#: One row per distinct content (doc_id); 1.3.0: the collection of its first path, and how many
#: paths hold it.
DOCUMENTS = pa.schema([
    ("doc_id", pa.string()), ("source_path", pa.string()), ("source_format", pa.string()),
    ("doc_kind", pa.string()), ("status", pa.string()), ("error", pa.string()),
    ("n_pages", pa.int32()), ("n_forms", pa.int32()), ("text_source", pa.string()),
    ("encoding", pa.string()), ("size_bytes", pa.int64()), ("schema_version", pa.string()),
    ("collection", pa.string()), ("n_paths", pa.int32()),
])
FORMS = pa.schema([
    ("form_id", pa.string()), ("doc_id", pa.string()), ("form_index", pa.int32()),
    ("doc_kind", pa.string()), ("fiscal_year", pa.int32()), ("project_name", pa.string()),
    ("reporting_unit", pa.string()), ("department", pa.string()), ("project_type", pa.string()),
    ("project_class", pa.string()), ("performance_type", pa.string()), ("fund_use", pa.string()),
    ("includes_procurement", pa.bool_()), ("start_date", pa.date32()), ("end_date", pa.date32()),
    ("overview", pa.string()), ("basis", pa.string()), ("necessity", pa.string()),
    ("overall_goal", pa.string()), ("annual_goal", pa.string()), ("title", pa.string()),
    # 1.3.0: the same form in several files (DOCX, PDF, scan) shares form_key; copy_of names the
    # form kept as the original (the smallest form_id with that key), null on the original itself
    ("form_key", pa.string()), ("copy_of", pa.string()),
])
FORM_FIELDS = pa.schema([
    ("form_id", pa.string()), ("doc_id", pa.string()), ("seq", pa.int32()),
    ("label", pa.string()), ("value", pa.string()), ("code", pa.string()),
])
BUDGET_LINES = pa.schema([
    ("form_id", pa.string()), ("doc_id", pa.string()), ("seq", pa.int32()), ("item", pa.string()),
    ("label", pa.string()), ("parent_label", pa.string()), ("amount_yuan", MONEY),
    ("initial_yuan", MONEY), ("actual_yuan", MONEY), ("execution_rate", pa.float64()),
    ("raw", pa.string()),
])
INDICATORS = pa.schema([
    ("form_id", pa.string()), ("doc_id", pa.string()), ("seq", pa.int32()), ("origin", pa.string()),
    ("level1", pa.string()), ("level2", pa.string()), ("level3", pa.string()),
    ("level1_std", pa.string()), ("target_raw", pa.string()), ("operator", pa.string()),
    ("value", pa.float64()), ("value_max", pa.float64()), ("unit", pa.string()),
    ("qualitative", pa.string()), ("conditions", pa.list_(CONDITION)),
    ("actual_raw", pa.string()), ("actual_value", pa.float64()), ("weight", pa.float64()),
    ("score", pa.float64()), ("page", pa.int32()), ("source_text", pa.string()),
    # 1.1.0: the national framework's levels, and the target against the actual (targets_met.py)
    ("level1_national", pa.string()), ("level2_national", pa.string()),
    ("actual_compared", pa.float64()), ("actual_ref", pa.string()), ("target_met", pa.bool_()),
    ("gap", pa.float64()),
])
SCORES = pa.schema([
    ("doc_id", pa.string()), ("form_id", pa.string()), ("seq", pa.int32()), ("level", pa.int8()),
    ("code", pa.string()), ("name", pa.string()), ("parent_code", pa.string()), ("group", pa.string()),
    ("weight", pa.float64()), ("actual_raw", pa.string()), ("actual_value", pa.float64()),
    ("score", pa.float64()), ("page", pa.int32()), ("source_text", pa.string()),
])
EVALUATIONS = pa.schema([
    ("doc_id", pa.string()), ("form_id", pa.string()), ("fiscal_year", pa.int32()),
    ("project_name", pa.string()), ("evaluator", pa.string()), ("commissioned_by", pa.string()),
    ("total_score", pa.float64()), ("grade", pa.string()), ("budget_yuan", MONEY),
    ("spent_yuan", MONEY), ("execution_rate", pa.float64()),
])
ISSUES = pa.schema([
    ("doc_id", pa.string()), ("form_id", pa.string()), ("severity", pa.string()),
    ("code", pa.string()), ("message", pa.string()), ("context", pa.string()),
])

#: table name -> schema, in the order tables are written and documented.
TABLES: dict[str, pa.Schema] = {
    "sources": SOURCES, "documents": DOCUMENTS, "forms": FORMS, "form_fields": FORM_FIELDS,
    "budget_lines": BUDGET_LINES, "indicators": INDICATORS, "scores": SCORES,
    "evaluations": EVALUATIONS, "issues": ISSUES,
}


#: Tables whose rows belong to a document (each row has its doc_id): everything but the run log.
DOCUMENT_TABLES: tuple[str, ...] = tuple(name for name in TABLES if name != "sources")


def fingerprint() -> str:
    """A short hash of every table's columns and types."""
    text = ";".join(f"{name}:{schema.to_string(show_schema_metadata=False)}"
                    for name, schema in TABLES.items())
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def markdown_contract() -> str:
    """The tables as markdown, for README (a test checks README carries exactly this)."""
    parts = [f"Schema version {SCHEMA_VERSION} (fingerprint `{fingerprint()}`).", ""]
    for name, schema in TABLES.items():
        parts.append(f"**{name}**: " + ", ".join(f"`{f.name}` {f.type}" for f in schema))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":  # python -m jixiao.pipelines.schemas prints the README section
    print(markdown_contract(), end="")
