"""Open documents in a web browser, through a registry of controllers.

At import the registry is filled with the browsers found on PATH and
with the commands of the BROWSER environment variable (separated by
os.pathsep; %s in a command stands for the URL, a trailing & runs it in
the background).  open() tries the registered controllers in order.
"""

import os, shlex, shutil, subprocess, sys

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_browsers = {}      # lower-cased name -> [class, instance]
_tryorder = []      # names, in the order open() tries them


def register(name, klass, instance=None, update_tryorder=1):
    """Record a controller under name: a class to instantiate, an
    instance, or both.  update_tryorder > 0 appends name to the order
    open() uses, < 0 puts it first, 0 leaves the order alone."""
    _browsers[name.lower()] = [klass, instance]
    if update_tryorder < 0:
        _tryorder.insert(0, name)
    elif update_tryorder:
        _tryorder.append(name)


def _command_line_controller(command):
    words = shlex.split(command)
    if words[-1] == '&':
        return BackgroundBrowser(words[:-1])
    return GenericBrowser(words)


def get(using=None):
    """The controller named using, or the first usable registered one."""
    for name in ([using] if using is not None else _tryorder):
        if '%s' in name:
            return _command_line_controller(name)
        klass, instance = _browsers.get(name.lower()) or _synthesize(name)
        if instance is not None:
            return instance
        if klass is not None:
            return klass()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Show url; new is 0 (same window), 1 (new window) or 2 (new tab).
    True when a browser took it."""
    return any(get(name).open(url, new, autoraise) for name in _tryorder)


def open_new(url):
    """open(url) in a new window."""
    return open(url, new=1)


def open_new_tab(url):
    """open(url) in a new tab."""
    return open(url, new=2)


def _synthesize(browser, update_tryorder=1):
    """For a command line whose program is a registered browser, register
    a copy of that browser's controller running this command line."""
    program = browser.split()[0]
    base = os.path.basename(program).lower()
    known = _browsers.get(base, [None, None])[1] if shutil.which(program) else None
    if not known or base != known.basename:
        return [None, None]
    import copy
    twin = copy.copy(known)
    twin.name, twin.basename = browser, os.path.basename(browser)
    register(browser, None, twin, update_tryorder)
    return [None, twin]


class BaseBrowser(object):
    """A browser controller; open() is what subclasses provide."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = self.basename = name

    def open_new_tab(self, url):
        return self.open(url, new=2)

    def open_new(self, url):
        return self.open(url, new=1)

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError


def _spawn(command, **options):
    try:
        return subprocess.Popen(command, close_fds=True, **options)
    except OSError:
        return None


class GenericBrowser(BaseBrowser):
    """A browser run as a command; open() waits for it to end."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name, self.args = name, ["%s"]
        else:
            self.name, self.args = name[0], name[1:]
        self.basename = os.path.basename(self.name)

    def _argv(self, url):
        return [self.name] + [word.replace("%s", url) for word in self.args]

    def open(self, url, new=0, autoraise=True):
        proc = _spawn(self._argv(url))
        return proc is not None and proc.wait() == 0


class BackgroundBrowser(GenericBrowser):
    """A browser run as a command in the background."""

    def open(self, url, new=0, autoraise=True):
        proc = _spawn(self._argv(url), start_new_session=True)
        return proc is not None and proc.poll() is None


class UnixBrowser(BaseBrowser):
    """A browser with remote-control command line options."""

    raise_opts = None
    background, redirect_stdout = False, True
    remote_args = ['%action', '%s']
    remote_action = remote_action_newwin = remote_action_newtab = None

    def _run(self, argv, remote, autoraise):
        if remote and self.raise_opts:
            flag = self.raise_opts[int(bool(autoraise))]
            if flag:
                argv = [flag] + argv
        quiet = subprocess.DEVNULL if ((remote or self.background)
                                       and self.redirect_stdout) else None
        proc = _spawn([self.name] + argv, stdin=subprocess.DEVNULL,
                      stdout=quiet, stderr=quiet, start_new_session=True)
        if proc is None:
            return False
        if remote:
            try:
                return proc.wait(5) == 0
            except subprocess.TimeoutExpired:
                return True
        return proc.poll() is None if self.background else proc.wait() == 0

    def _action(self, new):
        if new == 0:
            return self.remote_action
        if new == 1:
            return self.remote_action_newwin
        if new == 2:
            # None is "no tab action": then a new window; "" is a plain open
            if self.remote_action_newtab is None:
                return self.remote_action_newwin
            return self.remote_action_newtab
        raise Error("Bad 'new' parameter to open(); expected 0, 1, or 2, got %s" % new)

    def open(self, url, new=0, autoraise=True):
        action = self._action(new) or ""
        remote = [w.replace("%s", url).replace("%action", action) for w in self.remote_args]
        if self._run([w for w in remote if w], True, autoraise):
            return True
        return self._run([w.replace("%s", url) for w in self.args], False, False)


