"""catalog.stock, the one writer of stock (SPEC §1, §3, §8): the manual count ``stock_set`` and
its journal, the reservation moves, and the journal of moves staff cause through orders.

Each test pins down a boundary or a value a mutation of catalog/stock.py would change: stock
never goes negative, a refused input changes nothing, and each journal entry says exactly
who changed what from how many to how many.
"""

from datetime import UTC, datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.models import User
from catalog.journal import STOCK_CHANGE
from catalog.models import StockRecord
from catalog.stock import (
    InsufficientStock,
    InvalidStockQuantity,
    StockChange,
    stock_journal_move,
    stock_lock,
    stock_return,
    stock_set,
    stock_take,
    stock_take_up_to,
)
from catalog.tests.factories import CategoryPageFactory, make_product

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
def rotala(catalog, kyiv):
    """5 pieces in Kyiv, no record in Lviv."""
    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    return make_product(plants, sku="PL-1", title="Rotala", stock={kyiv: 5})


@pytest.fixture
def keeper(db):
    return User.objects.create_user(email="keeper@shop.test", password="pw-Secret-123")


def held(product, store) -> int | None:
    """Pieces of ``product`` in ``store``; None when there is no stock record."""
    record = StockRecord.objects.filter(product=product, store=store).first()
    return None if record is None else record.quantity


def journal() -> list[ModelLogEntry]:
    return list(ModelLogEntry.objects.filter(action=STOCK_CHANGE).order_by("pk"))


def journal_rows() -> list[tuple]:
    return [(e.data["old"], e.data["new"], e.data["source"], e.user_id) for e in journal()]


def age(product, store) -> None:
    """Backdate the record's "Updated" column (shown in the stock list) to 2020."""
    StockRecord.objects.filter(product=product, store=store).update(updated_at=LONG_AGO)


def updated_at(product, store) -> datetime:
    return StockRecord.objects.get(product=product, store=store).updated_at


@pytest.mark.django_db
class TestStockSet:
    def test_the_journal_entry_says_exactly_who_changed_what_from_how_many(
        self, rotala, kyiv, keeper
    ):
        """SPEC §8: who, when, old → new, and why (the source)."""
        change = stock_set(
            product=rotala, store=kyiv, quantity=8, user=keeper, source="Spring recount"
        )
        record = StockRecord.objects.get(product=rotala, store=kyiv)
        assert record.quantity == 8
        assert change == StockChange(stock_record=record, old=5, new=8)
        assert change.changed is True
        [entry] = journal()
        assert entry.data == {
            "product_id": rotala.pk,
            "sku": "PL-1",
            "store": "kyiv",
            "old": 5,
            "new": 8,
            "source": "Spring recount",
        }
        assert entry.user_id == keeper.pk
        assert entry.label == "PL-1 @ kyiv"
        # The entry belongs to the stock record, so it shows in that record's history view.
        assert entry.content_type == ContentType.objects.get_for_model(StockRecord)
        assert entry.object_id == str(record.pk)

    def test_zero_is_a_valid_count_and_is_journaled(self, rotala, kyiv, keeper):
        """Sold out is a real count: 5 → 0 is written and journaled."""
        change = stock_set(product=rotala, store=kyiv, quantity=0, user=keeper)
        assert held(rotala, kyiv) == 0
        assert (change.old, change.new, change.changed) == (5, 0, True)
        assert journal_rows() == [(5, 0, "", keeper.pk)]

    def test_a_store_without_a_record_gets_one_counted_from_zero(self, rotala, lviv):
        change = stock_set(product=rotala, store=lviv, quantity=4, source="Import")
        assert held(rotala, lviv) == 4
        assert (change.old, change.new) == (0, 4)
        assert journal_rows() == [(0, 4, "Import", None)]

    def test_setting_the_same_count_changes_nothing_and_writes_no_entry(self, rotala, kyiv):
        age(rotala, kyiv)
        change = stock_set(product=rotala, store=kyiv, quantity=5)
        assert change == StockChange(
            stock_record=StockRecord.objects.get(product=rotala, store=kyiv), old=5, new=5
        )
        assert change.changed is False
        assert journal() == []
        assert updated_at(rotala, kyiv) == LONG_AGO

    def test_a_new_count_moves_the_updated_column(self, rotala, kyiv):
        age(rotala, kyiv)
        before = timezone.now()
        stock_set(product=rotala, store=kyiv, quantity=6)
        assert updated_at(rotala, kyiv) >= before

    @pytest.mark.parametrize("bad", [-1, True, False, 2.0, 2.5, "3"])
    def test_anything_but_a_whole_number_from_zero_is_refused(self, rotala, kyiv, bad):
        """-1 is negative; True/False are not counts although Python calls them ints; 2.0,
        2.5 and "3" are not integers. Nothing is written, nothing journaled."""
        with pytest.raises(InvalidStockQuantity) as refused:
            stock_set(product=rotala, store=kyiv, quantity=bad)
        assert str(refused.value) == "Stock is a whole number of pieces, 0 or more."
        assert held(rotala, kyiv) == 5
        assert journal() == []

    def test_a_refused_count_creates_no_record(self, rotala, lviv):
        with pytest.raises(InvalidStockQuantity):
            stock_set(product=rotala, store=lviv, quantity=-3)
        assert held(rotala, lviv) is None

    def test_a_store_holding_several_products_counts_only_the_one_asked(self, rotala, kyiv):
        moss = make_product(rotala.get_parent(), sku="PL-2", title="Java moss", stock={kyiv: 10})
        change = stock_set(product=rotala, store=kyiv, quantity=7)
        assert (change.old, change.new) == (5, 7)
        assert (held(rotala, kyiv), held(moss, kyiv)) == (7, 10)


