"""Pydantic v2 models of exactly the shape of ascapi's generated structs, for the decode comparison.

Rather than a hand-written approximation, each pydantic model is derived from the msgspec struct
(``msgspec.inspect``): the same fields, wire names, field types (datetimes parsed, enums as open
strings, every member optional) and an ``included`` union dispatched on ``type`` over the types
the document's own ``included`` lists (as ascapi's ``Included.of`` mapping does), any other type
becoming a generic resource. So the two decoders do the same work and the ratio measures the
libraries, not the models.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Union

import msgspec
import msgspec.inspect as mi
import pydantic
from pydantic import ConfigDict, Discriminator, Field, Tag

from ascapi._jsonapi import Resource

_OTHER = "*"  # the tag of every type a document does not list: a generic Resource


def _tagger(known: frozenset[str]) -> Any:
    def tag(resource: Any) -> str:
        type_name = (resource.get("type") if isinstance(resource, dict)
                     else getattr(resource, "type", None))
        return type_name if type_name in known else _OTHER
    return tag


class Mirror:
    """Builds (and caches) one pydantic model per msgspec struct class."""

    def __init__(self) -> None:
        self._models: dict[type[Any], type[pydantic.BaseModel]] = {}
        self._unions: dict[type[Any], Any] = {}

    def model(self, cls: type[msgspec.Struct]) -> type[pydantic.BaseModel]:
        info = mi.type_info(cls)
        assert isinstance(info, mi.StructType)
        return self._struct(info)

    def _struct(self, info: mi.StructType) -> type[pydantic.BaseModel]:
        cached = self._models.get(info.cls)
        if cached is not None:
            return cached
        fields: dict[str, Any] = {}
        for f in info.fields:
            annotation = self._annotation(f.type)
            fields[f.name] = (annotation | None, Field(default=None, alias=f.encode_name))
        model = pydantic.create_model(
            "Pyd" + info.cls.__name__,
            __config__=ConfigDict(populate_by_name=True, extra="ignore"),
            **fields,
        )
        self._models[info.cls] = model
        return model  # type: ignore[no-any-return]

    def _annotation(self, t: mi.Type) -> Any:
        if isinstance(t, mi.UnionType):
            members = [m for m in t.types if not isinstance(m, mi.NoneType)]
            if len(members) == 1:
                return self._annotation(members[0])
            return Union[tuple(self._annotation(m) for m in members)]  # noqa: UP007
        if isinstance(t, mi.StructType):
            return self._struct(t)
        if isinstance(t, mi.ListType):
            return list[self._annotation(t.item_type)]  # type: ignore[misc]
        if isinstance(t, mi.DictType):
            return dict[str, Any]
        if isinstance(t, mi.CustomType):
            return self._included_union(t.cls)
        simple: dict[type[mi.Type], Any] = {
            mi.StrType: str, mi.LiteralType: str, mi.BoolType: bool, mi.IntType: int,
            mi.FloatType: float, mi.DateTimeType: dt.datetime, mi.DateType: dt.date,
        }
        return simple.get(type(t), Any)

    def _included_union(self, element: type[Any]) -> Any:
        # A tagged union on `type` over the types this `included` lists, as ascapi dispatches it.
        union = self._unions.get(element)
        if union is None:
            self._unions[element] = Any  # guards the recursion while the members are built
            registry = element.registry
            names = registry.type_names()
            variants = [Annotated[self.model(registry.lookup(name)), Tag(name)] for name in names]
            variants.append(Annotated[self.model(Resource), Tag(_OTHER)])
            union = Annotated[Union[tuple(variants)], Discriminator(_tagger(frozenset(names)))]  # noqa: UP007
            self._unions[element] = union
        return union


def builds_response_model() -> type[pydantic.BaseModel]:
    """A pydantic ``BuildsResponse`` for the decode benchmark's page."""
    from ascapi.models import BuildsResponse

    return Mirror().model(BuildsResponse)
