"""SQLite databases through the DB-API 2.0 interface (PEP 249).

connect() opens a database and returns a Connection; its cursors run SQL
with qmark (?) or named (:name) parameters and return rows as tuples, or
as whatever the row_factory makes (Row answers to column names too).
"""

from sqlite3.dbapi2 import *
