package pylib_test

import (
	"os"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of locale against CPython 3.6 on this machine, whose
// C library knows the C, POSIX and C.UTF-8 locales. Both interpreters see
// the same environment, pinned by the test to LANG=C.UTF-8 with no LC_*
// variables (the stored output must not depend on the machine's), and start
// with LC_CTYPE taken from it; the cases that set locales put LC_ALL back
// as it was.

const localePrelude = pytesting.ShowRepr + `import locale as L, os
START = L.setlocale(L.LC_ALL)
def keep(f):
    try:
        return f()
    finally:
        L.setlocale(L.LC_ALL, START)
API = ('Error atof atoi bind_textdomain_codeset bindtextdomain currency dcgettext delocalize dgettext format '
       'format_string getdefaultlocale getlocale getpreferredencoding gettext locale_alias locale_encoding_alias '
       'localeconv nl_langinfo normalize resetlocale setlocale str strcoll strxfrm textdomain windows_locale '
       'collections functools re sys').split()
def em(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
`

var localeCases = []pytesting.Case{
	{"start", `(START, L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_NUMERIC), L.getlocale(), L.getlocale(L.LC_NUMERIC))`},
	{"constants", `[(n, getattr(L, n)) for n in dir(L) if n.isupper()]`},
	{"names", `([n for n in API if not hasattr(L, n)], L.__all__)`},
	{"Error", `(L.Error.__mro__, L.Error.__module__, issubclass(L.Error, ValueError))`},
	{"localeconv", `sorted(L.localeconv().items())`},
	{"setlocale C", `keep(lambda: (L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL), L.getlocale(), L.getlocale(L.LC_ALL), L.getpreferredencoding(False)))`},
	{"setlocale POSIX", `keep(lambda: (L.setlocale(L.LC_ALL, 'POSIX'), L.setlocale(L.LC_CTYPE)))`},
	{"setlocale C.UTF-8", `keep(lambda: (L.setlocale(L.LC_ALL, 'C.UTF-8'), L.setlocale(L.LC_ALL), L.getlocale(L.LC_ALL), L.setlocale(L.LC_ALL, 'C.utf8'), L.getpreferredencoding(False)))`},
	{"setlocale one category", `keep(lambda: (L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_NUMERIC, 'C.utf8'), L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_ALL), L.getlocale(L.LC_NUMERIC), em(lambda: L.getlocale(L.LC_ALL))))`},
	{"setlocale composite back", `keep(lambda: (lambda old: (L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL, old) == old, L.setlocale(L.LC_TIME)))(keep(lambda: (L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_TIME, 'C.UTF-8'), L.setlocale(L.LC_ALL))[2])))`},
	{"setlocale environment", `keep(lambda: (L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL, ''), L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_MESSAGES, '')))`},
	{"setlocale unsupported", `keep(lambda: [em(lambda: L.setlocale(L.LC_ALL, n)) for n in ('en_US.UTF-8', 'de_DE', 'C.UTF8', 'xx', 'c', '/etc', 'C.')])`},
	{"setlocale tuples", `keep(lambda: [em(lambda: L.setlocale(L.LC_ALL, t)) for t in (('C', None), (None, None), ('en_US', 'UTF-8'), ('C', 'UTF-8'), ['C', None])])`},
	{"setlocale bad locale", `[em(lambda: L.setlocale(L.LC_ALL, 5)), em(lambda: L.setlocale(L.LC_ALL, ('a', 'b', 'c'))), em(lambda: L.setlocale(L.LC_ALL, (1, 2))), em(lambda: L.setlocale(L.LC_ALL, 0))]`},
	{"setlocale bad category", `[em(lambda: L.setlocale(99, 'C')), em(lambda: L.setlocale('x')), em(lambda: L.setlocale(-1)), em(lambda: L.setlocale(None, 'C'))]`},
	{"resetlocale", `keep(lambda: (em(lambda: L.resetlocale()), L.setlocale(L.LC_ALL) == START))`},
	{"getdefaultlocale", `(L.getdefaultlocale(), L.getdefaultlocale(('NO_SUCH_VAR_H8',)), em(lambda: L.getdefaultlocale(('GPYSSL_LOCALE_JUNK',))))`},
	{"getpreferredencoding", `(L.getpreferredencoding(), L.getpreferredencoding(False), keep(lambda: (L.setlocale(L.LC_CTYPE, 'C'), L.getpreferredencoding(False), L.getpreferredencoding(True), L.setlocale(L.LC_CTYPE))))`},
	{"normalize", `[L.normalize(n) for n in ('C.UTF-8', 'de', 'de_DE@euro', 'en_US.utf8@euro', 'xx_YY.utf8', 'ja_jp.eucjp', 'sr@latn', 'ca_es.utf8@valencia', 'fr_FR.latin1', 'en:utf-8', 'C', 'POSIX', 'en_US', 'en_GB.iso885915', 'de_AT@euro', 'zh_TW.big5', '', 'fr@euro', 'en_US.UTF-8@mod', 'pt_BR.ISO-8859-1', 'en.utf_8', 'es_ES.utf-8@euro', 'nb_no.ISO8859-1@euro', 'de_de.latin9')]`},
	{"normalize tables", `(len(L.locale_alias), len(L.locale_encoding_alias), len(L.windows_locale), sum(len(k) * len(v) for k, v in L.locale_alias.items()), sum(k % 97 * len(v) for k, v in L.windows_locale.items()), sorted(L.locale_encoding_alias.items())[:5])`},
	{"normalize not str", `L.normalize(5)`},
	{"getlocale parse errors", `keep(lambda: [em(lambda: L._parse_localename(n)) for n in ('xx', 'C', 'de_DE@euro', 'fr@euro', 'en_US.UTF-8', 'C@x')])`},
	{"str", `[L.str(x) for x in (1.0, 3.14159265358979, 1e20, -0.5, 123456789012345.0, 7)]`},
	{"format", `[L.format('%d', 1234567), L.format('%d', 1234567, grouping=True), L.format('%.2f', 1234567.891, True), L.format('%10.1f', -2.5), L.format('%s', 'x'), L.format('%f', 1.5, monetary=True), L.format('%e', 12345.678, True), L.format('%*d', 5, False, False, 3)]`},
	{"format errors", `[em(lambda: L.format('%d %d', 1)), em(lambda: L.format('x%d', 1)), em(lambda: L.format('%d', 'a')), em(lambda: L.format('', 1))]`},
	{"format_string", `[L.format_string('%d items at %.2f', (1234, 5.678), True), L.format_string('%s', 'one'), L.format_string('%(a)d-%(b)s', {'a': 1000, 'b': 'x'}, True), L.format_string('100%% %d', 5), L.format_string('%*d|', (6, 42)), L.format_string('no specs', ())]`},
	{"format_string errors", `[em(lambda: L.format_string('%d %d', (1,))), em(lambda: L.format_string('%d', 'a')), em(lambda: L.format_string('%d', (1, 2)))]`},
	{"currency", `[em(lambda: L.currency(1.5)), em(lambda: L.currency(-2, international=True))]`},
	{"atof atoi", `[L.atof('3.5'), L.atof('-1e3'), L.atoi('42'), L.atof('7', int), L.delocalize('1,234.5'), em(lambda: L.atoi('1.5')), em(lambda: L.atof('x')), em(lambda: L.atof('1,234'))]`},
	{"strcoll strxfrm", `[L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('a', 'a'), L.strcoll('\u00e9', 'z'), L.strxfrm('abc'), sorted(['b', 'A', 'a'], key=L.strxfrm), em(lambda: L.strcoll(1, 'a')), em(lambda: L.strxfrm(None))]`},
	{"nl_langinfo", `[L.nl_langinfo(getattr(L, n)) for n in sorted(dir(L)) if n.isupper() and not n.startswith('LC_') and n != 'CHAR_MAX']`},
	{"nl_langinfo C codeset", `keep(lambda: (L.setlocale(L.LC_CTYPE, 'C'), L.nl_langinfo(L.CODESET)))`},
	{"nl_langinfo errors", `[em(lambda: L.nl_langinfo(99999)), em(lambda: L.nl_langinfo('x'))]`},
	{"gettext", `(L.gettext('m'), L.dgettext('d', 'm'), L.dcgettext('d', 'm', L.LC_MESSAGES), L.textdomain(None), L.textdomain('foo'), L.textdomain(None), L.bindtextdomain('x', None), L.bindtextdomain('x', 'rel/dir'), L.bindtextdomain('x', None), L.bind_textdomain_codeset('x', None), L.bind_textdomain_codeset('x', 'UTF-8'), L.bind_textdomain_codeset('x', None))`},
	{"end state", `L.setlocale(L.LC_ALL) == START`},
}

// TestLocale compares locale with CPython 3.6's on this machine.
func TestLocale(t *testing.T) {
	pinLocaleEnvironment(t)
	pytesting.DiffCases(t, "locale", localePrelude, localeCases)
}

// pinLocaleEnvironment gives the test process (whose environment both
// CPython and the in-process interpreter see) LANG=C.UTF-8 and no other
// locale variable, restoring the environment when t ends. It also sets
// GPYSSL_LOCALE_JUNK to a value getdefaultlocale cannot parse (a PATH-like
// list, fixed so that the stored output does not depend on the machine).
func pinLocaleEnvironment(t *testing.T) {
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("GPYSSL_LOCALE_JUNK", "/usr/local/bin:/usr/bin:/home/u/.local/bin")
	for _, name := range []string{"LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME",
		"LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"} {
		t.Setenv(name, "") // registers the restore
		os.Unsetenv(name)
	}
}
