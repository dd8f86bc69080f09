"""The events catalogue: joint events of partnerships, their schedule and ticket types."""
