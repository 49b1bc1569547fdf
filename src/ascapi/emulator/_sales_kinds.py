"""The sales report kinds the emulator serves: Apple's type/sub-type/frequency/version table,
the columns of each file, and rows generated from the apps in state and the seed."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._errors import param_invalid

# (country, currency, customer price, proceeds, finance region)
MARKETS = (("US", "USD", 0.99, 0.70, "US"), ("DE", "EUR", 0.99, 0.59, "EU"), ("GB", "GBP", 0.89, 0.62, "GB"),
           ("JP", "JPY", 160, 112, "JP"), ("AU", "AUD", 1.49, 1.04, "AU"), ("CA", "CAD", 1.39, 0.97, "CA"))
DEVICES = ("iPhone", "iPad", "Desktop")
ALL_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
Rows = Callable[[random.Random, str, dict[str, Any], dt.date, dt.date, int], list[list[str]]]

SALES_COLUMNS = (
    "Provider", "Provider Country", "SKU", "Developer", "Title", "Version", "Product Type Identifier",
    "Units", "Developer Proceeds", "Begin Date", "End Date", "Customer Currency", "Country Code",
    "Currency of Proceeds", "Apple Identifier", "Customer Price", "Promo Code", "Parent Identifier",
    "Subscription", "Period", "Category", "CMB", "Device", "Supported Platforms", "Proceeds Reason",
    "Preserved Pricing", "Client",
)
PRE_ORDER_COLUMNS = (
    "Provider", "Provider Country", "Title", "SKU", "Developer", "Pre-Order Start Date", "Pre-Order End Date",
    "Ordered", "Canceled", "Cumulative Ordered", "Cumulative Canceled", "Start Date", "End Date", "Country Code",
    "Apple Identifier", "Device", "Supported Platforms", "Category", "Client",
)
SUBSCRIPTION_COLUMNS = (
    "App Name", "App Apple ID", "Subscription Name", "Subscription Apple ID", "Subscription Group ID",
    "Standard Subscription Duration", "Subscription Offer Name", "Promotional Offer ID", "Customer Price",
    "Customer Currency", "Developer Proceeds", "Proceeds Currency", "Preserved Pricing", "Proceeds Reason",
    "Client", "Device", "State", "Country", "Active Standard Price Subscriptions",
    "Active Free Trial Introductory Offer Subscriptions", "Active Pay Up Front Introductory Offer Subscriptions",
    "Active Pay As You Go Introductory Offer Subscriptions", "Free Trial Promotional Offer Subscriptions",
    "Pay Up Front Promotional Offer Subscriptions", "Pay As You Go Promotional Offer Subscriptions",
    "Free Trial Offer Code Subscriptions", "Pay Up Front Offer Code Subscriptions",
    "Pay As You Go Offer Code Subscriptions", "Marketing Opt-Ins", "Billing Retry", "Grace Period", "Subscribers",
)
SUBSCRIPTION_EVENT_COLUMNS = (
    "Event Date", "Event", "App Name", "App Apple ID", "Subscription Name", "Subscription Apple ID",
    "Subscription Group ID", "Standard Subscription Duration", "Subscription Offer Type",
    "Subscription Offer Duration", "Marketing Opt-In", "Marketing Opt-In Duration", "Preserved Pricing",
    "Proceeds Reason", "Promotional Offer Name", "Promotional Offer ID", "Consecutive Paid Periods",
    "Original Start Date", "Device", "Client", "State", "Country", "Previous Subscription Name",
    "Previous Subscription Apple ID", "Days Before Canceling", "Cancellation Reason", "Days Canceled", "Quantity",
)
SUBSCRIBER_COLUMNS = (
    "Event Date", "App Name", "App Apple ID", "Subscription Name", "Subscription Apple ID", "Subscription Group ID",
    "Standard Subscription Duration", "Subscription Offer Name", "Promotional Offer ID", "Subscription Offer Type",
    "Subscription Offer Duration", "Marketing Opt-In Duration", "Customer Price", "Customer Currency",
    "Developer Proceeds", "Proceeds Currency", "Preserved Pricing", "Proceeds Reason", "Client", "Country",
    "Subscriber ID", "Subscriber ID Reset", "Refund", "Purchase Date", "Units",
)
INSTALLS_DIMENSIONS = {"SUMMARY_INSTALL_TYPE": ("Install Type", ("First-time install", "Reinstall", "Update")),
                       "SUMMARY_TERRITORY": ("Territory", tuple(m[0] for m in MARKETS)),
                       "SUMMARY_CHANNEL": ("Channel", ("App Store", "Alternative app marketplace", "Web browser"))}
EVENTS = ("Subscribe", "Renew", "Cancel", "Start Introductory Price", "Paid Subscription from Introductory Price")


@dataclass(frozen=True)
class SalesKind:
    report_type: str
    sub_type: str
    frequencies: tuple[str, ...]
    versions: tuple[str, ...]  # the first is the one served when no version is asked for
    columns: tuple[str, ...]
    rows: Rows
    file_pattern: str  # {letter} {vendor} {stamp} {version}

    def check(self, frequency: str, version: str | None) -> str:
        """The version to serve; Apple refuses a frequency or version the report does not have."""
        name = f"{self.report_type}/{self.sub_type}"
        if frequency not in self.frequencies:
            raise param_invalid("filter[frequency]", f"{name} reports are available {', '.join(self.frequencies)}")
        if version is None:
            return self.versions[0]
        if version not in self.versions:
            raise param_invalid("filter[version]", f"Version {version} is not valid for {name}; "
                                f"use {' or '.join(self.versions)}")
        return version

    def file_name(self, vendor: str, frequency: str, stamp: str, version: str) -> str:
        return self.file_pattern.format(letter=frequency[0], vendor=vendor, stamp=stamp, version=version) + ".txt.gz"


def _us(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def _ordered(columns: tuple[str, ...], values: dict[str, Any]) -> list[str]:
    return [str(values.get(column, "")) for column in columns]


def _subscription_of(app_id: str, attrs: dict[str, Any]) -> dict[str, str]:
    """The app's monthly subscription, with ids derived from the app's."""
    crc = zlib.crc32(app_id.encode())
    name = str(attrs.get("name", ""))
    return {"App Name": name, "App Apple ID": app_id, "Subscription Name": f"{name} Pro Monthly",
            "Subscription Apple ID": str(6_400_000_000 + crc % 100_000_000),
            "Subscription Group ID": str(21_000_000 + crc % 1_000_000), "Standard Subscription Duration": "1 Month"}


def sales_rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date, end: dt.date,
               days: int) -> list[list[str]]:
    rows = []
    for country, currency, price, proceeds, _ in MARKETS:
        units = sum(rng.randrange(0, 9) for _ in range(days))
        if units == 0:
            continue
        paid = rng.random() < 0.3
        rows.append([
            "APPLE", "US", str(attrs.get("sku", app_id)), "Example Developer", str(attrs.get("name", "")), "1.0",
            "1F", str(units), f"{proceeds:.2f}" if paid else "0", _us(start), _us(end), currency, country,
            currency, app_id, f"{price:.2f}" if paid else "0", "", "", "", "", "Productivity", "",
            rng.choice(DEVICES), "iOS", "", "", "",
        ])
    return rows


def pre_order_rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date, end: dt.date,
                   days: int) -> list[list[str]]:
    rows = []
    opened = start - dt.timedelta(days=rng.randrange(10, 60))
    for country, *_ in MARKETS:
        ordered, canceled = sum(rng.randrange(0, 6) for _ in range(days)), rng.randrange(0, 2)
        if ordered == 0:
            continue
        rows.append(_ordered(PRE_ORDER_COLUMNS, {
            "Provider": "APPLE", "Provider Country": "US", "Title": attrs.get("name", ""),
            "SKU": attrs.get("sku", app_id), "Developer": "Example Developer", "Pre-Order Start Date": _us(opened),
            "Pre-Order End Date": _us(end + dt.timedelta(days=30)), "Ordered": ordered, "Canceled": canceled,
            "Cumulative Ordered": ordered * 4, "Cumulative Canceled": canceled * 3, "Start Date": _us(start),
            "End Date": _us(end), "Country Code": country, "Apple Identifier": app_id,
            "Device": rng.choice(DEVICES), "Supported Platforms": "iOS", "Category": "Productivity"}))
    return rows


def subscription_rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date, end: dt.date,
                      days: int) -> list[list[str]]:
    rows = []
    for country, currency, price, proceeds, _ in MARKETS:
        standard, trial, retry = rng.randrange(0, 120), rng.randrange(0, 30), rng.randrange(0, 4)
        if standard + trial == 0:
            continue
        rows.append(_ordered(SUBSCRIPTION_COLUMNS, {
            **_subscription_of(app_id, attrs), "Customer Price": f"{price * 5:.2f}", "Customer Currency": currency,
            "Developer Proceeds": f"{proceeds * 5:.2f}", "Proceeds Currency": currency, "Preserved Pricing": "No",
            "Device": rng.choice(DEVICES), "Country": country, "Active Standard Price Subscriptions": standard,
            "Active Free Trial Introductory Offer Subscriptions": trial,
            **{column: 0 for column in SUBSCRIPTION_COLUMNS[20:28]},
            "Marketing Opt-Ins": 0, "Billing Retry": retry, "Grace Period": rng.randrange(0, 2),
            "Subscribers": standard + trial}))
    return rows


def subscription_event_rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date,
                            end: dt.date, days: int) -> list[list[str]]:
    rows = []
    for country, *_ in MARKETS:
        for event in EVENTS:
            quantity = rng.randrange(0, 12)
            if quantity == 0:
                continue
            intro = "Introductory" in event
            rows.append(_ordered(SUBSCRIPTION_EVENT_COLUMNS, {
                "Event Date": start.isoformat(), "Event": event, **_subscription_of(app_id, attrs),
                "Subscription Offer Type": "Free Trial" if intro else "", "Subscription Offer Duration":
                "1 Week" if intro else "", "Marketing Opt-In": "No", "Preserved Pricing": "No",
                "Consecutive Paid Periods": rng.randrange(0, 12) if event == "Renew" else "",
                "Original Start Date": (start - dt.timedelta(days=rng.randrange(0, 400))).isoformat(),
                "Device": rng.choice(DEVICES), "Country": country,
                "Days Before Canceling": rng.randrange(1, 30) if event == "Cancel" else "",
                "Cancellation Reason": "Other" if event == "Cancel" else "", "Quantity": quantity}))
    return rows


def subscriber_rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date, end: dt.date,
                    days: int) -> list[list[str]]:
    rows = []
    for country, currency, price, proceeds, _ in MARKETS:
        for _ in range(rng.randrange(0, 4)):
            rows.append(_ordered(SUBSCRIBER_COLUMNS, {
                "Event Date": start.isoformat(), **_subscription_of(app_id, attrs),
                "Customer Price": f"{price * 5:.2f}", "Customer Currency": currency,
                "Developer Proceeds": f"{proceeds * 5:.2f}", "Proceeds Currency": currency,
                "Preserved Pricing": "No", "Country": country, "Subscriber ID": str(rng.getrandbits(60)),
                "Subscriber ID Reset": "", "Refund": "", "Purchase Date": start.isoformat(), "Units": 1}))
    return rows


def installs_rows(sub_type: str) -> Rows:
    values = INSTALLS_DIMENSIONS[sub_type][1]

    def rows(rng: random.Random, app_id: str, attrs: dict[str, Any], start: dt.date, end: dt.date,
             days: int) -> list[list[str]]:
        counts = [(value, sum(rng.randrange(0, 20) for _ in range(days))) for value in values]
        return [[_us(start), _us(end), app_id, str(attrs.get("name", "")), value, str(count)]
                for value, count in counts if count]

    return rows


def _installs(sub_type: str) -> SalesKind:
    column = INSTALLS_DIMENSIONS[sub_type][0]
    return SalesKind("INSTALLS", sub_type, ("DAILY", "WEEKLY", "MONTHLY"), ("1_0",),
                     ("Begin Date", "End Date", "Apple Identifier", "App Name", column, "Installs"),
                     installs_rows(sub_type), "Installs_{letter}_{vendor}_{stamp}")


KINDS = {(kind.report_type, kind.sub_type): kind for kind in (
    SalesKind("SALES", "SUMMARY", ALL_FREQUENCIES, ("1_0", "1_1"), SALES_COLUMNS, sales_rows,
              "S_{letter}_{vendor}_{stamp}"),
    SalesKind("PRE_ORDER", "SUMMARY", ALL_FREQUENCIES, ("1_0",), PRE_ORDER_COLUMNS, pre_order_rows,
              "O_{letter}_{vendor}_{stamp}"),
    SalesKind("SUBSCRIPTION", "SUMMARY", ("DAILY",), ("1_4", "1_3"), SUBSCRIPTION_COLUMNS, subscription_rows,
              "Subscription_{vendor}_{stamp}_V{version}"),
    SalesKind("SUBSCRIPTION_EVENT", "SUMMARY", ("DAILY",), ("1_4", "1_3"), SUBSCRIPTION_EVENT_COLUMNS,
              subscription_event_rows, "Subscription_Event_{vendor}_{stamp}_V{version}"),
    SalesKind("SUBSCRIBER", "DETAILED", ("DAILY",), ("1_4", "1_3"), SUBSCRIBER_COLUMNS, subscriber_rows,
              "Subscriber_{vendor}_{stamp}_V{version}"),
    *(_installs(sub_type) for sub_type in INSTALLS_DIMENSIONS),
)}


def find_kind(report_type: str, sub_type: str) -> SalesKind:
    kind = KINDS.get((report_type, sub_type))
    if kind is None:
        raise param_invalid("filter[reportSubType]",
                            f"The report {report_type}/{sub_type} is not available from this server")
    return kind