def _unix_kind(name, doc, **settings):
    settings['__doc__'] = doc
    return type(name, (UnixBrowser,), settings)


Mozilla = _unix_kind('Mozilla', "Firefox and other Mozilla browsers.",
                     remote_action="", remote_action_newwin="-new-window",
                     remote_action_newtab="-new-tab", background=True)
Netscape = _unix_kind('Netscape', "Netscape-style remote control.",
                      raise_opts=["-noraise", "-raise"],
                      remote_args=['-remote', 'openURL(%s%action)'],
                      remote_action="", remote_action_newwin=",new-window",
                      remote_action_newtab=",new-tab", background=True)
Galeon = _unix_kind('Galeon', "Galeon and Epiphany.",
                    raise_opts=["-noraise", ""], remote_action="-n",
                    remote_action_newwin="-w", background=True)
Chrome = _unix_kind('Chrome', "Google Chrome and Chromium.",
                    remote_action="", remote_action_newwin="--new-window",
                    remote_action_newtab="", background=True)
Chromium = Chrome
Opera = _unix_kind('Opera', "Opera.",
                   remote_action="", remote_action_newwin="--new-window",
                   remote_action_newtab="", background=True)
Elinks = _unix_kind('Elinks', "The elinks text browser.",
                    remote_args=['-remote', 'openURL(%s%action)'],
                    remote_action="", remote_action_newwin=",new-window",
                    remote_action_newtab=",new-tab", background=False,
                    redirect_stdout=False)


class Konqueror(BaseBrowser):
    """KDE's browser, driven through kfmclient."""

    def open(self, url, new=0, autoraise=True):
        verb = "newTab" if new == 2 else "openURL"
        proc = _spawn(["kfmclient", verb, url], stdin=subprocess.DEVNULL,
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if proc is None:
            return False
        proc.wait()
        return True


class Grail(BaseBrowser):
    """The Grail browser, long gone: never usable."""

    def open(self, url, new=0, autoraise=True):
        return False


# (program, controller factory, environment variable it also needs)
_GRAPHICAL = [
    ("xdg-open", BackgroundBrowser, None),
    ("gvfs-open", BackgroundBrowser, "GNOME_DESKTOP_SESSION_ID"),
    ("gnome-open", BackgroundBrowser, "GNOME_DESKTOP_SESSION_ID"),
    ("kfmclient", Konqueror, "KDE_FULL_SESSION"),
    ("x-www-browser", BackgroundBrowser, None),
] + [(name, Mozilla, None) for name in (
    "firefox", "iceweasel", "iceape", "seamonkey", "mozilla-firefox",
    "mozilla-firebird", "firebird", "mozilla", "netscape")]
_GRAPHICAL_LATE = [(n, Galeon) for n in ("galeon", "epiphany")] + [
    ("skipstone", BackgroundBrowser)] + [
    (n, Chrome) for n in ("google-chrome", "chrome", "chromium", "chromium-browser")] + [
    ("opera", Opera), ("mosaic", BackgroundBrowser)]
_CONSOLE = [("www-browser", GenericBrowser), ("links", GenericBrowser),
            ("elinks", Elinks), ("lynx", GenericBrowser), ("w3m", GenericBrowser)]


def _found(name, factory):
    klass = factory if factory is Konqueror else None
    register(name, klass, factory(name))


def register_X_browsers():
    """Register the graphical browsers found on PATH."""
    for name, factory, needs in _GRAPHICAL:
        if (needs is None or needs in os.environ) and shutil.which(name):
            _found(name, factory)
    for name in ("kfm", "konqueror"):
        if shutil.which(name):
            _found(name, Konqueror)
            break
    for name, factory in _GRAPHICAL_LATE:
        if shutil.which(name):
            _found(name, factory)


def _register_found():
    if os.environ.get("DISPLAY"):
        register_X_browsers()
    if os.environ.get("TERM"):
        for name, factory in _CONSOLE:
            if shutil.which(name):
                _found(name, factory)
    if "BROWSER" in os.environ:
        for command in reversed(os.environ["BROWSER"].split(os.pathsep)):
            if command and _synthesize(command, -1)[1] is None:
                register(command, None, GenericBrowser(command), -1)


_register_found()


def _usage_exit(*lines):
    for line in lines:
        print(line, file=sys.stderr)
    sys.exit(1)


def main():
    """Command line: python -m webbrowser [-n | -t] url"""
    import getopt
    usage = ("Usage: %s [-n | -t] url\n    -n: open new window\n"
             "    -t: open new tab" % sys.argv[0])
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error as exc:
        _usage_exit(exc, usage)
    new = 0
    for flag, _ in opts:
        new = {'-n': 1, '-t': 2}.get(flag, new)
    if len(args) != 1:
        _usage_exit(usage)
    open(args[0], new)
    print("\a")


if __name__ == "__main__":
    main()
