"""Cases of kinds auth, decoding, query, errors, pagination and ratelimit (../shared/cases).

Each test replays one fixture through ``tests.cases.replay`` against a real ``ascapi.Client`` and
``ascapi.AsyncClient`` (parametrised), and turns the fixture's checks into assertions.

The library call of each case goes through ``client._get_page`` / ``client._call`` with the small
test models of ``tests/core/_models.py``, so these tests exercise the runtime alone. The comment on
each call gives the generated-method spelling; switching a case to it is a one-line change.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import logging
from dataclasses import dataclass
from typing import Any

import msgspec
import pytest

import ascapi
from ascapi._jsonapi import UNSET, to_builtins
from ascapi._ratelimit import parse_rate_limit
from tests.cases.replay import (
    API_HOST,
    FrozenClock,
    ReplayTransport,
    SleepRecorder,
    check_requests,
    decoded_query,
    jwt_parts,
    load_case,
    make_key,
)
from tests.core import _models as m

MODES = ["sync", "async"]
KEY_ID = "ZK4Q8T2M7B"
ISSUER = "6b9f0e2a-4c71-4d3e-8a5b-0f1e2d3c4b5a"


@dataclass
class Run:
    case: dict[str, Any]
    clock: FrozenClock
    server: ReplayTransport
    sleep: SleepRecorder
    key_input: Any
    mode: str

    @property
    def given(self) -> dict[str, Any]:
        return self.case.get("given", {})

    def credentials(self) -> ascapi.Credentials:
        return ascapi.Credentials(self.given.get("key_id", KEY_ID),
                                  self.given.get("issuer_id", ISSUER), self.key_input)

    def client(self) -> Any:
        opts = self.given.get("client_options", {})
        kwargs: dict[str, Any] = {"transport": self.server.transport()}
        if "max_retries" in opts:
            kwargs["max_retries"] = opts["max_retries"]
        if "max_retry_delay_s" in opts:
            kwargs["max_retry_delay"] = opts["max_retry_delay_s"]
        kwargs["sleep"] = self.sleep  # always recorded: "never sleeps" is checked on it too
        cls = ascapi.Client if self.mode == "sync" else ascapi.AsyncClient
        return cls(self.credentials(), **kwargs)


def setup(case_id: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    case = load_case(case_id)
    given = case.get("given", {})
    clock = FrozenClock.from_given(given)
    clock.install(monkeypatch)
    key_input, public_key = make_key(given)
    server = ReplayTransport(case, clock, public_key)
    return Run(case, clock, server, SleepRecorder(), key_input, mode)


async def resolve(result: Any) -> Any:
    """A sync call's value, or the awaited value of an async one (pagers: their first page)."""
    return await result if inspect.isawaitable(result) else result


async def collect(pages: Any) -> list[Any]:
    """Every item of a Page / AsyncPage / AsyncPager, across pages."""
    if isinstance(pages, ascapi.Page):
        return list(pages)
    return [item async for item in pages]


async def collect_until_error(pages: Any) -> tuple[list[Any], BaseException | None]:
    items: list[Any] = []
    try:
        if isinstance(pages, ascapi.Page):
            for item in pages:
                items.append(item)
        else:
            async for item in pages:
                items.append(item)
    except Exception as exc:
        return items, exc
    return items, None


# --- auth --------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C01_key_with_literal_backslash_n(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C01", mode, monkeypatch)
    assert "\\n" in run.key_input and "\n" not in run.key_input
    client = run.client()  # building from the one-line key raises nothing
    # generated: client.apps.list(filter_bundle_id=["com.example.notes"])
    page = await resolve(client._get_page("/v1/apps", params={"filter[bundleId]": ["com.example.notes"]},
                                          response_type=m.AppsResponse))
    assert len(run.server.sent) == 1
    sent = run.server.sent[0]
    assert sent.token and sent.token_ok, sent.answer
    assert jwt_parts(sent.token)[0] == {"alg": "ES256", "kid": "ZK4Q8T2M7B", "typ": "JWT"}
    assert [a.attributes.bundle_id for a in page.data] == ["com.example.notes"]
    assert run.server.answers("reject") == 0
    check_requests(run.case, run.server.sent)
    run.server.assert_all_used()


