"""Errors carry no credential; 429 with the hourly budget spent; integer-only maxima;
credentials copy and read the environment explicitly."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi._qs import check_maxima
from ascapi._retry import RetryPolicy
from ascapi.reports import ReportNotAvailable, download_sales_report
from tests.core._helpers import (
    ISSUER,
    KEY_ID,
    Recorder,
    client,
    creds,
    errors_body,
    jresp,
    pem,
    resolve,
)

MODES = ["sync", "async"]


# --- 1. no bearer token inside an error -----------------------------------------------------


def _token_free(error: BaseException, token: str) -> None:
    secret = token.split(".")[-1]  # the signature: unique to this token
    texts = [str(error), repr(error), repr(error.__dict__)]
    for text in texts:
        assert token not in text and secret not in text
    blob = pickle.dumps(error)
    assert token.encode() not in blob and secret.encode() not in blob
    again = pickle.loads(blob)
    assert type(again) is type(error) and str(again) == str(error)
    request = getattr(error, "request", None)
    if request is not None:
        assert request.headers.get("authorization") in (None, "Bearer [redacted]")
        assert token not in repr(request.headers)
    response = getattr(error, "response", None)
    if response is not None:
        assert response.request.headers.get("authorization") == "Bearer [redacted]"
        assert token not in repr(response.request.headers)


@pytest.mark.parametrize("mode", MODES)
async def test_status_error_holds_no_token(mode: str) -> None:
    body = errors_body({"status": "404", "code": "NOT_FOUND", "detail": "no such app"})
    recorder = Recorder(jresp(404, body))
    credentials = creds()
    c = client(mode, recorder, credentials=credentials)
    with pytest.raises(ascapi.NotFoundError) as info:
        await resolve(c.request("GET", "/v1/apps/1"))
    token = credentials.token()
    assert recorder.requests[0].headers["authorization"] == f"Bearer {token}"  # it was sent
    error = info.value
    _token_free(error, token)
    assert error.request is not None and error.request.url == recorder.requests[0].url
    assert error.response is not None and error.response.status_code == 404
    assert error.response.json() == body and error.code == "NOT_FOUND"
    again = pickle.loads(pickle.dumps(error))
    assert again.status_code == 404 and again.codes == ["NOT_FOUND"]
    assert again.rate_limit == error.rate_limit


@pytest.mark.parametrize("mode", MODES)
async def test_connection_error_holds_no_token(mode: str) -> None:
    credentials = creds()
    c = client(mode, Recorder(httpx.ConnectError("refused")), credentials=credentials,
               max_retries=0)
    with pytest.raises(ascapi.APIConnectionError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert info.value.request is not None
    _token_free(info.value, credentials.token())


@pytest.mark.parametrize("mode", MODES)
async def test_decode_error_holds_no_token(mode: str) -> None:
    credentials = creds()
    c = client(mode, Recorder(jresp(200, {"data": "not a list"})), credentials=credentials)
    from tests.core._models import AppsResponse

    with pytest.raises(ascapi.ResponseDecodeError) as info:
        await resolve(c._call("GET", "/v1/apps", response_type=AppsResponse))
    assert info.value.response is not None
    _token_free(info.value, credentials.token())


def test_report_not_available_holds_no_token() -> None:
    body = errors_body({"status": "404", "code": "NOT_FOUND", "detail": "no sales"})
    credentials = creds()
    c = client("sync", Recorder(jresp(404, body)), credentials=credentials)
    with pytest.raises(ReportNotAvailable) as info:
        download_sales_report(c, vendor_number="8", report_date="2025-10-14")
    _token_free(info.value, credentials.token())


def test_errors_built_by_hand_from_a_response() -> None:
    request = httpx.Request("POST", "https://api.example/v1/x", content=b"{}",
                            headers={"Authorization": "Bearer abc.def.SECRET"})
    response = httpx.Response(500, content=b"oops", request=request)
    error = ascapi.InternalServerError(status_code=500, method="POST", url=str(request.url),
                                       response=response)
    assert error.request is not None and error.request.content == b"{}"
    _token_free(error, "abc.def.SECRET")
    assert request.headers["authorization"] == "Bearer abc.def.SECRET"  # the original untouched


# --- 2. 429 with the hourly budget spent ----------------------------------------------------


def test_429_with_hour_spent_and_no_retry_after_is_not_retried() -> None:
    policy = RetryPolicy()
    spent = {"x-rate-limit": "user-hour-lim:3600;user-hour-rem:0;"}
    assert policy(0, "GET", 429, spent, False) is None
    left = {"x-rate-limit": "user-hour-lim:3600;user-hour-rem:12;"}
    assert policy(0, "GET", 429, left, False) is not None  # burst limiting: back off
    assert policy(0, "GET", 429, {}, False) is not None
    assert policy(0, "GET", 429, {**spent, "retry-after": "3"}, False) is not None
    assert policy(0, "GET", 503, spent, False) is not None  # only 429 reads the budget


@pytest.mark.parametrize("mode", MODES)
async def test_429_with_hour_spent_reaches_the_caller_at_once(mode: str) -> None:
    spent = jresp(429, errors_body({"status": "429", "code": "RATE_LIMIT_EXCEEDED"}),
                  headers={"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:0;"})
    recorder, sleeps = Recorder(spent), list[float]()
    c = client(mode, recorder, sleep=sleeps.append)
    with pytest.raises(ascapi.RateLimitError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert len(recorder.requests) == 1 and sleeps == []
    assert info.value.rate_limit is not None and info.value.rate_limit.remaining == 0


# --- 3. integers only where a maximum applies ------------------------------------------------


@pytest.mark.parametrize("value", [True, False, "5", 5.0, [5]])
def test_maxima_refuse_non_integers(value: Any) -> None:
    with pytest.raises(TypeError, match=r"limit must be an integer from 1 to 200"):
        check_maxima({"limit": value}, {"limit": 200})
    check_maxima({"limit": 5, "other": True}, {"limit": 200})


def test_bool_limit_is_never_sent() -> None:
    recorder = Recorder(jresp(200, {"data": []}))
    c = client("sync", recorder)
    with pytest.raises(TypeError, match="limit"):
        c._call("GET", "/v1/apps", params={"limit": True}, maxima={"limit": 200},
                response_type=dict)
    assert recorder.requests == []


# --- 4. credentials ------------------------------------------------------------------------------


def test_credentials_copy_is_the_same_object() -> None:
    credentials = creds()
    assert copy.copy(credentials) is credentials
    assert copy.deepcopy(credentials) is credentials
    holder = copy.deepcopy({"creds": credentials, "n": [1]})
    assert holder["creds"] is credentials
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(credentials)


def test_from_env_needs_an_issuer_or_an_explicit_individual_key() -> None:
    base = {"ASC_KEY_ID": KEY_ID, "ASC_PRIVATE_KEY": pem()}
    for missing in ({}, {"ASC_ISSUER_ID": ""}, {"ASC_ISSUER_ID": "  "},
                    {"ASC_KEY_TYPE": "team"}):
        with pytest.raises(ascapi.CredentialsError, match="ASC_ISSUER_ID") as info:
            ascapi.Credentials.from_env({**base, **missing})
        assert "ASC_KEY_TYPE=individual" in str(info.value)
    individual = ascapi.Credentials.from_env({**base, "ASC_KEY_TYPE": "Individual"})
    assert individual.issuer_id is None and individual.claims()["sub"] == "user"
    team = ascapi.Credentials.from_env({**base, "ASC_ISSUER_ID": ISSUER})
    assert team.issuer_id == ISSUER
    with pytest.raises(ascapi.CredentialsError, match="individual key has no issuer"):
        ascapi.Credentials.from_env({**base, "ASC_ISSUER_ID": ISSUER,
                                     "ASC_KEY_TYPE": "individual"})
    with pytest.raises(ascapi.CredentialsError, match="ASC_KEY_TYPE must be"):
        ascapi.Credentials.from_env({**base, "ASC_KEY_TYPE": "org"})


def test_from_env_refuses_both_key_variables(tmp_path: Path) -> None:
    path = tmp_path / f"AuthKey_{KEY_ID}.p8"
    path.write_text(pem())
    env = {"ASC_KEY_ID": KEY_ID, "ASC_ISSUER_ID": ISSUER, "ASC_PRIVATE_KEY": pem(),
           "ASC_PRIVATE_KEY_PATH": str(path)}
    with pytest.raises(ascapi.CredentialsError, match="both ASC_PRIVATE_KEY and "
                                                      "ASC_PRIVATE_KEY_PATH") as info:
        ascapi.Credentials.from_env(env)
    assert "BEGIN" not in str(info.value)
    only_path = {k: v for k, v in env.items() if k != "ASC_PRIVATE_KEY"}
    assert ascapi.Credentials.from_env(only_path).key_id == KEY_ID


def test_a_directory_as_key_path_says_so(tmp_path: Path) -> None:
    (tmp_path / f"AuthKey_{KEY_ID}.p8").write_text(pem())
    for given in (str(tmp_path), tmp_path):
        with pytest.raises(ascapi.InvalidPrivateKeyError, match=r"is a directory, expected "
                                                                r"the \.p8 file") as info:
            ascapi.Credentials(KEY_ID, ISSUER, given)
        assert f"AuthKey_{KEY_ID}.p8" in str(info.value)
        assert "ordinary words" not in str(info.value)
    env = {"ASC_KEY_ID": KEY_ID, "ASC_ISSUER_ID": ISSUER, "ASC_PRIVATE_KEY_PATH": str(tmp_path)}
    with pytest.raises(ascapi.InvalidPrivateKeyError, match="is a directory"):
        ascapi.Credentials.from_env(env)


# --- what a caller keeps from a successful call or a chained httpx error holds no token ------


@pytest.mark.parametrize("mode", MODES)
async def test_responses_and_chained_errors_hold_no_token(mode: str) -> None:
    credentials = creds()
    ok = Recorder(jresp(200, {"data": []}))
    c = client(mode, ok, credentials=credentials)
    response = await resolve(c.request("GET", "/v1/apps"))
    token = credentials.token()
    assert ok.requests[0].headers["authorization"] == f"Bearer {token}"  # sent as is
    assert response.http_response.request.headers["authorization"] == "Bearer [redacted]"
    assert token.encode() not in pickle.dumps(response.http_response.request.headers)

    from tests.core._models import AppsResponse

    document = await resolve(c._call("GET", "/v1/apps", response_type=AppsResponse))
    assert token not in repr(document.http_response.request.headers)

    failing = client(mode, Recorder(httpx.ReadTimeout("slow")), credentials=credentials,
                     max_retries=0)
    with pytest.raises(ascapi.APITimeoutError) as info:
        await resolve(failing.request("GET", "/v1/apps"))
    cause = info.value.__cause__
    assert isinstance(cause, httpx.ReadTimeout)
    assert cause.request.headers["authorization"] == "Bearer [redacted]"
