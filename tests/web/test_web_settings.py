"""Settings read from the environment: database URL, secret key kept out of the repository."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.db.utils import ConnectionHandler

from foresight.web.settings import _secret_key, _sqlite, database_from_url


def test_a_postgres_url_becomes_a_database_entry() -> None:
    entry = database_from_url("postgres://ann:p%40ss@db.example:5433/foresight")

    assert entry["ENGINE"] == "django.db.backends.postgresql"
    assert (entry["USER"], entry["PASSWORD"], entry["HOST"], entry["PORT"], entry["NAME"]) == (
        "ann",
        "p@ss",
        "db.example",
        "5433",
        "foresight",
    )


def test_an_unknown_database_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database 'mysql'"):
        database_from_url("mysql://db/x")


def test_the_secret_key_is_made_once_and_kept_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORESIGHT_SECRET_KEY", raising=False)

    first = _secret_key(tmp_path)

    assert first == _secret_key(tmp_path) and len(first) >= 50
    assert stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode) == 0o600
    monkeypatch.setenv("FORESIGHT_SECRET_KEY", "from-the-environment")
    assert _secret_key(tmp_path) == "from-the-environment"


def test_debug_is_off_and_cookies_are_http_only() -> None:
    assert settings.DEBUG is False
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    assert settings.X_FRAME_OPTIONS == "DENY"
    assert "django.contrib.auth.middleware.LoginRequiredMiddleware" in settings.MIDDLEWARE


@pytest.mark.django_db
def test_the_database_is_the_one_configured() -> None:
    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected


def test_the_default_sqlite_database_runs_in_wal_mode(
    tmp_path: Path, django_db_blocker: Any
) -> None:
    handler = ConnectionHandler({"default": _sqlite(tmp_path)})
    with django_db_blocker.unblock():
        try:
            with handler["default"].cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                assert cursor.fetchone() == ("wal",)
        finally:
            handler.close_all()
    assert (tmp_path / "foresight.sqlite3").exists()
