"""Terminal modes: put a terminal in raw or cbreak mode.

Everything termios defines is available here too.
"""

__all__ = ["setraw", "setcbreak"]

from termios import *

# Positions in the list termios.tcgetattr() returns.
IFLAG, OFLAG, CFLAG, LFLAG, ISPEED, OSPEED, CC = range(7)


def _change(fd, when, edit):
    # Read fd's attributes, let edit change the list, then write it
    # back, reading a byte at a time with no timeout.
    attrs = tcgetattr(fd)
    edit(attrs)
    attrs[CC][VMIN] = 1
    attrs[CC][VTIME] = 0
    tcsetattr(fd, when, attrs)


def setraw(fd, when=TCSAFLUSH):
    """Put terminal fd in raw mode: no echo, no line editing, no signal
    keys, no input or output processing, 8-bit characters."""
    def raw(attrs):
        attrs[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        attrs[OFLAG] &= ~OPOST
        attrs[CFLAG] = (attrs[CFLAG] & ~(CSIZE | PARENB)) | CS8
        attrs[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    _change(fd, when, raw)


def setcbreak(fd, when=TCSAFLUSH):
    """Put terminal fd in cbreak mode: characters arrive as typed, without
    echo, while signal keys and output processing stay on."""
    def cbreak(attrs):
        attrs[LFLAG] &= ~(ECHO | ICANON)
    _change(fd, when, cbreak)
