"""Model base and decoding for JSON:API documents (msgspec).

Lenient by default: unknown members ignored, enums open (plain ``str`` at run time), every field may
be missing (``UNSET``) or null, any RFC 3339 date. ``strict=True`` then walks the result and checks
the metadata the generator puts on each class (required, nullable, enum values).

``included`` items are declared with an element type made by :meth:`Included.of` from the spec's
discriminator of that very array (the same JSON:API ``type`` may name different schemas in
different documents); the decoder picks each item's model by its ``type`` from that mapping, then
from :data:`INCLUDED` (the package-wide :class:`IncludedRegistry`) for a type the document does not
list, and falls back to the generic :class:`Resource` for a type nobody knows.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import importlib
import operator
import re
import threading
import types
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Protocol,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
)

import msgspec

from .errors import InvalidArgumentError, ResponseDecodeError

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

    def __init__(self, types: Mapping[str, type[Any] | str] | None = None, *,
                 fallback: IncludedRegistry | None = None) -> None:
        self._types: dict[str, type[Any] | str] = dict(types or {})
        self._fallback = fallback  # asked for the types this registry does not list
        self._lock = threading.Lock()

    def register(self, type_name: str, cls: type[Any] | str) -> None:
        self._types[type_name] = cls

    def register_many(self, mapping: Mapping[str, type[Any] | str]) -> None:
        self._types.update(mapping)

    def type_names(self) -> tuple[str, ...]:
        """The JSON:API types listed here (not those only the fallback knows), sorted."""
        return tuple(sorted(self._types))

    def lookup(self, type_name: str) -> type[Any] | None:
        entry = self._types.get(type_name)
        if entry is None:
            return None if self._fallback is None else self._fallback.lookup(type_name)
        if isinstance(entry, type):
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


class _IncludedMeta(type):
    # msgspec checks that a dec_hook result is an instance of the declared type: every Model is.
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, Model)


class Included(metaclass=_IncludedMeta):
    """Element type of ``included`` arrays: each item decoded by its ``type`` through ``registry``.

    ``Included`` itself uses :data:`INCLUDED`; the generated documents use ``Included.of(mapping)``,
    the mapping of their own ``included`` discriminator.
    """

    registry: ClassVar[IncludedRegistry] = INCLUDED
    _made: ClassVar[dict[tuple[tuple[str, str], ...], type[Included]]] = {}

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> type[Included]:
        """The element type for a document whose ``included`` maps JSON:API type -> model
        (``"module:QualName"``, imported on first use); other types go to :data:`INCLUDED`.
        Equal mappings give the same class."""
        key = tuple(sorted(mapping.items()))
        made = Included._made.get(key)
        if made is None:
            made = type("Included", (Included,), {
                "registry": IncludedRegistry(mapping, fallback=INCLUDED), "__module__": __name__})
            made = Included._made.setdefault(key, made)
        return made


def _included_registry(tp: Any) -> IncludedRegistry | None:
    """The registry of an ``included`` element type, None for any other annotation."""
    return cast("type[Included]", tp).registry if type(tp) is _IncludedMeta else None


class _IncludedItemError(ValueError):
    """An ``included`` item failed to decode: msgspec adds the item's path, :func:`_decode_error`
    appends the path inside the item (``at``)."""

    def __init__(self, message: str, at: str) -> None:
        super().__init__(message)
        self.at = at


def _resolve_item(type_: Any, obj: Any, strict: bool) -> Any:
    registry = _included_registry(type_)
    if registry is None:
        raise NotImplementedError(f"cannot decode {type_!r}")
    try:
        return registry.resolve(obj, strict=strict)
    except msgspec.ValidationError as exc:
        message, at = _split_path(str(exc))
        raise _IncludedItemError(message, (at or "$").removeprefix("$")) from exc


def _dec_hook_lenient(type_: type[Any], obj: Any) -> Any:
    return _resolve_item(type_, obj, False)


def _dec_hook_strict(type_: type[Any], obj: Any) -> Any:
    return _resolve_item(type_, obj, True)


class _Decoder(Protocol):
    def decode(self, buf: bytes | str, /) -> Any: ...


_decoders: dict[tuple[Any, bool], _Decoder] = {}


def _decoder(type_: Any, strict: bool) -> _Decoder:
    key = (type_, strict)
    dec = _decoders.get(key)
    if dec is None:
        generic = msgspec.json.Decoder(type_, strict=strict,
                                       dec_hook=_dec_hook_strict if strict else _dec_hook_lenient)
        dec = _included_decoder(type_, strict, generic) or generic
        _decoders[key] = dec
    return dec


# --- included without intermediate dicts ---------------------------------------------------------
# Through dec_hook every ``included`` item is first built as Python dicts and then converted again.
# For a document type whose ``included`` is ``list[Included]`` the items are instead kept as raw
# JSON in a first pass (a shadow struct) and each is decoded straight into the model its ``type``
# names. Anything unexpected goes back to the generic route, which also words every error.

_RAW_LIST = list[msgspec.Raw]
# Apple (and the emulator) write ``type`` first; otherwise _TypeProbe reads it.
_LEADING_TYPE = re.compile(rb'\{\s*"type"\s*:\s*"([^"\\]*)"')


class _TypeProbe(msgspec.Struct):
    type: Any = None


_probe = msgspec.json.Decoder(_TypeProbe)


def _swap_included(tp: Any) -> Any:
    """``tp`` with ``list[Included…]`` replaced by ``list[Raw]``, through unions."""
    if get_origin(tp) is list and _included_registry(get_args(tp)[0]) is not None:
        return _RAW_LIST
    if get_origin(tp) in (Union, types.UnionType):
        args = get_args(tp)
        swapped = tuple(map(_swap_included, args))
        if swapped != args:
            return functools.reduce(operator.or_, swapped)
    return tp


def _mentions_included(tp: Any) -> bool:
    return (_included_registry(tp) is not None
            or any(_mentions_included(a) for a in get_args(tp)))


def _list_registry(tp: Any) -> IncludedRegistry:
    """The registry of the ``list[Included…]`` member of ``tp`` (a list or a union with one)."""
    for member in (tp, *get_args(tp)):
        if get_origin(member) is list:
            registry = _included_registry(get_args(member)[0])
            if registry is not None:
                return registry
    raise TypeError(f"no included list in {tp!r}")


def _included_decoder(type_: Any, strict: bool,
                      generic: msgspec.json.Decoder[Any]) -> _IncludedDocumentDecoder | None:
    """The raw-``included`` route for ``type_`` if it has ``list[Included]`` fields, else None."""
    if not (isinstance(type_, type) and issubclass(type_, msgspec.Struct)):
        return None
    config = type_.__struct_config__
    if config.array_like or config.tag_field is not None:
        return None
    fields: list[Any] = []
    raw_lists: list[tuple[str, IncludedRegistry]] = []
    for f in msgspec.structs.fields(type_):
        swapped = _swap_included(f.type)
        if _mentions_included(swapped):
            return None  # Included somewhere a shadow cannot stand in for: generic route
        if swapped is not f.type:
            raw_lists.append((f.name, _list_registry(f.type)))
        if f.required:
            fields.append((f.name, swapped))
        elif f.default is msgspec.NODEFAULT:
            fields.append((f.name, swapped, msgspec.field(default_factory=f.default_factory)))
        else:
            fields.append((f.name, swapped, msgspec.field(default=f.default)))
    if not raw_lists:
        return None
    shadow = msgspec.defstruct(
        f"_Raw{type_.__name__}", fields, kw_only=True,
        rename={f.name: f.encode_name for f in msgspec.structs.fields(type_)},
        forbid_unknown_fields=config.forbid_unknown_fields)
    return _IncludedDocumentDecoder(type_, shadow, raw_lists, strict, generic)


def _decode_included_item(raw: msgspec.Raw, strict: bool, registry: IncludedRegistry) -> Any:
    match = _LEADING_TYPE.match(raw)
    if match is not None:
        type_name = match.group(1).decode()
        item = _decoder(registry.lookup(type_name) or Resource, strict).decode(raw)
        if getattr(item, "type", None) == type_name:  # a second "type" member would differ
            return item
    type_name = _probe.decode(raw).type
    cls = registry.lookup(type_name) if isinstance(type_name, str) else None
    return _decoder(cls or Resource, strict).decode(raw)


class _IncludedDocumentDecoder:
    """Shadow decode, then each raw item into its model; the generic decoder on any trouble."""

    def __init__(self, type_: type[Any], shadow: type[msgspec.Struct],
                 raw_lists: list[tuple[str, IncludedRegistry]], strict: bool,
                 generic: msgspec.json.Decoder[Any]) -> None:
        self._type = type_
        self._shadow = msgspec.json.Decoder(shadow, strict=strict)
        self._names = tuple(f.name for f in msgspec.structs.fields(shadow))
        self._raw_lists = tuple(raw_lists)
        self._strict = strict
        self._generic = generic

    def decode(self, buf: bytes | str, /) -> Any:
        try:
            shadow = self._shadow.decode(buf)
            values = {name: getattr(shadow, name) for name in self._names}
            for name, registry in self._raw_lists:
                items = values[name]
                if type(items) is list:
                    values[name] = [_decode_included_item(raw, self._strict, registry)
                                    for raw in items]
            return self._type(**values)
        except (msgspec.MsgspecError, ValueError):
            return self._generic.decode(buf)  # the canonical result, or the canonical error


def decode(content: bytes | str, type_: type[T], *, strict: bool = False) -> T:
    """Decode JSON into ``type_``; raises :class:`ResponseDecodeError` naming the JSON path."""
    try:
        result: T = _decoder(type_, strict).decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise _decode_error(exc, type_) from exc
    if strict and not _json_keeps_rules(content, result):
        _raise_first_violation(result, "$")
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


def _split_path(message: str) -> tuple[str, str | None]:
    """msgspec's ``"Expected `str`, got `int` - at `$.a[0]`"`` -> (text, ``"$.a[0]"``)."""
    text, sep, path = message.rpartition(" - at `")
    return (text, path.rstrip("`")) if sep else (message, None)


