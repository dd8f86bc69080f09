"""Bulk import and export of organisations, partnerships and experts as CSV or JSON."""
