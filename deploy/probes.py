"""Health probes: a server counts as ready only when a real client request succeeds."""

from __future__ import annotations

import asyncio
import logging
import socket
from concurrent.futures import ThreadPoolExecutor

import asyncpg
from aiokafka.admin import AIOKafkaAdminClient


def run_sync(coro):
    """Run a coroutine from sync code, also when the calling thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


async def kafka_answers(bootstrap_servers: str, timeout: float = 5.0) -> bool:
    """True when the broker lists its topics."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=int(timeout * 1000))
    client_log = logging.getLogger("aiokafka")
    previous_level = client_log.level
    client_log.setLevel(logging.CRITICAL)  # a refused probe is an answer here, not an error worth logging
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        return True
    except Exception:
        return False
    finally:
        await admin.close()
        client_log.setLevel(previous_level)


async def postgres_answers(database_url: str, timeout: float = 5.0) -> bool:
    """True when the database accepts a login and runs SELECT 1."""
    try:
        connection = await asyncpg.connect(database_url, timeout=timeout)
    except Exception:
        return False
    try:
        return await connection.fetchval("SELECT 1") == 1
    except Exception:
        return False
    finally:
        await connection.close()