def _decode_error(exc: Exception, type_: Any) -> ResponseDecodeError:
    message, path = _split_path(str(exc))
    inner = exc.__cause__
    if isinstance(inner, _IncludedItemError) and path is not None:
        message, path = str(inner), path + inner.at  # the path down into the included item
    if path is not None:
        message = f"{message} - at `{path}`"
    name = getattr(type_, "__name__", repr(type_))
    return ResponseDecodeError(f"could not decode {name}: {message}", path=path)


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return dict(obj)
    raise InvalidArgumentError(f"cannot send a value of type {type(obj).__name__} in a request body")


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
# Every strict decode checks the whole result, so the answer to "is anything wrong?" comes from
# walks that build no paths: a second msgspec decode of the JSON into "check" structs (below) when
# the types allow it, else a walk over the objects that visits only fields that can break a rule.
# Only when either says no does _raise_first_violation walk again, with paths, to name the first
# violation (and it alone decides).

# Per class: attribute getters (each returns a tuple, or None when there is nothing to get) for
# non-nullable fields, required fields, fields that may hold a Struct; and (getter, enum) pairs.
_Getter = Callable[[Any], tuple[Any, ...]]
_Plan = tuple["_Getter | None", "_Getter | None", "_Getter | None",
              tuple[tuple[Callable[[Any], Any], frozenset[Any]], ...]]
