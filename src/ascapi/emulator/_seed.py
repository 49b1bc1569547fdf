"""Deterministic seed data: a small, realistic demo team, the same for the same seed."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from ._builds import upload_state
from ._store import Store

APPS = (
    ("Example Notes", "com.example.notes", "EXAMPLE-NOTES-001"),
    ("Trail Tracker", "com.example.trailtracker", "EXAMPLE-TRAIL-002"),
    ("Pocket Budget", "com.example.pocketbudget", "EXAMPLE-BUDGET-003"),
    ("Sky Lens", "com.example.skylens", "EXAMPLE-SKY-004"),
)
# (versionString, appStoreState, appVersionState) from the oldest to the newest
VERSIONS = (
    ("1.0.0", "READY_FOR_SALE", "READY_FOR_DISTRIBUTION"),
    ("1.1.0", "READY_FOR_SALE", "READY_FOR_DISTRIBUTION"),
    ("1.2.0", "WAITING_FOR_REVIEW", "WAITING_FOR_REVIEW"),
    ("2.0.0", "PREPARE_FOR_SUBMISSION", "PREPARE_FOR_SUBMISSION"),
)
# the marketing version (pre-release version) of each of an app's six builds, oldest first
BUILD_VERSIONS = ("1.0.0", "1.0.0", "1.0.0", "1.1.0", "1.2.0", "2.0.0")
LOCALES = ("en-US", "de-DE", "ja")
FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim",
         "Margaret", "Dennis", "Hedy", "Linus", "Karen", "John", "Sophie", "Niklaus", "Shafi", "Guido")
LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman",
        "Berners-Lee", "Hamilton", "Ritchie", "Lamarr", "Torvalds", "Jones", "McCarthy", "Wilson",
        "Wirth", "Goldwasser", "van Rossum")
TERRITORIES = (("USA", "USD"), ("DEU", "EUR"), ("FRA", "EUR"), ("GBR", "GBP"), ("JPN", "JPY"),
               ("CAN", "CAD"), ("AUS", "AUD"), ("CHE", "CHF"), ("ITA", "EUR"), ("ESP", "EUR"),
               ("NLD", "EUR"), ("SWE", "SEK"), ("NOR", "NOK"), ("DNK", "DKK"), ("BRA", "BRL"),
               ("MEX", "MXN"), ("IND", "INR"), ("CHN", "CNY"), ("KOR", "KRW"), ("SGP", "SGD"))
PRICES = ("0.99", "1.99", "2.99", "4.99", "9.99", "19.99")
DEVICE_COUNT = 1200
EPOCH = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.timezone.utc)


def _ts(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def defaults_for(rtype: str, now: float) -> dict[str, Any]:
    """Attributes Apple fills in on create."""
    stamp = _ts(dt.datetime.fromtimestamp(now, dt.timezone.utc))
    if rtype == "appStoreVersions":
        return {"appStoreState": "PREPARE_FOR_SUBMISSION", "appVersionState": "PREPARE_FOR_SUBMISSION",
                "createdDate": stamp, "downloadable": True, "releaseType": "MANUAL", "reviewType": "APP_STORE"}
    if rtype == "betaGroups":
        return {"createdDate": stamp, "isInternalGroup": False, "publicLinkEnabled": False, "feedbackEnabled": True}
    if rtype == "betaTesters":
        return {"inviteType": "EMAIL", "state": "INVITED"}
    if rtype == "devices":
        return {"addedDate": stamp, "status": "ENABLED"}
    if rtype == "reviewSubmissions":  # submittedDate comes with the submission, not before
        return {"state": "READY_FOR_REVIEW"}
    if rtype == "buildUploads":
        return {"createdDate": stamp, "state": upload_state("AWAITING_UPLOAD")}
    if rtype == "profiles":
        return {"createdDate": stamp, "profileState": "ACTIVE"}
    return {}


def seed_team(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    territories = _territories(store)
    testers = _testers(store, rng)
    for n, (name, bundle, sku) in enumerate(APPS):
        _app(store, rng, n, name, bundle, sku, testers, territories)
    _team(store, rng)


def _territories(store: Store) -> list[str]:
    for code, currency in TERRITORIES:
        store.insert("territories", {"currency": currency}, ident=code)
    return [code for code, _ in TERRITORIES]


def _testers(store: Store, rng: random.Random) -> list[str]:
    ids = []
    for n in range(40):
        first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
        ids.append(store.insert("betaTesters", {
            "firstName": first, "lastName": last,
            "email": f"{first.lower()}.{last.lower().replace(' ', '')}{n}@example.com",
            "inviteType": "EMAIL" if n % 4 else "PUBLIC_LINK",
            "state": ("ACCEPTED", "INSTALLED", "INVITED")[n % 3],
        }))
    return ids


def _app(store: Store, rng: random.Random, n: int, name: str, bundle: str, sku: str,
         testers: list[str], territories: list[str]) -> None:
    bundle_id = store.insert("bundleIds", {"identifier": bundle, "name": name, "platform": "IOS",
                                           "seedId": "EXAMPLE123"})
    app = store.insert("apps", {
        "name": name, "bundleId": bundle, "sku": sku, "primaryLocale": "en-US",
        "isOrEverWasMadeForKids": False, "contentRightsDeclaration": "DOES_NOT_USE_THIRD_PARTY_CONTENT",
        "streamlinedPurchasingEnabled": True,
    })
    store.link("bundleIds", bundle_id, "app", app)
    store.insert("appInfos", {"appStoreState": "READY_FOR_SALE", "state": "READY_FOR_DISTRIBUTION",
                              "appStoreAgeRating": "FOUR_PLUS"}, {"app": app})
    pre_release = _pre_release_versions(store, app)
    builds = []
    for b, marketing in enumerate(BUILD_VERSIONS):
        uploaded = EPOCH + dt.timedelta(days=30 * b + n)
        builds.append(store.insert("builds", {
            "version": str(100 + b), "uploadedDate": _ts(uploaded),
            "expirationDate": _ts(uploaded + dt.timedelta(days=90)), "expired": b < 3,
            "minOsVersion": "17.0", "processingState": "VALID", "usesNonExemptEncryption": False,
            "buildAudienceType": "APP_STORE_ELIGIBLE",
        }, {"app": app, "preReleaseVersion": pre_release[marketing]}))
    versions = VERSIONS[: 2 + (n % 3)]
    for v, (version, store_state, version_state) in enumerate(versions):
        if v < len(versions) - 1:  # one version in progress per platform: the older ones were released
            store_state, version_state = VERSIONS[0][1:]
        _version(store, n, v, app, version, store_state, version_state, builds[min(v + 2, 5)])
    for g, (group, internal) in enumerate((("Internal Testers", True), ("Public Beta", False))):
        gid = store.insert("betaGroups", {
            "name": group, "isInternalGroup": internal, "createdDate": _ts(EPOCH + dt.timedelta(days=g)),
            "publicLinkEnabled": not internal, "feedbackEnabled": True, "hasAccessToAllBuilds": internal,
        }, {"app": app, "builds": builds[-2:]})
        for tester in testers[(n * 7 + g * 5) % 30 :][: 6 + g * 4]:
            store.link("betaGroups", gid, "betaTesters", tester)
            store.link("betaTesters", tester, "apps", app)
    for t, territory in enumerate(territories):
        for p, price in enumerate(PRICES):
            store.insert("appPricePoints", {"customerPrice": price, "proceeds": f"{float(price) * 0.7:.2f}"},
                         {"app": app, "territory": territory}, ident=f"{app}-{territory}-{t}{p}")


def _pre_release_versions(store: Store, app: str) -> dict[str, str]:
    """The TestFlight versions of an app, one per marketing version its builds carry. Their ids
    are derived from the app's, so adding them leaves every other seeded id as it was."""
    ids = {}
    for version in dict.fromkeys(BUILD_VERSIONS):
        ident = str(uuid.uuid5(uuid.NAMESPACE_URL, f"preReleaseVersions/{app}/IOS/{version}"))
        ids[version] = store.insert("preReleaseVersions", {"version": version, "platform": "IOS"},
                                    {"app": app}, ident=ident)
    return ids


