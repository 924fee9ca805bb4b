"""A small fixed part of the shape matrix runs with the suite: its floor is what the parser scores
today minus a margin, so a change that loses a shape fails here (the whole matrix: make accuracy)."""

import json
from pathlib import Path

from tests.formgen import report
from tests.formgen.scoring import Task, run_tasks
from tests.formgen.shape_matrix import family_of, main, sample_tasks

ROOT = Path(__file__).resolve().parents[2]
SUBSET = ["samples/seeds/000_02f8c3f2acc7ec3d.txt", "samples/families/tnat_selfeval_hebei-zhengding_2023.txt",
          "samples/families/tsc_selfeval_sichuan-santai_2023.txt", "samples/docx/001_0f4b9d799222cfe6.docx"]
SHAPES = ["tab", "pipe", "line_dropped", "paragraph", "bar_same"]
#: measured 2026-12-06 on main a3ae4c8: 0.96 over the subset; floor = that minus a margin.
FLOOR = 0.90


def _subset_tasks(tmp_path: Path) -> list[Task]:
    for name in SUBSET:
        src = ROOT / name
        (tmp_path / src.name).write_bytes(src.read_bytes())
        exp = src.with_name(src.name + ".expected.json")
        (tmp_path / exp.name).write_bytes(exp.read_bytes())
    return sample_tasks([tmp_path], SHAPES, None)


def test_shape_matrix_subset_holds_its_floor(tmp_path):
    tasks = _subset_tasks(tmp_path)
    assert len(tasks) == len(SUBSET) * len(SHAPES)
    outcomes = run_tasks(tasks, workers=1, timeout_s=120)
    assert report.overall(outcomes).f1 >= FLOOR, [(o.key, round(o.overall.f1, 3)) for o in outcomes]


def test_the_matrix_scores_a_wrong_truth_lower(tmp_path):
    tasks = _subset_tasks(tmp_path)[:1]
    wrong = json.loads(json.dumps(tasks[0].expected))
    for indicator in wrong["forms"][0]["indicators"]:
        indicator["value"] = (indicator.get("value") or 0) + 1
    right, bad = run_tasks([tasks[0], Task(tasks[0].key, tasks[0].data, tasks[0].name, wrong)])
    assert bad.overall.f1 < right.overall.f1


def test_a_parse_past_its_time_limit_reads_nothing(tmp_path, monkeypatch):
    import time
    from tests.formgen import scoring
    task = _subset_tasks(tmp_path)[0]
    monkeypatch.setattr(scoring, "run_task", lambda task: time.sleep(30))   # a parse that hangs
    (outcome,) = run_tasks([task], timeout_s=0.5)
    assert outcome.status == "timeout" and outcome.overall.tp == 0 and outcome.overall.fn > 0


def test_family_from_the_name_then_the_kind():
    assert family_of("tnat_selfeval_x.txt", {}) == "T-NAT self-eval"
    assert family_of("score_table_x.txt", {"doc_kind": "evaluation_report"}) == "score table"
    assert family_of("002_x.txt", {"doc_kind": "evaluation_report"}) == "evaluation report"


def test_command_line_writes_json(tmp_path, capsys):
    _subset_tasks(tmp_path)
    out = tmp_path / "m.json"
    assert main([str(tmp_path), "--shapes", "tab", "--json", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert set(data["shapes"]) == {"tab"} and len(data["documents"]) == len(SUBSET)
    assert "shape matrix" in capsys.readouterr().out
