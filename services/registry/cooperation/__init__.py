"""Cooperation requests: a partnership asks another for an expert or a resource."""
