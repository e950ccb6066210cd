"""asyncio.run (Python 3.7): run a coroutine on a new loop."""

from asyncio import coroutines
from asyncio import events
from asyncio import tasks

__all__ = ['run']


def _finish_leftovers(loop):
    """Cancel the tasks main left behind, let them unwind, and report
    those that failed on the way out."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    cancelled = [task.cancel() for task in leftovers]
    loop.run_until_complete(tasks.gather(*leftovers, loop=loop,
                                         return_exceptions=True))
    del cancelled
    failed = [t for t in leftovers if not t.cancelled() and t.exception() is not None]
    for task in failed:
        context = dict(task=task, exception=task.exception())
        context['message'] = 'unhandled exception during asyncio.run() shutdown'
        loop.call_exception_handler(context)


def run(main, *, debug=False):
    """Run the coroutine main on a new event loop and return its result;
    the loop's remaining tasks are cancelled and the loop closed after."""
    if events._get_running_loop() is not None:
        raise RuntimeError(
            'asyncio.run() cannot be called from a running event loop')
    if not coroutines.iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = events.new_event_loop()
    events.set_event_loop(loop)
    loop.set_debug(debug)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _finish_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            events.set_event_loop(None)
            loop.close()
