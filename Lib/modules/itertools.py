"""Iterator building blocks (CPython 3.6's itertools).

Every iterator here is a class: its constructor checks its arguments and
takes iter() of its inputs at once, as CPython's does, and iterating it
does the work lazily."""


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


def _as_index(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


# The iterators whose values come from a generator in self._gen take these
# as their __iter__ and __next__ (in their own class body: the interpreter
# does not find an inherited __next__).

_MISSING = object()


def _parse(fname, args, kwargs, names, required):
    """The values of names from args and kwargs (_MISSING for those not
    given), with CPython's messages for a wrong call."""
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d arguments (%d given)'
                        % (fname, len(names), len(args) + len(kwargs)))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        i = names.index(key)
        if i < len(args):
            raise TypeError("Argument given by name ('%s') and position (%d)" % (key, i + 1))
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError("Required argument '%s' (pos %d) not found" % (names[i], i + 1))
    return values


def _exactly(fname, args, kwargs, n):
    if kwargs:
        raise TypeError('%s() does not take keyword arguments' % fname)
    if len(args) != n:
        raise TypeError('%s expected %d arguments, got %d' % (fname, n, len(args)))
    return args


def _iter_self(self):
    return self


def _next_gen(self):
    return next(self._gen)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle:
    """cycle(iterable): the items of iterable, then the same again, forever."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args, **kwargs):
        iterable, = _exactly('cycle', args, kwargs, 1)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            saved.append(item)
            yield item
        while saved:
            for item in saved:
                yield item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, *args, **kwargs):
        obj, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self._object = obj
        if times is _MISSING:
            times = None
        else:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


class accumulate:
    """accumulate(iterable[, func]): running totals (or results of func)."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args, **kwargs):
        iterable, func = _parse('accumulate', args, kwargs, ('iterable', 'func'), 1)
        if func is _MISSING:
            func = None
        self._gen = self._run(iter(iterable), func)

    @staticmethod
    def _run(it, func):
        first = True
        total = None
        for item in it:
            if first:
                total = item
                first = False
            elif func is None:
                total = total + item
            else:
                total = func(total, item)
            yield total


class chain:
    """chain(*iterables): the items of the first iterable, then of the next..."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() does not take keyword arguments')
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            for item in source:
                yield item

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): chain of the iterables iterable gives."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


# compress, dropwhile, takewhile, filterfalse and starmap keep their
# source iterators (and a flag) as their state, so that they pickle as
# CPython's do: their class and those iterators, the flag as __setstate__'s.

class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data, self._selectors = iter(data), iter(selectors)

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item

    def __reduce__(self):
        return type(self), (self._data, self._selectors)


class _predicated:
    # A predicate over an iterator, with a flag the pickle carries.
    __iter__ = _iter_self
    _name = None

    def __init__(self, *args, **kwargs):
        self._predicate, iterable = _exactly(self._name, args, kwargs, 2)
        self._it = iter(iterable)
        self._flag = False

    def __reduce__(self):
        return type(self), (self._predicate, self._it), int(self._flag)

    def __setstate__(self, state):
        self._flag = bool(state)


class dropwhile(_predicated):
    """dropwhile(predicate, iterable): the items from the first one for which
    predicate is false on."""
    _name = 'dropwhile'

    def __next__(self):
        it = self._it
        if self._flag:
            return next(it)
        predicate = self._predicate
        while True:
            item = next(it)
            if not predicate(item):
                self._flag = True  # the dropping is over
                return item


class takewhile(_predicated):
    """takewhile(predicate, iterable): the items up to the first one for
    which predicate is false."""
    _name = 'takewhile'

    def __next__(self):
        if self._flag:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._flag = True  # stopped for good
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): the items for which predicate is
    false (which are false, when predicate is None)."""

    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        self._predicate, iterable = _exactly('filterfalse', args, kwargs, 2)
        self._it = iter(iterable)

    def __next__(self):
        it, predicate = self._it, self._predicate
        while True:
            item = next(it)
            if not (item if predicate is None else predicate(item)):
                return item

    def __reduce__(self):
        return type(self), (self._predicate, self._it)


