import pytest
from hypothesis import given, strategies as st

from jixiao.normalize.targets import parse_target_value, split_name_and_target
from jixiao.normalize.vocabulary import OPERATOR_PREFIXES, OPERATOR_SUFFIXES


@pytest.mark.parametrize("text, operator, value, unit", [
    ("≥90.00(%)", ">=", 90.0, "%"),
    ("=100.00(%)", "=", 100.0, "%"),
    (">=95%", ">=", 95.0, "%"),
    ("＞=95%", ">=", 95.0, "%"),
    ("≧95%", ">=", 95.0, "%"),
    ("=100 (%)", "=", 100.0, "%"),
    ("≥371(人)", ">=", 371.0, "人"),
    ("=90.00(套)", "=", 90.0, "套"),
    ("=180000.00(元)", "=", 180000.0, "元"),
    ("≤0.80(%)", "<=", 0.8, "%"),
    ("94.90%", "=", 94.9, "%"),
    ("985米", "=", 985.0, "米"),
    ("=1", "=", 1.0, None),
    ("95%以上", ">=", 95.0, "%"),
    ("5%以内", "<=", 5.0, "%"),
    ("不低于90%", ">=", 90.0, "%"),
    ("不少于500人", ">=", 500.0, "人"),
    ("不超过3天", "<=", 3.0, "天"),
    ("不高于5%", "<=", 5.0, "%"),
    ("低于5%", "<", 5.0, "%"),
    ("高于80%", ">", 80.0, "%"),
    ("＝100%", "=", 100.0, "%"),
    ("达到90%", ">=", 90.0, "%"),
    ("≥100百分比", ">=", 100.0, "%"),
    ("8‰", "=", 0.8, "%"),
    ("千分之零点八", "=", 0.08, "%"),
    ("379.8万个", "=", 3798000.0, "个"),
    ("≤90万元", "<=", 900000.0, "元"),
    ("1.5亿元", "=", 150000000.0, "元"),
    (r"$\geq 88\%$", ">=", 88.0, "%"),
    (r"$\leq 0.3\%$", "<=", 0.3, "%"),
    ("至少全年完成2次宣传", ">=", 2.0, "次"),
    ("100%(历史标准)", "=", 100.0, "%"),
    ("≥168元/人·月", ">=", 168.0, "元/人·月"),      # 元/人 is a unit of its own: the ·月 still counts
    ("3次/日", "=", 3.0, "次/日"),
    ("≥12人·月", ">=", 12.0, "人·月"),
    ("0起", "=", 0.0, "起"),                          # incidents: 安全生产事故0起 keeps its unit
    ("≤2起", "<=", 2.0, "起"),
    ("0例", "=", 0.0, "例"),
])
def test_single_value_targets(text, operator, value, unit):
    t = parse_target_value(text)
    assert (t.operator, t.value, t.unit) == (operator, pytest.approx(value), unit)
    assert t.qualitative is None
    assert len(t.conditions) == 1 and t.conditions[0].operator == operator


@pytest.mark.parametrize("text", ["及时", "合理", "规范、安全、高效", "制定并完善", "服务质量佳，全国排名第二",
                                  "2019年12月(计划标准)"])
def test_word_targets_are_qualitative(text):
    t = parse_target_value(text)
    assert t.operator is None and t.value is None and t.conditions == ()
    assert t.qualitative == text


@pytest.mark.parametrize("text", [None, "", "  ", "/", "-", "……"])
def test_empty_targets(text):
    assert parse_target_value(text).is_empty


def test_range():
    t = parse_target_value("80%-90%")
    assert (t.operator, t.value, t.value_max, t.unit) == ("range", 80.0, 90.0, "%")
    assert [c.operator for c in t.conditions] == [">=", "<="]


def test_compound_target_has_one_condition_per_clause():
    t = parse_target_value("一级故障≤90 分钟，二级故障≤180 分钟，三级故障≤24 小时")
    assert t.operator is None and t.value is None and t.unit is None
    assert [(c.label, c.operator, c.value, c.unit) for c in t.conditions] == [
        ("一级故障", "<=", 90.0, "分钟"), ("二级故障", "<=", 180.0, "分钟"), ("三级故障", "<=", 24.0, "小时")]


def test_compound_with_magnitudes():
    t = parse_target_value("接听电话379.8万个，网站和手机受理28.1万件")
    assert [(c.label, c.value, c.unit) for c in t.conditions] == [
        ("接听电话", 3798000.0, "个"), ("网站和手机受理", 281000.0, "件")]


def test_sentence_with_numbers_is_not_a_value():
    t = parse_target_value("上海12345热线的软件和硬件水平在全国同行业中仅次于北京。")
    assert t.operator is None and t.qualitative is not None


@pytest.mark.parametrize("text, name, target", [
    ("12345市民热线工单按时办结率 90%以上；", "12345市民热线工单按时办结率", "90%以上"),
    ("12315热线话务群众满意度：90%以上；", "12315热线话务群众满意度", "90%以上"),
    ("12315平台功能拓展能力；", "12315平台功能拓展能力", None),
    ("12315话务设备改造完成率 100%", "12315话务设备改造完成率", "100%"),
])
def test_split_name_and_target(text, name, target):
    assert split_name_and_target(text) == (name, target)


@given(st.text(max_size=60))
def test_never_raises_and_is_consistent(text):
    t = parse_target_value(text)
    if t.operator is not None and t.operator != "range":
        assert len(t.conditions) == 1
    if t.qualitative is not None:
        assert t.operator is None and not t.conditions


@given(st.sampled_from(sorted(OPERATOR_PREFIXES)), st.integers(min_value=0, max_value=10**6))
def test_every_prefix_spelling_maps_to_its_operator(word, number):
    t = parse_target_value(f"{word}{number}%")
    assert t.operator == OPERATOR_PREFIXES[word]
    assert t.value == pytest.approx(number)


@given(st.sampled_from(sorted(OPERATOR_SUFFIXES)), st.integers(min_value=0, max_value=10**6))
def test_every_suffix_spelling_maps_to_its_operator(word, number):
    assert parse_target_value(f"{number}人{word}").operator == OPERATOR_SUFFIXES[word]


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_wan_is_folded_into_the_value(x):
    t = parse_target_value(f"{x}万人")
    assert t.unit == "人" and t.value == pytest.approx(float(x) * 10000)


def test_digits_of_other_scripts_are_read_as_digits():
    # found by hypothesis: a decimal digit outside ASCII matched \d and then broke float()
    parsed = parse_target_value("≥\u0665\u0660%")                # Arabic-Indic 5 0
    assert (parsed.operator, parsed.value, parsed.unit) == (">=", 50.0, "%")
    unknown = parse_target_value("≥\U00016d75\U00016d70%")       # digits newer than Python's tables
    assert unknown.value is None and unknown.qualitative
