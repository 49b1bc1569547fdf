"""Build uploads: the build upload's own state, and the build Apple makes of it."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.emulator import Emulator
from ascapi.uploads import AssetProcessingError, upload_build

from .conftest import needs_spec, schema_errors
from .test_uploads import put_parts

BINARY = bytes(range(256)) * 500


def app_id(api: httpx.Client) -> str:
    return str(api.get("/v1/apps", params={"filter[bundleId]": "com.example.notes"}).json()["data"][0]["id"])


def create_build_upload(api: httpx.Client, app: str, version: str = "3.0", number: str = "300") -> dict[str, Any]:
    response = api.post("/v1/buildUploads", json={"data": {
        "type": "buildUploads",
        "attributes": {"cfBundleShortVersionString": version, "cfBundleVersion": number, "platform": "IOS"},
        "relationships": {"app": {"data": {"type": "apps", "id": app}}}}})
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


def send_binary(api: httpx.Client, upload: httpx.Client, build_upload: str, content: bytes = BINARY) -> str:
    made = api.post("/v1/buildUploadFiles", json={"data": {
        "type": "buildUploadFiles",
        "attributes": {"fileName": "App.ipa", "fileSize": len(content), "uti": "com.apple.ipa", "assetType": "ASSET"},
        "relationships": {"buildUpload": {"data": {"type": "buildUploads", "id": build_upload}}}}})
    assert made.status_code == 201, made.text
    file_id = str(made.json()["data"]["id"])
    put_parts(upload, made.json()["data"]["attributes"]["uploadOperations"], content)
    checksums = {"file": {"hash": hashlib.md5(content).hexdigest(), "algorithm": "MD5"}}
    done = api.patch(f"/v1/buildUploadFiles/{file_id}", json={"data": {
        "type": "buildUploadFiles", "id": file_id, "attributes": {"uploaded": True, "sourceFileChecksums": checksums}}})
    assert done.status_code == 200, done.text
    return file_id


def poll(api: httpx.Client, build_upload: str, times: int = 2, **params: str) -> dict[str, Any]:
    for _ in range(times):
        response = api.get(f"/v1/buildUploads/{build_upload}", params=params)
    return dict(response.json())


@pytest.fixture
def upload(emu: Emulator) -> httpx.Client:
    return httpx.Client(transport=emu.transport())


def test_app_lists_its_new_build_upload(api: httpx.Client) -> None:
    app = app_id(api)
    made = create_build_upload(api, app)
    assert made["attributes"]["state"] == {"errors": [], "warnings": [], "infos": [], "state": "AWAITING_UPLOAD"}
    listed = api.get(f"/v1/apps/{app}/buildUploads").json()
    assert [item["id"] for item in listed["data"]] == [made["id"]]
    linkages = api.get(f"/v1/apps/{app}/relationships/buildUploads").json()["data"]
    assert linkages == [{"type": "buildUploads", "id": made["id"]}]


def test_committed_binary_is_processed_into_a_build(api: httpx.Client, upload: httpx.Client) -> None:
    app = app_id(api)
    build_upload = create_build_upload(api, app)["id"]
    file_id = send_binary(api, upload, build_upload)
    first = poll(api, build_upload, times=1)["data"]["attributes"]
    assert first["state"]["state"] == "PROCESSING" and "uploadedDate" in first
    done = poll(api, build_upload, times=1, include="build,assetFile")
    assert done["data"]["attributes"]["state"] == {"errors": [], "warnings": [], "infos": [], "state": "COMPLETE"}
    assert done["data"]["relationships"]["assetFile"]["data"] == {"type": "buildUploadFiles", "id": file_id}
    build = done["data"]["relationships"]["build"]["data"]["id"]
    attrs = api.get(f"/v1/builds/{build}").json()["data"]["attributes"]
    assert attrs["version"] == "300" and attrs["processingState"] == "VALID"
    assert attrs["uploadedDate"] == first["uploadedDate"] and attrs["expired"] is False
    assert api.get(f"/v1/builds/{build}/app").json()["data"]["id"] == app
    pre_release = api.get(f"/v1/builds/{build}/preReleaseVersion").json()["data"]
    assert pre_release["attributes"] == {"version": "3.0", "platform": "IOS"}
    assert build in [b["id"] for b in api.get(f"/v1/preReleaseVersions/{pre_release['id']}/builds").json()["data"]]
    linked = api.get(f"/v1/builds/{build}", params={"include": "buildUpload"}).json()["data"]["relationships"]
    assert linked["buildUpload"]["data"] == {"type": "buildUploads", "id": build_upload}
    file_state = api.get(f"/v1/buildUploadFiles/{file_id}").json()["data"]["attributes"]["assetDeliveryState"]
    assert file_state["state"] == "COMPLETE"


def test_a_build_of_a_known_marketing_version_joins_its_pre_release_version(
    api: httpx.Client, upload: httpx.Client
) -> None:
    app = app_id(api)
    build_upload = create_build_upload(api, app, "1.2.0", "106")["id"]
    send_binary(api, upload, build_upload)
    assert poll(api, build_upload)["data"]["attributes"]["state"]["state"] == "COMPLETE"
    files = api.get(f"/v1/buildUploads/{build_upload}/relationships/buildUploadFiles").json()["data"]
    assert len(files) == 1
    versions = api.get("/v1/preReleaseVersions", params={"filter[app]": app, "filter[version]": "1.2.0"}).json()["data"]
    assert len(versions) == 1
    assert len(api.get(f"/v1/preReleaseVersions/{versions[0]['id']}/builds").json()["data"]) == 2


def test_rejected_build_fails_with_apples_errors(emu: Emulator, api: httpx.Client, upload: httpx.Client) -> None:
    emu.reject_next_build("90035", "Invalid Signature.")
    build_upload = create_build_upload(api, app_id(api))["id"]
    file_id = send_binary(api, upload, build_upload)
    done = poll(api, build_upload)["data"]
    assert done["attributes"]["state"] == {"errors": [{"code": "90035", "description": "Invalid Signature."}],
                                           "warnings": [], "infos": [], "state": "FAILED"}
    assert "data" not in api.get(f"/v1/buildUploads/{build_upload}", params={"include": "build"}).json()[
        "data"]["relationships"].get("build", {})
    assert api.get(f"/v1/buildUploadFiles/{file_id}").json()["data"]["attributes"]["assetDeliveryState"][
        "state"] == "COMPLETE"


def test_rejected_binary_fails_the_build_upload_too(emu: Emulator, api: httpx.Client, upload: httpx.Client) -> None:
    emu.reject_next_asset("90062", "This bundle is invalid.")
    build_upload = create_build_upload(api, app_id(api))["id"]
    file_id = send_binary(api, upload, build_upload)
    state = poll(api, build_upload)["data"]["attributes"]["state"]
    assert state["state"] == "FAILED" and state["errors"] == [{"code": "90062", "description": "This bundle is invalid."}]
    assert api.get(f"/v1/buildUploadFiles/{file_id}").json()["data"]["attributes"]["assetDeliveryState"][
        "state"] == "FAILED"


def test_build_number_used_before_for_the_version_is_redundant(api: httpx.Client, upload: httpx.Client) -> None:
    app = app_id(api)
    build_upload = create_build_upload(api, app, "1.0.0", "100")["id"]  # the seed's first build
    send_binary(api, upload, build_upload)
    state = poll(api, build_upload)["data"]["attributes"]["state"]
    assert state["state"] == "FAILED" and state["errors"][0]["code"] == "90189"
    assert "Redundant Binary Upload" in state["errors"][0]["description"]


@needs_spec
def test_build_upload_documents_validate(api: httpx.Client, upload: httpx.Client) -> None:
    app = app_id(api)
    made = create_build_upload(api, app)
    assert not schema_errors("BuildUploadResponse", {"data": made, "links": {"self": "https://x.example/"}})
    send_binary(api, upload, made["id"])
    for _ in range(2):
        document = api.get(f"/v1/buildUploads/{made['id']}", params={"include": "build"}).json()
        assert not schema_errors("BuildUploadResponse", document)
    build = document["data"]["relationships"]["build"]["data"]["id"]
    assert not schema_errors("BuildResponse", api.get(f"/v1/builds/{build}").json())
    assert not schema_errors("BuildUploadsResponse", api.get(f"/v1/apps/{app}/buildUploads").json())


def test_upload_build_waits_for_the_build_on_a_strict_client(emu: Emulator) -> None:
    with ascapi.Client(emu.credentials(), transport=emu.transport(), strict=True) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
        result = upload_build(client, app.id, BINARY, file_name="App.ipa", version="3.1", build_number="310",
                              wait_for_build=True, poll_interval=0.01, sleep=lambda _: None)
        assert result.state == "COMPLETE" and result.errors == []
        builds = client._call("GET", "/v1/builds", params={"filter[version]": "310"}, response_type=dict)["data"]
        assert [b["attributes"]["processingState"] for b in builds] == ["VALID"]
        emu.reject_next_build()
        with pytest.raises(AssetProcessingError) as info:
            upload_build(client, app.id, BINARY, file_name="App.ipa", version="3.1", build_number="311",
                         wait_for_build=True, poll_interval=0.01, sleep=lambda _: None)
    assert info.value.resource_type == "buildUploads" and info.value.codes == ["90035"]
