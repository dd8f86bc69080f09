"""What search may know of an expert, per audience: never more than that audience may see. No I/O."""

from dataclasses import dataclass

from services.registry.experts.domain import Audience, Expert
from services.registry.search import fold, words


@dataclass(frozen=True)
class Skill:
    slug: str
    name: str
    names: dict[str, str]
    parent: str | None


def with_ancestors(slugs, taxonomy: dict[str, Skill]) -> list[str]:
    """Each skill and every skill above it: a search for a skill finds its sub-skills."""
    found: dict[str, None] = {}
    for slug in slugs:
        while slug is not None and slug not in found:
            found[slug] = None
            slug = taxonomy[slug].parent
    return list(found)


def skill_words(slugs, taxonomy: dict[str, Skill]) -> str:
    return " ".join(" ".join([taxonomy[s].name, *taxonomy[s].names.values()]) for s in slugs)


def search_row(expert: Expert, taxonomy: dict[str, Skill], organisation_kinds: list[str]) -> dict:
    """Column values of `expert_search`; `*_text` become tsvectors in SQL."""
    row = {"expert_id": expert.id, "name": expert.name, "name_key": fold(expert.name),
           "name_text": words(expert.name), "organisation_ids": list(expert.organisation_ids),
           "organisation_kinds": sorted(set(organisation_kinds))}
    for prefix, audience in (("pub", Audience.PUBLIC), ("net", Audience.NETWORK)):
        seen = expert.visible_to(audience)
        skills = seen.get("skills", ())
        row |= {
            f"{prefix}_bio_text": words(seen.get("bio")),
            f"{prefix}_skills_text": words(skill_words(skills, taxonomy)),
            f"{prefix}_city": seen.get("city"),
            f"{prefix}_country": seen.get("country"),
            f"{prefix}_languages": list(seen.get("languages", ())),
            f"{prefix}_skills": with_ancestors(skills, taxonomy),
            f"{prefix}_roles": [r.value for r in seen.get("roles", ())],
        }
    return row
