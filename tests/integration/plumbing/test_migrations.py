import uuid

import pytest

from shared.migrations import PLUMBING_MIGRATIONS, migrate

PLUMBING = [f"plumbing/{p.stem}" for p in sorted(PLUMBING_MIGRATIONS.glob("*.sql"))]

pytestmark = pytest.mark.integration


async def test_migrations_apply_once_and_a_second_run_changes_nothing(infra, tmp_path):
    (tmp_path / "0001_things.sql").write_text("CREATE TABLE things (id int PRIMARY KEY);")
    schema = f"t_migrate_{uuid.uuid4().hex[:8]}"
    first = await migrate(infra.database_url, schema, tmp_path)
    second = await migrate(infra.database_url, schema, tmp_path)
    assert first == [*PLUMBING, f"{schema}/0001_things"]
    assert second == []


async def test_a_failing_migration_leaves_no_trace(infra, tmp_path):
    (tmp_path / "0001_broken.sql").write_text("CREATE TABLE half (id int); SELECT no_such_function();")
    schema = f"t_migrate_{uuid.uuid4().hex[:8]}"
    with pytest.raises(Exception, match="no_such_function"):
        await migrate(infra.database_url, schema, tmp_path)
    (tmp_path / "0001_broken.sql").write_text("CREATE TABLE half (id int);")
    assert await migrate(infra.database_url, schema, tmp_path) == [f"{schema}/0001_broken"]


async def test_plumbing_alone(infra):
    schema = f"t_migrate_{uuid.uuid4().hex[:8]}"
    assert await migrate(infra.database_url, schema, None) == PLUMBING


async def test_inbox_keys_named_after_a_consumer_group_become_the_event_type(infra):
    """A message applied under an old group-named key stays applied after the rename."""
    from shared.db import connect

    schema = f"t_inbox_keys_{uuid.uuid4().hex[:8]}"
    conn = await connect(infra.database_url, schema)
    try:
        await conn.execute(f'CREATE SCHEMA "{schema}"')
        await conn.execute("CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz"
                           " NOT NULL DEFAULT now())")
        for path in sorted(PLUMBING_MIGRATIONS.glob("*.sql"))[:2]:  # as a service was before the rename
            await conn.execute(path.read_text())
            await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", f"plumbing/{path.stem}")
        old = uuid.uuid4()
        await conn.execute("INSERT INTO inbox (consumer, message_id, event_type) VALUES"
                           " ('my-group.identity', $1, 'SigningKeyPublished')", old)
    finally:
        await conn.close()
    await migrate(infra.database_url, schema, None)
    conn = await connect(infra.database_url, schema)
    try:
        assert await conn.fetch("SELECT consumer FROM inbox WHERE message_id = $1", old) == [("SigningKeyPublished",)]
    finally:
        await conn.close()
