"""Answers that are not JSON:API resources: metrics, Xcode power/performance metrics, diagnostic
logs, one-time offer code values, and the CSV form of the content-negotiated lists.

Content is generated from the seed and the record asked about, so the same emulator answers the
same way twice; shapes follow the spec's `*MetricResponse`, `xcodeMetrics` and `diagnosticLogs`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import uuid
from collections.abc import Callable
from typing import Any

from ._http import Response, json_response
from ._index import Route
from ._query import Query
from ._render import Renderer, self_url
from ._store import Store

STEPS = {"P1D": dt.timedelta(days=1), "PT1H": dt.timedelta(hours=1), "PT15M": dt.timedelta(minutes=15)}
POINTS = {"P1D": 7, "PT1H": 24, "PT15M": 16}
RESULTS = ("MATCHED", "CANCELED", "EXPIRED")
# (category, metric, unit id, unit name, typical value)
PERF_METRICS = (
    ("LAUNCH", "launchTime", "ms", "ms", 420.0),
    ("HANG", "hangRate", "s/hr", "seconds per hour", 1.8),
    ("MEMORY", "peakMemory", "MB", "MB", 310.0),
    ("DISK", "logicalWrites", "MB", "MB", 95.0),
    ("BATTERY", "onScreenBatteryUsage", "%/hr", "% per hour", 6.5),
    ("TERMINATION", "backgroundTerminations", "count/day", "per day", 0.7),
    ("ANIMATION", "scrollHitchRate", "ms/s", "ms per s", 3.2),
    ("STORAGE", "appStorage", "MB", "MB", 180.0),
)
# device groups: the deviceType filter is comma-separated, so no model ids like "iPhone15,2"
PERF_DEVICES = (("all_iphones", "All iPhones"), ("all_ipads", "All iPads"), ("iphone_pro", "iPhone Pro models"))
FRAMES = (("Example", "-[NotesStore saveAll]", "NotesStore.m"), ("Example", "-[SyncEngine flush:]", "SyncEngine.m"),
          ("libsqlite3.dylib", "sqlite3_step", None), ("Foundation", "-[NSData writeToURL:atomically:]", None),
          ("libsystem_kernel.dylib", "pwrite", None))
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_CODES = 10_000


class Content:
    def __init__(self, store: Store, renderer: Renderer, seed: int, today: Callable[[], dt.date]) -> None:
        self.store = store
        self.renderer = renderer
        self.seed = seed
        self.today = today

    def answer(self, route: Route, ident: str, query: Query, base: str, path: str) -> Response:
        rng = random.Random(f"{self.seed}:{route.op}:{ident}:{sorted(query.values.items())}")
        if route.metric is not None:
            return json_response(200, self.metrics(route, ident, query, base, path, rng))
        if route.media == "application/vnd.apple.xcode-metrics+json":
            return _typed(route.media, self.perf_power(route, ident, query, rng))
        if route.media == "application/vnd.apple.diagnostic-logs+json":
            return _typed(route.media, self.diagnostic_logs(route, ident, query, rng))
        return self.offer_codes(route, ident)

    # ---- *MetricResponse ---------------------------------------------------------------------
    def metrics(self, route: Route, ident: str, query: Query, base: str, path: str,
                rng: random.Random) -> dict[str, Any]:
        shape = route.metric or {}
        granularity = query.values.get("granularity", "P1D")
        starts = self._starts(granularity, query.values.get("period"))
        grouped = [d for d in query.csv("groupBy") if d in shape["dims"]]
        series = []
        for combo in self._combinations(route, ident, grouped, query):
            item: dict[str, Any] = {"dataPoints": [self._point(shape["values"], s, granularity, rng) for s in starts]}
            if combo:
                item["dimensions"] = {dim: self._dimension(base, path, dim, value) for dim, value in combo}
            if shape.get("granularity"):
                item["granularity"] = granularity
            series.append(item)
        limit = int(query.values.get("limit", 50))
        doc: dict[str, Any] = {"data": series[:limit], "links": {"self": self_url(base, path, query.pairs)},
                               "meta": {"paging": {"total": len(series), "limit": limit}}}
        included = shape.get("included")
        if included and included in grouped:
            ids = [item["dimensions"][included]["data"] for item in series[:limit]]
            doc["included"] = [self.renderer.resource(base, included, i, self.store.get(included, i)) for i in ids]
        return doc

    def _starts(self, granularity: str, period: str | None) -> list[dt.datetime]:
        step = STEPS.get(granularity, STEPS["P1D"])
        count = POINTS.get(granularity, 7)
        days = re.fullmatch(r"P([0-9]+)D", period or "")
        if days and granularity == "P1D":
            count = max(1, min(int(days.group(1)), 365))
        end = dt.datetime.combine(self.today(), dt.time(), dt.timezone.utc)
        return [end - step * (count - n) for n in range(count)]

    def _combinations(self, route: Route, ident: str, dims: list[str],
                      query: Query) -> list[list[tuple[str, str]]]:
        combos: list[list[tuple[str, str]]] = [[]]
        for dim in dims:
            values = self._dimension_values(route, ident, dim)
            wanted = set(query.filters().get(dim, []))
            values = [v for v in values if not wanted or v in wanted]
            combos = [[*c, (dim, v)] for c in combos for v in values]
        return combos

    def _dimension_values(self, route: Route, ident: str, dim: str) -> list[str]:
        if dim == "result":  # boolean rules answer true/false; the others a matchmaking outcome
            declared = route.params.get("filter[result]", {}).get("e")
            return list(declared or (("true", "false") if "Boolean" in route.op else RESULTS))
        rtype = _type_of(self.store, dim)
        if rtype is None:
            return []
        linked = [i for rel in (dim, rtype) if rel in self.store.index.relationships(route.type)
                  for i in self.store.linked(route.type, ident, rel)]
        return (linked or [i for i, _ in self.store.all(rtype)])[:5]

    def _dimension(self, base: str, path: str, dim: str, value: str) -> dict[str, Any]:
        links = {"groupBy": f"{base}{path}?groupBy={dim}"}
        rtype = _type_of(self.store, dim)
        prefix = self.renderer.instance_path(rtype) if rtype else None
        if prefix is not None:
            links["related"] = f"{base}{prefix}/{value}"
        return {"links": links, "data": value}

    @staticmethod
    def _point(values: dict[str, str], start: dt.datetime, granularity: str,
               rng: random.Random) -> dict[str, Any]:
        base = rng.uniform(2.0, 40.0)
        out: dict[str, Any] = {}
        for name, kind in values.items():
            if kind == "integer":
                out[name] = rng.randrange(0, 250)
            elif name.endswith("Ratio"):
                out[name] = round(rng.random() * 0.4, 3)
            else:  # percentiles keep their order: p50 <= average <= p95
                factor = 0.85 if name.startswith("p50") else 2.1 if name.startswith("p95") else 1.0
                out[name] = round(base * factor, 2)
        end = start + STEPS.get(granularity, STEPS["P1D"])
        return {"start": _iso(start), "end": _iso(end), "values": out}

    # ---- xcodeMetrics ------------------------------------------------------------------------
    def perf_power(self, route: Route, ident: str, query: Query, rng: random.Random) -> dict[str, Any]:
        categories = set(query.filters().get("metricType", [])) or {c for c, *_ in PERF_METRICS}
        devices = set(query.filters().get("deviceType", []))
        versions = self._versions(route.type, ident)
        metric_categories = []
        for category, metric, unit, unit_name, typical in PERF_METRICS:
            if category not in categories:
                continue
            datasets = []
            for device, marketing in PERF_DEVICES:
                if devices and device not in devices:
                    continue
                for percentile in ("p50", "p90"):
                    scale = 1.0 if percentile == "p50" else 1.9
                    points = [{"version": v, "value": round(typical * scale * rng.uniform(0.8, 1.2), 2),
                               "errorMargin": round(typical * 0.05, 2), "goal": "",
                               "percentageBreakdown": {"value": 100.0, "subSystemLabel": ""}} for v in versions]
                    datasets.append({"filterCriteria": {"percentile": percentile, "device": device,
                                                        "deviceMarketingName": marketing},
                                     "points": points,
                                     "recommendedMetricGoal": {"value": round(typical * 0.8, 2), "detail": ""}})
            metric_categories.append({"identifier": category, "metrics": [{
                "identifier": metric, "goalKeys": [{"goalKey": "good", "lowerBound": 0,
                                                    "upperBound": int(typical)}],
                "unit": {"identifier": unit, "displayName": unit_name}, "datasets": datasets}]})
        insight = self._insight(rng, versions)
        return {"version": "1.0", "insights": {"trendingUp": [], "regressions": [insight] if insight else []},
                "productData": [{"platform": "IOS", "metricCategories": metric_categories}]}

    def _versions(self, rtype: str, ident: str) -> list[str]:
        if rtype == "builds":
            return [str(self.store.get("builds", ident)["attributes"].get("version", "1"))]
        ids = self.store.linked(rtype, ident, "appStoreVersions") if rtype == "apps" else []
        versions = [str(self.store.get("appStoreVersions", i)["attributes"].get("versionString")) for i in ids]
        return versions[-3:] or ["1.0"]

    @staticmethod
    def _insight(rng: random.Random, versions: list[str]) -> dict[str, Any] | None:
        if len(versions) < 2:
            return None
        delta = round(rng.uniform(12, 40), 1)
        return {"metricCategory": "LAUNCH", "latestVersion": versions[-1], "metric": "launchTime",
                "summaryString": f"Launch time regressed {delta}% in {versions[-1]}",
                "referenceVersions": ",".join(versions[:-1]), "maxLatestVersionValue": 610.0,
                "subSystemLabel": "", "highImpact": delta > 30,
                "populations": [{"deltaPercentage": delta, "percentile": "p50", "summaryString": "",
                                 "referenceAverageValue": 420.0, "latestVersionValue": 420.0 * (1 + delta / 100),
                                 "device": "all_iphones"}]}

    # ---- diagnosticLogs ----------------------------------------------------------------------
    def diagnostic_logs(self, route: Route, ident: str, query: Query, rng: random.Random) -> dict[str, Any]:
        attrs = self.store.get(route.type, ident)["attributes"]
        count = min(int(query.values.get("limit", 3)), 3)
        logs = [{"callStackTree": [{"callStackPerThread": True,
                                    "callStacks": [{"callStackRootFrames": [self._frame(rng, 0)]}]}],
                 "diagnosticMetaData": {"bundleId": "com.example.notes", "event": "diskWrites",
                                        "osVersion": rng.choice(("iOS 18.5", "iOS 18.6")), "appVersion": "1.1.0",
                                        "writesCaused": f"{rng.randrange(1000, 4000)} MB",
                                        "deviceType": rng.choice(("iPhone15,2", "iPad14,3")),
                                        "platformArchitecture": "arm64e", "eventDetail": "",
                                        "buildVersion": "101"}} for _ in range(count)]
        insights = [{"insightsURL": "https://developer.apple.com/documentation/xcode/reducing-disk-writes",
                     "insightsCategory": "DISK_WRITES",
                     "insightsString": f"Writes concentrate in {attrs.get('signature', 'this signature')}."}]
        return {"version": "1.0", "productData": [{"signatureId": ident, "diagnosticInsights": insights,
                                                   "diagnosticLogs": logs}]}

    def _frame(self, rng: random.Random, depth: int) -> dict[str, Any]:
        binary, symbol, source = FRAMES[depth % len(FRAMES)]
        frame: dict[str, Any] = {"sampleCount": rng.randrange(1, 60), "isBlameFrame": depth == 0,
                                 "symbolName": symbol, "offsetIntoSymbol": str(rng.randrange(4, 400)),
                                 "binaryName": binary, "binaryUUID": str(_uuid(rng)),
                                 "address": hex(0x100000000 + rng.randrange(1 << 24)),
                                 "offsetIntoBinaryTextSegment": str(rng.randrange(1 << 20)),
                                 "rawFrame": f"{binary} {symbol}", "insightsCategory": "",
                                 "subFrames": [self._frame(rng, depth + 1)] if depth < 3 else []}
        if source:
            frame["fileName"], frame["lineNumber"] = source, str(rng.randrange(10, 900))
        return frame

    # ---- one-time offer codes ----------------------------------------------------------------
    def offer_codes(self, route: Route, ident: str) -> Response:
        """`text/csv`: one code per line, as many as the batch's numberOfCodes."""
        count = int(self.store.get(route.type, ident)["attributes"].get("numberOfCodes") or 0)
        rng = random.Random(f"{self.seed}:codes:{ident}")
        codes = ["".join(rng.choice(CODE_ALPHABET) for _ in range(11)) for _ in range(min(count, MAX_CODES))]
        return Response(200, [("content-type", "text/csv")], "".join(c + "\n" for c in codes).encode())


