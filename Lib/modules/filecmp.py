"""Compare files and directory trees.

cmp() compares two files, cmpfiles() a list of names in two directories,
and dircmp two directories, computing the lists of names it reports
(left_only, same_files, subdirs, ...) the first time each is asked for.
"""

from itertools import filterfalse
import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8192

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Outcomes of byte-by-byte comparisons, keyed by the two names and their
# signatures, so that a file changed since is compared again.
_cache = {}


def clear_cache():
    """Forget the outcomes cmp() remembers."""
    _cache.clear()


def _sig(st):
    # What a shallow comparison looks at: file type, size and mtime.
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether the files named f1 and f2 have the same contents.

    Only regular files can be the same. With shallow true, two files of
    equal type, size and modification time are taken as the same without
    reading them. OSError from os.stat() propagates."""
    sig1, sig2 = _sig(os.stat(f1)), _sig(os.stat(f2))
    both_regular = sig1[0] == sig2[0] == stat.S_IFREG
    if not both_regular or sig1[1] != sig2[1]:
        # A shallow match needs equal sizes too, so this answers first.
        return False
    if shallow and sig1 == sig2:
        return True
    key = (f1, f2, sig1, sig2)
    same = _cache.get(key)
    if same is None:
        same = _do_cmp(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = same
    return same


def _do_cmp(f1, f2):
    # Read both files block by block until they differ or end.
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block = a.read(BUFSIZE)
            if block != b.read(BUFSIZE):
                return False
            if not block:
                return True


def _filter(names, skip):
    # names without those in skip, in their order.
    return [name for name in names if name not in skip]


def _cmp(a, b, sh):
    # 0 for the same, 1 for different, 2 when either cannot be read.
    try:
        return 0 if cmp(a, b, sh) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare each name of common in directory a with the same name in b.

    Returns three lists of names: the same, the different, and those that
    could not be compared."""
    outcome = ([], [], [])
    for name in common:
        verdict = _cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        outcome[verdict].append(name)
    return outcome


class dircmp:
    """The comparison of directories a and b, ignoring the names in ignore
    (DEFAULT_IGNORES) and hide ([os.curdir, os.pardir]).

    Each attribute below is computed on first use:
      left_list, right_list   the names in a and b, sorted, less the above
      common                  names in both
      left_only, right_only   names in one only
      common_dirs             common names that are directories in both
      common_files            common names that are regular files in both
      common_funny            common names of different or other types,
                              or that os.stat() fails on
      same_files, diff_files  common files with the same or other contents
                              (shallow cmp())
      funny_files             common files that could not be compared
      subdirs                 a dircmp for each of common_dirs

    report() prints the comparison; report_partial_closure() adds the
    immediate subdirectories', report_full_closure() those of the whole
    tree."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        # The listings.
        skip = self.hide + self.ignore
        self.left_list = sorted(_filter(os.listdir(self.left), skip))
        self.right_list = sorted(_filter(os.listdir(self.right), skip))

    def phase1(self):
        # Which names are on which side (compared in normalised case).
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in filterfalse(right.__contains__, left)]
        self.right_only = [right[k] for k in filterfalse(left.__contains__, right)]

    def phase2(self):
        # Sort the common names by what they are on both sides.
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kinds = []
            for side in (self.left, self.right):
                try:
                    kinds.append(stat.S_IFMT(os.stat(os.path.join(side, name)).st_mode))
                except OSError:
                    break
            if len(kinds) == 2 and kinds[0] == kinds[1] and stat.S_ISDIR(kinds[0]):
                self.common_dirs.append(name)
            elif len(kinds) == 2 and kinds[0] == kinds[1] and stat.S_ISREG(kinds[0]):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        # Compare the common files.
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        # A comparison for each common subdirectory.
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = dircmp(os.path.join(self.left, name),
                                        os.path.join(self.right, name),
                                        self.ignore, self.hide)

    def phase4_closure(self):
        # Subdirectories all the way down.
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    # Which phase computes each lazily computed attribute.
    methodmap = {}
    for _phase, _names in ((phase0, 'left_list right_list'),
                           (phase1, 'common left_only right_only'),
                           (phase2, 'common_dirs common_files common_funny'),
                           (phase3, 'same_files diff_files funny_files'),
                           (phase4, 'subdirs')):
        for _name in _names.split():
            methodmap[_name] = _phase
    del _phase, _names, _name

    def __getattr__(self, attr):
        # Only reached for attributes not computed yet.
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    def report(self):
        """Print the comparison of the two directories."""
        print('diff', self.left, self.right)
        for names, label in ((self.left_only, 'Only in ' + str(self.left)),
                             (self.right_only, 'Only in ' + str(self.right))):
            if names:
                names.sort()
                print(label, ':', names)
        for attr, label in (('same_files', 'Identical files'),
                            ('diff_files', 'Differing files'),
                            ('funny_files', 'Trouble with common files'),
                            ('common_dirs', 'Common subdirectories'),
                            ('common_funny', 'Common funny cases')):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(label, ':', names)

    def report_partial_closure(self):
        """report(), then that of each immediate subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then that of every subdirectory, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()


def demo():
    """Command line: filecmp [-r] dir1 dir2 prints their comparison (with
    -r, that of the whole trees)."""
    import getopt
    import sys
    opts, dirs = getopt.getopt(sys.argv[1:], 'r')
    if len(dirs) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(*dirs)
    recursive = any(opt == '-r' for opt, _ in opts)
    (comparison.report_full_closure if recursive else comparison.report)()


if __name__ == '__main__':
    demo()
