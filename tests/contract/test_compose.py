"""docker-compose.yml cannot run here (no Docker engine), so check it agrees with the code."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from services.billing.settings import BillingSettings
from services.events.settings import EventsSettings
from services.notifications.settings import NotificationsSettings
from services.registry.settings import RegistrySettings
from shared.settings import ServiceSettings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SETTINGS = {
    "registry": RegistrySettings,
    "events": EventsSettings,
    "billing": BillingSettings,
    "notifications": NotificationsSettings,
}


def variables(settings: type[ServiceSettings]) -> set[str]:
    return {str(field.validation_alias or name).upper() for name, field in settings.model_fields.items()
            if field.validation_alias}


@pytest.mark.parametrize("name", SETTINGS)
def test_each_service_runs_its_own_module_on_the_port_its_settings_read(name):
    service = COMPOSE["services"][name]
    environment = service["environment"]
    assert service["command"] == ["python", "-m", f"services.{name}"]
    assert service["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (REPO / service["build"]["dockerfile"]).exists()
    port = SETTINGS[name](**{k: str(v) for k, v in environment.items()}).http_port
    assert service["ports"] == [f"{port}:{port}"]
    assert environment["HTTP_HOST"] == "0.0.0.0"  # reachable from outside its container


@pytest.mark.parametrize("name", SETTINGS)
def test_every_environment_variable_is_one_the_settings_read(name):
    unknown = set(COMPOSE["services"][name]["environment"]) - variables(SETTINGS[name])
    assert not unknown, f"{name} sets variables its settings ignore: {unknown}"


@pytest.mark.parametrize("name", SETTINGS)
def test_each_service_has_its_own_schema_and_reaches_the_compose_infrastructure(name):
    environment = COMPOSE["services"][name]["environment"]
    settings = SETTINGS[name](**{k: str(v) for k, v in environment.items()})
    assert settings.db_schema == name
    database = urlparse(settings.database_url)
    assert database.hostname == "postgres"
    postgres = COMPOSE["services"]["postgres"]["environment"]
    assert (database.username, database.password, database.path) == (
        postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"], "/" + postgres["POSTGRES_DB"]
    )
    kafka_host, kafka_port = settings.kafka_bootstrap_servers.split(":")
    assert kafka_host == "kafka"
    assert f"kafka:{kafka_port}" in COMPOSE["services"]["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert {"kafka", "postgres"} <= set(COMPOSE["services"][name]["depends_on"])


def test_kafka_is_the_official_image_in_kraft_mode():
    kafka = COMPOSE["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


def test_notifications_mails_the_compose_mail_sink():
    environment = COMPOSE["services"]["notifications"]["environment"]
    sink = COMPOSE["services"]["mailsink"]["command"]
    assert environment["SMTP_HOST"] == "mailsink"
    assert sink[sink.index("--smtp-port") + 1] == environment["SMTP_PORT"]


def test_env_example_documents_every_setting():
    documented = {
        line.split("=", 1)[0].lstrip("# ").strip()
        for line in (REPO / ".env.example").read_text().splitlines()
        if "=" in line
    }
    missing = set().union(*(variables(s) for s in SETTINGS.values())) - documented
    assert not missing, f".env.example lacks {sorted(missing)}"


def test_the_proxy_serves_the_app_and_routes_each_service_to_its_port():
    from deploy import proxy

    service = COMPOSE["services"]["proxy"]
    assert service["build"]["dockerfile"] == "deploy/web.Dockerfile" and service["ports"] == ["8080:80"]
    ports = {name: SETTINGS[name](**{k: str(v) for k, v in COMPOSE["services"][name]["environment"].items()}).http_port
             for name in SETTINGS}
    expected = proxy.caddyfile(80, {name: f"{name}:{port}" for name, port in ports.items()}, Path("/srv"), bind="")
    committed = (REPO / "deploy" / "proxy.Caddyfile").read_text()
    assert committed.split("\n", 1)[1] == expected, "regenerate deploy/proxy.Caddyfile with python -m deploy.proxy"
    for name in SETTINGS:
        assert COMPOSE["services"][name]["environment"]["API_PATH_PREFIX"] == proxy.API_PREFIX
