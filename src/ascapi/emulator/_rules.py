"""The few business rules of App Store Connect the emulator keeps, beyond generic JSON:API."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from ._errors import entity_error
from ._store import Store

# localization fields Apple copies from the previous version into a new one
COPIED = ("description", "keywords", "marketingUrl", "promotionalText", "supportUrl")

# the locales App Store Connect offers for App Store metadata
APP_STORE_LOCALES = frozenset({
    "ar-SA", "bn-BD", "ca", "cs", "da", "de-DE", "el", "en-AU", "en-CA", "en-GB", "en-US", "es-ES", "es-MX",
    "fi", "fr-CA", "fr-FR", "gu-IN", "he", "hi", "hr", "hu", "id", "it", "ja", "kn-IN", "ko", "ml-IN", "mr-IN",
    "ms", "nl-NL", "no", "or-IN", "pa-IN", "pl", "pt-BR", "pt-PT", "ro", "ru", "sk", "sl-SI", "sv", "ta-IN",
    "te-IN", "th", "tr", "uk", "ur-PK", "vi", "zh-Hans", "zh-Hant",
})
# localized resource type -> the to-one parent that holds one localization per locale
LOCALIZATION_PARENT = {"appStoreVersionLocalizations": "appStoreVersion", "appInfoLocalizations": "appInfo"}
# character limits Apple enforces on App Store metadata
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "appStoreVersionLocalizations": {"description": 4000, "whatsNew": 4000, "promotionalText": 170, "keywords": 100},
    "appInfoLocalizations": {"name": 30, "subtitle": 30},
}
# states of a version that is on (or gone from) the store; any other state is "in flight", and
# Apple keeps one in-flight version per platform
SETTLED_STATES = frozenset({
    "READY_FOR_SALE", "PREORDER_READY_FOR_SALE", "REPLACED_WITH_NEW_VERSION", "REMOVED_FROM_SALE",
    "DEVELOPER_REMOVED_FROM_SALE", "NOT_APPLICABLE",
})
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def before_create(store: Store, rtype: str, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
    if "uploadOperations" in store.index.attributes(rtype) and not attrs.get("fileSize", 0) > 0:
        raise entity_error("ATTRIBUTE.INVALID", "The file size must be greater than zero.",
                           "/data/attributes/fileSize")
    check_text(rtype, attrs)
    rule = _CREATE_RULES.get(rtype)
    if rule is not None:
        rule(store, attrs, rels)


def check_text(rtype: str, attrs: dict[str, Any]) -> None:
    """Apple's character limits on metadata, on create and on update."""
    for name, limit in TEXT_LIMITS.get(rtype, {}).items():
        value = attrs.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise entity_error("ATTRIBUTE.INVALID.TOO_LONG",
                               f"The {name} can not be longer than {limit} characters (it has {len(value)}).",
                               f"/data/attributes/{name}")


def _versions_of(store: Store, app: str) -> list[dict[str, Any]]:
    return [store.get("appStoreVersions", v)["attributes"] for v in store.linked("apps", app, "appStoreVersions")]


