"""Drive one operation against Prism and record what happened.

Every request leaves through a recording transport, so the test sees exactly what the client
put on the wire (the independent validator checks it) and exactly what Prism answered (a 4xx
with an `sl-violations` header means Prism refused the request).

Two callers share the recording and the verdict:
- `RawCaller`: plain httpx from the plan's wire values, the reference that tells a spec or Prism
  defect (fails here too) from a client defect (fails only through the client);
- `ClientCaller`: the generated method found by walking the registry's `python_path`, sync or async.
"""

from __future__ import annotations

import functools
import inspect
import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from ._spec import SpecOperation
from ._synth import CallPlan
from ._validate import RequestValidator


@dataclass
class Exchange:
    request: httpx.Request  # as the client built it
    status: int
    violations: list[dict[str, Any]]
    body_head: bytes

    def describe(self) -> str:
        return f"{self.request.method} {self.request.url.raw_path.decode()}"


@dataclass
class Outcome:
    operation_id: str
    via: str
    exchanges: list[Exchange] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # independent validator's findings
    error: str | None = None  # what the call raised, if anything
    result_ok: bool = False  # the result has the declared type
    workaround: bool = False  # sent with Prism's bracket-bug workaround keys
    mock_defect: str | None = None  # Prism produced no valid mock, for this known reason
    warned_deprecated: bool = False

    @property
    def refusals(self) -> list[str]:
        """Prism's validation complaints (a 4xx answer with sl-violations)."""
        out: list[str] = []
        for ex in self.exchanges:
            if 400 <= ex.status < 500:
                found = [f"{v.get('code')}: {v.get('message')}" for v in ex.violations]
                out += found or [f"HTTP {ex.status} without sl-violations"]
        return out

    @property
    def accepted(self) -> bool:
        return bool(self.exchanges) and not self.refusals

    @property
    def valid(self) -> bool:
        return bool(self.exchanges) and not self.invalid

    @property
    def decoded(self) -> bool:
        return self.accepted and self.error is None and self.result_ok

    def report(self) -> str:
        sent = "; ".join(ex.describe() for ex in self.exchanges) or "nothing sent"
        body = ""
        if self.exchanges and self.exchanges[0].request.content:
            body = f" body={self.exchanges[0].request.content[:300].decode(errors='replace')}"
        lines = [f"{self.operation_id} [{self.via}] sent: {sent}{body}"]
        lines += [f"    prism: {r}" for r in self.refusals]
        lines += [f"    validator: {p}" for p in self.invalid]
        if self.error:
            lines.append(f"    raised: {self.error}")
        elif self.accepted and not self.result_ok:
            lines.append("    result does not have the declared type")
        return "\n".join(lines)


def prism_workaround_keys(operation: SpecOperation) -> list[str]:
    """Prism 5.12 looks a required bracketed parameter up under its percent-encoded, lower-cased
    name (`filter%5bid%5d`) and so refuses every request (DESIGN.md section 10). Sending a copy of
    the value under that literal name satisfies it; the request the client built is still checked
    in full by the independent validator."""
    return [
        p.name for p in operation.params if p.location == "query" and p.required and "[" in p.name
    ]


def _with_workaround(request: httpx.Request, names: list[str]) -> httpx.Request:
    query = request.url.query.decode("ascii")
    from urllib.parse import parse_qsl

    pairs = dict(parse_qsl(query, keep_blank_values=True))
    extra = [
        f"{quote(quote(name, safe='').lower(), safe='')}={quote(pairs[name], safe='')}"
        for name in names
        if name in pairs
    ]
    new_query = "&".join([query, *extra]) if query else "&".join(extra)
    return httpx.Request(
        request.method,
        request.url.copy_with(query=new_query.encode("ascii")),
        headers=request.headers,
        content=request.content,
    )


def response_only_violations(response: httpx.Response) -> list[dict[str, Any]] | None:
    if response.status_code != 500 or "sl-violations" not in response.headers:
        return None
    try:
        violations: list[dict[str, Any]] = json.loads(response.headers["sl-violations"])
    except ValueError:
        return None
    if violations and all(v.get("location", [""])[0] == "response" for v in violations):
        return violations
    return None


