"""Command-line parsing: the argparse module of CPython 3.6, written for
gpython-ssl.

A parser holds actions (one per add_argument call).  Parsing classifies
each command-line string as an option ('O'), an argument ('A') or the
'--' marker ('-'), then hands runs of arguments to the actions according
to their nargs.  Help and usage text follow CPython 3.6's HelpFormatter
layout at the same width (COLUMNS - 2).
"""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType',
    'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
    'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# the marker for "leave this out" (of help, of the namespace)
SUPPRESS = '==SUPPRESS=='
# nargs values that are not plain counts
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'
_ABSENT = object()


# ---------------------------------------------------------------------------
# Small helpers


def _name_of(obj, fallback=None):
    """The __name__ of a function or class; classes of the host may lack
    the attribute, so their repr "<class 'int'>" is read instead."""
    try:
        return obj.__name__
    except AttributeError:
        pass
    if isinstance(obj, type):
        text = repr(obj)
        quote = text.find("'")
        end = text.rfind("'")
        if 0 <= quote < end:
            name = text[quote + 1:end]
            dot = name.rfind('.')
            return name[dot + 1:]
    return fallback


def _has_name(obj):
    if isinstance(obj, type):
        return True
    try:
        obj.__name__
        return True
    except AttributeError:
        return False


def _is_space(c):
    return c in ' \t\n\r\x0b\x0c'


def _collapse_spaces(text):
    """Every run of ASCII whitespace becomes one space; the ends are
    stripped. Other spaces (a no-break space) stay: help text may hold
    them where a line must not break."""
    words = []
    start = None
    for i, c in enumerate(text):
        if _is_space(c):
            if start is not None:
                words.append(text[start:i])
                start = None
        elif start is None:
            start = i
    if start is not None:
        words.append(text[start:])
    return ' '.join(words)


def _is_letter(c):
    return c == '_' or c.isalpha()


def _is_word(c):
    return c == '_' or c.isalnum()


def _looks_negative(s):
    """Whether s is a negative number such as -1, -2.5 or -.5."""
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdigit():
        return True
    dot = body.find('.')
    if dot < 0:
        return False
    whole, frac = body[:dot], body[dot + 1:]
    return (whole == '' or whole.isdigit()) and frac != '' and frac.isdigit()


# ---------------------------------------------------------------------------
# Line wrapping (the behaviour of textwrap.wrap with its default options)


def _split_word(word, out):
    """Split one run of non-space characters where textwrap may break it:
    after a hyphen inside a hyphenated word and around em-dashes."""
    n = len(word)
    start = 0
    i = 0
    while i < n:
        c = word[i]
        if c == '-' and i > start:
            # em-dash: two or more hyphens after a word char, before a word char
            run = i
            while run < n and word[run] == '-':
                run += 1
            prev = word[i - 1]
            if (run - i >= 2 and run < n and _is_word(word[run]) and
                    (_is_word(prev) or prev in '!"\'&.,?')):
                out.append(word[start:i])
                out.append(word[i:run])
                start = run
                i = run
                continue
            behind = ((i >= 2 and _is_letter(word[i - 1]) and
                       _is_letter(word[i - 2])) or
                      (i >= 3 and _is_letter(word[i - 1]) and
                       word[i - 2] == '-' and _is_letter(word[i - 3])))
            ahead = (i + 1 < n and _is_letter(word[i + 1]) and
                     ((i + 2 < n and _is_letter(word[i + 2])) or
                      (i + 3 < n and word[i + 2] == '-' and
                       _is_letter(word[i + 3]))))
            if behind and ahead:
                out.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        out.append(word[start:])