def _check_version(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
    if not rels.get("app"):
        return
    mine = [v for v in _versions_of(store, rels["app"]) if v.get("platform") == attrs.get("platform")]
    if any(v.get("versionString") == attrs.get("versionString") for v in mine):
        raise entity_error(
            "ATTRIBUTE.INVALID.DUPLICATE",
            f"You've already used the version number {attrs.get('versionString')}.",
            "/data/attributes/versionString",
        )
    in_flight = [v for v in mine if v.get("appStoreState") not in SETTLED_STATES]
    if in_flight:
        other = in_flight[0]
        raise entity_error(
            "RELATIONSHIP.INVALID",
            "You cannot create a new version of the App in the current state. "
            f"Version {other.get('versionString')} ({other.get('appStoreState')}) is still in progress "
            f"for {attrs.get('platform')}: edit that version, or wait until it is released.",
            "/data/relationships/app",
        )


def _check_bundle_id(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
    for _, rec in store.all("bundleIds"):
        if rec["attributes"].get("identifier") == attrs.get("identifier"):
            raise entity_error(
                "ATTRIBUTE.INVALID",
                f"An App ID with Identifier '{attrs.get('identifier')}' is not available.",
                "/data/attributes/identifier",
            )


def _check_localization(rtype: str, parent_rel: str) -> Callable[[Store, dict[str, Any], dict[str, Any]], None]:
    """A known App Store locale, and one localization per locale of the parent (the parent's
    to-many relationship is named after the localization type)."""

    def check(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        locale = attrs.get("locale")
        if locale not in APP_STORE_LOCALES:
            raise entity_error("ATTRIBUTE.INVALID", f"'{locale}' is not a valid App Store locale.",
                               "/data/attributes/locale")
        parent, parent_type = rels.get(parent_rel), (store.rel_info(rtype, parent_rel) or {}).get("type")
        if not parent or not parent_type:
            return
        for sibling in store.linked(parent_type, parent, rtype):
            if store.get(rtype, sibling)["attributes"].get("locale") == locale:
                raise entity_error("ATTRIBUTE.INVALID.DUPLICATE",
                                   f"A localization for the locale '{locale}' already exists.",
                                   "/data/attributes/locale")

    return check


def _check_beta_tester(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
    email = attrs.get("email")
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        raise entity_error("ATTRIBUTE.INVALID", f"'{email}' is not a valid email address.",
                           "/data/attributes/email")
    groups = set(rels.get("betaGroups") or [])
    apps = {store.linked("builds", b, "app")[0] for b in rels.get("builds") or []
            if store.linked("builds", b, "app")}
    for tester, rec in store.all("betaTesters"):
        if str(rec["attributes"].get("email", "")).casefold() != email.casefold():
            continue
        if groups & set(store.linked("betaTesters", tester, "betaGroups")) or \
                apps & set(store.linked("betaTesters", tester, "apps")):
            raise entity_error("ATTRIBUTE.INVALID.DUPLICATE",
                               f"A beta tester with the email '{email}' is already a tester of this group or app.",
                               "/data/attributes/email")


def _one_set_per_type(rtype: str, attr: str, noun: str) -> Callable[[Store, dict[str, Any], dict[str, Any]], None]:
    """A localization (or custom page, or treatment) has one screenshot/preview set per display type."""

    def check(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        for rel, parent in rels.items():
            inverse = store.inverse(rtype, rel)
            if not isinstance(parent, str) or inverse is None or inverse[1] != rtype:
                continue
            for sibling in store.linked(inverse[0], parent, rtype):
                if store.get(rtype, sibling)["attributes"].get(attr) == attrs.get(attr):
                    raise entity_error("ATTRIBUTE.INVALID.DUPLICATE",
                                       f"A {noun} set with the {attr} '{attrs.get(attr)}' already exists for this "
                                       f"{rel}: add to that set ({sibling}) instead.", f"/data/attributes/{attr}")

    return check


def _at_most(rtype: str, rel: str, limit: int) -> Callable[[Store, dict[str, Any], dict[str, Any]], None]:
    """Apple's cap on the assets of one set: 10 screenshots, 3 previews."""

    def check(store: Store, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        parent = rels.get(rel)
        inverse = store.inverse(rtype, rel)
        if isinstance(parent, str) and inverse is not None and \
                len(store.linked(inverse[0], parent, inverse[1])) >= limit:
            raise entity_error("RELATIONSHIP.INVALID", f"The {rel} {parent} already holds the most {rtype} "
                               f"allowed ({limit}); delete one first.", f"/data/relationships/{rel}")

    return check


_CREATE_RULES: dict[str, Callable[[Store, dict[str, Any], dict[str, Any]], None]] = {
    "appScreenshotSets": _one_set_per_type("appScreenshotSets", "screenshotDisplayType", "screenshot"),
    "appPreviewSets": _one_set_per_type("appPreviewSets", "previewType", "preview"),
    "appScreenshots": _at_most("appScreenshots", "appScreenshotSet", 10),
    "appPreviews": _at_most("appPreviews", "appPreviewSet", 3),
    "appStoreVersions": _check_version,
    "bundleIds": _check_bundle_id,
    "betaTesters": _check_beta_tester,
    **{rtype: _check_localization(rtype, parent) for rtype, parent in LOCALIZATION_PARENT.items()},
}


def after_update(rtype: str, rec: dict[str, Any], attrs: dict[str, Any], now: float) -> None:
    """Submitting a review submission dates it and puts it in the queue; canceling withdraws it."""
    if rtype != "reviewSubmissions":
        return
    if attrs.get("submitted") is True and rec["attributes"].get("state") == "READY_FOR_REVIEW":
        moment = dt.datetime.fromtimestamp(now, dt.timezone.utc)
        rec["attributes"].update(state="WAITING_FOR_REVIEW", submittedDate=moment.isoformat(timespec="milliseconds"))
    elif attrs.get("canceled") is True and rec["attributes"].get("state") in ("WAITING_FOR_REVIEW", "IN_REVIEW"):
        rec["attributes"]["state"] = "CANCELING"


def after_create(store: Store, rtype: str, ident: str, rels: dict[str, Any]) -> None:
    if rtype == "betaTesters":
        _tester_joins_apps(store, ident, rels)
    if rtype == "appStoreVersions" and rels.get("app"):
        _primary_localization(store, ident, rels["app"])


def _tester_joins_apps(store: Store, ident: str, rels: dict[str, Any]) -> None:
    """A tester invited through a group or a build becomes a tester of that app."""
    for group in rels.get("betaGroups") or []:
        for app in store.linked("betaGroups", group, "app"):
            store.link("betaTesters", ident, "apps", app)
    for build in rels.get("builds") or []:
        for app in store.linked("builds", build, "app"):
            store.link("betaTesters", ident, "apps", app)


def _primary_localization(store: Store, ident: str, app_id: str) -> None:
    """Apple creates the primary-locale localization of a new version, copied from the last one."""
    app = store.get("apps", app_id)
    locale = app["attributes"].get("primaryLocale") or "en-US"
    mine = store.linked("appStoreVersions", ident, "appStoreVersionLocalizations")
    if any(store.get("appStoreVersionLocalizations", i)["attributes"].get("locale") == locale for i in mine):
        return
    previous: dict[str, Any] = {}
    for vid in store.linked("apps", app_id, "appStoreVersions"):
        if vid == ident:
            continue
        for lid in store.linked("appStoreVersions", vid, "appStoreVersionLocalizations"):
            loc = store.get("appStoreVersionLocalizations", lid)["attributes"]
            if loc.get("locale") == locale:
                previous = loc
    attrs = {"locale": locale, **{k: previous[k] for k in COPIED if k in previous}}
    store.insert("appStoreVersionLocalizations", attrs, {"appStoreVersion": ident})
