"""Reviews by buyers (SPEC §1, issue 16.5): writing and editing (``services``), what the
product page and the viewer may see and do (``selectors``), the shopper's form and pages
(``forms``, ``views``, ``urls``, the ``product_reviews`` template tag) and the content
managers' moderation screen in the Wagtail admin (``admin``, ``journal``)."""
