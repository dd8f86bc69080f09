"""Each service answers exactly as its OpenAPI document says, whatever a client sends: schemathesis generates
requests from the document (valid and invalid, single and chained) against the running platform, anonymously and
as an operator, and every check must hold: no server error, no answer outside its documented schema, no status,
header or media type the document does not name, invalid input refused and valid input accepted."""

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from harness.platform import SERVICE_NAMES
from tests.e2e.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

CONFIGS = Path(__file__).with_name("schemathesis")
SEED = 20261204  # the same requests every run: a failure here reproduces with `--seed`
RUN_SECONDS = 45  # per service and caller: the whole gate stays a few minutes


def config_of(service: str, directory: Path) -> Path:
    """The shared settings, then the service's own operation entries: one file, as schemathesis reads one."""
    parts = [CONFIGS / "base.toml", *sorted(CONFIGS.glob(f"{service}*.toml"))]
    config = directory / "schemathesis.toml"
    config.write_text("\n".join(part.read_text() for part in parts))
    return config


def _schemathesis() -> str:
    return shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"


@pytest.fixture(scope="module")
def registry_settings() -> dict[str, str]:
    return {"REGISTRY_ACCESS_TOKEN_MINUTES": "60"}  # one operator token outlasts every run of the gate


@pytest.fixture(scope="module")
async def operator_token(platform) -> str:
    """A login token every service already accepts (each learns the registry's keys over Kafka), taken before
    any run: fuzzing the login with the operator's address soon throttles it, as it should."""
    async with httpx.AsyncClient(timeout=10) as http:
        login = await http.post(f"{platform['registry'].url}/auth/login",
                                json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD})
        assert login.status_code == 200, login.text
        token = login.json()["access_token"]
        for _ in range(100):
            answers = [await http.get(f"{platform['notifications'].url}/feed",
                                      headers={"Authorization": f"Bearer {token}"}),
                       await http.get(f"{platform['billing'].url}/events/{'0' * 8}-0000-4000-8000-{'0' * 12}/orders",
                                      headers={"Authorization": f"Bearer {token}"})]
            if all(a.status_code != 401 for a in answers):
                return token
            await asyncio.sleep(0.2)
    raise AssertionError("the services never learned the registry's signing key")


@pytest.mark.timeout(RUN_SECONDS * 3)
@pytest.mark.parametrize("caller", ["anonymous", "operator"])
@pytest.mark.parametrize("service", SERVICE_NAMES)
async def test_every_answer_is_the_one_the_openapi_document_promises(platform, operator_token, service, caller,
                                                                    tmp_path):
    url = platform[service].url
    command = [_schemathesis(), "--config-file", str(config_of(service, tmp_path)), "run", f"{url}/openapi.json", "--url", url,
               "--checks", "all", "--seed", str(SEED), "--max-time", str(RUN_SECONDS), "--no-color",
               "--generation-database", "none", "--report", "junit", "--report-dir", str(tmp_path)]
    if caller == "operator":
        command += ["--header", f"Authorization: Bearer {operator_token}"]
    result = await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, cwd=tmp_path,
                                     timeout=RUN_SECONDS * 2)
    report = result.stdout + result.stderr
    assert result.returncode == 0, f"{service} as {caller} broke its OpenAPI document:\n{report[-12_000:]}"
    assert "generated" in report and "Tested:" in report, report[-4_000:]
