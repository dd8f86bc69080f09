"""Notifications storage: SQL in, domain objects and read models out."""
