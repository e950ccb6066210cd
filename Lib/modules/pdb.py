"""The Python debugger: an interactive source-level debugger.

Start it with `python -m pdb script.py`, pdb.run('statement'), or by calling
pdb.set_trace() where the program should stop; pdb.pm() and post_mortem()
examine the traceback of an exception after the fact.  At the (Pdb) prompt,
`help` lists the commands: step, next, until, return, continue, jump, break,
tbreak, clear, enable, disable, condition, ignore, commands, where, up, down,
list, longlist, source, args, p, pp, whatis, display, undisplay, alias,
unalias, retval, run, debug, interact, quit; any other line is executed as a
Python statement in the current frame (prefix it with ! when it starts like
a command).  Commands may be separated by ;; on one line.  A .pdbrc file in
the home and the current directories is read at start-up.
"""

import bdb
import cmd
import code
import dis
import glob
import inspect
import linecache
import os
import pprint
import re
import signal
import sys
import traceback


class Restart(Exception):
    """Raised by the `run` command to start the debugged program again."""


__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


def find_function(funcname, filename):
    """(funcname, filename, line) of the first `def funcname(` in the file,
    or None."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        import tokenize
        handle = tokenize.open(filename)
    except OSError:
        return None
    with handle:
        for number, line in enumerate(handle, 1):
            if pattern.match(line):
                return funcname, filename, number
    return None


def getsourcelines(obj):
    """The source lines of obj and the number of the first one; a module or
    a module-level frame gives the whole file."""
    lines, first = inspect.findsource(obj)
    whole_file = inspect.ismodule(obj) or (
        inspect.isframe(obj) and obj.f_globals is obj.f_locals)
    if whole_file:
        return lines, 1
    return inspect.getblock(lines[first:]), first + 1


def lasti2lineno(code, lasti):
    """The line of the instruction at offset lasti in code."""
    lasti = dis._new_offset(code.co_code, lasti)  # dis's offsets are 3.6's
    found = 0
    for offset, line in dis.findlinestarts(code):
        if offset > lasti:
            break
        found = line
    return found


class _rstr(str):
    """A string whose repr is itself (for display's error notes)."""

    def __repr__(self):
        return self


line_prefix = '\n-> '


def _int_or_none(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def _tb_entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _readline_delims():
    """Let completion at the prompt see dotted names as one word."""
    try:
        import readline
    except ImportError:
        return
    try:
        readline.set_completer_delims(' \t\n`@#$%^&*()=+[{]}\\|;:\'",<>?')
    except AttributeError:
        pass


def _rc_lines():
    """The lines of ~/.pdbrc and ./.pdbrc, the files that exist."""
    names = ['.pdbrc']
    if 'HOME' in os.environ:
        names.insert(0, os.path.join(os.path.expanduser('~'), '.pdbrc'))
    lines = []
    for name in names:
        try:
            with open(name) as rc:
                lines += rc.readlines()
        except OSError:
            continue
    return lines


class Pdb(bdb.Bdb, cmd.Cmd):
    """The debugger: bdb.Bdb's tracing driven by cmd.Cmd's command loop."""

    _previous_sigint_handler = None

    # Commands that let the program run on: in a breakpoint's command list
    # they end the list.
    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return',
                         'do_quit', 'do_jump']

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        for base, args in ((bdb.Bdb, {'skip': skip}),
                           (cmd.Cmd, {'completekey': completekey,
                                      'stdin': stdin, 'stdout': stdout})):
            base.__init__(self, **args)
        # With a stdout of its own, the prompt cannot go through input().
        self.use_rawinput = 0 if stdout else self.use_rawinput
        self.__dict__.update(
            prompt='(Pdb) ', aliases={}, displaying={}, mainpyfile='',
            _wait_for_mainpyfile=False, tb_lineno={}, allow_kbdint=False,
            nosigint=nosigint, rcLines=[],
            # a breakpoint's number -> its command lines; whether to prompt
            # after running them; whether to leave out the stack line
            commands={}, commands_doprompt={}, commands_silent={},
            commands_defining=False, commands_bnum=None)
        _readline_delims()
        if readrc:
            self.rcLines.extend(_rc_lines())

    # -- the state of one stop --

    def sigint_handler(self, signum, frame):
        if not self.allow_kbdint:
            self.message("\nProgram interrupted. (Use 'cont' to resume).")
            self.set_step()
            return self.set_trace(frame)
        raise KeyboardInterrupt

    def reset(self):
        super().reset()
        self.forget()

    def forget(self):
        self.tb_lineno.clear()
        self.curframe, self.curindex, self.stack, self.lineno = None, 0, [], None

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        for entry in _tb_entries(tb):
            self.tb_lineno[entry.tb_frame] = lasti2lineno(entry.tb_frame.f_code, entry.tb_lasti)
        self.curframe = self.stack[self.curindex][0]
        # f_locals may be rebuilt at each access: keep one copy so that
        # assignments at the prompt persist while stopped here.
        self.curframe_locals = self.frame_locals(self.curframe)
        return self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return None
        pending = self.rcLines
        pending.reverse()
        self.rcLines = []
        while pending:
            line = pending.pop().strip()
            if line and line[0] != '#' and self.onecmd(line):
                # A resuming command: the rest waits for the next stop.
                self.rcLines += reversed(pending)
                return True
        return None

    # -- bdb's hooks --

    def _still_starting(self, frame=None):
        """True while a program run by _runscript has not reached its own
        first line (the debugger's statements run before it)."""
        if not self._wait_for_mainpyfile:
            return False
        if frame is None:
            return True
        here = self.canonic(frame.f_code.co_filename)
        if here == self.mainpyfile and frame.f_lineno > 0:
            self._wait_for_mainpyfile = False
            return False
        return True

    def user_call(self, frame, argument_list):
        if not self._still_starting() and self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if not self._still_starting(frame) and self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the command list of the breakpoint just hit, if it has one;
        true when the debugger should then prompt as usual."""
        number = getattr(self, 'currentbp', False)
        if not number or number not in self.commands:
            return 1
        self.currentbp = 0
        saved_lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = saved_lastcmd
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self._cmdloop()
        self.forget()
        return None

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        self.note_local(frame, '__return__', return_value)
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        etype, evalue, etb = exc_info
        self.note_local(frame, '__exception__', (etype, evalue))
        # A StopIteration with no traceback is the one a generator's return
        # raises inside the interpreter, not one the program raised.
        internal = etb is None and etype is StopIteration
        text = traceback.format_exception_only(etype, evalue)[-1].strip()
        self.message(('Internal ' if internal else '') + text)
        self.interaction(frame, etb)

    # -- the command loop --

    def _cmdloop(self):
        done = False
        while not done:
            self.allow_kbdint = True
            try:
                self.cmdloop()
                done = True
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')
            finally:
                self.allow_kbdint = False

    def preloop(self):
        shown = self.displaying.get(self.curframe)
        if not shown:
            return
        for expr, old in list(shown.items()):
            new = self._getval_except(expr)
            if new is not old and new != old:
                shown[expr] = new
                self.message('display %s: %r  [old: %r]' % (expr, new, old))

    def interaction(self, frame, traceback):
        handler, Pdb._previous_sigint_handler = Pdb._previous_sigint_handler, None
        if handler:
            # Ctrl-C goes back to the program's own handler while stopped.
            signal.signal(signal.SIGINT, handler)
        try:
            if not self.setup(frame, traceback):
                # (an rc-file command may have let the program go on)
                self.print_stack_entry(self.stack[self.curindex])
                self._cmdloop()
        finally:
            self.forget()
            self._frame_notes = {}

    def displayhook(self, obj):
        """What an expression typed at the prompt shows: its repr, None
        excepted."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        frame_globals = self.curframe.f_globals
        frame_locals = self.curframe_locals
        try:
            compiled = compile(line + '\n', '<stdin>', 'single')
            saved = sys.stdin, sys.stdout, sys.displayhook
            try:
                sys.stdin, sys.stdout = self.stdin, self.stdout
                sys.displayhook = self.displayhook
                exec(compiled, frame_globals, frame_locals)
            finally:
                sys.stdin, sys.stdout, sys.displayhook = saved
        except:
            self._report_error()

    def _report_error(self):
        etype, evalue = sys.exc_info()[:2]
        self.error(traceback.format_exception_only(etype, evalue)[-1].strip())

    def precmd(self, line):
        """Expand aliases and split the line at ;; (the rest is queued)."""
        if not line.strip():
            return line
        words = line.split()
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for position, value in enumerate(words[1:], 1):
                line = line.replace('%' + str(position), value)
            line = line.replace('%*', ' '.join(words[1:]))
            words = line.split()
        if words[0] != 'alias':
            split = line.find(';;')
            if split >= 0:
                self.cmdqueue.append(line[split + 2:].lstrip())
                line = line[:split].rstrip()
        return line

    def onecmd(self, line):
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def handle_command_def(self, line):
        """One line of a `commands` list: true when the list is complete."""
        name, arg, line = self.parseline(line)
        if not name:
            return None
        if name == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return None
        if name == 'end':
            self.cmdqueue = []
            return 1
        self.commands[self.commands_bnum].append(name + ' ' + arg if arg else name)
        handler = getattr(self, 'do_' + name, self.default)
        if handler.__name__ in self.commands_resuming:
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return 1
        return None

    def message(self, msg):
        self.stdout.write('%s\n' % (msg,))

    def error(self, msg):
        self.stdout.write('*** %s\n' % (msg,))

    # -- breakpoints --

    def do_commands(self, arg):
        """commands [bpnumber]
        Give commands (one a line, ended by `end`) to run each time
        breakpoint bpnumber (by default the last one set) stops the
        program; `silent` first leaves out the usual stack line."""
        number = _int_or_none(arg) if arg else len(bdb.Breakpoint.bpbynumber) - 1
        if number is None:
            return self.error("Usage: commands [bnum]\n        ...\n        end")
        tables = (self.commands, self.commands_doprompt, self.commands_silent)
        before = [table.get(number) for table in tables]
        for table, fresh in zip(tables, ([], True, False)):
            table[number] = fresh
        self.commands_bnum = number
        saved_prompt, self.prompt = self.prompt, '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            for table, old in zip(tables, before):
                if old is None:
                    table.pop(number, None)
                else:
                    table[number] = old
            self.error('command definition aborted, old commands restored')
        finally:
            self.prompt = saved_prompt
            self.commands_defining = False

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]
        Set a breakpoint; with no argument, list them all."""
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = lineno = funcname = None
        place, cond = arg, None
        if arg.find(',') > 0:
            place, cond = (part.strip() for part in arg.split(',', 1))
        if ':' in place:
            name, _, number = place.rpartition(':')
            filename = self.lookupmodule(name.rstrip())
            if not filename:
                return self.error('%r not found from sys.path' % name.rstrip())
            lineno = _int_or_none(number.lstrip())
            if lineno is None:
                return self.error('Bad lineno: %s' % number.lstrip())
        else:
            lineno = _int_or_none(place)
            if lineno is None:
                found = self._function_place(place)
                if found is None:
                    return self.error('The specified object %r is not a function '
                                      'or was not found along sys.path.' % place)
                funcname, filename, lineno = found
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            problem = self.set_break(filename, line, temporary, cond, funcname)
            if problem:
                self.error(problem)
            else:
                bp = self.get_breaks(filename, line)[-1]
                self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def _function_place(self, text):
        """(name, file, first line) of the function text evaluates to or
        names in a file, or None."""
        try:
            target = eval(text, self.curframe.f_globals, self.curframe_locals)
        except:
            target = text
        fcode = getattr(getattr(target, '__func__', target), '__code__', None)
        if fcode is not None:
            return fcode.co_name, fcode.co_filename, fcode.co_firstlineno
        name, filename, line = self.lineinfo(text)
        if not name:
            return None
        return name, filename, int(line)

    def defaultFile(self):
        """The file a breakpoint without one is set in."""
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename


    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        A breakpoint removed once it has stopped the program."""
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        failed = (None, None, None)
        pieces = identifier.split("'")
        if len(pieces) == 1:
            name = pieces[0].strip()
        elif len(pieces) == 3:
            name = pieces[1].strip()
        else:
            return failed
        if not name:
            return failed
        parts = name.split('.')
        if parts[0] == 'self':
            del parts[0]
            if not parts:
                return failed
        filename = self.defaultFile()
        if len(parts) == 1:
            item = parts[0]
        else:
            found = self.lookupmodule(parts[0])
            if found:
                filename = found
            item = parts[1]
        return find_function(item, filename) or failed

    def checkline(self, filename, lineno):
        """lineno when a breakpoint may go there, else 0 (after saying
        why)."""
        frame_globals = self.curframe.f_globals if getattr(self, 'curframe', None) else None
        line = linecache.getline(filename, lineno, frame_globals)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] in ('"""', "'''"):
            self.error('Blank or comment')
            return 0
        return lineno

    def _each_breakpoint(self, arg):
        for word in arg.split():
            try:
                yield self.get_bpbynumber(word)
            except ValueError as err:
                self.error(err)

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]"""
        for bp in self._each_breakpoint(arg):
            bp.enable()
            self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
        A disabled breakpoint stays in the list but does not stop."""
        for bp in self._each_breakpoint(arg):
            bp.disable()
            self.message('Disabled %s' % bp)

    def _numbered_breakpoint(self, words):
        """The breakpoint whose number is words[0], or None after an error
        message."""
        if not words:
            self.error('Breakpoint number expected')
            return None
        try:
            return self.get_bpbynumber(words[0].strip())
        except ValueError as err:
            self.error(err)
            return None

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Stop at the breakpoint only when the condition is true; without
        one, always."""
        words = arg.split(' ', 1)
        bp = self._numbered_breakpoint(words)
        if bp is None:
            return
        bp.cond = words[1] if words[1:] else None
        if bp.cond:
            self.message('New condition set for breakpoint %d.' % bp.number)
        else:
            self.message('Breakpoint %d is now unconditional.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]
        Pass the breakpoint count times before it stops the program."""
        words = arg.split()
        bp = self._numbered_breakpoint(words)
        if bp is None:
            return
        bp.ignore = (_int_or_none(words[1]) if words[1:] else None) or 0
        if bp.ignore > 0:
            times = '1 crossing' if bp.ignore == 1 else '%d crossings' % bp.ignore
            self.message('Will ignore next %s of breakpoint %d.' % (times, bp.number))
        else:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def _confirm(self, question):
        try:
            answer = input(question)
        except EOFError:
            return False
        return answer.strip().lower() in ('y', 'yes')

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]
        Delete the breakpoints named, or (after asking) all of them."""
        if not arg:
            if self._confirm('Clear all breaks? '):
                gone = list(filter(None, bdb.Breakpoint.bpbynumber))
                self.clear_all_breaks()
                for bp in gone:
                    self.message('Deleted %s' % bp)
            return
        if ':' not in arg:
            for word in arg.split():
                bp = self._numbered_breakpoint([word])
                if bp is not None:
                    self.clear_bpbynumber(word)
                    self.message('Deleted %s' % bp)
            return
        filename, _, number = arg.rpartition(':')
        lineno = _int_or_none(number)
        if lineno is None:
            return self.error("Invalid line number (%s)" % number)
        gone = self.get_breaks(filename, lineno)
        problem = self.clear_break(filename, lineno)
        if problem:
            return self.error(problem)
        for bp in gone:
            self.message('Deleted %s' % bp)

    # -- moving about the stack --

    def do_where(self, arg):
        """w(here)
        Print the stack, most recent frame last; > marks the current one."""
        self.print_stack_trace()

    do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self.frame_locals(self.curframe)
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    def _frame_count(self, arg):
        try:
            return int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return None

    def do_up(self, arg):
        """u(p) [count]
        Move count (default one) frames towards the oldest."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        count = self._frame_count(arg)
        if count is None:
            return
        self._select_frame(0 if count < 0 else max(0, self.curindex - count))


    def do_down(self, arg):
        """d(own) [count]
        Move count (default one) frames towards the newest."""
        last = len(self.stack) - 1
        if self.curindex == last:
            self.error('Newest frame')
            return
        count = self._frame_count(arg)
        if count is None:
            return
        self._select_frame(last if count < 0 else min(last, self.curindex + count))


    # -- letting the program run --

    def do_until(self, arg):
        """unt(il) [lineno]
        Run until a line greater than the current one (or lineno) is
        reached, or the frame returns."""
        target = None
        if arg:
            target = _int_or_none(arg)
            if target is None:
                return self.error('Error in argument: %r' % arg)
            if target <= self.curframe.f_lineno:
                return self.error('"until" line number is smaller than current line number')
        return self._go(self.set_until, self.curframe, target)

    def _go(self, how, *args):
        """Let the program run on as how(*args) says; true ends the
        command loop."""
        how(*args)
        return True

    def do_step(self, arg):
        """s(tep)
        Run the current line, stopping at the first chance (inside a
        called function too)."""
        return self._go(self.set_step)

    def do_next(self, arg):
        """n(ext)
        Run on to the next line of this function (or until it returns)."""
        return self._go(self.set_next, self.curframe)

    def do_return(self, arg):
        """r(eturn)
        Run until the current function returns."""
        return self._go(self.set_return, self.curframe)

    def do_run(self, arg):
        """run [args...]
        Restart the program, with args as its new sys.argv[1:] if given."""
        if arg:
            import shlex
            sys.argv[1:] = shlex.split(arg)
        raise Restart

    def do_continue(self, arg):
        """c(ont(inue))
        Run until a breakpoint stops the program."""
        if not self.nosigint:
            self._catch_sigint()
        return self._go(self.set_continue)

    def _catch_sigint(self):
        try:
            previous = signal.signal(signal.SIGINT, self.sigint_handler)
        except ValueError:
            # Not the main thread: Ctrl-C stays as it is.
            return
        if isinstance(previous, type(len)):
            # Read through an instance, a built-in function stays unbound.
            previous = staticmethod(previous)
        Pdb._previous_sigint_handler = previous

    def do_jump(self, arg):
        """j(ump) lineno
        Make lineno the next line to run (in the newest frame only)."""
        if self.curindex != len(self.stack) - 1:
            return self.error('You can only jump within the bottom frame')
        target = _int_or_none(arg)
        if target is None:
            return self.error("The 'jump' command requires a line number")
        frame = self.curframe
        try:
            frame.f_lineno = target
        except ValueError as e:
            return self.error('Jump failed: %s' % e)
        self.stack[self.curindex] = frame, target
        self.print_stack_entry(self.stack[self.curindex])

    def do_debug(self, arg):
        """debug code
        Step through code (a statement) in a debugger of its own."""
        sys.settrace(None)
        frame_globals = self.curframe.f_globals
        frame_locals = self.curframe_locals
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg, frame_globals, frame_locals))
        except Exception:
            self._report_error()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def _leave(self):
        self._user_requested_quit = True
        return self._go(self.set_quit)

    def do_quit(self, arg):
        """q(uit) | exit
        Leave the debugger; the program is stopped."""
        return self._leave()

    def do_EOF(self, arg):
        """End of input (Ctrl-D): quit."""
        self.message('')
        return self._leave()

    # -- looking at values --

    def do_args(self, arg):
        """a(rgs)
        Print the current function's arguments."""
        fcode = self.curframe.f_code
        values = self.curframe_locals
        count = fcode.co_argcount
        if fcode.co_flags & inspect.CO_VARARGS:
            count += 1
        if fcode.co_flags & inspect.CO_VARKEYWORDS:
            count += 1
        for name in fcode.co_varnames[:count]:
            if name in values:
                self.message('%s = %r' % (name, values[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))


    def do_retval(self, arg):
        """retval
        Print what the current function returned."""
        if '__return__' in self.curframe_locals:
            self.message(repr(self.curframe_locals['__return__']))
        else:
            self.error('Not yet returned!')


    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._report_error()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except:
            etype, evalue = sys.exc_info()[:2]
            text = traceback.format_exception_only(etype, evalue)[-1].strip()
            return _rstr('** raised %s **' % text)

    def _show_value(self, arg, render):
        try:
            value = self._getval(arg)
        except:
            return      # _getval has reported the error
        self.message(render(value))

    def do_p(self, arg):
        """p expression
        Print the value of the expression."""
        self._show_value(arg, repr)

    def do_pp(self, arg):
        """pp expression
        Pretty-print the value of the expression."""
        self._show_value(arg, pprint.pformat)

    def _list_range(self, arg):
        """(first, last) lines for `list arg`; None after an error."""
        if arg and arg != '.':
            bounds = [_int_or_none(part.strip()) for part in arg.split(',')]
            if None in bounds or len(bounds) > 2:
                self.error('Error in argument: %r' % arg)
                return None
            if len(bounds) == 1:
                first = max(1, bounds[0] - 5)
                return first, first + 10
            first, last = bounds
            # A last line below the first one is a count of lines.
            return first, (first + last if last < first else last)
        if arg == '.' or self.lineno is None:
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        return first, first + 10

    def do_list(self, arg):
        """l(ist) [first[, last] | .]
        List eleven lines around the current one, or on from the last
        listing, or the lines given."""
        self.lastcmd = 'list'
        span = self._list_range(arg)
        if span is None:
            return
        first, last = span
        frame = self.curframe
        filename = frame.f_code.co_filename
        try:
            lines = linecache.getlines(filename, frame.f_globals)
            self._print_lines(lines[first - 1:last], first,
                              self.get_file_breaks(filename), frame)
            self.lineno = min(last, len(lines))
            if last > len(lines):
                self.message('[EOF]')
        except KeyboardInterrupt:
            pass

    def do_longlist(self, arg):
        """longlist | ll
        List the whole source of the current function or frame."""
        filename = self.curframe.f_code.co_filename
        breaks = self.get_file_breaks(filename)
        try:
            lines, first = getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, first, breaks, self.curframe)


    def do_source(self, arg):
        """source expression
        List the source of the object the expression names."""
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, first = getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, first)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        """Print lines numbered from start: B marks a breakpoint, -> the
        current line, >> the line an exception came from."""
        current = exc_line = -1
        if frame:
            current = frame.f_lineno
            exc_line = self.tb_lineno.get(frame, -1)
        for number, line in enumerate(lines, start):
            mark = str(number).rjust(3).ljust(4)
            mark += 'B' if number in breaks else ' '
            if number == current:
                mark += '->'
            elif number == exc_line:
                mark += '>>'
            self.message(mark + '\t' + line.rstrip())

    def do_whatis(self, arg):
        """whatis arg
        Print the type of the expression's value."""
        try:
            value = self._getval(arg)
        except:
            return
        fcode = getattr(value, '__code__', None)
        if fcode is not None and inspect.iscode(fcode):
            self.message('Function %s' % fcode.co_name)
            return
        fcode = getattr(getattr(value, '__func__', None), '__code__', None)
        if fcode is not None and inspect.iscode(fcode):
            self.message('Method %s' % fcode.co_name)
            return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]
        Show the expression's value whenever it has changed at a stop in
        this frame; with no expression, list the displays."""
        if not arg:
            self.message('Currently displaying:')
            for item in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %r' % item)
            return
        value = self._getval_except(arg)
        self.displaying.setdefault(self.curframe, {})[arg] = value
        self.message('display %s: %r' % (arg, value))

    def do_undisplay(self, arg):
        """undisplay [expression]
        Stop displaying the expression (all of them without one)."""
        if not arg:
            self.displaying.pop(self.curframe, None)
            return
        try:
            del self.displaying.get(self.curframe, {})[arg]
        except KeyError:
            self.error('not displaying %s' % arg)

    def do_interact(self, arg):
        """interact
        An interactive interpreter over the current frame's names."""
        names = dict(self.curframe.f_globals)
        names.update(self.curframe_locals)
        code.interact("*interactive*", local=names)

    def do_alias(self, arg):
        """alias [name [command]]
        Make name run command (%1, %2 ... and %* stand for its arguments);
        with one argument show that alias, with none all of them."""
        words = arg.split()
        if not words:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
        elif len(words) == 1 and words[0] in self.aliases:
            self.message("%s = %s" % (words[0], self.aliases[words[0]]))
        else:
            self.aliases[words[0]] = ' '.join(words[1:])

    def do_unalias(self, arg):
        """unalias name
        Forget an alias."""
        words = arg.split()
        if words and words[0] in self.aliases:
            del self.aliases[words[0]]

    def do_help(self, arg):
        """h(elp) [command]
        List the commands, or describe one."""
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        handler = getattr(self, 'do_' + arg, None)
        if handler is None:
            handler = getattr(self, 'help_' + arg, None)
            if handler is not None:
                return handler()
            self.error('No help for %r' % arg)
            return None
        if sys.flags.optimize >= 2 or not handler.__doc__:
            self.error('No help for %r; please do not run Python with -OO '
                       'if you need command help' % arg)
            return None
        self.message(inspect.cleandoc(handler.__doc__))
        return None


    def help_exec(self):
        self.message("(!) statement\n"
                     "Execute the statement in the current frame; the ! is "
                     "needed when it starts like a command.")

    def help_pdb(self):
        help()

    # -- the stack shown --

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        marker = '> ' if frame_lineno[0] is self.curframe else '  '
        self.message(marker + self.format_stack_entry(frame_lineno, prompt_prefix))

    # -- finding files, running programs --

    def lookupmodule(self, filename):
        """The path of filename (a file or a module name), searched along
        sys.path, or None."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        candidate = os.path.join(sys.path[0], filename)
        if os.path.exists(candidate) and self.canonic(candidate) == self.mainpyfile:
            return candidate
        if not os.path.splitext(filename)[1]:
            filename += '.py'
        if os.path.isabs(filename):
            return filename
        for directory in sys.path:
            while os.path.islink(directory):
                directory = os.readlink(directory)
            candidate = os.path.join(directory, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    def _fresh_main(self, **names):
        """Empty __main__'s namespace for the program, then set names."""
        import __main__
        space = __main__.__dict__
        space.clear()
        space['__name__'] = '__main__'
        space['__builtins__'] = __builtins__
        space.update(names)

    def _runmodule(self, module_name):
        import runpy
        _, spec, module_code = runpy._get_module_details(module_name)
        self.mainpyfile = self.canonic(module_code.co_filename)
        self._fresh_main(__file__=self.mainpyfile, __package__=spec.parent,
                         __loader__=spec.loader, __spec__=spec)
        self._wait_for_mainpyfile, self._user_requested_quit = True, False
        self.run(module_code)

    def _runscript(self, filename):
        self._fresh_main(__file__=filename)
        with open(filename, "rb") as handle:
            source = handle.read()
        self.mainpyfile = self.canonic(filename)
        # The program is compiled inside the traced statement: stopping
        # waits for its first line.
        self._wait_for_mainpyfile, self._user_requested_quit = True, False
        self.run("exec(compile(%r, %r, 'exec'))" % (source, self.mainpyfile))


