"""INI-style configuration files (CPython 3.6's configparser).

A file is a list of [section] headers, each followed by "name = value" (or
"name: value") lines; indented lines continue the value above them, and
lines starting with '#' or ';' are comments. The DEFAULT section supplies
values every other section falls back on. ConfigParser expands
%(name)s references in values when they are read; RawConfigParser leaves
them as they are; ExtendedInterpolation uses ${section:name} instead.
"""

import itertools as _itertools
import re as _re
import sys as _sys
import warnings as _warnings
from collections import OrderedDict as _default_dict
from collections.abc import MutableMapping as _MutableMapping

__all__ = sorted("""
    ConfigParser RawConfigParser SafeConfigParser SectionProxy ConverterMapping
    Interpolation BasicInterpolation ExtendedInterpolation LegacyInterpolation
    NoSectionError NoOptionError DuplicateSectionError DuplicateOptionError
    InterpolationError InterpolationDepthError InterpolationMissingOptionError
    InterpolationSyntaxError ParsingError MissingSectionHeaderError
    DEFAULTSECT MAX_INTERPOLATION_DEPTH""".split())

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

_UNSET = object()


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Root of configparser's exceptions; str() is its message."""

    def __init__(self, msg=""):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _keep(exc, **fields):
    # the fields become attributes and, in order, the exception's args
    for name, value in fields.items():
        setattr(exc, name, value)
    exc.args = tuple(fields.values())


def _where(source, lineno):
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class NoSectionError(Error):
    """A section that is not there."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        _keep(self, section=section)


class DuplicateSectionError(Error):
    """A section given twice (in one source, with strict=True) or added
    when it already exists."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = "%s: section %r already exists" % (_where(source, lineno), section)
        Error.__init__(self, text)
        _keep(self, section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option given twice in one section of one source (strict=True)."""

    def __init__(self, section, option, source=None, lineno=None):
        if source is None:
            text = "Option %r in section %r already exists" % (option, section)
        else:
            text = "%s: option %r in section %r already exists" % (_where(source, lineno), option, section)
        Error.__init__(self, text)
        _keep(self, section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """An option a section (and the defaults) do not have."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        _keep(self, option=option, section=section)


class InterpolationError(Error):
    """A value whose references could not be expanded."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        _keep(self, option=option, section=section)
        self.args += (msg,)


class InterpolationMissingOptionError(InterpolationError):
    """A reference to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains "
                "an interpolation key {!r} which is not a valid option name. "
                "Raw value: {!r}").format(option, section, reference, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value whose reference syntax is wrong."""


class InterpolationDepthError(InterpolationError):
    """References nested deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} "
                "in section {!r} contains an interpolation key which cannot "
                "be substituted in {} steps. Raw value: {!r}").format(
                    option, section, MAX_INTERPOLATION_DEPTH, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source that are neither headers, options nor comments;
    each is listed in the message."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, "Source contains parsing errors: %r" % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    _FILENAME_GONE = ("The 'filename' attribute will be removed in future "
                      "versions.  Use 'source' instead.")

    @property
    def filename(self):
        """The old name of source (deprecated)."""
        _warnings.warn(self._FILENAME_GONE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        _warnings.warn(self._FILENAME_GONE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno, self.line = lineno, line
        self.errors = []
        self.args = (filename, lineno, line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """No expansion: values are read and written as stored."""

    def _unchanged(self, parser, section, option, value, *more):
        return value

    # each hook hands the value back as it came
    before_get = before_set = before_read = before_write = _unchanged


class _ReferenceInterpolation(Interpolation):
    """Expansion of references written SIGIL OPEN name CLOSE, with a
    doubled SIGIL standing for itself; subclasses say how a name is
    looked up."""

    _SIGIL = _OPEN = None
    _REF = _TOKENS = None

    def before_get(self, parser, section, option, value, defaults):
        if value is None:
            return ""
        pieces = []
        self._expand(parser, option, section, defaults, value, 1, pieces)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = self._REF.sub("", value.replace(self._SIGIL * 2, ""))
        if self._SIGIL in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.index(self._SIGIL)))
        return value

    def _expand(self, parser, option, section, names, text, depth, pieces):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        done = 0
        for token in self._TOKENS.finditer(text):
            pieces.append(text[done:token.start()])
            done = token.end()
            if token.group("escape") is not None:
                pieces.append(self._SIGIL)
                continue
            if token.group("name") is None:
                tail = text[token.start():]
                if tail[1:2] == self._OPEN:
                    problem = "bad interpolation variable reference %r" % (tail,)
                else:
                    problem = "'{0}' must be followed by '{0}' or '{1}', found: {2!r}".format(
                        self._SIGIL, self._OPEN, tail)
                raise InterpolationSyntaxError(option, section, problem)
            found, next_option, next_section, next_names = self._resolve(
                parser, option, section, names, token.group("name"), raw, text[done:])
            if self._SIGIL in found:
                self._expand(parser, next_option, next_section, next_names, found, depth + 1, pieces)
            else:
                pieces.append(found)
        pieces.append(text[done:])


class BasicInterpolation(_ReferenceInterpolation):
    """%(name)s is the value of option name of the same section (or the
    defaults); %% is a percent sign."""

    _SIGIL, _OPEN = "%", "("
    _REF = _re.compile(r"%\([^)]+\)s")
    _TOKENS = _re.compile(r"(?P<escape>%%)|%\((?P<name>[^)]+)\)s|%")

    def _resolve(self, parser, option, section, names, ref, raw, after):
        key = parser.optionxform(ref)
        if key not in names:
            raise InterpolationMissingOptionError(
                option, section, raw, key) from None
        return names[key], option, section, names


class ExtendedInterpolation(_ReferenceInterpolation):
    """${name} is option name of the same section, ${section:name} one of
    another section; $$ is a dollar sign."""

    _SIGIL, _OPEN = "$", "{"
    _REF = _re.compile(r"\$\{[^}]+\}")
    _TOKENS = _re.compile(r"(?P<escape>\$\$)|\$\{(?P<name>[^}]+)\}|\$")

    def _resolve(self, parser, option, section, names, ref, raw, after):
        path = ref.split(":")
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (after,))
        try:
            if len(path) == 1:
                key = parser.optionxform(path[0])
                return names[key], key, section, names
            other, key = path[0], parser.optionxform(path[1])
            return (parser.get(other, key, raw=True), key, other,
                    dict(parser.items(other, raw=True)))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ":".join(path)) from None


