"""Task commands: ``ascapi upload ...`` and ``ascapi reports ...``.

They wrap the upload and report helpers (``ascapi.uploads``, ``ascapi.reports``) rather than one
API operation each. Progress goes to stderr (a rich bar on a terminal, plain lines otherwise);
results go to stdout by the usual output rules.
"""

from __future__ import annotations

import argparse
import gzip
import mimetypes
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._app import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    OUTPUT_FORMATS,
    CommandParser,
    UsageError,
    _columns,
    _make_client,
)
from ._output import emit

if TYPE_CHECKING:
    from ..reports import Report
    from ..uploads import AssetProcessingError

EXIT_NO_REPORT = 3
PLAIN_STEP = 10  # percent between two plain progress lines
BUILD_SUFFIXES = (".ipa", ".pkg", ".zip")  # the file types whose UTI the upload helper knows


# --------------------------------------------------------------------------- parsers


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", choices=OUTPUT_FORMATS, help="as for every command")
    parser.add_argument("--columns", metavar="NAME[,NAME]", help="table columns")


def _upload_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="return once the upload is committed, without waiting for Apple's processing",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        metavar="SECONDS",
        help="time between two processing checks (default: 2; a build's processing: 30)",
    )
    _common(parser)


def _upload_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="ascapi upload",
        description="Upload files: reserve, send the parts, commit, wait for processing "
        "(a build: until Apple has processed the build upload; --no-wait returns after the "
        "commit). Exit 1 when Apple's processing fails (its reasons on stderr), 2 for a local "
        "error.",
        allow_abbrev=False,
    )
    sub = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    shot = sub.add_parser("screenshot", help="App Store screenshots into an appScreenshotSets set")
    shot.add_argument("set_id", metavar="SET_ID")
    shot.add_argument("files", metavar="FILE", nargs="+")
    _upload_options(shot)
    preview = sub.add_parser("preview", help="App Previews into an appPreviewSets set")
    preview.add_argument("set_id", metavar="SET_ID")
    preview.add_argument("files", metavar="FILE", nargs="+")
    preview.add_argument("--mime-type", help="default: guessed from the file name")
    preview.add_argument("--frame-time-code", metavar="HH:MM:SS:FF", help="poster frame")
    _upload_options(preview)
    attachment = sub.add_parser(
        "review-attachment", help="a file for App Review (appStoreReviewDetails)"
    )
    attachment.add_argument("detail_id", metavar="DETAIL_ID")
    attachment.add_argument("files", metavar="FILE", nargs=1)
    _upload_options(attachment)
    build = sub.add_parser("build", help="an .ipa or .pkg through buildUploads")
    build.add_argument("app_id", metavar="APP_ID")
    build.add_argument("files", metavar="FILE", nargs=1)
    build.add_argument("--version", required=True, help="CFBundleShortVersionString")
    build.add_argument("--build-number", required=True, help="CFBundleVersion")
    build.add_argument("--platform", default="IOS", help="IOS, MAC_OS, TV_OS or VISION_OS")
    build.add_argument("--uti", help="default: from the extension (.ipa, .pkg, .zip)")
    _upload_options(build)
    return parser


