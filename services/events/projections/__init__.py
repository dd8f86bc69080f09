"""This service's own copies of other services' data, kept by the consumers (see `consumers.py`).

The registry's organisations, partnerships, networks and experts, and billing's seat counts:
drafting an event checks its organisers and speakers, and the catalogue shows seats left,
without calling anyone. Each message is applied once (`shared.inbox`), and every write is
an upsert guarded by the message's time, so replaying a topic rebuilds the same rows.
"""
