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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from foresight import __version__
from foresight.errors import ForesightError

if TYPE_CHECKING:
    from foresight.checks import Review
    from foresight.checks.audit import Audit

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


settings_option = click.option(
    "--settings",
    "settings_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A partnership's settings file (TOML) overriding the default thresholds.",
)


def as_of_option(doing: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--as-of YYYY-MM-DD``: replay what was knowable on a day."""
    return click.option(
        "--as-of",
        metavar="YYYY-MM-DD",
        callback=iso_date,
        help=f"{doing} as the record stood on this day (default: today).",
    )


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
@as_of_option("Review")
@settings_option
@click.option(
    "--timeline",
    is_flag=True,
    help="Print the findings in first-date order (the missed opportunities); with --json, "
    "add a 'timeline' key to the review's JSON.",
)
def review(
    bundle: Path,
    as_json: bool,
    out: Path | None,
    as_of: dt.date | None,
    settings_file: Path | None,
    timeline: bool,
) -> None:
    """Read BUNDLE (.xlsx, .zip or folder), link, check and report, with no database."""
    if out is not None and out.suffix.lower() not in OUT_FORMATS:
        raise click.BadParameter("the report file must end in .html or .json", param_hint="--out")
    if not bundle.exists():
        fail(f"no such bundle: {bundle} (give a .xlsx or .zip file, or a folder of CSV files)")
    if settings_file is not None and not settings_file.is_file():
        fail(f"no such settings file: {settings_file}")
    result = guarded(lambda: _review(bundle, as_of, settings_file))
    guarded(lambda: _emit(result, as_json, out, timeline))


def _review(bundle: Path, as_of: dt.date | None, settings_file: Path | None) -> Review:
    from foresight.checks import load_settings, review_bundle

    settings = load_settings(settings_file) if settings_file is not None else None
    with _status(f"Reviewing {bundle.name}", _size(bundle)):
        return review_bundle(bundle, as_of=as_of, settings=settings)


def _emit(result: Review, as_json: bool, out: Path | None, timeline: bool = False) -> None:
    from foresight.reports import build_report, html_of_report, json_of_report, text_of_report
    from foresight.reports.timeline import timeline_json, timeline_text

    report = build_report(result)
    if as_json:
        data = json_of_report(report)
        if timeline:
            data["timeline"] = timeline_json(report)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo((timeline_text if timeline else text_of_report)(report), nl=False)
    if out is not None:
        if OUT_FORMATS[out.suffix.lower()] == "html":
            from foresight.reports.html import review_timeline

            content = html_of_report(report, timeline=review_timeline(result))
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


# --- foresight audit ---------------------------------------------------------------------

AUDIT_OUT_FORMATS = {".xlsx": "xlsx", ".html": "html", ".htm": "html", ".json": "json"}
AuditProgress = Callable[[int, int, str], None]


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the audit as JSON on stdout.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the audit to FILE: .xlsx (a workbook), .html (one page with charts) or .json.",
)
@as_of_option("Review every bundle")
@settings_option
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Name each bundle on standard error as it is done (when there is no progress bar).",
)
def audit(
    folder: Path,
    as_json: bool,
    out: Path | None,
    as_of: dt.date | None,
    settings_file: Path | None,
    verbose: bool,
) -> None:
    """Review every bundle in FOLDER; count, per learning point, the families and children it
    was found in, by agency and by year. A bundle that cannot be read is listed, not fatal."""
    if out is not None and out.suffix.lower() not in AUDIT_OUT_FORMATS:
        raise click.BadParameter(
            "the audit file must end in .xlsx, .html or .json", param_hint="--out"
        )
    if not folder.is_dir():
        fail(f"no such folder: {folder} (give a folder holding bundles)")
    if settings_file is not None and not settings_file.is_file():
        fail(f"no such settings file: {settings_file}")
    from foresight.checks import load_settings
    from foresight.checks.audit import audit_bundles, discover_bundles

    paths = guarded(lambda: discover_bundles(folder))
    if not paths:
        fail(f"no bundles in {folder}: expected .xlsx or .zip files, or folders of CSV files")
    settings = guarded(lambda: load_settings(settings_file))  # loaded once for every bundle
    with _audit_progress(len(paths), verbose) as progress:
        result = audit_bundles(paths, as_of=as_of, settings=settings, progress=progress)
    guarded(lambda: _emit_audit(result, as_json, out))


@contextmanager
def _audit_progress(total: int, verbose: bool) -> Iterator[AuditProgress | None]:
    """A progress bar on standard error when it is a terminal; else quiet, or one line per
    bundle with ``--verbose``."""
    if not sys.stderr.isatty():
        if not verbose:
            yield None
            return

        def line(done: int, total: int, name: str) -> None:
            click.echo(f"[{done}/{total}] {name}", err=True)

        yield line
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Auditing", total=total)

        def advance(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, description=f"Auditing: {name}")

        yield advance


def _emit_audit(result: Audit, as_json: bool, out: Path | None) -> None:
    from foresight.reports.audit_json import json_of_audit
    from foresight.reports.audit_text import print_audit, text_of_audit

    if as_json:
        click.echo(json.dumps(json_of_audit(result), indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        print_audit(result, Console(highlight=False))
    else:
        click.echo(text_of_audit(result), nl=False)
    if out is None:
        return
    try:
        out.write_bytes(_audit_file(result, AUDIT_OUT_FORMATS[out.suffix.lower()]))
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    click.echo(f"Wrote {out}", err=True)


def _audit_file(result: Audit, kind: str) -> bytes:
    from foresight.reports.audit_html import html_of_audit
    from foresight.reports.audit_json import json_of_audit
    from foresight.reports.audit_xlsx import xlsx_of_audit

    if kind == "xlsx":
        return xlsx_of_audit(result)
    if kind == "html":
        return html_of_audit(result).encode("utf-8")
    return (json.dumps(json_of_audit(result), indent=2, ensure_ascii=False) + "\n").encode()


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON on stdout.")
def checks(as_json: bool) -> None:
    """List every check: its code, learning points, title and settings with their defaults."""
    from foresight.checks.catalogue import catalogue_entries, catalogue_table

    if as_json:
        click.echo(json.dumps(catalogue_entries(), indent=2, ensure_ascii=False))
    else:
        click.echo(catalogue_table(), nl=False)


@main.command()
@click.option("--csv", "csv_file", type=click.Path(path_type=Path), help="Read entries from a CSV.")
@click.option("--column", default="details", show_default=True, help="The CSV column to tag.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def tag(csv_file: Path | None, column: str, as_json: bool) -> None:
    """Tag free text with event types: one entry per line on stdin, or a CSV column."""
    from foresight.text import tag_many
    from foresight.text.entries import csv_column, describe

    if csv_file is not None:
        texts = guarded(lambda: csv_column(csv_file, column))
    else:
        texts = [line.rstrip("\r\n") for line in sys.stdin]
    for tagging in tag_many(texts):
        line = json.dumps(tagging.as_dict(), ensure_ascii=False) if as_json else describe(tagging)
        click.echo(line)


# --- foresight link ----------------------------------------------------------------------

# A person table bigger than this takes long enough to deserve a progress bar.
LARGE_PERSON_TABLE_BYTES = 2 * 1024 * 1024


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--id-column", required=True, help="The column that identifies each row.")
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="id,cluster CSV."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True, max_open=True),
    default=None,
    help="Match probability at which two rows are one person (default 0.8, measured).",
)
@click.option(
    "--engine",
    type=click.Choice(["duckdb", "spark"]),
    default="duckdb",
    show_default=True,
    help="spark needs the optional extra foresight[spark].",
)
def link(file: Path, id_column: str, out: Path, threshold: float | None, engine: str) -> None:
    """Cluster the rows of a person CSV into people: identifiers first, then Splink."""
    from foresight.linkage.probabilistic import (
        DEFAULT_THRESHOLD,
        Engine,
        link_csv,
        write_clusters,
    )

    chosen = DEFAULT_THRESHOLD if threshold is None else threshold
    kind: Engine = "spark" if engine == "spark" else "duckdb"
    large = file.is_file() and file.stat().st_size >= LARGE_PERSON_TABLE_BYTES
    with _link_progress(large and sys.stderr.isatty()) as progress:
        result = guarded(
            lambda: link_csv(file, id_column, threshold=chosen, engine=kind, progress=progress)
        )
    try:
        write_clusters(result, out)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    click.echo(
        f"Wrote {out}: {len(result.clusters)} rows in {result.cluster_count} clusters "
        f"(threshold {chosen}; columns: {', '.join(result.columns.values())})",
        err=True,
    )


@contextmanager
def _link_progress(show: bool) -> Iterator[Callable[[str], None] | None]:
    """A rich progress bar over the linkage steps on standard error, or nothing."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    from foresight.linkage.probabilistic import STEPS

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Linking", total=len(STEPS))

        def step(name: str) -> None:
            bar.update(task, completed=STEPS.index(name), description=f"Linking: {name}")

        yield step
        bar.update(task, completed=len(STEPS))


@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the chronology to FILE: .xlsx, .csv, .docx or .pdf.",
)
@click.option("--pseudonymise", is_flag=True, help="Labels for people, identifiers removed.")
@click.option(
    "--glossary",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --pseudonymise: where the glossary goes (default FILE-glossary.csv).",
)
@click.option("--person", help="Only entries involving this person (id or name).")
@click.option("--agency", help="Only happenings this agency recorded (its code).")
@click.option("--type", "types", multiple=True, help="Only these event types (repeatable).")
@click.option("--from", "start", metavar="YYYY-MM-DD", callback=iso_date, help="From this day.")
@click.option("--to", "end", metavar="YYYY-MM-DD", callback=iso_date, help="Up to this day.")
@click.option("--significant", is_flag=True, help="Significant events only.")
@click.option(
    "--inferred",
    is_flag=True,
    help="Only entries whose event types were read from their text (to check them).",
)
@click.option(
    "--as-of",
    metavar="YYYY-MM-DD",
    callback=iso_date,
    help="The record as it stood on this day (default: everything).",
)
def chronology(
    bundle: Path,
    out: Path,
    pseudonymise: bool,
    glossary: Path | None,
    person: str | None,
    agency: str | None,
    types: tuple[str, ...],
    start: dt.date | None,
    end: dt.date | None,
    significant: bool,
    inferred: bool,
    as_of: dt.date | None,
) -> None:
    """Write the merged multi-agency chronology of BUNDLE, the same happening shown once."""
    from foresight.chronology.export import export_format

    if not bundle.exists():
        fail(f"no such bundle: {bundle} (give a .xlsx or .zip file, or a folder of CSV files)")
    guarded(lambda: export_format(out))
    choice = ChronologyChoice(
        person, agency, types, start, end, significant, pseudonymise, inferred
    )
    written = guarded(lambda: _chronology(bundle, out, glossary, choice, as_of))
    click.echo(written)


