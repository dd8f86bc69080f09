"""What the registry reacts to: joint events from the events service, for the map's edges."""

from faststream.kafka import KafkaRouter

from shared import inbox, kafka, topics
from shared.contracts.events import EventCancelled, EventEvent, EventPublished
from shared.runtime import ServiceRuntime


def consumers(runtime: ServiceRuntime, *, group: str) -> KafkaRouter:
    router = KafkaRouter()

    @router.subscriber(topics.EVENTS_EVENT.name, **kafka.subscription(group))
    async def on_event(event: EventEvent) -> None:
        """A published event with several organising partnerships links them on the map; other types are ignored."""
        if isinstance(event, EventPublished | EventCancelled):
            await inbox.apply_once(runtime.pool, consumer=event.type, event=event,
                                   apply=lambda uow: _project(uow.conn, event))

    return router


async def _project(conn, event) -> None:
    if isinstance(event, EventCancelled):
        await conn.execute("UPDATE joint_events SET cancelled = true, as_of = $2 WHERE event_id = $1 AND as_of <= $2",
                           event.aggregate_id, event.occurred_at)
        return
    await conn.execute(
        "INSERT INTO joint_events (event_id, title, starts_at, city, country, partnership_ids, as_of)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO UPDATE SET title = EXCLUDED.title,"
        " starts_at = EXCLUDED.starts_at, city = EXCLUDED.city, country = EXCLUDED.country,"
        " partnership_ids = EXCLUDED.partnership_ids, as_of = EXCLUDED.as_of WHERE joint_events.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.title, event.starts_at, event.city, event.country,
        [o.partnership_id for o in event.organisers if o.partnership_id is not None], event.occurred_at,
    )