# Short and alternative names of the commands.
for _short, _command in [('b', 'break'), ('cl', 'clear'), ('w', 'where'),
                         ('bt', 'where'), ('u', 'up'), ('d', 'down'),
                         ('unt', 'until'), ('s', 'step'), ('n', 'next'),
                         ('restart', 'run'), ('r', 'return'), ('c', 'continue'),
                         ('cont', 'continue'), ('j', 'jump'), ('q', 'quit'),
                         ('exit', 'quit'), ('a', 'args'), ('rv', 'retval'),
                         ('l', 'list'), ('ll', 'longlist'), ('h', 'help')]:
    setattr(Pdb, 'do_' + _short, getattr(Pdb, 'do_' + _command))
del _short, _command


# -- module-level entry points --

def run(statement, globals=None, locals=None):
    """Run the statement under a new debugger."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluate the expression under a new debugger; its value."""
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    """run() with both namespaces given."""
    run(statement, globals, locals)


def runcall(*args, **kwds):
    """Call args[0](*args[1:], **kwds) under a new debugger."""
    return Pdb().runcall(*args, **kwds)


def set_trace():
    """Stop in the debugger at the caller's next line."""
    Pdb().set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Debug the frames of traceback t (by default the exception being
    handled)."""
    tb = t if t is not None else sys.exc_info()[2]
    if tb is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, tb)


def pm():
    """Debug the traceback of the last uncaught exception."""
    post_mortem(sys.last_traceback)


TESTCMD = 'import x; x.main()'


def test():
    run(TESTCMD)


def help():
    """Show this module's description."""
    import pydoc
    pydoc.pager(__doc__)


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile (or run module with -m), stopping
at its first line.  -c commands run as if read from a .pdbrc file."""


def _parse_command_line(argv):
    """(program args, commands, run as a module?) from pdb's arguments;
    exits for -h and when the program is missing."""
    import getopt
    options, args = getopt.getopt(argv, 'mhc:', ['help', 'command='])
    if not args or any(opt in ('-h', '--help') for opt, _ in options):
        print(_usage)
        sys.exit(0 if args else 2)
    commands = [value for opt, value in options if opt in ('-c', '--command')]
    as_module = any(opt == '-m' for opt, _ in options)
    if not as_module and not os.path.exists(args[0]):
        print('Error:', args[0], 'does not exist')
        sys.exit(1)
    return args, commands, as_module


def _run_once(debugger, target, as_module, args):
    """One run of the program; true once the user has quit."""
    try:
        (debugger._runmodule if as_module else debugger._runscript)(target)
    except Restart:
        print("Restarting", target, "with arguments:")
        print("\t" + " ".join(args))
    except SystemExit:
        status = sys.exc_info()[1]
        print("The program exited via sys.exit(). Exit status: %s" % (status,))
    except SyntaxError:
        # The program cannot start at all.
        traceback.print_exc()
        raise SystemExit(1)
    except:
        traceback.print_exc()
        for line in ("Uncaught exception. Entering post mortem debugging",
                     "Running 'cont' or 'step' will restart the program"):
            print(line)
        debugger.interaction(None, sys.exc_info()[2])
        print("Post mortem debugger finished. The %s will be restarted" % target)
    else:
        if debugger._user_requested_quit:
            return True
        print("The program finished and will be restarted")
    return False


def main():
    args, commands, as_module = _parse_command_line(sys.argv[1:])
    target = args[0]
    sys.argv[:] = args
    if not as_module:
        sys.path[0] = os.path.dirname(target)
    debugger = Pdb()
    debugger.rcLines.extend(commands)
    while not _run_once(debugger, target, as_module, args):
        pass


if __name__ == '__main__':
    import pdb
    pdb.main()
