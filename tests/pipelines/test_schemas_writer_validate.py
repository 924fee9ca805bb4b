import datetime as dt
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from jixiao.pipelines.ingest import parse_file
from jixiao.pipelines.schemas import SCHEMA_VERSION, TABLES, fingerprint
from jixiao.pipelines.validate import validate
from jixiao.pipelines.writer import write_dataset

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"
PINNED = {"1.0.0": "1fe2a70e4f2e1d28", "1.1.0": "7dd6e8fbfdd2b389", "1.2.0": "de07baabbf89357c",
          "1.3.0": "32ed7e7247e1c29e"}


def test_schema_fingerprint_is_pinned_to_the_version():
    assert PINNED.get(SCHEMA_VERSION) == fingerprint(), (
        "the table schemas changed: bump SCHEMA_VERSION and pin the new fingerprint")


def test_contract_columns_are_there():
    required = {
        "documents": ["doc_id", "source_path", "source_format", "doc_kind", "status", "error", "n_pages",
                      "n_forms", "text_source"],
        "indicators": ["origin", "level1", "level2", "level3", "level1_std", "target_raw", "operator",
                       "value", "value_max", "unit", "qualitative", "conditions", "actual_raw",
                       "actual_value", "weight", "score", "page", "source_text"],
        "scores": ["level", "code", "name", "parent_code", "group", "weight", "actual_raw", "actual_value", "score"],
        "budget_lines": ["item", "label", "parent_label", "amount_yuan", "initial_yuan", "actual_yuan",
                         "execution_rate", "raw"],
    }
    for table, columns in required.items():
        assert set(columns) <= set(TABLES[table].names)


def _rows(paths):
    tables = {t: [] for t in TABLES}
    for p in paths:
        r = parse_file(p, p.parent)
        tables["documents"].append(r.document)
        for t, rows in r.rows.items():
            tables[t].extend(rows)
    return tables


def test_written_dataset_reads_back_and_reruns_identically(tmp_path):
    paths = sorted(p for p in SEEDS.glob("*.txt"))
    counts = write_dataset(tmp_path, _rows(paths))
    first = {t: ds.dataset(tmp_path / t, partitioning="hive").to_table() for t in TABLES}
    write_dataset(tmp_path, _rows(paths))
    second = {t: ds.dataset(tmp_path / t, partitioning="hive").to_table() for t in TABLES}
    for t in TABLES:
        assert first[t].equals(second[t]), t
        assert first[t].num_rows == counts[t]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging left behind"
    n = duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/indicators/**/*.parquet', "
                   f"hive_partitioning=true)").fetchall()[0][0]
    assert n == counts["indicators"] > 0


def _budget(item, label, amount, parent=None):
    return {"doc_id": "d", "form_id": "d:0", "item": item, "label": label, "parent_label": parent,
            "amount_yuan": Decimal(amount) if amount is not None else None, "actual_yuan": None, "raw": label}


def test_budget_sum_mismatch_is_flagged():
    lines = [_budget("current_year_budget", "合计", "100"), _budget("component", "a", "60"),
             _budget("component", "b", "30")]
    assert [i["code"] for i in validate({"budget_lines": lines})] == ["budget_sum_mismatch"]
    lines[2]["amount_yuan"] = Decimal("40")
    assert validate({"budget_lines": lines}) == []


def _score(level, code, name, parent, weight, score):
    return {"doc_id": "d", "form_id": "d:0", "level": level, "code": code, "name": name,
            "parent_code": parent, "weight": weight, "score": score, "source_text": name}


def test_score_checks():
    rows = [_score(2, "A1", "立项", "决策", 6, 6), _score(3, "A11", "x", "A1", 2, 2),
            _score(3, "A12", "y", "A1", 2, 3)]
    codes = sorted(i["code"] for i in validate({"scores": rows}))
    assert codes == ["score_exceeds_weight", "score_sum_mismatch", "score_sum_mismatch"]


def test_grade_band():
    e = {"doc_id": "d", "form_id": "d:0", "grade": "优", "total_score": 85.0}
    assert [i["code"] for i in validate({"evaluations": [e]})] == ["grade_band_mismatch"]
    e["grade"] = "良"
    assert validate({"evaluations": [e]}) == []


def test_readme_contract_section_is_generated_from_the_schemas():
    from jixiao.pipelines.schemas import markdown_contract
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("<!-- contract:start -->\n")[1].split("<!-- contract:end -->")[0]
    assert section == markdown_contract()
