// The header's menu button on phones and tablets (issue 13.3). Loaded in <head> without
// `defer`, so the class below is on <html> before the first paint: it is what lets the
// stylesheet fold the menu away and show the button. Without this script the menu simply
// stays open and the button hidden — every link is still reachable.
(function () {
    "use strict";
    const root = document.documentElement;
    root.classList.add("js-menu");

    function setUp() {
        const toggle = document.querySelector(".menu-toggle");
        const header = document.querySelector(".site-header");
        if (!toggle || !header) {
            return;
        }
        const menu = document.getElementById(toggle.getAttribute("aria-controls"));

        function setOpen(open) {
            toggle.setAttribute("aria-expanded", String(open));
            menu.classList.toggle("is-open", open);
        }

        toggle.addEventListener("click", () => {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        document.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && menu.classList.contains("is-open")) {
                setOpen(false);
                toggle.focus();
            }
        });

        // What sticks under the header (the cart flash) follows its real height. A CSSOM
        // write, not a style attribute in the markup: the CSP allows it.
        const measure = () => root.style.setProperty("--header-h", `${header.offsetHeight}px`);
        measure();
        if ("ResizeObserver" in window) {
            new ResizeObserver(measure).observe(header);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
