"""Shared fixtures for the merged chronology: the long-term family, read and linked once."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.bundle import read_bundle
from foresight.linkage import build_case
from foresight.model.case import Case
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.writers import write_family


@pytest.fixture(scope="session")
def long_term_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_family(LONG_TERM_MULTI_AGENCY, tmp_path_factory.mktemp("chronology"))


@pytest.fixture(scope="session")
def long_term_case(long_term_path: Path) -> Case:
    return build_case(read_bundle(long_term_path))