def _version(store: Store, n: int, v: int, app: str, version: str, store_state: str,
             version_state: str, build: str) -> None:
    created = EPOCH + dt.timedelta(days=45 * v + n)
    vid = store.insert("appStoreVersions", {
        "platform": "IOS", "versionString": version, "appStoreState": store_state,
        "appVersionState": version_state, "copyright": "2025 Example Developer", "releaseType": "MANUAL",
        "reviewType": "APP_STORE", "createdDate": _ts(created), "downloadable": True,
    }, {"app": app, "build": build})
    for locale in LOCALES[: 1 + (v % 3)]:
        loc = store.insert("appStoreVersionLocalizations", {
            "locale": locale, "description": f"Version {version} of app {n + 1}, for {locale}.",
            "keywords": "notes,productivity,example", "whatsNew": f"Improvements in {version}.",
            "promotionalText": "Try it today.", "supportUrl": "https://example.com/support",
            "marketingUrl": "https://example.com",
        }, {"appStoreVersion": vid})
        store.insert("appScreenshotSets", {"screenshotDisplayType": "APP_IPHONE_67"},
                     {"appStoreVersionLocalization": loc})


def _team(store: Store, rng: random.Random) -> None:
    roles = (["ADMIN"], ["APP_MANAGER"], ["DEVELOPER"], ["MARKETING"], ["FINANCE", "SALES"])
    for n, role in enumerate(roles):
        store.insert("users", {"username": f"{FIRST[n].lower()}@example.com", "firstName": FIRST[n],
                               "lastName": LAST[n], "roles": role, "allAppsVisible": n < 2,
                               "provisioningAllowed": n < 3})
    classes = (("IPHONE", "iPhone 16 Pro"), ("IPAD", "iPad Pro (M4)"), ("MAC", "MacBook Pro"),
               ("APPLE_WATCH", "Apple Watch Series 10"))
    for n in range(DEVICE_COUNT):
        cls, model = classes[n % len(classes)]
        store.insert("devices", {
            "name": f"{FIRST[n % 20]}'s {model} #{n + 1}", "platform": "MAC_OS" if cls == "MAC" else "IOS",
            "udid": f"{rng.getrandbits(96):024X}", "deviceClass": cls, "model": model,
            "status": "DISABLED" if n % 10 == 9 else "ENABLED",
            "addedDate": _ts(EPOCH - dt.timedelta(hours=n)),
        })
    for n, kind in enumerate(("IOS_DEVELOPMENT", "IOS_DISTRIBUTION", "DEVELOPER_ID_APPLICATION")):
        store.insert("certificates", {
            "name": f"Example Developer {kind}", "displayName": "Example Developer", "certificateType": kind,
            "platform": "MAC_OS" if kind.startswith("DEVELOPER_ID") else "IOS",
            "serialNumber": f"{rng.getrandbits(64):016X}", "activated": True,
            "expirationDate": _ts(EPOCH + dt.timedelta(days=365 + n)),
        })
    bundles = [i for i, _ in store.all("bundleIds")]
    for n, kind in enumerate(("IOS_APP_DEVELOPMENT", "IOS_APP_STORE", "IOS_APP_ADHOC")):
        store.insert("profiles", {
            "name": f"Example {kind.title().replace('_', ' ')}", "platform": "IOS", "profileType": kind,
            "profileState": "ACTIVE", "uuid": f"{rng.getrandbits(128):032x}",
            "createdDate": _ts(EPOCH), "expirationDate": _ts(EPOCH + dt.timedelta(days=365)),
        }, {"bundleId": bundles[n % len(bundles)]})


