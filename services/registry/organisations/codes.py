"""Standard codes checked offline: ISO 3166-1 countries, ISO 639-1 languages; and sector slugs.

Each check is a domain rule (`country`, `language`, `slug`) and, for the HTTP models, a type that states the rule
in the document (`CountryCode`, `CountryFilter`, `SectorSlug`); the country types refuse with the domain's message.
"""

import re
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from shared.errors import DomainError
from shared.values import Country, Language

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)


def _not_a_country(code: str) -> str:
    return f"{code!r} is not an ISO 3166-1 alpha-2 country code"


def _not_a_slug(value: str) -> str:
    return f"{value!r} must be lower-case words joined by hyphens, e.g. 'design-thinking'"


def country(code: str, field: str = "country") -> str:
    if code.upper() not in Country.__members__:
        raise DomainError(f"{field}: {_not_a_country(code)}")
    return code.upper()


def language(code: str, field: str = "language") -> str:
    if code.lower() not in Language.__members__:
        raise DomainError(f"{field}: {code!r} is not an ISO 639-1 language code")
    return code.lower()


def slug(value: str, field: str) -> str:
    if not _SLUG.match(value):
        raise DomainError(f"{field}: {_not_a_slug(value)}")
    return value


def _refusing(is_valid: Callable[[str], bool], message: Callable[[str], str],
              normalised: Callable[[str], str] = str) -> BeforeValidator:
    """Text is normalised, then checked and refused with the domain's own message; anything else is left to the type."""

    def check(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if not is_valid(normalised(value)):
            raise PydanticCustomError("invalid_code", message(value))
        return normalised(value)

    return BeforeValidator(check)


def _is_country(code: str) -> bool:
    return code in Country.__members__


CountryCode = Annotated[Country, _refusing(_is_country, _not_a_country)]
# Filters always read country codes in any case ('ua' is 'UA'): they still do.
CountryFilter = Annotated[Country, _refusing(_is_country, _not_a_country, str.upper)]
# Checked by the domain (`slug`), after the other fields, as imports report it: the document states the rule.
SectorSlug = Annotated[str, Field(description="a slug, e.g. 'creative-industries'",
                                  json_schema_extra={"pattern": SLUG_PATTERN})]
