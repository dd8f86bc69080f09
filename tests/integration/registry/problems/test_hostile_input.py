"""Hostile input to the registry gets a precise 4xx problem, never a 500."""

import pytest

from tests.integration.registry.helpers import new_user

pytestmark = pytest.mark.integration
NUL = "must not contain NUL characters"


def problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["status"], body["code"]) == (status, code) and body["title"] and body["type"]
    return body


@pytest.mark.parametrize("path", ["/experts?q=%00", "/resources?q=%00", "/organisations?q=a%00"])
async def test_a_nul_in_a_search_is_a_422_naming_the_parameter(registry, path):
    body = problem(await registry.client.get(path), 422, "validation_failed")
    assert body["errors"] == [{"field": "query.q", "message": NUL}]


async def test_a_nul_in_an_api_token_name_is_a_422_naming_it(registry):
    _, headers = await new_user(registry.client, "nul-token")
    response = await registry.client.post("/auth/api-tokens", json={"name": "ci\u0000", "days": 30}, headers=headers)
    assert problem(response, 422, "validation_failed")["detail"] == f"name: {NUL}"


async def test_a_nul_in_a_csv_import_is_reported_on_its_row_and_column(registry, operator):
    body = "key,name,kind,country,city\nnul-row,Bad\u0000Name,university,UA,Lviv\n"
    response = await registry.client.post("/imports/organisations", content=body.encode(), headers=operator | {
        "Content-Type": "text/csv"})
    report = problem(response, 422, "import_rejected")
    assert report["errors"] == [{"row": 1, "field": "name", "message": NUL, "line": 2}]
    assert report["detail"] == "the file has 1 error: nothing written" and report["rows_written"] == 0


async def test_resource_search_text_is_capped_like_the_other_searches(registry):
    assert (await registry.client.get("/resources", params={"q": "x" * 200})).status_code == 200
    body = problem(await registry.client.get("/resources", params={"q": "x" * 201}), 422, "validation_failed")
    assert body["errors"][0]["field"] == "query.q"


async def test_a_body_over_a_mebibyte_is_413_but_an_import_may_be_larger(registry, operator):
    big = b'{"name": "' + b"x" * (1024 * 1024) + b'"}'
    response = await registry.client.post("/organisations", content=big, headers=operator | {
        "Content-Type": "application/json"})
    assert "over 1048576 bytes" in problem(response, 413, "payload_too_large")["detail"]
    csv = ("key,name,kind,country,city\n" + f"k,{'n' * 150},university,UA,Lviv\n" * 9_000).encode()  # 1.5 MB
    imported = await registry.client.post("/imports/organisations", params={"dry_run": "true"}, content=csv,
                                          headers=operator | {"Content-Type": "text/csv"})
    assert imported.status_code != 413, imported.text


async def test_unknown_things_and_wrong_methods_are_problems(registry):
    assert problem(await registry.client.get("/no-such-thing"), 404, "not_found")["detail"] == "Not Found"
    problem(await registry.client.delete("/experts"), 405, "method_not_allowed")
