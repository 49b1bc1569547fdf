"""Shared test setup: the repository root on sys.path (so ``tests.core._models`` and
``tests.cases.replay`` import from any test directory) and the ``test_models`` fixture."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def test_models() -> Iterator[None]:
    """Register the hand-written test models for ``included`` dispatch, then restore the table."""
    from ascapi._jsonapi import INCLUDED
    from tests.core._models import TEST_INCLUDED

    saved = dict(INCLUDED._types)
    INCLUDED.register_many(TEST_INCLUDED)
    try:
        yield
    finally:
        INCLUDED._types.clear()
        INCLUDED._types.update(saved)
