"""Ids are UUIDv7: unique, and ordered by the millisecond they were made in."""

import time

from services.notifications.ids import new_id


def test_ids_are_version_7_of_the_rfc_variant_and_unique():
    ids = [new_id() for _ in range(10_000)]
    assert {i.version for i in ids} == {7} and {i.variant for i in ids} == {"specified in RFC 4122"}
    assert len(set(ids)) == len(ids)


def test_a_later_millisecond_sorts_later_and_the_id_carries_it():
    before = time.time_ns() // 1_000_000
    earlier = new_id()
    time.sleep(0.002)
    later = new_id()
    assert earlier < later
    assert before <= earlier.int >> 80 <= time.time_ns() // 1_000_000
