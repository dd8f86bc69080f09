"""Which language an email is written in."""

from typing import Any

LANGUAGES = ("en", "uk")
DEFAULT_LANGUAGE = "en"


def language_of(payload: dict[str, Any]) -> str:
    """The recipient's language if we write it ('uk-UA' counts as 'uk'), else English."""
    wanted = str(payload.get("language") or "").strip().lower().replace("_", "-").split("-")[0]
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE
