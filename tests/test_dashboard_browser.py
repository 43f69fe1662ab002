"""The dashboard end to end in headless Chromium (Debian's chromium + chromium-driver, via selenium):
it loads with no network but 127.0.0.1, filters, brushes the timeline, opens articles with their
evidence highlighted, never runs script from article text, and saves docs/dashboard.png.

CI installs the browser with .ci/browser-deps.sh; without it these tests skip.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import uvicorn

from khabar.schema import Article
from khabar.service.api import create_app
from test_api_corpus import ROOT, build_store

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed (pip install selenium)"
)
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or not Path(CHROMEDRIVER).exists(),
    reason="headless Chromium and chromedriver are not installed (run .ci/browser-deps.sh)",
)
SCREENSHOT = ROOT / "docs" / "dashboard.png"
WAIT_S = 30

ACTIVE_RUNS = """
const runs = [];
let run = null;
for (const piece of document.querySelectorAll('#article-text .piece')) {
  if (!piece.classList.contains('active')) { run = null; continue; }
  const start = Number(piece.dataset.start), end = Number(piece.dataset.end);
  if (run && run.end === start) { run.end = end; run.text += piece.textContent; }
  else { run = {start, end, text: piece.textContent}; runs.push(run); }
}
return runs;
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Article]]]:
    """``khabar serve`` on a test store, in a thread on a free 127.0.0.1 port."""
    path = tmp_path_factory.mktemp("dashboard") / "store.duckdb"
    articles = build_store(path)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}/", articles
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="khabar-chromium-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1400,1500",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # no name resolves: offline
    ):
        options.add_argument(flag)
    options.set_capability(
        "goog:loggingPrefs", {"browser": "ALL"}
    )  # console messages, CSP reports among them
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT_S)
    driver.set_script_timeout(WAIT_S)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def settle(driver: webdriver.Chrome) -> None:
    """Wait until the page has loaded and no API request is in flight."""
    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script(
            "return document.body.dataset.ready === 'true' && document.body.dataset.pending === '0'"
        )
    )
    time.sleep(0.1)  # a debounced input may be about to fire
    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script("return document.body.dataset.pending === '0'")
    )


def listed(driver: webdriver.Chrome) -> list[dict[str, str]]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#events .event')].map(li => ({"
        "article: li.dataset.article, event: li.dataset.event,"
        " type: li.querySelector('.badge').textContent}))"
    )


def placed_events(driver: webdriver.Chrome, query: str = "") -> list[SimpleNamespace]:
    """The events the map can place (a place, or a country), as the API gives them."""
    items = driver.execute_script(
        "return fetch('events?limit=500' + arguments[0]).then(r => r.json()).then(p => p.items)", query
    )
    return [SimpleNamespace(**i) for i in items if i["lat"] is not None or i["country"] is not None]


def assert_nothing_ran(driver: webdriver.Chrome) -> None:
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    assert driver.execute_script("return typeof window.__xss") == "undefined"


def open_article(driver: webdriver.Chrome, article: Article) -> None:
    driver.find_element(By.CSS_SELECTOR, f'#events .event[data-article="{article.id}"]').click()
    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script("return document.getElementById('article').dataset.article") == article.id
    )
    settle(driver)


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[list[int]] = []
    for start, end in sorted(spans):
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(start, end) for start, end in runs]


def field_spans(article: Article) -> dict[str, list[tuple[int, int]]]:
    """What each field button of the article view should highlight, by its key."""
    fields = {f"e:{e.id}": [(m.start, m.end) for m in e.mentions] for e in article.entities}
    fields |= {f"d:{i}": [(d.start, d.end)] for i, d in enumerate(article.dates)}
    fields |= {f"c:{i}": [(c.start, c.end)] for i, c in enumerate(article.counts)}
    fields |= {f"q:{i}": [(q.start, q.end)] for i, q in enumerate(article.quotes)}
    fields |= {f"v:{v.id}": [(s.start, s.end) for s in v.evidence] for v in article.events}
    return fields


def test_dashboard_loads_offline(served: tuple[str, dict[str, Article]], browser: webdriver.Chrome) -> None:
    url, articles = served
    browser.get(url)
    settle(browser)
    events = [e for a in articles.values() for e in a.events]
    assert len(listed(browser)) == min(len(events), 50)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.country")) > 150
    marks = {(e.lat, e.lon, e.country, e.type) for e in placed_events(browser)}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map circle.event-dot")) == len(marks)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")) >= 3
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert loaded and all(name.startswith(url) for name in loaded), loaded
    assert not browser.find_element(By.ID, "error").is_displayed()
    assert_nothing_ran(browser)


