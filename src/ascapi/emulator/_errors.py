"""Errors answered in Apple's format: `{"errors": [{id, status, code, title, detail, source}]}`."""

from __future__ import annotations

import uuid
from typing import Any


class ApiError(Exception):
    """Raised anywhere in the handler; becomes an ErrorResponse body with its status."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str,
        *,
        parameter: str | None = None,
        pointer: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.parameter = parameter
        self.pointer = pointer
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "status": str(self.status),
            "code": self.code,
            "title": self.title,
            "detail": self.detail,
        }
        if self.parameter is not None:
            item["source"] = {"parameter": self.parameter}
        elif self.pointer is not None:
            item["source"] = {"pointer": self.pointer}
        return {"errors": [item]}


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        f"There is no resource of type '{kind}' with id '{ident}'",
    )


def param_invalid(name: str, detail: str) -> ApiError:
    return ApiError(
        400, "PARAMETER_ERROR.INVALID", "A parameter has an invalid value", detail, parameter=name
    )


def entity_error(code: str, detail: str, pointer: str, status: int = 409) -> ApiError:
    title = "The request entity is invalid" if status == 409 else "The request entity is unprocessable"
    return ApiError(status, f"ENTITY_ERROR.{code}", title, detail, pointer=pointer)


def unexpected_error() -> ApiError:
    """Apple's answer when something breaks on its side."""
    return ApiError(500, "UNEXPECTED_ERROR", "An unexpected error occurred.",
                    "An unexpected error occurred on the server side. If this issue continues, contact us at "
                    "https://developer.apple.com/contact/.")