class LegacyInterpolation(Interpolation):
    """%(name)s expanded by plain string formatting (deprecated style)."""

    def before_get(self, parser, section, option, value, names):
        raw = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if value and "%(" in value:
                value = _re.sub(r"%\(([^)]*)\)s|.", lambda m: "%%(%s)s" % parser.optionxform(m.group(1)) if m.group(1) else m.group(0), value)
                try:
                    value = value % names
                except KeyError as e:
                    raise InterpolationMissingOptionError(option, section, raw, e.args[0]) from None
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value


# ------------------------------------------------------------- the parser

class RawConfigParser(_MutableMapping):
    """A configuration parser that keeps values exactly as written."""

    _DEFAULT_INTERPOLATION = Interpolation()
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}
    SECTCRE = _re.compile(r"\[(?P<header>[^]]+)\]")
    NONSPACECRE = _re.compile(r"\S")

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        alternatives = "|".join(_re.escape(d) for d in delimiters)
        if allow_no_value:
            self._optcre = _re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$" % alternatives)
        else:
            self._optcre = _re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % alternatives)
        self._comment_prefixes, self._inline_comment_prefixes = (
            tuple(comment_prefixes or ()), tuple(inline_comment_prefixes or ()))
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        self._interpolation = Interpolation() if interpolation is None else interpolation
        self._converters = ConverterMapping(self)
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            for key, value in defaults.items():
                self._defaults[self.optionxform(key)] = value

    # queries

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT left out."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Make an empty section; DEFAULT and existing names are refused."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The section's option names, then the defaults' it lacks."""
        if section not in self._sections:
            raise NoSectionError(section) from None
        own = list(self._sections[section])
        return own + [key for key in self._defaults if key not in self._sections[section]]

    def has_option(self, section, option):
        option = self.optionxform(option)
        if not section or section == self.default_section:
            return option in self._defaults
        if section not in self._sections:
            return False
        return option in self._sections[section] or option in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._converters

    # reading

    def read(self, filenames, encoding=None):
        """Read each file that can be opened; the list of those read."""
        single = isinstance(filenames, (str, bytes)) or hasattr(filenames, "__fspath__")
        names = [filenames] if single else list(filenames)
        return [name.__fspath__() if hasattr(name, "__fspath__") else name
                for name in names if self._read_path(name, encoding)]

    def _read_path(self, name, encoding):
        # whether the file could be opened (and so was read)
        try:
            fp = open(name, encoding=encoding)
        except OSError:
            return False
        with fp:
            self._read(fp, name)
        return True

    def read_file(self, f, source=None):
        """Read from an iterable of lines (an open file, say)."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        self._read(string.splitlines(True), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Read {section: {option: value}}; keys and values become str."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            known = section == self.default_section or section in self._sections
            if not known or (self._strict and section in seen):
                # new, or repeated within this dictionary: add_section
                # makes it or raises what it raises
                self.add_section(section)
            seen.add(section)
            pairs = [(self.optionxform(str(k)), v if v is None else str(v)) for k, v in options.items()]
            for key, value in pairs:
                place = (section, key)
                if place in seen and self._strict:
                    raise DuplicateOptionError(section, key, source)
                seen.add(place)
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        _warnings.warn("This method will be removed in future versions.  Use 'parser.read_file()' instead.",
                       DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        best = None
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    best = at if best is None else min(best, at)
                    break
                at = line.find(prefix, at + 1)
        return best

    def _read(self, lines, source):
        section = name = option = None
        indent = 0
        error = None
        seen = set()
        for lineno, line in enumerate(lines, start=1):
            cut = self._comment_start(line)
            value = (line if cut is None else line[:cut]).strip()
            if not value:
                if self._empty_lines_in_values:
                    if cut is None and section is not None and option and section[option] is not None:
                        section[option].append("")
                else:
                    indent = _sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            level = first.start() if first else 0
            if section is not None and option and level > indent:
                section[option].append(value)
                continue
            indent = level
            header = self.SECTCRE.match(value)
            if header:
                name = header.group("header")
                section = self._enter_section(name, source, lineno, seen)
                option = None
                continue
            if section is None:
                raise MissingSectionHeaderError(source, lineno, line)
            m = self._optcre.match(value)
            if not m or not m.group("option").rstrip():
                error = error or ParsingError(source)
                error.append(lineno, repr(line))
                continue
            option = self.optionxform(m.group("option").rstrip())
            if self._strict and (name, option) in seen:
                raise DuplicateOptionError(name, option, source, lineno)
            seen.add((name, option))
            given = m.group("value")
            section[option] = None if given is None else [given.strip()]
        self._join_values()
        if error:
            raise error

    def _enter_section(self, name, source, lineno, seen):
        # the options of the section a header names, made when new; a
        # second header for it in one source is an error when strict
        again = name in seen
        seen.add(name)
        if name == self.default_section and name not in self._sections:
            return self._defaults
        existing = self._sections.get(name)
        if existing is None:
            return self._new_section(name)
        if again and self._strict:
            raise DuplicateSectionError(name, source, lineno)
        return existing

    def _join_values(self):
        every = [(self.default_section, self._defaults)] + list(self._sections.items())
        for name, options in every:
            for key, value in options.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[key] = self._interpolation.before_read(self, name, key, value)

    # getting

    def _values_for(self, section, vars):
        # vars, then the section, then the defaults
        merged = {}
        merged.update(self._defaults)
        if section != self.default_section:
            try:
                merged.update(self._sections[section])
            except KeyError:
                raise NoSectionError(section) from None
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                merged[self.optionxform(key)] = value
        return merged

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value (references expanded unless raw); fallback
        when the section or option is missing, if given."""
        if section != self.default_section and section not in self._sections:
            if fallback is not _UNSET:
                return fallback
            raise NoSectionError(section)
        names = self._values_for(section, vars)
        option = self.optionxform(option)
        if option in names:
            value = names[option]
            if raw or value is None:
                return value
            return self._interpolation.before_get(self, section, option, value, names)
        if fallback is not _UNSET:
            return fallback
        raise NoOptionError(option, section)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError("Not a boolean: %s" % value) from None

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first.
        With one: its (option, value) pairs, the defaults' first."""
        if section is _UNSET:
            return super().items()
        if section != self.default_section and section not in self._sections:
            raise NoSectionError(section)
        merged = self._defaults.copy()
        merged.update(self._sections.get(section, {}))
        merged.update((self.optionxform(k), v) for k, v in (vars or {}).items())
        if raw:
            return list(merged.items())
        hook = self._interpolation.before_get
        return [(key, hook(self, section, key, merged[key], merged)) for key in merged]

    def popitem(self):
        """Remove and return the first section other than DEFAULT."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        self.remove_section(names[0])
        return names[0], proxy

    # changing

    def _options_of(self, section):
        # the option mapping of a section ('' or DEFAULT: the defaults)
        if section and section != self.default_section:
            if section not in self._sections:
                raise NoSectionError(section) from None
            return self._sections[section]
        return self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Whether the option was there to remove."""
        options = self._options_of(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Whether the section was there to remove."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in the format read() reads."""
        separator = " %s " % self._delimiters[0] if space_around_delimiters else self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), separator)
        for name in self._sections:
            self._write_section(fp, name, self._sections[name].items(), separator)

    def _write_section(self, fp, name, pairs, separator):
        fp.write("[%s]\n" % name)
        for key, value in pairs:
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                tail = ""
            else:
                tail = separator + str(value).replace("\n", "\n\t")
            fp.write("%s%s\n" % (key, tail))
        fp.write("\n")

    # the mapping of sections

    def __contains__(self, key):
        return key in self._sections or key == self.default_section

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # assigning a section its own proxy changes nothing; otherwise the
        # section's options are replaced by value's
        if key in self and self._proxies[key] is value:
            return
        options = self._defaults if key == self.default_section else self._sections.get(key)
        if options is not None:
            options.clear()
        self.read_dict({key: value})

    def __iter__(self):
        return _itertools.chain([self.default_section], self._sections)

    def __len__(self):
        return 1 + len(self._sections)

    def __delitem__(self, key):
        protected = key == self.default_section
        if protected:
            raise ValueError("Cannot remove the default section.")
        elif self.remove_section(key) is False:
            raise KeyError(key)


