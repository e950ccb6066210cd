"""The interface of GNU readline, kept in memory: the history list and
its files, the completer and its settings. Line editing itself is the
interactive prompt's business; here the settings are only stored."""

import os

# The GNU readline the module stands in for (8.2): what tests compare
# against to tell which features a readline has.
_READLINE_VERSION = 0x0802
_READLINE_RUNTIME_VERSION = 0x0802

_state = {
    'history': [],
    'length': -1,
    'auto': True,
    'completer': None,
    'startup_hook': None,
    'pre_input_hook': None,
    'display_hook': None,
    'delims': ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?',
    'bindings': [],
}


def _callable_or_none(name, function):
    if function is not None and not callable(function):
        raise TypeError('%s(func): argument not callable' % name)
    return function


def _text(name, value):
    if not isinstance(value, str):
        raise TypeError('%s() argument must be str, not %s' % (name, type(value).__name__))
    return value


def parse_and_bind(string):
    """Execute the init line provided in the string argument."""
    _state['bindings'].append(_text('parse_and_bind', string))


def read_init_file(filename=None):
    """Execute a readline initialization file (default: the last one
    read): each line is kept as a binding."""
    name = os.path.expanduser(filename or os.environ.get('INPUTRC', '~/.inputrc'))
    with open(name) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                _state['bindings'].append(line)


def insert_text(string):
    """Insert text into the line buffer at the cursor position."""
    _text('insert_text', string)


def redisplay():
    """Change what's displayed on the screen to reflect the current
    contents of the line buffer."""


def get_line_buffer():
    """The contents of the line buffer (always empty here)."""
    return ''


def _history_path(filename):
    return os.path.expanduser('~/.history') if filename is None else os.fspath(filename)


def read_history_file(filename=None):
    """Load a readline history file (default ~/.history)."""
    with open(_history_path(filename), encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            _state['history'].append(line.rstrip('\n'))


def _kept(entries):
    if _state['length'] >= 0:
        return entries[len(entries) - _state['length']:] if _state['length'] else []
    return entries


def write_history_file(filename=None):
    """Save the history to a file (default ~/.history), keeping only the
    last get_history_length() entries when that is not negative."""
    entries = _kept(list(_state['history']))
    with open(_history_path(filename), 'w', encoding='utf-8', errors='surrogateescape') as f:
        for line in entries:
            f.write(line + '\n')


def append_history_file(nelements, filename=None):
    """Append the last nelements items of the history to a file."""
    entries = _state['history'][max(0, len(_state['history']) - nelements):] if nelements > 0 else []
    # As GNU readline's append_history: the file must exist already.
    with open(_history_path(filename), 'r+', encoding='utf-8', errors='surrogateescape') as f:
        f.seek(0, os.SEEK_END)
        for line in entries:
            f.write(line + '\n')


def get_history_length():
    """How many lines history files keep (-1: all)."""
    return _state['length']


def set_history_length(length):
    """Set how many lines history files keep (negative: all)."""
    if not isinstance(length, int):
        raise TypeError('an integer is required (got type %s)' % type(length).__name__)
    _state['length'] = length


def clear_history():
    """Clear the current readline history."""
    del _state['history'][:]


def get_current_history_length():
    """The number of lines in the history."""
    return len(_state['history'])


def get_history_item(index):
    """The history line at index, counted from 1; None outside."""
    if 1 <= index <= len(_state['history']):
        return _state['history'][index - 1]
    return None


def _position(pos):
    if pos < 0:
        raise ValueError("History index cannot be negative")
    if pos >= len(_state['history']):
        raise ValueError("No history item at position %d" % pos)
    return pos


def remove_history_item(pos):
    """Remove the history line at pos, counted from 0."""
    del _state['history'][_position(pos)]


def replace_history_item(pos, line):
    """Replace the history line at pos, counted from 0, with line."""
    _state['history'][_position(pos)] = _text('replace_history_item', line)


def add_history(string):
    """Add a line to the history."""
    _state['history'].append(_text('add_history', string))


def set_auto_history(enabled):
    """Whether lines read at the prompt join the history."""
    _state['auto'] = bool(enabled)


def set_startup_hook(function=None):
    """The function called before the prompt appears (None: none)."""
    _state['startup_hook'] = _callable_or_none('set_startup_hook', function)


def set_pre_input_hook(function=None):
    """The function called after the prompt, before input is read."""
    _state['pre_input_hook'] = _callable_or_none('set_pre_input_hook', function)


def set_completer(function=None):
    """The completer, called as function(text, state) for state 0, 1, ...
    until it returns a non-string."""
    _state['completer'] = _callable_or_none('set_completer', function)


def get_completer():
    """The completer set, or None."""
    return _state['completer']


def get_completion_type():
    """The type of completion being attempted (0 outside one)."""
    return 0


def get_begidx():
    """The start of the completion scope in the line buffer."""
    return 0


def get_endidx():
    """The end of the completion scope in the line buffer."""
    return 0


def set_completer_delims(string):
    """The characters that end a word for completion."""
    _state['delims'] = _text('set_completer_delims', string)


def get_completer_delims():
    """The characters that end a word for completion."""
    return _state['delims']


def set_completion_display_matches_hook(function=None):
    """The function that shows completion matches (None: readline's)."""
    _state['display_hook'] = _callable_or_none('set_completion_display_matches_hook', function)


def _complete(text):
    # Every completion of text the completer gives (for the prompt).
    found = []
    completer = _state['completer']
    if completer is None:
        return found
    for state in range(10000):
        item = completer(text, state)
        if not isinstance(item, str):
            break
        found.append(item)
    return found
