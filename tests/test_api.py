"""The HTTP API (khabar.service.api) over a store built from the test corpus (test_api_corpus)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import typer
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from helpers import plain
from khabar.knowledge.crosswalk import plover_types
from khabar.rules import event_day
from khabar.schema import Article
from khabar.service import queries
from khabar.service.api import MAX_BODY_BYTES, MAX_PAGE, STATIC, create_app
from khabar.service.commands import serve_command
from khabar.service.models import EntityDetail, EventSummary, Story
from khabar.service.pool import PoolSettings
from khabar.store.db import StoreError, open_store
from test_api_corpus import build_store

LOCAL = "http://localhost"
POOL = PoolSettings(workers=2, queue=2, timeout_s=60)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Article]]:
    path = tmp_path_factory.mktemp("api") / "store.duckdb"
    return path, build_store(path)


@pytest.fixture(scope="module")
def client(store: tuple[Path, dict[str, Article]]) -> TestClient:
    with TestClient(create_app(store[0], extraction=POOL), base_url=LOCAL) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def articles(store: tuple[Path, dict[str, Article]]) -> dict[str, Article]:
    return store[1]


def all_events(articles: dict[str, Article]) -> dict[str, tuple[Article, object]]:
    return {event.id: (article, event) for article in articles.values() for event in article.events}


def get_ok(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def event_ids(client: TestClient, **params: object) -> set[str]:
    page = get_ok(client, "/events", limit=MAX_PAGE, **params)
    assert page["total"] == len(page["items"])
    return {item["id"] for item in page["items"]}


# ---------- opening the store ----------


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.duckdb")


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        create_app(path)
    assert path.read_text() == "not a database"


# ---------- docs and dashboard are served from the package ----------


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = get_ok(client, "/openapi.json")["paths"]
    for path in ("/extract", "/events", "/aggregates", "/facets", "/articles/{article_id}"):
        assert path in paths
    assert {"/stories/{story_id}", "/entities/{entity_id}"} <= set(paths)


def test_swagger_ui_loads_only_local_assets(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text) + re.findall(r"url: '([^']+)'", page.text)
    assert urls, page.text
    for url in urls:
        assert url.startswith("/"), url
        assert client.get(url).status_code == 200, url
    assert "cdn" not in page.text.lower()


def test_dashboard_page_and_its_assets_are_local(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assets = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text)
    local = [a for a in assets if not a.startswith(("docs", "data:"))]
    assert any(a.endswith("d3.min.js") for a in local)
    for asset in local:
        assert not re.match(r"[a-z]+://", asset), asset
        assert client.get("/" + asset).status_code == 200, asset
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"


def test_own_dashboard_files_name_no_remote_url() -> None:
    for name in ("index.html", "app.js", "app.css"):
        assert not re.search(r"https?://", (STATIC / name).read_text(encoding="utf-8")), name


def test_dashboard_script_never_parses_data_as_html() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\.html\(", script)


# ---------- events: paging and filters ----------


def test_events_pages_cover_every_event_once(client: TestClient, articles: dict[str, Article]) -> None:
    expected = set(all_events(articles))
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = get_ok(client, "/events", limit=3, offset=offset)
        assert page["total"] == len(expected)
        assert len(page["items"]) <= 3
        seen += [item["id"] for item in page["items"]]
        offset = page["next_offset"]
        assert len(seen) <= len(expected)
    assert sorted(seen) == sorted(expected)


def test_event_items_carry_their_article_and_place(client: TestClient, articles: dict[str, Article]) -> None:
    events = all_events(articles)
    for item in get_ok(client, "/events", limit=MAX_PAGE)["items"]:
        article, event = events[item["id"]]
        assert item["article_id"] == article.id
        assert item["title"] == article.title
        assert item["language"] == article.language
        assert item["type"] == event.type
        for span in item["evidence"]:
            assert article.text[span["start"] : span["end"]] == span["text"]
        if event.location:
            place = next(e for e in article.entities if e.id == event.location)
            assert (item["location_name"], item["country"]) == (place.name, place.country)
            assert item["lat"] == pytest.approx(place.lat)


def test_page_size_is_capped(client: TestClient) -> None:
    response = client.get("/events", params={"limit": MAX_PAGE + 1})
    assert response.status_code == 422
    assert str(MAX_PAGE) in response.text
    assert client.get("/events", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize("kind", ["COERCE", "protest"])
def test_filter_by_type(client: TestClient, articles: dict[str, Article], kind: str) -> None:
    expected = {i for i, (_, e) in all_events(articles).items() if e.type == kind.upper()}
    assert expected
    assert event_ids(client, type=kind) == expected


def test_unknown_type_is_refused_with_the_known_ones(client: TestClient) -> None:
    response = client.get("/events", params={"type": "RIOTING"})
    assert response.status_code == 422
    assert "RIOTING" in response.text
    assert "PROTEST" in response.text


def test_filter_by_country_and_language(client: TestClient, articles: dict[str, Article]) -> None:
    items = get_ok(client, "/events", limit=MAX_PAGE)["items"]
    india = event_ids(client, country="ind")
    assert india == {item["id"] for item in items if item["country"] == "IND"}
    assert {e.id for key in ("hi-delhi", "en-delhi") for e in articles[key].events} <= india
    assert {i.split(":")[0] for i in event_ids(client, country="KAZ")} == {articles["en-almaty"].id}
    hindi = event_ids(client, language="hi")
    assert hindi == {e.id for a in articles.values() if a.language == "hi" for e in a.events}
    assert event_ids(client, country="IND", language="en") == {
        item["id"] for item in items if item["country"] == "IND" and item["language"] == "en"
    }


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "XXX"}, "unknown country"),
        ({"country": "India"}, "string_pattern_mismatch"),
        ({"since": "2022-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2022-02-01", "until": "2022-01-01"}, "after"),
        ({"language": "Hindi"}, "language"),
    ],
)
def test_bad_filters_are_refused(client: TestClient, params: dict[str, str], message: str) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == 422
    assert message in response.text


def test_filter_by_date_range(client: TestClient, articles: dict[str, Article]) -> None:
    page = get_ok(client, "/events", since="2022-01-05", until="2022-01-06", limit=MAX_PAGE)
    assert page["total"] > 0
    days = {date.fromisoformat(item["day"]) for item in page["items"]}
    assert all(date(2022, 1, 5) <= day <= date(2022, 1, 6) for day in days)
    later = event_ids(client, since="2022-02-01")
    items = get_ok(client, "/events", limit=MAX_PAGE)["items"]
    assert later == {i["id"] for i in items if i["day"] and date.fromisoformat(i["day"]) >= date(2022, 2, 1)}
    assert f"{articles['en-xss'].id}:v0" in later


def test_filter_by_actor_place_and_text(client: TestClient, articles: dict[str, Article]) -> None:
    almaty = articles["en-almaty"]
    tokayev = next(e for e in almaty.entities if e.name == "Kassym-Jomart Tokayev")
    assert event_ids(client, actor="tokayev") == {f"{almaty.id}:v2"}
    assert event_ids(client, actor=tokayev.id) == {f"{almaty.id}:v2"}
    assert event_ids(client, place="Nairobi") == {f"{articles['en-xss'].id}:v0"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("garment", True),
        ("हिरासत", True),
        ("__xss", True),
        ("%", False),
        ("x_s", False),
        ("\\", False),
        ("'; DROP TABLE events; --", False),
    ],
)
def test_search_finds_text_literally(
    client: TestClient, articles: dict[str, Article], text: str, found: bool
) -> None:
    holders = {e.id for a in articles.values() if text in a.text or text in (a.title or "") for e in a.events}
    assert bool(holders) == found
    assert event_ids(client, q=text) == holders
    assert get_ok(client, "/events")["total"] == len(all_events(articles))


# ---------- aggregates and facets ----------


@pytest.mark.parametrize("by", ["week", "type", "country"])
def test_aggregates_add_up(client: TestClient, articles: dict[str, Article], by: str) -> None:
    buckets = get_ok(client, "/aggregates", by=by)["buckets"]
    located = get_ok(client, "/events", limit=MAX_PAGE)["items"]
    key = {"week": "day", "type": "type", "country": "country"}[by]
    assert sum(b["events"] for b in buckets) == sum(1 for item in located if item[key] is not None)
    if by == "week":
        assert all(date.fromisoformat(b["key"]).weekday() == 0 for b in buckets)
    if by == "country":
        assert {b["key"]: b["name"] for b in buckets}["KAZ"] == "Kazakhstan"
        assert {b["key"]: b["numeric"] for b in buckets}["IND"] == "356"


def test_aggregates_follow_the_filters(client: TestClient) -> None:
    buckets = get_ok(client, "/aggregates", by="country", type="PROTEST")["buckets"]
    protests = get_ok(client, "/events", type="PROTEST", limit=MAX_PAGE)["items"]
    assert sum(b["events"] for b in buckets) == sum(1 for item in protests if item["country"])
    buckets = get_ok(client, "/aggregates", by="type", country="IND")["buckets"]
    assert sum(b["events"] for b in buckets) == get_ok(client, "/events", country="IND")["total"]
    assert client.get("/aggregates", params={"by": "month"}).status_code == 422
    assert client.get("/aggregates").status_code == 422


def test_facets(client: TestClient, articles: dict[str, Article]) -> None:
    facets = get_ok(client, "/facets")
    assert facets["articles"] == len(articles)
    assert facets["events"] == len(all_events(articles))
    assert facets["all_types"] == list(plover_types())
    assert len(facets["all_types"]) == 16
    assert {b["key"] for b in facets["languages"]} >= {"hi", "en"}


# ---------- records ----------


def test_article_is_served_whole_with_its_spans(client: TestClient, articles: dict[str, Article]) -> None:
    for article in articles.values():
        served = Article.model_validate(get_ok(client, f"/articles/{article.id}"))
        assert served == article
        spans = (
            [m for e in served.entities for m in e.mentions] + served.dates + served.counts + served.quotes
        )
        spans += [s for event in served.events for s in event.evidence]
        for span in spans:
            assert served.text[span.start : span.end] == span.text


def test_unknown_records_are_404(client: TestClient) -> None:
    for url in ("/articles/nope", "/entities/nope:e0", "/stories/nope"):
        response = client.get(url)
        assert response.status_code == 404
        assert "nope" in response.json()["detail"]


def test_entity_with_mentions_and_events(client: TestClient, articles: dict[str, Article]) -> None:
    article = articles["en-almaty"]
    almaty = next(e for e in article.entities if e.name == "Almaty")
    served = get_ok(client, f"/entities/{almaty.id}")
    assert served["mentions"] == [m.model_dump() for m in almaty.mentions]
    assert served["article_title"] == article.title
    assert {e["id"] for e in served["events"]} == {e.id for e in article.events if e.location == almaty.id}


def test_story_joins_reports_across_languages(client: TestClient, articles: dict[str, Article]) -> None:
    english = f"{articles['en-delhi'].id}:v0"
    story_id = next(
        i["story_id"] for i in get_ok(client, "/events", country="IND")["items"] if i["id"] == english
    )
    story = get_ok(client, f"/stories/{story_id}")
    assert story["n_events"] == len(story["events"])
    assert all(event["story_id"] == story_id for event in story["events"])
    assert {event["id"] for event in story["events"]} == event_ids(client, story=story_id)
    assert set(story["languages"]) == {"hi", "en"}
    assert sorted(story["article_ids"]) == sorted({articles["hi-delhi"].id, articles["en-delhi"].id})


def test_queries_fill_the_response_models(store: tuple[Path, dict[str, Article]]) -> None:
    """Every response is a typed model read by khabar.service.queries, with the rules' values."""
    path, articles = store
    with open_store(path, read_only=True) as opened:
        con = opened.connection
        summaries = queries.find_events(con, queries.EventFilter(), limit=MAX_PAGE, offset=0)
        story_id = next(s.story_id for s in summaries if s.story_id)
        story = queries.story(con, story_id, events=MAX_PAGE)
        entity = articles["en-almaty"].entities[0]
        detail = queries.entity(con, entity.id, events=10)
    published = {a.id: a.published for a in articles.values()}
    assert summaries and all(isinstance(s, EventSummary) for s in summaries)
    assert all(s.day == event_day(s, published[s.article_id]) for s in summaries)
    assert isinstance(story, Story) and all(isinstance(e, EventSummary) for e in story.events)
    killed = next((c.value for c in story.counts if c.what == "killed"), None)
    assert story.fatalities == killed
    assert isinstance(detail, EntityDetail) and detail.mentions == entity.mentions
    assert detail.model_dump(exclude={"article_id", "article_title", "events"}) == entity.model_dump()


