"""Where webhooks may go: not into our own network, unless explicitly allowed.

A subscriber chooses the URL, so an unchecked URL lets anyone make sparknet send
requests to its databases, admin consoles or the cloud metadata service (SSRF).
The URL is checked when subscribing, and every resolved address again when sending
(DNS may change in between).
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from shared.errors import DomainError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_LOCAL_NAMES = ("localhost", "localhost.localdomain")
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa")


class RefusedTarget(DomainError):
    """The URL or the address it resolves to is not one we send to."""


@dataclass(frozen=True)
class TargetPolicy:
    allow_private: bool
    allow_http: bool

    @classmethod
    def of(cls, settings) -> "TargetPolicy":
        """The policy a service's settings ask for (`allow_private_targets`, `allow_http_targets`)."""
        return cls(allow_private=settings.allow_private_targets, allow_http=settings.allow_http_targets)

    def check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RefusedTarget("url: must be an absolute http(s) URL")
        if parts.scheme == "http" and not self.allow_http:
            raise RefusedTarget("url: must use https")
        if parts.username is not None or parts.password is not None:
            raise RefusedTarget("url: must not carry credentials; authenticate by the webhook signature")
        if self.allow_private:
            return
        host = parts.hostname.rstrip(".").lower()
        if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES):
            raise RefusedTarget(f"url: {host} is a local name; private targets are not allowed")
        if (address := literal_address(host)) is not None:
            self.check_address(address)

    def check_address(self, address: IpAddress) -> None:
        if self.allow_private:
            return
        if not is_public(address):
            raise RefusedTarget(f"url: {address} is not a public address; private targets are not allowed")


def is_public(address: IpAddress) -> bool:
    """Globally routable unicast: no loopback, private, link-local (metadata), CGNAT, reserved."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def literal_address(host: str) -> IpAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:  # the forms resolvers also accept: 2130706433, 0x7f.1, 127.1
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None
