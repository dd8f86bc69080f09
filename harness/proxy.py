"""The real Caddy reverse proxy in front of services started by a test, as `deploy/sparknet up` runs it."""

import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

from deploy import proxy
from harness.services import free_port


@contextmanager
def running_proxy(folder: Path, upstreams: Mapping[str, int], web_dist: Path | None, port: int | None = None
                  ) -> Iterator[str]:
    """Caddy routing /api/<name>/ to 127.0.0.1:<port> and serving `web_dist`; yields its base URL."""
    port = port or free_port()
    config = proxy.write_config(folder, port, {name: f"127.0.0.1:{p}" for name, p in upstreams.items()}, web_dist)
    log = folder / "caddy.log"
    with open(log, "ab") as output:
        process = subprocess.Popen(proxy.command(config), stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_answering(url, process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_answering(url: str, process: subprocess.Popen, log: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"caddy exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"caddy did not answer at {url} within {timeout}s")