@dataclass(frozen=True)
class ChronologyChoice:
    """What ``foresight chronology`` was asked for, besides the files."""

    person: str | None
    agency: str | None
    types: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    significant: bool
    pseudonymise: bool
    inferred: bool = False


def _chronology(
    bundle: Path, out: Path, glossary: Path | None, choice: ChronologyChoice, as_of: dt.date | None
) -> str:
    from foresight.chronology import merge_chronology, pseudonymise
    from foresight.chronology.export import write_chronology
    from foresight.chronology.export_csv import glossary_bytes
    from foresight.chronology.select import agency_code, event_types, person_id

    result = _review(bundle, as_of, None)
    case = result.case.known_on(as_of) if as_of else result.case
    merged = merge_chronology(case, findings=result.findings).filtered(
        person=person_id(case, choice.person) if choice.person else None,
        agency=agency_code(case, choice.agency) if choice.agency else None,
        types=event_types(choice.types),
        start=choice.start,
        end=choice.end,
        significant_only=choice.significant,
        inferred_only=choice.inferred,
    )
    svg = None
    if choice.pseudonymise:
        merged, key = pseudonymise(merged, case)
        glossary = glossary or out.with_name(f"{out.stem}-glossary.csv")
    else:
        from foresight.chronology.timeline import timeline_svg

        svg = timeline_svg(case, result.findings, start=choice.start, end=choice.end)
    title = f"Merged chronology: {merged.case_name}"
    write_chronology(merged, out, case_reference=merged.case_name, title=title, timeline_svg=svg)
    lines = [f"Wrote {len(merged.entries)} entries in {len(merged.rows)} rows to {out}"]
    if choice.pseudonymise and glossary is not None:
        glossary.write_bytes(glossary_bytes(key))
        lines.append(f"Glossary (keep apart: not for publication): {glossary}")
    return "\n".join(lines)


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