def test_filters_narrow_the_list_and_map(
    served: tuple[str, dict[str, Article]], browser: webdriver.Chrome
) -> None:
    url, articles = served
    browser.get(url)
    settle(browser)
    Select(browser.find_element(By.ID, "f-type")).select_by_value("PROTEST")
    settle(browser)
    protests = {e.id for a in articles.values() for e in a.events if e.type == "PROTEST"}
    assert {item["event"] for item in listed(browser)} == protests
    assert {item["type"] for item in listed(browser)} == {"PROTEST"}
    Select(browser.find_element(By.ID, "f-language")).select_by_value("hi")
    settle(browser)
    hindi = {e.id for a in articles.values() if a.language == "hi" for e in a.events if e.type == "PROTEST"}
    assert {item["event"] for item in listed(browser)} == hindi
    marks = {(e.lat, e.lon, e.country) for e in placed_events(browser, "&type=PROTEST&language=hi")}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map circle.event-dot")) == len(marks)
    browser.find_element(By.ID, "f-reset").click()
    settle(browser)
    actor = browser.find_element(By.ID, "f-actor")
    actor.send_keys("Tokayev")
    settle(browser)
    assert [item["event"] for item in listed(browser)] == [f"{articles['en-almaty'].id}:v2"]


def test_brushing_the_timeline_filters_by_date(
    served: tuple[str, dict[str, Article]], browser: webdriver.Chrome
) -> None:
    url, articles = served
    browser.get(url)
    settle(browser)
    overlay = browser.find_element(By.CSS_SELECTOR, "#timeline .brush .overlay")
    width = overlay.size["width"]
    ActionChains(browser).move_to_element_with_offset(
        overlay, -width // 2 + 2, 0
    ).click_and_hold().move_by_offset(width // 3, 0).release().perform()
    settle(browser)
    since = browser.find_element(By.ID, "f-since").get_attribute("value")
    until = browser.find_element(By.ID, "f-until").get_attribute("value")
    assert since and until and since <= until
    shown = {item["event"] for item in listed(browser)}
    assert shown
    total = sum(len(a.events) for a in articles.values())
    assert len(shown) < total
    days = browser.execute_script(
        "return fetch(`events?since=${arguments[0]}&until=${arguments[1]}&limit=500`)"
        ".then(r => r.json()).then(p => p.items.map(i => i.id))",
        since,
        until,
    )
    assert shown == set(days)


def test_article_text_is_never_run_as_markup(
    served: tuple[str, dict[str, Article]], browser: webdriver.Chrome
) -> None:
    url, articles = served
    article = articles["en-xss"]
    browser.get(url)
    settle(browser)
    open_article(browser, article)
    shown = browser.execute_script("return document.getElementById('article-text').textContent")
    assert shown == article.text
    assert browser.find_element(By.ID, "article-title").text == article.title
    for where in ("#article", "#events", "#article-fields"):
        assert not browser.find_elements(By.CSS_SELECTOR, f"{where} script, {where} img")
    assert not browser.find_elements(By.CSS_SELECTOR, "#article-meta a")  # its javascript: URL is no link
    assert_nothing_ran(browser)


def test_fields_highlight_their_evidence(
    served: tuple[str, dict[str, Article]], browser: webdriver.Chrome
) -> None:
    url, articles = served
    browser.get(url)
    settle(browser)
    for key in ("en-almaty", "hi-delhi"):
        article = articles[key]
        open_article(browser, article)
        expected = field_spans(article)
        buttons = browser.find_elements(By.CSS_SELECTOR, "#article-fields .field")
        assert {b.get_attribute("data-key") for b in buttons} >= set(expected)
        for button in buttons:
            field = button.get_attribute("data-key")
            if field not in expected:
                continue
            browser.execute_script("arguments[0].click()", button)
            runs = browser.execute_script(ACTIVE_RUNS)
            assert [(r["start"], r["end"]) for r in runs] == merged(expected[field]), field
            for run in runs:
                assert run["text"] == article.text[run["start"] : run["end"]]
            top, bottom = browser.execute_script(
                "const r = document.querySelector('#article-text .piece.active').getBoundingClientRect();"
                "return [r.top, r.bottom]"
            )
            assert top >= 0 and bottom <= browser.execute_script("return window.innerHeight"), field
            assert "active" in button.get_attribute("class")
    # a mention in the text leads to its entity
    delhi = next(e for e in articles["hi-delhi"].entities if e.name == "Delhi")
    start = delhi.mentions[0].start
    browser.find_element(By.CSS_SELECTOR, f'#article-text .piece[data-start="{start}"]').click()
    active = browser.find_element(By.CSS_SELECTOR, "#article-fields .field.active")
    assert active.get_attribute("data-key") == f"e:{delhi.id}"
    assert_nothing_ran(browser)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    assert browser.save_screenshot(str(SCREENSHOT))


def test_api_docs_render_offline(served: tuple[str, dict[str, Article]], browser: webdriver.Chrome) -> None:
    url, _ = served
    browser.get(url + "docs")
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock"))
    paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/events", "/extract", "/aggregates"} <= paths
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert all(name.startswith(url) for name in loaded), loaded
    blocked = [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]
    assert not blocked, blocked  # the page runs under its policy, which blocks nothing it needs
