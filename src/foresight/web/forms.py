"""The forms: uploading a bundle, correcting an entry's event types, deciding a link."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet

from foresight.model.vocab import EventType
from foresight.store.models import Team

ACCEPTED_SUFFIXES = (".xlsx", ".zip")


class UploadForm(forms.Form):
    name = forms.CharField(
        label="Family name",
        max_length=200,
        error_messages={"required": "Enter a name for the family"},
    )
    bundle = forms.FileField(
        label="Bundle",
        error_messages={
            "required": "Choose a bundle file (.xlsx or .zip)",
            "empty": "The chosen file is empty",
        },
    )
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        label="Team",
        empty_label=None,
        error_messages={"required": "Choose the team the family belongs to"},
    )

    def __init__(self, *args: Any, teams: QuerySet[Team], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        team_field = self.fields["team"]
        assert isinstance(team_field, forms.ModelChoiceField)
        team_field.queryset = teams
        # A member of one team is not asked which: the form shows no team field then.
        self.only_team = teams.first() if teams.count() == 1 else None
        team_field.required = self.only_team is None

    def clean_team(self) -> Team | None:
        team: Team | None = self.cleaned_data.get("team")
        return team or self.only_team

    def clean_name(self) -> str:
        name = str(self.cleaned_data["name"]).strip()
        if not name:
            raise forms.ValidationError("Enter a name for the family")
        return name

    def clean_bundle(self) -> UploadedFile[bytes]:
        upload: UploadedFile[bytes] = self.cleaned_data["bundle"]
        suffix = PurePath(upload.name or "").suffix.lower()
        if suffix not in ACCEPTED_SUFFIXES:
            raise forms.ValidationError("The bundle must be an .xlsx workbook or a .zip file")
        if (upload.size or 0) > settings.FORESIGHT_MAX_UPLOAD_BYTES:
            limit = settings.FORESIGHT_MAX_UPLOAD_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"The bundle must be smaller than {limit} MB")
        return upload


def _type_choices() -> list[tuple[str, str]]:
    return [(t.value, t.value.replace("_", " ")) for t in EventType]


class TypeCorrectionForm(forms.Form):
    """The event types of one chronology entry, as a reviewer confirms or corrects them."""

    ref = forms.CharField(widget=forms.HiddenInput)
    types = forms.MultipleChoiceField(
        label="Event types",
        choices=_type_choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one event type",
            "invalid_choice": "Choose event types from the list",
        },
    )

    def clean_types(self) -> list[EventType]:
        return [EventType(t) for t in self.cleaned_data["types"]]


class LinkDecisionForm(forms.Form):
    """Two records (``AGENCY:person_id``) and whether they are one person or two."""

    a = forms.CharField(max_length=401)
    b = forms.CharField(max_length=401)
    decision = forms.ChoiceField(choices=(("join", "Same person"), ("split", "Different people")))

    def __init__(self, *args: Any, records: frozenset[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.records = records

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        a, b = data.get("a"), data.get("b")
        if a not in self.records or b not in self.records or a == b:
            raise forms.ValidationError("Choose two different records of this family")
        return data
