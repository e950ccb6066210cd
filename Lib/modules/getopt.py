"""Command-line option parsing in the style of C's getopt().

getopt() stops at the first argument that is not an option; gnu_getopt()
lets options and operands mix, as GNU's getopt does.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A malformed command line: .msg says what, .opt names the option."""

    msg = opt = ''

    def __str__(self):
        return self.msg

    def __init__(self, msg, opt=''):
        Exception.__init__(self, msg, opt)
        self.msg, self.opt = msg, opt


error = GetoptError


def _refuse(text, name):
    raise GetoptError(text % name, name)


def _resolve_long(name, longopts):
    # Maps a possibly abbreviated long option to (full name, wants value).
    # An exact spelling wins over the names it is a prefix of.
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        _refuse('option --%s not recognized', name)
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if len(candidates) != 1:
        _refuse('option --%s not a unique prefix', name)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False


def _long_option(word, longopts, rest):
    # word is an argument "--name" or "--name=value" with the dashes
    # removed; rest are the arguments after it. Returns the (option,
    # value) pair and the arguments left over.
    name, eq, inline = word.partition('=')
    full, wants_value = _resolve_long(name, longopts)
    if not wants_value:
        if eq:
            _refuse('option --%s must not have an argument', full)
        return ('--' + full, ''), rest
    if eq:
        return ('--' + full, inline), rest
    if not rest:
        _refuse('option --%s requires argument', full)
    return ('--' + full, rest[0]), rest[1:]


def _short_wants_value(letter, shortopts):
    # ':' marks the letter before it; it is never an option itself.
    at = shortopts.find(letter) if letter != ':' else -1
    if at < 0:
        _refuse('option -%s not recognized', letter)
    return shortopts.startswith(':', at + 1)


def _short_options(cluster, shortopts, rest):
    # cluster is "-abc" without its dash: letters, the last of which (or
    # the first that wants a value) may take the remainder or the next
    # argument as its value.
    pairs = []
    pos = 0
    while pos < len(cluster):
        letter = cluster[pos]
        pos += 1
        if not _short_wants_value(letter, shortopts):
            pairs.append(('-' + letter, ''))
            continue
        if pos < len(cluster):
            value = cluster[pos:]
        elif rest:
            value, rest = rest[0], rest[1:]
        else:
            _refuse('option -%s requires argument', letter)
        pairs.append(('-' + letter, value))
        break
    return pairs, rest


def _as_long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses the options at the front of args (usually sys.argv[1:]) and
    returns the (option, value) pairs and the arguments after them.
    Raises GetoptError for an unknown option or a missing value.
    """
    longs = _as_long_list(longopts)
    found = []
    while args and args[0].startswith('-') and args[0] != '-':
        head, args = args[0], args[1:]
        if head == '--':
            break
        if head.startswith('--'):
            pair, args = _long_option(head[2:], longs, args)
            found.append(pair)
        else:
            pairs, args = _short_options(head[1:], shortopts, args)
            found.extend(pairs)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """gnu_getopt(args, options[, long_options]) -> opts, args

    As getopt(), but options may follow operands, unless shortopts starts
    with '+' or POSIXLY_CORRECT is set in the environment, in which case
    the first operand ends the options.
    """
    longs = _as_long_list(longopts)
    strict = 'POSIXLY_CORRECT' in os.environ
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        strict = True
    found = []
    operands = []
    while args:
        head = args[0]
        if head == '--':
            operands.extend(args[1:])
            break
        if head.startswith('--'):
            pair, args = _long_option(head[2:], longs, args[1:])
            found.append(pair)
        elif head.startswith('-') and head != '-':
            pairs, args = _short_options(head[1:], shortopts, args[1:])
            found.extend(pairs)
        elif strict:
            operands.extend(args)
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))


# -- CPython's helper functions, which programs call directly too ----------

def do_longs(opts, opt, longopts, args):
    """Append the (option, value) pair of the long option opt (without its
    dashes) to opts; return (opts, the arguments left)."""
    pair, rest = _long_option(opt, longopts, args)
    opts.append(pair)
    return opts, rest


def do_shorts(opts, optstring, shortopts, args):
    """Append the pairs of the short option cluster optstring (without its
    dash) to opts; return (opts, the arguments left)."""
    pairs, rest = _short_options(optstring, shortopts, args)
    opts.extend(pairs)
    return opts, rest


def long_has_args(opt, longopts):
    """(whether it takes a value, full name) of the long option opt."""
    full, wants_value = _resolve_long(opt, longopts)
    return wants_value, full


def short_has_arg(opt, shortopts):
    """Whether the short option letter opt takes a value."""
    return _short_wants_value(opt, shortopts)
