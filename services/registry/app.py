"""Composition root of the registry service."""

from pathlib import Path

from fastapi import FastAPI

from services.registry import api
from services.registry.settings import RegistrySettings
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: RegistrySettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    runtime = ServiceRuntime(settings or RegistrySettings(), migrations=MIGRATIONS)
    runtime.declare_published(topics.REGISTRY_ORGANISATION, topics.REGISTRY_PARTNERSHIP)
    app = runtime.http_app(
        api.router,
        title="sparknet registry",
        description="Organisations, partnerships and their members.",
    )
    return runtime, app
