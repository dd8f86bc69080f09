"""Organisations registered twice before names were unique: the migration keeps the oldest, marks the others."""

import shutil
from datetime import UTC, datetime

import asyncpg
import pytest

from services.registry.app import MIGRATIONS
from services.registry.organisations import repository
from shared.db import connect
from shared.migrations import migrate
from harness.services import unique_schema

pytestmark = pytest.mark.integration
ADD_ORGANISATION = "INSERT INTO organisations (id, name, kind, country, city, created_at) VALUES" \
                   " (gen_random_uuid(), $1, 'university', 'UA', $2, $3) RETURNING id"


def year(number: int) -> datetime:
    return datetime(number, 1, 1, tzinfo=UTC)


async def test_existing_duplicates_are_marked_and_new_ones_refused(infra, tmp_path):
    schema = unique_schema("registry")
    for path in MIGRATIONS.glob("*.sql"):
        if "organisation_names" not in path.name:
            shutil.copy(path, tmp_path / path.name)
    await migrate(infra.database_url, schema, tmp_path)  # the schema as it was before the rule
    conn = await connect(infra.database_url, schema)
    try:
        oldest = await conn.fetchval(ADD_ORGANISATION, "Lviv Polytechnic", "Lviv", year(2023))
        later = await conn.fetchval(ADD_ORGANISATION, "LVIV  polytechnic", "lviv", year(2024))
        elsewhere = await conn.fetchval(ADD_ORGANISATION, "Lviv Polytechnic", "Kyiv", year(2024))
        assert await migrate(infra.database_url, schema, MIGRATIONS) != []
        marks = dict(await conn.fetch("SELECT id, duplicate_of FROM organisations"))
        assert marks == {oldest: None, later: oldest, elsewhere: None}
        with pytest.raises(asyncpg.UniqueViolationError):
            await conn.fetchval(ADD_ORGANISATION, "Lviv-Polytechnic", "Lviv", year(2025))
        duplicate = await repository.load_organisation(conn, later)
        await repository.save_organisation(conn, duplicate.changed(website="https://lp.example.org"))
        assert await conn.fetchval("SELECT duplicate_of FROM organisations WHERE id = $1", later) == oldest
        await repository.save_organisation(conn, duplicate.changed(name="Lviv Polytechnic Institute of Art"))
        assert await conn.fetchval("SELECT duplicate_of FROM organisations WHERE id = $1", later) is None
    finally:
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.close()
