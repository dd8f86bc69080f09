import json

import pytest

from harness.kafka import TopicReader


@pytest.fixture
async def account_mail(infra):
    """registry.account.v1 from now on: where the registry's one-time links go out (to notifications)."""
    async with TopicReader(infra.bootstrap_servers, "registry.account.v1") as reader:
        yield reader


async def link_sent(reader: TopicReader, kind: str, email: str) -> dict:
    record = await reader.wait_for(lambda v: v["type"] == kind and v["email"].casefold() == email.casefold(), timeout=15)
    return json.loads(record.value)
