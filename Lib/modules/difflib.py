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


def _format_range_unified(start, stop):
    # The range of a unified hunk header ("first,count"); CPython's name,
    # defined under it so that pyclbr finds every function of the module.
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _format_range_context(start, stop):
    # The range of a context hunk header ("first,last"); CPython's name.
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
    yield '@@ -%s +%s @@%s' % (_format_range_unified(head[1], tail[2]),
                               _format_range_unified(head[3], tail[4]), lineterm)
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
    yield '*** %s ****%s' % (_format_range_context(head[1], tail[2]), lineterm)
    tags = [op[0] for op in group]
    if 'replace' in tags or 'delete' in tags:
        for tag, i1, i2, _, _ in group:
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield _CONTEXT_MARK[tag] + line
    yield '--- %s ----%s' % (_format_range_context(head[3], tail[4]), lineterm)
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


_GUIDE_RUN = _re.compile(r'\++|-+|\^+')
_BLANK_ROW = ('', '\n')


def _with_guide(line, guide):
    """The text of an ndiff line (prefix dropped) with each run that its
    '? ' guide marks wrapped in '\0' + kind ... '\1'."""
    out = []
    pos = 0
    for run in _GUIDE_RUN.finditer(guide):
        out.append(line[pos:run.start()])
        out.append('\0' + run.group()[0] + line[run.start():run.end()] + '\1')
        pos = run.end()
    out.append(line[pos:])
    return ''.join(out)[2:]


def _side_rows(a, b, linejunk, charjunk):
    """Yield (left, right, changed) for the lines of ndiff(a, b): left and
    right are (number, marked text) or None for a side with no line.
    Deleted and inserted runs are paired where they meet and the shorter
    side padded with blank rows at the end of the run."""
    delta = ndiff(a, b, linejunk, charjunk)
    ahead = []
    numbers = [0, 0]

    def take(side, how):
        # Consume the next line (and its guide when how is '?') as a
        # numbered row of the given side.
        numbers[side] += 1
        line = ahead.pop(0)
        if how == '?':
            text = _with_guide(line, ahead.pop(0))
        elif how is None:
            text = line[2:]
        else:
            text = '\0' + how + (line[2:] or ' ') + '\1'
        return numbers[side], text

    owed = 0    # > 0: the left side is ahead by this many rows
    while True:
        while len(ahead) < 4:
            ahead.append(next(delta, 'X'))
        kinds = ''.join(line[0] for line in ahead)
        if kinds[:4] == '-?+?':
            yield take(0, '?'), take(1, '?'), True
            continue
        if kinds[:1] == ' ':
            numbers[0] += 1
            yield (numbers[0], ahead[0][2:]), take(1, None), False
            continue
        if kinds[:3] == '-+?':
            yield take(0, None), take(1, '?'), True
            continue
        if kinds[:3] == '-?+':
            yield take(0, '?'), take(1, None), True
            continue
        last = None
        if kinds[:1] == 'X':
            pad = owed
        elif kinds[:1] == '-':
            if kinds[:4] != '--++' and (kinds[:4] == '--?+' or kinds[:3] == '--+'
                                        or kinds[:2] == '- '):
                last = take(0, '-'), None
                pad, owed = owed + 1, 0
            else:
                owed += 1
                yield take(0, '-'), None, True
                continue
        else:   # '+'
            if kinds[:2] in ('+ ', '+-') and kinds[:3] != '+--':
                last = None, take(1, '+')
                pad, owed = owed - 1, 0
            else:
                owed -= 1
                yield None, take(1, '+'), True
                continue
        # The end of a run of one-sided rows: pad the other side.
        for _ in range(abs(pad)):
            yield (None, _BLANK_ROW, True) if pad > 0 else (_BLANK_ROW, None, True)
        if last is None:
            return
        yield last[0], last[1], True


def _paired_rows(a, b, linejunk, charjunk):
    """The rows of _side_rows matched into (left, right, changed) with both
    sides present; unmatched rows left at the end are dropped."""
    lefts, rights = [], []
    for left, right, changed in _side_rows(a, b, linejunk, charjunk):
        if left is not None:
            lefts.append((left, changed))
        if right is not None:
            rights.append((right, changed))
        while lefts and rights:
            (l, lc), (r, rc) = lefts.pop(0), rights.pop(0)
            yield l, r, lc or rc


