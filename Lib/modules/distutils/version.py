"""Version numbers that order as their parts do.

StrictVersion reads "MAJOR.MINOR[.PATCH][{a|b}N]" and refuses anything
else; LooseVersion reads any text, splitting it into runs of digits
(compared as numbers) and runs of letters (compared as text).  Both
compare with each other's kind of instance or with a str, which is read
as the left operand's class reads it."""

import re


class Version:
    """What StrictVersion and LooseVersion share: construction from an
    optional text and the comparison operators, which rest on _cmp()."""

    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def __repr__(self):
        return "%s ('%s')" % (type(self).__name__, str(self))

    def __eq__(self, other):
        outcome = self._cmp(other)
        return outcome if outcome is NotImplemented else outcome == 0

    def __lt__(self, other):
        outcome = self._cmp(other)
        return outcome if outcome is NotImplemented else outcome < 0

    def __le__(self, other):
        outcome = self._cmp(other)
        return outcome if outcome is NotImplemented else outcome <= 0

    def __gt__(self, other):
        outcome = self._cmp(other)
        return outcome if outcome is NotImplemented else outcome > 0

    def __ge__(self, other):
        outcome = self._cmp(other)
        return outcome if outcome is NotImplemented else outcome >= 0


def _order(a, b):
    # -1, 0 or 1 as a orders before, with or after b; == is asked first
    # and then <, so an unorderable pair fails on "<".
    if a == b:
        return 0
    return -1 if a < b else 1


class StrictVersion(Version):
    """A version of two or three numbers and an optional pre-release tag,
    "a" or "b" and a number: 1.0, 1.0.4, 2.3b1.  A release orders after
    its own pre-releases (1.0a1 < 1.0b2 < 1.0)."""

    version_re = re.compile(r'^(\d+) \. (\d+) (\. (\d+))? ([ab](\d+))?$',
                            re.VERBOSE | re.ASCII)

    def parse(self, vstring):
        found = self.version_re.match(vstring)
        if not found:
            raise ValueError("invalid version number '%s'" % vstring)
        major, minor, _, patch, tag, tag_number = found.group(1, 2, 3, 4, 5, 6)
        self.version = (int(major), int(minor), int(patch) if patch else 0)
        self.prerelease = (tag[0], int(tag_number)) if tag else None

    def __str__(self):
        major, minor, patch = self.version
        text = '%d.%d' % (major, minor) if patch == 0 else '%d.%d.%d' % self.version
        if self.prerelease:
            text += '%s%d' % self.prerelease
        return text

    def _cmp(self, other):
        if isinstance(other, str):
            other = StrictVersion(other)
        if self.version != other.version:
            return _order(self.version, other.version)
        # Same numbers: a pre-release comes before the release.
        mine, theirs = self.prerelease, other.prerelease
        if mine is None and theirs is None:
            return 0
        if mine is None:
            return 1
        if theirs is None:
            return -1
        return _order(mine, theirs)


class LooseVersion(Version):
    """Any version text: "1.5.2b2", "2.0.0-rc1", "1.13++".  Its parts are
    the runs of digits (as ints) and of lowercase letters and the other
    characters between the dots, compared in turn like a list; comparing a
    number with a word raises TypeError, as lists do."""

    component_re = re.compile(r'(\d+ | [a-z]+ | \.)', re.VERBOSE)

    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def parse(self, vstring):
        self.vstring = vstring
        parts = []
        for piece in self.component_re.split(vstring):
            if not piece or piece == '.':
                continue
            try:
                parts.append(int(piece))
            except ValueError:
                parts.append(piece)
        self.version = parts

    def __str__(self):
        return self.vstring

    def __repr__(self):
        return "LooseVersion ('%s')" % str(self)

    def _cmp(self, other):
        if isinstance(other, str):
            other = LooseVersion(other)
        return _order(self.version, other.version)
