"""Shop roles (SPEC §8, issue 7.1–7.2): groups with exactly their permissions, and a role
administrator who can move users between roles and do nothing else."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission, ModelLogEntry

from accounts.role_admin import RoleChangeRefused, role_set
from accounts.roles import ROLE_NAMES, ROLES
from accounts.tests.refusal import assert_refused

User = get_user_model()


def perms_of(group: Group) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


@pytest.mark.django_db
class TestRoleGroups:
    def test_each_role_group_has_exactly_its_permissions(self):
        for role in ROLES:
            group = Group.objects.get(name=role.name)
            assert perms_of(group) == set(role.permissions), role.name
            pages = {
                gp.permission.codename for gp in GroupPagePermission.objects.filter(group=group)
            }
            assert pages == set(role.page_permissions), role.name
            collections = {
                f"{gp.permission.content_type.app_label}.{gp.permission.codename}"
                for gp in GroupCollectionPermission.objects.filter(group=group)
            }
            assert collections == set(role.collection_permissions), role.name

    def test_content_managers_cannot_touch_prices_stock_or_discounts(self, role_user):
        content = role_user("Content manager")
        assert content.has_perm("catalog.change_parameterdefinition")
        for perm in (
            "catalog.change_price",
            "catalog.change_stockrecord",
            "commerce.change_discount",
            "commerce.add_discount",
            "commerce.change_loyaltytier",
            "commerce.change_deliverymethod",
            "commerce.view_order",
        ):
            assert not content.has_perm(perm), perm

    def test_managers_own_prices_discounts_tiers_and_delivery_but_not_orders(self, role_user):
        manager = role_user("Manager")
        for perm in (
            "catalog.change_price",
            "catalog.change_stockrecord",
            "commerce.add_discount",
            "commerce.delete_discount",
            "commerce.change_loyaltytier",
            "commerce.change_deliverymethod",
        ):
            assert manager.has_perm(perm), perm
        assert not manager.has_perm("commerce.view_order")
        assert not manager.has_perm("auth.change_group")

    def test_order_roles_split_the_status_machine(self, role_user):
        operator = role_user("Sales operator")
        warehouse = role_user("Warehouse worker")
        accountant = role_user("Accountant")
        assert operator.has_perm("commerce.confirm_order") and operator.has_perm(
            "commerce.ship_order"
        )
        assert not operator.has_perm("commerce.assemble_order")
        assert not operator.has_perm("commerce.change_customer")
        assert operator.has_perm("commerce.view_customer")
        assert warehouse.has_perm("commerce.assemble_order")
        assert not warehouse.has_perm("commerce.change_order")
        assert not warehouse.has_perm("commerce.confirm_order")
        assert accountant.has_perm("commerce.mark_order_paid")
        assert accountant.has_perm("commerce.complete_order")
        assert not accountant.has_perm("commerce.cancel_order")


@pytest.mark.django_db
class TestRoleAdministrator:
    def test_command_creates_then_repairs_the_account(self, settings, capsys):
        call_command("ensure_role_admin", password="pw-Secret-123")
        user = User.objects.get(email=settings.SHOP_ROLE_ADMIN_EMAIL)
        # Someone made it a superuser in a Group with powers: the command undoes it.
        user.is_superuser = True
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name="Manager"))
        user.user_permissions.add(Permission.objects.get(codename="change_group"))
        call_command("ensure_role_admin")
        user.refresh_from_db()
        assert not user.is_superuser and not user.is_staff
        assert list(user.groups.all()) == []
        assert [p.codename for p in user.user_permissions.all()] == ["access_admin"]
        assert user.check_password("pw-Secret-123")
        assert "repaired" in capsys.readouterr().out

    def test_an_account_that_took_the_email_first_is_not_adopted_quietly(self, settings, client):
        stranger = User.objects.create_user(
            email=settings.SHOP_ROLE_ADMIN_EMAIL.upper(), password="strangers-pw-1"
        )
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="take it over"):
            call_command("ensure_role_admin")
        client.force_login(stranger)
        assert_refused(client.get(reverse("shop_roles:index")))
        # Taken over with a new password: the stranger's password and session no longer work.
        call_command("ensure_role_admin", password="pw-New-Secret-9")
        assert client.get(reverse("shop_roles:index")).status_code == 302
        stranger.refresh_from_db()
        assert not stranger.check_password("strangers-pw-1")
        assert client.login(email=stranger.email, password="pw-New-Secret-9")
        assert client.get(reverse("shop_roles:index")).status_code == 200

    def test_taking_the_email_does_not_make_a_role_administrator(self, settings, client, role_user):
        manager = role_user("Manager", email="boss-manager@example.com")
        clerk = User.objects.create_user(email="clerk@example.com", password="pw-Secret-123")
        client.force_login(manager)
        # Wagtail's own account form cannot rename the login...
        client.post(
            reverse("wagtailadmin_account"),
            {"name_email-email": settings.SHOP_ROLE_ADMIN_EMAIL, "name_email-first_name": "B"},
        )
        manager.refresh_from_db()
        assert manager.email == "boss-manager@example.com"
        # ...and even an account renamed behind its back is not the role administrator.
        User.objects.filter(pk=manager.pk).update(email=settings.SHOP_ROLE_ADMIN_EMAIL)
        client.force_login(User.objects.get(pk=manager.pk))
        response = client.post(reverse("shop_roles:edit", args=[clerk.pk]), {"roles": ["Manager"]})
        assert_refused(response)
        assert clerk.groups.count() == 0

    def test_command_without_a_configured_email_fails_clearly(self, settings):
        settings.SHOP_ROLE_ADMIN_EMAIL = ""
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="SHOP_ROLE_ADMIN_EMAIL"):
            call_command("ensure_role_admin")

    def test_moves_a_user_between_roles_and_journals_it(self, role_admin, client):
        clerk = User.objects.create_user(email="clerk@example.com", password="pw-Secret-123")
        client.force_login(role_admin)
        listing = client.get(reverse("shop_roles:index"))
        assert listing.status_code == 200 and "clerk@example.com" in listing.content.decode()
        response = client.post(
            reverse("shop_roles:edit", args=[clerk.pk]), {"roles": ["Sales operator"]}
        )
        assert response.status_code == 302
        assert [g.name for g in clerk.groups.all()] == ["Sales operator"]
        client.post(reverse("shop_roles:edit", args=[clerk.pk]), {"roles": ["Warehouse worker"]})
        assert [g.name for g in clerk.groups.all()] == ["Warehouse worker"]
        entries = ModelLogEntry.objects.filter(action="accounts.roles.change").order_by("pk")
        assert [e.data["new"] for e in entries] == [["Sales operator"], ["Warehouse worker"]]
        assert entries.last().data["old"] == ["Sales operator"]
        assert entries.last().user_id == role_admin.pk
        listing = client.get(reverse("shop_roles:index")).content.decode()
        assert "Roles of clerk@example.com: Sales operator → Warehouse worker" in listing

    def test_cannot_change_its_own_roles(self, role_admin, client):
        client.force_login(role_admin)
        response = client.post(
            reverse("shop_roles:edit", args=[role_admin.pk]), {"roles": ["Manager"]}
        )
        assert response.status_code == 404
        assert role_admin.groups.count() == 0
        with pytest.raises(RoleChangeRefused):
            role_set(actor=role_admin, user=role_admin, roles=["Manager"])
        assert role_admin.groups.count() == 0

    def test_cannot_grant_a_group_that_is_not_a_shop_role(self, role_admin, client):
        clerk = User.objects.create_user(email="clerk@example.com", password="pw-Secret-123")
        client.force_login(role_admin)
        response = client.post(
            reverse("shop_roles:edit", args=[clerk.pk]), {"roles": ["Moderators"]}
        )
        assert response.status_code == 400
        assert clerk.groups.count() == 0
        with pytest.raises(RoleChangeRefused, match="Not a shop role"):
            role_set(actor=role_admin, user=clerk, roles=["Moderators"])
        assert clerk.groups.count() == 0

    def test_cannot_touch_superusers_or_reach_user_and_group_admin(self, role_admin, client):
        boss = User.objects.create_superuser(email="boss@example.com", password="pw-Secret-123")
        group = Group.objects.get(name="Warehouse worker")
        before = perms_of(group)
        client.force_login(role_admin)
        assert (
            client.post(reverse("shop_roles:edit", args=[boss.pk]), {"roles": []}).status_code
            == 404
        )
        # Wagtail's own user and group screens stay closed: no superuser flag, no group perms.
        client.post(
            reverse("wagtailusers_users:edit", args=[role_admin.pk]),
            {"email": role_admin.email, "is_superuser": "on", "groups": [group.pk]},
        )
        client.post(
            reverse("wagtailusers_groups:edit", args=[group.pk]),
            {"name": group.name, "permissions": [p.pk for p in Permission.objects.all()]},
        )
        role_admin.refresh_from_db()
        assert not role_admin.is_superuser and role_admin.groups.count() == 0
        assert perms_of(group) == before
        assert boss.is_superuser

    def test_nobody_else_uses_the_role_screens(self, role_user, client):
        manager = role_user("Manager")
        clerk = User.objects.create_user(email="clerk@example.com", password="pw-Secret-123")
        client.force_login(manager)
        assert_refused(client.get(reverse("shop_roles:index")))
        response = client.post(reverse("shop_roles:edit", args=[clerk.pk]), {"roles": ["Manager"]})
        assert_refused(response)
        assert clerk.groups.count() == 0
        with pytest.raises(RoleChangeRefused):
            role_set(actor=manager, user=clerk, roles=["Manager"])

    def test_role_names_are_the_spec_roles(self):
        assert set(ROLE_NAMES) == {
            "Manager",
            "Content manager",
            "Sales operator",
            "Warehouse worker",
            "Accountant",
        }


@pytest.mark.django_db
class TestDemoStaff:
    def test_one_account_per_role_that_can_log_in(self, settings, client, capsys):
        settings.DEBUG = True
        settings.SHOP_DEMO_STAFF_PASSWORD = "demo-Staff-1"
        call_command("ensure_demo_staff")
        call_command("ensure_demo_staff")  # a second run repairs, never duplicates
        out = capsys.readouterr().out
        for role in ROLES:
            user = User.objects.get(groups__name=role.name)
            assert user.email in out
            assert client.login(email=user.email, password="demo-Staff-1")
            assert [g.name for g in user.groups.all()] == [role.name]
        assert settings.SHOP_ROLE_ADMIN_EMAIL in out
        assert client.login(email=settings.SHOP_ROLE_ADMIN_EMAIL, password="demo-Staff-1")

    def test_refused_outside_development(self, settings):
        from django.core.management.base import CommandError

        settings.DEBUG = False
        with pytest.raises(CommandError, match="development only"):
            call_command("ensure_demo_staff")
        assert not User.objects.filter(email="manager@example.com").exists()
