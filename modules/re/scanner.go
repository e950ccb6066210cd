package re

// scannerSource is the part of the re module written in Python: the
// Scanner class (undocumented in CPython 3.6, used by tokenizers), which
// runs a lexicon of (pattern, action) pairs over a string. It is the
// module's CodeSrc, run after the Go functions are in place.
const scannerSource = `
# The class of compiled patterns, under the name some libraries use.
_pattern_type = type(compile(''))


def _compile(pattern, flags):
    """compile() under the name pickles of patterns call (3.6's re._compile)."""
    return compile(pattern, flags)


def _pickle(p):
    # Patterns pickle as the call that compiles them again.
    return _compile, (p.pattern, p.flags)


import copyreg as _copyreg
_copyreg.pickle(_pattern_type, _pickle, _compile)
del _copyreg


class Scanner:
    """Cut a string into tokens with a lexicon of (pattern, action) pairs.

    scan(string) matches the patterns, in order of preference, at the
    current position; the action of the pattern that matched is called
    with the scanner and the matched text (or taken as it is when it is
    not callable), and its result is kept unless it is None. It returns
    the results and the part of the string no pattern matched."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase is one group of an alternation; _first_groups holds
        # the number of each phrase's group (its own groups follow it).
        alternatives = []
        self._first_groups = []
        number = 1
        for phrase, action in lexicon:
            self._first_groups.append(number)
            alternatives.append('(' + phrase + ')')
            number += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(alternatives), flags)

    def _phrase_of(self, m):
        for index, number in enumerate(self._first_groups):
            if m.start(number) >= 0:
                return index
        return None

    def scan(self, string):
        results = []
        pos = 0
        next_match = self.scanner.scanner(string).match
        while True:
            m = next_match()
            if m is None or m.end() == pos:
                break
            action = self.lexicon[self._phrase_of(m)][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                results.append(action)
            pos = m.end()
        return results, string[pos:]
`
