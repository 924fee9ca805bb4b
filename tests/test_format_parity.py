"""The same form gives the same rows whichever file it arrives in."""

from pathlib import Path

import pytest

from jixiao.pipelines.ingest import parse_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TWINS = sorted((SAMPLES / "docx").glob("*.docx")) + sorted((SAMPLES / "pdf").glob("*.pdf"))
#: Excel twins of the seeds (scripts/make_xlsx_samples.py); ``X.one-sheet.xlsx`` is a twin of X.txt.
#: The family twins in samples/xlsx are held to their expectations in tests/test_xlsx.py instead:
#: their text originals are flattened text the family parsers read another way.
EXCEL_TWINS = sorted(p for p in (SAMPLES / "xlsx").glob("*.xls*")
                     if p.suffix in (".xlsx", ".xls") and (SAMPLES / "seeds" / (p.name.split(".")[0] + ".txt")).exists())
#: Columns that name the file or where in it a row was found, not what the form says.
PROVENANCE = {"doc_id", "form_id", "raw", "source_text", "page", "title"}


def _comparable(key: str, value):
    # A PDF cell wrapped at a blank (`=100.00 (%)` printed as `=100.00` / `(%)`) cannot show the
    # blank it was wrapped at: text is compared without blanks; numbers and dates exactly.
    return "".join(value.split()) if isinstance(value, str) else value


def _content(path: Path) -> dict[str, list[dict]]:
    result = parse_file(path, path.parent)
    assert result.document["status"] == "ok", result.document["error"]
    return {table: [{k: _comparable(k, v) for k, v in row.items() if k not in PROVENANCE}
                    for row in result.rows[table]]
            for table in ("forms", "budget_lines", "indicators")}


def test_there_are_docx_and_pdf_twins():
    assert {p.suffix for p in TWINS} == {".docx", ".pdf"} and len(TWINS) >= 8


@pytest.mark.parametrize("twin", TWINS, ids=lambda p: p.name)
def test_twin_gives_the_text_rows(twin):
    original = SAMPLES / "seeds" / (twin.stem + ".txt")
    assert _content(twin) == _content(original)


def test_there_are_excel_twins_of_seeds():
    assert {p.suffix for p in EXCEL_TWINS} == {".xlsx", ".xls"} and len(EXCEL_TWINS) >= 5


@pytest.mark.parametrize("twin", EXCEL_TWINS, ids=lambda p: p.name)
def test_excel_twin_gives_the_text_rows(twin):
    original = SAMPLES / "seeds" / (twin.name.split(".")[0] + ".txt")
    assert _content(twin) == _content(original)
