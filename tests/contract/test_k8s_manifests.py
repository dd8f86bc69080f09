"""The cluster manifests cannot be applied here, so check they agree with the code."""

from pathlib import Path

import pytest
import yaml

from tests.contract.test_compose import SETTINGS, variables

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"


def documents() -> list[dict]:
    return [doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text()) if doc]


def find(kind: str, name: str) -> dict:
    return next(d for d in documents() if d["kind"] == kind and d["metadata"]["name"] == name)


def test_kustomization_lists_every_manifest():
    listed = set(yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


@pytest.mark.parametrize("name", SETTINGS)
def test_each_deployment_runs_its_service_on_the_port_its_settings_read(name):
    [container] = find("Deployment", name)["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e.get("value", "from-secret") for e in container["env"]}
    config = find("ConfigMap", "sparknet-config")["data"]
    settings = SETTINGS[name](**config, **env)
    assert container["command"] == ["python", "-m", f"services.{name}"]
    assert container["ports"] == [{"name": "http", "containerPort": settings.http_port}]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    assert settings.db_schema == name
    assert find("Service", name)["spec"]["ports"][0]["targetPort"] == "http"


@pytest.mark.parametrize("name", SETTINGS)
def test_every_variable_given_to_a_service_is_one_its_settings_read(name):
    [container] = find("Deployment", name)["spec"]["template"]["spec"]["containers"]
    given = {e["name"] for e in container["env"]} | set(find("ConfigMap", "sparknet-config")["data"])
    unknown = given - variables(SETTINGS[name])
    assert not unknown, f"{name} is given variables its settings ignore: {unknown}"


def test_secrets_hold_only_placeholders():
    secret = find("Secret", "sparknet-secrets")["stringData"]
    assert all("CHANGE-ME" in value for value in secret.values())


def test_the_ingress_routes_each_service_under_the_prefix_its_settings_know():
    from deploy import proxy

    config = find("ConfigMap", "sparknet-config")["data"]
    assert config["API_PATH_PREFIX"] == proxy.API_PREFIX
    api = find("Ingress", "sparknet-api")
    routed = {p["backend"]["service"]["name"]: p["path"] for p in api["spec"]["rules"][0]["http"]["paths"]}
    assert routed == {name: f"{proxy.API_PREFIX}/{name}(/|$)(.*)" for name in SETTINGS}
    assert api["metadata"]["annotations"]["nginx.ingress.kubernetes.io/rewrite-target"] == "/$2"
    [web] = find("Ingress", "sparknet-web")["spec"]["rules"][0]["http"]["paths"]
    assert web["backend"]["service"]["name"] == "web" and find("Service", "web")