def _chunks(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        if _is_space(text[i]):
            while j < n and _is_space(text[j]):
                j += 1
            out.append(' ' * (j - i))
        else:
            while j < n and not _is_space(text[j]):
                j += 1
            _split_word(text[i:j], out)
        i = j
    return out


def _wrap(text, width, initial_indent='', subsequent_indent=''):
    for c in '\t\n\x0b\x0c\r':
        text = text.replace(c, ' ')
    pending = _chunks(text)
    pending.reverse()
    lines = []
    while pending:
        line = []
        used = 0
        indent = subsequent_indent if lines else initial_indent
        room = width - len(indent)
        if lines and pending[-1].strip() == '':
            pending.pop()
        while pending:
            size = len(pending[-1])
            if used + size <= room:
                line.append(pending.pop())
                used += size
            else:
                break
        if pending and len(pending[-1]) > room:
            left = room - used
            if room < 1:
                left = 1
            chunk = pending[-1]
            line.append(chunk[:left])
            pending[-1] = chunk[left:]
            used += len(chunk[:left])
        if line and line[-1].strip() == '':
            used -= len(line[-1])
            line.pop()
        if line:
            lines.append(indent + ''.join(line))
    return lines


# ---------------------------------------------------------------------------
# Usage text helpers


def _usage_parts(text):
    """Split a usage string into the pieces that wrapping keeps whole: a
    bracketed or parenthesised group, or a run of non-space characters."""
    parts = []
    n = len(text)
    i = 0
    while i < n:
        if _is_space(text[i]):
            i += 1
            continue
        end = -1
        c = text[i]
        if c == '(' or c == '[':
            close = ')' if c == '(' else ']'
            k = i + 1
            while k < n:
                if text[k] == close:
                    r = k
                    while r < n and text[r] == close:
                        r += 1
                    if r == n or _is_space(text[r]):
                        end = r
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not _is_space(text[end]):
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _tidy_usage(text):
    """Remove the spaces just inside brackets, empty brackets, and the
    parentheses around a required group with a single member."""
    text = text.replace('[ ', '[').replace('( ', '(')
    text = text.replace(' ]', ']').replace(' )', ')')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in '[(':
            k = i + 1
            while k < n and text[k] == ' ':
                k += 1
            if k < n and text[k] in '])':
                i = k + 1
                continue
        out.append(c)
        i += 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == '(':
            bar = text.find('|', i + 1)
            if bar < 0:
                bar = n
            close = text.rfind(')', i + 1, bar)
            if close >= 0:
                out.append(text[i + 1:close])
                i = close + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out).strip()


# ---------------------------------------------------------------------------
# Formatting help


def _terminal_columns():
    # $COLUMNS when it holds a number, else 80
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


def _exclusions(groups):
    # id(action) -> the actions it may not be used with: the other members
    # of its mutually exclusive groups
    rivals = {}
    for group in groups:
        members = group._group_actions
        for action in members:
            others = [m for m in members if m is not action]
            rivals.setdefault(id(action), []).extend(others)
    return rivals


def _args_from_file(parser, path):
    # the arguments a @file holds (its lines through
    # convert_arg_line_to_args), files it names expanded in turn
    try:
        with open(path) as handle:
            lines = handle.read().splitlines()
    except OSError as err:
        parser.error(str(err))
        return []
    loaded = [arg for line in lines
              for arg in parser.convert_arg_line_to_args(line)]
    return parser._read_args_from_files(loaded)


def _count_complaint(nargs):
    # what is said when an option gets the wrong number of arguments
    if nargs is None:
        return 'expected one argument'
    for marker, text in ((OPTIONAL, 'expected at most one argument'),
                         (ONE_OR_MORE, 'expected at least one argument')):
        if nargs == marker:
            return text
    return 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')


def _dest_as_is(formatter, action):
    return action.dest


def _dest_upper(formatter, action):
    return action.dest.upper()


def _pack_words(words, width, indent, first_prefix=None):
    # Greedy lines of words joined by spaces, each starting with indent and
    # kept within width where a word allows. The first line's room is
    # measured after first_prefix, when given, and it comes without indent.
    lines, current = [], []
    used = len(indent if first_prefix is None else first_prefix) - 1
    for word in words:
        fits = not current or used + 1 + len(word) <= width
        if not fits:
            lines.append(indent + ' '.join(current))
            current, used = [], len(indent) - 1
        current.append(word)
        used += 1 + len(word)
    if current:
        lines.append(indent + ' '.join(current))
    if first_prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


