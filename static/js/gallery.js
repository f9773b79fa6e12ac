// Product gallery: a thumbnail click shows that photo in the main frame (links still work without JS).
document.addEventListener("click", function (event) {
    var link = event.target.closest(".gallery-thumbs a");
    var main = document.getElementById("gallery-main");
    if (!link || !main) return;
    event.preventDefault();
    main.src = link.dataset.full;
    main.removeAttribute("width");
    main.removeAttribute("height");
});
