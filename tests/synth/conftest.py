"""Write the synthetic bundles once per test session: every test here reads the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.synth import write_bundles


@pytest.fixture(scope="session")
def bundles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    write_bundles(out)
    return out
