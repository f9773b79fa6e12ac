// A <select data-autosubmit> sends its form as soon as it changes (the listing's sort order).
// Kept in a file, not an onchange="" attribute: the Content-Security-Policy runs no inline code.
document.addEventListener("change", function (event) {
    var field = event.target.closest("[data-autosubmit]");
    if (field && field.form) field.form.submit();
});
