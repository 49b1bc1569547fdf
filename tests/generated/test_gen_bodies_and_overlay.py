"""Request bodies built from keywords: compound creates with `included`, dates and date-times
checked on the way in; and the overlay's patches, guarded by RFC 6902 tests."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import httpx
import pytest
from _gen_helpers import async_client, client

import ascapi
from ascapi import models


def recorder() -> tuple[list[httpx.Request], object]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"data": {"type": "winBackOffers", "id": "w1"}})

    return seen, handler


def _price(local_id: str, territory: str) -> models.WinBackOfferPriceInlineCreate:
    Rel = models.WinBackOfferPriceInlineCreateRelationships
    return models.WinBackOfferPriceInlineCreate(
        type="winBackOfferPrices", id=local_id,
        relationships=Rel(
            territory=models.WinBackOfferPriceInlineCreateRelationshipsTerritory(
                data=models.WinBackOfferPriceInlineCreateRelationshipsTerritoryData(type="territories", id=territory)),
            subscription_price_point=models.WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint(
                data=models.WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData(
                    type="subscriptionPricePoints", id=f"pp-{territory}")),
        ),
    )


def test_compound_create_sends_included_models_and_dicts() -> None:
    seen, handler = recorder()
    raw = {"type": "winBackOfferPrices", "id": "${p2}",
           "relationships": {"territory": {"data": {"type": "territories", "id": "FRA"}}}}
    client(handler).win_back_offers.create(
        reference_name="Come back", offer_id="back1", duration="ONE_MONTH", offer_mode="FREE_TRIAL",
        period_count=1, start_date=dt.date(2026, 1, 2), subscription="sub1",
        prices=["${p1}", "${p2}"], included=[_price("${p1}", "USA"), raw],
    )
    sent = json.loads(seen[0].content)
    assert sent["data"]["relationships"]["prices"]["data"] == [
        {"type": "winBackOfferPrices", "id": "${p1}"}, {"type": "winBackOfferPrices", "id": "${p2}"}]
    first, second = sent["included"]
    assert first["relationships"]["territory"]["data"] == {"type": "territories", "id": "USA"}
    assert first["relationships"]["subscriptionPricePoint"]["data"]["id"] == "pp-USA"
    assert second == raw
    assert sent["data"]["attributes"]["startDate"] == "2026-01-02"


async def test_compound_create_async_and_no_included_key_when_unset() -> None:
    seen, handler = recorder()
    await async_client(handler).win_back_offers.create(reference_name="x", subscription="s")
    assert "included" not in json.loads(seen[0].content)
    await async_client(handler).win_back_offers.create(included=[_price("${p1}", "USA")])
    assert len(json.loads(seen[1].content)["included"]) == 1


def test_compound_create_against_the_emulator_links_the_inline_prices() -> None:
    from ascapi.emulator import Emulator

    emu = Emulator()
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as c:
        app = c.apps.list().data[0].id
        group = c.subscription_groups.create(reference_name="Pro", app=app).data.id
        subscription = c.subscriptions.create(name="Pro monthly", product_id="pro.monthly",
                                              subscription_period="ONE_MONTH", group=group).data.id
        emu.store.insert("subscriptionPricePoints", {"customerPrice": "4.99", "proceeds": "3.49"},
                         {"territory": "USA"}, ident="pp-USA")
        offer = c.win_back_offers.create(
            reference_name="Come back", offer_id="back-emu", duration="ONE_MONTH", offer_mode="FREE_TRIAL",
            period_count=1, customer_eligibility_paid_subscription_duration_in_months=3,
            customer_eligibility_time_since_last_subscribed_in_months={"minimum": 1, "maximum": 6},
            customer_eligibility_wait_between_offers_in_months=2, start_date=dt.date(2026, 1, 2),
            priority="HIGH", subscription=subscription, prices=["${p1}"], included=[_price("${p1}", "USA")],
        ).data
        prices = c.win_back_offers.prices.list(offer.id).data
        assert len(prices) == 1 and prices[0].id != "${p1}"


def test_a_datetime_for_a_date_attribute_is_its_day_only_at_midnight() -> None:
    seen, handler = recorder()
    c = client(handler)
    c.win_back_offers.create(start_date=dt.datetime(2026, 3, 4))
    assert json.loads(seen[0].content)["data"]["attributes"]["startDate"] == "2026-03-04"
    with pytest.raises(ascapi.InvalidArgumentError, match=r"start_date is a date.*'2026-03-04'"):
        c.win_back_offers.create(start_date=dt.datetime(2026, 3, 4, 10, 30))
    assert len(seen) == 1


def test_a_naive_datetime_is_refused_and_an_aware_one_keeps_its_offset() -> None:
    seen, handler = recorder()
    c = client(handler)
    with pytest.raises(ascapi.InvalidArgumentError, match="earliest_release_date has no time zone"):
        c.app_store_versions.update("v1", earliest_release_date=dt.datetime(2026, 1, 2, 3, 4, 5))
    assert seen == []
    paris = dt.timezone(dt.timedelta(hours=1))
    c.app_store_versions.update("v1", earliest_release_date=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=paris))
    sent = json.loads(seen[0].content)["data"]["attributes"]["earliestReleaseDate"]
    assert dt.datetime.fromisoformat(sent) == dt.datetime(2026, 1, 2, 2, 4, 5, tzinfo=dt.timezone.utc)
    c.app_store_versions.update("v1", earliest_release_date="2026-01-02T03:04:05Z")
    assert json.loads(seen[1].content)["data"]["attributes"]["earliestReleaseDate"] == "2026-01-02T03:04:05Z"


def test_kids_age_band_is_not_offered_in_fields_of_app_infos() -> None:
    seen = 0
    for op in ascapi.operations():
        for p in op.params:
            if p.wire == "fields[appInfos]":
                seen += 1
                assert "kidsAgeBand" not in p.schema["items"]["enum"], op.operation_id
                assert "primaryCategory" in p.schema["items"]["enum"]
    assert seen == 7


def test_an_overlay_test_that_fails_stops_the_generator(tmp_path: Path) -> None:
    from codegen import spec

    overlay = json.loads(spec.OVERLAY.read_text())
    guard = next(p for p in overlay["patches"] if p["op"] == "test")
    guard["value"] = "somethingElse"
    bad = tmp_path / "overlay.json"
    bad.write_text(json.dumps(overlay))
    with pytest.raises(ValueError, match="overlay test failed"):
        spec.load(overlay=bad)


def test_the_lock_names_the_spec_and_overlay_actually_used(tmp_path: Path) -> None:
    from codegen import spec

    copy = tmp_path / "renamed-spec.json"
    shutil.copyfile(spec.spec_path(), copy)
    lock = json.loads(spec.lock(spec.load(copy)))
    assert lock["spec"] == "renamed-spec.json"
    committed = json.loads((spec.HERE / "spec.lock").read_text())
    assert lock["overlay_sha256"] == committed["overlay_sha256"]
    assert lock["sha256"] == committed["sha256"]


def test_the_registry_says_which_operations_can_answer_csv() -> None:
    import inspect

    csv = [op for op in ascapi.operations() if op.csv]
    assert len(csv) == 8 and all(op.paged and op.result == "json" for op in csv)
    for op in csv:
        namespace, method = op.python_path.rsplit(".", 1)
        resource: object = client(lambda request: httpx.Response(204))
        for part in namespace.split("."):
            resource = getattr(resource, part)
        assert "accept" in inspect.signature(getattr(resource, method)).parameters
    assert not ascapi.operation("apps_getCollection").csv
