"""Demo data for the registry: a Creative Spark-like network of partnerships in Ukrainian, Kazakh and UK cities,
with experts, resources and a champion, created through the registry's HTTP API as the bootstrap operator."""

from datetime import UTC, datetime

import httpx

ORGANISATIONS = {
    "karazin": {"name": "V. N. Karazin Kharkiv National University", "kind": "university", "country": "UA",
                "city": "Kharkiv", "names": {"uk": "Харківський національний університет імені В. Н. Каразіна"},
                "sectors": ["higher-education"]},
    "kharkiv-it": {"name": "Kharkiv IT Cluster", "kind": "it_cluster", "country": "UA", "city": "Kharkiv",
                   "sectors": ["software", "creative-industries"]},
    "almau": {"name": "Almaty Management University", "kind": "university", "country": "KZ", "city": "Almaty",
              "names": {"kk": "Алматы Менеджмент Университеті"}},
    "almaty-college": {"name": "Almaty College of Design", "kind": "college", "country": "KZ", "city": "Almaty"},
    "qaz-studio": {"name": "Qazaq Games Studio", "kind": "business", "country": "KZ", "city": "Astana"},
    "manchester": {"name": "Manchester School of Creative Enterprise", "kind": "university", "country": "GB",
                   "city": "Manchester"},
    "institute": {"name": "Creative Economy Cultural Institute", "kind": "cultural_institute", "country": "GB",
                  "city": "London"},
}
PARTNERSHIPS = [
    ("Creative Spark Kharkiv", [("karazin", "lead"), ("kharkiv-it", "partner"), ("manchester", "associate")]),
    ("Creative Spark Almaty", [("almau", "lead"), ("almaty-college", "partner"), ("qaz-studio", "partner"),
                               ("institute", "associate")]),
]
EXPERTS = [
    ("Olena Kovalenko", "karazin", ["design-thinking", "curriculum-design"], ["uk", "en"], ["coach", "facilitator"],
     "Kharkiv", "UA", "Веде спринти з дизайн-мислення для університетів і бізнесу."),
    ("Dmytro Melnyk", "kharkiv-it", ["software-engineering", "ux-design"], ["uk", "en"], ["mentor", "speaker"],
     "Kharkiv", "UA", "Product engineer; mentors student teams at hackathons."),
    ("Aigerim Abenova", "almau", ["entrepreneurship", "pitching"], ["kk", "ru", "en"], ["trainer", "moderator"],
     "Almaty", "KZ", "Trains founders to pitch; moderates demo days."),
    ("Yerlan Zhaksylykov", "qaz-studio", ["game-design"], ["kk", "ru"], ["speaker"], "Astana", "KZ",
     "Game designer at an indie studio."),
    ("Sophie Taylor", "manchester", ["service-design", "work-based-learning"], ["en"], ["coach", "trainer"],
     "Manchester", "GB", "Service design and work-based learning for creative enterprise."),
]


def _created(response: httpx.Response) -> dict:
    if response.status_code not in (200, 201):
        raise SystemExit(f"{response.request.method} {response.request.url} → {response.status_code}: {response.text}")
    return response.json()


def seed_network(client: httpx.Client, registry: str, headers: dict[str, str], lviv_partnership_id: str) -> dict:
    """Organisations, partnerships, a network with the Lviv partnership as this year's champion, experts, resources."""
    orgs = {key: _created(client.post(f"{registry}/organisations", json=body, headers=headers))
            for key, body in ORGANISATIONS.items()}
    partnerships = [_created(client.post(f"{registry}/partnerships", headers=headers, json={
        "name": name, "programme": "Creative Spark",
        "members": [{"organisation_id": orgs[key]["id"], "role": role} for key, role in members]}))
        for name, members in PARTNERSHIPS]
    network = _created(client.post(f"{registry}/networks", headers=headers, json={
        "name": f"Creative Spark network {datetime.now(UTC):%Y%m%d%H%M%S}",
        "partnership_ids": [lviv_partnership_id, *[p["id"] for p in partnerships]]}))
    year = datetime.now(UTC).year
    _created(client.post(f"{registry}/networks/{network['id']}/champions", headers=headers, json={
        "partnership_id": lviv_partnership_id, "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}))
    for name, org, skills, languages, roles, city, country, bio in EXPERTS:
        _created(client.post(f"{registry}/experts", headers=headers, json={
            "name": name, "organisation_ids": [orgs[org]["id"]], "skills": skills, "languages": languages,
            "roles": roles, "city": city, "country": country, "bio": bio, "available_remote": True,
            "email": f"{name.split()[0].lower()}@example.org", "visibility": {"email": "network"}}))
    _created(client.post(f"{registry}/resources", headers=headers, json={
        "kind": "venue", "organisation_id": orgs["kharkiv-it"]["id"], "title": "Kharkiv IT Cluster event hall",
        "quantity": 1, "city": "Kharkiv", "country": "UA", "conditions": "weekday evenings"}))
    _created(client.post(f"{registry}/resources", headers=headers, json={
        "kind": "internship_places", "organisation_id": orgs["qaz-studio"]["id"], "title": "Game design internships",
        "quantity": 4, "city": "Astana", "country": "KZ"}))
    return network
