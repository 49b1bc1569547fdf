"""Command dispatch: commands are built at run time from ``ascapi.operations()``."""

from __future__ import annotations

import argparse
import configparser
import difflib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ._output import emit

if TYPE_CHECKING:
    from .._operations import Operation, Param

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


OUTPUT_FORMATS = ("table", "json", "ndjson", "raw")
EMULATOR_USAGE = "usage: ascapi emulator serve [--port N] [--state FILE] [--seed N] [--key-dir DIR]"
OPERATIONS_USAGE = """\
usage: ascapi operations [TEXT]

The commands of the API operations whose operation id, path or command contains TEXT
(case-insensitive; every operation without TEXT), with their method and path.

exit status: 0 found, 1 no operation matches TEXT
"""
# The key the CLI signs with against an emulator state file: one fixed id, so every run
# re-registers the same key instead of adding one; its private half sits next to the state.
EMULATOR_CLI_KEY_ID = "ASCAPICLI0"
EMULATOR_CLI_ISSUER_ID = "00000000-0000-4000-8000-00000000a5c0"


class UsageError(Exception):
    pass


class ArgumentsError(UsageError):
    """Arguments that do not go together: reported with the command's usage line."""


class CommandParser(argparse.ArgumentParser):
    """A command's parser: one short usage line, also above a usage error.

    ``usage: ascapi apps get ID [options]``: the positionals and required options, not every
    parameter (an operation can have fifty). A usage error prints that line, the error and where
    the help is, and exits 2.
    """

    def short_usage(self) -> str:
        words = [self.prog]
        for action in self._actions:
            if not action.option_strings:
                words.append(_positional(action))
            elif action.required:
                words.append(f"{action.option_strings[0]} {_metavar(action)}")
        return " ".join([*words, "[options]"])

    def format_usage(self) -> str:
        return f"usage: {self.short_usage()}\n"

    def format_help(self) -> str:
        self.usage = self.usage or self.short_usage()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.format_usage()}ascapi: {message}\nsee `{self.prog} --help`\n")


def _metavar(action: argparse.Action) -> str:
    if isinstance(action.metavar, str):
        return action.metavar
    return action.dest.upper()


def _positional(action: argparse.Action) -> str:
    name = _metavar(action)
    if action.nargs == "?":
        return f"[{name}]"
    if action.nargs in ("+", "*"):
        return f"{name}..." if action.nargs == "+" else f"[{name}...]"
    return name


def _global_parser() -> argparse.ArgumentParser:
    # allow_abbrev=False: `--filter-...` must never be taken for a prefix of a global option.
    p = argparse.ArgumentParser(prog="ascapi", add_help=False, allow_abbrev=False)
    p.add_argument("--profile", default=os.environ.get("ASCAPI_PROFILE", "default"))
    p.add_argument("--config", default=os.environ.get("ASCAPI_CONFIG"))
    p.add_argument("--emulator", action="store_true")
    p.add_argument("--state")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--base-url")
    p.add_argument("--output", choices=OUTPUT_FORMATS)
    p.add_argument("--columns")
    p.add_argument("--all", action="store_true")
    return p


def _command_start(argv: list[str]) -> int:
    """Index of the first command word: global options (and their values) come before it."""
    flags_with_value = {
        "--profile",
        "--config",
        "--state",
        "--seed",
        "--base-url",
        "--output",
        "--columns",
    }
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] in flags_with_value else 1
    return i


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    start = _command_start(args)
    if start < len(args) and args[start] == "emulator":
        # The emulator has options of its own (--state, --seed, ...): it gets them untouched.
        if start:
            sys.stderr.write("ascapi: global options do not apply to `ascapi emulator`\n")
            return EXIT_USAGE
        return _guarded(lambda: _emulator_command(args[start + 1 :]))
    opts, rest = _global_parser().parse_known_args(args)
    return _guarded(lambda: _dispatch(rest, opts))


def _dispatch(rest: list[str], opts: argparse.Namespace) -> int:
    if rest and rest[0] == "operations":
        return _operations_command(rest[1:], opts)
    if rest and rest[0] in ("upload", "reports"):  # task commands; no resource has these names
        from ._tasks import task_command

        return task_command(rest, opts)
    return _operation_command(rest, opts)


