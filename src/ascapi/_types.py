"""Small shared types: the NOT_GIVEN sentinel and timeout aliases."""

from __future__ import annotations

from typing import Final, Literal

import httpx


class NotGiven:
    """Default of a keyword the caller did not pass, where ``None`` has a meaning of its own
    (``timeout=None`` means "no timeout")."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
