#!/usr/bin/env python3
# A module comment block, as inspect.getcomments(module) gives it.
#	(with a tab)

# inspect: comments of a module, docstrings inherited by properties,
# getcallargs' own wording and order of checks, Signature.bind leaving an
# unused *args out, getmodule by file name.
import inspect
import sys


def show(name, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print("--", name, repr(r))


class Base:
    @property
    def size(self):
        """How big it is."""
        return 1

    def run(self):
        """Run it."""


class Derived(Base):
    @property
    def size(self):
        return 2

    def run(self):
        pass


def three(a, b, c):
    pass


def kwonly(*, a, b, c):
    pass


def none():
    pass


def varargs(a, *args, **kwargs):
    pass


me = sys.modules[__name__]
show("module comments", lambda: inspect.getcomments(me))
show("property doc", lambda: inspect.getdoc(Derived.size))
show("method doc", lambda: inspect.getdoc(Derived.run))
show("missing three", lambda: inspect.getcallargs(three))
show("missing two", lambda: inspect.getcallargs(three, 1))
show("missing kwonly", lambda: inspect.getcallargs(kwonly))
show("keyword before count", lambda: inspect.getcallargs(none, 1, x=1))
show("too many", lambda: inspect.getcallargs(three, 1, 2, 3, 4))
show("bind no extra", lambda: dict(inspect.signature(varargs).bind(1).arguments))
show("bind extra", lambda: dict(inspect.signature(varargs).bind(1, 2).arguments))
show("bind kw named args", lambda: dict(inspect.signature(varargs).bind(1, args=3).arguments))
show("bind_partial", lambda: dict(inspect.signature(varargs).bind_partial().arguments))
show("getmodule by file", lambda: inspect.getmodule(None, __file__) is me)
show("getmodule no file", lambda: inspect.getmodule(None, '/nowhere/x.py'))
