"""The webhook sender connects only to addresses it checked, under the subscriber's own host name (SSRF)."""

import json
from dataclasses import replace

import pytest
from aiohttp import web

from services.notifications.deliveries.resolver import CheckedResolver
from services.notifications.deliveries.webhook import WebhookSender, webhook_session
from services.notifications.deliveries.domain import Channel, Claim
from services.notifications.subscriptions.domain import generate_secret
from services.notifications.deliveries.targets import RefusedTarget, TargetPolicy
from tests.unit.notifications.factories import event_published

STRICT = TargetPolicy(allow_private=False, allow_http=False)
STRICT_HTTP = TargetPolicy(allow_private=False, allow_http=True)  # plain http, so a local server can stand in
LOCAL = TargetPolicy(allow_private=True, allow_http=True)


def _claim(url: str) -> Claim:
    event = event_published()
    return Claim(id=event.message_id, channel=Channel.WEBHOOK, recipient=url, message_id=event.message_id,
                 payload=event.model_dump(mode="json"), attempt=1, url=url, secret=generate_secret())


def _answering(*addresses: str):
    asked: list[str] = []

    async def lookup(host: str, port: int) -> list[str]:
        asked.append(host)
        return list(addresses)

    return lookup, asked


@pytest.fixture
async def server():
    """A local receiver; `seen` holds what reached it, `answer` what it answers next."""
    seen: list[web.Request] = []
    answers: list[web.Response] = []

    async def receive(request: web.Request) -> web.Response:
        await request.read()
        seen.append(request)
        return answers.pop(0) if answers else web.Response(status=204)

    app = web.Application()
    app.router.add_post("/{path:.*}", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield port, seen, answers
    await runner.cleanup()


async def _send(policy: TargetPolicy, lookup, url: str):
    async with webhook_session(policy, timeout=5, connections=4, per_host=2, resolve=lookup) as session:
        return await WebhookSender(session, policy, timeout=5).send(_claim(url))


async def test_a_name_resolving_to_a_private_address_is_refused_when_sending_and_nothing_is_sent(server):
    port, seen, _ = server
    lookup, asked = _answering("93.184.216.34", "127.0.0.1")  # one bad address is enough
    outcome = await _send(STRICT_HTTP, lookup, f"http://rebind.example.org:{port}/hook")
    assert not outcome.delivered and outcome.permanent and "127.0.0.1" in outcome.error
    assert asked == ["rebind.example.org"] and seen == []


async def test_a_name_is_sent_to_the_address_it_resolved_to_under_its_own_host_name(server):
    port, seen, _ = server
    lookup, _ = _answering("127.0.0.1")
    outcome = await _send(LOCAL, lookup, f"http://hooks.example.org:{port}/hook?x=1")
    assert outcome.delivered and outcome.status_code == 204
    (request,) = seen
    assert request.path_qs == "/hook?x=1" and request.headers["host"] == f"hooks.example.org:{port}"
    assert request.headers["user-agent"] == "sparknet-webhooks/1" and "webhook-signature" in request.headers


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f.1", "[::1]"])
async def test_an_address_written_in_the_url_is_refused_without_a_lookup(host):
    lookup, asked = _answering("93.184.216.34")
    outcome = await _send(STRICT_HTTP, lookup, f"http://{host}:9/hook")
    assert not outcome.delivered and outcome.permanent and outcome.error.startswith("refused:")
    assert asked == []


async def test_redirects_are_not_followed(server):
    port, seen, answers = server
    answers.append(web.Response(status=307, headers={"location": f"http://127.0.0.1:{port}/elsewhere"}))
    outcome = await _send(LOCAL, _answering("127.0.0.1")[0], f"http://127.0.0.1:{port}/hook")
    assert not outcome.delivered and outcome.status_code == 307
    assert [r.path for r in seen] == ["/hook"]


async def test_retry_after_and_gone_are_read_from_the_answer(server):
    port, _, answers = server
    answers += [web.Response(status=429, headers={"retry-after": "120"}), web.Response(status=410)]
    busy = await _send(LOCAL, _answering("127.0.0.1")[0], f"http://127.0.0.1:{port}/hook")
    gone = await _send(LOCAL, _answering("127.0.0.1")[0], f"http://127.0.0.1:{port}/hook")
    assert busy.retry_after == 120 and busy.error == "HTTP 429 Too Many Requests" and not busy.gone
    assert gone.gone and gone.status_code == 410


async def test_an_unreachable_receiver_is_a_failed_attempt_worth_retrying():
    outcome = await _send(LOCAL, _answering("127.0.0.1")[0], "http://127.0.0.1:9/hook")
    assert not outcome.delivered and not outcome.permanent and outcome.error.startswith("ClientConnectorError")


async def test_the_resolver_hands_public_addresses_through_and_refuses_private_ones():
    public = CheckedResolver(STRICT, _answering("93.184.216.34", "2001:4860::8888")[0])
    found = await public.resolve("hooks.example.org", 443)
    assert [(r["host"], r["port"], r["hostname"]) for r in found] == [
        ("93.184.216.34", 443, "hooks.example.org"), ("2001:4860::8888", 443, "hooks.example.org")]
    for bad in ("10.0.0.7", "169.254.169.254", "::ffff:127.0.0.1", "fd00::1"):
        with pytest.raises(RefusedTarget, match="private targets are not allowed"):
            await CheckedResolver(STRICT, _answering("93.184.216.34", bad)[0]).resolve("rebind.example.org", 443)


async def test_the_resolver_refuses_what_is_not_an_address_and_fails_on_no_address():
    with pytest.raises(RefusedTarget, match="not an address"):
        await CheckedResolver(STRICT, _answering("evil.example.org")[0]).resolve("hooks.example.org", 443)
    with pytest.raises(OSError, match="has no address"):
        await CheckedResolver(STRICT, _answering()[0]).resolve("hooks.example.org", 443)


async def test_a_body_remembered_for_a_message_is_not_reused_for_a_different_payload(server):
    port, seen, _ = server
    first = _claim(f"http://127.0.0.1:{port}/hook")
    changed = replace(first, payload={**first.payload, "title": "Changed"})
    async with webhook_session(LOCAL, timeout=5, connections=4, per_host=2) as session:
        sender = WebhookSender(session, LOCAL, timeout=5)
        assert (await sender.send(first)).delivered and (await sender.send(changed)).delivered
    bodies = [json.loads(await r.read()) for r in seen]
    assert [b["title"] for b in bodies] == [first.payload["title"], "Changed"]
