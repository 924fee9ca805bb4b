"""Writes samples/blind/: ten hand-made documents of the LAYOUTS.md §5 families and their truth, typed
by hand here (the text and each expected row), as a stand-in for documents kept back. Not tuned to:
run `jixiao accuracy samples/blind` and report the figure.

    python scripts/make_blind_samples.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "samples" / "blind"
FF = ("fiscal_year", "project_name", "reporting_unit", "department", "project_type", "project_class",
      "performance_type", "fund_use", "includes_procurement", "start_date", "end_date")


def form(i=0, **kw):
    f = {"form_index": i, **{k: None for k in FF}, "budget_lines": [], "indicators": [], "scores": [],
         "evaluation": None}
    f.update(kw)
    return f


def ind(l1, l2, l3, std, raw, op=None, val=None, unit=None, qual=None, ar=None, av=None, w=None, s=None):
    cond = [] if op is None else [{"label": None, "operator": op, "value": val, "unit": unit}]
    return {"origin": "indicator_table", "level1": l1, "level2": l2, "level3": l3, "level1_std": std,
            "target_raw": raw, "operator": op, "value": val, "value_max": None, "unit": unit,
            "qualitative": qual, "conditions": cond, "actual_raw": ar, "actual_value": av,
            "weight": w, "score": s, "lenient": False}


def bl(item, label, amt, parent=None, initial=None, actual=None, rate=None):
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": amt,
            "initial_yuan": initial, "actual_yuan": actual, "execution_rate": rate}


def sc(level, name, w, s, parent=None, ar=None, av=None, group=None):
    return {"level": level, "code": None, "name": name, "parent_code": parent, "group": group,
            "weight": w, "actual_raw": ar, "actual_value": av, "score": s}


def ev(year, name, total, grade, budget=None, spent=None, rate=None, evaluator=None, by=None):
    return {"fiscal_year": year, "project_name": name, "evaluator": evaluator, "commissioned_by": by,
            "total_score": total, "grade": grade, "budget_yuan": budget, "spent_yuan": spent,
            "execution_rate": rate}


def write(name, text, kind, forms, notes):
    (OUT / name).write_text(text, "utf-8")
    (OUT / (name + ".expected.json")).write_text(json.dumps(
        {"doc": name, "doc_kind": kind, "notes": notes, "forms": forms}, ensure_ascii=False, indent=1) + "\n", "utf-8")


# 1. Chongqing 部门整体绩效自评表: no 一级/二级 columns, 计量单位 column, 自评总分 in the header.
write("cq_dept_selfeval_chongqing-yubei_2023.txt", """重庆市渝北区2023年度部门整体绩效自评表
部门名称\t重庆市渝北区农业农村委员会\t自评总分(分)\t96.58
年度预算执行情况(万元)\t年初预算数\t全年预算数\t全年执行数\t执行率\t执行率权重\t执行率得分
\t3260.00\t3480.50\t3312.40\t95.17%\t10\t9.52
指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重(分)\t指标得分(分)\t是否核心指标
高标准农田建设面积\t万亩\t定量\t≥2.5\t≥2.5\t2.6\t100\t20\t20\t是
农产品质量安全抽检合格率\t%\t定量\t≥98\t≥98\t98.6\t100\t15\t15\t是
动物强制免疫密度\t%\t定量\t≥90\t≥90\t87\t96.67\t15\t14.5\t否
农村人居环境整治村数\t个\t定量\t≥40\t≥40\t36\t90\t20\t18\t是
服务对象满意度\t%\t定性\t≥90\t≥90\t88\t97.78\t20\t19.56\t否
""", "self_evaluation", [form(fiscal_year=2023, project_name="重庆市渝北区农业农村委员会",
    reporting_unit="重庆市渝北区农业农村委员会", department="重庆市渝北区农业农村委员会",
    budget_lines=[bl("current_year_budget", "年度预算执行情况", "34805000.00", None, "32600000.00", "33124000.00", 95.17)],
    indicators=[ind(None, None, "高标准农田建设面积", None, "≥2.5万亩", ">=", 25000.0, "亩", ar="2.6", av=2.6, w=20.0, s=20.0),
                ind(None, None, "农产品质量安全抽检合格率", None, "≥98%", ">=", 98.0, "%", ar="98.6", av=98.6, w=15.0, s=15.0),
                ind(None, None, "动物强制免疫密度", None, "≥90%", ">=", 90.0, "%", ar="87", av=87.0, w=15.0, s=14.5),
                ind(None, None, "农村人居环境整治村数", None, "≥40个", ">=", 40.0, "个", ar="36", av=36.0, w=20.0, s=18.0),
                ind(None, None, "服务对象满意度", None, "≥90%", ">=", 90.0, "%", ar="88", av=88.0, w=20.0, s=19.56)],
    scores=[sc(0, "自评总分", 100.0, 96.58), sc(1, "执行率", 10.0, 9.52),
            sc(3, "高标准农田建设面积", 20.0, 20.0, None, "2.6", 2.6), sc(3, "农产品质量安全抽检合格率", 15.0, 15.0, None, "98.6", 98.6),
            sc(3, "动物强制免疫密度", 15.0, 14.5, None, "87", 87.0), sc(3, "农村人居环境整治村数", 20.0, 18.0, None, "36", 36.0),
            sc(3, "服务对象满意度", 20.0, 19.56, None, "88", 88.0)],
    evaluation=ev(2023, "重庆市渝北区农业农村委员会", 96.58, None, "34805000.00", "33124000.00", 95.17))],
    "Hand-made blind sample (LAYOUTS §5 Chongqing 部门整体绩效自评表): department-wide form, no 一级/二级 columns; the 年初指标值 with the 计量单位 column gives the target (operator + value + unit); 全年完成值 is the actual. 9.52+20+15+14.5+18+19.56 = 96.58 (weights 10+90 = 100); 指标性质 定量/定性 is not an operator.")

# 2. District 项目自评表: no 分值 column, 预算执行情况(20分), 年度绩效目标(80分) over 产出(60)+效益(40).
write("district_selfeval_no-weight-column_2022.txt", """项目支出绩效自评表
(2022年度)
项目名称 城区背街小巷改造提升
主管部门 某区住房和城乡建设局 实施单位 某区市政设施维护中心
项目类别 1、部门预算项目 ☑2、区直专项/市直专项 3、市对下转移支付项目
预算执行情况(万元)(20分) 年初预算数 全年预算数 全年执行数 执行率 得分(20分*执行率)
年度资金总额 600.00 600.00 600.00 1 20
年度绩效目标(80分) 三级指标 年初目标值(A) 实际完成值(B) 得分
产出指标(60分) 改造背街小巷条数 ≥30条 32条 20
改造路面面积 ≥4.5万平方米 4.8万平方米 20
工程验收合格率 100% 100% 20
效益指标(40分) 居民出行条件改善 明显改善 明显改善 20
居民满意度 ≥90% 93% 20
总分 100
""", "self_evaluation", [form(fiscal_year=2022, project_name="城区背街小巷改造提升", reporting_unit="某区市政设施维护中心",
    department="某区住房和城乡建设局",
    budget_lines=[bl("current_year_budget", "年度资金总额", "6000000.00", None, "6000000.00", "6000000.00", 100.0)],
    indicators=[ind("产出指标", None, "改造背街小巷条数", "产出", "≥30条", ">=", 30.0, "条", ar="32条", av=32.0, s=20.0),
                ind("产出指标", None, "改造路面面积", "产出", "≥4.5万平方米", ">=", 45000.0, "平方米", ar="4.8万平方米", av=48000.0, s=20.0),
                ind("产出指标", None, "工程验收合格率", "产出", "100%", "=", 100.0, "%", ar="100%", av=100.0, s=20.0),
                ind("效益指标", None, "居民出行条件改善", "效益", "明显改善", qual="明显改善", ar="明显改善", s=20.0),
                ind("效益指标", None, "居民满意度", "效益", "≥90%", ">=", 90.0, "%", ar="93%", av=93.0, s=20.0)],
    scores=[sc(0, "总分", None, 100.0), sc(1, "预算执行情况", 20.0, 20.0), sc(1, "年度绩效目标", 80.0, None),
            sc(1, "产出指标", 60.0, None), sc(1, "效益指标", 40.0, None),
            sc(3, "改造背街小巷条数", None, 20.0, "产出指标", "32条", 32.0), sc(3, "改造路面面积", None, 20.0, "产出指标", "4.8万平方米", 48000.0),
            sc(3, "工程验收合格率", None, 20.0, "产出指标", "100%", 100.0), sc(3, "居民出行条件改善", None, 20.0, "效益指标", "明显改善", None),
            sc(3, "居民满意度", None, 20.0, "效益指标", "93%", 93.0)],
    evaluation=ev(2022, "城区背街小巷改造提升", 100.0, None, "6000000.00", "6000000.00", 100.0))],
    "Hand-made blind sample (LAYOUTS §5 district 项目自评表): space-separated rows, no 分值 column (indicator weight null, 得分 kept), 执行率 printed as the fraction 1 = 100 %, inner blocks 产出(60)+效益(40) scaled to 80. 项目类别 tick boxes are not a project_type value the template states plainly: left null.")

# 3. Hunan 衔接资金 target form, one cell per paragraph, money repeated, hints left in names.
cells = ["衔接推进乡村振兴补助资金项目绩效目标申报表", "(2023年度)", "项目名称", "某村产业路硬化工程", "主管部门", "某县农业农村局",
         "实施单位", "某镇人民政府", "资金情况(万元)", "年度资金总额", "85万85万(其中中央资金60万,省级资金25万)", "其中:财政拨款", "85万",
         "其他资金", " ", "一级指标", "二级指标", "三级指标", "指标值", "备注", "产出指标", "数量指标", "硬化道路长度( ≥**公里 )", "≥3.2公里", " ",
         "质量指标", "工程验收合格率(≥**%)", "100%", " ", "时效指标", "项目完工时间", "2023年12月前", " ", "效益指标", "社会效益指标",
         "受益脱贫人口数≥**人", "≥120人", " ", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%", " "]
write("hn_xianjie_targets_paragraphs_2023.txt", "\n\n".join(cells) + "\n", "target_form", [form(fiscal_year=2023,
    project_name="某村产业路硬化工程", reporting_unit="某镇人民政府", department="某县农业农村局",
    budget_lines=[bl("current_year_budget", "年度资金总额", "850000.00"), bl("fiscal_appropriation", "其中:财政拨款", "850000.00"),
                  bl("other_funds", "其他资金", None)],
    indicators=[ind("产出指标", "数量指标", "硬化道路长度", "产出", "≥3.2公里", ">=", 3.2, "公里"),
                ind("产出指标", "质量指标", "工程验收合格率", "产出", "100%", "=", 100.0, "%"),
                ind("产出指标", "时效指标", "项目完工时间", "产出", "2023年12月前", qual="2023年12月前"),
                ind("效益指标", "社会效益指标", "受益脱贫人口数", "效益", "≥120人", ">=", 120.0, "人"),
                ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "满意度", "≥95%", ">=", 95.0, "%")])],
    "Hand-made blind sample (LAYOUTS §5 Hunan 衔接资金): one cell per paragraph, an empty cell is one space; the money cell repeats its figure ('85万85万(…)'): 850000 元; template hints ('( ≥**公里 )', '(≥**%)', '≥**人') are not part of names; a deadline target '2023年12月前' is kept as a word target.")

# 4. Anhui 衔接资金 自评表: pipe rows, ★ marks, 其中 rows, left-shifted continuation rows.
write("ah_xianjie_selfeval_pipes_2022.md", """| 衔接资金项目绩效自评表(2022年度) ||||||||
|---|---|---|---|---|---|---|---|
| 项目名称 | 某县小型农田水利设施建设 |||||||
| 主管部门 | 某县水利局 ||| 实施单位 | 某县农村饮水安全管理站 |||
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | | 300.00 | 300.00 | 307.77 | 10 | 102.59% | 10 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| 产出指标(50分) | 数量指标 | ★新建灌溉渠道长度 | ≥12公里 | 12.4公里 | 20 | 20 | |
| 其中:干渠 | ≥4公里 | 4.2公里 | | | ||
| 其中:支渠 | ≥8公里 | 8.2公里 | | | ||
| 质量指标 | 工程验收合格率 | 100% | 100% | 15 | 15 | ||
| 时效指标 | 项目完工时间 | 9月前 | 7月 | 15 | 15 | ||
| 效益指标(30分) | 社会效益指标 | *受益人口数 | ≥5000人 | 5200人 | 30 | 30 | |
| 满意度指标(10分) | 服务对象满意度指标 | 受益群众满意度 | ≥90% | — | 10 | 10 | |
| 总分 ||||| 100 | 100 | |
""", "self_evaluation", [form(fiscal_year=2022, project_name="某县小型农田水利设施建设", reporting_unit="某县农村饮水安全管理站",
    department="某县水利局",
    budget_lines=[bl("current_year_budget", "年度资金总额", "3000000.00", None, "3000000.00", "3077700.00", 102.59)],
    indicators=[ind("产出指标", "数量指标", "新建灌溉渠道长度", "产出", "≥12公里", ">=", 12.0, "公里", ar="12.4公里", av=12.4, w=20.0, s=20.0),
                ind("产出指标", "数量指标", "其中:干渠", "产出", "≥4公里", ">=", 4.0, "公里", ar="4.2公里", av=4.2),
                ind("产出指标", "数量指标", "其中:支渠", "产出", "≥8公里", ">=", 8.0, "公里", ar="8.2公里", av=8.2),
                ind("产出指标", "质量指标", "工程验收合格率", "产出", "100%", "=", 100.0, "%", ar="100%", av=100.0, w=15.0, s=15.0),
                ind("产出指标", "时效指标", "项目完工时间", "产出", "9月前", qual="9月前", ar="7月", w=15.0, s=15.0),
                ind("效益指标", "社会效益指标", "受益人口数", "效益", "≥5000人", ">=", 5000.0, "人", ar="5200人", av=5200.0, w=30.0, s=30.0),
                ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "满意度", "≥90%", ">=", 90.0, "%", ar="—", w=10.0, s=10.0)],
    scores=[sc(0, "总分", 100.0, 100.0), sc(1, "预算执行率", 10.0, 10.0), sc(1, "产出指标", 50.0, None), sc(1, "效益指标", 30.0, None),
            sc(1, "满意度指标", 10.0, None),
            sc(3, "新建灌溉渠道长度", 20.0, 20.0, "产出指标", "12.4公里", 12.4), sc(3, "工程验收合格率", 15.0, 15.0, "产出指标", "100%", 100.0),
            sc(3, "项目完工时间", 15.0, 15.0, "产出指标", "7月", None), sc(3, "受益人口数", 30.0, 30.0, "效益指标", "5200人", 5200.0),
            sc(3, "受益群众满意度", 10.0, 10.0, "满意度指标", "—", None)],
    evaluation=ev(2022, "某县小型农田水利设施建设", 100.0, None, "3000000.00", "3077700.00", 102.59))],
    "Hand-made blind sample (LAYOUTS §5 Anhui 衔接资金 自评表): markdown pipes with |||| padding, continuation rows shifted left; ★ and * core marks are not part of names; 其中 rows have target and actual but no 分值/得分 (indicators, not score rows); execution above budget (102.59 %); '—' actual = N/A.")

# 5. Anhui 部门整体支出绩效评价自评表 (score table), header cells split in two, weights in labels.
write("ah_dept_score_table_split-header_2021.txt", """某县2021年度部门整体支出绩效评价自评表
部门名称:某县民政局
一级
指标\t二级
指标\t三级指标\t分值\t自评
得分
规划 (15分)\t目标设定 (8分)\t绩效目标合理性\t4\t4
\t\t绩效指标明确性\t4\t3.5
\t预算编制 (7分)\t预算编制科学性\t7\t6
过程 (35分)\t预算执行 (20分)\t预算完成率\t10\t9.6
\t\t结转结余控制率\t10\t10
\t预算管理 (15分)\t管理制度健全性\t15\t15
产出 (30分)\t职责履行 (30分)\t重点工作完成率\t30\t28
效益 (20分)\t履职效益 (20分)\t服务对象满意度\t20\t19
合计\t\t\t100\t95.1
""", "evaluation_report", [form(fiscal_year=2021, project_name=None, department="某县民政局",
    scores=[sc(0, "合计", 100.0, 95.1), sc(1, "规划", 15.0, None), sc(2, "目标设定", 8.0, None, "规划"),
            sc(3, "绩效目标合理性", 4.0, 4.0, "目标设定"), sc(3, "绩效指标明确性", 4.0, 3.5, "目标设定"),
            sc(2, "预算编制", 7.0, None, "规划"), sc(3, "预算编制科学性", 7.0, 6.0, "预算编制"),
            sc(1, "过程", 35.0, None), sc(2, "预算执行", 20.0, None, "过程"), sc(3, "预算完成率", 10.0, 9.6, "预算执行"),
            sc(3, "结转结余控制率", 10.0, 10.0, "预算执行"), sc(2, "预算管理", 15.0, None, "过程"),
            sc(3, "管理制度健全性", 15.0, 15.0, "预算管理"), sc(1, "产出", 30.0, None), sc(2, "职责履行", 30.0, None, "产出"),
            sc(3, "重点工作完成率", 30.0, 28.0, "职责履行"), sc(1, "效益", 20.0, None), sc(2, "履职效益", 20.0, None, "效益"),
            sc(3, "服务对象满意度", 20.0, 19.0, "履职效益")],
    evaluation=ev(2021, None, 95.1, None))],
    "Hand-made blind sample (LAYOUTS §5 Anhui 部门整体支出绩效评价自评表): a score table whose header cells are split over two lines inside the cell ('一级\\n指标', '自评\\n得分' as a converter left them); weights in labels with a blank before '(15分)'; merged cells blank. 4+3.5+6+9.6+10+15+28+19 = 95.1. The department is the form's only name (project_name null).")

# 6. Chongqing 项目支出绩效目标审批表: weight ranges per 一级, a 分值 column in a target form.
write("cq_project_targets_approval_2023.txt", """重庆市项目支出绩效目标审批表
(2023年度)
项目名称\t区级机关办公用房维修改造
预算单位\t重庆市某区机关事务管理局\t业务主管部门\t重庆市某区人民政府办公室
项目分类\t资产资源类--房屋类\t建设周期\t2023年4月-2024年2月
项目总预算(万元)\t420.00\t当年年度预算(万元)\t280.00
其中:财政资金\t280.00\t其中:其它资金\t0.00
年度预算执行率\t100%\t分值\t10分
年度绩效目标(90分)
一级指标\t二级指标\t三级指标\t指标值\t分值
产出指标(40-60)分\t数量指标\t维修改造建筑面积\t≥6800平方米\t20
\t质量指标\t竣工验收合格率\t100%\t15
\t时效指标\t按期完工率\t100%\t15
成本指标(0-20)分\t经济成本指标\t单位面积改造成本\t≤410元/平方米\t10
效益指标(10-30)分\t社会效益指标\t办公条件改善程度\t显著改善\t20
满意度指标(10)分\t服务对象满意度指标\t使用单位满意度\t≥95%\t10
""", "target_form", [form(fiscal_year=2023, project_name="区级机关办公用房维修改造", reporting_unit="重庆市某区机关事务管理局",
    department="重庆市某区人民政府办公室",
    budget_lines=[bl("total_budget", "项目总预算(万元)", "4200000.00"), bl("current_year_budget", "当年年度预算(万元)", "2800000.00"),
                  bl("fiscal_appropriation", "其中:财政资金", "2800000.00"), bl("other_funds", "其中:其它资金", "0.00")],
    indicators=[ind("产出指标", "数量指标", "维修改造建筑面积", "产出", "≥6800平方米", ">=", 6800.0, "平方米", w=20.0),
                ind("产出指标", "质量指标", "竣工验收合格率", "产出", "100%", "=", 100.0, "%", w=15.0),
                ind("产出指标", "时效指标", "按期完工率", "产出", "100%", "=", 100.0, "%", w=15.0),
                ind("成本指标", "经济成本指标", "单位面积改造成本", "成本", "≤410元/平方米", "<=", 410.0, "元/平方米", w=10.0),
                ind("效益指标", "社会效益指标", "办公条件改善程度", "效益", "显著改善", qual="显著改善", w=20.0),
                ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "满意度", "≥95%", ">=", 95.0, "%", w=10.0)])],
    "Hand-made blind sample (LAYOUTS §5 Chongqing 项目支出绩效目标审批表): 预算单位 -> reporting_unit, 业务主管部门 -> department; 项目总预算 / 当年年度预算 / 其中:财政资金 / 其中:其它资金; weight RANGES per 一级 ('(40-60)分') are not weights; the 分值 column gives each indicator's weight (20+15+15+10+20+10 = 90, the 年度绩效目标 block). No scores: a target form.")

# 7. T-NAT self-evaluation arriving on one line (B5), placeholders kept.
write("nat_selfeval_one-line_2021.txt", "项目支出绩效自评表 (2021年度) 项目名称 农村饮水安全维修养护 主管部门 某县水利局 实施单位 某县供水服务中心 "
      "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 120 120 114 10 95% 9.5 其中:财政拨款 120 120 114 - 95% - "
      "上年结转资金 - - - - - - 其他资金 - - - - - - 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
      "产出指标(50分) 数量指标 指标1:维修供水管网长度 ≥15公里 16公里 25 25 指标2: …… 质量指标 指标1:供水水质达标率 ≥95% 97% 25 25 "
      "效益指标(30分) 社会效益指标 指标1:受益人口 ≥2万人 2.1万人 30 30 满意度指标(10分) 服务对象满意度指标 指标1:用水群众满意度 ≥90% 86% 10 9.56 "
      "部分村供水时段不稳定 总分 100 99.06\n",
      "self_evaluation", [form(fiscal_year=2021, project_name="农村饮水安全维修养护", reporting_unit="某县供水服务中心", department="某县水利局",
    budget_lines=[bl("current_year_budget", "年度资金总额", "1200000.00", None, "1200000.00", "1140000.00", 95.0),
                  bl("fiscal_appropriation", "其中:财政拨款", "1200000.00", None, "1200000.00", "1140000.00", 95.0),
                  bl("carryover", "上年结转资金", None), bl("other_funds", "其他资金", None)],
    indicators=[ind("产出指标", "数量指标", "维修供水管网长度", "产出", "≥15公里", ">=", 15.0, "公里", ar="16公里", av=16.0, w=25.0, s=25.0),
                ind("产出指标", "质量指标", "供水水质达标率", "产出", "≥95%", ">=", 95.0, "%", ar="97%", av=97.0, w=25.0, s=25.0),
                ind("效益指标", "社会效益指标", "受益人口", "效益", "≥2万人", ">=", 20000.0, "人", ar="2.1万人", av=21000.0, w=30.0, s=30.0),
                ind("满意度指标", "服务对象满意度指标", "用水群众满意度", "满意度", "≥90%", ">=", 90.0, "%", ar="86%", av=86.0, w=10.0, s=9.56)],
    scores=[sc(0, "总分", 100.0, 99.06), sc(1, "预算执行率", 10.0, 9.5), sc(1, "产出指标", 50.0, None),
            sc(3, "维修供水管网长度", 25.0, 25.0, "产出指标", "16公里", 16.0), sc(3, "供水水质达标率", 25.0, 25.0, "产出指标", "97%", 97.0),
            sc(1, "效益指标", 30.0, None), sc(3, "受益人口", 30.0, 30.0, "效益指标", "2.1万人", 21000.0),
            sc(1, "满意度指标", 10.0, None), sc(3, "用水群众满意度", 10.0, 9.56, "满意度指标", "86%", 86.0)],
    evaluation=ev(2021, "农村饮水安全维修养护", 99.06, None, "1200000.00", "1140000.00", 95.0))],
    "Hand-made blind sample (F7, B5): a national self-evaluation flattened to one line with single spaces; placeholders '指标1:'/'指标2:'/'……' kept (not names, the empty 指标2 is no row); the deviation text after 9.56 is the 偏差原因 cell. 9.5+25+25+30+9.56 = 99.06.")

# 8. A page of several projects' self-evaluation results.
write("results_summary_page_2022.txt", """某区2022年度项目支出绩效自评结果公开
序号\t项目名称\t主管部门\t预算金额(万元)\t自评分数\t自评等级
1\t老旧小区加装电梯补助\t某区住房和城乡建设局\t350.00\t93.5\t优
2\t社区养老服务中心运营补贴\t某区民政局\t128.60\t86\t良
3\t中小学校舍维修\t某区教育局\t560.25\t78.2\t中
""", "self_evaluation", [
    form(0, fiscal_year=2022, project_name="老旧小区加装电梯补助", department="某区住房和城乡建设局",
         budget_lines=[bl("current_year_budget", "预算金额(万元)", "3500000.00")],
         evaluation=ev(2022, "老旧小区加装电梯补助", 93.5, "优", "3500000.00")),
    form(1, fiscal_year=2022, project_name="社区养老服务中心运营补贴", department="某区民政局",
         budget_lines=[bl("current_year_budget", "预算金额(万元)", "1286000.00")],
         evaluation=ev(2022, "社区养老服务中心运营补贴", 86.0, "良", "1286000.00")),
    form(2, fiscal_year=2022, project_name="中小学校舍维修", department="某区教育局",
         budget_lines=[bl("current_year_budget", "预算金额(万元)", "5602500.00")],
         evaluation=ev(2022, "中小学校舍维修", 78.2, "中", "5602500.00"))],
    "Hand-made blind sample: a summary page of several projects' evaluation results (CONTRACT: one form per project, header fields from its row, one evaluations row each); 预算金额 is the project's year budget.")

# 9. Hunan 扶贫资金 target form, tab rows, rows with two trailing blanks for an empty 备注, yes/no target.
write("hn_fupin_targets_tabs_2020.txt", """扶贫资金绩效目标申报表
(2020年度)
项目名称\t某乡村组道路建设
主管部门\t某县扶贫开发办公室\t实施单位\t某乡人民政府
资金情况(万元)\t年度资金总额\t96.5
\t其中:财政拨款\t96.5
一级指标\t二级指标\t三级指标\t指标值\t计量单位\t备注
产出指标\t数量指标\t新建村组道路\t≥5.6\t公里\t\t
\t质量指标\t道路验收是否合格\t是\t是/否\t\t
\t成本指标\t每公里建设成本\t≤17.2\t万元\t\t
效益指标\t社会效益指标\t带动贫困人口出行\t≥860\t人\t\t
满意度指标\t服务对象满意度指标\t贫困户满意度\t≥95\t%\t\t
""", "target_form", [form(fiscal_year=2020, project_name="某乡村组道路建设", reporting_unit="某乡人民政府", department="某县扶贫开发办公室",
    budget_lines=[bl("current_year_budget", "年度资金总额", "965000.00"), bl("fiscal_appropriation", "其中:财政拨款", "965000.00")],
    indicators=[ind("产出指标", "数量指标", "新建村组道路", "产出", "≥5.6公里", ">=", 5.6, "公里"),
                ind("产出指标", "质量指标", "道路验收是否合格", "产出", "是", qual="是"),
                ind("产出指标", "成本指标", "每公里建设成本", "产出", "≤17.2万元", "<=", 172000.0, "元"),
                ind("效益指标", "社会效益指标", "带动贫困人口出行", "效益", "≥860人", ">=", 860.0, "人"),
                ind("满意度指标", "服务对象满意度指标", "贫困户满意度", "满意度", "≥95%", ">=", 95.0, "%")])],
    "Hand-made blind sample (LAYOUTS §5 Hunan 扶贫资金): tab rows, merged 一级 blank, rows ending in two blank cells (empty 备注); the target is value + 计量单位 (≤17.2 万元 -> 172000 元); a yes/no target '是' with unit '是/否' is a word target.")

# 10. Jilin-style T-NAT self-evaluation as pdftotext -layout text (columns by spaces), title spelt otherwise.
write("nat_selfeval_layout_2024.txt", """                         项目支出绩效目标自评表
                              (2024年度)
