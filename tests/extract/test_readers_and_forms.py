import codecs

import pytest

from jixiao.extract.document import Line
from jixiao.extract.errors import NotAForm, UnreadableDocument
from jixiao.extract.forms.levels import IndicatorTableReader
from jixiao.extract.readers import read_document, sniff_format
from jixiao.extract.readers.text import decode_text, read_text
from jixiao.extract.recognize import split_forms

FORM = "财政项目支出绩效目标表\n(2020年度)\n项目名称：\t测试项目\n一级目标\t二级目标\t三级目标\t指标目标值\n产出目标\t数量\t完成率\t=100%\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(encoding):
    data = FORM.encode(encoding)
    text, _ = decode_text(data)
    assert "测试项目" in text


def test_utf16_bom_variants():
    data = codecs.BOM_UTF16_LE + FORM.encode("utf-16-le")
    assert "测试项目" in decode_text(data)[0]


def test_binary_is_refused():
    with pytest.raises(UnreadableDocument):
        decode_text(bytes(range(256)) * 20)


def test_empty_is_refused():
    with pytest.raises(UnreadableDocument, match="empty"):
        read_document(b"", "txt")


def test_unsupported_format_says_what_to_do(tmp_path):
    with pytest.raises(UnreadableDocument, match="convert"):
        read_document(b"PK\x03\x04 ...", "zip")
    assert sniff_format(b"%PDF-1.7", tmp_path / "x.txt") == "pdf"
    assert sniff_format(b"\xd0\xcf\x11\xe0....", tmp_path / "x.doc") == "doc"


def test_tab_rows_become_table_rows_and_pipes_too():
    doc = read_text("a\tb\n| x | y |\nplain line\n".encode())
    lines = doc.lines()
    assert [l.is_row for l in lines] == [True, True, False]
    assert lines[1].cells == (" x ", " y ")


def test_form_feed_gives_pages():
    doc = read_text("第一页\f第二页\n".encode())
    assert [l.page for l in doc.lines()] == [1, 2]


def test_prose_is_not_a_form():
    doc = read_text("今天天气很好，我们去公园散步。".encode())
    with pytest.raises(NotAForm):
        split_forms(doc.lines())


def test_title_inside_a_sentence_does_not_start_a_form():
    doc = read_text("根据项目单位填列的《上海市财政支出项目绩效目标申报表》显示\n".encode())
    with pytest.raises(NotAForm):
        split_forms(doc.lines())


def _row(*cells: str) -> Line:
    return Line(tuple(cells), True, None, None, "\t".join(cells))


def test_shifted_rows_keep_their_hierarchy():
    reader = IndicatorTableReader(_row("", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"))
    rows = reader.read([
        _row("绩效 指标", "产出指标", "数量指标", "购置数量", "=90.00(套)"),
        _row("", "", "质量指标", "合格率", "=100.00(%)"),
        _row("", "时效指标", "解决时间", "及时", ""),        # shifted left by one
        _row("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)", ""),
        _row("", "", "", "长效管理制度", "健全"),
    ])
    assert [(r.level1, r.level2, r.level3, r.target_text) for r in rows] == [
        ("产出指标", "数量指标", "购置数量", "=90.00(套)"),
        ("产出指标", "质量指标", "合格率", "=100.00(%)"),
        ("产出指标", "时效指标", "解决时间", "及时"),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)"),
        ("满意度指标", "服务对象满意度指标", "长效管理制度", "健全"),
    ]


def test_one_cell_per_line_pairs_names_and_targets():
    def para(t: str) -> Line:
        return Line((t,), False, None, None, t)
    reader = IndicatorTableReader(_row("一级指标", "二级指标", "三级指标", "年度(/项目)指标值"))
    rows = reader.read([para(t) for t in
                        ["产出指标", "数量指标", "道路建设长度", "985米", "效益指标", "社会效益", "指标",
                         "道路安全隐患减少情况", "减少", "可持续影", "响指标", "长效管理制度健全性", "健全"]])
    assert [(r.level1, r.level2, r.level3, r.target_text) for r in rows] == [
        ("产出指标", "数量指标", "道路建设长度", "985米"),
        ("效益指标", "社会效益指标", "道路安全隐患减少情况", "减少"),
        ("效益指标", "可持续影响指标", "长效管理制度健全性", "健全"),
    ]


def test_a_sentence_naming_a_form_before_the_real_title_is_not_a_form():
    """Regression: '详见单位的项目绩效目标表' followed by the real title made an empty extra form."""
    text = "七、绩效目标\n 详见单位的项目绩效目标表\n\f财政项目支出绩效目标申报表\n（2026年度）\n项目名称\n测试\n" \
           "一级指标\n二级指标\n三级指标\n年度(/项目)指标值\n产出指标\n数量指标\n道路建设长度\n985米\n"
    kind, spans = split_forms(read_text(text.encode()).lines())
    assert kind == "target_form" and len(spans) == 1


def test_indicator_header_one_cell_per_line():
    """Regression: a header spread over one cell per line was not found, so no indicators."""
    from jixiao.extract.forms.common import FormSource
    from jixiao.extract.forms.target_form import parse_target_form
    text = "财政项目支出绩效目标申报表\n（2026年度）\n项目名称\n测试\n一级指标\n二级指标\n三级指标\n" \
           "年度(/项目)指标值\n产出指标\n数量指标\n道路建设长度\n985米\n"
    lines = read_text(text.encode()).lines()
    form = parse_target_form(FormSource(lines[0], lines[1:], 0, "target_form"))
    assert [(i.level1, i.level2, i.level3, i.target_text) for i in form.indicators] == [
        ("产出指标", "数量指标", "道路建设长度", "985米")]


def test_ticked_options_in_every_spelling():
    from jixiao.extract.forms.header import ticked_options
    assert ticked_options("新增项目 ☐ 结转项目 ☐\n经常性专项业务费 ☑ 其他经常性项目 ☐") == ["经常性专项业务费"]
    assert ticked_options("√政府购买服务 □资产购置类") == ["政府购买服务"]
    assert ticked_options("基本建设工程类□政府购买服务■资产购置类□") == ["政府购买服务"]
    assert ticked_options("基本建设工程类□资产购置类□") == []


def test_a_form_without_a_title_takes_no_fiscal_year_from_a_deadline():
    """blind4 大同: with no title and no year stated, a deadline (2023年10月底前) is when a task is
    due, not which year's form it is; a year on its own or a period's start still counts."""
    from jixiao.extract.forms.common import FormSource

    def year_of(text: str) -> str:
        lines = read_text(text.encode()).lines()
        return FormSource(None, lines, 0, "target_form").year_text

    assert year_of("项目名称\n某项目\n改造完工时间\n2023年10月底前\n验收时间\n2024年3月31日之前\n") == ""
    assert year_of("建设周期\n2023年4月-2024年2月\n完工时间\n2023年10月底前\n") == "2023年"
    assert year_of("完工时间\n2023年10月底前\n年度\n2024年度\n") == "2024年度"
