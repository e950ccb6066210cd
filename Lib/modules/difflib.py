"""Compare sequences and show their differences.

This is the project's own implementation of CPython 3.6's difflib: the
matcher (SequenceMatcher), line-oriented human readable deltas (Differ,
ndiff, restore), the unified and context formats (unified_diff,
context_diff, diff_bytes), fuzzy lookup (get_close_matches) and
side-by-side HTML tables (HtmlDiff).
"""

import heapq as _heapq
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matched, total):
    # Twice the matched count over the combined length; two empty
    # sequences are identical.
    if not total:
        return 1.0
    return 2.0 * matched / total


class SequenceMatcher:
    """Find the longest matching blocks of two sequences of hashable items.

    The element pairs are found by repeatedly taking the longest
    contiguous run that contains no "junk" and recursing on either side
    of it. Elements of the second sequence that isjunk accepts are junk;
    with autojunk, elements making up more than 1% of a second sequence
    of 200 items or more count as popular and are left out as well.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        """Build a matcher; isjunk(x) tells junk elements of b."""
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence; the analysis of the second is kept."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, indexing its elements afresh."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        seq = self.b
        where = {}
        for pos, item in enumerate(seq):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]
        popular = set()
        size = len(seq)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, spots in list(where.items()):
                if len(spots) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo, ahi, blo, bhi):
        """Return Match(i, j, k): a[i:i+k] == b[j:j+k] is the longest block
        in a[alo:ahi] and b[blo:bhi]; the earliest in a, then in b, wins a
        tie. The block is first found among non-junk elements and then
        widened by equal elements on both sides."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        start_a, start_b, best = alo, blo, 0
        # runs maps j to the length of the match ending at a[i-1], b[j].
        runs = {}
        for i in range(alo, ahi):
            longer = {}
            for j in where.get(a[i], ()):
                if blo <= j < bhi:
                    n = longer[j] = runs.get(j - 1, 0) + 1
                    if n > best:
                        start_a, start_b, best = i - n + 1, j - n + 1, n
                elif j >= bhi:
                    break
            runs = longer
        # Grow through equal non-junk elements (the popular ones), then
        # through equal junk, so that junk never starts a match but sticks
        # to one.
        for want_junk in (False, True):
            while (start_a > alo and start_b > blo and
                   (b[start_b - 1] in junk) == want_junk and
                   a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                best += 1
            while (start_a + best < ahi and start_b + best < bhi and
                   (b[start_b + best] in junk) == want_junk and
                   a[start_a + best] == b[start_b + best]):
                best += 1
        return Match(start_a, start_b, best)

    def get_matching_blocks(self):
        """Return the matching blocks as a list of Match(i, j, n), in
        increasing order, adjacent blocks merged, ending with the dummy
        Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        na, nb = len(self.a), len(self.b)
        # Split the ranges left and right of each longest block until no
        # range holds a match; the order found does not matter.
        found = []
        ranges = [(0, na, 0, nb)]
        while ranges:
            bounds = ranges.pop()
            hit = self.find_longest_match(*bounds)
            if not hit.size:
                continue
            found.append(hit)
            ends = (hit.a + hit.size, hit.b + hit.size)
            left = (bounds[0], hit.a, bounds[2], hit.b)
            right = (ends[0], bounds[1], ends[1], bounds[3])
            for lo1, hi1, lo2, hi2 in (left, right):
                if lo1 < hi1 and lo2 < hi2:
                    ranges.append((lo1, hi1, lo2, hi2))
        found.sort()
        merged = []
        cur = None
        for i, j, k in found:
            if cur is not None and cur[0] + cur[2] == i and cur[1] + cur[2] == j:
                cur[2] += k
            else:
                if cur is not None:
                    merged.append(Match(cur[0], cur[1], cur[2]))
                cur = [i, j, k]
        if cur is not None:
            merged.append(Match(cur[0], cur[1], cur[2]))
        merged.append(Match(na, nb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return a list of 5-tuples (tag, i1, i2, j1, j2) turning a into
        b; tag is 'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        pa = pb = 0
        for ma, mb, size in self.get_matching_blocks():
            if pa < ma:
                kind = 'replace' if pb < mb else 'delete'
            elif pb < mb:
                kind = 'insert'
            else:
                kind = None
            if kind is not None:
                ops.append((kind, pa, ma, pb, mb))
            pa, pb = ma + size, mb + size
            if size:
                ops.append(('equal', ma, pa, mb, pb))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around
        each change, splitting wherever more than 2*n lines are equal."""
        # Like 3.6, the context trimming of the first and last opcode is
        # written into the cached opcode list.
        ops = self.get_opcodes()
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = ops[0]
        if tag == 'equal':
            ops[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = ops[-1]
        if tag == 'equal':
            ops[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2.0*M/T for M matched elements out of T
        in both sequences."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for item in self.a:
            if item in left:
                have = left[item]
            else:
                have = self.fullbcount.get(item, 0)
            left[item] = have - 1
            if have > 0:
                matched += 1
        return _ratio_of(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        na, nb = len(self.a), len(self.b)
        return _ratio_of(min(na, nb), na + nb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of possibilities that resemble word best (ratio at
    least cutoff), best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    m = SequenceMatcher()
    m.set_seq2(word)
    scored = []
    for candidate in possibilities:
        m.set_seq1(candidate)
        if (m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff
                and m.ratio() >= cutoff):
            scored.append((m.ratio(), candidate))
    return [c for _, c in _heapq.nlargest(n, scored)]


def _leading(text, ch):
    n = 0
    while n < len(text) and text[n] == ch:
        n += 1
    return n


class Differ:
    """Produce human-readable deltas between sequences of lines.

    Each output line starts with a two-letter code: '- ' for a line only
    in the first sequence, '+ ' for one only in the second, '  ' for a
    common line and '? ' for a guide line marking changes inside a line.
    """

    def __init__(self, linejunk=None, charjunk=None):
        """linejunk and charjunk filter junk lines and characters."""
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta between the line sequences a and b."""
        for op in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            kind = op[0]
            if kind == 'equal':
                yield from self._dump(' ', a, op[1], op[2])
            elif kind == 'replace':
                yield from self._fancy_replace(a, op[1], op[2], b, op[3], op[4])
            elif kind == 'insert':
                yield from self._dump('+', b, op[3], op[4])
            elif kind == 'delete':
                yield from self._dump('-', a, op[1], op[2])
            else:
                raise ValueError('unknown tag %r' % (kind,))

    def _dump(self, tag, x, lo, hi):
        return ('%s %s' % (tag, line) for line in x[lo:hi])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block is shown first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.74); when there
        # is none good enough, an identical pair serves as the anchor, and
        # with neither the blocks are shown plainly.
        top, good_enough = 0.74, 0.75
        m = SequenceMatcher(self.charjunk)
        same = None
        best_i = best_j = None
        for j, bline in enumerate(b[blo:bhi], blo):
            m.set_seq2(bline)
            for i, aline in enumerate(a[alo:ahi], alo):
                if aline != bline:
                    m.set_seq1(aline)
                    if (m.real_quick_ratio() > top and m.quick_ratio() > top
                            and m.ratio() > top):
                        top, best_i, best_j = m.ratio(), i, j
                elif same is None:
                    same = (i, j)
        if top < good_enough:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            (best_i, best_j), identical = same, True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            m.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in m.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    amarks.append('^' * na)
                    bmarks.append('^' * nb)
                elif tag == 'delete':
                    amarks.append('-' * na)
                elif tag == 'insert':
                    bmarks.append('+' * nb)
                elif tag == 'equal':
                    amarks.append(' ' * na)
                    bmarks.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        # Leading tabs shared by both lines (and not marked) are kept as
        # tabs in the guides so that the markers line up.
        tabs = min(_leading(aline, '\t'), _leading(bline, '\t'),
                   _leading(atags, ' '), _leading(btags, ' '))
        for prefix, line, guide in (('- ', aline, atags), ('+ ', bline, btags)):
            yield prefix + line
            guide = guide[tabs:].rstrip()
            if guide:
                yield '? ' + '\t' * tabs + guide + '\n'


def IS_LINE_JUNK(line, pat=_re.compile(r'\s*(?:#\s*)?$').match):
    """True for a blank line or one holding a lone '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, *extra):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for value in extra:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _diff_lines(a, b, marks, fromfile, tofile, fromfiledate, tofiledate,
                n, lineterm, hunk):
    """The lines of a diff of the line lists a and b, for unified_diff and
    context_diff, once the arguments are checked: the two file header
    lines (marked with marks) if anything differs, then, for each group
    of changes with n lines of context, the lines hunk(a, b, group,
    lineterm) gives."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headed = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:
            headed = True
            yield _file_header(marks[0], fromfile, fromfiledate, lineterm)
            yield _file_header(marks[1], tofile, tofiledate, lineterm)
        yield from hunk(a, b, group, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff of the line lists a and b, with
    n lines of context; lineterm ends the header lines."""
    yield from _diff_lines(a, b, ('---', '+++'), fromfile, tofile,
                           fromfiledate, tofiledate, n, lineterm,
                           _unified_hunk)


def _unified_hunk(a, b, group, lineterm):
    head, tail = group[0], group[-1]
    yield '@@ -%s +%s @@%s' % (_unified_range(head[1], tail[2]),
                               _unified_range(head[3], tail[4]), lineterm)
    for tag, i1, i2, j1, j2 in group:
        old = a[i1:i2] if tag != 'insert' else ()
        new = b[j1:j2] if tag not in ('equal', 'delete') else ()
        mark = ' ' if tag == 'equal' else '-'
        yield from (mark + line for line in old)
        yield from ('+' + line for line in new)


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff of the line lists a and b, with
    n lines of context; lineterm ends the header lines."""
    yield from _diff_lines(a, b, ('***', '---'), fromfile, tofile,
                           fromfiledate, tofiledate, n, lineterm,
                           _context_hunk)


def _context_hunk(a, b, group, lineterm):
    head, tail = group[0], group[-1]
    yield '***************' + lineterm
    yield '*** %s ****%s' % (_context_range(head[1], tail[2]), lineterm)
    tags = [op[0] for op in group]
    if 'replace' in tags or 'delete' in tags:
        for tag, i1, i2, _, _ in group:
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield _CONTEXT_MARK[tag] + line
    yield '--- %s ----%s' % (_context_range(head[3], tail[4]), lineterm)
    if 'replace' in tags or 'insert' in tags:
        for tag, _, _, j1, j2 in group:
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run the str diff function dfunc over byte strings: everything is
    decoded as ASCII with surrogateescape and the output encoded back."""
    def as_text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from exc
    a = [as_text(x) for x in a]
    b = [as_text(x) for x in b]
    names = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    term = as_text(lineterm)
    for line in dfunc(a, b, names[0], names[1], names[2], names[3], n, term):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): a delta of two line lists."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield the lines of sequence 1 or 2 (which) back from an ndiff or
    Differ delta."""
    try:
        mine = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == mine:
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML comparison tables (HtmlDiff(tabsize=8,
    wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK)).

    Not available in this interpreter yet: the constructor keeps its
    settings; make_file and make_table raise NotImplementedError.
    """

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._settings = (tabsize, wrapcolumn, linejunk, charjunk)

    def _unavailable(self, *args, **kwargs):
        """Not implemented in gpython-ssl."""
        raise NotImplementedError('difflib.HtmlDiff is not implemented in gpython-ssl')

    make_file = make_table = _unavailable
