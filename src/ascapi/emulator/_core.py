"""The request handler: one pure function from a request to a response, served by adapters."""

from __future__ import annotations

import datetime as dt
import logging
import pathlib
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

import msgspec
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ._analytics import SEGMENT_PREFIX, Analytics
from ._auth import KeyCredentials, KeyRing, RateLimiter, RegisteredKey, check_permission
from ._builds import BuildUploads
from ._content import Content, csv_response, wants_csv
from ._errors import ApiError, entity_error, unexpected_error
from ._faults import (
    STATUS_DEFAULT,
    Fault,
    FaultPlan,
    StatusDefault,
    Window,
    check_fault,
    fault_response,
    rate_limit_exceeded,
)
from ._http import Request, Response, json_response
from ._index import Route, SpecIndex, load_index
from ._query import Query, apply_filters, apply_sort, page_bounds, parse_query
from ._render import Renderer, paged_links, self_url
from ._reports import Reports
from ._rules import after_create, after_update, before_create, check_text
from ._state import VERSION, StateFileError, check_writable, read_state, save_json
from ._store import Record, Store
from ._uploads import Uploads
from ._validate import check_attributes, check_relationships, linkage_ids

DEFAULT_API_ORIGIN = "https://api.appstoreconnect.apple.com"
DEFAULT_UPLOAD_ORIGIN = "https://uploads.emulator.invalid"
VENDOR_NUMBER = "80012345"
log = logging.getLogger("ascapi.emulator")


