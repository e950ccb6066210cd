"""Run actions at given times, one after another.

A scheduler keeps a queue of events, each an action with its arguments,
a time and a priority. run() takes them in order of time (then of
priority, the lower first), waits with the delay function until each
one's time has come by the time function, and calls its action. The time
and delay functions may measure time in any unit they agree on; the
defaults are time.monotonic and time.sleep.

The scheduler is safe to share between threads; an action may enter or
cancel events, including while run() is going on in another thread.
"""

import heapq
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]


class Event(namedtuple('Event', 'time, priority, action, argument, kwargs')):
    # Events compare by time, then priority, never by their actions.
    def _key(self):
        return (self.time, self.priority)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    __hash__ = None

Event.__doc__ = None

# Stands for "no keyword arguments given", so that each event gets a
# dict of its own.
_no_kwargs = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Make an empty scheduler that reads the clock with timefunc()
        and waits with delayfunc(seconds)."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedule action(*argument, **kwargs) at the absolute time given
        (on timefunc's clock) and return its event, which cancel() takes."""
        if kwargs is _no_kwargs:
            kwargs = {}
        ev = Event(time, priority, action, argument, kwargs)
        with self._lock:
            heapq.heappush(self._queue, ev)
        return ev

    def enter(self, delay, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedule action(*argument, **kwargs) delay time units from now;
        as enterabs() otherwise."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def run(self, blocking=True):
        """Run the queued events as their times come, until none is left.

        Without blocking, run only the events already due and return how
        long until the next one (None when none is left). An exception
        from an action leaves run() with the rest of the queue intact."""
        q = self._queue
        clock = self.timefunc
        wait = self.delayfunc
        while True:
            with self._lock:
                if not q:
                    return None
                head = q[0]
                now = clock()
                due = head.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return head.time - now
                wait(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            # Give other threads a turn between two actions.
            wait(0)

    @property
    def queue(self):
        """The queued events, soonest first, as a new list."""
        with self._lock:
            pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]

    def cancel(self, event):
        """Take event out of the queue; ValueError when it is not there."""
        with self._lock:
            pending = self._queue
            # The first event equal to it goes: one with the same time and
            # priority (Event.__eq__), as list.remove would find it.
            for i, queued in enumerate(pending):
                if queued == event:
                    del pending[i]
                    break
            else:
                raise ValueError("list.remove(x): x not in list")
            heapq.heapify(pending)

    def empty(self):
        """Whether no event is queued."""
        return len(self._queue) == 0
