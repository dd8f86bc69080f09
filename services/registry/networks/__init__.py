"""Networks: named sets of partnerships, coordinated by one champion partnership per period."""