def _context_rows(rows, around):
    """Only the rows near a change: up to around unchanged rows before and
    after each changed one; (None, None, None) marks a gap."""
    keep = around + 1
    rows = iter(rows)
    while True:
        recent = []
        seen = 0
        for row in rows:
            recent.append(row)
            if len(recent) > keep:
                del recent[0]
            seen += 1
            if row[2]:
                break
        else:
            return
        if seen > keep:
            yield None, None, None
        yield from recent
        left = around
        while left:
            row = next(rows, None)
            if row is None:
                return
            left = around if row[2] else left - 1
            yield row


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    """The side-by-side rows HtmlDiff renders, as a generator of
    (left, right, changed): every row when context is None, else only the
    rows within context lines of a change, gaps marked (None, None, None)."""
    rows = _paired_rows(fromlines, tolines, linejunk, charjunk)
    if context is not None:
        rows = _context_rows(rows, context)
    return rows

def _html_lines(*lines):
    return '\n'.join(lines)


_HTML_PAGE = _html_lines(
    '',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '', '<html>', '', '<head>',
    '    <meta http-equiv="Content-Type"',
    '          content="text/html; charset=%(charset)s" />',
    '    <title></title>',
    '    <style type="text/css">%(styles)s',
    '    </style>', '</head>', '', '<body>',
    '    %(table)s%(legend)s', '</body>', '', '</html>')

_HTML_STYLES = _html_lines(
    '',
    '        table.diff {font-family:Courier; border:medium;}',
    '        .diff_header {background-color:#e0e0e0}',
    '        td.diff_header {text-align:right}',
    '        .diff_next {background-color:#c0c0c0}',
    '        .diff_add {background-color:#aaffaa}',
    '        .diff_chg {background-color:#ffff77}',
    '        .diff_sub {background-color:#ffaaaa}')

_HTML_TABLE = _html_lines(
    '',
    '    <table class="diff" id="difflib_chg_%(prefix)s_top"',
    '           cellspacing="0" cellpadding="0" rules="groups" >',
    '        ' + '<colgroup></colgroup> ' * 2 + '<colgroup></colgroup>',
    '        ' + '<colgroup></colgroup> ' * 2 + '<colgroup></colgroup>',
    '        %(header_row)s',
    '        <tbody>',
    '%(data_rows)s        </tbody>',
    '    </table>')


def _legend_box(summary, title, cells, span=''):
    pad = ' ' * 22
    rows = ['<table border="" summary="%s">' % summary,
            pad + '<tr><th%s> %s </th> </tr>' % (span, title)]
    rows += [pad + cell for cell in cells]
    rows.append(' ' * 18 + '</table></td>')
    return '\n'.join(rows)


_HTML_LEGEND = _html_lines(
    '',
    '    <table class="diff" summary="Legends">',
    '        <tr> <th colspan="2"> Legends </th> </tr>',
    '        <tr> <td> ' + _legend_box('Colors', 'Colors', [
        '<tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>',
        '<tr><td class="diff_chg">Changed</td> </tr>',
        '<tr><td class="diff_sub">Deleted</td> </tr>']),
    '             <td> ' + _legend_box('Links', 'Links', [
        '<tr><td>(f)irst change</td> </tr>',
        '<tr><td>(n)ext change</td> </tr>',
        '<tr><td>(t)op</td> </tr>'], ' colspan="2"') + ' </tr>',
    '    </table>')

_HTML_MARKUP = (('\0+', '<span class="diff_add">'),
                ('\0-', '<span class="diff_sub">'),
                ('\0^', '<span class="diff_chg">'),
                ('\1', '</span>'), ('\t', '&nbsp;'))


