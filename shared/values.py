"""Values every service reads the same way, typed so the OpenAPI document states their rules: moments and days
in ISO 8601 only; time zones, countries and languages as enums of their standard codes; e-mail addresses."""

import importlib.resources
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import pycountry
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, AwareDatetime, BeforeValidator, WithJsonSchema
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


def _valid_email(address: str) -> str:
    """An address as `EmailStr` reads it (normalised, deliverability not checked), but on the `.test` domain too:
    RFC 2606 reserves it for testing, and clients test against the platform with such addresses."""
    try:
        return validate_email(address, check_deliverability=False, test_environment=True).normalized
    except EmailNotValidError as error:
        raise PydanticCustomError("value_error", "value is not a valid email address: {reason}",
                                  {"reason": str(error)}) from None


Email = Annotated[str, AfterValidator(_valid_email), WithJsonSchema({"type": "string", "format": "email"})]
