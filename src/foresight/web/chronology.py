"""The merged chronology pages: filters, the reviewer's analysis per row, and downloads.

Every filter is a plain GET form and every analysis a plain POST form, so the page works
without JavaScript. Downloads (.csv, .xlsx, .docx, .pdf, named or pseudonymised, and the
glossary apart) carry the same filters and are audited as exports; analysis is audited as
``annotated``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from foresight.chronology import MergedChronology, merge_chronology, pseudonymise
from foresight.chronology.export import ExportError
from foresight.errors import ForesightError
from foresight.model.case import Case
from foresight.model.vocab import EventType
from foresight.reports import anchor_for
from foresight.store.audit import record_audit
from foresight.store.bundles import load_bundle
from foresight.store.decisions import analysis_for, save_analysis
from foresight.store.models import AuditEvent, Family
from foresight.store.queries import families_for
from foresight.web.review import Reviewed, family_review, page_timeline

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
MAX_ANALYSIS = 10_000
DATE_ERROR = "Enter the date as year-month-day, like 2024-01-31"


@dataclass(frozen=True)
class Filters:
    """The filters asked for in the query string, and what was wrong with any of them."""

    person: str | None = None
    agency: str | None = None
    types: tuple[EventType, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    significant_only: bool = False
    errors: dict[str, str] = field(default_factory=dict)
    inferred_only: bool = False


def read_filters(query: QueryDict, case: Case) -> Filters:
    """The filters of ``?person=&agency=&type=&start=&end=&significant=yes&inferred=yes``; an
    unknown person, agency or type, or an unreadable date, is an error on that field."""
    errors: dict[str, str] = {}
    person = query.get("person") or None
    if person is not None and person not in {p.id for p in case.people}:
        errors["person"], person = "Choose a person from the list", None
    agency = query.get("agency") or None
    if agency is not None and agency not in {a.code for a in case.agencies}:
        errors["agency"], agency = "Choose an agency from the list", None
    types = []
    for code in query.getlist("type"):
        if code:
            try:
                types.append(EventType(code))
            except ValueError:
                errors["type"] = "Choose an event type from the list"
    start, end = _day(query, "start", errors), _day(query, "end", errors)
    if start and end and end < start:
        errors["end"] = "The end of the period must be on or after its start"
    significant = query.get("significant") == "yes"
    inferred = query.get("inferred") == "yes"
    return Filters(person, agency, tuple(types), start, end, significant, errors, inferred)


def _day(query: QueryDict, name: str, errors: dict[str, str]) -> dt.date | None:
    text = query.get(name, "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        errors[name] = DATE_ERROR
        return None


def _chronology(family: Family, query: QueryDict) -> tuple[Reviewed, MergedChronology, Filters]:
    reviewed = family_review(family, as_of=timezone.localdate())
    merged = merge_chronology(
        reviewed.case, findings=reviewed.review.findings, analysis=analysis_for(family)
    )
    f = read_filters(query, reviewed.case)
    narrowed = merged.filtered(
        person=f.person,
        agency=f.agency,
        types=f.types,
        start=f.start,
        end=f.end,
        significant_only=f.significant_only,
        inferred_only=f.inferred_only,
    )
    return reviewed, narrowed, f


@require_GET
def chronology_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The merged chronology of a family, filtered, with an analysis form per row."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    try:
        reviewed, merged, filters = _chronology(family, request.GET)
    except ForesightError as error:
        return render(
            request,
            "foresight/chronology.html",
            {"family": family, "error": str(error)},
            status=422,
        )
    record_audit(request.user, AuditEvent.Action.VIEWED, family, detail="chronology")
    case = reviewed.case
    context = {
        "family": family,
        "chronology": merged,
        "filters": filters,
        "query": request.GET.urlencode(),
        "people": sorted(((p.id, p.name) for p in case.people), key=lambda p: p[1]),
        "agencies": sorted((a.code, a.name) for a in case.agencies),
        "types": [t.value for t in EventType],
        "chosen_types": [t.value for t in filters.types],
        "timeline": page_timeline(case, reviewed.review.findings),
        "formats": tuple(CONTENT_TYPES),
    }
    status = 400 if filters.errors else 200
    return render(request, "foresight/chronology.html", context, status=status)


@require_POST
def chronology_analysis(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the analysis of one row (``ref`` = the row's first entry); blank removes it."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    ref = request.POST.get("ref", "")
    text = request.POST.get("analysis", "")
    if ref not in {e.ref for e in load_bundle(family).events}:
        raise Http404("No such entry")
    if len(text) > MAX_ANALYSIS:
        return HttpResponse(f"The analysis must be {MAX_ANALYSIS} characters or fewer.", status=400)
    user = request.user if isinstance(request.user, User) else None
    save_analysis(family, ref, text, user)
    messages.success(request, f"Saved the analysis of entry {ref}.")
    # The filters come back re-encoded from the parsed query: the path is always this page.
    back = QueryDict(request.POST.get("back", "")).urlencode()
    url = reverse("chronology", args=[family.pk])
    return redirect(f"{url}{'?' + back if back else ''}#{anchor_for(ref)}")


@require_GET
def chronology_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The filtered chronology as a download: .csv, .xlsx, .docx or .pdf; with
    ``pseudonymise=yes``, labels for people and no identifiers (the glossary is apart)."""
    if fmt not in CONTENT_TYPES:
        raise Http404("No such format")
    family = get_object_or_404(families_for(request.user), pk=pk)
    reviewed, merged, filters = _chronology(family, request.GET)
    if filters.errors:
        return HttpResponse("; ".join(filters.errors.values()), status=400)
    public = request.GET.get("pseudonymise") == "yes"
    if public:
        merged = pseudonymise(merged, reviewed.case)[0]
    try:
        data = export_bytes(merged, fmt, reviewed, case_reference=_reference(family, merged))
    except ExportError as error:
        return HttpResponse(str(error), status=503)
    described = ", ".join(merged.filters) or "every entry"
    kind = "pseudonymised chronology" if public else "chronology"
    record_audit(
        request.user, AuditEvent.Action.EXPORTED, family, detail=f"{kind} as {fmt} ({described})"
    )
    # A pseudonymised file's name must not carry the family's (real) name either.
    stem = f"family-{family.pk}-pseudonymised" if public else slugify(family.name) or "family"
    return _download(data, fmt, f"{stem}-chronology.{fmt}")


