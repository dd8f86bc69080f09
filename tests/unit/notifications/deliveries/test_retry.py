"""When to try a failed delivery again, and when to stop."""

from datetime import UTC, datetime, timedelta

import pytest

from services.notifications.deliveries.domain import DeliveryStatus, Outcome, RetryPolicy
from services.notifications.deliveries.retry_after import parse_retry_after

NOW = datetime(2031, 1, 1, 12, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=5, base_seconds=60, max_seconds=6 * 3600)
FAILED = Outcome(delivered=False, status_code=500, error="HTTP 500")


def test_the_ceiling_grows_fourfold_per_attempt_up_to_the_cap():
    assert [POLICY.ceiling(n) for n in range(1, 5)] == [60, 240, 960, 3840]
    assert POLICY.ceiling(10) == 6 * 3600


@pytest.mark.parametrize("attempt", [1, 2, 3, 4])
def test_jitter_keeps_each_delay_between_half_and_the_whole_ceiling(attempt):
    ceiling = POLICY.ceiling(attempt)
    assert POLICY.delay(attempt, rng=lambda: 0.0) == ceiling / 2
    assert POLICY.delay(attempt, rng=lambda: 1.0) == ceiling
    assert ceiling / 2 <= POLICY.delay(attempt) <= ceiling


def test_a_retry_after_longer_than_the_backoff_is_honoured():
    assert POLICY.delay(1, retry_after=600, rng=lambda: 0.0) == 600


def test_a_retry_after_shorter_than_the_backoff_does_not_hurry_us():
    assert POLICY.delay(2, retry_after=5, rng=lambda: 0.0) == 120


def test_a_retry_after_beyond_our_cap_is_capped():
    assert POLICY.delay(1, retry_after=10 * 86400, rng=lambda: 0.0) == 6 * 3600


def test_a_failure_before_the_last_attempt_schedules_the_next():
    step = POLICY.after(1, FAILED, NOW, rng=lambda: 0.0)
    assert step.status == DeliveryStatus.PENDING and step.next_attempt_at == NOW + timedelta(seconds=30)


def test_after_the_last_attempt_the_delivery_is_dead():
    assert POLICY.after(5, FAILED, NOW).status == DeliveryStatus.DEAD


def test_success_delivers():
    assert POLICY.after(3, Outcome(delivered=True, status_code=204), NOW).status == DeliveryStatus.DELIVERED


@pytest.mark.parametrize("outcome", [Outcome(delivered=False, status_code=410, gone=True),
                                     Outcome(delivered=False, response="550 no such user", permanent=True)])
def test_a_final_refusal_is_dead_at_once(outcome):
    assert POLICY.after(1, outcome, NOW).status == DeliveryStatus.DEAD


@pytest.mark.parametrize(("header", "seconds"), [
    ("120", 120.0), (" 0 ", 0.0), ("Wed, 01 Jan 2031 12:05:00 GMT", 300.0),
    ("Wed, 01 Jan 2031 11:00:00 GMT", 0.0), ("Wed, 01 Jan 2031 12:01:00 -0000", 60.0),
    (None, None), ("", None), ("soon", None), ("-5", None), ("1.5", None),
])
def test_retry_after_is_read_as_seconds_or_an_http_date(header, seconds):
    assert parse_retry_after(header, NOW) == seconds
