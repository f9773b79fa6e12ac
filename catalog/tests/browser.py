"""Launching Debian's Chromium for browser tests (never a browser a test tool downloads).

Every page a browser test opens runs under the real Content-Security-Policy and
Permissions-Policy headers (issue 12.9); ``chromium_page`` fails the test when the browser
reported a violation of either, so a template that grows an inline script or style, or a
header Chromium cannot parse, is caught by the tests that already walk those pages.
"""

import re
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Runs in every document and frame before its own scripts, outside the page's CSP (Playwright
# injects it through the DevTools protocol), and hands each violation to Python.
_LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportPolicyViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`
        + ` on ${event.documentURI}`
        + (event.sample ? ` (${event.sample})` : "")
    );
});
"""
# What Chromium prints about the two headers (violations in frames that the listener cannot
# reach, and a Permissions-Policy it cannot parse).
_CONSOLE = re.compile(r"Content[ -]Security[ -]Policy|Permissions[ -]Policy", re.IGNORECASE)


class PolicyViolations(list):
    """The violations one page has reported so far, in the order they happened."""

    def watch(self, page) -> None:
        def reported(text: str) -> None:
            self.append(text)

        def printed(message) -> None:
            if _CONSOLE.search(message.text):
                self.append(f"console {message.type}: {message.text}")

        page.expose_function("__reportPolicyViolation", reported)
        page.add_init_script(_LISTEN)
        page.on("console", printed)

    def settle(self, page) -> None:
        """Let the page deliver what it has queued (the events are asynchronous)."""
        try:
            page.evaluate("() => new Promise((done) => setTimeout(done, 50))")
        except PlaywrightError:  # the page is gone or navigating: nothing more will come
            pass

    def assert_none(self) -> None:
        assert not self, "The browser reported policy violations:\n" + "\n".join(
            dict.fromkeys(self)
        )


@contextmanager
def chromium_page(width: int = 1280, height: int = 900):
    """A fresh page in headless Chromium; screenshots go to ``ARTIFACTS``.

    The page's ``policy_violations`` list collects CSP / Permissions-Policy violations; when the
    ``with`` block ends without an error, any violation fails the test.
    """
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make browser`"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.policy_violations = PolicyViolations()
            page.policy_violations.watch(page)
            yield page
            page.policy_violations.settle(page)
            page.policy_violations.assert_none()
        finally:
            browser.close()
