"""Incremental, crash-safe batch ingest: re-runs skip, changes replace, renames keep, a killed run
goes on where it stopped and ends with the same dataset as an uninterrupted run."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jixiao.pipelines import store as store_module
from jixiao.pipelines.batch import Options, run_ingest
from jixiao.pipelines.store import Store, StoreBusy
from tests.batch_helpers import (ROOT, SEED_TEXTS, assert_consistent, copy_seeds, dataset_rows,
                                 make_corpus, variant)
from tests.test_cli import jixiao

ONE = Options(workers=1, batch_size=2)


def fresh(folder: Path, tmp_path: Path, name: str) -> dict:
    """The dataset an ingest of ``folder`` into an empty output gives."""
    out = tmp_path / name
    run_ingest([folder], out, ONE)
    return dataset_rows(out)


def test_rerun_add_change_rename_copy_force(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    copy_seeds(archive)
    first = run_ingest([archive], out, ONE)
    assert (first.documents, first.status("ok")) == (5, 5)
    with Store(out) as s:
        version = s.version
        parts = {p.name for p in s.part_files() if p.parent.name == "documents"}

    rows = dataset_rows(out)
    again = run_ingest([archive], out, ONE)
    assert (again.documents, again.unchanged, again.batches) == (0, 5, 1)   # the sources rows
    assert dataset_rows(out) == rows
    with Store(out) as s:                                 # document tables' files linked, not copied
        assert s.version == f"{int(version) + 1:08d}"
        assert {p.name for p in s.part_files() if p.parent.name == "documents"} == parts

    shutil.copy(ROOT / "samples" / "realworld" / "01_a_shanghai-putuo_2026.txt", archive / "new.txt")
    added = run_ingest([archive], out, ONE)
    assert (added.documents, added.unchanged) == (1, 5)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh1")

    changed = archive / SEED_TEXTS[0].name
    old_rows = dataset_rows(out)
    changed.write_text(variant(changed.read_text("utf-8"), 3), "utf-8")
    after_change = run_ingest([archive], out, ONE)
    assert (after_change.documents, after_change.replaced) == (1, 1)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh2") != old_rows

    (archive / "sub").mkdir()
    os.rename(archive / SEED_TEXTS[1].name, archive / "sub" / "renamed.txt")
    renamed = run_ingest([archive], out, ONE)
    assert (renamed.documents, renamed.moved) == (0, 1)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh3")
    paths = [dict(r)["source_path"] for r in dataset_rows(out)["documents"]]
    assert os.path.join("sub", "renamed.txt") in paths and SEED_TEXTS[1].name not in paths

    shutil.copy(archive / SEED_TEXTS[2].name, archive / "zz-copy.txt")
    copied = run_ingest([archive], out, ONE)
    assert (copied.documents, copied.duplicates) == (0, 1)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh4")

    forced = run_ingest([archive], out, Options(workers=1, force=True))
    assert forced.documents == 6
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh5")
    assert_consistent(out)


def test_a_file_changed_into_a_copy_of_another_keeps_one_row(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    copy_seeds(archive)
    run_ingest([archive], out, ONE)
    shutil.copy(archive / SEED_TEXTS[0].name, archive / SEED_TEXTS[1].name)
    run_ingest([archive], out, ONE)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh")
    assert_consistent(out)


@pytest.mark.parametrize("fail_at", [1, 3, 6, 9, 12])
def test_a_commit_killed_half_way_leaves_the_old_dataset(tmp_path, monkeypatch, fail_at):
    """A crash at any file operation inside a commit: the dataset is the previous version, whole,
    and the next run ends where an uninterrupted run ends."""
    archive, out = tmp_path / "archive", tmp_path / "out"
    make_corpus(archive, 6)
    run_ingest([archive], out, ONE)
    before = dataset_rows(out)
    for path in make_corpus(tmp_path / "more", 9)[6:]:
        shutil.copy(path, archive / path.name)

    calls = {"n": 0}
    real_link, real_replace = os.link, os.replace

    def counting(real):
        def op(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == fail_at:
                raise KeyboardInterrupt("simulated kill")
            return real(*args, **kwargs)
        return op

    monkeypatch.setattr(store_module.os, "link", counting(real_link))
    monkeypatch.setattr(store_module.os, "replace", counting(real_replace))
    with pytest.raises(KeyboardInterrupt):
        run_ingest([archive], out, Options(workers=1, batch_size=100))
    monkeypatch.undo()
    assert dataset_rows(out) == before
    assert_consistent(out)
    run_ingest([archive], out, ONE)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh")


def test_kill_9_during_a_run_then_rerun_gives_the_uninterrupted_dataset(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    make_corpus(archive, 24)
    exe = Path(sys.executable).with_name("jixiao")
    proc = subprocess.Popen([str(exe), "ingest", str(archive), "--out", str(out), "--workers", "1",
                             "--batch-size", "2", "--quiet"], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (out / "_versions" / "00000003").exists():
            assert proc.poll() is None and time.monotonic() < deadline, "the run ended too soon"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert_consistent(out)
    committed = len(dataset_rows(out)["documents"])
    assert 0 < committed < 24
    done = jixiao("ingest", str(archive), "--out", str(out), "--workers", "1", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["unchanged"] == committed and summary["documents"] == 24 - committed
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh")


def test_a_second_writer_is_refused_with_exit_code_3(tmp_path):
    copy_seeds(tmp_path / "archive")
    with Store(tmp_path / "out"):
        with pytest.raises(StoreBusy):
            Store(tmp_path / "out")
        proc = jixiao("ingest", str(tmp_path / "archive"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 3 and "another jixiao ingest" in proc.stderr


def test_plain_progress_lines_and_json_summary(tmp_path):
    make_corpus(tmp_path / "archive", 4)
    proc = jixiao("ingest", str(tmp_path / "archive"), "--out", str(tmp_path / "out"), "--json",
                  "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    assert "jixiao: 4/4 documents" in proc.stderr and "documents/s" in proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["documents"], summary["ok"], summary["workers"]) == (4, 4, 2)
    assert summary["rows"]["documents"] == 4 and summary["forms"] == summary["rows"]["forms"] > 0
    assert {g["format"] for g in summary["by_format_kind"]} == {"txt"}
    rerun = jixiao("ingest", str(tmp_path / "archive"), "--out", str(tmp_path / "out"))
    assert rerun.returncode == 0 and "not parsed again: 4 unchanged" in rerun.stdout


def test_compaction_keeps_the_rows_and_later_changes_still_replace_and_move(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    paths = make_corpus(archive, 8)
    summary = run_ingest([archive], out, Options(workers=1, batch_size=1, compact_after=3))
    assert summary.compacted and summary.as_json()["compacted"] is True
    with Store(out) as s:
        assert set(s.parts_per_folder().values()) == {1}
        assert {entry.batch for entry in s.docs.values()} == {s.version}
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh1")

    paths[0].write_text(variant(paths[0].read_text("utf-8"), 99), "utf-8")
    os.rename(paths[1], archive / "renamed.txt")
    later = run_ingest([archive], out, Options(workers=1, batch_size=1, compact=False))
    assert (later.documents, later.replaced, later.moved, later.compacted) == (1, 1, 1, False)
    assert dataset_rows(out) == fresh(archive, tmp_path, "fresh2")
    assert_consistent(out)


def test_a_compaction_killed_half_way_leaves_the_dataset_as_it_was(tmp_path, monkeypatch):
    archive, out = tmp_path / "archive", tmp_path / "out"
    make_corpus(archive, 5)
    run_ingest([archive], out, Options(workers=1, batch_size=1, compact=False))
    before = dataset_rows(out)
    real_merge, calls = store_module._merge_parts, {"n": 0}

    def merge_then_die(*args):
        real_merge(*args)
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt("simulated kill")

    monkeypatch.setattr(store_module, "_merge_parts", merge_then_die)
    with Store(out) as s, pytest.raises(KeyboardInterrupt):
        s.compact()
    monkeypatch.undo()
    assert dataset_rows(out) == before
    with Store(out) as s:
        assert s.compact() is not None and set(s.parts_per_folder().values()) == {1}
    assert dataset_rows(out) == before
    assert_consistent(out)


def test_compact_command(tmp_path):
    make_corpus(tmp_path / "archive", 4)
    out = tmp_path / "out"
    proc = jixiao("ingest", str(tmp_path / "archive"), "--out", str(out), "--batch-size", "1",
                  "--no-compact", "-q")
    assert proc.returncode == 0, proc.stderr
    rows = dataset_rows(out)
    done = jixiao("compact", "--data", str(out))
    assert done.returncode == 0 and "part files →" in done.stdout, done.stderr
    assert dataset_rows(out) == rows
    again = jixiao("compact", "-d", str(out))
    assert again.returncode == 0 and "nothing to compact" in again.stdout
    refused = jixiao("compact", "--data", str(tmp_path / "archive"))
    assert refused.returncode == 2 and "not a jixiao output folder" in refused.stderr
