"""Billing: orders, seat holds, payments and tickets."""
