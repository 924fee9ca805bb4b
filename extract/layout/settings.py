"""Every threshold the shape layer uses, in one validated object (like pdfplumber's ``TableSettings``).

A builder or detector never writes a number of its own: it reads it from a ``LayoutSettings``.
``DEFAULT_SETTINGS`` is what the pipeline uses; tests and callers may pass another one
(``dataclasses.replace(DEFAULT_SETTINGS, stream_share=0.9)``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

_SHARES = ("csv_common_share", "cell_per_line_share", "cell_per_paragraph_max_touching",
           "stream_share", "rows_share", "layout_aligned_share", "spaced_short_share",
           "glued_max_blank_share", "glued_wrapped_full_share", "content_order_max_gap_share", "content_order_cut_share",
           "content_order_row_line_share", "content_order_line_major_cut_share", "content_order_paragraph_max_touching",
           "content_order_max_value_led_share", "content_order_wrapped_cell_share", "content_order_cell_line_share", "stream_order_min_fit", "stream_order_row_cost",
           "stream_order_neutral_fit", "stream_order_spill_cost", "stream_order_row_label_gain", "layout_min_multi_line_share",
           "stream_order_tie_margin",
           "raw_rows_row_line_share",
           "raw_rows_max_unspaced_share", "raw_rows_join_share", "raw_rows_value_led_join_share",
           "raw_rows_value_led_share", "raw_rows_max_cut_share", "raw_rows_max_left_cut_share", "layout_wrap_fragment_share", "raw_rows_put_back_row_line_share", "raw_rows_kept_row_line_share",
           "raw_rows_max_row_continued_share")


@dataclass(frozen=True)
class LayoutSettings:
    # -- rows: tab, pipe and CSV text --------------------------------------------------------
    #: A markdown pipe row holds at least this many ``|``.
    pipe_min_bars: int = 3
    #: CSV: at least this many filled lines, the commonest field count at least ``csv_min_width``
    #: and shared by ``csv_common_share`` of the lines.
    csv_min_lines: int = 3
    csv_min_width: int = 3
    csv_common_share: float = 0.8
    #: A text opening with at least this many ``Key,value`` lines opens with WPS's
    #: document-property stream (a sheet saved as text), which is no part of the form.
    property_stream_min_lines: int = 4
    #: A header row whose cells were broken over lines (``一级\n指标\t二级\n指标``, cells with line
    #: breaks, unquoted) spans at most this many lines, and names at least this many columns once joined.
    broken_header_max_lines: int = 8
    broken_header_min_words: int = 3

    # -- stream: one cell per line / per paragraph ---------------------------------------------
    #: One cell per line ending in ``|``: at least this many filled lines, this share of them ended.
    cell_per_line_min_lines: int = 5
    cell_per_line_share: float = 0.6
    #: One cell per paragraph: at least this many filled lines, at most this share of them touching
    #: the next filled line, and at least ``stream_min_blank_cells`` lines of blanks (empty cells).
    cell_per_paragraph_min_lines: int = 10
    cell_per_paragraph_max_touching: float = 0.1
    #: A region is a stream of cells when this share of its filled lines hold one cell.
    stream_share: float = 0.8
    #: A stream keeps its blank cells when it has at least this many empty one-cell lines.
    stream_min_blank_cells: int = 2
    #: A region is read as rows when this share of its filled lines hold two cells or more.
    rows_share: float = 0.3
    #: A stream with its blank cells kept is cut into rows of its header's width when the header
    #: names at least this many columns and at least ``stream_min_rows`` rows fit.
    stream_header_min_cells: int = 3
    stream_min_rows: int = 2
    #: A transposed summary table in a stream (指标, its dimensions, then 权重 and 得分 rows) names at
    #: most this many dimensions (合计 included).
    stream_transposed_max_columns: int = 12
    #: A total-led row of column names in a stream (``合计 | 福州市 | 莆田市`` then as many amounts)
    #: names at least this many columns after its total.
    total_row_min_columns: int = 2
    #: With blank cells kept among them, a total-led header and its amounts are sought among this
    #: many filled cells.
    total_row_max_cells: int = 40
    #: A wide indicator table names at least this many columns after its target (a transfer's
    #: recipients: 指标值 | 福州市 | 莆田市 …), each no longer than ``wide_column_name_max_length``.
    wide_min_named_columns: int = 2
    wide_column_name_max_length: int = 12

    # -- spaced: cells split by single blanks ---------------------------------------------------
    #: A line of at most this many blank-separated words is a row of cells, not running text.
    spaced_max_row_words: int = 6
    #: A whole form (or a long part of one) on one line: at least this long, this many cells, this
    #: share of them no longer than ``spaced_max_cell_length``, and this many of the form's header
    #: words among them.
    spaced_min_run_length: int = 120
    spaced_min_run_cells: int = 20
    spaced_max_cell_length: int = 30
    spaced_short_share: float = 0.6
    #: A cell of a spaced run that runs at least this many indicator column words together (a 三级
    #: among them: ``评价指标评价内容指标名称…备注``) makes the run one of glued rows split by blanks.
    spaced_glued_header_min_words: int = 3
    spaced_min_header_words: int = 3

    # -- layout: ``pdftotext -layout`` columns from character offsets ---------------------------
    #: Blanks that separate two columns in a layout line.
    layout_min_gap: int = 2
    #: Lines (at least) whose gaps line up before a block is a layout table.
    layout_min_lines: int = 3
    #: ... and at least this share of its filled lines laid out in two cells or more (a stream of one
    #: cell per line with a header line and a page footer of two blank-parted parts is no layout).
    layout_min_multi_line_share: float = 0.2
    #: Cells starting this many offsets apart start the same column.
    layout_start_tolerance: int = 1
    #: Two column starts at most this many offsets apart that no line starts cells at both are one
    #: column printed at two offsets (a centred header over left-aligned cells, the money table's
    #: columns a little left of the indicator table's).
    layout_shifted_start: int = 4
    #: A column's width (to tell a wrapped cell) is measured on this many lines above and below.
    layout_width_window: int = 12
    #: A width shared by at least this many cells starting at one offset is the width its column's
    #: wrapped cells fill (a line of one narrower fragment under such a cell is its last line).
    layout_wrap_width_min_cells: int = 3
    #: ... when the line holds at most this share of the row's cells above it (the next lines of a
    #: few cells: a row's own line fills more).
    layout_wrap_fragment_share: float = 0.34
    #: Share of a block's multi-cell lines whose cell starts fall on the block's column starts.
    layout_aligned_share: float = 0.6

    # -- glued: no separators -------------------------------------------------------------------
    #: A run of at least this many characters holding a form title and field labels is a whole form.
    glued_min_run_length: int = 40
    #: A form run together that a page wrapped into lines of its width (a glued run printed to PDF):
    #: every line but its last at least this share of its widest line's display width.
    glued_wrapped_full_share: float = 0.85
    #: Readings of one glued row kept before the arithmetic decides.
    glued_max_parses: int = 12
    #: A line is a form run together without separators when it is at least this long, at most this
    #: share of it blanks, and cut by at least ``glued_min_known_words`` of the vocabulary's words.
    glued_min_form_length: int = 150
    glued_max_blank_share: float = 0.02
    glued_min_known_words: int = 4
    #: A shorter run (from ``glued_min_run_length``) is one too when a header in it names at least
    #: this many columns (a short summary table: 序号项目名称项目单位自评分数自评等级1…).
    glued_min_header_words: int = 5
    #: A national dimension with its full marks (过程（20分）) after at least this much text that is no
    #: level word is a cell of its own (…未细化量化|过程（20分）: a 扣分原因 ran into it; 社会效益（8分）
    #: is one level name).
    glued_min_text_before_dimension: int = 4
    #: Text cells starting with the same text of at least this length, this many times, are a column
    #: repeated row after row: cut where the repetition ends.
    glued_min_repeated_text: int = 6
    glued_min_repetitions: int = 3
    #: An indicator name cut from an 指标解释 in its own words (粮食播种面积|稳定粮食生产(计划标准)) is at
    #: least this many characters (效率 or 质量 inside a name is no name's end).
    glued_min_explained_name: int = 3
    #: A form glued row by row (each table row a line, its cells run together): at least this many
    #: lines without a blank in a stretch, cut into at least this many cells a line once joined (a
    #: stream of one cell per line cuts into about one).
    glued_rows_min_lines: int = 4
    glued_rows_min_cells_per_line: int = 2

    # -- content order: ``pdftotext -raw`` text of narrow, wrapped columns -------------------------
    #: Text of at least this many filled lines, at most this share of them holding a column gap (two
    #: blanks, a tab, a pipe), is content order with wrapped columns when at least this many of its
    #: known words (at least ``content_order_cut_share`` of them) are cut by line breaks.
    content_order_min_lines: int = 10
    content_order_max_gap_share: float = 0.1
    #: A shorter text (at least this many filled lines, none holding a column gap) is line-major page
    #: text when its rows are numbered (序号 1, 2 …) and one of them wrapped a cell: a short results table.
    content_order_min_numbered_lines: int = 5
    content_order_min_cut_words: int = 6
    content_order_cut_share: float = 0.28
    #: Line-major text (pdfplumber): at least this share of its filled lines hold two cells or more
    #: (a table's rows), and once continuation lines are put back under their cells, at least this many
    #: known words (this share of them) were joined. A cell's line shorter than
    #: ``content_order_min_wrapped_length`` did not wrap.
    content_order_row_line_share: float = 0.4
    #: At most this share of those rows open with a value: line-major rows open with their label (rows
    #: of values after labels on the lines above are content order).
    content_order_max_value_led_share: float = 0.05
    #: Line-major text is rewritten as rows when at least this many known words (and this share of
    #: them) are cut by its line breaks: two, a money row's wrapped labels (同名项目上年预算额 / （元）).
    content_order_line_major_min_cut_words: int = 2
    content_order_line_major_cut_share: float = 0.08
    #: Text whose filled lines touch the next filled line at most this often (most are apart by a blank
    #: line) is paragraphs (a web page's or a word processor's export, pandoc markdown), not a PDF
    #: tool's line-major page text (``stream.touching_share``).
    content_order_paragraph_max_touching: float = 0.2
    content_order_min_wrapped_length: int = 3
    #: A form's head printed one cell a line above a line-major table: at least this share of its filled
    #: lines (``content_order_min_lines`` at least) hold one cell at most this wide (half characters:
    #: a line of prose is wider).
    content_order_cell_line_share: float = 0.7
    content_order_cell_line_width: int = 40
    #: ... or at least this many cells of its rows of two cells or more (this share of those rows)
    #: took a continuation line: a table's narrow columns wrapped even where no known word was cut (the
    #: share over all the pages' rows, or over one numbered table's: 表3's rows without 表1/表2's).
    content_order_min_wrapped_cells: int = 5
    #: A cell's next line of plain text is no wider than its last line plus this many half characters
    #: (a wrapped line fills its column).
    content_order_width_tolerance: int = 2
    #: A merged cell of a table's last column printed a line beside each row it spans: its lines are
    #: at least this wide (half characters; a short word a row, 优 / 中, is each row's own cell).
    content_order_merged_column_min_width: int = 12
    #: ... and it spans at least this many rows (its lines but the last as wide as each other).
    content_order_merged_column_min_rows: int = 3
    #: A line of one cell that goes on in the last cell of a row of at least this many cells (a long
    #: 偏差原因 wrapped a line a line beside the row's values) counts as a row's line.
    content_order_long_text_row_cells: int = 5
    content_order_wrapped_cell_share: float = 0.3
    #: A wrapped cell of Chinese characters only, in a column at most this wide (half characters), whose
    #: last line is narrower than its others ended there: it takes no further line (wider cells hold
    #: prose, whose lines vary with their marks and digits).
    content_order_narrow_column_width: int = 30
    #: Content-order text whose rows hold on their lines (``raw_rows``): at least this share of its
    #: filled lines hold two cells or more, and at least ``raw_rows_min_joins`` wrapped lines are put
    #: back into their cells. Widths count half characters (a Chinese character 2, a digit 1): a cell
    #: wrapped when it is at least ``raw_rows_min_wrapped_width`` wide; its next line is no wider than
    #: it plus ``raw_rows_width_tolerance``, and a line narrower than it by more ends the cell.
    raw_rows_row_line_share: float = 0.15
    #: Text whose line breaks cut at least this share of its known words is read as one run a page.
    raw_rows_max_cut_share: float = 0.38
    #: ... unless its cells, each wrapped line put back, leave at most this share of them cut (rows on
    #: their lines, a narrow name column wrapped: ``一般性支出`` / ``压减率`` / ``% 定量 -0 -0 -5.2 …``).
    raw_rows_max_left_cut_share: float = 0.0
    #: ... and its lines of several cells are at least this share of the wrapped lines put back (few
    #: lines a row: cells that wrap over several lines each are read as one run a page).
    raw_rows_put_back_row_line_share: float = 0.75
    #: PDF tools space digits from Chinese: at most this share of the places where they meet are not.
    raw_rows_max_unspaced_share: float = 0.1
    raw_rows_min_joins: int = 2
    #: Wrapped lines of cells at most ``raw_rows_max_column_width`` wide put back: at least this share
    #: of the filled lines, or ``raw_rows_value_led_join_share`` of them when at least
    #: ``raw_rows_value_led_share`` of the rows open with a value.
    raw_rows_max_column_width: int = 30
    raw_rows_join_share: float = 0.2
    raw_rows_value_led_join_share: float = 0.1
    raw_rows_value_led_share: float = 0.12
    raw_rows_min_wrapped_width: int = 6
    raw_rows_width_tolerance: int = 2
    #: A line of at most this many Chinese characters below a row's continued cells is a word's last
    #: characters (``群众满意`` / ``度``), never a cell of its own.
    raw_rows_max_orphan_length: int = 1
    #: A line that completes a level word cut at a cell's end (``服务对象满意度指`` … / ``标``) goes back
    #: to that cell when it is one of at most this many cells back (the row's other cells between).
    raw_rows_cut_word_lookback: int = 12
    #: A tall row cut by a page break (a long goal): a sentence still open among the last this many
    #: cells of the page before takes the next page's first one-fragment lines.
    raw_rows_page_carry_lookback: int = 60
    #: A tall row's cells opened one a line before the rows beside it: at most this many are looked at
    #: for a line of several that goes on in them after those rows.
    raw_rows_tall_row_cells: int = 8
    #: At most this share of the filled lines continue several cells of the row above (more: line-major
    #: text, a row's top line and then its cells' next lines, read by ``content_order``).
    raw_rows_max_row_continued_share: float = 0.1
    #: Content-order text whose cells did not wrap (``kept_rows_text``): at least this share of its
    #: filled lines hold two cells or more.
    raw_rows_kept_row_line_share: float = 0.5
    #: A merged level label a narrow column prints a few characters a line (产 / 出 / 指 / 标 / (50分))
    #: spans at most this many lines.
    raw_rows_label_piece_lines: int = 8

    # -- stream order: PDF content order, a band's values drawn before its labels (LAYOUTS F2) -----
    #: A table header of at least this many cells with at least this many values right after (or
    #: right before) it marks the text; a cell fits a column at ``stream_order_min_fit`` or better,
    #: and each row of a band costs ``stream_order_row_cost`` (log scale: fewer, fuller rows win).
    stream_order_min_header_cells: int = 3
    stream_order_min_led_values: int = 2
    #: At most this many labels (merged cells spanning the header row) between a band's values and
    #: the header they come before.
    stream_order_max_header_lead: int = 2
    stream_order_min_fit: float = 0.05
    stream_order_row_cost: float = 0.5
    #: A cell placed at a fit above this adds to its interleaving's score, below it takes away (so
    #: that placing a label where it fits beats leaving its column blank).
    stream_order_neutral_fit: float = 0.5
    #: What a label left outside a table after its last row costs (a report's next paragraph).
    stream_order_spill_cost: float = 1.0
    #: A label just before the next table's header (its caption, by place) is the band's last row's
    #: cell when placing it there scores at least this much above the band without it (it fills a
    #: column the band had left blank: 基本支出, a duty table's last 支出项目名称, before 一级指标).
    stream_order_row_label_gain: float = 1.0
    #: Two interleavings of a band's cells whose scores lie within this of each other are a tie: the
    #: better is kept and the band noted (``row_split_uncertain``).
    stream_order_tie_margin: float = 0.05

    # -- page chrome -----------------------------------------------------------------------------
    #: A paragraph holding a web page's chrome word (发布时间, 网站地图 …) is chrome only when the word
    #: comes within its first ``chrome_max_lead_length`` characters and the paragraph is no longer
    #: than ``chrome_max_paragraph_length``: otherwise it is a form run onto one line with the page's
    #: header or footer inside it.
    chrome_max_lead_length: int = 40
    chrome_max_paragraph_length: int = 300

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _SHARES:
                if not 0.0 <= value <= 1.0:
                    raise ValueError(f"LayoutSettings.{f.name} is a share: between 0 and 1, not {value!r}")
            elif not isinstance(value, int) or value < 0:
                raise ValueError(f"LayoutSettings.{f.name} is a count: a whole number ≥ 0, not {value!r}")


DEFAULT_SETTINGS = LayoutSettings()
