"""Checkout in four steps (SPEC §5): who → delivery → payment method → confirmation. Each step
keeps its data in the session, so going back shows what was entered."""

import secrets
from decimal import Decimal

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from commerce.cart.selectors import cart_view
from commerce.cart.session import cart_for_request
from commerce.checkout.forms import (
    ConfirmForm,
    DeliveryForm,
    GuestForm,
    PaymentChoiceForm,
    PhoneForm,
)
from commerce.checkout.services import CheckoutData, CheckoutError, place_order
from commerce.customers.models import Customer
from commerce.customers.services import customer_for_user, temporary_customer_create
from commerce.delivery.models import DeliveryMethod
from commerce.delivery.selectors import delivery_fee, delivery_options, pickup_transfer
from commerce.orders.models import Order
from commerce.orders.notifications import base_url_for
from commerce.pricing.offers import loyalty_percent_for_request

SESSION_KEY = "checkout"
STEPS = ("who", "delivery", "payment", "confirm")


def _state(request) -> dict:
    return request.session.get(SESSION_KEY, {})


def _save(request, **values) -> None:
    state = _state(request)
    state.update(values)
    request.session[SESSION_KEY] = state


def _cart_or_none(request):
    cart = cart_for_request(request)
    view = cart_view(cart, loyalty_percent=loyalty_percent_for_request(request))
    if cart is None or not view.rows:
        return None, None
    return cart, view


def _missing_step(request) -> str | None:
    """The first step whose data is missing, or None when all are there."""
    state = _state(request)
    if request.user.is_authenticated:
        if not customer_for_user(user=request.user).phone:
            return "who"
    elif not state.get("guest"):
        return "who"
    if not state.get("delivery"):
        return "delivery"
    if not state.get("payment_method"):
        return "payment"
    return None


def _go(step: str):
    return redirect(reverse(f"checkout_{step}"))


def _guard(request, step: str):
    """Redirect to the cart when it is empty, or to an earlier step that lacks data."""
    cart, view = _cart_or_none(request)
    if cart is None:
        messages.info(request, _("Your cart is empty."))
        return None, None, redirect("cart")
    missing = _missing_step(request)
    if missing and STEPS.index(missing) < STEPS.index(step):
        return cart, view, _go(missing)
    return cart, view, None


def _context(step: str, **extra) -> dict:
    return {
        "step": step,
        "steps": [
            ("who", _("Who")),
            ("delivery", _("Delivery")),
            ("payment", _("Payment")),
            ("confirm", _("Confirm")),
        ],
        **extra,
    }


