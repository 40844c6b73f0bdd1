"""The family page's findings: a summary table by check, then each check's findings under
its own heading, every card and evidence link as before."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from foresight.bundle import read_bundle
from foresight.reports import Report
from foresight.store.bundles import import_bundle
from foresight.store.models import Family, Team
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.writers import write_family

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r'<tr class="govuk-table__row">\s*<th scope="row"[^>]*><a class="govuk-link" '
    r'href="#(?P<anchor>[^"]+)">(?P<title>[^<]+)</a> <span[^>]*>(?P<check>[^<]+)</span></th>'
    r"\s*<td[^>]*>(?P<points>.*?)</td>\s*<td[^>]*>(?P<count>\d+)</td>"
    r"\s*<td[^>]*>(?P<children>[^<]*)</td>\s*<td[^>]*>(?P<first>[^<]+)</td>",
    re.S,
)
CARD = re.compile(r'<div class="govuk-summary-card foresight-finding" id="finding-(\d+)">')
CARD_CODE = re.compile(r'foresight-finding__code">([^ <]+) · ([^<]+)</span></h4>')
FIRST_DATE = re.compile(r'First date</dt>\s*<dd class="govuk-summary-list__value">([^<]+)</dd>')
EVIDENCE = re.compile(r'<a class="govuk-link foresight-evidence" href="#([^"]+)">')


@dataclass(frozen=True)
class Section:
    anchor: str
    closed: bool  # its cards inside a closed govuk-details
    numbers: list[int]
    checks: list[str]
    children: list[str]
    first_dates: list[dt.date]
    html: str


def findings_part(page: str) -> str:
    """The findings section of the page: from its heading to the next section's."""
    start = page.index('id="findings"')
    end = page.index('id="household"', start)
    return page[start:end]


def summary_rows(page: str) -> list[dict[str, str]]:
    table = page[page.index('id="findings-by-check"') : page.index("</table>")]
    return [m.groupdict() for m in ROW.finditer(table)]


def sections(page: str) -> list[Section]:
    parts = findings_part(page).split('<section class="foresight-finding-group"')[1:]
    found = []
    for part in parts:
        html = part[: part.index("</section>")]
        anchor = re.search(r'<h3 class="[^"]*" id="([^"]+)">', html)
        assert anchor is not None
        codes = CARD_CODE.findall(html)
        found.append(
            Section(
                anchor=anchor.group(1),
                closed="<details" in html,
                numbers=[int(n) for n in CARD.findall(html)],
                checks=[check for check, _ in codes],
                children=[child for _, child in codes],
                first_dates=[british(text) for text in FIRST_DATE.findall(html)],
                html=html,
            )
        )
    return found


def british(text: str) -> dt.date:
    return dt.datetime.strptime(text.strip(), "%d %B %Y").date()


@pytest.fixture
def family(injury_xlsx: Path, team: Team, user: Any) -> Family:
    return import_bundle(read_bundle(injury_xlsx), team=team, user=user, name="Family A")


def test_one_finding_is_one_row_and_one_open_group(member: Client, family: Family) -> None:
    page = member.get(f"/families/{family.pk}/").content.decode()

    (row,) = summary_rows(page)
    assert row["anchor"] == "findings-FS-NAT2" and row["check"] == "FS-NAT2"
    assert row["title"] == "Injury to a baby who is not yet mobile"
    assert "NAT2" in row["points"] and "Full consideration of even minor injuries" in row["points"]
    assert (row["count"], row["children"], row["first"]) == ("1", "Ava Testerton", "16 May 2023")
    (section,) = sections(page)
    assert section.anchor == "findings-FS-NAT2" and not section.closed
    assert section.numbers == [1] and section.checks == ["FS-NAT2"]
    assert EVIDENCE.findall(section.html) == ["ev-HV-e2"]
    assert page.count('id="findings-FS-NAT2"') == 1


def test_no_findings_keeps_the_message_and_no_table(member: Client, family: Family) -> None:
    page = member.get(f"/families/{family.pk}/?as_of=2023-05-15").content.decode()

    assert "No findings as of 15 May 2023" in page
    assert 'id="findings-by-check"' not in page and "foresight-finding-group" not in page


@pytest.fixture
def long_term(tmp_path: Path, team: Team, user: Any) -> Family:
    path = write_family(LONG_TERM_MULTI_AGENCY, tmp_path)
    return import_bundle(read_bundle(path), team=team, user=user, name="Farrowby")


def test_a_long_running_family_is_summarised_and_grouped_by_check(
    member: Client, long_term: Family
) -> None:
    response = member.get(f"/families/{long_term.pk}/?as_of={LONG_TERM_MULTI_AGENCY.as_of}")
    page = response.content.decode()
    report: Report = response.context["report"]

    rows, groups = summary_rows(page), sections(page)
    total = len(report.findings)
    assert total > 30 and len(rows) > 5
    # The summary: one row per check, most findings first, ties by code; all findings counted.
    counts = [(-int(r["count"]), r["check"]) for r in rows]
    assert counts == sorted(counts)
    assert len({r["check"] for r in rows}) == len(rows)
    assert sum(int(r["count"]) for r in rows) == total
    assert {r["check"] for r in rows} == {f.check for f in report.findings}
    # Each row links to its group, which exists once and follows in the same order.
    assert [r["anchor"] for r in rows] == [g.anchor for g in groups]
    for row, group in zip(rows, groups, strict=True):
        assert page.count(f'id="{row["anchor"]}"') == 1
        assert group.checks == [row["check"]] * int(row["count"])
        assert len(group.numbers) == int(row["count"])
        named = set(group.children)  # each child once, in the order of the page's children
        assert row["children"].split(", ") == [c.name for c in report.children if c.name in named]
        assert british(row["first"]) == min(group.first_dates)
        assert group.closed == (int(row["count"]) > 5)
        assert group.numbers == sorted(group.numbers)  # first-date order within a group
    assert "<details open" not in page
    # Every finding is one card, numbered by its place in the report, its evidence as before.
    numbers = [n for g in groups for n in g.numbers]
    assert sorted(numbers) == list(range(1, total + 1))
    chronology_ids = set(re.findall(r'<tr class="govuk-table__row[^"]*" id="(ev-[^"]+)"', page))
    for group in groups:
        cards = CARD.split(group.html)[1:]  # number, card, number, card, ...
        for number, card in zip(cards[::2], cards[1::2], strict=True):
            finding = report.findings[int(number) - 1]
            assert CARD_CODE.findall(card) == [(finding.check, finding.subject_name)]
            assert EVIDENCE.findall(card) == [e.anchor for e in finding.evidence if e.anchor]
            assert set(EVIDENCE.findall(card)) <= chronology_ids