class HelpFormatter(object):
    """Lays out usage, descriptions and argument help."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._current_indent = self._action_max_length = 0
        # each block: ('usage', text) | ('text', text, indent) | ('section', title, items)
        self._blocks, self._section = [], None

    # -- building --------------------------------------------------------

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def _target(self):
        if self._section is not None:
            return self._section[2]
        return self._blocks

    def start_section(self, heading):
        self._section = ['section', heading, []]
        self._blocks.append(self._section)

    def end_section(self):
        self._section = None

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._target().append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._target().append(('usage', usage, list(actions), groups,
                                   prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        indent = self._indent_increment if self._section is not None else 0
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._subactions_of(action):
            lengths.append(len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      max(lengths) + indent)
        self._target().append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering -------------------------------------------------------

    def format_help(self):
        out = self._render_items(self._blocks)
        while '\n\n\n' in out:
            out = out.replace('\n\n\n', '\n\n')
        if out:
            out = out.strip('\n') + '\n'
        return out

    def _render_items(self, items):
        out = []
        for item in items:
            kind = item[0]
            if kind == 'usage':
                out.append(self._format_usage(item[1], item[2], item[3],
                                              item[4]))
            elif kind == 'text':
                out.append(self._format_text(item[1]))
            elif kind == 'action':
                out.append(self._format_action(item[1]))
            else:
                self._indent()
                body = self._render_items(item[2])
                self._dedent()
                if body:
                    heading = ''
                    if item[1] is not SUPPRESS and item[1] is not None:
                        heading = '%*s%s:\n' % (self._current_indent, '',
                                                item[1])
                    out.append('\n' + heading + body + '\n')
        return ''.join(out)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog = self._prog
        if usage is not None:
            usage = usage % dict(prog=prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals,
                                                      groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_usage = self._format_actions_usage(optionals, groups)
                pos_usage = self._format_actions_usage(positionals, groups)
                opt_parts = _usage_parts(opt_usage)
                pos_parts = _usage_parts(pos_usage)
                # like CPython 3.6, refuse usages that wrapping would alter
                if ' '.join(opt_parts) != opt_usage:
                    raise AssertionError()
                if ' '.join(pos_parts) != pos_usage:
                    raise AssertionError()
                usage = '\n'.join(self._wrap_usage(prefix, prog, opt_parts,
                                                   pos_parts, text_width))
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prefix, prog, opt_parts, pos_parts, text_width):
        if len(prefix) + len(prog) > 0.75 * text_width:
            # a long prog stands alone, the arguments below it: on one
            # line if they fit, else options first, positionals after
            indent = ' ' * len(prefix)
            lines = _pack_words(opt_parts + pos_parts, text_width, indent)
            if len(lines) > 1:
                lines = (_pack_words(opt_parts, text_width, indent)
                         + _pack_words(pos_parts, text_width, indent))
            return [prog] + lines
        # the arguments follow prog, continuation lines aligned after it
        indent = ' ' * (len(prefix) + len(prog) + 1)
        if opt_parts:
            return (_pack_words([prog] + opt_parts, text_width, indent, prefix)
                    + _pack_words(pos_parts, text_width, indent))
        if pos_parts:
            return _pack_words([prog] + pos_parts, text_width, indent, prefix)
        return [prog]

    def _format_actions_usage(self, actions, groups):
        # where group brackets and bars go, by position in actions
        marks = {}
        grouped = []
        for group in groups:
            members = group._group_actions
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.extend(members)
            opener, closer = ('(', ')') if group.required else ('[', ']')
            # a group may open where another one opened
            marks[start] = (marks[start] + ' ' + opener if start in marks
                            else opener)
            marks[end] = closer
            marks.update(dict.fromkeys(range(start + 1, end), '|'))
        pieces = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                # a hidden action takes one of its group's bars with it
                pieces.append(None)
                for k in (i, i + 1):
                    if marks.get(k) == '|':
                        del marks[k]
                        break
                continue
            if not action.option_strings:
                piece = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in grouped and piece[:1] == '[' and \
                        piece[-1:] == ']':
                    piece = piece[1:-1]
            else:
                flag = action.option_strings[0]
                piece = flag if action.nargs == 0 else '%s %s' % (
                    flag, self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and action not in grouped:
                    piece = '[%s]' % piece
            pieces.append(piece)
        for pos in sorted(marks, reverse=True):
            pieces.insert(pos, marks[pos])
        text = ' '.join([p for p in pieces if p is not None])
        return _tidy_usage(text)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        margin = self._current_indent
        return self._fill_text(text, max(self._width - margin, 11),
                               ' ' * margin) + '\n\n'

    def _format_action(self, action):
        header = self._format_action_invocation(action)
        # help starts at a column shared by all actions (capped)
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        out = []
        if not action.help:
            out.append('%*s%s\n' % (self._current_indent, '', header))
        elif len(header) <= action_width:
            out.append('%*s%-*s  ' % (self._current_indent, '', action_width,
                                      header))
            first_indent = 0
        else:
            out.append('%*s%s\n' % (self._current_indent, '', header))
            first_indent = help_position
        if action.help:
            lines = self._split_lines(self._expand_help(action), help_width)
            # blank help has no first line: IndexError, as in CPython 3.6
            out.append('%*s%s\n' % (first_indent, '', lines[0]))
            for line in lines[1:]:
                out.append('%*s%s\n' % (help_position, '', line))
        self._indent()
        for sub in self._subactions_of(action):
            out.append(self._format_action(sub))
        self._dedent()
        return ''.join(out)

    def _subactions_of(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is None:
            return []
        return get()

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join(['%s %s' % (flag, args)
                          for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def expand(count):
            if isinstance(result, tuple):
                return result
            return (result,) * count
        return expand

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            return '[%s [%s ...]]' % names(2)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if not isinstance(nargs, int):
            raise TypeError('nargs must be an integer')
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _expand_help(self, action):
        params = dict(vars(action))
        params['prog'] = self._prog
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key in list(params):
            if _has_name(params[key]):
                params[key] = _name_of(params[key])
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        return _wrap(_collapse_spaces(text), width)

    def _get_help_string(self, action):
        # a hook: the help text before %-expansion
        return action.help

    def _fill_text(self, text, width, indent):
        return '\n'.join(_wrap(_collapse_spaces(text), width, indent, indent))

    # hooks for subclasses: the metavar an action without one shows
    # (DEST for options, dest for positionals)
    _get_default_metavar_for_positional = _dest_as_is
    _get_default_metavar_for_optional = _dest_upper


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps descriptions and epilogs as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if '%(default)' not in action.help:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL,
                                                             ZERO_OR_MORE):
                    text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments after their type."""

    def _get_default_metavar_for_optional(self, action):
        return _name_of(action.type)

    def _get_default_metavar_for_positional(self, action):
        return _name_of(action.type)


