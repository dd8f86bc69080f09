"""Standard codes checked offline: ISO 3166-1 countries, ISO 639-1 languages."""

import re

import pycountry

from shared.errors import DomainError

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def country(code: str, field: str = "country") -> str:
    if pycountry.countries.get(alpha_2=code.upper()) is None or len(code) != 2:
        raise DomainError(f"{field}: {code!r} is not an ISO 3166-1 alpha-2 country code")
    return code.upper()


def language(code: str, field: str = "language") -> str:
    if len(code) != 2 or pycountry.languages.get(alpha_2=code.lower()) is None:
        raise DomainError(f"{field}: {code!r} is not an ISO 639-1 language code")
    return code.lower()


def slug(value: str, field: str) -> str:
    if not _SLUG.match(value):
        raise DomainError(f"{field}: {value!r} must be lower-case words joined by hyphens, e.g. 'design-thinking'")
    return value
