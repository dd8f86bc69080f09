"""Versioned SQL migrations: the shared plumbing tables first, then the service's own.

Files are named `NNNN_description.sql` and applied once each, in order, each in its
own transaction. An advisory lock lets several replicas start at once safely.
"""

import logging
import zlib
from pathlib import Path

from shared.db import connect

PLUMBING_MIGRATIONS = Path(__file__).parent / "sql"
log = logging.getLogger(__name__)


def _migration_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.sql") if p.name[:4].isdigit())


async def migrate(dsn: str, schema: str, service_migrations: Path | None) -> list[str]:
    """Apply pending migrations to `schema`; return the versions applied now."""
    conn = await connect(dsn, schema)
    applied_now: list[str] = []
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", zlib.crc32(schema.encode()))
        await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations")}
        sources = [("plumbing", PLUMBING_MIGRATIONS)]
        if service_migrations is not None:
            sources.append((schema, service_migrations))
        for component, directory in sources:
            for path in _migration_files(directory):
                version = f"{component}/{path.stem}"
                if version in done:
                    continue
                async with conn.transaction():
                    await conn.execute(path.read_text())
                    await conn.execute(
                        "INSERT INTO schema_migrations (version) VALUES ($1)", version
                    )
                applied_now.append(version)
                log.info("migration applied", extra={"version": version, "schema": schema})
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", zlib.crc32(schema.encode()))
        await conn.close()
    return applied_now
