"""Generate the OFD twin of a PDF sample: the same pages as GB/T 33190 text and path objects.

    python scripts/make_ofd_sample.py                      # samples/ofd/001_0f4b9d799222cfe6.ofd
    python scripts/make_ofd_sample.py NAME.pdf ...         # other twins from samples/pdf/

The PDF twin (printed by LibreOffice from the DOCX twin: ruled tables, merged cells, wrapped
cells, a table running over pages) is read with pdfplumber, and each page is written the way an
OFD producer (a PDF-to-OFD converter, an office suite's OFD export) writes it: one ``TextObject``
per run of characters on a line, with the start at ``X``/``Y`` (the baseline) and each character's
advance in ``DeltaX`` (``g N d`` for N equal advances), every ``Boundary`` in millimetres; each
ruling line a stroked ``PathObject`` (``M x y L x y``), each rectangle a closed path (filled bars
as fills). The zip is ``OFD.xml`` →
``Doc_0/Document.xml`` → ``Doc_0/Pages/Page_N/Content.xml``. The twin carries its PDF original's
expectation (a parity test asserts the same rows as the text original).
"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from twins import write_twin_expectation  # noqa: E402  (scripts/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "samples" / "pdf"
OUT_DIR = ROOT / "samples" / "ofd"
DEFAULT_SAMPLES = ["001_0f4b9d799222cfe6.pdf"]
MM_PER_PT = 25.4 / 72
NS = "http://www.ofdspec.org/2016"
#: Characters of one run: same line (baseline within this, points) and no gap wider than GAP.
SAME_LINE, GAP = 0.5, 30.0
FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def _mm(value: float) -> str:
    return f"{value * MM_PER_PT:.3f}".rstrip("0").rstrip(".") or "0"


def _delta_x(advances: list[float]) -> str:
    """Advances in mm, runs of equal ones written ``g N d`` as OFD producers do."""
    values = [_mm(a) for a in advances]
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i]:
            j += 1
        out.append(f"g {j - i} {values[i]}" if j - i > 2 else " ".join(values[i:j]))
        i = j
    return " ".join(out)


def _runs(chars: list[dict], height: float) -> list[list[dict]]:
    """Characters grouped into runs along their lines, in page order."""
    runs: list[list[dict]] = []
    for char in chars:
        baseline = height - char["matrix"][5]
        char = {**char, "baseline": baseline}
        last = runs[-1][-1] if runs else None
        if (last is not None and abs(last["baseline"] - baseline) <= SAME_LINE
                and last["fontname"] == char["fontname"] and abs(last["size"] - char["size"]) < 0.01
                and 0 <= char["x0"] - last["x1"] <= GAP):
            runs[-1].append(char)
        else:
            runs.append([char])
    return runs


def _text_object(run: list[dict], object_id: int) -> str:
    size = run[0]["size"]
    left = run[0]["x0"]
    top = min(c["top"] for c in run)
    right = max(c["x1"] for c in run)
    bottom = max(c["bottom"] for c in run)
    baseline = run[0]["baseline"] - top
    advances = [b["x0"] - a["x0"] for a, b in zip(run, run[1:])]
    delta = f' DeltaX="{_delta_x(advances)}"' if advances else ""
    text = escape("".join(c["text"] for c in run))
    return (f'<ofd:TextObject ID="{object_id}" Boundary="{_mm(left)} {_mm(top)} {_mm(right - left)} '
            f'{_mm(bottom - top)}" Font="2" Size="{_mm(size)}">'
            f'<ofd:TextCode X="0" Y="{_mm(baseline)}"{delta}>{text}</ofd:TextCode></ofd:TextObject>')


def _path_object(points: list[tuple[float, float]], object_id: int, closed: bool, filled: bool,
                 width: float) -> str:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, top = min(xs), min(ys)
    commands = [f"M {_mm(points[0][0] - left)} {_mm(points[0][1] - top)}"]
    commands += [f"L {_mm(x - left)} {_mm(y - top)}" for x, y in points[1:]]
    if closed:
        commands.append("C")
    paint = ' Fill="true" Stroke="false"' if filled else ""
    return (f'<ofd:PathObject ID="{object_id}" Boundary="{_mm(left)} {_mm(top)} '
            f'{_mm(max(xs) - left)} {_mm(max(ys) - top)}" LineWidth="{_mm(width)}"{paint}>'
            f"<ofd:AbbreviatedData>{' '.join(commands)}</ofd:AbbreviatedData></ofd:PathObject>")


def page_content(page, first_id: int) -> tuple[str, int]:
    """One PDF page as an OFD page's Content.xml, and the next free object id."""
    object_id = first_id
    objects: list[str] = []
    for line in page.lines:
        points = [(x, top) for x, top in line["pts"]]          # pdfplumber: origin top-left
        objects.append(_path_object(points, object_id, False, False, line.get("linewidth") or 0.5))
        object_id += 1
    for rect in page.rects:
        corners = [(rect["x0"], rect["top"]), (rect["x1"], rect["top"]),
                   (rect["x1"], rect["bottom"]), (rect["x0"], rect["bottom"])]
        thin = min(rect["width"], rect["height"]) <= 2 and rect.get("fill")
        objects.append(_path_object(corners, object_id, True, bool(thin), rect.get("linewidth") or 0.5))
        object_id += 1
    for run in _runs(page.chars, page.height):
        if "".join(c["text"] for c in run).strip():
            objects.append(_text_object(run, object_id))
            object_id += 1
    body = "\n".join(objects)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">'
            f'<ofd:Area><ofd:PhysicalBox>0 0 {_mm(page.width)} {_mm(page.height)}</ofd:PhysicalBox></ofd:Area>'
            f'<ofd:Content><ofd:Layer ID="{object_id}">\n{body}\n</ofd:Layer></ofd:Content></ofd:Page>\n',
            object_id + 1)


