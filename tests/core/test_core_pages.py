"""A page's ``one()`` raises ascapi errors that are also ``LookupError``; a page's ``links`` and
``meta`` are typed from its document (checked by mypy on tests/typing/pages_usage.py), and a
page without ``meta`` still answers ``total`` and ``next_cursor``."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import ascapi
from tests.core._helpers import Recorder, client, jresp, resolve

REPO = Path(__file__).resolve().parents[2]
MODES = ["sync", "async"]

LINKS = {"self": "https://api.appstoreconnect.apple.com/v1/apps"}
BODY = {"data": [{"type": "apps", "id": "1", "attributes": {"bundleId": "a.b", "sku": "S"}},
                 {"type": "apps", "id": "2", "attributes": {"bundleId": "a.b.c", "sku": "S"}}],
        "links": LINKS, "meta": {"paging": {"total": 2, "limit": 50}}}


def list_apps(c: Any) -> Any:
    from ascapi.models import AppsResponse

    return c._get_page("/v1/apps", response_type=AppsResponse)


@pytest.mark.parametrize("mode", MODES)
async def test_one_without_a_match_is_an_ascapi_lookup_error(mode: str) -> None:
    c = client(mode, Recorder(jresp(200, BODY)))
    with pytest.raises(ascapi.NoMatchError) as info:
        await resolve(list_apps(c).one(bundle_id="zzz"))
    error = info.value
    assert isinstance(error, ascapi.AscError) and isinstance(error, LookupError)
    assert not isinstance(error, ascapi.MultipleMatchesError)
    assert error.matches == 0 and error.criteria == {"bundle_id": "zzz"}
    assert "found 0" in str(error)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ascapi.NoMatchError and again.matches == 0 and str(again) == str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_one_with_several_matches_says_how_many(mode: str) -> None:
    c = client(mode, Recorder(jresp(200, BODY)))
    with pytest.raises(ascapi.MultipleMatchesError) as info:
        await resolve(list_apps(c).one(sku="S"))
    assert isinstance(info.value, ascapi.NoMatchError) and isinstance(info.value, LookupError)
    assert info.value.matches == 2 and "found 2" in str(info.value)
    assert ascapi.errors.NoMatchError is ascapi.NoMatchError


def test_links_and_meta_at_run_time() -> None:
    page = list_apps(client("sync", Recorder(jresp(200, BODY))))
    assert page.links.self == LINKS["self"] and page.links.next is ascapi.UNSET
    assert page.meta.paging.total == 2 and page.total == 2
    bare = list_apps(client("sync", Recorder(jresp(200, {"data": [], "links": LINKS}))))
    assert bare.meta is None and bare.total is None


WRONG = '''
import ascapi

def wrong(client: ascapi.Client) -> None:
    page = client.apps.list()
    page.meta.no_such_member
    page.links.no_such_link
    page.meta.paging.total + 1
'''


def test_links_and_meta_are_typed_from_the_document(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_pages.py"
    wrong.write_text(WRONG)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--python-version", "3.11", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", "--show-error-codes",
         str(REPO / "tests/typing/pages_usage.py"), str(wrong)],
        cwd=REPO, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert not [line for line in lines if "pages_usage.py" in line], lines
    errors = {line.split(":")[1] for line in lines if "wrong_pages.py" in line and "error" in line}
    assert errors == {"6", "7", "8"}, result.stdout
    # links and meta are the document's, not Any; a member Apple may leave out needs a check
    assert '"PagingInformation" has no attribute "no_such_member"' in result.stdout
    assert '"PagedDocumentLinks" has no attribute "no_such_link"' in result.stdout
    assert 'Unsupported operand types for + ("UnsetType" and "int")' in result.stdout
