"""Small steps the notifications integration tests share."""

import uuid

from harness.services import RunningService, eventually


def unique_city() -> str:
    """Each test's events match only its own subscriptions."""
    return f"Test-{uuid.uuid4().hex[:8]}"


async def subscribe(service: RunningService, url: str, *, city: str, **filters: str) -> dict:
    response = await service.client.post("/subscriptions", json={
        "channel": "webhook", "url": url, "event_types": ["EventPublished"], "filters": {"city": city, **filters},
    })
    assert response.status_code == 201, response.text
    return response.json()


async def deliveries_of(service: RunningService, **query: str) -> list[dict]:
    response = await service.client.get("/deliveries", params={"limit": 200, **query}, headers=service.operator)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def settled_delivery(service: RunningService, message_id, **query: str) -> dict:
    """The one delivery of `message_id` once it stopped being pending, with its attempts."""

    async def settled():
        matches = [d for d in await deliveries_of(service, **query) if d["message_id"] == str(message_id)]
        if matches and matches[0]["status"] != "pending":
            return matches

    (delivery,) = await eventually(settled)
    response = await service.client.get(f"/deliveries/{delivery['id']}", headers=service.operator)
    return response.json()


async def consumed(service: RunningService, *events) -> None:
    """Wait until the service's consumers have applied every one of `events`."""
    ids = [e.message_id for e in events]

    async def all_applied():
        async with service.runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM inbox WHERE message_id = ANY($1::uuid[])", ids) == len(ids)

    await eventually(all_applied)
