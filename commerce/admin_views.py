"""Admin views for discounts and tiers: saves are journaled with old → new values."""

from wagtail.admin.views import generic

from commerce.journal import record_change, snapshot


class JournaledCreateView(generic.CreateView):
    journal_action = ""

    def save_instance(self):
        instance = super().save_instance()
        record_change(
            instance=instance, before=None, user=self.request.user, action=self.journal_action
        )
        return instance


class JournaledEditView(generic.EditView):
    journal_action = ""

    def save_instance(self):
        before = snapshot(type(self.object).objects.get(pk=self.object.pk))
        instance = super().save_instance()
        record_change(
            instance=instance, before=before, user=self.request.user, action=self.journal_action
        )
        return instance
