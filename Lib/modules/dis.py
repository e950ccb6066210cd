"""Disassemble the bytecode of this interpreter's code objects.

The interpreter's bytecode is CPython 3.4-style (see opcode): an
instruction with an argument takes three bytes. Listings and
Instructions show it laid out as CPython 3.6 lays out its own, two bytes
an instruction, so that offsets and jump arguments read as 3.6's. dis()
prints a listing, get_instructions() and Bytecode give Instruction
tuples, code_info() and show_code() describe a code object.
"""

import collections
import io
import sys
import types

import opcode as _opcode
from opcode import *

__all__ = ("code_info dis disassemble distb disco findlinestarts "
           "findlabels show_code get_instructions Instruction "
           "Bytecode").split() + list(_opcode.__all__)

# What dis() of a class or module disassembles among its members.
_have_code = (type, staticmethod, classmethod, types.CodeType,
              types.FunctionType, types.MethodType)

# The names of the code flag bits, lowest first.
COMPILER_FLAG_NAMES = dict(
    (1 << bit, name) for bit, name in enumerate(
        "OPTIMIZED NEWLOCALS VARARGS VARKEYWORDS NESTED GENERATOR NOFREE "
        "COROUTINE ITERABLE_COROUTINE ASYNC_GENERATOR".split()))


def _stream(file):
    # Where print() writes: file, or sys.stdout as it is now.
    return sys.stdout if file is None else file


