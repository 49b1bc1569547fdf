"""Every generated operation against Prism mocking Apple's spec 4.4.1 (DESIGN.md section 10).

For each of the 1,263 operations the generated method is called with arguments synthesised from
the spec, and three things must hold:
- accepted: Prism (`--errors`) did not refuse the request;
- valid: the independent validator (our strict pass plus openapi-core) finds nothing wrong with
  what the client actually sent: Prism does not check bracketed query names at all;
- decoded: Prism's mock decoded with `strict=True` into the declared response type.

Static mode sends every declared parameter and every body member, with bodies passed as the
generated request models; dynamic mode (`-d --seed`) sends seeded random subsets as plain dicts
while Prism varies optional members and enum values in what it answers.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from ._contract import ALLOWED_FAILURES, PassReport, run_async_pass, run_sync_pass
from ._prism import Prism, PrismMode
from ._spec import Spec
from ._validate import RequestValidator
from .conftest import SUMMARY

pytestmark = pytest.mark.prism

TOTAL = 1263
DYNAMIC_SEEDS = (11, 29)


def _assert_contract(report: PassReport, spec: Spec, started: float) -> None:
    total = len(spec.operations)
    line = f"{report.summary(total)} in {time.monotonic() - started:.0f} s"
    SUMMARY.append(line)
    if report.no_mock():
        SUMMARY.append(report.describe_no_mock())
    print(line)
    assert total == TOTAL, f"the spec has {total} operations, expected {TOTAL}"
    assert not report.missing, f"operations missing from ascapi.operations(): {report.missing}"
    assert not report.extra, f"registry operations absent from the spec: {report.extra}"
    failing = {o.operation_id for o in report.failures()}
    unexplained = failing - set(ALLOWED_FAILURES)
    stale = {op for op in ALLOWED_FAILURES if op not in failing}
    details = report.describe_failures()
    assert not unexplained, f"{len(unexplained)} operation(s) fail the contract:\n{details}"
    assert not stale, f"allow-listed operations that now pass (drop them): {sorted(stale)}"


def test_static_every_operation(
    prism: Prism, spec: Spec, validator: RequestValidator, credentials: Any
) -> None:
    started = time.monotonic()
    url = prism.ensure(PrismMode())
    report = run_sync_pass(
        "static, sync, every parameter",
        spec,
        validator,
        credentials,
        url,
        seed=0,
        mode="full",
        bodies_as_models=True,
        seeded_server=False,
    )
    _assert_contract(report, spec, started)
    assert not report.deprecation_mismatches, "\n".join(report.deprecation_mismatches)


async def test_static_async_sample(
    prism: Prism, spec: Spec, validator: RequestValidator, credentials: Any
) -> None:
    started = time.monotonic()
    url = prism.ensure(PrismMode())
    report = await run_async_pass(
        "static, async, every 5th operation",
        spec,
        validator,
        credentials,
        url,
        seed=3,
        mode="sample",
        every=5,
    )
    n = len(report.outcomes)
    line = (
        f"{report.label}: {report.count('accepted')}/{n} accepted, "
        f"{report.count('valid')}/{n} valid, {report.count('decoded')}/{n} decoded "
        f"in {time.monotonic() - started:.0f} s"
    )
    SUMMARY.append(line)
    assert n >= TOTAL // 5
    failing = [o for o in report.failures() if o.operation_id not in ALLOWED_FAILURES]
    assert not failing, "\n".join(o.report() for o in failing)


@pytest.mark.parametrize("seed", DYNAMIC_SEEDS)
def test_dynamic_every_operation(
    prism: Prism, spec: Spec, validator: RequestValidator, credentials: Any, seed: int
) -> None:
    started = time.monotonic()
    url = prism.ensure(PrismMode(dynamic=True, seed=seed))
    report = run_sync_pass(
        f"dynamic seed {seed}, sync, random subsets",
        spec,
        validator,
        credentials,
        url,
        seed=seed,
        mode="sample",
        bodies_as_models=False,
        seeded_server=True,
    )
    _assert_contract(report, spec, started)
