"""The cooperation request's state machine. No I/O.

    pending ──accept/decline (the requested partnership)──► accepted | declined
       │ ──withdraw (the requesting partnership)──────────► withdrawn
       └──nobody answered by expires_at (the registry)────► expired
"""

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Literal
from uuid import UUID, uuid4

from shared.contracts.registry import CooperationRequestAnswered, CooperationRequested
from shared.envelope import Envelope
from shared.errors import Conflict, DomainError

Outcome = Literal["accepted", "declined", "withdrawn", "expired"]
# Which side may bring each outcome about.
DECIDED_BY: dict[str, str] = {"accepted": "requested", "declined": "requested", "withdrawn": "requesting",
                              "expired": "registry"}


@dataclass
class CooperationRequest:
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    purpose: Literal["project", "event"]
    starts_on: date
    ends_on: date
    requested_by: UUID
    expires_at: datetime
    expert_id: UUID | None = None
    resource_id: UUID | None = None
    event_id: UUID | None = None
    message: str | None = None
    status: str = "pending"
    answered_by: UUID | None = None
    answered_at: datetime | None = None
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def ask(cls, *, now: datetime, respond_by: datetime | None = None, **fields) -> "CooperationRequest":
        """Unanswered requests expire at `respond_by`, or when the cooperation would start."""
        starts_on, ends_on = fields["starts_on"], fields["ends_on"]
        if (fields.get("expert_id") is None) == (fields.get("resource_id") is None):
            raise DomainError("expert_id: ask for exactly one expert or one resource")
        if fields["requesting_partnership_id"] == fields["requested_partnership_id"]:
            raise DomainError("requested_partnership_id: a partnership does not ask itself")
        if ends_on < starts_on:
            raise DomainError("ends_on: must not be before starts_on")
        if starts_on <= now.date():
            raise DomainError("starts_on: must be in the future")
        if fields["purpose"] == "event" and fields.get("event_id") is None:
            raise DomainError("event_id: required when the purpose is an event")
        latest = datetime.combine(starts_on, time.min, tzinfo=UTC)
        if respond_by is not None and not now < respond_by <= latest:
            raise DomainError("respond_by: must be in the future and no later than starts_on")
        request = cls(**fields, expires_at=respond_by or latest)
        request.events.append(CooperationRequested(
            aggregate_id=request.id, requesting_partnership_id=request.requesting_partnership_id,
            requested_partnership_id=request.requested_partnership_id, expert_id=request.expert_id,
            resource_id=request.resource_id, message=request.message, purpose=request.purpose,
            event_id=request.event_id, starts_on=starts_on, ends_on=ends_on, expires_at=request.expires_at,
        ))
        return request

    def answered(self, outcome: Outcome, *, by: UUID | None, now: datetime) -> "CooperationRequest":
        if self.status != "pending":
            raise Conflict(f"cooperation request {self.id} is {self.status}: only a pending request can be {outcome}")
        if outcome != "expired" and now >= self.expires_at:
            raise Conflict(f"cooperation request {self.id} expired at {self.expires_at.isoformat()}")
        done = replace(self, status=outcome, answered_by=by, answered_at=now, events=[])
        done.events.append(CooperationRequestAnswered(
            aggregate_id=self.id, requesting_partnership_id=self.requesting_partnership_id,
            requested_partnership_id=self.requested_partnership_id, outcome=outcome,
            expert_id=self.expert_id, resource_id=self.resource_id,
        ))
        return done
