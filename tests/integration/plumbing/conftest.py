import uuid
from pathlib import Path

import pytest

from shared.db import create_pool
from shared.migrations import migrate

EMPTY_MIGRATIONS = Path(__file__).parent / "no_migrations"


@pytest.fixture
async def schema(infra) -> str:
    name = f"t_plumbing_{uuid.uuid4().hex[:8]}"
    await migrate(infra.database_url, name, EMPTY_MIGRATIONS)
    return name


@pytest.fixture
async def pool(infra, schema):
    pool = await create_pool(infra.database_url, schema)
    yield pool
    await pool.close()
