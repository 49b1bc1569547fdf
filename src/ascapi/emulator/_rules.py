"""The few business rules of App Store Connect the emulator keeps, beyond generic JSON:API."""

from __future__ import annotations

from typing import Any

from ._errors import entity_error
from ._store import Store

# localization fields Apple copies from the previous version into a new one
COPIED = ("description", "keywords", "marketingUrl", "promotionalText", "supportUrl")


def before_create(store: Store, rtype: str, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
    if "uploadOperations" in store.index.attributes(rtype) and not attrs.get("fileSize", 0) > 0:
        raise entity_error("ATTRIBUTE.INVALID", "The file size must be greater than zero.",
                           "/data/attributes/fileSize")
    if rtype == "appStoreVersions" and rels.get("app"):
        for vid in store.linked("apps", rels["app"], "appStoreVersions"):
            other = store.get("appStoreVersions", vid)["attributes"]
            if (other.get("versionString"), other.get("platform")) == (attrs.get("versionString"), attrs.get("platform")):
                raise entity_error(
                    "ATTRIBUTE.INVALID.DUPLICATE",
                    f"You've already used the version number {attrs.get('versionString')}.",
                    "/data/attributes/versionString",
                )
    if rtype == "bundleIds":
        for _, rec in store.all("bundleIds"):
            if rec["attributes"].get("identifier") == attrs.get("identifier"):
                raise entity_error(
                    "ATTRIBUTE.INVALID",
                    f"An App ID with Identifier '{attrs.get('identifier')}' is not available.",
                    "/data/attributes/identifier",
                )


def after_create(store: Store, rtype: str, ident: str, rels: dict[str, Any]) -> None:
    """Apple creates the primary-locale localization of a new version, copied from the last one."""
    if rtype != "appStoreVersions" or not rels.get("app"):
        return
    app = store.get("apps", rels["app"])
    locale = app["attributes"].get("primaryLocale") or "en-US"
    mine = store.linked("appStoreVersions", ident, "appStoreVersionLocalizations")
    if any(store.get("appStoreVersionLocalizations", i)["attributes"].get("locale") == locale for i in mine):
        return
    previous: dict[str, Any] = {}
    for vid in store.linked("apps", rels["app"], "appStoreVersions"):
        if vid == ident:
            continue
        for lid in store.linked("appStoreVersions", vid, "appStoreVersionLocalizations"):
            loc = store.get("appStoreVersionLocalizations", lid)["attributes"]
            if loc.get("locale") == locale:
                previous = loc
    attrs = {"locale": locale, **{k: previous[k] for k in COPIED if k in previous}}
    store.insert("appStoreVersionLocalizations", attrs, {"appStoreVersion": ident})
