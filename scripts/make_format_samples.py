"""Generate the DOCX and PDF twins of the text samples: same content, real Word tables with merged
cells, and the PDF LibreOffice prints from them.

    python scripts/make_format_samples.py   # writes samples/docx/<seed>.docx, samples/pdf/<seed>.pdf

Paragraphs stay paragraphs; each run of tab-separated rows becomes a Word table. Below an
indicator-table header, a blank 一级/二级 cell (the converter's trace of a merged cell) is merged
into the cell above it with a real vertical merge (w:vMerge), as the original form had it.
The twins carry the same expectations as their text originals (a test asserts parity).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract.document import Line, Paragraph, Table  # noqa: E402
from jixiao.extract.forms.target_form import is_indicator_header  # noqa: E402
from jixiao.extract.readers.text import read_text  # noqa: E402

SEEDS = ["000_02f8c3f2acc7ec3d.txt", "001_0f4b9d799222cfe6.txt", "003_c5ac2ca95e2e7928.txt",
         "004_c72f6afbd1a9f0f9.txt"]


def _write_table(document: docx.document.Document, block: Table) -> None:
    width = max(len(row) for row in block.rows)
    table = document.add_table(rows=len(block.rows), cols=width)
    table.style = "Table Grid"
    texts = [[c.text.strip() for c in row] + [""] * (width - len(row)) for row in block.rows]
    in_indicators = False
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r, row in enumerate(texts):
        if is_indicator_header(Line(tuple(row), True, None, None, "")):
            in_indicators = True
            continue
        if not in_indicators or r == 0:
            continue
        filled = [c for c, t in enumerate(row) if t]
        if not filled:
            continue
        for c in range(min(2, filled[0])):          # blank level cells left of the row's content
            if not texts[r - 1][c] and not _merged_above(table, r - 1, c):
                continue
            table.cell(r - 1, c).merge(table.cell(r, c))


def _merged_above(table, r: int, c: int) -> bool:
    tc = table.cell(r, c)._tc
    return tc.vMerge is not None


def make_docx(text_path: Path, out_path: Path) -> None:
    model = read_text(text_path.read_bytes())
    document = docx.Document()
    for block in model.blocks:
        if isinstance(block, Paragraph):
            document.add_paragraph(block.text.strip())
        else:
            _write_table(document, block)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fixed = dt.datetime(2024, 1, 1)             # reproducible files
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.save(out_path)


def make_pdf(docx_path: Path, out_path: Path) -> None:
    """The PDF a Word user exports: LibreOffice prints the DOCX twin (ruled tables, merged cells,
    cells wrapped over several lines, tables running across pages, rows cut by a page break).
    Needs ``soffice`` and CJK fonts (``make system-deps``)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("make_pdf needs LibreOffice: run `make system-deps`")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=300)
        shutil.move(Path(tmp) / (docx_path.stem + ".pdf"), out_path)


def main() -> None:
    for name in SEEDS:
        src = ROOT / "samples" / "seeds" / name
        out = ROOT / "samples" / "docx" / (Path(name).stem + ".docx")
        make_docx(src, out)
        pdf_out = ROOT / "samples" / "pdf" / (Path(name).stem + ".pdf")
        pdf_out.parent.mkdir(parents=True, exist_ok=True)
        make_pdf(out, pdf_out)
        expected = json.loads(src.with_name(name + ".expected.json").read_text("utf-8"))
        expected["doc"] = out.name
        expected["notes"] = f"Generated twin of {name} (scripts/make_format_samples.py): same rows. " \
            + expected["notes"]
        for twin in (out, pdf_out):
            expected["doc"] = twin.name
            twin.with_name(twin.name + ".expected.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {out.relative_to(ROOT)} and its expectation")


if __name__ == "__main__":
    main()
