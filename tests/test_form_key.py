"""One seed form in every format (text, DOCX, PDF, XLSX, .xls, legacy .doc, a scan) has one
form_key (issue 14): the key is built from the normalised kind, year, reporting unit, project name
and indicator names, so a copy in another format is recognised."""

from __future__ import annotations

import shutil

import pytest

from jixiao.pipelines.ingest import form_key, parse_file
from tests.batch_helpers import ROOT

SAMPLES = ROOT / "samples"
COPIES_000 = [SAMPLES / "seeds" / "000_02f8c3f2acc7ec3d.txt", SAMPLES / "docx" / "000_02f8c3f2acc7ec3d.docx",
              SAMPLES / "pdf" / "000_02f8c3f2acc7ec3d.pdf", SAMPLES / "xlsx" / "000_02f8c3f2acc7ec3d.xlsx",
              SAMPLES / "xlsx" / "000_02f8c3f2acc7ec3d.xls"]


def _keys(path) -> list[str]:
    result = parse_file(path, path.parent)
    assert result.document["status"] == "ok", result.document["error"]
    return [f["form_key"] for f in result.rows["forms"]]


def test_every_format_of_one_seed_form_has_one_form_key():
    keys = {str(p.relative_to(SAMPLES)): _keys(p) for p in COPIES_000}
    assert len({tuple(k) for k in keys.values()}) == 1, keys
    assert len(next(iter(keys.values()))) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (make system-deps) reads .doc")
def test_a_legacy_doc_copy_has_the_text_copy_form_key():
    assert _keys(SAMPLES / "doc" / "004_c72f6afbd1a9f0f9.doc") == \
        _keys(SAMPLES / "seeds" / "004_c72f6afbd1a9f0f9.txt")


@pytest.mark.ocr
def test_a_scanned_copy_has_the_text_copy_form_key():
    assert _keys(SAMPLES / "scanned" / "000_02f8c3f2acc7ec3d.scanned.pdf") == _keys(COPIES_000[0])


def test_form_key_ignores_spacing_and_width_but_not_the_project():
    form = {"doc_kind": "target_form", "fiscal_year": 2020, "reporting_unit": "上海市 旅游质量监督所",
            "project_name": "旅游投诉热线服务（２０２０）"}
    same = dict(form, reporting_unit="上海市旅游质量监督所", project_name="旅游投诉热线服务(2020)")
    other = dict(form, project_name="旅游投诉热线")
    names = ["热线接通率", "投诉 处理率"]
    assert form_key(form, names) == form_key(same, ["投诉处理率", "热线接通率", None])
    assert form_key(form, names) != form_key(other, names)
    assert form_key(form, names) != form_key(dict(form, fiscal_year=2021), names)
    assert form_key(form, names) != form_key(form, names[:1])


def test_copy_of_does_not_depend_on_the_order_files_came_in(tmp_path):
    """The original is the smallest form_id with the key: adding the copies in another order, or
    replacing the original, gives the dataset of a clean run."""
    from jixiao.pipelines.batch import Options, run_ingest
    from tests.batch_helpers import dataset_rows, variant

    archive, out = tmp_path / "archive", tmp_path / "out"
    archive.mkdir()
    one = Options(workers=1)
    copies = COPIES_000[:3]
    for copy in reversed(copies):                     # one file per run, last to first
        shutil.copy(copy, archive / copy.name)
        run_ingest([archive], out, one)
    run_ingest([archive], tmp_path / "clean", one)
    assert dataset_rows(out) == dataset_rows(tmp_path / "clean")
    forms = dataset_rows(out)["forms"]
    originals = [dict(f)["form_id"] for f in forms if dict(f)["copy_of"] is None]
    assert len(originals) == 1 and {dict(f)["copy_of"] for f in forms} == {None, originals[0]}

    original = next(c for c in copies if dict(
        next(f for f in forms if dict(f)["form_id"] == originals[0]))["doc_id"] in _doc_ids(c))
    changed = archive / original.name                 # the original's file now holds another form
    changed.write_bytes(variant(COPIES_000[0].read_text("utf-8"), 3).encode("utf-8"))
    run_ingest([archive], out, one)
    run_ingest([archive], tmp_path / "clean2", one)
    assert dataset_rows(out) == dataset_rows(tmp_path / "clean2")


def _doc_ids(path) -> set[str]:
    import hashlib
    return {hashlib.sha256(path.read_bytes()).hexdigest()}
