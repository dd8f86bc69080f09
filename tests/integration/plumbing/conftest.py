import uuid
import pytest

from shared.db import create_pool
from shared.migrations import migrate



@pytest.fixture
async def schema(infra) -> str:
    name = f"t_plumbing_{uuid.uuid4().hex[:8]}"
    await migrate(infra.database_url, name, None)
    return name


@pytest.fixture
async def pool(infra, schema):
    pool = await create_pool(infra.database_url, schema)
    yield pool
    await pool.close()
