"""Deliveries: one message to one receiver by webhook or email, dispatched, retried, dead-lettered and replayed."""
