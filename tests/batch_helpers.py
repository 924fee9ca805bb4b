"""Shared by the batch tests: a corpus of distinct small documents and a dataset's rows."""

from __future__ import annotations

import shutil
from pathlib import Path

from jixiao.pipelines.schemas import DOCUMENT_TABLES
from jixiao.pipelines.store import read_table

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
SEED_TEXTS = sorted(SEEDS.glob("*.txt"))
GOOD_DOCX = ROOT / "samples" / "docx" / "000_02f8c3f2acc7ec3d.docx"


def variant(text: str, i: int) -> str:
    """A seed form with its year changed (and blank lines appended): a different document with
    the same layout."""
    return text.replace("2020", str(2000 + i % 25)) + "\n" * (i + 1)


def make_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct text documents made from the seeds, in two sub-folders."""
    paths = []
    for i in range(n):
        seed = SEED_TEXTS[i % len(SEED_TEXTS)]
        path = folder / f"part{i % 2}" / f"doc_{i:03d}_{seed.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(variant(seed.read_text("utf-8"), i), "utf-8")
        paths.append(path)
    return paths


def copy_seeds(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEED_TEXTS:
        shutil.copy(seed, folder)


def dataset_rows(out: Path) -> dict[str, list[tuple]]:
    """Every document table's rows, in a stable order, for comparing two datasets (``sources`` is
    the log of the runs, so it differs between two histories that end in the same dataset)."""
    rows = {}
    for name in DOCUMENT_TABLES:
        table = read_table(out, name)
        rows[name] = sorted((tuple(sorted(r.items())) for r in table.to_pylist()), key=repr)
    return rows


def assert_consistent(out: Path) -> None:
    """Readable; each document once; every data row belongs to a document of the dataset."""
    rows = dataset_rows(out)
    ids = [dict(r)["doc_id"] for r in rows["documents"]]
    assert len(ids) == len(set(ids)), "a document is there twice"
    for name, table_rows in rows.items():
        assert {dict(r)["doc_id"] for r in table_rows} <= set(ids), name
