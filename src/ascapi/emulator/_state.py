"""The state file: checked once at start-up, so a bad one fails with one clear line, not later."""

from __future__ import annotations

import json
import os
import pathlib
from typing import Any

import msgspec

VERSION = 1


class StateFileError(ValueError):
    """The emulator's state file can not be used; the message names the file and the fault."""


class _Key(msgspec.Struct):
    key_id: str
    issuer_id: str | None
    public_key: str


class _Record(msgspec.Struct):
    attributes: dict[str, Any]
    relationships: dict[str, str | list[str] | None]


class _Asset(msgspec.Struct):
    token: str
    rtype: str
    ident: str
    errors: list[dict[str, str]]


class _State(msgspec.Struct):
    """The shape `Emulator._save` writes (only used to check a file before loading it)."""

    version: int
    resources: dict[str, dict[str, _Record]]
    keys: list[_Key] = []
    assets: list[_Asset] = []
    rejected_builds: dict[str, dict[str, str]] = {}


def check_writable(path: pathlib.Path) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise StateFileError(f"emulator state file {path}: the directory {parent} does not exist")
    if path.is_dir():
        raise StateFileError(f"emulator state file {path} is a directory")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise StateFileError(f"emulator state file {path} can not be written")


def read_state(path: pathlib.Path) -> dict[str, Any]:
    """The decoded state file, or StateFileError saying what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StateFileError(f"emulator state file {path} can not be read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise StateFileError(f"emulator state file {path} is empty")
    try:
        doc = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise StateFileError(f"emulator state file {path} is not valid JSON ({exc})") from None
    try:
        state = msgspec.convert(doc, _State)
    except msgspec.ValidationError as exc:
        raise StateFileError(f"emulator state file {path} is not an emulator state ({exc})") from None
    if state.version != VERSION:
        raise StateFileError(f"emulator state file {path} has version {state.version}; "
                             f"this emulator reads version {VERSION}")
    return dict(doc)


def save_json(path: pathlib.Path, doc: dict[str, Any]) -> None:
    """Write atomically, so a crash mid-write never leaves half a state file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)
