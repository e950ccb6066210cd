package pylib_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/compiler" // f-strings
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"   // str methods, reprs
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath" // os.path
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop
)

// argparsePrelude runs before every case under CPython 3.6 and gpython:
// errors go to stdout so that one stream holds the whole transcript, the
// width comes from COLUMNS only when a case sets it, and run() prints
// either the parsed Namespace or the exit status.
const argparsePrelude = `import os, sys
sys.stderr = sys.stdout
sys.argv = ['prog.py']
os.environ.pop('COLUMNS', None)
import argparse

def run(p, *arglists):
    for args in arglists:
        try:
            print(p.parse_args(args))
        except SystemExit as e:
            print('exit', e.code)

def known(p, *arglists):
    for args in arglists:
        try:
            ns, rest = p.parse_known_args(args)
            print(ns, rest)
        except SystemExit as e:
            print('exit', e.code)

def attempt(f):
    try:
        f()
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__ + ':', e)
`

type argparseCase struct {
	name string
	src  string
}

var argparseCases = []argparseCase{
	{"rw_error_override_and_leftovers", `
class Soft(argparse.ArgumentParser):
    def error(self, message):
        print('soft error:', message)
p = Soft(prog='SOFT')
p.add_argument('--a', type=int)
print(p.parse_args(['--a', '1', 'extra', '-z']))
q = argparse.ArgumentParser(prog='TOP')
sub = q.add_subparsers(dest='cmd')
s1 = sub.add_parser('go', aliases=['g'], help='go somewhere')
s1.add_argument('--fast', action='store_true')
known(q, ['go', '--fast', 'left', '--over'], ['g', 'x'], ['nope'])
run(q, ['go', 'left'])
q.print_help()
`},
	{"rw_fromfile_nested_and_missing", `
d = '/tmp/argparse-rw-%d' % os.getpid()
os.mkdir(d)
with open(d + '/inner', 'w') as f:
    f.write('--b\n2\n')
with open(d + '/outer', 'w') as f:
    f.write('--a\n1\n@' + d + '/inner\n')
p = argparse.ArgumentParser(prog='FF', fromfile_prefix_chars='@')
p.add_argument('--a')
p.add_argument('--b')
p.add_argument('rest', nargs='*')
run(p, ['@' + d + '/outer', 'z'], ['@', 'x'])
class Soft(argparse.ArgumentParser):
    def error(self, message):
        print('soft error:', message.replace(d, '<D>'))
s = Soft(prog='FF2', fromfile_prefix_chars='@')
s.add_argument('rest', nargs='*')
print(s.parse_args(['a', '@' + d + '/missing', 'b']))
class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
t = Split(prog='FF3', fromfile_prefix_chars='@')
t.add_argument('rest', nargs='*')
with open(d + '/words', 'w') as f:
    f.write('one two\nthree\n')
print(t.parse_args(['@' + d + '/words']))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
`},
	{"rw_count_messages_and_types", `
p = argparse.ArgumentParser(prog='CM')
p.add_argument('--one')
p.add_argument('--opt', nargs='?')
p.add_argument('--plus', nargs='+')
p.add_argument('--two', nargs=2)
p.add_argument('--single', nargs=1)
for args in (['--one'], ['--plus'], ['--two', 'a'], ['--single'], ['--opt=1=2'], ['--one=x', '--two=y']):
    run(p, args)
p.register('type', 'weird', 5)
attempt(lambda: p.add_argument('--w', type='weird'))
attempt(lambda: p.add_argument('--v', action='nonsense'))
p.register('type', 'late', 'not callable')
act = p.add_argument('--late')
act.type = 'late'
run(p, ['--late', 'q'])
attempt(lambda: p.add_argument('--c', action='count', default=None))
print(p.parse_args(['--c', '--c']).c, p.parse_args([]).c)
attempt(lambda: argparse.ArgumentParser().add_argument('x', dest='y'))
attempt(lambda: argparse.ArgumentParser().add_argument('--s', nargs=0))
attempt(lambda: argparse.ArgumentParser().add_argument('--s', action='append', nargs=0))
attempt(lambda: argparse.ArgumentParser().add_argument('--s', const=1))
attempt(lambda: argparse.ArgumentParser().add_argument('--s', action='append', const=1, nargs='?'))
`},
	{"rw_mutex_hidden_and_usage", `
p = argparse.ArgumentParser(prog='MX')
g = p.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true', help=argparse.SUPPRESS)
g.add_argument('--c', action='store_true')
h = p.add_mutually_exclusive_group(required=True)
h.add_argument('--x', action='store_true', help=argparse.SUPPRESS)
h.add_argument('--y', action='store_true')
p.print_usage()
run(p, ['--a', '--c', '--y'], ['--b', '--a', '--y'], [])
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) != argparse.Namespace(a=2), argparse.Namespace() == 3, 'a' in argparse.Namespace(a=1))
print(repr(argparse.FileType('w', 0, 'utf-8', 'strict')), repr(argparse.FileType()), argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
attempt(lambda: argparse.FileType('a')('-'))
attempt(lambda: argparse.FileType('r')('/nonexistent/file'))
long = argparse.ArgumentParser(prog='a-really-long-program-name-that-takes-up-most-of-the-line-width')
long.add_argument('--first-option')
long.add_argument('--second-option')
long.add_argument('positional_one')
long.add_argument('positional_two')
long.print_usage()
`},
	{"basic_help", `
p = argparse.ArgumentParser(prog='PROG', description='A test program that does several things with a long description to wrap around the edge.', epilog='The end.')
p.add_argument('foo', help='the foo value')
p.add_argument('bar', nargs='*', help='bars')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--num', type=int, default=3, help='a number (default: %(default)s)')
p.add_argument('--mode', choices=['a', 'b'], help='mode')
p.add_argument('-x', action='store_true')
p.add_argument('--very-long-option-name', metavar='VALUE', help='this option has a very long name so the help goes on the next line and wraps')
p.print_help()
run(p, ['f', '1', '2', '-vv', '--num=5', '-x'], [], ['f', '--num', 'x'], ['f', '--mode', 'z'], ['f', '--bogus'])
`},
	{"positional_kinds", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('a')
p.add_argument('b', nargs=2)
p.add_argument('c', nargs='?', default='dc')
p.add_argument('d', nargs='*')
p.print_help()
run(p, ['1', '2', '3'], ['1', '2', '3', '4', '5', '6'], ['1'], ['1', '2'])
`},
	{"nargs_plus_and_options", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('files', nargs='+', metavar='FILE')
p.add_argument('--out', '-o', nargs='?', const='stdout', default='none')
p.add_argument('--pair', nargs=2, type=int)
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')
p.print_usage()
run(p, ['a', 'b'], ['a', '-o'], ['a', '-o', 'x'], ['-o', 'a'], ['a', '--pair', '1', '2'], ['a', '--pair', '1'],
    ['a', '--many'], ['a', '--many', 'x', 'y'], ['a', '--some'], ['--some', 'x', 'y', '--', 'a'], [], ['a', '--pair', 'x', '2'])
`},
	{"store_actions", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--c', action='store_const', const=42)
p.add_argument('-t', action='store_true')
p.add_argument('-f', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--ac', action='append_const', const=7, dest='consts')
p.add_argument('--ac2', action='append_const', const=8, dest='consts')
p.add_argument('-q', action='count')
p.print_help()
run(p, [], ['--c', '-t', '-f', '--app', 'x', '--app=y', '--ac', '--ac2', '--ac', '-qqq', '-q'])
`},
	{"short_bundles", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c')
p.add_argument('-n', type=int)
run(p, ['-ab'], ['-abc', 'x'], ['-abcX'], ['-cval'], ['-c=v'], ['-n5'], ['-n', '-5'], ['-az'], ['-c'], ['-ba', '-n', '0x1'])
`},
	{"long_options", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
p.add_argument('--foobar', action='store_true')
p.add_argument('--baz', type=float)
p.add_argument('--flag', action='store_true')
run(p, ['--foo=a=b'], ['--foo', '--x'], ['--baz', '2.5'], ['--ba', '1'], ['--fo', 'x'], ['--fooba'], ['--flag=1'], ['--baz=nope'], ['--foo'])
`},
	{"no_abbrev", `
p = argparse.ArgumentParser(prog='PROG', allow_abbrev=False)
p.add_argument('--foobar')
p.add_argument('-v', action='store_true')
p.add_argument('-w', action='store_true')
run(p, ['--foobar', 'x'], ['--foo', 'x'], ['-v'], ['-vw'])
`},
	{"double_dash", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('x')
p.add_argument('rest', nargs='*')
p.add_argument('-f', action='store_true')
run(p, ['--', '-f'], ['a', '--', '-f', '--'], ['-f', '--', '-x', 'y'], ['--'], ['a', '-f', 'b', 'c'])
`},
	{"negative_numbers", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-x', type=float)
p.add_argument('n', nargs='?', type=int)
run(p, ['-x', '-1'], ['-5'], ['-x', '-.5', '-7'], ['-1.5x'], ['-x', '-1e3'])
q = argparse.ArgumentParser(prog='Q')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('n', nargs='?')
run(q, ['-1'], ['-2'], ['x'])
`},
	{"remainder", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--opt')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
p.print_help()
run(p, ['ls', '-l', '--opt', 'x'], ['--opt', 'o', 'ls'], ['ls'])
`},
	{"type_errors", `
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n
def bad(s):
    raise TypeError('nope')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--n', type=int)
p.add_argument('--f', type=float)
p.add_argument('--e', type=even)
p.add_argument('--b', type=bad)
p.add_argument('pos', type=int, nargs='?')
run(p, ['--n', 'x'], ['--f', '1.5.2'], ['--e', '3'], ['--e', '4'], ['--e', 'q'], ['--b', '1'], ['z'], ['--n', '12', '--f', '1e2', '7'])
`},
	{"choices", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('x', choices=['a', 'b'])
p.add_argument('--n', type=int, choices=range(1, 4))
p.add_argument('--m', choices=[1, 2], type=int, help='one of %(choices)s')
p.print_help()
run(p, ['z'], ['a', '--n', '5'], ['b', '--n', '2', '--m', '2'], ['a', '--m', '3'])
`},
	{"required_errors", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('x')
p.add_argument('y')
p.add_argument('--req', required=True)
run(p, [], ['1'], ['1', '2'], ['1', '2', '--req', 'r'], ['1', '2', '3', '--req', 'r', '4'])
`},
	{"unrecognized", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--a')
run(p, ['--b', 'x', 'y'], ['pos'])
known(p, ['--b', 'x', 'y', '--a', '1', '-z'], ['--a=1', 'q', '--', 'r'])
`},
	{"help_flag", `
p = argparse.ArgumentParser(prog='PROG', description='desc')
p.add_argument('--x', help='x help')
run(p, ['-h'], ['--x', '1', '--help'], ['--he'])
`},
	{"version", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
p.add_argument('-V', action='version', version='a very long version string that keeps going and going so that it has to be wrapped onto several lines by the formatter')
p.print_help()
run(p, ['--version'], ['-V'])
`},
	{"metavars", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--pt', nargs=2, metavar=('A', 'B'))
p.add_argument('--one', metavar='X')
p.add_argument('--opt', nargs='?', metavar='O')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+', dest='pl')
p.add_argument('--three', nargs=3)
p.add_argument('pos', metavar='P', nargs=2)
p.add_argument('ch', choices=['x', 'y', 'z'])
p.print_help()
attempt(lambda: p.add_argument('--bad', nargs=2, metavar=('A', 'B', 'C')))
`},
	{"dest_and_prefix", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--dry-run', action='store_true')
p.add_argument('-x', '--extra-value', dest='ev')
p.add_argument('-s', '--long-name')
p.add_argument('-k')
p.print_help()
run(p, ['--dry-run', '-x', '1', '--long-name', 'L', '-k', 'K'])
`},
	{"defaults", `
p = argparse.ArgumentParser(prog='PROG', argument_default='AD')
p.add_argument('--a')
p.add_argument('--b', default=None)
p.add_argument('--n', default='7', type=int)
p.add_argument('--s', default=argparse.SUPPRESS)
p.set_defaults(extra='E', a='A0')
print(p.get_default('a'), p.get_default('n'), p.get_default('extra'), p.get_default('nothing'))
run(p, [], ['--s', 'x', '--n', '2'])
`},
	{"namespace", `
ns = argparse.Namespace(b=1, a='x')
print(ns, ns == argparse.Namespace(a='x', b=1), ns != argparse.Namespace(a='y', b=1))
print('a' in ns, 'z' in ns)
setattr(ns, 'with-dash', 2)
print(ns)
print(argparse.Namespace())
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--x', default=5)
base = argparse.Namespace(x=1, y=2)
print(p.parse_args([], namespace=base), base)
print(p.parse_args(['--x', '9'], namespace=argparse.Namespace(x=1)))
`},
	{"mutex_group", `
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true', help='foo it')
g.add_argument('--bar', action='store_false', help='bar it')
p.add_argument('--other')
p.print_help()
run(p, ['--foo'], ['--bar'], ['--foo', '--bar'], [])
`},
	{"mutex_required", `
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('-a', action='store_true')
g.add_argument('-b', type=int)
g.add_argument('--cc', metavar='C')
p.print_usage()
run(p, [], ['-a'], ['-b', '1', '-a'], ['--cc', 'x'])
attempt(lambda: g.add_argument('--r', required=True))
`},
	{"mutex_single_required", `
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--only')
p.add_argument('pos', nargs='?')
h = p.add_mutually_exclusive_group()
h.add_argument('x', nargs='?')
h.add_argument('--y')
p.print_help()
run(p, [])
`},
	{"argument_groups", `
p = argparse.ArgumentParser(prog='PROG', description='Tool with groups.')
g = p.add_argument_group('connection', 'Options that describe how to connect to the server, with a description long enough to wrap.')
g.add_argument('--host', default='localhost', help='server host name')
g.add_argument('--port', type=int, default=443, help='server port')
h = p.add_argument_group('output')
h.add_argument('-o', '--output', help='where to write')
e = p.add_argument_group('empty')
m = h.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true')
m.add_argument('--text', action='store_true')
p.add_argument('target')
p.print_help()
run(p, ['t', '--port', '8443', '--json'], ['t', '--json', '--text'])
`},
	{"subparsers", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--verbose', action='store_true')
sp = p.add_subparsers(dest='cmd', help='sub-command help')
a = sp.add_parser('connect', help='connect to a host')
a.add_argument('host')
a.add_argument('--port', type=int, default=443)
b = sp.add_parser('serve', help='serve files', aliases=['s', 'srv'])
b.add_argument('--dir', default='.')
b.set_defaults(func='serve-func')
c = sp.add_parser('hidden')
p.print_help()
a.print_help()
b.print_help()
run(p, ['connect', 'example.com'], ['--verbose', 's', '--dir', '/tmp'], ['srv'], ['hidden'], [], ['nope'], ['connect'], ['connect', 'h', '--port', 'x'], ['serve', 'extra'])
known(p, ['serve', 'extra', '--zz'])
`},
	{"subparsers_titled", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('input')
sp = p.add_subparsers(title='commands', description='valid commands', help='additional help', dest='command', metavar='COMMAND')
x = sp.add_parser('run', help='run it')
x.add_argument('-n', type=int)
y = sp.add_parser('stop')
p.print_help()
x.print_usage()
run(p, ['in', 'run', '-n', '3'], ['in', 'stop'], ['in', 'run', '-n'])
attempt(lambda: p.add_subparsers())
`},
	{"subparsers_no_dest", `
p = argparse.ArgumentParser(prog='PROG')
sp = p.add_subparsers()
a = sp.add_parser('a')
a.add_argument('--x', default='1')
b = sp.add_parser('b')
b.add_argument('y', nargs='+')
p.print_help()
run(p, ['a'], ['b', '1', '2'], ['a', '--x', '2'], ['c'], ['b'])
`},
	{"usage_wrapping", `
p = argparse.ArgumentParser(prog='PROG')
for name in ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india']:
    p.add_argument('--' + name, help='the %s option' % name)
p.add_argument('--required-thing', required=True)
p.add_argument('source')
p.add_argument('destinations', nargs='+')
p.print_help()
`},
	{"usage_long_prog", `
p = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-most-of-the-line-width')
p.add_argument('--alpha')
p.add_argument('--bravo')
p.add_argument('--charlie')
p.add_argument('first')
p.add_argument('second')
p.print_usage()
q = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-most-of-the-line-width')
q.add_argument('--x')
q.print_usage()
r = argparse.ArgumentParser(prog='PROG', add_help=False)
for i in range(12):
    r.add_argument('positional_argument_%d' % i)
r.print_usage()
`},
	{"custom_usage", `
p = argparse.ArgumentParser(prog='PROG', usage='%(prog)s [options] FILE')
p.add_argument('file')
p.print_help()
run(p, [])
q = argparse.ArgumentParser(prog='Q', add_help=False)
q.print_help()
print(repr(q.format_usage()), repr(q.format_help()))
`},
	{"columns_narrow", `
os.environ['COLUMNS'] = '40'
p = argparse.ArgumentParser(prog='PROG', description='This description is wrapped at a narrow width of forty columns.')
p.add_argument('--alpha', help='help for alpha which is long enough to wrap several times')
p.add_argument('--beta-gamma-delta', metavar='VALUE', help='beta help')
p.add_argument('items', nargs='*', help='the items')
p.print_help()
`},
	{"columns_wide", `
os.environ['COLUMNS'] = '120'
p = argparse.ArgumentParser(prog='PROG', description='This description is wrapped at a wide width of one hundred and twenty columns, which means it needs to be rather long to wrap at all.')
p.add_argument('--alpha', help='help for alpha which is long enough to wrap several times when the width is wide enough, perhaps it needs more words than that')
for name in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']:
    p.add_argument('--option-' + name)
p.print_help()
`},
	{"columns_tiny", `
os.environ['COLUMNS'] = '15'
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--alpha', help='help for alpha')
p.add_argument('x', help='x')
p.print_help()
os.environ['COLUMNS'] = 'junk'
p.print_usage()
`},
	{"help_wrapping_words", `
p = argparse.ArgumentParser(prog='PROG', epilog='See https://example.com/a/very/long/path/that/cannot/be/broken/anywhere/because/it/has/no/spaces/at/all for details.')
p.add_argument('--x', help='a well-known, multi-part, hyphen-separated sentence with self-evident state-of-the-art words and a-b c--d e---f and supercalifragilisticexpialidociouslylongwordthatneedsbreaking end')
p.add_argument('--y', help='  lots   of\n whitespace\t\there   ')
p.add_argument('--z', help='')
p.print_help()
`},
	{"help_params", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--n', type=int, default=3, help='%(prog)s n=%(default)s type=%(type)s dest=%(dest)s')
p.add_argument('--c', choices=['x', 'y'], default='x', help='choices: %(choices)s, default %(default)r')
p.add_argument('--m', metavar='M', help='metavar %(metavar)s, 100%% sure')
p.add_argument('--s', help=argparse.SUPPRESS)
p.add_argument('pos', help='positional %(dest)s')
p.print_help()
`},
	{"suppressed_in_usage", `
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group()
g.add_argument('--a', help=argparse.SUPPRESS)
g.add_argument('--b')
g.add_argument('--c')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.print_help()
`},
	{"add_help_false", `
p = argparse.ArgumentParser(prog='PROG', add_help=False, description='no help here')
p.add_argument('-h', action='store_true', help='h is a flag')
p.print_help()
run(p, ['-h'])
`},
	{"conflicts", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--x')
attempt(lambda: p.add_argument('--x'))
attempt(lambda: p.add_argument('-h'))
attempt(lambda: p.add_argument('-y', '--x', '-h'))
q = argparse.ArgumentParser(prog='Q', conflict_handler='resolve')
q.add_argument('-f', '--foo', help='old foo')
q.add_argument('--foo', help='new foo')
q.print_help()
`},
	{"definition_errors", `
p = argparse.ArgumentParser(prog='PROG')
attempt(lambda: p.add_argument('x', required=True))
attempt(lambda: p.add_argument('x', dest='y'))
attempt(lambda: p.add_argument('--x', nargs=0))
attempt(lambda: p.add_argument('--x', const=1))
attempt(lambda: p.add_argument('--x', action='bogus'))
attempt(lambda: p.add_argument('--x', type='int'))
attempt(lambda: p.add_argument('x-', '--y'))
attempt(lambda: p.add_argument('--', dest=None))
attempt(lambda: p.add_argument('--x', action='append', nargs=0))
print(p.add_argument('--ok', type=int, default=1))
print(p.add_argument('--t', action='store_true'))
`},
	{"error_and_exit", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--x')
attempt(lambda: p.error('custom problem'))
attempt(lambda: p.exit())
attempt(lambda: p.exit(3, 'bye\n'))
attempt(lambda: p.exit(0, ''))
p.print_usage(sys.stdout)
print(repr(p.format_usage()))
print(p.format_help().count('\n'))
print(p)
`},
	{"argument_errors", `
e = argparse.ArgumentError(None, 'plain message')
print(str(e))
p = argparse.ArgumentParser(prog='PROG')
a = p.add_argument('--x', '-x')
print(str(argparse.ArgumentError(a, 'bad thing')))
b = p.add_argument('pos', metavar='POS')
print(str(argparse.ArgumentError(b, 'bad pos')))
c = p.add_argument('other')
print(str(argparse.ArgumentError(c, 'bad other')))
try:
    raise argparse.ArgumentTypeError('custom type error')
except argparse.ArgumentTypeError as err:
    print('caught', err)
print(isinstance(e, Exception))
`},
	{"fromfile", `
path = '/tmp/argparse_fromfile_case.txt'
with open(path, 'w') as f:
    f.write('--x\n1\npos\n')
p = argparse.ArgumentParser(prog='PROG', fromfile_prefix_chars='@')
p.add_argument('--x', type=int)
p.add_argument('p')
p.add_argument('--y')
run(p, ['@' + path], ['--y', '@', 'q'], ['@/nonexistent/file/for/argparse'])
os.remove(path)
`},
	{"parents", `
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int)
parent.set_defaults(pd='yes')
g = parent.add_argument_group('shared')
g.add_argument('--shared')
child = argparse.ArgumentParser(prog='CHILD', parents=[parent])
child.add_argument('foo')
child.print_help()
run(child, ['--parent', '2', 'x', '--shared', 's'])
`},
	{"prog_default", `
p = argparse.ArgumentParser(description='prog comes from sys.argv[0]')
p.add_argument('--x')
p.print_help()
sys.argv = ['/usr/local/bin/tool', 'a']
q = argparse.ArgumentParser()
q.add_argument('a')
print(q.prog)
print(q.parse_args())
run(q, ['1', '2'])
`},
	{"ambiguous", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--alpha')
p.add_argument('--alps')
p.add_argument('--beta')
run(p, ['--al', 'x'], ['--alp=1'], ['--alph', 'x'], ['--b', 'y'])
`},
	{"optional_positional_interplay", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
p.add_argument('xs', nargs='*')
p.add_argument('y', nargs='?')
run(p, ['a', '--foo', 'f', 'b'], ['--foo', 'f', 'a', 'b'], ['a', 'b', 'c'], [])
q = argparse.ArgumentParser(prog='Q')
q.add_argument('a', nargs='+')
q.add_argument('b')
q.add_argument('c', nargs=2)
run(q, ['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2'])
`},
	{"print_to_files", `
p = argparse.ArgumentParser(prog='PROG', description='d')
p.add_argument('x', help='an x')
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = Sink()
p.print_help(s)
p.print_usage(s)
print(len(s.parts), repr(''.join(s.parts)))
`},
	{"mixed_required_options_usage", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--config', '-c', required=True, help='config file')
p.add_argument('--level', choices=['debug', 'info', 'warning'], default='info')
p.add_argument('-n', '--count', type=int, nargs='?', const=1)
p.print_help()
run(p, ['-c', 'x', '-n'], ['-c'], ['--level', 'loud', '-c', 'a'])
`},
	{"tls_tool", `
p = argparse.ArgumentParser(prog='tlsprobe', description='Connect to a TLS server and report the negotiated parameters.', epilog='Exit status is 0 when the handshake succeeds.')
p.add_argument('host', help='server host name')
p.add_argument('port', type=int, nargs='?', default=443, help='server port (default: %(default)s)')
p.add_argument('--cafile', metavar='PEM', help='CA certificates to trust')
p.add_argument('--no-verify', dest='verify', action='store_false', help='skip certificate verification')
p.add_argument('--alpn', action='append', default=[], metavar='PROTO', help='offer an ALPN protocol (repeatable)')
p.add_argument('--min-version', choices=['TLSv1.2', 'TLSv1.3'], help='lowest protocol version')
p.add_argument('-t', '--timeout', type=float, default=5.0, help='seconds to wait')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--json', action='store_true', help='print JSON')
p.print_help()
run(p, ['example.com'], ['example.com', '8443', '--alpn', 'h2', '--alpn', 'http/1.1', '-vv', '--no-verify', '--json', '-t', '2'], ['h', 'port'], ['h', '--min-version', 'SSLv3'])
`},
	{"count_and_append_defaults", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--l', action='append', default=['base'])
p.add_argument('-c', action='count', default=10)
p.add_argument('--n', action='append', type=int, nargs=2)
run(p, [], ['--l', 'x', '-cc'], ['--n', '1', '2', '--n', '3', '4'])
run(p, ['--l', 'y'])
`},
	{"formatter_classes", `
p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.RawDescriptionHelpFormatter, description='first line\n    indented second line\n\nthird paragraph')
p.add_argument('--x', help='x   help  kept   collapsed')
p.print_help()
q = argparse.ArgumentParser(prog='Q', formatter_class=argparse.RawTextHelpFormatter)
q.add_argument('--y', help='line one\n  line two')
q.print_help()
r = argparse.ArgumentParser(prog='R', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument('--z', default=3, help='zed')
r.add_argument('--w', help='double-u')
r.add_argument('pos', nargs='?', default='p', help='position')
r.add_argument('flag', help='flag')
r.print_help()
`},
	{"subparser_errors_and_required_inside", `
p = argparse.ArgumentParser(prog='PROG')
sp = p.add_subparsers(dest='cmd')
a = sp.add_parser('add', description='Add things.')
a.add_argument('item', choices=['x', 'y'])
a.add_argument('--count', type=int, required=True)
run(p, ['add'], ['add', 'z', '--count', '1'], ['add', 'x', '--count', 'one'], ['add', 'x', '--count', '2'], ['add', '-h'])
`},
	{"store_const_default_and_dest_sharing", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--fast', dest='speed', action='store_const', const='fast', default='normal')
p.add_argument('--slow', dest='speed', action='store_const', const='slow')
p.add_argument('--level', type=int, default='5')
run(p, [], ['--fast'], ['--fast', '--slow'], ['--level', '7'])
`},
	{"filetype_and_type_names", `
path = '/tmp/argparse_filetype_case.txt'
with open(path, 'w') as f:
    f.write('content\n')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--in', dest='inp', type=argparse.FileType('r'))
p.add_argument('--s', type=str, help='type %(type)s')
p.add_argument('--l', type=lambda s: int(s, 16), help='hex')
p.add_argument('--f', type=float)
p.print_help()
ns = p.parse_args(['--in', path])
print(ns.inp.read())
ns.inp.close()
print(p.parse_args(['--in', '-']).inp is sys.stdin)
run(p, ['--l', 'zz'], ['--f', 'abc'], ['--l', 'ff', '--s', 'x'])
print(argparse.FileType('w'), argparse.FileType('rb', 0), argparse.FileType('r', encoding='utf-8'))
os.remove(path)
`},
	{"prefix_chars", `
p = argparse.ArgumentParser(prog='PROG', prefix_chars='-+')
p.add_argument('+f', action='store_true', help='plus f')
p.add_argument('++bar', help='plus bar')
p.add_argument('-m', '--minus')
p.print_help()
run(p, ['+f', '++bar', 'B'], ['++b=1', '-m', '2'], ['+x'])
q = argparse.ArgumentParser(prog='Q', prefix_chars='+')
q.add_argument('+v', action='count')
q.add_argument('rest', nargs='*')
q.print_help()
run(q, ['+vv', '-x', '+v'])
`},
	{"subparser_prog_and_known", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--top', type=int)
p.add_argument('first')
sp = p.add_subparsers(dest='cmd')
r = sp.add_parser('run', help='run things')
r.add_argument('--fast', action='store_true')
r.add_argument('target', nargs='?')
print(r.prog)
r.print_help()
known(p, ['x', 'run', '--fast', '--zz', 'tgt', 'more'], ['x', 'run', 'a', '--top', '3'])
run(p, ['x', 'run', '--bogus'], ['--top', '2', 'x'])
`},
	{"long_help_entries", `
p = argparse.ArgumentParser(prog='PROG', description='   Leading and trailing   whitespace   is collapsed.   ')
p.add_argument('-a', '--an-extremely-long-option-name-for-testing', metavar='SOME_LONG_METAVAR', help='help that starts on the next line because the invocation is too long')
p.add_argument('-b', help='b ' * 60)
p.add_argument('averyveryverylongpositionalname', help='pos help')
p.add_argument('--n', nargs=3, metavar=('ONE', 'TWO', 'THREE'), help='three values')
p.print_help()
`},
	{"mutex_positional_and_groups_usage", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--before')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', help='foo')
g.add_argument('--bar', nargs='*', help='bar')
g.add_argument('--baz', nargs='+', help='baz')
h = p.add_mutually_exclusive_group()
h.add_argument('--x', action='store_true')
h.add_argument('--y', action='store_true')
h.add_argument('zeta', nargs='?', default='Z')
p.add_argument('--after', required=True)
p.print_help()
run(p, ['--after', 'a', '--foo', 'f', '--x', 'zz'], ['--after', 'a', '--bar', '--baz', '1'], ['--after', 'a'], ['--after', 'a', '--bar', '--y'])
`},
	{"empty_and_odd_args", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--x')
p.add_argument('items', nargs='*')
run(p, [''], ['-'], ['--x', ''], ['--x='], ['a b', '-c d'], ['--x', '-'], ['-x y'])
`},
	{"get_default_and_set_defaults_later", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--a', default=1)
p.add_argument('b', nargs='?')
p.set_defaults(a=2, b='bee', c=3)
print(p.get_default('a'), p.get_default('b'), p.get_default('c'))
p.print_help()
run(p, [], ['x', '--a', '9'])
`},
	{"version_in_subparser_and_parser_attr", `
p = argparse.ArgumentParser(prog='PROG')
p.version = 'attr-version'
p.add_argument('-V', action='version')
p.add_argument('--lv', action='version', version='%(prog)s version 3')
run(p, ['-V'], ['--lv'])
`},
	{"dests_named_like_dict_methods", `
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('items', nargs='*')
p.add_argument('--keys', type=int)
p.add_argument('--values')
p.add_argument('--get', action='store_true')
ns = p.parse_args(['a', 'b', '--keys', '3', '--get'])
print(ns)
print(ns == argparse.Namespace(items=['a', 'b'], keys=3, values=None, get=True), 'items' in ns)
sp_parent = argparse.ArgumentParser(prog='TOP')
sp = sp_parent.add_subparsers(dest='cmd')
sub = sp.add_parser('go')
sub.add_argument('--items', default='x')
print(sp_parent.parse_args(['go']))
`},
	{"custom_action_and_parser_subclass", `
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError('nargs not allowed')
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('called with', option_string, repr(values))

class Pair(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        k, v = values.split('=', 1)
        d = getattr(namespace, self.dest) or {}
        d[k] = v
        setattr(namespace, self.dest, d)

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        print('custom error:', message)
        raise SystemExit(5)

p = Quiet(prog='PROG')
p.add_argument('--name', action=Upper, help='upper-cased')
p.add_argument('--set', action=Pair, metavar='K=V', help='set a pair')
p.add_argument('pos', action=Upper)
p.print_help()
run(p, ['--name', 'abc', 'xyz', '--set', 'a=1', '--set', 'b=2'], [], ['--zz'])
attempt(lambda: p.add_argument('--bad', action=Upper, nargs=2))
print(p.add_argument('--c', action=Upper))
class MyNS(argparse.Namespace):
    pass
print(p.parse_args(['q'], namespace=MyNS(extra=1)))
`},
	{"prog_in_texts_and_blank_help", `
p = argparse.ArgumentParser(prog='PROG', description='%(prog)s does things; run %(prog)s -h.', epilog='Report %(prog)s bugs.')
p.add_argument('--x', help='used by %(prog)s')
p.print_help()
p.add_argument('--blank', help='   ')
attempt(p.format_help)
`},
	{"many_subcommands_narrow", `
os.environ['COLUMNS'] = '50'
p = argparse.ArgumentParser(prog='tool', description='A tool with many subcommands.')
sp = p.add_subparsers(title='subcommands', dest='cmd', help='what to do')
for name, text in [('fetch', 'download the certificate chain from a remote server and print it'), ('verify', 'verify a chain'), ('inspect-certificate', 'show the fields of one certificate'), ('x', 'x')]:
    sub = sp.add_parser(name, help=text, aliases=[name[:2]] if len(name) > 3 else [])
    sub.add_argument('target', help='where to ' + name)
p.print_help()
run(p, ['fe', 'h'], ['verify'], ['bogus'])
`},
	{"builtin_type_functions", `
p = argparse.ArgumentParser(prog='P')
p.add_argument('--a', type=str, help='a %(type)s')
p.add_argument('--b', type=os.path.abspath)
p.add_argument('--c', type=int, help='%(type)s')
p.add_argument('--d', type=float, help='%(type)s')
p.add_argument('--e', type=len)
p.print_help()
print(p.parse_args(['--a', 'x', '--b', '/a/../b', '--e', 'abc']))
run(p, ['--c', 'q'], ['--d', 'x'], ['--d', '-inf'])
`},
	{"many_star_positionals", `
p = argparse.ArgumentParser(prog='P')
for i in range(6):
    p.add_argument('s%d' % i, nargs='*')
p.add_argument('last', nargs=31)
run(p, ['a'] * 30, ['a'] * 40)
p.print_usage()
`},
	{"construction_errors", `
for kw in [dict(conflict_handler='foo'), dict(conflict_handler='resolve')]:
    try:
        print(argparse.ArgumentParser(prog='P', **kw).conflict_handler)
    except ValueError as e:
        print('ValueError', e)
p = argparse.ArgumentParser(prog='P')
try:
    p.add_argument_group('g', conflict_handler='nope')
except ValueError as e:
    print('ValueError', e)
for kw in [{}, dict(action='store'), dict(action='append'), dict(dest='ok')]:
    try:
        print(p.add_argument(**kw).dest)
    except TypeError as e:
        print('TypeError', e)
`},
	{"help_keeps_no_break_spaces", `
p = argparse.ArgumentParser(prog='PROG', description='main\u00a0description with\tsome   spaces')
p.add_argument('--non-breaking', action='store_false',
               help='help message containing non-breaking spaces shall not '
                    'wrap\u00a0at non-breaking spaces\u2003em space too')
print(ascii(p.format_help()))
`},
	{"filetype_opens_with_all_arguments", `
import builtins
calls = []
real_open = builtins.open
def spy(*args, **kwargs):
    calls.append((args, kwargs))
    return real_open(*args, **kwargs)
builtins.open = spy
try:
    for ft in [argparse.FileType('rb'), argparse.FileType('r', 1, 'latin-1', 'strict')]:
        f = ft(os.devnull)
        print(type(f).__name__, f.mode)
        f.close()
finally:
    builtins.open = real_open
print(calls)
`},
}

