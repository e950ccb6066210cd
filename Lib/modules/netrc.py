"""Read .netrc files: the logins, accounts and passwords ftp and other
clients use for each machine, and the macros defined alongside.

    n = netrc()                      # ~/.netrc
    login, account, password = n.authenticators("ftp.example.org")
"""

import os
import shlex
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A .netrc file that cannot be parsed: msg says why, filename and
    lineno where."""

    def __init__(self, msg, filename=None, lineno=None):
        Exception.__init__(self, msg)
        self.msg, self.filename, self.lineno = msg, filename, lineno

    def __str__(self):
        return "{} ({}, line {})".format(self.msg, self.filename, self.lineno)


# Tokens that start a new entry (and so end the one being read).
_STARTERS = ('', 'machine', 'default', 'macdef')


class netrc:
    """The parsed contents of a .netrc file.

    hosts maps each machine name (and 'default', for a default entry) to
    its (login, account, password); macros maps each macro name to its
    lines."""

    def __init__(self, file=None):
        from_home = file is None
        if from_home:
            home = os.environ.get('HOME')
            if home is None:
                raise OSError("Could not find .netrc: $HOME is not set")
            file = os.path.join(home, ".netrc")
        self.hosts = {}
        self.macros = {}
        with open(file) as fp:
            self._read(fp, file, from_home)

    def _read(self, fp, file, from_home):
        lex = _tokenizer(fp)
        while True:
            line_before = lex.lineno
            keyword = lex.get_token()
            if not keyword:
                return
            if keyword.startswith('#'):
                # A lone '#' comments out the rest of its line; a word
                # starting with '#' is skipped on its own.
                if len(keyword) == 1 and lex.lineno == line_before:
                    lex.instream.readline()
                continue
            if keyword == 'macdef':
                self._read_macro(lex, lex.get_token())
                continue
            if keyword == 'machine':
                name = lex.get_token()
            elif keyword == 'default':
                name = 'default'
            else:
                raise NetrcParseError("bad toplevel token %r" % keyword, file, lex.lineno)
            self._read_entry(lex, keyword, name, fp, file, from_home)

    def _read_macro(self, lex, name):
        # A macro's body is the lines up to the next empty line (or the
        # end of the file), read past the tokenizer.
        body = self.macros[name] = []
        lex.whitespace = ' \t'
        line = lex.instream.readline()
        while line and line != '\n':
            body.append(line)
            line = lex.instream.readline()
        lex.whitespace = ' \t\r\n'

    def _read_entry(self, lex, keyword, name, fp, file, from_home):
        login = ''
        account = password = None
        self.hosts[name] = {}
        while True:
            tok = lex.get_token()
            if tok.startswith('#') or tok in _STARTERS:
                if not password:
                    raise NetrcParseError("malformed %s entry %s terminated by %s"
                                          % (keyword, name, repr(tok)), file, lex.lineno)
                self.hosts[name] = (login, account, password)
                lex.push_token(tok)
                return
            if tok in ('login', 'user'):
                login = lex.get_token()
            elif tok == 'account':
                account = lex.get_token()
            elif tok == 'password':
                if from_home and os.name == 'posix':
                    _check_private(fp, file, lex.lineno)
                password = lex.get_token()
            else:
                raise NetrcParseError("bad follower token %r" % tok, file, lex.lineno)

    def authenticators(self, host):
        """(login, account, password) for host, or for the default entry
        when host has none; None when there is neither."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """The entries and macros written back in .netrc syntax."""
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                parts.append("\taccount %s\n" % account)
            parts.append("\tpassword %s\n" % password)
        for name, lines in self.macros.items():
            parts.append("macdef %s\n" % name)
            parts.extend(lines)
            parts.append("\n")
        return "".join(parts)


def _tokenizer(fp):
    # Words run up to white space: every printable ASCII character belongs
    # to one, and '#' starts a comment only where a keyword is expected.
    lex = shlex.shlex(fp)
    lex.commenters = ''.join(c for c in lex.commenters if c != '#')
    lex.wordchars = lex.wordchars + r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
    return lex


def _check_private(fp, file, lineno):
    # A ~/.netrc holding passwords must be the user's own and closed to
    # everyone else.
    st = os.fstat(fp.fileno())
    if st.st_uid != os.getuid():
        import pwd
        owner = _user_name(pwd, st.st_uid)
        me = _user_name(pwd, os.getuid())
        raise NetrcParseError("~/.netrc file owner (%s) does not match current user (%s)"
                              % (owner, me), file, lineno)
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise NetrcParseError("~/.netrc access too permissive: access permissions must "
                              "restrict access to only the owner", file, lineno)


def _user_name(pwd, uid):
    try:
        return pwd.getpwuid(uid)[0]
    except KeyError:
        return 'uid %s' % uid


if __name__ == '__main__':
    print(netrc())
