"""Composition root of the events service."""

from pathlib import Path

from fastapi import FastAPI

from services.events import api, catalogue_api
from services.events.consumers import consumers
from services.events.settings import EventsSettings
from shared import identity, topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: EventsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or EventsSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(topics.EVENTS_EVENT)
    runtime.include_consumers(consumers(runtime, group=settings.group_id))
    runtime.include_reactions(identity.REACTIONS)
    app = runtime.http_app(
        catalogue_api.router,
        api.router,
        title="sparknet events",
        description="Joint events of partnerships: drafts, co-organiser consent, a lifecycle, ticket types,"
                    " a public catalogue and calendar feeds.",
    )
    return runtime, app
