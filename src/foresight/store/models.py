"""The store: teams, families, uploads, the records of each family's bundle, and the audit log.

A family's records are stored one row per agency, person record, relationship and chronology
entry, the fields worth querying as columns and the rest as JSON (see
:mod:`foresight.store.codec`), so that :func:`foresight.store.bundles.load_bundle` rebuilds the
very :class:`~foresight.model.records.Bundle` that was imported.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Team(models.Model):
    """A safeguarding partnership or a service; its members see its families and no others."""

    name = models.CharField(max_length=200, unique=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="foresight_teams", blank=True
    )

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Family(models.Model):
    """One family's bundle as last imported, with what was wrong with it."""

    name = models.CharField(max_length=200)
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="families")
    created = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    bundle_name = models.CharField(max_length=500, default="", blank=True)
    problems = models.JSONField(default=list, blank=True)
    carried = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("name", "id")
        constraints = (
            models.UniqueConstraint(fields=("team", "name"), name="family_name_unique_in_team"),
        )
        verbose_name_plural = "families"

    def __str__(self) -> str:
        return self.name


class Upload(models.Model):
    """One file a user uploaded for a family, and the problems found reading it."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="uploads")
    original_filename = models.CharField(max_length=500)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    problems = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ("-at", "-id")


class StoredAgency(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="agency_rows")
    position = models.PositiveIntegerField()
    code = models.CharField(max_length=200)
    name = models.CharField(max_length=500)
    kind = models.CharField(max_length=60)
    local_authority = models.CharField(max_length=200, null=True, blank=True)
    kind_inferred = models.BooleanField(default=False)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("family", "position")
        constraints = (
            models.UniqueConstraint(fields=("family", "position"), name="agency_position"),
        )


class StoredPerson(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="person_rows")
    position = models.PositiveIntegerField()
    agency = models.CharField(max_length=200)
    person_id = models.CharField(max_length=200)
    given_names = models.CharField(max_length=500, null=True, blank=True)
    family_name = models.CharField(max_length=500, null=True, blank=True)
    role = models.CharField(max_length=500, null=True, blank=True)
    subject = models.BooleanField(default=False)
    row = models.IntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("family", "position")
        constraints = (
            models.UniqueConstraint(fields=("family", "position"), name="person_position"),
        )
        indexes = (models.Index(fields=("family", "agency", "person_id")),)


class StoredRelationship(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="relationship_rows")
    position = models.PositiveIntegerField()
    agency = models.CharField(max_length=200)
    person_id = models.CharField(max_length=200)
    kind = models.CharField(max_length=60)
    other_person_id = models.CharField(max_length=200)
    row = models.IntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("family", "position")
        constraints = (
            models.UniqueConstraint(fields=("family", "position"), name="relationship_position"),
        )


class StoredEvent(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="event_rows")
    position = models.PositiveIntegerField()
    agency = models.CharField(max_length=200)
    event_id = models.CharField(max_length=200)
    date_earliest = models.DateField()
    date_latest = models.DateField()
    date_written = models.CharField(max_length=200)
    types = models.JSONField(default=list, blank=True)
    details = models.TextField(blank=True, default="")
    outcome = models.TextField(blank=True, default="")
    row = models.IntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("family", "position")
        constraints = (
            models.UniqueConstraint(fields=("family", "position"), name="event_position"),
        )
        indexes = (models.Index(fields=("family", "date_earliest")),)


class AuditEvent(models.Model):
    """Who saw, uploaded or exported which family, and when."""

    class Action(models.TextChoices):
        VIEWED = "viewed"
        UPLOADED = "uploaded"
        EXPORTED = "exported"
        CORRECTED = "corrected"
        DECIDED = "decided"
        ANNOTATED = "annotated"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    # Kept when a family is later replaced: the audit outlives what it records.
    family = models.ForeignKey(
        Family, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events"
    )
    family_name = models.CharField(max_length=200, blank=True, default="")
    at = models.DateTimeField(default=timezone.now)
    detail = models.TextField(blank=True, default="")

    class Meta:
        ordering = ("-at", "-id")


class TypeCorrection(models.Model):
    """A reviewer's event types for one entry, kept across re-imports (keyed by event id).

    ``confirmed`` is true when the reviewer kept the types the reader inferred from the text.
    """

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="type_corrections")
    agency = models.CharField(max_length=200)
    event_id = models.CharField(max_length=200)
    types = models.JSONField(default=list)
    confirmed = models.BooleanField(default=False)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("family", "agency", "event_id")
        constraints = (
            models.UniqueConstraint(
                fields=("family", "agency", "event_id"), name="type_correction_per_entry"
            ),
        )


class LinkDecision(models.Model):
    """A reviewer's decision that two records are one person (join) or two (split).

    ``record_a`` and ``record_b`` are ``AGENCY:person_id``, ``record_a`` the smaller, so one
    pair has one decision however it was asked.
    """

    class Kind(models.TextChoices):
        JOIN = "join", "Same person"
        SPLIT = "split", "Different people"

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="link_decisions")
    record_a = models.CharField(max_length=401)
    record_b = models.CharField(max_length=401)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("family", "record_a", "record_b")
        constraints = (
            models.UniqueConstraint(
                fields=("family", "record_a", "record_b"), name="link_decision_per_pair"
            ),
        )


class Analysis(models.Model):
    """A reviewer's analysis of one row of the merged chronology, keyed by the row's first
    entry (``AGENCY:event_id``), so it is kept across re-imports and exported with the row."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="analyses")
    ref = models.CharField(max_length=401)
    text = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("family", "ref")
        verbose_name_plural = "analyses"
        constraints = (models.UniqueConstraint(fields=("family", "ref"), name="analysis_per_row"),)
