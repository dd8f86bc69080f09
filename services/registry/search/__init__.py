"""Search over experts, organisations and resources: full text, typo-tolerant names, facets, cursors."""

from anyascii import anyascii


def fold(text: str) -> str:
    """Lower-case ASCII, so 'Оксана' and 'oksana' share trigrams (the database's C locale folds neither)."""
    return anyascii(text).lower()


def words(text: str | None) -> str:
    """Full-text input lower-cased here: PostgreSQL's C locale lower-cases Latin letters only."""
    return (text or "").lower()