func TestArgparse(t *testing.T) {
	require.GreaterOrEqual(t, len(argparseCases), 40)
	for _, c := range argparseCases {
		t.Run(c.name, func(t *testing.T) {
			src := argparsePrelude + c.src
			want := pytesting.CPython36Output(t, "argparse_"+c.name, src)
			got, err := runArgparse(t, src)
			require.NoError(t, err, "gpython raised; output so far:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}

// TestArgparseExitStatus checks that an uncaught usage error leaves the
// script with SystemExit(2), after printing usage and message on stderr.
func TestArgparseExitStatus(t *testing.T) {
	_, err := runArgparse(t, `import argparse
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('x')
p.parse_args([])
`)
	var exc py.ExceptionInfo
	require.True(t, errors.As(err, &exc), "want a Python exception, got %v", err)
	assert.Equal(t, py.SystemExit, exc.Type)
	assert.Equal(t, py.Tuple{py.Int(2)}, exc.Value.(*py.Exception).Args)
}

// argparseFuzzScript parses sys.argv[1:] with a parser that has every
// kind of argument; whatever the command line, it must print a Namespace
// or exit through SystemExit, never raise anything else.
const argparseFuzzScript = `import sys
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='PROG', fromfile_prefix_chars=None)
p.add_argument('-a', action='store_true')
p.add_argument('-b', '--bee', type=int, choices=range(10))
p.add_argument('-c', nargs='?', const='C')
p.add_argument('--alpha', nargs='*')
p.add_argument('--alps', nargs=2, type=float)
p.add_argument('-v', action='count')
p.add_argument('--app', action='append')
p.add_argument('-1', dest='one', action='store_const', const=1)
g = p.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
p.add_argument('first')
p.add_argument('rest', nargs='+')
p.add_argument('opt', nargs='?')
sp = p.add_subparsers(dest='cmd')
s = sp.add_parser('sub', aliases=['s'])
s.add_argument('--q', nargs=argparse.REMAINDER)
try:
    print(p.parse_known_args())
except SystemExit as e:
    print('exit', e.code)
`

// FuzzArgparse feeds arbitrary command lines (NUL-separated arguments)
// to argparse under gpython.
func FuzzArgparse(f *testing.F) {
	for _, seed := range []string{
		"a\x00b", "-ab5\x00x\x00y", "--al\x00x", "--alp=1\x002", "-1\x00-.5\x00--\x00-a",
		"x\x00y\x00sub\x00--q\x00-a", "--on\x00--off\x00a\x00b", "-c\x00-v\x00-vv\x00--app=1\x00a\x00b",
		"", "-", "--", "-=", "--=x", "-b\x00ten", "@file", "0000\x00-1=",
	} {
		f.Add(seed)
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, line string) {
		argv := append([]string{"prog"}, strings.Split(line, "\x00")...)
		if line == "" {
			argv = argv[:1]
		}
		out, err := shared.RunArgs(t, argparseFuzzScript, argv)
		if err != nil {
			// CPython 3.6 itself fails so on an empty explicit value
			// bundled after a flag ("-1="): the same IndexError.
			var exc py.ExceptionInfo
			require.True(t, errors.As(err, &exc), "argv %q: %v", argv, err)
			require.Equal(t, py.IndexError, exc.Type, "argv %q: %v; output:\n%s", argv, err, out)
			return
		}
		last := strings.TrimSuffix(out, "\n")
		last = last[strings.LastIndexByte(last, '\n')+1:]
		assert.True(t, strings.HasPrefix(last, "(Namespace(") || strings.HasPrefix(last, "exit "),
			"argv %q; output:\n%s", argv, out)
	})
}

// runArgparse runs src under gpython, turning a Go panic into a failure.
func runArgparse(t *testing.T, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return pytesting.Run(t, src)
}

// runArgparseArgs is runArgparse with sys.argv set to argv.
func runArgparseArgs(t *testing.T, src string, argv []string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return pytesting.RunArgs(t, src, argv)
}
