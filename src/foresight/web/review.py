"""The library calls behind the pages: a stored family, reviewed and reported.

>>> report = family_report(family, as_of=dt.date(2024, 1, 31))    # doctest: +SKIP
>>> [f.check for f in report.findings]                            # doctest: +SKIP
['FS-NAT2']
"""

from __future__ import annotations

import datetime as dt

from foresight.checks import review_case
from foresight.linkage import build_case
from foresight.reports import Report, build_report
from foresight.store.bundles import load_bundle
from foresight.store.models import Family


def family_report(family: Family, *, as_of: dt.date) -> Report:
    """Load the family's bundle from the store, link it, run the checks and build the report."""
    case = build_case(load_bundle(family))
    return build_report(review_case(case, as_of=as_of))