# Why Prism 5.12 refuses mocks it generated itself for a valid request (seen on this spec).
DURATION = (
    'Prism\'s faker writes `format: duration` values (static: "string"; dynamic: e.g. '
    '"P0174933M718D") that its own format check refuses'
)


def mock_defect(violations: list[dict[str, Any]]) -> str | None:
    """DURATION when every violation comes from a bad `format: duration` member, else None.

    A bad duration inside an `included` item also makes that item match no branch of the
    `included` oneOf, so ajv adds a oneOf error and one mismatch per branch at that item."""

    def is_duration(v: dict[str, Any]) -> bool:
        return v.get("code") == "format" and 'format "duration"' in str(v.get("message"))

    items_with_bad_duration = {
        tuple(v["location"][:4])
        for v in violations
        if is_duration(v) and list(v.get("location", []))[:3] == ["response", "body", "included"]
    }
    for v in violations:
        if not (is_duration(v) or tuple(v.get("location", [])[:4]) in items_with_bad_duration):
            return None
    return DURATION if violations else None


class _Recorder:
    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.workaround: list[str] = []
        self.dynamic_fallbacks = 0
        # How many fresh mocks to ask for when Prism refuses its own. Only useful when Prism's
        # generation is unseeded: a `--seed` server answers the same mock every time.
        self.mock_draws = 30

    def outgoing(self, request: httpx.Request, dynamic: bool = False) -> httpx.Request:
        out = _with_workaround(request, self.workaround) if self.workaround else request
        if dynamic:
            # Same request, but Prism generates the mock instead of using its static example.
            out = httpx.Request(
                out.method,
                out.url,
                headers={**out.headers, "Prefer": "dynamic=true"},
                content=out.content,
            )
        return out

    def needs_dynamic(self, response: httpx.Response) -> bool:
        """Prism refused its own mock (a 500 whose violations are all about the response): ask
        for a freshly generated one. That is about Prism's mock, not our request; see
        `mock_defect` for the known causes."""
        if response_only_violations(response) is None:
            return False
        self.dynamic_fallbacks += 1
        return True

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        raw = response.headers.get("sl-violations")
        try:
            violations = json.loads(raw) if raw else []
        except ValueError:
            violations = [{"code": "unparsed", "message": raw}]
        self.exchanges.append(
            Exchange(request, response.status_code, violations, response.content[:500])
        )


class RecordingTransport(httpx.BaseTransport, _Recorder):
    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        _Recorder.__init__(self)
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.inner.handle_request(self.outgoing(request))
        response.read()
        draws = 0
        while self.needs_dynamic(response) and draws < self.mock_draws:
            draws += 1
            response = self.inner.handle_request(self.outgoing(request, dynamic=True))
            response.read()
        self.record(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport, _Recorder):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        _Recorder.__init__(self)
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = await self.inner.handle_async_request(self.outgoing(request))
        await response.aread()
        draws = 0
        while self.needs_dynamic(response) and draws < self.mock_draws:
            draws += 1
            response = await self.inner.handle_async_request(self.outgoing(request, dynamic=True))
            await response.aread()
        self.record(request, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _finish(
    outcome: Outcome,
    recorder: _Recorder,
    plan: CallPlan,
    validator: RequestValidator,
    caught: list[warnings.WarningMessage],
    check_body: bool,
) -> Outcome:
    outcome.exchanges = list(recorder.exchanges)
    if outcome.exchanges:
        last = outcome.exchanges[-1]
        if last.status == 500 and last.violations:
            outcome.mock_defect = mock_defect(last.violations)
    outcome.workaround = bool(recorder.workaround)
    outcome.warned_deprecated = any(issubclass(w.category, DeprecationWarning) for w in caught)
    # The first request is the call itself; later ones would be retries, equally checked.
    for ex in outcome.exchanges:
        outcome.invalid += validator.check(
            plan.operation,
            ex.request,
            expected_id=plan.resource_id,
            expected_query=plan.wire_query(),
            expected_body=plan.body if check_body else None,
        )
    return outcome


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) < 800 else text[:800] + "…"