# ---------------------------------------------------------------------------
# Errors


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name not in (None, SUPPRESS):
            return name
    return None


class ArgumentError(Exception):
    """A problem with one argument (or with its definition)."""

    def __init__(self, argument, message):
        Exception.__init__(self, argument, message)
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to report a bad value in its own words."""


# ---------------------------------------------------------------------------
# Namespace and actions


def _identifier(name):
    return isinstance(name, str) and name.isidentifier()


class _AttributeHolder(object):

    def _get_kwargs(self):
        # copy first: on the host, methods looked up on an instance's
        # __dict__ are shadowed by attributes of the same name ("items")
        return sorted(dict(self.__dict__).items())

    def _get_args(self):
        return []

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        extra = {}
        for name, value in self._get_kwargs():
            if _identifier(name):
                shown.append('%s=%r' % (name, value))
            else:
                extra[name] = value
        if extra:
            shown.append('**%r' % (extra,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __contains__(self, key):
        return key in self.__dict__

    # equal when the attributes are; unhashable
    def __eq__(self, other):
        if isinstance(other, Namespace):
            return dict(vars(self)) == dict(vars(other))
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Namespace):
            return dict(vars(self)) != dict(vars(other))
        return NotImplemented

    __hash__ = None


class Action(_AttributeHolder):
    """What to do with an argument when it is found on the command line."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices, self.required = type, choices, required
        self.help, self.metavar = help, metavar

    def _get_kwargs(self):
        shown = ('option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in shown]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_value_nargs(nargs, const, zero_message):
    # store and append take values: nargs 0 is refused (zero_message), and
    # const only goes with nargs='?'
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for store actions must be > 0; if you '
                           'have nothing to store, actions such as store '
                           'true or store const may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # the flag alone stores const
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings,
                                   dest=dest, const=True, default=default,
                                   required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings,
                                   dest=dest, const=False, default=default,
                                   required=required, help=help)


