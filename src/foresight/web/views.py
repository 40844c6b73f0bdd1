"""The pages: the families I may see, uploading a bundle, a family's review and its JSON twin.

Views only call the library and render; every family page view and upload is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from foresight.bundle import read_bundle_bytes
from foresight.errors import ForesightError
from foresight.reports import Report, json_of_report
from foresight.store.audit import record_audit
from foresight.store.bundles import import_bundle
from foresight.store.models import AuditEvent, Family, Upload
from foresight.store.queries import families_for, teams_of
from foresight.web.forms import UploadForm
from foresight.web.review import family_report


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
    """A family's review: children, findings with evidence, household, chronology, problems."""
    family = get_object_or_404(families_for(request.user), pk=pk)
    as_of, as_of_error = _as_of(request)
    report: Report | None = None
    review_error = ""
    try:
        report = family_report(family, as_of=as_of)
    except ForesightError as error:
        review_error = str(error)
    record_audit(request.user, AuditEvent.Action.VIEWED, family, detail=f"as of {as_of}")
    context = {
        "family": family,
        "report": report,
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