# ---------- /extract ----------


def test_extract_text(client: TestClient) -> None:
    text = "Police arrested 12 students in Dhaka on 3 March 2021."
    response = client.post("/extract", json={"text": text, "published": "2021-03-04"})
    assert response.status_code == 200, response.text
    record = Article.model_validate(response.json())
    assert record.text == text
    assert record.published == date(2021, 3, 4)
    assert any(e.name == "Dhaka" for e in record.entities)
    assert [c.value for c in record.counts] == [12]


def test_extract_html_keeps_title_and_only_text(client: TestClient) -> None:
    html = (
        "<html><head><title>Strike in Chittagong</title></head><body><article>"
        "<h1>Strike in Chittagong</h1><p>Dock workers in Chittagong stopped work on Monday over pay, "
        "their union said.</p><script>var tracking = 1;</script></article></body></html>"
    )
    response = client.post("/extract", json={"html": html, "url": "https://news.example.org/strike"})
    assert response.status_code == 200, response.text
    record = Article.model_validate(response.json())
    assert "Dock workers in Chittagong" in record.text
    assert "tracking" not in record.text
    assert record.title == "Strike in Chittagong"
    assert record.url == "https://news.example.org/strike"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "exactly one"),
        ({"text": "a", "html": "<p>a</p>"}, "exactly one"),
        ({"text": ""}, "at least 1 character"),
        ({"text": "Hello", "language": "xx"}, "unsupported language"),
        ({"text": "Hello", "published": "2021-02-30"}, "published"),
        ({"text": "Hello", "colour": "red"}, "colour"),
        ({"html": "<html><body><script>1</script></body></html>"}, "no article text"),
    ],
)
def test_extract_refuses_bad_input(client: TestClient, body: dict[str, str], message: str) -> None:
    response = client.post("/extract", json=body)
    assert response.status_code == 422
    assert message in response.text


