"""One pass of the contract: every registry operation called through the generated client."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ascapi
from ascapi._jsonapi import convert

from ._driver import (
    AsyncRecordingTransport,
    ClientCaller,
    Outcome,
    RawCaller,
    RecordingTransport,
)
from ._spec import Spec, SpecOperation
from ._synth import Mode, Synthesizer
from ._validate import RequestValidator

# Operations that cannot pass for a reason outside ascapi (a spec or Prism defect), with the
# reason. Each entry must really fail, so a fixed defect shows up as a stale entry.
ALLOWED_FAILURES: dict[str, str] = {}


def model(name: str) -> type[Any]:
    return getattr(importlib.import_module("ascapi.models"), name)  # type: ignore[no-any-return]


def has_declared_type(op: ascapi._operations.Operation, result: Any) -> bool:
    """The call's result is what the registry (and the method's annotation) promises."""
    if op.result == "bytes":
        return isinstance(result, bytes)
    if op.result == "text":
        return isinstance(result, str)
    if op.response_type is None:
        return result is None
    expected = model(op.response_type)
    if op.paged:
        page_types = (ascapi.Page, ascapi.AsyncPage)
        return isinstance(result, page_types) and isinstance(result.document, expected)
    return isinstance(result, expected)


@dataclass
class PassReport:
    label: str
    outcomes: list[Outcome] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # in the spec, not in the registry
    extra: list[str] = field(default_factory=list)  # in the registry, not in the spec
    dynamic_fallbacks: int = 0
    deprecation_mismatches: list[str] = field(default_factory=list)
    raw_verdicts: dict[str, Outcome] = field(default_factory=dict)  # failing ops re-sent raw

    def count(self, attr: str, workaround: bool | None = None) -> int:
        return sum(
            1
            for o in self.outcomes
            if getattr(o, attr) and (workaround is None or o.workaround == workaround)
        )

    def summary(self, total: int) -> str:
        via = self.count("workaround", True)
        return (
            f"{self.label}: {self.count('accepted')}/{total} accepted "
            f"({self.count('accepted', True)}/{via} of them through the bracket workaround), "
            f"{self.count('valid')}/{total} valid by the independent validator, "
            f"{self.count('decoded')}/{total} decoded"
            f" (+{len(self.no_mock())} without a valid Prism mock); "
            f"{self.dynamic_fallbacks} mock(s) Prism refused and regenerated"
        )

    def describe_no_mock(self) -> str:
        by_reason: dict[str, list[str]] = {}
        for o in self.no_mock():
            by_reason.setdefault(o.mock_defect or "", []).append(o.operation_id)
        return "\n".join(
            f"  {len(ops)} without a valid mock because {reason}: {', '.join(sorted(ops))}"
            for reason, ops in by_reason.items()
        )

    def no_mock(self) -> list[Outcome]:
        """Valid, accepted requests for which Prism refused its own mock for a known reason:
        nothing to decode (these operations are decoded in the static pass instead)."""
        return [
            o for o in self.outcomes if o.accepted and o.valid and not o.decoded and o.mock_defect
        ]

    def failures(self) -> list[Outcome]:
        skipped = {id(o) for o in self.no_mock()}
        return [
            o
            for o in self.outcomes
            if id(o) not in skipped and not (o.accepted and o.valid and o.decoded)
        ]

    def cause(self, outcome: Outcome) -> str:
        raw = self.raw_verdicts.get(outcome.operation_id)
        if raw is None:
            return "?"
        if raw.accepted and raw.valid and raw.result_ok:
            return "ascapi (the same arguments sent with plain httpx pass)"
        return "spec or Prism (plain httpx fails too)"

    def describe_failures(self) -> str:
        lines = []
        for o in self.failures():
            lines.append(o.report())
            lines.append(f"    cause: {self.cause(o)}")
        return "\n".join(lines)


def _body_for(op: ascapi._operations.Operation, body: Any, as_model: bool) -> Any:
    """The synthesised body as given (a dict), or converted to the generated request model so
    the model's field names and encoding are exercised too."""
    if body is None or not as_model or op.body_type is None:
        return body
    return convert(body, model(op.body_type), strict=True)


