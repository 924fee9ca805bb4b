"""Every label, synonym and word list jixiao knows, in one place.

A new spelling seen in an archive (a header label, an operator word, a unit) is added here once,
and both the recognisers in ``extract`` and the normalisers in ``normalize`` see it.
This module imports nothing from jixiao.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Form titles and document kinds
# --------------------------------------------------------------------------------------------

#: A web page's chrome around the form (publication line, print/close links, footer, breadcrumbs):
#: a paragraph holding one of these is not part of any form (the recogniser skips it).
WEB_PAGE_CHROME_WORDS: tuple[str, ...] = (
    "发布时间", "发布日期", "信息来源", "文章来源", "浏览次数", "点击次数", "点击数", "访问量", "阅读次数",
    "打印本页", "关闭窗口", "打印此页", "版权所有", "网站标识码", "ICP备", "公网安备", "当前位置",
    "您现在的位置", "您的位置", "分享到", "扫一扫在手机打开", "相关链接", "网站地图", "联系我们", "主办单位：",
    "主办单位:", "承办单位：", "承办单位:", "技术支持：", "技术支持:",
)
#: How a chrome line starts when a converter split it into cells (``发布时间:2021-11-10  信息来源:…``,
#: ``【打印本页】 【关闭窗口】``): words no indicator row begins with (the view counts above may).
WEB_PAGE_CHROME_STARTS: tuple[str, ...] = (
    "发布时间", "发布日期", "信息来源", "文章来源", "打印本页", "关闭窗口", "打印此页", "版权所有", "网站标识码",
    "当前位置", "您现在的位置", "您的位置", "分享到", "扫一扫在手机打开",
)
#: Brackets around a chrome link (【打印】, [关闭]).
WEB_PAGE_LINK_BRACKETS = "【】[]［］"
#: A chrome link alone in a cell of a split chrome line (打印 | 关闭窗口).
WEB_PAGE_LINK_WORDS: tuple[str, ...] = ("打印", "关闭", "关闭窗口", "打印本页", "返回", "返回顶部", "收藏")

#: Titles of an evaluation's score table published on its own (绩效评价指标评分表, 绩效评价指标表).
SCORE_TABLE_TITLE_WORDS: tuple[str, ...] = ("评价指标评分表", "评价指标表", "评价评分表", "指标体系评分表",
                                            "评价指标体系表", "指标体系及评分表", "评价指标体系及评分表")
#: A line holding one of these (and not a summary-table word) starts a new target form.
TARGET_FORM_TITLE_WORDS: tuple[str, ...] = ("绩效目标申报表", "绩效目标表", "绩效目标审批表")
#: Titles of self-evaluation forms (绩效自评表, …绩效目标自评表, 整体支出绩效自评表).
SELF_EVALUATION_TITLE_WORDS: tuple[str, ...] = ("绩效自评表", "绩效目标自评表", "绩效自评价表", "绩效评价自评表",
                                                "自评表")
#: A title line with one of these names a file of forms, not one form (unless it is only a bracketed
#: note after a form's title: 绩效目标表（汇总表）).
SUMMARY_TITLE_WORDS: tuple[str, ...] = ("汇总表",)
#: Words that mark an evaluation report; several must appear for a document to be one.
EVALUATION_REPORT_MARKERS: tuple[str, ...] = (
    "绩效评价报告", "评价结论", "绩效评级", "评价结果", "评分表", "业绩值", "权重", "绩效评价",
    "评价指标体系", "评价等级", "综合得分",
)
#: Words of a target form's indicator table header (any two of them in one region).
INDICATOR_TABLE_HEADER_WORDS: tuple[str, ...] = (
    "一级指标", "二级指标", "三级指标", "一级目标", "二级目标", "三级目标",
    "指标目标值", "年度(/项目)指标值", "年度指标值", "分解目标内容", "绩效指标", "指标值",
    "绩效标准", "当年预期实现值",
)
#: Caption of the indicator block printed beside its header (绩效指标 | 一级指标 二级指标 …).
INDICATOR_BLOCK_CAPTIONS: tuple[str, ...] = ("绩效指标", "年度绩效指标")
#: Words of a weighted label that names a self-evaluation's whole indicator block (``绩效指标(90分)``,
#: ``年度绩效目标(80分)`` over 产出指标(60分) + 效益指标(40分)).
INDICATOR_BLOCK_LABEL_WORDS: tuple[str, ...] = ("指标", "绩效目标")
#: How an explanation cell ends (``反映办公大楼全年维修维护情况``) when the target follows it unseparated.
EXPLANATION_SUFFIXES: tuple[str, ...] = ("情况", "程度", "水平", "比例", "比率", "效果")
#: How an explanation cell (绩效标准, 指标解释: ``反映…情况``) starts: in a one-cell-per-line table it
#: marks the name before it and the target after it.
EXPLANATION_PREFIXES: tuple[str, ...] = ("反映", "用于反映", "考察", "衡量", "主要反映")
#: How a 评(扣)分标准 clause ends (达到目标值得满分 | 每少0.1万人扣1分 | 否则不得分).
SCORING_RULE_END_PATTERN = r"(?:得满分|不得分|按比例扣分|酌情扣分|扣\d+(?:\.\d+)?分)"
#: A 评分标准 clause's figure after its verb (得3分, 扣0.5分, 每低1个百分点): a line break or a PDF
#: tool's blank between the verb, the figure and its unit is inside the rule's cell.
SCORING_RULE_FIGURE_LEAD_PATTERN = r"(?:得|扣|每[低少高超多])"
SCORING_RULE_FIGURE_PATTERN = rf"{SCORING_RULE_FIGURE_LEAD_PATTERN}\d+(?:\.\d+)?(?:分|个)"
#: How a 评分标准 cell's last clause ends (…否则酌情扣分, …按完成比例计分): the rule is whole there.
SCORING_RULE_CLOSE_PATTERN = rf"(?:{SCORING_RULE_END_PATTERN}|计分)"
#: How any clause of a 评分标准 cell ends: its close, or the points it gives (制度健全得4分).
SCORING_RULE_CLAUSE_END_PATTERN = rf"(?:{SCORING_RULE_CLOSE_PATTERN}|得\d+(?:\.\d+)?分)"

# --------------------------------------------------------------------------------------------
# Header fields: contract column -> every label spelling seen (longest match wins)
# --------------------------------------------------------------------------------------------

FORM_FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "project_name": ("项目名称", "专项名称", "专项资金名称", "转移支付资金名称", "转移支付项目名称"),
    "reporting_unit": ("申报单位名称", "申报单位", "项目实施单位", "实施单位(盖章)", "实施单位（盖章）",
                       "实施单位", "预算单位"),
    "department": ("主管预算部门", "主管部门及代码", "业务主管部门", "省级主管部门", "市级主管部门", "主管部门"),
    "project_type": ("项目类型", "项目性质", "项目属性"),   # 项目类别 is project_type on 2020 forms: see below
    "project_class": ("项目类别", "项目分类"),
    "performance_type": ("绩效类型",),
    "fund_use": ("资金用途",),
    "includes_procurement": ("是否含有政府购买服务",),
    "start_date": ("计划开始日期", "开始时间", "开始日期"),
    "end_date": ("计划完成日期", "结束时间", "完成日期", "结束日期"),
    "overview": ("项目概况",),
    "basis": ("立项依据",),
    "necessity": ("项目设立的必要性",),
    "measures": ("保证项目实施的制度、措施",),
    "implementation_plan": ("项目实施计划",),
    "overall_goal": ("总目标及阶段性目标", "项目总目标", "总目标"),
    "annual_goal": ("年度绩效目标", "年度总体目标", "年度目标"),
    "remarks": ("备注",),
    "period": ("项目起止时间", "起止时间", "项目实施期限", "实施期限", "项目实施周期", "项目期限", "建设周期"),
    "contact_person": ("项目负责人", "联系人"),
    "contact_phone": ("联系电话",),
    # an evaluation's score table (kind c) names who evaluated, for whom, and which year
    "evaluator": ("第三方评价机构", "评价机构", "评价单位"),
    "commissioned_by": ("委托单位", "委托方"),
    "evaluation_year": ("评价年度",),
    # department-wide forms (部门整体支出绩效目标表): the department is the form's subject
    "entity_name": ("部门(单位)名称", "部门（单位）名称", "部门名称"),
    "budget_code": ("部门预算编码", "单位预算编码", "预算编码"),
    # a self-evaluation that states its total in the header (重庆 部门整体绩效自评表: 自评总分(分) | 92.5)
    "total_score": ("自评总分(分)", "自评总分（分）", "自评总分"),
}
#: On a department-wide form the 部门(单位)名称 is its project_name, department and reporting_unit.
ENTITY_NAME_COLUMNS: tuple[str, ...] = ("project_name", "department", "reporting_unit")
#: Fields naming a form's subject: a line opening with one of their labels starts a header field run
#: (and a new form, when the form before it already has its tables).
FORM_SUBJECT_FIELDS: tuple[str, ...] = ("project_name", "entity_name")
#: On a form that has 项目性质 (2024 template) 项目类别 is the project class (特定目标类 …);
#: on a form without it (2020 template) 项目类别 is the project type (经常性专项业务费 …).
PROJECT_TYPE_WHEN_NO_NATURE_LABEL = "项目类别"

#: Values of 是否… fields.
YES_WORDS: tuple[str, ...] = ("是", "有", "√", "☑")
NO_WORDS: tuple[str, ...] = ("否", "无")

# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------

#: Budget line label (without spaces, colons, unit brackets) -> contract item.
#: Matching is by longest label contained in the normalised line label.
BUDGET_ITEM_LABELS: tuple[tuple[str, str], ...] = (
    ("同名项目上年预算执行数", "prior_year_spent"),
    ("同名项目上年预算额", "prior_year_budget"),
    ("上年预算执行数", "prior_year_spent"),
    ("上年预算额", "prior_year_budget"),
    ("项目总预算", "total_budget"),
    ("项目资金总额", "total_budget"),
    ("中期资金总额", "total_budget"),               # the 2019 申报表: the medium-term (multi-year) total
    ("项目当年预算", "current_year_budget"),
    ("年度资金申请总额", "current_year_budget"),
    ("年度资金总额", "current_year_budget"),
    ("当年预算", "current_year_budget"),
    ("当年年度预算", "current_year_budget"),          # 重庆 审批表
    ("项目预算合计", "current_year_budget"),
    ("资金总额", "current_year_budget"),
    ("当年财政拨款", "fiscal_appropriation"),
    ("本年财政拨款", "fiscal_appropriation"),
    ("财政拨款", "fiscal_appropriation"),
    ("财政资金", "fiscal_appropriation"),
    ("上年结转资金", "carryover"),
    ("上年结转", "carryover"),
    ("其他资金", "other_funds"),
    ("其它资金", "other_funds"),
    ("财政专户管理资金", "other_funds"),
    ("单位资金", "other_funds"),
    # provincial blocks (LAYOUTS §2, §3): 财政拨款 by kind and by level, other funds by source
    ("一般公共预算拨款", "fiscal_appropriation"),
    ("政府性基金预算拨款", "fiscal_appropriation"),
    ("政府性基金拨款", "fiscal_appropriation"),
    ("国有资本经营预算", "fiscal_appropriation"),
    ("财政补助资金", "fiscal_appropriation"),
    ("上级补助资金", "fiscal_appropriation"),
    ("自筹资金", "other_funds"),
    ("社会资金", "other_funds"),
    ("自有资金", "other_funds"),
    ("总额", "current_year_budget"),
    ("小计", "subtotal"),
)
#: In a two-column money block, these lines sit under the multi-year total (项目资金总额).
MULTI_YEAR_TOTAL_ITEM = "total_budget"
YEAR_TOTAL_ITEM = "current_year_budget"
#: Caption of the 2019 sub-project table and of its header cells.
COMPONENT_TABLE_WORDS: tuple[str, ...] = ("子项目名称", "资金构成")
#: The columns of that sub-project table (上海 申报表: 项目当年投入资金构成 | 子项目名称 | 预算金额（元）),
#: its caption merged down the first column.
COMPONENT_TABLE_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "component_caption": ("项目当年投入资金构成", "当年投入资金构成", COMPONENT_TABLE_WORDS[1]),
    "project_name": (COMPONENT_TABLE_WORDS[0],),
    "amount": ("预算金额",),
}
#: A department-wide form's expenditure kinds, listed under its 资金总额 (components of it).
DEPARTMENT_EXPENDITURE_LABELS: tuple[str, ...] = ("基本支出", "项目支出")
#: Row labels a money row of two cells starts with (``基本支出 | 832.65``): in a stream of one cell per
#: line the label and its amount are joined back into that row by the shape layer.
LABELLED_AMOUNT_ROW_LABELS: tuple[str, ...] = DEPARTMENT_EXPENDITURE_LABELS
#: The 年度履职目标 sub-table (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额): its header words, and
#: the parent_label its money lines get.
DUTY_TABLE_HEADER_WORDS: tuple[str, ...] = ("支出项目名称", "预算金额")
DUTY_TABLE_PARENT = "年度履职目标"
#: The 年度履职目标 sub-table's columns (its caption heads the first, a merged cell over its rows): the
#: shape layer cuts a stream of one cell per line into its rows by these words.
DUTY_TABLE_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "duty_caption": (DUTY_TABLE_PARENT,),
    "duty": ("部门职能",),
    "duty_task": ("年度目标任务",),
    "project_name": ("支出项目名称",),
    "amount": ("预算金额",),
}
#: An indicator name that measures a rate: a bare fraction target (``0.9``, ``1``, Excel's percent
#: cells rendered as numbers) means percent.
RATE_NAME_SUFFIXES: tuple[str, ...] = ("率", "比例", "比率", "密度", "进度", "占比", "覆盖面", "满意度")
#: How an indicator's name ends (…合格率, …播种面积, …抽检批次, 耕地保有量): in a run with no separator,
#: where a name stops and an 指标解释 in its own words begins (粮食播种面积|稳定粮食生产(计划标准)).
INDICATOR_NAME_ENDINGS: tuple[str, ...] = RATE_NAME_SUFFIXES + (
    "数量", "次数", "人次", "人数", "批次", "个数", "户数", "面积", "里程", "保有量", "天数", "及时性", "健全性",
    "规范性", "完整性", "准确性", "合规性", "有效性", "知晓度")
#: Units of things counted whole (项, 个, 次…): a number with a fraction never counts them, so after
#: ``0.85`` such a character opens the next row's name (0.85|项目完成及时性).
WHOLE_COUNT_UNITS: tuple[str, ...] = ("项", "个", "次", "人", "户", "家", "所", "座", "台", "辆", "件", "盏", "处",
                                      "名", "篇", "场", "期", "村", "批")
#: The standards a target is set by (指标值设定依据), in brackets at the end of an 指标解释
#: (``年度监测计划(计划标准)``): the bracket closes the explanation's cell.
TARGET_STANDARD_BRACKET_PATTERN = r"[(（](?:计划|行业|历史|其他)标准[)）]"
#: Caption of a cost build-up table (湖北: 项目预算成本构成 | 金额 | 测算(公式)依据 | 2021年实际执行数 …).
COST_TABLE_WORDS: tuple[str, ...] = ("项目预算成本构成", "预算成本构成", "项目成本构成")
#: Header words of its earlier-year actual columns (each a column of numbers after the basis text).
COST_TABLE_PRIOR_YEAR_WORD = "实际执行数"
#: Its other column words (金额 | 测算(公式)依据), as a run-together header spells them.
COST_TABLE_BASIS_WORDS: tuple[str, ...] = ("测算(公式)依据", "测算（公式）依据", "测算依据", "计算依据",
                                           "测算(计算)依据", "测算公式及依据")
COST_TABLE_COLUMN_WORDS: tuple[str, ...] = ("金额",) + COST_TABLE_BASIS_WORDS
#: Its columns by role, for readers that name a header's columns (an earlier year's column is
#: ``2023年实际执行数``: its year prefix, ``YEAR_PREFIX_PATTERN``, comes off before the lookup).
COST_TABLE_COLUMN_ROLES: dict[str, tuple[str, ...]] = {
    "item": COST_TABLE_WORDS, "amount": COST_TABLE_COLUMN_WORDS[:1], "basis": COST_TABLE_BASIS_WORDS,
    "actual": (COST_TABLE_PRIOR_YEAR_WORD,),
}
#: Labels of a table's total row or column (a cost table ends with it; a transfer's per-recipient
#: money table has it as its first column: 资金金额(万元) | 合计 | 福州市 | 莆田市 …).
TABLE_TOTAL_WORDS: tuple[str, ...] = ("合计", "总计")
#: Captions of a transfer's money-by-recipient table (资金金额(万元) | 合计 | 福州市 …).
RECIPIENT_MONEY_CAPTIONS: tuple[str, ...] = ("资金金额", "资金总额", "补助资金", "转移支付资金")
#: A cost table's line that adds up the lines above it.
COST_TOTAL_WORDS: tuple[str, ...] = TABLE_TOTAL_WORDS + ("小计",)
#: The signature block of a form (主管部门审核意见 单位公章: 年 月 日): labels without data, which a
#: converter may move anywhere in a run of text.
SIGNATURE_BLOCK_WORDS: tuple[str, ...] = ("主管部门审核意见", "财政部门审核意见", "单位审核意见", "审核意见",
                                          "单位公章", "填报单位(盖章)", "填报单位（盖章）", "单位(盖章)", "单位（盖章）")
#: Lines under a form naming who filled it in and how to reach them, or how to fill it in
#: (填报人:张三  联系电话:…, 填报说明:…): never an indicator row; an indicator table ends at the first.
SIGNATURE_LINE_WORDS: tuple[str, ...] = (
    "填报人", "填表人", "制表人", "经办人", "联系人", "联系电话", "审核人", "单位负责人", "项目负责人",
    "财务负责人", "填报日期", "填表日期", "填报说明", "填表说明",
)
#: A table's numbered caption (表1, 表3-1): in a run without separators it opens a new cell, unless a
#: sentence refers to it (详见表1, 如表3: the word before it is one of ``TABLE_REFERENCE_WORDS``).
TABLE_NUMBER_PATTERN = r"表\d+(?:[-—－]\d+)?"
#: The word that ends a table's caption right after column words (表2绩效评价指标得分表): not 表1/表一.
CAPTION_TABLE_WORD_PATTERN = r"表(?![\d一二三四五六七八九十])"
TABLE_REFERENCE_WORDS: tuple[str, ...] = ("见", "如", "据", "照", "按", "附", "从", "在", "和", "及", "与")
#: A numbered heading or list item as it opens (一、 （二） （1）), not a word ending in a numeral
#: (统一、 之一、): in a run without separators it opens a new cell.
NUMBERED_HEADING_PATTERN = (r"(?:(?<![统唯之第其万])[一二三四五六七八九十]{1,3}、"
                            r"|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）])")
#: A section heading's bracketed number alone (（二）): the group word after it is its heading's.
HEADING_NUMBER_PATTERN = r"[（(][一二三四五六七八九十]{1,3}[)）]"
#: The words of a closing sentence before its score phrase (经综合评价，该项目|综合评分…) after a
#: table's last figure: Han text and commas, not a figure's unit (分).
TOTAL_SENTENCE_LEAD_PATTERN = r"(?<![\p{Han}，,“”])(?!分)[\p{Han}，,“”]+$"
#: An attachment's number run into the year of the form title after it (附件3|2023年…绩效目标表).
ATTACHMENT_LABEL_PATTERN = r"附件\d{1,2}?(?=(?:19|20)\d{2}年)"
#: Section labels after an indicator table (conclusions, notes): the table ends there.
INDICATOR_TABLE_TRAILER_WORDS: tuple[str, ...] = ("评价结论", "存在问题", "改进措施", "注:", "注：", "说明:", "说明：")
#: A label ending in this word after an indicator table (主管部门审核意见) is a reviewer's box: the table ends there.
REVIEW_OPINION_WORD = "审核意见"
#: A seal or signature mark after a unit or person's label (填报单位（盖章）, 单位负责人（签字）): a line that opens
#: with such a label is a signature line after a form's tables, never one of their rows.
SEAL_MARK_WORDS: tuple[str, ...] = ("盖章", "签章", "签字", "签名", "公章")
#: A signature word followed by this names people or a column (填报人员), not a signature line.
SIGNATURE_WORD_NOT_BEFORE = "员"
#: Caption above a 湖北 form's goal prose (绩效目标 | 以…为目标): not the 年度绩效目标 field.
GOAL_CAPTION = "绩效目标"
#: Money unit words -> multiplier to 元.
MONEY_UNITS: dict[str, int] = {"元": 1, "万元": 10_000, "亿元": 100_000_000}
#: The money unit every amount is stored in (万元 and 亿元 fold into it).
BASE_MONEY_UNIT = "元"
#: A money unit word, longest first (亿元 before 元).
MONEY_UNIT_PATTERN = "(?:" + "|".join(sorted(MONEY_UNITS, key=len, reverse=True)) + ")"
#: A document's one unit caption for all its tables (``金额单位:元``, ``单位：万元``).
UNIT_CAPTION_PATTERN = rf"(?:金额单位|单位)[:：]?\s*(?P<unit>{MONEY_UNIT_PATTERN})"
#: A money unit in brackets (``（元）``, ``(万元)``): a money column's or a money block caption's note.
MONEY_UNIT_NOTE_PATTERN = rf"[(（]\s*{MONEY_UNIT_PATTERN}\s*[)）]"
#: A money or score unit in brackets after a header word (预算数(万元), 分值（分）, 执行率(%)).
UNIT_BRACKET_PATTERN = rf"[(（]\s*(?:{MONEY_UNIT_PATTERN}|分|%|％)\s*[)）]"
#: What may follow a title's last word: a bracketed note (``（汇总表）``) and a unit caption.
TITLE_TAIL_PATTERN = rf"(?:[(（][^()（）]{{0,12}}[)）])?(?:单位[:：]?{MONEY_UNIT_PATTERN})?$"
#: How a form's title ends: 表, then the tail.
TITLE_END_PATTERN = rf"表{TITLE_TAIL_PATTERN}"
#: What may stand before a title's words in a line: a year, then Han text (place, unit, 项目支出 …).
TITLE_LEAD_PATTERN = r"(?:(?:19|20)\d{2}年度?)?[\p{Han}()（）〔〕0-9]*?"
#: A summary title that is one form (``…绩效目标表（汇总表）``), not a file of forms' heading.
SUMMARY_FORM_TITLE_PATTERN = r"[(（]汇总表[)）]"
#: A label or caption that declares a money unit (``项目资金 (万元)``, ``金额单位:元``).
DECLARED_UNIT_PATTERN = rf"[(（](?P<bracketed>{MONEY_UNIT_PATTERN})[)）]|单位[:：]?(?P<captioned>{MONEY_UNIT_PATTERN})"
#: The word before a money block's sub-item (其中：当年财政拨款).
SUB_ITEM_WORD = "其中"

# --------------------------------------------------------------------------------------------
# Indicator hierarchy
# --------------------------------------------------------------------------------------------

#: level1 as written (spaces, weights like (50分) and trailing 指标/目标/类 removed) -> level1_std.
LEVEL1_STD: dict[str, str] = {
    "产出": "产出",
    "效益": "效益",
    "满意度": "满意度",
    "成本": "成本",
    "投入与管理": "投入与管理",
    "投入和管理": "投入与管理",
    "投入管理": "投入与管理",
    "效果": "效果",
    "影响力": "影响力",
    "项目决策": "决策",
    "决策": "决策",
    "项目管理": "过程",
    "过程": "过程",
    "项目绩效": "绩效",
    "项目效益": "效益",
    "项目产出": "产出",
}
#: Level-1 names exactly as templates write them (a cell that is one of these is a level1 cell).
LEVEL1_WORDS: frozenset[str] = frozenset({
    "产出指标", "效益指标", "满意度指标", "成本指标", "服务对象满意度指标(一级)",
    "产出目标", "效益目标", "效果目标", "影响力目标", "满意度目标", "成本目标",
    "投入与管理", "投入和管理", "投入与管理目标", "投入和管理目标",
})
#: The one 评价指标 cell over every row of an evaluation indicator table (the 宁晋 sheet): a level
#: word where a table stands (a report's sentence says 项目年度绩效目标如下 too).
GOAL_LEVEL_WORDS: tuple[str, ...] = ("项目年度绩效目标",)
#: A 一级 cell of a goal with its kind in brackets (``项目年度绩效目标(定量指标)``: the 宁晋 sheet).
LEVEL1_NOTED_PATTERN = r"\p{Han}{2,20}(?:目标|指标)[(（][^()（）]{1,10}[)）]"
#: The same whose note names the kind of its indicators (定量指标, 定性指标): a level cell where an
#: explanation could stand as well (市委市政府目标(计划标准) is an 指标解释).
LEVEL1_KIND_NOTED_PATTERN = r"\p{Han}{2,20}(?:目标|指标)[(（][^()（）\d]{0,8}指标[)）]"
#: A level cell's note of its kind after its word (``项目年度绩效目标(定量指标)``), no figure in it.
LEVEL_NOTE_PATTERN = r"[(（][^()（）\d]{0,8}指标[)）]"
#: Suffixes stripped from level1 to find its standard name.
LEVEL_SUFFIXES: tuple[str, ...] = ("指标", "目标", "类")
#: The word a level-2 name ends with when no template lists it (``专项资金使用指标``).
INDICATOR_WORD = "指标"
#: Header words of an indicator table's level columns: level → words.
LEVEL_HEADER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("一级指标", "一级目标", "分解目标内容"),
    2: ("二级指标", "二级目标"),
    3: ("三级指标", "三级目标"),
}
#: Vertical captions of an indicator table's merged first column (``绩效 指标``, ``项目 绩效 目标``):
#: layout, not data.
INDICATOR_VERTICAL_CAPTIONS: tuple[str, ...] = ("绩效指标", "项目绩效目标", "年度绩效指标", "绩效目标")
#: Level-2 names that templates write (a lone cell with one of these is a level2 cell).
LEVEL2_WORDS: frozenset[str] = frozenset({
    "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
    "可持续影响指标", "服务对象满意度指标", "满意度指标", "经济成本指标", "社会成本指标",
    "生态环境成本指标", "数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益",
    "可持续影响", "服务对象满意度", "满意度", "投入管理", "财务管理", "实施管理", "资产管理",
    "人力资源", "配套设施", "长效管理", "信息共享", "档案管理",
})

# --------------------------------------------------------------------------------------------
# Targets: operators, units, qualitative words
# --------------------------------------------------------------------------------------------

#: Operator spellings that come BEFORE the number -> contract operator. Longest first when matching.
OPERATOR_PREFIXES: dict[str, str] = {
    "≥": ">=", "≧": ">=", ">=": ">=", "＞=": ">=", "＞＝": ">=", ">＝": ">=", "》": ">=",
    "不低于": ">=", "不少于": ">=", "不小于": ">=", "至少": ">=", "达到": ">=", "大于等于": ">=",
    "大于或等于": ">=", "高于或等于": ">=",
    "≤": "<=", "≦": "<=", "<=": "<=", "＜=": "<=", "＜＝": "<=", "<＝": "<=",
    "不高于": "<=", "不超过": "<=", "不大于": "<=", "不多于": "<=", "小于等于": "<=", "小于或等于": "<=",
    "低于": "<", "少于": "<", "小于": "<", "<": "<", "＜": "<",
    "高于": ">", "大于": ">", "超过": ">", ">": ">", "＞": ">",
    "=": "=", "＝": "=", "等于": "=", "约": "=",
}
#: The operators written as symbols (≥ >= ＞= 》 …), not words: what an operator column holds.
#: Operator words that do not mark a target inside running text (约, 等于): no explicit comparison.
IMPLICIT_OPERATOR_WORDS: tuple[str, ...] = ("约", "等于")
#: What joins a range's two ends in a target (``80-90``, ``3至5``).
RANGE_SEPARATOR_CHARS = "-~～至到"
#: What joins a period's two dates (``2023年1月至2023年12月``, ``2023—2025``): a hyphen only before a year.
PERIOD_SEPARATOR_PATTERN = r"\s*(?:至|到|—|–|~|～|-(?=\s*\d{4}))\s*"
OPERATOR_SYMBOLS: tuple[str, ...] = tuple(w for w in OPERATOR_PREFIXES if not any("\u4e00" <= c <= "\u9fff" for c in w))
#: The one-character comparison symbols (a target starts at one).
OPERATOR_SYMBOL_CHARS: str = "".join(w for w in OPERATOR_SYMBOLS if len(w) == 1)
#: Operators a PDF printed from Writer draws in a font of their own (the Chinese font lacks them).
OWN_FONT_OPERATOR_CHARS: str = "≥≤"
#: Marks a PDF printed from Writer draws in a font of their own, which ``pdftotext -raw`` writes ahead of
#: the words of their printed line (at the end of the line above, or on a line of their own): the
#: operators and the dash of a page number (``—1—``).
OWN_FONT_MARK_CHARS: str = OWN_FONT_OPERATOR_CHARS + "—"
#: What an operator column (指标性质, 指标值类型) says when it names the target's kind, not a comparison.
OPERATOR_KIND_WORDS: tuple[str, ...] = ("定性", "定量")
#: What a unit column (计量单位) says of a yes/no target (重庆 部门整体绩效自评表: ``是/否`` | ``否``): no unit.
YES_NO_UNIT_WORDS: tuple[str, ...] = ("是/否", "是否", "是/否。")
#: What a 是否核心指标 column holds (重庆 部门整体绩效自评表): the row's last cell, run into the next row's name when glued.
CORE_INDICATOR_MARKS: tuple[str, ...] = ("是", "否")
#: The values of a row whose unit is 是/否 (重点改革任务是否按期完成 | 是/否 | 是 | 是 | 是): its target, 调整指标值 and actual.
YES_NO_VALUE_WORDS: tuple[str, ...] = ("是", "否")
#: What a cell of an operator column (指标值类型, 指标性质) holds alone: a sign (≥), an operator in
#: words (大于等于 | 86 | 公里, as some forms print it), or the target's kind (定性).
OPERATOR_CELLS: tuple[str, ...] = tuple(OPERATOR_PREFIXES) + OPERATOR_KIND_WORDS
#: A weight printed inside a label (产出指标(50分), 预算执行情况（10分）); its number is group ``weight``.
#: A header cell's note of its points, not part of the column's name (``分值(10分)``, ``得分(20分*执行率)``).
HEADER_POINTS_NOTE_PATTERN = r"[(（][^()（）]*\d\s*分[^()（）]*[)）]$"
WEIGHT_IN_LABEL_PATTERN = r"[(（]\s*(?P<weight>\d+(?:\.\d+)?)\s*分\s*[)）]"
#: A level's weight RANGE in its label (重庆 审批表: ``成本指标(0-20)分``, ``产出指标（20-50分）``): the
#: points the template allows the block, not a weight.
WEIGHT_RANGE_IN_LABEL_PATTERN = r"[(（]\s*\d+(?:\.\d+)?\s*[-－~～—–至]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*分?"
#: The points printed after a level's name: its weight or its weight range.
LEVEL_POINTS_PATTERN = rf"(?:{WEIGHT_RANGE_IN_LABEL_PATTERN}|{WEIGHT_IN_LABEL_PATTERN})"
#: A blank inside one cell between a number and its unit (``(50 分)``, ``2023 年度``): a PDF tool that
#: spaces digits from Chinese wrote the text, so its blanks do not separate cells.
SPACED_NUMBER_IN_CELL_PATTERN = r"[(（]\d+(?:\.\d+)? 分[)）]|(?:19|20)\d{2} 年"
#: A cell a PDF draws with its band's values, before the band's labels (PDF content order, LAYOUTS
#: F2): a number, an amount, a rate, an operator with a number and a short unit (≥95%, 13次, 2024年度).
STREAM_ORDER_VALUE_PATTERN = r"^[≥≤<>=]{0,2}\s*-?[\d,]+(?:\.\d+)?\s*(?:%|\(%\)|[\u4e00-\u9fff/]{1,4})?$"
#: Punctuation of a sentence (a reason, a report's paragraph), never of a name; and how a sentence
#: ends (a paragraph after a table, no cell of it).
SENTENCE_PUNCTUATION_PATTERN = r"[，。；,;]"
#: The enumeration comma (水电费、报刊费): a list's, inside a sentence or a cell of several items.
ENUMERATION_COMMA = "、"
#: Marks a line may not open (kinsoku): a typesetter carries the character before them down with
#: them, so a cell's line ends short of its column (``顺利实`` / ``施。``).
LINE_START_PROHIBITED_MARKS = "。，、；：！？”’）》"
SENTENCE_END_MARKS: tuple[str, ...] = ("。", "；")
#: Words a PDF tool spaces from the number before them inside one cell, besides the units and the
#: operator suffixes (``2020 年``, ``7 月``, ``84.84 分``).
SPACED_DIGIT_HEAD_WORDS: tuple[str, ...] = ("年", "月", "分")
#: A field written with its value in one cell (``联系电话:0880-5187150``): a signature line, no table cell.
FIELD_WITH_VALUE_PATTERN = r"^\p{Han}{2,6}[:：]\s*\S"
#: Operator words that come AFTER the number and its unit.
OPERATOR_SUFFIXES: dict[str, str] = {
    "以上": ">=", "及以上": ">=", "或以上": ">=",
    "以下": "<=", "及以下": "<=", "或以下": "<=", "以内": "<=",
}
#: A deadline after a month or day (``9月前``, ``10月底前``: 衔接资金 self-evaluations
#: 时效 targets): the target is that date or earlier.
DEADLINE_SUFFIX_PATTERN = r"^(?:底|末|中旬|上旬|下旬)?(?:之|以)?前$"
DEADLINE_OPERATOR = "<="
#: What marks a core indicator on its name (``★资金拨付及时率``, ``*群众满意度``): not part of the name.
CORE_INDICATOR_MARK_PATTERN = r"^\s*[★☆*＊]+\s*|\s*[★☆*＊]+\s*$"
#: A template's fill-in hint left inside an indicator's name (``新建道路( ≥**公里 )``, ``(≥**%)``,
#: ``≥**人``: 衔接资金 申报表): the stars stand for the figure the template asked for; not part of the name.
FILL_IN_HINT_PATTERN = r"\s*[(（]?\s*(?:[≥≤>=<＞＜]\s*)*[*＊]{2,}\s*[^\s()（）*＊]{0,4}?\s*[)）]?\s*(?=$|[(（])"
#: LaTeX commands converters leave, -> the symbol they stand for.
LATEX_SYMBOLS: dict[str, str] = {
    r"\geq": "≥", r"\geqslant": "≥", r"\ge": "≥", r"\leq": "≤", r"\leqslant": "≤", r"\le": "≤",
    r"\%": "%", r"\times": "×", r"\sim": "~", r"\approx": "≈", r"\neq": "≠", r"\lt": "<", r"\gt": ">",
}
#: Percent spellings -> factor to percent.
PERCENT_UNITS: dict[str, float] = {"%": 1.0, "％": 1.0, "百分比": 1.0, "‰": 0.1, "‰": 0.1}
#: Chinese fraction words: 千分之X -> X/10 percent, 百分之X -> X percent, 万分之X -> X/100 percent.
FRACTION_WORDS: dict[str, float] = {"千分之": 0.1, "百分之": 1.0, "万分之": 0.01}
#: Magnitude words folded into a value (379.8万个 -> 3798000 个).
MAGNITUDE_WORDS: dict[str, int] = {"万": 10_000, "亿": 100_000_000, "千": 1_000}
#: Units (longest first when matching). Money units keep their own unit (万元 stays a unit of money).
UNITS: tuple[str, ...] = (
    "人次", "批次", "人/年", "元/亩", "元/个", "元/人", "元/次", "元/户", "元/年", "元/平方米", "元/吨", "元/公里",
    "元/座", "元/台", "元/件", "次/周", "次/月", "次/年", "人次/年", "个/年", "万元", "亿元", "平方米", "立方米", "公里", "千米", "厘米", "毫米", "分钟",
    "小时", "个月", "工作日", "百分比",
    "%", "％", "‰", "元", "人", "台", "天", "日", "次", "个", "套", "件", "项", "份", "篇", "场", "期",
    "户", "家", "所", "座", "辆", "盏", "株", "棵", "部", "条", "批", "本", "册", "张", "名", "位", "处", "间", "只",
    "起", "例", "宗",                          # incidents and cases: 安全事故0起, 输入病例0例, 信访0宗
    "米", "亩", "吨", "年", "月", "周", "秒", "分", "元", "千克", "公斤", "毫克", "克", "km", "KM", "m", "h",
)
#: Word targets (qualitative) as templates write them: where cells run together, one of these after
#: an indicator's name is its target (``成本控制率不超预算``).
QUALITATIVE_TARGET_WORDS: tuple[str, ...] = (
    "不超预算", "不超过预算", "控制在预算内", "控制在预算范围内", "及时", "健全", "可控", "合理", "显著提升",
    "不断提升", "逐步提升", "有所提升", "有所提高", "逐步提高", "效果明显", "效果显著", "按质按量完成",
    "按月安排", "应保尽保", "符合相关规定", "符合规定", "严格执行相关制度规定", "在项目计划完成时间内完成",
    "按时完成", "及时完成", "全部完成", "达标", "良好", "满意", "基本满意", "持续改善", "明显改善",
)
#: Word values an indicator row's target or actual cell holds besides the word targets above (where
#: cells run together, one of these after a name or a value is a cell of its own).
QUALITATIVE_RESULT_WORDS: tuple[str, ...] = ("已完成", "达成预期指标", "充分", "规范", "有效改善", "逐步完善",
                                             "较为合理", "基本有效", "有效", "明确", "合规", "适应")
#: Chinese numerals, for values written in words (千分之零点八, 第二).
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}
#: The decimal point of a number written in words (三点五).
CHINESE_DECIMAL_POINT = "点"
CHINESE_SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
#: Cell texts that mean "nothing here".
EMPTY_MARKERS: frozenset[str] = frozenset({"", "/", "-", "—", "--", "——", "……", "…", "无", "N/A", "n/a"})

# --------------------------------------------------------------------------------------------
# Evaluation reports and scores
# --------------------------------------------------------------------------------------------

GRADES: tuple[str, ...] = ("优", "良", "中", "差")
#: Longer grade words -> the grade they abbreviate.
GRADE_WORDS: dict[str, str] = {"优秀": "优", "良好": "良", "中等": "中", "合格": "中", "较差": "差", "不合格": "差"}
#: Phrases that introduce a report's total score and its grade.
TOTAL_SCORE_PHRASES: tuple[str, ...] = ("最终评分结果", "最终评分", "综合评分", "综合得分", "评价得分", "总得分", "总分")
GRADE_PHRASES: tuple[str, ...] = ("绩效评级", "评价等级", "绩效等级", "评价级别", "自评等级", "自评结果", "评级")
#: Column header words of score tables.
SCORE_WEIGHT_WORDS: tuple[str, ...] = ("权重", "满分", "分值")
SCORE_ACTUAL_WORDS: tuple[str, ...] = ("业绩值", "实际完成值", "完成值", "全年实际值")
SCORE_SCORE_WORDS: tuple[str, ...] = ("得分", "分值")
SCORE_TOTAL_WORDS: tuple[str, ...] = ("合计", "总分", "总计")
#: A dimension's score and full marks in a report's sentence: ``项目决策得分17.0分（满分20分）``.
DIMENSION_SCORE_SENTENCE_PATTERN = (r"(?P<name>\p{Han}{2,8}?)得分(?:为)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分\s*"
                                    r"[（(]\s*满分\s*(?P<weight>\d{1,3}(?:\.\d+)?)\s*分\s*[)）]")
#: Words naming the organisations around a report.
EVALUATOR_SUFFIXES: tuple[str, ...] = ("有限公司", "事务所", "研究院", "研究中心", "咨询中心", "评估中心", "公司")
#: Last words of a department's or unit's name (…管理局, …举报中心, …图书馆): a name ending in one is whole.
AGENCY_NAME_SUFFIXES: tuple[str, ...] = ("局", "厅", "委员会", "办公室", "政府", "中心", "院", "馆", "站", "所",
                                         "学校", "医院")
#: Last words of a place name that a report puts before a project's name (“马踏镇2023年度…”项目):
#: longest first, so 自治区 is tried before 区.
REGION_SUFFIXES: tuple[str, ...] = ("自治州", "自治县", "自治区", "街道", "省", "市", "州", "盟", "县", "旗", "区", "镇", "乡")
#: Words that end like a place but are none (城区道路…, 老旧小区改造, 城镇污水…): a prefix ending in one
#: is part of the project's name.
NON_REGION_ENDINGS: tuple[str, ...] = ("小区", "社区", "园区", "景区", "城区", "库区", "矿区", "林区", "山区",
                                       "牧区", "片区", "校区", "辖区", "城市", "都市", "城镇", "乡镇", "集镇", "城乡")
#: The place a summary's title opens with, before its year (鄂州市2024年度…, 萧山区2020年度…).
TITLE_REGION_PATTERN = (r"(?P<region>\p{Han}{1,6}?(?:" + "|".join(sorted(REGION_SUFFIXES, key=len, reverse=True))
                        + r"))(?:19|20)\d{2}年")
#: A fiscal year as written (``2023年度``, ``2023 年``): the year with 年度, else with 年 alone.
FISCAL_YEAR_PATTERN = r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年度"
ANY_YEAR_PATTERN = r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年"
#: A year that is no deadline's (``2023年10月底前``, ``2023年11月30日之前``: the date a task is due,
#: no statement of the form's fiscal year).
YEAR_NOT_DEADLINE_PATTERN = (r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                             r"\s*(?:底|末|初|中旬|上旬|下旬)?\s*(?:之)?前)")
#: A year in a form's title: ``2020年度``, ``2020年``, or bracketed alone ``（2021）``.
YEAR_IN_TITLE_PATTERN = r"(?<!\d)((?:19|20)\d{2})\s*年|[(（]\s*((?:19|20)\d{2})\s*[)）]"
#: A date as written: ``2019-1-1``, ``2019年1月1日``, ``2019.1.1``, ``2026/1/1``.
DATE_PATTERN = (r"(?P<y>(?:19|20)\d{2})\s*(?:[-./／]|年)\s*(?P<m>\d{1,2})\s*(?:[-./／]|月)\s*(?P<d>\d{1,2})"
                r"\s*日?")
#: A bound of a period given in months (重庆 建设周期 ``2023年4月-2024年2月``): the whole text.
MONTH_PATTERN = r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:份)?\s*$"
#: The words of a date written in Chinese (``2023年1月1日``): year, month, day.
DATE_WORDS: tuple[str, str, str] = ("年", "月", "日")
#: A year opening a name (``2023年度``…): removed from a report's project name.
YEAR_PREFIX_PATTERN = r"^\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*"
#: A page's footer line (``- 3 -``, ``第 2 页 共 5 页``): not form text.
PAGE_FOOTER_PATTERN = r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$"
#: The word after a year in a fiscal year's text (``2023`` → ``2023年``).
YEAR_WORD = "年"
#: A report's section heading (一、 （二）): its score rows end there.
SECTION_HEADING_PATTERN = r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
#: One character of an organisation's name in a report's prose.
_ORGANISATION_CHAR = r"[\p{Han}（）()A-Za-z0-9]"
_EVALUATOR_NAME = (rf"{_ORGANISATION_CHAR}{{2,40}}?(?:"
                   + "|".join(sorted(EVALUATOR_SUFFIXES, key=len, reverse=True)) + ")")
#: A report's evaluator and the body that commissioned it (``XX事务所受XX局委托``, or the client
#: first: ``受XX局委托，XX事务所对…``).
REPORT_COMMISSION_PATTERN = (
    rf"(?P<evaluator>{_EVALUATOR_NAME})\s*受\s*(?P<client>{_ORGANISATION_CHAR}{{2,40}}?)\s*(?:的)?委托"
    rf"|受\s*(?P<client>{_ORGANISATION_CHAR}{{2,40}}?)\s*(?:的)?委托\s*[，,]?\s*(?P<evaluator>{_EVALUATOR_NAME})")
#: The unit a report says carried the project out (``由XX局负责项目的实施``).
REPORT_IMPLEMENTER_PATTERN = rf"由(?P<unit>{_ORGANISATION_CHAR}{{4,40}}?)负责(?:项目的?)?实施"
#: The evaluated project's name, quoted before 项目 (``“消费者维权管理专项”项目``).
REPORT_PROJECT_QUOTE_PATTERN = r"[“\"](?P<name>[^”\"]{2,60})[”\"]\s*项目"
#: A labelled value in a report's prose (``主管部门：XX局``): the value after the label.
REPORT_LABELLED_VALUE_PATTERN = r"[：:]\s*(?P<value>[\p{Han}（）()]{2,40})"
#: The same value said in a sentence (``主管部门为XX局``): taken only where no label states it.
REPORT_SAID_VALUE_PATTERN = r"为\s*(?P<value>[\p{Han}（）()]{2,40})"
#: Words that open a report's list of year targets (``项目绩效目标如下：``).
REPORT_TARGETS_INTRO_WORDS: tuple[str, ...] = ("绩效目标如下", "年度绩效目标为")
#: A line that is only a heading over the list of year targets (``年度绩效目标：``).
REPORT_TARGETS_HEADINGS: tuple[str, ...] = ("年度绩效目标", "绩效目标", "项目绩效目标")
#: A caption that opens with a table number (``表1``, ``表 3-1``).
TABLE_CAPTION_START_PATTERN = r"^\s*表\s*\d"
#: The row label of a budget table's subtotal.
SUBTOTAL_WORDS: tuple[str, ...] = ("小计",)
#: The fields a report's prose yields, as its RawForm labels them: key → label.
REPORT_FIELD_LABELS: dict[str, str] = {
    "project_name": "项目名称", "year": "评价年度", "department": "主管部门", "reporting_unit": "实施单位",
    "evaluator": "评价机构", "commissioned_by": "委托方", "total_score": "总分", "grade": "绩效评级",
}
#: What may stand between a total-score or grade phrase and its value (``总分为92分``, ``评级：“优”``).
PHRASE_VALUE_GAP_PATTERN = r"[为是：:\s]*"
#: The points word after a total score (``92.5分``).
POINTS_WORD = "分"
#: Quotes a grade may stand in (``评级为“优”``).
GRADE_QUOTE_PATTERN = r"[“\"「『]?"
#: A money row's 其中 before its label, after ``fold_key`` (``其中:当年财政拨款``).
FOLDED_SUB_ITEM_PREFIX_PATTERN = r"^其中:?"
#: The number a checkbox list prints before each option (``☑1、部门预算项目 □2、区直专项/市直专项``, the
#: District 项目自评表's 项目类别): not part of the option.
CHECKBOX_OPTION_NUMBER_PATTERN = r"^[(（]?\d{1,2}[)）、.．]\s*"
#: Words of a self-evaluation's cell that opens its goals and indicator region.
INDICATOR_REGION_START_WORDS: tuple[str, ...] = ("绩效指标", "总体目标", "年度目标")
#: The end of a caption over an indicator table (产出绩效指标): not a level name.
INDICATOR_CAPTION_SUFFIX = "绩效指标"
#: Words of a money label or caption (预算执行率, 资金总额); the first opens a label column's caption.
MONEY_LABEL_WORDS: tuple[str, ...] = ("预算", "资金")
#: Words of a results table's score or grade header that mark the results as self-evaluated.
SELF_EVALUATION_MARK_WORDS: tuple[str, ...] = ("自评",)
#: The label of a project's department in a flat multi-project table.
DEPARTMENT_FIELD_LABEL = "部门"
REPORT_DEPARTMENT_LABELS: tuple[str, ...] = ("主管部门",)
REPORT_UNIT_LABELS: tuple[str, ...] = ("项目组织实施单位", "项目实施单位", "实施单位")
#: A report cover's labelled lines: who made the evaluation, who commissioned it.
REPORT_COVER_LABELS: dict[str, tuple[str, ...]] = {"evaluator": ("第三方评价机构", "评价机构", "评价单位"),
                                                   "client": ("委托单位", "委托方"), "date": ("报告日期", "评价日期", "日期")}
#: A report's title line naming the project without quotes (``2023年度XX项目绩效评价报告``).
REPORT_TITLE_PROJECT_PATTERN = r"^(?P<name>[^“”\"\s]{2,60}?)项目(?:支出)?(?:绩效)?评价报告(?:[（(]?摘要[)）]?)?$"
#: A report's title run into the evaluator's name after it (a run without line breaks: ``…项目绩效评价
#: 报告四川XX会计师事务所受…委托``): the title, up to its end.
REPORT_TITLE_LEAD_PATTERN = r"^\S*?评价报告(?:[（(]摘要[)）])?(?=\S)"
#: An item of a report's target list: ``（1）…``, ``(1)…`` or a numbered list's ``1. …`` / ``1、…``.
#: Where the items of a target list run together on one line begin: after a colon or an item's
#: closing mark, an item number (``…如下：1.项目完成率100%；2.…``).
REPORT_LIST_ITEM_CUT_PATTERN = r"(?<=[；;：:。])\s*(?=\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])"
#: Where a group's heading starts when a run lost the line break before it (``…以上。（二）产出目标``).
REPORT_GROUP_HEADING_CUT_PATTERN = r"(?<=[；;。])\s*(?=（[一二三四五六七八九十]+）)"
#: Where a numbered item of a report's target list opens in a run without separators: after the
#: list's heading or group (年度绩效目标：1., 满意度目标1.) or after the item before it (…以上；2.).
REPORT_LIST_ITEM_OPEN_PATTERN = (r"(?:(?<=[；;:：])|(?<=(?:产出|效果|影响力|效益|满意度|成本)目标))"
                                 r"\d{1,2}[.．、](?!\d)")
REPORT_TARGET_ITEM_PATTERN = r"^(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))\s*(.+)$"
#: Headings of a report's list of year targets and the section that ends it.
REPORT_TARGET_GROUPS: tuple[str, ...] = (
    "产出目标", "效果目标", "影响力目标", "效益目标", "满意度目标", "投入和管理目标", "投入与管理目标",
    "产出指标", "效益指标", "满意度指标", "成本指标",
)
#: Title words of a report's budget execution table.
BUDGET_TABLE_WORDS: tuple[str, ...] = ("预算及执行情况", "预算执行情况", "资金使用情况")
#: Columns of a report's budget execution table (表1: 序号 | 实施内容 | 预算金额 | 实际使用 | 执行率),
#: by which the shape layer finds that table's rows in a stream of one cell per line.
REPORT_BUDGET_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "seq": ("序号",),
    "item": ("实施内容", "支出内容", "项目内容", "资金用途", "支出项目", "资金来源"),
    "initial": ("年初预算数", "年初预算"),
    "amount": ("预算金额", "预算数", "全年预算数", "调整后预算数"),
    "actual": ("实际使用", "实际支出", "执行数", "全年执行数", "实际支出数", "实际使用数", "实际执行数"),
    "rate": ("执行率", "预算执行率"),
}
#: What may stand between a score row's code and its name (``A1.项目立项``, ``B11：预算执行率``).
_SCORE_CODE_SEPARATORS = r"(?:[.．、:：]|\s)*"
#: A report's coded score row name (``A1 项目立项``, ``B11.预算执行率``): a letter and digits, then words.
SCORE_CODED_NAME_PATTERN = rf"^[A-Z]\d{{1,3}}{_SCORE_CODE_SEPARATORS}\p{{Han}}"
#: A report's coded score row (``A1 项目立项 20 18``): the code, then the rest of the row's text.
SCORE_CODED_ROW_PATTERN = rf"^(?P<code>[A-Z]\d{{1,3}}){_SCORE_CODE_SEPARATORS}(?P<rest>\S.*)$"
#: A score tree's code before a name at any level (``A决策``, ``A1.项目立项``, ``A11 立项依据充分性``):
#: read as a code only in a tree whose rows carry ``SCORE_CODED_NAME_PATTERN`` codes.
SCORE_CODE_PREFIX_PATTERN = rf"^(?P<code>[A-Z]\d{{0,3}}){_SCORE_CODE_SEPARATORS}(?=\p{{Han}})"
#: Words that never stand alone as a cell when a line is split at single blanks: a caption's 表
#: before its number (``表 1：预算及执行情况``), a score row's code before its name (``A1 项目立项``,
#: a dimension's ``A 决策``).
SPLIT_CELL_HEAD_PATTERN = r"^(?:表|[A-Z]\d{0,3}[.．、:：]?)$"
#: Row labels of a report's transposed score summary (表3: 指标 | 项目决策类 | … | 合计, then a
#: 权重 row and a 得分 row): the first cell of each row.
SCORE_SUMMARY_ROW_LABELS: dict[str, tuple[str, ...]] = {
    "dimension": ("指标", "评价指标", "一级指标"),
    "weight": ("权重", "满分"),
    "score": ("得分", "分值", "实际得分"),
}
#: Columns of a report's detail score tables (表3-1: 二级指标 | 三级指标 | 权重 | 业绩值 | 分值); in
#: them 分值 is the points earned, 权重 the points possible, and the names carry their codes
#: (``A1 项目立项``, ``A11.项目目标的适应性``), not the national level words.
REPORT_SCORE_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "item_group": ("二级指标",),
    "item": ("三级指标",),
    "weight": ("权重", "满分"),
    "actual": ("业绩值",),
    "score": ("分值", "得分"),
}
#: Captions of a form's money block (the cell beside its column words or its lines).
MONEY_BLOCK_CAPTIONS: tuple[str, ...] = ("项目资金", "资金情况", "预算执行情况")
#: A department self-evaluation's money caption, read whole when its unit follows (部门预算执行情况（万元）,
#: 重庆 部门整体绩效自评表; a bare 资金情况 after a field's 年度 stays a caption of its own).
DEPARTMENT_EXECUTION_CAPTIONS: tuple[str, ...] = ("部门预算执行情况", "年度预算执行情况")
#: Labels of a form's money block that declare its unit in brackets (年度预算申请（万元）): a caption
#: with no value of its own (项目资金/资金情况/年度预算安排 are in ``extract/forms/header``).
MONEY_UNIT_CAPTION_WORDS: tuple[str, ...] = ("年度预算申请", "预算申请", "年度资金安排", "资金安排", "年度预算")
#: Those captions as a department-wide form spells them (年度预算安排(万元) | 资金总额 | 基本支出 …), a
#: run without separators cut before them.
DEPARTMENT_MONEY_CAPTIONS: tuple[str, ...] = MONEY_UNIT_CAPTION_WORDS + ("年度预算安排",)
#: Captions of a form's header: text that ends a value but has no value of its own. Money captions
#: declare the unit. ``\x1f`` is the cell separator of a header's joined text.
#: A department-wide form's money caption written without its unit (年度预算申请), a cell of its own:
#: it ends the department's name before it (one cell per line: ``…农业农村局`` / ``年度预算申请``).
BARE_MONEY_CAPTION_WORDS: tuple[str, ...] = ("年度预算申请", "年度预算安排", "年度资金安排", "预算申请")
#: The total a department-wide money block opens with, right after its caption (a glued cut before it).
DEPARTMENT_MONEY_TOTAL_LABELS: tuple[str, ...] = ("资金总额",)
#: A money unit caption that names itself (金额单位:元): it ends the value before it on one caption line
#: (主管部门：… 金额单位:元), glued or spaced.
AMOUNT_UNIT_CAPTION_PATTERN = rf"金额单位[\s\x1f]*[:：]?[\s\x1f]*{MONEY_UNIT_PATTERN}"
HEADER_CAPTION_PATTERNS: tuple[str, ...] = (
    rf"项目资金[\s\x1f]*[（(][\s\x1f]*{MONEY_UNIT_PATTERN}[\s\x1f]*[)）]",
    rf"资金情况[\s\x1f]*[（(]{MONEY_UNIT_PATTERN}[)）]",
    r"本项目上年度市级财政资金使用情况",
    r"项目[ \u3000]*绩效[ \u3000]*目标(?!表)",
    r"(?:19|20)\d{2}[ \u3000]*年(?:度)?绩效目标(?=[\s\x1f]*(?:\n|$))",
    r"分解目标(?=[\s\x1f]*(?:\n|$))",
    r"(?:^|(?<=\n))绩效目标(?=[\s\x1f]*(?:\n|$))",       # 湖北: a caption line above the goal prose
    rf"(?:^|(?<=\n))[（(]{MONEY_UNIT_PATTERN}[)）](?=[\s\x1f]*(?:\n|$))",   # a vertical label's last line: (万元)
    rf"(?:年度[\s\x1f]*)?预算[\s\x1f]*安排[\s\x1f]*[（(]{MONEY_UNIT_PATTERN}[)）]",
    r"项目当年投入[ \u3000]*资金构成",
    AMOUNT_UNIT_CAPTION_PATTERN,
    r"(?:^|(?<=[\n\x1f]))(?:" + "|".join(BARE_MONEY_CAPTION_WORDS) + r")(?=[ \u3000]*(?:[\n\x1f]|$))",
    r"(?:" + "|".join(sorted(MONEY_UNIT_CAPTION_WORDS, key=len, reverse=True))
    + rf")[\s\x1f]*[（(]{MONEY_UNIT_PATTERN}[)）]",
)
BUDGET_TABLE_COLUMNS: tuple[str, ...] = ("预算金额", "预算数", "实际使用", "实际支出", "执行数", "执行率")

# --------------------------------------------------------------------------------------------
# Columns of indicator tables and self-evaluation money blocks (recognised by header words,
# never by position). Matching folds blanks, a leading * (required-field mark) and (A)/(B/A).
# --------------------------------------------------------------------------------------------

INDICATOR_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标", "一级目标", "评价指标"),
    "level2": ("二级指标", "二级目标", "评价内容"),
    "level3": ("三级指标", "三级目标", "指标名称", "指标内容", "绩效指标名称"),
    "operator": ("指标性质", "指标值类型"),
    "target": ("年度(/项目)指标值", "年度指标值", "年初目标值", "年初指标值", "当年预期实现值", "预期实现值", "指标目标值", "全年指标值", "预期目标值", "年度目标值",
               "指标值", "目标值", "指标值(包含数字及文字描述)"),
    "adjusted_target": ("调整指标值", "调整后指标值", "调整后目标值"),
    "unit": ("度量单位", "计量单位"),
    "actual": ("实际完成值", "全年实际完成值", "全年实际值", "全年完成值", "实际完成情况", "完成值", "实际值"),
    "weight": ("分值", "权重", "指标权重"),
    "score": ("得分", "自评得分", "评价得分", "指标得分"),
    "score_ratio": ("得分系数",),
    "core": ("是否核心指标",),
    "reason": ("偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析", "偏差原因", "原因分析",
               "未完成原因"),
    "explanation": ("指标解释", "指标说明", "绩效标准"),
    "measures": ("保障绩效目标实现措施", "保障措施"),
    "scoring_rule": ("评(扣)分标准", "评分标准", "扣分标准"),
    "direction": ("指标方向性",),
    "remark": ("备注",),
}
#: Cells of an 指标方向性 column (whether more is better).
INDICATOR_DIRECTION_WORDS: tuple[str, ...] = ("正向指标", "反向指标", "中性指标", "正向", "反向", "中性")
#: Columns of a self-evaluation's money block (年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分).
SELF_EVALUATION_MONEY_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算"),
    "amount": ("全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算数", "预算金额"),
    "actual": ("全年执行数", "预算执行数", "实际执行数", "全年实际执行数", "执行数", "实际支出数", "实际支出",
               "支出数"),
    "rate": ("预算执行率", "执行率"),
    "weight": ("分值", "权重", "执行率权重"),
    "score": ("得分", "执行率得分"),
    "reason": ("偏差原因", "扣分原因", "未完成原因", "原因"),
}
#: Lines that split 财政拨款 by kind or by level (中央/省级/市级/县级 财政资金): written under a 财政拨款 line they
#: are nested in it (its label is their parent_label); their item is fiscal_appropriation.
FISCAL_SOURCE_LABELS: tuple[str, ...] = (
    "一般公共预算拨款", "政府性基金预算拨款", "政府性基金拨款", "国有资本经营预算拨款", "国有资本经营预算",
    "上级补助资金", "本级财政资金",
    *(f"{level}{kind}" for level in ("中央", "省级", "市级", "州级", "县级", "区级")
      for kind in ("财政资金", "财政补助资金")),
)
#: The lines FISCAL_SOURCE_LABELS nest in (其中：财政拨款 …, without 其中 and unit).
FISCAL_PARENT_LABELS: tuple[str, ...] = ("财政拨款", "财政资金", "当年财政拨款", "本年财政拨款", "财政拨款资金")
#: Other funds named by their source.
OTHER_FUND_SOURCE_LABELS: tuple[str, ...] = ("自筹资金", "社会资金", "单位自有资金", "自有资金")
#: Labels of a self-evaluation's money rows (contract items come from BUDGET_ITEM_LABELS; the
#: other named sources are other_funds).
SELF_EVALUATION_MONEY_ROW_LABELS: tuple[str, ...] = (
    "年度资金总额", "资金总额", "总额", "其中:财政拨款", "其中:本年财政拨款", "其中:财政资金", "本年财政拨款",
    "当年财政拨款", "财政拨款", "财政资金", "上年结转资金", "上年结转", "财政专户管理资金", "单位资金",
    "其他资金", "财政拨款资金", "上年结转（结余）资金", "上年结转结余资金", *FISCAL_SOURCE_LABELS,
    *OTHER_FUND_SOURCE_LABELS,
)
#: The national framework's 二级 → 一级 (财预〔2020〕10号), used when a converter lost the 一级 cell.
LEVEL2_PARENT: dict[str, str] = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标",
    "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
}
#: A self-evaluation's budget block when the form gives it no name of its own.
BUDGET_BLOCK_SCORE_NAME = "预算执行率"
#: Template placeholder prefixes of indicator names (指标1:, 指标2：).
PLACEHOLDER_NAME_PREFIX = r"^指标\s*\d+\s*[:：]\s*"
#: A template's unfilled indicator slot: a numbered prefix with no name after it (``指标2:``), the
#: ``……`` row that closes each 二级 group's slots, or both run together (``指标2:……``).
EMPTY_SLOT_RUN_PATTERN = r"(?:指标\s*\d+\s*[:：]\s*)?(?:…{2,}|\.{6,})"
EMPTY_SLOT_PATTERN = EMPTY_SLOT_RUN_PATTERN + r"|指标\s*\d+\s*[:：]"
#: Rows that close a self-evaluation's indicator table with the form's total.
SELF_EVALUATION_TOTAL_WORDS: tuple[str, ...] = ("自评总分", "总分", "合计", "总计")
#: A score table's column saying why points were taken off (表2 of a report excerpt).
SCORE_DEDUCTION_WORDS: tuple[str, ...] = ("扣分原因", "扣分说明", "扣分理由", "扣分情况")
#: The national framework's scoring tree (财预〔2020〕10号, a report's 表2 and the score tables under it):
#: its level-1 dimensions, short or long, its level-2 names and its common level-3 names. In a run
#: without separators they cut a score table's cells apart (a 扣分原因 run into the next row's name).
NATIONAL_DIMENSION_NAMES: tuple[str, ...] = ("项目决策", "项目过程", "项目产出", "项目效益", "决策", "过程", "产出", "效益")
NATIONAL_LEVEL2_NAMES: tuple[str, ...] = (
    "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效", "产出成本",
    "项目效益", "实施效益", "满意度")
NATIONAL_LEVEL3_NAMES: tuple[str, ...] = (
    "立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "预算编制科学性", "资金分配合理性",
    "资金到位率", "预算执行率", "资金使用合规性", "管理制度健全性", "制度执行有效性", "实际完成率", "质量达标率",
    "完成及时性", "成本节约率", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度")
#: Columns of an evaluation's score summary (一级指标 | 分值 | 得分 | 得分率 | 扣分原因).
SCORE_SUMMARY_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标", "评价指标", "评价维度"),
    "weight": ("分值", "权重", "满分"),
    "score": ("得分", "自评得分", "评价得分"),
    "score_rate": ("得分率",),
    "deduction": SCORE_DEDUCTION_WORDS,
}
#: Phrases of an 指标说明 column that state the comparison of the row's target (达到目标值 → ≥ target).
EXPLANATION_OPERATORS: dict[str, str] = {
    "达到预计值": ">=", "达到目标值": ">=", "达到预期值": ">=", "达到计划值": ">=", "达到预期目标": ">=",
    "不低于目标值": ">=", "不超过目标值": "<=", "不高于目标值": "<=", "控制在目标值以内": "<=",
}
#: Project columns of a flat multi-project table (one row per indicator, T-SC-flat): a header row
#: with these and the indicator columns makes the table flat; each project is a form.
FLAT_PROJECT_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "reporting_unit": ("单位名称", "预算单位", "申报单位"),
    "project_name": ("项目名称",),
    "budget": ("预算数", "预算金额", "项目金额", "年度预算数", "年度预算", "资金总额"),
    "annual_goal": ("年度目标", "年度绩效目标", "项目年度目标"),
}

#: Columns of a table of several projects' evaluation results (项目名称 | 主管部门 | 预算数 | 执行数 |
#: 执行率 | 自评分数 | 自评等级): one evaluation per row.
EVALUATION_RESULT_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "seq": ("序号",),
    "project_name": ("项目名称",),
    "department": ("主管部门", "部门名称", "主管单位"),
    "reporting_unit": ("单位名称", "预算单位", "实施单位", "项目单位"),
    "amount": ("预算数", "预算金额", "项目金额", "资金总额", "全年预算数", "年度预算数", "预算安排"),
    "actual": ("执行数", "实际支出", "全年执行数", "支出数", "实际执行数"),
    "rate": ("执行率", "预算执行率"),
    "score": ("自评分数", "自评得分", "自评分", "评价得分", "评价分数", "综合得分", "得分", "分数"),
    "grade": ("自评等级", "评价等级", "绩效等级", "等级", "自评结果", "评价结果", "评价结论"),
}

# --------------------------------------------------------------------------------------------
# National indicator framework (财预〔2020〕10号 as extended by 财预〔2021〕101号: 一级 成本/产出/
# 效益/满意度 指标) — where a legacy or local 一级/二级 name lands in it
# --------------------------------------------------------------------------------------------

NATIONAL_LEVEL1: tuple[str, ...] = ("成本指标", "产出指标", "效益指标", "满意度指标")
#: The national 一级 whose targets are ceilings (成本指标: an actual at or under its target is met).
NATIONAL_COST_LEVEL = NATIONAL_LEVEL1[0]
#: Standard 一级 words of an outcome block: a satisfaction-named indicator there is 满意度.
OUTCOME_LEVEL1_STD: tuple[str, ...] = ("效果", "影响力", "效益", "满意度")
#: The national 一级 and 二级 of a satisfaction indicator (服务对象满意度指标).
SATISFACTION_NATIONAL_LEVELS: tuple[str, str] = ("满意度指标", "服务对象满意度指标")
#: Words of a 二级 name → its national dimension, in the order they are tried (成本 before 效益, so
#: 生态环境成本指标 is 成本); then the output words.
LEVEL2_DIMENSION_WORDS: tuple[tuple[str, str], ...] = (("成本", "成本"), ("满意度", "满意度"), ("效益", "效益"),
                                                       ("影响", "效益"))
LEVEL2_OUTPUT_WORDS: tuple[str, ...] = ("数量", "质量", "时效")
LEVEL2_OUTPUT_DIMENSION = "产出"
#: The national 二级 names under each 一级.
NATIONAL_LEVEL2: dict[str, tuple[str, ...]] = {
    "成本指标": ("经济成本指标", "社会成本指标", "生态环境成本指标"),
    "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
    "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
}
#: level2 as written (folded, trailing 指标/目标 removed) -> (national 一级, national 二级).
#: A 二级 name decides the 一级 too, whatever the legacy 一级 was (a 满意度 row under 效果目标 is a
#: 满意度指标). 成本 under 产出 keeps the 2020 template's place (产出指标 › 成本指标).
LEVEL2_TO_NATIONAL: dict[str, tuple[str, str]] = {
    "数量": ("产出指标", "数量指标"),
    "质量": ("产出指标", "质量指标"),
    "时效": ("产出指标", "时效指标"),
    "成本": ("产出指标", "成本指标"),
    "经济成本": ("成本指标", "经济成本指标"),
    "社会成本": ("成本指标", "社会成本指标"),
    "生态环境成本": ("成本指标", "生态环境成本指标"),
    "生态成本": ("成本指标", "生态环境成本指标"),
    "经济效益": ("效益指标", "经济效益指标"),
    "社会效益": ("效益指标", "社会效益指标"),
    "生态效益": ("效益指标", "生态效益指标"),
    "可持续影响": ("效益指标", "可持续影响指标"),
    "满意度": ("满意度指标", "服务对象满意度指标"),
    "服务对象满意度": ("满意度指标", "服务对象满意度指标"),
    "社会公众满意度": ("满意度指标", "服务对象满意度指标"),
    "群众满意度": ("满意度指标", "服务对象满意度指标"),
    # Shanghai 影响力目标's 二级: lasting effects of the project
    "长效管理": ("效益指标", "可持续影响指标"),
    "人力资源": ("效益指标", "可持续影响指标"),
    "配套设施": ("效益指标", "可持续影响指标"),
    "信息共享": ("效益指标", "可持续影响指标"),
    "档案管理": ("效益指标", "可持续影响指标"),
    "可持续": ("效益指标", "可持续影响指标"),
    "社会影响": ("效益指标", "社会效益指标"),
}
#: level1_std -> national 一级 when the 二级 does not decide. 投入与管理 (budget execution, financial
#: and asset management) and the evaluation dimensions (决策, 过程) have no national counterpart: None.
LEVEL1_STD_TO_NATIONAL: dict[str, str | None] = {
    "产出": "产出指标", "效益": "效益指标", "效果": "效益指标", "满意度": "满意度指标",
    "成本": "成本指标", "影响力": "效益指标", "投入与管理": None, "决策": None, "过程": None,
    "绩效": None,
}
#: A name containing this word is a satisfaction indicator (满意度指标 › 服务对象满意度指标) when its
#: 一级 is a legacy outcome block (效果/影响力) or missing and no 二级 says otherwise.
SATISFACTION_NAME_WORD = "满意度"
#: Column headers in Chinese for spreadsheet exports (--chinese-headers); a column without an entry
#: keeps its English name.
COLUMN_HEADERS_ZH: dict[str, str] = {
    "doc_id": "文档编号", "form_id": "表单编号", "form_index": "表单序号", "seq": "序号",
    "source_path": "文件路径", "source_format": "文件格式", "doc_kind": "文档类型", "status": "状态",
    "error": "错误", "n_pages": "页数", "n_forms": "表单数", "text_source": "文本来源",
    "encoding": "编码", "size_bytes": "文件大小(字节)", "schema_version": "数据版本",
    "fiscal_year": "年度", "project_name": "项目名称", "reporting_unit": "实施单位",
    "department": "主管部门", "project_type": "项目类型", "project_class": "项目类别",
    "performance_type": "绩效类型", "fund_use": "资金用途", "includes_procurement": "是否含政府购买服务",
    "start_date": "开始日期", "end_date": "结束日期", "overview": "项目概况", "basis": "立项依据",
    "necessity": "必要性", "overall_goal": "总目标", "annual_goal": "年度绩效目标", "title": "标题",
    "label": "标签", "value": "值", "item": "资金项目", "parent_label": "上级标签",
    "amount_yuan": "预算金额(元)", "initial_yuan": "年初预算(元)", "actual_yuan": "执行金额(元)",
    "execution_rate": "执行率(%)", "raw": "原文", "origin": "来源", "level1": "一级指标",
    "level2": "二级指标", "level3": "三级指标", "level1_std": "一级指标(规范)",
    "level1_national": "一级指标(国家框架)", "level2_national": "二级指标(国家框架)",
    "target_raw": "指标值(原文)", "operator": "比较符", "value_max": "上限", "unit": "计量单位",
    "qualitative": "定性指标值", "conditions": "条件", "actual_raw": "实际完成值(原文)",
    "actual_value": "实际完成值", "weight": "分值", "score": "得分", "page": "页码",
    "source_text": "原文行", "actual_compared": "比对的实际值", "actual_ref": "实际值出处",
    "target_met": "是否达成", "gap": "差距", "level": "层级", "code": "编号", "name": "名称",
    "parent_code": "上级编号", "group": "分组", "evaluator": "评价机构", "commissioned_by": "委托方",
    "total_score": "总分", "grade": "等级", "budget_yuan": "预算(元)", "spent_yuan": "支出(元)",
    "severity": "严重程度", "message": "说明", "context": "相关原文",
    "collection": "档案集", "reason": "原因", "modified_at": "修改时间(UTC)",
    "ingested_at": "导入时间(UTC)", "n_paths": "路径数", "form_key": "表单标识", "copy_of": "副本所属表单",
    # the export's sheet of column meanings
    "table": "表", "column": "列", "chinese": "中文名", "meaning": "含义",
}
#: Code values in Chinese for spreadsheet exports (--chinese-headers), by the keys of
#: ``pipelines.meanings.CODE_VALUES`` (their English meanings); ``issue_code`` names the issue codes.
#: Values that are Chinese already (level1_std, national levels, grades) and operators stay as they are.
CODE_VALUES_ZH: dict[str, dict[str, str]] = {
    "sources.status": {"parsed": "已解析", "unchanged": "未变化", "duplicate": "重复文件",
                       "moved": "已移动", "failed": "失败", "skipped": "已跳过"},
    "documents.status": {"ok": "正常", "partial": "部分有问题", "failed": "失败"},
    "doc_kind": {"target_form": "绩效目标表", "self_evaluation": "绩效自评表",
                 "evaluation_report": "绩效评价报告", "unknown": "未识别"},
    "source_format": {"txt": "文本", "md": "Markdown", "html": "网页", "docx": "Word文档",
                      "doc": "Word 97-2003文档", "pdf": "PDF", "xlsx": "Excel工作簿",
                      "xls": "Excel 97-2003工作簿", "zip": "压缩包"},
    "text_source": {"native": "文件文本", "text_layer": "PDF文字层", "ocr": "文字识别(OCR)",
                    "text_layer+ocr": "PDF文字层+文字识别"},
    "item": {"total_budget": "项目总预算", "current_year_budget": "当年预算",
             "prior_year_budget": "上年预算", "prior_year_spent": "上年预算执行数",
             "fiscal_appropriation": "其中：财政拨款", "carryover": "其中：上年结转资金",
             "other_funds": "其中：其他资金", "component": "明细项", "subtotal": "小计"},
    "origin": {"indicator_table": "指标表", "goal_text": "目标文字", "report_targets": "报告年度目标"},
    "actual_ref": {"row": "本行", "scores:": "评分表:"},
    "severity": {"error": "错误", "warning": "警告", "info": "提示"},
    "target_met": {"true": "是", "false": "否"},
    "includes_procurement": {"true": "是", "false": "否"},
    "issue_code": {
        "missing_field": "缺少字段", "budget_sum_mismatch": "预算合计不符",
        "budget_sources_mismatch": "资金来源合计不符", "execution_rate_mismatch": "执行率不符",
        "score_exceeds_weight": "得分超过分值", "score_sum_mismatch": "得分合计不符",
        "total_score_mismatch": "总分不符", "grade_band_mismatch": "等级与总分不符",
        "dates_reversed": "起止日期颠倒", "year_outside_dates": "年度不在起止日期内",
        "title_year_mismatch": "标题年度不符", "value_unparsed": "指标值未能解析",
        "target_not_met": "未达成目标", "money_unit_missing": "未注明金额单位",
        "money_unit_inferred": "金额单位由正文推断", "row_split_uncertain": "行拆分不确定",
        "cell_join_uncertain": "单元格按列宽拼接",
        "cost_column_sum_mismatch": "成本列合计不符", "number_repaired": "数字经核对修复",
    },
}
#: Table names in Chinese for spreadsheet sheet names (--chinese-headers).
TABLE_NAMES_ZH: dict[str, str] = {
    "sources": "输入文件", "documents": "文档", "forms": "项目表", "form_fields": "表头字段", "budget_lines": "资金",
    "indicators": "绩效指标", "scores": "评分", "evaluations": "评价", "issues": "校验问题",
    "indicator_view": "绩效指标(含项目)", "columns": "列说明",
}
