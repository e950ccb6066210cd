"""The debugger framework pdb is built on.

Bdb receives the interpreter's trace events (sys.settrace) and decides
where execution stops; a subclass says what a stop does through the
user_call, user_line, user_return and user_exception methods, and moves
on with the set_* methods (step, next, return, until, continue, quit).
Breakpoints are Breakpoint objects, shared by every debugger.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# Code flags of functions whose frames are resumed: a generator ends its
# frame at every yield, which must not count as leaving it.
_RESUMABLE = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Exception to give up completely."""


def _resumable(frame):
    return bool(frame.f_code.co_flags & _RESUMABLE)


class Bdb:
    """Generic Python debugger base class: it stops, the subclass acts.

    skip, if given, is a sequence of glob patterns: frames of modules
    whose name matches one of them are never stopped in."""

    def __init__(self, skip=None):
        self.fncache = {}
        self.frame_returning = None
        self.breaks = {}
        self.skip = None
        if skip:
            self.skip = set(skip)

    # -- file names --------------------------------------------------------

    def canonic(self, filename):
        """The absolute, case-normalized form of filename; names such as
        <string> stay as they are."""
        if filename.startswith('<') and filename.endswith('>'):
            return filename
        known = self.fncache.get(filename)
        if not known:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget where the last session stopped."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- the trace function ------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The function given to sys.settrace: hands each event to its
        dispatch_* method and answers the next trace function."""
        if self.quitting:
            return None
        handler = _DISPATCH.get(event)
        if handler is not None:
            return handler(self, frame, arg)
        if event.startswith('c_'):
            return self.trace_dispatch
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def _leave_if_quitting(self):
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame, arg=None):
        """A new line: stop there when stepping reached it or a
        breakpoint holds it."""
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._leave_if_quitting()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """A function starts: trace it only when a stop may happen in it."""
        if self.botframe is None:
            # The first call is the code being debugged; its caller is
            # the bottom of the stack.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not self.stop_here(frame) and not self.break_anywhere(frame):
            return None
        if self.stopframe and _resumable(frame):
            # A generator resumed while a 'next' or 'until' waits.
            return self.trace_dispatch
        self.user_call(frame, arg)
        self._leave_if_quitting()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """A frame ends (or yields)."""
        if not (self.stop_here(frame) or frame == self.returnframe):
            return self.trace_dispatch
        if self.stopframe and _resumable(frame):
            return self.trace_dispatch
        self.frame_returning = frame
        try:
            self.user_return(frame, arg)
        finally:
            self.frame_returning = None
        self._leave_if_quitting()
        if frame is self.stopframe and self.stoplineno != -1:
            self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """An exception is raised in the frame."""
        kind = arg[0]
        if self.stop_here(frame):
            ending = _resumable(frame) and kind is StopIteration and arg[2] is None
            if not ending:
                self.user_exception(frame, arg)
                self._leave_if_quitting()
        elif (self.stopframe and frame is not self.stopframe
              and _resumable(self.stopframe)
              and kind in (StopIteration, GeneratorExit)):
            # The generator being stepped over ends in its consumer.
            self.user_exception(frame, arg)
            self._leave_if_quitting()
        return self.trace_dispatch

    # -- where to stop -----------------------------------------------------

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        return any(fnmatch.fnmatch(module_name, p) for p in self.skip)

    def stop_here(self, frame):
        """Whether the stepping state asks to stop in frame now."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        """Whether an effective breakpoint holds frame's line (or, for a
        function breakpoint, its first line)."""
        lines = self.breaks.get(self.canonic(frame.f_code.co_filename))
        if lines is None:
            return False
        line = frame.f_lineno
        if line not in lines:
            line = frame.f_code.co_firstlineno
            if line not in lines:
                return False
        bp, counted = effective(self.canonic(frame.f_code.co_filename), line, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if counted and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove temporary breakpoint number arg: subclasses say how."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Whether frame's file has any breakpoint."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- what a stop does (for subclasses) ---------------------------------

    def user_call(self, frame, argument_list):
        """Called when stopping in a function that was just entered."""

    def user_line(self, frame):
        """Called when stopping at a line."""

    def user_return(self, frame, return_value):
        """Called when stopping where a function returns."""

    def user_exception(self, frame, exc_info):
        """Called when stopping where an exception is raised."""

    # -- moving on ---------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        # stopframe: the frame to stop in (None: any); returnframe: stop
        # when it returns; stoplineno: in stopframe, only from this line
        # on (-1: never).
        self.quitting = False
        self.stoplineno = stoplineno
        self.stopframe, self.returnframe = stopframe, returnframe

    def set_until(self, frame, lineno=None):
        """Stop at a line after lineno (the next one by default) in frame,
        or when it returns."""
        self._set_stopinfo(frame, frame, frame.f_lineno + 1 if lineno is None else lineno)

    def set_step(self):
        """Stop at the very next event."""
        returning = self.frame_returning
        if returning:
            # Stepping out of a function into a caller that is not
            # traced: trace it from here on.
            caller = returning.f_back
            if caller and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop at the next line in frame (or a frame above it)."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if _resumable(frame):
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (the caller's by default)."""
        self.reset()
        start = sys._getframe(1) if frame is None else frame
        dispatch = self.trace_dispatch
        for f in _callers(start):
            f.f_trace = dispatch
            self.botframe = f
        self.set_step()
        sys.settrace(dispatch)

    def set_continue(self):
        """Run on to the next breakpoint; without breakpoints, stop
        tracing altogether."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            for f in _callers(sys._getframe(1), self.botframe):
                del f.f_trace

    def set_quit(self):
        """Stop debugging: BdbQuit leaves the code being debugged."""
        sys.settrace(None)
        self.quitting = True
        self.stopframe, self.returnframe = self.botframe, None

    # -- breakpoints -------------------------------------------------------

    def set_break(self, filename, lineno, temporary=False, cond=None,
                  funcname=None):
        """Add a breakpoint; an error message when the line does not
        exist, else None."""
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _prune_breaks(self, filename, lineno):
        # Drop the line from breaks once no Breakpoint holds it.
        if (filename, lineno) in Breakpoint.bplist:
            return
        self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Remove the breakpoints at filename:lineno; an error message
        when there is none."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Remove breakpoint number arg; an error message if it cannot."""
        try:
            doomed = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        doomed.deleteMe()
        self._prune_breaks(doomed.file, doomed.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Remove every breakpoint of a file."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks.pop(filename):
            for bp in list(Breakpoint.bplist[filename, line]):
                bp.deleteMe()
        return None

    def clear_all_breaks(self):
        """Remove every breakpoint."""
        if self.breaks:
            for each in [b for b in Breakpoint.bpbynumber if b]:
                each.deleteMe()
            self.breaks = {}
            return None
        return 'There are no breakpoints'

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered arg (an int or a str); ValueError when
        there is none."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        number = _as_number(arg)
        table = Breakpoint.bpbynumber
        if not -len(table) <= number < len(table):
            raise ValueError('Breakpoint number %d out of range' % number)
        found = table[number]
        if found is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return found

    def get_break(self, filename, lineno):
        """Whether filename:lineno has a breakpoint."""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        """The Breakpoints at filename:lineno (a list, maybe empty)."""
        filename = self.canonic(filename)
        if filename in self.breaks and lineno in self.breaks[filename]:
            return Breakpoint.bplist[filename, lineno] or []
        return []

    def get_file_breaks(self, filename):
        """The lines of a file that have breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """Every file's breakpoint lines."""
        return self.breaks

    # -- the stack ---------------------------------------------------------

    def get_stack(self, f, t):
        """The (frame, lineno) pairs from the bottom frame up to f, then
        those of traceback t; and the index of f among them."""
        if t and t.tb_frame is f:
            t = t.tb_next
        frames = []
        while f is not None:
            frames.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        frames.reverse()
        index = max(0, len(frames) - 1)
        while t is not None:
            frames.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(frames) - 1)
        return frames, index

    def frame_locals(self, frame):
        """frame.f_locals with the names the debugger noted for the frame
        (its return value, its exception): here f_locals is a new
        snapshot at each access, so what is stored in it does not stay."""
        local = frame.f_locals
        noted = getattr(self, '_frame_notes', {}).get(frame)
        if noted:
            local.update(noted)
        return local

    def note_local(self, frame, name, value):
        """Remember name = value among frame's locals for this stop."""
        try:
            notes = self._frame_notes
        except AttributeError:
            notes = self._frame_notes = {}
        notes.setdefault(frame, {})[name] = value
        frame.f_locals[name] = value

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """One line describing a stack entry: file(line)function(), the
        return value when there is one, then the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        parts = ['%s(%r)' % (filename, lineno), frame.f_code.co_name or '<lambda>']
        local = self.frame_locals(frame)
        args = local.get('__args__') if '__args__' in local else None
        parts.append(reprlib.repr(args) if args else '()')
        if '__return__' in local:
            parts.append('->' + reprlib.repr(local['__return__']))
        text = linecache.getline(filename, lineno, frame.f_globals)
        if text:
            parts.append(lprefix + text.strip())
        return ''.join(parts)

    # -- running code under the debugger -----------------------------------

    # The code runs straight from these methods, with no function of
    # the debugger's in between: the first call event names the bottom
    # frame (the method's own).

    def _start(self):
        self.reset()
        sys.settrace(self.trace_dispatch)

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (a string or a code object), executed in
        __main__'s namespace by default."""
        globals, locals = _namespaces(globals, locals)
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        self._start()
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression; its value (None after a quit)."""
        globals, locals = _namespaces(globals, locals)
        self._start()
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            return None
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """run() with explicit namespaces (kept for compatibility)."""
        self.run(cmd, globals, locals)

    def runcall(*args, **kwds):
        """Debug one call of func(*args, **kwds); its result."""
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'runcall' of 'Bdb' object needs an argument")
            raise TypeError('runcall expected at least 1 positional argument, got %d' % (len(args) - 1))
        self, func = args[0], args[1]
        outcome = None
        self._start()
        try:
            outcome = func(*args[2:], **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return outcome


_DISPATCH = {
    'line': Bdb.dispatch_line,
    'call': Bdb.dispatch_call,
    'return': Bdb.dispatch_return,
    'exception': Bdb.dispatch_exception,
}


def _callers(frame, until=None):
    # frame and its callers, outwards, up to (not including) until.
    while frame and frame is not until:
        yield frame
        frame = frame.f_back


def _as_number(arg):
    try:
        return int(arg)
    except ValueError:
        raise ValueError('Non-numeric breakpoint number %s' % arg) from None


def _namespaces(globals, locals):
    if globals is None:
        import __main__
        globals = __main__.__dict__
    return globals, globals if locals is None else locals


def set_trace():
    """Start a Bdb session at the caller."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: a file and line, maybe a function, a condition, an
    ignore count, and whether it is temporary.

    The class keeps them all: bpbynumber by number (index 0 is unused,
    deleted ones are None) and bplist by (file, line)."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.file, self.line, self.funcname = file, line, funcname
        self.temporary, self.cond = temporary, cond
        self.enabled = True
        self.hits = self.ignore = 0
        self.func_first_executable_line = None
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        """Remove the breakpoint from the class's tables."""
        where = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[where].remove(self)
        if not self.bplist[where]:
            del self.bplist[where]

    def enable(self):
        """Let the breakpoint stop again."""
        self.enabled = True

    def disable(self):
        """Keep the breakpoint without its stops."""
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (sys.stdout by default)."""
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint described as pdb's break command lists it."""
        disp = ('del  ' if self.temporary else 'keep ') + ('yes  ' if self.enabled else 'no   ')
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disp, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b applies to frame's current line: its line for
    a line breakpoint, the function's first executed line for a function
    breakpoint."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """The breakpoint at file:line that stops frame, and whether it was
    counted as a hit without trouble (False when its condition raised);
    (None, None) when none stops it."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                holds = eval(b.cond, frame.f_globals, frame.f_locals)
            except:
                # A condition that cannot be evaluated stops anyway.
                return (b, False)
            if not holds:
                continue
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return (b, True)
    return (None, None)
