"""The browser's one door: a Caddy reverse proxy routing `/api/<service>/` to each service (the prefix
stripped, since each service serves under its `root_path`) and serving the built web app, with a fallback
to `index.html` so the app's own routes survive a reload.

    python -m deploy.proxy caddyfile --port 8080 --web-dist web/dist registry=127.0.0.1:8001 ...
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Mapping
from pathlib import Path

API_PREFIX = "/api"
NOT_BUILT = "The web app is not built yet: run `npm ci && npm run build` in web/."


def caddyfile(port: int, upstreams: Mapping[str, str], web_dist: Path | None, *, bind: str = "127.0.0.1") -> str:
    """A Caddyfile for `upstreams` ({service name: host:port}) serving the app built into `web_dist`;
    None answers every page with a 503 saying how to build it. An empty `bind` listens on every address."""
    routes = "\n".join(
        f"\thandle_path {API_PREFIX}/{name}/* {{\n\t\treverse_proxy {address}\n\t}}"
        for name, address in upstreams.items()
    )
    if web_dist is not None:
        app = (f"\thandle {{\n\t\troot * {web_dist}\n\t\t@assets path /assets/*\n"
               f"\t\theader @assets Cache-Control \"public, max-age=31536000, immutable\"\n"
               f"\t\ttry_files {{path}} /index.html\n\t\tfile_server\n\t}}")
    else:
        app = f"\thandle {{\n\t\trespond \"{NOT_BUILT}\" 503\n\t}}"
    return (
        "{\n\tadmin off\n\tauto_https off\n}\n\n"
        f"http://{bind}:{port} {{\n"
        "\tencode gzip\n"
        f"{routes}\n"
        f"\thandle {API_PREFIX}/* {{\n\t\trespond \"no such service\" 404\n\t}}\n"
        f"{app}\n"
        "}\n"
    )


def caddy_binary() -> str:
    binary = shutil.which("caddy")
    if binary is None:
        raise SystemExit("caddy is not installed: run deploy/bootstrap.sh")
    return binary


def write_config(folder: Path, port: int, upstreams: Mapping[str, str], web_dist: Path | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Caddyfile"
    built = web_dist if web_dist is not None and (web_dist / "index.html").exists() else None
    path.write_text(caddyfile(port, upstreams, built))
    return path


def command(config: Path) -> list[str]:
    """How to run Caddy on `config` in the foreground (the process supervisor detaches it)."""
    return [caddy_binary(), "run", "--config", str(config), "--adapter", "caddyfile"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["caddyfile"])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--web-dist", type=Path)
    parser.add_argument("upstreams", nargs="*", help="name=host:port")
    args = parser.parse_args()
    upstreams = dict(item.split("=", 1) for item in args.upstreams)
    print(caddyfile(args.port, upstreams, args.web_dist, bind=args.bind), end="")


if __name__ == "__main__":
    main()
