"""factory_boy factories for catalog pages and commerce rows (test setup only: they write
rows directly, without the journal; tests of journaling go through the services)."""

from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from catalog.models import (
    CatalogPage,
    CategoryPage,
    ParameterDefinition,
    ParameterKind,
    Price,
    ProductPage,
    ProductPhoto,
    StockRecord,
    Store,
)


class StoreFactory(DjangoModelFactory):
    class Meta:
        model = Store
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"store{n}")
    name = factory.LazyAttribute(lambda o: f"Store {o.code}")


class CatalogPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CatalogPage

    title = "Catalog"


class CategoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CategoryPage

    title = factory.Sequence(lambda n: f"Category {n}")


class ParameterDefinitionFactory(DjangoModelFactory):
    class Meta:
        model = ParameterDefinition
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Parameter {n}")
    kind = ParameterKind.TEXT


class ProductPageFactory(wagtail_factories.PageFactory):
    """A live product. ``price`` (UAH, default 100.00; None = no price) and ``stock``
    ({Store: pieces} or an int for one default store) are written after creation."""

    class Meta:
        model = ProductPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Product {n}")
    sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    sale_unit = "1 pc"

    @factory.post_generation
    def price(obj, create, extracted, **kwargs):
        if create:
            amount = Decimal("100.00") if extracted is None else Decimal(str(extracted))
            Price.objects.update_or_create(product_id=obj.pk, defaults={"amount": amount})

    @factory.post_generation
    def stock(obj, create, extracted, **kwargs):
        if not create or extracted is None:
            return
        if isinstance(extracted, int):
            extracted = {StoreFactory(code="main", name="Main store"): extracted}
        for store, quantity in extracted.items():
            StockRecord.objects.update_or_create(
                product=obj, store=store, defaults={"quantity": quantity}
            )

    @factory.post_generation
    def photos(obj, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for index, image in enumerate(extracted):
            ProductPhoto.objects.create(product=obj, image=image, sort_order=index)


def make_product(parent, *, price: Decimal | None | str = "100.00", stock=5, **fields):
    """A product under ``parent``; ``price=None`` makes it priceless, ``stock=0`` out of stock."""
    product = ProductPageFactory(parent=parent, stock=stock, price=price, **fields)
    if price is None:
        Price.objects.filter(product=product).update(amount=None)
        product.price.refresh_from_db()
    return product


def drawn_photo(tmp_path, *, name: str, sku: str, category: str, index: int = 1, total: int = 1):
    """A Wagtail image of the demo's locally drawn product photo (``index`` of ``total``)."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from catalog.demo.photos import draw_product_photo

    path = draw_product_photo(
        target=tmp_path / f"{sku}-{index}.png",
        name=name,
        sku=sku,
        category=category,
        index=index,
        total=total,
    )
    with path.open("rb") as handle:
        image = get_image_model()(title=name, file=ImageFile(handle, name=path.name))
        image.save()
    return image
