"""A demo: a team, a ``demo`` user with a fresh password, and every bundle of a folder.

>>> username, password = prepare_demo(Path("var/bundles"))    # doctest: +SKIP
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from foresight.web.server import migrate, setup_django

DEMO_TEAM = "Demo partnership"
DEMO_USER = "demo"
BUNDLE_SUFFIXES = (".xlsx", ".zip")

log = logging.getLogger(__name__)


def bundle_paths(folder: Path) -> list[Path]:
    """The bundles in ``folder``: workbooks, zips and folders of CSV tables, by name."""
    return [
        path
        for path in sorted(folder.iterdir())
        if not path.name.startswith((".", "~$")) and _is_bundle(path)
    ]


def _is_bundle(path: Path) -> bool:
    if path.is_file():
        return path.suffix.lower() in BUNDLE_SUFFIXES
    return path.is_dir() and any(p.suffix.lower() == ".csv" for p in path.iterdir())


def prepare_demo(bundles_dir: Path) -> tuple[str, str]:
    """Migrate; make the demo team and user (a new random password each time); import bundles.

    Each bundle replaces the team's family of the same name, so running it again leaves one
    family per bundle. A bundle that cannot be opened is logged and skipped. Returns the
    username and the new password.
    """
    setup_django()
    migrate()
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from foresight.bundle import read_bundle
    from foresight.errors import ForesightError
    from foresight.store.bundles import import_bundle
    from foresight.store.models import Family, Team

    password = secrets.token_urlsafe(12)
    with transaction.atomic():
        team, _ = Team.objects.get_or_create(name=DEMO_TEAM)
        user, _ = get_user_model()._default_manager.get_or_create(username=DEMO_USER)
        user.set_password(password)
        user.save()
        team.members.add(user)
    for path in bundle_paths(bundles_dir):
        try:
            bundle = read_bundle(path)
        except ForesightError as error:
            log.warning("skipped %s: %s", path.name, error)
            continue
        name = path.stem if path.is_file() else path.name
        with transaction.atomic():
            Family.objects.filter(team=team, name=name).delete()
            import_bundle(bundle, team=team, user=user, name=name, filename=path.name)
    return DEMO_USER, password
