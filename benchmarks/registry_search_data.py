"""A large, plausible network for the search benchmark: organisations and experts in UA, KZ, GB cities."""

import random
import uuid

import asyncpg

from services.registry.experts import repository as expert_store
from services.registry.experts.domain import Expert
from services.registry.experts.search_rows import search_row
from services.registry.search import fold

CITIES = [("Kyiv", "UA"), ("Lviv", "UA"), ("Kharkiv", "UA"), ("Odesa", "UA"), ("Dnipro", "UA"), ("Zaporizhzhia", "UA"),
          ("Vinnytsia", "UA"), ("Chernivtsi", "UA"), ("Ivano-Frankivsk", "UA"), ("Uzhhorod", "UA"), ("Poltava", "UA"),
          ("Sumy", "UA"), ("Lutsk", "UA"), ("Ternopil", "UA"), ("Mykolaiv", "UA"), ("Almaty", "KZ"), ("Astana", "KZ"),
          ("Shymkent", "KZ"), ("Karaganda", "KZ"), ("Aktobe", "KZ"), ("Pavlodar", "KZ"), ("Oskemen", "KZ"),
          ("London", "GB"), ("Manchester", "GB"), ("Edinburgh", "GB"), ("Glasgow", "GB"), ("Cardiff", "GB"),
          ("Belfast", "GB"), ("Tbilisi", "GE"), ("Yerevan", "AM")]
FIRST = ["Oksana", "Taras", "Olena", "Andrii", "Iryna", "Dmytro", "Aigerim", "Nursultan", "Aliya", "Yerlan",
         "James", "Emma", "Oliver", "Sophie", "Оксана", "Тарас", "Олена", "Андрій", "Ірина", "Дмитро", "Айгерім",
         "Ерлан", "Mariam", "Giorgi"]
LAST = ["Bondarenko", "Shevchenko", "Kovalenko", "Tkachenko", "Kravchenko", "Melnyk", "Nurlanov", "Zhaksylykov",
        "Abenova", "Smith", "Jones", "Taylor", "Brown", "Бондаренко", "Шевченко", "Коваленко", "Ткаченко", "Мельник",
        "Жаксылыков", "Нурланов", "Beridze", "Petrosyan"]
BIOS = ["Runs design thinking workshops for universities and SMEs.",
        "Проводить воркшопи з дизайну послуг для міських рад та бізнесу.",
        "Mentors founders of games studios; judge at game jams.",
        "Data science for creative businesses and museum audiences.",
        "Навчає маркетингу та пітчингу для стартапів.",
        "Розробляє програми освіти на робочому місці разом з коледжами.",
        "Curator and museum manager, creative tourism routes.",
        "Фасилітатор стратегічних сесій і хакатонів."]
KINDS = ["university", "college", "business", "it_cluster", "ngo", "cultural_institute", "public_body", "donor"]
LANGUAGES = ["uk", "en", "kk", "ru", "ka", "hy", "pl", "de"]
ROLES = ["coach", "trainer", "speaker", "moderator", "facilitator", "mentor"]


async def load(pool: asyncpg.Pool, *, experts: int, organisations: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    async with pool.acquire() as conn:
        taxonomy = await expert_store.taxonomy(conn)
        orgs = [_organisation(rng, i) for i in range(organisations)]
        await conn.executemany(
            "INSERT INTO organisations (id, name, kind, country, city, names, sectors, status, name_key)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", [o[:-1] for o in orgs])
        kinds = {o[0]: o[2] for o in orgs}
        leaves = [s for s in taxonomy.values() if s.parent is not None]
        for start in range(0, experts, 5000):
            batch = [_expert(rng, orgs, leaves) for _ in range(start, min(start + 5000, experts))]
            async with conn.transaction():
                await conn.executemany(
                    f"INSERT INTO experts (id, {', '.join(expert_store.COLUMNS)})"
                    f" VALUES ({', '.join(f'${i}' for i in range(1, len(expert_store.COLUMNS) + 2))})",
                    [_record(e) for e in batch])
                await expert_store.insert_search_rows(conn, [
                    search_row(e, taxonomy, [kinds[o] for o in e.organisation_ids]) for e in batch])
        await conn.execute("ANALYZE")


def _organisation(rng: random.Random, i: int) -> tuple:
    city, country = rng.choice(CITIES)
    kind = rng.choice(KINDS)
    name = f"{city} {kind.replace('_', ' ').title()} {i}"
    return (uuid.uuid4(), name, kind, country, city, {}, [], "active", fold(name), None)


def _expert(rng: random.Random, orgs: list[tuple], leaves) -> Expert:
    home = rng.choice(orgs)
    visibility = rng.choice([{}, {}, {}, {}, {"bio": "network"}, {"location": "network"}])
    return Expert(
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", organisation_ids=(home[0],),
        skills=tuple(s.slug for s in rng.sample(leaves, rng.randint(1, 3))),
        languages=tuple(rng.sample(LANGUAGES, rng.randint(1, 3))), roles=tuple(rng.sample(ROLES, rng.randint(1, 2))),
        city=home[4], country=home[3], available_remote=rng.random() < 0.5, bio=rng.choice(BIOS),
        email=f"expert{rng.randrange(10**9)}@example.org", visibility=visibility,
    )


def _record(expert: Expert) -> tuple:
    return tuple(expert_store.values(expert))
