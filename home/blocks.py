"""The shared StreamField blocks of content pages (issue 14.1, DESIGN "home/"): heading, rich
text, image with caption, call to action, FAQ accordion, table, product tiles and the live
delivery-rate table. Each renders through ``templates/blocks/<name>.html``."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))  # with its alt text (or marked decorative)
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class CallToActionBlock(blocks.StructBlock):
    """A short pitch and a button to a page of the site or an address."""

    text = blocks.CharBlock(max_length=250, label=_("Text"))
    button = blocks.CharBlock(max_length=60, label=_("Button text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an address"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            from django.core.exceptions import ValidationError
            from wagtail.blocks import StructBlockValidationError

            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class FAQBlock(blocks.StructBlock):
    """Questions that open on a tap (``<details>``: no script, keyboard-friendly)."""

    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            ("rich_text", blocks.RichTextBlock(features=["bold", "italic", "link"])),
        ],
        label=_("Table"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"


class ProductTilesBlock(blocks.StructBlock):
    """Chosen products as catalog tiles with their current prices; products that are not on
    sale (no price, out of stock, unpublished) are left out."""

    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    products = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="catalog.ProductPage"), label=_("Products")
    )

    class Meta:
        icon = "list-ul"
        label = _("Product tiles")
        template = "blocks/product_tiles.html"

    def get_context(self, value, parent_context=None):
        from catalog.selectors import listed_in_order
        from commerce.pricing.offers import attach_offers

        context = super().get_context(value, parent_context=parent_context)
        products = listed_in_order([page.pk for page in value["products"] if page])
        attach_offers(products, (parent_context or {}).get("request"))
        context["products"] = products
        return context


class DeliveryRatesBlock(blocks.StaticBlock):
    """The checkout's own delivery methods and rate tables, read live: the page never holds
    a copy that could go stale (issue 14.1)."""

    class Meta:
        icon = "list-ol"
        label = _("Delivery rates (from the checkout)")
        admin_text = _("Shows the delivery methods and their current rates.")
        template = "blocks/delivery_rates.html"

    def get_context(self, value, parent_context=None):
        from commerce.delivery.selectors import rate_table

        context = super().get_context(value, parent_context=parent_context)
        context["methods"] = rate_table()
        return context


def body_blocks() -> list[tuple[str, blocks.Block]]:
    """The blocks of an info or article page body."""
    return [
        ("heading", HeadingBlock()),
        ("text", blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))),
        ("image", CaptionedImageBlock()),
        ("call_to_action", CallToActionBlock()),
        ("faq", FAQBlock()),
        ("table", TableBlock()),
        ("products", ProductTilesBlock()),
    ]


def info_blocks() -> list[tuple[str, blocks.Block]]:
    """An info page's blocks: the body's and the live delivery-rate table."""
    return [*body_blocks(), ("delivery_rates", DeliveryRatesBlock())]
