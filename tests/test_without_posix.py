"""jixiao on a machine without fcntl, resource and symbolic links (Windows, issue 14): the command
starts, ingests and re-runs, with the fallbacks: a lock file holding the writer's process id,
no memory cap, ``_current.txt`` as the commit point and table folders of hard links."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from jixiao.pipelines import store as store_module
from jixiao.pipelines.batch import Options, run_ingest
from jixiao.pipelines.store import Store, StoreBusy, read_table
from tests.batch_helpers import ROOT, SEED_TEXTS, copy_seeds, dataset_rows, variant

HIDE = """
import os, sys
sys.modules["fcntl"] = None          # import fcntl raises ImportError, as on Windows
sys.modules["resource"] = None
del os.symlink
"""


def _jixiao_without_posix(site: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command in processes (driver and workers) where the facilities are missing."""
    (site / "sitecustomize.py").write_text(HIDE)
    env = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "200"}
    exe = Path(sys.executable).with_name("jixiao")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=ROOT, env=env)


def test_the_command_starts_ingests_and_reruns_without_fcntl_resource_symlinks(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    assert _jixiao_without_posix(site, "--help").returncode == 0
    archive, out = tmp_path / "archive", tmp_path / "out"
    copy_seeds(archive)
    first = _jixiao_without_posix(site, "ingest", str(archive), "--out", str(out), "--json",
                                  "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["documents"] == len(SEED_TEXTS)
    assert (out / "_current.txt").is_file() and not (out / "_current").exists()
    assert (out / "forms").is_dir() and not (out / "forms").is_symlink()
    assert not list(out.glob("_jixiao.lock.pid"))                    # the lock was released
    assert len(pd.read_parquet(out / "documents")) == len(SEED_TEXTS)   # a plain reader

    changed = archive / SEED_TEXTS[0].name
    changed.write_text(variant(changed.read_text("utf-8"), 7), "utf-8")
    again = _jixiao_without_posix(site, "ingest", str(archive), "--out", str(out), "--json",
                                  "--workers", "1")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["documents"], summary["unchanged"], summary["replaced"]) == (1, 4, 1)
    clean = tmp_path / "clean"
    run_ingest([archive], clean, Options(workers=1))
    assert dataset_rows(out) == dataset_rows(clean)
    for name in ("documents", "forms", "indicators"):              # the folders follow the commit
        assert len(pd.read_parquet(out / name)) == len(read_table(clean, name))
    search = _jixiao_without_posix(site, "search", "接通率", "--data", str(out), "--format", "json")
    assert search.returncode == 0 and json.loads(search.stdout), search.stderr


def test_the_pid_lock_refuses_a_second_writer_and_takes_over_a_dead_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "fcntl", None)
    monkeypatch.setattr(store_module, "msvcrt", None)
    out = tmp_path / "out"
    with Store(out):
        try:
            Store(out)
        except StoreBusy:
            pass
        else:
            raise AssertionError("a second writer was let in")
    (out / "_jixiao.lock.pid").write_text("999999999")             # a writer killed with -9
    with Store(out):
        assert (out / "_jixiao.lock.pid").read_text() == str(os.getpid())
    assert not (out / "_jixiao.lock.pid").exists()
