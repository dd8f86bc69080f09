"""Domain errors: a rule was broken. The domain raises these; `shared.http` maps them to HTTP answers."""


class DomainError(Exception):
    """A rule was broken: answered with `status` and a precise message, nothing written."""

    status = 422
    headers: dict[str, str] | None = None
    code: str | None = None  # the problem's machine-readable code; None: the default of its status

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code


class NotFound(DomainError):
    status = 404


class Conflict(DomainError):
    status = 409


class Unauthorized(DomainError):
    status = 401
    headers = {"WWW-Authenticate": "Bearer"}


class Forbidden(DomainError):
    status = 403