@pytest.mark.django_db
class TestStockTake:
    def test_taking_exactly_what_is_held_leaves_zero(self, rotala, kyiv):
        stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=5)
        assert held(rotala, kyiv) == 0  # 5 − 5

    def test_one_more_than_held_is_refused_and_takes_nothing(self, rotala, kyiv):
        with pytest.raises(InsufficientStock) as refused:
            stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=6)
        assert str(refused.value) == "Not enough stock in this store."
        assert held(rotala, kyiv) == 5

    def test_a_store_without_a_record_holds_nothing(self, rotala, lviv):
        with pytest.raises(InsufficientStock):
            stock_take(product_id=rotala.pk, store_id=lviv.pk, quantity=1)
        assert held(rotala, lviv) is None

    def test_a_take_moves_the_updated_column(self, rotala, kyiv):
        age(rotala, kyiv)
        before = timezone.now()
        stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=2)
        assert held(rotala, kyiv) == 3  # 5 − 2
        assert updated_at(rotala, kyiv) >= before

    @pytest.mark.parametrize("quantity", [0, -2])
    def test_zero_or_negative_is_a_no_op(self, rotala, kyiv, lviv, quantity):
        """Taking −2 must not add 2; taking 0 touches nothing, not even a missing record."""
        age(rotala, kyiv)
        stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=quantity)
        stock_take(product_id=rotala.pk, store_id=lviv.pk, quantity=quantity)  # no raise
        assert held(rotala, kyiv) == 5
        assert updated_at(rotala, kyiv) == LONG_AGO
        assert held(rotala, lviv) is None

    def test_reservations_are_not_journaled(self, rotala, kyiv):
        """SPEC §3 holds are recorded by the cart lines, not one journal entry each."""
        stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=1)
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=1)
        assert journal() == []


def test_insufficient_stock_has_a_default_message_safe_to_show():
    assert str(InsufficientStock()) == "Not enough stock in this store."
    assert str(InsufficientStock("Only 2 left.")) == "Only 2 left."


@pytest.mark.django_db
class TestStockTakeUpTo:
    def test_fewer_held_than_asked_takes_all_there_is(self, rotala, kyiv):
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=7) == 5
        assert held(rotala, kyiv) == 0  # min(5, 7) = 5 taken

    def test_more_held_than_asked_takes_what_was_asked(self, rotala, kyiv):
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=2) == 2
        assert held(rotala, kyiv) == 3  # 5 − 2

    def test_exactly_one_piece_left_is_taken(self, rotala, kyiv):
        StockRecord.objects.filter(product=rotala, store=kyiv).update(quantity=1)
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=3) == 1
        assert held(rotala, kyiv) == 0

    def test_asking_for_one_piece_takes_one(self, rotala, kyiv):
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=1) == 1
        assert held(rotala, kyiv) == 4

    def test_none_left_takes_none(self, rotala, kyiv):
        StockRecord.objects.filter(product=rotala, store=kyiv).update(quantity=0)
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=3) == 0
        assert held(rotala, kyiv) == 0

    def test_a_deleted_record_takes_none_and_is_not_recreated(self, rotala, kyiv):
        StockRecord.objects.filter(product=rotala, store=kyiv).delete()
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=3) == 0
        assert held(rotala, kyiv) is None

    @pytest.mark.parametrize("quantity", [0, -2])
    def test_asking_for_zero_or_less_takes_none(self, rotala, kyiv, quantity):
        assert stock_take_up_to(product_id=rotala.pk, store_id=kyiv.pk, quantity=quantity) == 0
        assert held(rotala, kyiv) == 5


