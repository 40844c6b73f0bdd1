"""The examples in the synth package's docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "foresight.synth",
    "foresight.synth.build",
    "foresight.synth.routine",
    "foresight.synth.spec",
    "foresight.synth.tables",
    "foresight.synth.writers",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