class Emulator:
    """A local, stateful App Store Connect. See `ascapi.emulator` for the public surface."""

    def __init__(
        self,
        seed: int | None = 0,
        *,
        rate_limit: int = 3600,
        state_file: str | pathlib.Path | None = None,
        upload_part_size: int = 64 * 1024,
        clock: Callable[[], float] = time.time,
        upload_origin: str = DEFAULT_UPLOAD_ORIGIN,
    ) -> None:
        self.index: SpecIndex = load_index()
        self.clock = clock
        self.store = Store(self.index, seed or 0)
        self.keys = KeyRing(clock)
        self.rate = RateLimiter(rate_limit, clock)
        self.faults = FaultPlan(seed or 0)
        self.uploads = Uploads(self.store, upload_part_size, clock)
        self.builds = BuildUploads(self.store, self.uploads, clock)
        self.upload_origin = upload_origin
        self.upload_port: int | None = None  # under `serve`: see _upload_origin_for
        self.reports = Reports(self.store, VENDOR_NUMBER, seed or 0, self._today)
        self.renderer = Renderer(self.store, self.index)
        self.analytics = Analytics(self.store, seed or 0, self._today, clock)
        self.content = Content(self.store, self.renderer, seed or 0, self._today)
        self.state_file = pathlib.Path(state_file) if state_file else None
        self.lock = threading.RLock()
        self.requests = 0
        self._saved = 0  # the store revision last written to the state file
        if self.state_file is not None:
            check_writable(self.state_file)
        if self.state_file is not None and self.state_file.exists():
            self._load_state()
        elif seed is not None:
            from ._seed import seed_team

            seed_team(self.store, seed)
            self.analytics.seed_requests()
        self._saved = self.store.revision  # a fresh seed is written with the first change

    # ---- keys, faults, state ---------------------------------------------------------
    def _today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.clock(), dt.timezone.utc).date()

    def add_key(self, *, individual: bool = False, key_id: str | None = None) -> KeyCredentials:
        """Register a fresh P-256 key; returns its ids and PEM (handed out once, like Apple)."""
        private = ec.generate_private_key(ec.SECP256R1())
        kid = key_id or self.store.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(
            self.store.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9)
        )
        issuer = None if individual else str(self.store.new_id("issuers"))
        self.keys.register(kid, private.public_key(), issuer)
        self._save()
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        return KeyCredentials(kid, issuer, pem)

    def register_key(self, key_id: str, public_key_pem: str | bytes, issuer_id: str | None) -> None:
        """Accept tokens signed by an existing key (e.g. a .p8 the user already has)."""
        data = public_key_pem.encode() if isinstance(public_key_pem, str) else public_key_pem
        try:
            key: Any = serialization.load_pem_public_key(data)
        except ValueError:
            key = serialization.load_pem_private_key(data, None).public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise ValueError("only EC P-256 keys are accepted")
        self.keys.register(key_id, key, issuer_id)
        self._save()

    def credentials(self, *, individual: bool = False) -> Any:
        """A ready `ascapi.Credentials` for a freshly registered key."""
        import ascapi

        key = self.add_key(individual=individual)
        return ascapi.Credentials(key.key_id, key.issuer_id, key.private_key)

    def inject_fault(
        self,
        pattern: str,
        *,
        status: int | None = None,
        rate: float = 1.0,
        latency: float = 0.0,
        drop: bool = False,
        method: str | None = None,
        times: int | None = None,
        retry_after: float | StatusDefault | None = STATUS_DEFAULT,
        window: Window = "hour",
    ) -> Fault:
        """Answer matching requests with `status` (429: Apple's rate limit, see `Fault`), delay
        them by `latency` seconds or `drop` the connection mid-body; `retry_after` sets the
        `Retry-After` seconds (None: no header; by default 1 for 503, none for the others)."""
        fault = Fault(pattern, status, rate, latency, drop, method, times,
                      retry_after=retry_after, window=window)
        check_fault(fault)
        with self.lock:
            self.faults.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.faults.clear()

    def populate_all_types(self) -> None:
        """Add one linked sample record of every resource type the spec knows."""
        from ._seed import populate_all_types

        with self.lock:
            populate_all_types(self.store)

    def reject_next_asset(self, code: str = "IMAGE_INCORRECT_DIMENSIONS", description: str | None = None) -> None:
        """Make processing of the next committed asset fail with this error."""
        text = description or "The dimensions of one or more screenshots are wrong."
        self.uploads.reject.append({"code": code, "description": text})

    def reject_next_build(self, code: str = "90035", description: str | None = None) -> None:
        """Make processing of the next committed build upload fail with this error (its file
        still completes), as when Apple's validation of the binary fails."""
        text = description or ("Invalid Signature. A sealed resource is missing or invalid. Make sure you have "
                               "signed your application with a distribution certificate, not an ad hoc "
                               "certificate or a development certificate.")
        self.builds.reject.append({"code": code, "description": text})

    def _save(self) -> None:
        if self.state_file is None:
            return
        keys = [{"key_id": k.key_id, "issuer_id": k.issuer_id, "public_key": k.public_pem()}
                for k in self.keys.keys.values()]
        save_json(self.state_file, {"version": VERSION, "keys": keys, **self.store.dump(),
                                    "assets": self.uploads.dump(), "rejected_builds": self.builds.rejected})
        self._saved = self.store.revision

    def _load_state(self) -> None:
        assert self.state_file is not None
        doc = read_state(self.state_file)
        for k in doc.get("keys", []):
            try:
                key = serialization.load_pem_public_key(k["public_key"].encode())
            except ValueError:
                key = None
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise StateFileError(f"emulator state file {self.state_file}: the public key of key "
                                     f"{k['key_id']} is not an EC P-256 key")
            self.keys.register(k["key_id"], key, k["issuer_id"])
        self.store.load(doc)
        upload_types = [t for t in self.index.types if "uploadOperations" in self.index.attributes(t)]
        self.uploads.load(doc.get("assets", []), upload_types)
        self.builds.rejected.update(doc.get("rejected_builds", {}))

    # ---- the handler -----------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        with self.lock:
            self.requests += 1
            try:
                response = self._handle(request)
                if self.store.revision != self._saved:  # any request, GETs too (polling finishes uploads)
                    self._save()
            except Exception:  # a fault of the emulator: answer as Apple does, and keep serving
                log.exception("unexpected error answering %s %s", request.method, request.url)
                response = json_response(500, unexpected_error().body())
            return response

    def _upload_origin_for(self, base: str) -> str:
        """Upload and download URLs name the host the client reached the API on, so they work
        from other machines when serving on 0.0.0.0 (whose own name is no address to connect to)."""
        if self.upload_port is None:
            return self.upload_origin
        host = urlsplit(base).hostname or "127.0.0.1"
        return f"http://{f'[{host}]' if ':' in host else host}:{self.upload_port}"

    def is_upload(self, url: str) -> bool:
        return url.startswith(self.upload_origin + "/")

    def _handle(self, request: Request) -> Response:
        parts = urlsplit(request.url)
        fault = self.faults.pick(request.method, unquote(parts.path))
        upload = self.is_upload(request.url)
        limited = fault if fault is not None and fault.status == 429 and not upload else None
        if fault is not None and limited is None:
            answer = fault_response(fault)
            if answer is not None:
                answer.delay = fault.latency
                return answer
        if upload:
            response = self._upload_host(request, parts.path)
        else:
            response = self._api(request, parts, limited)
        if fault is not None:
            response.delay, response.drop = fault.latency, fault.drop
        return response

    def _upload_host(self, request: Request, path: str) -> Response:
        """Asset parts and analytics segments: pre-signed URLs, no token, no rate limit."""
        if path.startswith(SEGMENT_PREFIX):
            return self.analytics.download(request.method, request.url, request.headers)
        return self.uploads.put(request.method, request.url, request.headers, request.body)

    def _api(self, request: Request, parts: SplitResult, limited: Fault | None = None) -> Response:
        """`limited`: a 429 fault, answered once the token is known good (with the key's budget)."""
        base = f"{parts.scheme}://{parts.netloc}"
        key_id: str | None = None
        try:
            pairs = parse_qsl(parts.query, keep_blank_values=True)
            key = self.keys.verify(request.headers.get("authorization"), request.method,
                                   unquote(parts.path), pairs)
            key_id = key.key_id
            if limited is not None and self.rate.remaining(key_id) > 0:
                answer = fault_response(limited)
                assert answer is not None
                answer.headers.append(("x-rate-limit", limited.rate_limit_header(
                    self.rate.limit, self.rate.remaining(key_id))))
                return answer
            if not self.rate.consume(key_id):
                raise rate_limit_exceeded()
            response = self._dispatch(request, base, parts.path, pairs, key)
        except ApiError as err:
            response = json_response(err.status, err.body(), list(err.headers.items()))
        response.headers.append(("x-rate-limit", self.rate.header(key_id)))
        return response

    def _dispatch(self, request: Request, base: str, raw_path: str, pairs: list[tuple[str, str]],
                  key: RegisteredKey) -> Response:
        path = unquote(raw_path)
        found = self.index.match(request.method, raw_path)
        if found is None:
            if self.index.path_exists(raw_path):
                raise ApiError(405, "METHOD_NOT_ALLOWED", "The request method is not allowed",
                               f"The resource '{path}' does not allow '{request.method}'. ")
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           "The path provided does not match a defined resource type.")
        route, ident = found
        check_permission(key, route)
        query = parse_query(route, pairs)
        body = _json_body(request) if route.body is not None else None
        handler = getattr(self, f"_do_{route.kind}", None)
        if handler is None:
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           f"The emulator does not serve {route.op}.")
        if request.method == "GET":
            response: Response = handler(route, ident, query, base, path, body)
        else:  # a write that fails half-way (e.g. a compound create) must leave no trace
            before = self.store.snapshot()
            try:
                response = handler(route, ident, query, base, path, body)
            except BaseException:
                self.store.restore(before)
                raise
            self.store.touch()
        if response.status == 200 and wants_csv(route, request.headers.get("accept")):
            response = csv_response(self.store, route.target or route.type, msgspec.json.decode(response.body))
        return response

    # ---- reads -----------------------------------------------------------------------
    def _document(self, base: str, rtype: str, items: list[tuple[str, Any]], query: Query,
                  path: str, many: bool) -> dict[str, Any]:
        include = frozenset(query.csv("include"))
        for ident, rec in items:
            self.uploads.observe(rtype, ident, rec)
            self.builds.observe(rtype, ident, rec)
            self.analytics.observe(rtype, ident, rec, self._upload_origin_for(base))
        data = [self.renderer.resource(base, rtype, i, r, query, include) for i, r in items]
        doc: dict[str, Any] = {"data": data if many else data[0]}
        if include:
            doc["included"] = self.renderer.included(base, rtype, items, include, query)
        return doc

    def _paged(self, base: str, path: str, query: Query, rtype: str,
               items: list[tuple[str, Any]]) -> Response:
        items = apply_sort(apply_filters(self.store, rtype, items, query), query.values.get("sort"))
        total = len(items)
        offset, end, limit = page_bounds(query, total)
        doc = self._document(base, rtype, items[offset:end], query, path, True)
        doc["links"] = paged_links(base, path, query.pairs, end, total)
        doc["meta"] = {"paging": {"total": total, "limit": limit}}
        return json_response(200, doc)

    def _do_collection(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                       body: Any) -> Response:
        return self._paged(base, path, query, route.type, self.store.all(route.type))

    def _do_instance(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                     body: Any) -> Response:
        assert ident is not None
        rec = self.store.get(route.type, ident)
        doc = self._document(base, route.type, [(ident, rec)], query, path, False)
        doc["links"] = {"self": self_url(base, path, query.pairs)}
        return json_response(200, doc)

    def _related_ids(self, route: Route, ident: str | None) -> list[str]:
        assert ident is not None and route.rel is not None
        self.store.get(route.type, ident)
        return self.store.linked(route.type, ident, route.rel)

    def _do_related_many(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                         body: Any) -> Response:
        target = route.target or ""
        items = [(i, self.store.get(target, i)) for i in self._related_ids(route, ident)]
        return self._paged(base, path, query, target, items)

    def _do_related_one(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                        body: Any) -> Response:
        ids = self._related_ids(route, ident)
        target = route.target or ""
        if not ids:
            return json_response(200, {"data": None, "links": {"self": self_url(base, path, query.pairs)}})
        doc = self._document(base, target, [(ids[0], self.store.get(target, ids[0]))], query, path, False)
        doc["links"] = {"self": self_url(base, path, query.pairs)}
        return json_response(200, doc)

    def _do_linkages_many(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                          body: Any) -> Response:
        ids = self._related_ids(route, ident)
        offset, end, limit = page_bounds(query, len(ids))
        doc = {
            "data": [{"type": route.target, "id": i} for i in ids[offset:end]],
            "links": paged_links(base, path, query.pairs, end, len(ids)),
            "meta": {"paging": {"total": len(ids), "limit": limit}},
        }
        return json_response(200, doc)

    def _do_linkage_one(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                        body: Any) -> Response:
        ids = self._related_ids(route, ident)
        data = {"type": route.target, "id": ids[0]} if ids else None
        return json_response(200, {"data": data, "links": {"self": self_url(base, path, query.pairs)}})

    def _do_other(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                  body: Any) -> Response:
        """Metrics, performance metrics, diagnostic logs and offer code values of one record."""
        assert ident is not None
        self.store.get(route.type, ident)
        return self.content.answer(route, ident, query, base, path)

    def _do_report(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                   body: Any) -> Response:
        if route.path.endswith("salesReports"):
            return self.reports.sales(query.values)
        return self.reports.finance(query.values)

    # ---- writes ----------------------------------------------------------------------
    def _do_create(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                   body: Any) -> Response:
        spec = route.body or {}
        data = _data(body, spec.get("type"), None)
        self._inline_creates(body, data)
        attrs = check_attributes(spec, data.get("attributes"), create=True)
        rels = check_relationships(self.store, spec, data.get("relationships"), create=True)
        rtype = route.type
        known = self.index.attributes(rtype)
        stored = {k: v for k, v in attrs.items() if k in known and (v is not None or known[k].get("n"))}
        from ._seed import defaults_for

        stored = {**defaults_for(rtype, self.clock()), **stored}
        before_create(self.store, rtype, stored, rels)
        self.analytics.before_create(rtype, stored, rels)
        new_id = self.store.insert(rtype, stored, rels)
        after_create(self.store, rtype, new_id, rels)
        self.analytics.after_create(rtype, new_id, rels)
        rec = self.store.get(rtype, new_id)
        if "uploadOperations" in self.index.attributes(rtype):
            self.uploads.reserve(rtype, new_id, rec, self._upload_origin_for(base))
        self.builds.after_create(rtype, new_id, rels)
        doc = {"data": self.renderer.resource(base, rtype, new_id, rec),
               "links": {"self": f"{base}{path}/{new_id}"}}
        return json_response(201, doc)

    def _inline_creates(self, body: dict[str, Any], data: dict[str, Any]) -> None:
        """Compound documents: create the `included` inline resources first and point the
        relationships that name their local ids (`${local-id}`) at the new ids."""
        included = body.get("included")
        if not isinstance(included, list):
            return
        local: dict[tuple[str, str], str] = {}
        for n, item in enumerate(included):
            if not isinstance(item, dict) or item.get("type") not in self.index.types:
                raise entity_error("INCLUDED.INVALID", "Unknown type of an included resource.", f"/included/{n}/type")
            rtype = str(item["type"])
            if self.store.find(rtype, str(item.get("id"))) is not None:
                continue  # an existing resource named in `included` (e.g. a territory): nothing to create
            known = self.index.attributes(rtype)
            attrs = {k: v for k, v in (item.get("attributes") or {}).items() if k in known}
            local[(rtype, str(item.get("id")))] = self.store.insert(rtype, attrs)
        for n, item in enumerate(included):
            new_id = local.get((str(item["type"]), str(item.get("id"))))
            if new_id is None:
                continue
            for rel, value in (item.get("relationships") or {}).items():
                for target in _linkages(value):
                    tid = local.get((target["type"], target["id"]), target["id"])
                    if self.store.find(target["type"], tid) is None:
                        raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                                       f"There is no resource of type '{target['type']}' with id '{tid}'",
                                       pointer=f"/included/{n}/relationships/{rel}")
                    self.store.link(str(item["type"]), new_id, rel, tid)
        for value in (data.get("relationships") or {}).values():
            for target in _linkages(value):
                target["id"] = local.get((target["type"], target["id"]), target["id"])

    def _do_update(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                   body: Any) -> Response:
        assert ident is not None
        spec = route.body or {}
        rec = self.store.get(route.type, ident)
        data = _data(body, spec.get("type"), ident)
        attrs = check_attributes(spec, data.get("attributes"), create=False)
        rels = check_relationships(self.store, spec, data.get("relationships"), create=False)
        check_text(route.type, attrs)
        if attrs.get("uploaded") is True and "uploadOperations" in self.index.attributes(route.type):
            self.uploads.commit(route.type, ident, rec, attrs)
            self.builds.committed(route.type, ident)
        self._store_attributes(route.type, rec, attrs)
        after_update(route.type, rec, attrs, self.clock())
        for rel, value in rels.items():
            if isinstance(value, list):
                self.store.replace_to_many(route.type, ident, rel, value)
            else:
                self.store.set_to_one(route.type, ident, rel, value)
        doc = {"data": self.renderer.resource(base, route.type, ident, rec),
               "links": {"self": f"{base}{path}"}}
        return json_response(200, doc)

    def _store_attributes(self, rtype: str, rec: Record, attrs: dict[str, Any]) -> None:
        """Keep the attributes the resource shows; a null clears one the spec does not let be null."""
        known = self.index.attributes(rtype)
        for name, value in attrs.items():
            if name not in known or name in ("sourceFileChecksum", "sourceFileChecksums"):
                continue
            if value is None and not known[name].get("n"):
                rec["attributes"].pop(name, None)
            else:
                rec["attributes"][name] = value

    def _do_delete(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                   body: Any) -> Response:
        assert ident is not None
        self.store.delete(route.type, ident)
        self.uploads.forget(route.type, ident)
        self.builds.forget(route.type, ident)
        return Response(route.status)

    def _linkage_change(self, route: Route, ident: str | None, body: Any) -> list[str]:
        assert ident is not None and route.rel is not None
        self.store.get(route.type, ident)
        return linkage_ids(self.store, route.target or "", body, many=route.kind != "set")

    def _do_add(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                body: Any) -> Response:
        for target in self._linkage_change(route, ident, body):
            self.store.link(route.type, ident or "", route.rel or "", target)
        return Response(204)

    def _do_remove(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                   body: Any) -> Response:
        for target in self._linkage_change(route, ident, body):
            self.store.unlink(route.type, ident or "", route.rel or "", target)
        return Response(204)

    def _do_replace(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                    body: Any) -> Response:
        targets = self._linkage_change(route, ident, body)
        self.store.replace_to_many(route.type, ident or "", route.rel or "", targets)
        return Response(204)

    def _do_set(self, route: Route, ident: str | None, query: Query, base: str, path: str,
                body: Any) -> Response:
        targets = self._linkage_change(route, ident, body)
        self.store.set_to_one(route.type, ident or "", route.rel or "", targets[0] if targets else None)
        return Response(204)


def _linkages(value: Any) -> list[dict[str, Any]]:
    data = value.get("data") if isinstance(value, dict) else None
    items = data if isinstance(data, list) else [data]
    return [d for d in items if isinstance(d, dict) and isinstance(d.get("type"), str) and isinstance(d.get("id"), str)]


def _json_body(request: Request) -> Any:
    try:
        return msgspec.json.decode(request.body) if request.body else None
    except msgspec.DecodeError:
        raise ApiError(422, "ENTITY_UNPROCESSABLE", "The request entity is unprocessable",
                       "The request body is not valid JSON.") from None


def _data(body: Any, rtype: str | None, ident: str | None) -> dict[str, Any]:
    if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
        raise entity_error("INVALID", "The request body must be a JSON object with a 'data' member.", "/data", 422)
    data: dict[str, Any] = body["data"]
    if data.get("type") != rtype:
        raise entity_error("ATTRIBUTE.TYPE", f"The type must be '{rtype}'.", "/data/type")
    if ident is not None and data.get("id") != ident:
        raise entity_error("ID.INVALID", f"The id in the body must be '{ident}', as in the path.", "/data/id")
    return data