_plans: dict[type[Any], _Plan] = {}

# Annotations whose values never contain a Struct: the walks do not descend into them.
_LEAVES: frozenset[Any] = frozenset({
    str, int, float, bool, bytes, bytearray, type(None), UnsetType,
    datetime.datetime, datetime.date, datetime.time, datetime.timedelta, decimal.Decimal,
    uuid.UUID,
})


def _may_hold_struct(tp: Any) -> bool:
    if tp in _LEAVES or get_origin(tp) is Literal:
        return False
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return False
    args = get_args(tp)
    if get_origin(tp) is not None and args:  # unions and containers: any member may
        return any(_may_hold_struct(a) for a in args if a is not Ellipsis)
    return True  # Structs, Included, Any, bare dict/list and anything unknown


def _metadata(cls: type[Any]) -> tuple[frozenset[str], frozenset[str] | None,
                                       Mapping[str, frozenset[Any]]]:
    return (frozenset(getattr(cls, "__ascapi_required__", ())),
            getattr(cls, "__ascapi_nullable__", None), getattr(cls, "__ascapi_enums__", {}))


def _getter(names: list[str]) -> _Getter | None:
    if not names:
        return None
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return operator.attrgetter(*names)


def _plan(cls: type[Any]) -> _Plan:
    required, nullable, enums = _metadata(cls)
    fields = msgspec.structs.fields(cls)
    plan = _plans[cls] = (
        _getter([f.name for f in fields if nullable is not None and f.name not in nullable]),
        _getter([f.name for f in fields if f.name in required]),
        _getter([f.name for f in fields if _may_hold_struct(f.type)]),
        tuple((operator.attrgetter(f.name), enums[f.name]) for f in fields if f.name in enums),
    )
    return plan


