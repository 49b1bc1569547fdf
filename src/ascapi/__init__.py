"""ascapi: a typed, complete Python client for Apple's App Store Connect API.

Importing ``ascapi`` loads only the hand-written runtime; generated resources and models are
imported when a client first touches them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._auth import Credentials
from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncClient, Client, __version__, value
from ._jsonapi import UNSET, Document, Model, Resource, UnsetType
from ._ratelimit import RateLimit
from ._response import APIResponse
from ._retry import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    RetryPolicy,
)
from ._types import NOT_GIVEN, NotGiven
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AscError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    CredentialsError,
    ErrorItem,
    ErrorSource,
    InternalServerError,
    InvalidArgumentError,
    InvalidPrivateKeyError,
    MultipleMatchesError,
    NoMatchError,
    NotFoundError,
    PaginationError,
    PaginationLoopError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    UnprocessableEntityError,
)
from .pagination import AsyncPage, AsyncPager, Page

if TYPE_CHECKING:
    from ._operations import operation, operations

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_DELAY",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AscError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConflictError",
    "Credentials",
    "CredentialsError",
    "Document",
    "ErrorItem",
    "ErrorSource",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPrivateKeyError",
    "Model",
    "MultipleMatchesError",
    "NoMatchError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PaginationError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "Resource",
    "ResponseDecodeError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UnsetType",
    "__version__",
    "operation",
    "operations",
    "value",
]


def __getattr__(name: str) -> Any:
    # The operation registry is generated and large: load it only when asked for.
    if name in ("operations", "operation"):
        from . import _operations

        return getattr(_operations, name)
    raise AttributeError(f"module 'ascapi' has no attribute {name!r}")
