"""Network announcements: posted by operators, fanned out like any public event."""
