"""Kafka message models, one module per producing service."""
