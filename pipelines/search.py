"""Indicator search over an ingested folder: by name (三级指标) and target text, substring and
near-spelling, with filters. DuckDB over the Parquet (no extension, works offline).

- **Substring**: the query inside the indicator's name or its target as written (Chinese needs no
  word tokenizer: ``接通率`` is found in ``12315热线接通率``).
- **Near spelling**: a name holding a stretch as long as the query with a few characters replaced
  (``接通率`` finds ``热线接能率``): 1 replaced character for queries of 3–6 characters, 2 beyond,
  none for shorter ones (one character in two is noise). Found with one RE2 regular expression
  of the query with each choice of replaced positions as a dot (``.通率|接.率|接通.``), which
  DuckDB runs as a single automaton per row: a dot is a character, whereas DuckDB's
  ``levenshtein`` counts UTF-8 bytes (a Chinese character is 3) and over every window of every
  name was 10× slower. ``jaro_winkler_similarity`` breaks ties between near matches.
  ``similarity`` is 1 for substring matches, else 1 − replaced/length (+ Jaro–Winkler/100).

Results: exact (name) first, then target-text, then near matches; newest year first. An empty
query lists every indicator the filters let through (``match`` = ``all``), newest year first.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

import duckdb
import regex as re

Row = dict[str, Any]
#: Columns of a result, in display order.
RESULT_COLUMNS: tuple[str, ...] = (
    "project_name", "fiscal_year", "department", "reporting_unit", "doc_kind", "level1", "level2",
    "level3", "level1_national", "level2_national", "target_raw", "actual", "target_met", "gap",
    "source_path", "page", "form_id", "seq", "match", "similarity",
)
DOC_KINDS: tuple[str, ...] = ("target_form", "self_evaluation", "evaluation_report")
#: Short names a user may give for result columns (``--columns year,project,level3``), also the
#: headers of the terminal table.
COLUMN_ALIASES: dict[str, str] = {
    "project": "project_name", "year": "fiscal_year", "unit": "reporting_unit", "kind": "doc_kind",
    "target": "target_raw", "met": "target_met", "source": "source_path",
}
#: The terminal table's columns when none are chosen: readable at 80 columns.
DEFAULT_TABLE_COLUMNS: tuple[str, ...] = ("fiscal_year", "project_name", "level3", "target_raw",
                                          "actual", "target_met", "match")


def result_columns(names: str | None) -> list[str]:
    """Result columns from a comma-separated list of names or short names (``year,level3``);
    ValueError naming the ones that are not columns."""
    if not names:
        return list(RESULT_COLUMNS)
    chosen = [COLUMN_ALIASES.get(n.strip(), n.strip()) for n in names.split(",") if n.strip()]
    unknown = [c for c in chosen if c not in RESULT_COLUMNS]
    if unknown or not chosen:
        raise ValueError(f"unknown column {', '.join(unknown) or names!r}: choose from "
                         f"{', '.join(RESULT_COLUMNS)} (or {', '.join(COLUMN_ALIASES)})")
    return chosen


def column_header(column: str) -> str:
    """The short name of a result column (``project`` for ``project_name``)."""
    return {v: k for k, v in COLUMN_ALIASES.items()}.get(column, column)


@dataclass(frozen=True)
class SearchFilters:
    year: int | None = None
    department: str | None = None      # substring of 主管部门
    unit: str | None = None            # substring of the reporting/implementing unit
    level1: str | None = None          # substring of level1 as written, or its national 一级
    kind: str | None = None            # documents' doc_kind


def max_edits(query: str) -> int:
    """How many edits a near spelling may differ by: none under 3 characters, 1 up to 6, then 2."""
    n = len(query)
    return 0 if n < 3 else 1 if n <= 6 else 2


def _filter_sql(filters: SearchFilters, params: dict[str, Any]) -> str:
    clauses = []
    if filters.year is not None:
        clauses.append("v.fiscal_year = $year")
        params["year"] = filters.year
    if filters.department:
        clauses.append("contains(coalesce(v.department, ''), $department)")
        params["department"] = filters.department
    if filters.unit:
        clauses.append("contains(coalesce(v.reporting_unit, ''), $unit)")
        params["unit"] = filters.unit
    if filters.level1:
        clauses.append("(contains(coalesce(v.level1, ''), $level1) "
                       "OR contains(coalesce(v.level1_national, ''), $level1) "
                       "OR v.level1_std = $level1)")
        params["level1"] = filters.level1
    if filters.kind:
        clauses.append("v.doc_kind = $kind")
        params["kind"] = filters.kind
    return "".join(f" AND {c}" for c in clauses)


def near_pattern(query: str, edits: int) -> str:
    """A regular expression (RE2, as DuckDB runs it) matching any stretch of a name that is the
    query with exactly ``edits`` characters replaced: ``接通率``, 1 → ``.通率|接.率|接通.``. The dot
    is one character, not one byte, so Chinese is counted right."""
    chars = [re.escape(c) for c in query]
    alternatives = []
    for positions in combinations(range(len(chars)), edits):
        alternatives.append("".join("." if i in positions else c for i, c in enumerate(chars)))
    return "|".join(alternatives)


def search_sql(query: str, filters: SearchFilters, limit: int | None, fuzzy: bool) -> tuple[str, dict]:
    params: dict[str, Any] = {"q": query}
    edits = max_edits(query) if fuzzy and query else 0
    if edits:
        # replaced characters: the fewest whose pattern matches
        steps = " ".join(f"WHEN regexp_matches(v.level3, $near{e}) THEN {e}" for e in range(1, edits + 1))
        params.update({f"near{e}": near_pattern(query, e) for e in range(1, edits + 1)})
        replaced = f"CASE {steps} END"
    else:
        replaced = "NULL::INTEGER"
    sql = f"""
    SELECT * EXCLUDE (replaced) FROM (
        SELECT v.project_name, v.fiscal_year, v.department, v.reporting_unit, v.doc_kind,
               v.level1, v.level2, v.level3, v.level1_national, v.level2_national, v.target_raw,
               coalesce(v.actual_raw, CASE WHEN v.actual_compared = round(v.actual_compared)
                                           THEN CAST(CAST(v.actual_compared AS BIGINT) AS VARCHAR)
                                           ELSE CAST(v.actual_compared AS VARCHAR) END
                                      || coalesce(v.unit, '')) AS actual,
               v.target_met, v.gap, v.source_path, v.page, v.form_id, v.seq,
               CASE WHEN $q = '' THEN 'all'
                    WHEN contains(v.level3, $q) THEN 'name'
                    WHEN contains(coalesce(v.target_raw, ''), $q) THEN 'target'
                    ELSE 'near' END AS match,
               CASE WHEN match = 'near' THEN {replaced} END AS replaced,
               CASE WHEN match <> 'near' THEN 1.0
                    ELSE round(1 - replaced / {max(len(query), 1)} + jaro_winkler_similarity(v.level3, $q) / 100, 3)
                    END AS similarity
        FROM indicator_view v
        WHERE (contains(v.level3, $q) OR contains(coalesce(v.target_raw, ''), $q)
               {"OR regexp_matches(v.level3, $near" + str(edits) + ")" if edits else ""})
              {_filter_sql(filters, params)}
    )
    ORDER BY CASE match WHEN 'name' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, similarity DESC,
             fiscal_year DESC NULLS LAST, project_name, form_id, seq
    """
    if limit is not None:
        sql += " LIMIT $limit"
        params["limit"] = limit
    return sql, params


def search(con: duckdb.DuckDBPyConnection, query: str, filters: SearchFilters = SearchFilters(),
           limit: int | None = 50, fuzzy: bool = True) -> list[Row]:
    """Matching indicators, best first (see the module's docstring); an empty query matches
    every indicator the filters let through."""
    query = query.strip()
    sql, params = search_sql(query, filters, limit, fuzzy)
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
