"""YEARLY sales reports take the year as an int; ``total()`` refuses money it cannot add up
(amounts per unit, several currencies) and says what to use instead."""

from __future__ import annotations

import datetime as dt
import gzip
from decimal import Decimal

import httpx
import pytest

import ascapi
from ascapi.reports import Report, check_report_date, download_sales_report, summarize
from tests.core._helpers import creds


def tsv(header: str, *rows: str) -> Report:
    return Report.from_bytes(gzip.compress(("\n".join([header, *rows]) + "\n").encode()))


# --------------------------------------------------------------------------- report dates


def test_a_yearly_report_date_may_be_an_int() -> None:
    assert check_report_date("YEARLY", 2025) == "2025"
    assert check_report_date("yearly", 2025) == check_report_date("YEARLY", "2025")
    assert check_report_date("YEARLY", dt.date(2025, 6, 1)) == "2025"
    with pytest.raises(ValueError, match="YEARLY reports need reportDate as YYYY, got 25"):
        check_report_date("YEARLY", 25)


@pytest.mark.parametrize("frequency", ["DAILY", "WEEKLY", "MONTHLY"])
def test_other_frequencies_refuse_an_int_clearly(frequency: str) -> None:
    with pytest.raises(ValueError, match=f"{frequency} reports need reportDate as .*got the "
                                         "number 2025; only YEARLY reports take a year number"):
        check_report_date(frequency, 2025)


@pytest.mark.parametrize("wrong", [True, 2025.0, b"2025"])
def test_other_types_are_a_clear_value_error(wrong: object) -> None:
    with pytest.raises(ValueError, match=r"YEARLY reports need reportDate as YYYY \(a string, a "
                                         r"date or the year as an int\), got a "):
        check_report_date("YEARLY", wrong)  # type: ignore[arg-type]


def test_download_sales_report_with_an_int_year() -> None:
    sent: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, content=gzip.compress(b"Units\n3\n"),
                              headers={"Content-Type": "application/a-gzip"})

    with ascapi.Client(creds(), transport=httpx.MockTransport(handler)) as client:
        report = download_sales_report(client, vendor_number="8", frequency="YEARLY",
                                       report_date=2025)
        with pytest.raises(ValueError, match="only YEARLY"):
            download_sales_report(client, vendor_number="8", frequency="MONTHLY",
                                  report_date=2025)
    assert report.total("Units") == 3 and len(sent) == 1
    assert sent[0].params["filter[reportDate]"] == "2025"
    assert sent[0].params["filter[frequency]"] == "YEARLY"


# --------------------------------------------------------------------------- totals


SALES = "Title\tUnits\tDeveloper Proceeds\tCurrency of Proceeds\tCustomer Price\tCustomer Currency"


def test_amounts_per_unit_count_the_units_everywhere() -> None:
    report = tsv(SALES, "A\t3\t0.70\tEUR\t0.99\tEUR", "B\t2\t0.70\tEUR\t0.99\tEUR")
    assert report.total("Developer Proceeds") == Decimal("3.50")
    assert report.total("Customer Price") == Decimal("4.95")
    assert report.total("Units") == 5
    assert report.proceeds() == {"EUR": Decimal("3.50")}
    assert report.total_by("Developer Proceeds", by="Title") == {"A": Decimal("2.10"), "B": Decimal("1.40")}
    assert summarize(report, value="Developer Proceeds") == [("A", Decimal("2.10")), ("B", Decimal("1.40"))]


def test_money_of_a_group_in_several_currencies_is_refused() -> None:
    report = tsv(SALES, "A\t3\t0.70\tEUR\t0.99\tEUR", "A\t1\t100\tJPY\t150\tJPY", "B\t2\t0.70\tEUR\t0.99\tEUR")
    with pytest.raises(ascapi.InvalidArgumentError) as info:
        summarize(report, value="Developer Proceeds")
    assert str(info.value) == ("'Developer Proceeds' of Title 'A' is in several currencies; group it by "
                               "currency: report.total_by('Developer Proceeds', by='Currency of Proceeds')")
    assert report.total_by("Developer Proceeds") == {"EUR": Decimal("3.50"), "JPY": Decimal(100)}
    assert report.total_by("Units", by="Title") == {"A": 4, "B": 2}


def test_finance_proceeds_are_the_extended_partner_share() -> None:
    finance = tsv(FINANCE_HEADER, "3\t0.70\t2.10\tEUR", "1\t100\t100\tJPY", "2\t0.70\t1.40\tEUR")
    assert finance.proceeds() == {"EUR": Decimal("3.50"), "JPY": Decimal(100)}
    assert finance.total_by("Partner Share", by="Partner Share Currency") == finance.proceeds()


FINANCE = FINANCE_HEADER = "Quantity\tPartner Share\tExtended Partner Share\tPartner Share Currency"


def test_total_refuses_money_in_several_currencies() -> None:
    mixed = tsv(FINANCE, "3\t0.70\t2.10\tEUR", "1\t100\t100\tJPY", "2\t0.70\t1.40\tEUR")
    with pytest.raises(ValueError) as info:
        mixed.total("Extended Partner Share")
    assert str(info.value) == (
        "'Extended Partner Share' is in 2 currencies (EUR, JPY); add it up per currency with "
        "report.total_by('Extended Partner Share', by='Partner Share Currency')")
    with pytest.raises(ValueError, match="'Partner Share' is in 2 currencies"):
        mixed.total("Partner Share")
    assert mixed.total_by("Extended Partner Share", by="Partner Share Currency") == {
        "EUR": Decimal("3.50"), "JPY": Decimal(100)}
    assert mixed.total("Quantity") == 6
    one_currency = tsv(FINANCE, "3\t0.70\t2.10\tEUR", "2\t0.70\t1.40\tEUR", "\t\t\t")
    assert one_currency.total("Extended Partner Share") == Decimal("3.50")


def test_total_of_an_unknown_money_column_still_names_the_columns() -> None:
    with pytest.raises(KeyError, match="no column 'Developer Proceeds'"):
        tsv("Title\tUnits", "A\t1").total("Developer Proceeds")
    assert Report(raw=b"", available=False).total("Developer Proceeds") == 0


def test_finance_report_dates_are_explained_in_finance_terms() -> None:
    from ascapi.reports import download_finance_report

    client = ascapi.Client(creds(), transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    with pytest.raises(ascapi.InvalidArgumentError) as info:
        download_finance_report(client, vendor_number="8", region_code="US", report_date="2026-10-01")
    assert str(info.value).startswith("finance reports (per fiscal month) need reportDate as YYYY-MM")
    assert "MONTHLY" not in str(info.value)