def sample_value(name: str, desc: dict[str, Any]) -> Any:
    """A schema-valid value for an attribute descriptor of the spec index (None: leave it out)."""
    kind, fmt = desc.get("t"), desc.get("f")
    if desc.get("e"):
        return desc["e"][0]
    if kind == "string":
        return {"date-time": _ts(EPOCH), "date": "2025-06-02", "uri": "https://example.com/" + name,
                "email": "someone@example.com", "number": "1.5", "duration": "P1D"}.get(
            fmt or "", f"Example {name}")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    if kind == "array":
        item = desc.get("i") or {}
        value = sample_value(name, item) if item.get("t") not in ("object", "array", None) else None
        return [] if value is None else [value]
    return None


def populate_all_types(store: Store) -> None:
    """Give every resource type of the spec at least one record, linked on every relationship,
    so each GET route of the spec has something to answer (used by the conformance test)."""
    samples: dict[str, str] = {}
    for rtype, info in store.index.types.items():
        existing = store.all(rtype)
        if existing:
            samples[rtype] = existing[0][0]
            continue
        attrs = {}
        for name, desc in info.get("attributes", {}).items():
            value = sample_value(name, desc)
            if value is not None:
                attrs[name] = value
        samples[rtype] = store.insert(rtype, attrs)
    for rtype, info in store.index.types.items():
        for rel, rinfo in info.get("relationships", {}).items():
            target = rinfo.get("type")
            if target in samples and not store.linked(rtype, samples[rtype], rel):
                store.link(rtype, samples[rtype], rel, samples[target])
