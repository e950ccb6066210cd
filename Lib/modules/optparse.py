"""Command-line option parsing, as CPython 3.6's optparse.

An OptionParser holds Options (and OptionGroups of them); parse_args()
turns a list of arguments into a Values object holding one attribute per
destination and the list of positional arguments left over. Help output
is produced by HelpFormatter subclasses (IndentedHelpFormatter,
TitledHelpFormatter).

This is the project's own implementation, written from the documented
behaviour of the module.
"""

import os
import sys

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']


def _(message):
    # Messages are not translated.
    return message


def _plural(one, many, count):
    return one if count == 1 else many


def _repr(self):
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


# -- exceptions ---------------------------------------------------------------

class OptParseError(Exception):
    """Base of the module's exceptions; str() is the message."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self._text()

    def _text(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was defined wrongly (or conflicts with another); the
    message names the option."""

    def __init__(self, msg, option):
        self.msg, self.option_id = msg, str(option)

    def _text(self):
        if self.option_id:
            return "option %s: %s" % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    """An option string is already taken by another Option."""


class OptionValueError(OptParseError):
    """An option's value on the command line is not valid."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def _text(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option matches more than one option."""

    def __init__(self, opt_str, possibilities):
        self.opt_str, self.possibilities = opt_str, possibilities

    def _text(self):
        return _("ambiguous option: %s (%s?)") % (self.opt_str, ", ".join(self.possibilities))


# -- help formatting ----------------------------------------------------------

