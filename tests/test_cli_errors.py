"""Mistakes get a clear message and the right exit code; a bug leaves its traceback in
DIR/_logs/ without document content (issue 14)."""

from __future__ import annotations

import json

from jixiao.pipelines import ingest as ingest_module
from jixiao.pipelines.batch import Options, run_ingest
from jixiao.pipelines.store import read_table
from tests.batch_helpers import SEED_TEXTS, copy_seeds
from tests.test_cli import jixiao


def test_out_that_is_a_file_is_refused_with_exit_2(tmp_path):
    copy_seeds(tmp_path / "archive")
    (tmp_path / "data").write_text("not a folder")
    proc = jixiao("ingest", str(tmp_path / "archive"), "--out", str(tmp_path / "data"))
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_parse_of_a_document_that_fails_exits_1_with_its_reason(tmp_path):
    (tmp_path / "letter.txt").write_text("尊敬的领导：今天下午开会。", "utf-8")
    proc = jixiao("parse", str(tmp_path / "letter.txt"))
    assert proc.returncode == 1 and "no budget-performance form" in proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["status"] == "failed"


def test_export_into_a_folder_that_does_not_exist_is_refused(tmp_path):
    copy_seeds(tmp_path / "archive")
    data = tmp_path / "data"
    run_ingest([tmp_path / "archive"], data, Options(workers=1))
    proc = jixiao("export", "--data", str(data), "--xlsx", str(tmp_path / "missing" / "corpus.xlsx"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    assert not (tmp_path / "missing").exists()


def test_an_internal_error_keeps_its_traceback_in_logs_without_document_text(tmp_path, monkeypatch):
    secret = "机密项目名称"

    def broken(*args, **kwargs):
        raise ValueError(f"cannot read {secret}")

    monkeypatch.setattr(ingest_module, "parse_forms", broken)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(SEED_TEXTS[0].read_text("utf-8"), "utf-8")
    out = tmp_path / "data"
    from jixiao.pipelines.engines import Task, parse_task, Limits
    from jixiao.pipelines import batch as batch_module

    class InProcess:                     # the patched parser runs in this process, not a worker
        name = "local"

        def map(self, tasks: list[Task]):
            return (parse_task(t, Limits()) for t in tasks)

    monkeypatch.setattr(batch_module, "make_engine", lambda options, client=None: InProcess())
    run_ingest([archive], out, Options(workers=1))
    document = read_table(out, "documents").to_pylist()[0]
    assert document["status"] == "failed" and "internal error" in document["error"]
    logs = list((out / "_logs").iterdir())
    assert len(logs) == 1 and str(logs[0]) in document["error"]
    text = logs[0].read_text("utf-8")
    assert "Traceback" in text and "broken" in text and "ValueError" in text
    assert secret not in text


def test_a_bug_in_ingest_exits_4_and_says_where_its_traceback_is(tmp_path, monkeypatch):
    from typer.testing import CliRunner
    from jixiao.pipelines import cli

    secret = "机密"

    def broken(*args, **kwargs):
        raise KeyError(secret)

    monkeypatch.setattr(cli, "run_ingest", broken)
    copy_seeds(tmp_path / "archive")
    out = tmp_path / "data"
    result = CliRunner().invoke(cli.app, ["ingest", str(tmp_path / "archive"), "--out", str(out)])
    assert result.exit_code == 4
    logs = list((out / "_logs").iterdir())
    assert len(logs) == 1 and logs[0].name in result.output.replace("\n", "")
    assert secret not in logs[0].read_text("utf-8") and "broken" in logs[0].read_text("utf-8")
