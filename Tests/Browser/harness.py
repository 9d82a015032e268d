"""harness.py — what the browser tests of `powermap serve` share: a server on a free port over a
temporary copy of models/ (never the shipped files), headless Chromium driven by Selenium with
Debian's chromedriver, the command line for reference values, and waits.

Environment: POWERMAP_BIN (default .build/debug/powermap), POWERMAP_CHROMIUM (a Chrome or
Chromium binary), POWERMAP_CHROMEDRIVER (its driver). Without a browser the tests are skipped,
except when CI is set: then they fail."""

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("POWERMAP_BIN", ROOT / ".build" / "debug" / "powermap"))
MODEL = "veracruz-2019-2020.yaml"


def find_program(env, names):
    """The first of `names` on PATH, or the path in the environment variable `env`."""
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = find_program("POWERMAP_CHROMIUM", ["chromium", "chromium-browser", "google-chrome"])
CHROMEDRIVER = find_program("POWERMAP_CHROMEDRIVER", ["chromedriver"])


def skip_reason():
    """Why the tests cannot run here, or None. In CI a missing browser is a failure, not a skip."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        reason = "selenium is not installed (make browser-test installs it)"
    else:
        reason = None if CHROMIUM and CHROMEDRIVER else "no Chromium and chromedriver found"
    if reason and os.environ.get("CI"):
        raise RuntimeError(f"browser tests cannot run in CI: {reason}")
    return reason


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args):
    """Runs the command line; returns (exit code, stdout, stderr)."""
    done = subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


def cli_json(*args):
    code, out, err = run_cli(*args, "--json")
    if code != 0:
        raise AssertionError(f"powermap {' '.join(map(str, args))} failed ({code}): {err}")
    return json.loads(out)


def cli_json_later(*args):
    """Starts the command line now (it runs while the browser works); returns a function that waits
    for it and returns its JSON."""
    process = subprocess.Popen([str(BIN), *map(str, args), "--json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)

    def result():
        out, err = process.communicate(timeout=120)
        if process.returncode != 0:
            raise AssertionError(f"powermap {' '.join(map(str, args))} failed ({process.returncode}): {err}")
        return json.loads(out)

    return result


def with_actor_field(yaml_text, actor, field, value):
    """The model text with `field: value` in the block of actor `actor` (the first such line after `- id: actor`)."""
    pattern = re.compile(rf"(- id: {re.escape(actor)}\n(?:    .*\n)*?    {field}: )[-0-9.]+")
    changed, count = pattern.subn(rf"\g<1>{value}", yaml_text, count=1)
    if count != 1:
        raise AssertionError(f"no {field} line for {actor}")
    return changed


class Server:
    """`powermap serve` on a temporary copy of models/, stopped with Ctrl-C (SIGINT)."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="powermap-browser-"))
        shutil.copytree(ROOT / "models", self.folder / "models")
        self.model = self.folder / "models" / MODEL
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(self.folder / "server.log", "w")
        self.process = subprocess.Popen(
            [str(BIN), "serve", str(self.model), "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.wait_ready()

    def wait_ready(self, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"powermap serve exited: {(self.folder / 'server.log').read_text()}")
            try:
                self.get("/api/v1/model")
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("powermap serve did not answer within 30 s")

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return json.loads(response.read())

    def send(self, method, path, body):
        """A JSON request as another facilitator's laptop would send it; returns the JSON answer."""
        request = urllib.request.Request(self.base + path, data=json.dumps(body).encode(), method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


BROWSER_STARTS = 3
"""How many times Chromium is started before a test gives up on it: on a busy machine it now and
then exits before it answers ("DevToolsActivePort file doesn't exist"), which says nothing of the
app under test."""


def browser(width=1600, height=1000):
    """Headless Chromium with a `width`×`height` page, in a profile folder of its own (removed when
    the process ends); started again (up to `BROWSER_STARTS` times) if it fails to start."""
    from selenium import webdriver
    from selenium.common.exceptions import SessionNotCreatedException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    for attempt in range(1, BROWSER_STARTS + 1):
        profile = tempfile.mkdtemp(prefix="powermap-chromium-")
        atexit.register(shutil.rmtree, profile, ignore_errors=True)
        options = Options()
        options.binary_location = CHROMIUM
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                         f"--window-size={width},{height}", "--lang=es", f"--user-data-dir={profile}"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        try:
            driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
            break
        except SessionNotCreatedException as error:
            if attempt == BROWSER_STARTS:
                raise
            print(f"  Chromium did not start ({str(error).splitlines()[0]}); starting it again", flush=True)
            time.sleep(2)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    return driver


def wait_for(condition, seconds=15, interval=0.02, message="condition"):
    """Polls `condition()` until it returns something true; returns it."""
    deadline = time.time() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {message() if callable(message) else message}")
        time.sleep(interval)


def page_version(driver):
    """The version whose analysis and maps the page shows (body[data-version]), or 0."""
    return int(driver.execute_script("return document.body.dataset.version || 0"))


def open_page(driver, server, path="/"):
    driver.get(server.base + path)
    wait_for(lambda: page_version(driver) > 0, 30, message=f"{path} to show the analysis")


def value_of(driver, element_id):
    """The value of the element `element_id` now (read by id, so a table drawn again meanwhile is no problem)."""
    return driver.execute_script("const e = document.getElementById(arguments[0]); return e ? e.value : null", element_id)


def press(driver, element_id, keys):
    """Focuses the element (without clicking it, which would move a slider) and types `keys`."""
    element = driver.find_element("id", element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element)
    element.send_keys(keys)


def javascript_errors(driver):
    """Messages the page logged at level SEVERE (uncaught errors, failed requests)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


class BrowserTestCase(unittest.TestCase):
    """A fresh server on a fresh copy of the models, and one browser, for each test."""

    @classmethod
    def setUpClass(cls):
        reason = skip_reason()
        if reason:
            raise unittest.SkipTest(reason)

    def setUp(self):
        self.server = Server()
        self.addCleanup(self.server.stop)
        self.driver = browser()
        self.addCleanup(self.driver.quit)


def allow_downloads(driver, folder):
    """Headless Chromium saves downloads (links with `download`) into `folder`."""
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})


def select(driver, element_id, value):
    """Chooses `value` in the <select> `element_id` (found afresh: the pages draw their forms again)."""
    from selenium.webdriver.support.ui import Select

    element = driver.find_element("id", element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    Select(element).select_by_value(value)


class SharedBrowserTestCase(unittest.TestCase):
    """One server on one copy of the models, and one browser, for all the tests of the class (they
    take their reference values from the server's current model, so their order does not matter);
    the page is loaded afresh for each test."""

    @classmethod
    def setUpClass(cls):
        reason = skip_reason()
        if reason:
            raise unittest.SkipTest(reason)
        cls.server = Server()
        try:
            cls.driver = browser()
        except Exception:
            cls.server.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    def setUp(self):
        open_page(self.driver, self.server)
        javascript_errors(self.driver)  # forget what earlier tests logged

    def current_model(self, name):
        """The server's current model written as `name` beside the served file (its scenarios/ folder
        is beside it too), for the command line's reference values."""
        path = self.server.model.with_name(name)
        with urllib.request.urlopen(self.server.base + "/api/v1/export/model.yaml", timeout=10) as response:
            path.write_bytes(response.read())
        return path

    def settled(self):
        """Waits until the page shows the server's current version; returns it."""
        version = lambda: self.server.get("/api/v1/model")["version"]  # noqa: E731
        return wait_for(lambda: page_version(self.driver) == version() and version(), 30,
                        message="the page to show the server's version")

    def rows(self, selector, *fields):
        """For each element of `selector`: its id, then the data attributes `fields` (strings)."""
        return self.driver.execute_script(
            "return [...document.querySelectorAll(arguments[0])].map(e => [e.id, ...arguments[1].map(f => e.dataset[f])])",
            selector, list(fields))