def _guarded(command: Callable[[], int]) -> int:
    """Run a command; local mistakes exit 2 and API errors exit 1, each with one line."""
    try:
        return command()
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
            raise UsageError(_unknown_command(words))
        if not wants_help and words:
            sys.stderr.write(f"ascapi: {' '.join(words)}: choose an action\n")
        _list_commands(words, candidates)
        return EXIT_OK if wants_help else EXIT_USAGE
    parser = _operation_parser(op, words[:used])
    try:
        args, positional, kwargs = _parse(parser, op, rest[used:])
    except SystemExit as exc:  # --help, or a usage error the parser has printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    fmt = opts.output or args.output
    columns = _columns(opts.columns or args.columns)
    client = _make_client(opts)
    try:
        target = client
        for name in op.python_path.split("."):
            target = getattr(target, name)
        result = target(*positional, **kwargs)
        emit(result, fmt=fmt, paged=op.paged, everything=opts.all or args.all, columns=columns)
    finally:
        client.close()
    return EXIT_OK


def _columns(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise UsageError("--columns needs at least one column name")
    return names


def _unknown_command(words: list[str]) -> str:
    """Which word is wrong, and the closest name that would have been right there."""
    ops = _registry()
    names = [w.replace("-", "_") for w in words]
    known = 0  # the longest run of leading words that some operation starts with
    while known < len(names) and any(
        op.python_path.split(".")[: known + 1] == names[: known + 1] for op in ops
    ):
        known += 1
    if known == len(names):  # every word is known, yet no operation: the last needs an ID
        return f"unknown command {' '.join(words)!r}; see `ascapi --help`"
    choices = sorted(
        {
            parts[known].replace("_", "-")
            for parts in (op.python_path.split(".") for op in ops)
            if parts[:known] == names[:known] and len(parts) > known
        }
    )
    what = "action" if known else "resource"
    where = f" of {' '.join(words[:known])!r}" if known else ""
    message = f"unknown {what} {words[known]!r}{where}"
    close = difflib.get_close_matches(words[known], choices, n=1)
    if close:
        message += f"; did you mean {close[0]!r}?"
    return message + f" (see `{' '.join(['ascapi', *words[:known], '--help'])}`)"


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
    parser = CommandParser(
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
        from ._body import add_flags

        add_flags(parser, op)
    if op.paged:
        parser.add_argument("--all", action="store_true", help="every item, across pages")
    else:
        parser.set_defaults(all=False)
    parser.add_argument(
        "--output",
        choices=OUTPUT_FORMATS,
        help="default: a table on a terminal; piped, JSON for one document and NDJSON for a list",
    )
    parser.add_argument(
        "--columns", metavar="NAME[,NAME]", help="table columns (id, type or attribute names)"
    )
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
    source = "--body"
    if text == "-":
        text, source = sys.stdin.read(), "--body - (stdin)"
    elif text.startswith("@"):
        source = text[1:]
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {source}: {_reason(exc)}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{source} is not valid JSON: {exc}") from None


def _reason(exc: Exception) -> str:
    """The cause of a failed read, without repeating the path."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _parse(
    parser: argparse.ArgumentParser, op: Operation, argv: list[str]
) -> tuple[argparse.Namespace, list[Any], dict[str, Any]]:
    """The command's arguments and the method's; mistakes exit 2 before credentials are read."""
    args = parser.parse_args(argv)
    try:
        positional, kwargs = _arguments(op, args)
    except ArgumentsError as exc:
        parser.error(str(exc))
    return args, positional, kwargs


def _arguments(op: Operation, args: argparse.Namespace) -> tuple[list[Any], dict[str, Any]]:
    """The positional and keyword arguments of ``op``'s method, from the parsed command."""
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
        from ._body import fields, keywords

        kwargs.update(keywords(args, fields(op)))
    return positional, kwargs


def _operations_command(rest: list[str], opts: argparse.Namespace) -> int:
    if rest[:1] in (["-h"], ["--help"]):
        sys.stdout.write(OPERATIONS_USAGE)
        return EXIT_OK
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
    if not rows:
        sys.stderr.write(f"ascapi: no operation matches {' '.join(rest)!r}\n")
        return EXIT_ERROR
    emit(rows, fmt=opts.output, paged=True, everything=True, columns=_columns(opts.columns))
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
    try:
        with path.open(encoding="utf-8") as f:
            parser.read_file(f)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise UsageError(f"cannot read {path}: {_reason(exc)}") from None
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
    else:
        key = profile.get("private_key_path") or profile.get("private_key")
        if not key or not profile.get("key_id"):
            raise UsageError(f"profile {opts.profile!r} needs key_id and private_key_path")
        creds = ascapi.Credentials(
            profile["key_id"], profile.get("issuer_id") or None, os.path.expanduser(key)
        )
    base_url = base_url_for(opts, profile)
    kwargs: dict[str, Any] = {"base_url": base_url} if base_url else {}
    return ascapi.Client(creds, **kwargs)


def base_url_for(opts: argparse.Namespace, profile: dict[str, str] | None) -> str | None:
    """``--base-url``, else the profile's ``base_url``, else ``$ASC_BASE_URL``; None: Apple."""
    return (
        opts.base_url
        or (profile or {}).get("base_url")
        or os.environ.get("ASC_BASE_URL", "").strip()
        or None
    )


def _emulator_client(opts: argparse.Namespace) -> Any:
    """A client wired in-process to a fresh emulator (``--state`` keeps it between runs)."""
    import ascapi

    try:
        from ascapi.emulator import Emulator, StateFileError
    except ImportError as exc:
        raise UsageError(
            f"--emulator needs the emulator extra (pip install 'ascapi[emulator]'): {exc}"
        ) from None
    if not opts.state:
        emu = Emulator(opts.seed)
        return ascapi.Client(emu.credentials(), transport=emu.transport())
    state = Path(opts.state)
    try:
        emu = Emulator(opts.seed, state_file=state)
    except StateFileError as exc:  # already names the file and what is wrong with it
        raise UsageError(str(exc)) from None
    except (OSError, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise UsageError(f"cannot load emulator state {state}: {_reason(exc)}") from None
    key_pem = _emulator_key(state)
    try:
        emu.register_key(EMULATOR_CLI_KEY_ID, key_pem, EMULATOR_CLI_ISSUER_ID)
    except OSError as exc:
        raise UsageError(f"cannot write emulator state {state}: {_reason(exc)}") from None
    except (ValueError, TypeError):
        raise UsageError(
            f"{emulator_key_path(state)} is not an EC P-256 private key; "
            "delete it and a new one is made"
        ) from None
    creds = ascapi.Credentials(EMULATOR_CLI_KEY_ID, EMULATOR_CLI_ISSUER_ID, key_pem)
    return ascapi.Client(creds, transport=emu.transport())


def emulator_key_path(state: Path) -> Path:
    """Where the CLI keeps the private key it uses with an emulator state file."""
    return state.with_name(state.name + ".cli-key.p8")


def _emulator_key(state: Path) -> str:
    """The CLI's key for this state file, made (mode 0600) on first use."""
    path = emulator_key_path(state)
    try:
        if path.exists():
            return path.read_text(encoding="utf-8")
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        pem = (
            ec.generate_private_key(ec.SECP256R1())
            .private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            .decode()
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another run made it first
            return path.read_text(encoding="utf-8")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(pem)
        return pem
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot use the emulator key {path}: {_reason(exc)}") from None


# --------------------------------------------------------------------------- emulator


def _emulator_command(rest: list[str]) -> int:
    if rest[:1] in (["-h"], ["--help"]):
        sys.stdout.write(EMULATOR_USAGE + "\n")
        return EXIT_OK
    if rest[:1] != ["serve"]:
        raise UsageError(EMULATOR_USAGE)
    try:
        from ascapi.emulator import main as emulator_main
    except ImportError as exc:
        raise UsageError(
            f"the emulator extra is not installed (pip install 'ascapi[emulator]'): {exc}"
        ) from None
    try:
        return emulator_main(rest[1:])
    except OSError as exc:  # port in use, unreadable state, unwritable key directory
        raise UsageError(f"emulator: {exc}") from None
