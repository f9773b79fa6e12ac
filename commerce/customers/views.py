"""“My account” (SPEC §6): the customer card, its edit form and the order history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from commerce.customers.forms import CustomerCardForm
from commerce.customers.services import customer_for_user


@login_required
def account_overview(request):
    customer = customer_for_user(user=request.user)
    orders = list(customer.orders.order_by("-created_at")[:5])
    return render(
        request, "commerce/customers/overview.html", {"customer": customer, "orders": orders}
    )


@login_required
@require_http_methods(["GET", "POST"])
def account_card_edit(request):
    customer = customer_for_user(user=request.user)
    form = CustomerCardForm(request.POST if request.method == "POST" else None, instance=customer)
    if request.method == "POST":
        if form.is_valid():
            with transaction.atomic():
                form.save()
                # The header greets the user by name without another query.
                user = request.user
                user.first_name, user.last_name = customer.first_name, customer.last_name
                user.save(update_fields=["first_name", "last_name"])
            messages.success(request, _("Your card is saved."))
            return redirect("account_overview")
        messages.error(request, _("Please correct the fields marked below; nothing was saved."))
        return render(request, "commerce/customers/card_form.html", {"form": form}, status=400)
    return render(request, "commerce/customers/card_form.html", {"form": form})


@login_required
def account_orders(request):
    customer = customer_for_user(user=request.user)
    orders = list(customer.orders.order_by("-created_at"))
    return render(
        request, "commerce/customers/orders.html", {"customer": customer, "orders": orders}
    )
