"""The transactional outbox: record events with the change, relay them to Kafka.

`record` runs inside the caller's transaction, so an event exists exactly when the
change it describes committed. One `OutboxRelay` per schema leads at a time (an
advisory lock; replicas stand by) and claims rows with FOR UPDATE SKIP LOCKED in id
order, so each aggregate's events are published in commit order, with acks=all
and the idempotent producer, keyed by aggregate id, and deletes them after the
broker acknowledged. A crash in between republishes: delivery is at least once and
consumers deduplicate on `message_id`.
"""

import asyncio
import json
import logging
from collections.abc import Iterable

import asyncpg
from aiokafka import AIOKafkaProducer

from shared import telemetry
from shared.envelope import Envelope
from shared.topics import topic_of

log = logging.getLogger(__name__)


def rows(events: Iterable[Envelope]) -> list[tuple]:
    """Outbox rows for `events`, with the trace context: (message_id, topic, message_key, event_type,
    payload, headers)."""
    trace = telemetry.current_trace_headers()
    rows = []
    for event in events:
        event = event.model_copy(update=trace)
        rows.append((event.message_id, topic_of(event).name, str(event.aggregate_id), event.type,
                     event.model_dump(mode="json"), trace))
    return rows


def insert_statement(first: int = 1, *, joined_with: str | None = None) -> str:
    """The outbox INSERT, its rows read from the six arrays `row_arrays` gives as $first..$first+5.

    A caller writing its change in one statement of its own embeds it as a CTE; `joined_with`
    names a CTE of that statement which must yield a row for anything to be written.
    """
    p = [f"${first + i}" for i in range(6)]
    source = f"{joined_with}, " if joined_with else ""
    return (
        "INSERT INTO outbox (message_id, topic, message_key, event_type, payload, headers)"
        " SELECT e.message_id, e.topic, e.message_key, e.event_type, e.payload::jsonb, e.headers::jsonb"
        f" FROM {source}unnest({p[0]}::uuid[], {p[1]}::text[], {p[2]}::text[], {p[3]}::text[],"
        f" {p[4]}::text[], {p[5]}::text[]) WITH ORDINALITY"
        " AS e(message_id, topic, message_key, event_type, payload, headers, n) ORDER BY e.n"
    )


def row_arrays(events: Iterable[Envelope]) -> list[list]:
    """The six parameter arrays of `insert_statement`, in the order the events were recorded."""
    written = rows(events)
    return [[row[0] for row in written], [row[1] for row in written], [row[2] for row in written],
            [row[3] for row in written], [json.dumps(row[4]) for row in written],
            [json.dumps(row[5]) for row in written]]


async def record(conn: asyncpg.Connection, events: Iterable[Envelope]) -> None:
    """Write events to the outbox in the caller's transaction. Only the unit of work calls this."""
    arrays = row_arrays(events)
    if arrays[0]:
        await conn.execute(insert_statement(), *arrays)


def create_producer(bootstrap_servers: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        linger_ms=2,
        client_id="outbox-relay",
    )


class OutboxRelay:
    def __init__(
        self,
        pool: asyncpg.Pool,
        producer: AIOKafkaProducer,
        *,
        schema: str,
        batch_size: int = 500,
        idle_poll_seconds: float = 5.0,
        standby_poll_seconds: float = 1.0,
    ) -> None:
        self._pool = pool
        self._producer = producer
        self._channel = f"outbox_{schema}"
        self._batch_size = batch_size
        self._idle_poll_seconds = idle_poll_seconds
        self._standby_poll_seconds = standby_poll_seconds
        self._wake = asyncio.Event()
        # Observable states, for operations and tests: holding the schema's lead; idle, waiting on NOTIFY.
        self.leading = asyncio.Event()
        self.idle = asyncio.Event()

    async def run(self) -> None:
        """Publish until cancelled, while this relay leads its schema's outbox (see `_lead`)."""
        while True:
            listener = await self._pool.acquire()
            try:
                await self._lead(listener)
                self.leading.set()
                await listener.add_listener(self._channel, self._on_notify)
                await self._publish_while_leading(listener)
            except (OSError, asyncpg.PostgresError, asyncio.TimeoutError) as error:
                log.warning("outbox relay lost its lead, retrying", extra={"error": str(error)})
            finally:
                self.leading.clear()
                self.idle.clear()
                await self._step_down(listener)
            await asyncio.sleep(1)

    async def _lead(self, listener: asyncpg.Connection) -> None:
        """Wait until this relay holds its schema's relay lock, a session lock on `listener`.

        One relay publishes at a time: by id order, so an aggregate's events reach Kafka in the
        order they committed. The others stand by; when the leader's session ends, one takes over.
        """
        while not await listener.fetchval("SELECT pg_try_advisory_lock(hashtext('sparknet.outbox'), hashtext($1))",
                                          self._channel):
            await asyncio.sleep(self._standby_poll_seconds)

    async def _publish_while_leading(self, listener: asyncpg.Connection) -> None:
        """NOTIFY wakes us, a slow poll is only a safety net; a lost session (the lead with it) ends this."""
        while not listener.is_closed():
            self._wake.clear()
            try:
                while await self.publish_batch():
                    pass
            except (OSError, asyncpg.PostgresError, asyncio.TimeoutError) as error:
                log.warning("outbox relay failed, retrying", extra={"error": str(error)})
                await asyncio.sleep(1)
                continue
            self.idle.set()
            try:
                await asyncio.wait_for(self._wake.wait(), self._idle_poll_seconds)
            except asyncio.TimeoutError:
                pass
            self.idle.clear()

    async def _step_down(self, listener: asyncpg.Connection) -> None:
        """Give the lock and the connection back (the pool does not reset sessions, see shared.db)."""
        try:
            if not listener.is_closed():
                await listener.remove_listener(self._channel, self._on_notify)
                await listener.execute("SELECT pg_advisory_unlock_all()")
        except (OSError, asyncpg.PostgresError, asyncio.CancelledError):
            listener.terminate()  # a connection in doubt is closed: its session, and lock, end with it
            raise
        finally:
            await self._pool.release(listener)

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    async def publish_batch(self) -> int:
        """Publish one claimed batch; return how many rows went out."""
        async with self._pool.acquire() as conn, conn.transaction():
            rows = await conn.fetch(
                "SELECT id, topic, message_key, event_type, payload, headers FROM outbox"
                " ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED",
                self._batch_size,
            )
            if not rows:
                return 0
            deliveries = [await self._send(row) for row in rows]
            await asyncio.gather(*deliveries)
            await conn.execute("DELETE FROM outbox WHERE id = ANY($1::bigint[])", [r["id"] for r in rows])
        return len(rows)

    async def _send(self, row: asyncpg.Record) -> asyncio.Future:
        headers = [(k, v.encode()) for k, v in row["headers"].items()]
        headers.append(("event-type", row["event_type"].encode()))
        headers.append(("content-type", b"application/json"))
        return await self._producer.send(
            row["topic"],
            value=json.dumps(row["payload"]).encode(),
            key=row["message_key"].encode(),
            headers=headers,
        )
