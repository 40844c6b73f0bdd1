"""Run the web app: migrate the database, then serve on ``host:port``.

>>> serve("127.0.0.1", 8000)    # doctest: +SKIP
"""

from __future__ import annotations

import os


def setup_django() -> None:
    """Configure Django with Foresight's settings unless the environment names others."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foresight.web.settings")
    import django

    django.setup()


def migrate() -> None:
    """Bring the database schema up to date (quietly)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Migrate, then serve the app with Django's server until interrupted.

    The app serves its own static files (WhiteNoise), so no ``collectstatic`` is needed.
    """
    setup_django()
    migrate()
    from django.core.management import call_command

    address = f"[{host}]" if ":" in host else host
    call_command("runserver", f"{address}:{port}", use_reloader=False, use_threading=True)
