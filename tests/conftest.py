import pytest

from harness.infra import Infra, provide_infra


@pytest.fixture(scope="session")
def infra() -> Infra:
    with provide_infra() as running:
        yield running
