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

// Empty boxes stay out of the address htmx pushes (the no-JS form sends them; the server
// ignores them either way).
document.addEventListener("htmx:configRequest", function (event) {
    if (!event.detail.elt || event.detail.elt.id !== "catalog-filters") return;
    var parameters = event.detail.parameters;
    var keys = parameters instanceof FormData ? Array.from(new Set(parameters.keys())) : Object.keys(parameters);
    keys.forEach(function (key) {
        var value = parameters instanceof FormData ? parameters.getAll(key) : parameters[key];
        var empty = Array.isArray(value) ? value.every(function (v) { return v === ""; }) : value === "";
        if (!empty) return;
        if (parameters instanceof FormData) parameters.delete(key);
        else delete parameters[key];
    });
});
