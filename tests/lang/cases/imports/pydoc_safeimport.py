# pydoc.safeimport: None only when the named module itself does not exist;
# a module that fails as it runs (a missing import inside it, a syntax
# error, an exception) raises ErrorDuringImport naming it; forceload
# imports a module afresh.
import os, shutil, sys, tempfile, pydoc
d = tempfile.mkdtemp()
for name, text in [('badimp', 'import nonexistent_xyz_mod\n'), ('synerr', 'def f(:\n'),
                   ('raiser', 'raise ValueError("boom")\n'), ('fresh', 'import time\nstamp = []\n')]:
    with open(os.path.join(d, name + '.py'), 'w') as f:
        f.write(text)
sys.path.insert(0, d)
for name in ('nonexist_abc', 'nonexist_abc.sub', 'os.nonexist', 'badimp', 'synerr', 'raiser',
             'os', 'os.path', 'xml.etree', 'json.nosuch'):
    try:
        r = pydoc.safeimport(name)
        print(name, 'ok', getattr(r, '__name__', r))
    except pydoc.ErrorDuringImport as e:
        print(name, 'EDI', str(e.filename).replace(d, '<D>'), e.exc.__name__, e.value)
import fresh
again = pydoc.safeimport('fresh', forceload=1)
print(again is fresh, again.stamp == [], sys.modules['fresh'] is again)
print(pydoc.safeimport('fresh') is again)
shutil.rmtree(d)
