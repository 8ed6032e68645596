"""The year an undated story was put online, read from its address: many news sites file a page
under ``/2025/04/`` (year and month) or ``/2025/`` (year alone). A story with no publication date
and no year written anywhere cannot say which year "on April 19" fell in; the address can.

It serves as the reader's anchor (``latest_written_date``'s place): it completes days and months
written without a year, and nothing else, so a weekday ("on Tuesday") still names no day."""

from __future__ import annotations

import calendar
import re
from datetime import date

from scamgraph.loaders.date_values import _TOLD_WITHIN

#: "/2025/04/" or "/2025/" as a folder of the address (not "/2025-04-19-story": part of a name,
#: and "/2024/12-filipinos-freed" keeps only the year: the "12" opens the page's name)
_FILED_UNDER = re.compile(r"/((?:19|20)\d\d)/(?:(0?[1-9]|1[0-2])/)?")


def address_anchor(url: str) -> date | None:
    """The anchor an address gives: a day whose window of telling (``_TOLD_WITHIN``) ends on the
    last day of the month (or year) the page is filed under, so that a day written without its
    year is the last such day up to then."""
    found = _FILED_UNDER.search(url or "")
    if found is None:
        return None
    year = int(found.group(1))
    month = int(found.group(2)) if found.group(2) else 12
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    return last_day - _TOLD_WITHIN
