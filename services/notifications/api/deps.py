"""What every notifications route may ask for."""

from typing import Annotated

import asyncpg
from fastapi import Depends, Header, Query, Request

from services.notifications.domain.targets import TargetPolicy
from services.notifications.settings import NotificationsSettings


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


def _settings(request: Request) -> NotificationsSettings:
    return request.app.state.runtime.settings


def target_policy(settings: NotificationsSettings) -> TargetPolicy:
    return TargetPolicy(allow_private=settings.allow_private_targets, allow_http=settings.allow_http_targets)


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
SettingsDep = Annotated[NotificationsSettings, Depends(_settings)]
Limit = Annotated[int, Query(ge=1, le=200)]
# An anonymous webhook endpoint manages its subscription with the secret it was given.
SecretHeader = Annotated[str | None, Header(alias="Subscription-Secret", description="an anonymous webhook's secret")]
