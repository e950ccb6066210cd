"""Compile Python source typed at an interactive prompt, telling a
complete statement from one that needs more lines.

compile_command(source) returns a code object when source is a complete
statement, None when it is a valid beginning that needs more input, and
raises SyntaxError (or OverflowError, ValueError) when it can only be
wrong. Compile and CommandCompiler do the same while remembering the
__future__ statements compiled so far, as an interactive session does.

The verdict comes from compiling the text three times, as it is and with
one and two newlines added: a text that compiles as it is is complete;
one whose errors move with the added newlines only lacks lines; one that
fails the same way each time is wrong.
"""

import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, name) for name in __future__.all_feature_names]

# compile() flag: the end of the text does not close open blocks.
PyCF_DONT_IMPLY_DEDENT = 0x200


def _only_comments(source):
    # Whether every line of source is blank or a comment.
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if _only_comments(source) and symbol != "eval":
        # Nothing to run, which is complete.
        source = "pass"
    attempts = []
    for suffix in ("", "\n", "\n\n"):
        try:
            attempts.append((compiler(source + suffix, filename, symbol), None))
        except SyntaxError as exc:
            attempts.append((None, exc))
    code, _ = attempts[0]
    if code:
        return code
    code1, err1 = attempts[1]
    err2 = attempts[2][1]
    if not code1 and repr(err1) == repr(err2):
        raise err1
    return None


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source, a command typed at a prompt: a code object when it
    is complete, None when it needs more lines; SyntaxError,
    OverflowError or ValueError when it is invalid.

    filename is the name errors give (default "<input>"); symbol is the
    start symbol, "single" (default), "exec" or "eval"."""
    return _maybe_compile(_compile_open, source, filename, symbol)


def _compile_open(source, filename, symbol):
    # compile() without the implied closing of blocks at the end.
    _check_open_block(source, filename, symbol)
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


class Compile:
    """compile() for an interactive session: after compiling a __future__
    statement, it compiles everything after with that feature on."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        if self.flags & PyCF_DONT_IMPLY_DEDENT:
            _check_open_block(source, filename, symbol)
        code = compile(source, filename, symbol, self.flags, 1)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


def _check_open_block(source, filename, symbol):
    # Without an implied dedent, text that ends (with no newline) on an
    # indented line of a block leaves the block open: CPython's tokenizer
    # then reports the end of the input. The line is in a block, rather
    # than continuing bracketed text, when an equally indented statement
    # may follow it.
    if symbol == "eval" or source.endswith("\n"):
        return
    last = source.rsplit("\n", 1)[-1]
    indent = last[:len(last) - len(last.lstrip(" \t"))]
    if not indent or not last.strip() or last.lstrip().startswith("#"):
        return
    try:
        compile(source + "\n" + indent + "pass", filename, "exec", 0, 1)
    except (SyntaxError, ValueError, OverflowError):
        return
    raise SyntaxError("unexpected EOF while parsing",
                      (filename, source.count("\n") + 1, len(last), last))


class CommandCompiler:
    """compile_command() for an interactive session: the __future__
    statements it compiles stay in force for later commands."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """As compile_command(), with the session's __future__ features."""
        return _maybe_compile(self.compiler, source, filename, symbol)
