"""Send the newest TestFlight build to a beta group, with notes and new testers.

    python examples/testflight_distribute.py --emulator
    python examples/testflight_distribute.py --app com.example.notes --group "Public Beta" \\
        --testers testers.csv --what-to-test "Try the new widget."
    (against Apple: ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH in the environment)

1. find the app's newest pre-release version (1.10.0 comes after 1.9.2) and its latest VALID,
   unexpired build;  2. add that build to the beta group;  3. set its "What to Test" text;
4. add the testers of a CSV list (email,first_name,last_name), inviting the new ones;
5. print the group's testers.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from _common import connect, console, start_emulator, version_key
from rich.markup import escape
from rich.table import Table

import ascapi
from ascapi.models.build import Build
from ascapi.models.prerelease_version import PrereleaseVersion

TESTERS_CSV = """\
email,first_name,last_name
jane.appleseed@example.com,Jane,Appleseed
john.appleseed@example.com,John,Appleseed
"""


def read_testers(text: str) -> list[tuple[str, str, str]]:
    """(email, first name, last name) from CSV text whose header is email,first_name,last_name."""
    rows = csv.DictReader(io.StringIO(text))
    return [(row["email"].strip(), (row.get("first_name") or "").strip(),
             (row.get("last_name") or "").strip()) for row in rows if row.get("email")]


def version_of(version: PrereleaseVersion) -> str:
    return (version.attributes.version if version.attributes else None) or ""


def latest_build(client: ascapi.Client, app_id: str) -> tuple[str, Build]:
    """The newest pre-release version that has a usable build, and that build."""
    versions = client.pre_release_versions.list(
        filter_app=[app_id], filter_platform=["IOS"], filter_builds_processing_state=["VALID"],
        limit=200,
    ).all()
    for version in sorted(versions, key=lambda v: version_key(version_of(v)), reverse=True):
        builds = client.builds.list(
            filter_pre_release_version=[version.id], filter_processing_state=["VALID"],
            filter_expired=["false"], sort=["-uploadedDate"], limit=1,
        ).data
        if builds:
            return version_of(version), builds[0]
    raise LookupError(f"app {app_id} has no valid, unexpired build")


def distribute(client: ascapi.Client, bundle_id: str, group_name: str, what_to_test: str,
               testers: list[tuple[str, str, str]], locale: str = "en-US") -> None:
    app = client.apps.list(filter_bundle_id=[bundle_id]).one(bundle_id=bundle_id)
    group = client.beta_groups.list(filter_app=[app.id], filter_name=[group_name]).one(name=group_name)

    # 1-2. The build, into the group (adding a build that is already there changes nothing).
    version, build = latest_build(client, app.id)
    number = build.attributes.version if build.attributes else "?"
    client.beta_groups.builds.add(group.id, [build.id])
    console.print(f"[green]✓[/green] build {version} ({number}) is in '{group_name}'")

    # 3. "What to Test" is the `whatsNew` of the build's beta localization for that locale.
    existing = client.builds.beta_build_localizations.list(build.id).data
    found = [loc for loc in existing if loc.attributes and loc.attributes.locale == locale]
    if found:
        client.beta_build_localizations.update(found[0].id, whats_new=what_to_test)
    else:
        client.beta_build_localizations.create(build=build.id, locale=locale, whats_new=what_to_test)
    console.print(f"[green]✓[/green] What to Test ({locale}): {what_to_test}")

    # 4. Testers Apple already knows join the group in one call; new ones are invited into it.
    known: list[str] = []
    for email, first_name, last_name in testers:
        match = client.beta_testers.list(filter_email=[email], limit=1).data
        if match:
            known.append(match[0].id)
        else:
            client.beta_testers.create(email=email, first_name=first_name, last_name=last_name,
                                       beta_groups=[group.id])
    if known:
        client.beta_groups.beta_testers.add(group.id, known)
    console.print(f"[green]✓[/green] {len(testers)} tester(s) added, {len(known)} of them already known")

    # 5. Everyone in the group now.
    table = Table(title=f"Testers of '{group_name}'")
    for column in ("email", "name", "state"):
        table.add_column(column)
    for member in client.beta_groups.beta_testers.list(group.id, limit=200):
        if member.attributes:
            a = member.attributes
            name = f"{a.first_name or ''} {a.last_name or ''}".strip()
            table.add_row(a.email or "", name, a.state or "")
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    parser.add_argument("--state", help="emulator state file (keeps the changes)")
    parser.add_argument("--app", default="com.example.notes", help="bundle id of the app")
    parser.add_argument("--group", default="Public Beta", help="name of the beta group")
    parser.add_argument("--what-to-test", default="Sync now resumes after a lost connection.")
    parser.add_argument("--testers", type=Path, help="CSV file: email,first_name,last_name")
    args = parser.parse_args(argv)
    testers = read_testers(args.testers.read_text() if args.testers else TESTERS_CSV)
    try:
        with connect(start_emulator(args.emulator, state_file=args.state)) as client:
            distribute(client, args.app, args.group, args.what_to_test, testers)
    except (ascapi.AscError, LookupError) as exc:
        console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
