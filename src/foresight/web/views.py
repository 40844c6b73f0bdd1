"""The pages: the families I may see, uploading a bundle, a family's review and its JSON twin,
and the reviewer's decisions (an entry's event types, two records joined or kept apart).

Views only call the library and render; every family page view, upload and decision is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from foresight.bundle import read_bundle_bytes
from foresight.errors import ForesightError
from foresight.model.records import Event
from foresight.reports import Report, anchor_for, group_findings, json_of_report
from foresight.store.audit import record_audit
from foresight.store.bundles import import_bundle, load_bundle
from foresight.store.decisions import record_key_text, save_link_decision, save_type_correction
from foresight.store.models import AuditEvent, Family, Upload
from foresight.store.queries import families_for, teams_of
from foresight.web.forms import LinkDecisionForm, TypeCorrectionForm, UploadForm
from foresight.web.review import Linkage, family_report, family_review, linkage_of, page_timeline


@dataclass(frozen=True)
class FamilyListRow:
    family: Family
    findings: int | None  # None when the review could not be run
    problems: int


@require_GET
def family_list(request: HttpRequest) -> HttpResponse:
    """The families of my teams, each with its count of findings as of today."""
    today = timezone.localdate()
    rows = [_list_row(family, today) for family in families_for(request.user)]
    return render(
        request,
        "foresight/family_list.html",
        {"rows": rows, "as_of": today, "has_team": teams_of(request.user).exists()},
    )


def _list_row(family: Family, today: dt.date) -> FamilyListRow:
    try:
        findings: int | None = family_report(family, as_of=today).counts.findings
    except ForesightError:
        findings = None
    return FamilyListRow(family, findings, len(family.problems))


@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a bundle as a family; a bundle that cannot be opened is one clear error."""
    teams = teams_of(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, teams=teams)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["bundle"]
        try:
            bundle = read_bundle_bytes(file.read(), file.name or "bundle")
        except ForesightError as error:
            form.add_error("bundle", str(error))
        else:
            family = import_bundle(
                bundle,
                team=form.cleaned_data["team"],
                user=request.user if request.user.is_authenticated else None,
                name=form.cleaned_data["name"],
                filename=file.name,
            )
            messages.success(request, f"Uploaded {file.name} as {family.name}.")
            return redirect("family", pk=family.pk)
    return render(
        request,
        "foresight/upload.html",
        {"form": form, "has_team": teams.exists(), "many_teams": teams.count() > 1},
        status=400 if form.errors else 200,
    )


def _as_of(request: HttpRequest) -> tuple[dt.date, str]:
    """The review date asked for (``?as_of=2024-01-31``), else today; and any error."""
    text = request.GET.get("as_of", "").strip()
    today = timezone.localdate()
    if not text:
        return today, ""
    try:
        return dt.date.fromisoformat(text), ""
    except ValueError:
        return today, f"Enter the date as year-month-day, like {today.isoformat()}"


@require_GET
def family_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A family's review: children, findings by check, household, chronology, problems."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    as_of, as_of_error = _as_of(request)
    report: Report | None = None
    linkage: Linkage | None = None
    inferred: dict[str, tuple[str, ...]] = {}
    review_error = ""
    timeline = ""
    try:
        reviewed = family_review(family, as_of=as_of)
    except ForesightError as error:
        review_error = str(error)
    else:
        case, report = reviewed.case, reviewed.report
        linkage = linkage_of(case)
        inferred = {e.ref: e.inferred_from for e in case.events_all if e.types_inferred}
        timeline = page_timeline(case, reviewed.review.findings)
    record_audit(request.user, AuditEvent.Action.VIEWED, family, detail=f"as of {as_of}")
    context = {
        "family": family,
        "report": report,
        "finding_groups": group_findings(report.findings) if report else (),
        "linkage": linkage,
        "timeline": timeline,
        "inferred": inferred,
        "corrections": {f"{c.agency}:{c.event_id}": c for c in family.type_corrections.all()},
        "review_error": review_error,
        "as_of": as_of,
        "as_of_error": as_of_error,
        "as_of_input": request.GET.get("as_of", ""),
        "upload": Upload.objects.filter(family=family).select_related("uploaded_by").first(),
    }
    return render(request, "foresight/family.html", context)


@require_GET
def family_json(request: HttpRequest, pk: int) -> HttpResponse:
    """The JSON twin of the family page (the contract of ``foresight review --json``)."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    as_of, as_of_error = _as_of(request)
    if as_of_error:
        return JsonResponse({"error": as_of_error}, status=400)
    try:
        report = family_report(family, as_of=as_of)
    except ForesightError as error:
        return JsonResponse({"error": str(error)}, status=422)
    record_audit(request.user, AuditEvent.Action.EXPORTED, family, detail=f"JSON as of {as_of}")
    return JsonResponse(json_of_report(report), json_dumps_params={"ensure_ascii": False})


def _user(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def _entry(family: Family, ref: str) -> Event:
    """The family's entry ``AGENCY:event_id`` as imported (before any correction)."""
    for event in load_bundle(family).events:
        if event.ref == ref:
            return event
    raise Http404("No such entry")


@require_http_methods(["GET", "POST"])
def entry_types(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm or correct the event types of one entry (``?ref=AGENCY:event_id``); with
    ``chronology=<its query>``, come back to the merged chronology with those filters."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    data = request.POST if request.method == "POST" else request.GET
    ref = data.get("ref", "")
    event = _entry(family, ref)
    back = _back_to(family, data, ref)
    correction = family.type_corrections.filter(
        agency=event.agency, event_id=event.event_id
    ).first()
    current = correction.types if correction else [str(t) for t in event.types]
    form = TypeCorrectionForm(
        request.POST if request.method == "POST" else None,
        initial={"ref": ref, "types": current},
    )
    if request.method == "POST" and form.is_valid():
        save_type_correction(family, event, form.cleaned_data["types"], _user(request))
        messages.success(request, f"Saved the event types of entry {ref}.")
        return redirect(back)
    context = {
        "family": family,
        "event": event,
        "form": form,
        "correction": correction,
        "back": back,
        "chronology_query": data.get("chronology"),
    }
    status = 400 if form.errors else 200
    return render(request, "foresight/entry_types.html", context, status=status)


def _back_to(family: Family, data: QueryDict, ref: str) -> str:
    """Where a saved correction returns: the family page, or the merged chronology with the
    filters it came from (re-encoded from the parsed query: the path is always that page)."""
    anchor = f"#{anchor_for(ref)}"
    if "chronology" not in data:
        return f"{reverse('family', args=[family.pk])}{anchor}"
    query = QueryDict(data.get("chronology", "")).urlencode()
    url = reverse("chronology", args=[family.pk])
    return f"{url}{'?' + query if query else ''}{anchor}"


@require_POST
def link_decision(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that two records are the same person (join) or different people (split)."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    records = frozenset(record_key_text(p.key) for p in load_bundle(family).people)
    form = LinkDecisionForm(request.POST, records=records)
    if not form.is_valid():
        return HttpResponse("Choose two different records of this family.", status=400)
    join = form.cleaned_data["decision"] == "join"
    a, b = form.cleaned_data["a"], form.cleaned_data["b"]
    save_link_decision(family, a, b, join=join, user=_user(request))
    what = "the same person" if join else "different people"
    messages.success(request, f"Saved: {a} and {b} are {what}.")
    return redirect(f"{reverse('family', args=[family.pk])}#links")
