"""Reports on profiles made by profile and cProfile.

A Stats object gathers one or more profiles (profiler objects, or files
written by their dump_stats), then sorts and prints them:

    import pstats
    pstats.Stats('restats').strip_dirs().sort_stats('cumulative').print_stats(10)

The statistics are a dict mapping each function, as a (filename, line
number, function name) key, to (primitive calls, total calls, time inside
the function, cumulative time, callers); callers maps each calling
function to the number of calls (profile) or to a (calls, primitive
calls, time, cumulative time) tuple (cProfile).

Profile files are in marshal's format; since this interpreter's marshal
cannot write, this module reads and writes that format itself, so files
are exchanged with CPython's pstats both ways.
"""

import os
import re
import sys
import time
from functools import cmp_to_key

__all__ = ["Stats"]


# -- marshal's format, for the values a profile holds -----------------------

def _marshal_bytes(obj):
    out = []
    _marshal_into(obj, out)
    return b''.join(out)


def _marshal_into(obj, out):
    import struct
    if obj is None:
        out.append(b'N')
    elif obj is True or obj is False:
        out.append(b'T' if obj else b'F')
    elif isinstance(obj, int):
        if -2 ** 31 <= obj < 2 ** 31:
            out.append(b'i' + struct.pack('<i', obj))
        else:
            digits = []
            rest = abs(obj)
            while rest:
                digits.append(rest & 0x7FFF)
                rest >>= 15
            count = len(digits) if obj > 0 else -len(digits)
            out.append(b'l' + struct.pack('<i', count) +
                       b''.join(struct.pack('<H', d) for d in digits))
    elif isinstance(obj, float):
        out.append(b'g' + struct.pack('<d', obj))
    elif isinstance(obj, str):
        data = obj.encode('utf-8', 'surrogatepass')
        if len(data) == len(obj) and len(data) < 256:
            out.append(b'z' + bytes([len(data)]) + data)
        else:
            out.append(b'u' + struct.pack('<I', len(data)) + data)
    elif isinstance(obj, bytes):
        out.append(b's' + struct.pack('<I', len(obj)) + obj)
    elif isinstance(obj, tuple):
        if len(obj) < 256:
            out.append(b')' + bytes([len(obj)]))
        else:
            out.append(b'(' + struct.pack('<I', len(obj)))
        for item in obj:
            _marshal_into(item, out)
    elif isinstance(obj, list):
        out.append(b'[' + struct.pack('<I', len(obj)))
        for item in obj:
            _marshal_into(item, out)
    elif isinstance(obj, dict):
        out.append(b'{')
        for key, value in obj.items():
            _marshal_into(key, out)
            _marshal_into(value, out)
        out.append(b'0')
    else:
        raise ValueError("unmarshallable object")


class _Unmarshaller:
    # Reads what marshal.dumps writes (any version), for the types above.

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("EOF read where object expected")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def number(self, fmt, size):
        import struct
        return struct.unpack(fmt, self.take(size))[0]

    def remember(self, flagged, value):
        if flagged:
            self.refs.append(value)
        return value

    def value(self):
        code = self.take(1)[0]
        flagged, code = code & 0x80, chr(code & 0x7F)
        if code == 'N':
            return None
        if code in 'TF':
            return code == 'T'
        if code == 'r':
            index = self.number('<I', 4)
            if index >= len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        if code == 'i':
            return self.remember(flagged, self.number('<i', 4))
        if code == 'l':
            count = self.number('<i', 4)
            total = 0
            for shift in range(abs(count)):
                total |= self.number('<H', 2) << (15 * shift)
            return self.remember(flagged, -total if count < 0 else total)
        if code == 'g':
            return self.remember(flagged, self.number('<d', 8))
        if code in 'zZ':
            return self.remember(flagged, self.take(self.take(1)[0]).decode('latin-1'))
        if code in 'aA':
            return self.remember(flagged, self.take(self.number('<I', 4)).decode('latin-1'))
        if code in 'ut':
            raw = self.take(self.number('<I', 4))
            return self.remember(flagged, raw.decode('utf-8', 'surrogatepass'))
        if code == 's':
            return self.remember(flagged, self.take(self.number('<I', 4)))
        if code in ')(':
            size = self.take(1)[0] if code == ')' else self.number('<I', 4)
            slot = len(self.refs)
            if flagged:
                self.refs.append(None)
            items = tuple(self.value() for _ in range(size))
            if flagged:
                self.refs[slot] = items
            return items
        if code == '[':
            items = self.remember(flagged, [])
            for _ in range(self.number('<I', 4)):
                items.append(self.value())
            return items
        if code == '{':
            table = self.remember(flagged, {})
            while self.data[self.pos:self.pos + 1] != b'0':
                key = self.value()
                table[key] = self.value()
            self.pos += 1
            return table
        raise ValueError("bad marshal data (unknown type code)")


