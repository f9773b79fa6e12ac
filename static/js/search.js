// The header search's suggestion list (issue 15.1). htmx fetches it as the shopper types
// (templates/includes/search_box.html); this file keeps the combobox's ARIA state in step and
// adds the keyboard: ↓/↑ move through the suggestions, Enter opens one, Escape closes the list.
// Without JavaScript the box is a plain form that opens the results page.
(function () {
    function parts() {
        var input = document.getElementById("site-search-q");
        var box = document.getElementById("site-search-suggestions");
        return input && box ? { input: input, box: box } : null;
    }
    function options(box) {
        return Array.prototype.slice.call(box.querySelectorAll('[role="option"]'));
    }
    function close(p) {
        p.box.innerHTML = "";
        sync(p);
    }
    function sync(p) {
        var open = options(p.box).length > 0;
        p.input.setAttribute("aria-expanded", open ? "true" : "false");
        if (!open) p.input.removeAttribute("aria-activedescendant");
    }
    function select(p, index) {
        var list = options(p.box);
        if (!list.length) return;
        index = (index + list.length) % list.length;
        list.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        p.input.setAttribute("aria-activedescendant", list[index].id);
        list[index].scrollIntoView({ block: "nearest" });
    }
    function current(p) {
        var list = options(p.box);
        for (var i = 0; i < list.length; i++) {
            if (list[i].getAttribute("aria-selected") === "true") return i;
        }
        return -1;
    }
    document.addEventListener("htmx:afterSwap", function (event) {
        var p = parts();
        if (p && event.target === p.box) sync(p);
    });
    document.addEventListener("keydown", function (event) {
        var p = parts();
        if (!p || event.target !== p.input) return;
        var index = current(p);
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (!options(p.box).length) return;
            event.preventDefault();
            select(p, event.key === "ArrowDown" ? index + 1 : (index < 0 ? -1 : index - 1));
        } else if (event.key === "Enter" && index >= 0) {
            event.preventDefault();
            window.location.href = options(p.box)[index].href;
        } else if (event.key === "Escape" && options(p.box).length) {
            // The first Escape closes the list and keeps the words; the next one clears the
            // box as a search field does.
            event.preventDefault();
            close(p);
        }
    });
    document.addEventListener("click", function (event) {
        var p = parts();
        if (p && !p.input.form.contains(event.target)) close(p);
    });
})();