@pytest.mark.parametrize("mode", MODES)
async def test_C02_fast_clock_token_claims(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C02", mode, monkeypatch)
    client = run.client()
    # generated: client.apps.list(limit=1)
    await resolve(client._get_page("/v1/apps", params={"limit": 1}, maxima={"limit": 200},
                                   response_type=m.AppsResponse))
    assert len(run.server.sent) == 1 and run.server.answers("reject") == 0, run.server.sent[0].answer
    token = run.server.sent[0].token
    assert token is not None
    header, claims, signature = jwt_parts(token)
    assert header == {"alg": "ES256", "kid": "ZK4Q8T2M7B", "typ": "JWT"}
    assert set(claims) == {"iss", "iat", "exp", "aud"}
    assert claims["aud"] == "appstoreconnect-v1"
    assert type(claims["iat"]) is int and type(claims["exp"]) is int
    assert claims["iat"] <= 1767225600
    assert claims["exp"] - claims["iat"] <= 1200
    assert claims["exp"] - 1767225600 <= 1200
    assert len(signature) == 64
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C03_long_poll_remints_before_expiry(mode: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C03", mode, monkeypatch)
    client = run.client()
    results = []
    for i in range(25):
        if i:
            run.clock.advance(run.given["clock"]["advance_between_calls_s"])
        # generated: client.builds.get(ID, fields_builds=["version", "processingState"])
        results.append(await resolve(client._call(
            "GET", ascapi._base.path("/v1/builds/{id}", id="b1d0c2a4-3e5f-4a6b-8c7d-9e0f1a2b3c4d"),
            params={"fields[builds]": ["version", "processingState"]},
            response_type=m.BuildResponse)))
    sent = run.server.sent
    assert len(sent) == 25 and run.server.answers("reject") == 0
    tokens = [s.token for s in sent]
    assert len(set(tokens)) >= 2
    for s in sent:
        _, claims, _ = jwt_parts(s.token or "")
        assert claims["exp"] - s.client_now >= 60
        assert claims["exp"] - claims["iat"] <= 1200
    assert results[-1].data.attributes.processing_state == "VALID"
    check_requests(run.case, sent)
    run.server.assert_all_used()


@pytest.mark.parametrize("mode", MODES)
async def test_C04_spurious_401_remints_once(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C04", mode, monkeypatch)
    client = run.client()
    # generated: client.bundle_ids.list(filter_identifier=["com.example.notes"])
    page = await resolve(client._get_page(
        "/v1/bundleIds", params={"filter[identifier]": ["com.example.notes"]},
        response_type=m.BundleIdsResponse))
    sent = run.server.sent
    assert len(sent) == 2 and sent[0].url == sent[1].url
    assert sent[0].token != sent[1].token
    assert jwt_parts(sent[1].token or "")[1]["iat"] > jwt_parts(sent[0].token or "")[1]["iat"]
    assert [b.attributes.identifier for b in page.data] == ["com.example.notes"]
    check_requests(run.case, sent)
    run.server.assert_all_used()


@pytest.mark.parametrize("mode", MODES)
async def test_C05_placeholder_key_refused_at_construction(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C05", mode, monkeypatch)
    with pytest.raises(ascapi.InvalidPrivateKeyError) as info:
        run.client()
    error = info.value
    assert isinstance(error, ValueError)
    assert run.server.sent == []
    message = str(error)
    assert "P-256" in message and "ES256" in message and "PKCS#8" in message and ".p8" in message
    secret = run.given["private_key_text"]
    assert secret not in str(error) and secret not in repr(error)
    assert type(error).__module__.startswith("ascapi")
    assert error.__cause__ is None or not isinstance(error.__cause__, ascapi.InvalidPrivateKeyError)


# --- decoding ------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C06_fractional_and_z_timestamps(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C06", mode, monkeypatch)
    client = run.client()
    # generated: client.apps.beta_groups.list("6450000001")
    page = await resolve(client._get_page("/v1/apps/6450000001/betaGroups",
                                          response_type=m.BetaGroupsResponse))
    groups = {g.id: g for g in page.data}
    assert len(groups) == 2
    first = groups["0c4f6a2e-8d1b-4f7a-9e3c-5b2d1a0f9e8d"].attributes
    second = groups["7a3e9c1f-2b4d-4e6a-8f0c-1d3b5a7c9e2f"].attributes
    assert first.created_date == dt.datetime(2025, 11, 3, 14, 22, 7, 412000, tzinfo=dt.timezone.utc)
    assert second.created_date == dt.datetime(2025, 11, 4, 9, 0, 0, tzinfo=dt.timezone.utc)
    for value in (first.created_date, second.created_date):
        assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0)
    assert first.public_link is None
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C07_unknown_enum_value_kept(mode: str, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    run = setup("C07", mode, monkeypatch)
    client = run.client()
    caplog.set_level(logging.INFO)
    # generated: client.bundle_ids.list(sort=["name"])
    page = await resolve(client._get_page("/v1/bundleIds", params={"sort": ["name"]},
                                          response_type=m.BundleIdsResponse))
    by_id = {b.id: b for b in page.data}
    assert len(by_id) == 2
    assert by_id["R5T8W1Y4ZQ"].attributes.platform == "SERVICES"
    assert by_id["X7K2M9Q4LP"].attributes.platform == "IOS"
    assert msgspec.json.decode(msgspec.json.encode(by_id["R5T8W1Y4ZQ"].attributes))["platform"] \
        == "SERVICES"
    assert not [r for r in caplog.records if r.name.startswith("ascapi")]
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C08_unknown_members_reachable(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C08", mode, monkeypatch)
    client = run.client()
    # generated: client.builds.get("b1d0c2a4-3e5f-4a6b-8c7d-9e0f1a2b3c4d")
    doc = await resolve(client._call("GET", "/v1/builds/b1d0c2a4-3e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                     response_type=m.BuildResponse))
    build = doc.data
    assert build.attributes.version == "1024" and build.attributes.processing_state == "VALID"
    raw = doc.raw_for(build)
    assert raw["attributes"]["hypotheticalNewFlag"] is True
    assert raw["attributes"]["extraSettings"] == {"level": 2, "tags": ["alpha", "beta"]}
    assert raw["relationships"]["futureReviewNotes"]["links"]["related"].endswith(
        "/futureReviewNotes")


@pytest.mark.parametrize("mode", MODES)
async def test_C09_null_and_absent_members(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C09", mode, monkeypatch)
    client = run.client()
    # generated: client.app_screenshot_sets.app_screenshots.list("3c8e1f5a-…")
    page = await resolve(client._get_page(
        "/v1/appScreenshotSets/3c8e1f5a-7b2d-4a9c-8e6f-0d1c2b3a4f5e/appScreenshots",
        response_type=m.AppScreenshotsResponse))
    shots = {s.id: s for s in page.data}
    assert len(shots) == 2
    bare = shots["a4c2e6f8-1b3d-4f5a-9c7e-2d4b6f8a0c1e"]
    a = bare.attributes
    assert a.file_size is None and a.image_asset is None
    assert a.asset_delivery_state is None and a.source_file_checksum is None
    assert a.asset_token is UNSET
    assert bare.links is UNSET and bare.relationships is UNSET
    full = shots["b5d3f7a9-2c4e-4a6b-8d0f-3e5c7a9b1d2f"].attributes
    assert full.image_asset.width == 1290 and full.asset_delivery_state.state == "COMPLETE"


@pytest.mark.parametrize("mode", MODES)
async def test_C10_links_only_relationships_are_unset(mode: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C10", mode, monkeypatch)
    client = run.client()
    # generated: client.app_store_versions.get("e3a1f7c2-4b5d-4c6e-9f80-1a2b3c4d5e6f")
    doc = await resolve(client._call(
        "GET", "/v1/appStoreVersions/e3a1f7c2-4b5d-4c6e-9f80-1a2b3c4d5e6f",
        response_type=m.AppStoreVersionResponse))
    rels = doc.data.relationships
    assert rels.app.data is UNSET and rels.app.data is not None
    assert rels.build.data is UNSET and rels.build.data is not None
    assert rels.app.links.related == ("https://api.appstoreconnect.apple.com/v1/appStoreVersions/"
                                      "e3a1f7c2-4b5d-4c6e-9f80-1a2b3c4d5e6f/app")
    assert rels.app_store_version_localizations.data is UNSET
    assert doc.resolve(rels.build) is UNSET  # "not requested" is not "no build"


# --- query -----------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C11_wire_names_and_comma_joined_lists(mode: str, monkeypatch: pytest.MonkeyPatch,
                                                     test_models: None) -> None:
    run = setup("C11", mode, monkeypatch)
    client = run.client()
    # generated: client.builds.list(filter_app=["6450000001"],
    #     filter_pre_release_version_version=["2.4.0"], filter_processing_state=["PROCESSING", "VALID"],
    #     fields_builds=[...], include=["preReleaseVersion"], sort=["-version"], limit=50)
    page = await resolve(client._get_page("/v1/builds", params={
        "filter[app]": ["6450000001"],
        "filter[preReleaseVersion.version]": ["2.4.0"],
        "filter[processingState]": ["PROCESSING", "VALID"],
        "fields[builds]": ["version", "processingState", "minOsVersion", "preReleaseVersion"],
        "include": ["preReleaseVersion"],
        "sort": ["-version"],
        "limit": 50,
    }, maxima={"limit": 200}, response_type=m.BuildsResponse))
    assert len(run.server.sent) == 1
    pairs = decoded_query(run.server.sent[0].url)
    assert len(pairs) == 7 == len(dict(pairs))
    check_requests(run.case, run.server.sent)
    for build in page.data:
        version = page.resolve(build.relationships.pre_release_version)
        assert isinstance(version, m.PreReleaseVersion)
        assert version.attributes.version == "2.4.0"


@pytest.mark.parametrize("mode", MODES)
async def test_C12_limit_above_maximum_refused_locally(mode: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C12", mode, monkeypatch)
    client = run.client()

    def call(limit: int) -> Any:  # generated: client.apps.list(limit=limit)
        return client._get_page("/v1/apps", params={"limit": limit}, maxima={"limit": 200},
                                response_type=m.AppsResponse)

    with pytest.raises(ValueError) as info:
        await resolve(call(201))
    assert "limit" in str(info.value) and "200" in str(info.value)
    assert run.server.sent == []
    page = await resolve(call(200))
    assert len(run.server.sent) == 1 and decoded_query(run.server.sent[0].url) == [("limit", "200")]
    assert len(page.data) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_C13_unset_members_not_sent(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C13", mode, monkeypatch)
    client = run.client()
    # generated: client.app_store_versions.create(platform="IOS", version_string="2.5.0",
    #                                             app="6450000001")
    body = m.AppStoreVersionCreateRequest(data=m.CreateData(
        type="appStoreVersions",
        attributes=m.CreateAttributes(platform="IOS", version_string="2.5.0"),
        relationships=m.CreateRelationships(
            app=m.CreateToOne(data=m.CreateLinkage(type="apps", id="6450000001")))))
    doc = await resolve(client._call("POST", "/v1/appStoreVersions", body=body,
                                     response_type=m.AppStoreVersionResponse))
    sent = run.server.sent
    assert len(sent) == 1 and sent[0].request.headers["content-type"] == "application/json"
    assert "null" not in sent[0].request.content.decode()
    assert run.server.answers("fallback") == 0
    check_requests(run.case, sent)
    assert doc.data.id == "f4b2a8c3-5d6e-4f7a-8b9c-0d1e2f3a4b5c"
    assert doc.data.attributes.app_version_state == "PREPARE_FOR_SUBMISSION"


@pytest.mark.parametrize("mode", MODES)
async def test_C14_exact_lookup_rechecks_loose_filters(mode: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C14", mode, monkeypatch)
    client = run.client()

    def call() -> Any:  # generated: client.bundle_ids.list(filter_identifier=[...], filter_platform=["IOS"])
        return client._get_page("/v1/bundleIds", params={
            "filter[identifier]": ["com.example.notes"], "filter[platform]": ["IOS"]},
            response_type=m.BundleIdsResponse)

    found = await resolve(call().one(identifier="com.example.notes", platform="IOS"))
    assert (found.id, found.attributes.identifier, found.attributes.platform) == (
        "X7K2M9Q4LP", "com.example.notes", "IOS")
    everything = await collect(call())
    assert [b.id for b in everything] == ["Q2W4E6R8T0", "M3N5B7V9C1", "X7K2M9Q4LP"]
    assert len(run.server.sent) == 2
    check_requests(run.case, run.server.sent)


# --- errors ------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C15_html_502_keeps_status_and_text(mode: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C15", mode, monkeypatch)
    client = run.client()
    with pytest.raises(ascapi.InternalServerError) as info:
        # generated: client.builds.list(filter_app=["6450000001"])
        await resolve(client._get_page("/v1/builds", params={"filter[app]": ["6450000001"]},
                                       response_type=m.BuildsResponse))
    error = info.value
    assert error.status_code == 502
    assert not isinstance(error, json.JSONDecodeError)
    assert not isinstance(error.__cause__, (json.JSONDecodeError, msgspec.DecodeError))
    assert "Bad Gateway" in error.body
    assert error.content_type == "text/html; charset=utf-8"
    assert error.errors == []
    text = str(error)
    assert "GET" in text and "/v1/builds" in text and "502" in text and "\n" not in text
    assert len(run.server.sent) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_C16_post_500_not_retried(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C16", mode, monkeypatch)
    client = run.client()
    body = run.case["request"]["json"]
    with pytest.raises(ascapi.InternalServerError) as info:
        # generated: client.beta_app_review_submissions.create(build="b1d0c2a4-…")
        await resolve(client._call("POST", "/v1/betaAppReviewSubmissions", body=body,
                                   response_type=m.BuildResponse))
    error = info.value
    assert len(run.server.sent) == 1 and run.sleep.calls == []
    assert error.status_code == 500 and error.code == "UNEXPECTED_ERROR"
    assert error.errors[0].detail.startswith("An unexpected error occurred on the server side")
    assert error.rate_limit is not None and error.rate_limit["user-hour-rem"] == 3540
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C17_204_is_success(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C17", mode, monkeypatch)
    client = run.client()

    def no_decoding(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the JSON decoder was invoked on an empty body")

    monkeypatch.setattr("ascapi._client.decode", no_decoding)
    # generated: client.beta_groups.builds.add("0c4f6a2e-…", ["b1d0c2a4-…"])
    result = await resolve(client._call(
        "POST", "/v1/betaGroups/0c4f6a2e-8d1b-4f7a-9e3c-5b2d1a0f9e8d/relationships/builds",
        body={"data": [{"type": "builds", "id": "b1d0c2a4-3e5f-4a6b-8c7d-9e0f1a2b3c4d"}]}))
    assert result is None
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C18_403_agreement_kept_whole_not_retried(mode: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C18", mode, monkeypatch)
    client = run.client()
    with pytest.raises(ascapi.PermissionDeniedError) as info:
        # generated: client.bundle_ids.list(filter_identifier=["com.example.notes"])
        await resolve(client._get_page(
            "/v1/bundleIds", params={"filter[identifier]": ["com.example.notes"]},
            response_type=m.BundleIdsResponse))
    error = info.value
    assert error.status_code == 403
    assert len(run.server.sent) == 1 and run.sleep.calls == []
    assert error.errors[0].code == "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED"
    assert error.has_code("FORBIDDEN") and not error.has_code("FORBIDDEN_ERROR")
    assert error.errors[0].id == "K3M7Q2X9V4B8N1C6Z5L0P2R7TA"
    assert error.errors[0].links["see"] == "/business"


# --- pagination --------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C19_next_links_followed_verbatim(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C19", mode, monkeypatch)
    client = run.client()
    # generated: client.devices.list(filter_platform=["IOS"], sort=["name"], limit=2)
    devices = await collect(client._get_page(
        "/v1/devices", params={"filter[platform]": ["IOS"], "sort": ["name"], "limit": 2},
        maxima={"limit": 200}, response_type=m.DevicesResponse))
    sent = run.server.sent
    responses = run.case["responses"]
    assert len(sent) == 3
    assert sent[1].url == responses[0]["json"]["links"]["next"]
    assert sent[2].url == responses[1]["json"]["links"]["next"]
    assert run.server.answers("fallback") == 0
    assert [d.id for d in devices] == ["D4N8R2T6VW", "D5P9S3U7XA", "D6Q0T4V8YB", "D7R1U5W9ZC",
                                       "D8S2V6X0AD"]
    check_requests(run.case, sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C20_repeated_next_link_raises(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C20", mode, monkeypatch)
    client = run.client()
    # generated: client.builds.list(filter_app=["6450000001"], limit=2)
    items, error = await collect_until_error(client._get_page(
        "/v1/builds", params={"filter[app]": ["6450000001"], "limit": 2},
        maxima={"limit": 200}, response_type=m.BuildsResponse))
    repeated = run.case["responses"][1]["json"]["links"]["next"]
    assert len(run.server.sent) == 2
    assert isinstance(error, ascapi.PaginationLoopError)
    assert isinstance(error, ascapi.PaginationError)
    assert repeated in str(error)
    assert len(items) == 4
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C21_next_link_to_other_host_refused(mode: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C21", mode, monkeypatch)
    client = run.client()
    # generated: client.certificates.list(limit=2)
    items, error = await collect_until_error(client._get_page(
        "/v1/certificates", params={"limit": 2}, maxima={"limit": 200},
        response_type=m.CertificatesResponse))
    sent = run.server.sent
    assert len(sent) == 2 and run.server.hosts() == {API_HOST}
    assert sent[1].url == run.case["responses"][0]["json"]["links"]["next"]
    assert len(items) == 4
    assert isinstance(error, ascapi.PaginationError) and "apps-api.example.net" in str(error)
    assert all(s.token is None for s in sent if s.request.url.host != API_HOST)
    check_requests(run.case, sent)


# --- rate limits ---------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
async def test_C28_429_carries_budget_and_no_hint(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C28", mode, monkeypatch)
    client = run.client()
    with pytest.raises(ascapi.RateLimitError) as info:
        # generated: client.apps.list()
        await resolve(client._get_page("/v1/apps", response_type=m.AppsResponse))
    error = info.value
    assert error.status_code == 429
    assert dict(error.rate_limit or {}) == {"user-hour-lim": 3600, "user-hour-rem": 0}
    assert error.rate_limit is not None
    assert (error.rate_limit.limit, error.rate_limit.remaining) == (3600, 0)
    assert error.retry_after is None
    assert error.code == "RATE_LIMIT_EXCEEDED"
    assert len(run.server.sent) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_C29_messy_rate_limit_header(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C29", mode, monkeypatch)
    client = run.client()
    # generated: client.apps.get("6450000001")
    doc = await resolve(client._call("GET", "/v1/apps/6450000001", response_type=m.AppResponse))
    assert doc.data.id == "6450000001"
    assert doc.rate_limit == {"user-hour-lim": 3600, "user-hour-rem": 3412}
    assert set(doc.rate_limit) == {"user-hour-lim", "user-hour-rem"}
    assert parse_rate_limit(None) is None and parse_rate_limit("") is None
    assert parse_rate_limit(";;bogus;x:y:z;") is None


@pytest.mark.parametrize("mode", MODES)
async def test_C30_retry_after_honoured(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C30", mode, monkeypatch)
    client = run.client()
    # generated: client.builds.list(filter_app=["6450000001"])
    page = await resolve(client._get_page("/v1/builds", params={"filter[app]": ["6450000001"]},
                                          response_type=m.BuildsResponse))
    sent = run.server.sent
    assert len(sent) == 2 and sent[0].url == sent[1].url and sent[0].method == "GET"
    assert len(run.sleep.calls) == 1 and 7 <= run.sleep.calls[0] <= 10
    assert len(page.data) == 1
    check_requests(run.case, sent)
    run.server.assert_all_used()


def test_case_models_round_trip() -> None:
    # The test models encode with wire names and omit UNSET: what the cases rely on.
    attrs = m.CreateAttributes(platform="IOS", version_string="2.5.0")
    assert to_builtins(attrs) == {"platform": "IOS", "versionString": "2.5.0"}
