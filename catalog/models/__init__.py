from catalog.models.inventory import Price, ProductPopularity, StockRecord, Store
from catalog.models.pages import CatalogPage, CategoryPage, ProductPage
from catalog.models.parameters import ParameterDefinition, ParameterKind
from catalog.models.product_parts import ProductParameter, ProductPhoto
from catalog.models.ratings import ProductRating

__all__ = [
    "CatalogPage",
    "CategoryPage",
    "ParameterDefinition",
    "ParameterKind",
    "Price",
    "ProductPage",
    "ProductParameter",
    "ProductPhoto",
    "ProductPopularity",
    "ProductRating",
    "StockRecord",
    "Store",
]
