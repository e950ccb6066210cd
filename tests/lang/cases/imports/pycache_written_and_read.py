# An imported source module's compiled file is written to __pycache__
# (named with sys.implementation.cache_tag) and read back while the
# source's modification time and size match; -B, PYTHONDONTWRITEBYTECODE
# and sys.dont_write_bytecode keep it from being written; -O names it
# opt-1; a moved tree's code names the source where it is now.
import importlib.util, os, shutil, subprocess, sys, tempfile

tag = sys.implementation.cache_tag
root = tempfile.mkdtemp()
pkg = os.path.join(root, 'pcpkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('')
mod = os.path.join(pkg, 'mod.py')
with open(mod, 'w') as f:
    f.write('VALUE = "one"\ndef boom():\n    raise ValueError(VALUE)\n')
env = {k: v for k, v in os.environ.items() if k != 'PYTHONDONTWRITEBYTECODE'}

def run(code, *opts, extra=None, cwd=root):
    e = dict(env, **(extra or {}))
    out = subprocess.run([sys.executable] + list(opts) + ['-c', code], cwd=cwd, env=e,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return out.stdout.decode().strip()

def cached():
    d = os.path.join(pkg, '__pycache__')
    return sorted(n.replace(tag, 'TAG') for n in os.listdir(d)) if os.path.isdir(d) else []

print(run('import pcpkg.mod as m; print(m.VALUE)', '-B'), cached())
print(run('import pcpkg.mod as m; print(m.VALUE)', extra={'PYTHONDONTWRITEBYTECODE': '1'}), cached())
print(run('import sys; sys.dont_write_bytecode = True; import pcpkg.mod as m; print(m.VALUE)'), cached())
print(run('import pcpkg.mod as m; print(m.VALUE, m.__cached__ == importlib.util.cache_from_source(m.__file__))'
          .replace('import pcpkg', 'import importlib.util, pcpkg')), cached())
pyc = importlib.util.cache_from_source(mod)
with open(pyc, 'rb') as f:
    head = f.read(12)
st = os.stat(mod)
print(head[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(head[4:8], 'little') == int(st.st_mtime) & 0xFFFFFFFF,
      int.from_bytes(head[8:12], 'little') == st.st_size)
# Same size, same modification time: the compiled file is still taken.
with open(mod, 'w') as f:
    f.write('VALUE = "two"\ndef boom():\n    raise ValueError(VALUE)\n')
os.utime(mod, ns=(st.st_atime_ns, st.st_mtime_ns))
print(run('import pcpkg.mod as m; print(m.VALUE)'))
# A newer source is compiled again, and its file rewritten.
os.utime(mod, (st.st_atime + 10, st.st_mtime + 10))
print(run('import pcpkg.mod as m; print(m.VALUE)'), run('import pcpkg.mod as m; print(m.VALUE)'), cached())
print(run('import pcpkg.mod as m; print(m.VALUE)', '-O'), cached())
# The tree moved: its code names the source where it now is.
moved = os.path.join(root, 'elsewhere')
os.mkdir(moved)
shutil.move(pkg, moved)
print(run('import pcpkg.mod as m\ntry:\n    m.boom()\nexcept ValueError as e:\n'
          '    tb = e.__traceback__.tb_next\n    print(tb.tb_frame.f_code.co_filename == m.__file__, m.boom.__code__.co_filename == m.__file__)',
          cwd=moved))
# A compiled file that is not one (a bad magic number) is replaced.
pkg = os.path.join(moved, 'pcpkg')
with open(importlib.util.cache_from_source(os.path.join(pkg, 'mod.py')), 'wb') as f:
    f.write(b'\0' * 40)
print(run('import pcpkg.mod as m; print(m.VALUE)', cwd=moved))
with open(importlib.util.cache_from_source(os.path.join(pkg, 'mod.py')), 'rb') as f:
    print(f.read(4) == importlib.util.MAGIC_NUMBER)
shutil.rmtree(root)
