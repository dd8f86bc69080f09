"""Bad input gets a precise 4xx before anything touches the database."""

from uuid import uuid4

import httpx
import pytest

from services.events.app import build
from services.events.settings import EventsSettings
from shared import http
from shared.auth import Principal
from shared.identity import optional_principal

OPERATOR = Principal(subject="operator", kind="user", token_id=uuid4(), operator=True)


class NoDatabase:
    """Any use of the pool fails the test: these requests must be refused before."""

    def acquire(self):
        raise AssertionError("the database was touched")


@pytest.fixture(scope="module")
def app():
    _, app = build(EventsSettings())
    app.dependency_overrides[http._pool] = NoDatabase
    app.dependency_overrides[optional_principal] = lambda: OPERATOR  # a token checked; no keys needed
    return app


@pytest.fixture
async def client(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://events") as client:
        yield client


def event_body(**overrides) -> dict:
    body = {
        "title": "Festival of applied AI",
        "kind": "festival",
        "organisers": [{"partnership_id": str(uuid4()), "lead": True, "revenue_share_bps": 10_000}],
        "starts_at": "2026-10-24T18:00:00+02:00",
        "ends_at": "2026-10-25T18:00:00+01:00",
        "timezone": "Europe/Berlin",
        "venue": {"address": "Hauptstraße 1", "city": "Berlin", "country": "DE"},
        "ticket_types": [{"name": "Standard", "price": {"amount": 1500, "currency": "EUR"}, "capacity": 100}],
    }
    return {**body, **overrides}


def ticket(**overrides) -> dict:
    return {"name": "Standard", "price": {"amount": 1500, "currency": "EUR"}, "capacity": 100, **overrides}


async def test_malformed_json_is_a_400(client):
    response = await client.post("/events", content=b'{"title": ', headers={"content-type": "application/json"})

    assert response.status_code == 400


@pytest.mark.parametrize(
    ("overrides", "detail"),
    [
        ({"ends_at": "2026-10-24T17:00:00+02:00"}, "ends_at: must be after starts_at (2026-10-24T16:00:00+00:00)"),
        ({"timezone": "Europe/Atlantis"}, "timezone: unknown time zone 'Europe/Atlantis'"),
        # the machine's own zone file, not a zone of the tz database: its meaning would depend on the server
        ({"timezone": "localtime"}, "timezone: unknown time zone 'localtime'"),
        (
            {"organisers": [
                {"partnership_id": str(uuid4()), "lead": True, "revenue_share_bps": 7000},
                {"partnership_id": str(uuid4()), "revenue_share_bps": 2000},
            ]},
            "organisers: revenue shares must sum to 10000 basis points when a ticket type is paid, got 9000",
        ),
        ({"ticket_types": [ticket(price={"amount": -1, "currency": "EUR"})]}, "ticket_types[0].price.amount:"),
        ({"ticket_types": [ticket(price={"amount": 12.5, "currency": "EUR"})]}, "ticket_types[0].price.amount:"),
        ({"ticket_types": [ticket(price={"amount": "1500", "currency": "EUR"})]}, "ticket_types[0].price.amount:"),
        ({"ticket_types": [ticket(price={"amount": 1, "currency": "ABC"})]}, "ticket_types[0].price.currency:"),
        ({"ticket_types": [ticket(capacity=0)]}, "ticket_types[0].capacity:"),
        # PostgreSQL stores seats as integers: a larger number is refused here, not by the database
        ({"capacity": 2**31}, "capacity: Input should be less than or equal to 2147483647"),
        ({"ticket_types": [ticket(capacity=2**31)]}, "ticket_types[0].capacity: Input should be less than or equal"),
        ({"ticket_types": [ticket(max_per_order=2**31)]}, "ticket_types[0].max_per_order: Input should be less"),
        ({"ticket_types": [ticket(price={"amount": 1, "currency": "XTS"})]},
         "ticket_types[0].price.currency: unknown currency 'XTS', expected a circulating ISO 4217 code"),
        ({"ticket_types": [ticket(price={"amount": True, "currency": "EUR"})]}, "ticket_types[0].price.amount:"),
        ({"starts_at": "2026-10-24T18:00:00"}, "starts_at: Input should have timezone info"),
        ({"kind": "rave"}, "kind:"),
        ({"languages": ["uk", "xx"]}, "languages[1]: unknown language 'xx', expected an ISO 639-1 code like uk"),
        ({"venue": {"address": "x", "city": "Berlin", "country": "de"}}, "venue.country:"),
        ({"organisers": []}, "organisers:"),
        ({"ticket_type": []}, "ticket_type: Extra inputs are not permitted"),
    ],
)
async def test_bad_event_is_refused_precisely(client, overrides, detail):
    response = await client.post("/events", json=event_body(**overrides))

    assert response.status_code == 422, response.text
    assert detail in response.json()["detail"]


async def test_a_bad_ticket_type_is_refused_before_the_event_is_read(client):
    response = await client.post(f"/events/{uuid4()}/ticket-types", json=ticket(max_per_order=0))

    assert response.status_code == 422
    assert response.json()["detail"].startswith("max_per_order:")


@pytest.mark.parametrize("moment", ["0.5", "1700000000", "-1"])
async def test_a_listing_period_is_written_in_iso_8601_not_as_a_number(client, moment):
    response = await client.get("/events", params={"to": moment})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.to: must be written in ISO 8601")


async def test_a_listing_period_must_not_end_before_it_starts(client):
    response = await client.get("/events", params={"from": "2026-06-01T00:00:00Z", "to": "2026-05-01T00:00:00Z"})

    assert response.status_code == 422
    assert response.json()["detail"] == "to: must be after from"


@pytest.mark.parametrize(("method", "path", "body", "detail"), [
    ("post", "/events/{id}/cancel", {"reason": ""}, "reason: String should have at least 1 character"),
    ("post", "/events/{id}/reschedule", {"starts_at": "2031-01-01T10:00:00Z"}, "ends_at: Field required"),
    ("post", "/events/{id}/consents", {"partnership_id": "nope"}, "partnership_id: Input should be a valid UUID"),
    ("patch", "/events/{id}", {"titel": "typo"}, "titel: Extra inputs are not permitted"),
    ("patch", "/events/{id}", {"kind": None}, "kind: cannot be cleared, only changed"),
    ("patch", "/events/{id}", {"organisers": None}, "organisers: cannot be cleared, only changed"),
    ("patch", "/events/{id}", {"audience": ["aliens"]}, "audience[0]: Input should be 'students', 'teachers'"),
    ("patch", "/events/{id}", {"cover_image_url": "not a url"}, "cover_image_url: Input should be a valid URL"),
    ("patch", "/events/{id}/ticket-types/{id}", {"capacity": 0}, "capacity: Input should be greater than or equal"),
    ("patch", "/events/{id}/ticket-types/{id}", {"visibility": "secret"}, "visibility: Input should be 'public'"),
    # a ticket type always has these: null would have reached the database (capacity: a 500)
    ("patch", "/events/{id}/ticket-types/{id}", {"capacity": None}, "capacity: cannot be cleared, only changed"),
    ("patch", "/events/{id}/ticket-types/{id}", {"name": None}, "name: cannot be cleared, only changed"),
    ("patch", "/events/{id}/ticket-types/{id}", {"visibility": None}, "visibility: cannot be cleared, only changed"),
    ("patch", "/events/{id}/ticket-types/{id}", {"price": None}, "price: cannot be cleared, only changed"),
])
async def test_bad_changes_are_refused_before_the_event_is_read(client, method, path, body, detail):
    response = await getattr(client, method)(path.format(id=uuid4()), json=body)

    assert response.status_code == 422, response.text
    assert detail in response.json()["detail"]


async def test_changes_without_a_token_are_401():
    _, app = build(EventsSettings())
    app.dependency_overrides[http._pool] = NoDatabase
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://events") as anonymous:
        response = await anonymous.post(f"/events/{uuid4()}/publish")

    assert response.status_code == 401
    assert response.json()["detail"] == "authentication required: send 'Authorization: Bearer <token>'"
