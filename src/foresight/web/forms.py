"""The upload form: a family name, a bundle file (.xlsx or .zip) and, for some users, a team."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet

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
