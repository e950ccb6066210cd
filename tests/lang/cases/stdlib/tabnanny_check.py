# tabnanny: ambiguous indentation found by check() (a file, a directory
# tree, -q and -v), NannyNag's parts, Whitespace's arithmetic, and the
# command line (python -m tabnanny).
import io, os, shutil, subprocess, sys, tempfile, tokenize, tabnanny
from contextlib import redirect_stdout, redirect_stderr

d = tempfile.mkdtemp()
sources = {
    'clean.py': 'if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n# end\n',
    'mixed.py': 'if x:\n    y = 1\n    if z:\n\tw = 2\n',
    'bad.py': 'if x:\n\tif y:\n\t  a = 1\n        b = 2\n',
    'notgreater.py': 'if x:\n        if y:\n\t    z = 1\n',
    'sub/deep.py': 'def f():\n\treturn 1\n        pass\n',
    'sub/notes.txt': 'if x:\n\tif y:\n        z\n',
    'unterminated.py': 'x = (1,\n',
    'with space.py': 'if x:\n\ty\n        z\n',
}
for rel, text in sources.items():
    path = os.path.join(d, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def run(target, verbose=0, quiet=0):
    tabnanny.verbose, tabnanny.filename_only = verbose, quiet
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        tabnanny.check(target)
    for stream in (out, err):
        lines = sorted(stream.getvalue().replace(d, '<D>').splitlines())
        print('  ', lines)

for name in ('clean.py', 'mixed.py', 'bad.py', 'notgreater.py', 'unterminated.py', 'with space.py', 'missing.py'):
    print(name)
    run(os.path.join(d, name))
print('tree')
run(os.path.join(d, 'sub'))
print('quiet, verbose, very verbose')
run(os.path.join(d, 'bad.py'), quiet=1)
run(os.path.join(d, 'bad.py'), verbose=1)
run(os.path.join(d, 'clean.py'), verbose=2)
run(os.path.join(d, 'mixed.py'), verbose=2)
tabnanny.verbose = tabnanny.filename_only = 0

try:
    tabnanny.process_tokens(tokenize.generate_tokens(io.StringIO(sources['bad.py']).readline))
except tabnanny.NannyNag as nag:
    print(nag.get_lineno(), repr(nag.get_msg()), repr(nag.get_line()), nag.args)

for a, b in [('', '\t'), ('  \t', '\t'), ('\t  \t ', '        '), (' \t', '\t '), ('    ', '\t')]:
    wa, wb = tabnanny.Whitespace(a), tabnanny.Whitespace(b)
    print(repr(a), repr(b), wa.n, wa.nt, wa.norm, wa.is_simple, wa.longest_run_of_spaces(),
          [wa.indent_level(t) for t in (1, 2, 4, 8)], wa.equal(wb), wa.less(wb),
          wa.not_equal_witness(wb), wa.not_less_witness(wb))
print(tabnanny.format_witnesses([(1, 2, 3)]), '|', tabnanny.format_witnesses([(1, 0, 0), (4, 0, 0)]))
print(sorted(tabnanny.__all__))

for args in ([os.path.join(d, 'bad.py')], ['-q', os.path.join(d, 'bad.py')], [], ['-x']):
    p = subprocess.run([sys.executable, '-m', 'tabnanny'] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    print(p.returncode, repr(p.stdout.replace(d, '<D>')), repr(p.stderr.replace(os.path.dirname(tabnanny.__file__), '<LIB>')))
shutil.rmtree(d)
