"""Ids of everything notifications stores."""

import secrets
import time
from uuid import UUID


def new_id() -> UUID:
    """A time-ordered UUID (version 7): newest-first pages are index scans on the key."""
    millis = time.time_ns() // 1_000_000
    random = secrets.randbits(74)  # one draw: each costs a system call, and fan-out makes thousands
    value = (millis & (1 << 48) - 1) << 80 | 0x7 << 76 | (random >> 62) << 64
    value |= 0b10 << 62 | random & (1 << 62) - 1
    return UUID(int=value)
