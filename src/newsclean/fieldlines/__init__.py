"""Field lines: what a meta line (来源：新华网, 本报记者 张三, a print-edition line) says.

Shared ground under the filters: the metadata and publication filters read
lines with it, and the filters before them ask it whether a text states facts
(:func:`states_facts`), is a person's name (:func:`is_person_name`) or names a
print edition (:func:`match_publication`), so that no filter imports another.
"""
from .parser import is_board_post, is_person_name, states_facts
from .storing import store_field_clauses
from .publication import PRIORITY_PUBLICATION, match_publication

__all__ = ["PRIORITY_PUBLICATION", "is_board_post", "is_person_name", "match_publication", "states_facts", "store_field_clauses"]
