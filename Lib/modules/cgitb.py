"""Detailed reports of uncaught exceptions, for CGI scripts and consoles.

enable() installs a sys.excepthook that describes each frame of the
traceback with its source lines and the values of the variables they use,
as HTML (for a browser) or plain text; html() and text() build the same
reports from an exc_info() triple.
"""

import inspect
import keyword
import linecache
import os
import pydoc
import sys
import tempfile
import time
import tokenize
import traceback


def reset():
    """Markup that gets a browser out of whatever tags a script's partial
    output may have left open."""
    return ('<!--: spam\n'
            'Content-Type: text/html\n\n'
            '<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> -->\n'
            '<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> --> -->\n'
            + ' '.join(['</font>'] * 3 + ['</script>', '</object>', '</blockquote>', '</pre>'])
            + '\n' + ' '.join(['</table>'] * 5 + ['</font>'] * 3))


__UNDEF__ = []      # the value of a name no namespace defines


def _wrap(before, after):
    def markup(text):
        return before + text + after if text else ''
    return markup


small = _wrap('<small>', '</small>')
strong = _wrap('<strong>', '</strong>')
grey = _wrap('<font color="#909090">', '</font>')


def lookup(name, frame, locals):
    """Where name is found from frame (with locals as its local names):
    ('local', value), ('global', value), ('builtin', value) or
    (None, __UNDEF__)."""
    if name in locals:
        return 'local', locals[name]
    if name in frame.f_globals:
        return 'global', frame.f_globals[name]
    builtins = frame.f_globals.get('__builtins__', __builtins__)
    if builtins is not None:
        if not isinstance(builtins, dict):
            builtins = getattr(builtins, '__dict__', {})
        if name in builtins:
            return 'builtin', builtins[name]
    return None, __UNDEF__


def scanvars(reader, frame, locals):
    """The names and dotted attributes the tokens from reader use, up to the
    end of the statement: a list of (name, where, value), where is 'local',
    'global', 'builtin' or None for a name, the dotted prefix for an
    attribute."""
    found = []
    previous = None
    parent = None
    prefix = ''
    value = __UNDEF__
    try:
        for kind, token, _, _, _ in tokenize.generate_tokens(reader):
            if kind == tokenize.NEWLINE:
                break
            if kind == tokenize.NAME and token not in keyword.kwlist:
                if previous != '.':
                    where, value = lookup(token, frame, locals)
                    found.append((token, where, value))
                elif parent is not __UNDEF__:
                    value = getattr(parent, token, __UNDEF__)
                    found.append((prefix + token, prefix, value))
            elif token == '.':
                prefix = prefix + str(previous) + '.'
                parent = value
            else:
                parent, prefix = None, ''
            previous = token
    except tokenize.TokenError:
        pass
    return found


def _records(etb, context):
    try:
        return inspect.getinnerframes(etb, context)
    except Exception:
        return []


def _scan_frame(frame, file, lnum):
    numbers = iter(range(lnum, lnum + 1000))

    def readline():
        return linecache.getline(file, next(numbers, 0))
    try:
        return scanvars(readline, frame, frame.f_locals)
    except Exception:
        return []


def _exception_attributes(evalue, private):
    names = []
    for name in dir(evalue):
        if name.startswith('_') and not private:
            continue
        try:
            value = getattr(evalue, name)
        except Exception:
            continue
        names.append((name, value))
    return names


# The prose of the reports (what 3.6 prints, line for line).
_INTRO = ("A problem occurred in a Python script.  Here is the sequence of\n"
          "function calls leading up to the error, in the order they occurred.")
_HTML_OUTRO = (
    "<!-- The above is a description of an error in a Python program, formatted\n"
    "     for a Web browser because the 'cgitb' module was enabled.  In case you\n"
    "     are not reading this in a Web browser, here is the original traceback:\n")
_TEXT_OUTRO = ("The above is a description of an error in a Python program.  Here is\n"
               "the original traceback:\n")


def _heading(einfo):
    """(exception name, interpreter line, date) for a report's top."""
    kind = einfo[0]
    name = str(kind.__name__ if isinstance(kind, type) else kind)
    where = 'Python %s: %s' % (sys.version.split()[0], sys.executable)
    return name, where, time.ctime(time.time())


def _call(frame, func, render):
    """'in func(args)' with each argument value shown by render."""
    if func == '?':
        return ''
    if func == '<module>':
        return func, '()'
    shown = inspect.formatargvalues(*inspect.getargvalues(frame),
                                    formatvalue=lambda value: '=' + render(value))
    return func, shown


def _frame_names(frame, file, lnum):
    """scanvars' (name, where, value) for the line, each name once."""
    seen = set()
    for name, where, value in (_scan_frame(frame, file, lnum) if lnum else []):
        if name not in seen:
            seen.add(name)
            yield name, where, value


def _numbered(lines, lnum, index):
    """(number, text, current?) for the context lines of a frame."""
    if index is None:
        return []
    first = lnum - index
    return [(first + i, text, first + i == lnum) for i, text in enumerate(lines)]


def _original_traceback(einfo):
    return ''.join(traceback.format_exception(*einfo))


