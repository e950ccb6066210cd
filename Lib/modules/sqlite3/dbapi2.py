"""The DB-API 2.0 face of SQLite.

Connections, cursors and rows live here, together with the rules CPython
3.6 applies between them: parameter binding, the adaptation of Python
values before binding, the conversion of column values after fetching,
and the implicit transactions of the isolation level. Everything that
talks to the library itself (handles, prepared statements, callbacks,
error classes) is the native module _sqlite3.
"""

import datetime
import time
import _thread
import _weakref

import _sqlite3
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError,
                      InternalError, OperationalError, ProgrammingError,
                      IntegrityError, DataError, NotSupportedError,
                      complete_statement, enable_callback_tracebacks,
                      sqlite_version)
from _sqlite3 import (SQLITE_OK, SQLITE_DENY, SQLITE_IGNORE,
                      SQLITE_CREATE_INDEX, SQLITE_CREATE_TABLE,
                      SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TABLE,
                      SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW,
                      SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW,
                      SQLITE_DELETE, SQLITE_DROP_INDEX, SQLITE_DROP_TABLE,
                      SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TABLE,
                      SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW,
                      SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW, SQLITE_INSERT,
                      SQLITE_PRAGMA, SQLITE_READ, SQLITE_SELECT,
                      SQLITE_TRANSACTION, SQLITE_UPDATE, SQLITE_ATTACH,
                      SQLITE_DETACH, SQLITE_ALTER_TABLE, SQLITE_REINDEX,
                      SQLITE_ANALYZE)

paramstyle = "qmark"
threadsafety = 1
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple([int(part) for part in sqlite_version.split(".")])

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

# PEP 249's type objects and constructors.
Date, Time, Timestamp = datetime.date, datetime.time, datetime.datetime
Binary, OptimizedUnicode = memoryview, str


def _local_fields(ticks, first, last):
    return time.localtime(ticks)[first:last]


def DateFromTicks(ticks):
    """The local date at ticks seconds since the epoch."""
    return datetime.date(*_local_fields(ticks, 0, 3))


def TimeFromTicks(ticks):
    """The local time of day at ticks seconds since the epoch."""
    return datetime.time(*_local_fields(ticks, 3, 6))


def TimestampFromTicks(ticks):
    """The local date and time at ticks seconds since the epoch."""
    return datetime.datetime(*_local_fields(ticks, 0, 6))


def _type_name(obj):
    return type(obj).__name__


def _plural(n):
    return "argument" if n == 1 else "arguments"


