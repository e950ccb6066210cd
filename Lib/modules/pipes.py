"""Conversion pipelines of shell commands: a Template strings commands
that read and write standard input and output or named files, and opens
a file through them or copies one file to another through them.

Each command added has a kind, two characters: the first says how it
reads ('-' standard input, 'f' a file named $IN, '.' nothing), the
second how it writes ('-' standard output, 'f' a file named $OUT, '.'
nothing)."""

import re
import os
import tempfile
from shlex import quote

__all__ = ["Template"]

stepkinds = ['ff', '-f', 'f-', '--', '.-', '-.']
(FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT,
 SOURCE, SINK) = stepkinds


class Template:
    """A pipeline of commands, built with append and prepend."""

    def __init__(self):
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return '<Template instance, steps=%r>' % (self.steps,)

    def reset(self):
        """Remove every command."""
        self.steps = []

    def clone(self):
        """A new Template with the same commands and debugging flag."""
        other = Template()
        other.steps = list(self.steps)
        other.debugging = self.debugging
        return other

    def debug(self, flag):
        """Print the shell commands run (and let the shell trace them)."""
        self.debugging = flag

    def _check(self, cmd, kind, where):
        if not isinstance(cmd, str):
            raise TypeError('Template.%s: cmd must be a string' % where)
        if kind not in stepkinds:
            raise ValueError('Template.%s: bad kind %r' % (where, kind))

    def _check_files(self, cmd, kind, where):
        if kind[0] == 'f' and not re.search(r'\$IN\b', cmd):
            raise ValueError('Template.%s: missing $IN in cmd' % where)
        if kind[1] == 'f' and not re.search(r'\$OUT\b', cmd):
            raise ValueError('Template.%s: missing $OUT in cmd' % where)

    def append(self, cmd, kind):
        """Add cmd, of the given kind, at the end."""
        self._check(cmd, kind, 'append')
        if kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        self._check_files(cmd, kind, 'append')
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        """Add cmd, of the given kind, at the start."""
        self._check(cmd, kind, 'prepend')
        if kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        self._check_files(cmd, kind, 'prepend')
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        """Open file for reading ('r') through the pipeline or for writing
        ('w') into it."""
        opener = {'r': self.open_r, 'w': self.open_w}.get(rw)
        if opener is not None:
            return opener(file)
        raise ValueError('Template.open: rw must be \'r\' or \'w\', not %r'
                         % (rw,))

    def open_r(self, file):
        """The pipeline's output, reading file."""
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            raise ValueError('Template.open_r: pipeline ends width SINK')
        return os.popen(self.makepipeline(file, ''), 'r')

    def open_w(self, file):
        """A file whose writes go through the pipeline into file."""
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        return os.popen(self.makepipeline('', file), 'w')

    def copy(self, infile, outfile):
        """Run the pipeline from infile to outfile; the shell's status."""
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        """The shell command of the pipeline from infile to outfile."""
        text = makepipeline(infile, self.steps, outfile)
        if not self.debugging:
            return text
        print(text)
        return 'set -x; ' + text


def makepipeline(infile, steps, outfile):
    # One entry per step: [input file, command, kind, output file], the
    # files '' (a pipe) until filled in below.
    plan = [['', cmd, kind, ''] for cmd, kind in steps] or [['', 'cat', '--', '']]
    if plan[0][2][0] == 'f' and not infile:
        plan.insert(0, ['', 'cat', '--', ''])
    plan[0][0] = infile
    if plan[-1][2][1] == 'f' and not outfile:
        plan.append(['', 'cat', '--', ''])
    plan[-1][3] = outfile

    # Steps joined by a file rather than a pipe share a temporary file.
    temps = []
    for left, right in zip(plan, plan[1:]):
        if left[2][1] == 'f' or right[2][0] == 'f':
            fd, name = tempfile.mkstemp()
            os.close(fd)
            temps.append(name)
            left[3] = right[0] = name

    lines = []
    for src, cmd, kind, dst in plan:
        if kind[1] == 'f':
            cmd = 'OUT=%s; %s' % (quote(dst), cmd)
        if kind[0] == 'f':
            cmd = 'IN=%s; %s' % (quote(src), cmd)
        if kind[0] == '-' and src:
            cmd += ' <' + quote(src)
        if kind[1] == '-' and dst:
            cmd += ' >' + quote(dst)
        if not lines:
            lines.append(cmd)
        elif src:
            lines.append('\n' + cmd)
        else:
            lines.append(' |\n' + ('{ %s; }' % cmd if 'f' in kind else cmd))
    text = ''.join(lines)
    if temps:
        remove = ' '.join(['rm -f'] + [quote(n) for n in temps])
        text = '%s\n%s\n%s' % ('trap %s 1 2 3 13 14 15' % quote(remove + '; exit'),
                               text, remove)
    return text
