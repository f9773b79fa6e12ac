// The category filters panel (issue 15.2) is a <details>: folded on phones until a filter is
// active, always open where there is room beside the products. Without JS it simply starts
// folded unless a filter is active, and opens with a tap.
(function () {
    var wide = window.matchMedia("(min-width: 900px)");
    function openOnWideScreens() {
        if (!wide.matches) return;
        document.querySelectorAll("[data-filters-panel]").forEach(function (panel) {
            panel.open = true;
        });
    }
    document.addEventListener("DOMContentLoaded", openOnWideScreens);
    document.addEventListener("htmx:afterSettle", openOnWideScreens);
    if (document.readyState !== "loading") openOnWideScreens();
})();
