"""Users, logins and organisations for the registry's tests, through its HTTP API."""

import uuid

import httpx

OPERATOR_EMAIL = "root@example.org"
OPERATOR_PASSWORD = "a-real-operator-secret"
PASSWORD = "correct horse battery"


async def log_in(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = await client.post("/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def new_user(client: httpx.AsyncClient, name: str = "user") -> tuple[dict, dict[str, str]]:
    """A fresh user and their bearer headers; the operator creates the account, vouching for its address (a
    person signing up alone confirms it by e-mail first: tests/integration/registry/accounts)."""
    email = f"{name}-{uuid.uuid4().hex[:8]}@example.org"
    operator = await log_in(client, OPERATOR_EMAIL, OPERATOR_PASSWORD)
    response = await client.post("/users", json={"email": email, "password": PASSWORD, "name": name}, headers=operator)
    assert response.status_code == 201, response.text
    return response.json(), await log_in(client, email)


async def organisation(client: httpx.AsyncClient, headers: dict[str, str], name: str, **fields) -> dict:
    body = {"name": name, "kind": "university", "country": "UA", "city": "Kharkiv", **fields}
    response = await client.post("/organisations", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()