@require_http_methods(["GET", "POST"])
def checkout_who(request):
    cart, view, response = _guard(request, "who")
    if response:
        return response
    if request.user.is_authenticated:
        customer = customer_for_user(user=request.user)
        form = PhoneForm(request.POST or None)
        if customer.phone and request.method == "GET":
            return _go("delivery")
        if request.method == "POST" and form.is_valid():
            Customer.objects.filter(pk=customer.pk).update(phone=form.cleaned_data["phone"])
            return _go("delivery")
        return render(
            request,
            "commerce/checkout/who.html",
            _context("who", phone_form=form, customer=customer, cart=view),
            status=400 if form.errors else 200,
        )
    form = GuestForm(request.POST or None, initial=_state(request).get("guest"))
    if request.method == "POST" and form.is_valid():
        _save(request, guest=form.cleaned_data)
        return _go("delivery")
    return render(
        request,
        "commerce/checkout/who.html",
        _context("who", guest_form=form, cart=view),
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def checkout_delivery(request):
    cart, view, response = _guard(request, "delivery")
    if response:
        return response
    saved = _state(request).get("delivery")
    if saved is None and request.user.is_authenticated:
        card = customer_for_user(user=request.user)
        saved = {"city": card.default_city, "address": card.default_address}
    initial = dict(saved or {})
    form = DeliveryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        _save(
            request,
            delivery={
                "method": form.cleaned_data["method"].pk,
                "city": form.cleaned_data["city"].strip(),
                "address": form.cleaned_data["address"].strip(),
            },
        )
        return _go("payment")
    return render(
        request,
        "commerce/checkout/delivery.html",
        _context(
            "delivery",
            form=form,
            cart=view,
            options=delivery_options(goods_total=view.total, store_ids=_line_stores(view)),
        ),
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def checkout_payment(request):
    cart, view, response = _guard(request, "payment")
    if response:
        return response
    form = PaymentChoiceForm(
        request.POST or None, initial={"payment_method": _state(request).get("payment_method")}
    )
    if request.method == "POST" and form.is_valid():
        _save(request, payment_method=form.cleaned_data["payment_method"])
        return _go("confirm")
    return render(
        request,
        "commerce/checkout/payment.html",
        _context("payment", form=form, cart=view),
        status=400 if form.errors else 200,
    )


def _line_stores(view) -> set[int]:
    """The stores the cart's lines come from (those still on sale)."""
    return {row.line.store_id for row in view.rows if row.available}


def _data(request) -> CheckoutData:
    state = _state(request)
    delivery = state["delivery"]
    method = DeliveryMethod.objects.get(pk=delivery["method"])
    return CheckoutData(
        delivery_method=method,
        city=delivery["city"],
        address=delivery["address"],
        payment_method=state["payment_method"],
    )


@require_http_methods(["GET", "POST"])
def checkout_confirm(request):
    if request.method == "POST":
        # A double click or a retry: the first request already placed this order.
        placed = Order.objects.filter(checkout_token=request.POST.get("checkout_token") or "-")
        if (existing := placed.first()) is not None:
            return redirect(existing.private_path())
    cart, view, response = _guard(request, "confirm")
    if response:
        return response
    try:
        data = _data(request)
    except DeliveryMethod.DoesNotExist:
        messages.error(request, _("That delivery method is no longer offered; choose another."))
        return _go("delivery")
    fee = delivery_fee(method=data.delivery_method, goods_total=view.total)
    grand_total = view.total + fee
    state = _state(request)
    if "token" not in state:
        _save(request, token=secrets.token_urlsafe(24))
        state = _state(request)
    default_comment = ""
    if request.user.is_authenticated:
        default_comment = customer_for_user(user=request.user).default_order_comment
    form = ConfirmForm(
        request.POST or None,
        initial={
            "checkout_token": state["token"],
            "expected_total": grand_total,
            "comment": default_comment,
        },
    )
    context = _context(
        "confirm",
        form=form,
        cart=view,
        data=data,
        fee=fee,
        grand_total=grand_total,
        guest=state.get("guest"),
        transfer=pickup_transfer(method=data.delivery_method, store_ids=_line_stores(view)),
    )
    if request.method == "GET":
        return render(request, "commerce/checkout/confirm.html", context)
    if not form.is_valid():
        return render(request, "commerce/checkout/confirm.html", context, status=400)
    token = form.cleaned_data["checkout_token"]
    existing = Order.objects.filter(checkout_token=token).first()
    if existing is not None:  # a double click: the first request already placed it
        return redirect(existing.private_path())
    try:
        with transaction.atomic():
            if request.user.is_authenticated:
                customer = customer_for_user(user=request.user)
            else:
                guest = state["guest"]
                customer = temporary_customer_create(
                    phone=guest["phone"],
                    first_name=guest.get("first_name", ""),
                    last_name=guest.get("last_name", ""),
                    email=guest.get("email", ""),
                )
            order = place_order(
                cart=cart,
                customer=customer,
                data=CheckoutData(**{**data.__dict__, "comment": form.cleaned_data["comment"]}),
                checkout_token=token,
                expected_total=Decimal(form.cleaned_data["expected_total"]),
                user=request.user if request.user.is_authenticated else None,
                base_url=base_url_for(request),
            )
            if order.customer_id != customer.pk and customer.is_temporary:
                customer.delete()  # a concurrent twin placed it first
    except CheckoutError as error:
        messages.error(request, error.message)
        context["cart"] = cart_view(cart, loyalty_percent=loyalty_percent_for_request(request))
        return render(request, "commerce/checkout/confirm.html", context, status=error.status)
    request.session.pop(SESSION_KEY, None)
    request.session.setdefault("orders", [])
    request.session["orders"] = [*request.session["orders"], order.pk]
    messages.success(
        request, _("Thank you! Your order %(number)s is placed.") % {"number": order.number}
    )
    return redirect(order.private_path())
