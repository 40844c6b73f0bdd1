"""The ``foresight`` command: review a bundle, write synthetic bundles, run the web app.

Any :class:`~foresight.errors.ForesightError` becomes one line on standard error and exit
status 2, never a traceback. Django is imported only by ``serve`` and ``demo``.

    $ foresight review family.xlsx --as-of 2012-03-01 --out report.html
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import click

from foresight import __version__
from foresight.errors import ForesightError

if TYPE_CHECKING:
    from foresight.checks import Review

# A bundle bigger than this may take a moment to read: show a status while it does.
LARGE_BUNDLE_BYTES = 512 * 1024
OUT_FORMATS = {".html": "html", ".htm": "html", ".json": "json"}
DEMO_BUNDLES = Path("demo-bundles")

T = TypeVar("T")


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """Read a ``YYYY-MM-DD`` option; anything else is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date written as YYYY-MM-DD (e.g. 2012-03-01)"
        ) from None


def fail(message: str) -> NoReturn:
    """Print one line on standard error and stop with exit status 2."""
    click.echo(f"foresight: {' '.join(str(message).split())}", err=True)
    sys.exit(2)


def guarded(func: Callable[[], T]) -> T:
    """Run ``func``; a user-facing error becomes one line and exit status 2."""
    try:
        return func()
    except ForesightError as error:
        fail(str(error) or type(error).__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="foresight")
def main() -> None:
    """Foresight: the learning of serious case reviews, checked on multi-agency records."""


@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the review as JSON on stdout.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the full report to FILE: .html (one self-contained page) or .json.",
)
@click.option(
    "--as-of",
    metavar="YYYY-MM-DD",
    callback=iso_date,
    help="Review as the record stood on this day (default: today).",
)
@click.option(
    "--settings",
    "settings_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A partnership's settings file (TOML) overriding the default thresholds.",
)
def review(
    bundle: Path,
    as_json: bool,
    out: Path | None,
    as_of: dt.date | None,
    settings_file: Path | None,
) -> None:
    """Read BUNDLE (.xlsx, .zip or folder), link, check and report, with no database."""
    if out is not None and out.suffix.lower() not in OUT_FORMATS:
        raise click.BadParameter("the report file must end in .html or .json", param_hint="--out")
    if not bundle.exists():
        fail(f"no such bundle: {bundle} (give a .xlsx or .zip file, or a folder of CSV files)")
    if settings_file is not None and not settings_file.is_file():
        fail(f"no such settings file: {settings_file}")
    result = guarded(lambda: _review(bundle, as_of, settings_file))
    guarded(lambda: _emit(result, as_json, out))


def _review(bundle: Path, as_of: dt.date | None, settings_file: Path | None) -> Review:
    from foresight.checks import load_settings, review_bundle

    settings = load_settings(settings_file) if settings_file is not None else None
    with _status(f"Reviewing {bundle.name}", _size(bundle)):
        return review_bundle(bundle, as_of=as_of, settings=settings)


def _emit(result: Review, as_json: bool, out: Path | None) -> None:
    from foresight.reports import build_report, html_of_report, json_of_report, text_of_report

    report = build_report(result)
    if as_json:
        click.echo(json.dumps(json_of_report(report), indent=2, ensure_ascii=False))
    else:
        click.echo(text_of_report(report), nl=False)
    if out is not None:
        if OUT_FORMATS[out.suffix.lower()] == "html":
            content = html_of_report(report)
        else:
            content = json.dumps(json_of_report(report), indent=2, ensure_ascii=False) + "\n"
        try:
            out.write_text(content, encoding="utf-8")
        except OSError as error:
            fail(f"cannot write {out}: {error.strerror or error}")
        click.echo(f"Wrote {out}", err=True)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


@contextmanager
def _status(message: str, size: int) -> Iterator[None]:
    """A spinner on standard error for a large bundle, only when it is a terminal."""
    if size < LARGE_BUNDLE_BYTES or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


@main.command()
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write the synthetic bundles into (created if need be).",
)
def synth(out_dir: Path) -> None:
    """Write the synthetic bundles (invented families) into a folder."""
    paths = guarded(lambda: _synth(out_dir))
    click.echo(f"Wrote {len(paths)} synthetic bundles to {out_dir}:")
    for path in paths:
        click.echo(f"  {path}")


def _synth(out_dir: Path) -> list[Path]:
    from foresight.synth import write_bundles

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        fail(f"cannot create {out_dir}: {error.strerror or error}")
    return write_bundles(out_dir)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(host: str, port: int) -> None:
    """Run the web app."""
    from foresight.web.server import serve as run_server

    guarded(lambda: run_server(host=host, port=port))


@main.command()
@click.option(
    "--bundles",
    "bundles_dir",
    default=DEMO_BUNDLES,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the synthetic bundles the demo imports.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-serve", is_flag=True, help="Prepare the demo but do not start the server.")
def demo(bundles_dir: Path, host: str, port: int, no_serve: bool) -> None:
    """Synthetic bundles, a demo login and the web app, in one go."""
    paths = guarded(lambda: _synth(bundles_dir))
    click.echo(f"Wrote {len(paths)} synthetic bundles to {bundles_dir}")
    from foresight.web.demo import prepare_demo

    username, password = guarded(lambda: prepare_demo(bundles_dir))
    url = f"http://{host}:{port}/"
    click.echo("")
    click.echo("Foresight demo is ready.")
    click.echo(f"  Open:     {url}")
    click.echo(f"  Username: {username}")
    click.echo(f"  Password: {password}")
    click.echo("")
    if no_serve:
        click.echo("Not serving (--no-serve). Start it later with: foresight serve")
        return
    from foresight.web.server import serve as run_server

    guarded(lambda: run_server(host=host, port=port))
