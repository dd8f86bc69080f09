"""A service's moving parts, started and stopped together: pool, broker, relay, HTTP.

Each service's `app.py` builds one `ServiceRuntime`, adds its routers and consumer
router, and hands `create_app()` to uvicorn. Tests build the same runtime with other
settings; nothing global is shared between runtimes.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from pathlib import Path

import asyncpg
from fastapi import APIRouter, FastAPI
from faststream.kafka import KafkaBroker, KafkaRouter
from faststream.specification import AsyncAPI

from shared import http, kafka, logs, outbox, telemetry
from shared.consumers import Reaction, reactions_router
from shared.db import create_pool
from shared.migrations import migrate
from shared.settings import ServiceSettings
from shared.topics import Topic

log = logging.getLogger(__name__)
BackgroundTask = Callable[["ServiceRuntime"], Awaitable[None]]


class ServiceRuntime:
    def __init__(self, settings: ServiceSettings, *, migrations: Path, version: str = "0.1.0") -> None:
        self.settings = settings
        self.name = settings.service_name
        self.migrations = migrations
        self.version = version
        self._pool: asyncpg.Pool | None = None
        self.broker = KafkaBroker(
            settings.kafka_bootstrap_servers,
            client_id=self.name,
            middlewares=[
                kafka.dead_letter_middleware(
                    lambda: self.broker,
                    consumer_group=self.name,
                    max_attempts=settings.consumer_max_attempts,
                )
            ],
            logger=logging.getLogger(f"{self.name}.kafka"),
        )
        self._background: list[BackgroundTask] = []
        self._tasks: list[asyncio.Task] = []
        self._closers: list[Callable[[], Awaitable[None]]] = []

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError(f"{self.name} has not started: no database pool yet")
        return self._pool

    def include_consumers(self, router: KafkaRouter) -> None:
        """Subscribers written by hand; a service moving to a reactions table drops these."""
        self.broker.include_router(router)

    def include_reactions(self, reactions: Iterable[Reaction]) -> None:
        """Subscribe to what this service reacts to (its `consumers.REACTIONS`), in its consumer group."""
        self.broker.include_router(
            reactions_router(self.name, reactions, pool=lambda: self.pool, group_id=self.settings.group_id)
        )

    def declare_published(self, *topics: Topic) -> None:
        """Document the topics this service's outbox publishes in its AsyncAPI."""
        for topic in topics:
            self.broker.publisher(
                topic.name, schema=topic.message, title=f"{topic.name}:Publish",
                description=f"Published by {self.name} through its transactional outbox, keyed by aggregate id.",
            )

    def run_in_background(self, task: BackgroundTask) -> None:
        """A loop that lives as long as the service (e.g. expiring holds)."""
        self._background.append(task)

    def on_stop(self, close: Callable[[], Awaitable[None]]) -> None:
        """Something to close when the service stops (e.g. an HTTP client session)."""
        self._closers.append(close)

    def asyncapi(self) -> AsyncAPI:
        spec = AsyncAPI(title=f"sparknet {self.name}", version=self.version)
        spec.add_broker(self.broker)
        return spec

    def http_app(self, *routers: APIRouter, title: str, description: str,
                 larger_bodies: Mapping[str, int] | None = None) -> FastAPI:
        """`larger_bodies`: path prefixes allowed more than `HTTP_MAX_BODY_BYTES` (e.g. file imports)."""
        app = FastAPI(title=title, description=description, version=self.version, lifespan=self._lifespan)
        http.install(app, max_body_bytes=self.settings.http_max_body_bytes, larger_bodies=larger_bodies)
        app.state.runtime = self
        for router in routers:
            app.include_router(router)

        @app.get("/asyncapi.json", tags=["operations"], include_in_schema=False)
        async def asyncapi_document() -> dict:
            return self.asyncapi().to_specification().to_jsonable()

        return app

    @contextlib.asynccontextmanager
    async def _lifespan(self, _: FastAPI) -> AsyncIterator[None]:
        await self.start()
        try:
            yield
        finally:
            await self.stop()

    async def start(self) -> None:
        s = self.settings
        logs.setup_logging(self.name, s.log_level)
        telemetry.setup_tracing(self.name, s.otel_exporter, s.otel_endpoint, s.otel_traces_endpoint)
        await migrate(s.database_url, s.db_schema, self.migrations)
        self._pool = await create_pool(s.database_url, s.db_schema)
        await kafka.ensure_topics(s.kafka_bootstrap_servers, s.kafka_topic_partitions)
        self._producer = outbox.create_producer(s.kafka_bootstrap_servers)
        await self._producer.start()
        await self.broker.start()
        relay = outbox.OutboxRelay(self._pool, self._producer, schema=s.db_schema)
        self._tasks = [asyncio.create_task(relay.run(), name=f"{self.name}-outbox-relay")]
        self._tasks += [
            asyncio.create_task(self._supervised(task), name=f"{self.name}-{getattr(task, '__name__', 'background')}") for task in self._background
        ]
        log.info("service started", extra={"port": s.http_port})

    async def _supervised(self, task: BackgroundTask) -> None:
        """Keep a background loop alive: a crash is logged and the loop restarted."""
        while True:
            try:
                await task(self)
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("background task crashed, restarting", extra={"task": getattr(task, "__name__", "background")})
                await asyncio.sleep(1)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for close in self._closers:
            await close()
        await self.broker.stop()
        await self._producer.stop()
        if self._pool is not None:
            await self._pool.close()
        log.info("service stopped")
