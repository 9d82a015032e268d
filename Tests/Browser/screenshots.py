"""screenshots.py — the pictures of `powermap serve` in reports/serve/: the facilitator's page
(facilitator.png) and the room's view (view.png), 1600×1000, taken on a temporary copy of the
2019-2020 model after one edit (ORFIS's stance moved to −0.2, so the room's view shows changed
commitments). Not part of `make test`; run by hand after changing the app:

    python3 Tests/Browser/screenshots.py [OUT_FOLDER]   (default reports/serve)"""

import sys
from pathlib import Path

from harness import ROOT, Server, browser, open_page, page_version, skip_reason, wait_for


def main():
    reason = skip_reason()
    if reason:
        sys.exit(f"cannot take screenshots: {reason}")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "reports" / "serve"
    out.mkdir(parents=True, exist_ok=True)
    server = Server()
    facilitator, room = browser(), browser()
    try:
        open_page(facilitator, server)
        open_page(room, server, "/view")
        edit_orfis(facilitator)
        wait_for(lambda: page_version(room) == page_version(facilitator) > 1, message="the room's view")
        facilitator.execute_script("window.scrollTo(0, 0)")
        facilitator.find_element("id", "lose-ivai").click()
        wait_for(lambda: facilitator.find_element("id", "sweep-ivai").get_attribute("data-version"), message="the sweep")
        facilitator.save_screenshot(str(out / "facilitator.png"))
        room.save_screenshot(str(out / "view.png"))
    finally:
        facilitator.quit()
        room.quit()
        server.stop()
    print(f"wrote {out / 'facilitator.png'} and {out / 'view.png'}")


def edit_orfis(driver):
    """Moves ORFIS's stance slider from 0.8 to −0.2 with the keyboard (five Page Down presses of 0.2)."""
    from selenium.webdriver.common.keys import Keys

    slider = driver.find_element("id", "stance-orfis")
    before = page_version(driver)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", slider)
    slider.send_keys(Keys.PAGE_DOWN * 5)
    wait_for(lambda: page_version(driver) > before and driver.execute_script(
        "return !document.querySelector('.loading')"), message="the facilitator's page")


if __name__ == "__main__":
    main()
