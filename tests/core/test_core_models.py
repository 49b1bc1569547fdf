"""Query encoding, path(), the model base: lenient/strict decoding, included dispatch, encoding."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import msgspec
import pytest

import ascapi
from ascapi._base import path
from ascapi._jsonapi import (
    INCLUDED,
    UNSET,
    Document,
    Included,
    IncludedRegistry,
    Model,
    Resource,
    convert,
    decode,
    encode,
    resolve_linkage,
    to_builtins,
)
from ascapi._qs import build_query, check_maxima, encode_value
from tests.core import _models as m


class Platform(enum.Enum):
    IOS = "IOS"


# --- query strings ---------------------------------------------------------------------------

def test_query_encoding_rules() -> None:
    query = build_query({
        "filter[preReleaseVersion.version]": ["2.4.0"],
        "filter[processingState]": ["PROCESSING", "VALID"],
        "fields[apps]": ("name", "bundleId"),
        "limit[builds]": 50,
        "exists[app]": False,
        "include": ["builds"],
        "sort": ["-version"],
        "filter[platform]": [Platform.IOS],
        "filter[name]": ["Notes, Inc & Co"],
        "filter[date]": dt.date(2025, 10, 14),
        "cursor": "eyJvIjoyfQ==",
        "dropped": None,
        "empty": [],
    })
    assert query.count("&") == 10
    assert "filter%5BpreReleaseVersion.version%5D=2.4.0" in query
    assert "filter%5BprocessingState%5D=PROCESSING%2CVALID" in query
    assert "filter%5Bname%5D=Notes%2C%20Inc%20%26%20Co" in query
    assert dict(parse_qsl(query)) == {
        "filter[preReleaseVersion.version]": "2.4.0",
        "filter[processingState]": "PROCESSING,VALID",
        "fields[apps]": "name,bundleId",
        "limit[builds]": "50",
        "exists[app]": "false",
        "include": "builds",
        "sort": "-version",
        "filter[platform]": "IOS",
        "filter[name]": "Notes, Inc & Co",
        "filter[date]": "2025-10-14",
        "cursor": "eyJvIjoyfQ==",
    }
    assert build_query(None) == "" and build_query({"a": None}) == ""
    assert encode_value(True) == "true"
    with pytest.raises(TypeError):
        encode_value({"a": 1})


def test_maxima_checked_before_sending() -> None:
    check_maxima({"limit": 200, "limit[builds]": 50}, {"limit": 200, "limit[builds]": 50})
    with pytest.raises(ValueError, match=r"limit\[builds\]=51 .* maximum of 50"):
        check_maxima({"limit[builds]": 51}, {"limit[builds]": 50})
    with pytest.raises(ValueError, match="at least 1"):
        check_maxima({"limit": 0}, {"limit": 200})
    check_maxima({"limit": None}, {"limit": 200})


def test_path_quotes_and_refuses_empty_ids() -> None:
    assert path("/v1/apps/{id}", id="123") == "/v1/apps/123"
    assert path("/v1/x/{id}", id="a/b c") == "/v1/x/a%2Fb%20c"
    for bad in ("", " ", None, ".", ".."):
        with pytest.raises(ValueError):
            path("/v1/apps/{id}", id=bad)
    with pytest.raises(ValueError, match="missing"):
        path("/v1/apps/{id}")


# --- decoding ------------------------------------------------------------------------------

BUILDS = {
    "data": [{"type": "builds", "id": "b1", "attributes": {
        "version": "7", "processingState": "SOMETHING_NEW", "unknownFlag": True},
        "relationships": {"preReleaseVersion": {"data": {"type": "preReleaseVersions",
                                                          "id": "p1"}},
                          "app": {"data": None}}}],
    "included": [
        {"type": "preReleaseVersions", "id": "p1", "attributes": {"version": "2.4.0"}},
        {"type": "brandNewThings", "id": "n1", "attributes": {"x": 1}},
    ],
    "links": {"self": "s"},
}


def test_lenient_decoding_and_included_dispatch(test_models: None) -> None:
    doc = decode(msgspec.json.encode(BUILDS), m.BuildsResponse)
    build = doc.data[0]
    assert build.attributes.processing_state == "SOMETHING_NEW"  # open enum
    version, unknown = doc.included
    assert isinstance(version, m.PreReleaseVersion) and version.attributes.version == "2.4.0"
    assert isinstance(unknown, Resource) and unknown.type == "brandNewThings"
    assert isinstance(version, Included) and not isinstance("x", Included)
    assert doc.resolve(build.relationships.pre_release_version) is version
    assert doc.resolve(build.relationships.app) is None  # present and null: empty to-one
    assert resolve_linkage(doc.included, [{"type": "brandNewThings", "id": "n1"}]) == [unknown]
    assert resolve_linkage(doc.included, {"type": "nope", "id": "0"}) is None
    assert resolve_linkage(UNSET, m.ToOne()) is UNSET
    # Decoding succeeds with a type the registry does not know at all:
    assert isinstance(INCLUDED.resolve({"type": "zzz"}), Resource)


def test_lenient_decoding_tolerates_missing_null_and_coercible() -> None:
    doc = decode(b'{"data":[{"type":"apps","attributes":{"name":null}}],'
                 b'"meta":{"paging":{"total":"3","limit":2}}}', m.AppsResponse)
    assert doc.data[0].id is UNSET and doc.data[0].attributes.name is None
    assert doc.meta.paging.total == 3
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        decode(b'{"data":[{"type":"apps","attributes":{"name":{"x":1}}}]}', m.AppsResponse)
    assert info.value.path == "$.data[0].attributes.name"
    with pytest.raises(ascapi.ResponseDecodeError):
        decode(b"<html>", m.AppsResponse)


@pytest.mark.parametrize(("body", "where"), [
    ({"data": [{"type": "apps"}], "links": {"self": "s"}}, "$.data[0].id"),
    ({"data": [{"type": "apps", "id": "1", "attributes": {"name": None}}], "links": {"self": "s"}},
     "$.data[0].attributes.name"),
    ({"data": [{"type": "apps", "id": "1", "attributes": {"contentRightsDeclaration": "NEW"}}],
      "links": {"self": "s"}}, "$.data[0].attributes.contentRightsDeclaration"),
    ({"data": [{"type": "builds", "id": "1"}], "links": {"self": "s"}}, "$.data[0].type"),
    ({"data": []}, "$.links"),
])
def test_strict_decoding_names_the_first_violation(body: dict[str, Any], where: str) -> None:
    content = msgspec.json.encode(body)
    decode(content, m.AppsResponse)  # lenient: fine
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        decode(content, m.AppsResponse, strict=True)
    assert info.value.path == where and where in str(info.value)


def test_strict_enum_rule_applies_to_list_items() -> None:
    class Tags(Model):
        tags: list[str] | msgspec.UnsetType = UNSET
        __ascapi_enums__ = {"tags": frozenset({"A", "B"})}  # noqa: RUF012

    assert convert({"tags": ["A", "B"]}, Tags, strict=True).tags == ["A", "B"]
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        convert({"tags": ["A", "C"]}, Tags, strict=True)
    assert info.value.path == "$.tags[1]"


def test_strict_checks_included_models(test_models: None) -> None:
    body = {"data": [], "links": {"self": "s"},
            "included": [{"type": "apps", "attributes": {"name": "x"}}]}  # app without id
    decode(msgspec.json.encode(body), m.AppsResponse)
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        decode(msgspec.json.encode(body), m.AppsResponse, strict=True)
    assert info.value.path == "$.included[0].id"


@pytest.mark.parametrize("strict", [False, True])
def test_included_decodes_alike_whatever_the_member_order(test_models: None,
                                                           strict: bool) -> None:
    body = {"data": [], "links": {"self": "s"}, "included": [
        {"id": "p1", "type": "preReleaseVersions", "attributes": {"version": "2.4.0"}},
        {"type": "preReleaseVersions", "id": "p2"},
        {"type": "brandNewThings", "id": "n1", "attributes": {"x": 1}},
        {"id": "n2", "type": "brandNewThings"},
        {"type": "REPEATED"},
    ]}
    # a repeated member: the last one wins, as it does for every other member
    repeated = b'{"type":"brandNewThings","id":"p3","type ":1,"type":"preReleaseVersions"}'
    content = (msgspec.json.encode(body).replace(b'{"type"', b'{ "type"', 1)
               .replace(b'{"type":"REPEATED"}', repeated))
    doc = decode(content, m.BuildsResponse, strict=strict)
    # the generic route (builtins, then dispatch by type) is the reference
    assert doc == convert(msgspec.json.decode(content), m.BuildsResponse, strict=strict)
    included: list[Any] = doc.included  # type: ignore[assignment]
    assert [type(i).__name__ for i in included] == [
        "PreReleaseVersion", "PreReleaseVersion", "Resource", "Resource", "PreReleaseVersion"]
    assert included[4].id == "p3"


def test_included_errors_read_as_through_the_generic_route(test_models: None) -> None:
    body = {"included": [
        {"type": "preReleaseVersions", "id": "p1"},
        {"type": "preReleaseVersions", "id": "p2", "attributes": {"version": {"x": 1}}}]}
    errors = []
    for run in (lambda: decode(msgspec.json.encode(body), m.BuildsResponse),
                lambda: convert(body, m.BuildsResponse)):
        with pytest.raises(ascapi.ResponseDecodeError) as info:
            run()  # type: ignore[no-untyped-call]
        errors.append((str(info.value), info.value.path))
    assert errors[0] == errors[1]
    assert "Expected `str | null`, got `object`" in errors[0][0]
    assert errors[0][1] == "$.included[1].attributes.version"  # the path from the document
    assert errors[0][0].endswith("- at `$.included[1].attributes.version`")


# --- included: each document's own mapping ---------------------------------------------------

class LegacyAppAttributes(Model):
    kind: str | msgspec.UnsetType | None = UNSET
    __ascapi_enums__ = {"kind": frozenset({"PLAIN", "LEGACY_ONLY"})}  # noqa: RUF012


class LegacyApp(Model):
    """What ``apps`` means in LegacyAppsResponse only; the registry says m.App."""

    type: str | msgspec.UnsetType | None = UNSET
    id: str | msgspec.UnsetType | None = UNSET
    attributes: LegacyAppAttributes | msgspec.UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"id", "type"})


if TYPE_CHECKING:
    _LegacyIncluded = LegacyApp | Resource
else:
    _LegacyIncluded = Included.of({"apps": f"{__name__}:LegacyApp"})


class LegacyAppsResponse(Document):
    data: list[m.App] | msgspec.UnsetType | None = UNSET
    included: list[_LegacyIncluded] | msgspec.UnsetType | None = UNSET


LEGACY = {"data": [{"type": "apps", "id": "1"}], "included": [
    {"type": "apps", "id": "2", "attributes": {"kind": "LEGACY_ONLY"}},
    {"type": "builds", "id": "b1"},
    {"type": "brandNewThings", "id": "n1"},
]}


@pytest.mark.parametrize("strict", [False, True])
def test_included_uses_the_documents_mapping_then_the_registry(test_models: None,
                                                               strict: bool) -> None:
    content = msgspec.json.encode(LEGACY)
    doc = decode(content, LegacyAppsResponse, strict=strict)
    assert isinstance(doc.data[0], m.App)  # `data` is not affected
    legacy, build, unknown = doc.included
    assert isinstance(legacy, LegacyApp) and legacy.attributes.kind == "LEGACY_ONLY"
    assert isinstance(build, m.Build)  # not listed by the document: the registry
    assert isinstance(unknown, Resource)
    assert doc == convert(LEGACY, LegacyAppsResponse, strict=strict)  # the generic route agrees
    # the registry's own model for "apps" is unchanged elsewhere
    assert isinstance(decode(content, m.AppsResponse).included[0], m.App)


def test_strict_checks_included_items_by_the_documents_class(test_models: None) -> None:
    body = {**LEGACY, "included": [{"type": "apps", "id": "2", "attributes": {"kind": "NEW"}}]}
    for run in (lambda: decode(msgspec.json.encode(body), LegacyAppsResponse, strict=True),
                lambda: convert(body, LegacyAppsResponse, strict=True)):
        with pytest.raises(ascapi.ResponseDecodeError) as info:
            run()  # type: ignore[no-untyped-call]
        assert info.value.path == "$.included[0].attributes.kind"
        assert "['LEGACY_ONLY', 'PLAIN']" in str(info.value)


def test_included_of_equal_mappings_is_one_type() -> None:
    made = Included.of({"apps": "tests.core._models:App"})
    assert made is Included.of({"apps": "tests.core._models:App"})
    assert made is not Included and issubclass(made, Included)
    assert made.registry.lookup("apps") is m.App
    assert made.registry.lookup("preReleaseVersions") is INCLUDED.lookup("preReleaseVersions")
    assert isinstance(made.registry.resolve({"type": "zzz"}), Resource)


@pytest.mark.parametrize(("body", "where"), [
    ({"data": [{"type": "apps", "id": "1"}], "links": {"self": "s"},
      "included": [{"type": "zzz"}, {"id": "a", "type": "apps", "attributes": {"name": None}}]},
     "$.included[1].attributes.name"),
    ({"data": [{"type": "apps", "id": "1", "attributes": {"contentRightsDeclaration": "X"}}],
      "links": {"self": "s"}}, "$.data[0].attributes.contentRightsDeclaration"),
    ({"data": [{"type": "apps", "id": "1"}, {"type": "apps"}], "links": {"self": "s"},
      "meta": {"paging": {"total": 2}}}, "$.data[1].id"),
])
def test_strict_decode_and_strict_convert_agree(test_models: None, body: dict[str, Any],
                                                where: str) -> None:
    content = msgspec.json.encode(body)
    decode(content, m.AppsResponse)
    for run in (lambda: decode(content, m.AppsResponse, strict=True),
                lambda: convert(body, m.AppsResponse, strict=True)):
        with pytest.raises(ascapi.ResponseDecodeError) as info:
            run()  # type: ignore[no-untyped-call]
        assert info.value.path == where


def test_dates_in_every_rfc3339_form() -> None:
    class Dated(Model):
        at: dt.datetime | msgspec.UnsetType = UNSET

    utc = dt.timezone.utc
    for text, expected in [
        ("2025-11-03T14:22:07.412Z", dt.datetime(2025, 11, 3, 14, 22, 7, 412000, tzinfo=utc)),
        ("2025-11-03T14:22:07Z", dt.datetime(2025, 11, 3, 14, 22, 7, tzinfo=utc)),
        ("2025-11-03T16:22:07+02:00", dt.datetime(2025, 11, 3, 14, 22, 7, tzinfo=utc)),
        ("2025-11-03T14:22:07.123456789-00:00", dt.datetime(2025, 11, 3, 14, 22, 7, 123457,
                                                            tzinfo=utc)),
    ]:
        assert convert({"at": text}, Dated).at == expected


def test_registry_lazy_entries_and_overrides() -> None:
    registry = IncludedRegistry()
    registry.register("apps", "tests.core._models:App")
    assert registry.lookup("apps") is m.App and registry.lookup("apps") is m.App
    registry.register_many({"builds": m.Build})
    assert isinstance(registry.resolve({"type": "builds", "id": "1"}), m.Build)
    assert registry.lookup("nothing") is None


# --- encoding --------------------------------------------------------------------------------

def test_encode_omits_unset_and_keeps_null() -> None:
    attrs = m.CreateAttributes(platform="IOS", version_string="2.5.0", copyright=None)
    assert msgspec.json.decode(encode(attrs)) == {"platform": "IOS", "versionString": "2.5.0",
                                                  "copyright": None}
    assert msgspec.json.decode(encode({"a": UNSET, "b": None, "c": [1, UNSET]})) == {
        "b": None, "c": [1]}
    assert to_builtins(m.ToOne()) == {}
    from decimal import Decimal

    assert encode({"score": Decimal("1.50")}) == b'{"score":"1.50"}'


def test_public_names() -> None:
    for name in ascapi.__all__:
        if name not in ("operations", "operation"):
            assert hasattr(ascapi, name), name
    assert ascapi.UNSET is msgspec.UNSET and repr(ascapi.NOT_GIVEN) == "NOT_GIVEN"
    with pytest.raises(AttributeError):
        ascapi.no_such_name  # noqa: B018
