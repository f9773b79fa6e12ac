"""Guarding product pages against deletion while the shop still holds their goods.

Deleting a product page would take its stock records and price with it (they are the
page's), wipe the cart lines reserving it and leave open orders with lines nothing can
return to stock. So a page — or a category whose subtree holds such a product — is not
deleted while any of its products has pieces in stock, in carts or in open orders; the
editor is told to unpublish it instead (SPEC §1, §8).
"""

from django.contrib import messages
from django.db.models import Sum
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalog.models import ProductPage, StockRecord
from commerce.cart.models import CartLine
from commerce.orders.models import FulfilmentStatus, OrderLine

CLOSED = [FulfilmentStatus.COMPLETED, FulfilmentStatus.CANCELLED]
SHOWN = 5


def product_deletion_blockers(pages) -> list[str]:
    """For the pages about to be deleted (with their subtrees), one sentence per product
    that still holds goods: pieces in stock, pieces reserved in carts, open orders. Empty
    when deleting is safe. A fixed number of queries per page given."""
    products = ProductPage.objects.none()
    for page in pages:
        products = products | ProductPage.objects.descendant_of(page, inclusive=True)
    ids = list(products.values_list("pk", flat=True))
    if not ids:
        return []
    in_stock = dict(
        StockRecord.objects.filter(product_id__in=ids, quantity__gt=0)
        .values("product_id")
        .annotate(pieces=Sum("quantity"))
        .values_list("product_id", "pieces")
    )
    in_carts = dict(
        CartLine.objects.filter(product_id__in=ids)
        .values("product_id")
        .annotate(pieces=Sum("quantity"))
        .values_list("product_id", "pieces")
    )
    in_orders = set(
        OrderLine.objects.filter(product_id__in=ids)
        .exclude(order__fulfilment_status__in=CLOSED)
        .values_list("product_id", flat=True)
    )
    blocked = sorted(set(in_stock) | set(in_carts) | in_orders)
    names = dict(ProductPage.objects.filter(pk__in=blocked).values_list("pk", "title"))
    sentences = []
    for product_id in blocked[:SHOWN]:
        held = []
        # English keeps one form for every number; the plural forms serve other languages.
        if product_id in in_stock:
            pieces = in_stock[product_id]
            held.append(
                ngettext("%(pieces)s pieces in stock", "%(pieces)s pieces in stock", pieces)
                % {"pieces": pieces}
            )
        if product_id in in_carts:
            pieces = in_carts[product_id]
            held.append(
                ngettext(
                    "%(pieces)s pieces reserved in carts",
                    "%(pieces)s pieces reserved in carts",
                    pieces,
                )
                % {"pieces": pieces}
            )
        if product_id in in_orders:
            held.append(_("open orders"))
        sentences.append(
            _("%(product)s still has %(held)s.")
            % {"product": names[product_id], "held": ", ".join(held)}
        )
    if len(blocked) > SHOWN:
        more = len(blocked) - SHOWN
        sentences.append(
            ngettext("…and %(count)s more products.", "…and %(count)s more products.", more)
            % {"count": more}
        )
    return sentences


def refuse_product_deletion(request, pages):
    """The ``before_delete_page`` / ``before_bulk_action`` answer: back to the explorer with
    the reasons when ``pages`` hold goods, else None (the deletion goes on)."""
    blockers = product_deletion_blockers(pages)
    if not blockers:
        return None
    messages.error(
        request,
        _(
            "Not deleted: %(reasons)s Unpublish the page instead, or set its stock to 0 once "
            "its carts and orders are done."
        )
        % {"reasons": " ".join(blockers)},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)
