"""DNS for webhooks: every address a name resolves to is checked before anything connects to it (SSRF).

aiohttp connects to exactly what its resolver returns (and caches it), so checking here leaves no gap
for a second, different DNS answer (rebinding) between the check and the connection.
"""

import asyncio
import socket
from collections.abc import Awaitable, Callable

from aiohttp.abc import AbstractResolver, ResolveResult

from services.notifications.deliveries.targets import RefusedTarget, TargetPolicy, literal_address

Lookup = Callable[[str, int], Awaitable[list[str]]]  # host, port -> addresses
_NUMERIC = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV


async def lookup(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class CheckedResolver(AbstractResolver):
    """Resolves with `lookup`; refuses the name if any of its addresses is one we may not send to."""

    def __init__(self, policy: TargetPolicy, lookup: Lookup = lookup) -> None:
        self._policy, self._lookup = policy, lookup

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_UNSPEC) -> list[ResolveResult]:
        addresses = await self._lookup(host, port)
        if not addresses:
            raise OSError(f"{host} has no address")
        checked = []
        for text in addresses:
            address = literal_address(text)
            if address is None:  # a lookup answers addresses; anything else is not to be trusted
                raise RefusedTarget(f"url: {host} resolved to {text!r}, which is not an address")
            self._policy.check_address(address)  # one bad address refuses the name
            inet = socket.AF_INET6 if address.version == 6 else socket.AF_INET
            if family in (socket.AF_UNSPEC, inet):
                checked.append(ResolveResult(hostname=host, host=text, port=port, family=inet, proto=0,
                                             flags=_NUMERIC))
        if not checked:
            raise OSError(f"{host} has no address of the family asked for")
        return checked

    async def close(self) -> None:
        """Nothing held: lookups run on the event loop's own executor."""
