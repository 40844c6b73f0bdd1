"""Free-text tagging: accuracy on the project's labelled set, and throughput.

Writes ``benchmarks/results/text.json`` and ``benchmarks/results/text.md``. Run it with
``make bench`` or::

    .venv/bin/python benchmarks/bench_text.py [--runs 5]

Accuracy: precision, recall and F1 per event type and overall (micro-averaged) on each part
of the labelled set (``foresight.text.evaluation``; labelling rules in
``docs/text-labelling.md``). Every part has been tuned on (``PART_USE`` says how). Each
``heldoutN`` part was written from the labelling rules by people who never saw the patterns,
kept outside the repository while the patterns were tuned, and tagged once, after the tuning:
that first score (its first contact) is the held-out measure, and the held-out target is judged
on the newest part's (``FIRST_CONTACT``). ``benchmarks/first_contact.py`` tags every part again
with the tagger of its first contact.
Throughput: entries tagged per second on one core through ``tag_many`` (spaCy's
``nlp.pipe``), the median of ``--runs`` runs over the whole set repeated to at least 5,000
entries, after one warm-up run that builds the pipeline.
First tag: the wall-clock seconds a new Python process takes to import the tagger, build its
pipeline and tag one entry (what ``foresight tag`` or a review of a free-text bundle waits
before its first entry), the median of 3 runs.

Findings from the text: every synthetic family reviewed as coded and with its ``event_type``
cells emptied (``foresight.synth.inference``): the share of the coded findings raised again
from the text, and the findings raised only from the text (the precision gap).

Targets: held-out overall F1 >= 0.9 (``FIRST_CONTACT``); >= 2,000 entries/s; first tag under
5 s; >= 90% of findings raised again from the text. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from foresight.synth.inference import agreement
from foresight.text import tag_many
from foresight.text.evaluation import PARTS, Scores, entries, score

RESULTS = Path(__file__).resolve().parent / "results"
F1_TARGET = 0.9
TARGET_PART = "heldout22"  # the newest part
# TARGET_PART's one scoring before any tuning saw it: after round 25, at commit b975714.
FIRST_CONTACT = {"precision": 0.837, "recall": 0.725, "f1": 0.777}
FIRST_CONTACT_ROUND = 25
PART_USE = {
    "tuning": "tuned on (rounds 1-26)",
    "heldout": "held out in round 1-2, its scores watched; tuned on from round 4",
    "fresh": "held out in round 3 (F1 0.816 then); tuned on from round 4",
    "synthetic": "texts of the synthetic families, labelled in round 4; tuned on in round 5",
    "heldout3": "held out until round 5 (F1 0.819, scored once after it); tuned on in round 6",
    "heldout4": "held out until round 6 (F1 0.843, scored once after it); tuned on in round 7",
    "tuning3": "tuned on (round 7)",
    "heldout5": "held out until round 7 (F1 0.806, scored once after it); tuned on in round 8",
    "heldout6": "held out until round 8 (F1 0.857, scored once after it); tuned on in round 9",
    "heldout7": "held out until round 9 (F1 0.813, scored once after it); tuned on in round 10",
    "heldout8": "held out until round 10 (F1 0.795, scored once after it); tuned on in round 11",
    "heldout9": "held out until round 11 (F1 0.838, scored once after it); tuned on in round 12",
    "heldout10": "held out until round 12 (F1 0.818, scored once after it); tuned on in round 13",
    "heldout11": (
        "held out until round 13 (F1 0.821, scored once after it); tuned on in rounds 14 and 16"
    ),
    "heldout12": "held out until round 15 (F1 0.826, scored once after it); tuned on in round 16",
    "heldout13": "held out until round 16 (F1 0.799, scored once after it); tuned on in round 17",
    "heldout14": "held out until round 17 (F1 0.797, scored once after it); tuned on in round 18",
    "heldout15": "held out until round 18 (F1 0.766, scored once after it); tuned on in round 19",
    "heldout16": "held out until round 19 (F1 0.789, scored once after it); tuned on in round 20",
    "heldout17": "held out until round 20 (F1 0.786, scored once after it); tuned on in round 21",
    "heldout18": "held out until round 21 (F1 0.730, scored once after it); tuned on in round 22",
    "heldout19": "held out until round 22 (F1 0.767, scored once after it); tuned on in round 24",
    "heldout20": "held out until round 23 (F1 0.736, scored once after it); tuned on in round 24",
    "heldout21": "held out until round 24 (F1 0.852, scored once after it); tuned on in round 25",
    "heldout22": "held out until round 25 (F1 0.777, scored once after it); tuned on in round 26",
}
THROUGHPUT_TARGET = 2000.0
FIRST_TAG_TARGET_S = 5.0
FIRST_TAG_RUNS = 3
SAME_FINDINGS_TARGET = 0.9
MIN_ENTRIES = 5000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="throughput runs (default 5)")
    args = parser.parse_args(argv)
    accuracy = {part: _scores_data(score(entries(part))) for part in PARTS}
    rate = _throughput(args.runs)
    first_tag = _first_tag()
    with tempfile.TemporaryDirectory() as work:
        found = agreement(Path(work))
    findings = {
        "coded": len(found.coded),
        "inferred": len(found.inferred),
        "same": round(found.same, 4),
        "extra": len(found.extra),
        "precision": round(found.precision, 4),
        "extra_by_check": dict(found.extra_by_check().most_common()),
    }
    result = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "accuracy": accuracy,
        "throughput": rate,
        "first_tag": first_tag,
        "findings_from_text": findings,
        "targets": {
            "heldout_f1": F1_TARGET,
            "entries_per_second": THROUGHPUT_TARGET,
            "first_tag_s": FIRST_TAG_TARGET_S,
            "same_findings": SAME_FINDINGS_TARGET,
        },
    }
    result["first_contact"] = {"part": TARGET_PART, **FIRST_CONTACT}
    result["passed"] = (
        FIRST_CONTACT["f1"] >= F1_TARGET
        and rate["entries_per_second"] >= THROUGHPUT_TARGET
        and first_tag["median_s"] < FIRST_TAG_TARGET_S
        and findings["same"] >= SAME_FINDINGS_TARGET
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "text.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    markdown = _markdown(result)
    (RESULTS / "text.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    return 0 if result["passed"] else 1


def _scores_data(scores: Scores) -> dict[str, Any]:
    def row(s: Any) -> dict[str, Any]:
        return {
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
        }

    return {
        "entries": scores.entries,
        "overall": row(scores.overall),
        "by_type": {str(k): row(s) for k, s in scores.by_type.items()},
    }


def _throughput(runs: int) -> dict[str, Any]:
    texts = [e.text for e in entries()]
    batch = texts * -(-MIN_ENTRIES // len(texts))
    list(tag_many(texts))  # warm-up: builds the pipeline once
    rates = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        list(tag_many(batch))
        rates.append(len(batch) / (time.perf_counter() - start))
    return {
        "entries": len(batch),
        "runs": len(rates),
        "entries_per_second": round(statistics.median(rates), 1),
    }


def _first_tag() -> dict[str, Any]:
    code = "from foresight.text.tagger import tag; tag('HV visit. Small bruise L cheek.')"
    times = []
    for _ in range(FIRST_TAG_RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return {"runs_s": [round(t, 3) for t in times], "median_s": round(statistics.median(times), 3)}


def _findings_markdown(f: dict[str, Any]) -> list[str]:
    extra = ", ".join(f"{check} {n}" for check, n in f["extra_by_check"].items()) or "none"
    met = "met" if f["same"] >= SAME_FINDINGS_TARGET else "MISSED"
    return [
        "Findings with `event_type` emptied (every synthetic family, reviewed coded and blank): "
        f"{f['same']:.1%} of the {f['coded']} coded findings raised again from the text "
        f"(target {SAME_FINDINGS_TARGET:.0%}: {met}); {f['extra']} findings raised only from "
        f"the text ({f['precision']:.1%} of the {f['inferred']} raised are the coded ones). "
        f"Extra by check: {extra}.",
    ]


def _markdown(result: dict[str, Any]) -> str:
    acc = result["accuracy"]
    lines = [
        "# Free-text tagging",
        "",
        f"Run {result['when']}, Python {result['python']}.",
        "",
        "| part | entries | precision | recall | F1 | how it was used |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for part in PARTS:
        o = acc[part]["overall"]
        lines.append(
            f"| {part} | {acc[part]['entries']} | {o['precision']:.3f} | "
            f"{o['recall']:.3f} | {o['f1']:.3f} | {PART_USE.get(part, '')} |"
        )
    rate = result["throughput"]
    lines += [
        "",
        f"Throughput: {rate['entries_per_second']:,.0f} entries/s (median of "
        f"{rate['runs']} runs of {rate['entries']} entries; target "
        f"{THROUGHPUT_TARGET:,.0f}). First tag in a new process: "
        f"{result['first_tag']['median_s']:.2f} s (median of {FIRST_TAG_RUNS}; target under "
        f"{FIRST_TAG_TARGET_S:.0f} s).",
        f"Held-out F1 target {F1_TARGET}: "
        f"{'met' if FIRST_CONTACT['f1'] >= F1_TARGET else 'MISSED'}. {TARGET_PART}, the "
        f"newest part, scored F1 {FIRST_CONTACT['f1']:.3f} (precision "
        f"{FIRST_CONTACT['precision']:.3f}, recall {FIRST_CONTACT['recall']:.3f}) at its first "
        f"contact, after round {FIRST_CONTACT_ROUND} "
        f"({acc[TARGET_PART]['overall']['f1']:.3f} now).",
        "",
        *_findings_markdown(result["findings_from_text"]),
        "",
        "Per event type: precision, recall, F1 and the number of true labels (n) on the "
        "newest part, then F1 on each other part.",
        "",
        f"| event type | {TARGET_PART} P | R | F1 | n | "
        + " | ".join(f"{p} F1" for p in PARTS if p != TARGET_PART)
        + " |",
        "|---|---:|---:|---:|---:|" + "---:|" * (len(PARTS) - 1),
    ]
    kinds = sorted(set().union(*(acc[part]["by_type"] for part in PARTS)))
    for kind in kinds:
        held = acc[TARGET_PART]["by_type"].get(kind)
        cells = (
            [
                f"{held['precision']:.2f}",
                f"{held['recall']:.2f}",
                f"{held['f1']:.2f}",
                str(held["tp"] + held["fn"]),
            ]
            if held
            else ["–", "–", "–", "0"]
        )
        for part in PARTS:
            if part != TARGET_PART:
                s = acc[part]["by_type"].get(kind)
                cells.append(f"{s['f1']:.2f}" if s else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
