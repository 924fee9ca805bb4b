"""The public Python API: jixiao.parse, ingest, open, read, __version__."""

import inspect
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import jixiao
from jixiao.pipelines import cli
from jixiao.pipelines.batch import ingest_options
from jixiao.pipelines.corpus import CorpusError
from jixiao.pipelines.schemas import DOCUMENT_TABLES, TABLES

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "samples" / "seeds" / "002_aa0b8a55ddd30aef.txt"


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("api") / "data"
    summary = jixiao.ingest([ROOT / "samples" / "seeds"], out, workers=1)
    assert summary.documents == 5 and summary.status("ok") == 5
    return out


def test_public_names_are_exactly_the_api():
    assert set(jixiao.__all__) == {"parse", "ingest", "open", "read", "Result", "Summary",
                                   "__version__"}
    for name in jixiao.__all__:
        assert getattr(jixiao, name) is not None
    with pytest.raises(AttributeError):
        jixiao.parse_file  # noqa: B018 - the pipeline's helpers are not public


def test_version_is_the_pyproject_version():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert jixiao.__version__ == pyproject["project"]["version"]


def test_import_jixiao_is_light():
    code = "import sys, jixiao; print(sorted(m for m in ('pyarrow', 'duckdb', 'pandas') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_parse_a_path_gives_every_table_typed_by_the_contract():
    result = jixiao.parse(REPORT)
    assert (result.status, result.doc_kind, result.error) == ("ok", "evaluation_report", None)
    assert list(result.tables) == list(DOCUMENT_TABLES)
    for name, table in result.tables.items():
        assert isinstance(table, pa.Table) and table.schema.equals(TABLES[name]), name
    assert result.tables["documents"].num_rows == 1
    assert result.document["source_path"] == REPORT.name
    assert result["scores"].num_rows == 39 and result["evaluations"].column("grade").to_pylist() == ["良"]
    assert {i["code"] for i in result.issues} >= {"target_not_met"}
    assert set(result.timings) == {"read", "forms", "normalize", "validate"}
    assert "evaluation_report ok" in repr(result)
    with pytest.raises(KeyError, match="the tables are"):
        result["nonsense"]


def test_parse_to_pandas_gives_a_dataframe_per_table():
    frames = jixiao.parse(REPORT).to_pandas()
    assert set(frames) == set(DOCUMENT_TABLES) and all(isinstance(f, pd.DataFrame) for f in frames.values())
    evaluation = frames["evaluations"].iloc[0]
    assert evaluation["project_name"] == "消费者维权管理专项"
    assert evaluation["budget_yuan"] == Decimal("3593600.00")
    assert frames["issues"].columns.tolist() == TABLES["issues"].names


def test_parse_bytes_with_a_name_or_a_format_hint():
    data = REPORT.read_bytes()
    named = jixiao.parse(data, name="report.txt")
    assert (named.status, named.document["source_path"]) == ("ok", "report.txt")
    hinted = jixiao.parse(data, source_format="txt")
    assert hinted.document["source_format"] == "txt" and hinted.document["source_path"] == "<bytes>"
    assert hinted.tables["indicators"].equals(named.tables["indicators"])


def test_parse_bad_input_is_a_failed_result_and_bad_arguments_raise(tmp_path):
    empty = jixiao.parse(b"", name="empty.txt")
    assert empty.status == "failed" and "empty" in empty.error
    assert all(t.num_rows == 0 for n, t in empty.tables.items() if n != "documents")
    with pytest.raises(FileNotFoundError, match="no such file"):
        jixiao.parse(tmp_path / "missing.pdf")
    with pytest.raises(IsADirectoryError, match="jixiao.ingest"):
        jixiao.parse(tmp_path)
    with pytest.raises(ValueError, match="ocr must be one of"):
        jixiao.parse(REPORT, ocr="sometimes")
    with pytest.raises(ValueError, match="source_format must be one of"):
        jixiao.parse(b"x", source_format="odt")


def test_ingest_returns_the_cli_summary(data):
    again = jixiao.ingest(ROOT / "samples" / "seeds", data, workers=1)
    summary = again.as_json()
    assert summary["documents"] == 0 and summary["unchanged"] == 5
    assert summary["rows"]["forms"] == 10
    assert isinstance(again, jixiao.Summary)


def test_ingest_options_are_checked_like_the_cli_flags(tmp_path):
    with pytest.raises(ValueError, match="--ocr must be one of"):
        jixiao.ingest([REPORT], tmp_path / "o", ocr="sometimes")
    with pytest.raises(ValueError, match="--max-pages must be at least 1"):
        jixiao.ingest([REPORT], tmp_path / "o", max_pages=0)
    with pytest.raises(TypeError, match="max_page"):
        jixiao.ingest([REPORT], tmp_path / "o", max_page=3)
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        jixiao.ingest([tmp_path / "nothing"], tmp_path / "o")
    assert not (tmp_path / "o").exists()


def test_ingest_option_defaults_are_the_cli_defaults():
    """One set of options: every keyword of ingest_options is a flag of `jixiao ingest` with the
    same default (workers: the number of cores)."""
    cli_params = inspect.signature(cli.ingest).parameters
    for name, param in inspect.signature(ingest_options).parameters.items():
        default = cli_params[name].default.default
        if name == "workers":
            assert param.default is None and default >= 1
        else:
            assert default == param.default, name


def test_open_gives_duckdb_with_tables_and_joined_views(data):
    con = jixiao.open(data)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert names >= set(TABLES) | {"indicator_view", "score_view", "issue_view"}
    assert con.execute("SELECT count(*) FROM forms").fetchone()[0] == 10
    assert con.execute("SELECT count(*) FROM indicator_view WHERE project_name IS NULL").fetchone()[0] == 0
    with pytest.raises(CorpusError, match="jixiao ingest"):
        jixiao.open(data.parent / "nowhere")


def test_read_gives_a_table_or_a_view_as_pandas(data):
    forms = jixiao.read(data, "forms")
    assert len(forms) == 10 and forms.columns.tolist() == TABLES["forms"].names
    budget = jixiao.read(data, "budget_lines")
    assert budget["amount_yuan"].dropna().map(type).eq(Decimal).all()
    view = jixiao.read(data, "indicator_view")
    assert len(view) == len(jixiao.read(data, "indicators")) and "project_name" in view.columns
    with pytest.raises(ValueError, match="indicator_view"):
        jixiao.read(data, "indicator")
    with pytest.raises(CorpusError):
        jixiao.read(data.parent / "nowhere", "forms")
