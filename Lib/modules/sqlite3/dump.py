"""Connection.iterdump: a database as the SQL text that rebuilds it."""


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'


def _table_rows(cursor, table):
    columns = [info[1] for info in
               cursor.execute("PRAGMA table_info(%s)" % _quoted(table)).fetchall()]
    pieces = ["'INSERT INTO ' || %s || ' VALUES('" % _literal(_quoted(table))]
    for n, column in enumerate(columns):
        if n:
            pieces.append("','")
        pieces.append("quote(%s)" % _quoted(column))
    pieces.append("')'")
    query = "SELECT %s FROM %s" % (" || ".join(pieces), _quoted(table))
    for (line,) in cursor.execute(query).fetchall():
        yield line + ";"


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


def _iterdump(connection):
    """Yield the statements of a dump of connection's main database: the
    tables with their rows, then indexes, triggers and views, inside one
    transaction."""
    cursor = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    for name, kind, sql in tables:
        if name == "sqlite_sequence":
            yield 'DELETE FROM "sqlite_sequence";'
        elif name == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table',%s,%s,0,%s);"
                   % (_literal(name), _literal(name), _literal(sql)))
            continue
        else:
            yield sql + ";"
        for line in _table_rows(cursor, name):
            yield line
    others = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for name, kind, sql in others:
        yield sql + ";"
    yield "COMMIT;"
