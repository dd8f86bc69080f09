"""The browser's one door: the real Caddy in front of the four service processes and the built app."""

import httpx
import pytest

from harness.platform import port_of
from harness.proxy import running_proxy

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site(platform, tmp_path_factory):
    web = tmp_path_factory.mktemp("web")
    (web / "index.html").write_text("<!doctype html><title>sparknet</title><div id=root></div>")
    (web / "assets").mkdir()
    (web / "assets" / "app.js").write_text("console.log('app')")
    upstreams = {name: service.port for name, service in platform.items()}
    with running_proxy(tmp_path_factory.mktemp("proxy"), upstreams, web) as url:
        yield url


def test_each_service_answers_under_its_prefix(site, platform):
    for name in platform:
        response = httpx.get(f"{site}/api/{name}/health")
        assert response.status_code == 200, (name, response.text)


def test_docs_work_through_the_proxy(site):
    docs = httpx.get(f"{site}/api/events/docs")
    assert docs.status_code == 200
    assert "/api/events/openapi.json" in docs.text  # the page asks for its document under the prefix
    document = httpx.get(f"{site}/api/events/openapi.json").json()
    assert document["servers"] == [{"url": "/api/events"}]


def test_app_routes_fall_back_to_the_app(site):
    for path in ("/", "/experts/graph", "/orders/123?key=abc"):
        response = httpx.get(f"{site}{path}")
        assert response.status_code == 200 and "<div id=root>" in response.text, path
    asset = httpx.get(f"{site}/assets/app.js")
    assert asset.text == "console.log('app')" and "immutable" in asset.headers["cache-control"]


def test_unknown_api_is_a_404_not_the_app(site):
    response = httpx.get(f"{site}/api/nothing/health")
    assert response.status_code == 404 and "root" not in response.text


def test_proxy_without_a_built_app_says_how_to_build_it(platform, tmp_path):
    with running_proxy(tmp_path, {"registry": platform["registry"].port}, tmp_path / "missing") as url:
        response = httpx.get(f"{url}/experts")
        assert response.status_code == 503 and "npm run build" in response.text
        assert httpx.get(f"{url}/api/registry/health").status_code == 200
