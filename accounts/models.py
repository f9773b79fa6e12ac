"""The store's user: e-mail is the login (SPEC §6). Customer cards live in commerce."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def normalize_email_address(email: str) -> str:
    """Lower-cased and stripped, so ``Ann@Example.com`` and ``ann@example.com`` are one login."""
    return (email or "").strip().lower()


def login_email_mark_verified(user: "User") -> None:
    """Record ``user.email`` as allauth's verified, primary address of ``user`` (idempotent).

    Verification is mandatory (SPEC §6, ``ACCOUNT_EMAIL_VERIFICATION``): without this row the
    login form answers with an e-mailed code instead of logging in. For accounts made in code,
    whose address whoever made them vouches for. Raises IntegrityError if another account has
    already verified that address.
    """
    from allauth.account.models import EmailAddress

    with transaction.atomic():
        EmailAddress.objects.filter(user=user, primary=True).exclude(email=user.email).update(
            primary=False
        )
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )


class UserManager(BaseUserManager):
    """Accounts made in code (``manage.py createsuperuser``, ``ensure_demo_admin``,
    ``ensure_demo_staff``, ``ensure_role_admin``, tests) come with their e-mail verified, so
    they can log in at once. Shoppers who register through allauth's signup (which does not
    use this manager) confirm theirs with an e-mailed code first."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        with transaction.atomic(using=self._db):
            user = self.model(email=normalize_email_address(email), **extra_fields)
            user.set_password(password)
            user.save(using=self._db)
            login_email_mark_verified(user)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser needs is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=normalize_email_address(username))


class User(AbstractUser):
    """A person who can log in. ``email`` is the unique login; there is no username."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def clean(self):
        super().clean()
        self.email = normalize_email_address(self.email)

    def save(self, *args, **kwargs):
        self.email = normalize_email_address(self.email)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        """What the header calls the user: the first name, else the e-mail; "" when the
        account has neither (a blank or whitespace-only name and no address)."""
        return (self.first_name or "").strip() or (self.email or "").strip()
