from catalog.models.inventory import Price, StockRecord, Store
from catalog.models.pages import (
    CatalogPage,
    CategoryPage,
    ProductPage,
    ProductParameter,
    ProductPhoto,
)
from catalog.models.parameters import ParameterDefinition, ParameterKind

__all__ = [
    "CatalogPage",
    "CategoryPage",
    "ParameterDefinition",
    "ParameterKind",
    "Price",
    "ProductPage",
    "ProductParameter",
    "ProductPhoto",
    "StockRecord",
    "Store",
]