def _current_list(namespace, dest):
    old = getattr(namespace, dest, None)
    if old is None:
        return []
    if isinstance(old, list):
        return list(old)
    return old


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for append actions must be > 0; if arg '
                           'strings are not supplying the value to append, '
                           'the append const action may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _current_list(namespace, self.dest)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _current_list(namespace, self.dest)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if current is None else current + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # help on stdout, then exit status 0
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        # the action's own version text, else the parser's, on stdout
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None
                           else self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):

    _ChoicesPseudoAction = _ChoicesPseudoAction

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 help=None, metavar=None):
        parsers = {}
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=parsers, help=help, metavar=metavar)
        self._prog_prefix, self._parser_class = prog, parser_class
        # name or alias -> parser; the choices shown in help
        self._name_parser_map, self._choices_actions = parsers, []

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if 'help' in kwargs:
            shown = _ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(shown)
        made = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map)))
        chosen = self._name_parser_map[name]
        # the subparser's results land in the parent's namespace
        subspace, rest = chosen.parse_known_args(rest, None)
        for key, value in dict(vars(subspace)).items():
            setattr(namespace, key, value)
        if rest:
            _unrecognized_list(namespace).extend(rest)


def _unrecognized_list(namespace):
    # the list of leftover strings a subparser parks on the namespace
    if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
        setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
    return getattr(namespace, _UNRECOGNIZED_ARGS_ATTR)


def _dash_stream(mode):
    # what FileType gives for '-': stdin to read, stdout to write
    if 'r' in mode:
        return _sys.stdin
    if 'w' in mode:
        return _sys.stdout
    raise ValueError('argument "-" with mode %r' % mode)


