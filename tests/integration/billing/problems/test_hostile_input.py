"""Hostile input to billing gets a precise 4xx problem, and holds no seats."""

from uuid import uuid4

import pytest

from tests.integration.billing.helpers import counts, offer, order_body, place, published, put_on_sale

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def on_sale(infra, billing):
    regular = offer("Regular", capacity=10, max_per_order=4)
    event = published(regular)
    await put_on_sale(infra, billing, event)
    return event, regular


async def refused(billing, body: dict, status: int, detail: str) -> dict:
    before = await counts(billing)
    response = await place(billing, body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["detail"] == detail and problem["status"] == status
    assert await counts(billing) == before
    return problem


async def test_a_nul_in_the_buyers_name_is_a_422_naming_it(billing, on_sale):
    body = order_body(*on_sale[:1], (on_sale[1], 1))
    body["buyer"]["name"] = "Ada\u0000Lovelace"
    problem = await refused(billing, body, 422, "buyer.name: must not contain NUL characters")
    assert problem["errors"] == [{"field": "buyer.name", "message": "must not contain NUL characters"}]


@pytest.mark.parametrize("quantity, message", [
    ("2", "Input should be a valid integer"),
    (True, "Input should be a valid integer"),
    (2.0, "Input should be a valid integer"),
])
async def test_a_quantity_must_be_a_json_integer(billing, on_sale, quantity, message):
    body = order_body(on_sale[0], (on_sale[1], 1))
    body["lines"][0]["quantity"] = quantity
    problem = await refused(billing, body, 422, f"lines[0].quantity: {message}")
    assert problem["code"] == "validation_failed"


async def test_sold_out_has_its_own_code(billing, on_sale):
    event, regular = on_sale
    for _ in range(2):
        assert (await place(billing, order_body(event, (regular, 4)))).status_code == 201
    response = await place(billing, order_body(event, (regular, 4)))
    assert response.status_code == 409 and response.json()["code"] == "sold_out", response.text
    assert response.json()["detail"].startswith("sold out: fewer than 4 seats left")


async def test_an_unknown_order_is_a_not_found_problem(billing):
    response = await billing.client.get(f"/orders/{uuid4()}", headers={"Order-Secret": "x" * 32})
    assert response.status_code == 404 and response.json()["code"] == "not_found", response.text
