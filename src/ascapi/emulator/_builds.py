"""Build uploads: once the binary of a build upload is committed, App Store Connect processes it
into a build.

A build upload starts `AWAITING_UPLOAD`; committing its `ASSET` file makes it `PROCESSING` (with
`uploadedDate`), and after a couple of polls it ends `COMPLETE`, with a new `builds` record
(version = build number, under the app and the pre-release version of the marketing version) on
its `build` relationship, or `FAILED` with Apple-style errors: those of the file, a build number
already used for that version, or an error queued with `Emulator.reject_next_build`.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from typing import Any

from ._store import Record, Store
from ._uploads import PROCESSING_POLLS, Uploads

BUILD_LIFETIME = dt.timedelta(days=90)  # TestFlight builds expire after 90 days
FILE_RELATIONSHIPS = {"ASSET": "assetFile", "ASSET_DESCRIPTION": "assetDescriptionFile",
                      "ASSET_SPI": "assetSpiFile"}


def upload_state(state: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """`BuildUpload.attributes.state`: the BuildUploadState and its details."""
    return {"errors": list(errors or []), "warnings": [], "infos": [], "state": state}


def stamp(moment: float) -> str:
    return dt.datetime.fromtimestamp(moment, dt.timezone.utc).isoformat(timespec="milliseconds")


def redundant_binary(build_number: str, version: str) -> dict[str, str]:
    return {"code": "90189", "description": (
        f"Redundant Binary Upload. You've already uploaded a build with build number '{build_number}' "
        f"for version number '{version}'. Make sure you increment the build string before you upload "
        "your app to App Store Connect.")}


class BuildUploads:
    def __init__(self, store: Store, uploads: Uploads, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.uploads = uploads
        self.clock = clock
        self.polls: dict[str, int] = {}  # build upload id -> GETs while PROCESSING
        self.reject: list[dict[str, str]] = []  # errors for the next build uploads to be processed
        self.rejected: dict[str, dict[str, str]] = {}

    # ---- hooks ----------------------------------------------------------------------
    def after_create(self, rtype: str, ident: str, rels: dict[str, Any]) -> None:
        """A new file is the build upload's asset (or description, or SPI) file."""
        if rtype != "buildUploadFiles" or not rels.get("buildUpload"):
            return
        kind = self.store.get(rtype, ident)["attributes"].get("assetType")
        rel = FILE_RELATIONSHIPS.get(str(kind))
        if rel is not None:
            self.store.set_to_one("buildUploads", rels["buildUpload"], rel, ident)

    def committed(self, rtype: str, ident: str) -> None:
        """The binary is in: its build upload starts processing."""
        if rtype != "buildUploadFiles":
            return
        if self.store.get(rtype, ident)["attributes"].get("assetType") != "ASSET":
            return
        for upload in self.store.linked(rtype, ident, "buildUpload"):
            attrs = self.store.get("buildUploads", upload)["attributes"]
            attrs["state"] = upload_state("PROCESSING")
            attrs["uploadedDate"] = stamp(self.clock())
            if self.reject:
                self.rejected[upload] = self.reject.pop(0)

    def observe(self, rtype: str, ident: str, rec: Record) -> None:
        """Called on every GET of a build upload: processing ends after a couple of polls."""
        if rtype != "buildUploads" or (rec["attributes"].get("state") or {}).get("state") != "PROCESSING":
            return
        self.polls[ident] = self.polls.get(ident, 0) + 1
        if self.polls[ident] >= PROCESSING_POLLS:
            self._finish(ident, rec)

    def forget(self, rtype: str, ident: str) -> None:
        if rtype == "buildUploads":
            self.polls.pop(ident, None)
            self.rejected.pop(ident, None)

    # ---- processing -----------------------------------------------------------------
    def _finish(self, ident: str, rec: Record) -> None:
        errors = self._file_errors(ident)
        if ident in self.rejected:
            errors.append(self.rejected.pop(ident))
        attrs = rec["attributes"]
        apps = self.store.linked("buildUploads", ident, "app")
        app = apps[0] if apps else None
        if not errors and app is not None and self._existing_build(app, attrs) is not None:
            errors.append(redundant_binary(str(attrs.get("cfBundleVersion")),
                                           str(attrs.get("cfBundleShortVersionString"))))
        self.polls.pop(ident, None)
        self.store.touch()
        if errors or app is None:
            attrs["state"] = upload_state("FAILED", errors)
            return
        self._create_build(ident, app, attrs)
        attrs["state"] = upload_state("COMPLETE")

    def _file_errors(self, ident: str) -> list[dict[str, str]]:
        """The files finish processing with their build upload; their errors are its errors."""
        errors: list[dict[str, str]] = []
        for file_id in self.store.linked("buildUploads", ident, "buildUploadFiles"):
            errors += self.uploads.finish("buildUploadFiles", file_id, self.store.get("buildUploadFiles", file_id))
        return errors

    def _existing_build(self, app: str, attrs: dict[str, Any]) -> str | None:
        """The app's build with this build number for the same marketing version and platform."""
        for build in self.store.linked("apps", app, "builds"):
            if self.store.get("builds", build)["attributes"].get("version") != attrs.get("cfBundleVersion"):
                continue
            for version in self.store.linked("builds", build, "preReleaseVersion"):
                prv = self.store.get("preReleaseVersions", version)["attributes"]
                if (prv.get("version"), prv.get("platform")) == (
                        attrs.get("cfBundleShortVersionString"), attrs.get("platform")):
                    return build
        return None

    def _create_build(self, ident: str, app: str, attrs: dict[str, Any]) -> str:
        uploaded = attrs.get("uploadedDate") or stamp(self.clock())
        expires = dt.datetime.fromisoformat(uploaded) + BUILD_LIFETIME
        build = self.store.insert("builds", {
            "version": attrs.get("cfBundleVersion"), "uploadedDate": uploaded,
            "expirationDate": expires.isoformat(timespec="milliseconds"), "expired": False,
            "processingState": "VALID", "buildAudienceType": "APP_STORE_ELIGIBLE",
        }, {"app": app, "preReleaseVersion": self._pre_release_version(app, attrs)})
        self.store.set_to_one("buildUploads", ident, "build", build)
        return build

    def _pre_release_version(self, app: str, attrs: dict[str, Any]) -> str:
        """The app's TestFlight version for the marketing version, made on its first build."""
        version, platform = attrs.get("cfBundleShortVersionString"), attrs.get("platform")
        for ident in self.store.linked("apps", app, "preReleaseVersions"):
            prv = self.store.get("preReleaseVersions", ident)["attributes"]
            if (prv.get("version"), prv.get("platform")) == (version, platform):
                return ident
        ident = str(uuid.uuid5(uuid.NAMESPACE_URL, f"preReleaseVersions/{app}/{platform}/{version}"))
        return self.store.insert("preReleaseVersions", {"version": version, "platform": platform},
                                 {"app": app}, ident=ident)
