import pytest

from tests.support.infra import Infra, provide_infra


@pytest.fixture(scope="session")
def infra() -> Infra:
    with provide_infra() as running:
        yield running
