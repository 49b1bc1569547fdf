"""Apply release notes per locale to the App Store version being prepared.

    python examples/metadata_sync.py --emulator --dry-run     # show what would change
    python examples/metadata_sync.py --emulator
    python examples/metadata_sync.py --app com.example.app --notes release-notes.json
    (against Apple: ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH in the environment)

The notes are JSON: {"en-US": {"whats_new": "...", "promotional_text": "..."}, "de-DE": {...}}.
Each locale's "What's New" and promotional text are compared with the version's localization;
what differs is updated, a missing locale is created, and every change is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import connect, console, start_emulator
from rich.markup import escape
from rich.table import Table

import ascapi
from ascapi.models.app_store_version_localization import AppStoreVersionLocalization

NOTES: dict[str, dict[str, str]] = {
    "en-US": {"whats_new": "Budgets now sync across devices.",
              "promotional_text": "Plan your month in two minutes."},
    "de-DE": {"whats_new": "Budgets werden jetzt zwischen Geräten synchronisiert."},
    "fr-FR": {"whats_new": "Les budgets se synchronisent entre vos appareils."},
}
FIELDS = ("whats_new", "promotional_text")


def texts_of(localization: AppStoreVersionLocalization | None) -> dict[str, str]:
    attributes = localization.attributes if localization else None
    if not attributes:
        return {}
    return {"whats_new": attributes.whats_new or "",
            "promotional_text": attributes.promotional_text or ""}


def sync(client: ascapi.Client, bundle_id: str, notes: dict[str, dict[str, str]],
         dry_run: bool) -> list[tuple[str, str, str, str]]:
    """Returns the changes as (locale, field, before, after)."""
    app = client.apps.list(filter_bundle_id=[bundle_id]).one(bundle_id=bundle_id)
    versions = client.apps.app_store_versions.list(  # a version that can still be edited
        app.id, filter_platform=["IOS"],
        filter_app_version_state=["PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED",
                                  "METADATA_REJECTED", "INVALID_BINARY"],
    ).data
    if not versions:
        raise LookupError(f"{bundle_id} has no App Store version being prepared")
    version = versions[0]
    existing = client.app_store_versions.app_store_version_localizations.list(version.id, limit=50)
    by_locale = {loc.attributes.locale: loc for loc in existing if loc.attributes and loc.attributes.locale}

    changes: list[tuple[str, str, str, str]] = []
    for locale, wanted in notes.items():
        localization = by_locale.get(locale)
        before = texts_of(localization)
        changed = {f: wanted[f] for f in FIELDS if f in wanted and wanted[f] != before.get(f, "")}
        changes += [(locale, f, before.get(f, ""), text) for f, text in changed.items()]
        if dry_run or not changed:
            continue
        # Fields left out (UNSET) are not sent, so other text in that locale stays as it is.
        whats_new = changed.get("whats_new", ascapi.UNSET)
        promotional_text = changed.get("promotional_text", ascapi.UNSET)
        if localization is None:
            client.app_store_version_localizations.create(
                app_store_version=version.id, locale=locale, whats_new=whats_new,
                promotional_text=promotional_text)
        else:
            client.app_store_version_localizations.update(
                localization.id, whats_new=whats_new, promotional_text=promotional_text)

    number = version.attributes.version_string if version.attributes else "?"
    if not changes:
        console.print(f"{bundle_id} {number}: the notes are already up to date")
        return changes
    action = "would change" if dry_run else "changed"
    table = Table(title=f"{bundle_id} {number}: {len(changes)} field(s) {action}")
    for column in ("locale", "field", "before", "after"):
        table.add_column(column)
    for locale, field, old, new in changes:
        where = locale if locale in by_locale else f"{locale} (new)"
        table.add_row(where, field, escape(old), escape(new))
    console.print(table)
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    parser.add_argument("--state", help="emulator state file (keeps the changes)")
    parser.add_argument("--app", default="com.example.pocketbudget", help="bundle id of the app")
    parser.add_argument("--notes", type=Path, help="JSON file of notes per locale")
    parser.add_argument("--dry-run", action="store_true", help="show the changes, send none")
    args = parser.parse_args(argv)
    notes = json.loads(args.notes.read_text()) if args.notes else NOTES
    try:
        with connect(start_emulator(args.emulator, state_file=args.state)) as client:
            sync(client, args.app, notes, args.dry_run)
    except (ascapi.AscError, LookupError) as exc:
        console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