@pytest.mark.django_db
class TestStockReturn:
    def test_pieces_go_back_to_the_record(self, rotala, kyiv):
        age(rotala, kyiv)
        before = timezone.now()
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=3)
        assert held(rotala, kyiv) == 8  # 5 + 3
        assert StockRecord.objects.filter(product=rotala).count() == 1
        assert updated_at(rotala, kyiv) >= before

    def test_a_deleted_record_is_recreated_with_the_pieces(self, rotala, kyiv):
        StockRecord.objects.filter(product=rotala, store=kyiv).delete()
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=2)
        assert held(rotala, kyiv) == 2

    def test_one_piece_goes_back(self, rotala, kyiv):
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=1)
        assert held(rotala, kyiv) == 6  # 5 + 1

    @pytest.mark.parametrize("quantity", [0, -2])
    def test_zero_or_negative_is_a_no_op(self, rotala, kyiv, lviv, quantity):
        """Returning −2 must not take 2; returning nothing creates no empty record."""
        age(rotala, kyiv)
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=quantity)
        stock_return(product_id=rotala.pk, store_id=lviv.pk, quantity=quantity)
        assert held(rotala, kyiv) == 5
        assert updated_at(rotala, kyiv) == LONG_AGO
        assert held(rotala, lviv) is None


@pytest.mark.django_db
class TestStockLock:
    def test_no_pairs_runs_no_query(self, django_assert_num_queries):
        """Nothing to lock: without the early return the empty condition would lock (on
        PostgreSQL) every stock record of the shop."""
        with django_assert_num_queries(0):
            stock_lock(pairs=[])

    def test_locking_changes_no_stock(self, rotala, kyiv, lviv, django_assert_num_queries):
        """One SELECT ... FOR UPDATE is run (a queryset left unevaluated would lock nothing on
        PostgreSQL); a pair without a record is fine and nothing is created or changed."""
        with django_assert_num_queries(1):
            stock_lock(pairs=[(rotala.pk, kyiv.pk), (rotala.pk, lviv.pk)])
        assert held(rotala, kyiv) == 5
        assert held(rotala, lviv) is None


@pytest.mark.django_db
class TestStockJournalMove:
    def test_one_piece_back_is_journaled_old_to_new(self, rotala, kyiv, keeper):
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=1)  # 5 → 6
        stock_journal_move(
            product_id=rotala.pk,
            store_id=kyiv.pk,
            delta=1,
            user=keeper,
            source="Order GW000007 cancelled",
        )
        [entry] = journal()
        assert entry.data == {
            "product_id": rotala.pk,
            "sku": "PL-1",
            "store": "kyiv",
            "old": 5,  # new − delta = 6 − 1
            "new": 6,
            "source": "Order GW000007 cancelled",
        }
        assert entry.user_id == keeper.pk
        assert entry.label == "PL-1 @ kyiv"
        assert entry.object_id == str(StockRecord.objects.get(product=rotala, store=kyiv).pk)

    def test_one_piece_out_is_journaled_old_to_new(self, rotala, kyiv, keeper):
        stock_take(product_id=rotala.pk, store_id=kyiv.pk, quantity=1)  # 5 → 4
        stock_journal_move(
            product_id=rotala.pk,
            store_id=kyiv.pk,
            delta=-1,
            user=keeper,
            source="Order GW000007 edited",
        )
        # old = new − delta = 4 − (−1) = 5
        assert journal_rows() == [(5, 4, "Order GW000007 edited", keeper.pk)]

    def test_several_pieces_back(self, rotala, kyiv, keeper):
        stock_return(product_id=rotala.pk, store_id=kyiv.pk, quantity=3)  # 5 → 8
        stock_journal_move(product_id=rotala.pk, store_id=kyiv.pk, delta=3, user=keeper, source="s")
        assert journal_rows() == [(5, 8, "s", keeper.pk)]  # old = 8 − 3

    def test_no_move_writes_nothing(self, rotala, kyiv, keeper):
        stock_journal_move(product_id=rotala.pk, store_id=kyiv.pk, delta=0, user=keeper, source="s")
        assert journal() == []

    def test_a_missing_record_writes_nothing(self, rotala, lviv, keeper):
        stock_journal_move(product_id=rotala.pk, store_id=lviv.pk, delta=2, user=keeper, source="s")
        assert journal() == []
