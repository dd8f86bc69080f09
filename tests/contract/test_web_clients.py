"""The web app's typed clients are generated from the services' OpenAPI documents: committed ones that
differ from what the services generate today fail here (regenerate with `npm run clients` in web/)."""

import os
import subprocess
import sys

from harness.infra import REPO

WEB = REPO / "web"


def test_committed_clients_match_the_services_openapi(tmp_path):
    subprocess.run(["node", "scripts/generate-clients.mjs", "--out", str(tmp_path)], cwd=WEB, check=True,
                   env={**os.environ, "PYTHON": sys.executable}, capture_output=True, timeout=240)
    stale = [
        f"{folder}/{generated.name}"
        for folder, committed_dir in (("openapi", WEB / "openapi"), ("generated", WEB / "src" / "lib" / "api" / "generated"))
        for generated in sorted((tmp_path / folder).iterdir())
        if not (committed_dir / generated.name).exists()
        or (committed_dir / generated.name).read_text() != generated.read_text()
    ]
    assert not stale, f"stale web clients, run `npm run clients` in web/: {stale}"


def test_the_lock_file_names_packages_and_versions_only():
    """No download or funding addresses: installs resolve through whatever registry the machine is given."""
    lock = (WEB / "package-lock.json").read_text()
    assert "://" not in lock, "strip addresses from web/package-lock.json (see web/.npmrc)"
