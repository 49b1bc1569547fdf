"""Command dispatch: commands are built at run time from ``ascapi.operations()``."""

from __future__ import annotations

import argparse
import configparser
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._output import emit

if TYPE_CHECKING:
    from .._operations import Operation, Param

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _global_parser() -> argparse.ArgumentParser:
    # allow_abbrev=False: `--filter-...` must never be taken for a prefix of a global option.
    p = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    p.add_argument("--profile", default=os.environ.get("ASCAPI_PROFILE", "default"))
    p.add_argument("--config", default=os.environ.get("ASCAPI_CONFIG"))
    p.add_argument("--emulator", action="store_true")
    p.add_argument("--state")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--base-url")
    p.add_argument("--output", choices=("table", "json", "ndjson"))
    p.add_argument("--all", action="store_true")
    return p


def run(argv: Sequence[str]) -> int:
    opts, rest = _global_parser().parse_known_args(list(argv))
    try:
        if rest and rest[0] == "emulator":
            return _emulator_command(rest[1:])
        if rest and rest[0] == "operations":
            return _operations_command(rest[1:], opts)
        return _operation_command(rest, opts)
    except (UsageError, ValueError) as exc:  # ValueError: refused locally (e.g. limit too high)
        sys.stderr.write(f"ascapi: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `ascapi ... | head`: the reader left, nothing more to say
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        from ..errors import AscError

        if isinstance(exc, AscError):
            sys.stderr.write(f"ascapi: {type(exc).__name__}: {exc}\n")
            return EXIT_ERROR
        raise


# --------------------------------------------------------------------------- operations


def _registry() -> tuple[Operation, ...]:
    import ascapi

    return tuple(ascapi.operations())


def _resolve(words: list[str]) -> tuple[Operation | None, int, list[Operation]]:
    """Longest run of leading words naming an operation; else the operations under the prefix."""
    ops = _registry()
    by_path = {op.python_path: op for op in ops}
    names = [w.replace("-", "_") for w in words]
    for n in range(len(names), 0, -1):
        op = by_path.get(".".join(names[:n]))
        if op is not None:
            return op, n, []
    prefix = ".".join(names) + "." if names else ""
    return None, 0, [op for op in ops if op.python_path.startswith(prefix)]


def _operation_command(rest: list[str], opts: argparse.Namespace) -> int:
    words: list[str] = []
    for token in rest:
        if token.startswith("-"):
            break
        words.append(token)
    op, used, candidates = _resolve(words)
    wants_help = any(t in ("-h", "--help") for t in rest)
    if op is None:
        if not candidates:
            raise UsageError(f"unknown command {' '.join(words)!r}; see `ascapi --help`")
        if not wants_help and words:
            sys.stderr.write(f"ascapi: {' '.join(words)}: choose an action\n")
        _list_commands(words, candidates)
        return EXIT_OK if wants_help else EXIT_USAGE
    parser = _operation_parser(op, words[:used])
    args = parser.parse_args(rest[used:])
    client = _make_client(opts)
    try:
        result = _call(client, op, args)
        fmt = opts.output or args.output or ("table" if sys.stdout.isatty() else None)
        emit(result, fmt=fmt, paged=op.paged, everything=opts.all or args.all)
    finally:
        client.close()
    return EXIT_OK


def _list_commands(words: list[str], ops: list[Operation]) -> None:
    depth = len(words)
    seen: dict[str, str] = {}
    for op in ops:
        parts = op.python_path.split(".")
        head = " ".join(p.replace("_", "-") for p in parts[: depth + 1])
        leaf = len(parts) == depth + 1
        seen.setdefault(head, f"{op.method} {op.path}" if leaf else "...")
    title = " ".join(words) or "resources"
    sys.stdout.write(f"{title}:\n")
    for head, what in sorted(seen.items()):
        sys.stdout.write(f"  ascapi {head:<50} {what}\n")


def _flag(param: Param) -> str:
    return "--" + param.keyword.replace("_", "-")


def _kind(schema: Any) -> str:
    kind = schema.get("type") if hasattr(schema, "get") else None
    return str(kind or "string")


def _choices(schema: Any) -> list[str]:
    items = schema.get("items", {}) if _kind(schema) == "array" else schema
    return [str(v) for v in (items.get("enum") or [])]


def _operation_parser(op: Operation, words: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ascapi " + " ".join(words),
        description=f"{op.operation_id}: {op.method} {op.path}"
        + (" (deprecated)" if op.deprecated else ""),
        allow_abbrev=False,
    )
    for param in op.params:
        if param.location == "path":
            parser.add_argument(param.keyword, metavar=param.keyword.upper())
            continue
        kind = _kind(param.schema)
        choices = _choices(param.schema)
        help_text = param.wire + (" (required)" if param.required else "")
        if choices:
            shown = ", ".join(choices[:12]) + (", ..." if len(choices) > 12 else "")
            help_text += f"; one of: {shown}"
        if kind == "array":
            parser.add_argument(
                _flag(param),
                dest=param.keyword,
                action="append",
                metavar="VALUE[,VALUE]",
                required=param.required,
                help=help_text + " (comma-separated or repeated)",
            )
        else:
            parser.add_argument(
                _flag(param),
                dest=param.keyword,
                type=_converter(kind),
                required=param.required,
                help=help_text,
            )
    if op.body_type:
        parser.add_argument(
            "--body", required=True, help=f"{op.body_type} as JSON, @FILE, or - for stdin"
        )
    if op.paged:
        parser.add_argument("--all", action="store_true", help="every item, across pages")
    else:
        parser.set_defaults(all=False)
    parser.add_argument("--output", choices=("table", "json", "ndjson"))
    return parser


def _converter(kind: str) -> Any:
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind == "boolean":

        def boolean(text: str) -> bool:
            if text.lower() in ("true", "1", "yes"):
                return True
            if text.lower() in ("false", "0", "no"):
                return False
            raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")

        return boolean
    return str


def _read_body(text: str) -> Any:
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        text = Path(text[1:]).read_text()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"--body is not valid JSON: {exc}") from None


