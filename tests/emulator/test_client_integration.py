"""ascapi.Client against the emulator over real HTTP: auth, pagination, include, errors, 429, faults."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import ascapi
from ascapi.emulator import Emulator


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=0)
    with emu.serve(port=0) as base_url:
        yield emu, base_url


@pytest.fixture
def client(served: tuple[Emulator, str]) -> Iterator[ascapi.Client]:
    emu, base_url = served
    emu.clear_faults()
    with ascapi.Client(emu.credentials(), base_url=base_url, max_retries=0) as c:
        yield c


def test_client_authenticates_with_team_and_individual_keys(served: tuple[Emulator, str]) -> None:
    emu, base_url = served
    for individual in (False, True):
        with ascapi.Client(emu.credentials(individual=individual), base_url=base_url) as c:
            page = c.apps.list()
            assert page.data[0].attributes.name == "Example Notes"


def test_wrong_key_is_an_authentication_error(served: tuple[Emulator, str]) -> None:
    _, base_url = served
    stranger = Emulator(seed=None).add_key()  # registered with another emulator only
    creds = ascapi.Credentials(stranger.key_id, stranger.issuer_id, stranger.private_key)
    with ascapi.Client(creds, base_url=base_url, max_retries=0) as c, pytest.raises(ascapi.AuthenticationError) as info:
        c.apps.list()
    assert info.value.code == "NOT_AUTHORIZED"


def test_iterating_pages_over_1200_devices(client: ascapi.Client) -> None:
    page = client.devices.list(limit=200)
    assert page.meta.paging.total == 1200 and len(page.data) == 200
    assert page.rate_limit is not None and page.rate_limit.limit == 3600
    ids = [d.id for d in page]
    assert len(ids) == len(set(ids)) == 1200


def test_include_resolves_versions(client: ascapi.Client) -> None:
    page = client.apps.list(filter_bundle_id=["com.example.pocketbudget"], include=["appStoreVersions"])
    (app,) = page.data
    version_ids = {v.id for v in app.relationships.app_store_versions.data}
    included = {r.id: r for r in page.included if r.type == "appStoreVersions"}
    assert version_ids == set(included) and len(version_ids) == 4
    assert {r.attributes.version_string for r in included.values()} == {"1.0.0", "1.1.0", "1.2.0", "2.0.0"}


def test_status_errors_keep_apples_items(client: ascapi.Client) -> None:
    with pytest.raises(ascapi.NotFoundError) as missing:
        client.apps.get("0000000000")
    assert missing.value.code == "NOT_FOUND"
    with pytest.raises(ascapi.BadRequestError) as bad:
        client.request("GET", "/v1/apps", params={"filter[colour]": "blue"})
    assert bad.value.errors[0].source is not None and bad.value.errors[0].source.parameter == "filter[colour]"


def test_rate_limit_error_over_http() -> None:
    emu = Emulator(seed=None, rate_limit=2)
    with emu.serve(port=0) as base_url, ascapi.Client(emu.credentials(), base_url=base_url, max_retries=0) as c:
        c.apps.list()
        c.apps.list()
        with pytest.raises(ascapi.RateLimitError) as info:
            c.apps.list()
    assert info.value.rate_limit is not None and info.value.rate_limit.remaining == 0
    assert info.value.code == "RATE_LIMIT_EXCEEDED"


def test_client_retries_through_injected_faults(served: tuple[Emulator, str]) -> None:
    emu, base_url = served
    emu.clear_faults()
    emu.inject_fault("/v1/apps", status=503, times=1)
    emu.inject_fault("/v1/users", drop=True, times=1)
    with ascapi.Client(emu.credentials(), base_url=base_url, max_retries=2) as c:
        assert len(c.apps.list().data) == 4
        assert len(c.users.list().data) == 5
    emu.inject_fault("/v1/apps", status=502, times=5)
    with ascapi.Client(emu.credentials(), base_url=base_url, max_retries=0) as c, \
            pytest.raises(ascapi.InternalServerError) as info:
        c.apps.list()
    assert info.value.status_code == 502


async def test_async_client_in_process() -> None:
    emu = Emulator(seed=0)
    async with ascapi.AsyncClient(emu.credentials(), transport=emu.async_transport()) as c:
        seen = [d.id async for d in c.devices.list(limit=200)]
    assert len(seen) == 1200
