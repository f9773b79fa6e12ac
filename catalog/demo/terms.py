"""The demo catalog's dictionary words (catalog.glossary): its categories, parameters and
their choice values, sale units, stores and delivery methods, so the demo reads naturally in
Ukrainian and in English. Product names and descriptions stay as they are (demo content).
Listed only for the message catalog; ``catalog.glossary.term`` looks them up."""

from django.utils.translation import pgettext_lazy

DEMO_TERMS = (
    # Categories and the catalog page
    pgettext_lazy("catalog term", "Catalog"),
    pgettext_lazy("catalog term", "Aquarium plants"),
    pgettext_lazy("catalog term", "Stem plants"),
    pgettext_lazy("catalog term", "Foreground plants"),
    pgettext_lazy("catalog term", "Carpeting plants"),
    pgettext_lazy("catalog term", "Rosette plants"),
    pgettext_lazy("catalog term", "Mosses"),
    pgettext_lazy("catalog term", "Floating plants"),
    pgettext_lazy("catalog term", "Rhizome plants"),
    pgettext_lazy("catalog term", "Electronics"),
    pgettext_lazy("catalog term", "Phones"),
    pgettext_lazy("catalog term", "Smartphones"),
    pgettext_lazy("catalog term", "Cases and chargers"),
    pgettext_lazy("catalog term", "Computers"),
    pgettext_lazy("catalog term", "Laptops"),
    pgettext_lazy("catalog term", "TV and video"),
    pgettext_lazy("catalog term", "TVs"),
    pgettext_lazy("catalog term", "Accessories"),
    pgettext_lazy("catalog term", "Headphones"),
    # Parameters
    pgettext_lazy("catalog term", "Growth"),
    pgettext_lazy("catalog term", "Difficulty"),
    pgettext_lazy("catalog term", "Light"),
    pgettext_lazy("catalog term", "Temperature"),
    pgettext_lazy("catalog term", "Placement"),
    pgettext_lazy("catalog term", "Adult width"),
    pgettext_lazy("catalog term", "Adult height"),
    pgettext_lazy("catalog term", "Water hardness"),
    pgettext_lazy("catalog term", "Other names"),
    pgettext_lazy("catalog term", "Brand"),
    pgettext_lazy("catalog term", "Model"),
    pgettext_lazy("catalog term", "Processor"),
    pgettext_lazy("catalog term", "RAM"),
    pgettext_lazy("catalog term", "Storage"),
    pgettext_lazy("catalog term", "Screen"),
    pgettext_lazy("catalog term", "Weight"),
    # Choice values
    pgettext_lazy("catalog term", "emersed or submerged"),
    pgettext_lazy("catalog term", "submerged"),
    pgettext_lazy("catalog term", "floating"),
    pgettext_lazy("catalog term", "easy"),
    pgettext_lazy("catalog term", "medium"),
    pgettext_lazy("catalog term", "hard"),
    pgettext_lazy("catalog term", "background"),
    pgettext_lazy("catalog term", "midground"),
    pgettext_lazy("catalog term", "foreground"),
    pgettext_lazy("catalog term", "hardscape"),
    # Sale units
    pgettext_lazy("catalog term", "bunch of 5"),
    pgettext_lazy("catalog term", "1 pot"),
    pgettext_lazy("catalog term", "in-vitro cup"),
    pgettext_lazy("catalog term", "portion 5x5 cm"),
    # Stores and delivery methods
    pgettext_lazy("catalog term", "Kyiv central warehouse"),
    pgettext_lazy("catalog term", "Lviv shop"),
    pgettext_lazy("catalog term", "Odesa shop"),
    pgettext_lazy("catalog term", "Kyiv, 12 Kyrylivska St"),
    pgettext_lazy("catalog term", "Lviv, 5 Horodotska St"),
    pgettext_lazy("catalog term", "Odesa, 20 Derybasivska St"),
    pgettext_lazy("catalog term", "Pickup at Kyiv central warehouse"),
    pgettext_lazy("catalog term", "Pickup at Lviv shop"),
    pgettext_lazy("catalog term", "Pickup at Odesa shop"),
    pgettext_lazy("catalog term", "Courier"),
    pgettext_lazy("catalog term", "Nova Poshta parcel"),
)
