"""TestLoader: builds suites from test case classes, modules, dotted
names and directories of test files."""

import functools, os, re, sys, traceback, types, warnings

from fnmatch import fnmatch

from unittest import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test standing for something that could not be loaded: running
    it raises what loading raised."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        # set before TestCase.__init__ looks the method up
        self._exception = exception
        case.TestCase.__init__(self, method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)
        failure = self._exception

        def testFailure():
            raise failure
        return testFailure


def _failed_test(name, exception, suite_class, message):
    return suite_class((_FailedTest(name, exception),)), message


def _make_failed_import_test(name, suiteClass):
    # called while handling the import's exception
    text = 'Failed to import test module: %s\n%s' % (name,
                                                     traceback.format_exc())
    return _failed_test(name, ImportError(text), suiteClass, text)


def _make_failed_load_tests(name, exception, suiteClass):
    text = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _failed_test(name, exception, suiteClass, text)


def _make_skipped_test(methodname, exception, suiteClass):
    def skipped_module(self):
        return None
    method = case.skip(str(exception))(skipped_module)
    holder = type("ModuleSkipped", (case.TestCase,), {methodname: method})
    return suiteClass((holder(methodname),))


_UNSET = object()


def _strip_py(path):
    return os.path.splitext(path)[0]


_SUITE_AS_CASE = ("Test cases should not be derived from TestSuite. Maybe "
                  "you meant to derive from TestCase?")


