"""Character classes as strings, $-substitution templates (Template) and
the str.format engine as an overridable class (Formatter)."""

import re as _re
from _string import formatter_parser as _formatter_parser
from _string import formatter_field_name_split as _field_name_split

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# -- the character classes ---------------------------------------------------

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = digits[:8]
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace when None), capitalize each
    piece and join them again with sep (a single space when None)."""
    joiner = " " if sep is None else sep
    return joiner.join(piece.capitalize() for piece in s.split(sep))


# -- Template -----------------------------------------------------------------

class _Overlay:
    # keyword arguments first, then the mapping: substitute(m, **kw)
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


class _TemplateMetaclass(type):
    """Compiles a Template class's placeholder regex when the class is made:
    a class `pattern` attribute is used as given (with the class flags and
    re.VERBOSE); otherwise one is built from `delimiter` and `idpattern`."""

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        if "pattern" in namespace:
            source = cls.pattern
        else:
            ident = cls.idpattern
            source = r"""
            %s (?:
                (?P<escaped> %s )         # the delimiter twice: one literal
              | (?P<named> %s )           # $name
              | \{ (?P<braced> %s ) \}    # ${name}
              | (?P<invalid> )            # anything else after a delimiter
            )
            """ % (_re.escape(cls.delimiter), _re.escape(cls.delimiter),
                   ident, ident)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)


def _placeholder_error(template, match):
    # 1-based line and column of an ill-formed placeholder
    # (CPython counts lines with splitlines, and a placeholder right
    # after a line break in the columns of the line before it.)
    at = match.start("invalid")
    before = template[:at].splitlines(True)
    line = max(len(before), 1)
    column = at - sum(len(piece) for piece in before[:-1]) if before else 1
    raise ValueError("Invalid placeholder in string: line %d, col %d"
                     % (line, column))


def _template_call(args, kws, method):
    # (self, lookup table) from substitute()'s flexible signature
    if not args:
        raise TypeError("descriptor '%s' of 'Template' object needs an "
                        "argument" % method)
    if len(args) > 2:
        raise TypeError("Too many positional arguments")
    self = args[0]
    if len(args) == 1:
        return self, kws
    if kws:
        return self, _Overlay(kws, args[1])
    return self, args[1]


class Template(metaclass=_TemplateMetaclass):
    """A string with $name, ${name} and $$ placeholders, filled in by
    substitute() (every name required) or safe_substitute() (missing names
    and stray delimiters left as written)."""

    delimiter = "$"
    idpattern = "(?-i:[_a-zA-Z][_a-zA-Z0-9]*)"
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def substitute(*args, **kws):
        """The template with every placeholder replaced from a mapping
        and/or keywords (keywords win); KeyError for a missing name,
        ValueError for an ill-formed placeholder."""
        self, table = _template_call(args, kws, "substitute")
        return self._render(table, strict=True)

    def safe_substitute(*args, **kws):
        """As substitute(), but a placeholder whose name is missing, or one
        that is ill-formed, stays in the result as written."""
        self, table = _template_call(args, kws, "safe_substitute")
        return self._render(table, strict=False)

    def _render(self, table, strict):
        def replacement(match):
            kind, name = _placeholder_kind(match)
            if kind == "escape":
                return self.delimiter
            if kind == "invalid":
                if strict:
                    _placeholder_error(self.template, match)
                return match.group()
            if strict:
                return "%s" % (table[name],)
            try:
                return "%s" % (table[name],)
            except KeyError:
                return match.group()
        return self.pattern.sub(replacement, self.template)


def _placeholder_kind(match):
    # ("name", name), ("escape", None) or ("invalid", None) for a match of
    # a Template pattern; groups a custom pattern lacks count as unmatched.
    found = match.groupdict()
    name = found.get("named") or found.get("braced")
    if name is not None:
        return "name", name
    if found.get("escaped") is not None:
        return "escape", None
    if found.get("invalid") is not None:
        return "invalid", None
    raise ValueError("Unrecognized named group in pattern",
                     match.re.pattern)


# -- Formatter ----------------------------------------------------------------

def _format_call(args, kwargs):
    # (self, format_string, remaining positionals as a list) for
    # Formatter.format(*args, **kwargs); format_string may still come as
    # a keyword, with 3.6's DeprecationWarning.
    positional = list(args)
    if not positional:
        raise TypeError("descriptor 'format' of 'Formatter' object needs an "
                        "argument")
    self = positional.pop(0)
    if positional:
        return self, positional.pop(0), positional
    if "format_string" not in kwargs:
        raise TypeError("format() missing 1 required positional argument: "
                        "'format_string'")
    import warnings
    warnings.warn("Passing 'format_string' as keyword argument is "
                  "deprecated", DeprecationWarning, stacklevel=3)
    return self, kwargs.pop("format_string"), positional


_MIXED_NUMBERING = ("cannot switch from manual field specification to "
                   "automatic field numbering")


class Formatter:
    """str.format's engine in steps a subclass can replace: parse() splits
    the string, get_field()/get_value() find each argument,
    convert_field() applies !r/!s/!a, format_field() formats it, and
    check_unused_args() sees what was used."""

    def format(*args, **kwargs):
        """format_string formatted with the positional and keyword
        arguments, as str.format would."""
        self, format_string, rest = _format_call(args, kwargs)
        return self.vformat(format_string, rest, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments given as a sequence and a mapping."""
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # One level of replacement, as 3.6's: (text, next automatic field
        # number), the number False once a field was numbered by hand. A
        # field's own spec is expanded one level deeper.
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if name is None:
                continue
            if name == "":
                if auto_arg_index is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = str(auto_arg_index)
                auto_arg_index += 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError(_MIXED_NUMBERING)
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index)
            out.append(self.format_field(
                self.convert_field(value, conversion), spec))
        return "".join(out), auto_arg_index

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec,
        conversion) for format_string; the last three are None for text
        with no field after it."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, key) for a field name such as "0.attr[key]": key, the
        part before the first '.' or '[', is what get_value() was given."""
        first, accessors = _field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in accessors:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first

    def convert_field(self, value, conversion):
        """value after a !s, !r or !a conversion (None: unchanged)."""
        if conversion is None:
            return value
        convert = _CONVERSIONS.get(conversion)
        if convert is None:
            raise ValueError("Unknown conversion specifier %s"
                             % (conversion,))
        return convert(value)

    def format_field(self, value, format_spec):
        """format(value, format_spec)."""
        return format(value, format_spec)

    def get_value(self, key, args, kwargs):
        """args[key] for an int key, kwargs[key] otherwise."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys used once formatting is done; does nothing
        here (a subclass may raise for arguments left over)."""


# what each !x conversion letter applies
_CONVERSIONS = {"s": str, "r": repr, "a": ascii}
