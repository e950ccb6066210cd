# Files beside a script named as the library modules CPython 3.6 has
# imported before the script's directory goes on sys.path (encodings,
# codecs, io, abc; os, stat and the rest of site's unless -S) shadow
# nothing; any other library name (json) is the script's own.
import os
import shutil
import subprocess
import sys
import tempfile

tmp = tempfile.mkdtemp()
for name in ('encodings', 'codecs', 'io', 'abc', 'os', 'stat', 'json'):
    with open(os.path.join(tmp, name + '.py'), 'w') as f:
        f.write('print("script dir %s")\n' % name)
with open(os.path.join(tmp, 'main.py'), 'w') as f:
    f.write('import encodings, codecs, io, abc, os, stat, json\n'
            'print(encodings.__name__, hasattr(codecs, "lookup"), hasattr(io, "BytesIO"),\n'
            '      hasattr(abc, "ABCMeta"), hasattr(os, "getcwd"), hasattr(stat, "S_ISDIR"))\n'
            'print("x".encode("cp1252"), b"\\xe9".decode("latin-1"))\n')
for flags in ([], ['-S']):
    out = subprocess.run([sys.executable] + flags + ['main.py'], cwd=tmp,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(flags, out.returncode)
    print(out.stdout.decode())
shutil.rmtree(tmp)
