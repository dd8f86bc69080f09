"""Edits to an event and its ticket types, each announced with what changed.

Mixed into `domain.Event`. Dates of a published event change only by rescheduling
(attendees are told), and its organisers are fixed once published. Changing the
organisers of a draft, or their shares, asks every co-organiser to consent again.
Texts by language are merged (a language sent changes, `null` removes it, others stay).
"""

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from services.events.event.content import TextsPatch
from services.events.event.lifecycle import EventStatus
from services.events.tickets import domain as tickets
from services.events.tickets.domain import TicketType
from shared.contracts.events import EventUpdated, TicketTypeChanged, TicketTypeDefined
from shared.errors import Conflict, DomainError, NotFound

FIXED_ONCE_PUBLISHED = {
    "schedule": "starts_at: a published event gets new dates with POST /events/{id}/reschedule",
    "organisers": "organisers: the organisers of a published event are fixed",
}


class Edits:
    def edit(self, values: Mapping[str, Any], *, wire: Mapping[str, Any], sold: Mapping[UUID, int]) -> None:
        """Change fields; `wire` is the same change as sent, for EventUpdated's `changes`.

        Titles and descriptions given as a `TextsPatch` merge by language; EventUpdated then
        carries only the languages that really changed. An edit that changes nothing at all
        (texts equal to the current ones) is no edit: no new revision, nothing announced.
        """
        self.require_changeable(values)
        if not values:
            raise DomainError("the request changes nothing: send the fields to change")
        values, wire = dict(values), dict(wire)
        for key, name in (("titles", "title"), ("descriptions", "description")):
            if isinstance(patch := values.get(key), TextsPatch):
                values[key], wire[name] = patch.applied_to(getattr(self, key)), patch.against(getattr(self, key))
                if not wire[name]:  # every language sent already reads so
                    del values[key], wire[name]
        if not values:
            return
        extra: dict[str, Any] = {"revision": self.revision + 1}
        if "organisers" in values and tuple(values["organisers"]) != self.organisers:
            extra["consents"] = {}  # they consented to other terms
        candidate = self._changed(sold, **values, **extra)
        self._adopt(candidate, [EventUpdated(
            aggregate_id=self.id, title=candidate.title, status=self.status.value,
            changed=tuple(wire), changes=dict(wire),
        )])

    def require_changeable(self, names) -> None:
        """Whether fields named `names` may change now (before their new values are even built)."""
        self.require_editable()
        if self.status == EventStatus.PUBLISHED:
            for name, message in FIXED_ONCE_PUBLISHED.items():
                if name in names:
                    raise Conflict(message.format(id=self.id))

    def add_ticket_type(self, ticket_type: TicketType, *, sold: Mapping[UUID, int] | None = None) -> None:
        """Allowed on a draft and while on sale: billing learns it from TicketTypeDefined."""
        self.require_editable()
        ticket_type.check(self.schedule)
        if any(existing.name == ticket_type.name for existing in self.ticket_types):
            raise DomainError(f"name: the event already has a ticket type named {ticket_type.name!r}")
        candidate = self._changed(sold, ticket_types=[*self.ticket_types, ticket_type])
        self._adopt(candidate, [TicketTypeDefined(
            aggregate_id=self.id, ticket_type=ticket_type.offer(), on_sale=self.status == EventStatus.PUBLISHED,
            quotas=candidate.quota_list,
        )])

    def change_ticket_type(self, ticket_type_id: UUID, values: Mapping[str, Any], *,
                           sold: Mapping[UUID, int]) -> TicketType:
        self.require_editable()
        if not values:
            raise DomainError("the request changes nothing: send the fields to change")
        index = next((i for i, t in enumerate(self.ticket_types) if t.id == ticket_type_id), None)
        if index is None:
            raise NotFound(f"ticket type {ticket_type_id} not found in event {self.id}")
        new = tickets.changed(self.ticket_types[index], values, sold=sold.get(ticket_type_id, 0))
        types = list(self.ticket_types)
        types[index] = new
        candidate = self._changed(sold, ticket_types=types)
        self._adopt(candidate, [TicketTypeChanged(
            aggregate_id=self.id, ticket_type=new.offer(), changed=tuple(values),
            on_sale=self.status == EventStatus.PUBLISHED, quotas=candidate.quota_list,
        )])
        return new