def html(einfo, context=5):
    """An HTML page describing the exception einfo (an exc_info() triple),
    showing context lines of source around each frame's current line."""
    H = pydoc.html
    name, where, date = _heading(einfo)
    parts = ['<body bgcolor="#f0f0f8">',
             H.heading('<big><big>%s</big></big>' % strong(H.escape(name)),
                       '#ffffff', '#6622aa', where + '<br>' + date),
             '\n<p>' + _INTRO + '</p>']
    for frame, file, lnum, func, lines, index in _records(einfo[2], context):
        if file:
            file = os.path.abspath(file)
            link = '<a href="file://%s">%s</a>' % (file, H.escape(file))
        else:
            file = link = '?'
        call = _call(frame, func, H.repr)
        title = 'in %s%s' % (strong(H.escape(call[0])), call[1]) if call else ''
        rows = ['<tr><td bgcolor="#d8bbff"><big>&nbsp;</big>%s %s</td></tr>' % (link, title)]
        for number, text, current in _numbered(lines, lnum, index):
            label = small('&nbsp;' * (5 - len(str(number))) + str(number)) + '&nbsp;'
            body = H.preformat(text)
            if current:
                rows.append('<tr><td bgcolor="#ffccee"><tt>=&gt;%s%s</tt></td></tr>' % (label, body))
            else:
                rows.append('<tr><td>%s</td></tr>' % grey('<tt>&nbsp;&nbsp;%s%s</tt>' % (label, body)))
        shown = []
        for vname, kind, value in _frame_names(frame, file, lnum):
            if value is __UNDEF__:
                shown.append(vname + ' <em>undefined</em>')
                continue
            if kind == 'local':
                label = strong(vname)
            elif kind in ('global', 'builtin'):
                label = '<em>%s</em> %s' % (kind, strong(vname))
            else:
                label = kind + strong(vname.rpartition('.')[2])
            shown.append('%s&nbsp;= %s' % (label, H.repr(value)))
        rows.append('<tr><td>%s</td></tr>' % small(grey(', '.join(shown))))
        parts.append('\n<table width="100%" cellspacing=0 cellpadding=0 border=0>\n'
                     + '\n'.join(rows) + '</table>')
    parts.append('<p>%s: %s' % (strong(H.escape(name)), H.escape(str(einfo[1]))))
    pad = '<tt>' + small('&nbsp;' * 5) + '&nbsp;</tt>'
    for attr, value in _exception_attributes(einfo[1], False):
        parts.append('\n<br>%s%s&nbsp;=\n%s' % (pad, attr, H.repr(value)))
    parts.append('\n\n\n%s\n%s\n-->\n' % (_HTML_OUTRO, H.escape(_original_traceback(einfo))))
    return ''.join(parts)


def text(einfo, context=5):
    """A plain-text report of the exception einfo (an exc_info() triple),
    showing context lines of source around each frame's current line."""
    T = pydoc.text
    name, where, date = _heading(einfo)
    parts = ['%s\n%s\n%s\n\n%s\n' % (name, where, date, _INTRO)]
    for frame, file, lnum, func, lines, index in _records(einfo[2], context):
        file = os.path.abspath(file) if file else '?'
        call = _call(frame, func, T.repr)
        block = [' %s %s' % (file, 'in %s%s' % call if call else '')]
        block += ['%5d %s' % (number, text.rstrip())
                  for number, text, _ in _numbered(lines, lnum, index)]
        shown = []
        for vname, kind, value in _frame_names(frame, file, lnum):
            if value is __UNDEF__:
                shown.append(vname + ' undefined')
                continue
            if kind == 'global':
                vname = 'global ' + vname
            elif kind != 'local':
                vname = kind + vname.rpartition('.')[2]
            shown.append('%s = %s' % (vname, T.repr(value)))
        block.append('\n'.join(shown))
        parts.append('\n%s\n' % '\n'.join(block))
    parts.append('%s: %s' % (name, einfo[1]))
    for attr, value in _exception_attributes(einfo[1], True):
        parts.append('\n    %s = %s' % (attr, T.repr(value)))
    parts.append('\n\n%s\n%s\n' % (_TEXT_OUTRO, _original_traceback(einfo)))
    return ''.join(parts)


class Hook:
    """An exception hook (for sys.excepthook) writing cgitb's reports."""

    def __init__(self, display=1, logdir=None, context=5, file=None,
                 format="html"):
        self.display = display      # show the report on file?
        self.logdir = logdir        # where to save a copy, if anywhere
        self.context = context      # source lines around each frame's line
        self.file = file or sys.stdout
        self.format = format

    def __call__(self, etype, evalue, etb):
        self.handle((etype, evalue, etb))

    def handle(self, info=None):
        """Report the exception info (by default the one being handled)."""
        info = info or sys.exc_info()
        html_format = self.format == "html"
        if html_format:
            self.file.write(reset())

        try:
            report = (html if html_format else text)(info, self.context)
            plain = False
        except Exception:
            # Reporting failed: fall back on the ordinary traceback.
            report = ''.join(traceback.format_exception(*info))
            plain = True

        if self.display:
            if plain:
                report = report.replace('&', '&amp;').replace('<', '&lt;')
                self.file.write('<pre>' + report + '</pre>\n')
            else:
                self.file.write(report + '\n')
        else:
            self.file.write('<p>A problem occurred in a Python script.\n')

        if self.logdir is not None:
            suffix = '.html' if html_format else '.txt'
            fd, path = tempfile.mkstemp(suffix=suffix, dir=self.logdir)
            try:
                with os.fdopen(fd, 'w') as log:
                    log.write(report)
                message = '%s contains the description of this error.' % path
            except Exception:
                message = 'Tried to save traceback to %s, but failed.' % path
            if html_format:
                message = '<p>%s</p>\n' % message
            else:
                message += '\n'
            self.file.write(message)
        try:
            self.file.flush()
        except Exception:
            pass


handler = Hook().handle


def enable(display=1, logdir=None, context=5, format="html"):
    """Install the detailed report as sys.excepthook; with logdir, each
    report is also saved in a file there."""
    sys.excepthook = Hook(display=display, logdir=logdir,
                          context=context, format=format)
