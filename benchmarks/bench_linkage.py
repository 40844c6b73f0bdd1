"""Benchmark of ``foresight link``: accuracy on labelled people, then time and memory at scale.

Pairwise precision, recall and F1 of the clusters (two rows are a pair when they share a
cluster) on ``../shared/fixtures/linkage/fake_1000.csv`` and on people from
:mod:`foresight.synth.people_generator`, next to a deterministic baseline (exact name and
date of birth, or exact email) measured in the same run. Each ``foresight link`` runs in its
own process, so its wall time and peak memory (``RUSAGE_CHILDREN``, which counts DuckDB's
memory too) are its own.

    $ python benchmarks/bench_linkage.py                 # everything (1,000,000 takes minutes)
    $ python benchmarks/bench_linkage.py --sizes 20000   # accuracy only, quick
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from foresight.linkage.probabilistic import (  # noqa: E402
    DEFAULT_THRESHOLD,
    recognise_columns,
)
from foresight.synth.people_generator import write_people_csv  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "linkage" / "fake_1000.csv"
RESULTS = ROOT / "benchmarks" / "results"
SIZES = (20_000, 100_000, 1_000_000)
SWEEP = (0.5, 0.8, 0.9, 0.95, 0.99)
TARGETS = {"fake_1000": 0.96, "20000": 0.97, "1000000": 0.95}
# At 1,000,000 records: the whole `foresight link` in under 2 minutes and 4 GB.
LARGE_LIMITS = {"seconds": 120.0, "peak_mb": 4096.0}


def pairs(labels: list[object]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def scores(truth: list[str], predicted: list[str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of ``predicted`` clusters against ``truth``."""
    both = pairs(list(zip(truth, predicted, strict=True)))
    found, real = pairs(list(predicted)), pairs(list(truth))
    precision = both / found if found else 1.0
    recall = both / real if real else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def baseline(rows: list[dict[str, str]], id_column: str) -> list[str]:
    """Exact (case-folded) given name, family name and date of birth, or exact email."""
    cols = recognise_columns(list(rows[0]), id_column)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, ...], int] = {}
    for i, row in enumerate(rows):
        name_dob = tuple(
            row.get(cols.get(k, ""), "").strip().lower()
            for k in ("given_name", "family_name", "dob")
        )
        email = row.get(cols.get("email", ""), "").strip().lower()
        keys = [("n", *name_dob)] if all(name_dob) else []
        keys += [("e", email)] if email else []
        for key in keys:
            j = seen.setdefault(key, i)
            parent[find(i)] = find(j)
    return [str(find(i)) for i in range(len(rows))]


def run_link(path: Path, id_column: str, out: Path, threshold: float) -> dict[str, float]:
    """Run ``foresight link`` in a child process: wall seconds and its peak RSS in MB."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    command = [
        sys.executable, "-c", "from foresight.cli import main; main()", "link", str(path),
        "--id-column", id_column, "--out", str(out), "--threshold", str(threshold),
    ]  # fmt: skip
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *command], capture_output=True, text=True, env=env
    )
    if done.returncode:
        raise SystemExit(f"foresight link failed on {path}:\n{done.stderr}")
    seconds, max_rss_kb = done.stdout.split()
    return {"seconds": round(float(seconds), 1), "peak_mb": round(int(max_rss_kb) / 1024)}


def measure(
    path: Path, id_column: str, truth_column: str, thresholds: tuple[float, ...]
) -> dict[str, object]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    truth = [row[truth_column] for row in rows]
    result: dict[str, object] = {"records": len(rows), "true_pairs": pairs(list(truth))}
    start = time.perf_counter()
    result["baseline"] = scores(truth, baseline(rows, id_column))
    result["baseline_seconds"] = round(time.perf_counter() - start, 1)
    sweep = {}
    for threshold in thresholds:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "clusters.csv"
            run = run_link(path, id_column, out, threshold)
            with out.open(newline="", encoding="utf-8") as handle:
                cluster = {r["id"]: r["cluster"] for r in csv.DictReader(handle)}
        sweep[str(threshold)] = {**scores(truth, [cluster[r[id_column]] for r in rows]), **run}
        print(f"  {path.name} threshold {threshold}: {sweep[str(threshold)]}", flush=True)
    result["foresight"] = sweep
    return result


def missed_targets(datasets: dict[str, object]) -> list[str]:
    """Each target the run missed, in words (F1 at the default threshold, time, memory)."""
    missed = []
    for name, target in TARGETS.items():
        data = datasets.get(name)
        if isinstance(data, dict):
            f1 = data["foresight"][str(DEFAULT_THRESHOLD)]["f1"]
            if f1 < target:
                missed.append(f"{name}: F1 {f1} < {target}")
    large = datasets.get("1000000")
    if isinstance(large, dict):
        run = large["foresight"][str(DEFAULT_THRESHOLD)]
        for key, limit in LARGE_LIMITS.items():
            if run[key] >= limit:
                missed.append(f"1,000,000 records: {key} {run[key]} >= {limit}")
    return missed


def markdown(report: dict[str, object]) -> str:
    lines = [
        "# Linkage benchmark (`foresight link`)",
        "",
        f"Machine: {report['machine']}. Default threshold {DEFAULT_THRESHOLD}. Pairwise scores: a",
        "pair is two rows in one cluster. Baseline: exact given name, family name and date of",
        "birth, or exact email. Time and peak memory are the whole `foresight link` process",
        "(reading, training, prediction, clustering, writing), measured with RUSAGE_CHILDREN.",
        "",
        "| data | records | threshold | precision | recall | F1 | target F1 | baseline P / R / F1 "
        "| seconds | peak MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    datasets = report["datasets"]
    assert isinstance(datasets, dict)
    for name, data in datasets.items():
        base = data["baseline"]
        for threshold, run in data["foresight"].items():
            target = TARGETS.get(name, "")
            lines.append(
                f"| {name} | {data['records']:,} | {threshold} | {run['precision']} | "
                f"{run['recall']} | {run['f1']} | {target} | {base['precision']} / "
                f"{base['recall']} / {base['f1']} | "
                f"{run['seconds']} | {run['peak_mb']} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    datasets: dict[str, object] = {}
    if FIXTURE.is_file():
        datasets["fake_1000"] = measure(FIXTURE, "unique_id", "cluster", SWEEP)
    else:
        print(f"note: {FIXTURE} is absent; the fake_1000 comparison is skipped", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"people_{size}.csv"
            write_people_csv(path, size, seed=size)
            thresholds = SWEEP if size <= 20_000 else (DEFAULT_THRESHOLD,)
            datasets[str(size)] = measure(path, "person_id", "cluster", thresholds)
            path.unlink()
    report: dict[str, object] = {
        "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
        f"Python {platform.python_version()}",
        "default_threshold": DEFAULT_THRESHOLD,
        "datasets": datasets,
    }
    missed = missed_targets(datasets)
    report["missed"] = missed
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "linkage.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "linkage.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    if missed:
        print("Targets missed: " + "; ".join(missed), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
