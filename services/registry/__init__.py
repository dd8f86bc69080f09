"""The partner registry: organisations, partnerships, experts and resources."""
