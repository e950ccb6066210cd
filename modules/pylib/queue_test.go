package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// queue's edges, by table against CPython 3.6 (TestQueue in
// net_threading_test.go has the everyday cases): argument and timeout
// errors, the order in which a call checks its arguments, the storage
// hooks of the three classes, and task accounting. A case that starts a
// thread joins it, or waits on a result that the thread hands over,
// before it returns.

const queueMorePrelude = pytesting.ShowRepr + `import queue, threading, time
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def caught(f, *args):
    try:
        f(*args)
    except Exception as e:
        return e
def filled(q, *items):
    for x in items:
        q.put(x)
    return q
def drain(q):
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    return out
def later(delay, f, *args):
    threading.Timer(delay, f, args).start()
def took(f):
    t0 = time.monotonic()
    r = f()
    return r, time.monotonic() - t0
`

var queueMoreCases = []pytesting.Case{
	// timeouts: checked before waiting, and only when the call may block
	{"get_negative_timeout_nonempty", `(lambda q: (etype(lambda: q.get(timeout=-1)), q.qsize()))(filled(queue.Queue(), 1))`},
	{"put_negative_timeout_room", `(lambda q: (etype(lambda: q.put(2, timeout=-1)), q.qsize()))(filled(queue.Queue(3), 1))`},
	{"put_nonblocking_negative_timeout", `(lambda q: (q.put(2, False, -1), q.qsize()))(filled(queue.Queue(3), 1))`},
	{"put_full_nonblocking_negative_timeout", `etype(lambda: filled(queue.Queue(1), 1).put(2, False, -1))`},
	{"get_nonblocking_ignores_timeout", `(lambda r: (r[0], r[1] < 1))(took(lambda: etype(lambda: queue.Queue().get(False, 10))))`},
	{"get_timeout_str", `etype(lambda: queue.Queue().get(True, 'x'))`},
	{"put_timeout_str_bounded", `etype(lambda: queue.Queue(2).put(1, timeout='x'))`},
	{"put_timeout_str_unbounded", `(lambda q: (q.put(1, timeout='x'), q.qsize()))(queue.Queue())`},
	{"get_timeout_zero_full", `(lambda q: (q.get(True, 0), etype(lambda: q.get(True, 0))))(filled(queue.Queue(), 'a'))`},
	{"put_timeout_waits", `(lambda r: (r[0], r[1] >= 0.04))(took(lambda: etype(lambda: filled(queue.Queue(1), 1).put(2, timeout=0.05))))`},
	{"get_block_int", `(etype(lambda: queue.Queue().get(0)), etype(lambda: queue.Queue().get(block=0)))`},
	// maxsize of other types
	{"maxsize_none", `(etype(lambda: queue.Queue(None).put(1)), etype(lambda: queue.Queue(None).full()), queue.Queue(None).qsize())`},
	{"maxsize_str", `(etype(lambda: queue.Queue('a').put(1)), etype(lambda: queue.Queue(maxsize='a').full()))`},
	{"maxsize_float", `(lambda q: (q.full(), q.put(3), q.full(), etype(lambda: q.put_nowait(4))))(filled(queue.Queue(2.5), 1, 2))`},
	{"maxsize_changed", `(lambda q: (q.full(), setattr(q, 'maxsize', 2), q.full(), etype(lambda: q.put_nowait(3))))(filled(queue.Queue(), 1, 2))`},
	{"maxsize_default", `(queue.Queue().maxsize, queue.LifoQueue().maxsize, queue.PriorityQueue(7).maxsize)`},
	// signatures
	{"ctor_args", `(etype(lambda: queue.Queue(1, 2)), etype(lambda: queue.Queue(x=1)), queue.Queue(maxsize=3).maxsize)`},
	{"method_args", `(etype(lambda: queue.Queue().put()), etype(lambda: queue.Queue().get(1, 2, 3)), etype(queue.Queue().put_nowait), etype(lambda: queue.Queue().get_nowait(1)))`},
	{"task_args", `(etype(lambda: queue.Queue().task_done(1)), etype(lambda: queue.Queue().join(1)), etype(lambda: queue.Queue().qsize(1)))`},
	{"keywords", `(lambda q: (q.put(item=1, block=False, timeout=None), q.get(block=True, timeout=1)))(queue.Queue())`},
	// the exceptions
	{"exception_classes", `[(c.__module__, c.__name__, [b.__name__ for b in c.__mro__]) for c in (queue.Empty, queue.Full)]`},
	{"exception_values", `(repr(queue.Full('x')), str(queue.Empty()), queue.Empty('a', 1).args, issubclass(queue.Full, queue.Empty))`},
	{"raised_without_args", `[(type(e).__name__, e.args) for e in (caught(filled(queue.Queue(1), 1).put_nowait, 2), caught(queue.Queue().get_nowait), caught(lambda: queue.Queue().get(timeout=0.01)))]`},
	// the storage of the three classes
	{"lifo_order_and_full", `(lambda q: (q.full(), etype(lambda: q.put_nowait(3)), q.get_nowait(), q.queue, type(q.queue).__name__))(filled(queue.LifoQueue(2), 1, 2))`},
	{"priority_heap", `(lambda q: (list(q.queue), q.get(), list(q.queue), drain(q)))(filled(queue.PriorityQueue(), 5, 3, 9, 1, 7))`},
	{"priority_ties", `drain(filled(queue.PriorityQueue(), (2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')))`},
	{"priority_incomparable", `(lambda q: (etype(lambda: q.put('a')), q.qsize(), q.unfinished_tasks))(filled(queue.PriorityQueue(), 1))`},
	{"priority_bounded", `(lambda q: (q.full(), etype(lambda: q.put(0, timeout=0.01)), q.get(), q.full()))(filled(queue.PriorityQueue(2), 4, 2))`},
	{"fifo_mixed", `drain(filled(queue.Queue(), None, 'a', (1,), [2], 3.5, b'x'))`},
	{"queue_types", `[type(c().queue).__name__ for c in (queue.Queue, queue.LifoQueue, queue.PriorityQueue)]`},
	{"instance_attrs", `sorted(vars(queue.Queue()))`},
	{"lock_kinds", `(lambda q: (type(q.mutex).__name__, type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__))(queue.Queue())`},
	{"hooks_only_storage", `(lambda Q: (lambda q: (q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), etype(q.get_nowait)))(filled(Q(2), 'x', 'y')))(type('Q', (queue.Queue,), {'_init': lambda self, m: setattr(self, 'queue', ['init', m]), '_put': lambda self, x: self.queue.insert(2, x), '_get': lambda self: self.queue.pop(), '_qsize': lambda self: len(self.queue) - 2}))`},
	{"qsize_hook_lies", `(lambda Q: (lambda q: (etype(q.get_nowait), q.empty(), len(q.queue)))(filled(Q(), 1)))(type('Z', (queue.Queue,), {'_qsize': lambda self: 0}))`},
	// task accounting
	{"task_done_negative_counter", `(lambda q: (setattr(q, 'unfinished_tasks', -5), etype(q.task_done), q.unfinished_tasks))(queue.Queue())`},
	{"task_done_after_gets", `(lambda q: (q.get(), q.get(), q.task_done(), q.unfinished_tasks, q.task_done(), q.unfinished_tasks, etype(q.task_done), q.unfinished_tasks))(filled(queue.Queue(), 1, 2))`},
	{"task_done_before_get", `(lambda q: (q.task_done(), q.unfinished_tasks, q.qsize(), q.join()))(filled(queue.Queue(), 1))`},
	{"join_empty", `(queue.Queue().join(), queue.LifoQueue().join(), queue.PriorityQueue().join())`},
	{"join_waits_for_task_done", `(lambda q, log: (later(0.03, lambda: (log.append('done'), q.task_done())), q.get(), q.join(), log))(filled(queue.Queue(), 1), [])`},
	{"lifo_task_accounting", `(lambda q: (q.unfinished_tasks, q.get(), q.task_done(), q.get(), q.task_done(), q.join(), q.unfinished_tasks))(filled(queue.LifoQueue(), 1, 2))`},
	// blocking handover between threads
	{"get_waits_for_put", `(lambda q: (later(0.02, q.put, 'late'), q.get(timeout=5), q.empty()))(queue.Queue())`},
	{"put_waits_for_get", `(lambda q, got: (later(0.02, lambda: got.append(q.get())), q.put('second', timeout=5), got, drain(q)))(filled(queue.Queue(1), 'first'), [])`},
	{"get_blocking_forever", `(lambda q: (later(0.02, q.put, 42), q.get()))(queue.LifoQueue())`},
	{"many_waiters", `(lambda q, got: (lambda ts: ([t.start() for t in ts], [q.put(i) for i in range(5)], [t.join(5) for t in ts], sorted(got))[3])([threading.Thread(target=lambda: got.append(q.get(timeout=5))) for _ in range(5)]))(queue.Queue(), [])`},
	{"bounded_pipeline", `(lambda q, got: (lambda t: (t.start(), [q.put(i, timeout=5) for i in range(20)], t.join(5), got == list(range(20)), q.qsize())[3:])(threading.Thread(target=lambda: [got.append(q.get(timeout=5)) for _ in range(20)])))(queue.Queue(2), [])`},
}

func TestQueueMore(t *testing.T) {
	pytesting.DiffCases(t, "queue_more", queueMorePrelude, queueMoreCases)
}
