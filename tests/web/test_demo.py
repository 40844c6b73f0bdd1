"""The demo: a team, a user with a fresh password each run, and one family per bundle."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import authenticate

from foresight.store.bundles import load_bundle
from foresight.store.models import Family, Team
from foresight.web import server
from foresight.web.demo import DEMO_TEAM, bundle_paths, prepare_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def bundles_dir(tmp_path: Path, injury_xlsx: Path) -> Path:
    folder = tmp_path / "bundles"
    folder.mkdir()
    shutil.copy(injury_xlsx, folder / "family-a.xlsx")
    shutil.copy(injury_xlsx, folder / "family-b.xlsx")
    (folder / "broken.zip").write_bytes(b"not a zip at all")
    (folder / "notes.txt").write_text("not a bundle")
    (folder / "~$family-a.xlsx").write_bytes(b"an Excel lock file")
    return folder


def test_bundle_paths_lists_bundles_only(bundles_dir: Path) -> None:
    names = [p.name for p in bundle_paths(bundles_dir)]

    assert names == ["broken.zip", "family-a.xlsx", "family-b.xlsx"]


def test_prepare_demo_makes_a_user_who_sees_every_bundle(bundles_dir: Path) -> None:
    username, password = prepare_demo(bundles_dir)

    user = authenticate(username=username, password=password)
    assert user is not None and username == "demo"
    team = Team.objects.get(name=DEMO_TEAM)
    assert list(team.members.all()) == [user]
    families = Family.objects.filter(team=team)
    assert sorted(f.name for f in families) == ["family-a", "family-b"]  # broken.zip skipped
    assert all(load_bundle(f).events for f in families)


def test_running_the_demo_again_is_idempotent_with_a_new_password(bundles_dir: Path) -> None:
    _, first = prepare_demo(bundles_dir)
    username, second = prepare_demo(bundles_dir)

    assert first != second
    assert authenticate(username=username, password=first) is None
    assert authenticate(username=username, password=second) is not None
    assert Family.objects.count() == 2 and Team.objects.count() == 1


def test_serve_migrates_then_runs_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_call_command(name: str, *args: Any, **options: Any) -> None:
        calls.append((name, args, options))

    monkeypatch.setattr("django.core.management.call_command", fake_call_command)

    server.serve("127.0.0.1", 8123)

    assert [c[0] for c in calls] == ["migrate", "runserver"]
    assert calls[1][1] == ("127.0.0.1:8123",)
    assert calls[1][2]["use_reloader"] is False