class TestLoader(object):
    """Finds tests: test methods are the callables of a TestCase class
    whose names start with testMethodPrefix, ordered by
    sortTestMethodsUsing."""

    suiteClass = suite.TestSuite
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    _top_level_dir = None

    def __init__(self):
        # descriptions of what failed to load, for the caller to report
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError(_SUITE_AS_CASE)
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module, or what
        the module's load_tests(loader, tests, pattern) gives."""
        legacy = kws.pop('use_load_tests', _UNSET)
        if args or legacy is not _UNSET:
            warnings.warn('use_load_tests is deprecated and ignored',
                          DeprecationWarning)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional '
                            'argument but {} were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(sorted(kws)[0]))
        found = []
        for name in dir(module):
            try:
                obj = getattr(module, name)
            except AttributeError:
                # dir() of a class may list a slot the class cannot give
                continue
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            holder, message = _make_failed_load_tests(module.__name__, e,
                                                      self.suiteClass)
            self.errors.append(message)
            return holder

    def _import_prefix(self, parts):
        """Import the longest importable prefix of parts; give the module
        and the failure to report if nothing past it resolves."""
        error = None
        left = list(parts)
        while left:
            try:
                module = __import__('.'.join(left))
            except ImportError:
                last = left.pop()
                error = _make_failed_import_test(last, self.suiteClass)
                if not left:
                    return None, error
            else:
                return module, error
        return None, error

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name resolves to: a module, a TestCase
        class, a test method, a suite, or a callable returning one."""
        parts = name.split('.')
        error = None
        if module is None:
            module, error = self._import_prefix(parts)
            if module is None:
                self.errors.append(error[1])
                return error[0]
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent = obj
            try:
                obj = getattr(parent, part)
            except AttributeError as e:
                obj = parent
                # in a package, a missing attribute is most likely a
                # submodule that failed to import: report that failure
                if error is not None and \
                        getattr(obj, '__path__', None) is not None:
                    holder, message = error
                else:
                    holder, message = _failed_test(
                        part, e, self.suiteClass,
                        'Failed to access attribute:\n' +
                        traceback.format_exc())
                self.errors.append(message)
                return holder
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        """What loadTestsFromName makes of the object a name led to."""
        is_class = isinstance(obj, type)
        if is_class and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        in_case = isinstance(parent, type) and issubclass(parent,
                                                          case.TestCase)
        if in_case and isinstance(obj, types.FunctionType):
            # a test method; a static method is called like a factory
            single = parent(parts[-1])
            if not isinstance(getattr(single, parts[-1]),
                              types.FunctionType):
                return self.suiteClass([single])
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        if not isinstance(made, suite.TestSuite):
            raise TypeError("calling %s returned %s, not a test" %
                            (obj, made))
        return made

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName(name, module) for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and \
                    callable(getattr(testCaseClass, name)):
                names.append(name)
        order = self.sortTestMethodsUsing
        if order:
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under start_dir whose file name
        matches pattern, recursing into packages; top_level_dir (start_dir
        by default) is put on sys.path and names the modules."""
        # the top level: given, or kept from an earlier discover(), or
        # else the start directory itself
        implicit_top = top_level_dir is None and self._top_level_dir is None
        top_level_dir = os.path.abspath(
            top_level_dir or self._top_level_dir or start_dir)
        self._top_level_dir = top_level_dir
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        unimportable = False
        namespace_tests = None
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            # below the top, the start must be a package to be importable
            unimportable = start_dir != top_level_dir and not \
                os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            module = None
            try:
                module = self._get_module_from_name(start_dir)
            except ImportError:
                unimportable = True
            if module is not None:
                top_part = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(
                        os.path.dirname(module.__file__))
                except AttributeError:
                    namespace_tests = self._discover_namespace(
                        module, pattern, implicit_top, top_level_dir)
                if implicit_top:
                    if namespace_tests is None:
                        self._top_level_dir = self._top_dir_of(top_part,
                                                               start_dir)
                    sys.path.remove(top_level_dir)
        if unimportable:
            raise ImportError('Start directory is not importable: %r'
                              % start_dir)
        if namespace_tests is not None:
            return self.suiteClass(namespace_tests)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _discover_namespace(self, module, pattern, implicit_top,
                            top_level_dir):
        # A dotted name with no __file__: a namespace package (a spec
        # without a loader) is searched in each of its directories that
        # lies under the top level (any, when the top is implicit), the
        # top moving to each; anything else cannot be discovered from.
        spec = getattr(module, '__spec__', None)
        if spec is None or spec.loader is not None:
            if module.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules as '
                                'dotted module names') from None
            raise TypeError('don\'t know how to discover from {!r}'
                            .format(module)) from None
        found = []
        if spec.submodule_search_locations is None:
            return found
        relative = module.__name__.replace('.', os.path.sep)
        for path in module.__path__:
            if not implicit_top and not path.startswith(top_level_dir):
                continue
            self._top_level_dir = path.split(relative)[0]
            found.extend(self._find_tests(path, pattern, namespace=True))
        return found

    def _top_dir_of(self, package_name, fallback):
        package = sys.modules[package_name]
        path = getattr(package, '__file__', None)
        if path is None:
            return fallback
        return os.path.dirname(os.path.dirname(os.path.abspath(path)))

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        rel = os.path.relpath(_strip_py(os.path.normpath(path)),
                              self._top_level_dir)
        outside = os.path.isabs(rel) or rel.startswith('..')
        assert not outside, "Path must be within the project"
        return rel.replace(os.path.sep, '.')

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern, namespace=False):
        """Yield the suites found at start_dir (a package is loaded
        itself first) and below it; with namespace, directories without
        __init__.py are packages too."""
        name = self._get_name_from_path(start_dir)
        # the start itself, unless it is the top or already being loaded
        here = name != '.' and name not in self._loading_packages
        if here:
            tests, recurse = self._find_test_path(start_dir, pattern,
                                                  namespace)
            if tests is not None:
                yield tests
        if here and not recurse:
            return
        for full in [os.path.join(start_dir, entry)
                     for entry in sorted(os.listdir(start_dir))]:
            found, recurse = self._find_test_path(full, pattern, namespace)
            if found is not None:
                yield found
            if recurse:
                yield from self._below_package(full, pattern, namespace)

    def _below_package(self, path, pattern, namespace=False):
        # the package at path was loaded just now: not again below
        busy = self._loading_packages
        package = self._get_name_from_path(path)
        busy.add(package)
        try:
            for found in self._find_tests(path, pattern, namespace):
                yield found
        finally:
            busy.discard(package)

    def _import_for_discovery(self, name):
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except Exception:
            holder, message = _make_failed_import_test(name,
                                                       self.suiteClass)
            self.errors.append(message)
            return None, holder

    def _find_test_path(self, full_path, pattern, namespace=False):
        """(tests found at full_path or None, whether to look inside)."""
        base = os.path.basename(full_path)
        if os.path.isfile(full_path):
            wanted = (VALID_MODULE_NAME.match(base) and
                      self._match_path(base, full_path, pattern))
            if not wanted:
                return None, False
            module, failed = self._import_for_discovery(
                self._get_name_from_path(full_path))
            if module is None:
                return failed, False
            self._check_imported_from(module, full_path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(full_path):
            return None, False
        if not namespace and \
                not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return None, False
        name = self._get_name_from_path(full_path)
        package, failed = self._import_for_discovery(name)
        if package is None:
            return failed, False
        has_hook = getattr(package, 'load_tests', None) is not None
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._loading_packages.discard(name)
        return tests, not has_hook

    @staticmethod
    def _check_imported_from(module, full_path):
        # The name may have given another module of that name (one
        # installed elsewhere, imported before): its tests are not the
        # ones asked for. Symbolic links and case do not count.
        found = _strip_py(os.path.realpath(
            os.path.abspath(getattr(module, '__file__', full_path))))
        if found.lower() != _strip_py(os.path.realpath(full_path)).lower():
            raise ImportError(
                '%r module incorrectly imported from %r. Expected %r. Is '
                'this module globally installed?' % (
                    _strip_py(os.path.basename(full_path)),
                    os.path.dirname(found), os.path.dirname(full_path)))


defaultTestLoader = TestLoader()


def _loader_with(prefix, sortUsing, suiteClass=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    if suiteClass:
        made.suiteClass = suiteClass
    return made


_ORDER = util.three_way_cmp


def getTestCaseNames(testCaseClass, prefix, sortUsing=_ORDER):
    """TestLoader.getTestCaseNames with the given prefix and ordering."""
    return _loader_with(prefix, sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_ORDER,
              suiteClass=suite.TestSuite):
    """A suite of the tests of testCaseClass (older spelling of
    TestLoader.loadTestsFromTestCase)."""
    made = _loader_with(prefix, sortUsing, suiteClass)
    return made.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_ORDER,
                  suiteClass=suite.TestSuite):
    """A suite of the tests of the TestCase classes of module (older
    spelling of TestLoader.loadTestsFromModule)."""
    made = _loader_with(prefix, sortUsing, suiteClass)
    return made.loadTestsFromModule(module)
