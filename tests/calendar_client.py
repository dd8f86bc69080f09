"""A calendar client that converts times with the feed's own VTIMEZONE blocks (dateutil's tzical), not with
its own zone data, to check those blocks against the zone rules Python uses."""

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.tz import tzical


def zones_of(body: bytes) -> tzical:
    return tzical(io.StringIO(body.decode()))


def misread_instants(body: bytes, name: str, since: datetime, until: datetime) -> list[str]:
    """The instants, every 30 minutes from `since` to `until`, at which the feed's block for `name` gives
    another wall-clock time or offset than the zone's rules."""
    block, rules = zones_of(body).get(name), ZoneInfo(name)
    wrong, instant = [], since.astimezone(UTC)
    while instant < until:
        expected, shown = instant.astimezone(rules), instant.astimezone(block)
        if (expected.replace(tzinfo=None), expected.utcoffset()) != (shown.replace(tzinfo=None), shown.utcoffset()):
            wrong.append(f"{instant:%Y-%m-%dT%H:%MZ} is {expected:%H:%M%z}, the block says {shown:%H:%M%z}")
        instant += timedelta(minutes=30)
    return wrong
