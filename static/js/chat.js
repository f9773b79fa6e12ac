// The chat box (SPEC §7, issue 16.1; templates/support/chat/_box.html). The launcher opens a
// panel whose body htmx loads on first opening; sending is the panel's htmx form. This file
// adds what htmx alone does not: opening and closing (Escape, focus), the "question to the
// consultant" buttons, the unread badge, and the polling, whose pace follows the page:
// every 4 s with the panel open, every 15 s closed, not at all while the tab is hidden (and
// at once when it shows again). A poll that finds nothing new is answered 204 from the
// server's cache; one that finds news brings the new messages and state out of band
// (templates/support/chat/_poll.html). Without JavaScript the launcher and the buttons are
// links to the chat page, which works as a plain form.
(function () {
    "use strict";
    const OPEN_MS = 4000;
    const CLOSED_MS = 15000;

    function setUp() {
        const root = document.getElementById("chat");
        if (!root || !window.htmx) {
            return;
        }
        const pageMode = root.dataset.mode === "page";
        const launcher = document.getElementById("chat-launcher");
        const panel = document.getElementById("chat-panel");
        const body = document.getElementById("chat-body");
        let loaded = pageMode; // the messages and the form are on the page
        let open = pageMode;
        let after = 0; // the last message shown
        let timer = null;
        let polling = false;
        // The next poll asks whatever the version: opening the panel must mark the answers
        // read even when they arrived (and the version with them) while it was closed.
        let fresh = false;

        const state = () => document.getElementById("chat-state");
        const log = () => document.getElementById("chat-log");

        // Two answers may bring the same message (a poll and a send crossing): keep the first.
        function dedupe() {
            const list = document.getElementById("chat-messages");
            if (!list) {
                return;
            }
            const seen = new Set();
            Array.from(list.children).forEach((item) => {
                if (seen.has(item.id)) {
                    item.remove();
                } else {
                    seen.add(item.id);
                }
            });
        }

        // After every answer: the badge, and the last message the form and polls ask after.
        function sync() {
            const current = state();
            if (!current) {
                return;
            }
            after = Math.max(after, parseInt(current.dataset.after, 10) || 0);
            document.querySelectorAll("[data-chat-after]").forEach((input) => {
                input.value = String(after);
            });
            const unread = parseInt(current.dataset.unread, 10) || 0;
            const badge = document.getElementById("chat-badge");
            if (badge) {
                badge.hidden = open || unread === 0;
                badge.querySelector(".chat-badge-count").textContent = String(unread);
            }
            dedupe();
        }

        function toBottom() {
            const box = log();
            if (box) {
                box.scrollTop = box.scrollHeight;
            }
        }

        function focusInput() {
            const input = document.getElementById("chat-text");
            if (input) {
                input.focus();
            }
        }

        function schedule(delay) {
            clearTimeout(timer);
            timer = null;
            const current = state();
            if (!current || !current.dataset.poll || document.hidden) {
                return;
            }
            timer = setTimeout(poll, delay !== undefined ? delay : open ? OPEN_MS : CLOSED_MS);
        }

        function poll() {
            timer = null;
            const current = state();
            if (!current || !current.dataset.poll || document.hidden) {
                return;
            }
            if (polling) {
                schedule();
                return;
            }
            polling = true;
            const values = {
                v: fresh ? "" : current.dataset.version || "",
                lang: document.documentElement.lang || "",
            };
            fresh = false;
            if (loaded) {
                values.after = String(after);
                if (open) {
                    values.open = "1";
                }
            }
            const done = () => {
                polling = false;
                sync();
                toBottom();
                schedule();
            };
            htmx.ajax("GET", current.dataset.poll, {
                source: root,
                target: current,
                swap: "none",
                values: values,
            }).then(done, done);
        }

        function load(product) {
            let url = root.dataset.panelUrl;
            if (product) {
                url += "?product=" + encodeURIComponent(product);
            }
            const done = () => {
                loaded = true;
                after = 0;
                sync();
                toBottom();
                focusInput();
                schedule();
            };
            htmx.ajax("GET", url, { source: root, target: body, swap: "innerHTML" }).then(done, done);
        }

        function setOpen(value, product) {
            open = value;
            panel.hidden = !value;
            launcher.setAttribute("aria-expanded", String(value));
            root.classList.toggle("is-open", value);
            sync();
            if (!value) {
                launcher.focus();
                schedule();
            } else if (!loaded || product) {
                load(product);
            } else {
                focusInput();
                toBottom();
                fresh = true; // marks the answers read and fetches what came meanwhile
                schedule(0);
            }
        }

        // A poll for a conversation that is no longer this visitor's (it joined their account
        // in another tab): stop, and load the panel afresh when next opened.
        root.addEventListener("htmx:afterRequest", (event) => {
            const path = event.detail.pathInfo && event.detail.pathInfo.requestPath;
            if (event.detail.xhr && event.detail.xhr.status === 404 && path && path.indexOf("/chat/poll/") !== -1) {
                state().dataset.poll = "";
                if (!pageMode) {
                    loaded = false;
                }
            }
        });
        // The form's answers (a sent message, an error) replace the form: keep the focus in it.
        document.addEventListener("htmx:afterSettle", (event) => {
            if (!root.contains(event.detail.elt) && event.detail.elt !== document.body) {
                return;
            }
            sync();
            const form = document.getElementById("chat-form");
            if (open && form && (document.activeElement === document.body || !document.activeElement)) {
                toBottom();
                focusInput();
            }
            schedule();
        });
        // Ctrl+Enter (⌘+Enter) sends; Enter alone makes a new line, as in any text box.
        document.addEventListener("keydown", (event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.id === "chat-text") {
                event.preventDefault();
                htmx.trigger(event.target.form, "submit");
            } else if (event.key === "Escape" && open && !pageMode) {
                // Only from the chat (or nowhere in particular): an Escape in the search box
                // or the menu is theirs.
                const here = document.activeElement;
                if (!here || here === document.body || panel.contains(here) || here === launcher) {
                    setOpen(false);
                }
            }
        });
        document.addEventListener("visibilitychange", () => {
            if (document.hidden) {
                clearTimeout(timer);
                timer = null;
            } else {
                schedule(0);
            }
        });

        if (!pageMode) {
            launcher.setAttribute("role", "button");
            launcher.setAttribute("aria-expanded", "false");
            launcher.addEventListener("click", (event) => {
                event.preventDefault();
                setOpen(!open);
            });
            panel.querySelector("[data-chat-close]").addEventListener("click", () => setOpen(false));
            document.addEventListener("click", (event) => {
                const ask = event.target.closest("[data-chat-product]");
                if (ask) {
                    event.preventDefault();
                    setOpen(true, ask.dataset.chatProduct);
                }
            });
        }
        sync();
        toBottom();
        schedule(0); // the badge of a visitor with a conversation, at once
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
