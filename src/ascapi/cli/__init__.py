"""The ``ascapi`` console script.

Kept tiny on purpose: ``ascapi --help`` must not import the client, the registry or any generated
module. Everything else lives in ``ascapi.cli._app`` and is imported only to run a command.
"""

from __future__ import annotations

import sys

USAGE = """\
usage: ascapi [global options] RESOURCE [SUBRESOURCE ...] ACTION [ID] [--param VALUE ...]
       ascapi operations [TEXT]
       ascapi emulator serve [--port N] [--state FILE] [--seed N] [--key-dir DIR]

tasks (`ascapi upload --help`, `ascapi reports --help`):
  ascapi upload screenshot|preview SET_ID FILE... [--no-wait]
  ascapi upload review-attachment DETAIL_ID FILE
  ascapi upload build APP_ID FILE --version V --build-number N [--platform IOS]
  ascapi reports sales --vendor N [--frequency DAILY] [--date YYYY-MM-DD] [--save FILE]
  ascapi reports finance --vendor N --region ZZ --date YYYY-MM
  ascapi reports analytics APP_ID --report NAME [--granularity DAILY] [--date YYYY-MM-DD]

Command-line client for Apple's App Store Connect API. Commands follow the Python client:
`client.apps.builds.list(app_id)` is `ascapi apps builds list APP_ID`. Creates and updates take
their fields as flags (attributes, relationship ids; lists comma-separated; booleans --flag /
--no-flag), or the whole document with --body JSON|@FILE|-.

examples:
  ascapi apps list --filter-bundle-id com.example.app
  ascapi apps get 1234567890 --include appStoreVersions
  ascapi beta-groups create --name QA --app 1234567890 --public-link-enabled
  ascapi app-store-versions update VERSION_ID --copyright "2026 Example"
  ascapi builds list --all --limit 200 --output ndjson
  ascapi apps --help                 actions and parameters of one resource
  ascapi operations screenshot       find the command for an Apple operation

global options:
  -h, --help          show this help and exit
  --profile NAME      credentials profile from the config file (default: $ASCAPI_PROFILE or
                      'default'; without a config file: ASC_KEY_ID, ASC_ISSUER_ID
                      (or ASC_KEY_TYPE=individual), and ASC_PRIVATE_KEY or
                      ASC_PRIVATE_KEY_PATH from the environment)
  --config FILE       config file (default: $ASCAPI_CONFIG or ~/.config/ascapi/config.ini)
  --emulator          run against a local emulator (in-process; --state keeps it between runs)
  --state FILE        emulator state file used with --emulator (the CLI's key for it is kept
                      in FILE.cli-key.p8)
  --seed N            seed of the emulator's demo team, with --emulator (default: 0)
  --base-url URL      API base URL, e.g. a running `ascapi emulator serve` (default: the
                      profile's base_url, else $ASC_BASE_URL, else Apple's)
  --output FORMAT     table, json, ndjson or raw. Default: a table on a terminal; piped, JSON
                      for a single document and NDJSON (one item per line) for a list.
                      json prints a list as one JSON array. Reports are gunzipped: TSV when
                      piped, a table on a terminal; raw writes the bytes as received
  --columns A,B,C     table columns (id, type or attribute names; default: id and the most
                      useful attributes that fit)
  --all               follow links.next and return every item
  --version           print the version and exit

exit status: 0 done, 1 API error, failed processing or no operation matching TEXT, 2 usage or
local error (missing or empty file, bad date), 3 no report for those filters (e.g. no sales that
day)
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0 if args else 2
    if args[0] == "--version":
        from importlib.metadata import version

        sys.stdout.write(f"ascapi {version('ascapi')}\n")
        return 0
    from ._app import run

    return run(args)
