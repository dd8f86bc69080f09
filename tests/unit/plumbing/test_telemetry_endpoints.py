"""Where spans go: OTEL_EXPORTER_OTLP_ENDPOINT is a base URL as the OpenTelemetry convention has it."""

import pytest

from services.events.settings import EventsSettings
from shared import telemetry
from tests.contract.test_k8s_manifests import find


@pytest.mark.parametrize(("base", "traces", "url"), [
    ("http://collector:4318", None, "http://collector:4318/v1/traces"),
    ("http://collector:4318/", None, "http://collector:4318/v1/traces"),
    ("http://collector:4318/otlp", None, "http://collector:4318/otlp/v1/traces"),
    ("http://collector:4318", "http://traces.example:4318/custom", "http://traces.example:4318/custom"),
    (None, "http://traces.example:4318/custom", "http://traces.example:4318/custom"),
    (None, None, None),
])
def test_spans_go_to_the_base_urls_v1_traces_unless_a_traces_endpoint_is_given(base, traces, url):
    assert telemetry.traces_url(base, traces) == url


def test_the_settings_read_both_variables_and_the_exporter_sends_where_they_say(monkeypatch):
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
    settings = EventsSettings()
    assert telemetry.traces_url(settings.otel_endpoint, settings.otel_traces_endpoint) == (
        "http://collector:4318/v1/traces")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://other:4318/spans")
    assert EventsSettings().otel_traces_endpoint == "http://other:4318/spans"


def test_the_cluster_config_gives_the_collectors_base_url():
    config = find("ConfigMap", "sparknet-config")["data"]
    assert telemetry.traces_url(config["OTEL_EXPORTER_OTLP_ENDPOINT"], None) == (
        "http://otel-collector.observability:4318/v1/traces")
