"""The whole platform on one machine: infrastructure, the four services, a mail sink, the reverse proxy
serving the web app, demo data.

    python -m deploy.platform up|down|status      (deploy/sparknet wraps this)

Each service runs as its own process with its own port and schema; logs go to
`<run dir>/logs/<name>.log` (JSON lines), pids to `<run dir>/pids/`.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from deploy import demo_data, infra, processes, proxy
from deploy.config import OPERATOR_EMAIL, OPERATOR_PASSWORD, REPO_ROOT, InfraConfig

PYTHON = sys.executable


@dataclass(frozen=True)
class Service:
    name: str
    port_variable: str
    default_port: int

    @property
    def port(self) -> int:
        return int(os.environ.get(self.port_variable, self.default_port))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


SERVICES = (
    Service("registry", "REGISTRY_HTTP_PORT", 8001),
    Service("events", "EVENTS_HTTP_PORT", 8002),
    Service("billing", "BILLING_HTTP_PORT", 8003),
    Service("notifications", "NOTIFICATIONS_HTTP_PORT", 8004),
)
WEB_PORT = int(os.environ.get("SPARKNET_WEB_PORT", 8080))
WEB_URL = f"http://127.0.0.1:{WEB_PORT}"
WEB_DIST = REPO_ROOT / "web" / "dist"
SMTP_PORT = int(os.environ.get("SMTP_PORT", 1025))
MAILSINK_HTTP_PORT = int(os.environ.get("MAILSINK_HTTP_PORT", 8025))


def service_environment(cfg: InfraConfig, infra_env: dict[str, str]) -> dict[str, str]:
    """What every service process gets; variables already set in our environment win."""
    billing = next(s for s in SERVICES if s.name == "billing")
    defaults = {
        "SPARKNET_ENV": "development",
        "KAFKA_TOPIC_PARTITIONS": str(cfg.partitions),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(SMTP_PORT),
        # Links the services hand out (payment pages, e-mails) go through the proxy, to the web pages.
        "API_PATH_PREFIX": proxy.API_PREFIX,
        "BILLING_PUBLIC_URL": f"{WEB_URL}{proxy.API_PREFIX}/billing",
        "NOTIFICATIONS_PUBLIC_URL": f"{WEB_URL}{proxy.API_PREFIX}/notifications",
        "NOTIFICATIONS_WEB_URL": WEB_URL,
        "REGISTRY_BOOTSTRAP_OPERATOR_EMAIL": OPERATOR_EMAIL,
        "REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD": OPERATOR_PASSWORD,
        "PYTHONUNBUFFERED": "1",
        **{s.port_variable: str(s.port) for s in SERVICES},
    }
    return {**defaults, **{k: v for k, v in os.environ.items() if k in defaults}, **infra_env}


def _healthy(service: Service, base_url: str | None = None) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url or service.url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _wait_healthy(service: Service, cfg: InfraConfig, *, process: str | None = None, base_url: str | None = None,
                  timeout: float = 90) -> None:
    """Until the service answers /health (directly, or at `base_url` through `process`, the proxy)."""
    process = process or service.name
    deadline = time.monotonic() + timeout
    while not _healthy(service, base_url):
        if processes.process_running(process, cfg.run_dir) is None or time.monotonic() > deadline:
            tail = processes.log_file(process, cfg.run_dir).read_text(errors="replace")[-3000:]
            raise SystemExit(f"{process} did not become healthy; its log ends with:\n{tail}")
        time.sleep(0.3)


def up(cfg: InfraConfig, *, with_demo_data: bool = True) -> None:
    print("starting Kafka and PostgreSQL ...", flush=True)
    env = service_environment(cfg, infra.up(cfg))
    for service in SERVICES:  # migrations first, so a broken one stops us before anything serves
        subprocess.run([PYTHON, "-m", f"services.{service.name}", "migrate"], env={**os.environ, **env},
                       cwd=REPO_ROOT, check=True, stdout=subprocess.DEVNULL)
    processes.start_process(
        "mailsink",
        [PYTHON, "-m", "deploy.mailsink", "--folder", str(cfg.run_dir / "mail"),
         "--smtp-port", str(SMTP_PORT), "--http-port", str(MAILSINK_HTTP_PORT)],
        env, cfg.run_dir, REPO_ROOT,
    )
    for service in SERVICES:
        processes.start_process(service.name, [PYTHON, "-m", f"services.{service.name}"], env, cfg.run_dir, REPO_ROOT)
    for service in SERVICES:
        _wait_healthy(service, cfg)
    caddyfile = proxy.write_config(cfg.run_dir / "proxy", WEB_PORT,
                                   {s.name: f"127.0.0.1:{s.port}" for s in SERVICES}, WEB_DIST)
    processes.start_process("proxy", proxy.command(caddyfile), env, cfg.run_dir, REPO_ROOT)
    for service in SERVICES:
        _wait_healthy(service, cfg, process="proxy", base_url=f"{WEB_URL}{proxy.API_PREFIX}/{service.name}")
    if with_demo_data:
        demo_data.seed({s.name: s.url for s in SERVICES}, cfg.run_dir)
    _print_urls(cfg, env)


def _print_urls(cfg: InfraConfig, env: dict[str, str]) -> None:
    print(f"\nsparknet is up at {WEB_URL}/\n")
    for service in SERVICES:
        api = f"{WEB_URL}{proxy.API_PREFIX}/{service.name}"
        print(f"  {service.name:<14} {api}/docs   (OpenAPI: {api}/openapi.json, AsyncAPI: {api}/asyncapi.json)")
    print(f"  {'mail sink':<14} http://127.0.0.1:{MAILSINK_HTTP_PORT}/   (SMTP 127.0.0.1:{SMTP_PORT})")
    print(f"  {'kafka':<14} {env['KAFKA_BOOTSTRAP_SERVERS']}")
    print(f"  {'postgresql':<14} {env['DATABASE_URL']}")
    print(f"  {'logs':<14} {cfg.logs_dir}/")


def down(cfg: InfraConfig) -> None:
    for name in ["proxy"] + [s.name for s in SERVICES] + ["mailsink"]:
        processes.stop_process(name, cfg.run_dir)
    infra.down(cfg)
    print("sparknet is down")


def status(cfg: InfraConfig) -> dict:
    report = infra.status(cfg)
    for service in SERVICES:
        report[service.name] = {
            "pid": processes.process_running(service.name, cfg.run_dir),
            "url": service.url,
            "healthy": _healthy(service),
        }
    report["proxy"] = {"pid": processes.process_running("proxy", cfg.run_dir), "url": f"{WEB_URL}/"}
    report["mailsink"] = {"pid": processes.process_running("mailsink", cfg.run_dir),
                          "url": f"http://127.0.0.1:{MAILSINK_HTTP_PORT}/"}
    return report


def main(argv: list[str]) -> int:
    cfg = InfraConfig.from_env()
    command = argv[0] if argv else ""
    if command == "up":
        up(cfg, with_demo_data="--no-demo-data" not in argv)
    elif command == "down":
        down(cfg)
    elif command == "status":
        print(json.dumps(status(cfg), indent=2, default=str))
    else:
        print("usage: python -m deploy.platform up [--no-demo-data]|down|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
