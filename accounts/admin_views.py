"""The role administrator's screens: users with their shop roles, and one user's roles.

Both refuse everyone but the role administrator (403); the change itself goes through
``accounts.role_admin.role_set``, which checks again.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from accounts.role_admin import (
    ROLE_CHANGE,
    RoleChangeRefused,
    is_role_admin,
    role_editable_users,
    role_set,
    roles_of,
)
from accounts.roles import ROLES, role_label

USERS_PER_PAGE = 50
RECENT_CHANGES = 20


class RolesForm(forms.Form):
    roles = forms.MultipleChoiceField(
        choices=[
            (role.name, format_lazy("{} — {}", role.label, role.description)) for role in ROLES
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Shop roles"),
    )


def _require_role_admin(request) -> None:
    if not is_role_admin(request.user):
        raise PermissionDenied


def role_index(request):
    _require_role_admin(request)
    query = (request.GET.get("q") or "").strip()
    users = role_editable_users().prefetch_related("groups").order_by("email")
    if query:
        users = users.filter(
            Q(email__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
        )
    page = Paginator(users, USERS_PER_PAGE).get_page(request.GET.get("p"))
    rows = [(user, [role_label(name) for name in roles_of(user)]) for user in page.object_list]
    # The role administrator cannot open Wagtail's journal of users, so its own moves are
    # listed here (SPEC §8: every change is readable in the admin).
    recent = ModelLogEntry.objects.filter(action=ROLE_CHANGE).select_related("user")
    return render(
        request,
        "accounts/admin/roles_index.html",
        {
            "page": page,
            "rows": rows,
            "query": query,
            "recent": list(recent.order_by("-timestamp", "-pk")[:RECENT_CHANGES]),
        },
    )


def role_edit(request, user_id: int):
    _require_role_admin(request)
    user = get_object_or_404(role_editable_users(), pk=user_id)
    if request.method == "POST":
        form = RolesForm(request.POST)
        if form.is_valid():
            try:
                change = role_set(actor=request.user, user=user, roles=form.cleaned_data["roles"])
            except RoleChangeRefused as refused:
                messages.error(request, refused.message)
                return redirect("shop_roles:edit", user_id=user.pk)
            new = ", ".join(map(role_label, change.new)) or gettext("no role")
            messages.success(
                request, gettext("%(email)s: %(roles)s.") % {"email": user.email, "roles": new}
            )
            return redirect("shop_roles:index")
        return render(
            request, "accounts/admin/roles_edit.html", {"form": form, "subject": user}, status=400
        )
    form = RolesForm(initial={"roles": roles_of(user)})
    return render(request, "accounts/admin/roles_edit.html", {"form": form, "subject": user})
