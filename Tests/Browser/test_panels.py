"""test_panels.py — the facilitator's panels in headless Chromium against the command line's own
answers: advise, Monte Carlo (progress, cancel), export, the structural editors, the scenario
panel's steps, "what if we lose…" and save as. One server and one browser for all of them.

Run by `make browser-test` (the end of `make test`), or: python3 -m unittest discover Tests/Browser"""

import json
import os
import re
import tempfile
import time
import unittest
import urllib.request
import zipfile
from pathlib import Path

from harness import (SharedBrowserTestCase, allow_downloads, cli_json, cli_json_later, javascript_errors, press, run_cli,
                     select, wait_for)


class PanelTests(SharedBrowserTestCase):

    def data(self, element_id, name):
        return self.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return e ? e.dataset[arguments[1]] ?? null : null",
            element_id, name)

    def click(self, element_id):
        element = self.driver.find_element("id", element_id)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    # 1. advise

    def advice_shown(self, commitment, robust, scenarios=""):
        wait_for(lambda: self.data("advise-result", "version") and self.data("advise-result", "commitment") == commitment
                 and self.data("advise-result", "robust") == robust and self.data("advise-result", "scenarios") == scenarios,
                 60, message=f"advice on {commitment} (robust {robust}, scenarios '{scenarios}')")
        block = f"#advice-{commitment}"
        return {
            "status": self.data(f"advice-{commitment}", "status"),
            "viability": float(self.data(f"advice-{commitment}", "viability")),
            "reason": self.data(f"advice-{commitment}", "reason") or None,
            "engagements": [(r[1], r[2], float(r[3]), float(r[4])) for r in self.rows(
                f"{block} table.engagements tbody tr", "actor", "scope", "delta", "viability")],
            "recruitments": [(r[1], r[2], float(r[3])) for r in self.rows(
                f"{block} table.recruitments tbody tr", "actor", "dimension", "viability")],
        }

    def assert_advice(self, shown, reference):
        self.assertEqual((shown["status"], shown["reason"]), (reference["status"], reference["reason"]))
        self.assertAlmostEqual(shown["viability"], reference["viability"], places=9)
        expected = [(e["actor"], e["scope"], e["delta"], e["viability"]) for e in reference["engagements"]]
        self.assertEqual([e[:2] for e in shown["engagements"]], [e[:2] for e in expected])
        for got, want in zip(shown["engagements"], expected):
            self.assertAlmostEqual(got[2], want[2], places=9, msg=got)
            self.assertAlmostEqual(got[3], want[3], places=9, msg=got)
        expected = [(r["actor"], r["dimension"], r["viability"]) for r in reference["recruitments"]]
        self.assertEqual([r[:2] for r in shown["recruitments"]], [r[:2] for r in expected])
        for got, want in zip(shown["recruitments"], expected):
            self.assertAlmostEqual(got[2], want[2], places=9, msg=got)

    def test_advise_panel_matches_advise_json_in_both_scopes_and_robust(self):
        model = self.current_model("advise-reference.yaml")
        robust = cli_json_later("advise", model, "--commitment", "public-works-data", "--robust")  # seconds in debug
        self.click("tab-scenarios")
        self.click("scenario-use-pan-to-morena")
        self.click("tab-advise")
        select(self.driver, "advise-commitment", "state-open-budget")
        shown = self.advice_shown("state-open-budget", "false", "pan-to-morena")
        reference = cli_json("advise", model, "--scenario", "pan-to-morena", "--commitment", "state-open-budget")
        self.assert_advice(shown, reference["commitments"][0])
        self.assertEqual(shown["status"], "blocked")  # the executive's change blocks it
        self.assertEqual({e[1] for e in shown["engagements"]}, {"general", "commitment"})  # both scopes
        self.assertTrue(shown["recruitments"])

        self.click("tab-scenarios")
        self.click("scenario-use-pan-to-morena")  # the plan as it stands again
        self.click("tab-advise")
        select(self.driver, "advise-commitment", "public-works-data")
        shown = self.advice_shown("public-works-data", "false")
        self.assertEqual((shown["reason"], shown["engagements"]), ("already viable", []))
        self.assertIn("robusto", self.driver.find_element("id", "advise-try-robust").text)  # where to look next
        self.click("advise-robust")
        shown = self.advice_shown("public-works-data", "true")
        reference = robust()
        self.assertTrue(reference["robust"])
        self.assert_advice(shown, reference["commitments"][0])
        self.assertTrue(shown["engagements"] and shown["reason"] is None)  # not robust: someone to engage
        self.assertFalse(self.driver.find_elements("id", "advise-try-robust"))
        self.assertEqual(javascript_errors(self.driver), [])

    # 2. Monte Carlo

    def progress(self):
        return self.driver.execute_script(
            "const b = document.getElementById('mc-progress'); return [b.value, b.max]")

    def start_monte_carlo(self, samples, seed):
        for field, value in (("mc-samples", samples), ("mc-seed", seed)):
            box = self.driver.find_element("id", field)
            box.clear()
            box.send_keys(str(value))
        self.click("mc-start")

    def test_monte_carlo_streams_progress_can_be_cancelled_and_a_new_run_matches_simulate(self):
        model = self.current_model("monte-carlo-reference.yaml")
        self.click("tab-scenarios")
        self.click("scenario-use-lose-orfis")
        self.click("tab-montecarlo")
        self.start_monte_carlo(200000, 7)  # minutes in a debug build: cancelled long before its end
        seen = set()
        wait_for(lambda: seen.add(self.progress()[0]) or len({v for v in seen if 0 < v < 200000}) >= 2, 60,
                 0.05, "two progress figures streamed from the server")
        self.assertEqual(self.progress()[1], 200000)
        run = self.data("mc-panel", "run")
        self.click("mc-cancel")
        wait_for(lambda: self.data("mc-panel", "state") == "cancelled", 15, message="the run to end as cancelled")
        self.assertIn("cancelado", self.driver.find_element("id", "mc-progress-text").text)
        stopped = self.server.get(f"/api/v1/simulations/{run}")
        self.assertEqual(stopped["state"], "cancelled")
        self.assertLess(stopped["done"], 200000)
        time.sleep(0.5)
        self.assertEqual(self.server.get(f"/api/v1/simulations/{run}")["done"], stopped["done"])  # it stopped
        self.assertTrue(self.driver.find_element("id", "mc-start").is_enabled())

        self.start_monte_carlo(300, 7)
        wait_for(lambda: self.data("mc-panel", "state") == "done" and self.data("mc-panel", "run") != run, 60,
                 message="the new run's result")
        self.assertEqual(self.data("mc-result", "samples"), "300")
        self.assertEqual(self.progress(), [300, 300])
        reference = cli_json("simulate", model, "--scenario", "lose-orfis", "--samples", 300, "--seed", 7)
        expected = {c["id"]: c for c in reference["monteCarlo"]["commitments"]}
        shown = self.rows("#mc-result tbody tr", "pViable", "pBlocked", "meanViability", "p05", "p95")
        self.assertEqual({r[0][3:] for r in shown}, set(expected))
        for row_id, *figures in shown:
            want = expected[row_id[3:]]
            for name, value in zip(["pViable", "pBlocked", "meanViability", "p05", "p95"], figures):
                self.assertAlmostEqual(float(value), want[name], places=12, msg=f"{row_id} {name}")
        self.assertEqual(expected["public-works-data"]["pBlocked"], 1)  # lose-orfis: its owner is gone
        self.assertEqual(javascript_errors(self.driver), [])

    # 3. export

    def test_export_downloads_the_model_the_report_and_every_map_in_its_format(self):
        folder = Path(tempfile.mkdtemp(prefix="powermap-downloads-", dir=self.server.folder))
        allow_downloads(self.driver, folder)
        self.click("tab-scenarios")  # a scenario and a step: the scenario map joins the menu
        self.click("scenario-use-lose-orfis")
        select(self.driver, "step-kind", "remove")
        select(self.driver, "step-actor", "state-congress")
        self.click("step-add")
        self.driver.find_element("css selector", "#export summary").click()
        links = wait_for(lambda: self.driver.find_elements("css selector", "#export-links a"), message="the export menu")
        self.assertEqual(len(links), 15)
        self.assertEqual(links[0].get_attribute("id"), "export-model-yaml")
        done = lambda: [f for f in os.listdir(folder) if not f.endswith((".crdownload", ".tmp"))]  # noqa: E731
        for count, link in enumerate(links, 1):  # one at a time: Chromium drops some of many parallel downloads
            text = link.text
            link.click()
            wait_for(lambda: len(done()) == count and len(os.listdir(folder)) == count, 60, 0.05,
                     lambda: f"the download of {text} (have {sorted(os.listdir(folder))})")
        base = self.server.get("/api/v1/model")["file"].rsplit(".", 1)[0]
        files = {name: (folder / name).read_bytes() for name in done()}
        for kind in ["power", "grid", "commitments", "scenario"]:
            svg, png, pdf = (files[f"{base}-{kind}.{ext}"] for ext in ["svg", "png", "pdf"])
            self.assertTrue(svg.startswith(b"<?xml") and b"<svg" in svg[:2000] and svg.rstrip().endswith(b"</svg>"), kind)
            self.assertEqual(png[:8], b"\x89PNG\r\n\x1a\n", kind)
            width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
            self.assertGreater(min(width, height), 500, kind)
            self.assertTrue(pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF"), kind)
            self.assertGreater(min(len(svg), len(png), len(pdf)), 10000, kind)

        scenario = files[f"{base}-scenario.svg"].decode()
        self.assertIn("Mapa del escenario", scenario)
        self.assertIn("ORFIS se retira del plan + Los pasos del taller", scenario)  # the ticked scenario, then the steps
        yaml_file = folder / f"{base}.yaml"
        json_file = folder / f"{base}.json"
        self.assertTrue(files[yaml_file.name].startswith(b"schema: powermap/1"))
        for exported in (yaml_file, json_file):
            code, out, err = run_cli("validate", exported)
            self.assertEqual(code, 0, out + err)
        self.assertEqual(json.loads(files[json_file.name])["name"], self.server.get("/api/v1/model")["model"]["name"])
        self.assertEqual(cli_json("analyze", yaml_file)["commitments"], cli_json("analyze", json_file)["commitments"])

        report = next(folder / name for name in files if name.endswith(".zip"))
        with zipfile.ZipFile(report) as archive:
            self.assertIsNone(archive.testzip())
            names = archive.namelist()
            self.assertIn("report/index.html", names)
            self.assertIn("report/report.md", names)
            self.assertIn(b"<html", archive.read("report/index.html")[:500].lower())
        self.assertEqual(javascript_errors(self.driver), [])

    # 4. structural editors

    def put_and_settle(self, action, changed):
        """Does `action()`, waits until `changed(model)` holds on the server and the page shows that version."""
        action()
        wait_for(lambda: changed(self.server.get("/api/v1/model")["model"]), 30, message="the change on the server")
        self.settled()
        return self.server.get("/api/v1/model")["model"]

    def field(self, path):
        element = self.driver.find_element("css selector", f'[data-path="{path}"]')
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        return element

    def set_number(self, path, value):
        """Types `value` into the number field of `path` and leaves it (one change event, never an empty one)."""
        element = self.field(path)
        self.driver.execute_script("arguments[0].select()", element)
        element.send_keys(str(value) + "\t")

    def choose(self, path, value):
        from selenium.webdriver.support.ui import Select

        Select(self.field(path)).select_by_value(value)

    def analysis_shown(self):
        return {r[0][7:]: (r[1], float(r[2])) for r in self.rows("#commitments-status tr", "status", "viability")}

    def assert_analysis_as_cli(self, name):
        reference = cli_json("analyze", self.current_model(name))["commitments"]
        shown = self.analysis_shown()
        self.assertEqual({k: s for k, (s, _) in shown.items()}, {c["id"]: c["status"] for c in reference})
        for c in reference:
            self.assertAlmostEqual(shown[c["id"]][1], c["viability"], places=9, msg=c["id"])

    def add_item(self, tab, item, texts, choices):
        """Fills the add form of `item` (commitment, obstacle) on `tab` and adds it; returns its index."""
        self.click(f"tab-{tab}")
        for name, text in texts.items():
            press(self.driver, f"new-{item}-{name}", text)
        for name, value in choices.items():
            select(self.driver, f"new-{item}-{name}", value)
        model = self.put_and_settle(lambda: self.click(f"add-{item}-button"), lambda m: m[tab][-1]["id"] == texts["id"])
        return len(model[tab]) - 1

    def test_structural_editors_a_relation_added_edited_refused_with_the_validate_message_and_removed(self):
        start = self.server.get("/api/v1/model")["model"]
        self.click("tab-relations")
        select(self.driver, "new-relation-from", "gesoc")
        select(self.driver, "new-relation-kind", "alliance")
        select(self.driver, "new-relation-to", "orfis")
        self.set_number("new-relations.weight", 0.7)
        model = self.put_and_settle(lambda: self.click("add-relation-button"),
                                    lambda m: len(m["relations"]) == len(start["relations"]) + 1)
        index = len(model["relations"]) - 1
        self.assertEqual(model["relations"][index], {"from": "gesoc", "to": "orfis", "kind": "alliance", "weight": 0.7})
        model = self.put_and_settle(lambda: self.set_number(f"relations[{index}].weight", 0.9),
                                    lambda m: m["relations"][index]["weight"] == 0.9)
        version = self.server.get("/api/v1/model")["version"]
        self.set_number(f"relations[{index}].weight", 1.5)
        error = wait_for(lambda: self.driver.find_elements("css selector", f"#relation-{index} .field-error"),
                         message="the message next to the weight")[0]
        bad = json.loads(json.dumps(model))
        bad["relations"][index]["weight"] = 1.5
        bad_file = self.server.folder / "bad-weight.json"
        bad_file.write_text(json.dumps(bad))
        code, out, _ = run_cli("validate", bad_file, "--json")
        self.assertEqual(code, 2)
        diagnostic = json.loads(out)[0]["diagnostics"][0]
        self.assertEqual(diagnostic["path"], f"relations[{index}].weight")
        self.assertEqual(error.text, f"{diagnostic['message']} ({diagnostic['hint']})")  # "1.5 is out of range (allowed: (0, 1])"
        self.assertIn("invalid", self.field(f"relations[{index}].weight").get_attribute("class"))
        self.assertEqual(self.server.get("/api/v1/model")["version"], version)  # refused: nothing changed
        self.put_and_settle(lambda: self.click(f"remove-relation-{index}"),
                            lambda m: m["relations"] == start["relations"])

    def test_structural_editors_a_commitment_with_needs_and_an_obstacle_on_it_as_analyze_says(self):
        start = self.server.get("/api/v1/model")["model"]
        index = self.add_item("commitments", "commitment", {"id": "open-contracting", "title": "Contrataciones abiertas"},
                              {"owner": "ivai"})
        self.choose(f"commitments[{index}].needs.acceptance", "citizens")
        self.put_and_settle(lambda: None, lambda m: m["commitments"][index]["needs"]["acceptance"] == ["citizens"])
        self.choose(f"commitments[{index}].needs.ability", "imco")
        model = self.put_and_settle(lambda: None, lambda m: m["commitments"][index]["needs"]["ability"] == ["imco"])
        self.assertEqual(model["commitments"][index]["needs"], {"authority": ["ivai"], "acceptance": ["citizens"], "ability": ["imco"]})
        title = self.field(f"commitments[{index}].title")
        self.driver.execute_script("arguments[0].select()", title)
        self.put_and_settle(lambda: title.send_keys("Contrataciones abiertas del IVAI\t"),
                            lambda m: m["commitments"][index]["title"] == "Contrataciones abiertas del IVAI")
        self.assertTrue(self.driver.find_elements("id", "status-open-contracting"))
        self.assert_analysis_as_cli("structure-1.yaml")

        index = self.add_item("obstacles", "obstacle", {"id": "judicial-review", "title": "Revisión judicial"},
                              {"kind": "legal", "blocks": "open-contracting"})
        self.put_and_settle(lambda: self.set_number(f"obstacles[{index}].severity", 0.6),
                            lambda m: m["obstacles"][index]["severity"] == 0.6)
        model = self.server.get("/api/v1/model")["model"]
        self.assertEqual({k: model["obstacles"][index][k] for k in ["kind", "blocks", "title"]},
                         {"kind": "legal", "blocks": ["open-contracting"], "title": "Revisión judicial"})
        self.assert_analysis_as_cli("structure-2.yaml")
        self.put_and_settle(lambda: self.click("remove-obstacle-judicial-review"),
                            lambda m: m["obstacles"] == start["obstacles"])
        self.click("tab-commitments")
        self.click("remove-commitment-open-contracting")
        self.driver.switch_to.alert.accept()
        self.put_and_settle(lambda: None, lambda m: m["commitments"] == start["commitments"])
        self.assertFalse(self.driver.find_elements("id", "status-open-contracting"))
        self.assertEqual(self.server.get("/api/v1/model")["model"], start)

    def test_structural_editors_an_actor_added_and_removed_an_owner_kept(self):
        start = self.server.get("/api/v1/model")["model"]
        press(self.driver, "new-actor-id", "red-ciudadana")
        press(self.driver, "new-actor-name", "Red ciudadana")
        self.put_and_settle(lambda: self.click("add-actor-button"), lambda m: m["actors"][-1]["id"] == "red-ciudadana")
        self.assertTrue(self.driver.find_elements("id", "actor-red-ciudadana"))
        self.click("remove-actor-red-ciudadana")
        self.driver.switch_to.alert.accept()
        self.put_and_settle(lambda: None, lambda m: m["actors"] == start["actors"])
        self.assertFalse(self.driver.find_elements("id", "actor-red-ciudadana"))
        self.click("remove-actor-orfis")  # owns public-works-data
        self.assertIn("public-works-data", wait_for(lambda: self.driver.find_element("id", "notice").text,
                                                    message="the refusal"))
        self.assertEqual(self.server.get("/api/v1/model")["model"], start)
        self.assert_analysis_as_cli("structure-3.yaml")

    # 5. scenario panel

    def test_two_point_and_click_steps_give_before_after_drivers_and_map_as_simulate(self):
        model = self.current_model("steps-reference.yaml")
        self.click("tab-scenarios")
        select(self.driver, "step-kind", "remove")
        select(self.driver, "step-actor", "orfis")
        self.click("step-add")
        select(self.driver, "step-kind", "shift")
        select(self.driver, "step-actor", "municipalities")
        select(self.driver, "step-field", "stance")
        value = self.driver.find_element("id", "step-value")
        value.clear()
        value.send_keys("-0.4")
        self.click("step-add")
        steps = [e.text for e in self.driver.find_elements("css selector", "#steps li[id^=step-]")]
        self.assertEqual(len(steps), 2)
        self.assertIn("ORFIS", steps[0])
        self.assertIn("Municipios", steps[1])
        self.assertIn("−0.40", steps[1])
        wait_for(lambda: self.data("scenario-result", "version") and self.data("scenario-result", "steps") == "2", 30,
                 message="before and after the two steps")

        self.assertEqual(self.driver.find_element("id", "scenario-title").text, "Los pasos del taller")  # in Spanish
        scenario = self.server.folder / "two-steps.yaml"
        scenario.write_text("id: two-steps\ntitle: Two steps\nsteps:\n  - remove: orfis\n"
                            "  - shift: {actor: municipalities, stance: -0.4}\n")
        reference = cli_json("simulate", model, "--scenario", scenario)
        changes = {c["commitment"]: c for c in reference["changes"]}
        rows = self.rows("#scenario-table tbody tr", "from", "to", "before", "after")
        self.assertEqual({r[0][7:] for r in rows}, set(changes))
        for row_id, status_from, status_to, before, after in rows:
            change = changes[row_id[7:]]
            self.assertEqual((status_from, status_to), (change["from"], change["to"]), row_id)
            self.assertAlmostEqual(float(before), change["viabilityBefore"], places=9)
            self.assertAlmostEqual(float(after), change["viabilityAfter"], places=9)
        self.assertEqual(changes["citizen-monitoring"]["to"], "at-risk")  # the second step matters here
        names = {a["id"]: a.get("short") or a["name"] for a in self.server.get("/api/v1/model")["model"]["actors"]}
        expected = [names[d["actor"]] for d in changes["citizen-monitoring"]["driverEffects"] if abs(d["effect"]) >= 0.005][:3]
        self.assertIn("Municipios", expected)  # the shifted actor drives a change
        shown = [e.text.rsplit(" ", 1)[0] for e in self.driver.find_elements("css selector", "#change-citizen-monitoring .driver")]
        self.assertEqual(shown, expected)

        # The page's scenario map is the server's drawing of these two steps (same size), not another map.
        request = urllib.request.Request(
            self.server.base + "/api/v1/maps/scenario.svg?lang=es", method="POST", headers={"Content-Type": "application/json"},
            data=json.dumps({"scenarios": [], "title": "Los pasos del taller",
                             "steps": [{"remove": "orfis"}, {"shift": {"actor": "municipalities", "stance": -0.4}}]}).encode())
        with urllib.request.urlopen(request, timeout=60) as response:
            svg = response.read().decode()
        self.assertIn("Mapa del escenario", svg)
        self.assertIn("Escenario: Los pasos del taller", svg)  # not "Custom scenario" on a Spanish map
        width = float(re.search(r'<svg width="([0-9.]+)pt"', svg).group(1)) * 4 / 3
        height = float(re.search(r'<svg width="[0-9.]+pt" height="([0-9.]+)pt"', svg).group(1)) * 4 / 3
        size = self.driver.execute_script(
            "const i = document.getElementById('scenario-map'), p = document.getElementById('map-power');"
            "return [i.complete, i.naturalWidth, i.naturalHeight, p.naturalWidth, p.naturalHeight]")
        self.assertTrue(size[0])
        self.assertAlmostEqual(size[1], width, delta=1.5)
        self.assertAlmostEqual(size[2], height, delta=1.5)
        self.assertFalse(abs(size[3] - width) <= 1.5 and abs(size[4] - height) <= 1.5, "the power map's size")
        self.assertEqual(javascript_errors(self.driver), [])

    # 6. what if we lose…

    def test_what_if_we_lose_shows_the_actors_row_of_sweep(self):
        reference = cli_json("sweep", self.current_model("sweep-reference.yaml"))
        rows = {r["ids"][0]: r for r in reference["allies"] if len(r["ids"]) == 1}
        titles = {c["id"]: c["title"] for c in self.server.get("/api/v1/model")["model"]["commitments"]}
        for actor in ["orfis", "ivai", "sfp"]:
            self.click(f"lose-{actor}")
            wait_for(lambda: self.data(f"sweep-{actor}", "version"), 60, message=f"the sweep row of {actor}")
            row = rows[actor]
            self.assertAlmostEqual(float(self.data(f"sweep-{actor}", "delta")), row["deltaViability"], places=9)
            for name in ["failed", "improved", "weakened"]:
                self.assertEqual(self.data(f"sweep-{actor}", name).split(), row[name], f"{actor} {name}")
            self.assertEqual(self.data(f"sweep-{actor}", "cut"), str(row["articulationPoint"]).lower())
            text = self.driver.find_element("id", f"sweep-{actor}").text
            for commitment in row["failed"]:
                self.assertIn(titles[commitment], text)
        self.assertEqual(rows["orfis"]["failed"], ["public-works-data"])  # the row a wrong lookup would miss
        self.assertTrue(rows["ivai"]["articulationPoint"])
        self.assertIn("punto de corte", self.driver.find_element("id", "sweep-ivai").text)
        self.assertIn("Ningún compromiso cambia de estado", self.driver.find_element("id", "sweep-sfp").text)
        self.assertEqual(javascript_errors(self.driver), [])

    # 7. save as, the default for a commented file

    def test_save_as_is_the_default_for_a_commented_file_and_the_app_says_why(self):
        from selenium.webdriver.common.keys import Keys

        if not self.server.get("/api/v1/model")["hasComments"]:
            self.skipTest("the served file has no comments any more")
        original = self.server.model.read_text()
        self.click("save")
        wait_for(lambda: self.driver.find_element("id", "save-dialog").is_displayed(), message="the save dialog")
        reason = self.driver.find_element("id", "save-reason").text
        self.assertIn("tiene comentarios", reason)
        self.assertIn("Guárdelo con otro nombre", reason)
        name = self.driver.switch_to.active_element  # the new name has the focus: Enter saves as
        self.assertEqual(name.get_attribute("id"), "save-as-name")
        self.assertEqual(name.get_attribute("value"), "veracruz-2019-2020-taller.yaml")
        self.assertIn("primary", self.driver.find_element("id", "save-as-confirm").get_attribute("class"))
        name.send_keys(Keys.ENTER)
        saved = self.server.model.with_name("veracruz-2019-2020-taller.yaml")
        wait_for(saved.exists, message="the file saved as")
        wait_for(lambda: self.driver.find_element("id", "file-name").text == saved.name, message="the new file's name")
        self.assertEqual(self.server.model.read_text(), original)
        code, out, err = run_cli("validate", saved)
        self.assertEqual(code, 0, out + err)

        # the new file has no comments: Save now writes it at once, keeping a backup
        self.assertFalse(self.server.get("/api/v1/model")["hasComments"])
        self.click("save")
        backup = saved.with_name(saved.name + ".bak")
        wait_for(backup.exists, message="the backup of the saved file")
        self.assertFalse(self.driver.find_element("id", "save-dialog").is_displayed())
        code, out, err = run_cli("validate", saved)
        self.assertEqual(code, 0, out + err)
        self.assertEqual(javascript_errors(self.driver), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
