"""Partnerships: organisations working together in a programme, one of them leading."""
