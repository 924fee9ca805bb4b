"""The same form gives the same rows whichever file it arrives in."""

from pathlib import Path

import pytest

from pipelines.ingest import parse_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TWINS = sorted((SAMPLES / "docx").glob("*.docx")) + sorted((SAMPLES / "pdf").glob("*.pdf"))
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
