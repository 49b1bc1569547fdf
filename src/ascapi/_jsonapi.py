"""Model base and decoding for JSON:API documents (msgspec).

Lenient by default: unknown members ignored, enums open (plain ``str`` at run time), every field may
be missing (``UNSET``) or null, any RFC 3339 date. ``strict=True`` then walks the result and checks
the metadata the generator puts on each class (required, nullable, enum values).

``included`` items are declared with the element type :class:`Included`; the decoder hands each one
to :data:`INCLUDED` (an :class:`IncludedRegistry`) which picks the model by the item's ``type`` and
falls back to the generic :class:`Resource` for a type it does not know.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from .errors import ResponseDecodeError

if TYPE_CHECKING:
    import httpx

    from ._ratelimit import RateLimit

__all__ = [
    "INCLUDED",
    "UNSET",
    "Document",
    "Included",
    "IncludedRegistry",
    "Model",
    "Resource",
    "UnsetType",
    "convert",
    "decode",
    "encode",
    "resolve_linkage",
    "to_builtins",
    "validate_strict",
]

T = TypeVar("T")

UNSET = msgspec.UNSET  # "member absent from the document"; None means JSON null
UnsetType = msgspec.UnsetType


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True):
    """Base of every generated struct. Unknown JSON members are ignored.

    Optional class-level metadata, read only by strict validation:
    ``__ascapi_required__`` (frozenset of attribute names), ``__ascapi_nullable__`` (frozenset),
    ``__ascapi_enums__`` (attribute -> frozenset of allowed values; applies to each item of a list).
    """


class _IncludedMeta(type):
    # msgspec checks that a dec_hook result is an instance of the declared type: every Model is.
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, Model)


class Included(metaclass=_IncludedMeta):
    """Element type of ``included`` arrays: decoded through :data:`INCLUDED` by ``type``."""


class Document(Model, dict=True):
    """Base of top-level response documents (``*Response``).

    After decoding the client attaches ``.rate_limit`` and ``.http_response``. ``.raw`` gives the
    document as plain JSON (decoded on first use), where members that the models do not know yet
    (attributes Apple added after the spec) can still be read; :meth:`raw_for` finds one resource.
    """

    @property
    def rate_limit(self) -> RateLimit | None:
        return self.__dict__.get("_ascapi_rate_limit")

    @property
    def http_response(self) -> httpx.Response | None:
        return self.__dict__.get("_ascapi_http_response")

    @property
    def raw(self) -> Any:
        cached = self.__dict__.get("_ascapi_raw", UNSET)
        if cached is UNSET:
            response = self.http_response
            cached = msgspec.json.decode(response.content) if response is not None else to_builtins(self)
            self.__dict__["_ascapi_raw"] = cached
        return cached

    def raw_for(self, resource: Any) -> dict[str, Any] | None:
        """The raw JSON object of ``resource`` (matched by type and id) in ``data`` or ``included``."""
        key = (getattr(resource, "type", None), getattr(resource, "id", None))
        raw = self.raw
        if not isinstance(raw, dict):
            return None
        for section in (raw.get("data"), raw.get("included")):
            items = section if isinstance(section, list) else [section]
            for item in items:
                if isinstance(item, dict) and (item.get("type"), item.get("id")) == key:
                    return item
        return None

    def resolve(self, relationship: Any) -> Any:
        """The included model(s) a relationship (or linkage) points to; see :func:`resolve_linkage`."""
        return resolve_linkage(getattr(self, "included", UNSET), relationship)

    def _attach(self, response: httpx.Response, rate_limit: RateLimit | None) -> None:
        self.__dict__["_ascapi_http_response"] = response
        self.__dict__["_ascapi_rate_limit"] = rate_limit


class Resource(Model):
    """Generic JSON:API resource: the fallback for an ``included`` item whose ``type`` is unknown."""

    type: str
    id: str | UnsetType = UNSET
    attributes: dict[str, Any] | UnsetType = UNSET
    relationships: dict[str, Any] | UnsetType = UNSET
    links: dict[str, Any] | UnsetType = UNSET
    meta: dict[str, Any] | UnsetType = UNSET


class IncludedRegistry:
    """JSON:API ``type`` -> model class, for decoding ``included``.

    ``register`` takes a class or a ``"module:QualName"`` string, imported on first use, so the
    generated table can be filled without importing every model module.
    """

    def __init__(self) -> None:
        self._types: dict[str, type[Any] | str] = {}
        self._lock = threading.Lock()

    def register(self, type_name: str, cls: type[Any] | str) -> None:
        self._types[type_name] = cls

    def register_many(self, mapping: Mapping[str, type[Any] | str]) -> None:
        self._types.update(mapping)

    def lookup(self, type_name: str) -> type[Any] | None:
        entry = self._types.get(type_name)
        if entry is None or isinstance(entry, type):
            return entry
        module_name, _, qualname = entry.partition(":")
        obj: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            obj = getattr(obj, part)
        with self._lock:
            self._types[type_name] = obj
        return obj  # type: ignore[no-any-return]

    def resolve(self, obj: Any, *, strict: bool = False) -> Model:
        """Decode one ``included`` item (builtins) into its model, or a :class:`Resource`."""
        type_name = obj.get("type") if isinstance(obj, dict) else None
        cls = self.lookup(type_name) if isinstance(type_name, str) else None
        return msgspec.convert(obj, cls or Resource, strict=strict,
                               dec_hook=_dec_hook_strict if strict else _dec_hook_lenient)


INCLUDED = IncludedRegistry()


def _dec_hook_lenient(type_: type[Any], obj: Any) -> Any:
    if type_ is Included:
        return INCLUDED.resolve(obj, strict=False)
    raise NotImplementedError(f"cannot decode {type_!r}")


def _dec_hook_strict(type_: type[Any], obj: Any) -> Any:
    if type_ is Included:
        return INCLUDED.resolve(obj, strict=True)
    raise NotImplementedError(f"cannot decode {type_!r}")


_decoders: dict[tuple[Any, bool], msgspec.json.Decoder[Any]] = {}


def _decoder(type_: Any, strict: bool) -> msgspec.json.Decoder[Any]:
    key = (type_, strict)
    dec = _decoders.get(key)
    if dec is None:
        dec = msgspec.json.Decoder(type_, strict=strict,
                                   dec_hook=_dec_hook_strict if strict else _dec_hook_lenient)
        _decoders[key] = dec
    return dec


def decode(content: bytes | str, type_: type[T], *, strict: bool = False) -> T:
    """Decode JSON into ``type_``; raises :class:`ResponseDecodeError` naming the JSON path."""
    try:
        result: T = _decoder(type_, strict).decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise _decode_error(exc, type_) from exc
    if strict:
        validate_strict(result)
    return result


def convert(obj: Any, type_: type[T], *, strict: bool = False) -> T:
    """Convert builtins (dicts, lists, …) into ``type_``, as :func:`decode` does for JSON."""
    try:
        result: T = msgspec.convert(obj, type_, strict=strict,
                                    dec_hook=_dec_hook_strict if strict else _dec_hook_lenient)
    except msgspec.ValidationError as exc:
        raise _decode_error(exc, type_) from exc
    if strict:
        validate_strict(result)
    return result


def _decode_error(exc: Exception, type_: Any) -> ResponseDecodeError:
    message = str(exc)
    path = message.rsplit("- at `", 1)[1].rstrip("`") if "- at `" in message else None
    name = getattr(type_, "__name__", repr(type_))
    return ResponseDecodeError(f"could not decode {name}: {message}", path=path)


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return dict(obj)
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


_encoder = msgspec.json.Encoder(enc_hook=_enc_hook, decimal_format="string")


def encode(obj: Any) -> bytes:
    """JSON-encode a request body. Struct fields left UNSET are omitted; ``None`` is sent as null."""
    return _encoder.encode(_drop_unset(obj) if isinstance(obj, (dict, list, tuple)) else obj)


def _drop_unset(obj: Any) -> Any:
    # UNSET inside plain dicts/lists (a hand-built body) means "omit", as it does in Structs.
    if isinstance(obj, dict):
        return {k: _drop_unset(v) for k, v in obj.items() if v is not UNSET}
    if isinstance(obj, (list, tuple)):
        return [_drop_unset(v) for v in obj if v is not UNSET]
    return obj


def to_builtins(obj: Any) -> Any:
    """Models to plain dicts/lists with wire (camelCase) names; UNSET members omitted."""
    return msgspec.to_builtins(obj, enc_hook=_enc_hook)


# --- strict validation -----------------------------------------------------------------------

_Meta = tuple[tuple[tuple[str, str], ...], frozenset[str], "frozenset[str] | None",
              Mapping[str, frozenset[str]]]
_meta_cache: dict[type[Any], _Meta] = {}


def _meta(cls: type[Any]) -> _Meta:
    meta = _meta_cache.get(cls)
    if meta is None:
        fields = tuple((f.name, f.encode_name) for f in msgspec.structs.fields(cls))
        meta = (
            fields,
            frozenset(getattr(cls, "__ascapi_required__", ())),
            getattr(cls, "__ascapi_nullable__", None),
            getattr(cls, "__ascapi_enums__", {}),
        )
        _meta_cache[cls] = meta
    return meta


def validate_strict(obj: Any, path: str = "$") -> None:
    """Check required/nullable/enum metadata recursively; raise at the first violation."""
    if isinstance(obj, msgspec.Struct):
        fields, required, nullable, enums = _meta(type(obj))
        for attr, wire in fields:
            value = getattr(obj, attr)
            where = f"{path}.{wire}"
            if value is UNSET:
                if attr in required:
                    raise ResponseDecodeError(f"required member missing at {where}", path=where)
                continue
            if value is None:
                if nullable is not None and attr not in nullable:
                    raise ResponseDecodeError(f"null not allowed at {where}", path=where)
                continue
            allowed = enums.get(attr)
            if allowed is not None:
                items = value if isinstance(value, list) else [value]
                for i, item in enumerate(items):
                    if item not in allowed:
                        at = f"{where}[{i}]" if isinstance(value, list) else where
                        raise ResponseDecodeError(
                            f"value {item!r} at {at} is not one of {sorted(allowed)}", path=at)
            validate_strict(value, where)
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            validate_strict(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            validate_strict(item, f"{path}.{key}")


# --- relationships -----------------------------------------------------------------------------

def _linkage_key(linkage: Any) -> tuple[Any, Any]:
    if isinstance(linkage, Mapping):
        return linkage.get("type"), linkage.get("id")
    return getattr(linkage, "type", None), getattr(linkage, "id", None)


def resolve_linkage(included: Iterable[Any] | UnsetType | None, relationship: Any) -> Any:
    """Resolve a relationship against ``included``.

    ``relationship`` is a relationship object (with ``data``), a linkage (``type`` + ``id``) or a
    list of linkages. Returns the included model for a to-one linkage (``None`` if it is not in
    ``included``), a list for a to-many, ``None`` for a null to-one, and ``UNSET`` when the linkage
    is absent from the document (not requested: not the same as empty).
    """
    data = relationship
    if relationship is not None and not isinstance(relationship, (list, tuple)):
        has_data = (relationship.get("data", UNSET) if isinstance(relationship, Mapping)
                    else getattr(relationship, "data", UNSET))
        if _linkage_key(relationship) == (None, None):
            data = has_data
    if data is UNSET or data is None:
        return data
    index: dict[tuple[Any, Any], Any] = {}
    if included is not None and included is not UNSET:
        for item in included:
            index.setdefault(_linkage_key(item), item)
    if isinstance(data, (list, tuple)):
        return [index[k] for k in map(_linkage_key, data) if k in index]
    return index.get(_linkage_key(data))