class FileType(object):
    """A type factory opening the named file (or '-' for stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string == '-':
            return _dash_stream(self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for key, value in (('encoding', self._encoding),
                           ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


_ACTIONS = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
}


def _identity(value):
    return value


# ---------------------------------------------------------------------------
# Containers: the parser and its groups share one set of actions


def _registered_callable(container, registry_name, value, complaint):
    # value looked up in the container's registry (itself when not
    # registered); ValueError (complaint % found) unless callable
    found = container._registry_get(registry_name, value, value)
    if not callable(found):
        raise ValueError(complaint % (found,))
    return found


def _kept(items, item):
    # append item to items and return it
    items.append(item)
    return item


def _check_conflict_handler(name):
    # a parser or group refuses an unknown handler when it is made
    if name not in ('error', 'resolve'):
        raise ValueError('invalid conflict_resolution value: %r' % name)


class _ActionsContainer(object):

    def _share_state(self, owner):
        # a group works on its owner's tables
        self._owner = owner
        for attr in ('_actions', '_option_string_actions', '_defaults',
                     '_negative_options', '_mutually_exclusive_groups',
                     '_registries'):
            setattr(self, attr, getattr(owner, attr))

    def register(self, registry_name, value, obj):
        self._registries.setdefault(registry_name, {})[value] = obj

    def _registry_get(self, registry_name, value, default=None):
        if value is not None and not isinstance(value, str):
            return default
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # actions already added take their new defaults too
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        own = [a.default for a in self._actions
               if a.dest == dest and a.default is not None]
        return own[0] if own else self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        # no flags, or one name without a prefix character: a positional
        positional = not args or (len(args) == 1 and
                                  args[0][0] not in self.prefix_chars)
        if not positional:
            kwargs = self._optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            # the container's set_defaults() value, else argument_default
            dest = kwargs['dest']
            if dest in self._defaults or self.argument_default is not None:
                kwargs['default'] = self._defaults.get(dest,
                                                       self.argument_default)
        action_class = _registered_callable(self, 'action',
                                            kwargs.pop('action', None),
                                            'unknown action "%s"')
        action = action_class(**kwargs)
        _registered_callable(self, 'type', action.type, '%r is not callable')
        try:
            HelpFormatter('')._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        return _kept(self._action_groups,
                     _ArgumentGroup(self, *args, **kwargs))

    def add_mutually_exclusive_group(self, **kwargs):
        return _kept(self._mutually_exclusive_groups,
                     _MutuallyExclusiveGroup(self, **kwargs))

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        flags = action.option_strings
        # a flag like -1 means strings like -2 are options, not numbers
        if not self._negative_options and any(map(_looks_negative, flags)):
            self._negative_options.append(True)
        for flag in flags:
            self._option_string_actions[flag] = action
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        # dest is required: add_argument() with neither a name nor dest=
        # is the TypeError of this call, as CPython's
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        flags = []
        long_flags = []
        for flag in args:
            if not flag or flag[0] not in chars:
                raise ValueError(
                    'invalid option string %r: must start with a character '
                    '%r' % (flag, chars))
            flags.append(flag)
            if len(flag) > 1 and flag[1] in chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_flags[0] if long_flags else flags[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % source)
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = flags
        return kwargs

    def _check_conflict(self, action):
        clashes = []
        for flag in action.option_strings:
            if flag in self._option_string_actions:
                clashes.append((flag, self._option_string_actions[flag]))
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for flag, old in clashes:
                old.option_strings.remove(flag)
                del self._option_string_actions[flag]
                if not old.option_strings:
                    old.container._remove_action(old)
            return
        _check_conflict_handler(self.conflict_handler)
        names = ', '.join([flag for flag, old in clashes])
        if len(clashes) == 1:
            message = 'conflicting option string: %s' % names
        else:
            message = 'conflicting option strings: %s' % names
        raise ArgumentError(action, message)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            by_title[group.title] = group
        mapped = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                mapped[id(action)] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            target = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                mapped[id(action)] = target
        for action in container._actions:
            mapped.get(id(action), self)._add_action(action)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self.prefix_chars = kwargs.get('prefix_chars', container.prefix_chars)
        self.argument_default = kwargs.get('argument_default',
                                           container.argument_default)
        self.conflict_handler = kwargs.get('conflict_handler',
                                           container.conflict_handler)
        _check_conflict_handler(self.conflict_handler)
        self._share_state(container)
        self._action_groups = container._action_groups
        self._group_actions = []

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required, self._container = required, container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        # the action belongs to the container; the group only lists it
        return _kept(self._group_actions, self._container._add_action(action))

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------
# Matching argument counts


def _nargs_atoms(action):
    """The pattern an action's nargs accepts over the classified command
    line ('A' argument, 'O' option, '-' the '--' marker), as a list of
    (allowed characters, minimum, maximum or None) atoms."""
    nargs = action.nargs
    dashes = ('-', 0, None)
    if nargs is None:
        atoms = [dashes, ('A', 1, 1), dashes]
    elif nargs == OPTIONAL:
        atoms = [dashes, ('A', 0, 1), dashes]
    elif nargs == ZERO_OR_MORE:
        atoms = [dashes, ('A-', 0, None)]
    elif nargs == ONE_OR_MORE:
        atoms = [dashes, ('A', 1, 1), ('A-', 0, None)]
    elif nargs == REMAINDER:
        atoms = [('-AO', 0, None)]
    elif nargs == PARSER:
        atoms = [dashes, ('A', 1, 1), ('-AO', 0, None)]
    elif nargs == SUPPRESS:
        atoms = [dashes, dashes]
    else:
        atoms = [dashes]
        for _ in range(nargs):
            atoms.append(('A', 1, 1))
            atoms.append(dashes)
    if action.option_strings:
        kept = []
        for chars, low, high in atoms:
            chars = chars.replace('-', '')
            if chars:
                kept.append((chars, low, high))
        atoms = kept
    return atoms


def _match_groups(groups, pattern):
    """Match the concatenated groups against the start of pattern the way
    a backtracking regular expression with greedy repeats would; return
    each group's length, or None."""
    atoms = []
    owners = []
    for index, group in enumerate(groups):
        for atom in group:
            atoms.append(atom)
            owners.append(index)

    # failed[k * stride + pos]: atoms k.. cannot match from pos; this
    # keeps the search polynomial where a naive backtracker would explode
    stride = len(pattern) + 1
    failed = [False] * ((len(atoms) + 1) * stride)

    def attempt(k, pos):
        if k == len(atoms):
            return []
        if failed[k * stride + pos]:
            return None
        chars, low, high = atoms[k]
        run = 0
        while pos + run < len(pattern) and pattern[pos + run] in chars and \
                (high is None or run < high):
            run += 1
        while run >= low:
            rest = attempt(k + 1, pos + run)
            if rest is not None:
                return [run] + rest
            run -= 1
        failed[k * stride + pos] = True
        return None

    counts = attempt(0, 0)
    if counts is None:
        return None
    sizes = [0] * len(groups)
    for index, count in zip(owners, counts):
        sizes[index] += count
    return sizes