def _call(client: Any, op: Operation, args: argparse.Namespace) -> Any:
    target = client
    for name in op.python_path.split("."):
        target = getattr(target, name)
    positional: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in op.params:
        value = getattr(args, param.keyword, None)
        if param.location == "path":
            positional.append(value)
        elif value is not None:
            if isinstance(value, list):  # appended values, each possibly comma-separated
                value = [v for chunk in value for v in chunk.split(",") if v]
                if _choices(param.schema) and _kind(param.schema.get("items", {})) == "integer":
                    value = [int(v) for v in value]
            kwargs[param.keyword] = value
    if op.body_type:
        kwargs["body"] = _read_body(args.body)
    return target(*positional, **kwargs)


def _operations_command(rest: list[str], opts: argparse.Namespace) -> int:
    needle = " ".join(rest).lower()
    rows = [
        {
            "command": "ascapi " + " ".join(p.replace("_", "-") for p in op.python_path.split(".")),
            "operation_id": op.operation_id,
            "method": op.method,
            "path": op.path,
        }
        for op in _registry()
        if not needle
        or needle in op.operation_id.lower()
        or needle in op.path.lower()
        or needle in op.python_path.lower()
    ]
    fmt = opts.output or ("table" if sys.stdout.isatty() else "ndjson")
    emit(rows, fmt=fmt, paged=True, everything=True)
    return EXIT_OK


# --------------------------------------------------------------------------- credentials


def _config_path(opts: argparse.Namespace) -> Path:
    if opts.config:
        return Path(opts.config).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "ascapi" / "config.ini"


def load_profile(opts: argparse.Namespace) -> dict[str, str] | None:
    """The profile's settings from the INI config file, or None when there is none.

    ``[default]`` / ``[NAME]`` sections with ``key_id``, ``issuer_id`` (omit for an individual
    key), ``private_key_path`` (or ``private_key``) and optionally ``base_url``.
    """
    path = _config_path(opts)
    if not path.is_file():
        if opts.config:
            raise UsageError(f"config file {path} does not exist")
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path)
    if not parser.has_section(opts.profile):
        if opts.profile != "default":
            raise UsageError(f"profile {opts.profile!r} not found in {path}")
        return None
    return dict(parser.items(opts.profile))


def _make_client(opts: argparse.Namespace) -> Any:
    import ascapi

    if opts.emulator:
        return _emulator_client(opts)
    profile = load_profile(opts)
    if profile is None:
        creds = ascapi.Credentials.from_env()
        base_url = opts.base_url
    else:
        key = profile.get("private_key_path") or profile.get("private_key")
        if not key or not profile.get("key_id"):
            raise UsageError(f"profile {opts.profile!r} needs key_id and private_key_path")
        creds = ascapi.Credentials(
            profile["key_id"], profile.get("issuer_id") or None, os.path.expanduser(key)
        )
        base_url = opts.base_url or profile.get("base_url")
    kwargs: dict[str, Any] = {"base_url": base_url} if base_url else {}
    return ascapi.Client(creds, **kwargs)


def _emulator_client(opts: argparse.Namespace) -> Any:
    """A client wired in-process to a fresh emulator (``--state`` keeps it between runs)."""
    import ascapi
    from ascapi.emulator import Emulator

    emu = Emulator(opts.seed, state_file=opts.state)
    return ascapi.Client(emu.credentials(), transport=emu.transport())


# --------------------------------------------------------------------------- emulator


def _emulator_command(rest: list[str]) -> int:
    if not rest or rest[0] != "serve":
        raise UsageError("usage: ascapi emulator serve [--port N] [--state FILE] [--seed N]")
    from ascapi.emulator import main as emulator_main

    return emulator_main(rest[1:])