# ---- content negotiation ---------------------------------------------------------------------
def wants_csv(route: Route, accept: str | None) -> bool:
    """True when the route also offers `text/csv` and Accept prefers it to JSON (JSON by default)."""
    if "text/csv" not in route.alt or not accept:
        return False
    weights: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_float(p[2:])), 1.0)
        weights[media.lower()] = max(q, weights.get(media.lower(), 0.0))
    csv_q = weights.get("text/csv", weights.get("text/*", 0.0))
    json_q = weights.get("application/json", weights.get("application/*", weights.get("*/*", 0.0)))
    return csv_q > 0 and csv_q > json_q


def csv_response(store: Store, rtype: str, doc: dict[str, Any]) -> Response:
    """A JSON:API list as CSV: id, every attribute, then the id of each to-one relationship."""
    rows = doc["data"] if isinstance(doc["data"], list) else [doc["data"]]
    attributes: list[str] = []
    for row in rows:
        attributes += [k for k in row.get("attributes", {}) if k not in attributes]
    to_one = [rel for rel, info in store.index.relationships(rtype).items() if not info.get("many")]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", *attributes, *to_one])
    for row in rows:
        linked = [(store.linked(rtype, row["id"], rel) or [""])[0] for rel in to_one]
        writer.writerow([row["id"], *(_cell(row.get("attributes", {}).get(a)) for a in attributes), *linked])
    return Response(200, [("content-type", "text/csv")], out.getvalue().encode("utf-8"))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _type_of(store: Store, dim: str) -> str | None:
    for name in (dim, dim + "s"):
        if name in store.index.types:
            return name
    return None


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def _typed(media: str, doc: dict[str, Any]) -> Response:
    response = json_response(200, doc)
    response.headers[0] = ("content-type", media)
    return response
