"""`python -m services.<name> [serve|migrate|asyncapi|openapi]`: one entry point per service."""

import argparse
import asyncio
import json
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from shared.migrations import migrate
from shared.runtime import ServiceRuntime


def main(build: Callable[[], tuple[ServiceRuntime, FastAPI]]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "migrate", "asyncapi", "openapi"])
    command = parser.parse_args().command
    runtime, app = build()
    settings = runtime.settings
    if command == "serve":
        uvicorn.run(app, host=settings.http_host, port=settings.http_port, root_path=settings.http_root_path,
                    forwarded_allow_ips=settings.forwarded_allow_ips, log_config=None, access_log=False)
    elif command == "migrate":
        applied = asyncio.run(migrate(settings.database_url, settings.db_schema, runtime.migrations))
        print(json.dumps({"service": runtime.name, "applied": applied}))
    elif command == "asyncapi":
        print(runtime.asyncapi().to_specification().to_json())
    else:
        print(json.dumps(app.openapi(), indent=2))
