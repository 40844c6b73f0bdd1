"""A phrase matcher that reads template phrases without expanding them.

``patterns.toml`` writes phrases with ``{slots}`` ("{abuser} {aux} {assault} {victim}"); their
expansion runs to about a million phrases, and spaCy's ``PhraseMatcher`` needs each as a
``Doc``: tens of seconds before the first entry can be tagged. Here each written phrase is a
row of *steps*, each step the token sequences that may stand there (a literal token, or every
word of a slot, "" among them), and the steps become a small nondeterministic automaton. A
document is read from each token on through the sets of states reached, so the whole build
takes about as long as tokenizing the slot words once.

It finds what ``PhraseMatcher(vocab, attr="LOWER")`` finds for the expanded phrases: every
span whose lower-case tokens spell a phrase, with its label; the labels come in the order they
were first added, which decides a span that spells phrases of several.

>>> m = Automaton()
>>> m.add("EV|injury", [[("bruise",), ("mark",)], [("on",)], [("cheek",), ("face",)]])
>>> m.find(["small", "bruise", "on", "face"])
{'EV|injury': [(1, 4)]}
"""

from __future__ import annotations

from collections.abc import Sequence

Step = Sequence[tuple[str, ...]]  # the token sequences that may stand at one place
# How many sets of states :meth:`Automaton.find` keeps worked out (about 9,000 for the whole
# labelled set).
_KEPT_SETS = 100_000


class Automaton:
    """Labelled phrases, each a row of steps; :meth:`find` lists the spans they match."""

    def __init__(self) -> None:
        # State i: its moves (token -> next states; never changed once built, so what is
        # worked out of a set of states stays true) and the rank of the label it accepts
        # (None: not a phrase's end).
        self._moves: list[dict[str, frozenset[int]]] = []
        self._accepts: list[int | None] = []
        self._labels: list[str] = []
        self._rank: dict[str, int] = {}
        self._first: dict[str, set[int]] = {}  # the moves from the start of every phrase
        self._frozen_first: dict[str, frozenset[int]] | None = None
        self._sets: dict[frozenset[int], tuple[dict[str, frozenset[int]], list[int]]] = {}

    def add(self, label: str, steps: Sequence[Step]) -> None:
        """Add the phrases of ``steps``: every way of taking one token sequence per step (a
        row that takes only empty sequences is no phrase)."""
        rank = self._rank.setdefault(label, len(self._labels))
        if rank == len(self._labels):
            self._labels.append(label)
        moves: dict[str, set[int]] = {}
        accepts = True  # after the last step: the phrase is complete
        for step in reversed(steps):
            end = self._state(_frozen(moves), rank if accepts else None)
            before: dict[str, set[int]] = {}
            here = False
            for tokens in dict.fromkeys(step):
                if not tokens:  # an empty word: this step may be skipped
                    for token, states in moves.items():
                        before.setdefault(token, set()).update(states)
                    here = here or accepts
                    continue
                target = end
                for token in reversed(tokens[1:]):
                    target = self._state({token: frozenset((target,))}, None)
                before.setdefault(tokens[0], set()).add(target)
            moves, accepts = before, here
        for token, states in moves.items():
            self._first.setdefault(token, set()).update(states)
        self._frozen_first = None

    def _state(self, moves: dict[str, frozenset[int]], accepts: int | None) -> int:
        self._moves.append(moves)
        self._accepts.append(accepts)
        return len(self._moves) - 1

    def find(self, tokens: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        """Each label with the spans ``(start, end)`` whose tokens ``tokens[start:end]`` spell
        one of its phrases, by start then end; labels in the order first added (the order in
        which a span that spells phrases of several labels counts them)."""
        first = self._starts()
        found: dict[int, list[tuple[int, int]]] = {}
        n = len(tokens)
        for start in range(n):
            states = first.get(tokens[start])
            end = start + 1
            while states:
                moves, ranks = self._together(states)
                for rank in ranks:
                    found.setdefault(rank, []).append((start, end))
                if end == n:
                    break
                states = moves.get(tokens[end])
                end += 1
        return {self._labels[rank]: found[rank] for rank in sorted(found)}

    def _together(self, states: frozenset[int]) -> tuple[dict[str, frozenset[int]], list[int]]:
        """The moves of a set of states taken together, and the labels they accept: worked
        out the first time a document reaches the set, then kept (a set of states of the
        automaton is one state of the deterministic automaton it stands for)."""
        known = self._sets.get(states)
        if known is None:
            if len(self._sets) >= _KEPT_SETS:  # a long-running process reads much text
                self._sets.clear()
            moves: dict[str, frozenset[int]] = {}
            for state in states:
                for token, following in self._moves[state].items():
                    moves[token] = moves[token] | following if token in moves else following
            ranks = sorted({r for r in (self._accepts[s] for s in states) if r is not None})
            known = self._sets[states] = (moves, ranks)
        return known

    def _starts(self) -> dict[str, frozenset[int]]:
        if self._frozen_first is None:
            self._frozen_first = _frozen(self._first)
        return self._frozen_first


def _frozen(moves: dict[str, set[int]]) -> dict[str, frozenset[int]]:
    return {token: frozenset(states) for token, states in moves.items()}
