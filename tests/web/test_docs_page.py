"""``/docs`` in headless Chromium: Swagger UI renders the OpenAPI description from files the
app serves itself — no request leaves the service (no CDN, no validator badge)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.web.conftest import BrowserPage


def test_docs_render_from_local_assets(browser_page: BrowserPage) -> None:
    page = browser_page.open("/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("blocgraph")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/extract" in p for p in paths)
    browser_page.screenshot("docs")
    assert browser_page.log.problems() == []
