"""A closed client raises ``ClientClosedError`` (an ascapi error); ``one()`` without criteria
says so plainly; a negative ``max_items``/``max_pages`` is refused; ``ascapi.value`` turns
``UNSET`` into ``None`` and type-checks under strict mypy."""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ascapi
from tests.core._helpers import Recorder, client, jresp, resolve

REPO = Path(__file__).resolve().parents[2]
MODES = ["sync", "async"]

LINKS = {"self": "https://api.appstoreconnect.apple.com/v1/apps"}
APPS = {"data": [{"type": "apps", "id": "1", "attributes": {"bundleId": "a.b", "sku": "S"}},
                 {"type": "apps", "id": "2", "attributes": {"bundleId": "a.b.c", "sku": "S"}}],
        "links": LINKS}
EMPTY = {"data": [], "links": LINKS}


def list_apps(c: Any) -> Any:
    from ascapi.models import AppsResponse

    return c._get_page("/v1/apps", response_type=AppsResponse)


async def close(c: Any) -> None:
    await resolve(c.close())


# --------------------------------------------------------------------------- closed clients


@pytest.mark.parametrize("mode", MODES)
async def test_a_closed_client_raises_an_ascapi_error_saying_what_to_do(mode: str) -> None:
    recorder = Recorder(jresp(200, APPS))
    c = client(mode, recorder)
    await resolve(c.request("GET", "/v1/apps"))
    await close(c)
    with pytest.raises(ascapi.ClientClosedError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    error = info.value
    assert isinstance(error, ascapi.AscError) and isinstance(error, RuntimeError)
    name = "Client" if mode == "sync" else "AsyncClient"
    with_ = "with" if mode == "sync" else "async with"
    assert f"ascapi.{name} is closed" in str(error)
    assert f"create a new {name}" in str(error) and f"`{with_} ascapi.{name}(...)" in str(error)
    assert isinstance(error.__cause__, RuntimeError)  # httpx's own error, kept as the cause
    assert len(recorder.requests) == 1
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_every_way_of_calling_a_closed_client_raises_it(mode: str) -> None:
    c = client(mode, Recorder(jresp(200, APPS)))
    copy = c.with_options(max_retries=0)  # shares the connection pool
    await close(c)
    with pytest.raises(ascapi.ClientClosedError):
        await resolve(list_apps(c))
    with pytest.raises(ascapi.ClientClosedError):
        await resolve(c.apps.get("1"))
    with pytest.raises(ascapi.ClientClosedError):
        await resolve(copy.request("GET", "/v1/apps"))
    with pytest.raises(ascapi.ClientClosedError):  # presigned URLs (uploads, report segments)
        await resolve(c._send_unauthenticated("GET", "https://uploads.example.net/x?sig=1"))


def test_closing_after_a_with_block_is_explained() -> None:
    with client("sync", Recorder(jresp(200, APPS))) as c:
        assert len(list_apps(c).data) == 2
    with pytest.raises(ascapi.ClientClosedError, match="`with` block ended"):
        list_apps(c)


def test_client_closed_error_is_exported() -> None:
    assert "ClientClosedError" in ascapi.__all__
    assert ascapi.errors.ClientClosedError is ascapi.ClientClosedError


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize("mode", MODES)
async def test_one_without_criteria_has_a_clean_message(mode: str) -> None:
    c = client(mode, Recorder(jresp(200, EMPTY)))
    with pytest.raises(ascapi.NoMatchError) as info:
        await resolve(list_apps(c).one())
    assert str(info.value) == "expected exactly one item, found 0"
    c = client(mode, Recorder(jresp(200, APPS)))
    with pytest.raises(ascapi.MultipleMatchesError) as several:
        await resolve(list_apps(c).one())
    assert str(several.value) == "expected exactly one item, found 2"
    with pytest.raises(ascapi.NoMatchError) as info:
        await resolve(list_apps(c).one(bundle_id="zzz"))
    assert str(info.value) == "expected exactly one item with bundle_id='zzz', found 0"


def test_negative_limits_are_refused_at_once() -> None:
    recorder = Recorder(jresp(200, APPS))
    page = list_apps(client("sync", recorder))
    calls: list[Callable[[], object]] = [lambda: page.all(max_items=-1),
                                         lambda: page.iter(max_items=-1),
                                         lambda: page.iter_pages(max_pages=-1)]
    for call in calls:
        with pytest.raises(ValueError, match="must be a non-negative integer or None, got -1"):
            call()  # raised by the call itself, not on the first next()
    assert page.all(max_items=0) == [] and list(page.iter_pages(max_pages=0)) == []
    assert [a.id for a in page.all(max_items=1)] == ["1"]
    assert len(recorder.requests) == 1


async def test_negative_limits_are_refused_at_once_async() -> None:
    recorder = Recorder(jresp(200, APPS))
    pager = list_apps(client("async", recorder))
    with pytest.raises(ValueError, match="max_items"):
        await pager.all(max_items=-1)
    with pytest.raises(ValueError, match="max_items"):
        pager.iter(max_items=-1)
    with pytest.raises(ValueError, match="max_pages"):
        pager.iter_pages(max_pages=-1)
    assert recorder.requests == []  # refused before anything was fetched
    page = await pager
    with pytest.raises(ValueError, match="max_items"):
        await page.all(max_items=-1)
    with pytest.raises(ValueError, match="max_items"):
        page.iter(max_items=-1)
    with pytest.raises(ValueError, match="max_pages"):
        page.iter_pages(max_pages=-1)
    assert await pager.all(max_items=0) == []
    assert [p async for p in page.iter_pages(max_pages=0)] == []
    assert [a.id async for a in pager] == ["1", "2"]


# --------------------------------------------------------------------------- ascapi.value


def test_value_turns_unset_into_none() -> None:
    from ascapi.models import AppsResponse

    page = list_apps(client("sync", Recorder(jresp(200, APPS))))
    assert isinstance(page.document, AppsResponse)
    attributes = ascapi.value(page.data[0].attributes)
    assert attributes is not None
    assert ascapi.value(attributes.bundle_id) == "a.b"
    assert attributes.name is ascapi.UNSET and ascapi.value(attributes.name) is None
    assert ascapi.value(None) is None and ascapi.value(0) == 0 and ascapi.value("") == ""
    assert "value" in ascapi.__all__


TYPED = '''
import ascapi
from ascapi.models import App


def name_of(app: App) -> str | None:
    attributes = ascapi.value(app.attributes)
    if attributes is None:
        return None
    name: str | None = ascapi.value(attributes.name)
    bundle_id: str = ascapi.value(attributes.bundle_id) or ""
    return name or bundle_id
'''

WRONG = '''
import ascapi
from ascapi.models import AppAttributes


def wrong(attributes: AppAttributes) -> None:
    name: str | None = attributes.name
    sure: str = ascapi.value(attributes.name)
'''


def test_value_type_checks_under_strict_mypy(tmp_path: Path) -> None:
    typed, wrong = tmp_path / "typed_value.py", tmp_path / "wrong_value.py"
    typed.write_text(TYPED)
    wrong.write_text(WRONG)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
         "--follow-imports=silent", "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary", "--show-error-codes", str(typed), str(wrong)],
        cwd=REPO, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert not [line for line in lines if "typed_value.py" in line], lines
    errors = {line.split(":")[1] for line in lines if "wrong_value.py" in line and "error" in line}
    # without value(): UnsetType leaks in; with it, None still has to be handled
    assert errors == {"7", "8"}, result.stdout
    assert 'expression has type "str | UnsetType | None"' in result.stdout
    assert 'expression has type "str | None", variable has type "str"' in result.stdout
