"""Permission policies for catalog commerce data (enforced by Wagtail's views on the server)."""

from wagtail.permission_policies import ModelPermissionPolicy


class ForbiddenActionsPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody — not even a superuser — performs the
    ``forbidden_actions`` through the generic admin views. Stock records are never deleted
    (set to 0 instead, so their journal stays attached)."""

    forbidden_actions = frozenset({"delete"})

    def user_has_permission(self, user, action):
        if action in self.forbidden_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class PricePermissionPolicy(ForbiddenActionsPolicy):
    forbidden_actions = frozenset({"add", "delete"})


class ReadOnlyPolicy(ForbiddenActionsPolicy):
    """Read-only in the admin: nothing is added, edited or deleted through the generic forms
    (orders are placed by shoppers and moved by the status machine; customers edit their own
    cards)."""

    forbidden_actions = frozenset({"add", "change", "delete"})
