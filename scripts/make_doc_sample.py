"""Generate the legacy Word .doc twin of a DOCX twin: LibreOffice saves it as Word 97–2003.

    python scripts/make_doc_sample.py                    # samples/doc/004_c72f6afbd1a9f0f9.doc
    python scripts/make_doc_sample.py samples/docx/X.docx [...]

Needs LibreOffice (``make system-deps``). The .doc carries the same expectations as its DOCX twin
(and so as the text original), with ``doc`` naming the .doc; a test asserts the rows are the same.
LibreOffice stamps the save time into the file, so rerunning changes the .doc's bytes (and doc_id).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract.readers.legacy import CONVERSION_TIMEOUT_S, find_soffice  # noqa: E402
from twins import write_twin_expectation  # noqa: E402  (scripts/ is on sys.path when run)

DEFAULT_TWINS = [ROOT / "samples" / "docx" / "004_c72f6afbd1a9f0f9.docx"]
OUT_DIR = ROOT / "samples" / "doc"


def make_doc(docx_path: Path, out_dir: Path, soffice: str) -> Path:
    """docx_path saved as Word 97–2003 into out_dir; returns the .doc's path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-doc-sample-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--norestore", "--convert-to", "doc:MS Word 97", "--outdir", str(out_dir),
                        str(docx_path)], check=True, capture_output=True, timeout=CONVERSION_TIMEOUT_S)
    doc_path = out_dir / (docx_path.stem + ".doc")
    if not doc_path.is_file():
        raise SystemExit(f"LibreOffice wrote no {doc_path.name}")
    return doc_path


def write_expectation(docx_path: Path, doc_path: Path) -> None:
    """The DOCX twin's expectation, naming the .doc and saying where it came from."""
    write_twin_expectation(docx_path, doc_path, f"Legacy .doc twin of {docx_path.name} (scripts/make_doc_sample.py, "
                           f"saved by LibreOffice as Word 97–2003): same rows. ", drop_earlier_origin=False)


def main(argv: list[str]) -> None:
    soffice = find_soffice()
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed: run `make system-deps`")
    for docx_path in [Path(a).resolve() for a in argv] or DEFAULT_TWINS:
        doc_path = make_doc(docx_path, OUT_DIR, soffice)
        write_expectation(docx_path, doc_path)
        print(f"wrote {doc_path.relative_to(ROOT)} and its expectation")


if __name__ == "__main__":
    main(sys.argv[1:])
