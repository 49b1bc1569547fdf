"""Fixtures of the Prism contract tests: the spec, one Prism per session, a test key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._prism import PRISM_BIN, Prism
from ._spec import Spec, load_spec, spec_path
from ._validate import RequestValidator

# Lines the contract tests want shown at the end of the run whatever the capture mode.
SUMMARY: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SUMMARY:
        terminalreporter.section("Prism contract")
        for line in SUMMARY:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def spec() -> Spec:
    if not spec_path().is_file():
        pytest.fail(f"Apple's spec is not at {spec_path()} (set ASCAPI_SPEC)", pytrace=False)
    return load_spec()


@pytest.fixture(scope="session")
def validator(spec: Spec) -> RequestValidator:
    return RequestValidator(spec)


@pytest.fixture(scope="session")
def prism() -> Iterator[Prism]:
    """The session's single Prism; tests call `prism.ensure(mode)` for the mode they need."""
    if not PRISM_BIN.exists():
        pytest.skip(f"{PRISM_BIN} is absent: run `npm ci` (make test does) for the Prism contract")
    server = Prism(spec_path())
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def credentials() -> object:
    """A throwaway ES256 key: Prism checks only that a bearer token is present."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    import ascapi

    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return ascapi.Credentials("CONTRACT01", "69a6de70-0000-47e3-e053-5b8c7c11a4d1", pem)
