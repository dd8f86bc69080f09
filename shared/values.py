"""Values every service reads the same way, typed so the OpenAPI document states their rules: moments and days
in ISO 8601 only; time zones, countries and languages as enums of their standard codes."""

import importlib.resources
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import pycountry
from pydantic import AwareDatetime, BeforeValidator
from pydantic_core import PydanticCustomError


def _iso_8601_only(value: Any) -> Any:
    # Pydantic reads numbers (and numeric text) as Unix times: `?to=0.5` would mean 1970. Refuse them.
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number or (isinstance(value, str) and value.strip().lstrip("+-").replace(".", "", 1).isdigit()):
        raise PydanticCustomError("iso_8601", "must be written in ISO 8601, e.g. 2026-05-14T18:00:00+03:00")
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(_iso_8601_only)]
Day = Annotated[date, BeforeValidator(_iso_8601_only)]

# From the pinned tzdata package, not the machine's zone files: the same list, and document, everywhere.
_ZONE_NAMES = sorted((importlib.resources.files("tzdata") / "zones").read_text().split())
TimeZone = StrEnum("TimeZone", {name: name for name in _ZONE_NAMES}, module=__name__)
TimeZone.__doc__ = "An IANA time zone name, e.g. Europe/Kyiv"

# From the pinned pycountry package, likewise.
Country = StrEnum("Country", {c.alpha_2: c.alpha_2 for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)},
                  module=__name__)
Country.__doc__ = "An ISO 3166-1 alpha-2 country code, e.g. UA"
Language = StrEnum("Language", {code: code for code in sorted(
    lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))}, module=__name__)
Language.__doc__ = "An ISO 639-1 language code, e.g. uk"
