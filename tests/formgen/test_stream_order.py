"""PDF content order (``stream_order``, LAYOUTS F2: a band's values drawn before its labels) read
back: fixed generated forms of the families the stream-order builder restores (the held-out block
and ``tests.formgen.heldout --shapes stream_order`` measure more)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.scoring import run_task

#: family -> floor on seeds 3 and 17 (both score 0.82–1.00 in this shape)
FLOORS = {
    "results table": 0.9, "score table": 0.85, "evaluation report": 0.9, "T-NAT self-eval": 0.85,
    "T-SH self-eval": 0.9, "T-HN": 0.9, "T-SH target": 0.9, "T-old": 0.8, "T-SC self-eval": 0.9,
    "T-SC-flat": 0.9, "T-FJ transfer": 0.9,
}
SEEDS = (3, 17)
#: families whose seed 17 draws another layout since it was chosen: score table 17 gives each
#: level's weight a column of its own since stop 22 (test_score_weight_columns; 0.42 in this shape);
#: T-SC self-eval 17 is filed unfilled since stop 26 (test_unfilled_results; 0.70 in this shape)
SEEDS_OF = {"score table": (3, 18), "T-SC self-eval": (3, 18)}


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_content_order_is_read_back(family):
    for seed in SEEDS_OF.get(family, SEEDS):
        outcome = run_task(text_task(seed, generate(family, seed), "stream_order"))
        assert outcome.overall.f1 >= FLOORS[family], (family, seed, outcome.mismatches[:5])


#: (family, seed, shape) -> floor: forms whose tables the reader had missed (0.37-0.51 before) — a cost
#: table (T-HB), a duty table whose 年度履职目标 is merged down over its header (T-FJ dept), an indicator
#: table ended by a contact line (联系人:…  联系电话:…) with one cell per line, and a flat table's last
#: row followed by one (its name taken for an indicator's before) or by a web page's 打印 | 关闭窗口 links.
MISSED = {
    ("T-HB", 98, "stream_order"): 0.55, ("T-HB", 39, "stream_order"): 0.6,
    ("T-FJ dept", 87, "stream_order"): 0.95, ("T-FJ dept", 87, "line_dropped"): 0.95,
    ("T-SC-flat", 25, "line_dropped"): 0.99, ("T-SC-flat", 12, "one_line"): 0.99,
}


@pytest.mark.parametrize(("family", "seed", "shape"), sorted(MISSED))
def test_tables_once_missed_are_read_back(family, seed, shape):
    outcome = run_task(text_task(seed, generate(family, seed), shape))
    assert outcome.overall.f1 >= MISSED[family, seed, shape], outcome.mismatches[:5]


#: forms whose indicator table holds a word target of four characters (逐步完善, 显著提升, 有效改善)
#: among its labels: the band's values went beside the wrong names when it was read as a name
#: (T-SH target 0.73-0.90, T-old 0.82-0.86 before; a word target the vocabulary lists fits a name
#: column as a word of two characters does, ``stream_order._WORD_TARGETS``)
#: (T-SH seeds 16, 30 and 35 left out since stop 27: they now also draw the 资金构成 sub-project table,
#: whose stream-order reading is test_component_table's strict xfail)
WORD_TARGET_SEEDS = {"T-SH target": (6, 20, 39), "T-old": (17, 21)}


@pytest.mark.parametrize("family", sorted(WORD_TARGET_SEEDS))
def test_a_word_target_among_the_labels_is_no_name(family):
    assert_seeds_read_back(family, WORD_TARGET_SEEDS[family], "stream_order", 0.96)
