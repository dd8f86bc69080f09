"""The Kafka side every service shares: the broker, its topics and dead letters."""

import asyncio
import logging
from collections.abc import Callable
from types import TracebackType
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from faststream import BaseMiddleware
from faststream.kafka import KafkaBroker

from shared import telemetry, topics

log = logging.getLogger(__name__)


async def ensure_topics(bootstrap_servers: str, partitions: int, names: list[str] | None = None) -> None:
    """Create every catalogue topic and its dead-letter twin; existing ones stay as they are."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers)
    await admin.start()
    try:
        wanted = set(names or topics.all_topic_names())
        missing = wanted - set(await admin.list_topics())
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(name, num_partitions=partitions, replication_factor=1, topic_configs=_configs(name))
                     for name in sorted(missing)]
                )
            except TopicAlreadyExistsError:
                pass  # another service created them first
    finally:
        await admin.close()


def _configs(name: str) -> dict[str, str]:
    retention = topics.retention_of(name)
    return {"retention.ms": str(int(retention.total_seconds() * 1000))} if retention else {}


def _headers(record: Any) -> dict[str, str]:
    return {k: v.decode(errors="replace") for k, v in (record.headers or ())}


def dead_letter_middleware(
    broker_ref: Callable[[], KafkaBroker], *, consumer_group: str, max_attempts: int
) -> type[BaseMiddleware]:
    """Retry a failing message, then park it on `<topic>.dlq` and go on.

    A message that does not validate is parked at once: retrying cannot fix it.
    Each attempt runs in a span continuing the producer's trace.
    """

    class DeadLetterMiddleware(BaseMiddleware):
        async def consume_scope(self, call_next, msg):
            record = msg.raw_message
            carrier = _headers(record)
            span_name = f"consume {record.topic} {carrier.get('event-type', '')}".strip()
            for attempt in range(1, max_attempts + 1):
                with telemetry.continue_trace(span_name, carrier, consumer=consumer_group):
                    try:
                        result = await call_next(msg)
                        log.info("message consumed", extra={
                            "topic": record.topic, "partition": record.partition, "offset": record.offset,
                            "event_type": carrier.get("event-type"), "consumer_group": consumer_group,
                        })
                        return result
                    except Exception as error:
                        if attempt == max_attempts or _is_invalid_message(error):
                            raise
                        log.warning(
                            "message failed, retrying",
                            extra={"topic": record.topic, "attempt": attempt, "error": repr(error)},
                        )
                await asyncio.sleep(0.2 * 2**attempt)

        async def after_processed(
            self,
            exc_type: type[BaseException] | None = None,
            exc_val: BaseException | None = None,
            exc_tb: TracebackType | None = None,
        ) -> bool:
            if not isinstance(exc_val, Exception):
                return False
            record = self.msg
            headers = list(record.headers or ()) + [
                ("dlq-consumer-group", consumer_group.encode()),
                ("dlq-error", repr(exc_val)[:1000].encode()),
                ("dlq-original-partition", str(record.partition).encode()),
                ("dlq-original-offset", str(record.offset).encode()),
            ]
            await broker_ref().publish(
                record.value, f"{record.topic}.dlq", key=record.key, headers=dict(
                    (k, v.decode(errors="replace")) for k, v in headers
                ),
            )
            log.error(
                "message dead-lettered",
                extra={"topic": record.topic, "offset": record.offset, "error": repr(exc_val)},
            )
            return True  # handled: the consumer commits and goes on

    return DeadLetterMiddleware


def _is_invalid_message(error: Exception) -> bool:
    from fast_depends.exceptions import ValidationError as DependsValidationError
    from pydantic import ValidationError

    return isinstance(error, (ValidationError, DependsValidationError, ValueError, UnicodeDecodeError))


def subscription(group_id: str) -> dict[str, Any]:
    """Subscriber options for at-least-once consumption by a service's consumer group.

    Offsets are committed only after the handler (and its inbox row) committed;
    a new group starts from the earliest message so projections are complete.
    """
    from faststream import AckPolicy

    return {"group_id": group_id, "auto_offset_reset": "earliest", "ack_policy": AckPolicy.ACK}
