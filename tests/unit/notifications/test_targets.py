"""Webhooks never reach into our own network unless that is explicitly allowed (SSRF)."""

import httpx
import pytest

from services.notifications.channels.webhook import WebhookSender
from services.notifications.domain.deliveries import Channel, Claim
from services.notifications.domain.subscriptions import generate_secret
from services.notifications.domain.targets import RefusedTarget, TargetPolicy
from tests.unit.notifications.factories import event_published

STRICT = TargetPolicy(allow_private=False, allow_http=False)
LOCAL = TargetPolicy(allow_private=True, allow_http=True)


@pytest.mark.parametrize("url", [
    "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.0.10:8443/hook",
    "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://[::1]/hook",
    "https://[::ffff:127.0.0.1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook",
    "https://2130706433/hook", "https://0x7f.1/hook", "https://localhost/hook", "https://db.internal/hook",
    "https://printer.local/hook", "https://api.localhost/hook", "https://224.0.0.1/hook",
])
def test_private_loopback_and_metadata_targets_are_refused(url):
    with pytest.raises(RefusedTarget, match="private targets are not allowed"):
        STRICT.check_url(url)


def test_plain_http_is_refused_unless_allowed():
    with pytest.raises(RefusedTarget, match="url: must use https"):
        STRICT.check_url("http://hooks.example.org/x")
    TargetPolicy(allow_private=False, allow_http=True).check_url("http://hooks.example.org/x")


def test_credentials_in_the_url_are_refused():
    with pytest.raises(RefusedTarget, match="must not carry credentials"):
        LOCAL.check_url("https://user:pw@hooks.example.org/x")


@pytest.mark.parametrize("url", ["https://hooks.example.org/x", "https://8.8.8.8/x", "https://[2001:4860::8888]/x"])
def test_public_https_targets_pass(url):
    STRICT.check_url(url)


def test_private_targets_pass_where_allowed():
    LOCAL.check_url("http://127.0.0.1:9000/hook")


def _claim(url: str) -> Claim:
    event = event_published()
    return Claim(id=event.message_id, channel=Channel.WEBHOOK, recipient=url, message_id=event.message_id,
                 payload=event.model_dump(mode="json"), attempt=1, url=url, secret=generate_secret())


def _sender(policy: TargetPolicy, addresses: list[str], seen: list[httpx.Request]) -> WebhookSender:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    async def resolver(host: str, port: int) -> list[str]:
        return addresses

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return WebhookSender(client, policy, timeout=5, resolver=resolver)


async def test_a_name_resolving_to_a_private_address_is_refused_when_sending_and_nothing_is_sent():
    seen: list[httpx.Request] = []
    sender = _sender(STRICT, ["93.184.216.34", "10.0.0.7"], seen)  # one bad address is enough
    outcome = await sender.send(_claim("https://rebind.example.org/hook"))
    assert not outcome.delivered and outcome.permanent and "10.0.0.7" in outcome.error
    assert seen == []


async def test_a_public_name_is_sent_to_the_checked_address_under_its_own_host_name():
    seen: list[httpx.Request] = []
    sender = _sender(STRICT, ["93.184.216.34"], seen)
    outcome = await sender.send(_claim("https://hooks.example.org/hook?x=1"))
    assert outcome.delivered
    (request,) = seen
    assert str(request.url) == "https://93.184.216.34/hook?x=1"
    assert request.headers["host"] == "hooks.example.org"
    assert request.extensions["sni_hostname"] == "hooks.example.org"
