"""Notifications HTTP API: parse, call the service layer, answer."""

from fastapi import APIRouter

from services.notifications.api import deliveries, feed, links, subscriptions

router = APIRouter()
for module in (subscriptions, links, deliveries, feed):
    router.include_router(module.router)
