"""PostgreSQL connection pools: one schema per service, JSON in and out."""

import json

import asyncpg


async def _init_connection(conn: asyncpg.Connection) -> None:
    for json_type in ("json", "jsonb"):
        await conn.set_type_codec(
            json_type, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Released connections skip asyncpg's reset query (a round trip per release).

    asyncpg still rolls back an open transaction and drops listeners before calling this; our
    code changes session state only with SET LOCAL and transaction-scoped advisory locks.
    """


async def create_pool(dsn: str, schema: str, *, min_size: int = 2, max_size: int = 10) -> asyncpg.Pool:
    """A pool whose connections see only `schema` (and `public` for extensions)."""
    return await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        server_settings={"search_path": f"{schema},public", "application_name": schema},
    )


async def connect(dsn: str, schema: str) -> asyncpg.Connection:
    conn = await asyncpg.connect(
        dsn, server_settings={"search_path": f"{schema},public", "application_name": schema}
    )
    await _init_connection(conn)
    return conn
