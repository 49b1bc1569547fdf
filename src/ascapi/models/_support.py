# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""Run-time helpers of the generated models."""

from __future__ import annotations

from typing import Any


class _OpenLiteral:
    """``Lit["A", "B"]`` is ``str`` at run time, so msgspec decodes values Apple adds later;
    type checkers see ``typing.Literal`` instead (the models import it under TYPE_CHECKING)."""

    def __getitem__(self, values: Any) -> type[str]:
        return str


Lit = _OpenLiteral()