def make_ofd(pdf_path: Path, out: Path) -> None:
    import pdfplumber

    files: dict[str, str] = {}
    with pdfplumber.open(pdf_path) as pdf:
        width, height = pdf.pages[0].width, pdf.pages[0].height
        next_id = 10
        for index, page in enumerate(pdf.pages):
            files[f"Doc_0/Pages/Page_{index}/Content.xml"], next_id = page_content(page, next_id)
        n_pages = len(pdf.pages)
    pages = "".join(f'<ofd:Page ID="{3 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(n_pages))
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{next_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {_mm(width)} '
        f'{_mm(height)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
        f'</ofd:CommonData><ofd:Pages>{pages}</ofd:Pages></ofd:Document>\n')
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        f'<ofd:Font ID="2" FontName={quoteattr("宋体")} FamilyName={quoteattr("宋体")}/></ofd:Fonts></ofd:Res>\n')
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>{pdf_path.stem}</ofd:DocID><ofd:Creator>jixiao '
        f'make_ofd_sample.py</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
        f'</ofd:DocBody></ofd:OFD>\n')
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["OFD.xml", *sorted(n for n in files if n != "OFD.xml")]:
            archive.writestr(zipfile.ZipInfo(name, FIXED_DATE), files[name], zipfile.ZIP_DEFLATED)


def write_expectation(pdf_path: Path, out: Path) -> None:
    write_twin_expectation(pdf_path, out, f"Generated OFD twin of {pdf_path.stem}.txt (scripts/make_ofd_sample.py, "
                           f"from samples/pdf/{pdf_path.name}): same rows. ", drop_earlier_origin=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", default=DEFAULT_SAMPLES, help="PDF files in samples/pdf/")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    for name in args.names:
        pdf_path = PDF_DIR / Path(name).name
        out = args.out / (pdf_path.stem + ".ofd")
        make_ofd(pdf_path, out)
        write_expectation(pdf_path, out)
        print(f"wrote {out} ({out.stat().st_size // 1024} KiB) and its expectation")


if __name__ == "__main__":
    main()
