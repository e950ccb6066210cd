"""Read-eval-print loops that imitate the interactive interpreter.

InteractiveInterpreter compiles and runs source in a namespace, printing
errors as the interpreter's prompt does; InteractiveConsole adds the
buffering of lines and the prompt loop (interact()). interact() runs one
on standard input.
"""

from codeop import CommandCompiler, compile_command
import sys
import traceback

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


def _default_hook():
    # Whether sys.excepthook is still the interpreter's own.
    return sys.excepthook is getattr(sys, '__excepthook__', sys.excepthook)


# What _compiled returns for source it has reported as invalid.
_REPORTED = object()


def _renamed(error, filename):
    # The SyntaxError error as raised for filename, when its args have the
    # usual (msg, (file, lineno, offset, text)) shape.
    args = error.args
    if len(args) == 2 and isinstance(args[1], tuple) and len(args[1]) == 4:
        return SyntaxError(args[0], (filename,) + tuple(args[1][1:]))
    return error


class InteractiveInterpreter:
    """Compile and run source in the namespace locals (a new dict with
    __name__ '__console__' and __doc__ None by default)."""

    def __init__(self, locals=None):
        self.compile = CommandCompiler()
        self.locals = {"__name__": "__console__", "__doc__": None} if locals is None else locals

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. Return True when it needs more lines
        (nothing ran); otherwise False, after running it or, if it does
        not compile, after showing the syntax error."""
        outcome = self._compiled(source, filename, symbol)
        if outcome is _REPORTED:
            return False
        if outcome is None:
            return True
        self.runcode(outcome)
        return False

    def _compiled(self, source, filename, symbol):
        # The code, None when incomplete, _REPORTED after showing why it
        # does not compile.
        try:
            return self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
        return _REPORTED

    def runcode(self, code):
        """Run a code object in self.locals, showing any exception but
        SystemExit, which propagates."""
        try:
            exec(code, self.locals)
        except BaseException as exc:
            if isinstance(exc, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled, as the prompt does (no
        traceback), naming filename as its file when given."""
        kind, value, tb = sys.exc_info()
        if filename and kind is SyntaxError:
            value = _renamed(value, filename)
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        if _default_hook():
            self.write(''.join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Show the exception being handled with its traceback, less the
        frame of runcode() itself."""
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        try:
            if _default_hook():
                self.write(''.join(traceback.format_exception(kind, value, tb.tb_next)))
            else:
                sys.excepthook(kind, value, tb)
        finally:
            tb = None

    def write(self, data):
        """Write data to sys.stderr; override to send errors elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that collects lines until they make a
    complete statement, with a prompt loop; errors name filename."""

    def __init__(self, locals=None, filename="<console>"):
        self.filename = filename
        self.buffer = []
        super().__init__(locals)

    def resetbuffer(self):
        """Forget the lines collected so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt for lines (sys.ps1, then sys.ps2 while a statement is
        incomplete) and run them until end of input.

        banner is written first (by default the interpreter's version
        and a note naming the class; '' writes nothing); exitmsg last (by
        default 'now exiting <class>...'; '' writes nothing)."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = ">>> "
        if not hasattr(sys, 'ps2'):
            sys.ps2 = "... "
        name = self.__class__.__name__
        if banner is None:
            notice = 'Type "help", "copyright", "credits" or "license" for more information.'
            banner = "Python %s on %s\n%s\n(%s)" % (sys.version, sys.platform, notice, name)
        if banner:
            self.write("%s\n" % str(banner))
        more = False
        while more is not None:
            more = self._step(more)
        if exitmsg is None:
            self.write('now exiting %s...\n' % name)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def _step(self, more):
        # Read and push one line; None at the end of the input.
        try:
            try:
                line = self.raw_input(sys.ps2 if more else sys.ps1)
            except EOFError:
                self.write("\n")
                return None
            return self.push(line)
        except KeyboardInterrupt:
            self.write("\nKeyboardInterrupt\n")
        self.buffer = []
        return False

    def push(self, line):
        """Add line (without its newline) to the statement being
        collected and try to run it. Return True while more lines are
        needed; once it ran (or failed to compile) the buffer is emptied
        and False returned."""
        self.buffer.append(line)
        if self.runsource("\n".join(self.buffer), self.filename):
            return True
        self.resetbuffer()
        return False

    def raw_input(self, prompt=""):
        """Read a line with input(prompt); EOFError at the end."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over namespace local, reading lines with
    readfunc(prompt) if given (else input(), with readline editing when
    the readline module is there); banner and exitmsg are interact()'s."""
    console = InteractiveConsole(local)
    if readfunc is None:
        _enable_line_editing()
    else:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


def _enable_line_editing():
    # Importing readline gives input() history and editing, where it exists.
    try:
        __import__('readline')
    except ImportError:
        return


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true', help="don't print version and copyright messages")
    quiet = parser.parse_args().q
    interact('' if quiet or sys.flags.quiet else None)
