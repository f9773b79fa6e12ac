// The home page's promo banners (issue 14.2): one slide at a time, the next every 6 seconds.
// The rotation pauses while the pointer or the keyboard focus is on the banners, when the
// visitor presses the pause button, and never starts for visitors who prefer reduced motion.
// The previous/next buttons work from the keyboard. Without this script the first banner
// simply stays.
(function () {
    "use strict";
    const INTERVAL = 6000;

    function setUp(carousel) {
        const slides = [...carousel.querySelectorAll(".banner-slide")];
        if (slides.length < 2) {
            return;
        }
        const pauseButton = carousel.querySelector("[data-carousel-pause]");
        const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        let current = slides.findIndex((slide) => !slide.hidden);
        let stoppedByVisitor = reduced;
        let hovered = false;
        let timer = null;

        function show(index) {
            current = (index + slides.length) % slides.length;
            slides.forEach((slide, i) => {
                slide.hidden = i !== current;
            });
            carousel.dataset.current = String(current);
        }

        function schedule() {
            window.clearInterval(timer);
            timer = null;
            if (!stoppedByVisitor && !hovered) {
                timer = window.setInterval(() => show(current + 1), INTERVAL);
            }
            carousel.dataset.rotating = timer ? "true" : "false";
        }

        carousel.querySelector("[data-carousel-next]").addEventListener("click", () => {
            show(current + 1);
            schedule();
        });
        carousel.querySelector("[data-carousel-prev]").addEventListener("click", () => {
            show(current - 1);
            schedule();
        });
        pauseButton.setAttribute("aria-pressed", String(stoppedByVisitor));
        pauseButton.addEventListener("click", () => {
            stoppedByVisitor = !stoppedByVisitor;
            pauseButton.setAttribute("aria-pressed", String(stoppedByVisitor));
            schedule();
        });
        const hold = () => {
            hovered = true;
            schedule();
        };
        const release = () => {
            hovered = carousel.matches(":hover") || carousel.contains(document.activeElement);
            schedule();
        };
        carousel.addEventListener("mouseenter", hold);
        carousel.addEventListener("mouseleave", release);
        carousel.addEventListener("focusin", hold);
        carousel.addEventListener("focusout", () => window.setTimeout(release, 0));
        // Screen readers announce the slide the visitor moves to, not the automatic turns.
        carousel.querySelector(".banner-track").setAttribute("aria-live", "off");
        show(current);
        schedule();
    }

    function start() {
        document.querySelectorAll("[data-carousel]").forEach(setUp);
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
