"""Django settings of the Foresight web app, read from the environment.

- ``FORESIGHT_DATA_DIR`` (default ``./var/``): the SQLite database and the generated secret key.
- ``FORESIGHT_SECRET_KEY``: the secret key; else one is generated once into the data dir.
- ``FORESIGHT_DEBUG=1``: debug mode (off by default).
- ``DATABASE_URL`` (``postgres://user:password@host:port/name``): PostgreSQL instead of SQLite.
- ``FORESIGHT_ALLOWED_HOSTS``: extra host names, comma-separated.
- ``FORESIGHT_NODE_MODULES``: where npm installed GOV.UK Frontend (default: the repository's).

>>> import os; os.environ["DJANGO_SETTINGS_MODULE"] = "foresight.web.settings"  # doctest: +SKIP
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from csp.constants import NONE, SELF

PACKAGE_DIR = Path(__file__).resolve().parent
REPOSITORY_DIR = PACKAGE_DIR.parents[2]  # src/foresight/web -> the checkout


def _data_dir() -> Path:
    path = Path(os.environ.get("FORESIGHT_DATA_DIR", "var")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _secret_key(data_dir: Path) -> str:
    """The key from the environment, else one made once and kept in the data dir (0600)."""
    if key := os.environ.get("FORESIGHT_SECRET_KEY"):
        return key
    path = data_dir / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_urlsafe(50))
    return path.read_text(encoding="ascii").strip()


def database_from_url(url: str) -> dict[str, Any]:
    """A Django ``DATABASES`` entry from a ``postgres://`` (or ``sqlite:///path``) URL.

    >>> database_from_url("postgres://ann:pw@db:5433/foresight")["PORT"]
    '5433'
    """
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path[1:])}
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        raise ValueError(f"DATABASE_URL: unsupported database {parts.scheme!r}")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "foresight",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
    }


def _sqlite(data_dir: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(data_dir / "foresight.sqlite3"),
        # WAL lets readers carry on while a write is in progress; IMMEDIATE avoids the
        # "database is locked" upgrade deadlock of deferred transactions.
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        },
    }


DATA_DIR = _data_dir()
SECRET_KEY = _secret_key(DATA_DIR)
DEBUG = os.environ.get("FORESIGHT_DEBUG", "") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"] + [
    h.strip() for h in os.environ.get("FORESIGHT_ALLOWED_HOSTS", "").split(",") if h.strip()
]

_database_url = os.environ.get("DATABASE_URL", "")
DATABASES = {"default": database_from_url(_database_url) if _database_url else _sqlite(DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "foresight.store",
    "foresight.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "foresight.web.urls"
WSGI_APPLICATION = "foresight.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "family-list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

# Static files: our own, and GOV.UK Frontend straight from node_modules (no build step).
NODE_MODULES = Path(os.environ.get("FORESIGHT_NODE_MODULES", REPOSITORY_DIR / "node_modules"))
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"  # only for an optional collectstatic
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [("govuk", NODE_MODULES / "govuk-frontend" / "dist" / "govuk")]
WHITENOISE_USE_FINDERS = True  # serve from the finders: no collectstatic needed
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The largest bundle the upload form accepts.
FORESIGHT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# Security.
_https = os.environ.get("FORESIGHT_HTTPS", "") == "1"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = _https
SESSION_COOKIE_AGE = 8 * 60 * 60
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = _https
SECURE_SSL_REDIRECT = _https
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if _https else 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
