"""The event loop for Unix: the selector loop, and the default policy
making one per thread."""

from asyncio import events
from asyncio import selector_events

__all__ = ['SelectorEventLoop', 'DefaultEventLoopPolicy']


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop (no subprocess or signal support here)."""

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        raise NotImplementedError


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
