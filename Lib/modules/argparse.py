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

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


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
    """Every run of whitespace becomes one space; the ends are stripped."""
    return ' '.join(text.split())


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


class HelpFormatter(object):
    """Lays out usage, descriptions and argument help."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        # each block: ('usage', text) | ('text', text, indent) | ('section', title, items)
        self._blocks = []
        self._section = None

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
        def fill(parts, indent, first_prefix=None):
            lines = []
            line = []
            if first_prefix is not None:
                size = len(first_prefix) - 1
            else:
                size = len(indent) - 1
            for part in parts:
                if line and size + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    size = len(indent) - 1
                line.append(part)
                size += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(fill(opt_parts, indent))
                lines.extend(fill(pos_parts, indent))
            lines = [prog] + lines
        return lines

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
            if start in marks:
                marks[start] = marks[start] + ' ' + opener
            else:
                marks[start] = opener
            marks[end] = closer
            for k in range(start + 1, end):
                marks[k] = '|'
        pieces = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                piece = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in grouped and piece[:1] == '[' and \
                        piece[-1:] == ']':
                    piece = piece[1:-1]
            else:
                flag = action.option_strings[0]
                if action.nargs == 0:
                    piece = flag
                else:
                    piece = '%s %s' % (flag, self._format_args(
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
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
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

    def _fill_text(self, text, width, indent):
        return '\n'.join(_wrap(_collapse_spaces(text), width, indent, indent))

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


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
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
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
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return dict(vars(self)) == dict(vars(other))

    def __ne__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return dict(vars(self)) != dict(vars(other))

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


class Action(_AttributeHolder):
    """What to do with an argument when it is found on the command line."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be > 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
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
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True,
                                   default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False,
                                   default, required, help)


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
        if nargs == 0:
            raise ValueError('nargs for append actions must be > 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
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
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
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
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
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
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=self._name_parser_map, help=help,
                        metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if 'help' in kwargs:
            self._choices_actions.append(
                _ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map)))
        sub = self._name_parser_map[name]
        subspace, rest = sub.parse_known_args(rest, None)
        values = dict(vars(subspace))
        for key in values:
            setattr(namespace, key, values[key])
        if rest:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class FileType(object):
    """A type factory opening the named file (or '-' for stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            if 'w' in self._mode:
                return _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            if self._encoding is None and self._errors is None and \
                    self._bufsize == -1:
                return open(string, self._mode)
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


class _ActionsContainer(object):

    def _share_state(self, owner):
        self._owner = owner
        self._actions = owner._actions
        self._option_string_actions = owner._option_string_actions
        self._defaults = owner._defaults
        self._negative_options = owner._negative_options
        self._mutually_exclusive_groups = owner._mutually_exclusive_groups
        self._registries = owner._registries

    def register(self, registry_name, value, obj):
        self._registries.setdefault(registry_name, {})[value] = obj

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries.get(registry_name, {})
        if value is None or isinstance(value, str):
            return table.get(value, default)
        return default

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        kind = kwargs.pop('action', None)
        action_class = self._registry_get('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        try:
            HelpFormatter('')._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        for flag in action.option_strings:
            if _looks_negative(flag) and not self._negative_options:
                self._negative_options.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _positional_kwargs(self, dest=None, **kwargs):
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
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
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
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

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
            for key in parent._defaults:
                self._defaults[key] = parent._defaults[key]

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._registry_get('action', kind, kind)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing ---------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and \
                    not hasattr(namespace, action.dest) and \
                    action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def _parse(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        rivals = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                rivals.setdefault(id(action), []).extend(
                    members[:i] + members[i + 1:])

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
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
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
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
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
            if not text or text[0] not in self.fromfile_prefix_chars:
                result.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    loaded = []
                    for line in handle.read().splitlines():
                        for arg in self.convert_arg_line_to_args(line):
                            loaded.append(arg)
                    result.extend(self._read_args_from_files(loaded))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_for(self, action, pattern):
        sizes = _match_groups([_nargs_atoms(action)], pattern)
        if sizes is not None:
            return sizes[0]
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        elif nargs == 1:
            message = 'expected %s argument' % nargs
        else:
            message = 'expected %s arguments' % nargs
        raise ArgumentError(action, message)

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
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = _name_of(action.type, None)
            if name is None:
                name = repr(action.type)
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action,
                                'invalid choice: %r (choose from %s)' % (
                                    value,
                                    ', '.join([repr(c)
                                               for c in action.choices])))

    # -- help ------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
