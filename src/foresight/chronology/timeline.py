"""The timeline picture: one lane per agency, entries on a time axis, findings pinned on.

An SVG with no script and no external reference, the same bytes for the same input, so it can
be inlined in the HTML review report, the web page and the PDF. Uncertain dates are drawn as a
span from their earliest to their latest day; significant events as a diamond; each finding as
a pin on its evidence entries, labelled with its learning point ids.

>>> # svg = timeline_svg(review.case, review.findings)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol
from xml.sax.saxutils import escape, quoteattr

from foresight.chronology.merge import SIGNIFICANT_TYPES
from foresight.model.dates import in_words
from foresight.model.outcomes import Finding
from foresight.model.records import Agency, Event
from foresight.model.vocab import AgencyKind

WIDTH = 1000
LABEL_WIDTH = 190
RIGHT_MARGIN = 20
AXIS_TOP = 34
LANE_HEIGHT = 44
LEGEND_HEIGHT = 34
MARK_RADIUS = 3
PIN_ROWS = 2


class TimelineCase(Protocol):
    """What the timeline reads of a case (a :class:`~foresight.model.case.Case` fits)."""

    @property
    def agencies(self) -> Iterable[Agency]: ...

    @property
    def events_all(self) -> Iterable[Event]: ...


def is_significant(event: Event) -> bool:
    """Whether an entry is drawn as a significant event: any of the types the merged
    chronology calls significant (``foresight.chronology.merge.SIGNIFICANT_TYPES``)."""
    return any(t in SIGNIFICANT_TYPES for t in event.types)


@dataclass(frozen=True)
class _Scale:
    """Days to x positions between ``first`` and ``last`` (1 January of whole years)."""

    first: dt.date
    last: dt.date

    def x(self, day: dt.date) -> float:
        span = max((self.last - self.first).days, 1)
        days = min(max((day - self.first).days, 0), span)
        return LABEL_WIDTH + (WIDTH - LABEL_WIDTH - RIGHT_MARGIN) * days / span


def timeline_svg(
    case: TimelineCase,
    findings: Iterable[Finding] = (),
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    inline: bool = False,
) -> str:
    """The timeline of a case's entries (those that could fall within ``start``–``end``) and
    its findings, as one accessible ``<svg>`` element. With ``inline`` the SVG namespace
    declaration is left out, as HTML5 needs none (an HTML page then names no URL at all).

    >>> # timeline_svg(case, review.findings, start=dt.date(2012, 1, 1))
    """
    events = [e for e in case.events_all if _within(e, start, end)]
    agencies = _lanes(tuple(case.agencies), events)
    lane_of = {a.code: i for i, a in enumerate(agencies)}
    scale = _scale(events, start, end)
    height = AXIS_TOP + LANE_HEIGHT * max(len(agencies), 1) + LEGEND_HEIGHT
    by_ref = {e.ref: e for e in events}
    pinned = [f for f in findings if any(r in by_ref for r in f.evidence)]
    parts = [
        _open(height, events, agencies, pinned, scale, inline),
        *_lane_parts(agencies),
        *_axis(scale, height),
        '<g class="tl-entries">',
        *(_mark(e, scale, _lane_y(lane_of[e.agency])) for e in events),
        "</g>",
        *_pins(pinned, by_ref, lane_of, scale),
        *_legend(height),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _within(event: Event, start: dt.date | None, end: dt.date | None) -> bool:
    last = event.end_date.latest if event.end_date else event.date.latest
    return (start is None or last >= start) and (end is None or event.date.earliest <= end)


def _lanes(agencies: Sequence[Agency], events: Sequence[Event]) -> list[Agency]:
    # Every agency the case names gets a lane, even one with no entry in the period, so the
    # picture shows who was involved; an agency only entries name gets one too.
    lanes = {a.code: a for a in agencies}
    for event in events:
        lanes.setdefault(event.agency, Agency(event.agency, event.agency, AgencyKind.OTHER))
    return list(lanes.values())


def _scale(events: Sequence[Event], start: dt.date | None, end: dt.date | None) -> _Scale:
    days = [e.date.earliest for e in events] + [_last_day(e) for e in events]
    first = start or min(days, default=None) or dt.date(2000, 1, 1)
    last = end or max(days, default=None) or first
    last = max(last, first)
    return _Scale(dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1))


def _last_day(event: Event) -> dt.date:
    return event.end_date.latest if event.end_date else event.date.latest


def _lane_y(index: int) -> float:
    return AXIS_TOP + LANE_HEIGHT * index + 32


def _num(value: float) -> str:
    # One decimal place: positions stay exact enough and 1,000 entries stay small.
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _open(
    height: int,
    events: Sequence[Event],
    agencies: Sequence[Agency],
    findings: Sequence[Finding],
    scale: _Scale,
    inline: bool,
) -> str:
    significant = sum(1 for e in events if is_significant(e))
    uncertain = sum(1 for e in events if not e.date.is_exact)
    years = f"{scale.first.year} to {scale.last.year - 1}"
    title = f"Timeline of {len(events)} entries from {len(agencies)} agencies, {years}"
    desc = (
        f"One lane per agency ({', '.join(a.name for a in agencies) or 'none'}). "
        f"{significant} significant events are drawn as diamonds; {uncertain} entries with "
        f"uncertain dates are drawn as a bar from their earliest to their latest day; "
        f"{len(findings)} findings are pinned to their evidence, labelled with their "
        "learning points."
    )
    return (
        f'<svg{"" if inline else _XMLNS} class="foresight-timeline" role="img" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="timeline-title timeline-desc" font-family="sans-serif" '
        f'font-size="11">\n<title id="timeline-title">{escape(title)}</title>\n'
        f'<desc id="timeline-desc">{escape(desc)}</desc>\n' + _STYLE
    )


_XMLNS = ' xmlns="http://www.w3.org/2000/svg"'
_STYLE = """<style>
.tl-lane-bg{fill:#f4f6f8}.tl-lane-label{fill:#1a1a1a}.tl-tick{stroke:#9aa3ad;stroke-width:1}
.tl-tick-label{fill:#444;text-anchor:middle}.tl-entry{fill:#2f5f8a}
.tl-uncertain{fill:#2f5f8a;fill-opacity:.25;stroke:#2f5f8a;stroke-width:.5}
.tl-significant{fill:#b3261e;stroke:#fff;stroke-width:.6}.tl-pin-line{stroke:#6a1b9a;stroke-width:1}
.tl-pin-head{fill:#6a1b9a}.tl-pin-label{fill:#fff;font-size:9px;font-weight:bold}
.tl-pin-ring{fill:none;stroke:#6a1b9a;stroke-width:1.2}.tl-legend{fill:#1a1a1a}
</style>"""


def _lane_parts(agencies: Sequence[Agency]) -> list[str]:
    parts = ['<g class="tl-lanes">']
    for i, agency in enumerate(agencies):
        top = AXIS_TOP + LANE_HEIGHT * i
        name = agency.name if len(agency.name) <= 28 else agency.name[:27] + "…"
        parts += [
            f'<g class="tl-lane" data-agency={quoteattr(agency.code)}>',
            f"<title>{escape(agency.name)} ({escape(agency.code)})</title>",
            f'<rect class="tl-lane-bg" x="0" y="{top + 2}" width="{WIDTH}" '
            f'height="{LANE_HEIGHT - 4}"/>',
            f'<text class="tl-lane-label" x="6" y="{_num(_lane_y(i) + 4)}">{escape(name)}</text>',
            "</g>",
        ]
    return [*parts, "</g>"]


def _axis(scale: _Scale, height: int) -> list[str]:
    bottom = height - LEGEND_HEIGHT
    parts = ['<g class="tl-axis">']
    for year in range(scale.first.year, scale.last.year + 1):
        x = _num(scale.x(dt.date(year, 1, 1)))
        parts.append(f'<line class="tl-tick" x1="{x}" y1="{AXIS_TOP - 6}" x2="{x}" y2="{bottom}"/>')
        if year < scale.last.year:
            middle = _num(scale.x(dt.date(year, 7, 2)))
            parts.append(
                f'<text class="tl-tick-label" x="{middle}" y="{AXIS_TOP - 12}">{year}</text>'
            )
    return [*parts, "</g>"]


def _mark(event: Event, scale: _Scale, y: float) -> str:
    types = ", ".join(t.replace("_", " ") for t in event.types)
    title = f"<title>{escape(event.ref)}, {escape(in_words(event.date))}: {escape(types)}</title>"
    ref = quoteattr(event.ref)
    if not event.date.is_exact:
        left, right = scale.x(event.date.earliest), scale.x(event.date.latest + _DAY)
        return (
            f'<rect class="tl-uncertain" data-ref={ref} x="{_num(left)}" y="{_num(y - 4)}" '
            f'width="{_num(max(right - left, 2))}" height="8">{title}</rect>'
        )
    x = scale.x(event.date.earliest)
    if is_significant(event):
        r = MARK_RADIUS + 2
        points = f"{_num(x)},{_num(y - r)} {_num(x + r)},{_num(y)} {_num(x)},{_num(y + r)} " + (
            f"{_num(x - r)},{_num(y)}"
        )
        return f'<polygon class="tl-significant" data-ref={ref} points="{points}">{title}</polygon>'
    return (
        f'<circle class="tl-entry" data-ref={ref} cx="{_num(x)}" cy="{_num(y)}" '
        f'r="{MARK_RADIUS}">{title}</circle>'
    )


_DAY = dt.timedelta(days=1)


def _centre(event: Event, scale: _Scale) -> float:
    if event.date.is_exact:
        return scale.x(event.date.earliest)
    return (scale.x(event.date.earliest) + scale.x(event.date.latest + _DAY)) / 2


@dataclass(frozen=True)
class _Pin:
    """The findings whose earliest evidence is one entry, drawn as one labelled head there."""

    anchor: Event
    findings: tuple[Finding, ...]
    cited: tuple[Event, ...]

    @property
    def label(self) -> str:
        points = (lp for f in self.findings for lp in (f.learning_points or (f.check,)))
        return " ".join(dict.fromkeys(points))


def _pin_groups(findings: Sequence[Finding], by_ref: dict[str, Event]) -> list[_Pin]:
    grouped: dict[str, list[tuple[Finding, list[Event]]]] = {}
    order = sorted(findings, key=lambda f: (f.first_date, f.check, f.subject, f.message))
    for finding in order:
        cited = sorted(
            (by_ref[r] for r in dict.fromkeys(finding.evidence) if r in by_ref),
            key=lambda e: (e.date.earliest, e.ref),
        )
        grouped.setdefault(cited[0].ref, []).append((finding, cited))
    pins = [
        _Pin(
            by_ref[ref],
            tuple(f for f, _ in members),
            tuple(dict.fromkeys(e for _, cited in members for e in cited)),
        )
        for ref, members in grouped.items()
    ]
    return sorted(pins, key=lambda p: (p.anchor.date.earliest, p.anchor.ref))


def _pins(
    findings: Sequence[Finding],
    by_ref: dict[str, Event],
    lane_of: dict[str, int],
    scale: _Scale,
) -> list[str]:
    """One ``<g class="tl-pin">`` per evidence entry that is the earliest of some finding: a head
    labelled with those findings' learning points, a ring on every entry they cite, and a
    tooltip giving each finding."""
    parts = ['<g class="tl-findings">']
    row_ends: dict[tuple[int, int], float] = {}
    for pin in _pin_groups(findings, by_ref):
        lane = lane_of[pin.anchor.agency]
        width = 7 + 5.6 * len(pin.label)
        # The head stays inside the picture; its line still points at the entry.
        x = min(max(_centre(pin.anchor, scale), LABEL_WIDTH + width / 2), WIDTH - 2 - width / 2)
        free = (r for r in range(PIN_ROWS) if x - width / 2 > row_ends.get((lane, r), -1e9) + 2)
        row = next(free, 0)
        row_ends[(lane, row)] = x + width / 2
        parts.append(_pin(pin, x, width, row, lane_of, scale))
    return [*parts, "</g>"]


def _pin(
    pin: _Pin, x: float, width: float, row: int, lane_of: dict[str, int], scale: _Scale
) -> str:
    y = _lane_y(lane_of[pin.anchor.agency])
    mark = _centre(pin.anchor, scale)
    head = y - 13 - 12 * row
    tips = "\n".join(
        f"{'/'.join(f.learning_points) or f.check} ({f.check}), {f.first_date:%d %B %Y}: "
        f"{f.message} [{', '.join(r for r in f.evidence)}]"
        for f in pin.findings
    )
    rings = "".join(
        f'<circle class="tl-pin-ring" cx="{_num(_centre(e, scale))}" '
        f'cy="{_num(_lane_y(lane_of[e.agency]))}" r="{MARK_RADIUS + 3}"/>'
        for e in pin.cited
    )
    return (
        f'<g class="tl-pin" data-ref={quoteattr(pin.anchor.ref)} '
        f'data-learning-points={quoteattr(pin.label)} data-findings="{len(pin.findings)}">'
        f"<title>{escape(tips)}</title>{rings}"
        f'<line class="tl-pin-line" x1="{_num(mark)}" y1="{_num(y)}" x2="{_num(x)}" '
        f'y2="{_num(head)}"/><rect class="tl-pin-head" x="{_num(x - width / 2)}" '
        f'y="{_num(head - 6)}" '
        f'width="{_num(width)}" height="11" rx="2"/>'
        f'<text class="tl-pin-label" x="{_num(x)}" y="{_num(head + 2.5)}" '
        f'text-anchor="middle">{escape(pin.label)}</text></g>'
    )


def _legend(height: int) -> list[str]:
    y = height - LEGEND_HEIGHT / 2
    return [
        '<g class="tl-legend" aria-hidden="true">',
        f'<circle class="tl-entry" cx="{LABEL_WIDTH}" cy="{_num(y)}" r="{MARK_RADIUS}"/>',
        f'<text x="{LABEL_WIDTH + 8}" y="{_num(y + 4)}">entry</text>',
        f'<polygon class="tl-significant" points="{LABEL_WIDTH + 70},{_num(y - 5)} '
        f"{LABEL_WIDTH + 75},{_num(y)} {LABEL_WIDTH + 70},{_num(y + 5)} "
        f'{LABEL_WIDTH + 65},{_num(y)}"/>',
        f'<text x="{LABEL_WIDTH + 80}" y="{_num(y + 4)}">significant event</text>',
        f'<rect class="tl-uncertain" x="{LABEL_WIDTH + 190}" y="{_num(y - 4)}" width="24" '
        'height="8"/>',
        f'<text x="{LABEL_WIDTH + 220}" y="{_num(y + 4)}">'
        "uncertain date (earliest to latest)</text>",
        f'<rect class="tl-pin-head" x="{LABEL_WIDTH + 420}" y="{_num(y - 6)}" width="26" '
        'height="11" rx="2"/>',
        f'<text x="{LABEL_WIDTH + 452}" y="{_num(y + 4)}">finding, by learning point</text>',
        "</g>",
    ]