def _columns():
    # The terminal width the environment announces, 80 by default.
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Lays out a parser's help text: usage, headings, descriptions and
    the option list with the help of each option wrapped in a column.

    indent_increment is the indentation per nesting level, help_position
    the column help text starts at (at most max_help_position), width the
    line width (COLUMNS from the environment, less 2, when None) and
    short_first whether -x comes before --xx in the option list.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = _columns() - 2
        self.width, self.short_first = width, short_first
        self.indent_increment = indent_increment
        self.help_position = self.max_help_position = min(
            max_help_position, max(width - 20, 2 * indent_increment))
        self.help_width = self.parser = None
        self.current_indent = self.level = 0
        self.option_strings = {}
        self.default_tag = "%default"
        self._long_opt_fmt, self._short_opt_fmt = "%s=%s", "%s %s"

    def set_parser(self, parser):
        """Attach the parser whose defaults expand_default reads."""
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        """Put delim ("" or " ") between a short option and its metavar."""
        if delim not in ("", " "):
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim):
        """Put delim ("=" or " ") between a long option and its metavar."""
        if delim not in ("=", " "):
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s" + delim + "%s"

    def indent(self):
        """Go one nesting level in."""
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        """Go one nesting level out."""
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        """The usage line."""
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        """A section heading."""
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        # Fill text to the width left after the current indentation.
        import textwrap
        pad = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        """The description, filled to the width."""
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        """The epilog, filled, after a blank line."""
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The help of option with the default tag replaced by the default."""
        tag = self.default_tag
        if not tag or self.parser is None:
            return option.help
        value = self.parser.defaults.get(option.dest)
        shown = self.NO_DEFAULT_VALUE if value is None or value is NO_DEFAULT else value
        return option.help.replace(tag, str(shown))

    def format_option(self, option):
        """One option: its strings and its wrapped help."""
        # The option strings, padded to the help column or alone on their
        # line when too wide, then the help text wrapped in the column.
        import textwrap
        names = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(names) > room:
            parts = [lead + names + "\n"]
            first_pad = self.help_position
        else:
            parts = [lead + names.ljust(room) + "  "]
            first_pad = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            parts.append(" " * first_pad + lines[0] + "\n")
            for line in lines[1:]:
                parts.append(" " * self.help_position + line + "\n")
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def store_option_strings(self, parser):
        """Compute the strings of every option and the help column."""
        # Work out every option's strings and, from the widest, where the
        # help column starts.
        widest = 0
        self.indent()
        widest = max(widest, self._measure(parser.option_list))
        self.indent()
        for group in parser.option_groups:
            widest = max(widest, self._measure(group.option_list))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def _measure(self, options):
        # Record the strings of options; the widest, indented, in columns.
        widest = 0
        for opt in options:
            text = self.format_option_strings(opt)
            self.option_strings[opt] = text
            widest = max(widest, self.current_indent + len(text))
        return widest

    def format_option_strings(self, option):
        """The option strings with their metavar, comma-separated."""
        if option.takes_value():
            meta = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, meta) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, meta) for s in option._long_opts]
        else:
            shorts, longs = option._short_opts, option._long_opts
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Help with indented option lists and "Usage: ..." first."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        """The usage line."""
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        """A section heading."""
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Help with underlined section titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        """The usage line."""
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        """A section heading."""
        return heading + "\n" + "=-"[self.level] * len(heading) + "\n"


# -- value conversion -----------------------------------------------------------

def _parse_num(val, kind):
    # 0x.. is hexadecimal, 0b.. binary, a leading 0 octal.
    prefix = val[:2].lower()
    if prefix == "0x":
        return kind(val, 16)
    if prefix == "0b":
        return kind(val[2:] or "0", 2)
    return kind(val, 8 if val[:1] == "0" else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    convert, what = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ", ".join(repr(c) for c in option.choices)
    raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                           % (opt, value, listed))


NO_DEFAULT = ("NO", "DEFAULT")


# -- options ------------------------------------------------------------------

class Option:
    """One command-line option: Option(*opt_strings, **attrs).

    attrs are those in ATTRS: action (one of ACTIONS, 'store' by
    default), type (one of TYPES), dest, default, nargs, const, choices,
    callback with callback_args and callback_kwargs, help and metavar.
    """

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin,
                    "float": check_builtin, "complex": check_builtin,
                    "choice": check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        # Each check may fill in a default (action, type, dest, nargs).
        for check in self.CHECK_METHODS:
            check(self)

    def __str__(self):
        """The option strings joined by slashes."""
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def _bad(self, message):
        # The exception for a definition error of this option.
        return OptionError(message, self)

    def _check_opt_strings(self, opts):
        """The non-empty option strings; at least one is needed."""
        given = list(filter(None, opts))
        if given:
            return given
        raise TypeError("at least one option string must be supplied")

    def _set_opt_strings(self, opts):
        """Sort the option strings into short and long ones."""
        for text in opts:
            size = len(text)
            if size < 2:
                problem = "invalid option string %r: must be at least two characters long"
            elif size == 2:
                short = text[0] == "-" and text[1] != "-"
                problem = None if short else ("invalid short option string %r: must be "
                                              "of the form -x, (x any non-dash char)")
            else:
                dashed = text[:2] == "--" and text[2] != "-"
                problem = None if dashed else ("invalid long option string %r: must "
                                               "start with --, followed by non-dash")
            if problem:
                raise self._bad(problem % text)
            (self._short_opts if size == 2 else self._long_opts).append(text)

    def _set_attrs(self, attrs):
        """Set every attribute of ATTRS from attrs; others are an error."""
        for name in self.ATTRS:
            if name in attrs:
                value = attrs.pop(name)
            else:
                value = NO_DEFAULT if name == 'default' else None
            setattr(self, name, value)
        if attrs:
            raise self._bad("invalid keyword arguments: %s" % ", ".join(sorted(attrs)))

    def _check_action(self):
        """Default the action to "store"; reject unknown actions."""
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise self._bad("invalid action: %r" % self.action)

    def _check_type(self):
        """Settle the type name, defaulting it for store and append."""
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
            return
        # Types may be given as the builtins themselves (int, str, ...).
        name = kind.__name__ if isinstance(kind, type) else kind
        self.type = "string" if name == "str" else name
        if self.type not in self.TYPES:
            raise self._bad("invalid option type: %r" % self.type)
        if self.action not in self.TYPED_ACTIONS:
            raise self._bad("must not supply a type for action %r" % self.action)

    def _check_choice(self):
        """Type "choice" needs a list or tuple of choices; others none."""
        if self.type != "choice":
            if self.choices is not None:
                raise self._bad("must not supply choices for type %r" % self.type)
        elif self.choices is None:
            raise self._bad("must supply a list of choices for type 'choice'")
        elif not isinstance(self.choices, (tuple, list)):
            raise self._bad("choices must be a list of strings ('%s' supplied)"
                              % str(type(self.choices)).split("'")[1])

    def _check_dest(self):
        """Derive dest from the first long (else short) option string."""
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            first = (self._long_opts or self._short_opts)[0]
            self.dest = first.lstrip('-').replace('-', '_') if self._long_opts else first[1]

    def _check_const(self):
        """const goes with the *_const actions only."""
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise self._bad("'const' must not be supplied for action %r" % self.action)

    def _check_nargs(self):
        """nargs (default 1) goes with the typed actions only."""
        typed = self.action in self.TYPED_ACTIONS
        if not typed and self.nargs is not None:
            raise self._bad("'nargs' must not be supplied for action %r" % self.action)
        if typed and self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        """callback and its arguments go with action "callback" only."""
        if self.action != "callback":
            if self.callback is not None:
                raise self._bad("callback supplied (%r) for non-callback option"
                                  % self.callback)
            for name in ("callback_args", "callback_kwargs"):
                if getattr(self, name) is not None:
                    raise self._bad("%s supplied for non-callback option" % name)
            return
        if not callable(self.callback):
            raise self._bad("callback not callable: %r" % self.callback)
        if self.callback_args is not None and not isinstance(self.callback_args, tuple):
            raise self._bad("callback_args, if supplied, must be a tuple: not %r"
                              % self.callback_args)
        if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
            raise self._bad("callback_kwargs, if supplied, must be a dict: not %r"
                              % self.callback_kwargs)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def takes_value(self):
        """Whether the option takes arguments."""
        return self.type is not None

    def get_opt_string(self):
        """The first long option string, else the first short one."""
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        """Convert value with the checker registered for the type."""
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        """The value converted (a tuple of values when nargs > 1)."""
        if value is not None:
            if self.nargs != 1:
                return tuple(self.check_value(opt, item) for item in value)
            return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        """Convert value and act on it."""
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Carry out action for opt with value on values."""
        if action in ("help", "version"):
            # Print and leave.
            (parser.print_help if action == "help" else parser.print_version)()
            parser.exit()
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action in self._FIXED:
            setattr(values, dest, self._FIXED[action](self, value))
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1

    # What the plain store actions put in the destination.
    _FIXED = {"store": lambda self, value: value,
              "store_const": lambda self, value: self.const,
              "store_true": lambda self, value: True,
              "store_false": lambda self, value: False}


