# distutils.sysconfig: the installation's directories and configuration as
# older packaging code asks for them.
import io, os, sys, warnings
from distutils import sysconfig as d
print(d.get_python_lib() == os.path.join(sys.prefix, 'lib', 'python3.6', 'site-packages'), d.get_python_lib(1) == d.get_python_lib(), d.get_python_lib(0, 1) == os.path.join(sys.base_prefix, 'lib', 'python3.6'))
print(d.get_python_lib(prefix='/x'), d.get_python_lib(0, 1, '/y'), d.get_python_inc(prefix='/z'), d.get_python_inc(1) == d.get_python_inc())
print(d.get_python_version(), d.PREFIX == sys.prefix, d.python_build, d.build_flags, d.project_base == os.path.dirname(sys.executable))
print(d.parse_config_h(io.StringIO('#define A 1\n#define HAVE_X 1\n#define SIZEOF_INT 4\n#define NAME "v"\n/* #undef HAVE_Y */\n')))
print(d.expand_makefile_vars('$(A) and ${B}', {'A': 'a$(B)', 'B': 'b'}))
try: d.expand_makefile_vars('$(C)', {})
except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(d.get_config_var('SO') == d.get_config_var('EXT_SUFFIX'), [str(x.message) for x in w], w[0].category.__name__)
print(d.get_config_vars('prefix', 'nope')[1], type(d.get_config_vars()).__name__, d.get_config_vars() is d.get_config_vars())
print(d.get_makefile_filename().endswith('Makefile'), d.get_config_h_filename().endswith('pyconfig.h'))
class C:
    compiler_type = 'unix'
    def set_executables(self, **kw): self.kw = kw
os.environ['CC'] = 'mycc'; os.environ['CFLAGS'] = '-O0'
c = C(); d.customize_compiler(c); print(sorted(c.kw), c.kw['linker_exe'], c.kw['compiler'].startswith('mycc'), c.kw['compiler'].endswith('-O0'))
print(d.DistutilsPlatformError.__module__)
