"""Nothing lost, nothing doubled (issue 14): a source is its collection (the absolute input root,
or a name given with --collection) and its path below it; every input path of every run is one
``sources`` row; ``documents`` is one row per distinct content. Through the real command."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from jixiao.pipelines.store import read_table
from tests.batch_helpers import SEED_TEXTS, copy_seeds
from tests.test_cli import jixiao


def _ingest(out: Path, *args: str) -> dict:
    proc = jixiao("ingest", *args, "--out", str(out), "--json", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _two_archives(tmp_path: Path) -> tuple[Path, Path]:
    """Two years' archives with the same inner path holding different projects."""
    a2019, a2020 = tmp_path / "archive" / "2019", tmp_path / "archive" / "2020"
    for archive, seed in ((a2019, SEED_TEXTS[2]), (a2020, SEED_TEXTS[0])):
        (archive / "财政局").mkdir(parents=True)
        shutil.copy(seed, archive / "财政局" / "目标表.txt")
    return a2019, a2020


def test_two_archives_with_the_same_inner_paths_keep_both_documents(tmp_path):
    a2019, a2020 = _two_archives(tmp_path)
    out = tmp_path / "data"
    _ingest(out, str(a2019))
    second = _ingest(out, str(a2020))
    assert (second["documents"], second["replaced"]) == (1, 0)
    documents = read_table(out, "documents").to_pylist()
    assert sorted((d["collection"], d["source_path"]) for d in documents) == [
        (str(a2019), os.path.join("财政局", "目标表.txt")), (str(a2020), os.path.join("财政局", "目标表.txt"))]
    assert {f["doc_id"] for f in read_table(out, "forms").to_pylist()} == {d["doc_id"] for d in documents}
    third = _ingest(out, str(a2019))                     # the 2019 archive again: nothing to do
    assert (third["documents"], third["unchanged"], third["replaced"]) == (0, 1, 0)


def test_named_collections_keep_their_identity_when_moved(tmp_path):
    a2019, a2020 = _two_archives(tmp_path)
    out = tmp_path / "data"
    _ingest(out, str(a2019), "--collection", "2019年度")
    _ingest(out, str(a2020), "--collection", "2020年度")
    moved = tmp_path / "other disk" / "2019"
    shutil.copytree(a2019, moved)
    again = _ingest(out, str(moved), "--collection", "2019年度")
    assert (again["documents"], again["unchanged"], again["moved"]) == (0, 1, 0)
    documents = read_table(out, "documents").to_pylist()
    assert sorted(d["collection"] for d in documents) == ["2019年度", "2020年度"]
    refused = jixiao("ingest", str(a2019), "--out", str(out), "--collection", "a/b")
    assert refused.returncode == 2 and "--collection" in refused.stderr


def test_a_root_given_twice_or_inside_another_stores_each_document_once(tmp_path):
    archive = tmp_path / "archive"
    copy_seeds(archive / "seeds")
    out = tmp_path / "data"
    summary = _ingest(out, str(archive / "seeds"), str(archive / "seeds"), str(archive),
                      str(archive / "seeds" / SEED_TEXTS[0].name))
    assert summary["documents"] == len(SEED_TEXTS) and summary["duplicates"] == 0
    documents = read_table(out, "documents").to_pylist()
    assert len(documents) == len({d["doc_id"] for d in documents}) == len(SEED_TEXTS)
    sources = read_table(out, "sources").to_pylist()
    assert len(sources) == len(SEED_TEXTS)
    assert {s["collection"] for s in sources} == {str(archive)}
    # the inner folder on its own later: the same sources, nothing parsed again
    inner = _ingest(out, str(archive / "seeds"))
    assert (inner["documents"], inner["unchanged"]) == (0, len(SEED_TEXTS))
    assert len(read_table(out, "documents")) == len(SEED_TEXTS)


