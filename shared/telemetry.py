"""OpenTelemetry tracing: one trace follows a request through the outbox and Kafka.

A tracer provider always runs, so that logs carry trace ids; spans are exported
only when `OTEL_TRACES_EXPORTER` says where (console or OTLP).
"""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from opentelemetry import context, propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter

_tracer = trace.get_tracer("sparknet")


def setup_tracing(service_name: str, exporter: str, endpoint: str | None = None) -> TracerProvider:
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    span_exporter = _make_exporter(exporter, endpoint)
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


def current_trace_id() -> str | None:
    span_context = trace.get_current_span().get_span_context()
    return format(span_context.trace_id, "032x") if span_context.is_valid else None