class HtmlDiff(object):
    """Side-by-side HTML comparison of two lists of lines, with the
    changed lines and the changes inside them highlighted, in full or
    around the changes only (context): make_table gives the table,
    make_file a whole XHTML page holding it."""

    _file_template = _HTML_PAGE
    _styles = _HTML_STYLES
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """tabsize: tab stops; wrapcolumn: where long lines wrap (None:
        never); linejunk, charjunk: passed on to ndiff."""
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table's table and a legend;
        characters charset cannot encode become character references."""
        page = self._file_template % {
            'styles': self._styles, 'legend': self._legend,
            'charset': charset,
            'table': self.make_table(fromlines, tolines, fromdesc, todesc,
                                     context=context, numlines=numlines)}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # Tabs become runs of '\t' up to the tab stop (spaces stay spaces,
        # so a tab changed for spaces still differs); both turn into
        # &nbsp; at the end. Line ends are dropped.
        def expand(line):
            spread = line.replace(' ', '\0').expandtabs(self._tabsize)
            return spread.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(x) for x in fromlines], [expand(x) for x in tolines]

    def _split_line(self, data_list, line_num, text):
        # Append (line_num, text) to data_list, cut into pieces of at most
        # wrapcolumn visible characters; a highlight open at a cut is
        # closed and reopened. Continuations are numbered '>'.
        width = self._wrapcolumn
        while line_num:
            if len(text) <= width or len(text) - 3 * text.count('\0') <= width:
                break
            pos = shown = 0
            open_kind = ''
            while shown < width and pos < len(text):
                ch = text[pos]
                if ch == '\0':
                    open_kind = text[pos + 1]
                    pos += 2
                elif ch == '\1':
                    open_kind = ''
                    pos += 1
                else:
                    pos += 1
                    shown += 1
            head, text = text[:pos], text[pos:]
            if open_kind:
                head += '\1'
                text = '\0' + open_kind + text
            data_list.append((line_num, head))
            line_num = '>'
        data_list.append((line_num, text))

    def _line_wrapper(self, diffs):
        # The rows of diffs with long lines wrapped onto extra rows.
        for left, right, changed in diffs:
            if changed is None:
                yield left, right, changed
                continue
            lefts, rights = [], []
            self._split_line(lefts, left[0], left[1])
            self._split_line(rights, right[0], right[1])
            for k in range(max(len(lefts), len(rights))):
                yield (lefts[k] if k < len(lefts) else ('', ' '),
                       rights[k] if k < len(rights) else ('', ' '), changed)

    def _collect_lines(self, diffs):
        # Three parallel lists: the two sides' cells (None at a gap) and
        # the rows' flags.
        lefts, rights, flags = [], [], []
        for left, right, changed in diffs:
            if changed is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._format_line(0, changed, *left))
                rights.append(self._format_line(1, changed, *right))
            flags.append(changed)
        return lefts, rights, flags

    def _format_line(self, side, flag, linenum, text):
        # The two cells of one side of a row: the number (an anchor when
        # it is a real line number) and the escaped text.
        anchor = ''
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        for raw, escaped in (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;'),
                             (' ', '&nbsp;')):
            text = text.replace(raw, escaped)
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text.rstrip()))

    def _make_prefix(self):
        # Anchor prefixes unique to each table made by any HtmlDiff.
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = serial + 1
        self._prefix = ['from%d_' % serial, 'to%d_' % serial]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        # The "next change" column: an anchor numlines rows before each
        # change and, on its first row, a link to the following one.
        target = self._prefix[1]
        count = len(flaglist)
        next_id, next_href = [''] * count, [''] * count
        changes = 0
        last = 0
        inside = False
        for row, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = row
            next_id[max(0, row - numlines)] = (
                ' id="difflib_chg_%s_%d"' % (target, changes))
            changes += 1
            next_href[row] = ('<a href="#difflib_chg_%s_%d">n</a>'
                              % (target, changes))
        if not flaglist:
            flaglist, next_id, next_href, last = [False], [''], [''], 0
            note = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % note]
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % target
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % target
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """An HTML table comparing the lines side by side: every line, or
        with context only those within numlines of a change (numlines
        otherwise sets how far before a change its anchor goes)."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _paired_rows(fromlines, tolines, self._linejunk,
                             self._charjunk)
        if context:
            diffs = _context_rows(diffs, numlines)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        cells = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            cells[0], cells[1], cells[2], context, numlines)
        rows = []
        for k, flag in enumerate(flaglist):
            if flag is not None:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                            '<td class="diff_next">%s</td>%s</tr>\n'
                            % (next_id[k], next_href[k], fromlist[k],
                               next_href[k], tolist[k]))
            elif k:
                rows.append('        </tbody>        \n        <tbody>\n')
        header = ''
        if fromdesc or todesc:
            gap = '<th class="diff_next"><br /></th>'
            title = '<th colspan="2" class="diff_header">%s</th>'
            header = '<thead><tr>%s%s%s%s</tr></thead>' % (
                gap, title % fromdesc, gap, title % todesc)
        table = self._table_template % {
            'data_rows': ''.join(rows), 'header_row': header,
            'prefix': self._prefix[1]}
        for raw, html in _HTML_MARKUP:
            table = table.replace(raw, html)
        return table
