"""The web app's Playwright specs (web/tests/*.spec.ts) in Debian's Chromium against the running platform.
Screenshots of every page at desktop and phone width are kept in web/test-results/screenshots/."""

import os
import subprocess

import pytest

from harness.infra import REPO

WEB = REPO / "web"
SCREENSHOTS = WEB / "test-results" / "screenshots"
SPECS = sorted(path.name for path in (WEB / "tests").glob("*.spec.ts"))

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("spec", SPECS)
def test_spec_passes_in_chromium(site, mail, spec):
    run = subprocess.run(
        ["npx", "playwright", "test", f"tests/{spec}"],
        cwd=WEB, capture_output=True, text=True, timeout=280,
        env={**os.environ, "SPARKNET_WEB_URL": site, "SPARKNET_SCREENSHOTS": str(SCREENSHOTS),
             "SPARKNET_MAIL_SPOOL": str(mail.spool),
             "SPARKNET_TEST_RESULTS": str(WEB / "test-results" / spec.removesuffix(".spec.ts"))},
    )
    assert run.returncode == 0, f"{spec} failed:\n{run.stdout[-6000:]}\n{run.stderr[-2000:]}"
