// A field marked data-autosubmit (the listing's sort order, a filter's checkbox) sends its form
// as soon as it changes. requestSubmit() fires the form's submit event, so a form that htmx
// drives (the category filters, hx-get) updates in place; any other form loads as before.
// Kept in a file, not an onchange="" attribute: the Content-Security-Policy runs no inline code.
document.addEventListener("change", function (event) {
    var field = event.target.closest("[data-autosubmit]");
    if (!field || !field.form) return;
    if (field.form.requestSubmit) field.form.requestSubmit();
    else field.form.submit();
});
