"""Reading a receiver's Retry-After header: seconds, or an HTTP date."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait, or None when absent or unreadable (then our own backoff applies)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" dates; HTTP dates are always UTC
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())
