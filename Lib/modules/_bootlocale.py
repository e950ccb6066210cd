"""getpreferredencoding() under the module name CPython 3.6 keeps it in
for the I/O start-up (some code imports it from here): the encoding text
files use by default, as locale.getpreferredencoding(False) gives it."""


def getpreferredencoding(do_setlocale=True):
    # Changing the locale is not this module's to do: 3.6 asserts the
    # caller did not ask for it.
    assert not do_setlocale
    import locale
    return locale.getpreferredencoding(False)
