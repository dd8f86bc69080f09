"""Composition root of the events service."""

from pathlib import Path

from fastapi import FastAPI

from services.events import api
from services.events.consumers import consumers
from services.events.settings import EventsSettings
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: EventsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or EventsSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(topics.EVENTS_EVENT)
    runtime.include_consumers(consumers(runtime, group=settings.consumer_group))
    app = runtime.http_app(
        api.router,
        title="sparknet events",
        description="The catalogue of joint events: drafts, publication and ticket types.",
    )
    return runtime, app