make_option = Option

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:
    """The parsed option values, one attribute per destination."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __eq__(self, other):
        """Equal to another Values or a dict with the same attributes."""
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def __str__(self):
        """The attributes, as a dict's str."""
        return str(self.__dict__)

    __repr__ = _repr

    def _update_careful(self, dict):
        """Take the values of dict for attributes already present, None aside."""
        # Only attributes this object already has, and no None values.
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        """Take every value of dict."""
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        """Update from dict in mode "careful" or "loose"."""
        how = {"careful": self._update_careful, "loose": self._update_loose}.get(mode)
        if how is None:
            raise ValueError("invalid update mode: %r" % mode)
        how(dict)

    def read_module(self, modname, mode="careful"):
        """Update from the names of a module."""
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        """Update from the names a Python file defines."""
        with open(filename) as source:
            code = source.read()
        namespace = {}
        exec(code, namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        """Set attr to value unless it has a value other than None; return it."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


def _one_of(args, kwargs, first_type, make, want, what):
    # add_option/add_option_group arguments: either what to build an
    # instance from, or one ready instance of want.
    if isinstance(args[0], first_type):
        return make(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    if not isinstance(args[0], want):
        raise TypeError("not an %s instance: %r" % (what, args[0]))
    return args[0]


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the
    maps from option strings to them (shared by a parser and its
    groups)."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        """Fresh maps from option strings to options, and defaults."""
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        """Use the parser's maps (for an option group)."""
        self._short_opt, self._long_opt, self.defaults = (
            parser._short_opt, parser._long_opt, parser.defaults)

    def set_conflict_handler(self, handler):
        """Set how option string conflicts are handled: "error" or "resolve"."""
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def set_description(self, description):
        """Set the description."""
        self.description = description

    def get_description(self):
        """The description."""
        return self.description

    def destroy(self):
        """Drop references, for the garbage collector."""
        for name in ("_short_opt", "_long_opt", "defaults"):
            delattr(self, name)

    def _check_conflict(self, option):
        """Deal with option strings option shares with earlier options."""
        clashes = [(o, self._short_opt[o]) for o in option._short_opts if o in self._short_opt]
        clashes += [(o, self._long_opt[o]) for o in option._long_opts if o in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(o for o, _ in clashes), option)
        # "resolve": the older option loses the strings; an option left
        # with none is dropped.
        for opt, older in clashes:
            long_form = opt.startswith("--")
            (older._long_opts if long_form else older._short_opts).remove(opt)
            (self._long_opt if long_form else self._short_opt).pop(opt)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)"""
        option = _one_of(args, kwargs, str, self.option_class, Option, "Option")
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        self._short_opt.update((s, option) for s in option._short_opts)
        self._long_opt.update((s, option) for s in option._long_opts)
        dest = option.dest
        if dest is None:
            return option
        # An explicit default wins; otherwise keep one set earlier.
        if option.default is NO_DEFAULT:
            self.defaults.setdefault(dest, None)
        else:
            self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        """Add each option of option_list."""
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        """The option for opt_str, or None."""
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        """Whether opt_str names an option."""
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        """Remove the option opt_str names (with all its strings)."""
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for table, strings in ((self._short_opt, option._short_opts),
                               (self._long_opt, option._long_opts)):
            for text in strings:
                del table[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        """The help of the options."""
        return "".join(formatter.format_option(o) for o in self.option_list
                       if o.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        """The description as the formatter fills it."""
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        """The description and the options, a blank line between."""
        parts = [self.format_description(formatter) if self.description else None,
                 self.format_option_help(formatter) if self.option_list else None]
        return "\n".join(p for p in parts if p is not None)


class OptionGroup(OptionContainer):
    """A titled group of options shown together in the help."""

    def __init__(self, parser, title, description=None):
        # The parser first: _create_option_list shares its maps.
        self.parser, self.title = parser, title
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)

    def format_help(self, formatter):
        """The group's heading, then its description and options one
        level in."""
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()

    def set_title(self, title):
        """Set the title."""
        self.title = title

    def _create_option_list(self):
        """Start with no options of its own, sharing the parser's maps."""
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        """Drop references, for the garbage collector."""
        OptionContainer.destroy(self)
        del self.option_list


