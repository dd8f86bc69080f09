"""Network rules and the events of their changes. No I/O."""

from datetime import date
from uuid import UUID

from shared.contracts.registry import ChampionDesignated, NetworkFormed, NetworkPartnershipJoined
from shared.errors import Conflict, DomainError


def network_formed(network_id: UUID, name: str, partnership_ids: list[UUID]) -> NetworkFormed:
    return NetworkFormed(aggregate_id=network_id, name=name, partnership_ids=tuple(dict.fromkeys(partnership_ids)))


def partnership_joined(network_id: UUID, partnership_id: UUID) -> NetworkPartnershipJoined:
    return NetworkPartnershipJoined(aggregate_id=network_id, partnership_id=partnership_id)


def champion_designated(network_id: UUID, *, partnership_id: UUID, period_start: date, period_end: date,
                        clash: dict | None) -> ChampionDesignated:
    """One champion per network per period: periods of a network's champions never overlap."""
    if period_end < period_start:
        raise DomainError("period_end: must not be before period_start")
    if clash:
        raise Conflict(f"period: partnership {clash['partnership_id']} already champions network {network_id}"
                       f" from {clash['period_start']} to {clash['period_end']}")
    return ChampionDesignated(aggregate_id=network_id, partnership_id=partnership_id,
                              period_start=period_start, period_end=period_end)


def unknown_partnership(ids: list[UUID], known: set[UUID]) -> DomainError | None:
    for i, partnership_id in enumerate(ids):
        if partnership_id not in known:
            return DomainError(f"partnership_ids[{i}]: unknown partnership {partnership_id}")
    return None