@require_GET
def chronology_glossary(request: HttpRequest, pk: int) -> HttpResponse:
    """The glossary of the pseudonymised chronology (label to real person), as CSV: kept
    apart from the chronology, and audited as an export of its own."""
    from foresight.chronology.export_csv import glossary_bytes

    family = get_object_or_404(families_for(request.user), pk=pk)
    reviewed = family_review(family, as_of=timezone.localdate())
    glossary = pseudonymise(merge_chronology(reviewed.case), reviewed.case)[1]
    record_audit(request.user, AuditEvent.Action.EXPORTED, family, detail="glossary as csv")
    return _download(glossary_bytes(glossary), "csv", f"family-{family.pk}-glossary.csv")


def _reference(family: Family, merged: MergedChronology) -> str:
    # A family's name is often its surname: a publication gets a neutral reference.
    return f"Family {family.pk}" if merged.pseudonymised else family.name


def _download(data: bytes, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_bytes(
    merged: MergedChronology, fmt: str, reviewed: Reviewed, *, case_reference: str
) -> bytes:
    """The chronology written in ``fmt``, read back as bytes."""
    from foresight.chronology.export import write_chronology
    from foresight.chronology.timeline import timeline_svg

    # The picture names agencies and findings' learning points, but is drawn from the real
    # case: a pseudonymised PDF goes without it.
    wanted = fmt == "pdf" and not merged.pseudonymised
    picture = timeline_svg(reviewed.case, reviewed.review.findings) if wanted else None
    with tempfile.TemporaryDirectory(prefix="foresight-export-") as folder:
        path = Path(folder) / f"chronology.{fmt}"
        write_chronology(
            merged,
            path,
            case_reference=case_reference,
            title=f"Merged chronology: {case_reference}",
            timeline_svg=picture,
        )
        return path.read_bytes()
