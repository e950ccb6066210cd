package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// reWarnPrelude's _w runs f with every warning recorded and shows its
// result beside the warnings' categories and messages (not their
// locations: 3.6 attributes the module-level functions' warnings to
// re.py's own lines).
const reWarnPrelude = pytesting.ShowRepr + `
import re, warnings

def _w(f):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        try:
            r = f()
        except Exception as e:
            r = (type(e).__name__, str(e))
    return (r, [(w.category.__name__, str(w.message)) for w in got])

def _werr(f):
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            return f()
        except Warning as e:
            return (type(e).__name__, str(e))
`

// 3.6's deprecation warnings of the re module: global flags that do not
// open the pattern, unknown letter escapes in a replacement template, and
// split() on a pattern that can match the empty string.
var reWarningCases = []pytesting.Case{
	{"flags_mid", `_w(lambda: re.match('a(?i)b', 'aB').span())`},
	{"flags_start", `_w(lambda: re.match('(?i)a(?s)(?m)b', 'aB').span())`},
	{"flags_second_branch", `_w(lambda: re.compile('a|(?i)b').pattern)`},
	{"flags_nested", `_w(lambda: re.compile('((?m)a)').pattern)`},
	{"flags_after_comment", `_w(lambda: re.compile('(?#c)(?i)a').flags)`},
	{"flags_truncated", `_w(lambda: re.compile('x' * 25 + '(?s)').flags)`},
	{"flags_twenty", `_w(lambda: re.compile('y' * 16 + '(?s)').flags)`},
	{"flags_bytes", `_w(lambda: re.compile(b'ab(?i)').flags)`},
	{"flags_verbose_restart", `_w(lambda: re.compile('a b(?x)').flags)`},
	{"flags_error_filter", `_werr(lambda: re.compile('q(?i)'))`},
	{"flags_then_syntax_error", `_w(lambda: re.compile('z(?i)('))`},
	{"flags_scoped_no_warning", `_w(lambda: re.match('a(?i:b)', 'aB').span())`},
	{"sub_bad_escape", `_w(lambda: re.sub('a', r'\c', 'xa'))`},
	{"sub_bad_escape_upper", `_w(lambda: re.sub('a', r'-\Q-', 'a'))`},
	{"sub_bad_escape_bytes", `_w(lambda: re.sub(b'a', b'\\q', b'a'))`},
	{"sub_known_escapes", `_w(lambda: re.sub('a', r'\n\t\\\a\b\f\r\v', 'a'))`},
	{"sub_non_letter_escape", `_w(lambda: re.sub('a', r'\-\%\ ', 'a'))`},
	{"sub_non_ascii_letter", `_w(lambda: re.sub('a', '\\\u00e9', 'a'))`},
	{"sub_two_bad", `_w(lambda: re.sub('a', r'\y\z', 'a'))`},
	{"sub_method", `_w(lambda: re.compile('(?i)a').sub(r'\d', 'A'))`},
	{"subn_bad_escape", `_w(lambda: re.subn('a', r'\m', 'aa'))`},
	{"sub_cached_template", `_w(lambda: [re.compile('t').sub(r'\k', 't') for _ in range(3)])`},
	{"sub_error_filter", `_werr(lambda: re.sub('a', r'\j', 'a'))`},
	{"expand_bad_escape", `_w(lambda: re.match('(a)', 'a').expand(r'\1\w'))`},
	{"split_empty_match", `_w(lambda: re.split(':*', ':a:b::c'))`},
	{"split_method", `_w(lambda: re.compile('x*').split('axb'))`},
	{"split_nonempty", `_w(lambda: re.split(':+', ':a:b::c'))`},
	{"split_only_empty", `_w(lambda: re.split('^$', 'a'))`},
	{"split_error_filter", `_werr(lambda: re.split('b?', 'ab'))`},
}

func TestReWarnings(t *testing.T) {
	pytesting.DiffCases(t, "re_warnings", reWarnPrelude, reWarningCases)
}

