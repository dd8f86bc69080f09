"""What a service reacts to, as data: a table of event type -> handler, read top to bottom.

    REACTIONS = (
        *identity.REACTIONS,
        Reaction(EventPublished, offers.on_event_published),
        Reaction(EventCancelled, refunds.on_event_cancelled),
    )

`reactions_router` subscribes once per topic the table names, parses each message as the
topic's discriminated union and applies the matching handler once (`shared.inbox`) in a unit
of work; types the table does not name are skipped. A handler only changes this service's
tables: anything slow (a payment provider, a webhook) is recorded as due and left to a job,
so no partition waits on it.
"""

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import asyncpg
from faststream.kafka import KafkaRouter

from shared import inbox, kafka
from shared.envelope import Envelope
from shared.topics import Topic, topic_carrying
from shared.unit_of_work import UnitOfWork

Handler = Callable[[UnitOfWork, Any], Awaitable[None]]


@dataclass(frozen=True)
class Reaction:
    event: type[Envelope]
    handler: Handler
    # The inbox remembers applied messages under this name. It defaults to the event type, so it
    # stays valid whatever consumer group an operator picks; name it when a type gets a second handler.
    inbox_key: str | None = None

    @property
    def event_type(self) -> str:
        return self.event.model_fields["type"].default

    @property
    def key(self) -> str:
        return self.inbox_key or self.event_type


def reactions_router(service: str, reactions: Iterable[Reaction], *, pool: Callable[[], asyncpg.Pool],
                     group_id: str) -> KafkaRouter:
    """One subscriber per topic of `reactions`, in group `group_id`; `pool()` gives the started pool."""
    by_topic: dict[str, tuple[Topic, dict[str, Reaction]]] = {}
    for reaction in reactions:
        topic = topic_carrying(reaction.event_type)
        table = by_topic.setdefault(topic.name, (topic, {}))[1]
        if reaction.event_type in table:
            raise ValueError(f"{service} reacts to {reaction.event_type} twice")
        table[reaction.event_type] = reaction
    router = KafkaRouter()
    for topic, table in by_topic.values():
        _subscribe(router, service, topic, table, pool=pool, group_id=group_id)
    return router


def _subscribe(router: KafkaRouter, service: str, topic: Topic, table: dict[str, Reaction], *,
               pool: Callable[[], asyncpg.Pool], group_id: str) -> None:
    async def consume(event: Envelope) -> None:
        reaction = table.get(event.type)
        if reaction is not None:
            await inbox.apply_once(pool(), consumer=reaction.key, event=event,
                                   apply=lambda uow: reaction.handler(uow, event))

    consume.__annotations__["event"] = topic.message  # parsed (and validated) as the topic's union
    consume.__name__ = f"on_{topic.name.replace('.', '_')}"
    consume.__doc__ = f"{service} reacts to {', '.join(table)}."
    router.subscriber(topic.name, title=f"{service}:{consume.__name__}", **kafka.subscription(group_id))(consume)
