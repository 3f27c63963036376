"""The vendored YASGUI at ``/yasgui`` in headless Chromium: it loads from this origin only (no
CDN, no completion service of another host), runs the default query, and runs a query typed
into the editor — without PREFIX lines, thanks to the predeclared prefixes."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.web.conftest import BrowserPage

RESULT_ROWS = ".yasr table tbody tr"


def test_editor_runs_the_default_query(browser_page: BrowserPage) -> None:
    page = browser_page.open("/yasgui")
    expect(page.locator(".yasqe .CodeMirror")).to_be_visible()
    page.click(".yasqe_queryButton")
    expect(page.locator(RESULT_ROWS).first).to_be_visible()
    expect(page.locator(".yasr table")).to_contain_text("CSTO")
    browser_page.screenshot("yasgui-default-query")
    assert browser_page.log.problems() == []


def test_typed_query_runs(browser_page: BrowserPage) -> None:
    page = browser_page.open("/yasgui")
    editor = page.locator(".yasqe .CodeMirror")
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type('SELECT ?name WHERE { ?s bg:iso3 "KAZ" ; skos:prefLabel ?name }')
    page.keyboard.press("Control+Enter")
    expect(page.locator(".yasr table")).to_contain_text("Казахстан")
    rows = page.locator(RESULT_ROWS)
    assert rows.count() >= 5  # a name per language
    assert browser_page.log.problems() == []


def test_examples_open_in_tabs_and_run(browser_page: BrowserPage) -> None:
    page = browser_page.open("/yasgui")
    expect(page.locator(".yasqe .CodeMirror")).to_be_visible()
    buttons = page.locator("#yasgui-examples button[data-example]")
    expect(buttons).to_have_count(5)  # the examples of /query
    tabs = page.locator(".tabsList .tab")
    before = tabs.count()
    page.click("#yasgui-examples button[data-example=sco-csto-not-cis]")
    expect(tabs).to_have_count(before + 1)
    expect(page.locator(".tabsList .tab.active")).to_contain_text("SCO and the CSTO")
    query = page.evaluate("() => window.blocgraphYasgui.getTab().getYasqe().getValue()")
    assert "CSTO" in query and "{{" not in query
    page.click(".yasqe_queryButton:visible")  # the new tab's; the first tab's is hidden
    expect(page.locator(f"{RESULT_ROWS}:visible").first).to_be_visible(timeout=30_000)
    expect(page.locator(".yasr table:visible")).to_contain_text("KAZ")
    browser_page.screenshot("yasgui-example-tab")
    assert browser_page.log.problems() == []


def test_a_numeric_column_draws_as_a_bar_chart(browser_page: BrowserPage) -> None:
    page = browser_page.open("/yasgui")
    expect(page.locator(".yasqe .CodeMirror")).to_be_visible()
    page.click("#yasgui-examples button[data-example=eurasia-coverage]")
    expect(page.locator(".tabsList .tab.active")).to_contain_text("coverage")
    page.click(".yasqe_queryButton:visible")
    # this query takes a few seconds on a shared machine
    expect(page.locator(f"{RESULT_ROWS}:visible").first).to_be_visible(timeout=60_000)
    # a bar per result row, also beyond the table's first page, up to the chart's 60, and the
    # caption says when rows were left out (61 rows since the catalogue grew on 2026-12-06)
    rows = page.evaluate(
        "() => window.blocgraphYasgui.getTab().getYasr().results.getBindings().length"
    )
    assert rows >= page.locator(f"{RESULT_ROWS}:visible").count() > 0
    page.click(".select_chart:visible")
    bars = page.locator("svg.yasr-chart-bars:visible rect")
    expect(bars).to_have_count(min(rows, 60))
    if rows > 60:
        caption = page.locator("figure.yasr-chart figcaption:visible")
        expect(caption).to_contain_text(f"the first 60 of {rows} rows")
    labels = bars.evaluate_all("(rects) => rects.map((r) => r.getAttribute('data-label'))")
    assert "OSCE" in labels
    values = bars.evaluate_all("(rects) => rects.map((r) => Number(r.getAttribute('data-value')))")
    assert max(values) > 0
    browser_page.screenshot("yasgui-chart")
    assert browser_page.log.problems() == []