# ---------------------------------------------------------------------------
# The parser


# the constructor arguments a parser's repr shows
_PARSER_REPR_FIELDS = ('prog', 'usage', 'description', 'formatter_class',
                       'conflict_handler', 'add_help')


def _seed_namespace(parser, namespace):
    # Before parsing: the namespace gets each action's default (unless the
    # action or its default is SUPPRESS) and each set_defaults() value, for
    # the attributes it does not have yet.
    for action in parser._actions:
        if action.dest is SUPPRESS or hasattr(namespace, action.dest):
            continue
        if action.default is not SUPPRESS:
            setattr(namespace, action.dest, action.default)
    for dest, value in parser._defaults.items():
        if not hasattr(namespace, dest):
            setattr(namespace, dest, value)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of values."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        _check_conflict_handler(conflict_handler)
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._negative_options = []
        self._mutually_exclusive_groups = []
        self._registries = {}
        self._owner = self
        self._action_groups = []
        for name in _ACTIONS:
            self.register('action', name, _ACTIONS[name])
        self.register('type', None, _identity)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('optional arguments')
        self._subparsers = None
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in _PARSER_REPR_FIELDS]

    def _add_action(self, action):
        # options and positionals go to their default groups
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        # with a title or description the subcommands get their own group
        self._subparsers = self._positionals
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'),
                kwargs.pop('description', None))
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action = self._registry_get('action', kind, kind)(option_strings=[],
                                                          **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing ---------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            # leftovers are an error here (parse_known_args returns them)
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        _seed_namespace(self, namespace)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            self.error(str(err))
        parked = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, _ABSENT)
        if parked is not _ABSENT:
            # what subparsers did not recognise
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            extras.extend(parked)
        return namespace, extras

    def _parse(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        rivals = _exclusions(self._mutually_exclusive_groups)

        # classify every string: option 'O', argument 'A', marker '-'
        found = {}
        kinds = []
        rest_are_args = False
        for i, text in enumerate(arg_strings):
            if rest_are_args:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                rest_are_args = True
            else:
                option = self._parse_optional(text)
                if option is None:
                    kinds.append('A')
                else:
                    found[i] = option
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = []
        seen_non_default = []
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.append(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.append(action)
                for rival in rivals.get(id(action), []):
                    if rival in seen_non_default:
                        raise ArgumentError(
                            action, 'not allowed with argument %s'
                            % _action_name(rival))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, flag, attached = found[start]
            if action is None:
                # an option string that no action knows
                extras.append(arg_strings[start])
                return start + 1
            todo = []
            while True:
                if attached is not None:
                    count = self._count_for(action, 'A')
                    if count == 0 and flag[1] not in self.prefix_chars:
                        todo.append((action, [], flag))
                        flag = flag[0] + attached[0]
                        if flag not in self._option_string_actions:
                            raise ArgumentError(
                                action, 'ignored explicit argument %r'
                                % attached)
                        action = self._option_string_actions[flag]
                        attached = attached[1:] or None
                        continue
                    if count != 1:
                        raise ArgumentError(
                            action, 'ignored explicit argument %r' % attached)
                    todo.append((action, [attached], flag))
                    stop = start + 1
                    break
                first = start + 1
                count = self._count_for(action, pattern[first:])
                stop = first + count
                todo.append((action, arg_strings[first:stop], flag))
                break
            for action, strings, flag in todo:
                take_action(action, strings, flag)
            return stop

        def consume_positionals(start):
            sizes = self._match_partial(positionals, pattern[start:])
            for action, size in zip(positionals, sizes):
                take_action(action, arg_strings[start:start + size])
                start += size
            del positionals[:len(sizes)]
            return start

        start = 0
        last_option = max(found) if found else -1
        while start <= last_option:
            next_option = min([i for i in found if i >= start])
            if start != next_option:
                stop = consume_positionals(start)
                if stop > start:
                    start = stop
                    continue
                start = stop
            if start not in found:
                # strings no positional wanted, before the next option
                extras.extend(arg_strings[start:next_option])
            start = consume_optional(next_option)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif action.default is not None and \
                    isinstance(action.default, str) and \
                    hasattr(namespace, action.dest) and \
                    action.default is getattr(namespace, action.dest):
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in seen_non_default for a in group._group_actions):
                continue
            names = [_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for text in arg_strings:
            if text and text[0] in self.fromfile_prefix_chars:
                result.extend(_args_from_file(self, text[1:]))
            else:
                result.append(text)
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_for(self, action, pattern):
        sizes = _match_groups([_nargs_atoms(action)], pattern)
        if sizes is not None:
            return sizes[0]
        raise ArgumentError(action, _count_complaint(action.nargs))

    def _match_partial(self, actions, pattern):
        for size in range(len(actions), 0, -1):
            sizes = _match_groups([_nargs_atoms(a) for a in actions[:size]],
                                  pattern)
            if sizes is not None:
                return sizes
        return []

    def _parse_optional(self, text):
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._option_string_actions:
            return self._option_string_actions[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            flag, attached = text.split('=', 1)
            if flag in self._option_string_actions:
                return self._option_string_actions[flag], flag, attached
        if self.allow_abbrev:
            candidates = self._get_option_tuples(text)
            if len(candidates) > 1:
                names = ', '.join([c[1] for c in candidates])
                self.error('ambiguous option: %s could match %s'
                           % (text, names))
            elif len(candidates) == 1:
                return candidates[0]
        if _looks_negative(text) and not self._negative_options:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _get_option_tuples(self, text):
        chars = self.prefix_chars
        found = []
        if text[0] in chars and text[1] in chars:
            if self.allow_abbrev:
                if '=' in text:
                    prefix, attached = text.split('=', 1)
                else:
                    prefix, attached = text, None
                for flag in self._option_string_actions:
                    if flag.startswith(prefix):
                        found.append((self._option_string_actions[flag],
                                      flag, attached))
        elif text[0] in chars:
            short = text[:2]
            tail = text[2:]
            for flag in self._option_string_actions:
                action = self._option_string_actions[flag]
                if flag == short:
                    found.append((action, flag, tail))
                elif flag.startswith(text):
                    found.append((action, flag, None))
        else:
            self.error('unexpected option string: %s' % text)
        return found

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        nargs = action.nargs
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and nargs == ZERO_OR_MORE and \
                not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            # of a subparser's strings only the name is a choice; REMAINDER
            # strings are not checked
            if nargs == PARSER:
                checked = [value[0]]
            else:
                checked = [] if nargs == REMAINDER else value
            for item in checked:
                self._check_value(action, item)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if callable(convert):
            try:
                return convert(text)
            except ArgumentTypeError as err:
                # the type's own message
                raise ArgumentError(action, str(err))
            except (TypeError, ValueError):
                # named by the type's __name__, else its repr
                name = _name_of(action.type, None)
                shown = repr(action.type) if name is None else name
                raise ArgumentError(action, 'invalid %s value: %r'
                                    % (shown, text))
        raise ArgumentError(action, '%r is not callable' % (convert,))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None or value in choices:
            return
        listed = ', '.join([repr(c) for c in choices])
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                            % (value, listed))

    # -- help ------------------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return _usage_formatter(self).format_help()

    def format_help(self):
        formatter = _usage_formatter(self)
        formatter.add_text(self.description)
        for group in self._action_groups:
            _add_group_help(formatter, group)
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def error(self, message):
        # the usage and the message on stderr, then exit status 2
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def _print_message(self, message, file=None):
        if not message:
            return
        (_sys.stderr if file is None else file).write(message)


def _usage_formatter(parser):
    # a formatter of parser's, holding its usage line
    formatter = parser._get_formatter()
    formatter.add_usage(parser.usage, parser._actions,
                        parser._mutually_exclusive_groups)
    return formatter


def _add_group_help(formatter, group):
    # one group's section: title, description, arguments
    formatter.start_section(group.title)
    formatter.add_text(group.description)
    formatter.add_arguments(group._group_actions)
    formatter.end_section()
