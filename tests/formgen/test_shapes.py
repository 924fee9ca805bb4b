"""The shape renderers write what converters leave (LAYOUTS.md §2), and the shape matrix holds a
floor on shapes the parser reads today."""

from pathlib import Path

import pytest
from jixiao.extract.document import Paragraph
from jixiao.extract.readers import read_document

from tests.formgen import shapes
from tests.formgen.grid import COVERED_BELOW, COVERED_RIGHT, grid_of, make_table, to_document_table
from tests.formgen.grid import table_slots

ROOT = Path(__file__).resolve().parents[2]

# 一级 spans two rows; the title spans three columns.
GRID = [Paragraph("某项目绩效目标表"),
        make_table([[("项目名称", 1, 1), ("消费者维权", 1, 2)],
                    [("产出指标", 2, 1), "数量指标", "≥50个"],
                    ["质量指标", ""]])]


def test_make_table_places_spans_and_covers():
    table = GRID[1]
    assert table.slots[0] == ("项目名称", "消费者维权", COVERED_RIGHT)
    assert table.slots[1] == ("产出指标", "数量指标", "≥50个")
    assert table.slots[2] == (COVERED_BELOW, "质量指标", "")
    assert table_slots(to_document_table(table)) == table


def test_tab_rows_keep_columns():
    assert shapes.render(GRID, "tab").splitlines()[1:] == [
        "项目名称\t消费者维权\t", "产出指标\t数量指标\t≥50个", "\t质量指标\t"]


def test_pipe_rows_pad_and_shift_continuation_rows_left():
    lines = shapes.render(GRID, "pipe").splitlines()
    assert lines[1] == "| 项目名称 | 消费者维权 ||"
    assert lines[2] == "|---|---|---|"
    assert lines[4] == "| 质量指标 |||"            # merged 一级 dropped, padding at the end


def test_streams_keep_or_drop_blank_cells():
    assert shapes.render(GRID, "line_kept").splitlines()[-2:] == ["质量指标", ""]
    assert shapes.render(GRID, "line_dropped").splitlines()[-1] == "质量指标"
    assert shapes.render(GRID, "paragraph").endswith("质量指标\n\n \n")
    assert shapes.render(GRID, "bar_same").splitlines()[-2:] == ["质量指标 |", "|"]
    assert "≥50个\n        | 质量指标\n        | " in shapes.render(GRID, "bar_next")


def test_flattened_shapes():
    assert shapes.render(GRID, "one_line") == \
        "某项目绩效目标表 项目名称 消费者维权 产出指标 数量指标 ≥50个 质量指标\n"
    assert shapes.render(GRID, "glued") == "某项目绩效目标表项目名称消费者维权产出指标数量指标≥50个质量指标\n"


def test_titles_removed_with_their_year_line():
    grid = [Paragraph("项目支出绩效自评表"), Paragraph("(2023年度)"), Paragraph("项目名称 某项目")]
    assert shapes.render(grid, "no_title") == "项目名称 某项目\n"
    assert shapes.render(grid, "no_title") != shapes.render(grid, "tab")


def test_every_shape_of_a_docx_sample_keeps_its_words():
    grid = grid_of(read_document((ROOT / "samples/docx/000_02f8c3f2acc7ec3d.docx").read_bytes(), "docx"))
    glued = shapes.render(grid, "glued")
    for shape in shapes.TEXT_SHAPES:
        text = "".join(shapes.render(grid, shape).split()).replace("|", "").replace("-", "")
        assert "消费者维权管理专项" in text, shape
        assert len(text) >= 0.9 * len(glued.replace("-", "")) or shape == "no_title", shape


def test_unknown_shape_is_refused():
    with pytest.raises(ValueError):
        shapes.render(GRID, "pdftotext_layout")


def test_stream_order_puts_a_bands_values_before_its_labels():
    # the 一级 cell spans two rows: one band, its value ≥50个 first; the title row is a band of its own
    assert shapes.render(GRID, "stream_order").splitlines() == [
        "某项目绩效目标表", "项目名称", "消费者维权", "≥50个", "产出指标", "数量指标", "质量指标"]
