package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// concurrent.futures, by table against CPython 3.6. Every case that
// submits work waits for it (result() with a timeout, or shutdown) before
// it returns, so what it prints does not depend on scheduling; object
// addresses are masked, sets are sorted, and what a failing callback logs
// is reduced to its first and last lines (the library frames in between
// name each implementation's own files).

const futuresPrelude = pytesting.ShowRepr + `import concurrent.futures as cf, threading, time, sys, io, socket, os
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
def mask(o):
    s = o if isinstance(o, str) else repr(o)
    out = ''
    while True:
        i = s.find(' at 0x')
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in '0123456789abcdef':
            j += 1
        out += s[:i] + ' at ADDR'
        s = s[j:]
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)
def betype(f):
    try:
        return f()
    except BaseException as e:
        return 'base %s: %s' % (type(e).__name__, e)
def stderr_of(f):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        r = f()
    finally:
        sys.stderr = old
    lines = [mask(l) for l in buf.getvalue().splitlines()]
    if lines:
        lines = [lines[0], lines[-1], len([l for l in lines if l.startswith('Traceback')])]
    return r, lines
def fut(state, value=None):
    f = Future()
    if state == 'running':
        f.set_running_or_notify_cancel()
    elif state == 'finished':
        f.set_result(value)
    elif state == 'raised':
        f.set_exception(value)
    elif state == 'cancelled':
        f.cancel()
    elif state == 'notified':
        f.cancel()
        f.set_running_or_notify_cancel()
    return f
def states(fs):
    return sorted(mask(f).split(' state=')[1] for f in fs)
def dnd(r):
    return (type(r).__name__, states(r.done), states(r.not_done))
def later(delay, f, how, value=None):
    def run():
        time.sleep(delay)
        if how == 'result':
            f.set_result(value)
        elif how == 'exception':
            f.set_exception(value)
        elif how == 'start':
            f.set_running_or_notify_cancel()
    t = threading.Thread(target=run)
    t.start()
    return t
def wait_later(fs, delay, how, **kw):
    t = later(delay, fs[0], how, ValueError('late') if how == 'exception' else 1)
    r = wait(fs, **kw)
    t.join(10)
    return dnd(r)
def collect(it):
    out = []
    try:
        for f in it:
            out.append(mask(f).split(' state=')[1])
    except Exception as e:
        out.append(etype(lambda: (_ for _ in ()).throw(e)))
    return out
R = []
def rec(*a):
    R.append(a)
def take():
    out = sorted(R, key=repr)
    del R[:]
    return out
def blocked_pool(n_extra):
    # one worker held on an Event, n_extra futures queued behind it
    ex = ThreadPoolExecutor(1, thread_name_prefix='blk')
    e = threading.Event()
    first = ex.submit(e.wait, 10)
    rest = [ex.submit(pow, 2, i) for i in range(n_extra)]
    return ex, e, first, rest
def pool_names(n, **kw):
    # each task waits until n are running, so each worker runs one
    cond = threading.Condition()
    running = [0]
    def task():
        with cond:
            running[0] += 1
            cond.notify_all()
            while running[0] < n:
                if not cond.wait(10):
                    break
        return threading.current_thread().name
    with ThreadPoolExecutor(n, **kw) as ex:
        fs = [ex.submit(task) for _ in range(n)]
        return sorted(f.result(10) for f in fs), len(ex._threads)
def slow_square(x):
    time.sleep(0.01 * (5 - x))
    return x * x
def maybe_fail(x):
    if x == 3:
        raise KeyError(x)
    return x
`

