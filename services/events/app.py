"""Composition root of the events service."""

from pathlib import Path

from fastapi import FastAPI

from services.events.calendars import api as calendars
from services.events.catalogue import api as catalogue
from services.events.consumers import REACTIONS
from services.events.event import api as event
from services.events.settings import EventsSettings
from services.events.tickets import api as tickets
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: EventsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or EventsSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(topics.EVENTS_EVENT)
    runtime.include_reactions(REACTIONS)
    app = runtime.http_app(
        catalogue.router,
        calendars.router,
        event.router,
        tickets.router,
        title="sparknet events",
        description="Joint events of partnerships: drafts, co-organiser consent, a lifecycle, ticket types,"
                    " a public catalogue and calendar feeds.",
    )
    return runtime, app
