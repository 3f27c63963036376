"""Browser tests: Debian's Chromium, headless, driven by Playwright against a real server.

No browser is downloaded: Playwright launches the system ``chromium`` (``apt-get install -y
chromium``; ``BLOCGRAPH_CHROMIUM`` names another binary). A missing browser fails the tests
rather than skipping them — CI must run them. Every page records its console errors, uncaught
exceptions, failed requests and any request to another origin; each test ends with a
screenshot in ``tests/artifacts/web/``.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    Route,
    sync_playwright,
)

from tests.api import conftest as api_fixtures

# the live server of the HTTP tests, for this folder too (a server of its own per session)
start_server = api_fixtures.start_server
server = api_fixtures.server

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"
#: Flags for a quiet, self-contained headless run: no GPU, no QUIC, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """The Chromium binary to drive; fails the test run with what to install if there is none."""
    wanted = os.environ.get("BLOCGRAPH_CHROMIUM")
    found = wanted or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found or not Path(found).exists():
        pytest.fail(
            "the browser tests need Chromium: install Debian's package "
            "(apt-get install -y chromium) or set BLOCGRAPH_CHROMIUM to a Chromium binary",
            pytrace=False,
        )
    return found


@dataclass
class PageLog:
    """What went wrong on a page, as the browser saw it."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def on_request_failed(self, request: Request) -> None:
        self.failed_requests.append(f"{request.method} {request.url}: {request.failure}")

    def problems(self, allow_console: str | None = None) -> list[str]:
        """Everything that went wrong, except console errors matching ``allow_console``."""
        console = [
            e for e in self.console_errors if not (allow_console and re.search(allow_console, e))
        ]
        return [
            *(f"console: {e}" for e in console),
            *(f"uncaught: {e}" for e in self.page_errors),
            *(f"failed request: {e}" for e in self.failed_requests),
            *(f"request to another origin: {e}" for e in self.foreign_requests),
        ]


@dataclass
class BrowserPage:
    """A fresh page on the test server, with its log."""

    page: Page
    log: PageLog
    base: str

    def open(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        return target


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Headless Chromium with a throw-away profile."""
    executable = chromium_path()
    with tempfile.TemporaryDirectory(prefix="blocgraph-chromium-") as profile:
        launched = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[*CHROMIUM_ARGS, f"--disk-cache-dir={profile}/cache"],
        )
        yield launched
        launched.close()


@pytest.fixture
def browser_page(
    browser: Browser, server: str, request: pytest.FixtureRequest
) -> Iterator[BrowserPage]:
    """A page in a fresh context (no shared cache or cookies) that records what goes wrong and
    refuses any request to another origin; screenshot at the end, pass or fail."""
    origin = urlsplit(server).netloc
    log = PageLog(origin)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(20_000)

    def guard(route: Route) -> None:
        url = route.request.url
        log.requests.append(url)
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == origin:
            route.continue_()
        else:
            log.foreign_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("console", log.on_console)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("requestfailed", log.on_request_failed)
    wrapped = BrowserPage(page, log, server)
    yield wrapped
    try:
        wrapped.screenshot(re.sub(r"[^\w.-]+", "_", request.node.name) + "-end")
    finally:
        context.close()
