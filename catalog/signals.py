"""Catalog signal handlers: every product gets its (empty) price row, and the search index
follows what Wagtail's own save signal misses (issue 15.1).

Search index freshness: Wagtail indexes a product when the page is saved, but a published
revision's parameters are written *after* the page row (modelcluster commits child rows once
the page is saved), and a category's title lives on another page. So a product is indexed again
when its parameter values are saved or deleted and when it is published, and every product of a
category subtree when that category's title changes. Price and stock are not indexed at all: the
search filters them in SQL at query time (catalog.search), so they are always current.
``manage.py update_index`` rebuilds everything (after an import or a glossary change).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import page_published

from catalog.models import CategoryPage, Price, ProductPage, ProductParameter


@receiver(post_save, sender=ProductPage)
def create_price_row(sender, instance: ProductPage, created: bool, raw: bool = False, **kwargs):
    if created and not raw:
        Price.objects.get_or_create(product_id=instance.pk)


@receiver(post_save, sender=ProductParameter)
@receiver(post_delete, sender=ProductParameter)
def reindex_product_of_parameter(sender, instance: ProductParameter, raw: bool = False, **kwargs):
    if raw:
        return
    product = ProductPage.objects.filter(pk=instance.product_id).first()
    if product is not None:
        index.insert_or_update_object(product)


@receiver(page_published, sender=ProductPage)
def reindex_published_product(sender, instance: ProductPage, **kwargs):
    index.insert_or_update_object(instance)


@receiver(pre_save, sender=CategoryPage)
def note_category_rename(sender, instance: CategoryPage, raw: bool = False, **kwargs):
    update_fields = kwargs.get("update_fields")
    instance._search_renamed = bool(
        not raw
        and instance.pk
        and (update_fields is None or "title" in update_fields)
        and CategoryPage.objects.filter(pk=instance.pk).exclude(title=instance.title).exists()
    )


@receiver(post_save, sender=CategoryPage)
def reindex_category_products(sender, instance: CategoryPage, **kwargs):
    """The products below carry the category's title in their ``search_terms``: re-indexed
    when the title really changes (a draft, a move or an unchanged publish costs nothing)."""
    if not getattr(instance, "_search_renamed", False):
        return
    instance._search_renamed = False
    for product in ProductPage.objects.descendant_of(instance):
        index.insert_or_update_object(product)
