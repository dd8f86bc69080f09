"""Field types the HTTP models of experts, search, the map and resources share: codes read in any case but
documented as the standard's enums, and optional values documented without a null they cannot take."""

from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from shared.values import Country, Language


def _country_code(value):
    """Any case, as codes were always read; a wrong one named as the domain names it, not by all 249 codes."""
    if isinstance(value, str) and value.upper() not in Country._value2member_map_:
        raise PydanticCustomError("country_code", "{code} is not an ISO 3166-1 alpha-2 country code",
                                  {"code": repr(value)})
    return value.upper() if isinstance(value, str) else value


def _language_code(value):
    if isinstance(value, str) and value.lower() not in Language._value2member_map_:
        raise PydanticCustomError("language_code", "{code} is not an ISO 639-1 language code", {"code": repr(value)})
    return value.lower() if isinstance(value, str) else value


# The document lists the codes in their standard case; requests may write them in any.
AnyCaseCountry = Annotated[Country, BeforeValidator(_country_code)]
AnyCaseLanguage = Annotated[Language, BeforeValidator(_language_code)]


def without_null(schema: dict) -> None:
    """The document of a field that may be left out of a change but not sent as null (the model refuses null
    itself, naming the field)."""
    if "anyOf" in schema:
        schema.update(next(branch for branch in schema.pop("anyOf") if branch.get("type") != "null"))


def optional_query(**documented):
    """A query parameter that may be left out, documented without the null no query string can send."""
    return Query(json_schema_extra=without_null, **documented)
