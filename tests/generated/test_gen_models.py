"""Generated models decode realistic App Store Connect payloads leniently, and strictly fail
where Apple's spec is violated."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

import ascapi
from ascapi import models
from ascapi._jsonapi import Resource, decode
from ascapi.errors import ResponseDecodeError

APPS = b"""{
  "data": [{"type": "apps", "id": "1",
            "attributes": {"name": "Demo", "bundleId": "com.example.demo", "sku": "D1",
                           "primaryLocale": "en-US", "contentRightsDeclaration": "USES_THIRD_PARTY_CONTENT",
                           "brandNewAttribute": {"x": 1}},
            "relationships": {"builds": {"links": {"self": "https://x/v1/apps/1/relationships/builds"},
                                          "data": [{"type": "builds", "id": "b1"}]}},
            "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps/1"}}],
  "included": [
    {"type": "builds", "id": "b1",
     "attributes": {"version": "42", "uploadedDate": "2024-05-01T10:11:12.345-07:00",
                    "expirationDate": "2024-07-30T10:11:12Z", "processingState": "VALID"}},
    {"type": "appStoreVersions", "id": "v1", "attributes": {"platform": "IOS", "versionString": "2.0"}},
    {"type": "somethingNewFromApple", "id": "n1", "attributes": {"hello": "world"}}
  ],
  "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps",
            "next": "https://api.appstoreconnect.apple.com/v1/apps?cursor=Mg"},
  "meta": {"paging": {"total": 3, "limit": 1}}
}"""


def test_polymorphic_included_is_dispatched_on_type_and_unknown_types_kept() -> None:
    doc = decode(APPS, models.AppsResponse)
    app = doc.data[0]
    assert isinstance(app, models.App)
    assert app.attributes.bundle_id == "com.example.demo"
    assert app.relationships.builds.data[0].id == "b1"
    build, version, unknown = doc.included
    assert type(build) is models.Build and build.attributes.version == "42"
    assert type(version) is models.AppStoreVersion and version.attributes.version_string == "2.0"
    assert type(unknown) is Resource and unknown.attributes == {"hello": "world"}
    assert doc.resolve(app.relationships.builds) == [build]
    assert doc.links.next.endswith("cursor=Mg") and doc.meta.paging.total == 3


def test_fractional_seconds_and_offsets_decode_to_aware_datetimes() -> None:
    build = decode(APPS, models.AppsResponse).included[0]
    uploaded = build.attributes.uploaded_date
    assert uploaded == dt.datetime(2024, 5, 1, 17, 11, 12, 345000, tzinfo=dt.timezone.utc)
    assert build.attributes.expiration_date.tzinfo is not None


def test_strict_decoding_accepts_a_valid_document() -> None:
    decode(APPS, models.AppsResponse, strict=True)


def test_bundle_id_platform_services_comes_from_the_overlay() -> None:
    raw = b'{"data": {"type": "bundleIds", "id": "B", "attributes": {"platform": "SERVICES", "identifier": "com.x"}}, "links": {"self": "s"}}'
    doc = decode(raw, models.BundleIdResponse, strict=True)
    assert doc.data.attributes.platform == "SERVICES"


def test_unknown_enum_values_are_kept_leniently_and_refused_strictly() -> None:
    raw = b'{"data": {"type": "appStoreVersions", "id": "v", "attributes": {"platform": "QUANTUM_OS", "appStoreState": "READY_FOR_SALE"}}, "links": {"self": "s"}}'
    assert decode(raw, models.AppStoreVersionResponse).data.attributes.platform == "QUANTUM_OS"
    with pytest.raises(ResponseDecodeError) as err:
        decode(raw, models.AppStoreVersionResponse, strict=True)
    assert "QUANTUM_OS" in str(err.value) and err.value.path == "$.data.attributes.platform"


def test_missing_required_members_decode_leniently_and_fail_strictly() -> None:
    raw = b'{"data": [{"type": "apps"}]}'          # no `id`, no `links` on the document
    doc = decode(raw, models.AppsResponse)
    assert doc.data[0].id is msgspec.UNSET
    with pytest.raises(ResponseDecodeError, match="required member missing"):
        decode(raw, models.AppsResponse, strict=True)


def test_null_is_accepted_leniently_and_only_where_nullable_when_strict() -> None:
    # the spec marks nullable members only in request documents (PATCH: null clears a value)
    raw = b'{"data": {"type": "appStoreVersions", "id": "v", "attributes": {"copyright": null}}}'
    doc = decode(raw, models.AppStoreVersionUpdateRequest, strict=True)
    assert doc.data.attributes.copyright is None
    not_nullable = b'{"data": {"type": "apps", "id": "1", "attributes": {"name": null}}, "links": {"self": "s"}}'
    assert decode(not_nullable, models.AppResponse).data.attributes.name is None
    with pytest.raises(ResponseDecodeError, match="null not allowed"):
        decode(not_nullable, models.AppResponse, strict=True)


def test_error_documents_decode_with_either_source_shape() -> None:
    raw = b'{"errors": [{"status": "409", "code": "ENTITY_ERROR", "title": "t", "detail": "d", "source": {"pointer": "/data/attributes/name"}, "links": {"associated": "https://x"}}, {"status": "400", "code": "PARAMETER_ERROR", "title": "t", "detail": "d", "source": {"parameter": "filter[x]"}, "meta": {"associatedErrors": {"/v1/x": []}}}]}'
    doc = decode(raw, models.ErrorResponse, strict=True)
    assert doc.errors[0].source == {"pointer": "/data/attributes/name"}
    assert doc.errors[0].links.associated == "https://x"
    assert doc.errors[1].meta == {"associatedErrors": {"/v1/x": []}}


def test_models_package_is_lazy_and_complete() -> None:
    assert "App" in dir(models) and models.App.__module__ == "ascapi.models.app"
    assert models.csv is str and models.gzip is bytes
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


def test_request_models_encode_without_unset_members() -> None:
    body = models.AppStoreVersionUpdateRequest(
        data=models.AppStoreVersionUpdateRequestData(
            type="appStoreVersions", id="v",
            attributes=models.AppStoreVersionUpdateRequestDataAttributes(version_string="2.1", copyright=None)))
    assert ascapi._jsonapi.encode(body) == (
        b'{"data":{"type":"appStoreVersions","id":"v","attributes":{"versionString":"2.1","copyright":null}}}')


def test_every_model_resolves_its_annotations_and_decodes_an_empty_object() -> None:
    names = [n for n in dir(models) if n[:1].isupper()]
    assert len(names) > 1393
    for name in names:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, msgspec.Struct):
            assert isinstance(decode(b"{}", cls), cls), name  # builds the decoder: all types resolve


def test_included_types_follow_each_documents_discriminator() -> None:
    # `inAppPurchases` is the v1 InAppPurchase in AppResponse, InAppPurchaseV2 elsewhere
    purchase = (b'{"type": "inAppPurchases", "id": "i1", '
                b'"attributes": {"inAppPurchaseType": "FREE_SUBSCRIPTION"}}')
    app = (b'{"data": {"type": "apps", "id": "1"}, "links": {"self": "s"}, "included": ['
           + purchase + b"]}")
    doc = decode(app, models.AppResponse, strict=True)  # a v1-only enum value
    assert type(doc.included[0]) is models.InAppPurchase
    promoted = (b'{"data": {"type": "promotedPurchases", "id": "p1"}, "links": {"self": "s"},'
                b'"included": [' + purchase + b"]}")
    doc2 = decode(promoted, models.PromotedPurchaseResponse)
    assert type(doc2.included[0]) is models.InAppPurchaseV2
    with pytest.raises(ResponseDecodeError) as info:
        decode(promoted, models.PromotedPurchaseResponse, strict=True)
    assert info.value.path == "$.included[0].attributes.inAppPurchaseType"
