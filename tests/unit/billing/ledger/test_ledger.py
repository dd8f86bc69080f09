"""The revenue-split ledger always balances: property-based over sales, fees, shares and refunds."""

from uuid import uuid4

from hypothesis import given, settings
from hypothesis import strategies as st

from services.billing.ledger import domain as ledger
from shared.contracts.events import Organiser


@st.composite
def organisers(draw) -> list[Organiser]:
    """1–5 co-organisers whose shares sum to 10,000 bps; one of them leads."""
    n = draw(st.integers(1, 5))
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=n - 1, max_size=n - 1)))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 10_000])]
    lead = draw(st.integers(0, n - 1))
    return [Organiser(partnership_id=uuid4(), lead=i == lead, revenue_share_bps=s) for i, s in enumerate(shares)]


@st.composite
def refunds(draw, gross: int) -> list[int]:
    """Partial refunds that never exceed what is left, sometimes finished by a full one."""
    left, amounts = gross, []
    for _ in range(draw(st.integers(0, 4))):
        if left == 0:
            break
        amounts.append(draw(st.integers(1, left)))
        left -= amounts[-1]
    if left and draw(st.booleans()):
        amounts.append(left)
    return amounts


sales = st.tuples(st.integers(0, 10_000_000), st.integers(0, 10_000), organisers())


@settings(max_examples=400, deadline=None)
@given(sale=sales, data=st.data())
def test_every_transaction_sums_to_zero_and_a_full_refund_clears_every_account(sale, data):
    gross, fee_bps, shares = sale
    booked = ledger.sale(gross, fee_bps, shares)
    transactions = [booked]
    for amount in data.draw(refunds(gross)) if gross else []:
        transactions.append(ledger.refund(ledger.balances(e for t in transactions for e in t), amount,
                                          ledger.lead_account(shares)))
    for transaction in transactions:
        assert sum(e.amount for e in transaction) == 0
        assert len({(e.account, e.component) for e in transaction}) == len(transaction)
    held = ledger.balances(e for t in transactions for e in t)
    refunded = gross - held.get((ledger.PROVIDER, "money"), 0)
    if refunded == gross:
        assert set(held.values()) == {0}  # everyone gave back exactly what they got
    lines = ledger.statement(("EUR", e) for t in transactions for e in t)
    assert sum(line.gross for line in lines) == gross
    assert sum(line.refunds for line in lines) == refunded
    assert all(line.net == line.gross - line.fees - line.refunds for line in lines)
    platform = -sum(e.amount for t in transactions for e in t if e.account == ledger.PLATFORM)
    assert sum(line.net for line in lines) + platform == gross - refunded


@settings(max_examples=300, deadline=None)
@given(sale=sales)
def test_a_sale_pays_the_fee_in_basis_points_and_the_remainder_to_the_lead(sale):
    gross, fee_bps, shares = sale
    booked = {(e.account, e.component): e.amount for e in ledger.sale(gross, fee_bps, shares)}
    assert booked[(ledger.PLATFORM, "fee")] == -(gross * fee_bps // 10_000)
    lead = ledger.lead_account(shares)
    for o in shares:
        account = ledger.organiser_account(o.partnership_id)
        exact = gross * o.revenue_share_bps // 10_000
        got = -booked[(account, "gross")]
        if account == lead:
            assert exact <= got < exact + len(shares)
        else:
            assert got == exact


def test_a_worked_example():
    """1,000.01 EUR, a 5 % fee, shares 50/30/20 with the third leading."""
    a, b, c = (Organiser(partnership_id=uuid4(), lead=lead, revenue_share_bps=bps)
               for lead, bps in ((False, 5000), (False, 3000), (True, 2000)))
    booked = {(e.account, e.component): e.amount for e in ledger.sale(100_001, 500, [a, b, c])}
    acct = ledger.organiser_account
    assert booked[(ledger.PLATFORM, "fee")] == -5000
    assert [-booked[(acct(o.partnership_id), "gross")] for o in (a, b, c)] == [50000, 30000, 20001]
    assert [booked[(acct(o.partnership_id), "fee")] for o in (a, b, c)] == [2500, 1500, 1000]
    held = ledger.balances(ledger.sale(100_001, 500, [a, b, c]))
    half = {(e.account, e.component): e.amount for e in ledger.refund(held, 50_000, acct(c.partnership_id))}
    assert half[(ledger.PROVIDER, "refund")] == -50_000
    assert half[(ledger.PLATFORM, "fee")] == 2499  # 5000 × 50000 / 100001, rounded down
    assert sum(half.values()) == 0


def test_an_organisation_organiser_is_credited_on_its_own_account():
    """A partnership leads with 70 %, an organisation co-organises with 30 %: keyed by whichever id each has."""
    lead = Organiser(partnership_id=uuid4(), lead=True, revenue_share_bps=7000)
    organisation = Organiser(organisation_id=uuid4(), lead=False, revenue_share_bps=3000)
    booked = {(e.account, e.component): e.amount for e in ledger.sale(10_001, 500, [lead, organisation])}
    assert booked[(f"organiser:{organisation.organisation_id}", "gross")] == -3000
    assert booked[(f"organiser:{lead.partnership_id}", "gross")] == -7001  # the lead takes the remainder
    assert ledger.lead_account([organisation, lead]) == f"organiser:{lead.partnership_id}"