def test_extract_refuses_a_body_over_the_limit(client: TestClient) -> None:
    response = client.post(
        "/extract",
        content=b'{"text": "' + b"a" * MAX_BODY_BYTES + b'"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert str(MAX_BODY_BYTES) in response.json()["detail"]


def test_extract_refuses_a_streamed_body_over_the_limit(client: TestClient) -> None:
    def chunks():
        yield b'{"text": "'
        for _ in range(6):
            yield b"a" * 2**20
        yield b'"}'

    response = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize("offset", [2**31, 2**63, 2**64, 10**30])
def test_a_huge_offset_is_refused(client: TestClient, offset: int) -> None:
    response = client.get("/events", params={"offset": offset})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "offset"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "Floods \\ud800 in Dhaka."}',
        b'{"text": "Floods in Dhaka.", "title": "\\udfff"}',
        b'{"text": "\\ud800", "html": "<p>two inputs</p>"}',  # the error echoes no input
        b'{"text": "Floods in Dhaka.", "\\ud800": 1}',  # the error names the key
    ],
)
def test_unpaired_surrogates_are_refused(client: TestClient, body: bytes) -> None:
    response = client.post("/extract", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    response.content.decode("utf-8")  # the answer itself is valid UTF-8
    assert response.json()["detail"]


def cli_error(data: bytes) -> str:
    """What ``khabar extract -`` says about ``data`` on stdin."""
    from khabar.cli import app

    result = CliRunner().invoke(app, ["extract", "-"], input=data)
    assert result.exit_code == 1
    return plain(result.stderr).removeprefix("khabar: -: ").split(" khabar: ")[0]


@pytest.mark.parametrize(
    ("field", "value"),
    [("text", " \n\t "), ("text", "Floods\x00 in Dhaka."), ("html", "<p>Floods\x00 in Dhaka.</p>")],
)
def test_extract_refuses_what_the_cli_refuses(client: TestClient, field: str, value: str) -> None:
    response = client.post("/extract", json={field: value})
    assert response.status_code == 422
    assert response.json()["detail"] == f"{field}: {cli_error(value.encode())}"


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("localhost", 200),
        ("localhost:8000", 200),
        ("127.0.0.1:8000", 200),
        ("[::1]:8000", 200),
        ("evil.example", 400),
        ("localhost.evil.example", 400),
        ("127.0.0.1.nip.io", 400),
    ],
)
def test_only_local_host_names_are_served(client: TestClient, host: str, status: int) -> None:
    assert client.get("/facets", headers={"host": host}).status_code == status