// Patterns pickle through copyreg as 3.6's re registers them (a call of
// re._compile with the pattern and its flags); matches and copies refuse.
var rePickleCases = []pytesting.Case{
	{"str_all_protocols", `[(lambda q: (q, q.flags, q.groups))(pickle.loads(pickle.dumps(re.compile('a(b)', re.I), proto))) for proto in range(5)]`},
	{"bytes_pattern", `(lambda q: (q, q.match(b'xx').span()))(pickle.loads(pickle.dumps(re.compile(b'x+'), 3)))`},
	{"verbose_pattern", `pickle.loads(pickle.dumps(re.compile('(?x) a # c'), 2)).pattern`},
	{"equal_after_load", `(lambda p: pickle.loads(pickle.dumps(p)) == p)(re.compile('[a-z]+', re.M | re.S))`},
	{"opcodes", `[op.name for op, arg, pos in pickletools.genops(pickle.dumps(re.compile('z'), 2))]`},
	{"globals_named", `[arg for op, arg, pos in pickletools.genops(pickle.dumps(re.compile('z'), 0)) if op.name == 'GLOBAL']`},
	{"reducer_registered", `(copyreg.dispatch_table[type(re.compile(''))].__name__, copyreg.dispatch_table[type(re.compile(''))](re.compile('q', re.A))[1])`},
	{"compile_helper", `(re._compile('k', 0).pattern, re._compile(re.compile('k'), 0).pattern)`},
	{"compile_helper_flags_error", `re._compile(re.compile('k'), re.I)`},
	{"in_container", `(lambda d: (d['p'].pattern, d['l'][0].flags))(pickle.loads(pickle.dumps({'p': re.compile('u'), 'l': [re.compile('v', re.X)]})))`},
	{"copy_refuses", `copy.copy(re.compile('a'))`},
	{"deepcopy_refuses", `copy.deepcopy(re.compile('a'))`},
	{"copy_match_refuses", `copy.copy(re.match('a', 'a'))`},
	{"pattern_type_name", `re._pattern_type.__name__`},
}

func TestRePickle(t *testing.T) {
	pytesting.DiffCases(t, "re_pickle", pytesting.ShowRepr+"import re, pickle, pickletools, copyreg, copy\n", rePickleCases)
}

// A str holding lone surrogates (what surrogateescape decodes) is matched,
// sliced and rebuilt character by character, a surrogate one character.
var reSurrogateCases = []pytesting.Case{
	{"sub_literal", `ascii(re.sub('b', 'X', S))`},
	{"sub_surrogate_pattern", `ascii(re.sub('\udc80', '-', S))`},
	{"split_class_range", `ascii(re.split('[\udc80-\udcff]', S))`},
	{"findall_dot", `ascii(re.findall('.', S))`},
	{"finditer_spans", `[m.span() for m in re.finditer('[^a-c]', S)]`},
	{"groups", `ascii(re.match('(a)(.)(b)', S).groups())`},
	{"search_span", `re.search('\udcff', S).span()`},
	{"template_groups", `ascii(re.sub('(.)(\udcff)', r'\2\1', S))`},
	{"escape", `ascii(re.escape('\udc80x'))`},
	{"match_repr", `ascii(repr(re.match('.*', S)))`},
	{"match_len", `len(re.match('.*', S).group())`},
	{"pattern_repr", `ascii(repr(re.compile('\udc80+')))`},
	{"repl_surrogate", `ascii(re.sub('x', '\udc99', 'axb'))`},
	{"template_with_surrogate", `ascii(re.sub('x', '\\g<0>\udc99', 'axb'))`},
	{"fullmatch_range", `ascii(re.fullmatch('[\ud800-\udfff]+', '\udc80\ud800').group())`},
	{"unquote_surrogateescape", `ascii(urllib.parse.unquote('%ff%41', errors='surrogateescape'))`},
	{"fsdecoded_name", `ascii(re.sub(r'\.txt$', '.bak', b'caf\xe9.txt'.decode('utf-8', 'surrogateescape')))`},
	{"ignorecase", `ascii(re.findall('(?i)[\udc80-\udc81]', '\udc80\udc81\udc82'))`},
	{"positions_after", `(lambda m: (m.start(), m.end(), ascii(m.string[m.end():])))(re.search('c', S))`},
	{"subn_count", `ascii(re.subn('[\udc00-\udfff]', '?', S))`},
}

func TestReSurrogates(t *testing.T) {
	pytesting.DiffCases(t, "re_surrogates", pytesting.ShowRepr+"import re, urllib.parse\nS = 'a\\udc80b\\udcffc\\u20ac\\ud800'\n", reSurrogateCases)
}
