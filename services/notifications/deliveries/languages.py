"""Which language an email is written in."""

from collections.abc import Collection
from typing import Any

LANGUAGES = ("en", "uk", "de")  # what every email and feed summary is written in
DEFAULT_LANGUAGE = "en"


def language_of(payload: dict[str, Any], offered: Collection[str] = LANGUAGES) -> str:
    """The recipient's language if we write it ('uk-UA' counts as 'uk'), else English.

    `offered`: the languages of one template, where it has more than every email has (tickets_issued: de)."""
    wanted = str(payload.get("language") or "").strip().lower().replace("_", "-").split("-")[0]
    return wanted if wanted in offered else DEFAULT_LANGUAGE
