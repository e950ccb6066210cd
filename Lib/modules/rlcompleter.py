"""Completion of Python names and attributes for readline.

Completer(namespace).complete(text, state) is a readline completer: a
plain word completes to the keywords, names of namespace (default: the
__main__ module's) and built-ins that start with it; NAME.NAME.prefix to
the attributes of the object the dotted expression evaluates to. Callable
names get an opening parenthesis. Importing the module installs such a
completer in readline."""

import atexit
import builtins
import keyword
import re
import __main__

__all__ = ["Completer"]


class Completer:
    def __init__(self, namespace=None):
        """Complete in namespace, a dictionary (default: the globals of
        __main__ at each completion)."""
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = namespace is None
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        """The state'th completion of text, or None after the last."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            if state:
                return None
            if _readline_available:
                readline.insert_text('\t')
                readline.redisplay()
                return ''
            return '\t'
        if state == 0:
            finder = self.attr_matches if "." in text else self.global_matches
            self.matches = finder(text)
        return self.matches[state] if state < len(self.matches) else None

    def _callable_postfix(self, val, word):
        return word + "(" if callable(val) else word

    def global_matches(self, text):
        """Keywords, then names of the namespace and of builtins, that
        start with text."""
        size = len(text)
        seen = {"__builtins__"}
        found = []
        bare = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}
        for word in keyword.kwlist:
            if word[:size] != text:
                continue
            seen.add(word)
            if word in ('finally', 'try'):
                found.append(word + ':')
            else:
                found.append(word if word in bare else word + ' ')
        for space in (self.namespace, builtins.__dict__):
            for word, value in list(space.items()):
                if word[:size] == text and word not in seen:
                    seen.add(word)
                    found.append(self._callable_postfix(value, word))
        return found

    def attr_matches(self, text):
        """EXPR.attr for the attributes of eval(EXPR) starting with attr;
        private names only when attr asks for them (starts with _ or __)."""
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            target = eval(expr, self.namespace)
        except Exception:
            return []
        names = set(dir(target))
        names.discard("__builtins__")
        if hasattr(target, '__class__'):
            names.add('__class__')
            names.update(get_class_members(target.__class__))
        size = len(attr)
        hide = {'': '_', '_': '__'}.get(attr)
        while True:
            found = []
            for name in names:
                if name[:size] != attr or (hide and name[:size + 1] == hide):
                    continue
                full = "%s.%s" % (expr, name)
                try:
                    value = getattr(target, name)
                except Exception:
                    pass
                else:
                    full = self._callable_postfix(value, full)
                found.append(full)
            if found or not hide:
                break
            hide = '__' if hide == '_' else None
        found.sort()
        return found


def get_class_members(klass):
    """dir(klass) and, recursively, that of its bases."""
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


def _install():
    # Become readline's completer (until exit) when readline is there.
    try:
        import readline as module
    except ImportError:
        return None
    module.set_completer(Completer().complete)
    atexit.register(module.set_completer, None)
    return module


readline = _install()
_readline_available = readline is not None
if readline is None:
    del readline
