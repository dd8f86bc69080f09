"""Digests: the lines a subscription collected, sent as one message at its local time."""
