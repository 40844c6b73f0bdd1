"""Reading the free text of chronology entries: event types, negation, uncertainty, who an
entry is about, and the structured values it states — rules only, nothing downloaded.

>>> [str(k) for k in tag("?bruise to L cheek, query NAI").event_types]
['injury']
"""

from foresight.text.context import Experiencer
from foresight.text.tagger import Mention, Tagging, TagSettings, tag, tag_many

__all__ = ["Experiencer", "Mention", "TagSettings", "Tagging", "tag", "tag_many"]
