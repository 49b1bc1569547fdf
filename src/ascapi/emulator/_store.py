"""In-memory resource state, generic over every JSON:API type of the spec.

A record is `{"attributes": {...}, "relationships": {rel: id | [ids] | None}}`. Both sides of a
relationship are kept in step when the target type has one unambiguous inverse relationship, so
creating a version for an app also lists it under the app.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

import msgspec

from ._errors import not_found
from ._index import SpecIndex

Record = dict[str, Any]

# types whose ids Apple hands out as numbers rather than UUIDs
NUMERIC_IDS = frozenset({"apps", "inAppPurchases", "subscriptions", "subscriptionGroups", "betaTesters"})


class Store:
    def __init__(self, index: SpecIndex, seed: int = 0) -> None:
        self.index = index
        self.rng = random.Random(seed)
        self.data: dict[str, dict[str, Record]] = {}
        # bumped on every write, so the emulator saves its state file after any request that changed
        # something (GETs too: polling finishes uploads and makes builds)
        self.revision = 0
        self._inverse: dict[tuple[str, str], tuple[str, str] | None] = {}

    # ---- ids and records -------------------------------------------------------------
    def new_id(self, rtype: str) -> str:
        table = self.data.get(rtype, {})
        while True:
            if rtype in NUMERIC_IDS:
                ident = str(self.rng.randrange(1_000_000_000, 9_999_999_999))
            else:
                ident = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            if ident not in table:
                return ident

    def touch(self) -> None:
        """Mark the state changed; callers that edit a record's attributes in place call it."""
        self.revision += 1

    def snapshot(self) -> tuple[bytes, Any]:
        """The whole state, to put back with `restore` when a write request fails half-way."""
        return msgspec.json.encode(self.data), self.rng.getstate()

    def restore(self, snapshot: tuple[bytes, Any]) -> None:
        self.data = msgspec.json.decode(snapshot[0])
        self.rng.setstate(snapshot[1])

    def get(self, rtype: str, ident: str) -> Record:
        rec = self.data.get(rtype, {}).get(ident)
        if rec is None:
            raise not_found(rtype, ident)
        return rec

    def find(self, rtype: str, ident: str) -> Record | None:
        return self.data.get(rtype, {}).get(ident)

    def all(self, rtype: str) -> list[tuple[str, Record]]:
        return list(self.data.get(rtype, {}).items())

    def insert(
        self,
        rtype: str,
        attributes: dict[str, Any],
        relationships: dict[str, Any] | None = None,
        ident: str | None = None,
    ) -> str:
        ident = ident or self.new_id(rtype)
        self.touch()
        self.data.setdefault(rtype, {})[ident] = {"attributes": dict(attributes), "relationships": {}}
        for rel, value in (relationships or {}).items():
            if isinstance(value, list):
                for target in value:
                    self.link(rtype, ident, rel, target)
            elif value is not None:
                self.link(rtype, ident, rel, value)
        return ident

    def delete(self, rtype: str, ident: str) -> None:
        rec = self.get(rtype, ident)
        for rel, value in list(rec["relationships"].items()):
            for target in value if isinstance(value, list) else [value]:
                if target is not None:
                    self.unlink(rtype, ident, rel, target)
        del self.data[rtype][ident]
        self.touch()

    # ---- relationships ---------------------------------------------------------------
    def rel_info(self, rtype: str, rel: str) -> dict[str, Any] | None:
        info = self.index.relationships(rtype).get(rel)
        return info if info is not None else self.index.write_only_relationships(rtype).get(rel)

    def linked(self, rtype: str, ident: str, rel: str) -> list[str]:
        """Ids on a relationship that still exist (a deleted target silently drops out)."""
        info = self.rel_info(rtype, rel) or {}
        value = self.get(rtype, ident)["relationships"].get(rel)
        ids = value if isinstance(value, list) else ([] if value is None else [value])
        target = info.get("type")
        if target is None:
            return []
        table = self.data.get(target, {})
        return [i for i in ids if i in table]

    def inverse(self, rtype: str, rel: str) -> tuple[str, str] | None:
        key = (rtype, rel)
        if key not in self._inverse:
            self._inverse[key] = self._find_inverse(rtype, rel)
        return self._inverse[key]

    def _find_inverse(self, rtype: str, rel: str) -> tuple[str, str] | None:
        target = (self.rel_info(rtype, rel) or {}).get("type")
        if not target:
            return None
        candidates = [
            name for name, info in self.index.relationships(target).items() if info.get("type") == rtype
        ]
        if len(candidates) > 1:  # prefer the name that spells the owner type
            candidates = [c for c in candidates if c in (rtype, rtype.rstrip("s"))]
        return (target, candidates[0]) if len(candidates) == 1 else None

    def _attach(self, rtype: str, ident: str, rel: str, target: str) -> str | None:
        """Add one side; returns the id a to-one relationship displaced."""
        rec = self.find(rtype, ident)
        if rec is None:
            return None
        self.touch()
        rels = rec["relationships"]
        if (self.rel_info(rtype, rel) or {}).get("many"):
            ids = rels.setdefault(rel, [])
            if target not in ids:
                ids.append(target)
            return None
        old = rels.get(rel)
        rels[rel] = target
        return old if old != target else None

    def _detach(self, rtype: str, ident: str, rel: str, target: str) -> None:
        rec = self.find(rtype, ident)
        if rec is None:
            return
        self.touch()
        value = rec["relationships"].get(rel)
        if isinstance(value, list):
            if target in value:
                value.remove(target)
        elif value == target:
            rec["relationships"][rel] = None

    def link(self, rtype: str, ident: str, rel: str, target: str) -> None:
        inv = self.inverse(rtype, rel)
        displaced = self._attach(rtype, ident, rel, target)
        if inv is None:
            return
        if displaced is not None:
            self._detach(inv[0], displaced, inv[1], ident)
        displaced_back = self._attach(inv[0], target, inv[1], ident)
        if displaced_back is not None:
            self._detach(rtype, displaced_back, rel, target)

    def unlink(self, rtype: str, ident: str, rel: str, target: str) -> None:
        self._detach(rtype, ident, rel, target)
        inv = self.inverse(rtype, rel)
        if inv is not None:
            self._detach(inv[0], target, inv[1], ident)

    def set_to_one(self, rtype: str, ident: str, rel: str, target: str | None) -> None:
        current = self.get(rtype, ident)["relationships"].get(rel)
        if current is not None and current != target:
            self.unlink(rtype, ident, rel, current)
        if target is not None:
            self.link(rtype, ident, rel, target)
        else:
            self.get(rtype, ident)["relationships"][rel] = None
            self.touch()

    def replace_to_many(self, rtype: str, ident: str, rel: str, targets: list[str]) -> None:
        for old in list(self.get(rtype, ident)["relationships"].get(rel) or []):
            if old not in targets:
                self.unlink(rtype, ident, rel, old)
        for target in targets:
            self.link(rtype, ident, rel, target)

    # ---- persistence -----------------------------------------------------------------
    def dump(self) -> dict[str, Any]:
        return {"resources": self.data}

    def load(self, doc: dict[str, Any]) -> None:
        self.data = doc["resources"]
        # a resumed state must not hand out the ids of the first run again
        self.rng = random.Random(sum(len(t) for t in self.data.values()) * 7919 + 1)