def _pair(
    spec: Spec, report: PassReport
) -> Iterable[tuple[ascapi._operations.Operation, SpecOperation]]:
    registry = {op.operation_id: op for op in ascapi.operations()}
    report.missing = sorted(set(spec.operations) - set(registry))
    report.extra = sorted(set(registry) - set(spec.operations))
    for op_id, op in registry.items():
        if op_id in spec.operations:
            yield op, spec.operations[op_id]


def _check_deprecation(
    report: PassReport, op: Any, spec_op: SpecOperation, plan: Any, o: Outcome
) -> None:
    deprecated_param = any(p.deprecated and p.name in plan.query for p in spec_op.params)
    if spec_op.deprecated and not o.warned_deprecated:
        report.deprecation_mismatches.append(
            f"{op.operation_id}: deprecated but no DeprecationWarning"
        )
    if not spec_op.deprecated and not deprecated_param and o.warned_deprecated:
        report.deprecation_mismatches.append(
            f"{op.operation_id}: DeprecationWarning on a current operation"
        )


def run_sync_pass(
    label: str,
    spec: Spec,
    validator: RequestValidator,
    credentials: Any,
    base_url: str,
    *,
    seed: int,
    mode: Mode,
    bodies_as_models: bool,
    seeded_server: bool,
) -> PassReport:
    report = PassReport(label)
    synth = Synthesizer(spec, seed)
    transport = RecordingTransport()
    if seeded_server:
        transport.mock_draws = 0
    client = ascapi.Client(
        credentials, base_url=base_url, strict=True, max_retries=0, transport=transport
    )
    caller = ClientCaller(client, transport, validator, has_declared_type, "sync")
    try:
        for op, spec_op in _pair(spec, report):
            plan = synth.plan(spec_op, mode)
            try:
                body = _body_for(op, plan.body, bodies_as_models)
            except Exception as exc:
                outcome = Outcome(op.operation_id, "sync", error=f"request model: {exc}")
            else:
                outcome = caller.run(plan, op, body, workaround=spec_op.bracketed_required)
            _check_deprecation(report, op, spec_op, plan, outcome)
            report.outcomes.append(outcome)
        report.dynamic_fallbacks = transport.dynamic_fallbacks
        _classify(report, spec, synth, mode, validator, client, base_url)
    finally:
        client.close()
    return report


async def run_async_pass(
    label: str,
    spec: Spec,
    validator: RequestValidator,
    credentials: Any,
    base_url: str,
    *,
    seed: int,
    mode: Mode,
    every: int,
) -> PassReport:
    """Every `every`-th operation through `AsyncClient` (same generated names, awaited)."""
    report = PassReport(label)
    synth = Synthesizer(spec, seed)
    transport = AsyncRecordingTransport()
    client = ascapi.AsyncClient(
        credentials, base_url=base_url, strict=True, max_retries=0, transport=transport
    )
    caller = ClientCaller(client, transport, validator, has_declared_type, "async")
    try:
        for index, (op, spec_op) in enumerate(_pair(spec, report)):
            if index % every:
                continue
            plan = synth.plan(spec_op, mode)
            outcome = await caller.arun(plan, op, plan.body, workaround=spec_op.bracketed_required)
            report.outcomes.append(outcome)
        report.dynamic_fallbacks = transport.dynamic_fallbacks
    finally:
        await client.close()
    return report


def _classify(
    report: PassReport,
    spec: Spec,
    synth: Synthesizer,
    mode: Mode,
    validator: RequestValidator,
    client: Any,
    base_url: str,
) -> None:
    """Re-send each failing operation's plan with plain httpx to tell whose defect it is."""
    failing = report.failures()
    if not failing:
        return
    token = client.credentials.token() if hasattr(client.credentials, "token") else "contract"
    raw = RawCaller(base_url, token, validator)
    try:
        for outcome in failing:
            spec_op = spec.operations[outcome.operation_id]
            report.raw_verdicts[outcome.operation_id] = raw.run(
                synth.plan(spec_op, mode), workaround=spec_op.bracketed_required
            )
    finally:
        raw.close()