def test_every_path_is_one_sources_row_and_copies_one_document(tmp_path):
    archive = tmp_path / "archive"
    copy_seeds(archive)
    shutil.copy(SEED_TEXTS[1], archive / "copy of 001.txt")
    for name in ("empty1.txt", "empty2.txt", "empty3.txt"):
        (archive / name).write_bytes(b"")
    (archive / ".hidden.txt").write_text("x")
    (archive / "broken").symlink_to(archive / "nowhere.txt")
    out = tmp_path / "data"
    summary = _ingest(out, str(archive))
    sources = {s["source_path"]: s for s in read_table(out, "sources").to_pylist()}
    assert len(sources) == len(SEED_TEXTS) + 6
    for name in ("empty1.txt", "empty2.txt", "empty3.txt"):
        assert sources[name]["status"] == "failed" and "empty" in sources[name]["reason"]
        assert sources[name]["size_bytes"] == 0 and sources[name]["doc_id"]
    assert sources[".hidden.txt"]["status"] == "skipped"
    assert sources["broken"]["status"] == "failed" and sources["broken"]["doc_id"] is None
    assert "broken symbolic link" in sources["broken"]["reason"]
    copy = sources["copy of 001.txt"]
    assert copy["status"] == "duplicate" and "same bytes as" in copy["reason"]
    assert all(s["ingested_at"] is not None for s in sources.values())
    assert sources[SEED_TEXTS[0].name]["modified_at"] is not None
    documents = read_table(out, "documents").to_pylist()
    assert len(documents) == len({d["doc_id"] for d in documents}) == len(SEED_TEXTS) + 1
    by_id = {d["doc_id"]: d for d in documents}
    assert by_id[copy["doc_id"]]["n_paths"] == 2
    assert by_id[copy["doc_id"]]["source_path"] == SEED_TEXTS[1].name   # first in sorted order
    assert by_id[sources["empty1.txt"]["doc_id"]]["n_paths"] == 3
    assert summary["paths"] == {"duplicate": 1, "failed": 4, "parsed": len(SEED_TEXTS),
                                "skipped": 1}
    # a second run adds one row per path; removing the copy gives the document one path again
    os.remove(archive / "copy of 001.txt")
    _ingest(out, str(archive))
    sources = read_table(out, "sources").to_pylist()
    assert len(sources) == 2 * (len(SEED_TEXTS) + 6) - 1
    empty_rows = [s for s in sources if s["source_path"].startswith("empty")]
    assert len(empty_rows) == 6 and all(s["status"] == "failed" and "empty" in s["reason"]
                                        for s in empty_rows)              # every run says why
    assert read_table(out, "documents").to_pylist() and \
        {d["doc_id"]: d for d in read_table(out, "documents").to_pylist()}[copy["doc_id"]]["n_paths"] == 1


def test_an_input_folder_with_no_files_is_an_error(tmp_path):
    (tmp_path / "nothing").mkdir()
    proc = jixiao("ingest", str(tmp_path / "nothing"), "--out", str(tmp_path / "data"))
    assert proc.returncode == 2 and "no files found" in proc.stderr


def test_a_folder_of_an_older_version_without_sources_still_opens(tmp_path):
    """Search and export over a folder holding only forms and indicators (no sources, no
    form_key): every table is a view, missing columns typed nulls, each form counted."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from jixiao.pipelines.corpus import connect
    from jixiao.pipelines.schemas import TABLES

    for name, rows in (("forms", [{"form_id": "d:0", "doc_id": "d", "project_name": "项目"}]),
                       ("indicators", [{"form_id": "d:0", "doc_id": "d", "level3": "接通率"}])):
        (tmp_path / name).mkdir()
        names = [f for f in TABLES[name].names if f not in ("form_key", "copy_of")]
        table = pa.Table.from_pylist(rows, schema=pa.schema([TABLES[name].field(n) for n in names]))
        pq.write_table(table, tmp_path / name / "part-0.parquet")
    con = connect(tmp_path)
    assert con.execute("SELECT count(*) FROM sources").fetchall() == [(0,)]
    assert con.execute("SELECT count(*) FROM indicator_view").fetchall() == [(1,)]


def test_a_dataset_of_an_older_schema_version_is_rebuilt_once(tmp_path):
    from jixiao.pipelines.batch import Options, run_ingest
    from jixiao.pipelines.store import Store
    from tests.batch_helpers import dataset_rows

    archive, out = tmp_path / "archive", tmp_path / "data"
    copy_seeds(archive)
    run_ingest([archive], out, Options(workers=1))
    with Store(out) as store:                         # as written by jixiao 1.2: no marker
        (out / "_versions" / store.version / "_state" / "schema_version").unlink()
    again = run_ingest([archive], out, Options(workers=1))
    assert (again.documents, again.unchanged) == (len(SEED_TEXTS), 0)
    run_ingest([archive], tmp_path / "clean", Options(workers=1))
    assert dataset_rows(out) == dataset_rows(tmp_path / "clean")
    assert len(read_table(out, "sources")) == len(SEED_TEXTS)     # the old log is not carried over
    third = run_ingest([archive], out, Options(workers=1))
    assert third.unchanged == len(SEED_TEXTS)
