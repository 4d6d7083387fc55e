"""Norwegian public holidays and the deadline to bring a refused request to Tvisteløsningsnemnda\n(forskrift om tvisteløsningsnemnd § 4 (1)).

The holidays and the computation live in advisor.core.holidays (answers compute the same day); they are
re-exported here for the refusal check."""

from __future__ import annotations

from datetime import date

from advisor.core.holidays import (  # noqa: F401
    HOLIDAYS_EN,
    easter_sunday,
    non_working_reason,
    norwegian_public_holidays,
    skipped_days,
    tln_deadline,
)

# A date this late is a typo, and the deadline after it cannot be computed (it passes year 9999).
_LATEST_DATE = date(9998, 12, 31)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return d if d <= _LATEST_DATE else None