def _is_valid(root: Any) -> bool:
    """Whether ``root`` keeps every strict rule; a loop over a stack, as recursion costs more."""
    stack = [root]
    pop, extend, plans = stack.pop, stack.extend, _plans
    while stack:
        obj = pop()
        plan = plans.get(obj.__class__)
        if plan is None:
            if isinstance(obj, msgspec.Struct):
                plan = _plan(obj.__class__)
            elif isinstance(obj, (list, tuple)):
                extend(obj)
                continue
            elif isinstance(obj, dict):
                extend(obj.values())
                continue
            else:
                continue
        non_null, required, children, enums = plan
        if non_null is not None and None in non_null(obj):
            return False
        if required is not None and UNSET in required(obj):
            return False
        for get, allowed in enums:
            value = get(obj)
            if value is UNSET or value is None:
                continue
            if isinstance(value, list):
                if not all(item in allowed for item in value):
                    return False
            elif value not in allowed:
                return False
        if children is not None:
            extend(children(obj))
    return True


# The check structs: for a model, a struct with only the fields that carry a rule or lead to one,
# typed so that msgspec itself rejects what strict validation would (no default where required,
# no None where not nullable, Literal for an enum). None when the types cannot say it exactly.
_checks: dict[type[Any], type[msgspec.Struct] | None] = {}
_BUILDING: Any = object()
_NONE = type(None)


class _NotExpressible(Exception):
    pass


def _check_struct(cls: type[Any]) -> type[msgspec.Struct] | None:
    check = _checks.get(cls, UNSET)
    if check is _BUILDING:
        return None  # recursive types: left to the object walk
    if check is UNSET:
        _checks[cls] = _BUILDING
        try:
            check = _build_check_struct(cls)
        except (_NotExpressible, TypeError, ValueError):
            check = None
        _checks[cls] = check
    return check


def _members(tp: Any) -> tuple[Any, ...]:
    return get_args(tp) if get_origin(tp) in (Union, types.UnionType) else (tp,)


def _check_type(tp: Any) -> Any:
    """``tp`` with every Struct replaced by its check struct (Included items are done apart)."""
    if _included_registry(tp) is not None:
        return msgspec.Raw
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        check = _check_struct(tp)
        if check is None:
            raise _NotExpressible(tp)
        return check
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        return functools.reduce(operator.or_, map(_check_type, args))
    if origin in (list, tuple, dict) and args:
        return origin[tuple(a if a is Ellipsis else _check_type(a) for a in args)]
    if tp is Any or tp is object or tp is msgspec.Raw:
        return tp
    if _may_hold_struct(tp):
        raise _NotExpressible(tp)
    return tp


