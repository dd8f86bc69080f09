"""Webhooks never reach into our own network unless that is explicitly allowed (SSRF)."""

import pytest

from services.notifications.deliveries.targets import RefusedTarget, TargetPolicy

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
