import sqlite3, datetime
from collections.abc import Sequence
# a cursor dropped with a row unread no longer locks its table
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table foo(bar timestamp)")
con.execute("insert into foo(bar) values (?)", (datetime.datetime(2020, 1, 2, 3, 4, 5, 6),))
con.execute("select * from foo")
con.execute("drop table foo")
print("dropped")
def inner():
    con.execute("create table foo(bar integer)")
    con.execute("insert into foo(bar) values (5)")
    con.execute("select * from foo")
    con.execute("drop table foo")
    print("dropped again")
inner()
# a cursor still held keeps it locked, as in 3.6
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(1,), (2,)])
held = con.execute("select * from t")
print(held.fetchone())
try:
    con.execute("drop table t")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
# sqlite3.Row is a Sequence
con.row_factory = sqlite3.Row
row = con.execute("select 1 as a, 2 as b").fetchone()
print(isinstance(row, Sequence), row.keys(), tuple(row), row['A'], row[1])
# an aggregate class whose metaclass makes it unhashable
class Unhashable(type):
    __hash__ = None
try:
    con.create_aggregate('aggr', 0, Unhashable('Aggr', (), {}))
except TypeError as e:
    print(type(e).__name__, e)
try:
    con.execute('SELECT aggr()')
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
