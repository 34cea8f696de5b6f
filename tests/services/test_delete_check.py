"""A delete asked with check_only raises the refusal the delete would raise, and changes nothing: the
window asks it before 'Verwijderen?' (found clicking through the window: yes, then 'kan niet')."""
from __future__ import annotations

import pytest

from wijkdesk.services import doelen, groepen, ideeen
from wijkdesk.services.errors import ServiceError
from wijkdesk.store.models import AuditLog, Bewonersgroep, Doel, DoelIdee, Idee


def test_check_only_refuses_as_the_delete_does_and_deletes_nothing(demo_db):
    linked = DoelIdee.select().first().idee_id
    with pytest.raises(ServiceError) as checked:
        ideeen.delete_idee(linked, check_only=True)
    with pytest.raises(ServiceError) as deleted:
        ideeen.delete_idee(linked)
    assert str(checked.value) == str(deleted.value) and "kan niet worden verwijderd" in str(checked.value)

    free = ideeen.create_idee(Idee.get_by_id(linked).wijk_id, titel="Niets hangt eraan")
    doel, groep = Doel.select().first(), Bewonersgroep.select().first()
    counts = (Idee.select().count(), Doel.select().count(), Bewonersgroep.select().count(), AuditLog.select().count())
    assert ideeen.delete_idee(free.id, check_only=True) is None
    for delete, row in ((doelen.delete_doel, doel), (groepen.delete_groep, groep)):
        try:
            delete(row.id, check_only=True)
        except ServiceError:
            pass  # refused (money or ideas refer to it): a refusal, still nothing deleted
    assert (Idee.select().count(), Doel.select().count(), Bewonersgroep.select().count(),
            AuditLog.select().count()) == counts