class ConfigParser(RawConfigParser):
    """A configuration parser expanding %(name)s references; section
    names, option names and values set through it must be str."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def _check_types(self, section="", option="", value=""):
        checks = [(section, "section names"), (option, "option keys")]
        if value or not self._allow_no_value:
            checks.append((value, "option values"))
        for obj, label in checks:
            if not isinstance(obj, str):
                raise TypeError(label + " must be strings")

    def set(self, section, option, value=None):
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_types(section=section)
        super().add_section(section)


class SafeConfigParser(ConfigParser):
    """ConfigParser under its old name (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
                       "This alias will be removed in future versions. Use ConfigParser directly instead.",
                       DeprecationWarning, stacklevel=2)


class SectionProxy(_MutableMapping):
    """One section of a parser seen as a mapping of its options (the
    defaults' included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in getattr(parser, "_converters", ()):
            self._add_getter(conv)

    def _add_getter(self, conv):
        # getX for the parser's converter X (the built-in three are methods)
        name = "get" + conv
        if hasattr(SectionProxy, name):
            return
        impl = getattr(self._parser, name)

        def getter(option, fallback=None, *, raw=False, vars=None, **kwargs):
            return self.get(option, fallback, raw=raw, vars=vars, _impl=impl, **kwargs)
        setattr(self, name, getter)

    def __repr__(self):
        return "<Section: %s>" % self._name

    parser = property(lambda self: self._parser, doc="The parser the section belongs to.")
    name = property(lambda self: self._name, doc="The section's name.")

    def _names(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        check = getattr(self._parser, "_check_types", None)
        if check is not None:
            check(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        removed = key in self and self._parser.remove_option(self._name, key)
        if not removed:
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __iter__(self):
        yield from self._names()

    def __len__(self):
        return sum(1 for _ in self._names())

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        if _impl is None:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getint, **kwargs)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getfloat, **kwargs)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _impl=self._parser.getboolean, **kwargs)


class ConverterMapping(_MutableMapping):
    """The parser's converters by name: converter X adds getX methods to
    the parser and its section proxies."""

    _NAME = _re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            m = self._NAME.match(attr)
            if m and callable(getattr(parser, attr)):
                self._data[m.group("name")] = None

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        name, key = key, "get" + key
        self._data[name] = value
        parser = self._parser

        def method(section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
            return parser._get_conv(section, option, value, raw=raw, vars=vars, fallback=fallback, **kwargs)
        setattr(parser, key, method)
        for proxy in parser._proxies.values():
            proxy.__dict__.pop(key, None)
            proxy._add_getter(name)

    def __delitem__(self, key):
        del self._data[key]
        for owner in [self._parser] + list(self._parser._proxies.values()):
            try:
                delattr(owner, "get" + key)
            except AttributeError:
                pass

    def __iter__(self):
        yield from list(self._data)
