"""Subscriptions: who wants which events, on which channel and how often, and who may manage them."""
