"""Free-text tagging on writers it has never seen: each held-out part's first contact, again.

Each ``heldoutN`` part was written and labelled before a round of tuning, tagged once after it,
and tuned on in the next round. This re-runs that first tagging: for each part it checks out,
in a temporary git worktree, the commit whose tagger first scored the part (``TAGGED_AT``),
tags the part's texts with that tagger in a child process, and scores them against today's
labels (some labels were corrected since, so a part's number can differ a little from the one
recorded on the day). Each old tagger also tags every later part, which it had not seen
either: the table of those scores says whether the rounds of tuning carry over to new writers
(each row a round's tagger, each column a part). Then it lists the errors by event type over
all the parts: the errors the rules made on text from new writers, which tuning on one part at
a time does not fix.

Needs the git history (a clone, not an export). Writes ``benchmarks/results/first_contact.json``
and ``.md``. Run it with::

    .venv/bin/python benchmarks/first_contact.py

About a minute per part (each old tagger builds its pipeline once; the oldest take longest).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from foresight.model.vocab import EventType
from foresight.text.evaluation import Entry, entries, score

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
# Each held-out part and the commit whose tagger scored it once, before any tuning saw it.
TAGGED_AT = {
    "heldout3": "6425951",
    "heldout4": "38f36cd",
    "heldout5": "47a3145",
    "heldout6": "5b297c5",
    "heldout7": "f798c16",
    "heldout8": "4ac9da5",
    "heldout9": "9733ae5",
    "heldout10": "352e00d",
    "heldout11": "2eb4082",
    "heldout12": "778b383",
    "heldout13": "ef39c01",
    "heldout14": "8b388ab",
    "heldout15": "67e08ca",
    "heldout16": "c71fb45",
    "heldout17": "fa124f6",
    "heldout18": "3b6f277",
    "heldout19": "d095c31",
    "heldout20": "12196ff",
    "heldout21": "8073d07",
    "heldout22": "b975714",
}
# Runs in the child process, on the old commit's source: texts and ages in, codes out.
_TAG = """
import json, sys
from foresight.text.tagger import tag_many
items = json.load(sys.stdin)
tagged = tag_many((text for text, _ in items), ages=(age for _, age in items))
json.dump([sorted(str(k.value) for k in t.event_types) for t in tagged], sys.stdout)
"""


def tag_at(commit: str, items: list[Entry], work: Path) -> list[frozenset[EventType]]:
    """The types the tagger of ``commit`` finds in each entry, in order."""
    tree = work / commit
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(tree), commit],
        check=True,
        capture_output=True,
    )
    try:
        data = json.dumps([[e.text.replace(" // ", "\n"), e.age] for e in items])
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        done = subprocess.run(
            [sys.executable, "-c", _TAG], input=data, capture_output=True, text=True, env=env
        )
        if done.returncode:
            raise SystemExit(f"the tagger of {commit} failed:\n{done.stderr[-2000:]}")
        return [frozenset(EventType(c) for c in codes) for codes in json.loads(done.stdout)]
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="held-out parts (default: all)")
    args = parser.parse_args(argv)
    order = list(TAGGED_AT)
    parts = args.parts or order
    items_of = {part: entries(part) for part in parts}
    rows: dict[str, dict[str, Any]] = {}
    unseen: dict[str, dict[str, float]] = {}  # tagger (by the part it first scored) -> part -> F1
    errors: dict[str, Counter[str]] = {"fp": Counter(), "fn": Counter()}
    with tempfile.TemporaryDirectory() as work:
        for tagger in order:
            later = [p for p in parts if order.index(p) >= order.index(tagger)]
            if not later:
                continue
            batch = [e for p in later for e in items_of[p]]
            guesses = iter(tag_at(TAGGED_AT[tagger], batch, Path(work)))
            for part in later:
                items = items_of[part]
                part_guesses = [next(guesses) for _ in items]
                o = score(items, part_guesses).overall
                unseen.setdefault(tagger, {})[part] = round(o.f1, 4)
                if part != tagger:
                    continue
                rows[part] = {
                    "commit": TAGGED_AT[part],
                    "entries": len(items),
                    **{k: getattr(o, k) for k in ("tp", "fp", "fn")},
                    **{k: round(getattr(o, k), 4) for k in ("precision", "recall", "f1")},
                }
                for item, guess in zip(items, part_guesses, strict=True):
                    errors["fp"].update(str(k) for k in guess - item.types)
                    errors["fn"].update(str(k) for k in item.types - guess)
                print(f"{part}: F1 {o.f1:.3f} (P {o.precision:.3f}, R {o.recall:.3f})", flush=True)
            print(f"tagger of {tagger} on the parts it had not seen: {unseen[tagger]}", flush=True)
    result = {
        "parts": rows,
        "unseen": unseen,
        "errors": {k: dict(c.most_common()) for k, c in errors.items()},
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "first_contact.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    (RESULTS / "first_contact.md").write_text(_markdown(result), "utf-8")
    return 0


def _markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Free-text tagging at first contact",
        "",
        "Each held-out part tagged by the tagger that first scored it, against today's labels "
        "(`benchmarks/first_contact.py`).",
        "",
        "| part | tagger of | entries | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for part, r in result["parts"].items():
        lines.append(
            f"| {part} | {r['commit']} | {r['entries']} | {r['precision']:.3f} | "
            f"{r['recall']:.3f} | {r['f1']:.3f} |"
        )
    unseen: dict[str, dict[str, float]] = result["unseen"]
    columns = list(dict.fromkeys(p for scores in unseen.values() for p in scores))
    lines += [
        "",
        "Each part as scored by every tagger that had not yet seen it: a row is the tagger that "
        "first scored its part (later rounds tuned on that part and the ones before it), a "
        "column a part; the diagonal is the first contact above.",
        "",
        "| tagger of | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
        *(
            f"| {tagger} ({TAGGED_AT[tagger]}) | "
            + " | ".join(f"{scores[p]:.3f}" if p in scores else "" for p in columns)
            + " |"
            for tagger, scores in unseen.items()
        ),
    ]
    fp, fn = result["errors"]["fp"], result["errors"]["fn"]
    worst = sorted(set(fp) | set(fn), key=lambda k: -(fp.get(k, 0) + fn.get(k, 0)))[:15]
    lines += [
        "",
        "The event types with the most errors over these parts (false positives, false negatives):",
        "",
        "| event type | FP | FN |",
        "|---|---:|---:|",
        *(f"| {k} | {fp.get(k, 0)} | {fn.get(k, 0)} |" for k in worst),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