def _unmarshal(data):
    return _Unmarshaller(data).value()


# -- the report ------------------------------------------------------------

def _sort_keys():
    table = {}
    for row in _SORT_KEYS.strip().split("\n"):
        key, fields, title = row.split(None, 2)
        compared = tuple((int(fields[i]), 1 if fields[i + 1] == '+' else -1)
                         for i in range(0, len(fields), 2))
        table[key] = (compared, title)
    return table


# sort key, compared fields (index and + or - direction), title
_SORT_KEYS = """
calls       1-      call count
ncalls      1-      call count
cumtime     3-      cumulative time
cumulative  3-      cumulative time
file        4+      file name
filename    4+      file name
line        5+      line number
module      4+      file name
name        6+      function name
nfl         6+4+5+  name/file/line
pcalls      0-      primitive call count
stdname     7+      standard name
time        2-      internal time
tottime     2-      internal time
"""


class Stats:
    """A profile's statistics, sortable and printable.

    Stats(*sources, stream=None): each source is a file name (a dump
    written by dump_stats), a profiler (its create_stats() is called) or
    another Stats; several are added together.  Reports go to stream
    (sys.stdout by default).  The methods return the Stats, so calls
    chain.
    """

    # For each sort key: the fields compared, each with its direction
    # (-1: larger first), and the words the report prints.  The fields
    # are indices into (cc, nc, tt, ct, filename, line, name, std name).
    sort_arg_dict_default = _sort_keys()

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first, more = (args[0], args[1:]) if args else (None, ())
        self.init(first)
        self.add(*more)

    def init(self, arg):
        self.files = []
        self.stats = {}
        self.top_level = set()
        self.fcn_list = None
        self.all_callees = None
        self.sort_arg_dict = {}
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0
        self.max_name_len = 0
        self.load_stats(arg)
        ok = False
        try:
            self.get_top_level_stats()
            ok = True
        finally:
            if not ok:
                where = self.files[-1] if self.files else ''
                print("Invalid timing data %s" % where, file=self.stream)

    def load_stats(self, arg):
        """Take the statistics of arg: None (nothing), a file name, or a
        profiler (whose statistics are moved here)."""
        loaded = {}
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                loaded = _unmarshal(f.read())
            label = arg
            try:
                label = "%s    %s" % (time.ctime(os.stat(arg).st_mtime), arg)
            except Exception:
                pass
            self.files = [label]
            arg = label
        elif arg is not None and hasattr(arg, 'create_stats'):
            arg.create_stats()
            loaded, arg.stats = arg.stats, {}
        self.stats = loaded
        if arg is not None and not loaded:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        """Add up the totals; note the functions the profiler itself
        started (those profile's main() reports as top level)."""
        entries = self.stats.values()
        self.prim_calls += sum(entry[0] for entry in entries)
        self.total_calls += sum(entry[1] for entry in entries)
        self.total_tt += sum(entry[2] for entry in entries)
        starter = ("jprofile", 0, "profiler")
        self.top_level.update(f for f, entry in self.stats.items()
                              if starter in entry[4])
        widths = [len(func_std_string(f)) for f in self.stats]
        self.max_name_len = max([self.max_name_len] + widths)

    def add(self, *arg_list):
        """Add the statistics of other profiles (sources as for Stats())."""
        for item in reversed(arg_list):
            other = item if type(item) == type(self) else Stats(item)
            self._merge(other)
        return self

    def _merge(self, item):
        self.files.extend(item.files)
        self.prim_calls += item.prim_calls
        self.total_calls += item.total_calls
        self.total_tt += item.total_tt
        self.top_level.update(item.top_level)
        self.max_name_len = max(self.max_name_len, item.max_name_len)
        self.fcn_list = 0
        for func, stat in item.stats.items():
            mine = self.stats.get(func, (0, 0, 0, 0, {}))
            self.stats[func] = add_func_stats(mine, stat)

    def dump_stats(self, filename):
        """Write the statistics to filename, in marshal's format."""
        with open(filename, 'wb') as f:
            f.write(_marshal_bytes(self.stats))

    def get_sort_arg_defs(self):
        """The sort keys sort_stats accepts: every key of
        sort_arg_dict_default and each unambiguous abbreviation."""
        if not self.sort_arg_dict:
            table, clashes = {}, set()
            for word, definition in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        clashes.add(prefix)
                        break
                    table[prefix] = definition
            for prefix in clashes:
                del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        """Order the report by the given keys, most significant first.

        A single int selects an old-style key: -1 stdname, 0 calls,
        1 time, 2 cumulative.  No argument cancels the ordering."""
        if field and len(field) == 1 and isinstance(field[0], int):
            legacy = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}
            field = [legacy[field[0]]]
        elif not field:
            self.fcn_list = 0
            return self
        definitions = self.get_sort_arg_defs()
        compared = ()
        titles = []
        for word in field:
            fields, title = definitions[word]
            compared += fields
            titles.append(title)
        self.sort_type = ", ".join(titles)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        rows.sort(key=cmp_to_key(TupleComp(compared).compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        """Reverse the current ordering."""
        if self.fcn_list:
            self.fcn_list = self.fcn_list[::-1]
        return self

    def strip_dirs(self):
        """Drop the directories from every file name (merging functions
        that then coincide); the ordering is cancelled."""
        merged = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            short = func_strip_path(func)
            short_callers = {func_strip_path(k): v for k, v in callers.items()}
            entry = (cc, nc, tt, ct, short_callers)
            if short in merged:
                entry = add_func_stats(merged[short], entry)
            merged[short] = entry
            longest = max(longest, len(func_std_string(short)))
        self.stats = merged
        self.max_name_len = longest
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.fcn_list = 0
        self.all_callees = None
        return self

    def calc_callees(self):
        """Fill all_callees: for each function, the functions it called."""
        if self.all_callees:
            return
        callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, calls in callers.items():
                callees.setdefault(caller, {})[func] = calls
        self.all_callees = callees

    def eval_print_amount(self, sel, list, msg):
        """Apply one restriction (a regular expression searched in the
        names, a fraction, or a count) to list; note it in msg."""
        chosen = list
        if isinstance(sel, str):
            try:
                search = re.compile(sel).search
            except re.error:
                return chosen, msg + "   <Invalid regular expression %r>\n" % sel
            chosen = [f for f in list if search(func_std_string(f))]
        else:
            keep = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                keep = int(keep * sel + .5)
            elif isinstance(sel, int) and 0 <= sel < keep:
                keep = sel
            chosen = list[:keep]
        dropped = len(list) - len(chosen)
        if dropped:
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        """The functions to report on, after the restrictions, and the
        width of their names' column (0 and [] when none is left)."""
        ordered = bool(self.fcn_list)
        chosen = self.fcn_list[:] if ordered else list(self.stats)
        msg = ("   Ordered by: " + self.sort_type if ordered
               else "   Random listing order was used") + "\n"
        for sel in sel_list:
            chosen, msg = self.eval_print_amount(sel, chosen, msg)
        if not chosen:
            return 0, chosen
        print(msg, file=self.stream)
        width = self.max_name_len
        if len(chosen) < len(self.stats):
            width = max(len(func_std_string(f)) for f in chosen)
        return width + 2, chosen

    def print_stats(self, *amount):
        """Print the report: totals, then one line per function (the
        restrictions in amount applied in turn)."""
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        pad = ' ' * 8
        for func in self.top_level:
            print(pad, func_get_function_name(func), file=out)
        summary = "%d function calls" % self.total_calls
        if self.total_calls != self.prim_calls:
            summary += " (%d primitive calls)" % self.prim_calls
        print(pad, summary + " in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_title()
            for func in chosen:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        """For each function, the functions it called."""
        self.calc_callees()
        return self._call_report(amount, "called...", "->",
                                 lambda func: self.all_callees.get(func, {}))

    def print_callers(self, *amount):
        """For each function, the functions that called it."""
        return self._call_report(amount, "was called by...", "<-",
                                 lambda func: self.stats[func][4])

    def _call_report(self, amount, title, arrow, calls_of):
        width, chosen = self.get_print_list(amount)
        if not chosen:
            return self
        self.print_call_heading(width, title)
        for func in chosen:
            self.print_call_line(width, func, calls_of(func), arrow)
        self.stream.write("\n\n")
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # cProfile's callers carry timings: they get a column heading.
        detailed = False
        for entry in self.stats.values():
            if entry[4]:
                detailed = isinstance(next(iter(entry[4].values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ',
              file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            calls = call_dict[func]
            if isinstance(calls, tuple):
                nc, cc, tt, ct = calls
                count = '%d/%d' % (nc, cc) if nc != cc else '%d' % nc
                text = '%s %s %s  %s' % (count.rjust(7 if first else 9),
                                         f8(tt), f8(ct), name)
                lead = name_size + 1
            else:
                text = '%s(%r) %s' % (name, calls, f8(self.stats[func][3]))
                lead = name_size + 3
            print(text if first else ' ' * lead + text, file=self.stream)
            first = False

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ',
              file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        cells = [calls.rjust(9), f8(tt),
                 f8(tt / nc) if nc else ' ' * 8,
                 f8(ct),
                 f8(ct / cc) if cc else ' ' * 8,
                 func_std_string(func)]
        print(' '.join(cells), file=self.stream)


class TupleComp:
    """Compares tuples field by field: comp_select_list holds (index,
    direction) pairs, direction -1 putting larger values first."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            a, b = left[index], right[index]
            if a != b:
                return -direction if a < b else direction
        return 0


def func_std_string(func_name):
    """How reports name a function: file:line(name), or {name} for a
    built-in (file '~', line 0, name in angle brackets)."""
    filename, line, name = func_name
    if filename == '~' and line == 0:
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % (filename, line, name)


def add_func_stats(target, source):
    """The statistics of one function from two profiles, added."""
    sums = tuple(a + b for a, b in zip(source[:4], target[:4]))
    return sums + (add_callers(target[4], source[4]),)


def add_callers(target, source):
    """Two callers dicts, added (counts or timing tuples summed)."""
    combined = dict(target)
    for func, calls in source.items():
        if func not in combined:
            combined[func] = calls
        elif isinstance(calls, tuple):
            combined[func] = tuple(a + b for a, b in zip(calls, combined[func]))
        else:
            combined[func] += calls
    return combined


def count_calls(callers):
    """The number of calls a callers dict records."""
    return sum(callers.values())


def func_get_function_name(func):
    return func[-1]


def func_strip_path(func_name):
    """The function key with its file name's directory removed."""
    return (os.path.basename(func_name[0]),) + tuple(func_name[1:])


def f8(x):
    return "%8.3f" % x


# -- python -m pstats [FILE [FILE...]]: the interactive browser --------------

_NO_STATS = "No statistics object is loaded."

_AMOUNT_HELP = """Arguments may be:
* An integer maximum number of entries to print.
* A decimal fractional number between 0 and 1, controlling
  what fraction of selected entries to print.
* A regular expression; only entries with function names
  that match it are printed."""


def _browser_class():
    # Made on demand: cmd is needed only by the command line.
    import cmd

    def say(browser, *lines):
        for line in lines:
            print(line, file=browser.stream)

    class ProfileBrowser(cmd.Cmd):
        """Commands over one Stats object: read, add, sort, reverse,
        strip, stats, callers, callees, quit; the prompt names the file
        read last."""

        def __init__(self, profile=None):
            cmd.Cmd.__init__(self)
            self.prompt = "% "
            self.stats = None
            self.stream = sys.stdout
            if profile is not None:
                self.do_read(profile)

        def _report(self, method, line):
            # Each word an amount: an int is a count, a float in [0, 1]
            # a fraction, anything else a pattern over function names.
            restrictions = []
            for word in line.split():
                try:
                    restrictions.append(int(word))
                    continue
                except ValueError:
                    pass
                try:
                    fraction = float(word)
                except ValueError:
                    restrictions.append(word)
                    continue
                if 0 <= fraction <= 1:
                    restrictions.append(fraction)
                else:
                    say(self, "Fraction argument must be in [0, 1]")
            if self.stats:
                getattr(self.stats, method)(*restrictions)
            else:
                say(self, _NO_STATS)
            return 0

        def generic_help(self):
            say(self, _AMOUNT_HELP)

        def do_add(self, line):
            if not self.stats:
                say(self, _NO_STATS)
                return 0
            try:
                self.stats.add(line)
            except OSError as e:
                say(self, "Failed to load statistics for %s: %s" % (line, e))
            return 0

        def help_add(self):
            say(self, "Add profile info from given file to current statistics object.")

        def do_callees(self, line):
            return self._report('print_callees', line)

        def help_callees(self):
            say(self, "Print callees statistics from the current stat object.")
            self.generic_help()

        def do_callers(self, line):
            return self._report('print_callers', line)

        def help_callers(self):
            say(self, "Print callers statistics from the current stat object.")
            self.generic_help()

        def do_EOF(self, line):
            say(self, "")
            return 1

        def help_EOF(self):
            say(self, "Leave the profile brower.")

        def do_quit(self, line):
            return 1

        def help_quit(self):
            say(self, "Leave the profile brower.")

        def do_read(self, line):
            if not line:
                if len(self.prompt) <= 2:
                    say(self, "No statistics object is current -- cannot reload.")
                    return 0
                # reload the file the prompt names
                line = self.prompt[:-2]
            try:
                self.stats = Stats(line)
            except OSError as err:
                say(self, err.args[1])
                return None
            except Exception as err:
                print(type(err).__name__ + ':', err, file=self.stream)
                return None
            self.prompt = line + "% "
            return 0

        def help_read(self):
            say(self, "Read in profile data from a specified file.",
                "Without argument, reload the current file.")

        def do_reverse(self, line):
            if self.stats:
                self.stats.reverse_order()
            else:
                say(self, _NO_STATS)
            return 0

        def help_reverse(self):
            say(self, "Reverse the sort order of the profiling report.")

        def do_sort(self, line):
            if not self.stats:
                say(self, _NO_STATS)
                return None
            keys = line.split()
            known = self.stats.get_sort_arg_defs()
            if keys and all(key in known for key in keys):
                self.stats.sort_stats(*keys)
                return 0
            say(self, "Valid sort keys (unique prefixes are accepted):")
            for key, definition in Stats.sort_arg_dict_default.items():
                say(self, "%s -- %s" % (key, definition[1]))
            return 0

        def help_sort(self):
            say(self, "Sort profile data according to specified keys.",
                "(Typing `sort' without arguments lists valid keys.)")

        def complete_sort(self, text, *ignored):
            return [key for key in Stats.sort_arg_dict_default
                    if key.startswith(text)]

        def do_stats(self, line):
            return self._report('print_stats', line)

        def help_stats(self):
            say(self, "Print statistics from the current stat object.")
            self.generic_help()

        def do_strip(self, line):
            if self.stats:
                self.stats.strip_dirs()
            else:
                say(self, _NO_STATS)

        def help_strip(self):
            say(self, "Strip leading path information from filenames in the report.")

        def help_help(self):
            say(self, "Show help for a given command.")

        def postcmd(self, stop, line):
            # a command's 0 (or None) goes on; only a true value stops
            return stop or None

    return ProfileBrowser


def _main(argv):
    try:
        import readline  # line editing for the prompt, where there is one
    except ImportError:
        pass
    try:
        browser = _browser_class()(argv[0] if argv else None)
        for extra in argv[1:]:
            browser.do_add(extra)
        print("Welcome to the profile statistics browser.", file=browser.stream)
        browser.cmdloop()
        print("Goodbye.", file=browser.stream)
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    _main(sys.argv[1:])
