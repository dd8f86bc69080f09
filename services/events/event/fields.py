"""Field types of the request bodies, typed so that the OpenAPI document states the rules the domain checks:
numbers with the bounds storage keeps, codes as enums, texts that must not be blank.

Where the domain words a refusal more precisely than the schema would, the rule is only `documented` here and
the domain keeps its message.
"""

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, ValidationError, WrapValidator
from pydantic_core import PydanticCustomError

from shared.values import Country, Language, TimeZone

INT4_MAX = 2_147_483_647  # capacities and counts are PostgreSQL integers
# Amounts of money are bigints, but JSON readers (JavaScript's numbers) keep integers exact only up to 2**53 - 1.
EXACT_IN_JSON_MAX = 2**53 - 1


def json_integer(value: Any) -> Any:
    # A JSON integer may be written 1500.0; text ("1500") and booleans are not numbers, whatever Python thinks.
    if isinstance(value, str | bool):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


def whole_number(*, ge: int, le: int) -> Any:
    """An integer from `ge` to `le`, as JSON writes it (1500 or 1500.0)."""
    return Annotated[int, Field(ge=ge, le=le), BeforeValidator(json_integer)]


Count = whole_number(ge=1, le=INT4_MAX)  # seats: a capacity, an order's maximum


def coded(codes: type[StrEnum], what: str, expected: str) -> Any:
    """`codes` in the schema (an enum), refused with a short message instead of every value listed."""
    def check(value: Any, handler) -> StrEnum:
        try:
            return handler(value)
        except ValidationError:
            raise PydanticCustomError("enum", f"unknown {what} {value!r}, expected {expected}") from None
    return Annotated[codes, WrapValidator(check)]


Zone = coded(TimeZone, "time zone", "an IANA name like Europe/Berlin")
CountryCode = coded(Country, "country", "an ISO 3166-1 alpha-2 code like DE")
LanguageCode = coded(Language, "language", "an ISO 639-1 code like uk")


def documented(**schema: Any) -> Any:
    """A rule the domain checks with its own precise message, stated in the schema too."""
    return Field(json_schema_extra=schema)


def not_null(schema: dict[str, Any]) -> None:
    """For an optional field that, once sent, cannot be null (the domain says why): null left out of its schema."""
    schema["anyOf"] = [option for option in schema.get("anyOf", []) if option != {"type": "null"}]


NOT_BLANK = documented(pattern=r"\S")  # texts are stripped: blank ones are refused