def _build_check_struct(cls: type[Any]) -> type[msgspec.Struct]:
    config = cls.__struct_config__
    if config.array_like or config.tag_field is not None:
        raise _NotExpressible(cls)
    required, nullable, enums = _metadata(cls)
    fields: list[Any] = []
    rename: dict[str, str] = {}
    for f in msgspec.structs.fields(cls):
        null_ok = nullable is None or f.name in nullable
        allowed = enums.get(f.name)
        if not (f.name in required or not null_ok or allowed is not None
                or _may_hold_struct(f.type)):
            continue  # no rule here: the check struct skips the member
        kept = [m for m in _members(f.type)
                if m is not UnsetType and (null_ok or m is not _NONE)]
        if not null_ok and any(m is Any or m is object or m is msgspec.Raw for m in kept):
            raise _NotExpressible(cls)  # these would take null
        if allowed is not None:
            if not all(isinstance(v, str) for v in allowed):
                raise _NotExpressible(cls)
            literal = Literal[tuple(sorted(allowed))]  # type: ignore[valid-type]
            core = [m for m in kept if m is not _NONE]
            if core == [str]:
                kept = [literal if m is str else m for m in kept]
            elif core == [list[str]]:
                kept = [list[literal] if m == list[str] else m for m in kept]  # type: ignore[valid-type]
            else:
                raise _NotExpressible(cls)
        if not kept:
            raise _NotExpressible(cls)
        tp = _check_type(functools.reduce(operator.or_, kept))
        if f.name in required:
            fields.append((f.name, tp))
        else:
            fields.append((f.name, tp | UnsetType, UNSET))
        rename[f.name] = f.encode_name
    return msgspec.defstruct(f"_Check{cls.__name__}", fields, kw_only=True, rename=rename)


_check_decoders: dict[type[Any], msgspec.json.Decoder[Any] | None] = {}


def _check_decoder(cls: type[Any]) -> msgspec.json.Decoder[Any] | None:
    dec = _check_decoders.get(cls, UNSET)
    if dec is UNSET:
        check = _check_struct(cls) if isinstance(cls, type) and issubclass(cls, msgspec.Struct) else None
        dec = _check_decoders[cls] = (None if check is None
                                      else msgspec.json.Decoder(check, strict=True))
    return dec


def _json_keeps_rules(content: bytes | str, result: Any) -> bool:
    """Whether the JSON ``result`` was strictly decoded from keeps every strict rule."""
    dec = _check_decoder(type(result))
    if dec is None:
        return _is_valid(result)
    try:
        check = dec.decode(content)
        # Included items: each checked by the class it was decoded into.
        for f in msgspec.structs.fields(check):
            raws = getattr(check, f.name)
            if type(raws) is not list or not raws or type(raws[0]) is not msgspec.Raw:
                continue
            for raw, item in zip(raws, getattr(result, f.name), strict=True):
                item_dec = _check_decoder(type(item))
                if item_dec is None:
                    if not _is_valid(item):
                        return False
                else:
                    item_dec.decode(raw)
    except (msgspec.MsgspecError, ValueError):
        return False
    return True


def validate_strict(obj: Any, path: str = "$") -> None:
    """Check required/nullable/enum metadata recursively; raise at the first violation."""
    if not _is_valid(obj):
        _raise_first_violation(obj, path)


def _raise_first_violation(obj: Any, path: str) -> None:
    if isinstance(obj, msgspec.Struct):
        required, nullable, enums = _metadata(type(obj))
        for f in msgspec.structs.fields(obj):
            attr = f.name
            value = getattr(obj, attr)
            where = f"{path}.{f.encode_name}"
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
            _raise_first_violation(value, where)
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            _raise_first_violation(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            _raise_first_violation(item, f"{path}.{key}")


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
