"""An organiser statement: what each co-organiser of an event is owed, from the ledger."""

from uuid import UUID

from pydantic import BaseModel, Field


class OrganiserStatementLine(BaseModel):
    partnership_id: UUID | None = Field(description="The co-organising partnership; null for an organisation's"
                                        " line, or money of an event published without organisers")
    lead: bool
    revenue_share_bps: int
    currency: str
    gross: int = Field(description="Its share of what buyers paid, in minor units")
    fees: int = Field(description="Its share of the platform fee, net of fees refunded")
    refunds: int = Field(description="Its share of what was given back")
    net: int = Field(description="What it is owed: gross - fees - refunds")
    # Last, so that the CSV's earlier columns keep their places.
    organisation_id: UUID | None = Field(None, description="The co-organising organisation, when one organises"
                                         " on its own")


class Statement(BaseModel):
    event_id: UUID
    platform_fee_bps: int
    organisers: list[OrganiserStatementLine]