项目名称        城市公园绿地养护
主管部门        某市城市管理局                 实施单位      某市园林绿化中心
项目资金        年初预算数   全年预算数   全年执行数   分值   执行率    得分
(万元)
年度资金总额    210.00       210.00       199.50       10     95.00%    9.5
其中:财政拨款   210.00       210.00       199.50       -      95.00%    -
一级指标  二级指标        三级指标              年度指标值   实际完成值   分值   得分
产出指标  数量指标        养护绿地面积          ≥85万平方米  86万平方米   30     30
          质量指标        绿地养护达标率        ≥90%         92%          20     20
效益指标  生态效益指标    绿化覆盖率            ≥40%         40.5%        30     30
满意度    服务对象满意    市民满意度            ≥90%         91%          10     10
指标      度指标
总分                                                                      100    99.5
""", "self_evaluation", [form(fiscal_year=2024, project_name="城市公园绿地养护", reporting_unit="某市园林绿化中心", department="某市城市管理局",
    budget_lines=[bl("current_year_budget", "年度资金总额", "2100000.00", None, "2100000.00", "1995000.00", 95.0),
                  bl("fiscal_appropriation", "其中:财政拨款", "2100000.00", None, "2100000.00", "1995000.00", 95.0)],
    indicators=[ind("产出指标", "数量指标", "养护绿地面积", "产出", "≥85万平方米", ">=", 850000.0, "平方米", ar="86万平方米", av=860000.0, w=30.0, s=30.0),
                ind("产出指标", "质量指标", "绿地养护达标率", "产出", "≥90%", ">=", 90.0, "%", ar="92%", av=92.0, w=20.0, s=20.0),
                ind("效益指标", "生态效益指标", "绿化覆盖率", "效益", "≥40%", ">=", 40.0, "%", ar="40.5%", av=40.5, w=30.0, s=30.0),
                ind("满意度指标", "服务对象满意度指标", "市民满意度", "满意度", "≥90%", ">=", 90.0, "%", ar="91%", av=91.0, w=10.0, s=10.0)],
    scores=[sc(0, "总分", 100.0, 99.5), sc(1, "预算执行率", 10.0, 9.5),
            sc(3, "养护绿地面积", 30.0, 30.0, None, "86万平方米", 860000.0), sc(3, "绿地养护达标率", 20.0, 20.0, None, "92%", 92.0),
            sc(3, "绿化覆盖率", 30.0, 30.0, None, "40.5%", 40.5), sc(3, "市民满意度", 10.0, 10.0, None, "91%", 91.0)],
    evaluation=ev(2024, "城市公园绿地养护", 99.5, None, "2100000.00", "1995000.00", 95.0))],
    "Hand-made blind sample: a national self-evaluation as pdftotext -layout leaves it (columns by runs of spaces), title spelt 项目支出绩效目标自评表, cells wrapped onto a second line ('项目资金'/'(万元)', '满意度'/'指标', '服务对象满意'/'度指标'). No block weights printed: no level-1 block rows, level-3 rows have no parent. 9.5+30+20+30+10 = 99.5.")