def _try_compile(source, name):
    # Source text as an expression when it is one, else as statements.
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def _unwrap(x):
    # The code object (or whatever else) behind a method, function,
    # generator or coroutine; anything else as it is.
    x = getattr(x, "__func__", x)
    for attr in ("__code__", "gi_code", "cr_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _cannot(x):
    return TypeError("don't know how to disassemble %s objects" %
                     type(x).__name__)


def _code_of(x):
    # The code object behind x, source text compiled.
    code = _unwrap(x)
    if isinstance(code, str):
        code = _try_compile(code, "<disassembly>")
    if not hasattr(code, "co_code"):
        raise _cannot(x)
    return code


_get_code_object = _code_of


def dis(x=None, *, file=None):
    """Print the disassembly of x: a module, class, method, function,
    generator, code object, source string or raw bytecode; with no x, the
    traceback of the last exception."""
    if x is None:
        return distb(file=file)
    x = _unwrap(x)
    if hasattr(x, "co_code"):
        disassemble(x, file=file)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        disassemble(_try_compile(x, "<dis>"), file=file)
    elif hasattr(x, "__dict__"):
        _dis_members(x, file)
    else:
        raise _cannot(x)


def _dis_members(holder, file):
    # dis() of each member of a class or module that holds code.
    out = _stream(file)
    members = [(name, member) for name, member in vars(holder).items()
               if isinstance(member, _have_code)]
    for name, member in sorted(members, key=lambda item: item[0]):
        out.write("Disassembly of %s:\n" % name)
        try:
            dis(member, file=file)
        except TypeError as problem:
            out.write("Sorry: %s\n" % problem)
        out.write("\n")


def distb(tb=None, *, file=None):
    """Print the disassembly of the code where traceback tb (by default
    the last one) ended, marking the instruction that raised."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
        tb = _innermost(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def _innermost(tb):
    # The last entry of traceback tb: where the exception was raised.
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def pretty_flags(flags):
    """The names of the flags set in a code object's co_flags."""
    names = [COMPILER_FLAG_NAMES[1 << bit] for bit in range(10)
             if flags & (1 << bit)]
    rest = flags & ~0x3FF
    if rest or not names:
        names.append(hex(rest))
    return ", ".join(names)


def code_info(x):
    """A description of the code object behind x: name, file, counts,
    flags, constants and names, as CPython's code_info lays it out."""
    return _format_code_info(_code_of(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            for i, item in enumerate(items):
                lines.append("%4d: %s" % (i, show(item)))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=_stream(file))


_Instruction = collections.namedtuple(
    "_Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target")


class Instruction(_Instruction):
    """One bytecode instruction: its name and number, its argument as a
    number (arg), as what it stands for (argval) and as text (argrepr),
    its offset, the line it starts (or None) and whether a jump lands on
    it."""

    def _disassemble(self, lineno_width=3, mark_as_current=False):
        line = ""
        if lineno_width:
            number = "" if self.starts_line is None else str(self.starts_line)
            line = number.rjust(lineno_width) + " "
        line += "%s %s %4r %-20s" % ("-->" if mark_as_current else "   ",
                                     ">>" if self.is_jump_target else "  ",
                                     self.offset, self.opname)
        if self.arg is not None:
            line += " %5r" % (self.arg,)
            if self.argrepr:
                line += " (%s)" % self.argrepr
        return line.rstrip()


def get_instructions(x, *, first_line=None):
    """Iterate over the Instructions of the code behind x; first_line
    renumbers its lines from that number."""
    co = _code_of(x)
    cells = co.co_cellvars + co.co_freevars
    starts = dict(findlinestarts(co))
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co.co_code, co.co_varnames, co.co_names,
                         co.co_consts, cells, starts, offset)


def _old_layout(code):
    # (offset, opcode, arg, next offset) of each instruction of the
    # interpreter's own layout, EXTENDED_ARG folded into the argument of
    # the one that follows it (and dropped): its offset is the
    # EXTENDED_ARG's, where jumps and the line table point.
    i, n, extended, start, prefixed = 0, len(code), 0, 0, False
    while i < n:
        op = code[i]
        if not prefixed:
            start = i
        prefixed = False
        i += 1
        arg = None
        if op >= HAVE_ARGUMENT:
            if i + 1 < n:
                arg = code[i] | (code[i + 1] << 8)
            elif i < n:
                arg = code[i]
            else:
                arg = 0
            arg |= extended
            extended = 0
            i += 2
            if op == EXTENDED_ARG:
                extended, prefixed = arg << 16, True
                continue
        yield start, op, arg, i


def _prefixes(arg):
    # How many EXTENDED_ARG words a 3.6 instruction with arg needs.
    count = 0
    while arg is not None and arg > 0xFF:
        arg >>= 8
        count += 1
    return count


_layouts = {}
_CLEANUP = opmap["WITH_CLEANUP_START"]
# The opcodes 3.6's forms of MAKE_FUNCTION and BUILD_MAP have here (see
# opcode's docstring), shown as 3.6 numbers them.
_SHOWN_AS = {139: opmap["MAKE_FUNCTION"], 159: opmap["BUILD_MAP"]}
# A call with *args (and **kwargs) and no other argument is 3.6's
# CALL_FUNCTION_EX, its flag telling whether **kwargs is there: keyed by
# (opcode, argument) here, (name, opcode, argument) as 3.6 shows it. The
# name is not opname's: 142 keeps 3.4's meaning here.
_CALL_EX = 142
_SHOWN_CALLS = {(opmap["CALL_FUNCTION_VAR"], 0): ("CALL_FUNCTION_EX", 0),
                (opmap["CALL_FUNCTION_VAR_KW"], 0): ("CALL_FUNCTION_EX", 1)}


def _wordcode(code):
    """The instructions of code laid out as CPython 3.6 does, two bytes
    each (EXTENDED_ARG words before a wide argument, the pair 3.6 has for
    our one WITH_CLEANUP_START), so that offsets,
    jump arguments and listings read as 3.6's: a list of (offset, opcode,
    arg, next offset), jump arguments recomputed for the new offsets, and
    a dict from each old offset (the code's end included) to the new
    one."""
    code = bytes(code)
    cached = _layouts.get(code)
    if cached is not None:
        return cached
    old = list(_old_layout(code))
    targets = {}
    for start, op, arg, after in old:
        if arg is None:
            continue
        if op in hasjrel:
            targets[start] = after + arg
        elif op in hasjabs:
            targets[start] = arg
    args = [arg for _, _, arg, _ in old]
    for _ in range(8):
        where, pos = {}, 0
        for (start, op, arg, after), new_arg in zip(old, args):
            where[start] = pos
            pos += 2 * (1 + _prefixes(new_arg) + (op == _CLEANUP))
        where[len(code)] = pos
        changed = False
        for i, (start, op, arg, after) in enumerate(old):
            if start not in targets:
                continue
            target = where.get(targets[start], pos)
            size = 2 * (1 + _prefixes(args[i]))
            new_arg = target - (where[start] + size) if op in hasjrel \
                else target
            if new_arg < 0:
                new_arg = 0
            if new_arg != args[i]:
                args[i], changed = new_arg, True
        if not changed:
            break
    # Offsets inside an instruction (and unknown ones) go to its start;
    # the opcode after an EXTENDED_ARG to its own word.
    mapping = dict(where)
    result = []
    for (start, op, arg, after), new_arg in zip(old, args):
        at = where[start]
        if after - start == 6:
            mapping[start + 3] = at + 2 * _prefixes(new_arg)
        for k in range(_prefixes(new_arg), 0, -1):
            # Shown as 3.6 shows it: the argument so far.
            result.append((at, EXTENDED_ARG, new_arg >> (8 * k), at + 2))
            at += 2
        shown = _SHOWN_CALLS.get((op, new_arg))
        if shown is not None:
            # -1: named apart (_instructions), not by opname.
            result.append((at, -1, shown, at + 2))
        else:
            result.append((at, _SHOWN_AS.get(op, op), new_arg, at + 2))
        if op == _CLEANUP:
            # One instruction here does what 3.6 splits in two.
            result.append((at + 2, _CLEANUP + 1, None, at + 4))
    cached = result, mapping
    if len(_layouts) > 256:
        _layouts.clear()
    _layouts[code] = cached
    return cached


def _new_offset(code, offset, mapping=None):
    """Offset offset of the interpreter's layout of code, in 3.6's
    (mapping: _wordcode(code)'s, when the caller has it)."""
    if offset is None or offset < 0:
        return offset
    if mapping is None:
        mapping = _wordcode(code)[1]
    if offset in mapping:
        return mapping[offset]
    earlier = [o for o in mapping if o <= offset]
    return mapping[max(earlier)] if earlier else offset


def _raw_instructions(code):
    # (offset, opcode, arg, next offset) for each instruction, in 3.6's
    # layout (see _wordcode).
    return iter(_wordcode(code)[0])


_FORMAT_VALUE = opmap["FORMAT_VALUE"]
_CONVERSIONS = ((None, ""), (str, "str"), (repr, "repr"), (ascii, "ascii"))


def _format_value_arg(arg):
    # FORMAT_VALUE's argument: (conversion function or None, whether a
    # format spec is on the stack), and its text.
    convert, text = _CONVERSIONS[arg & 3]
    with_spec = bool(arg & 4)
    if with_spec:
        text = text + ", with format" if text else "with format"
    return (convert, with_spec), text


def _named(table, arg):
    """table[arg] as both the value and the text of an argument, or the
    bare number and its repr when the table is missing or too short."""
    if table is not None and arg < len(table):
        return table[arg], table[arg]
    return arg, repr(arg)


def _instructions(code, varnames=None, names=None, constants=None,
                  cells=None, linestarts=None, line_offset=0):
    labels = findlabels(code)
    for offset, op, arg, after in _raw_instructions(code):
        name = None
        if op == -1:
            (name, arg), op = arg, _CALL_EX
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        argval, argrepr = arg, ""
        if arg is not None:
            if op in hasconst:
                if constants is not None and arg < len(constants):
                    argval = constants[arg]
                argrepr = repr(argval)
            elif op in hasname:
                argval, argrepr = _named(names, arg)
            elif op in hasjrel:
                argval = after + arg
                argrepr = "to " + repr(argval)
            elif op in hasjabs:
                pass  # 3.6 shows the bare target
            elif op in haslocal:
                argval, argrepr = _named(varnames, arg)
            elif op in hascompare:
                if arg < len(cmp_op):
                    argval = argrepr = cmp_op[arg]
            elif op in hasfree:
                argval, argrepr = _named(cells, arg)
            elif op == _FORMAT_VALUE:
                argval, argrepr = _format_value_arg(arg)
        yield Instruction(name or opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels)


def disassemble(co, lasti=-1, *, file=None):
    """Print the disassembly of code object co, marking the instruction at
    offset lasti."""
    cells = co.co_cellvars + co.co_freevars
    starts = dict(findlinestarts(co))
    lasti = _new_offset(co.co_code, lasti)
    _disassemble_bytes(co.co_code, lasti, co.co_varnames, co.co_names,
                       co.co_consts, cells, starts, file=file)


disco = disassemble


def _disassemble_bytes(code, lasti=-1, varnames=None, names=None,
                       constants=None, cells=None, linestarts=None, *,
                       file=None, line_offset=0):
    show_lines = linestarts is not None
    width = 3 if show_lines else 0
    for ins in _instructions(code, varnames, names, constants, cells,
                             linestarts, line_offset):
        if show_lines and ins.starts_line is not None and ins.offset > 0:
            print(file=_stream(file))
        print(ins._disassemble(width, ins.offset == lasti), file=_stream(file))


def findlabels(code):
    """The offsets in bytecode code that a jump leads to."""
    labels = []
    for offset, op, arg, after in _raw_instructions(code):
        if arg is None:
            continue
        if op in hasjrel:
            target = after + arg
        elif op in hasjabs:
            target = arg
        else:
            continue
        if target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Yield (offset, line) for each offset of code object code where a
    new source line starts, from its co_lnotab."""
    table = code.co_lnotab
    offset, line, reported = 0, code.co_firstlineno, None
    # Read and looked up once: co_code is a new copy at each reading,
    # and finding the layout again hashes it.
    raw = code.co_code
    mapping = _wordcode(raw)[1]
    for pos in range(0, len(table) - 1, 2):
        if table[pos] and line != reported:
            yield _new_offset(raw, offset, mapping), line
            reported = line
        offset += table[pos]
        line += table[pos + 1]  # the interpreter's increments never go back
    if line != reported:
        yield _new_offset(raw, offset, mapping), line


class Bytecode:
    """The instructions of a code object (or of what holds one), to
    iterate over, with info() and dis() giving its description and
    listing as text."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        co = _code_of(x)
        self.codeobj, self._original_object = co, x
        self.current_offset = current_offset
        self.first_line = co.co_firstlineno if first_line is None \
            else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._cell_names = co.co_cellvars + co.co_freevars
        self._linestarts = dict(findlinestarts(co))

    def __iter__(self):
        code = self.codeobj
        return _instructions(code.co_code, code.co_varnames,
                             code.co_names, code.co_consts,
                             self._cell_names, self._linestarts,
                             self._line_offset)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb):
        """The Bytecode of the code where traceback tb ended, its current
        offset the instruction that raised."""
        last = _innermost(tb)
        return cls(last.tb_frame.f_code, current_offset=last.tb_lasti)

    def dis(self):
        """The disassembly listing, as text."""
        out = io.StringIO()
        code, at = self.codeobj, self.current_offset
        at = _new_offset(code.co_code, at)
        _disassemble_bytes(code.co_code, -1 if at is None else at,
                           code.co_varnames, code.co_names, code.co_consts,
                           self._cell_names, self._linestarts, file=out,
                           line_offset=self._line_offset)
        return out.getvalue()

    def info(self):
        """code_info() of the code object."""
        return _format_code_info(self.codeobj)


def _test():
    """Disassemble the file named on the command line (or stdin)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType(), nargs="?",
                        default="-")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    _test()