var futuresCases = []pytesting.Case{
	// the module's surface
	{"constants", `(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)`},
	{"exceptions", `[(c.__name__, c.__module__, [b.__name__ for b in c.__mro__]) for c in (cf.CancelledError, cf.TimeoutError)]`},
	{"exports", `[n for n in ('Future', 'Executor', 'ThreadPoolExecutor', 'ProcessPoolExecutor', 'wait', 'as_completed', 'CancelledError', 'TimeoutError') if hasattr(cf, n)]`},
	{"base_error", `(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.TimeoutError, Exception), cf.TimeoutError is TimeoutError)`},
	{"submodules", `(cf.thread.ThreadPoolExecutor is ThreadPoolExecutor, cf._base.Future is Future, cf.Future.__module__, ThreadPoolExecutor.__module__)`},
	{"dnd_namedtuple", `(cf._base.DoneAndNotDoneFutures._fields, repr(cf._base.DoneAndNotDoneFutures(1, 2)))`},
	// Future's states and reprs
	{"future_initial", `(lambda f: (f.done(), f.running(), f.cancelled(), mask(f)))(Future())`},
	{"repr_pending", `mask(fut('pending'))`},
	{"repr_running", `(lambda f: (mask(f), f.running(), f.done()))(fut('running'))`},
	{"repr_returned_int", `mask(fut('finished', 5))`},
	{"repr_returned_none", `mask(fut('finished'))`},
	{"repr_returned_list", `mask(fut('finished', [1]))`},
	{"repr_raised", `mask(fut('raised', ValueError('v')))`},
	{"repr_cancelled", `mask(fut('cancelled'))`},
	{"repr_notified", `mask(fut('notified'))`},
	{"repr_subclass", `mask(type('MyFuture', (Future,), {})())`},
	{"result_finished", `(fut('finished', 'r').result(), fut('finished', 'r').result(0), fut('finished', 3).exception())`},
	{"result_raises", `(etype(fut('raised', KeyError('k')).result), type(fut('raised', KeyError('k')).exception()).__name__)`},
	{"result_timeout", `(etype(lambda: Future().result(0.01)), etype(lambda: Future().result(0)), etype(lambda: Future().result(-1)))`},
	{"exception_timeout", `(etype(lambda: Future().exception(0.01)), etype(lambda: fut('running').exception(0)))`},
	{"result_cancelled", `(etype(fut('cancelled').result), etype(fut('cancelled').exception), etype(lambda: fut('notified').result(0)))`},
	{"result_waits", `(lambda f: (later(0.02, f, 'result', 'late').join(10), f.result(10))[1])(Future())`},
	{"exception_waits", `(lambda f: (later(0.02, f, 'exception', OSError(2, 'x')), repr(f.exception(10)))[1])(Future())`},
	{"result_waits_exception", `(lambda f: (later(0.02, f, 'exception', OSError(2, 'x')), etype(lambda: f.result(10)))[1])(Future())`},
	{"cancel_pending", `(lambda f: (f.cancel(), f.cancel(), f.cancelled(), f.done(), f.running()))(Future())`},
	{"cancel_running", `(lambda f: (f.cancel(), f.cancelled(), f.running()))(fut('running'))`},
	{"cancel_finished", `(fut('finished', 1).cancel(), fut('raised', ValueError()).cancel(), fut('notified').cancel())`},
	{"set_running", `(lambda f: (f.set_running_or_notify_cancel(), f.running(), f.done()))(Future())`},
	{"set_running_cancelled", `(lambda f: (f.cancel(), f.set_running_or_notify_cancel(), mask(f), f.cancelled()))(Future())`},
	{"set_running_twice", `stderr_of(lambda: etype(fut('running').set_running_or_notify_cancel))[0]`},
	{"set_running_finished", `stderr_of(lambda: etype(fut('finished', 1).set_running_or_notify_cancel))[0]`},
	{"set_result_twice", `(lambda f: (f.set_result(1), f.set_result(2), f.result()))(Future())`},
	{"set_result_after_exception", `(lambda f: (f.set_exception(ValueError('x')), f.set_result(2), etype(f.result)))(Future())`},
	{"set_exception_on_running", `(lambda f: (f.set_exception(TypeError('t')), mask(f), f.done()))(fut('running'))`},
	{"exception_falsy", `(lambda f: (f.set_exception(None), f.result(), mask(f)))(Future())`},
	// callbacks
	{"callback_later", `(lambda f: (f.add_done_callback(lambda g: rec('cb1', g is f, g.result())), f.add_done_callback(lambda g: rec('cb2')), take(), f.set_result(7), R[:], take()))(Future())`},
	{"callback_now", `(lambda f: (f.add_done_callback(lambda g: rec('now', g.result())), take()))(fut('finished', 3))`},
	{"callback_on_cancel", `(lambda f: (f.add_done_callback(lambda g: rec('c', g.cancelled())), f.cancel(), take(), f.cancel(), take()))(Future())`},
	{"callback_cancel_running", `(lambda f: (f.add_done_callback(lambda g: rec('c')), f.cancel(), take()))(fut('running'))`},
	{"callback_exception_logged", `stderr_of(lambda: (lambda f: (f.add_done_callback(lambda g: 1 / 0), f.add_done_callback(lambda g: rec('after')), f.set_result(1), take()))(Future()))`},
	{"callback_exception_now", `stderr_of(lambda: fut('raised', KeyError('k')).add_done_callback(lambda g: {}['missing']))`},
	{"callback_base_exception", `betype(lambda: fut('finished', 1).add_done_callback(lambda g: (_ for _ in ()).throw(SystemExit(3))))`},
	{"callback_base_exception_raise", `(lambda: (lambda f: (f.add_done_callback(lambda g: rec('x')), f.set_result(0), take()))(Future()))()`},
	// wait
	{"wait_all_done", `dnd(wait([fut('finished', 1), fut('raised', ValueError()), fut('notified')]))`},
	{"wait_empty", `dnd(wait([]))`},
	{"wait_first_completed_done", `dnd(wait([fut('finished', 1), Future()], return_when=FIRST_COMPLETED))`},
	{"wait_first_exception_done", `dnd(wait([fut('raised', ValueError()), Future()], return_when=FIRST_EXCEPTION))`},
	{"wait_first_exception_no_exc", `dnd(wait([fut('finished', 1), Future()], timeout=0.01, return_when=FIRST_EXCEPTION))`},
	{"wait_first_exception_cancelled", `dnd(wait([fut('notified'), Future()], timeout=0.01, return_when=FIRST_EXCEPTION))`},
	{"wait_timeout", `dnd(wait([Future(), fut('finished', 1), fut('running')], timeout=0.02))`},
	{"wait_timeout_zero", `dnd(wait([Future()], timeout=0))`},
	{"wait_invalid", `etype(lambda: wait([Future()], return_when='SOMETIMES'))`},
	{"wait_invalid_all_done", `dnd(wait([fut('finished', 1)], return_when='SOMETIMES'))`},
	{"wait_later_all", `wait_later([Future()], 0.02, 'result', timeout=10)`},
	{"wait_later_first", `wait_later([Future(), Future()], 0.02, 'result', timeout=10, return_when=FIRST_COMPLETED)`},
	{"wait_later_first_exception", `wait_later([Future(), Future()], 0.02, 'exception', timeout=10, return_when=FIRST_EXCEPTION)`},
	{"wait_cancelled_not_notified", `dnd(wait([fut('cancelled')], timeout=0.01))`},
	{"wait_waiters_removed", `(lambda fs: (wait(fs, timeout=0.01), [len(f._waiters) for f in fs]))([Future(), Future()])[1]`},
	{"wait_duplicates", `dnd(wait([fut('finished', 1)] * 3, timeout=0.01))`},
	{"wait_tuple_and_set", `(dnd(wait((fut('finished', 1),))), dnd(wait({fut('finished', 2)})))`},
	// as_completed
	{"as_completed_done", `sorted(collect(as_completed([fut('finished', 1), fut('raised', KeyError()), fut('notified')])))`},
	{"as_completed_timeout", `collect(as_completed([fut('finished', 1), Future(), Future()], timeout=0.02))`},
	{"as_completed_timeout_zero", `collect(as_completed([Future()], timeout=0))`},
	{"as_completed_duplicates", `collect(as_completed([fut('finished', 1)] * 4))`},
	{"as_completed_empty", `collect(as_completed([]))`},
	{"as_completed_later", `(lambda fs: (later(0.02, fs[0], 'result', 9), [f.result() for f in as_completed(fs, timeout=10)]))([Future()])[1]`},
	{"as_completed_cancelled_pending", `collect(as_completed([fut('cancelled')], timeout=0.01))`},
	{"as_completed_lazy", `(lambda it: type(it).__name__)(as_completed([Future()]))`},
	// executors
	{"executor_base", `(etype(lambda: cf.Executor().submit(pow, 1, 1)), etype(lambda: cf.Executor().map(pow, [1], [1])), cf.Executor().shutdown(), cf.Executor().map(pow, []).__class__.__name__)`},
	{"executor_with", `(lambda e: (e.__enter__() is e, e.__exit__(None, None, None)))(cf.Executor())`},
	{"tpe_submit", `(lambda ex: (ex.submit(pow, 2, 10).result(10), ex.submit(divmod, 7, b=2).exception(10).__class__.__name__ if False else ex.submit(sorted, [3, 1], key=lambda x: -x).result(10), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"tpe_submit_exception", `(lambda ex: (etype(ex.submit(maybe_fail, 3).result), mask(ex.submit(maybe_fail, 3).exception(10) and 'raised'), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"tpe_repr_done", `(lambda ex: (lambda f: (f.result(10), mask(f), ex.shutdown())[1])(ex.submit(int, '5')))(ThreadPoolExecutor(1))`},
	{"tpe_base_exception", `(lambda ex: (lambda f: (type(f.exception(10)).__name__, mask(f), ex.shutdown())[:2])(ex.submit(sys.exit, 4)))(ThreadPoolExecutor(1))`},
	{"tpe_max_workers_bad", `(etype(lambda: ThreadPoolExecutor(0)), etype(lambda: ThreadPoolExecutor(-2)), etype(lambda: ThreadPoolExecutor('x')))`},
	{"tpe_max_workers_default", `ThreadPoolExecutor()._max_workers == (os.cpu_count() or 1) * 5`},
	{"tpe_thread_names", `pool_names(3, thread_name_prefix='cert')`},
	{"tpe_thread_names_default", `[n.split('_')[1] + ':' + n.split('-')[0] for n in pool_names(2)[0]]`},
	{"tpe_threads_grow", `(lambda ex: ([ex.submit(pow, 1, 1).result(10) for _ in range(5)], len(ex._threads), ex.shutdown()))(ThreadPoolExecutor(3, thread_name_prefix='g'))[1]`},
	{"tpe_daemon", `(lambda ex: (ex.submit(lambda: threading.current_thread().daemon).result(10), ex.submit(lambda: threading.current_thread() is threading.main_thread()).result(10), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"tpe_after_shutdown", `(lambda ex: (ex.shutdown(), etype(lambda: ex.submit(pow, 1, 1)), etype(lambda: ex.map(abs, [1])), ex.shutdown(), ex.shutdown(wait=False)))(ThreadPoolExecutor(1))`},
	{"tpe_with", `(lambda ex: (lambda r: (r, etype(lambda: ex.submit(abs, 1))))([f.result(10) for f in [ex.__enter__().submit(abs, -3)]] + [ex.__exit__(None, None, None)]))(ThreadPoolExecutor(2))`},
	{"tpe_with_statement", `(lambda: [list(ex.map(abs, [-1, -2])) for ex in [ThreadPoolExecutor(2)] if not ex.__enter__() is not ex] + [ex.__exit__(None, None, None)])()`},
	{"tpe_shutdown_waits", `(lambda ex: (lambda fs: (ex.shutdown(wait=True), [f.done() for f in fs], [f.result() for f in fs]))([ex.submit(slow_square, i) for i in range(5)]))(ThreadPoolExecutor(2))`},
	{"tpe_shutdown_nowait", `(lambda ex: (lambda fs: (ex.shutdown(wait=False), [f.result(10) for f in fs]))([ex.submit(slow_square, i) for i in range(3)]))(ThreadPoolExecutor(2))`},
	{"tpe_cancel_queued", `(lambda t: (lambda ex, e, first, rest: ([f.cancel() for f in rest[:2]], first.cancel(), e.set(), first.result(10), [mask(f).split(' state=')[1] for f in rest[:2]], [f.result(10) for f in rest[2:]], ex.shutdown()))(*t))(blocked_pool(4))`},
	{"tpe_running_state", `(lambda t: (lambda ex, e, first, rest: ((lambda: [time.sleep(0.01) for _ in range(500) if not first.running()] and None)(), first.running(), first.cancel(), rest[0].running(), e.set(), first.result(10), rest[0].result(10), ex.shutdown()))(*t))(blocked_pool(1))`},
	{"tpe_callback_in_worker", `(lambda ex: (lambda f: (f.result(10), ex.shutdown(), take()))((lambda f: (f.add_done_callback(lambda g: rec(threading.current_thread().name, g.result())), f)[1])(ex.submit(slow_square, 1))))(ThreadPoolExecutor(1, thread_name_prefix='cbw'))`},
	{"tpe_many", `(lambda ex: (sum(f.result(10) for f in [ex.submit(pow, i, 2) for i in range(200)]), ex.shutdown()))(ThreadPoolExecutor(8))`},
	{"tpe_wait", `(lambda ex: (dnd(wait([ex.submit(slow_square, i) for i in range(4)], timeout=10)), ex.shutdown()))(ThreadPoolExecutor(4))`},
	{"tpe_wait_first_exception", `(lambda ex: (lambda fs: (len(wait(fs, timeout=10, return_when=FIRST_EXCEPTION).done) >= 1, etype(fs[3].result), ex.shutdown()))([ex.submit(maybe_fail, i) for i in range(5)]))(ThreadPoolExecutor(2))`},
	{"tpe_as_completed", `(lambda ex: (sorted(f.result() for f in as_completed([ex.submit(slow_square, i) for i in range(5)], timeout=10)), ex.shutdown()))(ThreadPoolExecutor(5))`},
	{"tpe_as_completed_timeout", `(lambda t: (lambda ex, e, first, rest: (collect(as_completed([first] + rest, timeout=0.02)), e.set(), ex.shutdown()))(*t))(blocked_pool(2))[0]`},
	{"map_order", `(lambda ex: (list(ex.map(slow_square, range(5))), ex.shutdown()))(ThreadPoolExecutor(5))`},
	{"map_multi", `(lambda ex: (list(ex.map(pow, [2, 3, 4], [1, 2])), list(ex.map(lambda *a: a, 'ab', 'cd', 'ef')), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"map_empty", `(lambda ex: (list(ex.map(abs, [])), list(ex.map(abs)), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"map_exception", `(lambda ex: (lambda it: (next(it), next(it), next(it), etype(lambda: next(it)), ex.shutdown()))(ex.map(maybe_fail, range(6))))(ThreadPoolExecutor(2))`},
	{"map_eager", `(lambda ex: (type(ex.map(rec, ['eager'])).__name__, ex.shutdown(), take()))(ThreadPoolExecutor(1))`},
	{"map_chunksize", `(lambda ex: (list(ex.map(abs, [-1, -2, -3], chunksize=2)), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"map_timeout", `(lambda t: (lambda ex, e, first, rest: (etype(lambda: list(ex.map(lambda x: e.wait(10), [1], timeout=0.02))), e.set(), ex.shutdown()))(*t))(blocked_pool(0))[0]`},
	{"map_timeout_ok", `(lambda ex: (list(ex.map(abs, [-1, -2], timeout=10)), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"map_bad_iterable", `(lambda ex: (etype(lambda: ex.map(abs, 5)), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"map_kwonly", `(lambda ex: (etype(lambda: ex.map(abs, [1], bogus=1)), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"submit_no_fn", `(lambda ex: (etype(lambda: ex.submit()), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"submit_not_callable", `(lambda ex: (etype(ex.submit(5).result), ex.shutdown()))(ThreadPoolExecutor(1))`},
}

func TestCF27Futures(t *testing.T) {
	pytesting.DiffCases(t, "cf27_futures", futuresPrelude, futuresCases)
}

// futuresMoreCases: edges of Future, wait, as_completed and the
// executors that futuresCases leaves out, error cases above all.
var futuresMoreCases = []pytesting.Case{
	// Future's signature and transitions
	{"future_args", `(etype(lambda: Future(1)), etype(lambda: Future(x=1)))`},
	{"state_names", `(cf._base.PENDING, cf._base.RUNNING, cf._base.CANCELLED, cf._base.CANCELLED_AND_NOTIFIED, cf._base.FINISHED)`},
	{"logger", `(cf._base.LOGGER.name, cf._base.LOGGER is __import__('logging').getLogger('concurrent.futures'))`},
	{"set_result_on_cancelled", `(lambda f: (f.cancel(), f.set_result(5), f.cancelled(), f.done(), f.result(0), mask(f)))(Future())`},
	{"set_result_on_notified", `(lambda f: (f.set_result(5), f.cancelled(), f.result(0)))(fut('notified'))`},
	{"notify_twice", `stderr_of(lambda: (lambda f: (f.cancel(), f.set_running_or_notify_cancel(), etype(f.set_running_or_notify_cancel)))(Future()))[0]`},
	{"unexpected_state_logged", `(lambda r: (r[0], [l.split(' in ')[1] if ' in ' in l else l for l in r[1][:1]]))(stderr_of(lambda: etype(fut('finished', 1).set_running_or_notify_cancel)))`},
	{"set_exception_class", `(lambda f: (f.set_exception(ValueError), mask(f), f.exception() is ValueError, etype(f.result)))(Future())`},
	{"set_exception_then_result_repr", `(lambda f: (f.set_exception(KeyError('k')), f.set_result(1), mask(f)))(Future())`},
	{"exception_of_result", `(fut('finished', 0).exception(), fut('finished', 0).exception(0), fut('finished', None).exception(timeout=None))`},
	{"exception_cancelled_timeout", `(etype(lambda: fut('cancelled').exception(0)), etype(lambda: fut('notified').exception(timeout=10)))`},
	{"result_timeout_running", `(etype(lambda: fut('running').result(0.01)), etype(lambda: fut('running').result(timeout=0)))`},
	{"result_keyword", `(fut('finished', 'k').result(timeout=1), etype(lambda: fut('finished', 1).result(1, 2)), etype(lambda: Future().result(bogus=1)))`},
	{"cancel_wakes_result", `(lambda f: (threading.Timer(0.02, f.cancel).start(), etype(lambda: f.result(10))))(Future())`},
	{"cancel_wakes_exception", `(lambda f: (threading.Timer(0.02, f.cancel).start(), etype(lambda: f.exception(10))))(Future())`},
	{"running_after_result", `(lambda f: (f.set_result(1), f.running(), f.done(), f.cancel()))(fut('running'))`},
	// callbacks
	{"callbacks_in_order", `(lambda f: ([f.add_done_callback(lambda g, i=i: rec(i)) for i in range(4)], f.set_result(0), R[:], take())[2])(Future())`},
	{"callback_on_exception", `(lambda f: (f.add_done_callback(lambda g: rec(type(g.exception()).__name__)), f.set_exception(OSError()), take()))(Future())`},
	{"callback_not_callable", `(lambda r: (r[0], r[1][1:]))(stderr_of(lambda: (lambda f: (f.add_done_callback(None), f.set_result(1), f.done()))(Future())))`},
	{"callback_not_callable_now", `etype(lambda: fut('finished', 1).add_done_callback(None))`},
	{"callback_base_exception_later", `(lambda f: (f.add_done_callback(lambda g: (_ for _ in ()).throw(SystemExit(7))), betype(lambda: f.set_result(1)), f.done(), f.result()))(Future())`},
	{"callback_added_after_cancel", `(lambda f: (f.cancel(), f.add_done_callback(lambda g: rec('now', g.cancelled())), take()))(Future())`},
	{"callback_args", `(etype(lambda: Future().add_done_callback()), etype(lambda: Future().add_done_callback(1, 2)))`},
	{"callback_sees_done", `(lambda f: (f.add_done_callback(lambda g: rec(g.done(), g.running(), g.result(0))), f.set_result('v'), take()))(fut('running'))`},
	// wait
	{"wait_bad_arguments", `(etype(lambda: wait(5)), etype(lambda: wait([1])), etype(lambda: wait([Future()], timeout='x')), etype(lambda: wait()))`},
	{"wait_invalid_timeout_zero", `etype(lambda: wait([Future()], timeout=0, return_when=None))`},
	{"wait_invalid_first_done", `dnd(wait([fut('finished', 1), Future()], return_when=FIRST_COMPLETED))`},
	{"wait_first_completed_timeout", `dnd(wait([Future(), fut('running')], timeout=0.01, return_when=FIRST_COMPLETED))`},
	{"wait_first_exception_timeout", `dnd(wait([Future()], timeout=0, return_when=FIRST_EXCEPTION))`},
	{"wait_first_exception_later_result", `wait_later([Future(), fut('raised', None)], 0.02, 'result', timeout=10, return_when=FIRST_EXCEPTION)`},
	{"wait_all_later_cancel", `(lambda fs: (fs[0].cancel(), threading.Timer(0.02, fs[0].set_running_or_notify_cancel).start(), dnd(wait(fs, timeout=10))))([Future()])[2]`},
	{"wait_first_completed_later_cancel", `(lambda fs: (fs[0].cancel(), threading.Timer(0.02, fs[0].set_running_or_notify_cancel).start(), dnd(wait(fs, timeout=10, return_when=FIRST_COMPLETED))))([Future(), Future()])[2]`},
	{"wait_sets_types", `(lambda r: (type(r.done).__name__, type(r.not_done).__name__, r._fields, r[0] is r.done))(wait([fut('finished', 1)]))`},
	{"wait_generator", `etype(lambda: dnd(wait(f for f in [fut('finished', 1), fut('finished', 2)])))`},
	{"wait_generator_first_completed", `(lambda fs: (etype(lambda: wait((f for f in fs), return_when=FIRST_COMPLETED)), [len(f._waiters) for f in fs]))([fut('finished', 1), Future()])`},
	{"wait_unsized_iterable", `(lambda U: (dnd(wait(U(), return_when=FIRST_COMPLETED)), etype(lambda: wait(U(), timeout=0))))(type('U', (), {'fs': [fut('finished', 1), Future()], '__iter__': lambda self: iter(self.fs)}))`},
	{"wait_waiters_after_timeout", `(lambda fs: (wait(fs, timeout=0.01, return_when=FIRST_COMPLETED), wait(fs, timeout=0, return_when=FIRST_EXCEPTION), [len(f._waiters) for f in fs]))([Future(), fut('running')])[2]`},
	// as_completed
	{"as_completed_bad_arguments", `(etype(lambda: next(as_completed(5))), etype(lambda: next(as_completed([[1]]))), etype(lambda: next(as_completed([1]))), etype(lambda: next(as_completed([Future()], timeout='x'))))`},
	{"as_completed_lazy_errors", `type(as_completed(5)).__name__`},
	{"as_completed_partial_timeout", `(lambda fs: (later(0.02, fs[0], 'result', 1), collect(as_completed(fs, timeout=0.5))))([Future(), Future()])[1]`},
	{"as_completed_later_exception", `(lambda fs: (later(0.02, fs[0], 'exception', KeyError('x')), [etype(f.result) for f in as_completed(fs, timeout=10)]))([Future()])[1]`},
	{"as_completed_done_first", `(lambda fs: (later(0.02, fs[1], 'result', 'b'), [f.result() for f in as_completed(fs, timeout=10)]))([fut('finished', 'a'), Future()])[1]`},
	{"as_completed_waiters_removed", `(lambda fs: (collect(as_completed(fs, timeout=0.01)), [len(f._waiters) for f in fs]))([Future(), fut('finished', 1)])`},
	{"as_completed_close_early", `(lambda fs: (lambda it: (next(it).result(), it.close(), [len(f._waiters) for f in fs]))(as_completed(fs)))([fut('finished', 1), Future()])`},
	// executors
	{"executor_subclass", `(lambda E: (lambda ex: (list(ex.map(lambda a, b: a - b, [5, 6], [1, 2])), ex.__exit__(None, None, None), take()))(E()))(type('E', (cf.Executor,), {'submit': lambda self, fn, *a: fut('finished', fn(*a)), 'shutdown': lambda self, **kw: rec(sorted(kw.items()))}))`},
	{"executor_exit_with_exception", `(lambda ex: (ex.__exit__(ValueError, ValueError('x'), None), etype(lambda: ex.submit(abs, 1))))(ThreadPoolExecutor(1))`},
	{"executor_with_raises", `(lambda ex: (etype(lambda: [1 / 0 for _ in [ex.__enter__()]]), ex.__exit__(ZeroDivisionError, None, None)))(ThreadPoolExecutor(1))`},
	{"map_timeout_str", `(lambda ex: (etype(lambda: ex.map(abs, [1], timeout='x')), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"map_timeout_cancels_rest", `(lambda t: (lambda ex, e, first, rest: (etype(lambda: list(ex.map(rec, ['a', 'b', 'c'], timeout=0.02))), e.set(), ex.shutdown(), take()))(*t))(blocked_pool(0))[0::3]`},
	{"map_exception_cancels_rest", `(lambda ex: (lambda it: (next(it), etype(lambda: next(it)), etype(lambda: next(it)), ex.shutdown()))(ex.map(maybe_fail, [1, 3, 5])))(ThreadPoolExecutor(1))`},
	{"map_generator_input", `(lambda ex: (list(ex.map(pow, (i for i in range(4)), [2] * 4)), ex.shutdown()))(ThreadPoolExecutor(2))`},
	{"map_args", `(lambda ex: (etype(lambda: ex.map()), list(ex.map(abs, [-1], chunksize=5, timeout=None)), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"submit_keyword_fn", `(lambda ex: (etype(lambda: ex.submit(abs, fn=1)), type(ex.submit(fn=abs).exception(10)).__name__, etype(lambda: ex.submit(dict, fn=1, a=2)), ex.submit(dict, a=2).result(10), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"submit_returns_future", `(lambda ex: (lambda f: (type(f).__name__, f.result(10), f.done(), f.running(), f.cancel()))(ex.submit(str, 5)))(ThreadPoolExecutor(1))`},
	{"tpe_args", `(etype(lambda: ThreadPoolExecutor(1, 'p', 3)), etype(lambda: ThreadPoolExecutor(bogus=1)), etype(lambda: ThreadPoolExecutor(None)._max_workers > 0), ThreadPoolExecutor(2.5)._max_workers)`},
	{"tpe_prefix_none", `(lambda ex: (ex.submit(lambda: threading.current_thread().name.split('-')[0]).result(10), ex.shutdown()))(ThreadPoolExecutor(1, thread_name_prefix=None))`},
	{"tpe_prefix_nonstr", `(lambda ex: (ex.submit(lambda: threading.current_thread().name).result(10), ex.shutdown()))(ThreadPoolExecutor(1, thread_name_prefix=7))`},
	{"tpe_counter_advances", `(lambda a, b: (int(b._thread_name_prefix.split('-')[1]) - int(a._thread_name_prefix.split('-')[1]), a._thread_name_prefix.split('-')[0]))(ThreadPoolExecutor(1), ThreadPoolExecutor(1))`},
	{"tpe_shutdown_nowait_then_submit", `(lambda ex: (lambda f: (ex.shutdown(wait=False), etype(lambda: ex.submit(abs, 1)), f.result(10)))(ex.submit(slow_square, 2)))(ThreadPoolExecutor(1))`},
	{"tpe_shutdown_args", `(lambda ex: (etype(lambda: ex.shutdown(True, 1)), ex.shutdown(wait=True)))(ThreadPoolExecutor(1))`},
	{"tpe_cancel_then_wait", `(lambda t: (lambda ex, e, first, rest: (rest[0].cancel(), e.set(), dnd(wait(rest, timeout=10)), ex.shutdown()))(*t))(blocked_pool(2))[2]`},
	{"tpe_base_exception_keeps_worker", `(lambda ex: (type(ex.submit(sys.exit).exception(10)).__name__, type(ex.submit(lambda: (_ for _ in ()).throw(KeyboardInterrupt)).exception(10)).__name__, ex.submit(abs, -9).result(10), len(ex._threads), ex.shutdown()))(ThreadPoolExecutor(1))`},
	{"tpe_submit_from_worker", `(lambda ex: (ex.submit(lambda: ex.submit(abs, -4)).result(10).result(10), ex.shutdown()))(ThreadPoolExecutor(2))`},
}

func TestCF27FuturesMore(t *testing.T) {
	pytesting.DiffCases(t, "cf27_futures_more", futuresPrelude, futuresMoreCases)
}

// fetchScript is a certificate checker over many "hosts": a TLS server in
// a thread of the script (the test CA's leaf, one handshake per
// connection) and a ThreadPoolExecutor fetching from it in parallel,
// verified, and a plain TCP server fetched the same way.
const fetchScript = `import concurrent.futures as cf, socket, ssl, threading, os
CA, CERT, KEY = os.getenv('CF27_CA'), os.getenv('CF27_CERT'), os.getenv('CF27_KEY')
N = 12
def serve(lsock, wrap, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        conn.settimeout(20)
        try:
            if wrap:
                conn = wrap(conn)
            data = conn.recv(100)
            conn.sendall(b'hello ' + data + b'\n')
        except Exception as e:
            print('server error', type(e).__name__)
        finally:
            conn.close()
    lsock.close()
def start(wrap, n):
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen(N)
    t = threading.Thread(target=serve, args=(lsock, wrap, n))
    t.start()
    return lsock.getsockname()[1], t
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
sctx.load_cert_chain(CERT, KEY)
def tls_wrap(conn):
    return sctx.wrap_socket(conn, server_side=True)
cctx = ssl.create_default_context(cafile=CA)
def check(port, i):
    with socket.create_connection(('127.0.0.1', port), timeout=20) as raw:
        with cctx.wrap_socket(raw, server_hostname='localhost') as s:
            cert = s.getpeercert()
            s.sendall(b'host%d' % i)
            reply = b''
            while not reply.endswith(b'\n'):
                chunk = s.recv(100)
                if not chunk:
                    break
                reply += chunk
            subject = dict(x[0] for x in cert['subject'])
            return i, reply, subject.get('commonName'), s.version() is not None
def plain(port, i):
    with socket.create_connection(('127.0.0.1', port), timeout=20) as s:
        s.sendall(b'plain%d' % i)
        reply = b''
        while True:
            chunk = s.recv(100)
            if not chunk:
                break
            reply += chunk
        return reply
port, t = start(tls_wrap, N)
with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix='checker') as ex:
    fs = {ex.submit(check, port, i): i for i in range(N)}
    done = []
    for f in cf.as_completed(fs, timeout=60):
        done.append(f.result())
t.join(30)
print(len(done), t.is_alive())
for r in sorted(done):
    print(r)
port, t = start(None, N)
with cf.ThreadPoolExecutor(3) as ex:
    print(list(ex.map(plain, [port] * N, range(N), timeout=60)))
t.join(30)
print(t.is_alive())
# a refused connection: the error comes back through the future
s = socket.socket()
s.bind(('127.0.0.1', 0))
dead = s.getsockname()[1]
s.close()
with cf.ThreadPoolExecutor(2) as ex:
    f = ex.submit(plain, dead, 0)
    e = f.exception(30)
    print(type(e).__name__, isinstance(e, OSError), f.done())
`

func TestCF27ThreadPoolFetch(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("CF27_CA", fx.CAPEM)
	t.Setenv("CF27_CERT", fx.LeafPEM)
	t.Setenv("CF27_KEY", fx.LeafKey)
	want := pytesting.CPython36Output(t, "cf27_fetch", fetchScript)
	got, err := pytesting.RunGuarded(t, fetchScript)
	require.NoError(t, err, "output so far:\n%s", got)
	require.Equal(t, want, got)
}
