"""The role administrator (SPEC §8): exactly one account, named by ``SHOP_ROLE_ADMIN_EMAIL``.

It holds no group and one permission (entering the admin). Its only power is
``role_set``: moving other users between the shop roles of ``accounts.roles``. It cannot touch
superusers, its own account, staff flags, group permissions or any group that is not a shop
role; every move is journaled (Wagtail's audit log, action ``accounts.roles.change``).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext, gettext_lazy
from wagtail.log_actions import LogFormatter, log

from accounts.models import login_email_mark_verified
from accounts.roles import ACCESS_ADMIN, ROLE_NAMES, role_label
from config.errors import ShopError

ROLE_CHANGE = "accounts.roles.change"


class RoleChangeRefused(ShopError):
    """The move is not allowed; nothing was changed. The message is safe to show."""

    status = 403


def is_role_admin(user) -> bool:
    """Whether ``user`` is the configured role administrator: active, the configured e-mail,
    and set up by ``role_admin_ensure`` — no superuser or staff flag, no group, and the
    admin-entry permission granted to the account itself (which no role can grant). An
    account that merely takes the e-mail is therefore not it. Cached on the user object."""
    cached = getattr(user, "_shop_is_role_admin", None)
    if cached is not None:
        return cached
    email = (settings.SHOP_ROLE_ADMIN_EMAIL or "").strip().lower()
    answer = bool(
        email
        and getattr(user, "is_authenticated", False)
        and user.is_active
        and not user.is_superuser
        and not user.is_staff
        and (user.email or "").lower() == email
        and not user.groups.exists()
        and user.user_permissions.filter(
            content_type__app_label=ACCESS_ADMIN.split(".")[0],
            codename=ACCESS_ADMIN.split(".")[1],
        ).exists()
    )
    if getattr(user, "pk", None) is not None:
        user._shop_is_role_admin = answer
    return answer


def roles_of(user) -> list[str]:
    """The shop roles ``user`` holds, in ROLE_NAMES order."""
    held = {group.name for group in user.groups.all()}
    return [name for name in ROLE_NAMES if name in held]


def role_editable_users():
    """Users whose roles the role administrator may change: not superusers, not itself."""
    users = get_user_model().objects.filter(is_superuser=False)
    email = (settings.SHOP_ROLE_ADMIN_EMAIL or "").strip()
    if email:
        users = users.exclude(email__iexact=email)
    return users


@dataclass(frozen=True)
class RoleChange:
    user_id: int
    old: list[str]
    new: list[str]


def role_set(*, actor, user, roles: Iterable[str]) -> RoleChange:
    """Give ``user`` exactly the shop ``roles`` (names from ROLE_NAMES), on behalf of
    ``actor``, who must be the role administrator. Groups that are not shop roles stay as
    they are. Raises RoleChangeRefused (nothing changed) for anyone else acting, for the role
    administrator's own account, for a superuser, or for a name that is not a shop role."""
    if not is_role_admin(actor):
        raise RoleChangeRefused(gettext("Only the role administrator moves users between roles."))
    if user.pk == actor.pk or (user.email or "").lower() == actor.email.lower():
        raise RoleChangeRefused(gettext("The role administrator cannot change its own roles."))
    if user.is_superuser:
        raise RoleChangeRefused(gettext("Superusers are not managed through shop roles."))
    wanted = set(roles)
    unknown = sorted(wanted - set(ROLE_NAMES))
    if unknown:
        raise RoleChangeRefused(
            gettext("Not a shop role: %(roles)s.") % {"roles": ", ".join(unknown)}
        )
    with transaction.atomic():
        old = roles_of(user)
        role_groups = list(Group.objects.filter(name__in=ROLE_NAMES))
        user.groups.remove(*[g for g in role_groups if g.name not in wanted])
        user.groups.add(*[g for g in role_groups if g.name in wanted])
        new = [name for name in ROLE_NAMES if name in wanted]
        if old != new:
            log(
                instance=user,
                action=ROLE_CHANGE,
                user=actor,
                data={"email": user.email, "old": old, "new": new},
            )
    return RoleChange(user_id=user.pk, old=old, new=new)


class RoleAdminSetupRefused(Exception):
    """The account cannot be made the role administrator as asked; nothing was changed."""


def role_admin_ensure(*, email: str, password: str | None = None):
    """Create or repair the role administrator's account: active, not staff, not superuser, no
    groups, and only the permission to enter the admin. Other non-superusers lose a directly
    granted admin-entry permission (a former role administrator). Returns (user, created).

    An existing account that is not yet the role administrator (say, one a stranger signed up
    with that e-mail) is taken over only with a new ``password``, which also ends its
    sessions; otherwise RoleAdminSetupRefused."""
    user_model = get_user_model()
    access_admin = Permission.objects.get(
        content_type__app_label=ACCESS_ADMIN.split(".")[0],
        codename=ACCESS_ADMIN.split(".")[1],
    )
    with transaction.atomic():
        user = user_model.objects.filter(email__iexact=email).first()
        # Only role_admin_ensure grants the admin entry to an account itself, so an account
        # holding it was set up here before (and may be repaired without a new password).
        set_up_before = (
            user is not None and user.user_permissions.filter(pk=access_admin.pk).exists()
        )
        if user is not None and not password and not set_up_before:
            raise RoleAdminSetupRefused(
                f"{email} already has an account that is not the role administrator; give a "
                "new password to take it over (its sessions end)."
            )
        created = user is None
        if created:
            user = user_model.objects.create_user(
                email=email, password=password, first_name="Role", last_name="Administrator"
            )
        elif password:
            user.set_password(password)
        user.is_active = True
        user.is_staff = False
        user.is_superuser = False
        user.save()
        login_email_mark_verified(user)  # its e-mail is the configured one: log in without a code
        user.groups.clear()
        user.user_permissions.set([access_admin])
        for former in user_model.objects.filter(
            user_permissions=access_admin, is_superuser=False
        ).exclude(pk=user.pk):
            former.user_permissions.remove(access_admin)
    return user, created


class RoleChangeFormatter(LogFormatter):
    label = gettext_lazy("Change shop roles")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        old = ", ".join(map(role_label, data.get("old") or [])) or gettext("no role")
        new = ", ".join(map(role_label, data.get("new") or [])) or gettext("no role")
        return gettext("Roles of %(email)s: %(old)s → %(new)s") % {
            "email": data.get("email", ""),
            "old": old,
            "new": new,
        }
