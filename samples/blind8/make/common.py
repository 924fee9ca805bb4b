"""Helpers for blind8: each document's rows are typed once; these write the document and its expectation."""
import csv, io, json, os, subprocess, tempfile
from decimal import Decimal

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

STD = {'产出指标': '产出', '效益指标': '效益', '满意度指标': '满意度', '成本指标': '成本',
       '产出目标': '产出', '效益目标': '效益', '满意度目标': '满意度'}


def Y(x, mul=10000):
    """amount as written (万元 by default) -> 元 string with 2 decimals"""
    if x is None:
        return None
    return f"{Decimal(str(x).replace(',', '')) * mul:.2f}"


def BL(item, label, parent=None, amt=None, init=None, act=None, rate=None):
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": amt,
            "initial_yuan": init, "actual_yuan": act, "execution_rate": rate}


def IND(l1, l2, l3, raw, op=None, val=None, unit=None, act=None, actv=None, w=None, s=None,
        origin='indicator_table', lenient=False):
    num = op is not None
    return {"origin": origin, "level1": l1, "level2": l2, "level3": l3,
            "level1_std": STD.get(l1) if l1 else None,
            "target_raw": raw, "operator": op, "value": float(val) if num else None, "value_max": None,
            "unit": unit if num else None, "qualitative": None if num else raw,
            "conditions": [{"label": None, "operator": op, "value": float(val), "unit": unit}] if num else [],
            "actual_raw": act, "actual_value": None if actv is None else float(actv),
            "weight": None if w is None else float(w), "score": None if s is None else float(s),
            "lenient": lenient}


def SC(level, name, w=None, s=None, code=None, parent=None, group=None, act=None, actv=None):
    return {"level": level, "code": code, "name": name, "parent_code": parent, "group": group,
            "weight": None if w is None else float(w), "actual_raw": act,
            "actual_value": None if actv is None else float(actv), "score": None if s is None else float(s)}


def EV(year, name, total, grade=None, evaluator=None, commissioned=None, budget=None, spent=None, rate=None):
    return {"fiscal_year": year, "project_name": name, "evaluator": evaluator, "commissioned_by": commissioned,
            "total_score": None if total is None else float(total), "grade": grade,
            "budget_yuan": budget, "spent_yuan": spent, "execution_rate": rate}


def FORM(idx, year, name, unit=None, dept=None, budget=(), inds=(), scores=(), ev=None, **kw):
    f = {"form_index": idx, "fiscal_year": year, "project_name": name, "reporting_unit": unit, "department": dept,
         "project_type": None, "project_class": None, "performance_type": None, "fund_use": None,
         "includes_procurement": None, "start_date": None, "end_date": None}
    f.update(kw)
    f.update({"budget_lines": list(budget), "indicators": list(inds), "scores": list(scores), "evaluation": ev})
    return f


def write_expected(doc, kind, notes, forms):
    with open(os.path.join(OUT, doc + '.expected.json'), 'w', encoding='utf-8') as fh:
        json.dump({"doc": doc, "doc_kind": kind, "notes": notes, "forms": forms}, fh, ensure_ascii=False, indent=1)
        fh.write('\n')


def write_text(doc, text, newline='\n'):
    with open(os.path.join(OUT, doc), 'w', encoding='utf-8', newline=newline) as fh:
        fh.write(text)


# ---- text shapes from a grid of rows (list of lists of cells; '' = empty cell) ----
def tabs(rows):
    return '\n'.join('\t'.join(r).rstrip('\t') for r in rows) + '\n'


def cell_per_line(rows):
    return '\n'.join(c for r in rows for c in r if c.strip()) + '\n'


def html_paragraphs(rows):
    return ''.join((c if c else ' ') + '\n\n' for r in rows for c in r)


def bars(rows):
    return ''.join((c + ' |' if c else '|') + '\n' for r in rows for c in r)


def pipes(rows, head_at=None):
    out = []
    for i, r in enumerate(rows):
        out.append('| ' + ' | '.join(r) + ' |')
        if head_at is not None and i == head_at:
            out.append('|' + '|'.join('---' for _ in r) + '|')
    return '\n'.join(out) + '\n'


def one_line(rows):
    return ' '.join(c for r in rows for c in r if c.strip()) + '\n'


def glued(rows):
    return '\n'.join(''.join(c for c in r if c.strip()) for r in rows) + '\n'


def excel_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---- PDF: docx -> LibreOffice PDF -> text ----
def docx_to_pdf(docx_path, outdir):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx_path],
                   check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')


def pdftotext(pdf, mode):
    return subprocess.run(['pdftotext', mode, '-enc', 'UTF-8', pdf, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8')


def pdfplumber_text(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return '\n'.join((pg.extract_text() or '') for pg in p.pages) + '\n'


# ---- python-docx table with merges ----
def docx_table(document, ncols, rows, widths=None, font_pt=9):
    """rows: list of lists of (text, span) or text; span = horizontal span; text None = vertical merge with the cell above"""
    from docx.shared import Pt, Cm
    t = document.add_table(rows=len(rows), cols=ncols)
    t.style = 'Table Grid'
    for ri, r in enumerate(rows):
        ci = 0
        for cell in r:
            text, span = (cell if isinstance(cell, tuple) else (cell, 1))
            c = t.cell(ri, ci)
            if span > 1:
                c = c.merge(t.cell(ri, ci + span - 1))
            if text is None:
                above = t.cell(ri - 1, ci)
                above.merge(c)  # vertical merge
            else:
                c.text = text
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(font_pt)
            ci += span
        assert ci == ncols, (ri, ci, r)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def new_doc(landscape=False):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    d = docx.Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    return d
