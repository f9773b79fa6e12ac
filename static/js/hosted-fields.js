// Braintree Hosted Fields (live mode): card data is typed into Braintree's own fields and only
// a one-time nonce reaches our server.
document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.pay-card[data-client-token]");
    if (!form || !window.braintree) return;
    var nonceInput = form.querySelector("[name=payment_method_nonce]");
    var errorBox = form.querySelector(".pay-error");
    window.braintree.client.create({authorization: form.dataset.clientToken}, function (err, client) {
        if (err) { errorBox.textContent = "Card payments are unavailable right now."; return; }
        window.braintree.hostedFields.create({
            client: client,
            fields: {
                number: {selector: "#bt-number", placeholder: "Card number"},
                expirationDate: {selector: "#bt-expiry", placeholder: "MM/YY"},
                cvv: {selector: "#bt-cvv", placeholder: "CVV"}
            }
        }, function (fieldsErr, fields) {
            if (fieldsErr) { errorBox.textContent = "Card payments are unavailable right now."; return; }
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                fields.tokenize(function (tokenizeErr, payload) {
                    if (tokenizeErr) { errorBox.textContent = "Please check the card details."; return; }
                    nonceInput.value = payload.nonce;
                    form.submit();
                });
            });
        });
    });
});