def _reports_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="ascapi reports",
        description="Download a report and print its rows (TSV when piped, a table on a "
        "terminal). Exit 3 when Apple has no report for that date.",
        allow_abbrev=False,
    )
    sub = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    sales = sub.add_parser("sales", help="sales and trends (GET /v1/salesReports)")
    sales.add_argument("--vendor", required=True, metavar="N", help="vendor number")
    sales.add_argument(
        "--frequency", default="DAILY", choices=("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
    )
    sales.add_argument(
        "--date", help="YYYY-MM-DD (WEEKLY: the Sunday), YYYY-MM, YYYY; default: the latest"
    )
    sales.add_argument("--type", default="SALES", dest="report_type", help="default: SALES")
    sales.add_argument("--subtype", default="SUMMARY", help="default: SUMMARY")
    sales.add_argument("--version", default="1_0", help="report version (default: 1_0)")
    finance = sub.add_parser("finance", help="financial reports (GET /v1/financeReports)")
    finance.add_argument("--vendor", required=True, metavar="N", help="vendor number")
    finance.add_argument("--region", required=True, help="region code, e.g. ZZ (all), US, EU")
    finance.add_argument("--date", required=True, help="fiscal month, YYYY-MM")
    finance.add_argument(
        "--type", default="FINANCIAL", dest="report_type", help="FINANCIAL or FINANCE_DETAIL"
    )
    analytics = sub.add_parser("analytics", help="an app's analytics report (one instance)")
    analytics.add_argument("app_id", metavar="APP_ID")
    analytics.add_argument("--report", required=True, help="e.g. 'App Downloads Standard'")
    analytics.add_argument("--granularity", default="DAILY", choices=("DAILY", "WEEKLY", "MONTHLY"))
    analytics.add_argument("--date", help="processing date YYYY-MM-DD (default: the latest)")
    for sub_parser in (sales, finance):
        sub_parser.add_argument(
            "--save", metavar="FILE", help="also write the report to FILE, gzipped as received"
        )
    analytics.add_argument(
        "--save", metavar="FILE", help="also write the rows of every segment to FILE, gzipped"
    )
    for sub_parser in (sales, finance, analytics):
        _common(sub_parser)
    return parser


def task_command(rest: list[str], opts: argparse.Namespace) -> int:
    """``rest`` starts with ``upload`` or ``reports``."""
    parser = _upload_parser() if rest[0] == "upload" else _reports_parser()
    try:
        args = parser.parse_args(rest[1:])
    except SystemExit as exc:  # --help, or a usage error argparse has already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return _upload(args, opts) if rest[0] == "upload" else _report(args, opts)


# --------------------------------------------------------------------------- progress


class _Meter:
    """Progress on stderr: rich bars on a terminal, a line every few percent otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self._progress: Any = None

    @contextmanager
    def running(self) -> Iterator[_Meter]:
        if not self.tty:
            yield self
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        with self._progress:
            yield self
        self._progress = None

    def track(
        self, name: str, size: int
    ) -> tuple[Callable[[int, int], None], Callable[[str], None]]:
        """(progress callback for the upload helpers, a function to set the file's status)."""
        if self._progress is not None:
            progress = self._progress
            task = progress.add_task(name, total=size)

            def bar(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)
                if done >= total:
                    progress.update(task, description=f"{name} (processing)")

            def bar_status(state: str) -> None:
                progress.update(task, description=f"{name} {state}")

            return bar, bar_status

        shown = -PLAIN_STEP  # the percentage of the last line written

        def line(done: int, total: int) -> None:
            nonlocal shown
            percent = 100 * done // total if total else 100
            if percent >= shown + PLAIN_STEP or done >= total:
                shown = percent
                sys.stderr.write(f"{name}: {percent}% ({done} of {total} bytes)\n")

        def line_status(state: str) -> None:
            sys.stderr.write(f"{name}: {state}\n")

        sys.stderr.write(f"{name}: uploading {size} bytes\n")
        return line, line_status

    @contextmanager
    def working(self, what: str) -> Iterator[None]:
        """A spinner while ``what`` happens (on a terminal only)."""
        if not self.tty:
            yield
            return
        from rich.console import Console

        with Console(stderr=True).status(what):
            yield


# --------------------------------------------------------------------------- uploads


def _check_files(names: Sequence[str]) -> list[Path]:
    paths = [Path(name) for name in names]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file")
        if not path.is_file():
            raise UsageError(f"{path}: not a regular file")
        if path.stat().st_size == 0:
            raise UsageError(f"{path}: the file is empty")
    return paths


def _upload(args: argparse.Namespace, opts: argparse.Namespace) -> int:
    from ..uploads import AssetProcessingError, upload_build

    paths = _check_files(args.files)
    if args.kind == "build" and args.uti is None and paths[0].suffix.lower() not in BUILD_SUFFIXES:
        raise UsageError(f"{paths[0]}: not an .ipa, .pkg or .zip; pass --uti")
    if args.poll_interval is not None and args.poll_interval < 0:
        raise UsageError("--poll-interval cannot be negative")
    rows: list[dict[str, Any]] = []
    failed = 0
    meter = _Meter()
    client = _make_client(opts)
    try:
        with meter.running():
            for path in paths:
                progress, status = meter.track(path.name, path.stat().st_size)
                common: dict[str, Any] = {"progress": progress, "wait": not args.no_wait}
                try:
                    if args.kind == "build":
                        # Left out, the interval is the library's: 2 s for the file, 30 s for
                        # the build's processing, which takes minutes.
                        result = upload_build(
                            client,
                            args.app_id,
                            path,
                            version=args.version,
                            build_number=args.build_number,
                            platform=args.platform,
                            uti=args.uti,
                            wait_for_build=not args.no_wait,
                            poll_interval=args.poll_interval,
                            **common,
                        )
                        row = _asset_row(path, result.file)
                        row["buildUpload"] = result.build_upload_id
                        row["buildUploadState"] = result.state  # as last read, never as created
                    else:
                        if args.poll_interval is not None:
                            common["poll_interval"] = args.poll_interval
                        row = _asset_row(path, _upload_one(client, args, path, common))
                except AssetProcessingError as err:
                    failed += 1
                    status("FAILED")
                    rows.append(_failure_row(path, err))
                    continue
                status(str(row["state"]))
                rows.append(row)
    finally:
        client.close()
    for row in rows:
        if row["state"] == "FAILED":
            sys.stderr.write(f"ascapi: {row['file']}: {row['resource']} {row['id']} failed\n")
            for reason in row["errors"]:
                sys.stderr.write(f"  {reason}\n")
    emit(
        rows,
        fmt=opts.output or args.output,
        paged=True,
        everything=True,
        columns=_columns(opts.columns or args.columns),
    )
    return EXIT_ERROR if failed else EXIT_OK


def _upload_one(client: Any, args: argparse.Namespace, path: Path, common: dict[str, Any]) -> Any:
    from ..uploads import upload_preview, upload_review_attachment, upload_screenshot

    if args.kind == "screenshot":
        return upload_screenshot(client, args.set_id, path, **common)
    if args.kind == "preview":
        mime = args.mime_type or mimetypes.guess_type(path.name)[0]
        return upload_preview(
            client,
            args.set_id,
            path,
            mime_type=mime,
            preview_frame_time_code=args.frame_time_code,
            **common,
        )
    return upload_review_attachment(client, args.detail_id, path, **common)


def _asset_row(path: Path, asset: Any) -> dict[str, Any]:
    return {
        "file": str(path),
        "id": asset.id,
        "resource": asset.type,
        "state": asset.state,
        "checksum": asset.checksum,
        "errors": [],
        "warnings": [_reason(w) for w in asset.warnings],
    }


def _failure_row(path: Path, err: AssetProcessingError) -> dict[str, Any]:
    return {
        "file": str(path),
        "id": err.asset_id,
        "resource": err.resource_type,
        "state": err.state or "FAILED",
        "checksum": None,
        "errors": [_reason(e) for e in err.errors],
        "warnings": [_reason(w) for w in err.warnings],
    }


def _reason(item: dict[str, Any]) -> str:
    code, text = item.get("code"), item.get("description") or item.get("message")
    return ": ".join(str(part) for part in (code, text) if part) or str(item)


# --------------------------------------------------------------------------- reports


def _report(args: argparse.Namespace, opts: argparse.Namespace) -> int:
    from ..reports import AnalyticsReportNotFound, ReportNotAvailable

    meter = _Meter()
    client = _make_client(opts)
    try:
        with meter.working(f"Downloading the {args.kind} report…"):
            if args.kind == "analytics":
                raw, summary = _analytics(client, args)
            else:
                report = _sales(client, args) if args.kind == "sales" else _finance(client, args)
                raw, summary = report.raw, _money_summary(report, args.kind)
    except ReportNotAvailable as err:
        detail = "; ".join(e.detail or e.title or "" for e in err.errors if e.detail or e.title)
        sys.stderr.write(
            f"ascapi: no {args.kind} report for {_filters(args)}"
            + (f" ({detail})" if detail else "")
            + "\n"
        )
        return EXIT_NO_REPORT
    except AnalyticsReportNotFound as err:
        sys.stderr.write(f"ascapi: no analytics report for {_filters(args)} ({err})\n")
        return EXIT_NO_REPORT
    finally:
        client.close()
    if args.save:
        try:
            Path(args.save).write_bytes(raw)
        except OSError as exc:
            raise UsageError(f"cannot write {args.save}: {exc.strerror or exc}") from None
    emit(
        raw,
        fmt=opts.output or args.output,
        paged=False,
        everything=False,
        columns=_columns(opts.columns or args.columns),
    )
    sys.stderr.write(summary + (f" · saved to {args.save}" if args.save else "") + "\n")
    return EXIT_OK


def _filters(args: argparse.Namespace) -> str:
    if args.kind == "sales":
        when = args.date or "the latest date"
        return f"vendor {args.vendor}, {args.frequency} {args.report_type}/{args.subtype}, {when}"
    if args.kind == "finance":
        return f"vendor {args.vendor}, region {args.region}, {args.date}"
    return f"app {args.app_id}, {args.report!r}, {args.granularity}, {args.date or 'the latest'}"


def _sales(client: Any, args: argparse.Namespace) -> Report:
    from ..reports import download_sales_report

    return download_sales_report(
        client,
        vendor_number=args.vendor,
        report_type=args.report_type,
        report_sub_type=args.subtype,
        frequency=args.frequency,
        report_date=args.date,
        version=args.version,
    )


FISCAL_MONTH = re.compile(r"\d{4}-\d{2}")


def _finance(client: Any, args: argparse.Namespace) -> Report:
    from ..reports import download_finance_report

    # Finance reports have no frequency: say so in their terms, not in MONTHLY sales terms.
    if not FISCAL_MONTH.fullmatch(args.date):
        month = FISCAL_MONTH.match(args.date)
        example = month.group() if month else "2026-10"
        raise UsageError(
            f"finance reports are per fiscal month: --date needs YYYY-MM (e.g. {example}), "
            f"got {args.date!r}"
        )
    return download_finance_report(
        client,
        vendor_number=args.vendor,
        region_code=args.region,
        report_date=args.date,
        report_type=args.report_type,
    )


def _money_summary(report: Report, kind: str) -> str:
    """Rows, units and proceeds per currency, for the columns this report has."""
    parts = [f"{len(report)} rows"]
    units = "Units" if kind == "sales" else "Quantity"
    if units in report.columns:
        parts.append(f"{report.total(units)} units")
    proceeds: dict[str, Decimal] = {}
    if kind == "sales" and {"Units", "Developer Proceeds", "Currency of Proceeds"} <= set(
        report.columns
    ):
        proceeds = report.proceeds()
    elif {"Extended Partner Share", "Partner Share Currency"} <= set(report.columns):
        proceeds = report.total_by("Extended Partner Share", by="Partner Share Currency")
    if proceeds:
        money = ", ".join(f"{amount} {currency}" for currency, amount in sorted(proceeds.items()))
        parts.append(f"proceeds {money}")
    return " · ".join(parts)


def _analytics(client: Any, args: argparse.Namespace) -> tuple[bytes, str]:
    """The instance's merged rows as gzipped TSV, and a summary line."""
    from ..reports import download_analytics_report

    data = download_analytics_report(
        client,
        args.app_id,
        report_name=args.report,
        granularity=args.granularity,
        processing_date=args.date,
    )
    lines = ["\t".join(data.columns)] if data.columns else []
    lines += ["\t".join(row.get(c, "") for c in data.columns) for row in data.rows]
    text = "".join(line + "\n" for line in lines)
    summary = (
        f"{len(data)} rows · {data.name} · {data.granularity} · processed "
        f"{data.processing_date} · {len(data.segments)} segment(s)"
    )
    return gzip.compress(text.encode("utf-8"), mtime=0), summary
