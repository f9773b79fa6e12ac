"""The one base of the shop's refusals (DESIGN: domain exceptions whose message is safe to
show). Raising one means nothing was changed; ``status`` is the HTTP answer a view gives."""


class ShopError(Exception):
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
