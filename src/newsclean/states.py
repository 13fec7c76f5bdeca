"""Line states. A line starts as BODY (a candidate paragraph); a filter that
takes it for something else moves it to another state, and later filters
leave it alone. (Apart from :mod:`newsclean.document`, which re-exports them,
so that the Article builder reads them without importing the document.)
"""
BODY = "body"
DROPPED = "dropped"
META = "meta"
NOTICE = "notice"
CAPTION = "caption"
TITLE = "title"
SUBTITLE = "subtitle"
#: states of lines whose whole text is already recorded as removed
REMOVED_STATES = frozenset({DROPPED, META, NOTICE})

__all__ = ["BODY", "CAPTION", "DROPPED", "META", "NOTICE", "REMOVED_STATES", "SUBTITLE", "TITLE"]
