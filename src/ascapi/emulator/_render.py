"""Rendering records as JSON:API documents: links, sparse fieldsets, include, paging."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import quote, urlencode

from ._index import SpecIndex
from ._query import Query, encode_cursor
from ._store import Record, Store


class Renderer:
    def __init__(self, store: Store, index: SpecIndex) -> None:
        self.store = store
        self.index = index

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one renderer per emulator, bounded
    def instance_path(self, rtype: str) -> str | None:
        """'/v1/apps' for type apps: the prefix of its GET instance route."""
        for route in self.index.routes:
            if route.kind == "instance" and route.type == rtype:
                return route.path.rsplit("/", 1)[0]
        return None

    @functools.lru_cache(maxsize=8192)  # noqa: B019
    def rel_links(self, rtype: str, rel: str) -> tuple[bool, bool]:
        """Whether the relationship has a linkage route and a related route."""
        prefix = self.instance_path(rtype)
        if prefix is None:
            return False, False
        linkage = self.index.match("GET", f"{prefix}/x/relationships/{rel}") is not None
        related = self.index.match("GET", f"{prefix}/x/{rel}") is not None
        return linkage, related

    def resource(
        self,
        base: str,
        rtype: str,
        ident: str,
        rec: Record,
        query: Query | None = None,
        include: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        wanted = query.fields().get(rtype) if query else None
        attrs = rec["attributes"]
        out: dict[str, Any] = {"type": rtype, "id": ident}
        if wanted is not None:  # a sparse fieldset naming no attribute leaves the member out
            attrs = {k: v for k, v in attrs.items() if k in wanted}
        if attrs or wanted is None:
            out["attributes"] = attrs
        prefix = self.instance_path(rtype)
        rels: dict[str, Any] = {}
        for rel, info in self.index.relationships(rtype).items():
            if wanted is not None and rel not in wanted:
                continue
            entry = self._relationship(base, rtype, ident, rel, info, prefix, query, rel in include)
            if entry:
                rels[rel] = entry
        if rels:
            out["relationships"] = rels
        if prefix is not None:
            out["links"] = {"self": f"{base}{prefix}/{ident}"}
        return out

    def _relationship(
        self,
        base: str,
        rtype: str,
        ident: str,
        rel: str,
        info: dict[str, Any],
        prefix: str | None,
        query: Query | None,
        included: bool,
    ) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        has_linkage, has_related = self.rel_links(rtype, rel)
        if prefix is not None and (has_linkage or has_related):
            links = {}
            if has_linkage:
                links["self"] = f"{base}{prefix}/{ident}/relationships/{rel}"
            if has_related:
                links["related"] = f"{base}{prefix}/{ident}/{rel}"
            entry["links"] = links
        if included and info.get("type"):
            ids = self.store.linked(rtype, ident, rel)
            if info.get("many"):
                limit = query.limit_of(rel) if query else 50
                entry["data"] = [{"type": info["type"], "id": i} for i in ids[:limit]]
                entry["meta"] = {"paging": {"total": len(ids), "limit": limit}}
            elif ids:  # an empty to-one leaves `data` out: the spec does not allow null there
                entry["data"] = {"type": info["type"], "id": ids[0]}
        return entry

    def included(
        self, base: str, rtype: str, primaries: list[tuple[str, Record]], include: frozenset[str], query: Query
    ) -> list[dict[str, Any]]:
        seen = {(rtype, i) for i, _ in primaries}
        out = []
        for rel in sorted(include):
            info = self.index.relationships(rtype).get(rel) or {}
            target = info.get("type")
            if not target:
                continue
            limit = query.limit_of(rel) if info.get("many") else 1
            for ident, _ in primaries:
                for tid in self.store.linked(rtype, ident, rel)[:limit]:
                    if (target, tid) in seen:
                        continue
                    seen.add((target, tid))
                    out.append(self.resource(base, target, tid, self.store.get(target, tid), query))
        return out


def self_url(base: str, path: str, pairs: list[tuple[str, str]]) -> str:
    return f"{base}{path}" + (f"?{urlencode(pairs, quote_via=quote)}" if pairs else "")


def paged_links(
    base: str, path: str, pairs: list[tuple[str, str]], end: int, total: int
) -> dict[str, str]:
    """links {self, first?, next?}; next carries an opaque cursor like Apple's, brackets encoded."""
    links = {"self": self_url(base, path, pairs)}
    rest = [(k, v) for k, v in pairs if k != "cursor"]
    if end < total:
        links["next"] = self_url(base, path, [("cursor", encode_cursor(end)), *rest])
    return links
