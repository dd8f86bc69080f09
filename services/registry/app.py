"""Composition root of the registry service."""

import asyncio
import contextlib
from pathlib import Path

from fastapi import FastAPI

from services.registry.organisations import api as organisations_api
from services.registry.partnerships import api as partnerships_api
from services.registry.accounts import api as accounts_api
from services.registry.bulk import api as bulk_api
from services.registry.consumers import REACTIONS
from services.registry.cooperation import api as cooperation_api
from services.registry.cooperation import service as cooperation
from services.registry.experts import api as experts_api
from services.registry.identity import api as identity_api
from services.registry.identity import keys
from services.registry.identity import service as identity
from services.registry.invitations import api as invitations_api
from services.registry.map import api as map_api
from services.registry.map import gazetteer
from services.registry.networks import api as networks_api
from services.registry.resources import api as resources_api
from services.registry.search import api as search_api
from services.registry.sessions import api as sessions_api
from services.registry.settings import RegistrySettings
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


async def prepare(runtime: ServiceRuntime) -> None:
    """Before serving: a signing key exists (published on first start) and so does the first operator."""
    settings: RegistrySettings = runtime.settings
    await keys.current(runtime.pool)
    if settings.bootstrap_operator_email:
        await identity.ensure_operator(runtime.pool, email=settings.bootstrap_operator_email,
                                       password=settings.bootstrap_operator_password)


async def warm_gazetteer(_: ServiceRuntime) -> None:
    """The map's city index takes seconds to build: do it before anyone asks."""
    await asyncio.to_thread(gazetteer.index)


def build(settings: RegistrySettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or RegistrySettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(
        topics.REGISTRY_ORGANISATION, topics.REGISTRY_PARTNERSHIP, topics.REGISTRY_IDENTITY, topics.REGISTRY_EXPERT,
        topics.REGISTRY_RESOURCE, topics.REGISTRY_COOPERATION, topics.REGISTRY_NETWORK, topics.REGISTRY_ACCOUNT,
    )
    runtime.include_reactions(REACTIONS)
    runtime.run_in_background(cooperation.expire_continuously)
    runtime.run_in_background(warm_gazetteer)
    app = runtime.http_app(
        identity_api.router, sessions_api.router, accounts_api.router, invitations_api.router,
        organisations_api.router, partnerships_api.router, search_api.router, experts_api.router,
        resources_api.router, cooperation_api.router, networks_api.router, map_api.router, bulk_api.router,
        title="sparknet registry",
        description="Organisations, partnerships, networks, experts, resources and cooperation requests; search and"
                    " the expert map; bulk import and export; users, tokens and the keys that sign them.",
        larger_bodies={"/imports/": settings.import_max_body_bytes},
    )
    started = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        async with started(app):
            await prepare(runtime)
            yield

    app.router.lifespan_context = lifespan
    return runtime, app