def _unpack(name, args, kwargs, least, most):
    """args of a method that takes least..most positional arguments and no
    keywords, with CPython 3.6's messages; missing ones come back None."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    n = len(args)
    if least == most and n != least:
        raise TypeError("function takes exactly %d %s (%d given)" % (least, _plural(least), n))
    if n < least:
        raise TypeError("function takes at least %d %s (%d given)" % (least, _plural(least), n))
    if n > most:
        raise TypeError("function takes at most %d %s (%d given)" % (most, _plural(most), n))
    return tuple(args) + (None,) * (most - n)


def _check_str(value, position):
    if not isinstance(value, str):
        raise TypeError("argument %d must be str, not %s" % (position, _type_name(value)))


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required (got type %s)" % _type_name(value))


# ---------------------------------------------------------------- adaptation

class PrepareProtocol:
    """The protocol values are adapted to before they are bound."""
    __module__ = "sqlite3"


adapters = {}
converters = {}

# Exact int, float, str and bytearray values are bound as they are until an
# adapter is registered for one of those types.
_plain_types = (int, float, str, bytearray)
_plain_adapted = [False]


def register_adapter(typ, callable):
    """Adapt values of exactly type typ with callable before binding."""
    if typ in _plain_types:
        _plain_adapted[0] = True
    adapters[(typ, PrepareProtocol)] = callable


def register_converter(name, callable):
    """Convert columns declared (or named) as type name with callable."""
    converters[name.upper()] = callable


_NO_FALLBACK = object()


def _adapt(obj, proto, fallback):
    found = adapters.get((type(obj), proto))
    if found is not None:
        return found(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        try:
            res = hook(obj)
        except TypeError:
            res = None
        if res is not None:
            return res
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        try:
            res = hook(proto)
        except TypeError:
            res = None
        if res is not None:
            return res
    if fallback is not _NO_FALLBACK:
        return fallback
    raise ProgrammingError("can't adapt")


def adapt(obj, proto=PrepareProtocol, alt=None):
    """obj adapted to proto through a registered adapter, proto.__adapt__
    or obj.__conform__; ProgrammingError when none applies."""
    return _adapt(obj, proto, _NO_FALLBACK)


def _bindable(value):
    t = type(value)
    if not _plain_adapted[0] and (t is int or t is float or t is str or t is bytearray):
        return value
    try:
        return _adapt(value, PrepareProtocol, value)
    except Exception:
        # A failing adapter leaves the value as it was (binding then
        # reports it unsupported), as CPython 3.6 does.
        return value


def _iso_date(value):
    return value.isoformat()


def _iso_datetime(value):
    return value.isoformat(" ")


def _to_date(raw):
    y, m, d = raw.split(b"-")
    return datetime.date(int(y), int(m), int(d))


def _to_timestamp(raw):
    day, clock = raw.split(b" ")
    y, m, d = [int(x) for x in day.split(b"-")]
    parts = clock.split(b".")
    hh, mm, ss = [int(x) for x in parts[0].split(b":")]
    micro = 0
    if len(parts) == 2:
        micro = int((parts[1].decode() + "000000")[:6])
    return datetime.datetime(y, m, d, hh, mm, ss, micro)


register_adapter(datetime.date, _iso_date)
register_adapter(datetime.datetime, _iso_datetime)
register_converter("date", _to_date)
register_converter("timestamp", _to_timestamp)
_plain_adapted[0] = False


# ---------------------------------------------------------------- statements

_DML = ("insert", "update", "delete", "replace")


class Statement:
    """One prepared statement of a connection."""
    __module__ = "sqlite3"


def _prepare(db, sql):
    """A Statement for sql, which must hold at most one SQL statement."""
    if "\0" in sql:
        raise ValueError("the query contains a null character")
    native, tail, more = db.prepare(sql)
    if more:
        if native is not None:
            native.finalize()
        raise Warning("You can only execute one statement at a time.")
    st = object.__new__(Statement)
    st.native = native
    st.sql = sql
    st.busy = False
    st.owner = None
    st.is_dml = sql.lstrip(" \t\r\n")[:7].lower().startswith(_DML)
    return st


def _drain(iterator):
    """The items next(iterator) gives, as a generator."""
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        yield item


def _release(st):
    if st.native is not None:
        st.native.reset()
    st.busy = False
    st.owner = None


class Cache:
    """Keeps the values factory(key) gave for the size most recent keys."""
    __module__ = "sqlite3"

    def __init__(self, factory, size=10):
        if size <= 0:
            raise ValueError("cache size must be positive")
        self._factory = factory
        self._size = size
        self._items = {}
        self._order = []

    def get(self, key):
        if key in self._items:
            self._order.remove(key)
            self._order.append(key)
            return self._items[key]
        value = self._factory(key)
        if len(self._order) >= self._size:
            del self._items[self._order.pop(0)]
        self._items[key] = value
        self._order.append(key)
        return value

    def display(self):
        for key in self._order:
            print(key, self._items[key])


# ---------------------------------------------------------------- rows

def _fold(name):
    return bytes([b | 0x20 for b in name.encode("utf-8")])


class Row:
    """A result row answering to column indexes and (case-insensitive)
    column names."""
    __module__ = "sqlite3"
    __slots__ = ("_names", "_values")

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("Row() does not take keyword arguments")
        if len(args) != 2:
            raise TypeError("Row expected 2 arguments, got %d" % len(args))
        cursor, data = args
        if not isinstance(cursor, Cursor):
            raise TypeError("instance of cursor required for first argument")
        if not isinstance(data, tuple):
            raise TypeError("tuple required for second argument")
        self = object.__new__(cls)
        self._names = cursor.description
        self._values = data
        return self

    def __getitem__(self, key):
        if isinstance(key, int):
            if key < 0:
                key += len(self._values)
            if key < 0 or key >= len(self._values):
                raise IndexError("tuple index out of range")
            return self._values[key]
        if isinstance(key, str):
            want = _fold(key)
            for i, column in enumerate(self._names or ()):
                if _fold(column[0]) == want:
                    return self._values[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._values[key]
        raise IndexError("Index must be int or string")

    def keys(self):
        return [column[0] for column in self._names or ()]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._names == other._names and self._values == other._values

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._names == other._names and self._values == other._values)

    def __hash__(self):
        return hash(self._names) ^ hash(self._values)


# ---------------------------------------------------------------- cursors


import collections.abc as _abc
_abc.Sequence.register(Row)
del _abc


class Cursor:
    """Runs statements on a connection and walks their rows."""
    __module__ = "sqlite3"

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("argument 1 must be sqlite3.Connection, not %s"
                            % _type_name(connection))
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._st = None
        self._pending = None
        self._casts = None
        self._closed = False
        self._busy = False
        self._epoch = connection._epoch

    connection = property(lambda self: self._connection)
    description = property(lambda self: self._description)
    rowcount = property(lambda self: self._rowcount)
    lastrowid = property(lambda self: self._lastrowid)

    def _require_init(self):
        # A subclass's __init__ may skip Cursor.__init__.
        if not hasattr(self, "_epoch"):
            raise ProgrammingError("Base Cursor.__init__ not called.")

    def _check(self):
        self._require_init()
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._busy:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self._connection._check()

    def _drop_statement(self):
        if self._st is not None:
            _release(self._st)
            self._st = None
        self._pending = None

    def execute(self, *args, **kwargs):
        """execute(sql, parameters=()): run one statement with one set of
        parameters (a sequence for ?, a dict for :name)."""
        sql, parameters = _unpack("execute", args, kwargs, 1, 2)
        if len(args) < 2:
            parameters = ()
        return self._run(sql, False, parameters)

    def executemany(self, *args, **kwargs):
        """executemany(sql, seq_of_parameters): run one DML statement once
        for each set of parameters an iterable gives."""
        sql, seq = _unpack("executemany", args, kwargs, 2, 2)
        return self._run(sql, True, seq)

    def _run(self, sql, many, params):
        self._check()
        self._busy = True
        try:
            return self._execute(sql, many, params)
        finally:
            self._busy = False

    def _execute(self, sql, many, params):
        conn = self._connection
        self._drop_statement()
        self._epoch = conn._epoch
        self._description = None
        self._rowcount = -1
        if not isinstance(sql, str):
            raise ValueError("operation parameter must be str")
        if many:
            if hasattr(params, "__next__"):
                # An iterator need not be iterable itself.
                sets = _drain(params)
            else:
                sets = iter(params)
        else:
            sets = iter((params,))
        st = conn._statement(sql)
        self._rowcount = 0
        if st.native is None:
            return self
        st.busy = True
        self._st = st
        try:
            if st.is_dml:
                if conn._begin is not None and conn._db.autocommit():
                    conn._run_simple(conn._begin)
            for one in sets:
                st.native.reset()
                _bind_all(st.native, one)
                try:
                    has_row = st.native.step()
                except OperationalError as exc:
                    if str(exc) != "database table is locked" or not conn._free_dropped():
                        raise
                    # a dropped cursor's statement held the table: once
                    # the collector has run its __del__, try again
                    st.native.reset()
                    has_row = st.native.step()
                if conn._detect:
                    self._casts = _cast_map(st.native, conn._detect)
                else:
                    self._casts = None
                if self._description is None:
                    n = st.native.column_count()
                    if n:
                        self._description = tuple(
                            [(_column_label(st.native.column_name(i), conn._detect),
                              None, None, None, None, None, None) for i in range(n)])
                if has_row and many:
                    raise ProgrammingError("executemany() can only execute DML statements.")
                if st.is_dml:
                    self._rowcount += conn._db.changes()
                else:
                    self._rowcount = -1
                if not many:
                    self._lastrowid = conn._db.last_insert_rowid()
                if has_row:
                    self._pending = self._fetch_row()
                    # rows left unread keep the statement (and its
                    # tables) busy until the cursor moves on; a weak note
                    # of the cursor lets a later lock find it dropped
                    st.owner = _weakref.ref(self)
                else:
                    st.native.reset()
            if self._pending is None:
                self._drop_statement()
        except BaseException:
            self._rowcount = -1
            self._drop_statement()
            raise
        return self

    def executescript(self, *args, **kwargs):
        """executescript(sql_script): commit, then run every statement of a
        script, discarding rows."""
        sql_script, = _unpack("executescript", args, kwargs, 1, 1)
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        conn = self._connection
        conn.commit()
        rest = sql_script
        while True:
            native, rest, more = conn._db.prepare(rest)
            if native is None:
                break
            try:
                while native.step():
                    pass
            finally:
                native.finalize()
            if not rest:
                break
        return self

    def _fetch_row(self):
        casts = self._casts
        if casts is None:
            return self._st.native.row(self._connection.text_factory, None)
        raw = tuple([i for i, f in enumerate(casts) if f is not None])
        values = self._st.native.row(self._connection.text_factory, raw)
        if not raw:
            return values
        out = list(values)
        for i in raw:
            if out[i] is not None:
                out[i] = casts[i](out[i])
        return tuple(out)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        if self._epoch != self._connection._epoch:
            raise InterfaceError("Cursor needed to be reset because of commit/rollback "
                                 "and can no longer be fetched from.")
        row = self._pending
        if row is None:
            self._drop_statement()
            raise StopIteration
        self._pending = None
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        st = self._st
        if st is not None:
            try:
                more = st.native.step()
                if more:
                    self._pending = self._fetch_row()
            except BaseException:
                _release(st)
                raise
            if not more:
                self._drop_statement()
        return row

    def fetchone(self):
        """The next row, or None after the last."""
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        """Up to size rows (arraysize by default)."""
        if size is None:
            size = self.arraysize
        rows = []
        for row in self:
            rows.append(row)
            if len(rows) == size:
                break
        return rows

    def fetchall(self):
        """Every remaining row."""
        return [row for row in self]

    def close(self):
        """Release the statement; the cursor can be used no more."""
        self._require_init()
        self._connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


def _column_label(name, detect):
    # CPython 3.6 cuts the "[type]" off every column name, whether or
    # not detect asks for PARSE_COLNAMES.
    if name is None:
        return None
    cut = name.find("[")
    if cut < 0:
        return name
    if cut > 0 and name[cut - 1] == " ":
        cut -= 1
    return name[:cut]


def _cast_map(st, detect):
    casts = []
    for i in range(st.column_count()):
        found = None
        if detect & PARSE_COLNAMES:
            name = st.column_name(i) or ""
            close = name.find("]")
            while close >= 0:
                open_ = name.rfind("[", 0, close)
                if open_ >= 0:
                    found = converters.get(name[open_ + 1:close].upper())
                    break
                close = name.find("]", close + 1)
        if found is None and detect & PARSE_DECLTYPES:
            decl = st.column_decltype(i)
            if decl is not None:
                for j, ch in enumerate(decl):
                    if ch == " " or ch == "(":
                        decl = decl[:j]
                        break
                found = converters.get(decl.upper())
        casts.append(found)
    return casts


def _bind_all(native, params):
    wanted = native.param_count()
    if isinstance(params, (tuple, list)) or (
            not isinstance(params, dict) and hasattr(type(params), "__getitem__")):
        given = len(params)
        if given != wanted:
            raise ProgrammingError(
                "Incorrect number of bindings supplied. The current statement uses %d, "
                "and there are %d supplied." % (wanted, given))
        for i in range(given):
            if not native.bind(i + 1, _bindable(params[i])):
                raise InterfaceError("Error binding parameter %d - probably unsupported type." % i)
    elif isinstance(params, dict):
        for i in range(1, wanted + 1):
            name = native.param_name(i)
            if name is None:
                raise ProgrammingError(
                    "Binding %d has no name, but you supplied a dictionary "
                    "(which has only names)." % i)
            key = name[1:]
            try:
                value = params[key]
            except LookupError:
                raise ProgrammingError("You did not supply a value for binding %d." % i) from None
            if not native.bind(i, _bindable(value)):
                raise InterfaceError("Error binding parameter :%s - probably unsupported type." % key)
    else:
        raise ValueError("parameters are of unsupported type")


# ---------------------------------------------------------------- connections

def _pin(callback):
    """Raise TypeError for an unhashable callback, as CPython 3.6 does (it
    keeps callbacks as dict keys); a bound method hashes with its object."""
    if type(callback).__hash__ is None:
        # a class whose metaclass says its instances (the class) hash not
        raise TypeError("unhashable type: '%s'" % type(callback).__name__)
    hash(callback)
    owner = getattr(callback, "__self__", None)
    if owner is not None and not isinstance(owner, type(_thread)):
        hash(owner)


_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


class Connection:
    """An open SQLite database."""
    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=100, uri=False):
        _check_str(database, 1)
        if not isinstance(timeout, (int, float)):
            raise TypeError("must be real number, not %s" % _type_name(timeout))
        flags = _sqlite3.SQLITE_OPEN_READWRITE | _sqlite3.SQLITE_OPEN_CREATE
        if uri:
            flags |= _sqlite3.SQLITE_OPEN_URI
        self._db = _sqlite3.open(database, flags, int(timeout * 1000))
        self._thread = _thread.get_ident()
        self._same_thread = bool(check_same_thread)
        self._detect = int(detect_types)
        self._cache = Cache(self._new_statement, max(int(cached_statements), 1))
        self._epoch = 0
        self._begin = None
        self._level = None
        self.row_factory = None
        self.text_factory = str
        self.isolation_level = isolation_level

    def _check(self):
        if not hasattr(self, "_db"):
            # A subclass's __init__ skipped Connection.__init__.
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._same_thread and _thread.get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                "The object was created in thread id %d and this is thread id %d."
                % (self._thread, _thread.get_ident()))
        if self._db.closed():
            raise ProgrammingError("Cannot operate on a closed database.")

    def _new_statement(self, sql):
        return _prepare(self._db, sql)

    def _free_dropped(self):
        # Give back the cached statements whose cursors were dropped with
        # rows unread (CPython's reference counting resets them at once);
        # whether there was any.
        import gc
        gc.collect()
        freed = False
        for st in list(self._cache._items.values()):
            owner = st.owner
            if st.busy and owner is not None and owner() is None:
                st.owner = None
                _release(st)
                freed = True
        return freed

    def _statement(self, sql):
        st = self._cache.get(sql)
        if st.busy:
            st = _prepare(self._db, sql)
        return st

    def _run_simple(self, sql):
        native = self._db.prepare(sql)[0]
        try:
            native.step()
        finally:
            native.finalize()

    @property
    def isolation_level(self):
        return self._level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            self.commit()
            self._begin = None
        else:
            if not isinstance(level, str):
                raise TypeError("isolation_level must be a string or None, not %s"
                                % _type_name(level))
            # str.upper itself: a str subclass's upper() does not count.
            if str.upper(level) not in _LEVELS:
                raise ValueError("invalid value for isolation_level")
            self._begin = "BEGIN " + level
        self._level = level

    @property
    def in_transaction(self):
        self._check()
        return not self._db.autocommit()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    def __call__(self, *args):
        """A prepared Statement for the one SQL statement args[0]."""
        self._check()
        if len(args) != 1:
            raise TypeError("function takes exactly 1 argument (%d given)" % len(args))
        if not isinstance(args[0], str):
            raise Warning("SQL is of wrong type. Must be string.")
        return _prepare(self._db, args[0])

    def cursor(self, factory=Cursor):
        """A new cursor, made by factory(self)."""
        self._check()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %s" % _type_name(cur))
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, *args, **kwargs):
        """A new cursor's execute(sql, parameters=()); returns the cursor."""
        _unpack("execute", args, kwargs, 1, 2)
        return self.cursor().execute(*args)

    def executemany(self, *args, **kwargs):
        """A new cursor's executemany(sql, seq_of_parameters)."""
        _unpack("executemany", args, kwargs, 2, 2)
        return self.cursor().executemany(*args)

    def executescript(self, *args, **kwargs):
        """A new cursor's executescript(sql_script)."""
        _unpack("executescript", args, kwargs, 1, 1)
        return self.cursor().executescript(*args)

    def commit(self):
        """End the open transaction, keeping its changes."""
        self._check()
        if not self._db.autocommit():
            self._run_simple("COMMIT")

    def rollback(self):
        """End the open transaction, undoing its changes."""
        self._check()
        if not self._db.autocommit():
            self._epoch += 1
            for st in self._cache._items.values():
                _release(st)
            self._run_simple("ROLLBACK")

    def close(self):
        """Finalise every statement and close the database."""
        if self._same_thread and _thread.get_ident() != self._thread:
            self._check()
        self._db.close()

    def interrupt(self):
        """Make the statements running on this connection stop (from any
        thread)."""
        if self._db.closed():
            raise ProgrammingError("Cannot operate on a closed database.")
        self._db.interrupt()

    def create_function(self, name, num_params, func):
        """Make func callable from SQL as name with num_params arguments."""
        self._check()
        _pin(func)
        _check_str(name, 1)
        _check_int(num_params)
        self._db.create_function(name, num_params, func)

    def create_aggregate(self, name, n_arg, aggregate_class):
        """Make an aggregate of aggregate_class (step, finalize) callable from SQL."""
        self._check()
        _pin(aggregate_class)
        _check_str(name, 1)
        _check_int(n_arg)
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable):
        """Register (or, with None, remove) a collation comparing two strs."""
        self._check()
        if not isinstance(name, str):
            raise TypeError("create_collation(name, callback)() argument 1 must be str, not %s"
                            % _type_name(name))
        upper = str.upper(name)
        for ch in upper:
            if not (ch == "_" or ("0" <= ch <= "9") or ("A" <= ch <= "Z")):
                raise ProgrammingError("invalid character in collation name")
        if callable is not None and not hasattr(callable, "__call__"):
            raise TypeError("parameter must be callable")
        self._db.create_collation(upper, callable)

    def set_authorizer(self, authorizer_callback):
        """Ask authorizer_callback about every action a statement compiles to."""
        self._check()
        _pin(authorizer_callback)
        self._db.set_authorizer(authorizer_callback)

    def set_progress_handler(self, progress_handler, n):
        """Call progress_handler every n virtual machine steps; true aborts."""
        self._check()
        _pin(progress_handler)
        self._db.set_progress_handler(progress_handler, n)

    def set_trace_callback(self, trace_callback):
        """Call trace_callback with the text of each statement run."""
        self._check()
        _pin(trace_callback)
        self._db.set_trace_callback(trace_callback)

    def iterdump(self):
        """The database as SQL statements, one at a time."""
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=100, uri=False):
    """Open a connection to the SQLite database file database (':memory:'
    for a private in-memory one; a file: URI when uri is true)."""
    return factory(database, timeout, detect_types, isolation_level,
                   check_same_thread, factory, cached_statements, uri)


def enable_shared_cache(do_enable):
    """Accepted for compatibility; shared-cache mode is left as the library has it."""
    return None
