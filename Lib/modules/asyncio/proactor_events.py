"""The proactor event loop family (completion-based I/O, Windows' IOCP in
CPython). Only the base class is provided here, so that code can test
whether a loop is a proactor loop; no proactor exists on this platform."""

from asyncio import base_events
from asyncio.log import logger

__all__ = ['BaseProactorEventLoop']


class BaseProactorEventLoop(base_events.BaseEventLoop):
    """Base of loops driven by a proactor; none is available here."""

    def __init__(self, proactor):
        super().__init__()
        logger.debug('Using proactor: %s', proactor.__class__.__name__)
        self._proactor = proactor