class OptionParser(OptionContainer):
    """The command-line parser.

    OptionParser(usage=None, option_list=None, option_class=Option,
    version=None, conflict_handler="error", description=None,
    formatter=None, add_help_option=True, prog=None, epilog=None).
    "%prog" in usage, version and description stands for prog (by
    default the base name of sys.argv[0]).
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        if formatter is None:
            formatter = IndentedHelpFormatter()
        formatter.set_parser(self)
        self.formatter = formatter
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Drop references, for the garbage collector."""
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        for name in ("option_list", "option_groups", "formatter"):
            delattr(self, name)

    def _create_option_list(self):
        """Start with no options."""
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def _add_help_option(self):
        """Add -h/--help."""
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        """Add --version."""
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        """Add the standard options, option_list, --version and --help."""
        for given in (self.standard_option_list, option_list):
            self.add_options(given or ())
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        """Forget the state of the last parse."""
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        """Set the usage ("%prog [options]" for None, none for SUPPRESS_USAGE)."""
        if usage is SUPPRESS_USAGE:
            usage = None
        elif usage is None:
            usage = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            usage = usage[7:]
        self.usage = usage

    def set_defaults(self, **kwargs):
        """Set defaults by keyword."""
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        """Set the default of dest."""
        self.defaults.update({dest: value})

    def disable_interspersed_args(self):
        """Stop at the first positional argument."""
        self.allow_interspersed_args = False

    def enable_interspersed_args(self):
        """Let positional arguments and options mix (the default)."""
        self.allow_interspersed_args = True

    def set_process_default_values(self, process):
        """Whether string defaults go through the type check."""
        self.process_default_values = process

    def _get_all_options(self):
        """The options of the parser and of all its groups."""
        return self.option_list + [o for g in self.option_groups for o in g.option_list]

    def get_default_values(self):
        """A Values of the defaults (string defaults type-checked)."""
        result = dict(self.defaults)
        if self.process_default_values:
            # String defaults go through the option's type check.
            for option in self._get_all_options():
                current = result.get(option.dest)
                if isinstance(current, str):
                    result[option.dest] = option.check_value(option.get_opt_string(), current)
        else:
            result = self.defaults
        return Values(result)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, description=None)"""
        group = _one_of(args, kwargs, str, lambda *a, **k: OptionGroup(self, *a, **k),
                        OptionGroup, "OptionGroup")
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The group holding the option for opt_str, or None."""
        option = self.get_option(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    def _get_args(self, args):
        """A copy of args, or sys.argv[1:] when args is None."""
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (sys.argv[1:] by default) into (values, leftovers);
        errors print the usage and exit with status 2."""
        self.rargs = rargs = self._get_args(args)
        self.values = values = self.get_default_values() if values is None else values
        self.largs = largs = []
        try:
            self._process_args(largs, rargs, values)
        except (OptionValueError, BadOptionError) as exc:
            self.error(str(exc))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """Hook for subclasses: check or adjust the result."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        """Consume rargs: options are processed, positionals go to largs."""
        while rargs:
            head = rargs[0]
            if head.startswith("--"):
                if head == "--":
                    # Everything after "--" is positional.
                    rargs.pop(0)
                    return
                self._process_long_opt(rargs, values)
            elif head.startswith("-") and head != "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        """The long option opt stands for (it may be abbreviated)."""
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, opt, option, rargs):
        """The option's nargs arguments taken from the front of rargs."""
        # The option's nargs arguments from the front of rargs.
        count = option.nargs
        if len(rargs) < count:
            self.error(_plural("%(option)s option requires %(number)d argument",
                               "%(option)s option requires %(number)d arguments",
                               count) % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        """Handle the --long[=value] option at the front of rargs."""
        name, eq, attached = rargs.pop(0).partition("=")
        if eq:
            # "--opt=value": the value becomes the next argument.
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._take_values(opt, option, rargs)
        elif eq:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        """Handle the -abc cluster at the front of rargs."""
        arg = rargs.pop(0)
        for pos in range(1, len(arg)):
            opt = "-" + arg[pos]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster, if any, is the first value.
            if pos + 1 < len(arg):
                rargs.insert(0, arg[pos + 1:])
            option.process(opt, self._take_values(opt, option, rargs), values, self)
            break

    def get_prog_name(self):
        """prog, or the base name of sys.argv[0]."""
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        """Replace "%prog" in s by the program name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        """The description with %prog expanded."""
        return self.expand_prog_name(self.description)

    def get_usage(self):
        """The formatted usage, or ""."""
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """Print the usage to file (sys.stdout by default)."""
        if self.usage:
            print(self.get_usage(), file=sys.stdout if file is None else file)

    def get_version(self):
        """The version with %prog expanded, or ""."""
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        """Print the version to file (sys.stdout by default)."""
        if self.version:
            print(self.get_version(), file=sys.stdout if file is None else file)

    def exit(self, status=0, msg=None):
        """Write msg (if any) to stderr and exit with status."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def format_option_help(self, formatter=None):
        """The help of the options."""
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_("Options"))
        formatter.indent()
        blocks = [OptionContainer.format_option_help(self, formatter)] if self.option_list else []
        blocks += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        # Each block ends its last line; a newline more separates them.
        # With none the heading goes too.
        if not blocks:
            return ""
        return heading + "\n".join(blocks)

    def format_epilog(self, formatter):
        """The epilog, filled, after a blank line."""
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        """The whole help text."""
        formatter = formatter or self.formatter
        usage = self.get_usage() + "\n" if self.usage else ""
        about = self.format_description(formatter) + "\n" if self.description else ""
        return (usage + about + self.format_option_help(formatter)
                + self.format_epilog(formatter))

    def print_help(self, file=None):
        """Write the help text to file (sys.stdout by default)."""
        if file is None:
            file = sys.stdout
        file.write(self.format_help())


def _match_abbrev(s, wordmap):
    # s itself, or the one key of wordmap it abbreviates.
    if s in wordmap:
        return s
    hits = sorted(w for w in wordmap if w.startswith(s))
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, hits)
