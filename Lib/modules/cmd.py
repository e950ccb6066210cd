"""A framework for line-oriented command interpreters.

Subclass Cmd and give it a method do_NAME(self, arg) for each command
NAME; cmdloop() then reads lines, splits each into a command name and
the rest of the line, and calls the method. The docstring of do_NAME (or
a help_NAME() method) is the command's help, which the built-in 'help'
command (also spelt '?') shows; 'help' alone lists the commands.

Hooks a subclass may override: preloop() and postloop() around the loop,
precmd(line) and postcmd(stop, line) around each command, emptyline() for
a blank line (it repeats the last command), default(line) for an unknown
command, and do_shell() which '!' invokes. A do_ method that returns a
true value ends the loop. End of input arrives as the command 'EOF'.
"""

import string
import sys

__all__ = ["Cmd"]

IDENTCHARS = string.ascii_letters + string.digits + '_'
PROMPT = '(Cmd) '


class Cmd:
    """A command interpreter: see the module documentation.

    stdin and stdout default to sys.stdin and sys.stdout. completekey is
    the readline key that completes command names and arguments; set
    use_rawinput to false to read from stdin (rather than with input())."""

    # What the loop shows and reads.
    intro = None
    prompt = PROMPT
    use_rawinput = 1
    identchars = IDENTCHARS
    lastcmd = ''
    # What help writes.
    nohelp = "*** No help on %s"
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    undoc_header = "Undocumented commands:"
    misc_header = "Miscellaneous help topics:"
    ruler = '='

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read and run commands until one of them returns a true value;
        first write intro (or self.intro), if any."""
        self.preloop()
        restore = self._install_completer()
        if intro is not None:
            self.intro = intro
        try:
            banner = self.intro
            if banner:
                self.stdout.write(str(banner) + "\n")
            stop = None
            while not stop:
                line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
                line = self.precmd(line)
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if restore is not None:
                restore()

    def _read_line(self):
        # The next line of input without its line ending, 'EOF' at the end.
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def _install_completer(self):
        # Put complete() on the readline key, if readline is there; return
        # what undoes it.
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return lambda: readline.set_completer(previous)

    def precmd(self, line):
        """Called with each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command with its result; returns whether the
        loop ends."""
        return stop

    def preloop(self):
        """Called once before the loop starts."""
        pass

    def postloop(self):
        """Called once after the loop ends."""
        pass

    def parseline(self, line):
        """Split line into (command, argument, line).

        '?' at the start stands for 'help ', '!' for 'shell ' (when there
        is a do_shell). The command is the leading run of identchars; it
        is None (with the argument) when the line is blank or starts with
        '!' but there is no do_shell."""
        line = line.strip()
        lead = line[:1]
        if lead == '?':
            line = 'help ' + line[1:]
        elif lead == '!' and hasattr(self, 'do_shell'):
            line = 'shell ' + line[1:]
        elif lead in ('', '!'):
            return None, None, line
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line as a command and return what its method returned
        (or default()'s or emptyline()'s result)."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        method = getattr(self, 'do_' + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """Called for a blank line: run the last command again, if any."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command has no do_ method."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Complete the argument of a command without a complete_ method:
        no candidates."""
        return []

    def completenames(self, text, *ignored):
        """The command names that start with text."""
        return [name[3:] for name in self.get_names()
                if name.startswith('do_' + text)]

    def complete(self, text, state):
        """readline's completer: the state'th candidate for text, taking
        the line so far into account (command names at the start, then
        complete_COMMAND(text, line, begidx, endidx))."""
        if state == 0:
            import readline
            line = readline.get_line_buffer()
            stripped = len(line) - len(line.lstrip())
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            line = line.lstrip()
            if begidx > 0:
                command = self.parseline(line)[0]
                finder = self.completedefault
                if command:
                    finder = getattr(self, 'complete_' + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, line, begidx, endidx)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """The attribute names help and completion look through."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Complete help's argument: command names and help topics."""
        found = set(self.completenames(*args))
        found.update(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(found)

    def do_help(self, arg):
        """List available commands with "help" or detailed help with "help cmd"."""
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {}
        for name in names:
            if name.startswith('help_'):
                topics[name[5:]] = 1
        names.sort()
        documented, undocumented = [], []
        seen = None
        for name in names:
            if not name.startswith('do_') or name == seen:
                continue
            seen = name
            command = name[3:]
            # A command with a help_ method is documented, and that
            # method is no separate topic.
            has_topic = topics.pop(command, None) is not None
            documented_now = has_topic or getattr(self, name).__doc__
            (documented if documented_now else undocumented).append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        for header, names in ((self.doc_header, documented),
                              (self.misc_header, list(topics)),
                              (self.undoc_header, undocumented)):
            self.print_topics(header, names, 15, 80)

    def _help_on(self, topic):
        # help TOPIC: its help_ method, else its do_ method's docstring.
        helper = getattr(self, 'help_' + topic, None)
        if helper is not None:
            helper()
            return
        method = getattr(self, 'do_' + topic, None)
        doc = method.__doc__ if method is not None else None
        if doc:
            self.stdout.write("%s\n" % str(doc))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (topic,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """Write header, a ruler under it and cmds in columns, unless cmds
        is empty."""
        if cmds:
            heading = [header, self.ruler * len(header)] if self.ruler else [header]
            for text in heading:
                self.stdout.write("%s\n" % str(text))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings of list in as few rows as fit displaywidth,
        filling each column top to bottom, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        count = len(list)
        if count == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = self._layout(list, displaywidth)
        for row in range(nrows):
            cells = [list[i] for i in range(row, count, nrows)]
            while cells and not cells[-1]:
                cells.pop()
            line = "  ".join(cell.ljust(widths[col]) for col, cell in enumerate(cells))
            self.stdout.write("%s\n" % str(line))

    @staticmethod
    def _layout(items, displaywidth):
        # The fewest rows (and the column widths) that fit displaywidth;
        # one column when nothing fits.
        count = len(items)
        for nrows in range(1, count):
            widths = []
            total = -2
            for start in range(0, count, nrows):
                widths.append(max(len(x) for x in items[start:start + nrows]))
                total += widths[-1] + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                return nrows, widths
        return count, [0]
