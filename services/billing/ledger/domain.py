"""The revenue-split ledger's rules: double entry in integer minor units. No I/O.

Amounts are signed: debits positive, credits negative, and every transaction sums
to zero. A sale debits the provider (the money it holds for us) and credits each
co-organiser its share of the gross, less its share of the platform fee, which the
platform is credited. Both splits round down and give the remainder to the lead.
A refund reverses every line of the order in proportion to what is refunded of
what remains, the rounding remainder again to the lead, so a full refund returns
every account to exactly zero.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from shared.contracts.events import Organiser

PROVIDER = "provider"
PLATFORM = "platform"
UNALLOCATED = "organiser:unallocated"  # an event published without organisers


@dataclass(frozen=True)
class Entry:
    account: str  # provider, platform, organiser:<partnership or organisation id>
    component: str  # payment / refund on the provider; gross / fee / refund on an organiser; fee on the platform
    amount: int


def organiser_account(organiser_id: UUID) -> str:
    """A co-organiser's account: a partnership's or an organisation's (their ids never collide)."""
    return f"organiser:{organiser_id}"


def split(amount: int, organisers: Sequence[Organiser]) -> dict[str, int]:
    """Each organiser's share of `amount` by basis points, rounded down; what is left goes to the lead."""
    if not organisers:
        return {UNALLOCATED: amount}
    shares = {organiser_account(o.organiser_id): amount * o.revenue_share_bps // 10_000 for o in organisers}
    lead = next((o for o in organisers if o.lead), organisers[0])
    shares[organiser_account(lead.organiser_id)] += amount - sum(shares.values())
    return shares


def sale(gross: int, fee_bps: int, organisers: Sequence[Organiser]) -> list[Entry]:
    fee = gross * fee_bps // 10_000
    fees = split(fee, organisers)
    entries = [Entry(PROVIDER, "payment", gross), Entry(PLATFORM, "fee", -fee)]
    for account, share in split(gross, organisers).items():
        entries += [Entry(account, "gross", -share), Entry(account, "fee", fees[account])]
    return entries


def balances(entries: Iterable[Entry]) -> dict[tuple[str, str], int]:
    """What an order's lines still hold: fee lines apart from money lines."""
    held: dict[tuple[str, str], int] = defaultdict(int)
    for e in entries:
        held[(e.account, "fee" if e.component == "fee" else "money")] += e.amount
    return dict(held)


def refund(held: dict[tuple[str, str], int], amount: int, lead_account: str) -> list[Entry]:
    """Reverse `amount` of an order whose lines hold `held` (its provider line is what remains refundable)."""
    remaining = held.get((PROVIDER, "money"), 0)
    if not 0 < amount <= remaining:
        raise ValueError(f"cannot refund {amount} of {remaining}")
    entries = [Entry(PROVIDER, "refund", -amount)]
    owed = {"money": amount, "fee": 0}  # what each kind of line must give back in all
    for (account, kind), balance in sorted(held.items()):
        if account == PROVIDER or balance == 0:
            continue
        part = abs(balance) * amount // remaining  # rounded toward zero
        entries.append(Entry(account, "fee" if kind == "fee" else "refund", part if balance < 0 else -part))
        owed[kind] -= part if balance < 0 else -part
    # Rounding leaves a few units per kind: the lead takes them, so refunds add up to what was refunded.
    entries += [Entry(lead_account, "refund", owed["money"]), Entry(lead_account, "fee", owed["fee"])]
    return _merged(entries)


def _merged(entries: list[Entry]) -> list[Entry]:
    """One line per account and component (the lead's remainder joins its own reversal)."""
    total: dict[tuple[str, str], int] = defaultdict(int)
    for e in entries:
        total[(e.account, e.component)] += e.amount
    return [Entry(account, component, amount) for (account, component), amount in total.items() if amount]


def lead_account(organisers: Sequence[Organiser]) -> str:
    lead = next((o for o in organisers if o.lead), organisers[0] if organisers else None)
    return organiser_account(lead.organiser_id) if lead else UNALLOCATED


@dataclass(frozen=True)
class StatementLine:
    account: str
    currency: str
    gross: int  # its share of what buyers paid
    fees: int  # its share of the platform fee, net of refunded fees
    refunds: int  # its share of what was given back
    net: int  # what it is owed: gross - fees - refunds


def statement(entries: Iterable[tuple[str, Entry]]) -> list[StatementLine]:
    """Per organiser account and currency, from (currency, entry) pairs of one event."""
    sums: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for currency, e in entries:
        if e.account.startswith("organiser:"):
            sums[(e.account, currency)][e.component] += e.amount
    return [StatementLine(account, currency, gross=-c["gross"], fees=c["fee"], refunds=c["refund"],
                          net=-(c["gross"] + c["fee"] + c["refund"]))
            for (account, currency), c in sorted(sums.items())]
