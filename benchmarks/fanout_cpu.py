"""Where the fan-out benchmark's time went: CPU of our processes, the database's backends, the machine (Linux /proc)."""

from pathlib import Path

import asyncpg

from harness.processes import cpu_seconds


async def database_cpu(infra) -> dict[int, float]:
    """CPU of each PostgreSQL backend serving our database (the server shares this machine)."""
    conn = await asyncpg.connect(infra.database_url)
    try:
        pids = [r["pid"] for r in await conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]
    finally:
        await conn.close()
    found = {}
    for pid in pids:
        found[pid] = cpu_seconds(pid)  # 0 if gone meanwhile
    return found


def machine_cpu() -> tuple[int, int]:
    """(all, idle) jiffies of every core so far, from /proc/stat."""
    jiffies = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return sum(jiffies), jiffies[3] + jiffies[4]
