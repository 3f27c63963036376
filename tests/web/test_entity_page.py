"""State and body pages in headless Chromium: the membership table, the timeline, the folded
raw triples, switching the names' language, and the search box's type-ahead."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.web.conftest import BrowserPage

ROWS = "table.memberships tbody tr"


def test_state_page_shows_memberships_timeline_and_folded_triples(
    browser_page: BrowserPage,
) -> None:
    page = browser_page.open("/id/state/RUS")
    expect(page.locator("h1")).to_have_text("Russia")
    coe = page.locator(ROWS, has_text="Council of Europe").first
    expect(coe.locator("td").nth(3)).to_have_text("2022-02-25")
    expect(coe.locator(".current")).to_have_count(0)
    expect(page.locator(f"{ROWS}.is-current", has_text="Collective Security")).to_have_count(1)
    bars = page.locator("svg.timeline rect")
    assert bars.count() == page.locator(ROWS).count()
    raw = page.locator("details.raw table.triples")
    expect(raw).to_be_hidden()
    page.click("details.raw > summary")
    expect(raw).to_be_visible()
    browser_page.screenshot("entity-state-RUS")
    assert browser_page.log.problems() == []


def test_language_links_rename_the_page(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/body/SCO")
    page.click("nav.languages a[lang=ru]")
    page.wait_for_url(re.compile(r"/id/body/SCO\?lang=ru$"))
    expect(page.locator("h1")).to_have_text("Шанхайская организация сотрудничества")
    expect(page.locator(ROWS, has_text="Казахстан")).to_have_count(1)
    browser_page.screenshot("entity-body-SCO-ru")
    assert browser_page.log.problems() == []


def test_search_box_suggests_and_opens_the_page(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/body/CSTO")
    page.fill("#site-search", "Kaz")
    options = page.locator("#site-search-hits option")
    expect(options.first).to_have_attribute("value", "Kazakhstan")
    # "Kaz" may already list Kazakhstan alone: wait for the Cyrillic query's own answer, or
    # pressing Enter would abort it in flight
    with page.expect_response(lambda r: "/api/search" in r.url and "%D0%9A" in r.url):
        page.fill("#site-search", "Казахстан")
    expect(options).to_have_count(1)  # named in the page's language whatever was typed
    expect(options.first).to_have_attribute("value", "Kazakhstan")
    page.press("#site-search", "Enter")
    page.wait_for_url(re.compile(r"/id/state/KAZ(\?lang=en)?$"))
    expect(page.locator("h1")).to_have_text("Kazakhstan")
    assert browser_page.log.problems() == []


def test_links_between_pages(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/state/KAZ")
    page.locator(ROWS).locator("a[href='/id/body/EAEU']").first.click()
    page.wait_for_url(re.compile(r"/id/body/EAEU$"))
    expect(page.locator(ROWS, has_text="Kazakhstan").first).to_be_visible()
    assert browser_page.log.problems() == []


def test_served_fonts_cover_chinese_and_arabic_names(browser_page: BrowserPage) -> None:
    for lang, name in (("zh", "俄罗斯"), ("ar", "روسيا")):
        page = browser_page.open(f"/id/state/RUS?lang={lang}")
        expect(page.locator("h1")).to_have_text(name)
        statuses = page.evaluate(
            """async (text) => (await document.fonts.load("16px 'blocgraph sans'", text))
                .map((face) => face.status)""",
            name,
        )
        assert statuses and set(statuses) == {"loaded"}, statuses
        # every character of the name is in the served font, not left to the system's
        covered = page.evaluate(
            "(text) => document.fonts.check(\"16px 'blocgraph sans'\", text)", name
        )
        assert covered
    assert any(url.endswith(".woff2") for url in browser_page.log.requests)
    browser_page.screenshot("entity-state-RUS-ar")
    assert browser_page.log.problems() == []


def test_the_map_loads_and_opens_the_coverage_map(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/body/SCO")
    image = page.locator("details.entity-map img")
    expect(image).to_be_hidden()
    assert image.get_attribute("src") is None  # nothing fetched while folded
    page.click("details.entity-map > summary")
    page.wait_for_function(
        "() => { const i = document.querySelector('details.entity-map img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    browser_page.screenshot("entity-body-SCO-map")
    page.click("details.entity-map figcaption a")
    page.wait_for_url(re.compile(r"/\?.*measure=body%3ASCO"))
    page.wait_for_selector("#map svg.bg-map[data-continent='World'][data-measure='body:SCO']")
    assert page.is_checked("#body-SCO")
    assert browser_page.log.problems() == []


def test_relations_link_to_the_other_state_and_the_treaty(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/state/RUS")
    row = page.locator("table.relations tr[data-other=PRK][data-kind=defence]")
    expect(row).to_have_count(1)
    expect(row.locator("td").first).to_contain_text("North Korea")
    row.locator("a[href^='/id/treaty/']").click()
    page.wait_for_url(re.compile(r"/id/treaty/RUS-PRK-2024$"))
    # the treaty's own page: parties with their steps, promises, and links back
    expect(page.locator("h1")).to_contain_text("Comprehensive Strategic Partnership")
    expect(page.locator("table.parties tr[data-state]")).to_have_count(2)
    expect(page.locator("table.obligations tr[data-promise=defence]")).to_have_count(1)
    browser_page.screenshot("treaty-RUS-PRK-2024")
    page.locator("table.parties a[href='/id/state/PRK']").click()
    page.wait_for_url(re.compile(r"/id/state/PRK$"))
    expect(page.locator("table.relations tr[data-other=RUS][data-kind=defence]")).to_have_count(1)
    assert browser_page.log.problems() == []


def test_the_map_of_ties_unfolds_and_opens_on_the_home_page(browser_page: BrowserPage) -> None:
    page = browser_page.open("/id/state/RUS")
    image = page.locator("details.relations-map img")
    assert image.get_attribute("src") is None  # nothing fetched while folded
    page.click("details.relations-map > summary")
    page.wait_for_function(
        "() => { const i = document.querySelector('details.relations-map img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    browser_page.screenshot("entity-state-RUS-ties")
    page.click("details.relations-map figcaption a")
    page.wait_for_url(re.compile(r"/\?.*measure=relations%3ARUS"))
    page.wait_for_selector("#map svg.bg-map[data-continent='World'][data-measure='relations:RUS']")
    assert page.input_value("#measure") == "relations:RUS"
    assert browser_page.log.problems() == []
