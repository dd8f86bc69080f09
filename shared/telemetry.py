"""OpenTelemetry tracing: one trace follows a request through the outbox and Kafka.

A tracer provider always runs, so that logs carry trace ids; spans are exported
only when `OTEL_TRACES_EXPORTER` says where (console or OTLP). As the OpenTelemetry convention has it,
OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL (spans go to <base>/v1/traces) and
OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, when set, is the traces URL itself.
"""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from opentelemetry import context, propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter

_tracer = trace.get_tracer("sparknet")


def traces_url(base: str | None, traces: str | None = None) -> str | None:
    """Where OTLP/HTTP spans go: `traces` as given, else `base` + /v1/traces (None: the exporter's default)."""
    if traces:
        return traces
    return f"{base.rstrip('/')}/v1/traces" if base else None


def setup_tracing(service_name: str, exporter: str, endpoint: str | None = None,
                  traces_endpoint: str | None = None) -> TracerProvider:
    """`endpoint` and `traces_endpoint`: OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_TRACES_ENDPOINT."""
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    span_exporter = _make_exporter(exporter, traces_url(endpoint, traces_endpoint))
    if span_exporter is not None:
        provider.add_span_processor(BatchSpanProcessor(span_exporter))
    trace.set_tracer_provider(provider)
    return provider


def _make_exporter(exporter: str, endpoint: str | None) -> SpanExporter | None:
    if exporter == "console":
        return ConsoleSpanExporter()
    if exporter == "otlp":
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        return OTLPSpanExporter(endpoint=endpoint) if endpoint else OTLPSpanExporter()
    return None


def current_trace_headers() -> dict[str, str]:
    """W3C `traceparent` (and `tracestate`) of the current span, if there is one."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return {k: v for k, v in carrier.items() if k in ("traceparent", "tracestate")}


@contextmanager
def continue_trace(name: str, carrier: Mapping[str, str], **attributes: str) -> Iterator[trace.Span]:
    """A span that continues the trace found in `carrier` (HTTP or Kafka headers)."""
    parent = propagate.extract(dict(carrier))
    token = context.attach(parent)
    try:
        with _tracer.start_as_current_span(name, attributes=attributes) as span:
            yield span
    finally:
        context.detach(token)


@contextmanager
def traced(name: str, **attributes: str) -> Iterator[trace.Span]:
    """A span of its own: a new trace when none is current, as for work a loop or a first start begins
    outside any request or message, so that what it publishes carries trace context like everything else."""
    with _tracer.start_as_current_span(name, attributes=attributes) as span:
        yield span


def current_trace_id() -> str | None:
    span_context = trace.get_current_span().get_span_context()
    return format(span_context.trace_id, "032x") if span_context.is_valid else None
