"""test_serve.py — end-to-end tests of `powermap serve` in headless Chromium (Selenium): the
facilitator's page and the room's view against the command line's own answers.

Run by `make browser-test` (the end of `make test`), or: python3 -m unittest discover Tests/Browser"""

import time
import unittest
import urllib.error

from harness import (BrowserTestCase, MODEL, browser, cli_json, javascript_errors, open_page,
                     page_version, press, run_cli, value_of, wait_for, with_actor_field)


def statuses(driver, selector):
    """{commitment id: (status, V)} read from the rows of `selector` (data-status, data-viability)."""
    rows = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(r => [r.id, r.dataset.status, r.dataset.viability])",
        selector)
    return {row_id.split("-", 1)[1]: (status, float(v)) for row_id, status, v in rows}


class FacilitatorTests(BrowserTestCase):

    def settled(self):
        """Waits until the page shows the server's current version; returns it."""
        version = lambda: self.server.get("/api/v1/model")["version"]  # noqa: E731
        return wait_for(lambda: page_version(self.driver) == version() and version(), 15,
                        message="the page to show the server's version")

    def test_dragging_orfis_stance_to_minus_one_turns_statuses_as_analyze_does(self):
        from selenium.webdriver.common.action_chains import ActionChains

        open_page(self.driver, self.server)
        before = statuses(self.driver, "#commitments-status tr")
        slider = self.driver.find_element("id", "stance-orfis")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", slider)
        width = slider.size["width"]
        ActionChains(self.driver).click_and_hold(slider).move_by_offset(-width // 4, 0).pause(0.15) \
            .move_by_offset(-width // 4, 0).pause(0.15).move_by_offset(-width, 0).release().perform()
        self.assertEqual(slider.get_attribute("value"), "-1")
        wait_for(lambda: self.server.get("/api/v1/model")["model"]["actors"][self.orfis_index()]["stance"] == -1,
                 message="the server to hold ORFIS's stance −1")
        self.settled()
        shown = statuses(self.driver, "#commitments-status tr")

        edited = self.server.folder / "orfis-opposes.yaml"
        edited.write_text(with_actor_field(self.server.model.read_text(), "orfis", "stance", -1))
        reference = {c["id"]: (c["status"], c["viability"]) for c in cli_json("analyze", edited)["commitments"]}
        self.assertEqual({k: s for k, (s, _) in shown.items()}, {k: s for k, (s, _) in reference.items()})
        for commitment, (_, viability) in reference.items():
            self.assertAlmostEqual(shown[commitment][1], viability, places=9, msg=commitment)
        self.assertNotEqual(before["public-works-data"][0], shown["public-works-data"][0])
        self.assertEqual(javascript_errors(self.driver), [])

    def orfis_index(self):
        actors = self.server.get("/api/v1/model")["model"]["actors"]
        return next(i for i, a in enumerate(actors) if a["id"] == "orfis")

    def test_removing_orfis_in_the_scenario_panel_matches_simulate_lose_orfis(self):
        from selenium.webdriver.support.ui import Select

        open_page(self.driver, self.server)
        self.settled()
        self.driver.find_element("id", "tab-scenarios").click()
        Select(self.driver.find_element("id", "step-kind")).select_by_value("remove")
        Select(self.driver.find_element("id", "step-actor")).select_by_value("orfis")
        self.driver.find_element("id", "step-add").click()
        # On a timeout, say what the panel shows instead (an error, or still loading) and what the page logged.
        shown = lambda: self.driver.execute_script(  # noqa: E731
            "const r = document.getElementById('scenario-result'); return r.className + ': ' + r.textContent.slice(0, 300)")
        wait_for(lambda: self.driver.find_elements("id", "change-public-works-data"), 30,
                 message=lambda: f"the before/after table; the panel shows {shown()!r}; logged {javascript_errors(self.driver)}")

        rows = self.driver.execute_script(
            "return [...document.querySelectorAll('#scenario-table tbody tr')].map(r =>"
            " [r.id.slice(7), r.dataset.from, r.dataset.to, Number(r.dataset.before), Number(r.dataset.after)])")
        reference = cli_json("simulate", self.server.model, "--scenario", "lose-orfis")
        expected = {c["commitment"]: c for c in reference["changes"]}
        self.assertEqual({r[0] for r in rows}, {c["id"] for c in reference["after"]["commitments"]})
        for commitment, status_from, status_to, before, after in rows:
            change = expected[commitment]
            self.assertEqual((status_from, status_to), (change["from"], change["to"]), commitment)
            self.assertAlmostEqual(before, change["viabilityBefore"], places=9)
            self.assertAlmostEqual(after, change["viabilityAfter"], places=9)
        drivers = self.driver.find_element("id", "change-public-works-data").find_element("class name", "drivers").text
        self.assertIn("ORFIS", drivers)
        self.assertTrue(self.driver.find_element("id", "scenario-map").get_attribute("src"))
        self.assertEqual(javascript_errors(self.driver), [])

    def test_the_room_view_in_a_second_browser_follows_an_edit_within_a_second(self):
        from selenium.webdriver.common.keys import Keys

        open_page(self.driver, self.server)
        room = browser()
        self.addCleanup(room.quit)
        open_page(room, self.server, "/view")
        version = page_version(room)
        started = time.time()
        press(self.driver, "stance-ivai", Keys.HOME)
        wait_for(lambda: page_version(room) > version, 5, 0.01, "the room's view to show the new version")
        elapsed = time.time() - started
        new_version = page_version(room)
        map_version = lambda: int(room.execute_script("return document.getElementById('view-map').dataset.version || 0"))  # noqa: E731
        wait_for(lambda: map_version() >= new_version, 10, 0.01, "the room's map to follow")
        map_elapsed = time.time() - started
        print(f"\n  room view: plan and commitments {elapsed * 1000:.0f} ms, map {map_elapsed * 1000:.0f} ms "
              "after the key press", end=" ")
        self.assertLess(elapsed, 1.0, f"the room's view took {elapsed:.2f} s")
        changed = room.find_elements("css selector", "#view-commitments li.changed")
        self.assertTrue(changed, "no commitment highlighted as changed")
        self.assertEqual(room.find_element("id", "view-c-municipal-transparency").get_attribute("data-status"),
                         statuses(self.driver, "#commitments-status tr")["municipal-transparency"][0])
        self.assertEqual(javascript_errors(room), [])

    def test_undo_and_redo_restore_and_reapply_a_slider_move(self):
        from selenium.webdriver.common.keys import Keys

        open_page(self.driver, self.server)
        press(self.driver, "stance-orfis", Keys.END)
        stance = lambda: self.server.get("/api/v1/model")["model"]["actors"][self.orfis_index()]["stance"]  # noqa: E731
        wait_for(lambda: stance() == 1, message="the server to hold ORFIS's stance 1")
        self.settled()
        for button in ["undo"] * 3:  # a key press may send one or two changes
            if stance() == 0.8:
                break
            self.click_and_settle(button)
        self.assertEqual(stance(), 0.8)
        self.assertEqual(value_of(self.driver, "stance-orfis"), "0.8")
        self.click_and_settle("redo")
        self.assertEqual(stance(), 1)
        self.assertEqual(value_of(self.driver, "stance-orfis"), "1")

    def click_and_settle(self, button):
        before = self.server.get("/api/v1/model")["version"]
        wait_for(lambda: self.driver.find_element("id", button).is_enabled(), message=f"{button} to be enabled")
        self.driver.find_element("id", button).click()
        wait_for(lambda: self.server.get("/api/v1/model")["version"] > before, message=f"{button} to reach the server")
        self.settled()

    def test_an_edit_from_another_laptop_reloads_the_page(self):
        open_page(self.driver, self.server)
        version = self.server.get("/api/v1/model")["version"]
        self.server.send("PATCH", "/api/v1/actors/ivai", {"version": version, "stance": -0.5})
        wait_for(lambda: value_of(self.driver, "stance-ivai") == "-0.5",
                 message="the page to reload IVAI's stance")
        self.settled()
        self.assertTrue(self.driver.find_element("id", "notice").text)
        with self.assertRaises(urllib.error.HTTPError) as refused:  # the other laptop's next edit is stale now
            self.server.send("PATCH", "/api/v1/actors/ivai", {"version": version, "stance": 0.1})
        self.assertEqual(refused.exception.code, 409)

    def test_a_refused_edit_shows_the_validation_message_next_to_the_field(self):
        open_page(self.driver, self.server)
        press(self.driver, "new-actor-id", "orfis")  # an id the model already has
        press(self.driver, "new-actor-name", "Otra ORFIS")
        self.driver.find_element("id", "add-actor-button").click()
        error = wait_for(lambda: self.driver.find_elements("css selector", "#add-actor .field-error"),
                         message="the message next to the new actor's id")[0]
        self.assertIn("duplicate actor id 'orfis'", error.text)
        self.assertIn("invalid", self.driver.find_element("id", "new-actor-id").get_attribute("class"))
        self.assertEqual(len(self.server.get("/api/v1/model")["model"]["actors"]), 20)  # nothing changed
        press(self.driver, "new-actor-id", "\b" * 5 + "nueva-osc")
        self.driver.find_element("id", "add-actor-button").click()
        wait_for(lambda: self.driver.find_elements("id", "actor-nueva-osc"), message="the new actor's row")
        self.assertEqual(self.driver.find_elements("css selector", ".field-error"), [])

    def test_save_as_then_validate_passes_and_keeps_the_edit(self):
        from selenium.webdriver.common.keys import Keys

        open_page(self.driver, self.server)
        press(self.driver, "stance-orfis", Keys.HOME)
        wait_for(lambda: self.server.get("/api/v1/model")["model"]["actors"][self.orfis_index()]["stance"] == -1,
                 message="the server to hold ORFIS's stance −1")
        self.settled()
        self.driver.find_element("id", "save").click()
        dialog = wait_for(lambda: self.driver.find_element("id", "save-dialog").is_displayed()
                          and self.driver.find_element("id", "save-dialog"), message="the save dialog")
        self.assertIn("coment", dialog.find_element("id", "save-reason").text)  # the file has comments
        name = dialog.find_element("id", "save-as-name")
        name.clear()
        name.send_keys("taller.yaml")
        dialog.find_element("id", "save-as-confirm").click()
        saved = self.server.folder / "models" / "taller.yaml"
        wait_for(saved.exists, message="taller.yaml to be written")
        code, out, err = run_cli("validate", saved)
        self.assertEqual(code, 0, out + err)
        orfis = next(a for a in cli_json("analyze", saved)["actors"] if a["id"] == "orfis")
        self.assertEqual(orfis["stance"], -1)
        self.assertIn("# PowerMap model", (self.server.folder / "models" / MODEL).read_text())

    def test_overwrite_keeps_a_backup_and_validate_passes(self):
        open_page(self.driver, self.server)
        self.driver.find_element("id", "save").click()
        wait_for(lambda: self.driver.find_element("id", "save-overwrite").is_displayed(), message="the save dialog")
        self.driver.find_element("id", "save-overwrite").click()
        backup = self.server.model.with_name(MODEL + ".bak")
        wait_for(backup.exists, message="the .bak file")
        self.assertIn("# PowerMap model", backup.read_text())
        code, out, err = run_cli("validate", self.server.model)
        self.assertEqual(code, 0, out + err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
