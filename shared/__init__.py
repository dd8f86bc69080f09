"""Contracts between sparknet's services and the plumbing every service shares."""
