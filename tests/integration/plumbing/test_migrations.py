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
