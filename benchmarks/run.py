"""Time Foresight: a review end to end, the checks alone, replay at scale, audit throughput.

Writes ``benchmarks/results/review.json`` and ``benchmarks/results/latest.md``. Run it with
``make bench`` or::

    .venv/bin/python benchmarks/run.py [--runs 7] [--bundle PATH] [--audit-runs 3]

On the largest synthetic bundle (or ``--bundle``):

(a) ``foresight review BUNDLE --json`` as a subprocess, the median of ``--runs`` runs after one
    warm-up run (which compiles bytecode and fills the page cache);
(b) ``foresight.checks.run_checks(case, ctx)`` on a case built beforehand: the median of 15
    calls, each on a case built afresh outside the timing (a Case keeps the replay views the
    checks ask for, so a second call on the same case would find them ready).

At scale (``foresight.synth.scale``, fixed seeds):

(c) ``run_checks`` on a 1,000-entry family (the Farrowby record with frequent everyday
    contacts), as (b);
(d) review with replay of that family end to end: ``foresight review BUNDLE --timeline --json``
    as a subprocess, as (a);
(e) audit throughput: ``foresight audit DIR --json`` over 200 small synthetic families, as a
    subprocess, the median of ``--audit-runs`` runs after a warm-up; reported in families per
    second.

Targets: under 2 s end to end, under 100 ms for the checks on the largest synthetic bundle;
under 200 ms for the checks and under 2 s for review with replay on 1,000 entries. Audit
throughput has no target. The exit status is 1 when a measurement could not be taken or a
target was missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
END_TO_END_TARGET_S = 2.0
CHECKS_TARGET_MS = 100.0
SCALED_ENTRIES = 1000
SCALED_CHECKS_TARGET_MS = 200.0
REPLAY_TARGET_S = 2.0
AUDIT_FAMILIES = 200
SCALE_SEED = 1
CHECK_SAMPLES = 15
# `foresight review` exits 0 or 1 (findings) for a review it completed; 2 is a user error.
REVIEW_COMPLETED = (0, 1)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="foresight-bench-") as tmp:
        try:
            bundle = args.bundle or _largest_synthetic_bundle(Path(tmp))
        except Exception as error:  # a missing API must still leave a readable result
            result = _result(None, _failed(error), _failed(error))
        else:
            end_to_end = _guarded(lambda: _time_end_to_end(bundle, args.runs))
            checks = _guarded(lambda: _time_checks(bundle))
            result = _result(bundle, end_to_end, checks)
        result["scale"] = _time_scale(Path(tmp), args.runs, args.audit_runs)
        result["passed"] = result["passed"] and all(
            m.get("passed") for m in result["scale"].values()
        )
    _write(result)
    print(_markdown(result))
    return 0 if result["passed"] else 1


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="end-to-end runs (default 7)")
    parser.add_argument("--bundle", type=Path, help="time this bundle instead of the synthetic")
    parser.add_argument(
        "--audit-runs", type=int, default=3, help="timed audit runs over 200 families (default 3)"
    )
    return parser.parse_args(argv)


def _largest_synthetic_bundle(out_dir: Path) -> Path:
    """Write the synthetic bundles and return the one with the most chronology entries."""
    from foresight.synth import write_bundles

    bundles = write_bundles(out_dir)
    if not bundles:
        raise RuntimeError("foresight.synth.write_bundles wrote no bundles")
    return max(bundles, key=_size)


def _size(bundle: Path) -> tuple[int, int]:
    """(entries in the bundle, bytes on disk): entries when the bundle can be read."""
    try:
        entries = len(_build_case(bundle).events())
    except Exception:
        entries = -1
    files = [bundle] if bundle.is_file() else [p for p in bundle.rglob("*") if p.is_file()]
    return entries, sum(p.stat().st_size for p in files)


def _build_case(bundle: Path) -> Any:
    from foresight.bundle import read_bundle
    from foresight.linkage import build_case

    return build_case(read_bundle(bundle))


def _time_end_to_end(
    bundle: Path, runs: int, extra: tuple[str, ...] = (), target_s: float = END_TO_END_TARGET_S
) -> dict[str, Any]:
    command = [*_foresight_command(), "review", str(bundle), "--json", *extra]
    times = _timed_runs(command, runs)
    median = statistics.median(times)
    return {
        "command": " ".join(["foresight review", bundle.name, "--json", *extra]),
        "runs_s": [round(t, 4) for t in times],
        "median_s": round(median, 4),
        "target_s": target_s,
        "passed": median < target_s,
    }


def _timed_runs(command: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` runs of ``command``, after one warm-up run."""
    _run_review(command)  # warm-up, not counted
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _run_review(command)
        times.append(time.perf_counter() - start)
    return times


def _time_scale(out_dir: Path, runs: int, audit_runs: int) -> dict[str, dict[str, Any]]:
    """(c), (d) and (e) of the module docstring, each guarded on its own."""
    try:
        from foresight.synth.scale import write_many, write_scaled

        scaled = write_scaled(out_dir / "scaled", SCALED_ENTRIES, seed=SCALE_SEED)
    except Exception as error:
        return {"scaled_checks": _failed(error), "scaled_replay": _failed(error)}
    checks = _guarded(lambda: _time_checks(scaled, SCALED_CHECKS_TARGET_MS))
    replay = _guarded(
        lambda: _time_end_to_end(scaled, runs, ("--timeline",), target_s=REPLAY_TARGET_S)
    )

    def audit() -> dict[str, Any]:
        folder = out_dir / "families"
        write_many(folder, AUDIT_FAMILIES, seed=SCALE_SEED)
        return _time_audit(folder, audit_runs)

    return {"scaled_checks": checks, "scaled_replay": replay, "audit": _guarded(audit)}


