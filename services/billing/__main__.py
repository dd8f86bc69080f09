import sys

import uvicorn

from services.billing.app import build
from services.billing.settings import BillingSettings
from shared.cli import main

settings = BillingSettings()
if settings.http_workers > 1 and sys.argv[1:] in ([], ["serve"]):
    # Several worker processes, each a full replica (pool, consumers, relay, housekeeping): all are
    # safe to run side by side, like separate replicas, and a sales rush gets more than one core.
    uvicorn.run("services.billing.app:create_app", factory=True, workers=settings.http_workers,
                host=settings.http_host, port=settings.http_port, root_path=settings.http_root_path,
                log_config=None, access_log=False)
else:
    main(build)
