"""Admin views for discounts and tiers: saves are journaled with old → new values."""

from wagtail.admin.views import generic

from commerce.journal import record_change, snapshot


class JournaledCreateView(generic.CreateView):
    journal_action = ""

    def save_instance(self):
        instance = super().save_instance()
        # Journal what the database holds (e.g. 2.50 for a typed 2.5).
        saved = type(instance).objects.get(pk=instance.pk)
        record_change(
            instance=saved, before=None, user=self.request.user, action=self.journal_action
        )
        return instance


class JournaledEditView(generic.EditView):
    journal_action = ""

    def save_instance(self):
        model = type(self.object)
        before = snapshot(model.objects.get(pk=self.object.pk))
        instance = super().save_instance()
        saved = model.objects.get(pk=instance.pk)
        record_change(
            instance=saved, before=before, user=self.request.user, action=self.journal_action
        )
        return instance