def _time_audit(folder: Path, runs: int) -> dict[str, Any]:
    command = [*_foresight_command(), "audit", str(folder), "--json"]
    times = _timed_runs(command, runs)
    median = statistics.median(times)
    return {
        "command": f"foresight audit DIR --json ({AUDIT_FAMILIES} synthetic families)",
        "families": AUDIT_FAMILIES,
        "runs_s": [round(t, 4) for t in times],
        "median_s": round(median, 4),
        "families_per_s": round(AUDIT_FAMILIES / median, 1),
        "passed": True,  # no target: throughput is reported, not judged
    }


def _foresight_command() -> list[str]:
    script = Path(sys.executable).parent / "foresight"
    if script.exists():
        return [str(script)]
    found = shutil.which("foresight")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from foresight.cli import main; sys.exit(main())"]


def _run_review(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in REVIEW_COMPLETED:
        raise RuntimeError(f"exit status {done.returncode}: {done.stderr.strip()[-500:]}")
    json.loads(done.stdout)  # the review must have produced its JSON, not just exited


def _time_checks(bundle: Path, target_ms: float = CHECKS_TARGET_MS) -> dict[str, Any]:
    from foresight.bundle import read_bundle
    from foresight.checks import CheckContext, load_settings, review_bundle, run_checks
    from foresight.linkage import build_case

    review = review_bundle(bundle)
    ctx = CheckContext(as_of=review.as_of, settings=load_settings())
    records = read_bundle(bundle)
    outcomes = run_checks(review.case, ctx)
    samples = []
    for _ in range(CHECK_SAMPLES):
        case = build_case(records)  # a Case keeps its replay views: each sample starts cold
        start = time.perf_counter()
        run_checks(case, ctx)
        samples.append(time.perf_counter() - start)
    median_ms = statistics.median(samples) * 1000
    return {
        "call": "foresight.checks.run_checks(case, ctx)",
        "as_of": review.as_of.isoformat(),
        "entries": len(review.case.events()),
        "outcomes": len(outcomes),
        "samples_ms": [round(s * 1000, 3) for s in samples],
        "median_ms": round(median_ms, 3),
        "target_ms": target_ms,
        "passed": median_ms < target_ms,
    }


def _guarded(measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return measure()
    except Exception as error:
        return _failed(error)


def _failed(error: BaseException) -> dict[str, Any]:
    detail = "".join(traceback.format_exception_only(error)).strip()
    return {"passed": False, "error": detail}


def _result(
    bundle: Path | None, end_to_end: dict[str, Any], checks: dict[str, Any]
) -> dict[str, Any]:
    return {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "bundle": bundle.name if bundle else None,
        "end_to_end": end_to_end,
        "checks": checks,
        "passed": bool(end_to_end.get("passed") and checks.get("passed")),
    }


def _machine() -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _write(result: dict[str, Any]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "review.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "latest.md").write_text(_markdown(result) + "\n")


def _markdown(result: dict[str, Any]) -> str:
    machine = result["machine"]
    e2e, checks = result["end_to_end"], result["checks"]
    rows = [
        _row("`foresight review BUNDLE --json` (subprocess)", e2e, "median_s", "s", "target_s"),
        _row("`run_checks(case, ctx)`", checks, "median_ms", "ms", "target_ms"),
    ]
    scale = result.get("scale", {})
    scaled_checks = scale.get("scaled_checks", {})
    rows += [
        _row(
            f"`run_checks` on a {SCALED_ENTRIES:,}-entry family",
            scaled_checks,
            "median_ms",
            "ms",
            "target_ms",
        ),
        _row(
            f"`foresight review --timeline --json`, {SCALED_ENTRIES:,} entries (subprocess)",
            scale.get("scaled_replay", {"error": "not run"}),
            "median_s",
            "s",
            "target_s",
        ),
        _audit_row(scale.get("audit", {"error": "not run"})),
    ]
    return "\n".join(
        [
            "# Foresight benchmark: latest run",
            "",
            f"{result['when']} on {machine['nproc']} CPUs ({machine['cpu']}), "
            f"Python {machine['python']}, {machine['platform']}.",
            f"Bundle: `{result['bundle'] or 'none written'}` (the largest synthetic family, "
            f"{checks.get('entries', '?')} entries).",
            "",
            "| measurement | median | target | result |",
            "|---|---|---|---|",
            *rows,
            "",
            "End to end and audit: median of the timed runs after one warm-up run. Checks: median "
            f"of {CHECK_SAMPLES} calls, each on a case built afresh outside the timing.",
            f"At scale: `foresight.synth.scale` with seed {SCALE_SEED}: the Farrowby record "
            f"with everyday contacts to {SCALED_ENTRIES:,} entries "
            f"({scaled_checks.get('outcomes', '?')} outcomes), and {AUDIT_FAMILIES} small "
            "families for the audit.",
            "Regenerate with `make bench`; the raw numbers are in `review.json`.",
        ]
    )


def _audit_row(measured: dict[str, Any]) -> str:
    label = f"`foresight audit DIR --json`, {AUDIT_FAMILIES} families (subprocess)"
    if "error" in measured:
        return f"| {label} | not measured: {measured['error']} | | FAIL |"
    return (
        f"| {label} | {measured['median_s']} s = {measured['families_per_s']} families/s "
        "| (none) | measured |"
    )


def _row(label: str, measured: dict[str, Any], key: str, unit: str, target_key: str) -> str:
    if "error" in measured:
        return f"| {label} | not measured: {measured['error']} | | FAIL |"
    verdict = "pass" if measured["passed"] else "FAIL"
    return f"| {label} | {measured[key]} {unit} | < {measured[target_key]} {unit} | {verdict} |"


if __name__ == "__main__":
    sys.exit(main())
