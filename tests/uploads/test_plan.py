"""Upload plan validation (C24's rules) on realistic operation lists."""

from __future__ import annotations

import datetime as dt

import pytest

from ascapi.uploads import UploadValidationError, plan_upload


def op(offset: int, length: int, n: int = 1, **extra: object) -> dict[str, object]:
    return {
        "method": "PUT",
        "url": f"https://uploads.example.net/a/part-{n}?sig=x",
        "offset": offset,
        "length": length,
        "requestHeaders": [{"name": "Content-Type", "value": "image/png"}],
        **extra,
    }


def test_parts_sorted_by_offset_and_headers_kept() -> None:
    parts = plan_upload([op(6, 4, 2), op(0, 6, 1)], 10)
    assert [(p.index, p.offset, p.length) for p in parts] == [(1, 0, 6), (0, 6, 4)]
    assert parts[0].headers == (("Content-Type", "image/png"),)


def test_zero_length_operation_is_named() -> None:
    with pytest.raises(UploadValidationError) as info:
        plan_upload([op(0, 6), op(6, 4, 2), op(10, 0, 3)], 10)
    assert info.value.index == 2
    assert "operation 2" in str(info.value) and "length 0" in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("ops", "size", "index", "words"),
    [
        ([op(0, 6), op(7, 3, 2)], 10, 1, "unsent"),  # gap
        ([op(0, 6), op(5, 5, 2)], 10, 1, "overlaps"),  # overlap
        ([op(0, 6), op(6, 5, 2)], 10, 1, "past the end"),  # overrun
        ([op(0, 6)], 10, None, "cover 6 of 10"),  # short
        ([op(0, 10), op(0, 10, 2)], 10, 1, "overlaps"),  # the same part twice
        ([op(-1, 11)], 10, 0, "offset"),
        ([{**op(0, 10), "url": "/relative"}], 10, 0, "URL"),
        ([{**op(0, 10), "method": None}], 10, 0, "method"),
    ],
)
def test_bad_plans_refused(
    ops: list[dict[str, object]], size: int, index: int | None, words: str
) -> None:
    with pytest.raises(UploadValidationError, match=words) as info:
        plan_upload(ops, size)
    assert info.value.index == index


def test_empty_plan_refused() -> None:
    with pytest.raises(UploadValidationError, match="no upload operations"):
        plan_upload(None, 10)


def test_delivery_file_operations_and_expiry() -> None:
    ops = [
        op(0, 5, 1, partNumber=1, expiration="2026-01-01T01:00:00Z", entityTag="e1"),
        op(5, 5, 2, partNumber=2, expiration="2026-01-01T01:00:00.000+00:00"),
    ]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    parts = plan_upload(ops, 10, now=now)
    assert [p.part_number for p in parts] == [1, 2]
    with pytest.raises(UploadValidationError, match="expired") as info:
        plan_upload(ops, 10, now=now + dt.timedelta(hours=2))
    assert info.value.index == 0


def test_authorization_header_from_the_plan_is_never_forwarded() -> None:
    parts = plan_upload(
        [
            op(
                0,
                10,
                requestHeaders=[
                    {"name": "Authorization", "value": "x"},
                    {"name": "Content-Type", "value": "image/png"},
                ],
            )
        ],
        10,
    )
    assert parts[0].headers == (("Content-Type", "image/png"),)


def test_part_repr_hides_the_presigned_url() -> None:
    (part,) = plan_upload([op(0, 10)], 10)
    assert "sig=" not in repr(part)


def test_validation_error_keeps_the_operation_without_its_signature() -> None:
    from ascapi.models import DeliveryFileUploadOperation

    signed = f"{op(0, 0)['url']}&X-Amz-Signature=SIGNED"
    bad = {**op(0, 0), "url": signed}
    with pytest.raises(UploadValidationError) as info:
        plan_upload([bad], 10)
    assert "SIGNED" not in repr(info.value.__dict__) and "?" not in info.value.operation["url"]
    assert info.value.operation["length"] == 0 and bad["url"] == signed  # the input is untouched
    model = DeliveryFileUploadOperation(method="PUT", url=signed, offset=0, length=0)
    with pytest.raises(UploadValidationError) as info:
        plan_upload([model], 10)
    assert isinstance(info.value.operation, DeliveryFileUploadOperation)
    assert "SIGNED" not in repr(info.value.__dict__) and info.value.operation.length == 0
