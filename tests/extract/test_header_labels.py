"""``find_labels``: which label matched, its kind and key, and whether its colon is part of it (the
matched alternative is read from the match's last group, not from ``groupdict``)."""

from jixiao.extract.forms.header import LabelMatch, find_labels

CELL = "\x1f"


def test_labels_with_and_without_colon_kinds_keys_and_units() -> None:
    flat = (f"项目名称：某项目{CELL}主管部门{CELL}某局\n"
            f"项目资金（万元）{CELL}年度资金总额：{CELL}100{CELL}其中：财政拨款{CELL}80")
    assert find_labels(flat) == [
        LabelMatch("field", "project_name", "项目名称", 0, 5),
        LabelMatch("field", "department", "主管部门", 9, 13),
        LabelMatch("caption", None, "项目资金（万元）", 17, 25, 10_000),
        LabelMatch("budget", "current_year_budget", "年度资金总额", 26, 33),
        LabelMatch("budget", "fiscal_appropriation", "其中：财政拨款", 38, 45),
    ]


def test_a_label_inside_running_text_is_no_label_unless_a_colon_follows() -> None:
    assert find_labels("本单位主管部门负责实施") == []
    assert [m.key for m in find_labels("本单位 主管部门：某局")] == ["department"]


def test_a_field_label_glued_to_its_value_without_colon_is_no_label() -> None:
    assert find_labels(f"项目名称某项目{CELL}x") == []
