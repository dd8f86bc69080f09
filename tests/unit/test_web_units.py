"""The web app's own unit tests (Vitest, web/src/**/*.test.ts) run with the rest of the suite."""

import subprocess
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "web"


def test_web_unit_tests_pass():
    run = subprocess.run(["npx", "vitest", "run"], cwd=WEB, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