class _grouper:
    """The items of one group of a groupby, taken from its shared iterator."""

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if not parent._has:
            parent._fetch()
        if not (self._key == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._has = False
        parent._currvalue = parent._currkey = None
        return value


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items of
    iterable with the same key."""

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        if key is _MISSING:
            key = None
        self._it = iter(iterable)
        self._keyfunc = key
        self._has = False
        self._started = False
        self._currkey = self._currvalue = self._tgtkey = None

    def _fetch(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key
        self._has = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._has and (not self._started or not (self._tgtkey == self._currkey)):
                break
            self._fetch()
        self._tgtkey = self._currkey
        self._started = True
        return (self._currkey, _grouper(self, self._tgtkey))


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def _islice_int(v, msg):
    if v is None:
        return None
    try:
        v = _as_index(v)
    except TypeError:
        raise ValueError(msg)
    if v < 0:
        raise ValueError(msg)
    return v


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items of iterable at positions start, start+step, ... before stop."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() does not take keyword arguments')
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        start, step = 0, 1
        if len(args) == 2:
            stop = _islice_int(args[1], _STOP_MSG)
        else:
            start = _islice_int(args[1], _INDEX_MSG)
            stop = _islice_int(args[2], _STOP_MSG)
            if start is None:
                start = 0
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _as_index(args[3])
                except TypeError:
                    raise ValueError(_STEP_MSG)
                if step < 1:
                    raise ValueError(_STEP_MSG)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class starmap:
    """starmap(function, iterable): function(*args) for each args of iterable."""

    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        self._function, iterable = _exactly('starmap', args, kwargs, 2)
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)

    def __reduce__(self):
        return type(self), (self._function, self._it)


class _tee:
    """One of the iterators tee() returns."""

    def __init__(self, group, queue):
        self._group = group
        self._queue = queue

    def __iter__(self):
        return self

    def __next__(self):
        queue = self._queue
        if queue:
            return queue.pop(0)
        group = self._group
        value = next(group[0])
        for other in group[1]:
            if other is not queue:
                other.append(value)
        return value

    def __copy__(self):
        queue = list(self._queue)
        self._group[1].append(queue)
        return _tee(self._group, queue)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over the items of iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        queue = []
        first = _tee([it, [queue]], queue)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the items of the
    iterables side by side, the shorter ones padded with fillvalue."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) == 1 and 'fillvalue' in kwargs:
                fillvalue = kwargs['fillvalue']
            else:
                raise TypeError('zip_longest() got an unexpected keyword argument')
        its = []
        for i, source in enumerate(iterables):
            try:
                its.append(iter(source))
            except TypeError:
                raise TypeError('zip_longest argument #%d must support iteration' % (i + 1))
        self._gen = self._run(its, fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        if not its:
            return
        active = len(its)
        its = list(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if it is None:
                    row.append(fillvalue)
                    continue
                for value in it:
                    row.append(value)
                    break
                else:
                    active -= 1
                    if active == 0:
                        return
                    its[i] = None
                    row.append(fillvalue)
            yield tuple(row)


def _check_r(r):
    if r is None:
        return None
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product:
    """product(*iterables, repeat=1): the Cartesian product of the iterables,
    as tuples, the rightmost element advancing fastest."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) == 1 and 'repeat' in kwargs:
                repeat = _as_index(kwargs['repeat'])
            else:
                raise TypeError('product() got an unexpected keyword argument')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        while True:
            yield tuple([pools[i][indices[i]] for i in range(n)])
            pos = n - 1
            while pos >= 0:
                indices[pos] += 1
                if indices[pos] < len(pools[pos]):
                    break
                indices[pos] = 0
                pos -= 1
            if pos < 0:
                return


class permutations:
    """permutations(iterable, r=None): the r-length orderings of the items of
    iterable (all of them by default), in lexicographic order of positions."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1)
        if r is _MISSING:
            r = None
        pool = tuple(iterable)
        r = _check_r(r)
        if r is None:
            r = len(pool)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        used = [False] * n
        chosen = []

        def extend():
            if len(chosen) == r:
                yield tuple([pool[i] for i in chosen])
                return
            for i in range(n):
                if used[i]:
                    continue
                used[i] = True
                chosen.append(i)
                for t in extend():
                    yield t
                chosen.pop()
                used[i] = False
        for t in extend():
            yield t


class combinations:
    """combinations(iterable, r): the r-length subsequences of iterable, in
    lexicographic order of positions."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = self._run(pool, r, 1)

    @staticmethod
    def _run(pool, r, advance):
        n = len(pool)
        if advance and r > n:
            return
        if not advance and n == 0 and r > 0:
            return
        chosen = []

        def extend(start):
            if len(chosen) == r:
                yield tuple([pool[i] for i in chosen])
                return
            for i in range(start, n):
                chosen.append(i)
                for t in extend(i + advance):
                    yield t
                chosen.pop()
        for t in extend(0):
            yield t


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): the r-length sequences of
    items of iterable, each item repeatable, in non-decreasing position order."""

    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = combinations._run(pool, r, 0)
