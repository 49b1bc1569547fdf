"""Arguments for every operation, synthesised from the spec alone.

Two plans per operation:
- ``full``: every declared query parameter and every body member, so each wire name and each
  encoding path of the client is exercised once;
- ``sample``: a seeded random subset with random values (enum picks, limits within bounds, nulls
  where nullable), so different seeds cover different combinations.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._spec import Spec, SpecOperation

Mode = Literal["full", "sample"]

# Free-text values that need percent-encoding; the validator checks they arrive unchanged.
TEXT_POOL = ("alpha", "two words", "café", "x+y", "a&b=c", "50%")
# Array items are comma-joined on the wire (explode: false), so they cannot contain a comma.
FORMATS: dict[str, Any] = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "uri": "https://example.com/asset",
    "uri-reference": "https://example.com/asset",
    "email": "dev@example.com",
    "number": "12.5",  # decimal strings (NOTES 2.7)
    "duration": "P1D",
}
MAX_DEPTH = 14


@dataclass(frozen=True)
class CallPlan:
    operation: SpecOperation
    resource_id: str | None
    query: Mapping[str, Any]  # wire name -> list[str] | str | int | bool
    body: Any  # builtins for the JSON body, None when the operation takes none

    def wire_query(self) -> dict[str, str]:
        """What must arrive on the wire for each query parameter."""
        return {name: wire_value(value) for name, value in self.query.items()}


def wire_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(wire_value(v) for v in value)
    return str(value)


class Synthesizer:
    def __init__(self, spec: Spec, seed: int = 0) -> None:
        self.spec = spec
        self.seed = seed

    def plan(self, operation: SpecOperation, mode: Mode) -> CallPlan:
        rng = random.Random(f"{self.seed}/{mode}/{operation.operation_id}")
        resource_id: str | None = None
        query: dict[str, Any] = {}
        for param in operation.params:
            if param.location == "path":
                resource_id = f"id-{rng.randrange(10**6)}"
                continue
            if not param.required and mode == "sample" and rng.random() < 0.5:
                continue
            query[param.name] = self.param_value(param.schema, rng, mode)
        body = None
        if operation.body_schema is not None:
            body = self.instance(operation.body_schema, rng, mode, depth=0)
        return CallPlan(operation, resource_id, query, body)

    def param_value(self, schema: Mapping[str, Any], rng: random.Random, mode: Mode) -> Any:
        kind = schema.get("type")
        if kind == "array":
            items = schema.get("items", {})
            enum = items.get("enum")
            if enum:
                count = (
                    len(enum)
                    if mode == "full" and len(enum) <= 8
                    else rng.randint(1, min(3, len(enum)))
                )
                return rng.sample(list(enum), count)
            count = rng.randint(1, 3)
            pool = [t for t in TEXT_POOL] if mode == "sample" else ["alpha", "beta", "gamma"]
            return [f"{rng.choice(pool)}{i}" for i in range(count)]
        if kind == "integer":
            low = int(schema.get("minimum", 1))
            high = int(schema.get("maximum", 200))
            return high if mode == "full" else rng.randint(low, high)
        if kind == "boolean":
            return rng.random() < 0.5
        enum = schema.get("enum")
        if enum:
            return rng.choice(list(enum))
        return rng.choice(TEXT_POOL) if mode == "sample" else "alpha"

    def instance(
        self, schema: Mapping[str, Any], rng: random.Random, mode: Mode, depth: int
    ) -> Any:
        """A value valid for `schema`: required members always, optional ones per mode."""
        if depth > MAX_DEPTH:
            raise ValueError("schema nests deeper than any request body in the spec")
        schema = self.spec.resolve(schema)
        if "oneOf" in schema:
            return self.instance(rng.choice(schema["oneOf"]), rng, mode, depth + 1)
        enum = schema.get("enum")
        # null only where the schema itself says so: `nullable` beside a `$ref` is ignored by
        # OAS 3.0, and an enum admits null only when it lists it.
        if (
            mode == "sample"
            and schema.get("nullable")
            and not enum
            and depth > 2
            and rng.random() < 0.1
        ):
            return None
        if enum:
            return rng.choice(list(enum))
        kind = schema.get("type", "object")
        if kind == "object":
            required = set(schema.get("required", ()))
            out: dict[str, Any] = {}
            for name, sub in schema.get("properties", {}).items():
                if name in required or mode == "full" or rng.random() < 0.5:
                    out[name] = self.instance(sub, rng, mode, depth + 1)
            return out
        if kind == "array":
            count = 2 if mode == "full" else rng.randint(1, 2)
            return [
                self.instance(schema.get("items", {}), rng, mode, depth + 1) for _ in range(count)
            ]
        if kind == "integer":
            low = int(schema.get("minimum", 0))
            high = int(min(schema.get("maximum", 10_000), 10_000))
            return rng.randint(low, high)
        if kind == "number":
            return round(rng.uniform(0, 100), 2)
        if kind == "boolean":
            return rng.random() < 0.5
        fmt = schema.get("format")
        if fmt in FORMATS:
            return FORMATS[fmt]
        return rng.choice(TEXT_POOL) if mode == "sample" else "text"
