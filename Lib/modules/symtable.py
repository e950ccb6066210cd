"""Inspect how the compiler resolves the names of a piece of source.

symtable(code, filename, compile_type) returns the table of the module
block; its children are the tables of the functions, classes, lambdas
and comprehensions inside, and lookup(name) answers how a name is used
in a block (a Symbol).
"""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM,
                       DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF,
                       SCOPE_MASK, FREE, LOCAL, GLOBAL_IMPLICIT,
                       GLOBAL_EXPLICIT, CELL)

import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The SymbolTable of the module block of code, compiled as
    compile_type ('exec', 'eval' or 'single')."""
    top = _symtable.symtable(code, filename, compile_type)
    return _tables(top, filename)


class _TableCache(weakref.WeakValueDictionary):
    # One SymbolTable object per entry and file name, so that asking
    # twice for a block gives the same object.

    def __call__(self, entry, filename):
        key = (entry, filename)
        table = self.get(key)
        if table is None:
            if entry.type == _symtable.TYPE_FUNCTION:
                cls = Function
            elif entry.type == _symtable.TYPE_CLASS:
                cls = Class
            else:
                cls = SymbolTable
            table = self[key] = cls(entry, filename)
        return table


_tables = _TableCache()


class SymbolTable(object):
    """The names of one block: a module, class or function."""

    def __init__(self, raw_table, filename):
        # raw_table is the _symtable entry of the block; lookups are kept.
        self._symbols = {}
        self._filename, self._table = filename, raw_table

    def __repr__(self):
        if type(self) is SymbolTable:
            kind = ""
        else:
            kind = type(self).__name__ + " "
        if self._table.name == "global":
            return "<{}SymbolTable for module {}>".format(kind, self._filename)
        return "<{}SymbolTable for {} in {}>".format(
            kind, self._table.name, self._filename)

    def get_type(self):
        """'module', 'class' or 'function'."""
        kind = self._table.type
        if kind == _symtable.TYPE_MODULE:
            return "module"
        if kind == _symtable.TYPE_FUNCTION:
            return "function"
        if kind == _symtable.TYPE_CLASS:
            return "class"
        assert kind in (1, 2, 3), "unexpected type: {}".format(kind)

    def get_id(self):
        """The number identifying the block."""
        return self._table.id

    def get_name(self):
        """The block's name: the function's or class's, 'top' for the
        module, 'lambda', 'listcomp', 'genexpr'..."""
        return self._table.name

    def get_lineno(self):
        """The line the block starts on (0 for the module)."""
        return self._table.lineno

    def is_optimized(self):
        """Whether the block's locals live in fast slots (functions)."""
        return bool(self._table.type == _symtable.TYPE_FUNCTION)

    def is_nested(self):
        """Whether the block sits inside a function."""
        return bool(self._table.nested)

    def has_children(self):
        """Whether blocks are nested in this one."""
        return bool(self._table.children)

    def has_exec(self):
        """Always False: Python 3 has no exec statement."""
        return False

    def get_identifiers(self):
        """The names used in the block."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """The Symbol for name in this block (KeyError when the block
        never uses it)."""
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._table.symbols[name]
            namespaces = self.__namespaces_named(name)
            sym = self._symbols[name] = Symbol(name, flags, namespaces)
        return sym

    def get_symbols(self):
        """A Symbol for each name used in the block."""
        return [self.lookup(name) for name in self.get_identifiers()]

    def __namespaces_named(self, name):
        return [_tables(entry, self._filename)
                for entry in self._table.children if entry.name == name]

    def get_children(self):
        """The tables of the blocks nested in this one."""
        return [_tables(entry, self._filename)
                for entry in self._table.children]


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class Function(SymbolTable):
    """The table of a function (or lambda, or comprehension) block."""

    __params = None
    __locals = None
    __frees = None
    __globals = None

    def __names_where(self, test):
        return tuple(name for name, flags in self._table.symbols.items()
                     if test(flags))

    def get_parameters(self):
        """The names of the parameters."""
        if self.__params is None:
            self.__params = self.__names_where(lambda f: f & DEF_PARAM)
        return self.__params

    def get_locals(self):
        """The names local to the function (cells included)."""
        if self.__locals is None:
            self.__locals = self.__names_where(
                lambda f: _scope(f) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        """The names the function reads or binds as globals."""
        if self.__globals is None:
            self.__globals = self.__names_where(
                lambda f: _scope(f) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_frees(self):
        """The names taken from enclosing functions."""
        if self.__frees is None:
            self.__frees = self.__names_where(lambda f: _scope(f) == FREE)
        return self.__frees


class Class(SymbolTable):
    """The table of a class body."""

    __methods = None

    def get_methods(self):
        """The names of the blocks defined in the class body."""
        if self.__methods is None:
            seen = {}
            for entry in self._table.children:
                seen[entry.name] = 1
            self.__methods = tuple(seen)
        return self.__methods


class Symbol(object):
    """How one name is used in one block."""

    def __init__(self, name, flags, namespaces=None):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()

    def __repr__(self):
        return "<symbol {!r}>".format(self.__name)

    def get_name(self):
        """The name."""
        return self.__name

    def is_referenced(self):
        """Whether the block reads the name."""
        return bool(self.__flags & USE)

    def is_parameter(self):
        """Whether the name is a parameter of the block."""
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        """Whether the name resolves to a global."""
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def is_declared_global(self):
        """Whether a global statement names it."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        """Whether the block binds the name."""
        return bool(self.__flags & DEF_BOUND)

    def is_annotated(self):
        """Whether the block annotates the name."""
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """Whether the name comes from an enclosing function."""
        return bool(self.__scope == FREE)

    def is_imported(self):
        """Whether an import binds the name."""
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        """Whether the block assigns the name."""
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Whether the name is bound to a block of its own (a def or
        class statement)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        """The tables of the blocks the name is bound to."""
        return self.__namespaces

    def get_namespace(self):
        """The table of the one block the name is bound to (ValueError
        when there are none or several)."""
        try:
            (only,) = self.__namespaces
        except ValueError:
            raise ValueError("name is bound to multiple namespaces") from None
        return only



def _show(path):
    # python -m symtable FILE: each name of FILE's module block, whether
    # it is bound there and whether it names a block of its own.
    import os
    with open(path) as f:
        top = symtable(f.read(), os.path.basename(path), "exec")
    for name in top.get_identifiers():
        sym = top.lookup(name)
        print(sym, sym.is_local(), sym.is_namespace())


if __name__ == "__main__":
    import sys
    _show(sys.argv[0])
