package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the string module (Lib/modules/string.py) against
// CPython 3.6: the constants, capwords, Template and Formatter, with
// Formatter.parse's errors for malformed format strings.

const stringPrelude = pytesting.ShowRepr + `import string
F = string.Formatter()
T = string.Template
def parsed(s):
    return list(F.parse(s))
class Dollarless(string.Template):
    delimiter = '%'
class Lower(string.Template):
    idpattern = '[a-z]+'
class Hash(string.Template):
    pattern = r'\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
class NamedOnly(string.Template):
    pattern = r'(?P<named>zz)'
class Seen(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        self.seen = (sorted(map(str, used)), args, sorted(kwargs))
class Wrapping(string.Formatter):
    def format_field(self, value, spec):
        return '[%r|%s]' % (value, spec)
    def convert_field(self, value, conversion):
        return ('C', value, conversion)
class Naming(string.Formatter):
    def get_field(self, name, args, kwargs):
        return ('F:' + name, name)
class Keyed(string.Formatter):
    def get_value(self, key, args, kwargs):
        return '<%r>' % (key,)
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def seen(*args, **kwargs):
    s = Seen()
    s.format(*args, **kwargs)
    return s.seen
`

var stringCases = []pytesting.Case{
	{"constants", `(string.whitespace, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation)`},
	{"printable", `string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace`},
	{"all", `sorted(string.__all__)`},
	{"capwords", `(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), string.capwords(""), string.capwords("ÉTÉ ßa"))`},
	{"capwords_bad", `string.capwords(3)`},
	{"parse_fields", `parsed("a{0}b{1!r:>10}c")`},
	{"parse_auto", `(parsed("{}"), parsed("{!r}"), parsed("{:}"), parsed("{0!r:}"))`},
	{"parse_escapes", `(parsed("x{{y}}z"), parsed("}}"), parsed("{{"), parsed("ab{}cd{{ef"))`},
	{"parse_names", `(parsed("{a.b[0]}"), parsed("{0]}"), parsed("{ }"), parsed("{0[1]x}"), parsed("{0.}"), parsed("{0[:]}"), parsed("{0[}]}"), parsed("{0[!r]}"), parsed("{0[{]}"))`},
	{"parse_specs", `(parsed("{0:{1}}"), parsed("{:{:{}}}"), parsed("{0:[}"), parsed("{0:]}"), parsed("{0:{{}}}"), parsed("{0:x{1}y{2}z}"), parsed("{0:{1}:{2}}"), parsed("{a:b{c:d}e}"), parsed("{0:a!r}"))`},
	{"parse_conversions", `(parsed("{0!:}"), parsed("{0!}}"), parsed("{0!\n}"), parsed("{0.a!r:>3}"), parsed("{0!a:}"))`},
	{"parse_empty", `(parsed(""), parsed("abc"))`},
	{"parse_single_close", `parsed("a}b")`},
	{"parse_single_close_after_field", `parsed("{0:}}")`},
	{"parse_single_open", `parsed("a{")`},
	{"parse_single_open_after_field", `parsed("{0:{}}{")`},
	{"parse_unmatched_spec", `parsed("{0!r:{}")`},
	{"parse_unmatched_bang", `parsed("{!}")`},
	{"parse_unmatched_colon", `parsed("{:")`},
	{"parse_end_in_name", `parsed("{0.a")`},
	{"parse_end_in_brackets", `parsed("{0[}")`},
	{"parse_brace_in_name", `parsed("{a{b}c}")`},
	{"parse_conversion_end", `parsed("ab{0!")`},
	{"parse_conversion_two_chars", `parsed("{0!rr}")`},
	{"parse_not_str", `F.parse(5)`},
	{"parse_lazy", `(lambda it: (next(it), etype(lambda: next(it))))(F.parse("ab{0}c}"))`},
	{"format_auto", `F.format("{} {}", 1, 2)`},
	{"format_manual_then_auto", `F.format("{0} {}", 1, 2)`},
	{"format_auto_then_manual", `F.format("{} {0}", 1, 2)`},
	{"format_missing_key", `F.format("{x}")`},
	{"format_attr_index", `F.format("{0.real} {1[0]} {2[a]} {3[1]}", 3, [4], {"a": 7}, "ab")`},
	{"format_nested_spec", `(F.format("{0:{1}}", 3.14159, ".2f"), F.format("{0:>{1}}", "x", 4), F.format("{:>{}}", "x", 4), F.format("{0:{1}{2}}", 3, ">", 5), F.format("{:{}}{}", 3, 4, 5))`},
	{"format_recursion", `F.format("{:{:{}}}", 1, 2, 3)`},
	{"format_conversions", `(F.format("{!s:>5}", "ab"), F.format("{0!a}", "é"), F.format("{0!r:^9}", "a"))`},
	{"format_bad_code", `F.format("{0:d}", "x")`},
	{"format_index_list", `F.format("{2}", 1)`},
	{"vformat_index_tuple", `F.vformat("{2}", (1,), {})`},
	{"format_not_str", `F.format(1)`},
	{"format_no_string", `F.format()`},
	{"format_unbound_no_self", `string.Formatter.format()`},
	{"format_keyword_names", `F.format("{self}{format_string}", self=1, format_string=2)`},
	{"format_dict_keys", `(F.format("{0[:]}", {":": 1}), F.format("{0[ 1]}", {" 1": 1}), F.format("{0[1]}", {1: "i", "1": "s"}), F.format("{0[-1]}", {-1: "i", "-1": "s"}))`},
	{"format_keys_not_ints", `[etype(lambda: F.format(s, 3, 4)) for s in ("{-1}", "{ 0}", "{0x10}", "{+1}", "{1_0}")] + [F.format("{00}", 3)]`},
	{"format_follow_bracket", `F.format("{0[0]0}", [[1]])`},
	{"format_empty_attribute", `[etype(lambda: F.format(s, [1])) for s in ("{0.}", "{0..a}", "{0[]}")]`},
	{"format_lazy_lookup", `F.format("{a.b[c]d}", a=1)`},
	{"format_escaped_braces", `F.format("{}{{}}{}", 1, 2)`},
	{"format_dunder_chain", `F.format("{0.__class__.__name__}", 1)`},
	{"format_extra_args", `(F.format("{}", 1, 2), F.format("{x}", 1, x=2))`},
	{"spec_not_a_spec", `F.format("{0:{1}}", 3, "{")`},
	{"get_field", `(F.get_field("0.real", (3,), {}), F.get_field("a[1]", (), {"a": "xy"}))`},
	{"get_field_empty", `F.get_field("", (9,), {})`},
	{"get_value", `(F.get_value(0, (1,), {}), F.get_value("k", (), {"k": 2}))`},
	{"get_value_missing", `F.get_value("k", (), {})`},
	{"convert_field", `(F.convert_field(3, "r"), F.convert_field("é", "a"), F.convert_field(3, None), F.convert_field(3, "s"))`},
	{"convert_field_bad", `F.convert_field(3, "x")`},
	{"format_field", `(F.format_field(3.5, ".1f"), F.check_unused_args(set(), (), {}))`},
	{"check_unused_args", `(seen("{0}{x}{0.real}", 5, 6, x=1, y=2), seen("{}{}", 5, 6, 7))`},
	{"override_format_and_convert", `Wrapping().format("a{0!r:>{1}}b{2}", 1, 2, 3)`},
	{"override_get_field", `Naming().format("{x.y} {0[1]}")`},
	{"override_get_value", `Keyed().format("{a} {0}")`},
	{"override_get_value_attr", `Keyed().format("{b.c}")`},
	{"template_basic", `T("$who likes $what").substitute(who="tim", what="kung pao")`},
	{"template_braced_escape_mapping", `T("$who likes ${what}s $$").substitute({"who": "a"}, what="b")`},
	{"template_keywords_win", `T("$a").substitute({"a": 1}, a=2)`},
	{"template_missing", `T("$who $x").substitute(who=1)`},
	{"template_safe_missing", `(T("$who $x").safe_substitute(who=1), T("ab $").safe_substitute(), T("ab ${x").safe_substitute(x=1), T("$9").safe_substitute())`},
	{"template_invalid_positions", `[etype(lambda: T(t).substitute(ab=1)) for t in ("ab $ c", "ab\n $ c", "ab\n$ c", "$", "\n\n$ x", "a\r\nb$ c", "$ab$ $", "ab ${")]`},
	{"template_invalid_message", `T("ab\n $ c").substitute()`},
	{"template_no_placeholder", `T("x\n").substitute()`},
	{"template_too_many", `T("$a").substitute({}, {})`},
	{"template_safe_too_many", `T("$x").safe_substitute({}, {})`},
	{"template_unbound", `T.substitute()`},
	{"template_unbound_safe", `T.safe_substitute()`},
	{"template_mapping_keyword", `(T("$mapping").substitute(mapping=3), T("$self").substitute(self=3))`},
	{"template_mapping_keyword_missing", `T("$x").substitute(mapping={"x": 2})`},
	{"template_values_str", `(T("$x").substitute(x=None), T("${x}y").substitute(x=[1]), T("$x $y").substitute({"x": 1}, y=2, z=3))`},
	{"template_ident_chars", `(T("$A_b9").substitute(A_b9=1), T("$x.y").substitute(x=1), T("$xé").substitute(x=1))`},
	{"template_attrs", `(T("x").template, T.delimiter, T.idpattern, T.flags, type(T).__name__, T.__mro__)`},
	{"template_no_arg", `T()`},
	{"template_not_str", `T(5).substitute()`},
	{"template_delimiter", `Dollarless("%x and $y %%").substitute(x=1, y=2)`},
	{"template_idpattern", `Lower("$ab1 $AB").substitute(ab=5, AB=6)`},
	{"template_own_pattern", `(Hash("#x ## #{y}").substitute(x=1, y=2), Hash.pattern.flags)`},
	{"template_named_only", `NamedOnly("zz").substitute(zz=1)`},
	{"template_repr", `repr(T("$x"))[:28]`},
}

func TestStringDifferential(t *testing.T) {
	pytesting.DiffCases(t, "string", stringPrelude, stringCases)
}
