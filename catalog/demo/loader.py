"""The demo catalog: stores, the catalog page and the bundled file, through the real importer."""

from pathlib import Path

from django.conf import settings
from wagtail.models import Site

from catalog.demo.photos import generate_demo_photos
from catalog.importer import ImportReport, import_catalog_file
from catalog.models import CatalogPage, Store

DEMO_DIR = Path(__file__).resolve().parent
DEMO_CSV = DEMO_DIR / "demo_catalog.csv"
DEMO_STORES = (
    ("kyiv", "Kyiv central warehouse", "Kyiv, 12 Kyrylivska St"),
    ("lviv", "Lviv shop", "Lviv, 5 Horodotska St"),
    ("odesa", "Odesa shop", "Odesa, 20 Derybasivska St"),
)
HOME_INTRO = (
    "<p>Greenwave вирощує акваріумні рослини у власній оранжереї і продає електроніку, якою "
    "ми користуємося самі. Замовляйте онлайн і забирайте в Києві, Львові чи Одесі — або "
    "отримайте доставкою по всій Україні.</p>"
)


def ensure_demo_stores() -> list[Store]:
    stores = []
    for code, name, address in DEMO_STORES:
        store, _ = Store.objects.get_or_create(
            code=code, defaults={"name": name, "address": address}
        )
        stores.append(store)
    return stores


def ensure_catalog_page() -> CatalogPage:
    catalog = CatalogPage.objects.first()
    if catalog:
        return catalog
    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = CatalogPage(
        title="Catalog",
        slug="catalog",
        live=False,
        intro="<p>Усе, що ми продаємо, за розділами.</p>",
    )
    home.add_child(instance=catalog)
    catalog.save_revision().publish()
    if hasattr(home, "intro") and not home.intro:
        home.intro = HOME_INTRO
        home.save_revision().publish()
    return catalog


def load_demo_catalog(*, progress: bool = False) -> ImportReport:
    """Create the demo stores and catalog page, draw the photos, import the bundled file."""
    ensure_demo_stores()
    ensure_catalog_page()
    photo_root = Path(settings.VAR_DIR) / "demo"
    generate_demo_photos(csv_path=DEMO_CSV, target_root=photo_root)
    return import_catalog_file(path=DEMO_CSV, base_dir=photo_root, progress=progress)