def test_allowed_hosts_are_configurable(store: tuple[Path, dict[str, Article]]) -> None:
    app = create_app(store[0], allowed_hosts=["news.example.org"], extraction=PoolSettings(workers=1))
    with TestClient(app, base_url="http://news.example.org") as named:
        assert named.get("/facets").status_code == 200
        assert named.get("/facets", headers={"host": "localhost"}).status_code == 400


def test_docs_have_a_policy_that_allows_only_their_own_script(client: TestClient) -> None:
    import base64
    import hashlib

    page = client.get("/docs")
    policy = page.headers["content-security-policy"]
    (script,) = re.findall(r"<script>(.*?)</script>", page.text, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert "object-src 'none'" in policy and page.headers["x-content-type-options"] == "nosniff"


def test_extract_failures_and_refusals_carry_the_security_headers(client: TestClient) -> None:
    response = client.post("/extract", json={"text": " "})
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


# ---------- khabar serve ----------


def serve_cli() -> typer.Typer:
    app = typer.Typer()
    app.command("serve")(serve_command)
    app.command("unused")(lambda: None)  # two commands, so "serve" is addressed by name as in khabar
    return app


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(serve_cli(), ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "127.0.0.1", "8000"):
        assert option in result.output


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve_cli(), ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in plain(result.output)


def test_serve_runs_uvicorn_on_the_given_address(
    store: tuple[Path, dict[str, Article]], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, dict]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    result = CliRunner().invoke(serve_cli(), ["serve", "--db", str(store[0]), "--port", "8123"])
    assert result.exit_code == 0, result.output
    ((app, kwargs),) = calls
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8123
    with TestClient(app, base_url=LOCAL) as served:
        assert served.get("/facets").json()["articles"] == len(store[1])


@pytest.mark.parametrize(
    ("options", "hosts"),
    [
        ([], ["localhost", "127.0.0.1", "[::1]"]),
        (["--host", "192.168.1.5"], ["localhost", "127.0.0.1", "[::1]", "192.168.1.5"]),
        (["--host", "0.0.0.0"], ["localhost", "127.0.0.1", "[::1]"]),
        (
            ["--host", "::", "--allowed-host", "news.lan", "--allowed-host", "*.news.lan"],
            ["news.lan", "*.news.lan"],
        ),
    ],
)
def test_serve_passes_its_host_names_and_extraction_limits(
    monkeypatch: pytest.MonkeyPatch, options: list[str], hosts: list[str]
) -> None:
    from khabar.service import api

    made: list[dict] = []
    monkeypatch.setattr(api, "create_app", lambda db, **kwargs: made.append(kwargs))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    limits = ["--extract-workers", "3", "--extract-queue", "5", "--extract-timeout", "7.5"]
    result = CliRunner().invoke(serve_cli(), ["serve", *options, *limits])
    assert result.exit_code == 0, result.output
    ((kwargs,),) = [made]
    assert kwargs["allowed_hosts"] == hosts
    assert kwargs["extraction"] == PoolSettings(workers=3, queue=5, timeout_s=7.5)


def test_serve_refuses_limits_out_of_range() -> None:
    for option, value in (("--extract-workers", "0"), ("--extract-queue", "-1"), ("--extract-timeout", "0")):
        assert CliRunner().invoke(serve_cli(), ["serve", option, value]).exit_code == 2
