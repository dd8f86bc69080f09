"""The whole platform as `deploy/sparknet up` runs it, for the browser: four service processes behind the
real proxy serving the built web app, a real SMTP server, and the demo data."""

import pytest

from deploy import demo_data, proxy
from harness.infra import REPO
from harness.platform import platform_envs, port_of, running_platform
from harness.proxy import running_proxy
from harness.receivers import MailServer
from harness.services import free_port

WEB_DIST = REPO / "web" / "dist"


@pytest.fixture(scope="session")
def mail(tmp_path_factory):
    """The platform's SMTP server; specs read what it received from its spool (SPARKNET_MAIL_SPOOL)."""
    with MailServer(spool=tmp_path_factory.mktemp("mail")) as server:
        yield server


@pytest.fixture(scope="session")
async def site(infra, mail, tmp_path_factory) -> str:
    """The web address of a running platform with demo data, as a newcomer gets it from `up`."""
    if not (WEB_DIST / "index.html").exists():
        pytest.fail("the web app is not built: deploy/sparknet test builds it (or npm ci && npm run build in web/)")
    web_port = free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    development = {"SPARKNET_ENV": "development"}  # as `up`: the demo logs in with the development operator
    envs = platform_envs(infra, {
        "registry": development,
        "events": development,
        "billing": development | {"BILLING_PUBLIC_URL": f"{web_url}{proxy.API_PREFIX}/billing",
                                  "BILLING_EXPIRY_INTERVAL_SECONDS": "1"},
        "notifications": development | {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail.port),
                                        "NOTIFICATIONS_WEB_URL": web_url,
                                        "NOTIFICATIONS_PUBLIC_URL": f"{web_url}{proxy.API_PREFIX}/notifications",
                                        "NOTIFICATIONS_DISPATCH_POLL_SECONDS": "1"},
    })
    log_dir = tmp_path_factory.mktemp("logs")
    async with running_platform(infra, envs, log_dir) as services:
        upstreams = {name: port_of(envs, name) for name in services}
        with running_proxy(tmp_path_factory.mktemp("proxy"), upstreams, WEB_DIST, web_port) as url:
            demo_data.seed({name: service.url for name, service in services.items()}, tmp_path_factory.mktemp("run"))
            yield url
