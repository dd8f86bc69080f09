"""The demo experts: a few hundred people at the demo organisations, made up from a fixed random seed, so every
load gives the same names, skills, languages, roles, cities and bios."""

import random
from dataclasses import dataclass

from deploy import demo_bios, demo_names
from deploy.demo_http import stable_id
from deploy.demo_organisations import ORGANISATIONS
from deploy.demo_partnerships import PARTNERSHIPS, members
from deploy.demo_places import COUNTRIES, EXTRA_LANGUAGES

SEED = 20_240_501
EXPERTS = 300
WEIGHTS = {"university": 8, "college": 5, "business": 5, "it_cluster": 7, "ngo": 4, "cultural_institute": 5,
           "donor": 2}
SKILLS = {
    "university": ("design-thinking", "curriculum-design", "work-based-learning", "service-design", "data-science",
                   "intellectual-property", "creative-tourism", "film-production", "artificial-intelligence"),
    "college": ("fashion-design", "game-design", "work-based-learning", "curriculum-design", "ux-design"),
    "business": ("marketing", "pitching", "startup-funding", "business-modelling", "game-design", "film-production",
                 "ux-design", "music-business"),
    "it_cluster": ("software-engineering", "data-science", "artificial-intelligence", "cybersecurity", "ux-design",
                   "startup-funding", "pitching"),
    "ngo": ("design-thinking", "creative-tourism", "marketing", "business-modelling", "service-design"),
    "cultural_institute": ("museum-management", "creative-tourism", "music-business", "film-production",
                           "intellectual-property"),
    "donor": ("startup-funding", "business-modelling", "intellectual-property"),
}
ROLES = ("coach", "trainer", "speaker", "moderator", "facilitator", "mentor")
AVAILABILITY = ("Weekday evenings", "Two days a month", "Fridays", "During term breaks", "One week a quarter",
                "Mornings, by arrangement", "Weekends")


@dataclass(frozen=True)
class Expert:
    id: str
    name: str
    organisations: tuple[str, ...]  # organisation keys
    roles: tuple[str, ...]
    row: dict  # as the registry's bulk import takes it (POST /imports/experts)


def _colleagues(key: str) -> list[str]:
    """Organisations sharing a partnership with `key`: where a second affiliation is likely."""
    return sorted({o for p in PARTNERSHIPS for o in members(p) if key in members(p)} - {key})


def _allocation(rng: random.Random) -> list[str]:
    """Two experts at every organisation, the rest spread by the organisation's kind."""
    keys = list(ORGANISATIONS)
    rest = rng.choices(keys, [WEIGHTS[ORGANISATIONS[k][0]] for k in keys], k=EXPERTS - 2 * len(keys))
    return sorted(keys * 2 + rest, key=keys.index)


def experts(taxonomy: list[dict]) -> list[Expert]:
    """`taxonomy`: GET /skills; skills it lacks are left out."""
    rng, skills, taken = random.Random(SEED), {s["slug"]: s for s in taxonomy}, set()
    return [_expert(rng, key, skills, taken) for key in _allocation(rng)]


def _expert(rng: random.Random, key: str, skills: dict[str, dict], taken: set[str]) -> Expert:
    """Someone at organisation `key`, now and then from another country or with a second affiliation."""
    kind, city, country, _, names, _ = ORGANISATIONS[key]
    origin = country if rng.random() > 0.08 else rng.choice(sorted(set(COUNTRIES) - {country}))
    female = rng.random() < 0.55
    name = demo_names.unique_name(rng, origin, female, taken)
    organisations = [key]
    if rng.random() < 0.15 and (colleagues := _colleagues(key)):
        organisations.append(rng.choice(colleagues))
    chosen = rng.sample([s for s in SKILLS[kind] if s in skills], k=rng.choice((2, 2, 3, 3, 4)))
    if rng.random() < 0.25 and (parent := skills[chosen[0]]["parent"]):
        chosen.append(parent)
    roles = rng.sample(ROLES, k=rng.choice((1, 2, 2, 3)))
    languages = [*COUNTRIES[origin].languages, *COUNTRIES[country].languages]
    languages += ["en"] if rng.random() < 0.9 else []
    languages += [rng.choice(EXTRA_LANGUAGES[origin])] if rng.random() < 0.3 else []
    home = city if rng.random() < 0.8 else rng.choice(COUNTRIES[country].cities)
    row = {
        "id": stable_id("expert", name), "name": name, "organisations": organisations, "skills": chosen,
        "languages": list(dict.fromkeys(languages)), "roles": roles, "city": home, "country": country,
        "available_remote": rng.random() < 0.65,
        "bio": demo_bios.bio(country=country, kind=kind, title=rng.randrange(5), female=female,
                             organisation={"en": ORGANISATIONS[key][3], **names},
                             skills=[skills[s] for s in chosen[:2]], role=roles[0]),
        "email": demo_names.email(name, key),
        "visibility": {"email": "network"} if rng.random() < 0.5 else {},
    }
    if rng.random() < 0.8:
        row["availability"] = rng.choice(AVAILABILITY)
    if rng.random() < 0.35:
        code = COUNTRIES[country].phone
        row["phone"] = f"{code} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return Expert(row["id"], name, tuple(organisations), tuple(roles), row)
