"""Notifications: tells the outside world what happened, by signed webhook and by email."""
