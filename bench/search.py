"""Search benchmark: generate a corpus of ≥ 1,000,000 indicator rows (with their forms and
documents) as Parquet laid out like `jixiao ingest` output (flat table folders, several part files), then
time `jixiao search` queries over it.

    python bench/search.py                    # 1,000,000 rows in a temporary folder
    python bench/search.py --rows 2000000 --out /tmp/corpus --keep

Prints the corpus size and, per query, the median and worst latency of a few runs in process
(DuckDB over the Parquet, connection already open), plus one end-to-end run of the real CLI.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.pipelines.corpus import connect  # noqa: E402
from jixiao.pipelines.schemas import TABLES  # noqa: E402
from jixiao.pipelines.search import SearchFilters, search  # noqa: E402

SUBJECTS = ("12345市民热线", "12315热线", "农村公路", "公益性岗位", "图书馆", "集中供水工程", "垃圾分类",
            "学生资助", "教师培训", "社区卫生服务", "老旧小区改造", "养老服务", "河道保洁", "食品抽检",
            "消防设施", "应急物资", "档案数字化", "政务服务", "疫苗接种", "文化活动")
METRICS = ("接通率", "完成率", "办结率", "满意度", "覆盖率", "合格率", "及时率", "数量", "人次", "里程",
           "验收通过率", "知晓率", "先行回复率", "故障修复时间", "平均成本", "补贴标准", "开放天数",
           "受益人口", "使用率", "达标率")
QUALIFIERS = ("", "年度", "季度", "全年", "日常", "重点", "城区", "乡镇", "专项", "平均")
LEVELS = (("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
          ("成本指标", "经济成本指标"), ("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标"),
          ("满意度指标", "服务对象满意度指标"), ("产出目标", "数量"), ("效果目标", "社会效益"),
          ("影响力目标", "长效管理"))
TARGETS = (">=90%", "≥95%", "=100%", "100%", "≤24小时", ">=1200人", "及时", "健全", "≥300天", "<=850元")
DEPARTMENTS = tuple(f"{d}局" for d in ("市场监督管理", "教育", "民政", "人力资源和社会保障", "交通运输",
                                        "文化和旅游", "水务", "卫生健康", "应急管理", "生态环境"))
KINDS = ("target_form", "self_evaluation", "evaluation_report")
YEARS = np.arange(2018, 2026)
INDICATORS_PER_FORM = 12


def _typos(rng: np.random.Generator, names: np.ndarray, share: float) -> np.ndarray:
    """Replace one character in a share of the names (the near spellings search must find)."""
    out = names.copy()
    pick = rng.random(len(names)) < share
    for i in np.flatnonzero(pick):
        s = out[i]
        j = int(rng.integers(len(s)))
        out[i] = s[:j] + "能" + s[j + 1:]
    return out


def generate(out: Path, n_rows: int, seed: int = 7) -> dict[str, int]:
    rng = np.random.default_rng(seed)
    n_forms = -(-n_rows // INDICATORS_PER_FORM)
    doc_ids = np.array([f"{i:016x}" for i in range(n_forms)], dtype=object)
    form_ids = np.array([f"{d}:0" for d in doc_ids], dtype=object)
    years = rng.choice(YEARS, n_forms)
    kinds = rng.choice(np.array(KINDS, dtype=object), n_forms, p=[0.6, 0.35, 0.05])
    subjects = rng.choice(np.array(SUBJECTS, dtype=object), n_forms)
    projects = np.array([f"{s}项目{i % 997}" for i, s in enumerate(subjects)], dtype=object)
    departments = rng.choice(np.array(DEPARTMENTS, dtype=object), n_forms)
    documents = {"doc_id": doc_ids, "source_path": np.array([f"archive/{y}/{d}.pdf" for y, d in
                                                            zip(years, doc_ids)], dtype=object),
                 "source_format": np.full(n_forms, "pdf", dtype=object), "doc_kind": kinds,
                 "status": np.full(n_forms, "ok", dtype=object), "n_forms": np.ones(n_forms, np.int32)}
    forms = {"form_id": form_ids, "doc_id": doc_ids, "form_index": np.zeros(n_forms, np.int32),
             "doc_kind": kinds, "fiscal_year": years.astype(np.int32), "project_name": projects,
             "department": departments, "reporting_unit": np.array([f"{d}{s}中心" for d, s in
                                                                    zip(departments, subjects)], dtype=object)}
    form_of_row = np.repeat(np.arange(n_forms), INDICATORS_PER_FORM)[:n_rows]
    metric = rng.choice(np.array(METRICS, dtype=object), n_rows)
    qualifier = rng.choice(np.array(QUALIFIERS, dtype=object), n_rows)
    batch = np.where(rng.random(n_rows) < 0.5, rng.integers(1, 300, n_rows), 0)
    names = np.array([f"{s}第{b}批{q}{m}" if b else f"{s}{q}{m}"
                      for s, q, m, b in zip(subjects[form_of_row], qualifier, metric, batch)], dtype=object)
    names = _typos(rng, names, 0.002)
    level = rng.integers(len(LEVELS), size=n_rows)
    target = rng.choice(np.array(TARGETS, dtype=object), n_rows)
    actual = np.where(rng.random(n_rows) < 0.4, rng.uniform(70, 100, n_rows).round(2), np.nan)
    indicators = {
        "form_id": form_ids[form_of_row], "doc_id": doc_ids[form_of_row],
        "seq": (np.arange(n_rows) % INDICATORS_PER_FORM).astype(np.int32),
        "origin": np.full(n_rows, "indicator_table", dtype=object),
        "level1": np.array([LEVELS[i][0] for i in level], dtype=object),
        "level2": np.array([LEVELS[i][1] for i in level], dtype=object), "level3": names,
        "target_raw": target, "actual_value": actual,
        "actual_raw": np.array([None if np.isnan(a) else f"{a}%" for a in actual], dtype=object),
        "page": rng.integers(1, 12, n_rows).astype(np.int32),
        "fiscal_year": years[form_of_row].astype(np.int32),
    }
    del indicators["fiscal_year"]                 # the year is a column of forms only (schema 1.3.0)
    for table, columns in (("documents", documents), ("forms", forms), ("indicators", indicators)):
        schema = TABLES[table]
        arrays = [pa.array(columns[f.name], type=f.type, from_pandas=True) if f.name in columns
                  else pa.nulls(len(next(iter(columns.values()))), f.type) for f in schema]
        arrow = pa.Table.from_arrays(arrays, schema=schema)
        ds.write_dataset(arrow, out / table, format="parquet", basename_template="part-{i}.parquet",
                         max_rows_per_file=len(arrow) // 8 + 1, max_rows_per_group=len(arrow) // 8 + 1)
    return {"documents": n_forms, "forms": n_forms, "indicators": n_rows,
            "distinct_names": len(set(names))}


QUERIES: tuple[tuple[str, str, SearchFilters, bool, int | None], ...] = (
    ("接通率 (substring + near, first 50)", "接通率", SearchFilters(), True, 50),
    ("接能率 (near spelling, first 50)", "接能率", SearchFilters(), True, 50),
    ("接通率 --exact (first 50)", "接通率", SearchFilters(), False, 50),
    ("满意度 --year 2021 --level1 满意度 (all)", "满意度", SearchFilters(year=2021, level1="满意度"), True, None),
    ("热线接通率 --department 市场监督管理 --kind self_evaluation (all)", "热线接通率",
     SearchFilters(department="市场监督管理", kind="self_evaluation"), True, None),
    ("接通率 (all matches)", "接通率", SearchFilters(), True, None),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=None, help="Folder for the corpus (default: temporary).")
    parser.add_argument("--keep", action="store_true", help="Keep the generated corpus.")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="jixiao-bench-search-"))
    if out.exists():
        shutil.rmtree(out)
    try:
        started = time.perf_counter()
        sizes = generate(out, args.rows)
        print(f"corpus: {sizes['indicators']:,} indicator rows, {sizes['forms']:,} forms, "
              f"{sizes['documents']:,} documents, {sizes['distinct_names']:,} distinct indicator names; "
              f"generated in {time.perf_counter() - started:.1f} s → {out}")
        once, every = connect(out), connect(out, every_copy=True)
        table = Table(title=f"search latency over {sizes['indicators']:,} indicator rows "
                            f"({args.repeat} runs each after a warm-up)")
        for column in ("query", "results", "median ms", "max ms", "--every-copy median ms"):
            table.add_column(column, justify="left" if column == "query" else "right")
        for label, text, filters, fuzzy, limit in QUERIES:
            medians, n = [], 0
            for con in (once, every):                # each form once (default), every copy
                search(con, text, filters, limit, fuzzy)           # warm-up: file metadata, caches
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    n = len(search(con, text, filters, limit, fuzzy))
                    times.append((time.perf_counter() - t) * 1000)
                medians.append((statistics.median(times), max(times)))
            table.add_row(label, f"{n:,}", f"{medians[0][0]:.0f}", f"{medians[0][1]:.0f}",
                          f"{medians[1][0]:.0f}")
        Console(width=120).print(table)
        exe = Path(sys.executable).with_name("jixiao")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "jixiao.pipelines.cli"]
        t = time.perf_counter()
        proc = subprocess.run(cmd + ["search", "接通率", "--data", str(out), "--format", "csv"],
                              capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t
        print(f"CLI end to end (process start, open, query, print): `jixiao search 接通率 --format csv` "
              f"{wall * 1000:.0f} ms, exit {proc.returncode}, {proc.stdout.count(chr(10)) - 1} rows")
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
