"""Fan-out: what one event turns into for the subscriptions that want it (deliveries, feed items, digest lines)."""
