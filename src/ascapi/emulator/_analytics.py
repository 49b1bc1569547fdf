"""Analytics reports: request -> reports -> instances -> segments, and the segment files.

Every app of the demo team has an ONGOING request whose reports carry daily, weekly and
monthly instances for recent dates (the last days, weeks and previous months). A segment is one gzipped, tab-separated file, served from the
upload/download host (not the API host) at a signed URL that refuses an Authorization header.
Its content is a function of the seed and the segment's place in the chain, so `checksum` (MD5)
and `sizeInBytes` are computed when a segment is first shown and stay stable after a restart.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import hmac
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._errors import entity_error
from ._http import Response, signed_expiry, text_response
from ._store import Record, Store

URL_LIFETIME = 3600  # seconds a segment URL stays valid
DAILY_INSTANCES = 7  # days of DAILY instances, ending yesterday
WEEKLY_INSTANCES = 2
MONTHLY_INSTANCES = 2  # previous months, each dated by its first day
SCALE = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 30}  # days a row of the granularity adds up
SEGMENT_PREFIX = "/analytics-segments/"
DEVICES = ("iPhone", "iPad", "Desktop", "Apple Vision")
PLATFORM_VERSIONS = ("iOS 18.5", "iOS 18.6", "iOS 26.0", "iPadOS 18.6", "macOS 15.6")
TERRITORIES = ("US", "DE", "GB", "JP", "FR", "CA", "AU", "BR")
SOURCES = ("App Store search", "App Store browse", "Web referrer", "App referrer", "Unavailable")


@dataclass(frozen=True)
class ReportKind:
    name: str
    category: str
    dimensions: tuple[tuple[str, tuple[str, ...]], ...]
    measures: tuple[tuple[str, int], ...]  # column, typical upper bound


CATALOG = (
    ReportKind("App Sessions Standard", "APP_USAGE",
               (("App Version", ("1.0.0", "1.1.0", "1.2.0")), ("Device", DEVICES),
                ("Platform Version", PLATFORM_VERSIONS), ("Source Type", SOURCES), ("Territory", TERRITORIES)),
               (("Sessions", 900), ("Total Session Duration", 54000), ("Unique Devices", 400))),
    ReportKind("App Crashes", "APP_USAGE",
               (("App Version", ("1.0.0", "1.1.0", "1.2.0")), ("Build", ("100", "101", "102", "103")),
                ("Device", DEVICES), ("Platform Version", PLATFORM_VERSIONS)),
               (("Crashes", 40), ("Unique Devices", 30))),
    ReportKind("App Store Installation and Deletion Standard", "APP_USAGE",
               (("Event", ("Install", "Delete")), ("Download Type", ("First-time download", "Redownload")),
                ("Device", DEVICES), ("Territory", TERRITORIES)),
               (("Counts", 300), ("Unique Devices", 250))),
    ReportKind("App Downloads Standard", "COMMERCE",
               (("Download Type", ("First-time download", "Redownload", "Auto-update")),
                ("Device", DEVICES), ("Source Type", SOURCES), ("Pre-Order", ("", "Pre-Order")),
                ("Territory", TERRITORIES)),
               (("Counts", 500),)),
    ReportKind("App Store Purchases Standard", "COMMERCE",
               (("Purchase Type", ("Auto-renewable subscription", "Consumable", "Non-consumable")),
                ("Payment Method", ("Paid", "Free trial", "Offer code")), ("Device", DEVICES),
                ("Territory", TERRITORIES)),
               (("Purchases", 120), ("Proceeds in USD", 800), ("Sales in USD", 1100), ("Paying Users", 100))),
    ReportKind("App Store Discovery and Engagement Standard", "APP_STORE_ENGAGEMENT",
               (("Event", ("Impression", "Page view", "Tap")),
                ("Page Type", ("Product page", "Search", "Today tab", "Store sheet")),
                ("Source Type", SOURCES), ("Device", DEVICES), ("Territory", TERRITORIES)),
               (("Counts", 5000), ("Unique Counts", 3000))),
)
KINDS = {kind.name: kind for kind in CATALOG}


@dataclass(frozen=True)
class Lineage:
    """Where a segment sits: what its content is generated from."""

    app: str
    report: str
    granularity: str
    date: str
    part: int
    parts: int


class Analytics:
    def __init__(self, store: Store, seed: int, today: Callable[[], dt.date], clock: Callable[[], float]) -> None:
        self.store = store
        self.seed = seed
        self.today = today
        self.clock = clock
        self.secret = secrets.token_bytes(16)
        self._lineage: dict[str, Lineage] = {}
        self._files: dict[str, bytes] = {}

    # ---- state: requests and what Apple generates for them --------------------------------
    def seed_requests(self) -> None:
        """One ONGOING request per app, as a team that turned analytics on would have."""
        for app, _ in sorted(self.store.all("apps")):
            ident = self.store.insert("analyticsReportRequests",
                                      {"accessType": "ONGOING", "stoppedDueToInactivity": False}, {"app": app})
            self.after_create("analyticsReportRequests", ident, {"app": app})

    def before_create(self, rtype: str, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        """Apple keeps one ongoing request per app and answers a second one with 409."""
        if rtype != "analyticsReportRequests" or attrs.get("accessType") != "ONGOING":
            return
        for rid in self.store.linked("apps", str(rels.get("app")), "analyticsReportRequests"):
            other = self.store.get("analyticsReportRequests", rid)["attributes"]
            if other.get("accessType") == "ONGOING" and not other.get("stoppedDueToInactivity"):
                raise entity_error("DUPLICATE", "You already have such an entity: an ongoing analytics "
                                   "report request exists for this app.", "/data/attributes/accessType")

    def after_create(self, rtype: str, ident: str, rels: dict[str, Any]) -> None:
        if rtype != "analyticsReportRequests" or not rels.get("app"):
            return
        attrs = self.store.get(rtype, ident)["attributes"]
        attrs.setdefault("stoppedDueToInactivity", False)
        self.store.link("apps", rels["app"], "analyticsReportRequests", ident)
        for kind in CATALOG:
            report = self.store.insert("analyticsReports", {"name": kind.name, "category": kind.category})
            self.store.link("analyticsReportRequests", ident, "reports", report)
            self._instances(rels["app"], kind, report)

    def _instances(self, app: str, kind: ReportKind, report: str) -> None:
        yesterday = self.today() - dt.timedelta(days=1)
        dates = [("DAILY", yesterday - dt.timedelta(days=n)) for n in range(DAILY_INSTANCES)]
        last_monday = yesterday - dt.timedelta(days=yesterday.weekday() or 7)
        dates += [("WEEKLY", last_monday - dt.timedelta(weeks=n)) for n in range(WEEKLY_INSTANCES)]
        dates += [("MONTHLY", month) for month in previous_months(self.today(), MONTHLY_INSTANCES)]
        for granularity, day in dates:
            instance = self.store.insert("analyticsReportInstances",
                                         {"granularity": granularity, "processingDate": day.isoformat()})
            self.store.link("analyticsReports", report, "instances", instance)
            parts = 2 if random.Random(f"{self.seed}:{app}:{kind.name}:{day}").random() < 0.3 else 1
            for _ in range(parts):
                segment = self.store.insert("analyticsReportSegments", {})
                self.store.link("analyticsReportInstances", instance, "segments", segment)

    # ---- segments: attributes when shown, the file when downloaded ------------------------
    def observe(self, rtype: str, ident: str, rec: Record, origin: str) -> None:
        """Fill in a segment's checksum, size and a freshly signed URL on the download host."""
        if rtype != "analyticsReportSegments":
            return
        data = self.content(ident)
        if data is None:
            return
        expires = int(self.clock()) + URL_LIFETIME
        rec["attributes"].update({
            "checksum": hashlib.md5(data).hexdigest(),
            "sizeInBytes": len(data),
            "url": f"{origin}{SEGMENT_PREFIX}{ident}/data.csv.gz?expires={expires}&sig={self._sig(ident, expires)}",
        })

    def content(self, segment: str) -> bytes | None:
        """The gzipped TSV of a segment, or None when it is no longer part of a request."""
        if segment not in self._files:
            lineage = self._find(segment)
            if lineage is None:
                return None
            self._files[segment] = self._render(lineage)
        return self._files[segment]

    def _find(self, segment: str) -> Lineage | None:
        if segment not in self._lineage:
            self._lineage = dict(self._walk())
        return self._lineage.get(segment)

    def _walk(self) -> list[tuple[str, Lineage]]:
        out = []
        for rid, req in self.store.all("analyticsReportRequests"):
            app = str(req["relationships"].get("app") or rid)
            for report in self.store.linked("analyticsReportRequests", rid, "reports"):
                name = str(self.store.get("analyticsReports", report)["attributes"].get("name"))
                for inst in self.store.linked("analyticsReports", report, "instances"):
                    attrs = self.store.get("analyticsReportInstances", inst)["attributes"]
                    segments = self.store.linked("analyticsReportInstances", inst, "segments")
                    for part, seg in enumerate(segments):
                        out.append((seg, Lineage(app, name, str(attrs.get("granularity")),
                                                 str(attrs.get("processingDate")), part, len(segments))))
        return out

    def _render(self, lineage: Lineage) -> bytes:
        kind = KINDS.get(lineage.report, CATALOG[0])
        rng = random.Random(f"{self.seed}:{lineage.app}:{lineage.report}:{lineage.granularity}:{lineage.date}")
        scale = SCALE.get(lineage.granularity, 1)
        app = self.store.find("apps", lineage.app) or {"attributes": {}}
        name = str(app["attributes"].get("name", ""))
        rows = [self._row(rng, kind, lineage.date, name, lineage.app, scale) for _ in range(rng.randrange(24, 60))]
        share = -(-len(rows) // lineage.parts)  # ceiling: every part gets its slice
        mine = rows[lineage.part * share:(lineage.part + 1) * share]
        header = ["Date", "App Name", "App Apple Identifier", *(d for d, _ in kind.dimensions),
                  *(m for m, _ in kind.measures)]
        text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in mine)
        return gzip.compress(text.encode("utf-8"), mtime=0)

    @staticmethod
    def _row(rng: random.Random, kind: ReportKind, date: str, name: str, app: str, scale: int) -> list[str]:
        dims = [rng.choice(choices) for _, choices in kind.dimensions]
        measures = [str(rng.randrange(0, top * scale + 1)) for _, top in kind.measures]
        return [date, name, app, *dims, *measures]

    def _sig(self, segment: str, expires: int) -> str:
        return hmac.new(self.secret, f"{segment}/{expires}".encode(), hashlib.sha256).hexdigest()[:24]

    def download(self, method: str, url: str, headers: dict[str, str]) -> Response:
        """GET of a segment URL on the download host: pre-signed, so no Authorization allowed."""
        if "authorization" in headers:
            return text_response(403, "Segment URLs are pre-signed: requests must not carry an Authorization header.")
        parsed = urlsplit(url)
        parts = parsed.path[len(SEGMENT_PREFIX):].split("/")
        query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        expires = signed_expiry(query)
        segment = parts[0]
        if not hmac.compare_digest(query.get("sig", ""), self._sig(segment, expires)):
            return text_response(403, "The segment URL is not valid.")
        if expires < self.clock():
            return text_response(403, "The segment URL has expired.")
        if method not in ("GET", "HEAD"):
            return text_response(405, "Segment URLs only answer GET.")
        data = self.content(segment)
        if data is None:
            return text_response(404, "No such segment.")
        headers_out = [("content-type", "application/a-gzip"), ("etag", f'"{hashlib.md5(data).hexdigest()}"')]
        return Response(200, headers_out, data if method == "GET" else b"")


def previous_months(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the `count` complete months before `today`'s, the latest first."""
    months = []
    first = today.replace(day=1)
    for _ in range(count):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        months.append(first)
    return months
