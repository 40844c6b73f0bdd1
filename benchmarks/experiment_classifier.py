"""An experiment for the issue owner, not part of the product or of ``make bench``: would a
small statistical classifier, trained only on the project's own labelled set, read new
writers' text better than the rule patterns alone?

The issue asks for rule patterns and no statistical model, so nothing here is shipped. This
script measures the alternative so the choice can be made on numbers. It needs scikit-learn,
which is not a dependency of Foresight: install it in a scratch environment and borrow the
project's packages, for example::

    python3.11 -m venv /tmp/exp && /tmp/exp/bin/pip install scikit-learn
    export PYTHONPATH=src:.venv/lib/python3.11/site-packages
    /tmp/exp/bin/python benchmarks/experiment_classifier.py heldout11

It takes about four minutes.

For the part named, it trains one logistic regression per event type on word (1-2) and
character (2-5) n-grams of every *other* part, nothing downloaded, and reports, on that part:
the rules alone (``foresight.text``), the classifier alone (probability >= 0.4), and a blend
(``BLEND_RULES`` x rules + (1 - ``BLEND_RULES``) x probability >= ``BLEND_THRESHOLD``). The blend's
two numbers were chosen on ``heldout10`` before ``heldout11`` was scored, so ``heldout11`` tests
them fairly only with the tagger as it stood then (commit 2eb4082): the rules have since been
tuned on ``heldout11``.
"""

from __future__ import annotations

import sys

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import MultiLabelBinarizer

from foresight.model.vocab import EventType
from foresight.text.evaluation import entries, predict, score

BLEND_RULES = 0.4
BLEND_THRESHOLD = 0.5
CLASSIFIER_THRESHOLD = 0.4


def main(argv: list[str]) -> int:
    test = argv[0] if argv else "heldout11"
    items = entries()
    train = [e for e in items if e.part != test]
    held = [e for e in items if e.part == test]
    if not held:
        print(f"no part named {test!r}", file=sys.stderr)
        return 2
    labels = MultiLabelBinarizer()
    y = labels.fit_transform([sorted(map(str, e.types)) for e in train])
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    x_train = hstack(
        [words.fit_transform(e.text for e in train), chars.fit_transform(e.text for e in train)]
    ).tocsr()
    x_held = hstack(
        [words.transform(e.text for e in held), chars.transform(e.text for e in held)]
    ).tocsr()
    probability = np.zeros((len(held), len(labels.classes_)))
    for j in range(len(labels.classes_)):
        model = LogisticRegression(C=10, max_iter=2000, class_weight="balanced")
        probability[:, j] = model.fit(x_train, y[:, j]).predict_proba(x_held)[:, 1]
    rules = predict(held)
    known = set(labels.classes_)
    ruled = labels.transform([sorted(str(t) for t in r if str(t) in known) for r in rules])
    blend = BLEND_RULES * ruled + (1 - BLEND_RULES) * probability
    for name, guesses in (
        ("rules", rules),
        ("classifier", _chosen(labels, probability >= CLASSIFIER_THRESHOLD)),
        ("blend", _chosen(labels, blend >= BLEND_THRESHOLD)),
    ):
        o = score(held, guesses).overall
        print(f"{test} {name:10s} P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    return 0


def _chosen(labels: MultiLabelBinarizer, chosen: np.ndarray) -> list[frozenset[EventType]]:
    """The event types whose column is chosen, per entry."""
    return [frozenset(EventType(labels.classes_[j]) for j in np.flatnonzero(row)) for row in chosen]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