class RawCaller:
    """The plan sent with plain httpx: what a correct client must send."""

    via = "raw"

    def __init__(self, base_url: str, token: str, validator: RequestValidator) -> None:
        self.transport = RecordingTransport()
        self.http = httpx.Client(base_url=base_url, transport=self.transport, timeout=30)
        self.token = token
        self.validator = validator

    def run(self, plan: CallPlan, workaround: bool = False) -> Outcome:
        op = plan.operation
        self.transport.exchanges = []
        self.transport.workaround = prism_workaround_keys(op) if workaround else []
        outcome = Outcome(op.operation_id, self.via)
        path = op.path.replace("{id}", quote(plan.resource_id or "", safe=""))
        try:
            response = self.http.request(
                op.method,
                path,
                params=plan.wire_query(),
                json=plan.body,
                headers={"Authorization": f"Bearer {self.token}"},
            )
            outcome.result_ok = 200 <= response.status_code < 300
        except httpx.HTTPError as exc:
            outcome.error = _describe(exc)
        return _finish(outcome, self.transport, plan, self.validator, [], check_body=True)

    def close(self) -> None:
        self.http.close()


def resolve(client: Any, python_path: str) -> Callable[..., Any]:
    return functools.reduce(getattr, python_path.split("."), client)  # type: ignore[no-any-return]


def call_arguments(plan: CallPlan, registry_op: Any, body: Any) -> tuple[list[Any], dict[str, Any]]:
    """Positional id and keyword arguments for the generated method, by the registry's names."""
    keyword = {p.wire: p.keyword for p in registry_op.params}
    args: list[Any] = [] if plan.resource_id is None else [plan.resource_id]
    kwargs: dict[str, Any] = {}
    for wire, value in plan.query.items():
        if wire not in keyword:
            raise LookupError(f"registry has no keyword for query parameter {wire!r}")
        kwargs[keyword[wire]] = value
    if plan.body is not None:
        kwargs["body"] = body
    return args, kwargs


class ClientCaller:
    """The generated method, reached through `ascapi.operations()`' python_path."""

    def __init__(
        self,
        client: Any,
        transport: RecordingTransport | AsyncRecordingTransport,
        validator: RequestValidator,
        checker: Callable[[Any, Any], bool],
        via: str,
    ) -> None:
        self.client = client
        self.transport = transport
        self.validator = validator
        self.checker = checker  # (registry op, result) -> has the declared type
        self.via = via

    def _prepare(self, plan: CallPlan, registry_op: Any, workaround: bool) -> Outcome:
        self.transport.exchanges = []
        self.transport.workaround = prism_workaround_keys(plan.operation) if workaround else []
        return Outcome(plan.operation.operation_id, self.via)

    def run(
        self, plan: CallPlan, registry_op: Any, body: Any, *, workaround: bool = False
    ) -> Outcome:
        outcome = self._prepare(plan, registry_op, workaround)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                args, kwargs = call_arguments(plan, registry_op, body)
                result = resolve(self.client, registry_op.python_path)(*args, **kwargs)
                if inspect.isawaitable(result):
                    raise TypeError("the sync client returned an awaitable")
                outcome.result_ok = self.checker(registry_op, result)
            except Exception as exc:
                outcome.error = _describe(exc)
        return _finish(outcome, self.transport, plan, self.validator, caught, check_body=True)

    async def arun(
        self, plan: CallPlan, registry_op: Any, body: Any, *, workaround: bool = False
    ) -> Outcome:
        outcome = self._prepare(plan, registry_op, workaround)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                args, kwargs = call_arguments(plan, registry_op, body)
                result = await resolve(self.client, registry_op.python_path)(*args, **kwargs)
                outcome.result_ok = self.checker(registry_op, result)
            except Exception as exc:
                outcome.error = _describe(exc)
        return _finish(outcome, self.transport, plan, self.validator, caught, check_body=True)
