"""Permission policies for catalog commerce data (enforced by Wagtail's views on the server)."""

from wagtail.permission_policies import ModelPermissionPolicy


class NoAddDeletePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody — not even a superuser — adds or deletes rows
    by hand. Prices exist for every product (set "no price" instead of deleting); a stock
    record is set to 0 instead of deleted, so its journal stays attached."""

    forbidden_actions = frozenset({"delete"})

    def user_has_permission(self, user, action):
        if action in self.forbidden_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class PricePermissionPolicy(NoAddDeletePermissionPolicy):
    forbidden_actions = frozenset({"add", "delete"})
