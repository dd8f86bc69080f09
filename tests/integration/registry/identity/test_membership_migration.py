"""Memberships made before other services learned them are announced once, each in its own message."""

import shutil
import uuid

import pytest

from services.registry.app import MIGRATIONS
from shared.db import connect
from shared.migrations import migrate

pytestmark = pytest.mark.integration

_ANNOUNCING = "0014_memberships_announced.sql"


async def test_an_existing_database_announces_each_membership_with_its_own_message(infra, tmp_path):
    for path in sorted(MIGRATIONS.glob("*.sql")):
        if path.name < _ANNOUNCING:
            shutil.copy(path, tmp_path / path.name)
    schema = f"t_members_{uuid.uuid4().hex[:8]}"
    await migrate(infra.database_url, schema, tmp_path)
    conn = await connect(infra.database_url, schema)
    try:
        organisation = uuid.uuid4()
        await conn.execute("INSERT INTO organisations (id, name, kind, country, city)"
                           " VALUES ($1, 'Kyiv Tech', 'university', 'UA', 'Kyiv')", organisation)
        users = [uuid.uuid4() for _ in range(3)]
        for n, user in enumerate(users):
            await conn.execute("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, 'x')",
                               user, f"member{n}@example.org")
            await conn.execute("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'admin')",
                               user, organisation)

        await migrate(infra.database_url, schema, MIGRATIONS)

        announced = await conn.fetch("SELECT message_id, message_key FROM outbox"
                                     " WHERE event_type = 'OrganisationMemberAdded'")
    finally:
        await conn.close()
    assert sorted(r["message_key"] for r in announced) == sorted(str(u) for u in users)
    assert len({r["message_id"] for r in announced}) == 3
